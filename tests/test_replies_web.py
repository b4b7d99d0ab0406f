"""The Drafts pages of the review app: list, read, edit, approve; all in the audit trail.

The world is the demo's (tests/web_support.py): its pass drafts replies to the invoice
request, the statement request, the dispute, the promise and the remittances.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from inbox_agent.mail.parse import parse_message
from inbox_agent.store.models import AuditEvent, ReplyDraft
from inbox_agent.workspace import open_workspace
from tests.web_support import ReviewWorld, build_world, csrf_of, login


@pytest.fixture
def world(tmp_path: Path) -> ReviewWorld:
    return build_world(tmp_path)


def _client(world: ReviewWorld, user: str = "rita") -> TestClient:
    client = TestClient(world.app, base_url="http://testserver")
    login(client, user)
    return client


def _draft(world: ReviewWorld, category: str) -> ReplyDraft:
    with Session(open_workspace(world.settings).engine) as session:
        return session.exec(select(ReplyDraft).where(ReplyDraft.category == category)).one()


def _events(world: ReviewWorld, draft_id: int) -> list[AuditEvent]:
    with Session(open_workspace(world.settings).engine) as session:
        return list(
            session.exec(
                select(AuditEvent)
                .where(AuditEvent.entity == "reply_draft", AuditEvent.entity_id == str(draft_id))
                .order_by(col(AuditEvent.id))
            ).all()
        )


def test_drafts_page_lists_drafts_disputes_and_promises(world: ReviewWorld) -> None:
    """GIVEN the demo's drafts WHEN a reviewer opens Drafts (linked from every page)
    THEN each draft is listed with its category and recipient; the disputes view shows the
    logged dispute on INV-20006, the promises view the promise for INV-40003 and its
    follow-up day; the status filter narrows the list."""
    client = _client(world)
    assert 'href="/drafts"' in client.get("/queue").text
    page = client.get("/drafts")
    assert page.status_code == 200
    for category in ("invoice_request", "statement_request", "dispute", "payment_promise"):
        assert f"<td>{category}</td>" in page.text
    assert "ap@lioncity.example.sg" in page.text
    disputes = client.get("/drafts?view=disputes").text
    assert "D-00001" in disputes and "INV-20006" in disputes and "price" in disputes
    promises = client.get("/drafts?view=promises").text
    assert "INV-40003" in promises and "2026-12-05" in promises and "2026-12-06" in promises
    assert "No drafts with status approved" in client.get("/drafts?status=approved").text


def test_reviewer_edits_then_approves_and_both_are_audited(world: ReviewWorld) -> None:
    """GIVEN the dispute's draft WHEN a reviewer edits its text and then approves it
    THEN the page shows the new text and who approved it, the draft is ``approved`` and
    no longer editable, and the audit trail holds draft.created, draft.saved,
    draft.edited (before and after) and draft.approved (not sendable under the rules)."""
    draft = _draft(world, "dispute")
    assert draft.id is not None
    client = _client(world)
    page = client.get(f"/drafts/{draft.id}")
    assert page.status_code == 200
    assert "INV-20006" in page.text and "D-00001" in page.text
    new_body = draft.body.replace("within two\nbusiness days", "by Friday")

    edited = client.post(
        f"/drafts/{draft.id}/edit",
        data={
            "csrf": csrf_of(page.text),
            "version": "1",
            "subject": draft.subject,
            "body": new_body,
        },
        follow_redirects=True,
    )
    assert "saved" in edited.text and "by Friday" in edited.text
    approved = client.post(
        f"/drafts/{draft.id}/approve",
        data={"csrf": csrf_of(edited.text), "version": "2"},
        follow_redirects=True,
    )

    assert "approved" in approved.text and "Approved by rita" in approved.text
    assert 'id="edit-form"' not in approved.text
    after = _draft(world, "dispute")
    assert (after.status, after.approved_by, after.edited_by) == ("approved", "rita", "rita")
    assert after.approved_at is not None and "by Friday" in after.body
    actions = [(e.action, e.actor) for e in _events(world, draft.id)]
    assert actions == [
        ("draft.created", "agent"),
        ("draft.saved", "agent"),
        ("draft.edited", "rita"),
        ("draft.approved", "rita"),
    ]
    edit_event = _events(world, draft.id)[2]
    assert edit_event.before is not None and edit_event.after is not None
    assert "within two" in edit_event.before["body"] and "by Friday" in edit_event.after["body"]
    assert _events(world, draft.id)[3].after["send_allowed"] is False  # type: ignore[index]

    again = client.post(
        f"/drafts/{draft.id}/edit",
        data={"csrf": csrf_of(approved.text), "version": "3", "subject": "x", "body": "y"},
        follow_redirects=True,
    )
    assert "can no longer be edited" in again.text
    assert len(_events(world, draft.id)) == 4


def test_a_stale_form_is_a_conflict_not_an_overwrite(world: ReviewWorld) -> None:
    """GIVEN two reviewers with the same draft open WHEN the second saves after the first
    THEN the second gets a conflict message and the first's text stands."""
    draft = _draft(world, "payment_promise")
    rita, adam = _client(world, "rita"), _client(world, "adam")
    rita_page, adam_page = rita.get(f"/drafts/{draft.id}"), adam.get(f"/drafts/{draft.id}")
    for client, page, text in ((rita, rita_page, "Rita's text"), (adam, adam_page, "Adam's")):
        response = client.post(
            f"/drafts/{draft.id}/edit",
            data={"csrf": csrf_of(page.text), "version": "1", "subject": "S", "body": text},
            follow_redirects=True,
        )
    assert "was changed by rita" in response.text
    assert _draft(world, "payment_promise").body == "Rita's text\n"


def test_files_and_the_edited_eml_can_be_downloaded(world: ReviewWorld) -> None:
    """GIVEN the statement draft WHEN its files and .eml are downloaded after an edit
    THEN the PDF and XLSX are the attached bytes and the .eml carries the edited text
    with its threading headers and both files."""
    draft = _draft(world, "statement_request")
    client = _client(world)
    pdf = client.get(f"/drafts/{draft.id}/attachments/0")
    xlsx = client.get(f"/drafts/{draft.id}/attachments/1")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert xlsx.content.startswith(b"PK")
    assert client.get(f"/drafts/{draft.id}/attachments/2").status_code == 404
    page = client.get(f"/drafts/{draft.id}")
    client.post(
        f"/drafts/{draft.id}/edit",
        data={
            "csrf": csrf_of(page.text),
            "version": "1",
            "subject": draft.subject,
            "body": "Edited statement text.",
        },
    )
    eml = client.get(f"/drafts/{draft.id}/eml")
    parsed = parse_message(eml.content)
    assert "Edited statement text." in parsed.body_text
    assert parsed.in_reply_to == "<demo-007@lioncity.example.sg>"
    assert [a.data for a in parsed.attachments] == [pdf.content, xlsx.content]


def test_draft_pages_need_a_login_and_changes_need_the_form_token(world: ReviewWorld) -> None:
    """GIVEN a draft WHEN read without signing in, or changed without the CSRF token
    THEN the reader is sent to the login page and the change is refused."""
    draft = _draft(world, "dispute")
    anonymous = TestClient(world.app, base_url="http://testserver")
    assert (
        anonymous.get(f"/drafts/{draft.id}", follow_redirects=False)
        .headers["location"]
        .endswith("/login")
    )
    client = _client(world)
    refused = client.post(f"/drafts/{draft.id}/approve", data={"version": "1"})
    assert refused.status_code == 403
    assert _draft(world, "dispute").status == "saved"
