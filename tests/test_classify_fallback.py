"""The fallback classifier: what it sorts mail no admin rule caught into, and how sure it is.

Every message here is written by hand for these tests and appears nowhere in the corpus
generator, so passing says something about mail the lexicon was not written around.
"""

from __future__ import annotations

import json
import sys
from email.message import EmailMessage, Message
from pathlib import Path

import jsonschema
import pytest
import typer
from typer.testing import CliRunner

from inbox_agent.classify import fallback
from inbox_agent.classify.features import html_to_text, normalise, split_body, strip_subject
from inbox_agent.classify.rules_classifier import classify
from inbox_agent.cli import classify_cmd
from inbox_agent.config.rules import CATEGORIES, SortingRules
from inbox_agent.mail.parse import parse_message

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "contract"
NO_RULES = SortingRules()
THRESHOLD = NO_RULES.min_confidence


def mail(
    subject: str,
    body: str,
    *,
    sender: str | None = None,
    html: bool = False,
    attachments: tuple[tuple[str, str], ...] = (),
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender or "Pat Customer <ap@customer.example.com>"
    msg["To"] = "ar@supplier.example.com"
    msg["Subject"] = subject
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body, subtype="html" if html else "plain")
    for filename, content_type in attachments:
        maintype, subtype = content_type.split("/")
        msg.add_attachment(b"%PDF-1.4\n", maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def sort(data: bytes) -> fallback.Verdict:
    return fallback.classify_fallback(parse_message(data))


# (language, category, subject, body, sender or None)
HAND_WRITTEN = [
    # ---------------------------------------------------------------- English
    (
        "en",
        "remittance",
        "Payment sent",
        "Morning, we released payment for invoices 4471 and 4472 "
        "yesterday afternoon. Remittance advice attached for your allocation.",
        None,
    ),
    (
        "en",
        "invoice_request",
        "Invoice 88213?",
        "Hey, our scanning team can't find invoice 88213 in "
        "the system. Could you please send a copy of the invoice over when you get a chance?",
        None,
    ),
    (
        "en",
        "statement_request",
        "Account summary",
        "Hi, before we do our supplier run could you email "
        "an up to date statement for our account? Want to make sure nothing is missing.",
        None,
    ),
    (
        "en",
        "dispute",
        "Pricing on invoice 55102",
        "We have an issue with invoice 55102. You charged "
        "$14.50 per unit but the quote we signed was $12.90, so we are disputing the difference.",
        None,
    ),
    (
        "en",
        "payment_promise",
        "Re overdue amount",
        "Sorry for the delay on this one. Our finance "
        "manager has signed it off and we will pay the full balance next Tuesday.",
        None,
    ),
    (
        "en",
        "auto_reply",
        "Meeting notes",
        "I am out of the office on annual leave until Monday 4 "
        "March with no access to email. For anything urgent please contact Dana.",
        None,
    ),
    (
        "en",
        "portal_notification",
        "Invoice INV-7781 approved",
        "Your invoice INV-7781 has been approved "
        "by Globex. You can view the invoice status in the portal.",
        "Globex via Coupa <do_not_reply@globex.coupahost.com>",
    ),
    (
        "en",
        "other",
        "Invitation: Finance town hall",
        "You are invited to the quarterly finance town "
        "hall. Join Microsoft Teams meeting. Meeting ID: 334 221 908",
        None,
    ),
    # ---------------------------------------------------------------- Tagalog / Taglish
    (
        "tl",
        "remittance",
        "Payment po",
        "Hello po Ma'am, binayaran na po namin ang invoice 3021 kaninang "
        "umaga thru BDO. Attached po ang deposit slip.",
        None,
    ),
    (
        "tl",
        "invoice_request",
        "Invoice 3022",
        "Hi po, pakisend naman po ulit ng kopya ng invoice 3022, "
        "hindi po kasi namin natanggap yung original.",
        None,
    ),
    (
        "tl",
        "statement_request",
        "SOA",
        "Good afternoon po! Pwede po bang makahingi ng SOA namin para "
        "ma-check ng boss namin bago mag-payment?",
        None,
    ),
    (
        "tl",
        "dispute",
        "Invoice 3023",
        "Hi po, mali po ang quantity sa invoice 3023. Sampung kahon lang "
        "po ang dumating pero labindalawa ang nasa invoice.",
        None,
    ),
    (
        "tl",
        "payment_promise",
        "Update po",
        "Hello po, magbabayad po kami ng balance sa katapusan ng "
        "buwan. Pasensya na po at na-delay.",
        None,
    ),
    (
        "tl",
        "auto_reply",
        "Re: Invoice 3024",
        "Salamat sa email. Naka-leave po ako hanggang Lunes, babalik po ako sa opisina sa Martes.",
        None,
    ),
    (
        "tl",
        "portal_notification",
        "PO 4500019 from Bayanihan",
        "Bayanihan Trading has sent you a new purchase order through SAP Business Network.",
        "Ariba <ordersender-prod@ansmtp.ariba.com>",
    ),
    (
        "tl",
        "other",
        "Kaarawan ni Boss",
        "Guys, may kaunting salu-salo mamayang 5pm para sa kaarawan ni Boss. Kain tayo sa pantry!",
        None,
    ),
    # ---------------------------------------------------------------- Chinese (both scripts)
    (
        "zh",
        "remittance",
        "货款已付",
        "您好，贵司发票3301的货款我们已于昨天转账，银行回单见附件，请查收。",
        None,
    ),
    (
        "zh",
        "invoice_request",
        "发票",
        "您好，我们还没有收到三月份的发票，麻烦补发一下电子发票，谢谢。",
        None,
    ),
    (
        "zh",
        "statement_request",
        "核对账目",
        "您好，请提供截至本月底的对账单，我们需要核对应付余额。",
        None,
    ),
    (
        "zh-hant",
        "dispute",
        "發票問題",
        "您好，發票3302的單價有誤，與報價單不符，請更正後重新開立。",
        None,
    ),
    (
        "zh",
        "payment_promise",
        "付款",
        "您好，这笔款项已经在审批中，预计下周三付款，请耐心等待。",
        None,
    ),
    (
        "zh-hant",
        "auto_reply",
        "回覆：發票",
        "您好，本人目前休假中，將於下週一返回辦公室，屆時再回覆您的郵件。",
        None,
    ),
    (
        "zh",
        "portal_notification",
        "发票状态更新",
        "您的发票 INV-3303 已获批准。",
        "Taulia <noreply@taulia.com>",
    ),
    ("zh", "other", "培训通知", "各位同事，本周五下午举行新系统培训，请准时参加。", None),
    # ---------------------------------------------------------------- German
    (
        "de",
        "remittance",
        "Zahlung Rechnung 7710",
        "Guten Tag, wir haben die Rechnung 7710 heute "
        "überwiesen. Das Zahlungsavis finden Sie im Anhang.",
        None,
    ),
    (
        "de",
        "invoice_request",
        "Rechnung 7711",
        "Hallo, leider liegt uns die Rechnung 7711 nicht vor. "
        "Könnten Sie uns bitte eine Kopie der Rechnung schicken?",
        None,
    ),
    (
        "de",
        "statement_request",
        "Abstimmung",
        "Guten Tag, für den Quartalsabschluss bitten wir um eine "
        "Aufstellung der offenen Posten bzw. einen Kontoauszug.",
        None,
    ),
    (
        "de",
        "dispute",
        "Rechnung 7712",
        "Sehr geehrte Damen und Herren, die Rechnung 7712 ist nicht "
        "korrekt: Es wurden 20 Stück berechnet, geliefert wurden 15.",
        None,
    ),
    (
        "de",
        "payment_promise",
        "Offene Rechnung",
        "Hallo, die Rechnung 7713 ist freigegeben und wird "
        "mit dem nächsten Zahlungslauf am Freitag bezahlt.",
        None,
    ),
    (
        "de",
        "auto_reply",
        "Rechnung 7714",
        "Vielen Dank für Ihre E-Mail. Ich bin bis zum 12. April "
        "nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
        None,
    ),
    (
        "de",
        "portal_notification",
        "Rechnung 7715 genehmigt",
        "Ihre Rechnung 7715 wurde genehmigt.",
        "Coupa <no-reply@coupa.com>",
    ),
    (
        "de",
        "other",
        "Einladung zum Sommerfest",
        "Liebe Kolleginnen und Kollegen, wir laden euch "
        "herzlich zu unserem Sommerfest ein. Bitte meldet euch bis Freitag an.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("language", "category", "subject", "body", "sender"),
    HAND_WRITTEN,
    ids=[f"{row[0]}-{row[1]}" for row in HAND_WRITTEN],
)
def test_hand_written_mail_in_each_language(
    language: str, category: str, subject: str, body: str, sender: str | None
) -> None:
    """GIVEN a hand-written message of a category, in English, Taglish, Chinese or German,
    not produced by the corpus generator
    WHEN the fallback sorts it with no admin rules
    THEN it lands in that category."""
    data = mail(subject, body, sender=sender)
    verdict = sort(data)
    assert verdict.category == category, (language, verdict.reasons(), verdict.scores)


def test_clear_english_mail_passes_the_person_threshold() -> None:
    """GIVEN the clear English messages above WHEN sorted THEN each is confident enough to file
    without a person (the threshold exists for unclear mail, not for plain requests)."""
    english = [row for row in HAND_WRITTEN if row[0] == "en"]
    for _, category, subject, body, sender in english:
        verdict = sort(mail(subject, body, sender=sender))
        assert verdict.confidence >= THRESHOLD, (category, verdict.confidence, verdict.reasons())


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"X-Autoreply": "yes"},
        {"Precedence": "auto_reply"},
    ],
    ids=["auto-submitted", "x-autoreply", "precedence"],
)
def test_auto_reply_recognised_by_header(headers: dict[str, str]) -> None:
    """GIVEN an automatic reply whose subject and text look like a remittance
    WHEN sorted THEN the RFC 3834 style header makes it an auto-reply, confidently."""
    data = mail(
        "Re: Remittance advice 4471",
        "Thank you. Remittance advice for payment 4471.",
        headers=headers,
    )
    verdict = sort(data)
    assert verdict.category == "auto_reply"
    assert verdict.confidence >= THRESHOLD


def test_auto_generated_notification_is_not_taken_for_an_out_of_office() -> None:
    """GIVEN a payment advice that an ERP sends with ``Auto-Submitted: auto-generated``
    WHEN sorted THEN it is a remittance: generated mail is not a reply (RFC 3834 section 5)."""
    data = mail(
        "Payment advice 2024-118",
        "Payment advice: the following invoices have been paid "
        "by EFT on 3 May.\nINV-1001  1,200.00\nINV-1002  800.00",
        headers={"Auto-Submitted": "auto-generated"},
    )
    assert sort(data).category == "remittance"


def test_bounce_is_an_auto_reply() -> None:
    """GIVEN a delivery status notification (multipart/report) for our statement mail
    WHEN sorted THEN it is an auto-reply, whatever the bounced subject says."""
    msg = EmailMessage()
    msg["From"] = "Mail Delivery Subsystem <mailer-daemon@mx.customer.example.com>"
    msg["To"] = "ar@supplier.example.com"
    msg["Subject"] = "Statement of account - May"
    msg.set_content("The following message could not be sent to ap@customer.example.com.")
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    status = EmailMessage()
    status["Content-Type"] = "message/delivery-status"
    block = Message()
    block["Final-Recipient"] = "rfc822; ap@customer.example.com"
    block["Action"] = "failed"
    status.set_payload([Message(), block])
    msg.attach(status)
    verdict = sort(msg.as_bytes())
    assert verdict.category == "auto_reply"
    assert verdict.confidence >= THRESHOLD


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (
            "RE: Statement of account - April",
            "Thanks for this. Invoice 6610 on the statement will be paid this Friday.\n\n"
            "Regards,\nKim\n\nFrom: Accounts Receivable <ar@supplier.example.com>\n"
            "Sent: Monday, 6 May 2024 09:12\nTo: Kim\nSubject: Statement of account - April\n\n"
            "Please find attached your statement of account. Please let us know if any item is "
            "incorrect or in dispute, or if you need copies of any invoices.",
            "payment_promise",
        ),
        (
            "Re: Invoice copy 6611",
            "The copy you sent shows 40 hours but we only approved 32. We dispute the extra "
            "8 hours.\n\nOn Tue, 7 May 2024 at 10:00, AR <ar@supplier.example.com> wrote:\n"
            "> As requested, attached is a copy of invoice 6611.\n> Kind regards",
            "dispute",
        ),
        (
            "AW: Zahlungserinnerung Rechnung 6612",
            "Guten Tag, die Rechnung 6612 wurde heute überwiesen.\n\nAm 06.05.2024 um 09:00 "
            "schrieb Debitorenbuchhaltung <ar@supplier.example.com>:\n> die Rechnung 6612 ist "
            "überfällig. Bitte senden Sie uns bei Fragen eine Kopie Ihres Kontoauszugs.",
            "remittance",
        ),
    ],
    ids=["en-outlook", "en-gmail", "de-gmail"],
)
def test_quoted_history_does_not_override_the_new_text(
    subject: str, body: str, expected: str
) -> None:
    """GIVEN a reply whose subject and quoted history belong to another category
    WHEN sorted THEN the writer's own new words decide."""
    verdict = sort(mail(subject, body))
    assert verdict.category == expected, verdict.reasons()


ZH_STATEMENT_DISPUTE = (
    "您好，对账单上发票6613的金额不对，我们只收到了一半的货。\n\n发件人: 应收账款部 "
    "<ar@supplier.example.com>\n发送时间: 2024年5月6日 9:00\n"
    "收件人: 王先生\n主题: 对账单\n\n"
    "您好，附件是截至4月底的对账单，请核对。"
)


def test_chinese_reply_to_a_statement_disputing_an_amount_reads_as_a_dispute() -> None:
    """GIVEN a Chinese reply to our statement (Outlook quote) saying an amount is wrong
    WHEN the lexicon reads it THEN the writer's dispute phrases outweigh the thread's
    statement words.

    Known weakness, kept visible: the joined verdict calls this mail a statement request,
    because the pattern model, short of Chinese training mail, reads the reply's own
    "对账单" as a statement (0.43 against 0.13) and outweighs two dispute phrases.
    """
    verdict = fallback.lexicon_verdict(parse_message(mail("回复：对账单", ZH_STATEMENT_DISPUTE)))
    assert verdict.category == "dispute", verdict.reasons()
    assert {"金额不对", "只收到"} <= {e.what for e in verdict.evidence if e.category == "dispute"}


def test_bare_forward_is_sorted_by_what_it_forwards() -> None:
    """GIVEN a colleague's forward with no words of their own
    WHEN sorted THEN the forwarded customer request decides."""
    body = (
        "\n\n---------- Forwarded message ---------\nFrom: Kim <ap@customer.example.com>\n"
        "Date: Mon, 6 May 2024\nSubject: invoices\nTo: sales@supplier.example.com\n\n"
        "Hi, could you resend copies of invoices 7001 and 7002? We never received them."
    )
    verdict = sort(mail("Fwd: invoices", body, sender="Sam Sales <sam@supplier.example.com>"))
    assert verdict.category == "invoice_request", verdict.reasons()


def test_html_only_remittance_with_a_table() -> None:
    """GIVEN a remittance sent as HTML only, its invoices in a table
    WHEN sorted THEN it is a remittance."""
    markup = (
        "<html><body><p>Dear Supplier,</p><p>Please be advised that payment has been made "
        "to your account.</p><table><tr><th>Invoice</th><th>Amount</th></tr>"
        "<tr><td>INV-8801</td><td>1,000.00</td></tr></table><p>Regards, AP</p></body></html>"
    )
    verdict = sort(mail("Payment", markup, html=True))
    assert verdict.category == "remittance", verdict.reasons()


def test_html_only_reply_quoted_in_a_blockquote() -> None:
    """GIVEN an HTML-only reply asking for an invoice copy, quoting our dispute answer in a
    blockquote WHEN sorted THEN the request in the new text decides."""
    markup = (
        "<div>Hi, can you please send me a copy of invoice 9902?</div><div>Thanks</div>"
        '<div class="gmail_quote"><blockquote>We have logged your dispute about the '
        "incorrect price on invoice 9901 and will issue a credit note.</blockquote></div>"
    )
    verdict = sort(mail("Re: Your dispute on 9901", markup, html=True))
    assert verdict.category == "invoice_request", verdict.reasons()


def test_remittance_pdf_name_counts() -> None:
    """GIVEN a near-empty mail with a PDF named like a payment advice
    WHEN sorted THEN the attachment's name makes it a remittance."""
    data = mail(
        "Docs", "See attached.", attachments=(("Zahlungsavis_000123.pdf", "application/pdf"),)
    )
    assert sort(data).category == "remittance"


@pytest.mark.parametrize(
    ("subject", "body"),
    [("qwxz plonk", "zzkv trepok wibble snorf 88"), ("", ""), ("hello", "see you")],
    ids=["gibberish", "empty", "no-evidence"],
)
def test_unrecognisable_mail_goes_to_a_person(subject: str, body: str) -> None:
    """GIVEN mail with nothing the classifier recognises
    WHEN sorted through the same path as the agent THEN 'other' below the person threshold."""
    result = classify(parse_message(mail(subject, body)), NO_RULES)
    assert result.category == "other"
    assert result.confidence < THRESHOLD
    assert result.rule is None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\xff\xfe garbage",
        b"Subject: =?bogus?q?x?=\r\n\r\n<html><body><p>unclosed",
        b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n'
        b"--x\r\nContent-Type: message/rfc822\r\n\r\n",
    ],
    ids=["empty", "binary", "broken-html", "truncated-mime"],
)
def test_malformed_mail_never_crashes(data: bytes) -> None:
    """GIVEN bytes that are barely mail WHEN sorted THEN a verdict, not an exception."""
    verdict = fallback.classify_fallback(parse_message(data))
    assert verdict.category in CATEGORIES
    assert 0.0 <= verdict.confidence <= 1.0


def test_reasons_name_the_evidence() -> None:
    """GIVEN a statement request WHEN sorted THEN the reasons quote what was recognised and where,
    so a collector can see why."""
    verdict = sort(mail("Statement of account please", "Please send our statement of account."))
    assert verdict.reasons()[0].startswith("subject: statement of account")


@pytest.mark.parametrize(
    ("raw", "stripped", "kind"),
    [
        ("RE: FW: Remittance", "remittance", "reply"),
        ("Fwd: Re: Invoice 1", "invoice 1", "forward"),
        ("AW: WG: Rechnung", "rechnung", "reply"),
        ("回复：对账单", "对账单", "reply"),
        ("轉寄：對帳單", "对账单", "forward"),
        ("[EXTERNAL] Re: Payment", "payment", "reply"),
        ("Remittance: RE 4471", "remittance: re 4471", "new"),
    ],
)
def test_subject_prefixes(raw: str, stripped: str, kind: str) -> None:
    """GIVEN subjects with reply/forward prefixes in several languages
    WHEN stripped THEN the prefixes go and the first one says reply or forward."""
    assert strip_subject(raw) == (stripped, kind)


@pytest.mark.parametrize(
    "attribution",
    [
        "-----Original Message-----\nFrom: AR\nSent: Monday",
        "On Mon, 6 May 2024 at 09:00, AR <ar@supplier.example.com> wrote:",
        "On Mon, 6 May 2024 at 09:00, Accounts Receivable\n<ar@supplier.example.com> wrote:",
        "Von: AR <ar@supplier.example.com>\nGesendet: Montag, 6. Mai 2024 09:00\nAn: Kim",
        "寄件者: AR <ar@supplier.example.com>\n寄件日期: 2024年5月6日 9:00\n收件者: 王先生",
        "在 2024年5月6日 09:00，AR <ar@supplier.example.com> 写道：",
        "________________________________\nFrom: AR\nSent: Monday",
    ],
    ids=[
        "original-message",
        "gmail",
        "gmail-wrapped",
        "outlook-de",
        "outlook-zh-hant",
        "gmail-zh",
        "outlook-rule",
    ],
)
def test_history_is_cut_at_every_client_style(attribution: str) -> None:
    """GIVEN a reply in the style of a common mail client WHEN the body is split
    THEN the history is apart from the new words."""
    parts = split_body(f"New words here.\n\nKim\n\n{attribution}\n\nOld words there.")
    assert "New words" in parts.new
    assert "Old words" in parts.quoted
    assert "Old words" not in parts.new


def test_signature_is_apart_from_the_message() -> None:
    """GIVEN a body with a sign-off WHEN split THEN the lines below the sign-off are signature."""
    parts = split_body("Please send a statement.\n\nKind regards,\nKim\nAccounts Payable\nAcme")
    assert parts.new.strip().endswith("Kind regards,")
    assert "Accounts Payable" in parts.signature


def test_html_to_text_marks_quotes_and_skips_styles() -> None:
    """GIVEN HTML with a style block and a blockquote WHEN converted THEN styles vanish and the
    quoted lines carry '>'."""
    text = html_to_text(
        "<style>p{color:red}</style><p>Mine</p><blockquote><p>Theirs</p></blockquote>"
    )
    assert text.splitlines() == ["Mine", "> Theirs"]


def test_normal_form_folds_scripts_and_spelling() -> None:
    """GIVEN the same words typed differently WHEN normalised THEN they are equal."""
    assert normalise("Zahlungsbestätigung  GRÜSSE") == normalise("zahlungsbestaetigung grüße")
    assert normalise("對帳單") == normalise("对账单")
    assert normalise("ＲＥ：发票") == "re:发票"


def test_required_text_prefilter_is_safe() -> None:
    """GIVEN lexicon patterns WHEN the prefilter derives the text a match must contain
    THEN it never asks for text from an optional part or an alternative."""
    assert fallback.required_text(r"\bpayments? (?:was|were)") == "payment"
    assert fallback.required_text(r"a|b") == ""
    assert fallback.required_text(r"weicht .{0,30}\bab\b").strip() == "weicht"
    assert fallback.required_text(r"(?:x|y) paid") == " paid"


def test_calibration_fit_recovers_a_clear_relation() -> None:
    """GIVEN samples where a bigger lead means more often right WHEN the calibration is fitted
    THEN a bigger lead gives a higher confidence."""
    samples = [(odds / 2, ok) for odds in range(-4, 12) for ok in (True, odds > 2, odds > 6)]
    params = fallback.fit_calibration(samples)
    assert fallback.calibrated(5.0, params) > fallback.calibrated(0.5, params)
    assert 0.4 < fallback.calibrated(1.5, params) < 0.95  # neither timid nor certain mid-way


def _schema() -> dict[str, object]:
    sys.path.insert(0, str(CONTRACT))
    try:
        import schemas  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(CONTRACT))
    return dict(schemas.CLASSIFY)


def test_classify_cli_output_follows_the_contract(tmp_path: Path) -> None:
    """GIVEN messages only the fallback can sort (a rules file with no sorting rules)
    WHEN ``classify --json`` runs THEN every line validates against the contract's CLASSIFY
    schema, with the fallback's category and a null rule."""
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\nsorting:\n  min_confidence: 0.6\n", encoding="utf-8")
    files = []
    for index, (_, _, subject, body, sender) in enumerate(HAND_WRITTEN[:8]):
        path = tmp_path / f"m{index}.eml"
        path.write_bytes(mail(subject, body, sender=sender))
        files.append(str(path))
    app = typer.Typer()
    classify_cmd.register(app)
    app.command("noop")(lambda: None)  # two commands, so the sub-command name is required
    result = CliRunner().invoke(app, ["classify", *files, "--json", "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    schema = _schema()
    for obj in objects:
        jsonschema.validate(obj, schema)
    assert [o["category"] for o in objects] == [row[1] for row in HAND_WRITTEN[:8]]
    assert all(o["rule"] is None for o in objects)


def test_a_reply_to_our_own_reminder_is_sorted_by_what_the_customer_now_says() -> None:
    """GIVEN a customer's reply that quotes our invoice-copy mail (our address in the
    attribution) and asks what they owe, WHEN sorted, THEN our quoted words and our
    subject do not drown the question: it is a statement request."""
    body = (
        "Hello team,\n\nHow much do we currently owe you? A breakdown would help.\n\n"
        "Kind regards,\nWei Ling\n\n"
        "On Mon, 3 Jun 2024 at 10:14, Accounts Receivable <ar@supplier.example.com> wrote:\n"
        "> Dear customer,\n> As requested, please find attached a copy of invoice INV-1.\n"
        "> Please find attached the invoice copy you asked for.\n"
    )
    verdict = sort(mail("Re: Invoice copy: INV-1", body))
    assert verdict.category == "statement_request"
    assert all(e.weight <= 0.5 for e in verdict.evidence if e.where == "quoted")


def test_history_written_by_someone_else_still_counts_when_the_new_text_is_bare() -> None:
    """GIVEN a bare forward of a colleague's remittance advice (not our mail), WHEN sorted,
    THEN the forwarded words decide: a remittance."""
    body = (
        "FYI\n\n---------- Forwarded message ---------\n"
        "From: Treasury <treasury@customer.example.com>\n"
        "Date: Mon, 3 Jun 2024\nSubject: Payment advice\nTo: AP <ap@customer.example.com>\n\n"
        "Remittance advice: we have paid invoices INV-1 and INV-2 today by EFT.\n"
    )
    assert sort(mail("Fwd: Payment advice", body)).category == "remittance"


@pytest.mark.parametrize(
    ("headers", "head", "ours"),
    [
        (
            {"to": "AR <ar@supplier.example.com>"},
            "on mon, ar <ar@supplier.example.com> wrote:",
            True,
        ),
        (
            {"to": "Accounts Receivable <ar@supplier.example.com>"},
            "from: accounts receivable",
            True,
        ),
        ({"to": "ar@supplier.example.com"}, "from: jo smith <jo@customer.example.com>", False),
        ({"to": "ar@supplier.example.com"}, "", False),
    ],
)
def test_written_by_recipient_reads_the_history_author(
    headers: dict[str, str], head: str, ours: bool
) -> None:
    """The author line of the history names one of the mail's recipients, or does not."""
    from inbox_agent.classify.features import written_by_recipient

    assert written_by_recipient(head, headers) is ours


def test_portal_mail_stays_portal_mail_whatever_status_words_it_carries() -> None:
    """GIVEN Coupa telling us a customer rejected an invoice for missing goods, WHEN sorted,
    THEN it is a portal notification (the dispute lives in the portal), not a dispute."""
    body = (
        "Invoice SI-1 was rejected by Lion City Logistics.\nReason: missing goods, "
        "please issue a credit memo.\nLog in to the Coupa Supplier Portal to respond."
    )
    verdict = sort(mail("Invoice SI-1 rejected", body, sender="do_not_reply@coupahost.com"))
    assert verdict.category == "portal_notification"


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        ("Zahlung", "die Zahlung für Rechnung 4711 ist heute rausgegangen.", "remittance"),
        (
            "Re: Kontoauszug",
            "die Zahlung wird Anfang nächster Woche angewiesen.",
            "payment_promise",
        ),
        ("Timing", "Your invoices are in our payment run for 2 July.", "payment_promise"),
        ("款项", "这笔款项财务已排期，6月15日打款。", "payment_promise"),
        ("Payment po", "Sir, ipapasok na po namin sa payment run sa katapusan.", "payment_promise"),
        ("Faktur 12", "Ada selisih harga di faktur 12 dibanding PO kami.", "dispute"),
        ("發票金額", "發票上的金額比報價高，請確認。", "dispute"),
        ("Invoice not received", "We never got invoice 123, please send it.", "invoice_request"),
        ("Shipment", "Your parcel has been dispatched. Tracking number: 1Z999.", "other"),
        ("Change of bank details", "Please update our bank details on file.", "other"),
    ],
)
def test_tense_and_phrasing_decide_between_neighbouring_categories(
    subject: str, body: str, category: str
) -> None:
    """Past payment vs. promised payment, an invoice that is wrong vs. one that is missing,
    and finance words in mail that is about neither."""
    assert sort(mail(subject, body)).category == category
