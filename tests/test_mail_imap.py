"""The IMAP backend against a real dovecot (Debian's dovecot-imapd) on loopback ports.

One server runs for the session; each test signs in as a user nobody has used, so its
Maildir starts empty. Mail arrives the way a mail server delivers it to IMAP: APPEND of
real-world messages (the imap_tools samples in shared/data/email, and the demo's
remittances). Tests that need different server capabilities start their own dovecot.
"""

from __future__ import annotations

import base64
import shutil
import tempfile
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import typer
from imapclient import IMAPClient  # type: ignore[import-untyped,unused-ignore]
from sqlmodel import Session, select
from typer.testing import CliRunner

from inbox_agent.cli import mailbox_cmd
from inbox_agent.config.active import active_rules
from inbox_agent.demo.sample import build_mail_folder
from inbox_agent.errors import ConfigError, MailboxError
from inbox_agent.mail.base import Mailbox, MailRef
from inbox_agent.mail.errors import (
    MailboxAuthError,
    MailboxConnectError,
    MailboxFolderMissing,
    MailboxMessageGone,
    MailboxThrottled,
    MailboxTlsError,
)
from inbox_agent.mail.imap import (
    PASSWORD_ENV,
    TOKEN_ENV,
    ImapMailbox,
    ImapTarget,
    imap_keyword,
    make_backend_key,
    parse_backend_key,
    parse_imap_url,
    server_folder_name,
    throttled_error,
    xoauth2_string,
)
from inbox_agent.mail.local import EmlFolderMailbox
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.store.models import Message, MessageStatus, Remittance
from inbox_agent.workspace import open_workspace

try:
    from tests.dovecot import (
        INTL_PASSWORD,
        INTL_USER,
        PASSWORD,
        DovecotServer,
        free_port,
        make_jwt,
    )
except ModuleNotFoundError:
    from dovecot import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        INTL_PASSWORD,
        INTL_USER,
        PASSWORD,
        DovecotServer,
        free_port,
        make_jwt,
    )

REPO = Path(__file__).resolve().parents[1]
SHARED_EMAIL = REPO.parent / "shared" / "data" / "email"
WITHOUT_MOVE = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ NAMESPACE UNSELECT "
    "CHILDREN SPECIAL-USE"
)


# ----------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One real dovecot for the session (starting one takes a fraction of a second)."""
    server = DovecotServer().start()
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def trust_ca(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Trust the session's test CA the standard way, as an admin would for a private CA."""
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return dovecot.ca_file


@pytest.fixture
def user(dovecot: DovecotServer) -> str:
    """A fresh user: an empty INBOX, Drafts and Sent."""
    dovecot.start()  # a test that stopped the server must not break the next one
    return dovecot.new_user()


def _url(server: DovecotServer, user: str, *, scheme: str = "imaps", folder: str = "INBOX") -> str:
    port = server.imaps_port if scheme == "imaps" else server.imap_port
    return f"{scheme}://{user}@127.0.0.1:{port}/{folder}"


def _mailbox(
    server: DovecotServer,
    user: str,
    *,
    scheme: str = "imaps",
    folder: str = "INBOX",
    query: str = "",
    password: str | None = PASSWORD,
    token: str | None = None,
) -> ImapMailbox:
    environ = {}
    if password is not None:
        environ[PASSWORD_ENV] = password
    if token is not None:
        environ[TOKEN_ENV] = token
    url = _url(server, user, scheme=scheme, folder=folder) + query
    return ImapMailbox.from_url(url, environ=environ)


@pytest.fixture
def box(dovecot: DovecotServer, user: str, trust_ca: Path) -> Iterator[ImapMailbox]:
    """The backend on the user's INBOX over imaps://, trusting the test CA."""
    mailbox = _mailbox(dovecot, user)
    try:
        yield mailbox
    finally:
        mailbox.close()


def _raw(server: DovecotServer, user: str) -> Any:
    """An independent IMAP client, as another mail client (or a test's eyes) would be."""
    client = IMAPClient("127.0.0.1", port=server.imap_port, ssl=False, timeout=10)
    client.login(user, PASSWORD)
    return client


def _deliver(
    server: DovecotServer, user: str, messages: list[bytes], folder: str = "INBOX"
) -> None:
    client = _raw(server, user)
    try:
        for raw in messages:
            client.append(folder, raw)
    finally:
        client.logout()


def _crlf(raw: bytes) -> bytes:
    """IMAP carries messages with CRLF line ends; LF-only files come back that way."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _message(subject: str, message_id: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "ap@acme.example.com.au"
    msg["To"] = "ar@example.com"
    msg["Subject"] = subject
    if message_id:
        msg["Message-ID"] = message_id
    msg.set_content("Please find the remittance attached.\n")
    return _crlf(msg.as_bytes())


def _uids(server: DovecotServer, user: str, folder: str) -> list[int]:
    client = _raw(server, user)
    try:
        client.select_folder(folder, readonly=True)
        return sorted(int(u) for u in client.search(["ALL"]))
    finally:
        client.logout()


def _flags(server: DovecotServer, user: str, folder: str) -> dict[int, tuple[bytes, ...]]:
    client = _raw(server, user)
    try:
        client.select_folder(folder, readonly=True)
        return {int(u): tuple(f) for u, f in client.get_flags(client.search(["ALL"])).items()}
    finally:
        client.logout()


# ----------------------------------------------------------------- pure parts


def test_xoauth2_string_matches_the_documented_format() -> None:
    """GIVEN Google's documented XOAUTH2 example user and token WHEN the SASL string is built
    THEN it is user=..^Aauth=Bearer ..^A^A and base64-encodes to the documented value."""
    raw = xoauth2_string("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")
    assert raw == (
        "user=someuser@example.com\x01auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"
        "\x01\x01"
    )
    assert base64.b64encode(raw.encode()).decode() == (
        "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNr"
        "QmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
    )


def test_url_parsing_defaults_and_options() -> None:
    """GIVEN contract-style IMAP URLs WHEN parsed THEN ports, user, folder, STARTTLS and
    auth come out as documented (an address as user, nested folders, explicit options)."""
    target = parse_imap_url("imaps://ar@example.com@mail.example.com/INBOX")
    assert (target.host, target.port, target.user, target.folder) == (
        "mail.example.com",
        993,
        "ar@example.com",
        "INBOX",
    )
    assert target.tls and not target.starttls and target.auth == "auto"
    plain = parse_imap_url("imap://ar%40example.com@mail.example.com/AR/Incoming")
    assert (plain.port, plain.user, plain.folder, plain.starttls) == (
        143,
        "ar@example.com",
        "AR/Incoming",
        True,
    )
    lab = parse_imap_url("imap://ar@127.0.0.1:1143/?starttls=0&auth=password&timeout=5")
    assert (lab.port, lab.folder, lab.starttls, lab.auth, lab.timeout) == (
        1143,
        "INBOX",
        False,
        "password",
        5.0,
    )
    assert parse_imap_url("imap://ar@h/INBOX?starttls=1").starttls
    assert parse_imap_url("imaps://ar@h/?auth=xoauth2").auth == "xoauth2"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("imaps://mail.example.com/INBOX", "names no user"),
        ("imaps://ar:secret@mail.example.com/INBOX", PASSWORD_ENV),
        ("imaps://ar@mail.example.com/INBOX?starttls=1", "imap:// only"),
        ("imap://ar@mail.example.com/INBOX?tls=1", "not understood"),
        ("imap://ar@mail.example.com/INBOX?starttls=maybe", "must be 1 or 0"),
        ("imap://ar@mail.example.com/INBOX?auth=ntlm", "password or xoauth2"),
        ("imap://ar@mail.example.com:99999/INBOX", "bad port"),
        ("imap://ar@mail.example.com/INBOX?timeout=soon", "seconds"),
    ],
)
def test_bad_urls_are_config_errors_that_say_why(url: str, says: str) -> None:
    """GIVEN a malformed or unsafe IMAP URL WHEN opened THEN a ConfigError names the fix."""
    with pytest.raises(ConfigError, match=says):
        open_mailbox(url)


def test_registry_opens_imap_and_imaps_without_connecting() -> None:
    """GIVEN imap:// and imaps:// URLs WHEN opened THEN the IMAP backend comes back, a
    Mailbox by the contract, and nothing has connected yet (the host does not exist)."""
    for url in ("imaps://ar@mail.invalid/INBOX", "IMAP://ar@mail.invalid/INBOX"):
        mailbox = open_mailbox(url)
        assert isinstance(mailbox, ImapMailbox)
        assert isinstance(mailbox, Mailbox)


def test_keywords_are_safe_atoms() -> None:
    """GIVEN labels with spaces, accents, brackets, a backslash or no Latin letters
    WHEN turned into IMAP keywords THEN each is a plain atom, and distinct labels stay distinct."""
    assert imap_keyword("Remittance advice") == "Remittance_advice"
    assert imap_keyword("Zahlungsavis Über") == "Zahlungsavis_Uber"
    assert imap_keyword("\\Seen") == "Seen"
    assert imap_keyword("AR/Needs (a) person*") == "AR_Needs_a_person"
    chinese = imap_keyword("汇款通知")
    assert chinese.startswith("label-") and chinese != imap_keyword("付款通知")
    assert all(len(imap_keyword(x * 200)) <= 64 for x in "ab")


def test_folder_names_follow_the_server_hierarchy() -> None:
    """GIVEN rules.yaml folder names WHEN mapped for servers with '/' or '.' separators and
    an INBOX. namespace THEN levels use the server separator, INBOX stays INBOX, and a dot
    inside a level cannot create an extra level."""
    assert server_folder_name("AR/Remittances", delimiter="/") == "AR/Remittances"
    assert server_folder_name("AR/Remittances", delimiter=".", prefix="INBOX.") == (
        "INBOX.AR.Remittances"
    )
    assert server_folder_name("inbox", delimiter=".", prefix="INBOX.") == "INBOX"
    assert server_folder_name("AR/Dr. Who", delimiter=".") == "AR.Dr_ Who"
    assert server_folder_name("INBOX/AR", delimiter=".", prefix="INBOX.") == "INBOX.AR"
    with pytest.raises(MailboxError):
        server_folder_name("//", delimiter="/")


def test_backend_keys_round_trip_with_colons_in_folder_names() -> None:
    """GIVEN a folder name with a colon WHEN a key is made and parsed THEN it round-trips;
    a key from another backend is refused."""
    key = make_backend_key("AR/Re: odd", 1795809497, 42)
    assert key == "imap:AR/Re: odd:1795809497:42"
    assert parse_backend_key(key) == ("AR/Re: odd", 1795809497, 42)
    with pytest.raises(MailboxError):
        parse_backend_key("folder:a.eml")


def test_throttling_replies_become_mailbox_throttled() -> None:
    """GIVEN server replies with RFC 5530 / Gmail throttling codes WHEN translated THEN they
    are MailboxThrottled; an ordinary refusal is not."""
    target = ImapTarget(scheme="imaps", host="imap.gmail.com", port=993, user="ar")
    assert isinstance(throttled_error("[THROTTLED] Too many requests", target), MailboxThrottled)
    assert isinstance(throttled_error("[UNAVAILABLE] Try later", target), MailboxThrottled)
    assert throttled_error("[AUTHENTICATIONFAILED] Invalid credentials", target) is None


# ----------------------------------------------------------------- against dovecot


def test_poll_lists_and_fetches_messages_byte_for_byte(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN the real-world sample messages delivered to INBOX, one of them already read
    WHEN listed and fetched THEN every one is listed in arrival order (read or not) under
    imap:INBOX:<uidvalidity>:<uid>, each fetch returns the stored bytes exactly, and
    fetching does not mark anything read."""
    originals = [_crlf(p.read_bytes()) for p in sorted(SHARED_EMAIL.glob("*.eml"))]
    assert len(originals) >= 5, "shared sample mail is missing"
    _deliver(dovecot, user, originals)
    client = _raw(dovecot, user)
    info = client.select_folder("INBOX")
    client.add_flags([1], [b"\\Seen"])
    client.logout()

    refs = list(box.list_new())

    uidvalidity = int(info[b"UIDVALIDITY"])
    assert [r.backend_key for r in refs] == [
        f"imap:INBOX:{uidvalidity}:{uid}" for uid in range(1, len(originals) + 1)
    ]
    assert [box.fetch(r) for r in refs] == originals
    seen = [uid for uid, flags in _flags(dovecot, user, "INBOX").items() if b"\\Seen" in flags]
    assert seen == [1]


def test_lf_only_message_comes_back_with_crlf(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN a sample file with bare LF line ends APPENDed as is WHEN fetched THEN the
    server's canonical CRLF form comes back, identical apart from line ends."""
    path = SHARED_EMAIL / "imap_tools-forwarded_message.eml"
    raw = path.read_bytes()
    assert b"\r\n" not in raw
    _deliver(dovecot, user, [raw])
    (ref,) = box.list_new()
    assert box.fetch(ref) == _crlf(raw)


def test_check_describes_the_mailbox(dovecot: DovecotServer, user: str, box: ImapMailbox) -> None:
    """GIVEN two messages waiting WHEN checked THEN one line names the URL, the count,
    the sign-in method, TLS, and how messages are moved."""
    _deliver(dovecot, user, [_message("a"), _message("b")])
    line = box.check()
    assert line.startswith(f"imaps://{user}@127.0.0.1:{dovecot.imaps_port}/INBOX: 2 message(s)")
    assert "password over TLS" in line and "UID MOVE" in line
    assert "\n" not in line


def test_move_into_a_new_nested_folder(dovecot: DovecotServer, user: str, box: ImapMailbox) -> None:
    """GIVEN three messages WHEN they are moved to 'AR/Remittances', 'AR/Needs a person'
    and 'AR/Überweisungen' (none exists) THEN the folders are created and subscribed, each
    holds its message byte for byte, INBOX is empty, and moving again is harmless."""
    first, second = _message("Remittance 1", "<r1@acme>"), _message("Hello", "<h1@acme>")
    _deliver(dovecot, user, [first, second, _message("Zahlungsavis", "<z1@acme>")])
    refs = list(box.list_new())

    box.move(refs[0], "AR/Remittances")
    box.move(refs[1], "AR/Needs a person")
    box.move(refs[2], "AR/Überweisungen")
    box.move(refs[0], "AR/Remittances")  # the pipeline may repeat a move after a crash

    assert list(box.list_new()) == []
    client = _raw(dovecot, user)
    try:
        subscribed = {name for _f, _d, name in client.list_sub_folders()}
        assert {"AR", "AR/Remittances", "AR/Needs a person", "AR/Überweisungen"} <= subscribed
        client.select_folder("AR/Remittances", readonly=True)
        (uid,) = client.search(["ALL"])
        assert client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == first
        client.select_folder("AR/Needs a person", readonly=True)
        assert len(client.search(["ALL"])) == 1
    finally:
        client.logout()


@pytest.mark.parametrize(
    "capability",
    [f"{WITHOUT_MOVE} UIDPLUS", WITHOUT_MOVE],
    ids=["uidplus", "no-uidplus"],
)
def test_move_without_move_capability_copies_and_expunges(capability: str) -> None:
    """GIVEN a server that offers no MOVE (with and without UIDPLUS) and a message another
    client already marked \\Deleted WHEN a message is moved THEN it is copied, gone from
    INBOX and in the target; with UIDPLUS the other client's deleted message is left alone."""
    server = DovecotServer(capability=capability).start()
    try:
        user = server.new_user()
        _deliver(server, user, [_message("keep", "<k@x>"), _message("move me", "<m@x>")])
        client = _raw(server, user)
        client.select_folder("INBOX")
        client.add_flags([1], [b"\\Deleted"])  # someone else's pending deletion
        client.logout()
        mailbox = _mailbox(server, user, query="", password=PASSWORD)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("SSL_CERT_FILE", str(server.ca_file))
            (ref,) = list(mailbox.list_new())  # the \Deleted one is not listed
            assert "COPY + EXPUNGE" in mailbox.check()
            mailbox.move(ref, "AR/Remittances")
            mailbox.move(ref, "AR/Remittances")
            mailbox.close()
        assert len(_uids(server, user, "AR/Remittances")) == 1
        remaining = _uids(server, user, "INBOX")
        assert remaining == ([1] if "UIDPLUS" in capability else [])
    finally:
        server.destroy()


def test_flags_are_stored_as_keywords(dovecot: DovecotServer, user: str, box: ImapMailbox) -> None:
    """GIVEN a message WHEN flagged 'Remittance advice' twice and 'Über-fällig'
    THEN a raw FETCH FLAGS shows the two keywords once each, and nothing else changed."""
    _deliver(dovecot, user, [_message("x")])
    (ref,) = box.list_new()
    box.set_flag(ref, "Remittance advice")
    box.set_flag(ref, "Remittance advice")
    box.set_flag(ref, "Über-fällig")
    flags = _flags(dovecot, user, "INBOX")[1]
    assert sorted(flags) == [b"Remittance_advice", b"Uber-fallig"]


def test_drafts_go_to_the_special_use_drafts_folder(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN a reply draft WHEN saved twice THEN it is in the \\Drafts folder once, flagged
    \\Draft, byte for byte, and both saves return the same identity."""
    draft = _message("Re: Remittance 1", "<draft-1@inbox-agent>")
    first = box.save_draft(draft)
    second = box.save_draft(draft)
    assert first == second
    folder, uidvalidity, uid = parse_backend_key(first)
    assert folder == "Drafts" and uid == 1 and uidvalidity > 0
    assert b"\\Draft" in _flags(dovecot, user, "Drafts")[1]
    client = _raw(dovecot, user)
    client.select_folder("Drafts", readonly=True)
    assert client.fetch([1], ["BODY.PEEK[]"])[1][b"BODY[]"] == draft
    client.logout()
    assert box.fetch(MailRef(first)) == draft


def test_draft_without_message_id_is_appended(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN a draft with no Message-ID WHEN saved THEN it is appended and its UID returned."""
    key = box.save_draft(_message("Re: statement"))
    assert parse_backend_key(key)[2] == 1
    assert _uids(dovecot, user, "Drafts") == [1]


def test_reconnects_after_the_server_restarts(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN a connected backend WHEN the server restarts between operations THEN fetch,
    flag, move and listing go on over a new connection; WHEN the server is down THEN the
    operation fails with MailboxConnectError, and works again once it is back."""
    raw = [_message("one", "<1@x>"), _message("two", "<2@x>"), _message("three", "<3@x>")]
    _deliver(dovecot, user, raw)
    refs = list(box.list_new())

    dovecot.restart()
    assert box.fetch(refs[0]) == raw[0]
    dovecot.restart()
    box.set_flag(refs[1], "seen-by-agent")
    dovecot.restart()
    box.move(refs[0], "AR/Remittances")
    dovecot.restart()
    assert [r.backend_key for r in box.list_new()] == [r.backend_key for r in refs[1:]]
    dovecot.restart()
    assert parse_backend_key(box.save_draft(_message("Re: two", "<d2@x>")))[0] == "Drafts"

    dovecot.stop()
    with pytest.raises(MailboxConnectError, match="refused the connection"):
        box.fetch(refs[2])
    dovecot.start()
    assert box.fetch(refs[2]) == raw[2]


def test_bad_password_is_an_auth_error(dovecot: DovecotServer, user: str, trust_ca: Path) -> None:
    """GIVEN a wrong password, or none WHEN checked THEN MailboxAuthError names the user,
    the server's reason and the variable to fix."""
    with pytest.raises(MailboxAuthError) as wrong:
        _mailbox(dovecot, user, password="not it").check()
    message = str(wrong.value)
    assert user in message and "AUTHENTICATIONFAILED" in message and PASSWORD_ENV in message
    with pytest.raises(MailboxAuthError, match=f"no password for {user}: set {PASSWORD_ENV}"):
        _mailbox(dovecot, user, password=None).check()


def test_non_ascii_password_signs_in(dovecot: DovecotServer, trust_ca: Path) -> None:
    """GIVEN a password with umlauts and Chinese characters (LOGIN cannot carry them)
    WHEN checked THEN the backend signs in through AUTHENTICATE PLAIN in UTF-8; the same
    password with one character wrong is still a clean MailboxAuthError."""
    assert "signed in with password" in _mailbox(dovecot, INTL_USER, password=INTL_PASSWORD).check()
    with pytest.raises(MailboxAuthError, match="refused the password"):
        _mailbox(dovecot, INTL_USER, password=INTL_PASSWORD[:-1] + "x").check()


def test_missing_folder_is_named(dovecot: DovecotServer, user: str, trust_ca: Path) -> None:
    """GIVEN a URL whose folder does not exist WHEN checked THEN MailboxFolderMissing names
    it and lists the folders that do exist."""
    with pytest.raises(MailboxFolderMissing) as missing:
        _mailbox(dovecot, user, folder="AR/Incomming").check()
    assert missing.value.folder == "AR/Incomming"
    assert "'AR/Incomming' does not exist" in str(missing.value)
    assert "INBOX" in str(missing.value) and "Drafts" in str(missing.value)


@pytest.mark.parametrize("scheme", ["imaps", "imap"])
def test_untrusted_certificate_is_a_tls_error(
    dovecot: DovecotServer, user: str, scheme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a server certificate from a CA the client does not trust (TLS and STARTTLS)
    WHEN checked THEN MailboxTlsError says so and points at SSL_CERT_FILE."""
    empty = Path(tempfile.mkdtemp()) / "empty.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with pytest.raises(MailboxTlsError, match=r"not trusted .*SSL_CERT_FILE"):
        _mailbox(dovecot, user, scheme=scheme).check()


@pytest.mark.parametrize(
    ("scheme", "query", "transport"),
    [("imaps", "", "TLS"), ("imap", "", "STARTTLS"), ("imap", "?starttls=0", "plain")],
)
def test_trusted_test_ca_connects(
    dovecot: DovecotServer, user: str, trust_ca: Path, scheme: str, query: str, transport: str
) -> None:
    """GIVEN SSL_CERT_FILE pointing at the test CA WHEN checked over imaps://, imap:// with
    STARTTLS (the default) and imap:// with ?starttls=0 THEN each signs in over what it says."""
    line = _mailbox(dovecot, user, scheme=scheme, query=query).check()
    assert f"signed in with password over {transport};" in line


def test_tls_spoken_to_a_plain_port_is_a_tls_error(
    dovecot: DovecotServer, user: str, trust_ca: Path
) -> None:
    """GIVEN imaps:// pointed at the plain IMAP port WHEN checked THEN MailboxTlsError tells
    which scheme goes with which port."""
    url = f"imaps://{user}@127.0.0.1:{dovecot.imap_port}/INBOX?timeout=5"
    with pytest.raises(MailboxTlsError, match="imaps:// speaks TLS"):
        ImapMailbox.from_url(url, environ={PASSWORD_ENV: PASSWORD}).check()


def test_refused_connection_is_a_connect_error() -> None:
    """GIVEN a port nobody listens on WHEN checked THEN MailboxConnectError says so."""
    url = f"imaps://ar@127.0.0.1:{free_port()}/INBOX"
    with pytest.raises(MailboxConnectError, match="refused the connection"):
        ImapMailbox.from_url(url, environ={PASSWORD_ENV: "x"}).check()


def test_xoauth2_signs_in_with_a_token_and_explains_a_refusal(
    dovecot: DovecotServer, user: str, trust_ca: Path
) -> None:
    """GIVEN dovecot validating OAuth access tokens WHEN a valid token is in the environment
    THEN XOAUTH2 signs in; WHEN the token has expired THEN MailboxAuthError gives the
    server's reason and how to get a fresh token."""
    line = _mailbox(dovecot, user, password=None, token=make_jwt(user)).check()
    assert "signed in with xoauth2" in line
    expired = make_jwt(user, lifetime_s=-60)
    with pytest.raises(MailboxAuthError, match=r"refused the OAuth access token.*fresh"):
        _mailbox(dovecot, user, password=None, token=expired).check()


def test_stale_uidvalidity_is_never_acted_on(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN a key whose UIDVALIDITY is not the folder's WHEN fetched, flagged or moved
    THEN MailboxMessageGone is raised and the message with that UID stays where it is."""
    _deliver(dovecot, user, [_message("x")])
    (ref,) = box.list_new()
    folder, uidvalidity, uid = parse_backend_key(ref.backend_key)
    stale = MailRef(make_backend_key(folder, uidvalidity + 1, uid))
    for action in (
        lambda: box.fetch(stale),
        lambda: box.set_flag(stale, "x"),
        lambda: box.move(stale, "AR/Other"),
    ):
        with pytest.raises(MailboxMessageGone, match="UIDVALIDITY"):
            action()
    assert _uids(dovecot, user, "INBOX") == [uid]


def test_message_removed_by_someone_else(
    dovecot: DovecotServer, user: str, box: ImapMailbox
) -> None:
    """GIVEN a listed message another client then deletes WHEN fetched or flagged THEN
    MailboxMessageGone; WHEN moved THEN nothing happens (the move is idempotent)."""
    _deliver(dovecot, user, [_message("x")])
    (ref,) = box.list_new()
    client = _raw(dovecot, user)
    client.select_folder("INBOX")
    client.delete_messages([1])
    client.expunge()
    client.logout()
    with pytest.raises(MailboxMessageGone):
        box.fetch(ref)
    with pytest.raises(MailboxMessageGone):
        box.set_flag(ref, "x")
    box.move(ref, "AR/Other")
    assert _uids(dovecot, user, "AR/Other") == []


# ----------------------------------------------------------------- the CLI


def _cli() -> typer.Typer:
    app = typer.Typer()
    mailbox_cmd.register(app)
    return app


def test_mailbox_test_command(dovecot: DovecotServer, user: str, trust_ca: Path) -> None:
    """GIVEN INBOX_AGENT_MAILBOX_URL and the password in the environment WHEN
    `mailbox test` runs THEN it prints the one-line description and exits 0; with a wrong
    password, a missing folder or no mailbox configured it says what is wrong and exits 1."""
    runner = CliRunner()
    env = {
        "INBOX_AGENT_MAILBOX_URL": _url(dovecot, user),
        PASSWORD_ENV: PASSWORD,
        "SSL_CERT_FILE": str(dovecot.ca_file),
        "INBOX_AGENT_RULES": str(REPO / "rules.yaml"),
    }
    ok = runner.invoke(_cli(), ["mailbox", "test"], env=env)
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.strip().endswith("moves with UID MOVE")
    assert ok.stdout.count("\n") == 1

    bad = runner.invoke(_cli(), ["mailbox", "test"], env={**env, PASSWORD_ENV: "nope"})
    assert bad.exit_code == 1
    assert "mailbox test failed (sign-in refused)" in bad.stderr

    url = _url(dovecot, user, folder="Nope")
    missing = runner.invoke(_cli(), ["mailbox", "test", "--url", url], env=env)
    assert missing.exit_code == 1
    assert "(folder missing)" in missing.stderr and "'Nope'" in missing.stderr

    unset = runner.invoke(_cli(), ["mailbox", "test"], env={**env, "INBOX_AGENT_MAILBOX_URL": ""})
    assert unset.exit_code == 1
    assert "no mailbox configured" in unset.stderr

    garbled = runner.invoke(
        _cli(), ["mailbox", "test", "--url", "imaps://host-only/INBOX"], env=env
    )
    assert garbled.exit_code == 1
    assert "names no user" in garbled.stderr


# ----------------------------------------------------------------- end to end


class _CrashBeforeMove:
    """The backend, but every move is lost (as if the agent died right after committing)."""

    kind = "imap"

    def __init__(self, inner: ImapMailbox) -> None:
        self.inner = inner

    def check(self) -> str:
        return self.inner.check()

    def list_new(self) -> Iterator[MailRef]:
        return self.inner.list_new()

    def fetch(self, ref: MailRef) -> bytes:
        return self.inner.fetch(ref)

    def move(self, ref: MailRef, folder: str) -> None:
        return None

    def set_flag(self, ref: MailRef, label: str) -> None:
        self.inner.set_flag(ref, label)

    def save_draft(self, raw: bytes) -> str:
        return self.inner.save_draft(raw)


def _imap_folder_counts(server: DovecotServer, user: str) -> dict[str, int]:
    client = _raw(server, user)
    try:
        counts = {}
        for _flags, _delim, name in client.list_folders():
            if name not in ("INBOX", "Sent"):
                count = int(client.folder_status(name, [b"MESSAGES"])[b"MESSAGES"])
                if count:
                    counts[name] = count
        return counts
    finally:
        client.logout()


def _local_folder_counts(root: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in root.rglob("*.eml"):
        if path.parent != root:
            name = path.parent.relative_to(root).as_posix()
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_pipeline_over_imap_records_remittances_and_files_mail(
    dovecot: DovecotServer, user: str, box: ImapMailbox, tmp_path: Path
) -> None:
    """GIVEN the demo's morning mail (remittance PDFs and all) delivered to an IMAP INBOX
    WHEN a pass runs whose moves are lost (a crash after commit), then a normal pass, then
    another THEN the first records the remittances exactly as the same mail in a local
    folder does, the second files every message into the same category folders without
    processing anything again, and the third finds nothing to do."""
    files = build_mail_folder(tmp_path / "mail", tmp_path / "work")
    _deliver(dovecot, user, [path.read_bytes() for path in files])
    rules = active_rules(REPO / "rules.yaml")
    reference_inbox = tmp_path / "reference"
    shutil.copytree(tmp_path / "mail", reference_inbox)
    reference = Agent(
        mailbox=EmlFolderMailbox(reference_inbox),
        workspace=open_workspace(Settings(home=tmp_path / "reference-home", database_url=None)),
        rules=rules,
    ).poll_once()
    workspace = open_workspace(Settings(home=tmp_path / "home", database_url=None))

    crashed = Agent(mailbox=_CrashBeforeMove(box), workspace=workspace, rules=rules).poll_once()
    agent = Agent(mailbox=box, workspace=workspace, rules=rules)
    filed = agent.poll_once()
    idle = agent.poll_once()

    assert crashed.seen == crashed.new == len(files)
    assert reference.remittances >= 4
    assert (crashed.remittances, crashed.proposals, crashed.needs_person, crashed.failed) == (
        reference.remittances,
        reference.proposals,
        reference.needs_person,
        reference.failed,
    )
    assert (filed.seen, filed.new, filed.already_done, filed.remittances) == (
        len(files),
        0,
        len(files),
        0,
    )
    assert (idle.seen, idle.new) == (0, 0)
    assert _uids(dovecot, user, "INBOX") == []
    counts = _imap_folder_counts(dovecot, user)
    assert counts == _local_folder_counts(reference_inbox)
    assert counts["AR/Remittances"] >= 4
    with Session(workspace.engine) as session:
        messages = session.exec(select(Message)).all()
        assert len(messages) == len(files)
        assert all(m.backend_key.startswith("imap:INBOX:") for m in messages)
        assert all(m.status != MessageStatus.RECEIVED.value for m in messages)
        assert len(session.exec(select(Remittance)).all()) == reference.remittances
