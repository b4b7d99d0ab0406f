"""Attachments as they arrive in real AR inboxes, opened up so the agent sees what is inside.

A remittance advice is often not attached directly: it comes in a forwarded ``.eml``, an
Outlook ``.msg`` dragged into a mail, a ``winmail.dat`` (TNEF) from an Exchange server
that kept Rich Text on, or a ZIP of several advices. :func:`expand` keeps every container
as the attachment it is (its bytes go to the blob store untouched) and adds what it holds
after it, each member naming its ``container``.

Containers are untrusted input. ZIPs are opened with limits on member count, member
size, total size and compression ratio (a zip bomb inflates a few KB into gigabytes);
member names are reduced to safe relative paths (``../../etc/passwd`` must never become a
path a later stage writes to); nesting is depth-limited. Anything refused or unreadable
becomes a *problem*: one sentence naming the attachment, the reason and what to do, so
the message is kept for a person instead of crashing the pass or vanishing.

Outlook and TNEF parsing use optional libraries (``extract-msg``, ``tnefparse``) imported
lazily behind :func:`msg_support_available` / :func:`tnef_support_available`; without
them such attachments are kept whole and reported as not opened.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import importlib
import importlib.util
import io
import logging
import mimetypes
import quopri
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from email.message import Message
from pathlib import PurePosixPath
from typing import Any

log = logging.getLogger(__name__)

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attached file, bytes untouched.

    ``container`` is empty for a file attached to the message itself, else the path of
    the attachments it came out of (``bundle.zip``, ``fwd.eml/winmail.dat``).
    """

    filename: str
    content_type: str
    data: bytes
    container: str = ""

    @property
    def path(self) -> str:
        """Where the file sits in the message: ``container/filename``."""
        return f"{self.container}/{self.filename}" if self.container else self.filename


@dataclass(frozen=True, slots=True)
class AttachmentLimits:
    """How far containers are opened; the defaults fit real mail with a wide margin."""

    max_depth: int = 3
    """Containers inside containers (a ZIP in a forwarded mail in a ZIP) opened at most."""
    max_members: int = 500
    """Members of one archive; more is refused whole (real advice bundles hold a few)."""
    max_member_bytes: int = 50 * MB
    """Largest single member unpacked."""
    max_total_bytes: int = 200 * MB
    """All members unpacked from one message together."""
    max_ratio: int = 100
    """Uncompressed size over compressed size; PDFs and spreadsheets stay far below."""


@dataclass(frozen=True, slots=True)
class Expansion:
    """The expanded attachment list and the problems met while expanding."""

    attachments: tuple[Attachment, ...]
    problems: tuple[str, ...]


class _Refused(Exception):
    """A container that must not or cannot be opened; the message is the reason."""


@dataclass(slots=True)
class _Budget:
    limits: AttachmentLimits
    unpacked: int = 0
    problems: list[str] = field(default_factory=list)

    def take(self, size: int, where: str) -> None:
        if size > self.limits.max_member_bytes:
            raise _Refused(
                f"{where} would unpack to {_mb(size)}, over the {_mb(self.limits.max_member_bytes)}"
                " limit for one file; ask the sender for the file itself"
            )
        if self.unpacked + size > self.limits.max_total_bytes:
            raise _Refused(
                f"{where}: unpacking would pass {_mb(self.limits.max_total_bytes)} for this "
                "message; the rest was not opened"
            )
        self.unpacked += size


def msg_support_available() -> bool:
    """Whether Outlook ``.msg`` attachments can be opened (``extract-msg`` installed)."""
    return importlib.util.find_spec("extract_msg") is not None


def tnef_support_available() -> bool:
    """Whether ``winmail.dat`` (TNEF) attachments can be opened (``tnefparse`` installed)."""
    return importlib.util.find_spec("tnefparse") is not None


def expand(attachments: Sequence[Attachment], limits: AttachmentLimits | None = None) -> Expansion:
    """Return ``attachments`` with the contents of every container added after it.

    Never raises on bad input: an unreadable or refused container stays in the list as
    it is, and the reason is one of the returned problems.
    """
    budget = _Budget(limits or AttachmentLimits())
    out: list[Attachment] = []
    for attachment in attachments:
        out.extend(_expand_one(attachment, depth=0, budget=budget))
    return Expansion(attachments=tuple(out), problems=tuple(budget.problems))


def container_kind(attachment: Attachment) -> str | None:
    """``eml``, ``msg``, ``tnef`` or ``zip`` for a container we open, else None."""
    ctype = attachment.content_type.lower()
    suffix = PurePosixPath(attachment.filename.lower()).suffix
    name = PurePosixPath(attachment.filename.lower()).name
    if ctype == "message/rfc822" or suffix == ".eml":
        return "eml"
    if ctype in {"application/vnd.ms-outlook", "application/x-msg"} or suffix == ".msg":
        return "msg"
    if ctype in {"application/ms-tnef", "application/vnd.ms-tnef"} or name == "winmail.dat":
        return "tnef"
    if ctype in {"application/zip", "application/x-zip-compressed", "application/x-zip"}:
        return "zip"
    if suffix == ".zip" or (attachment.data[:4] == b"PK\x03\x04" and suffix in {"", ".bin"}):
        return "zip"
    return None


def _expand_one(attachment: Attachment, *, depth: int, budget: _Budget) -> Iterator[Attachment]:
    yield attachment
    kind = container_kind(attachment)
    if kind is None:
        return
    if depth >= budget.limits.max_depth:
        budget.problems.append(
            f"{attachment.path}: containers nested more than {budget.limits.max_depth} deep; "
            "not opened, kept as it is for a person"
        )
        return
    try:
        members = list(_OPENERS[kind](attachment, budget))
    except _Refused as exc:
        budget.problems.append(f"{attachment.path}: {exc}")
        return
    except Exception as exc:  # a parser bug on hostile input must not stop the pass
        log.warning("%s: could not open the %s container", attachment.path, kind, exc_info=True)
        budget.problems.append(
            f"{attachment.path}: could not be opened as {_KIND_NAMES[kind]} "
            f"({type(exc).__name__}: {_short(exc)}); kept as it is for a person"
        )
        return
    for member in members:
        yield from _expand_one(member, depth=depth + 1, budget=budget)


# --- names -------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"|?*]")


def safe_name(name: str, fallback: str = "attachment") -> str:
    """A member name as a harmless relative path: no ``..``, no root, no drive, no controls.

    Archives written on Windows use backslashes; both separators split. What is left is
    only ever used as a label, but a later stage that does write it to disk is safe too.
    """
    text = unicodedata.normalize("NFC", name).replace("\\", "/")
    parts: list[str] = []
    for raw in text.split("/"):
        part = _UNSAFE.sub("_", raw).strip().rstrip(".")
        if part in ("", ".", "..") or (re.fullmatch(r"[A-Za-z]_", part) and not parts):
            continue  # empty, dot segments, and a leading drive letter ("C:" became "C_")
        parts.append(part[:120])
    cleaned = "/".join(parts[-8:])
    return cleaned or fallback


def _guess_type(filename: str) -> str:
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def _member(
    name: str, data: bytes, parent: Attachment, content_type: str | None = None
) -> Attachment:
    filename = safe_name(name)
    return Attachment(
        filename=filename,
        content_type=(content_type or _guess_type(filename)).lower(),
        data=data,
        container=parent.path,
    )


# --- nested messages ---------------------------------------------------------------------


def mime_attachments(msg: Message) -> list[Attachment]:
    """A message's attached files, in order; a forwarded message stays whole (one file).

    Shared with :mod:`inbox_agent.mail.parse`, so the top-level message and a nested one
    agree on what counts as an attachment.
    """
    found: list[Attachment] = []
    for index, part in enumerate(_leaves(msg)):
        ctype = part.get_content_type()
        if (
            ctype == "message/rfc822"
            or part.get_content_disposition() == "attachment"
            or (part.get_filename())
        ):
            found.append(_from_part(part, index))
    return found


def _leaves(msg: Message) -> list[Message]:
    if msg.get_content_type() == "message/rfc822" or not msg.is_multipart():
        return [msg]
    payload = msg.get_payload()
    leaves: list[Message] = []
    for sub in payload if isinstance(payload, list) else []:
        if isinstance(sub, Message):
            leaves.extend(_leaves(sub))
    return leaves


def _from_part(part: Message, index: int) -> Attachment:
    try:
        raw_name = part.get_filename()
    except (ValueError, IndexError, TypeError):  # a filename parameter the parser cannot fold
        raw_name = None
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        first = inner[0] if isinstance(inner, list) and inner else inner
        data = _message_bytes(first) if isinstance(first, Message) else b""
        data = _undo_transfer_encoding(data, str(part.get("Content-Transfer-Encoding", "")))
        name = raw_name or f"forwarded-{index}.eml"
    else:
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        name = raw_name or f"part-{index}"
    return Attachment(
        filename=safe_name(str(name), f"part-{index}"),
        content_type=part.get_content_type(),
        data=data,
    )


def _message_bytes(msg: Message) -> bytes:
    try:
        return msg.as_bytes()
    except Exception:  # odd headers that the generator cannot refold: fall back to compat32
        return msg.as_bytes(policy=email.policy.compat32)


def _undo_transfer_encoding(data: bytes, encoding: str) -> bytes:
    """Decode a forwarded message sent base64 or quoted-printable.

    RFC 2046 forbids encoding ``message/rfc822``, but Outlook and Python's own
    ``add_attachment`` do it; the parser then sees a header-less message whose body is
    the encoded text, and the forwarded mail would be lost to every later stage.
    """
    kind = encoding.strip().lower()
    if kind == "base64":
        try:
            return base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            return data
    if kind == "quoted-printable":
        return quopri.decodestring(data.lstrip(b"\r\n"))
    return data


def _open_eml(attachment: Attachment, _budget: _Budget) -> list[Attachment]:
    msg = email.message_from_bytes(attachment.data, policy=email.policy.default)
    return [replace(a, container=attachment.path) for a in mime_attachments(msg)]


# --- Outlook .msg ------------------------------------------------------------------------


def _open_msg(attachment: Attachment, budget: _Budget) -> list[Attachment]:
    if not msg_support_available():
        raise _Refused("Outlook .msg files cannot be opened here (install extract-msg); kept whole")
    extract_msg: Any = importlib.import_module("extract_msg")  # optional, loaded when needed

    if not attachment.data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _Refused("is not an Outlook .msg file (no OLE signature); kept as it is")
    try:
        msg = extract_msg.openMsg(attachment.data, strict=False, delayAttachments=False)
    except Exception as exc:
        raise _Refused(
            f"is a damaged Outlook .msg file ({type(exc).__name__}: {_short(exc)}); "
            "ask the sender to forward the mail itself"
        ) from exc
    try:
        return list(_msg_members(msg, attachment, budget))
    finally:
        msg.close()


def _msg_members(msg: Any, parent: Attachment, budget: _Budget) -> Iterator[Attachment]:
    body = getattr(msg, "body", None)
    if isinstance(body, str) and body.strip():
        yield _member("body.txt", body.encode("utf-8"), parent, "text/plain")
    for index, att in enumerate(getattr(msg, "attachments", []) or []):
        name = _msg_attachment_name(att, index)
        data = att.data
        if hasattr(data, "exportBytes"):  # an embedded Outlook message
            data = data.exportBytes()
            if not name.lower().endswith(".msg"):
                name += ".msg"
        if not isinstance(data, bytes):
            budget.problems.append(
                f"{parent.path}/{name}: this kind of Outlook attachment "
                f"({type(att).__name__}) holds no file; not opened"
            )
            continue
        budget.take(len(data), f"{parent.path}/{name}")
        mimetype = getattr(att, "mimetype", None)
        yield _member(name, data, parent, mimetype if isinstance(mimetype, str) else None)


def _msg_attachment_name(att: Any, index: int) -> str:
    for attr in ("longFilename", "shortFilename", "name", "displayName"):
        try:
            value = getattr(att, attr, None)
        except Exception:  # a property whose stream is damaged
            value = None
        if isinstance(value, str) and value.strip():
            return value.strip("\x00 ")
    return f"attachment-{index}"


# --- winmail.dat (TNEF) ------------------------------------------------------------------


def _open_tnef(attachment: Attachment, budget: _Budget) -> list[Attachment]:
    if not tnef_support_available():
        raise _Refused("winmail.dat (TNEF) cannot be opened here (install tnefparse); kept whole")
    tnefparse: Any = importlib.import_module("tnefparse")  # optional, loaded when needed

    if not attachment.data.startswith(b"\x78\x9f\x3e\x22"):
        raise _Refused("is not a TNEF (winmail.dat) file: wrong signature; kept as it is")
    tnef = tnefparse.TNEF(attachment.data, do_checksum=False)
    members: list[Attachment] = []
    body = tnef.body if isinstance(tnef.body, str | bytes) and tnef.body else None
    if body:
        text = body.encode("utf-8") if isinstance(body, str) else body
        members.append(_member("body.txt", text.rstrip(b"\x00"), attachment, "text/plain"))
    for index, att in enumerate(tnef.attachments):
        name = _tnef_name(att, index)
        data = att.data if isinstance(att.data, bytes) else b""
        budget.take(len(data), f"{attachment.path}/{name}")
        members.append(_member(name, data, attachment))
    return members


def _tnef_name(att: Any, index: int) -> str:
    try:
        name = att.long_filename()
    except Exception:  # an undecodable name property
        name = None
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return (
        name.strip("\x00 ")
        if isinstance(name, str) and name.strip("\x00 ")
        else (f"attachment-{index}")
    )


# --- ZIP ---------------------------------------------------------------------------------


def _open_zip(attachment: Attachment, budget: _Budget) -> list[Attachment]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(attachment.data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise _Refused(f"is not a readable ZIP archive ({_short(exc)}); kept as it is") from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        limits = budget.limits
        if len(infos) > limits.max_members:
            raise _Refused(
                f"holds {len(infos)} files, more than the {limits.max_members} allowed; "
                "not opened (ask the sender for the advices themselves)"
            )
        members = []
        for info in infos:
            member = _zip_member(archive, info, attachment, budget)
            if member is not None:
                members.append(member)
    return members


def _zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, parent: Attachment, budget: _Budget
) -> Attachment | None:
    where = f"{parent.path}/{safe_name(info.filename)}"
    limits = budget.limits
    if info.flag_bits & 0x1:
        budget.problems.append(
            f"{where}: encrypted inside the ZIP; ask the sender for a copy without a password"
        )
        return None
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > limits.max_ratio and info.file_size > 1 * MB:
        budget.problems.append(
            f"{where}: refused, it would expand {ratio:,.0f} times ({_mb(info.compress_size)} to "
            f"{_mb(info.file_size)}), over the {limits.max_ratio}x limit; possibly a zip bomb"
        )
        return None
    try:
        budget.take(info.file_size, where)
        data = _read_capped(archive, info, limits.max_member_bytes, where)
    except _Refused as exc:
        budget.problems.append(str(exc))
        return None
    # zipfile raises NotImplementedError for compression methods it lacks (e.g. deflate64)
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError) as exc:
        budget.problems.append(f"{where}: damaged inside the ZIP ({_short(exc)}); not unpacked")
        return None
    extra = len(data) - info.file_size
    if extra > 0:  # the header lied about the size; count what was really unpacked
        budget.take(extra, where)
    return _member(info.filename, data, parent)


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, where: str) -> bytes:
    """Read a member without trusting its declared size: stop past ``cap`` bytes."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(256 * 1024):
            total += len(chunk)
            if total > cap or total > max(info.file_size, 0) + 1 * MB:
                raise _Refused(
                    f"{where}: unpacks to more than its header says ({info.file_size} "
                    "bytes declared); refused as a likely zip bomb"
                )
            chunks.append(chunk)
    return b"".join(chunks)


_OPENERS: dict[str, Callable[[Attachment, _Budget], list[Attachment]]] = {
    "eml": _open_eml,
    "msg": _open_msg,
    "tnef": _open_tnef,
    "zip": _open_zip,
}
_KIND_NAMES = {
    "eml": "an attached message",
    "msg": "an Outlook .msg file",
    "tnef": "winmail.dat (TNEF)",
    "zip": "a ZIP archive",
}


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{size} bytes"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__
