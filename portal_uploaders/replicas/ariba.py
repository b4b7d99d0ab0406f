"""A replica of SAP Business Network's (Ariba's) supplier PO-invoice flow.

Built from ../shared/portals.md and SAP's public supplier help. What it does: a cookie
banner with **Accept All** that covers the page until answered; sign-in in two steps
(**User Name** → **Next** → **Password** → **Sign In**); a TOTP second factor at every
sign-in when the account has one; the **Workbench** tab with an **Orders** tile; the PO
page's **Create Invoice** menu with **Standard Invoice**; the invoice header (**Invoice
#** required, **Invoice Date**, tax category and amount), the **Add to Header** menu whose
**Attachment** item shows a file input and **Add Attachment**; lines with editable
quantities, a remove button and **Update**; **Next** to a review page, **Submit**, and a
confirmation page with **Exit**; **Save** keeps a draft; an **Invoices** tile listing
invoices with their status and document ID, searchable by invoice number.

The quirk the uploader must survive is built in: leaving the Invoice # field starts a
check that takes ``blur_check_seconds``; while it runs the form is busy and every click
on the page is silently dropped, as on the real site.

Assumptions where the public material is silent:
- Duplicate numbers and future dates are refused at **Next** with the messages below.
- Lines are removed with a per-line **Remove** button (the real site selects lines and
  deletes them); quantities of 0 are refused.
- The reference is shown as "Document ID" (``AN`` + digits); the status of a new
  invoice is "Sent".
- Attachments are optional here (a customer setting, off).
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

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

COOKIE = "ariba_session"
CONSENT = "ariba_cookie_consent"
HEADER_FIELDS = ("invoice_number", "invoice_date", "tax_category", "tax", "comments")
TAX_CATEGORIES = ("GST", "VAT", "Sales Tax", "No Tax")
MESSAGES = {
    "number_blank": "Invoice # is required.",
    "duplicate": "Invoice number {0} has been used on a previous invoice. Enter a unique "
    "invoice number.",
    "date_invalid": "Enter the invoice date as YYYY-MM-DD.",
    "date_future": "The invoice date cannot be later than today.",
    "date_backdated": "The invoice date cannot be more than {0} days ago.",
    "no_lines": "An invoice must have at least one line item.",
    "quantity": "Line {0}: the quantity must be greater than zero.",
    "tax": "The tax amount is not a number.",
    "attachment": "This customer requires an attachment.",
    "tax_category": "Select a tax category.",
}

# The HTML templates below keep a page's markup readable on long lines.
# ruff: noqa: E501
PAGES = {
    "base": """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{{ title }} - SAP Business Network</title>
<style>body{font-family:Arial,sans-serif;margin:0}header{background:#354a5f;color:#fff;padding:8px 16px}
header a{color:#fff;margin-right:16px}main{padding:16px}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px}[role=alert]{color:#b00;border:1px solid #b00;padding:8px}
.tile{display:inline-block;border:1px solid #99a;padding:16px;margin:8px;min-width:120px}
.backdrop{position:fixed;inset:0;background:#0006;z-index:10}
.cookies{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:16px;z-index:11}
[role=menu]{border:1px solid #999;display:inline-block;padding:4px}[hidden]{display:none}</style>
</head><body><header><strong>SAP Business Network</strong>
{% if user %}<nav><a href="{{ root }}/dashboard">Home</a><a href="{{ root }}/enablement">Enablement</a>
<a href="{{ root }}/workbench">Workbench</a></nav>{% endif %}</header>
<main>{% block main %}{% endblock %}</main>
{% if not consent %}<div class="backdrop"></div>
<div class="cookies" role="dialog" aria-label="Cookie preferences">
<p>We use cookies to run and improve this site.</p>
<form method="post" action="{{ root }}/cookies"><input type="hidden" name="next" value="{{ here }}">
<button type="submit" name="choice" value="all">Accept All</button>
<button type="submit" name="choice" value="required">Only Required Cookies</button></form></div>{% endif %}
</body></html>""",
    "signin": """{% extends "base" %}{% block main %}<h1>Supplier Login</h1>
{% if expired %}<p role="status">Your session has timed out. Log in again.</p>{% endif %}
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/signin"><p><label for="uid">User Name</label>
<input id="uid" name="username" autocomplete="username"></p><button type="submit">Next</button></form>
{% endblock %}""",
    "password": """{% extends "base" %}{% block main %}<h1>Supplier Login</h1>
<p>{{ username }} <a href="{{ root }}/signin">Change</a></p>
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/signin/password"><p><label for="pw">Password</label>
<input id="pw" name="password" type="password"></p><button type="submit">Sign In</button></form>
{% endblock %}""",
    "verify": """{% extends "base" %}{% block main %}<h1>Two-Factor Authentication</h1>
<p>Enter the verification code from your authenticator app.</p>
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/signin/verify"><p><label for="code">Verification Code</label>
<input id="code" name="code" inputmode="numeric" maxlength="6"></p>
<button type="submit">Verify</button></form>{% endblock %}""",
    "dashboard": """{% extends "base" %}{% block main %}<h1>Home</h1>
<p>Welcome back, {{ user }}.</p>{% endblock %}""",
    "workbench": """{% extends "base" %}{% block main %}<h1>Workbench</h1>
<a class="tile" href="{{ root }}/workbench/orders">{{ n_orders }} Orders</a>
<a class="tile" href="{{ root }}/workbench/invoices">{{ n_invoices }} Invoices</a>{% endblock %}""",
    "orders": """{% extends "base" %}{% block main %}<h1>Orders</h1>
<table><thead><tr><th scope="col">Order Number</th><th scope="col">Customer</th>
<th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th></tr></thead><tbody>
{% for po in orders %}<tr><td><a href="{{ root }}/orders/{{ po.number }}">{{ po.number }}</a></td>
<td>{{ po.customer }}</td><td>{{ po.order_date }}</td><td>{{ po.total|money }} {{ po.currency }}</td>
<td>New</td></tr>{% endfor %}</tbody></table>{% endblock %}""",
    "po": """{% extends "base" %}{% block main %}<h1>Purchase Order: {{ po.number }}</h1>
<p>{{ po.customer }} · {{ po.currency }}</p>
<button type="button" aria-haspopup="menu" aria-controls="create-menu"
 onclick="document.getElementById('create-menu').hidden=false">Create Invoice</button>
<div id="create-menu" role="menu" hidden>
<a role="menuitem" href="{{ root }}/orders/{{ po.number }}/invoice">Standard Invoice</a>
<a role="menuitem" href="{{ root }}/orders/{{ po.number }}">Credit Memo</a>
<a role="menuitem" href="{{ root }}/orders/{{ po.number }}">Line-Item Credit Memo</a></div>
<table><thead><tr><th scope="col">Line #</th><th scope="col">Description</th><th scope="col">Qty</th>
<th scope="col">Unit Price</th></tr></thead><tbody>{% for l in po.lines %}<tr><td>{{ l.number }}</td>
<td>{{ l.description }}</td><td>{{ l.quantity }}</td><td>{{ l.unit_price|money }}</td></tr>{% endfor %}
</tbody></table>{% endblock %}""",
    "invoice": """{% extends "base" %}{% block main %}<h1>Create Invoice</h1>
<p>Standard Invoice against {{ d.po.number }} ({{ d.po.customer }})</p>
{% if errors %}<div role="alert"><ul>{% for e in errors %}<li>{{ e }}</li>{% endfor %}</ul></div>{% endif %}
<p role="status" id="busy-status" aria-live="polite"></p>
<form method="post" enctype="multipart/form-data" id="invoice-form" aria-busy="false"
 action="{{ root }}/orders/{{ d.po.number }}/invoice">
<fieldset><legend>Summary</legend>
<p><label for="inv-num">Invoice #</label>
<input id="inv-num" name="invoice_number" value="{{ d.fields.get('invoice_number', '') }}"></p>
<p><label for="inv-date">Invoice Date</label>
<input id="inv-date" name="invoice_date" placeholder="YYYY-MM-DD" value="{{ d.fields.get('invoice_date', '') }}"></p>
<p><label for="taxcat">Tax Category</label><select id="taxcat" name="tax_category">
<option value="">Select</option>{% for c in tax_categories %}
<option {% if d.fields.get('tax_category') == c %}selected{% endif %}>{{ c }}</option>{% endfor %}</select>
<label for="taxamt">Tax Amount</label><input id="taxamt" name="tax" value="{{ d.fields.get('tax', '') }}"></p>
<button type="button" aria-haspopup="menu"
 onclick="document.getElementById('header-menu').hidden=false">Add to Header</button>
<div id="header-menu" role="menu" hidden>
<button type="button" role="menuitem">Payment Terms</button>
<button type="button" role="menuitem">Comments</button>
<button type="button" role="menuitem" onclick="document.getElementById('att-section').hidden=false;
 document.getElementById('header-menu').hidden=true">Attachment</button>
<button type="button" role="menuitem">Shipping Documents</button></div>
<section id="att-section" aria-label="Attachments" {% if not d.attachments %}hidden{% endif %}>
<h2>Attachments</h2><p><label for="att">Attachment</label><input id="att" type="file" name="attachment">
<button type="submit" name="action" value="add_attachment">Add Attachment</button></p>
<ul aria-label="Attached files">{% for a in d.attachments %}<li>{{ a }}</li>{% endfor %}</ul></section>
</fieldset>
<h2>Line Items</h2><table><thead><tr><th scope="col">Line #</th><th scope="col">Description</th>
<th scope="col">Qty</th><th scope="col">Unit</th><th scope="col">Unit Price</th><th scope="col">Subtotal</th>
<th scope="col"></th></tr></thead><tbody>{% for l in d.lines %}<tr><td>{{ l.number }}</td>
<td>{{ l.description }}</td><td><input name="qty_{{ l.number }}" aria-label="Quantity line {{ l.number }}"
 value="{{ l.quantity }}"></td><td>{{ l.uom }}</td><td>{{ l.unit_price }}</td><td>{{ l.amount()|money }}</td>
<td><button type="submit" name="remove" value="{{ l.number }}">Remove line {{ l.number }}</button></td>
</tr>{% endfor %}</tbody></table>
<p><button type="submit" name="action" value="update">Update</button></p>
<p><label for="sub">Sub Total</label> <output id="sub">{{ d.subtotal()|money }}</output>
<label for="tt">Total Tax</label> <output id="tt">{{ d.charges()|money }}</output>
<label for="due">Amount Due</label> <output id="due">{{ d.total()|money }}</output> {{ d.po.currency }}</p>
<p><button type="submit" name="action" value="save">Save</button>
<button type="submit" name="action" value="next">Next</button></p></form>
<script>
(function(){
  var form=document.getElementById('invoice-form'), status=document.getElementById('busy-status'), busy=false;
  document.getElementById('inv-num').addEventListener('blur', function(){
    busy=true; form.setAttribute('aria-busy','true'); status.textContent='Checking invoice number…';
    fetch('{{ root }}/api/check-number?n='+encodeURIComponent(this.value)).finally(function(){
      busy=false; form.setAttribute('aria-busy','false'); status.textContent='';});
  });
  document.addEventListener('click', function(e){ if(busy){ e.preventDefault(); e.stopImmediatePropagation(); } }, true);
})();
</script>{% endblock %}""",
    "review": """{% extends "base" %}{% block main %}<h1>Review Invoice</h1>
<p>Invoice # {{ d.fields.invoice_number }} · {{ d.fields.invoice_date }} · {{ d.po.number }}</p>
{% if errors %}<div role="alert"><ul>{% for e in errors %}<li>{{ e }}</li>{% endfor %}</ul></div>{% endif %}
<table><thead><tr><th scope="col">Line #</th><th scope="col">Description</th><th scope="col">Qty</th>
<th scope="col">Subtotal</th></tr></thead><tbody>{% for l in d.lines %}<tr><td>{{ l.number }}</td>
<td>{{ l.description }}</td><td>{{ l.quantity }}</td><td>{{ l.amount()|money }}</td></tr>{% endfor %}
</tbody></table><p>Amount Due: {{ d.total()|money }} {{ d.po.currency }}</p>
<form method="post" action="{{ root }}/orders/{{ d.po.number }}/invoice/submit">
<a href="{{ root }}/orders/{{ d.po.number }}/invoice">Previous</a>
<button type="submit" name="action" value="save">Save</button>
<button type="submit" name="action" value="submit">Submit</button></form>{% endblock %}""",
    "confirmation": """{% extends "base" %}{% block main %}<h1>Invoice Submitted</h1>
<p role="status">Invoice {{ i.invoice_number }} has been submitted.</p>
<dl><dt id="dnum">Invoice #</dt><dd aria-labelledby="dnum">{{ i.invoice_number }}</dd>
<dt id="dst">Status</dt><dd aria-labelledby="dst">{{ i.status }}</dd>
<dt id="did">Document ID</dt><dd aria-labelledby="did">{{ i.reference }}</dd></dl>
<a role="button" href="{{ root }}/workbench">Exit</a>{% endblock %}""",
    "invoices": """{% extends "base" %}{% block main %}<h1>Invoices</h1>
<form method="get" action="{{ root }}/workbench/invoices"><label for="q">Invoice #</label>
<input id="q" name="invoice_number" value="{{ q }}"><button type="submit">Search</button></form>
{% if rows %}<table><thead><tr><th scope="col">Invoice #</th><th scope="col">Customer</th>
<th scope="col">Order Number</th><th scope="col">Document ID</th><th scope="col">Status</th>
<th scope="col">Amount</th></tr></thead><tbody>{% for i in rows %}<tr><td>{{ i.invoice_number }}</td>
<td>{{ i.customer }}</td><td>{{ i.po_number }}</td><td>{{ i.reference }}</td><td>{{ i.status }}</td>
<td>{{ i.total|money }} {{ i.currency }}</td></tr>{% endfor %}</tbody></table>
{% else %}<p>No items</p>{% endif %}{% endblock %}""",
}

ENV = templates(PAGES)


def create_app(state: PortalState, *, blur_check_seconds: float = 0.4) -> FastAPI:  # noqa: C901
    """The SAP Business Network replica as an ASGI app (the demo mounts it at ``/ariba``)."""
    app = FastAPI(title="SAP Business Network (replica)", docs_url=None, redoc_url=None)

    add_fault_hook(app, state)
    flow = SignIn(state, COOKIE, "ariba_mfa", login_path="/signin", home_path="/dashboard")
    signed_in, to_login = flow.session, flow.to_login

    def page(request: Request, name: str, session: ReplicaSession | None, **ctx: Any) -> Response:
        return render_page(
            ENV,
            name,
            root=href(request, ""),
            here=request.url.path,
            consent=bool(request.cookies.get(CONSENT)),
            user=session.username if session else None,
            title=ctx.pop("title", name.title()),
            **ctx,
        )

    @app.get("/")
    async def root(request: Request) -> Response:
        return redirect(request, "/signin")

    @app.post("/cookies")
    async def cookies(request: Request) -> Response:
        form = await request.form()
        target = str(form.get("next") or href(request, "/signin"))
        response = redirect(request, "")
        response.headers["location"] = target if target.startswith("/") else href(request, "/")
        response.set_cookie(CONSENT, str(form.get("choice", "all")), max_age=365 * 86400)
        return response

    @app.get("/signin")
    async def signin_page(request: Request, expired: str = "") -> Response:
        return page(request, "signin", None, expired=bool(expired), title="Supplier Login")

    @app.post("/signin")
    async def signin_user(request: Request) -> Response:
        form = await request.form()
        response = redirect(request, "/signin/password")
        response.set_cookie("ariba_user", str(form.get("username", "")).strip())
        return response

    @app.get("/signin/password")
    async def password_page(request: Request) -> Response:
        username = request.cookies.get("ariba_user")
        if not username:
            return redirect(request, "/signin")
        return page(request, "password", None, username=username, title="Supplier Login")

    @app.post("/signin/password")
    async def signin_password(request: Request) -> Response:
        username = request.cookies.get("ariba_user", "")
        form = await request.form()
        account = state.check_password(username, str(form.get("password", "")))
        if account is None:
            message = "Your username or password is incorrect."
            return page(
                request, "password", None, username=username, error=message, status_code=401
            )
        if account.totp_secret:
            return flow.ask_for_code(request, account.username, "/signin/verify")
        return flow.start(request, account.username)

    @app.get("/signin/verify")
    async def verify_page(request: Request) -> Response:
        if flow.owes_code(request) is None:
            return redirect(request, "/signin")
        return page(request, "verify", None, title="Two-Factor Authentication")

    @app.post("/signin/verify")
    async def verify(request: Request) -> Response:
        username = flow.owes_code(request)
        if username is None:
            return redirect(request, "/signin")
        form = await request.form()
        if not state.check_totp(state.accounts[username], str(form.get("code", ""))):
            error = "The verification code is not valid."
            return page(request, "verify", None, error=error, status_code=401)
        return flow.code_accepted(request, username)

    @app.get("/dashboard")
    async def dashboard(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "dashboard", session, title="Home")

    @app.get("/enablement")
    async def enablement(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "dashboard", session, title="Enablement")

    @app.get("/workbench")
    async def workbench(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(
            request,
            "workbench",
            session,
            n_orders=len(state.orders),
            n_invoices=len(state.invoices),
            title="Workbench",
        )

    @app.get("/workbench/orders")
    async def orders(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "orders", session, orders=list(state.orders.values()), title="Orders")

    @app.get("/orders/{number}")
    async def po_page(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "po", session, po=state.orders[number], title=number)

    def draft_of(session: ReplicaSession, number: str, *, fresh: bool = False) -> Draft:
        holder = session.drafts.setdefault(number, {})
        if fresh or "draft" not in holder:
            holder["draft"] = Draft.from_po(state.orders[number], state.today())
        draft: Draft = holder["draft"]
        return draft

    @app.get("/orders/{number}/invoice")
    async def invoice_page(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        draft = draft_of(session, number)
        return page(
            request,
            "invoice",
            session,
            d=draft,
            errors=[],
            tax_categories=TAX_CATEGORIES,
            title="Create Invoice",
        )

    @app.get("/api/check-number")
    async def check_number(n: str = "") -> Response:
        await asyncio.sleep(blur_check_seconds)
        return JSONResponse({"used": state.find_invoice(n) is not None})

    @app.post("/orders/{number}/invoice")
    async def invoice_post(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        draft = draft_of(session, number)
        form = await request.form()
        draft.take(form, HEADER_FIELDS)
        errors: list[str] = []
        upload = await upload_name(form, "attachment")
        if upload is not None:
            if looks_like_pdf(upload[1]):
                draft.attachments.append(upload[0])
            else:
                errors.append("Attachments must be PDF files.")
        if form.get("remove"):
            draft.remove(form["remove"])
        if form.get("action") == "next" and not errors:
            found = problems(draft, state, require_attachment=state.require_attachment)
            if not draft.fields.get("tax_category"):
                found.append(("tax_category", ""))
            errors = [MESSAGES[code].format(detail) for code, detail in found]
            if not errors:
                return redirect(request, f"/orders/{number}/invoice/review")
        return page(
            request,
            "invoice",
            session,
            d=draft,
            errors=errors,
            tax_categories=TAX_CATEGORIES,
            status_code=422 if errors else 200,
            title="Create Invoice",
        )

    @app.get("/orders/{number}/invoice/review")
    async def review(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "review", session, d=draft_of(session, number), errors=[])

    @app.post("/orders/{number}/invoice/submit")
    async def submit(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        draft = draft_of(session, number)
        form = await request.form()
        if form.get("action") != "submit":
            return redirect(request, "/workbench")
        try:
            invoice = store(draft, state, status="Sent")
        except DuplicateInvoiceNumberError as exc:
            error = MESSAGES["duplicate"].format(exc)
            return page(request, "review", session, d=draft, errors=[error], status_code=422)
        session.drafts.pop(number, None)
        return redirect(request, f"/invoices/{invoice.id}/confirmation")

    @app.get("/invoices/{invoice_id}/confirmation")
    async def confirmation(request: Request, invoice_id: int) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        invoice = next(i for i in state.invoices if i.id == invoice_id)
        return page(request, "confirmation", session, i=invoice, title="Invoice Submitted")

    @app.get("/workbench/invoices")
    async def invoices(request: Request, invoice_number: str = "") -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        needle = invoice_number.strip().casefold()
        rows = [i for i in state.invoices if not needle or i.invoice_number.casefold() == needle]
        return page(request, "invoices", session, rows=rows, q=invoice_number, title="Invoices")

    return app
