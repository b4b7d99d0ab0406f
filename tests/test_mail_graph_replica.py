"""The Microsoft Graph backend against the Graph replica (tests/replicas/graph_replica.py).

No Graph server runs here, so every test talks HTTPS to a local replica that answers the
real Entra ID and Graph v1.0 JSON, errors and throttling included. msal runs for real
against the replica's authority (a test CA is trusted through REQUESTS_CA_BUNDLE).
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from inbox_agent.config.active import active_rules
from inbox_agent.errors import MailboxError
from inbox_agent.mail.base import Mailbox, MailRef
from inbox_agent.mail.errors import (
    MailboxAuthError,
    MailboxFolderMissing,
    MailboxMessageGone,
    MailboxThrottled,
    MailboxTlsError,
)
from inbox_agent.mail.graph import GraphConfig, GraphMailbox
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.workspace import open_workspace
from tests.replicas import TlsFiles, demo_mail, make_tls_files, report_figures
from tests.replicas.graph_replica import GraphReplica

REPO = Path(__file__).resolve().parents[1]


def _mime(n: int, subject: str | None = None) -> bytes:
    return (
        f"From: AP Team <ap@acme.example.com.au>\r\n"
        f"To: ar@contoso.example.com\r\n"
        f"Subject: {subject or f'Remittance advice {n}'}\r\n"
        f"Message-ID: <remit-{n}@acme.example.com.au>\r\n"
        f"Date: Thu, 01 Oct 2026 08:00:{n:02d} +1000\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Payment {n} for INV-{n:05d}.\r\n"
    ).encode()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("graph-tls"), label="graph")


@pytest.fixture
def replica(tls: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphReplica]:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls.ca_file))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    server = GraphReplica(tls=tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _config(replica: GraphReplica, tmp_path: Path, **overrides: Any) -> GraphConfig:
    values: dict[str, Any] = {
        "tenant": replica.tenant,
        "mailbox": replica.mailbox,
        "client_id": replica.client_id,
        "client_secret": replica.client_secret,
        "base_url": replica.base_url,
        "authority": replica.authority,
        "state_path": tmp_path / "graph-state.json",
        "max_wait": 10.0,
    }
    values.update(overrides)
    return GraphConfig(**values)


@pytest.fixture
def box(replica: GraphReplica, tmp_path: Path) -> GraphMailbox:
    return GraphMailbox(_config(replica, tmp_path))


def _keys(box: GraphMailbox) -> list[str]:
    return [ref.backend_key for ref in box.list_new()]


def test_graph_replica_lists_every_message_oldest_first_across_pages(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN five messages in the inbox and a server that pages delta results by two
    WHEN the backend lists new mail THEN all five come back oldest first, keyed by Graph id,
    after following @odata.nextLink to the @odata.deltaLink."""
    ids = [replica.deliver(_mime(n)) for n in range(5)]
    assert isinstance(box, Mailbox)
    assert _keys(box) == [f"graph:{i}" for i in ids]
    delta_calls = [r for r in replica.graph_calls() if r.path.endswith("/messages/delta")]
    assert len(delta_calls) == 3  # 2 + 2 + 1
    assert all(r.prefer == 'IdType="ImmutableId"' for r in replica.graph_calls())


def test_graph_replica_second_pass_uses_the_delta_watermark(
    replica: GraphReplica, box: GraphMailbox, tmp_path: Path
) -> None:
    """GIVEN a pass that stored its deltaLink WHEN new mail arrives and a second pass runs
    THEN the second pass asks only for changes ($deltatoken) and still yields the whole inbox."""
    first = replica.deliver(_mime(1))
    assert _keys(box) == [f"graph:{first}"]
    state = json.loads((tmp_path / "graph-state.json").read_text())
    assert "$deltatoken=" in state["delta_link"]
    second = replica.deliver(_mime(2))
    before = len(replica.log)
    assert _keys(box) == [f"graph:{first}", f"graph:{second}"]
    new_calls = replica.log[before:]
    assert [list(r.query) for r in new_calls] == [["$deltatoken"]]


def test_graph_replica_lost_or_expired_watermark_loses_nothing(
    replica: GraphReplica, box: GraphMailbox, tmp_path: Path
) -> None:
    """GIVEN messages still in the inbox WHEN the watermark file is deleted, or the server no
    longer knows its delta token (410 SyncStateNotFound) THEN a full sync yields them all."""
    ids = [replica.deliver(_mime(n)) for n in range(3)]
    expected = [f"graph:{i}" for i in ids]
    assert _keys(box) == expected
    state_file = tmp_path / "graph-state.json"
    state_file.unlink()
    assert _keys(box) == expected
    state = json.loads(state_file.read_text())
    state["delta_link"] = state["delta_link"].split("$deltatoken=")[0] + "$deltatoken=expired"
    state_file.write_text(json.dumps(state))
    assert _keys(box) == expected
    state_file.write_text("{not json")
    assert _keys(box) == expected


def test_graph_replica_fetch_returns_the_mime_byte_for_byte(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a message with CRLFs, 8-bit text, trailing spaces and a binary attachment
    WHEN fetched THEN the bytes are exactly those the server holds."""
    raw = (
        b"From: =?utf-8?q?M=C3=BCller?= <ap@mueller.example.de>\r\n"
        b"Subject: Zahlungsavis \xc3\xbcber 1.234,50 EUR  \r\n"
        b"Message-ID: <avis-1@mueller.example.de>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit"
        b"\r\n\r\nSiehe Anhang \xe2\x82\xac \t \r\n"
        b"--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        b'filename="avis.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        b"JVBERi0xLjQKJcfsj6IK\r\n--b1--\r\n"
    )
    message_id = replica.deliver(raw)
    assert box.fetch(MailRef(f"graph:{message_id}")) == raw


def test_graph_replica_fetch_of_a_deleted_message_says_it_is_gone(box: GraphMailbox) -> None:
    """GIVEN an id the mailbox no longer holds WHEN fetched THEN MailboxMessageGone."""
    with pytest.raises(MailboxMessageGone, match="no longer"):
        box.fetch(MailRef("graph:AAAAAnotthere"))


def test_graph_replica_move_creates_nested_folders_and_keeps_the_id(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a message in the inbox and no AR folders WHEN it is moved to
    AR/Remittances/2026 (twice) THEN the folders are created once under the mailbox root,
    the message is there with the same immutable id, and it leaves the listing."""
    keep = replica.deliver(_mime(1))
    moved = replica.deliver(_mime(2))
    assert len(_keys(box)) == 2
    ref = MailRef(f"graph:{moved}")
    box.move(ref, "AR/Remittances/2026")
    box.move(ref, "AR/Remittances/2026")  # idempotent
    assert [m.id for m in replica.in_folder("AR/Remittances/2026")] == [moved]
    creates = [r for r in replica.graph_calls() if r.method == "POST" and "Folders" in r.path]
    assert len(creates) == 3
    assert _keys(box) == [f"graph:{keep}"]


def test_graph_replica_move_of_a_message_already_gone_is_harmless(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a message deleted by a person WHEN the agent files it THEN nothing is raised."""
    message_id = replica.deliver(_mime(1))
    del replica.messages[message_id]
    box.move(MailRef(f"graph:{message_id}"), "AR/Remittances")
    assert replica.find_path("AR/Remittances") is not None


def test_graph_replica_move_recreates_a_folder_deleted_since_it_was_cached(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a filing folder the backend has used, then deleted by a person WHEN the next
    message is filed there THEN the folder is created again and the message lands in it."""
    first, second = replica.deliver(_mime(1)), replica.deliver(_mime(2))
    box.move(MailRef(f"graph:{first}"), "AR/Disputes")
    deleted = replica.find_path("AR/Disputes")
    assert deleted is not None
    del replica.folders[deleted.id]
    box.move(MailRef(f"graph:{second}"), "AR/Disputes")
    assert [m.id for m in replica.in_folder("AR/Disputes")] == [second]


def test_graph_replica_flag_adds_a_category_once_and_keeps_others(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a message already categorised "Blue" WHEN flagged "Remittance" twice
    THEN its categories are Blue and Remittance, once each."""
    message_id = replica.deliver(_mime(1))
    replica.messages[message_id].categories = ["Blue"]
    ref = MailRef(f"graph:{message_id}")
    box.set_flag(ref, "Remittance")
    box.set_flag(ref, "Remittance")
    assert replica.messages[message_id].categories == ["Blue", "Remittance"]
    patches = [r for r in replica.graph_calls() if r.method == "PATCH"]
    assert len(patches) == 1


def test_graph_replica_save_draft_posts_base64_mime_into_drafts(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a reply as RFC 5322 bytes WHEN saved as a draft THEN Graph gets base64 MIME as
    text/plain, the draft lands in Drafts byte for byte, and its Graph id comes back."""
    raw = _mime(7, subject="Re: Remittance advice 7")
    key = box.save_draft(raw)
    drafts = replica.in_folder("drafts")
    assert len(drafts) == 1
    assert key == f"graph:{drafts[0].id}"
    assert drafts[0].mime == raw
    assert drafts[0].is_draft
    post = [r for r in replica.graph_calls() if r.method == "POST" and r.path.endswith("/messages")]
    assert post[0].content_type == "text/plain"


def test_graph_replica_throttling_is_honoured_and_counted(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a server that answers 429 (Retry-After: 1) and then 503 (Retry-After: 0)
    WHEN the backend lists THEN it waits as told, retries, and succeeds."""
    message_id = replica.deliver(_mime(1))
    box.check()  # sign in first so the throttling hits a Graph call
    replica.throttle(1, status=429, retry_after="1")
    replica.throttle(1, status=503, retry_after="0")
    started = time.monotonic()
    assert _keys(box) == [f"graph:{message_id}"]
    assert time.monotonic() - started >= 1.0
    assert box.throttle_waits == [1.0, 0.0]
    assert replica.throttled == [(429, "1"), (503, "0")]


def test_graph_replica_throttling_gives_up_within_bounds(
    replica: GraphReplica, tmp_path: Path
) -> None:
    """GIVEN a server that keeps throttling WHEN the backend's attempts or patience run out
    THEN it raises MailboxThrottled with the server's hint, after a bounded number of tries."""
    replica.deliver(_mime(1))
    box = GraphMailbox(_config(replica, tmp_path, max_attempts=3))
    box.check()
    replica.throttle(10, retry_after="0")
    with pytest.raises(MailboxThrottled) as caught:
        _keys(box)
    assert len(replica.throttled) == 3
    assert caught.value.retry_after == 0.0
    replica.stop_throttling()

    patient = GraphMailbox(_config(replica, tmp_path, max_wait=0.5))
    started = time.monotonic()
    replica.throttle(1, retry_after="30")
    with pytest.raises(MailboxThrottled, match="throttling") as caught:
        patient.check()
    assert time.monotonic() - started < 5  # never slept the 30 s it could not afford
    assert caught.value.retry_after == 30.0


def test_graph_replica_wrong_secret_is_an_auth_error_that_says_what_to_fix(
    replica: GraphReplica, tmp_path: Path
) -> None:
    """GIVEN a wrong client secret WHEN the backend connects THEN MailboxAuthError names the
    AADSTS code and the setting to fix, and no Graph call was made."""
    box = GraphMailbox(_config(replica, tmp_path, client_secret="secret-id-not-value"))
    with pytest.raises(MailboxAuthError) as caught:
        box.check()
    text = str(caught.value)
    assert "AADSTS7000215" in text
    assert "INBOX_AGENT_GRAPH_CLIENT_SECRET" in text
    assert replica.graph_calls() == []


def test_graph_replica_unknown_tenant_is_an_auth_error(
    replica: GraphReplica, tmp_path: Path
) -> None:
    """GIVEN a tenant the authority does not know WHEN the backend signs in THEN
    MailboxAuthError names the tenant and the settings to check."""
    box = GraphMailbox(
        _config(
            replica, tmp_path, tenant="typo.onmicrosoft.com", authority=f"{replica.origin}/typo"
        )
    )
    with pytest.raises(MailboxAuthError, match=r"typo\.onmicrosoft\.com") as caught:
        box.check()
    assert "INBOX_AGENT_GRAPH_AUTHORITY" in str(caught.value)


@pytest.mark.parametrize("where", ["graph", "token"])
def test_graph_replica_missing_consent_says_admin_consent_is_needed(
    replica: GraphReplica, box: GraphMailbox, where: str
) -> None:
    """GIVEN an app without admin consent (Graph answers 403 ErrorAccessDenied, or the token
    endpoint AADSTS65001) WHEN the backend connects THEN the error says Mail.ReadWrite
    application permission needs admin consent and an access policy may restrict it."""
    replica.consent_missing = where
    with pytest.raises(MailboxAuthError) as caught:
        box.check()
    text = str(caught.value)
    assert "admin consent" in text
    assert "Mail.ReadWrite" in text
    assert "application access policy" in text


def test_graph_replica_watched_folder_missing_is_named(
    replica: GraphReplica, tmp_path: Path
) -> None:
    """GIVEN a URL that watches AR/Incoming, which does not exist WHEN checked or listed
    THEN MailboxFolderMissing names the folder; once it exists, its mail is listed."""
    box = GraphMailbox(_config(replica, tmp_path, folder="AR/Incoming"))
    with pytest.raises(MailboxFolderMissing) as caught:
        box.check()
    assert caught.value.folder == "AR/Incoming"
    with pytest.raises(MailboxFolderMissing):
        _keys(box)
    helper = GraphMailbox(_config(replica, tmp_path / "other"))
    message_id = replica.deliver(_mime(1))
    helper.move(MailRef(f"graph:{message_id}"), "AR/Incoming")
    assert "holds 1 message(s)" in box.check()
    assert _keys(box) == [f"graph:{message_id}"]


def test_graph_replica_unknown_mailbox_is_named(replica: GraphReplica, tmp_path: Path) -> None:
    """GIVEN a mailbox address the tenant does not have WHEN checked THEN the error says so."""
    box = GraphMailbox(_config(replica, tmp_path, mailbox="nobody@contoso.example.com"))
    with pytest.raises(MailboxError, match=r"nobody@contoso\.example\.com was not found"):
        box.check()


def test_graph_replica_revoked_token_is_renewed_once(
    replica: GraphReplica, box: GraphMailbox
) -> None:
    """GIVEN a cached token the server stops accepting WHEN the next call gets 401
    THEN the backend drops the token, signs in again and the call succeeds."""
    replica.deliver(_mime(1))
    box.check()
    assert len(replica.token_requests) == 1
    replica.tokens.clear()
    assert len(_keys(box)) == 1
    assert len(replica.token_requests) == 2


def test_graph_replica_untrusted_certificate_is_a_tls_error(
    replica: GraphReplica, box: GraphMailbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """GIVEN a server whose CA is not trusted WHEN connecting THEN MailboxTlsError says how
    to trust it; GIVEN the CA in SSL_CERT_FILE instead THEN it connects."""
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    with pytest.raises(MailboxTlsError, match="REQUESTS_CA_BUNDLE"):
        GraphMailbox(_config(replica, tmp_path)).check()
    assert replica.tls is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(replica.tls.ca_file))
    assert "Inbox" in GraphMailbox(_config(replica, tmp_path)).check()


def test_graph_config_derives_scope_and_authority_for_national_clouds() -> None:
    """GIVEN the US Government Graph base URL WHEN no authority is set THEN the scope is that
    cloud's Graph and the authority defaults to the public login host (taken as given)."""
    us = GraphConfig(
        tenant="t",
        mailbox="a@b.c",
        client_id="i",
        client_secret="s",
        base_url="https://graph.microsoft.us/v1.0",
        authority="https://login.microsoftonline.us/t",
    )
    assert us.scope == "https://graph.microsoft.us/.default"
    assert us.authority_url == "https://login.microsoftonline.us/t"
    assert not us.is_default_authority
    public = GraphConfig(tenant="t", mailbox="a@b.c", client_id="i", client_secret="s")
    assert public.scope == "https://graph.microsoft.com/.default"
    assert public.authority_url == "https://login.microsoftonline.com/t"
    assert public.is_default_authority


def test_graph_replica_env_base_url_and_authority_are_honoured_and_nothing_else_is_asked(
    replica: GraphReplica, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """GIVEN INBOX_AGENT_GRAPH_BASE_URL and _AUTHORITY pointing at the replica (as for a
    national cloud) WHEN the mailbox URL is opened and used THEN sign-in and Graph calls go
    to those endpoints only: no host but the replica is even looked up."""
    home = tmp_path / "home"
    monkeypatch.setenv("INBOX_AGENT_HOME", str(home))
    monkeypatch.setenv("INBOX_AGENT_GRAPH_BASE_URL", replica.base_url)
    monkeypatch.setenv("INBOX_AGENT_GRAPH_AUTHORITY", replica.authority)
    monkeypatch.setenv("INBOX_AGENT_GRAPH_CLIENT_ID", replica.client_id)
    monkeypatch.setenv("INBOX_AGENT_GRAPH_CLIENT_SECRET", replica.client_secret)
    looked_up: list[str] = []
    real_getaddrinfo = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        looked_up.append(str(host))
        if host not in ("127.0.0.1", b"127.0.0.1"):
            raise OSError(f"test forbids contacting {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    message_id = replica.deliver(_mime(1))
    box = open_mailbox(f"graph://{replica.tenant}/{replica.mailbox}")
    assert isinstance(box, GraphMailbox)
    assert "holds 1 message(s)" in box.check()
    assert [r.backend_key for r in box.list_new()] == [f"graph:{message_id}"]
    assert set(looked_up) == {"127.0.0.1"}
    assert replica.token_requests[0]["scope"].split() == [f"{replica.origin}/.default"]
    assert replica.log[0].path == f"/{replica.tenant}/v2.0/.well-known/openid-configuration"
    assert list((home / "mail-state").glob("graph-*.json"))


def test_graph_replica_end_to_end_poll_twice_processes_each_message_once(
    replica: GraphReplica, box: GraphMailbox, tmp_path: Path
) -> None:
    """GIVEN the demo's morning mail (remittances with real PDFs among it) in the replica's
    inbox WHEN the agent polls twice THEN the first pass does what it does on a local folder
    of the same mail, every message is filed out of the inbox, and the second pass finds
    nothing new."""
    demo = demo_mail(REPO / "rules.yaml")
    mail = demo.messages
    for _name, raw in mail:
        replica.deliver(raw)
    rules = active_rules(REPO / "rules.yaml")

    agent = Agent(
        mailbox=box,
        workspace=open_workspace(Settings(home=tmp_path / "ws-graph", database_url=None)),
        rules=rules,
    )
    first = agent.poll_once()
    assert report_figures(first) == demo.reference
    assert first.new == len(mail)
    assert first.remittances >= 1
    assert replica.in_folder("inbox") == []
    inbox_id = replica.well_known("inbox").id
    filed = [m for m in replica.messages.values() if m.folder_id != inbox_id and not m.is_draft]
    assert len(filed) == len(mail)

    second = agent.poll_once()
    assert (second.seen, second.new, second.remittances) == (0, 0, 0)
