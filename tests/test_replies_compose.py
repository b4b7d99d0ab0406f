"""Composing a draft: threading, addresses, templates in the sandbox, languages, files."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from inbox_agent.mail.parse import parse_message
from inbox_agent.replies.compose import (
    DraftAttachment,
    TemplateFailed,
    compose_reply,
    draft_message_id,
    rebuild,
    references,
    render_reply,
    render_text,
    reply_recipients,
    reply_subject,
)
from inbox_agent.replies.context import guess_language, own_words

SHA = "ab" * 32


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Copy of invoice INV-1", "RE: Copy of invoice INV-1"),
        ("RE: Copy of invoice INV-1", "RE: Copy of invoice INV-1"),
        ("Re: RE: twice already", "Re: RE: twice already"),
        ("AW: Rechnungskopie", "AW: Rechnungskopie"),
        ("回复: 对账单", "回复: 对账单"),
        ("回复：对账单", "回复：对账单"),
        ("SV: Kontoutdrag", "SV: Kontoutdrag"),
        ("RE[2]: statement", "RE[2]: statement"),
        ("FW: remittance", "RE: FW: remittance"),
        ("Regarding INV-1", "RE: Regarding INV-1"),
        ("  spaced\n  subject ", "RE: spaced subject"),
        ("", ""),
    ],
)
def test_reply_subject_keeps_one_prefix(original: str, expected: str) -> None:
    """GIVEN a customer's subject WHEN replied to THEN exactly one reply prefix, theirs kept."""
    assert reply_subject(original) == expected


def test_recipients_prefer_reply_to_and_skip_robots_and_ourselves() -> None:
    """GIVEN headers with a Reply-To, or only a From, or only robots and our own address
    THEN the reply goes to Reply-To, else From, else nobody."""
    assert reply_recipients(
        {"From": "Ann <ann@acme.example>", "Reply-To": "AP <ap@acme.example>"}
    ) == ["AP <ap@acme.example>"]
    assert reply_recipients({"From": "Ann <ann@acme.example>"}) == ["Ann <ann@acme.example>"]
    assert reply_recipients({"From": "noreply@acme.example"}) == []
    assert reply_recipients({"From": "MAILER-DAEMON@mx.example"}) == []
    assert reply_recipients({"From": "ar@us.example"}, ours=["AR@us.example"]) == []
    assert reply_recipients({"From": "not an address"}) == []


def test_references_chain_keeps_first_and_latest_and_adds_the_original() -> None:
    """GIVEN a long References chain WHEN replied to THEN the first id, the latest ones and
    the original's id, each once, at most ten."""
    chain = " ".join(f"<m{i}@x>" for i in range(15))
    refs = references(chain, "<orig@x>")
    assert len(refs) == 10
    assert refs[0] == "<m0@x>" and refs[-1] == "<orig@x>"
    assert references("", "<orig@x>") == ["<orig@x>"]
    assert references("<a@x> <a@x>", None) == ["<a@x>"]


def test_message_id_is_derived_from_the_original() -> None:
    """GIVEN the same original twice THEN the same Message-ID, on our domain."""
    first = draft_message_id(SHA, "ar@northwind.example")
    assert first == draft_message_id(SHA, "ar@northwind.example")
    assert first.endswith("@northwind.example>")
    assert draft_message_id("cd" * 32, "ar@northwind.example") != first
    assert draft_message_id(SHA, None).endswith("@inbox-agent.invalid>")


def _original() -> dict[str, str]:
    return {
        "From": "Müller Buchhaltung <buchhaltung@mueller.example.de>",
        "To": "AR <ar@northwind.example>",
        "Subject": "Rechnungskopie INV-40002",
        "Message-ID": "<q1@mueller.example.de>",
        "References": "<q0@mueller.example.de>",
    }


def test_compose_reply_is_threaded_addressed_and_carries_files() -> None:
    """GIVEN an original with a References chain and a PDF to attach
    WHEN composed THEN the bytes parse back with From our address (the one they wrote to),
    To the sender, RE: subject, In-Reply-To and References, the text and the file."""
    composed = compose_reply(
        original_headers=_original(),
        original_sha256=SHA,
        from_address=None,
        subject="unused: the thread's subject wins",
        body="Sehr geehrte Damen und Herren,\nanbei.\n",
        attachments=[DraftAttachment("INV-40002.pdf", "application/pdf", b"%PDF-1.4 x")],
        category="invoice_request",
    )
    assert composed is not None
    msg = email.message_from_bytes(composed.raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert msg["From"] == "ar@northwind.example"
    assert msg["To"] == "Müller Buchhaltung <buchhaltung@mueller.example.de>"
    assert msg["Subject"] == "RE: Rechnungskopie INV-40002"
    assert msg["In-Reply-To"] == "<q1@mueller.example.de>"
    assert msg["References"] == "<q0@mueller.example.de> <q1@mueller.example.de>"
    assert msg["Message-ID"] == composed.message_id
    assert b"\n" not in composed.raw.replace(b"\r\n", b"")  # CRLF throughout
    parsed = parse_message(composed.raw)
    assert parsed.body_text.replace("\r\n", "\n") == "Sehr geehrte Damen und Herren,\nanbei.\n"
    assert [(a.filename, a.data) for a in parsed.attachments] == [("INV-40002.pdf", b"%PDF-1.4 x")]


def test_compose_reply_without_anyone_to_answer_is_none() -> None:
    """GIVEN an original from a no-reply address WHEN composed THEN nothing is drafted."""
    headers = {**_original(), "From": "do-not-reply@portal.example"}
    assert (
        compose_reply(
            original_headers=headers, original_sha256=SHA, from_address=None, subject="s", body="b"
        )
        is None
    )


def test_rebuild_changes_text_and_subject_only() -> None:
    """GIVEN a composed draft WHEN a reviewer's subject and text are put in
    THEN threading headers, recipients, Message-ID and files stay as they were."""
    composed = compose_reply(
        original_headers=_original(),
        original_sha256=SHA,
        from_address="ar@northwind.example",
        subject="s",
        body="old text\n",
        attachments=[DraftAttachment("a.pdf", "application/pdf", b"%PDF")],
    )
    assert composed is not None
    raw = rebuild(composed.raw, subject="RE: new subject", body="new text")
    before = email.message_from_bytes(composed.raw, policy=email.policy.default)
    after = email.message_from_bytes(raw, policy=email.policy.default)
    for header in ("From", "To", "Message-ID", "In-Reply-To", "References"):
        assert after[header] == before[header]
    assert after["Subject"] == "RE: new subject"
    assert "new text" in parse_message(raw).body_text
    assert [a.data for a in parse_message(raw).attachments] == [b"%PDF"]


# ----------------------------------------------------------------- templates


def test_templates_render_in_the_sandbox_and_undefined_is_an_error() -> None:
    """GIVEN templates using a list, a missing variable, and Python internals
    THEN the first renders, the others fail as TemplateFailed (never leaking internals)."""
    assert render_text("{{ xs | join(', ') }}", {"xs": ["a", "b"]}) == "a, b"
    with pytest.raises(TemplateFailed, match="undefined"):
        render_text("{{ missing }}", {})
    with pytest.raises(TemplateFailed):
        render_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", {})
    with pytest.raises(TemplateFailed):
        render_text("{% for x in %}", {})


def test_render_reply_falls_back_to_the_plain_default() -> None:
    """GIVEN a body that fails WHEN rendered THEN the fallback, marked as such."""
    rendered = render_reply(
        "Subject {{ a }}", "{{ b.c.d }}", {"a": 1}, fallback=("S", "B\n"), what="t"
    )
    assert (rendered.subject, rendered.body, rendered.fell_back) == ("S", "B\n", True)
    good = render_reply(
        "Hi {{ a }}", "Body\n\n\n\nend   \n", {"a": 1}, fallback=("S", "B"), what="t"
    )
    assert (good.subject, good.body, good.fell_back) == ("Hi 1", "Body\n\nend\n", False)


# ----------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("Sehr geehrte Damen und Herren, anbei unser Zahlungsavis.", None, "de"),
        ("Bitte senden Sie uns den Kontoauszug. Vielen Dank", None, "de"),
        ("Magandang araw po! Salamat po sa inyong abiso.", None, "tl"),
        ("您好，请发送我们的对账单。谢谢", None, "zh"),
        ("Please send us a copy of invoice INV-10004. Thanks", None, "en"),
        ("Please die quietly, invoice attached", None, "en"),  # one German-looking word
        ("Please send the statement", "de", "de"),
        ("お世話になっております。請求書を送付します", None, "en"),  # Japanese, not Chinese
        ("", None, "en"),
    ],
)
def test_language_guess(text: str, hint: str | None, expected: str) -> None:
    """GIVEN a customer's words (and maybe the classifier's hint) THEN their language."""
    assert guess_language(text, hint) == expected


def test_own_words_drop_the_quoted_history() -> None:
    """GIVEN a reply above a quoted message WHEN read THEN only the new words remain."""
    body = (
        "We dispute INV-1.\n\nOn Tue, 24 Nov 2026 AR <ar@x> wrote:\n> Please pay INV-2\n"
        "-----Original Message-----\nFrom: ar@x\n"
    )
    assert own_words(body) == "We dispute INV-1."
    assert own_words("> only quoted\n> text") == ""
    assert own_words("Von: someone\nnew text first?") == "Von: someone\nnew text first?"
