"""Reply drafts through Microsoft Graph and Exchange (EWS), against their protocol replicas.

Neither service runs here, so the backends talk to the local replicas in tests/replicas/
(real JSON and SOAP on the wire). The checks are about the calls: a draft is created from
MIME in Drafts (Graph ``POST /messages`` with base64 ``text/plain``; EWS ``CreateItem``
with ``SaveOnly``), once per message, threaded, and nothing is ever sent.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from inbox_agent.mail.ews import EwsConfig, EwsMailbox
from inbox_agent.mail.graph import GraphConfig, GraphMailbox
from inbox_agent.store.models import ReplyDraft
from tests.replicas import TlsFiles, make_tls_files
from tests.replicas.ews_replica import EwsReplica
from tests.replicas.graph_replica import GraphReplica
from tests.test_replies_support import World, mail, make_world

EWS_PASSWORD = "Exchange-Passw0rd!"


def _morning() -> list[bytes]:
    """Two requests that get drafts, and an auto-reply and a portal mail that do not."""
    return [
        mail(
            "Copy of invoice INV-10004 please",
            "Could you send a copy of INV-10004?",
            message_id="<copy@acme.example.com.au>",
        ),
        mail(
            "Dispute: incorrect invoice INV-20006",
            "The unit price on INV-20006 is incorrect.",
            sender="AP <ap@bayanihan.example.ph>",
            message_id="<dispute@bayanihan.example.ph>",
        ),
        mail(
            "Automatic reply: Invoice INV-40002",
            "Out of the office.",
            headers={"Auto-Submitted": "auto-replied"},
            message_id="<ooo@mueller.example.de>",
        ),
        mail(
            "Invoice INV-10005 has been approved",
            "Approved.",
            sender="Coupa <do_not_reply@acme.coupahost.com>",
            message_id="<coupa@acme.coupahost.com>",
        ),
    ]


def _threading(mimes: list[bytes]) -> dict[str, tuple[str, str]]:
    """In-Reply-To -> (To, Subject) of each draft's MIME."""
    out = {}
    for raw in mimes:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        out[str(msg["In-Reply-To"])] = (str(msg["To"]), str(msg["Subject"]))
    return out


EXPECTED = {
    "<copy@acme.example.com.au>": (
        "Accounts Payable <ap@acme.example.com.au>",
        "RE: Copy of invoice INV-10004 please",
    ),
    "<dispute@bayanihan.example.ph>": (
        "AP <ap@bayanihan.example.ph>",
        "RE: Dispute: incorrect invoice INV-20006",
    ),
}


def _saved(world: World) -> list[ReplyDraft]:
    with Session(world.workspace.engine) as session:
        return list(session.exec(select(ReplyDraft)).all())


# ----------------------------------------------------------------- Microsoft Graph


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("replies-graph-tls"), label="graph")


@pytest.fixture
def graph(tls: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphReplica]:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls.ca_file))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    server = GraphReplica(tls=tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_graph_replica_drafts_are_created_from_mime_once_and_never_sent(
    graph: GraphReplica, tmp_path: Path
) -> None:
    """GIVEN a copy request, a dispute, an out-of-office reply and a Coupa notification in
    an Exchange Online inbox reached through Graph
    WHEN two passes run (the second finds nothing new)
    THEN Graph got exactly two draft creations, each POST /users/{mailbox}/messages with
    base64 MIME as text/plain; Drafts holds two drafts answering the two requests with the
    right recipients and subjects; no /send call was ever made."""
    for raw in _morning():
        graph.deliver(raw)
    world = make_world(tmp_path)
    world.mailbox = GraphMailbox(
        GraphConfig(
            tenant=graph.tenant,
            mailbox=graph.mailbox,
            client_id=graph.client_id,
            client_secret=graph.client_secret,
            base_url=graph.base_url,
            authority=graph.authority,
            state_path=tmp_path / "graph-state.json",
            max_wait=10.0,
        )
    )

    first = world.poll()
    world.poll()

    assert first.new == 4 and not first.failed
    creations = [
        r
        for r in graph.graph_calls()
        if r.method == "POST" and r.path.endswith(f"/users/{graph.mailbox}/messages")
    ]
    assert len(creations) == 2
    assert all(r.content_type == "text/plain" for r in creations)
    assert not [r for r in graph.graph_calls() if r.path.endswith("/send")]
    drafts = graph.in_folder("drafts")
    assert all(d.is_draft for d in drafts)
    assert _threading([d.mime for d in drafts]) == EXPECTED
    saved = _saved(world)
    assert sorted(d.backend_draft_id or "" for d in saved) == sorted(
        f"graph:{d.id}" for d in drafts
    )


# ----------------------------------------------------------------- Exchange Web Services


@pytest.fixture
def ews() -> Iterator[EwsReplica]:
    server = EwsReplica(password=EWS_PASSWORD)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_ews_replica_drafts_are_saved_only_once_and_never_sent(
    ews: EwsReplica, tmp_path: Path
) -> None:
    """GIVEN the same morning in an Exchange Server inbox reached through EWS
    WHEN two passes run
    THEN exactly two CreateItem calls were answered (the replica accepts only
    MessageDisposition SaveOnly), no SendItem, and Drafts holds the two threaded replies."""
    for raw in _morning():
        ews.deliver(raw)
    world = make_world(tmp_path)
    box = EwsMailbox(
        EwsConfig(
            endpoint=ews.endpoint,
            mailbox=ews.mailbox,
            username=ews.mailbox,
            password=EWS_PASSWORD,
            max_wait=10.0,
        )
    )
    world.mailbox = box
    try:
        first = world.poll()
        world.poll()
    finally:
        box.close()

    assert first.new == 4 and not first.failed
    assert ews.operations.count("CreateItem") == 2
    assert "SendItem" not in ews.operations
    drafts = ews.in_folder("drafts")
    assert _threading([d.mime for d in drafts]) == EXPECTED
    assert sorted(d.backend_draft_id or "" for d in _saved(world)) == sorted(
        f"ews:{d.id}" for d in drafts
    )
