"""What the three portal replicas share: their in-memory world, sessions, HTML, fault hooks.

A replica keeps its state in a :class:`PortalState` the test (or the demo) builds and can
inspect: accounts, purchase orders, the invoices received. Faults a real portal shows now
and then are switches on the state, so a test can make them happen at an exact moment:

- ``session_timeout`` (seconds of inactivity) and :meth:`PortalState.expire_on` (expire
  the session at the next request whose path contains a text: "mid-flow", on purpose);
- :meth:`PortalState.fail_requests` (the next N requests answer 503);
- ``on_submit`` (called after an invoice is stored and before the answer is sent: the
  crash test kills the uploader there).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import pyotp
from fastapi import FastAPI
from jinja2 import DictLoader, Environment, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class ReplicaAccount:
    """A supplier user; ``totp_secret`` set means the account has a second factor."""

    username: str
    password: str
    totp_secret: str | None = None


@dataclass(frozen=True, slots=True)
class ReplicaPOLine:
    """One purchase-order line."""

    number: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    uom: str = "EA"

    @property
    def amount(self) -> Decimal:
        """Quantity times price, to the cent."""
        return (self.quantity * self.unit_price).quantize(CENT)


@dataclass(frozen=True, slots=True)
class ReplicaPO:
    """A purchase order the buyer sent us through the portal."""

    number: str
    customer: str
    currency: str
    lines: tuple[ReplicaPOLine, ...]
    order_date: date = date(2026, 8, 1)
    payment_term: str = "Net 30"

    @property
    def total(self) -> Decimal:
        """Sum of the lines."""
        return sum((line.amount for line in self.lines), Decimal("0.00"))


@dataclass(slots=True)
class ReplicaInvoice:
    """An invoice the portal holds, with the reference it gave it."""

    id: int
    reference: str
    invoice_number: str
    po_number: str
    customer: str
    currency: str
    invoice_date: date
    lines: list[tuple[int, str, Decimal, Decimal]]
    tax: Decimal
    total: Decimal
    status: str
    attachments: list[str]
    created_at: datetime
    origin: str = "supplier portal"


@dataclass(slots=True)
class ReplicaSession:
    """A signed-in browser; ``draft`` holds a half-filled invoice form per PO."""

    username: str
    last_seen: float
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)


class DuplicateInvoiceNumberError(Exception):
    """The supplier already has an invoice with this number at this portal."""


@dataclass(slots=True)
class PortalState:
    """Everything one replica knows; thread-safe, since uvicorn serves from its own thread."""

    name: str
    accounts: dict[str, ReplicaAccount]
    orders: dict[str, ReplicaPO]
    reference_prefix: str
    first_id: int = 1001
    session_timeout: float = 900.0
    require_attachment: bool = True
    max_backdate_days: int | None = None
    today: Callable[[], date] = field(default=lambda: datetime.now(UTC).date())
    on_submit: Callable[[ReplicaInvoice], None] | None = None
    invoices: list[ReplicaInvoice] = field(default_factory=list)
    sessions: dict[str, ReplicaSession] = field(default_factory=dict)
    pending_mfa: dict[str, str] = field(default_factory=dict)
    submit_requests: int = 0
    sign_in_failures: int = 0
    code_failures: int = 0
    _expire_on: list[str] = field(default_factory=list)
    _fail_next: int = 0
    _lock: threading.RLock = field(default_factory=threading.RLock)

    # --- faults -------------------------------------------------------------------------

    def expire_on(self, path_part: str) -> None:
        """Expire the session at the next signed-in request whose path contains this."""
        with self._lock:
            self._expire_on.append(path_part)

    def fail_requests(self, count: int) -> None:
        """Answer the next ``count`` requests with 503 Service Unavailable."""
        with self._lock:
            self._fail_next = count

    def take_failure(self) -> bool:
        """True (and one fewer to go) while injected 503s remain."""
        with self._lock:
            if self._fail_next > 0:
                self._fail_next -= 1
                return True
            return False

    # --- sign-in and sessions -----------------------------------------------------------

    def check_password(self, username: str, password: str) -> ReplicaAccount | None:
        """The account when user and password match (constant-time compare)."""
        account = self.accounts.get(username.strip())
        if account is None or not secrets.compare_digest(account.password, password):
            with self._lock:
                self.sign_in_failures += 1
            return None
        return account

    def check_totp(self, account: ReplicaAccount, code: str) -> bool:
        """A 6-digit code valid now or one 30-second step either side (clock drift)."""
        code = code.strip()
        ok = (
            account.totp_secret is not None
            and len(code) == 6
            and code.isdigit()
            and pyotp.TOTP(account.totp_secret).verify(code, valid_window=1)
        )
        if not ok:
            with self._lock:
                self.code_failures += 1
        return ok

    def start_mfa(self, username: str) -> str:
        """A token for a browser that passed the password and owes a code."""
        token = secrets.token_urlsafe(16)
        with self._lock:
            self.pending_mfa[token] = username
        return token

    def start_session(self, username: str) -> str:
        """A new signed-in session."""
        token = secrets.token_urlsafe(24)
        with self._lock:
            self.sessions[token] = ReplicaSession(username=username, last_seen=time.monotonic())
        return token

    def session_for(self, token: str | None, path: str) -> ReplicaSession | None:
        """The live session for a cookie, or None when absent, timed out or expired."""
        if not token:
            return None
        with self._lock:
            session = self.sessions.get(token)
            if session is None:
                return None
            now = time.monotonic()
            hit = next((p for p in self._expire_on if p in path), None)
            if hit is not None or now - session.last_seen > self.session_timeout:
                if hit is not None:
                    self._expire_on.remove(hit)
                del self.sessions[token]
                return None
            session.last_seen = now
            return session

    # --- invoices -----------------------------------------------------------------------

    def find_invoice(self, invoice_number: str) -> ReplicaInvoice | None:
        """The invoice with this number (numbers are unique per supplier)."""
        wanted = invoice_number.strip().casefold()
        with self._lock:
            return next((i for i in self.invoices if i.invoice_number.casefold() == wanted), None)

    def add_invoice(self, **fields: Any) -> ReplicaInvoice:
        """Store a submitted invoice and give it the portal's reference.

        Raises:
            DuplicateInvoiceNumberError: the number is taken.
        """
        with self._lock:
            self.submit_requests += 1
            if self.find_invoice(fields["invoice_number"]) is not None:
                raise DuplicateInvoiceNumberError(fields["invoice_number"])
            number = self.first_id + len(self.invoices)
            invoice = ReplicaInvoice(
                id=number,
                reference=f"{self.reference_prefix}{number}",
                created_at=datetime.now(UTC),
                **fields,
            )
            self.invoices.append(invoice)
        if self.on_submit is not None:
            self.on_submit(invoice)
        return invoice


# --- request helpers -------------------------------------------------------------------


def href(request: Request, path: str) -> str:
    """``path`` under the mount point this replica is served at (``/coupa/...``)."""
    return str(request.scope.get("root_path", "")) + path


def redirect(request: Request, path: str) -> RedirectResponse:
    """A 303 to ``path`` under the mount point (POST → GET)."""
    return RedirectResponse(href(request, path), status_code=303)


def unavailable() -> HTMLResponse:
    """The page a portal shows while it is down for a moment."""
    body = "<html><body><h1>Service Unavailable</h1><p>Please try again later.</p></body></html>"
    return HTMLResponse(body, status_code=503)


def parse_money(text: object) -> Decimal | None:
    """A typed amount (``1,234.50``) as a Decimal, or None when it is not one."""
    try:
        value = Decimal(str(text).replace(",", "").strip())
    except InvalidOperation:
        return None
    return value.quantize(CENT) if value.is_finite() else None


def parse_quantity(text: object) -> Decimal | None:
    """A typed quantity, or None when it is not a non-negative number."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def parse_day(text: object) -> date | None:
    """A typed ISO date (YYYY-MM-DD), or None."""
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        return None


def fmt_money(amount: Decimal) -> str:
    """``1,234.50``: how the portals print amounts."""
    return f"{amount.quantize(CENT):,.2f}"


async def upload_name(form: Mapping[str, Any], name: str) -> tuple[str, bytes] | None:
    """The file name and bytes of an uploaded file field, or None when none was chosen."""
    upload = form.get(name)
    filename = getattr(upload, "filename", None)
    if not filename:
        return None
    data: bytes = await upload.read()  # type: ignore[union-attr]
    return str(filename), data


def looks_like_pdf(data: bytes) -> bool:
    """The portals accept PDFs (and images) only; a PDF starts with %PDF-."""
    return data.startswith(b"%PDF-")


def fingerprint(values: Mapping[str, Any]) -> str:
    """A digest of the figures a "Calculate" last saw, to tell stale totals."""
    text = "|".join(f"{k}={values[k]}" for k in sorted(values))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def templates(pages: Mapping[str, str]) -> Environment:
    """A Jinja2 environment over in-module templates, HTML-escaped."""
    env = Environment(loader=DictLoader(dict(pages)), autoescape=select_autoescape(default=True))
    env.filters["money"] = fmt_money
    return env


def render_page(env: Environment, name: str, status_code: int = 200, **context: Any) -> Response:
    """Render template ``name`` as an HTML response."""
    return HTMLResponse(env.get_template(name).render(**context), status_code=status_code)


# --- what every replica's sign-in does the same way --------------------------------------


def add_fault_hook(app: FastAPI, state: PortalState) -> None:
    """Answer 503 while the state says the portal is down (``fail_requests``)."""

    @app.middleware("http")
    async def faults(request: Request, call_next: Any) -> Response:
        if state.take_failure():
            return unavailable()
        response: Response = await call_next(request)
        return response


@dataclass(frozen=True, slots=True)
class SignIn:
    """The cookie plumbing of a portal's sign-in: the session, the code step, the way back.

    The portals differ in pages, wording and paths, not in this: a session cookie scoped
    to the mount point, a short-lived cookie naming the browser that passed the password
    and owes a code, and a redirect to sign in (saying the session expired) when a
    request comes without a live session.
    """

    state: PortalState
    cookie: str
    code_cookie: str
    login_path: str
    home_path: str

    def session(self, request: Request) -> ReplicaSession | None:
        """The live session of this browser, or None."""
        return self.state.session_for(request.cookies.get(self.cookie), request.url.path)

    def to_login(self, request: Request) -> Response:
        """Back to sign in; "expired" when the browser still held a session cookie."""
        expired = "?expired=1" if request.cookies.get(self.cookie) else ""
        response = redirect(request, f"{self.login_path}{expired}")
        response.delete_cookie(self.cookie, path=href(request, "/"))
        return response

    def start(self, request: Request, username: str) -> Response:
        """A new session, and the browser sent home."""
        response = redirect(request, self.home_path)
        response.set_cookie(
            self.cookie, self.state.start_session(username), path=href(request, "/")
        )
        return response

    def ask_for_code(self, request: Request, username: str, code_path: str) -> Response:
        """The password was right and the account has a second factor: go to the code page."""
        response = redirect(request, code_path)
        response.set_cookie(self.code_cookie, self.state.start_mfa(username))
        return response

    def owes_code(self, request: Request) -> str | None:
        """The user whose code this browser owes, or None (then back to sign in)."""
        return self.state.pending_mfa.get(request.cookies.get(self.code_cookie) or "")

    def code_accepted(self, request: Request, username: str) -> Response:
        """The code was right: forget the pending step and start the session."""
        self.state.pending_mfa.pop(request.cookies.get(self.code_cookie) or "", None)
        return self.start(request, username)
