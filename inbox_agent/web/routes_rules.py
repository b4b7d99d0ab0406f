"""The rules editor for admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import col, select

from inbox_agent.store.models import RulesVersion
from inbox_agent.web import rules_editing
from inbox_agent.web.deps import AdminUser, CsrfChecked, SessionDep, StateDep, flash, render

router = APIRouter(prefix="/admin/rules")
TextForm = Annotated[str, Form()]


def _current(state: StateDep) -> str:
    return state.rules_path.read_text(encoding="utf-8") if state.rules_path.exists() else ""


@router.get("")
def editor(request: Request, state: StateDep, user: AdminUser) -> Response:
    """rules.yaml in a text area."""
    return render(  # type: ignore[no-any-return]
        request,
        "rules_edit.html",
        user=user,
        text=_current(state),
        problems=[],
        path=state.rules_path,
    )


@router.post("/preview", dependencies=[CsrfChecked])
def preview(
    request: Request, session: SessionDep, state: StateDep, user: AdminUser, text: TextForm
) -> Response:
    """Validate; if good, show the diff and what the rules would do to recent mail."""
    rules, problems = rules_editing.validate(text)
    if rules is None or problems:
        return render(  # type: ignore[no-any-return]
            request,
            "rules_edit.html",
            status_code=422,
            user=user,
            text=text,
            problems=problems,
            path=state.rules_path,
        )
    run = rules_editing.dry_run(session, state.blobs, rules)
    return render(  # type: ignore[no-any-return]
        request,
        "rules_preview.html",
        user=user,
        text=text,
        diff=rules_editing.diff(_current(state), text),
        run=run,
        sha=rules_editing.sha256_text(text),
    )


@router.post("/save", dependencies=[CsrfChecked])
def save(
    request: Request,
    session: SessionDep,
    state: StateDep,
    user: AdminUser,
    text: TextForm,
    sha: TextForm,
) -> Response:
    """Save the text whose diff the admin saw (the hash proves it is the same text)."""
    if rules_editing.sha256_text(text) != sha:
        raise HTTPException(400, "The text changed after the preview; preview it again.")
    try:
        state.rules = rules_editing.save(session, state.rules_path, text, author=user.name)
    except ValueError as exc:
        flash(request, str(exc), "error")
        return RedirectResponse("/admin/rules", status_code=303)
    session.commit()
    flash(request, "Rules saved; the agent uses them from its next pass.")
    return RedirectResponse("/admin/rules/history", status_code=303)


@router.get("/history")
def history(request: Request, session: SessionDep, state: StateDep, user: AdminUser) -> Response:
    """Every saved version, newest first."""
    rules_editing.ensure_first_version(session, state.rules_path)
    session.commit()
    versions = session.exec(select(RulesVersion).order_by(col(RulesVersion.id).desc())).all()
    current = rules_editing.sha256_text(_current(state))
    return render(  # type: ignore[no-any-return]
        request, "rules_history.html", user=user, versions=versions, current=current
    )


@router.get("/history/{version_id}")
def version(
    request: Request, version_id: int, session: SessionDep, state: StateDep, user: AdminUser
) -> Response:
    """One old version, with its diff against the file in force."""
    row = session.get(RulesVersion, version_id)
    if row is None:
        raise HTTPException(404, "No such version.")
    return render(  # type: ignore[no-any-return]
        request,
        "rules_version.html",
        user=user,
        version=row,
        diff=rules_editing.diff(_current(state), row.text),
    )


@router.post("/revert/{version_id}", dependencies=[CsrfChecked])
def revert(
    request: Request, version_id: int, session: SessionDep, state: StateDep, user: AdminUser
) -> Response:
    """Bring an old version back; recorded as a new version, so history only grows."""
    row = session.get(RulesVersion, version_id)
    if row is None:
        raise HTTPException(404, "No such version.")
    try:
        state.rules = rules_editing.save(session, state.rules_path, row.text, author=user.name)
    except ValueError as exc:
        flash(request, f"Version {version_id} no longer validates: {exc}", "error")
        return RedirectResponse("/admin/rules/history", status_code=303)
    session.commit()
    flash(request, f"Reverted to version {version_id}.")
    return RedirectResponse("/admin/rules/history", status_code=303)
