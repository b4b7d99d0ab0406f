"""Build the review app: middleware for sessions and security headers, then the pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from inbox_agent.config.active import active_rules, resolve_rules_path
from inbox_agent.settings import Settings
from inbox_agent.web import (
    routes_audit,
    routes_auth,
    routes_cash,
    routes_drafts,
    routes_proposal,
    routes_queue,
    routes_rules,
)
from inbox_agent.web.deps import AppState, LoginRequired, render
from inbox_agent.web.security import LoginThrottle, session_secret
from inbox_agent.workspace import open_workspace

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'self'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "SAMEORIGIN",
}


class SecurityHeaders:
    """Add the headers every page needs; a route's own CSP (the mail frame) wins."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap the app."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add headers to HTTP responses that do not set them."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (k.encode(), v.encode())
                    for k, v in SECURITY_HEADERS.items()
                    if k.encode() not in present
                ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings, *, rules_path: Path | None = None) -> FastAPI:
    """The review app on one workspace; rules are edited at ``rules_path``."""
    workspace = open_workspace(settings)
    path = resolve_rules_path(rules_path)
    app = FastAPI(title="inbox-agent review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.inbox = AppState(
        engine=workspace.engine,
        blobs=workspace.blobs,
        rules_path=path,
        rules=active_rules(path),
        throttle=LoginThrottle(),
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(settings.secret_key, settings.home),
        session_cookie="inbox_agent_session",
        max_age=8 * 3600,
        same_site="strict",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(SecurityHeaders)
    app.mount(
        "/static", StaticFiles(directory=str(Path(__file__).with_name("static"))), name="static"
    )
    for module in (
        routes_auth,
        routes_queue,
        routes_proposal,
        routes_cash,
        routes_drafts,
        routes_rules,
        routes_audit,
    ):
        app.include_router(module.router)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        return render(  # type: ignore[no-any-return]
            request, "error.html", status_code=exc.status_code, detail=exc.detail
        )

    return app
