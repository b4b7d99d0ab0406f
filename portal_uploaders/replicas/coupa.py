"""A replica of the Coupa Supplier Portal's invoice-from-PO flow (server-rendered HTML).

Built from ../shared/portals.md and Coupa's public supplier help. What it does:
sign-in at ``/sessions/new``; an optional "Multi-Factor Authentication" window (6-digit
TOTP, 30 s, "Remember this computer for 30 days"); ``/dashboard``; the **Select
Customer** dropdown top right; the **Orders** tab with the gold-coins **Create Invoice**
action (tooltip "Accept PO and Create Invoice") and red coins for a credit note; the
**Choose Invoicing Details** pop-up (**Save**); the **Create Invoice** page with
**Invoice #** and **Invoice Date** (required, red asterisk; no future date; the number
unique per supplier), payment term and currency from the PO, Delivery Number, Tax Point
Date, Supplier Note, Supplier VAT ID, **Image Scan**, lines from the PO with editable
quantity and price and a red X, shipping, handling, tax, **Calculate**, **Save as Draft**
and **Submit**; the invoice list (Invoice #, Created Date, Status, PO #, Total,
Unanswered Comments, Actions) with a search box; a submitted invoice "Pending Approval".

Assumptions where the public material is silent:
- The Image Scan is uploaded as soon as a file is chosen (Coupa does it in the
  background; here the form posts itself) and is required (a customer setting, on).
- Submit with totals older than the figures on the form is refused with "click
  Calculate" (Coupa recalculates on Calculate only).
- The reference Coupa gives an invoice is shown as "Coupa Invoice ID" on its page.
- Dates are typed as YYYY-MM-DD (the real date picker's format depends on the user's
  locale).
- A session ends after ``session_timeout`` seconds without a request; any page then
  sends the browser back to sign in with "Your session has expired", and a half-filled
  invoice is lost.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response

from portal_uploaders.replicas.common import (
    DuplicateInvoiceNumberError,
    PortalState,
    ReplicaSession,
    SignIn,
    add_fault_hook,
    href,
    looks_like_pdf,
    redirect,
    render_page,
    templates,
    upload_name,
)
from portal_uploaders.replicas.forms import Draft, problems, store

COOKIE = "coupa_session"
DEVICE_COOKIE = "coupa_remembered"
HEADER_FIELDS = (
    "invoice_number",
    "invoice_date",
    "delivery_number",
    "tax_point_date",
    "supplier_note",
    "supplier_vat_id",
    "shipping",
    "handling",
    "tax",
)
MESSAGES = {
    "number_blank": "Invoice # can't be blank",
    "duplicate": "Invoice # {0} has already been taken",
    "date_invalid": "Invoice Date is not a valid date",
    "date_future": "Invoice Date cannot be in the future",
    "date_backdated": "Invoice Date cannot be more than {0} days in the past",
    "no_lines": "An invoice needs at least one line",
    "quantity": "Quantity must be greater than 0 on line {0}; remove the line instead",
    "tax": "Tax is not a number",
    "attachment": "Image Scan is required by this customer",
    "stale": "Totals are out of date: click Calculate before submitting",
}

# The HTML templates below keep a page's markup readable on long lines.
# ruff: noqa: E501
PAGES = {
    "base": """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{{ title }} | Coupa Supplier Portal</title>
<style>body{font-family:sans-serif;margin:0}header{background:#0b3b60;color:#fff;padding:8px 16px;
display:flex;gap:24px;align-items:center}header a{color:#fff}main{padding:16px}
.req{color:#c00}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}
.coins{font-size:20px;text-decoration:none}.gold{color:#d4a017}.red{color:#c00}
[role=alert]{color:#900;border:1px solid #c00;padding:8px;margin:8px 0}
[role=dialog]{border:1px solid #999;padding:16px;max-width:520px;box-shadow:0 4px 12px #0003}
.customer{margin-left:auto}</style></head><body>
<header><strong>coupa supplier portal</strong>
{% if user %}<nav><a href="{{ root }}/dashboard">Home</a> <a href="{{ root }}/orders">Orders</a>
<a href="{{ root }}/invoices">Invoices</a></nav>
<form class="customer" method="get" action="{{ root }}/orders">
<label for="customer-select">Select Customer</label>
<select id="customer-select" name="customer" onchange="this.form.submit()">
<option value="">Select…</option>
{% for c in customers %}<option {% if c == customer %}selected{% endif %}>{{ c }}</option>{% endfor %}
</select></form><span>{{ user }}</span>{% endif %}</header>
<main>{% block main %}{% endblock %}</main></body></html>""",
    "login": """{% extends "base" %}{% block main %}<h1>Login</h1>
{% if expired %}<p role="status">Your session has expired. Please log in again.</p>{% endif %}
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/sessions">
<p><label for="user_login">Email or User Name</label>
<input id="user_login" name="user[login]" autocomplete="username"></p>
<p><label for="user_password">Password</label>
<input id="user_password" name="user[password]" type="password"></p>
<button type="submit">Login</button></form>{% endblock %}""",
    "mfa": """{% extends "base" %}{% block main %}
<div role="dialog" aria-labelledby="mfa-title"><h1 id="mfa-title">Multi-Factor Authentication</h1>
<p>Enter the 6-digit code from your authenticator app.</p>
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/sessions/mfa">
<p><label for="otp">Verification Code</label>
<input id="otp" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"></p>
<p><label><input type="checkbox" name="remember"> Remember this computer for 30 days</label></p>
<button type="submit">Log In</button></form></div>{% endblock %}""",
    "dashboard": """{% extends "base" %}{% block main %}<h1>Home</h1>
<p>Welcome, {{ user }}. Choose a customer under Select Customer to see its orders.</p>
{% endblock %}""",
    "orders": """{% extends "base" %}{% block main %}<h1>Purchase Orders</h1>
{% if not customer %}<p>Select a customer to see its purchase orders.</p>{% else %}
<p>Customer: {{ customer }}</p>
<table><thead><tr><th scope="col">PO Number</th><th scope="col">Order Date</th>
<th scope="col">Status</th><th scope="col">Items</th><th scope="col">Total</th>
<th scope="col">Actions</th></tr></thead><tbody>
{% for po in orders %}<tr><td><a href="{{ root }}/orders/{{ po.number }}">{{ po.number }}</a></td>
<td>{{ po.order_date }}</td><td>Issued</td><td>{{ po.lines|length }}</td>
<td>{{ po.total|money }} {{ po.currency }}</td>
<td><a class="coins gold" href="{{ root }}/orders/{{ po.number }}/flip" aria-label="Create Invoice"
 title="Accept PO and Create Invoice">&#9679;</a>
<a class="coins red" href="{{ root }}/orders/{{ po.number }}" aria-label="Create Credit Note"
 title="Create Credit Note">&#9679;</a></td></tr>{% endfor %}
</tbody></table>{% endif %}{% endblock %}""",
    "po": """{% extends "base" %}{% block main %}<h1>Purchase Order {{ po.number }}</h1>
<p>{{ po.customer }} · {{ po.currency }} · {{ po.payment_term }}</p>
<table><thead><tr><th scope="col">Line</th><th scope="col">Description</th>
<th scope="col">Qty</th><th scope="col">Price</th></tr></thead><tbody>
{% for l in po.lines %}<tr><td>{{ l.number }}</td><td>{{ l.description }}</td>
<td>{{ l.quantity }}</td><td>{{ l.unit_price|money }}</td></tr>{% endfor %}</tbody></table>
<p><a role="button" href="{{ root }}/orders/{{ po.number }}/flip">Create Invoice</a></p>
{% endblock %}""",
    "flip": """{% extends "base" %}{% block main %}
<div role="dialog" aria-labelledby="cid-title"><h2 id="cid-title">Choose Invoicing Details</h2>
<form method="post" action="{{ root }}/orders/{{ po.number }}/flip">
{% for label, value in choices %}<p><label for="c{{ loop.index }}">{{ label }}</label>
<select id="c{{ loop.index }}" name="c{{ loop.index }}"><option selected>{{ value }}</option></select></p>
{% endfor %}<button type="submit">Save</button></form></div>{% endblock %}""",
    "invoice": """{% extends "base" %}{% block main %}<h1>Create Invoice</h1>
<p>PO {{ d.po.number }} · {{ d.po.customer }}</p>
{% if errors %}<div role="alert"><ul>{% for e in errors %}<li>{{ e }}</li>{% endfor %}</ul></div>{% endif %}
<form method="post" enctype="multipart/form-data" id="invoice-form"
 action="{{ root }}/orders/{{ d.po.number }}/invoices/new">
<input type="hidden" name="auto" id="auto" value="">
<p><label for="inv-num">Invoice # <span class="req">*</span></label>
<input id="inv-num" name="invoice_number" value="{{ d.fields.get('invoice_number', '') }}"></p>
<p><label for="inv-date">Invoice Date <span class="req">*</span></label>
<input id="inv-date" name="invoice_date" placeholder="YYYY-MM-DD" value="{{ d.fields.get('invoice_date', '') }}"></p>
<p>Payment Term: {{ d.po.payment_term }} · Currency: {{ d.po.currency }}</p>
<p><label for="dn">Delivery Number</label><input id="dn" name="delivery_number" value="{{ d.fields.get('delivery_number', '') }}"></p>
<p><label for="tpd">Tax Point Date</label><input id="tpd" name="tax_point_date" value="{{ d.fields.get('tax_point_date', '') }}"></p>
<p><label for="note">Supplier Note</label><textarea id="note" name="supplier_note">{{ d.fields.get('supplier_note', '') }}</textarea></p>
<p><label for="vat">Supplier VAT ID</label><input id="vat" name="supplier_vat_id" value="{{ d.fields.get('supplier_vat_id', '') }}"></p>
<p><label for="scan">Image Scan</label>
<input id="scan" type="file" name="image_scan" accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff"
 onchange="document.getElementById('auto').value='attach'; this.form.submit()">
{% for a in d.attachments %}<span>Attached: <a href="#">{{ a }}</a></span>{% endfor %}</p>
<h2>Lines</h2>
<table><thead><tr><th scope="col">Line</th><th scope="col">Description</th><th scope="col">Quantity</th>
<th scope="col">Price</th><th scope="col">UOM</th><th scope="col">Total</th><th scope="col"></th></tr></thead>
<tbody>{% for l in d.lines %}<tr><td>{{ l.number }}</td><td>{{ l.description }}</td>
<td><input name="qty_{{ l.number }}" aria-label="Quantity line {{ l.number }}" value="{{ l.quantity }}"></td>
<td><input name="price_{{ l.number }}" aria-label="Price line {{ l.number }}" value="{{ l.unit_price }}"></td>
<td>{{ l.uom }}</td><td>{{ l.amount()|money }}</td>
<td><button type="submit" name="remove" value="{{ l.number }}" aria-label="Remove line {{ l.number }}"
 style="color:#c00">&#10005;</button></td></tr>{% endfor %}</tbody></table>
<p><label for="ship">Shipping</label><input id="ship" name="shipping" value="{{ d.fields.get('shipping', '') }}">
<label for="hand">Handling</label><input id="hand" name="handling" value="{{ d.fields.get('handling', '') }}">
<label for="tax">Tax</label><input id="tax" name="tax" value="{{ d.fields.get('tax', '') }}"></p>
<p><button type="submit" name="action" value="calculate">Calculate</button></p>
<p><label for="net">Lines Net Total</label> <output id="net">{{ d.subtotal()|money }}</output>
<label for="grand">Total</label> <output id="grand">{{ d.total()|money }}</output> {{ d.po.currency }}</p>
<p><button type="submit" name="action" value="draft">Save as Draft</button>
<button type="submit" name="action" value="submit">Submit</button></p></form>{% endblock %}""",
    "invoices": """{% extends "base" %}{% block main %}<h1>Invoices</h1>
<form method="get" action="{{ root }}/invoices"><label for="q">Search</label>
<input id="q" name="q" value="{{ q }}"><button type="submit">Search</button></form>
{% if rows %}<table><thead><tr><th scope="col">Invoice #</th><th scope="col">Created Date</th>
<th scope="col">Status</th><th scope="col">PO #</th><th scope="col">Total</th>
<th scope="col">Unanswered Comments</th><th scope="col">Actions</th></tr></thead><tbody>
{% for i in rows %}<tr><td><a href="{{ root }}/invoices/{{ i.id }}">{{ i.invoice_number }}</a></td>
<td>{{ i.created_at.date() }}</td><td>{{ i.status }}</td><td>{{ i.po_number }}</td>
<td>{{ i.total|money }}</td><td>0</td><td><a href="{{ root }}/invoices/{{ i.id }}">View</a></td></tr>
{% endfor %}</tbody></table>{% else %}<p>No results found</p>{% endif %}{% endblock %}""",
    "detail": """{% extends "base" %}{% block main %}<h1>Invoice {{ i.invoice_number }}</h1>
{% if submitted %}<p role="status">Your invoice has been submitted.</p>{% endif %}
<dl><dt id="st">Status</dt><dd aria-labelledby="st">{{ i.status }}</dd>
<dt id="ref">Coupa Invoice ID</dt><dd aria-labelledby="ref">{{ i.reference }}</dd>
<dt id="po">PO #</dt><dd aria-labelledby="po">{{ i.po_number }}</dd>
<dt id="tot">Total</dt><dd aria-labelledby="tot">{{ i.total|money }} {{ i.currency }}</dd></dl>
{% endblock %}""",
}

ENV = templates(PAGES)


def create_app(state: PortalState) -> FastAPI:  # noqa: C901  (one small handler per page)
    """The Coupa replica as an ASGI app; mount it (the demo and tests use ``/coupa``)."""
    app = FastAPI(title="Coupa Supplier Portal (replica)", docs_url=None, redoc_url=None)

    add_fault_hook(app, state)
    flow = SignIn(state, COOKIE, "coupa_mfa", login_path="/sessions/new", home_path="/dashboard")
    signed_in, to_login, start = flow.session, flow.to_login, flow.start

    def page(request: Request, name: str, session: ReplicaSession | None, **ctx: Any) -> Response:
        customers = sorted({po.customer for po in state.orders.values()})
        customer = session.drafts.get("_customer", {}).get("name") if session else None
        return render_page(
            ENV,
            name,
            root=href(request, ""),
            user=session.username if session else None,
            customers=customers,
            customer=customer,
            title=ctx.pop("title", name.title()),
            **ctx,
        )

    @app.get("/")
    async def root(request: Request) -> Response:
        return redirect(request, "/sessions/new")

    @app.get("/sessions/new")
    async def login_page(request: Request, expired: str = "") -> Response:
        return page(request, "login", None, expired=bool(expired), title="Login")

    @app.post("/sessions")
    async def login(request: Request) -> Response:
        form = await request.form()
        account = state.check_password(
            str(form.get("user[login]", "")), str(form.get("user[password]", ""))
        )
        if account is None:
            return page(request, "login", None, error="Invalid email or password.", status_code=401)
        remembered = request.cookies.get(DEVICE_COOKIE) == account.username
        if account.totp_secret and not remembered:
            return flow.ask_for_code(request, account.username, "/sessions/mfa")
        return start(request, account.username)

    @app.get("/sessions/mfa")
    async def mfa_page(request: Request) -> Response:
        if flow.owes_code(request) is None:
            return redirect(request, "/sessions/new")
        return page(request, "mfa", None, title="Multi-Factor Authentication")

    @app.post("/sessions/mfa")
    async def mfa(request: Request) -> Response:
        username = flow.owes_code(request)
        if username is None:
            return redirect(request, "/sessions/new")
        form = await request.form()
        if not state.check_totp(state.accounts[username], str(form.get("code", ""))):
            message = "Invalid verification code. Please try again."
            return page(request, "mfa", None, error=message, status_code=401)
        response = flow.code_accepted(request, username)
        if form.get("remember"):
            response.set_cookie(DEVICE_COOKIE, username, max_age=30 * 86400)
        return response

    @app.get("/dashboard")
    async def dashboard(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "dashboard", session, title="Home")

    @app.get("/orders")
    async def orders(request: Request, customer: str | None = None) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        if customer is not None:
            session.drafts["_customer"] = {"name": customer}
        chosen = session.drafts.get("_customer", {}).get("name")
        rows = [po for po in state.orders.values() if po.customer == chosen]
        return page(request, "orders", session, orders=rows, title="Orders")

    @app.get("/orders/{number}")
    async def po_page(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        po = state.orders.get(number)
        if po is None:
            return page(request, "dashboard", session, status_code=404)
        return page(request, "po", session, po=po, title=po.number)

    @app.get("/orders/{number}/flip")
    async def flip_page(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        po = state.orders[number]
        choices = [
            ("Legal Entity", "Northwind Supplies Pty Ltd"),
            ("Invoice From", "Northwind Supplies, Sydney"),
            ("Remit-To", "Northwind Supplies - Westpac 032-000 123456"),
            ("Ship From", "Northwind Warehouse, Botany"),
        ]
        return page(request, "flip", session, po=po, choices=choices, title="Invoicing Details")

    @app.post("/orders/{number}/flip")
    async def flip(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        session.drafts[number] = {"draft": Draft.from_po(state.orders[number], state.today())}
        return redirect(request, f"/orders/{number}/invoices/new")

    def draft_of(session: ReplicaSession, number: str) -> Draft:
        holder = session.drafts.setdefault(number, {})
        if "draft" not in holder:
            holder["draft"] = Draft.from_po(state.orders[number], state.today())
        draft: Draft = holder["draft"]
        return draft

    @app.get("/orders/{number}/invoices/new")
    async def invoice_page(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        draft = draft_of(session, number)
        return page(request, "invoice", session, d=draft, errors=[], title="Create Invoice")

    @app.post("/orders/{number}/invoices/new")
    async def invoice_post(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        draft = draft_of(session, number)
        form = await request.form()
        draft.take(form, HEADER_FIELDS)
        errors: list[str] = []
        upload = await upload_name(form, "image_scan")
        if upload is not None:
            if looks_like_pdf(upload[1]):
                draft.attachments = [upload[0]]
            else:
                errors.append("Image Scan must be a PDF, PNG, JPG or TIFF file")
        if form.get("remove"):
            draft.remove(form["remove"])
        action = str(form.get("action", ""))
        if action == "calculate":
            draft.calculated = draft.figures()
        if action == "submit":
            found = problems(draft, state, require_attachment=state.require_attachment)
            if draft.calculated != draft.figures():
                found.append(("stale", ""))
            errors += [MESSAGES[code].format(detail) for code, detail in found]
            if not errors:
                try:
                    invoice = store(draft, state, status="Pending Approval")
                except DuplicateInvoiceNumberError as exc:
                    errors.append(MESSAGES["duplicate"].format(exc))
                else:
                    session.drafts.pop(number, None)
                    return redirect(request, f"/invoices/{invoice.id}?submitted=1")
        status = 422 if errors else 200
        return page(
            request,
            "invoice",
            session,
            d=draft,
            errors=errors,
            status_code=status,
            title="Create Invoice",
        )

    @app.get("/invoices")
    async def invoices(request: Request, q: str = "") -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        needle = q.strip().casefold()
        rows = [
            i
            for i in state.invoices
            if not needle
            or needle in i.invoice_number.casefold()
            or needle in i.po_number.casefold()
        ]
        return page(request, "invoices", session, rows=rows, q=q, title="Invoices")

    @app.get("/invoices/{invoice_id}")
    async def invoice_detail(request: Request, invoice_id: int, submitted: str = "") -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        invoice = next((i for i in state.invoices if i.id == invoice_id), None)
        if invoice is None:
            return page(request, "dashboard", session, status_code=404)
        return page(
            request,
            "detail",
            session,
            i=invoice,
            submitted=bool(submitted),
            title=invoice.invoice_number,
        )

    return app
