"""Security of the review app: escaping, CSRF, roles, login throttling, inert exports."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from inbox_agent.config.active import active_rules
from inbox_agent.mail.local import EmlFolderMailbox
from inbox_agent.pipeline import Agent
from inbox_agent.store.models import MatchProposal, Message, Remittance
from inbox_agent.workspace import open_workspace
from tests.web_support import ReviewWorld, build_world, csrf_of, login

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def world(tmp_path: Path) -> ReviewWorld:
    return build_world(tmp_path)


def _client(world: ReviewWorld) -> TestClient:
    return TestClient(world.app, base_url="http://testserver")


def _inject_hostile_message(world: ReviewWorld, tmp_path: Path) -> int:
    """Deliver a remittance whose subject, sender name, HTML and file name are hostile."""
    msg = EmailMessage()
    msg["From"] = f'"{XSS}" <ap@acme.example.com.au>'
    msg["To"] = "ar@example.com"
    msg["Subject"] = f"Remittance advice {XSS}"
    msg["Message-ID"] = "<hostile@acme.example.com.au>"
    msg.set_content("Payment advice\nInvoice No  Amount Paid\nINV-10004  100.00\n")
    msg.add_alternative(
        f'<p>Hello</p>{XSS}<img src="http://tracker.example/pixel.png">'
        '<a href="javascript:alert(1)">x</a>',
        subtype="html",
    )
    msg.add_attachment(b"not really", maintype="text", subtype="plain", filename=f"{XSS}.txt")
    inbox = tmp_path / "hostile"
    inbox.mkdir()
    (inbox / "hostile.eml").write_bytes(msg.as_bytes())
    workspace = open_workspace(world.settings)
    Agent(
        mailbox=EmlFolderMailbox(inbox), workspace=workspace, rules=active_rules(world.rules_path)
    ).poll_once()
    with Session(workspace.engine) as s:
        row = s.exec(
            select(Message).where(Message.message_id == "<hostile@acme.example.com.au>")
        ).one()
        assert row.id is not None
        return row.id


def test_xss_in_subject_sender_body_and_filename_renders_inert(
    world: ReviewWorld, tmp_path: Path
) -> None:
    """GIVEN a message with script in its subject, sender, HTML body and file name
    WHEN a reviewer opens it THEN every payload is escaped, the HTML frame holds no script,
    no remote image and no javascript: link, and the frame is served under a deny-all CSP."""
    message_id = _inject_hostile_message(world, tmp_path)
    client = _client(world)
    login(client, "rita")
    page = client.get(f"/messages/{message_id}")
    assert page.status_code == 200
    assert "<script>" not in page.text
    assert "<img src=x" not in page.text  # only escaped text, never a live tag
    assert "&lt;script&gt;" in page.text
    assert 'sandbox=""' in page.text
    frame = client.get(f"/messages/{message_id}/html")
    assert "<script" not in frame.text
    assert "tracker.example" not in frame.text
    assert "javascript:" not in frame.text
    assert "default-src 'none'" in frame.headers["content-security-policy"]
    assert "sandbox" in frame.headers["content-security-policy"]


def test_xss_in_payer_name_is_escaped_in_queue_and_detail(world: ReviewWorld) -> None:
    """GIVEN a remittance whose payer name is a script WHEN the queue and detail render
    THEN the name appears escaped only."""
    engine = open_workspace(world.settings).engine
    with Session(engine) as s:
        proposal = s.exec(select(MatchProposal)).first()
        assert proposal is not None
        remittance = s.get(Remittance, proposal.remittance_id)
        assert remittance is not None
        remittance.payer_name = XSS
        s.add(remittance)
        s.commit()
        proposal_id = proposal.id
    client = _client(world)
    login(client, "rita")
    for url in ("/queue?review_state=", f"/proposals/{proposal_id}"):
        text = client.get(url).text
        assert "<script>alert" not in text
        assert "&lt;script&gt;alert" in text


def test_post_without_valid_csrf_token_is_refused(world: ReviewWorld) -> None:
    """GIVEN a signed-in reviewer WHEN a POST arrives without, or with a wrong, CSRF token
    THEN it is refused with 403 and nothing changes."""
    client = _client(world)
    login(client, "rita")
    engine = open_workspace(world.settings).engine
    with Session(engine) as s:
        proposal = s.exec(select(MatchProposal)).first()
        assert proposal is not None
    for data in (
        {"version": str(proposal.version)},
        {"version": str(proposal.version), "csrf": "forged"},
    ):
        response = client.post(f"/proposals/{proposal.id}/approve", data=data)
        assert response.status_code == 403
    with Session(engine) as s:
        again = s.get(MatchProposal, proposal.id)
        assert again is not None and again.review_state == "pending"


def test_login_form_needs_csrf_too(world: ReviewWorld) -> None:
    """GIVEN a login POST from another site (no token) WHEN sent THEN refused."""
    response = _client(world).post("/login", data={"username": "rita", "password": "x"})
    assert response.status_code == 403


def test_reviewer_cannot_reach_admin_pages(world: ReviewWorld) -> None:
    """GIVEN a reviewer WHEN they open the rules editor or post a rules change THEN 403."""
    client = _client(world)
    login(client, "rita")
    assert client.get("/admin/rules").status_code == 403
    token = csrf_of(client.get("/queue").text)
    response = client.post("/admin/rules/preview", data={"text": "version: 1\n", "csrf": token})
    assert response.status_code == 403
    admin = _client(world)
    login(admin, "adam")
    assert admin.get("/admin/rules").status_code == 200


def test_anonymous_requests_go_to_login(world: ReviewWorld) -> None:
    """GIVEN nobody signed in WHEN a page is asked for THEN a redirect to the sign-in page."""
    response = _client(world).get("/queue", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login"


def test_repeated_bad_logins_are_slowed(world: ReviewWorld) -> None:
    """GIVEN five wrong passwords WHEN a sixth attempt comes, even with the right password
    THEN it is answered 429 with Retry-After, and the right password is not accepted yet."""
    client = _client(world)
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        response = client.post(
            "/login", data={"username": "rita", "password": "wrong-guess", "csrf": token}
        )
        assert response.status_code == 401
    blocked = client.post(
        "/login",
        data={"username": "rita", "password": "reviewer-pass-1", "csrf": token},
        follow_redirects=False,
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) >= 1


def test_formula_looking_payer_name_exports_inert(world: ReviewWorld) -> None:
    """GIVEN an approved proposal whose payer name and reference look like formulas
    WHEN exported as CSV THEN those cells start with a quote and amounts stay numbers."""
    engine = open_workspace(world.settings).engine
    with Session(engine) as s:
        proposal = s.exec(select(MatchProposal).where(MatchProposal.status == "auto")).first()
        assert proposal is not None
        remittance = s.get(Remittance, proposal.remittance_id)
        assert remittance is not None
        remittance.payer_name = '=HYPERLINK("http://evil.example","x")'
        remittance.payment_reference = "@SUM(A1:A9)"
        s.add(remittance)
        s.commit()
        proposal_id, version = proposal.id, proposal.version
    client = _client(world)
    login(client, "rita")
    token = csrf_of(client.get(f"/proposals/{proposal_id}").text)
    client.post(f"/proposals/{proposal_id}/approve", data={"version": str(version), "csrf": token})
    exported = client.post("/export", data={"layout": "generic", "csrf": token})
    assert exported.status_code == 200
    assert "'=HYPERLINK" in exported.text
    assert "'@SUM" in exported.text
    assert ",=" not in exported.text and ",@" not in exported.text


def test_security_headers_on_pages(world: ReviewWorld) -> None:
    """GIVEN any page WHEN served THEN CSP without inline script, nosniff and frame limits."""
    response = _client(world).get("/login")
    csp = response.headers["content-security-policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers.get("set-cookie", "")
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
