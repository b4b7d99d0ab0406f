"""Local mail-folder backends: listing, byte-exact fetch, moving, and URL selection."""

from __future__ import annotations

import hashlib
import json
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from inbox_agent.errors import ConfigError, MailboxError
from inbox_agent.mail.base import Mailbox, MailRef
from inbox_agent.mail.local import EmlFolderMailbox, MaildirMailbox, folder_key, folder_key_name
from inbox_agent.mail.registry import open_mailbox

SHARED_EMAIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "email"


def _message(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "ap@acme.example.com.au"
    msg["To"] = "ar@example.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{subject.replace(' ', '-')}@acme.example.com.au>"
    msg.set_content("Please find attached.")
    return msg.as_bytes()


def test_eml_folder_lists_fetches_exact_bytes_and_moves(tmp_path: Path) -> None:
    """GIVEN a folder with two .eml files WHEN listed, fetched and one moved
    THEN bytes are untouched, the moved one leaves the inbox and lands in the folder."""
    raw = _message("Remittance advice 1")
    (tmp_path / "a.eml").write_bytes(raw)
    (tmp_path / "b.eml").write_bytes(_message("Remittance advice 2"))
    box = EmlFolderMailbox(tmp_path)
    assert isinstance(box, Mailbox)

    refs = list(box.list_new())
    assert [folder_key_name(r.backend_key) for r in refs] == ["a.eml", "b.eml"]
    assert box.fetch(refs[0]) == raw

    box.move(refs[0], "AR/Remittances")
    box.move(refs[0], "AR/Remittances")  # idempotent: a second move is harmless
    assert [folder_key_name(r.backend_key) for r in box.list_new()] == ["b.eml"]
    assert (tmp_path / "AR" / "Remittances" / "a.eml").read_bytes() == raw


def test_eml_folder_refuses_escaping_folder_names(tmp_path: Path) -> None:
    """GIVEN a folder name with '..' WHEN moving THEN it stays inside the mailbox root."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.eml").write_bytes(_message("x"))
    box = EmlFolderMailbox(tmp_path / "inbox")
    ref = next(iter(box.list_new()))
    box.move(ref, "../../outside")
    assert (tmp_path / "inbox" / "outside" / "a.eml").exists()
    with pytest.raises(MailboxError):
        box.move(ref, "..")


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    """GIVEN a folder that does not exist WHEN checked THEN the error names it."""
    box = EmlFolderMailbox(tmp_path / "nope")
    with pytest.raises(MailboxError, match="does not exist"):
        box.check()


def test_maildir_lists_fetches_and_moves(tmp_path: Path) -> None:
    """GIVEN a real Maildir with the shared sample messages WHEN processed
    THEN each is fetched byte for byte and moved into a Maildir++ sub-folder."""
    md = mailbox.Maildir(tmp_path / "md", create=True)
    originals = sorted(SHARED_EMAIL.glob("*.eml"))
    assert originals, "shared sample mail is missing"
    for path in originals:
        md.add(path.read_bytes())
    box = MaildirMailbox(tmp_path / "md")
    refs = list(box.list_new())
    assert len(refs) == len(originals)
    fetched = {box.fetch(ref) for ref in refs}
    assert fetched == {p.read_bytes() for p in originals}

    box.move(refs[0], "AR/Remittances")
    assert len(list(box.list_new())) == len(originals) - 1
    assert "AR.Remittances" in md.list_folders()
    assert len(md.get_folder("AR.Remittances")) == 1


def test_open_mailbox_by_url(tmp_path: Path) -> None:
    """GIVEN contract-style URLs WHEN opened THEN the right backend comes back,
    and an unknown scheme is a ConfigError that lists the known ones."""
    assert isinstance(open_mailbox(f"folder://{tmp_path}"), EmlFolderMailbox)
    assert isinstance(open_mailbox(f"maildir://{tmp_path}"), MaildirMailbox)
    with pytest.raises(ConfigError, match="folder://"):
        open_mailbox("pop3://host/")


def test_eml_folder_flags_are_kept_beside_the_inbox(tmp_path: Path) -> None:
    """GIVEN a waiting .eml WHEN flagged twice with one label and once with another
    THEN .flags.json holds both labels once each, the message bytes are untouched and the
    flags file is not mistaken for mail."""
    raw = _message("Remittance advice 1")
    (tmp_path / "a.eml").write_bytes(raw)
    box = EmlFolderMailbox(tmp_path)
    (ref,) = box.list_new()

    box.set_flag(ref, "remittance")
    box.set_flag(ref, "remittance")
    box.set_flag(ref, "Needs a person")

    stored = json.loads((tmp_path / ".flags.json").read_text())
    assert stored == {ref.backend_key: ["remittance", "Needs a person"]}
    assert folder_key_name(ref.backend_key) == "a.eml"
    assert box.fetch(ref) == raw
    assert [r.backend_key for r in box.list_new()] == [ref.backend_key]


def test_eml_folder_drafts_are_saved_once(tmp_path: Path) -> None:
    """GIVEN a reply draft WHEN saved twice THEN one Drafts/<sha256>.eml holds its exact
    bytes, both saves return that id, and the draft is not listed as new mail."""
    draft = _message("Re: Remittance advice 1")
    box = EmlFolderMailbox(tmp_path)

    first = box.save_draft(draft)
    second = box.save_draft(draft)

    assert first == second
    assert first == f"folder:Drafts/{hashlib.sha256(draft).hexdigest()}.eml"
    files = list((tmp_path / "Drafts").iterdir())
    assert [f.read_bytes() for f in files] == [draft]
    assert list(box.list_new()) == []


def test_maildir_flag_marks_the_message_flagged(tmp_path: Path) -> None:
    """GIVEN a Maildir message WHEN flagged (twice) THEN it carries the F flag, its bytes
    are unchanged, and flagging a message no longer there is harmless."""
    md = mailbox.Maildir(tmp_path / "md", create=True)
    raw = _message("Remittance advice 1")
    key = md.add(raw)
    box = MaildirMailbox(tmp_path / "md")
    (ref,) = box.list_new()

    box.set_flag(ref, "remittance")
    box.set_flag(ref, "remittance")
    box.set_flag(MailRef("maildir:no-such-key"), "remittance")

    assert "F" in md.get_message(key).get_flags()
    assert box.fetch(ref) == raw


def test_maildir_drafts_go_to_the_drafts_folder(tmp_path: Path) -> None:
    """GIVEN a Maildir WHEN a draft is saved THEN it lands in .Drafts with the D flag,
    byte for byte, under the id returned, and the inbox is unchanged."""
    md = mailbox.Maildir(tmp_path / "md", create=True)
    md.add(_message("waiting"))
    box = MaildirMailbox(tmp_path / "md")
    draft = _message("Re: waiting")

    draft_id = box.save_draft(draft)

    folder, _, key = draft_id.removeprefix("maildir:").partition("/")
    drafts = md.get_folder("Drafts")
    assert folder == "Drafts"
    assert drafts.get_bytes(key) == draft
    assert drafts.get_message(key).get_flags() == "D"
    assert len(list(box.list_new())) == 1


def test_a_new_mail_under_a_reused_file_name_is_a_new_message(tmp_path: Path) -> None:
    """GIVEN 1.eml filed away and later a different mail dropped in as 1.eml WHEN listed
    THEN its key differs from the first one's (so it is not taken as done), while the same
    bytes listed twice keep one key (so a crash before the move does not duplicate it)."""
    box = EmlFolderMailbox(tmp_path)
    (tmp_path / "1.eml").write_bytes(_message("First remittance"))
    [first] = box.list_new()
    assert [r.backend_key for r in box.list_new()] == [first.backend_key]
    box.move(first, "Done")

    (tmp_path / "1.eml").write_bytes(_message("Second remittance"))
    [second] = box.list_new()
    assert second.backend_key != first.backend_key
    assert folder_key_name(second.backend_key) == "1.eml"
    box.move(second, "Done")
    assert len(list((tmp_path / "Done").glob("1*.eml"))) == 2  # neither overwrote the other


def test_folder_keys_from_before_digests_still_name_their_file() -> None:
    """Keys recorded by earlier versions ("folder:a.eml") still resolve to the file."""
    assert folder_key_name("folder:a.eml") == "a.eml"
    assert folder_key_name(folder_key("we@ird.eml", "0123")) == "we@ird.eml"
