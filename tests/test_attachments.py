"""Attachments as they come in real inboxes: nested mail, Outlook .msg, winmail.dat, ZIP.

The Outlook files are real Compound File Binary documents written with extract-msg's own
OLE writer in the [MS-OXMSG] layout (a property stream, string properties, attachment
storages); the TNEF files are written here byte by byte per [MS-OXTNEF]. Zip bombs, path
traversal, oversize and malformed mail go through the whole pipeline to show they end
with a person, with a reason, and never crash the pass or lose the original.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import Session, select

from inbox_agent.config.active import active_rules
from inbox_agent.config.rules import Rules
from inbox_agent.mail import attachments as att
from inbox_agent.mail.attachments import Attachment, AttachmentLimits, expand, safe_name
from inbox_agent.mail.local import EmlFolderMailbox, folder_key_name
from inbox_agent.mail.parse import parse_message
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.store.models import Message, MessageStatus, Remittance
from inbox_agent.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
SHARED_EMAIL = REPO.parent / "shared" / "data" / "email"
ADVICE_CSV = (
    b"Remittance advice\n"
    b"Payer,Acme Pty Ltd\n"
    b"Payment date,2026-11-26\n"
    b"Payment reference,EFT 88123\n"
    b"Invoice number,Invoice date,Gross amount,Discount,Paid amount\n"
    b"INV-10001,2026-09-08,1234.00,0.00,1234.00\n"
    b"INV-10002,2026-09-15,500.00,10.00,490.00\n"
    b"Total,,,,1724.00\n"
)


# --- builders ----------------------------------------------------------------------------


def _mail(
    subject: str, *files: tuple[str, str, bytes], sender: str = "ap@acme.example.com.au"
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ar@northwind-supplies.example.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash(subject))}@acme.example.com.au>"
    msg.set_content("Please find our remittance advice attached.")
    for filename, ctype, data in files:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def _zip(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _msg(subject: str, body: str, files: dict[str, bytes]) -> bytes:
    """An Outlook .msg ([MS-OXMSG]): a CFB file with the message's properties as streams."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    header = struct.pack("<8xIIII8x", 0, len(files), 0, len(files))
    writer.addEntry("__properties_version1.0", header + struct.pack("<IIQ", 0x0E070003, 6, 1))
    writer.addEntry("__substg1.0_001A001F", _utf16("IPM.Note"))
    writer.addEntry("__substg1.0_0037001F", _utf16(subject))
    writer.addEntry("__substg1.0_1000001F", _utf16(body))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for index, (name, data) in enumerate(files.items()):
        storage = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(storage, storage=True)
        by_value = struct.pack("<8x") + struct.pack("<IIQ", 0x37050003, 6, 1)
        writer.addEntry(f"{storage}/__properties_version1.0", by_value)
        writer.addEntry(f"{storage}/__substg1.0_3707001F", _utf16(name))
        writer.addEntry(f"{storage}/__substg1.0_37010102", data)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _tnef_attribute(level: int, kind: int, name: int, data: bytes) -> bytes:
    """One TNEF attribute: level, id (type << 16 | name), length, data, checksum."""
    head = struct.pack("<BII", level, (kind << 16) | name, len(data))
    return head + data + struct.pack("<H", sum(data) & 0xFFFF)


def _tnef(files: dict[str, bytes], body: bytes = b"") -> bytes:
    """A winmail.dat ([MS-OXTNEF]): signature, key, message attributes, then per file
    attAttachRendData (starts an attachment), attAttachTitle and attAttachData."""
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _tnef_attribute(1, 0x0008, 0x9006, struct.pack("<I", 0x00010000))  # version
    out += _tnef_attribute(1, 0x0006, 0x9007, struct.pack("<II", 1252, 0))  # OEM codepage
    if body:
        out += _tnef_attribute(1, 0x0002, 0x800C, body)  # attBody
    for name, data in files.items():
        rendering = struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0)
        out += _tnef_attribute(2, 0x0006, 0x9002, rendering)
        out += _tnef_attribute(2, 0x0001, 0x8010, name.encode("cp1252") + b"\0")
        out += _tnef_attribute(2, 0x0006, 0x800F, data)
    return out


def _xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Invoice number", "Paid amount"])
    sheet.append(["INV-10001", "1234.00"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _paths(data: bytes) -> list[str]:
    return [a.path for a in parse_message(data).attachments]


# --- real-world samples -------------------------------------------------------------------


EXPECTED_SAMPLES = {
    "imap_tools-attachment_message_rfc822.eml": [
        "ForwardedMessage.eml",
        "ForwardedMessage.eml/broken.pdf",
    ],
    "imap_tools-attachment_nonascii_filename.eml": ["ciële.txt"],
    "imap_tools-attachment_pdf.eml": ["broken.pdf"],
    "imap_tools-forwarded_message.eml": ["forwarded-1.eml"],
    "imap_tools-raw_email_with_nested_attachment.eml": ["truncated.png", "smime.p7s"],
}


def test_every_shared_sample_parses_with_its_attachments_listed() -> None:
    """GIVEN the real-world .eml samples in shared/data/email WHEN parsed
    THEN each lists its attachments, a forwarded message both whole and opened, no
    problems are invented for well-formed mail, and every sample is covered here."""
    samples = sorted(p.name for p in SHARED_EMAIL.glob("*.eml"))
    assert samples == sorted(EXPECTED_SAMPLES)
    for name, expected in EXPECTED_SAMPLES.items():
        parsed = parse_message((SHARED_EMAIL / name).read_bytes())
        assert [a.path for a in parsed.attachments] == expected, name
        assert parsed.problems == (), name
        assert all(a.data for a in parsed.attachments), name


# --- pass-through types --------------------------------------------------------------------


def test_documents_and_images_pass_through_untouched() -> None:
    """GIVEN a PDF, a PNG, a CSV and an XLSX (itself a ZIP inside) attached
    WHEN parsed THEN each is listed once, bytes identical, and the XLSX is not unpacked."""
    files = [
        ("advice.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n"),
        ("scan.png", "image/png", b"\x89PNG\r\n\x1a\n0000"),
        ("advice.csv", "text/csv", ADVICE_CSV),
        ("advice.xlsx", "application/octet-stream", _xlsx()),
    ]
    parsed = parse_message(_mail("Remittance", *files))
    assert [(a.path, a.data) for a in parsed.attachments] == [(n, d) for n, _t, d in files]
    assert parsed.problems == ()


# --- nested mail, Outlook, TNEF -----------------------------------------------------------


def test_forwarded_eml_is_kept_and_its_attachments_exposed() -> None:
    """GIVEN a mail forwarding another mail that carries a ZIP of advices
    WHEN parsed THEN the forwarded .eml, its ZIP and the ZIP's file are all listed."""
    inner = _mail(
        "Remittance EFT 1", ("advices.zip", "application/zip", _zip({"a.csv": ADVICE_CSV}))
    )
    outer = EmailMessage()
    outer["From"] = "colleague@northwind-supplies.example.com"
    outer["Subject"] = "Fwd: Remittance EFT 1"
    outer.set_content("See below.")
    outer.add_attachment(inner, maintype="message", subtype="rfc822", filename="fwd.eml")
    paths = _paths(outer.as_bytes())
    assert paths == ["fwd.eml", "fwd.eml/advices.zip", "fwd.eml/advices.zip/a.csv"]


def test_outlook_msg_is_opened_with_body_and_attachments() -> None:
    """GIVEN an Outlook .msg holding a CSV advice, dragged into a mail
    WHEN parsed THEN the .msg is kept and its body and the CSV are listed from inside it."""
    assert att.msg_support_available()
    msg = _msg("Remittance EFT 777", "Advice attached.", {"advice.csv": ADVICE_CSV})
    parsed = parse_message(
        _mail("Fwd: remittance", ("remit.msg", "application/vnd.ms-outlook", msg))
    )
    assert [a.path for a in parsed.attachments] == [
        "remit.msg",
        "remit.msg/body.txt",
        "remit.msg/advice.csv",
    ]
    assert parsed.attachments[2].data == ADVICE_CSV
    assert parsed.attachments[1].data == b"Advice attached."
    assert parsed.problems == ()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "damaged Outlook .msg"),
        (b"this is not an outlook file at all", "no OLE signature"),
    ],
    ids=["corrupt-cfb", "not-ole"],
)
def test_broken_outlook_msg_is_a_clear_problem(data: bytes, reason: str) -> None:
    """GIVEN a .msg attachment that is damaged or not a .msg WHEN parsed
    THEN the file is still listed, and the problem names it and says why."""
    parsed = parse_message(_mail("Remittance", ("remit.msg", "application/octet-stream", data)))
    assert [a.path for a in parsed.attachments] == ["remit.msg"]
    assert len(parsed.problems) == 1
    assert parsed.problems[0].startswith("remit.msg: ")
    assert reason in parsed.problems[0]


def test_msg_without_extract_msg_is_kept_whole_with_a_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """GIVEN extract-msg is not installed WHEN a .msg arrives
    THEN it is kept as it is and the problem says what to install."""
    monkeypatch.setattr(att, "msg_support_available", lambda: False)
    msg = _msg("x", "y", {"a.csv": ADVICE_CSV})
    parsed = parse_message(_mail("Remittance", ("remit.msg", "application/vnd.ms-outlook", msg)))
    assert [a.path for a in parsed.attachments] == ["remit.msg"]
    assert "install extract-msg" in parsed.problems[0]


def test_winmail_dat_is_opened() -> None:
    """GIVEN a winmail.dat (TNEF) holding a CSV advice and a logo, with a body
    WHEN parsed THEN the TNEF is kept and its body and both files are listed, bytes intact."""
    tnef = _tnef({"advice.csv": ADVICE_CSV, "logo.png": b"\x89PNG\r\n\x1a\n00"}, b"See attached.")
    parsed = parse_message(_mail("Remittance", ("winmail.dat", "application/ms-tnef", tnef)))
    assert [(a.path, a.content_type) for a in parsed.attachments] == [
        ("winmail.dat", "application/ms-tnef"),
        ("winmail.dat/body.txt", "text/plain"),
        ("winmail.dat/advice.csv", "text/csv"),
        ("winmail.dat/logo.png", "image/png"),
    ]
    assert parsed.attachments[2].data == ADVICE_CSV
    assert parsed.problems == ()


def test_broken_winmail_dat_is_a_clear_problem() -> None:
    """GIVEN a winmail.dat with the wrong signature WHEN parsed THEN a problem says so."""
    parsed = parse_message(_mail("R", ("winmail.dat", "application/ms-tnef", b"garbage" * 10)))
    assert parsed.problems and "not a TNEF" in parsed.problems[0]


# --- ZIP limits ----------------------------------------------------------------------------


def test_zip_members_are_listed_under_their_archive() -> None:
    """GIVEN a ZIP with a CSV and a PDF in sub-folders WHEN parsed
    THEN both are listed with the archive as their container and types guessed from names."""
    data = _zip({"2026/advice.csv": ADVICE_CSV, "2026/advice.pdf": b"%PDF-1.4"})
    parsed = parse_message(_mail("Remittance", ("bundle.zip", "application/zip", data)))
    assert [(a.container, a.filename, a.content_type) for a in parsed.attachments] == [
        ("", "bundle.zip", "application/zip"),
        ("bundle.zip", "2026/advice.csv", "text/csv"),
        ("bundle.zip", "2026/advice.pdf", "application/pdf"),
    ]


def test_zip_bomb_is_refused_with_a_reason() -> None:
    """GIVEN a ZIP whose 30 MB member compresses to a few KB (a zip bomb's shape)
    WHEN parsed THEN the member is not unpacked and the problem says why."""
    bomb = _zip({"advice.csv": b"0" * (30 * 1024 * 1024)})
    assert len(bomb) < 100_000
    parsed = parse_message(_mail("Remittance", ("bomb.zip", "application/zip", bomb)))
    assert [a.path for a in parsed.attachments] == ["bomb.zip"]
    assert len(parsed.problems) == 1
    assert "bomb.zip/advice.csv: refused" in parsed.problems[0]
    assert "zip bomb" in parsed.problems[0]


def test_total_unpacked_size_is_capped() -> None:
    """GIVEN members that together pass the per-message budget WHEN expanded
    THEN unpacking stops at the budget with a problem, keeping what fit."""
    members = {f"part{i}.bin": bytes(range(256)) * 4096 for i in range(3)}  # 1 MB each
    limits = AttachmentLimits(max_total_bytes=2_500_000)
    result = expand([Attachment("parts.zip", "application/zip", _zip(members))], limits)
    assert [a.path for a in result.attachments] == [
        "parts.zip",
        "parts.zip/part0.bin",
        "parts.zip/part1.bin",
    ]
    assert "parts.zip/part2.bin" in result.problems[0]
    assert "the rest was not opened" in result.problems[0]


def test_too_many_members_refuses_the_archive() -> None:
    """GIVEN a ZIP with more files than allowed WHEN expanded THEN none is unpacked."""
    data = _zip({f"{i}.csv": b"x" for i in range(6)})
    result = expand(
        [Attachment("many.zip", "application/zip", data)], AttachmentLimits(max_members=5)
    )
    assert [a.path for a in result.attachments] == ["many.zip"]
    assert "holds 6 files, more than the 5 allowed" in result.problems[0]


def test_member_names_cannot_escape() -> None:
    """GIVEN members named with '..', absolute paths, drive letters and backslashes
    WHEN expanded THEN every name is a plain relative path with no '..' left."""
    data = _zip(
        {
            "../../etc/passwd": b"a",
            "/abs/advice.csv": b"b",
            "C:\\Windows\\evil.csv": b"c",
            "a/./b/../c.pdf": b"d",
            "..\\..\\x.txt": b"e",
        }
    )
    result = expand([Attachment("evil.zip", "application/zip", data)])
    names = [a.filename for a in result.attachments[1:]]
    assert names == ["etc/passwd", "abs/advice.csv", "Windows/evil.csv", "a/b/c.pdf", "x.txt"]
    for name in names:
        assert ".." not in name.split("/")
        assert not name.startswith("/") and "\\" not in name and ":" not in name
    assert result.problems == ()
    assert safe_name("") == "attachment"


def test_nested_zips_are_opened_only_so_deep() -> None:
    """GIVEN a ZIP in a ZIP in a ZIP in a ZIP WHEN expanded (depth limit 3)
    THEN three levels are opened and the innermost archive is kept unopened, with a reason."""
    level3 = _zip({"advice.csv": ADVICE_CSV})
    level2 = _zip({"l3.zip": level3})
    level1 = _zip({"l2.zip": level2})
    result = expand([Attachment("l0.zip", "application/zip", _zip({"l1.zip": level1}))])
    assert [a.path for a in result.attachments] == [
        "l0.zip",
        "l0.zip/l1.zip",
        "l0.zip/l1.zip/l2.zip",
        "l0.zip/l1.zip/l2.zip/l3.zip",
    ]
    assert "nested more than 3 deep" in result.problems[0]


def test_encrypted_and_damaged_zips_are_problems() -> None:
    """GIVEN a ZIP whose member is encrypted and a file that only claims to be a ZIP
    WHEN expanded THEN each gives one clear problem and nothing is unpacked."""
    data = bytearray(_zip({"advice.csv": ADVICE_CSV}, method=zipfile.ZIP_STORED))
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # general-purpose flag bit 0: encrypted
    result = expand(
        [
            Attachment("locked.zip", "application/zip", bytes(data)),
            Attachment("fake.zip", "application/zip", b"PK\x03\x04 not really"),
        ]
    )
    assert [a.path for a in result.attachments] == ["locked.zip", "fake.zip"]
    assert "encrypted" in result.problems[0] and "without a password" in result.problems[0]
    assert "fake.zip: is not a readable ZIP archive" in result.problems[1]


# --- the pipeline: a person gets what the agent must not read --------------------------------


def _malformed_multipart() -> bytes:
    return (
        b"From: ap@acme.example.com.au\r\n"
        b"To: ar@northwind-supplies.example.com\r\n"
        b"Subject: Remittance advice EFT 5\r\n"
        b"Message-ID: <malformed@acme.example.com.au>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="never-used"\r\n\r\n'
        b"body text with no parts and no boundary\r\n"
    )


def test_pipeline_files_unreadable_mail_for_a_person_and_reads_zipped_advices(
    tmp_path: Path,
) -> None:
    """GIVEN an inbox with an oversize message, a malformed multipart, a zip bomb, a
    zipped CSV advice, an Outlook .msg advice and a winmail.dat advice (limit 1 MB)
    WHEN one pass runs THEN nothing crashes; the first three are recorded with their
    reason in Message.error and filed in the needs-a-person folder with their originals
    kept; the advices inside the ZIP, the .msg and the TNEF are read as remittances."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    big = _mail(
        "Remittance advice EFT 9", ("scan.pdf", "application/pdf", b"%PDF" + b"x" * 1_600_000)
    )
    mails = {
        "1-oversize.eml": big,
        "2-malformed.eml": _malformed_multipart(),
        "3-bomb.eml": _mail(
            "Remittance advice EFT 3",
            ("bomb.zip", "application/zip", _zip({"a.csv": b"0" * 30_000_000})),
        ),
        "4-zipped.eml": _mail(
            "Remittance advice EFT 4",
            ("advices.zip", "application/zip", _zip({"x/advice.csv": ADVICE_CSV})),
        ),
        "5-msg.eml": _mail(
            "Remittance advice EFT 6",
            (
                "remit.msg",
                "application/vnd.ms-outlook",
                _msg("EFT", "", {"advice.csv": ADVICE_CSV}),
            ),
        ),
        "6-tnef.eml": _mail(
            "Remittance advice EFT 7",
            ("winmail.dat", "application/ms-tnef", _tnef({"advice.csv": ADVICE_CSV})),
        ),
    }
    for name, data in mails.items():
        (inbox / name).write_bytes(data)
    base = active_rules(REPO / "rules.yaml")
    rules = Rules.model_validate(
        base.model_dump() | {"mailbox": base.mailbox.model_dump() | {"max_message_mb": 1}}
    )
    workspace = open_workspace(Settings(home=tmp_path / "home"))
    report = Agent(mailbox=EmlFolderMailbox(inbox), workspace=workspace, rules=rules).poll_once()

    assert (report.seen, report.failed) == (6, 0)
    with Session(workspace.engine) as s:
        rows = {folder_key_name(r.backend_key): r for r in s.exec(select(Message)).all()}
        sources = sorted(
            re.sub(r"@sha256:[0-9a-f]+", "", r.source) for r in s.exec(select(Remittance)).all()
        )
    workspace.engine.dispose()
    expected_reasons = {
        "1-oversize.eml": "over the 1 MB limit (mailbox.max_message_mb)",
        "2-malformed.eml": "malformed MIME",
        "3-bomb.eml": "zip bomb",
    }
    needs_person = inbox / Path(*rules.mailbox.folders.needs_person.split("/"))
    for name, reason in expected_reasons.items():
        row = rows[name]
        assert row.status == MessageStatus.NEEDS_PERSON, name
        assert row.error is not None and reason in row.error, (name, row.error)
        assert workspace.blobs.get(row.sha256) == mails[name]
        assert (needs_person / name).read_bytes() == mails[name]
    assert sources == [
        "folder:4-zipped.eml#advices.zip/x/advice.csv",
        "folder:5-msg.eml#remit.msg/advice.csv",
        "folder:6-tnef.eml#winmail.dat/advice.csv",
    ]
    for name in ("4-zipped.eml", "5-msg.eml", "6-tnef.eml"):
        assert rows[name].status == MessageStatus.PROCESSED, (name, rows[name].error)
    assert list(inbox.glob("*.eml")) == []


def test_a_parser_bug_or_forged_headers_never_block_the_inbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a message the parser crashes on, and one with a year-1800 Date and a 2,000
    character Message-ID WHEN a pass runs THEN both are recorded and filed, the first
    for a person with the parser's error as its reason; the pass goes on."""
    from inbox_agent import pipeline

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1-poison.eml").write_bytes(b"Subject: poison\r\n\r\nboom")
    forged = (
        b"From: ap@acme.example.com.au\r\nSubject: Statement of account request\r\n"
        b"Date: Wed, 01 Jan 1800 00:00:00 +1400\r\nMessage-ID: <" + b"x" * 2000 + b">\r\n\r\n"
        b"Please send us a statement of account.\r\n"
    )
    (inbox / "2-forged.eml").write_bytes(forged)
    real_parse = parse_message

    def parse(data: bytes, **kwargs: object) -> object:
        if b"poison" in data:
            raise RecursionError("maximum recursion depth exceeded")
        return real_parse(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_message", parse)
    workspace = open_workspace(Settings(home=tmp_path / "home"))
    rules = active_rules(REPO / "rules.yaml")
    report = Agent(mailbox=EmlFolderMailbox(inbox), workspace=workspace, rules=rules).poll_once()
    assert (report.seen, report.new, report.failed) == (2, 2, 0)
    with Session(workspace.engine) as s:
        rows = {folder_key_name(r.backend_key): r for r in s.exec(select(Message)).all()}
    workspace.engine.dispose()
    poisoned = rows["1-poison.eml"]
    assert poisoned.status == MessageStatus.NEEDS_PERSON
    assert poisoned.error is not None and "RecursionError" in poisoned.error
    assert rows["2-forged.eml"].received_at is None
    assert list(inbox.glob("*.eml")) == []
