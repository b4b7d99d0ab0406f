"""cXML documents checked against the InvoiceDetail DTD shipped in this package.

A portal that receives a malformed ``InvoiceDetailRequest`` answers with a terse 400 at
best, and at worst accepts it and fails it later in its own queue, where nobody sees the
reason. So every document is validated here, before any byte leaves the machine, and a
violation is an :class:`CxmlDocumentError` listing each problem with its line.

The DTDs (``dtd/1.2.020-InvoiceDetail.dtd`` and ``dtd/1.2.037-InvoiceDetail.dtd``, with
the license they came with) are read from the package: nothing is fetched at run time,
and the ``<!DOCTYPE ... SYSTEM "http://xml.cxml.org/...">`` a document carries is only
read for its version number, never loaded. The parser resolves no entities and opens no
network connection, so a document received by the replica cannot make it read files
(XXE) either.

Which DTD: the one asked for; else the version named in the document's DOCTYPE when it
is shipped here; else the newest shipped. 1.2.037 accepts some things 1.2.020 does not
(``State@isoStateCode``, for one), so a document declaring 1.2.037 is held to 1.2.037.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from lxml import etree

from portal_uploaders.errors import InvalidInvoiceError

DTD_DIR: Final = Path(__file__).with_name("dtd")
DTD_VERSIONS: Final = ("1.2.020", "1.2.037")
DEFAULT_VERSION: Final = "1.2.037"
MAX_LISTED = 20
"""Problems listed in an error message; the rest are counted."""

_DOCTYPE_VERSION = re.compile(r"/cXML/(\d+\.\d+\.\d+)/", re.IGNORECASE)


class CxmlDocumentError(InvalidInvoiceError):
    """A cXML document is not well-formed or breaks the DTD; it was not sent.

    Not transient: the same document would be refused again. ``problems`` holds one line
    per violation (``line 12: Element ... content does not follow the DTD ...``).
    """

    code = "cxml_invalid"

    def __init__(self, message: str, problems: Iterable[str] = ()) -> None:
        self.problems = tuple(problems)
        super().__init__(message)


def safe_parser() -> etree.XMLParser:
    """A parser that loads no DTD, expands no entity and opens no connection."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


@functools.cache
def load_dtd(version: str) -> etree.DTD:
    """The InvoiceDetail DTD of ``version``, parsed once per process.

    Raises:
        ValueError: the version is not shipped with this package.
    """
    if version not in DTD_VERSIONS:
        shipped = ", ".join(DTD_VERSIONS)
        raise ValueError(f"cXML DTD {version} is not shipped here (have {shipped})")
    return etree.DTD(str(DTD_DIR / f"{version}-InvoiceDetail.dtd"))


def parse(data: bytes, *, what: str = "cXML document") -> etree._ElementTree:
    """Parse bytes into a tree, refusing what is not well-formed XML.

    Raises:
        CxmlDocumentError: the bytes are not well-formed XML.
    """
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        problem = f"line {exc.lineno}: {exc.msg}"
        raise CxmlDocumentError(f"{what} is not well-formed XML: {problem}", [problem]) from exc
    return root.getroottree()


def declared_version(tree: etree._ElementTree) -> str | None:
    """The cXML version in the document's DOCTYPE system URL, if it has one."""
    url = tree.docinfo.system_url
    if not url:
        return None
    found = _DOCTYPE_VERSION.search(url)
    return found.group(1) if found else None


def choose_version(tree: etree._ElementTree, version: str | None = None) -> str:
    """The DTD version to validate against (see the module docstring)."""
    if version is not None:
        return version
    declared = declared_version(tree)
    return declared if declared in DTD_VERSIONS else DEFAULT_VERSION


def dtd_problems(tree: etree._ElementTree, version: str) -> list[str]:
    """Every DTD violation, as ``line N: message``; empty when the document is valid."""
    dtd = load_dtd(version)
    if dtd.validate(tree):
        return []
    return [f"line {entry.line}: {entry.message}" for entry in dtd.error_log]


def validate(
    document: bytes | etree._ElementTree,
    *,
    version: str | None = None,
    what: str = "cXML document",
) -> etree._ElementTree:
    """The parsed document, once it is well-formed and valid against the DTD.

    Raises:
        CxmlDocumentError: not well-formed, or a DTD violation (all of them listed).
    """
    tree = parse(document, what=what) if isinstance(document, bytes) else document
    chosen = choose_version(tree, version)
    problems = dtd_problems(tree, chosen)
    if problems:
        raise CxmlDocumentError(describe(what, chosen, problems), problems)
    return tree


def describe(what: str, version: str, problems: list[str]) -> str:
    """One message naming the DTD and listing the problems (the first MAX_LISTED)."""
    listed = "; ".join(problems[:MAX_LISTED])
    more = len(problems) - MAX_LISTED
    tail = f"; and {more} more" if more > 0 else ""
    return f"{what} does not follow the cXML {version} InvoiceDetail DTD: {listed}{tail}"
