"""Sign-in and sign-out, throttled against password guessing."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import select

from inbox_agent.store import repo
from inbox_agent.store.models import User
from inbox_agent.web.deps import CsrfChecked, SessionDep, StateDep, render
from inbox_agent.web.security import verify_password

router = APIRouter()


@router.get("/login")
def login_page(request: Request) -> Response:
    """The sign-in form."""
    return render(request, "login.html")  # type: ignore[no-any-return]


@router.post("/login", dependencies=[CsrfChecked])
def login(
    request: Request,
    session: SessionDep,
    state: StateDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    """Check the password; after repeated failures answer 429 until the back-off passes."""
    client = request.client.host if request.client else "unknown"
    keys = (f"user:{username.lower()}", f"ip:{client}")
    wait = state.throttle.wait_seconds(*keys)
    if wait > 0:
        response: Response = render(
            request,
            "login.html",
            status_code=429,
            error=f"Too many failed sign-ins. Try again in {int(wait) + 1} seconds.",
        )
        response.headers["Retry-After"] = str(int(wait) + 1)
        return response
    user = session.exec(select(User).where(User.name == username)).first()
    if user is None or not verify_password(user.password_hash, password):
        state.throttle.failed(*keys)
        return render(  # type: ignore[no-any-return]
            request, "login.html", status_code=401, error="Wrong user name or password."
        )
    state.throttle.succeeded(*keys)
    request.session.clear()  # a new session on sign-in: no fixation
    request.session["uid"] = user.id
    repo.record_audit(
        session, actor=user.name, action="user.login", entity="user", entity_id=str(user.id)
    )
    session.commit()
    return RedirectResponse("/queue", status_code=303)


@router.post("/logout", dependencies=[CsrfChecked])
def logout(request: Request) -> Response:
    """Forget the session."""
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
