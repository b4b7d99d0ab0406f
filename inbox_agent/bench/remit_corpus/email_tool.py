"""Producer: remittances typed or pasted into mail bodies, saved as ``.eml``.

Payers without an ERP print-out write the advice into the mail: a fixed-width table
pasted from their system, a list of "invoice: amount" lines, tab-separated rows copied
from a sheet, an HTML table (alone or beside its plain-text alternative), or the whole
advice forwarded inside another mail by a colleague.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from inbox_agent.bench.remit_corpus.advice import PAYEE, Advice, Produced
from inbox_agent.bench.remit_corpus.markup import advice_html
from inbox_agent.bench.remit_corpus.plaintext import delimited, fixed_width, list_style

TOOL = "email"
STYLES = ("fixed", "list", "tabs", "alternative", "html", "forwarded")


def write(advice: Advice, path: Path, rng: random.Random, *, style: str) -> Produced:
    """Write ``advice`` as one ``.eml`` message in body ``style``."""
    message = _message(advice, rng, style)
    path.write_bytes(message.as_bytes())
    return Produced(1, advice.truth)


def _message(advice: Advice, rng: random.Random, style: str) -> EmailMessage:
    if style == "forwarded":
        inner = _message(advice, rng, "html")
        outer = _envelope(advice, subject=f"Fwd: {inner['Subject']}", sender="ap.lead")
        outer.set_content("FYI - see the remittance below.\n\n-- \nAccounts Payable")
        outer.add_attachment(inner)
        return outer
    message = _envelope(advice, subject=_subject(advice), sender="accounts.payable")
    if style == "fixed":
        message.set_content("\n".join(fixed_width(advice, rng)) + "\n")
    elif style == "list":
        message.set_content("\n".join(list_style(advice)) + "\n")
    elif style == "tabs":
        message.set_content("\n".join(delimited(advice, "\t")) + "\n")
    elif style == "alternative":
        message.set_content("\n".join(fixed_width(advice, rng)) + "\n")
        message.add_alternative(advice_html(advice, "grid"), subtype="html")
    elif style == "html":
        message.set_content(advice_html(advice, rng.choice(("grid", "plain"))), subtype="html")
    else:
        raise ValueError(f"style must be one of {STYLES}")
    return message


def _envelope(advice: Advice, *, subject: str, sender: str) -> EmailMessage:
    message = EmailMessage()
    domain = "".join(ch for ch in str(advice.truth.payer).lower() if ch.isalnum())[:20]
    message["From"] = f"{sender}@{domain or 'payer'}.example"
    message["To"] = f"ar@{''.join(ch for ch in PAYEE.lower() if ch.isalnum())[:12]}.example"
    message["Subject"] = subject
    when = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{advice.doc_id}@corpus.example>"
    return message


def _subject(advice: Advice) -> str:
    return f"{advice.template.title} - {advice.truth.reference}"
