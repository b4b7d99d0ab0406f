"""Request-scoped dependencies: the database session, the signed-in user, CSRF, rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Form, HTTPException, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from sqlmodel import Session

from inbox_agent.config.rules import Rules
from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.models import User, UserRole
from inbox_agent.web.security import LoginThrottle, csrf_ok, new_csrf_token

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


@dataclass
class AppState:
    """What every request may need; one per app instance."""

    engine: Engine
    blobs: BlobStore
    rules_path: Path
    rules: Rules
    throttle: LoginThrottle


class LoginRequired(Exception):
    """Raised by the user dependency; the app turns it into a redirect to /login."""


def app_state(request: Request) -> AppState:
    """The app's shared state."""
    state: AppState = request.app.state.inbox
    return state


def db_session(request: Request) -> Iterator[Session]:
    """One session per request, committed by the handler that changes something."""
    with Session(app_state(request).engine, expire_on_commit=False) as session:
        yield session


SessionDep = Annotated[Session, Depends(db_session)]
StateDep = Annotated[AppState, Depends(app_state)]


def csrf_token(request: Request) -> str:
    """This session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = new_csrf_token()
        request.session["csrf"] = token
    return token


def current_user(request: Request, session: SessionDep) -> User:
    """The signed-in user, or a redirect to the login page."""
    user_id = request.session.get("uid")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None:
        raise LoginRequired
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def admin_user(user: CurrentUser) -> User:
    """Only admins own rules.yaml and users."""
    if user.role != UserRole.ADMIN.value:
        raise HTTPException(status_code=403, detail="This page is for admins.")
    return user


AdminUser = Annotated[User, Depends(admin_user)]


def check_csrf(request: Request, csrf: Annotated[str | None, Form()] = None) -> None:
    """Refuse a state-changing request whose form token does not match the session's."""
    given = csrf or request.headers.get("x-csrf-token")
    if not csrf_ok(request.session.get("csrf"), given):
        raise HTTPException(
            status_code=403,
            detail="The form expired or did not come from this app; reload the page and try again.",
        )


CsrfChecked = Depends(check_csrf)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Any:
    """Render a page with what every page needs (user, CSRF token, flash message)."""
    context.setdefault("user", None)
    flash = request.session.pop("flash", None)
    return TEMPLATES.TemplateResponse(
        request,
        name,
        {"csrf": csrf_token(request), "flash": flash, **context},
        status_code=status_code,
    )


def flash(request: Request, message: str, kind: str = "ok") -> None:
    """A one-time message shown on the next page."""
    request.session["flash"] = {"message": message, "kind": kind}
