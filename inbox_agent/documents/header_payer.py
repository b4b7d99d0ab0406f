"""Who paid: the payer's name under its label, else where a letter names its sender.

Many advices print no "Payer:" label: the sender is the letterhead, the name before the
"Remittance Advice" title, the company under the sign-off, or the subject of the opening
sentence. Those places are tried here in the order a clerk would look, and each answer
says which place it came from, for ``extract --explain``. The payee (us) is never the
payer, wherever its name is printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inbox_agent.documents.field_notes import Found
from inbox_agent.documents.header_labels import (
    HEADER_LINES,
    LABELS,
    REMITTANCE_WORDS,
    Labelled,
    is_label_line,
)
from inbox_agent.documents.payer_name import COMPANY_SUFFIX, company_name, is_title_case

_PAYEE_START = re.compile(
    r"^(?:to|an|à|payee|beneficiary|bénéficiaire|empfänger|zahlungsempfänger|fournisseur|"
    r"supplier|vendor|begünstigter|beneficiario|begunstigde)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm)?\s*regards|sincerely|yours (?:faithfully|sincerely)|thanks?|"
    r"thank you|mit freundlichen grüßen|freundliche grüße|cordialement|salutations|"
    r"bien à vous|maraming salamat|salamat)\b",
    re.IGNORECASE,
)
_SALUTATION = re.compile(
    r"^(?:dear|hello|hi|good (?:day|morning|afternoon)|sehr geehrte|bonjour|madame|"
    r"to whom)\b",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(r"御中|様(?:\s|$)|殿(?:\s|$)|귀하|님께|귀중|台照|敬启")
"""Marks that a line names whom the letter is to (us), in Japanese, Korean, Chinese."""
_PAYER_SENTENCE = re.compile(
    r"(?P<name>(?:[A-Z0-9][\w&'.,-]*\s+){1,7}?[A-Z0-9][\w&'.,-]*)\s+"
    r"(?:has|have)\s+(?:today\s+)?(?:made|paid|sent|remitted|transferred|initiated|released)\b"
)
"""A sentence opening with the payer's name, in capitals, and what it paid."""
_LETTERHEAD_LINES = 15
_NAME_WORDS = re.compile(r"\w+")


def find_payer(
    lines: Sequence[str], labelled: Labelled | None, payees: Sequence[str]
) -> Found[str] | None:
    """The payer under its label, else the letter's sender (:func:`letterhead_payer`)."""
    if labelled is not None:
        name = not_payee(company_name(clean_name(labelled.value)), payees)
        if name:
            return name, labelled.line, labelled.how()
    return letterhead_payer(lines, payees)


def letterhead_payer(lines: Sequence[str], payees: Sequence[str] = ()) -> Found[str] | None:
    """Guess the payer from the top of the advice: the sender's letterhead comes first.

    A line with a company suffix (Pty Ltd, GmbH, SARL...) wins -- also when the payment
    details are printed beside the letterhead, so that the line reads "Acme Pty Ltd
    Payment date: ...", or the title beside it ("Acme Limited  SUPPLIER PAYMENT
    ADVICE"); then the company under the sign-off, then the opening sentence's subject;
    otherwise the first line, if it comes before the "Remittance Advice" title and is
    not an address or a label.
    """
    top = [
        (index, _before_label(line.strip())) for index, line in enumerate(lines[:_LETTERHEAD_LINES])
        if line.strip()
        and not _SALUTATION.match(line)
        and not _PAYEE_START.match(line.strip())
        and not _ADDRESSEE.search(line)
    ]  # fmt: skip
    for index, line in top:
        if not line or is_label_line(line):
            continue
        company = COMPANY_SUFFIX.search(line)
        title = REMITTANCE_WORDS.search(line)
        if title is not None:
            ends = [m.end() for m in COMPANY_SUFFIX.finditer(line) if m.end() <= title.start()]
            if not ends:
                continue
            line = line[: max(ends)]
        if company and not_payee(line, payees) and (name := company_name(_segment(line))):
            return name, index, f"letterhead: a company in the top {_LETTERHEAD_LINES} lines"
    signed = signature_payer(lines)
    if signed and (name := not_payee(company_name(signed[0]), payees)):
        return name, signed[1], signed[2]
    prose = prose_payer(lines)
    if prose and not_payee(prose[0], payees):
        return prose
    return _title_payer(top)


def _title_payer(top: Sequence[tuple[int, str]]) -> Found[str] | None:
    """The sender before the "Remittance Advice" title, or on the line above it."""
    for position, (index, line) in enumerate(top):
        if title := REMITTANCE_WORDS.search(line):
            if position == 0:
                # "Torrens Health Network REMITTANCE ADVICE": the sender before the title.
                sender = clean_name(line[: title.start()])
                name = company_name(sender) if sender and is_title_case(sender) else None
                return (name, index, "title line: the name before the title") if name else None
            first_index, first = top[0]
            plain = not any(ch.isdigit() for ch in first) and not is_label_line(first)
            name = company_name(clean_name(first)) if plain else None
            return (
                (name, first_index, "letterhead: the first line, above the title") if name else None
            )
    return None


def signature_payer(lines: Sequence[str]) -> Found[str] | None:
    """The company under the sign-off ("Kind regards, / Acme Pty Ltd"), as typed mails end."""
    for index, line in enumerate(lines):
        if not _CLOSING.match(line.strip()):
            continue
        for below, following in enumerate(lines[index + 1 : index + 4], start=index + 1):
            if COMPANY_SUFFIX.search(following) and not is_label_line(following):
                name = clean_name(following.strip())
                return (name, below, "the company under the sign-off") if name else None
    return None


def prose_payer(lines: Sequence[str]) -> Found[str] | None:
    """The sender named by a typed advice's opening sentence.

    "Yorke Peninsula Council has made an electronic payment to your nominated account."
    """
    for index, line in enumerate(lines[:HEADER_LINES]):
        if found := _PAYER_SENTENCE.match(line.strip()):
            name = company_name(found["name"])
            return (name, index, "the opening sentence: who has paid") if name else None
    return None


def not_payee(name: str | None, payees: Sequence[str]) -> str | None:
    """``name``, unless it is the payee's (ours): the same first two words."""
    if not name:
        return None
    words = _NAME_WORDS.findall(name.casefold())
    for payee in payees:
        key = _NAME_WORDS.findall(payee.casefold())[:2]
        if key and words[: len(key)] == key:
            return None
    return name


def clean_name(value: str | None) -> str | None:
    """The first column of a name's line, without trailing punctuation."""
    if not value:
        return None
    name = re.split(r"\s{3,}|\t", value.strip())[0].strip(" ,;")
    return name or None


def _before_label(line: str) -> str:
    """The part of a line before its first label (all of it when there is none)."""
    match = LABELS.search(line)
    return line[: match.start()].strip() if match else line


def _segment(line: str) -> str:
    """The column of a wide line that holds the company ("R04573   Acme Pty Ltd   Page 1")."""
    segments = [seg for seg in re.split(r"\s{3,}|\t", line.strip()) if seg]
    return next((seg for seg in segments if COMPANY_SUFFIX.search(seg)), line.strip())
