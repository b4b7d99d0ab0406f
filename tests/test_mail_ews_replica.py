"""The Exchange Web Services backend against the EWS replica (tests/replicas/ews_replica.py).

Exchange cannot run here, so exchangelib talks to a local server that answers the real
SOAP envelopes for the operations it sends (version probe, GetFolder, FindFolder,
CreateFolder, FindItem, GetItem, MoveItem, UpdateItem, CreateItem), errors and
ErrorServerBusy throttling included.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from inbox_agent.config.active import active_rules
from inbox_agent.errors import ConfigError
from inbox_agent.mail.base import Mailbox, MailRef
from inbox_agent.mail.errors import (
    MailboxAuthError,
    MailboxConnectError,
    MailboxFolderMissing,
    MailboxMessageGone,
    MailboxThrottled,
    MailboxTlsError,
)
from inbox_agent.mail.ews import EwsConfig, EwsMailbox
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.workspace import open_workspace
from tests.replicas import TlsFiles, demo_mail, make_tls_files, report_figures
from tests.replicas.ews_replica import EwsReplica

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "Exchange-Passw0rd!"


def _mime(n: int, subject: str | None = None) -> bytes:
    return (
        f"From: AP Team <ap@acme.example.com.au>\r\n"
        f"To: ar@northwind.example.com\r\n"
        f"Subject: {subject or f'Remittance advice {n}'}\r\n"
        f"Message-ID: <remit-{n}@acme.example.com.au>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Payment {n} for INV-{n:05d}.\r\n"
    ).encode()


@pytest.fixture
def replica() -> Iterator[EwsReplica]:
    server = EwsReplica(password=PASSWORD)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _config(replica: EwsReplica, **overrides: Any) -> EwsConfig:
    values: dict[str, Any] = {
        "endpoint": replica.endpoint,
        "mailbox": replica.mailbox,
        "username": replica.mailbox,
        "password": PASSWORD,
        "max_wait": 10.0,
    }
    values.update(overrides)
    return EwsConfig(**values)


@pytest.fixture
def box(replica: EwsReplica) -> Iterator[EwsMailbox]:
    mailbox = EwsMailbox(_config(replica))
    yield mailbox
    mailbox.close()


def _keys(box: EwsMailbox) -> list[str]:
    return [ref.backend_key for ref in box.list_new()]


def test_ews_replica_lists_inbox_oldest_first_across_pages(
    replica: EwsReplica, box: EwsMailbox
) -> None:
    """GIVEN seven messages and a server returning at most three items a FindItem page
    WHEN listed THEN all seven come back oldest first, keyed by EWS item id, and the
    server was asked which auth scheme it offers rather than told."""
    ids = [replica.deliver(_mime(n)) for n in range(7)]
    assert isinstance(box, Mailbox)
    assert _keys(box) == [f"ews:{i}" for i in ids]
    assert replica.operations.count("FindItem") == 3
    assert replica.unauthorised >= 1  # exchangelib's auth probe
    assert set(replica.auth_schemes) == {"Basic"}


def test_ews_replica_fetch_returns_mime_content_byte_for_byte(
    replica: EwsReplica, box: EwsMailbox
) -> None:
    """GIVEN a message with CRLFs, 8-bit text and trailing spaces WHEN fetched
    THEN the bytes are exactly those Exchange holds (MimeContent, base64 on the wire)."""
    raw = (
        b"From: ap@mueller.example.de\r\nSubject: Zahlungsavis \xc3\xbcber 1.234,50 EUR  \r\n"
        b"Message-ID: <avis-2@mueller.example.de>\r\nContent-Transfer-Encoding: 8bit\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nSiehe Anhang \xe2\x82\xac \t \r\n"
    )
    item_id = replica.deliver(raw)
    assert box.fetch(MailRef(f"ews:{item_id}")) == raw
    assert "GetItem" in replica.operations


def test_ews_replica_fetch_of_a_deleted_item_says_it_is_gone(box: EwsMailbox) -> None:
    """GIVEN an item id the mailbox no longer holds WHEN fetched THEN MailboxMessageGone."""
    with pytest.raises(MailboxMessageGone, match="no longer"):
        box.fetch(MailRef("ews:AAAAAnotthere=="))


def test_ews_replica_move_creates_nested_folders_once(replica: EwsReplica, box: EwsMailbox) -> None:
    """GIVEN two messages and no AR folders WHEN both are moved to AR/Remittances/2026 (one
    of them twice) THEN the path is created once under the mailbox root, both land there,
    and the inbox listing is empty."""
    first, second = replica.deliver(_mime(1)), replica.deliver(_mime(2))
    box.move(MailRef(f"ews:{first}"), "AR/Remittances/2026")
    box.move(MailRef(f"ews:{first}"), "AR/Remittances/2026")  # its id changed: a no-op
    box.move(MailRef(f"ews:{second}"), "AR/Remittances/2026")
    filed = replica.in_folder("AR/Remittances/2026")
    assert sorted(i.subject for i in filed) == ["Remittance advice 1", "Remittance advice 2"]
    assert replica.operations.count("CreateFolder") == 3
    ar = replica.find_path("AR")
    assert ar is not None
    assert ar.parent_id == replica.distinguished("msgfolderroot").id
    assert ar.folder_class == "IPF.Note"
    assert _keys(box) == []


def test_ews_replica_move_recreates_a_folder_deleted_since_it_was_cached(
    replica: EwsReplica, box: EwsMailbox
) -> None:
    """GIVEN a filing folder the backend has used, then deleted by a person WHEN the next
    message is filed there THEN the folder is created again and the message lands in it."""
    first, second = replica.deliver(_mime(1)), replica.deliver(_mime(2))
    box.move(MailRef(f"ews:{first}"), "AR/Disputes")
    deleted = replica.find_path("AR/Disputes")
    assert deleted is not None
    del replica.folders[deleted.id]
    box.move(MailRef(f"ews:{second}"), "AR/Disputes")
    assert [i.subject for i in replica.in_folder("AR/Disputes")] == ["Remittance advice 2"]


def test_ews_replica_flag_adds_a_category_once_and_keeps_others(
    replica: EwsReplica, box: EwsMailbox
) -> None:
    """GIVEN an item categorised "Blue" WHEN flagged "Remittance" twice
    THEN its categories are Blue and Remittance, set by one UpdateItem."""
    item_id = replica.deliver(_mime(1))
    replica.items[item_id].categories = ["Blue"]
    ref = MailRef(f"ews:{item_id}")
    box.set_flag(ref, "Remittance")
    box.set_flag(ref, "Remittance")
    assert replica.items[item_id].categories == ["Blue", "Remittance"]
    assert replica.operations.count("UpdateItem") == 1


def test_ews_replica_save_draft_creates_a_saved_only_item_in_drafts(
    replica: EwsReplica, box: EwsMailbox
) -> None:
    """GIVEN a reply as RFC 5322 bytes WHEN saved as a draft THEN Drafts holds it byte for
    byte (CreateItem SaveOnly, never sent) and its EWS id comes back."""
    raw = _mime(7, subject="Re: Remittance advice 7")
    key = box.save_draft(raw)
    drafts = replica.in_folder("drafts")
    assert len(drafts) == 1
    assert key == f"ews:{drafts[0].id}"
    assert drafts[0].mime == raw
    assert replica.in_folder("inbox") == []


def test_ews_replica_server_busy_back_off_is_honoured_and_counted(
    replica: EwsReplica, box: EwsMailbox
) -> None:
    """GIVEN Exchange answering ErrorServerBusy with BackOffMilliseconds=700 twice
    WHEN listing THEN the backend waits as told each time, retries, and succeeds."""
    item_id = replica.deliver(_mime(1))
    box.check()
    replica.server_busy(2, back_off_ms=700)
    started = time.monotonic()
    assert _keys(box) == [f"ews:{item_id}"]
    assert time.monotonic() - started >= 1.4
    assert box.throttle_waits == [0.7, 0.7]
    assert replica.busy_served == [700, 700]


def test_ews_replica_server_busy_gives_up_within_bounds(replica: EwsReplica) -> None:
    """GIVEN Exchange staying busy WHEN attempts or patience run out THEN MailboxThrottled
    carries the back-off, after a bounded number of tries and never a wait it cannot afford."""
    replica.deliver(_mime(1))
    box = EwsMailbox(_config(replica, max_attempts=3))
    box.check()
    replica.server_busy(10, back_off_ms=10)
    with pytest.raises(MailboxThrottled) as caught:
        _keys(box)
    assert len(replica.busy_served) == 3
    assert caught.value.retry_after == pytest.approx(0.01)
    replica.stop_busy()

    impatient = EwsMailbox(_config(replica, max_wait=1.0))
    impatient.check()
    served = len(replica.busy_served)
    replica.server_busy(1, back_off_ms=300_000)
    started = time.monotonic()
    with pytest.raises(MailboxThrottled, match="throttling"):
        _keys(impatient)
    assert time.monotonic() - started < 5
    assert len(replica.busy_served) == served + 1


def test_ews_replica_wrong_password_is_an_auth_error_that_says_what_to_fix(
    replica: EwsReplica,
) -> None:
    """GIVEN a wrong password WHEN the backend connects THEN MailboxAuthError names the user
    and the setting to fix, and no mailbox operation was answered."""
    box = EwsMailbox(_config(replica, password="wrong", auth="basic"))
    with pytest.raises(MailboxAuthError) as caught:
        box.check()
    text = str(caught.value)
    assert replica.mailbox in text
    assert "INBOX_AGENT_MAILBOX_PASSWORD" in text
    assert replica.operations == []


def test_ews_replica_watched_folder_missing_is_named(replica: EwsReplica) -> None:
    """GIVEN a URL watching Inbox/Remittances, which does not exist WHEN checked or listed
    THEN MailboxFolderMissing names it; once created, its mail is what is listed."""
    box = EwsMailbox(_config(replica, folder="Inbox/Remittances"))
    with pytest.raises(MailboxFolderMissing) as caught:
        box.check()
    assert caught.value.folder == "Inbox/Remittances"
    with pytest.raises(MailboxFolderMissing):
        _keys(box)
    helper = EwsMailbox(_config(replica))
    item_id = replica.deliver(_mime(1))
    helper.move(MailRef(f"ews:{item_id}"), "Inbox/Remittances")
    keys = _keys(EwsMailbox(_config(replica, folder="Inbox/Remittances")))
    assert len(keys) == 1
    assert replica.in_folder("inbox") == []


def test_ews_replica_unreachable_server_is_a_connect_error(replica: EwsReplica) -> None:
    """GIVEN nothing listening on the configured port WHEN connecting THEN
    MailboxConnectError names the endpoint (and nothing waits for a retry)."""
    port = replica.port
    config = _config(replica)
    replica.stop()
    box = EwsMailbox(config)
    started = time.monotonic()
    with pytest.raises(MailboxConnectError, match=f"127.0.0.1:{port}"):
        box.check()
    assert time.monotonic() - started < 5


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("ews-tls"), label="ews")


@pytest.fixture
def tls_replica(tls: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> Iterator[EwsReplica]:
    for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    server = EwsReplica(password=PASSWORD, tls=tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_ews_replica_untrusted_certificate_is_a_tls_error(
    tls_replica: EwsReplica, tls: TlsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an https server whose CA is not trusted WHEN connecting THEN MailboxTlsError
    says how to trust it; GIVEN the CA in SSL_CERT_FILE THEN the same server is used."""
    with pytest.raises(MailboxTlsError, match="REQUESTS_CA_BUNDLE"):
        EwsMailbox(_config(tls_replica, auth="basic")).check()
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_file))
    assert "Inbox holds 0" in EwsMailbox(_config(tls_replica, auth="basic")).check()


def test_ews_replica_oauth_app_credentials_use_the_configured_authority(
    tls_replica: EwsReplica, tls: TlsFiles, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """GIVEN an allow-listed Online tenant reached with app credentials (?auth=oauth) and
    INBOX_AGENT_GRAPH_AUTHORITY set WHEN the mailbox URL is opened and used THEN the token
    comes from that authority and every EWS call carries it as a bearer token; a wrong
    secret is a MailboxAuthError."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls.ca_file))
    monkeypatch.setenv("INBOX_AGENT_HOME", str(tmp_path))
    monkeypatch.setenv("INBOX_AGENT_GRAPH_CLIENT_ID", tls_replica.client_id)
    monkeypatch.setenv("INBOX_AGENT_GRAPH_CLIENT_SECRET", tls_replica.client_secret)
    monkeypatch.setenv("INBOX_AGENT_GRAPH_AUTHORITY", f"{tls_replica.origin}/{tls_replica.tenant}")
    monkeypatch.delenv("INBOX_AGENT_MAILBOX_PASSWORD", raising=False)
    item_id = tls_replica.deliver(_mime(1))
    url = (
        f"ews://127.0.0.1:{tls_replica.port}/?auth=oauth&mailbox={tls_replica.mailbox}"
        f"&tenant={tls_replica.tenant}"
    )
    box = open_mailbox(url)
    assert isinstance(box, EwsMailbox)
    assert [r.backend_key for r in box.list_new()] == [f"ews:{item_id}"]
    assert tls_replica.auth_schemes and set(tls_replica.auth_schemes) == {"Bearer"}

    monkeypatch.setenv("INBOX_AGENT_GRAPH_CLIENT_SECRET", "wrong")
    with pytest.raises(MailboxAuthError, match="INBOX_AGENT_GRAPH_CLIENT_ID"):
        open_mailbox(url).check()


def test_ews_urls_name_server_mailbox_folder_and_auth(monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN the URL forms CONTRACT.md lists WHEN opened THEN https for ews://, http for
    ews+http://, the address from the user or ?mailbox=, and a clear error for what is
    missing."""
    monkeypatch.setenv("INBOX_AGENT_MAILBOX_PASSWORD", "pw")
    box = open_mailbox("ews://ar%40example.com@mail.example.com/")
    assert isinstance(box, EwsMailbox)
    assert box.config.endpoint == "https://mail.example.com/EWS/Exchange.asmx"
    assert (box.config.mailbox, box.config.username, box.config.folder) == (
        "ar@example.com",
        "ar@example.com",
        None,
    )
    domain_user = quote("CORP\\ar", safe="")
    lab = open_mailbox(
        f"ews+http://{domain_user}@lab:8080/Inbox/Remit?auth=ntlm&mailbox=ar@corp.test"
    )
    assert isinstance(lab, EwsMailbox)
    assert lab.config.endpoint == "http://lab:8080/EWS/Exchange.asmx"
    assert (lab.config.username, lab.config.mailbox) == ("CORP\\ar", "ar@corp.test")
    assert (lab.config.folder, lab.config.auth) == ("Inbox/Remit", "ntlm")
    with pytest.raises(ConfigError, match="mailbox"):
        open_mailbox("ews://CORP%5Car@mail.example.com/")
    monkeypatch.delenv("INBOX_AGENT_MAILBOX_PASSWORD")
    with pytest.raises(ConfigError, match="INBOX_AGENT_MAILBOX_PASSWORD"):
        open_mailbox("ews://ar%40example.com@mail.example.com/")


def test_ews_replica_end_to_end_poll_twice_processes_each_message_once(
    replica: EwsReplica, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the demo's morning mail (remittances with real PDFs among it) in the replica's
    inbox, opened from an ews+http:// URL WHEN the agent polls twice THEN the first pass does
    what it does on a local folder of the same mail, every message is filed out of the
    inbox, and the second pass finds nothing new."""
    demo = demo_mail(REPO / "rules.yaml")
    mail = demo.messages
    for _name, raw in mail:
        replica.deliver(raw)
    rules = active_rules(REPO / "rules.yaml")

    monkeypatch.setenv("INBOX_AGENT_MAILBOX_PASSWORD", PASSWORD)
    user = quote(replica.mailbox, safe="")
    box = open_mailbox(f"ews+http://{user}@127.0.0.1:{replica.port}/")
    agent = Agent(
        mailbox=box,
        workspace=open_workspace(Settings(home=tmp_path / "ws-ews", database_url=None)),
        rules=rules,
    )
    first = agent.poll_once()
    assert report_figures(first) == demo.reference
    assert first.new == len(mail)
    assert first.remittances >= 1
    assert replica.in_folder("inbox") == []
    assert len([i for i in replica.items.values() if not i.is_draft]) == len(mail)

    second = agent.poll_once()
    assert (second.seen, second.new, second.remittances) == (0, 0, 0)
