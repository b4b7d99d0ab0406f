"""A replica of the Taulia supplier portal's PO invoice flow ("PO flip" with an upload).

Built from ../shared/portals.md and Taulia's public supplier help. What it does:
sign-in (**Email**, **Password**, **Sign In**) and two-factor authentication on every new
browser (an authenticator code, "Trust this device", a recovery-code link); **Home** →
**Create Invoice** → search the PO (**PO Number**, **Search**), select it, **Create
Invoice**; the header (**Invoice Number**, unique; **Invoice Date**, never in the future
and, for customers that say so, not more than ``max_backdate_days`` back; **Delivery
Note** and **Supplier VAT Number** with their "?" tooltips); lines whose quantity is
editable and unit price is not, an X per line; no zero-value lines; **Tax Amount**;
**Upload Attachment** and a **Comment** box; **Save** and **Submit**; the invoice list with
status (sub-status on hover) and the Taulia invoice ID.

Submit does nothing when a required field is empty: the fields carry the HTML
``required`` attribute and the browser blocks the form without a message from the portal,
which is what Taulia's help describes ("when Submit does nothing, a required field is
missing").

Assumptions where the public material is silent:
- Totals are recalculated in the browser as quantities and tax are typed.
- The attachment uploads as soon as it is chosen and is required (customer setting, on).
- Additional Items (freight, insurance) and the non-PO and bulk CSV flows are not
  replicated: the uploader does not use them.
- The reference is shown as "Taulia Invoice ID" (``TL-`` + digits); a new invoice is
  "Submitted", with the sub-status "Awaiting approval" on hover.
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
    parse_money,
    parse_quantity,
    redirect,
    render_page,
    templates,
    upload_name,
)
from portal_uploaders.replicas.forms import Draft, problems, store

COOKIE = "taulia_session"
TRUSTED = "taulia_trusted_device"
HEADER_FIELDS = (
    "invoice_number",
    "invoice_date",
    "delivery_note",
    "supplier_vat",
    "tax",
    "comment",
)
MESSAGES = {
    "number_blank": "Invoice Number is required",
    "duplicate": "Invoice number {0} already exists",
    "date_invalid": "Invoice Date must be a date (YYYY-MM-DD)",
    "date_future": "Invoice Date cannot be in the future",
    "date_backdated": "Invoice Date cannot be more than {0} days in the past",
    "no_lines": "Add at least one line",
    "quantity": "Line {0}: quantity must be greater than 0",
    "tax": "Tax Amount must be a number",
    "attachment": "Upload the invoice as an attachment",
    "zero": "Line {0}: lines with zero value are not allowed",
}

# The HTML templates below keep a page's markup readable on long lines.
# ruff: noqa: E501
PAGES = {
    "base": """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }} | Taulia</title>
<style>body{font-family:Helvetica,sans-serif;margin:0}header{background:#1d2f4e;color:#fff;padding:10px 16px}
header a{color:#fff;margin-right:12px}main{padding:16px}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:4px 8px}[role=alert]{color:#a00;border:1px solid #a00;padding:8px}
.help{border-radius:50%;width:20px}</style></head><body><header><strong>taulia</strong>
{% if user %}<nav><a href="{{ root }}/home">Home</a><a href="{{ root }}/invoices">Invoices</a></nav>{% endif %}
</header><main>{% block main %}{% endblock %}</main></body></html>""",
    "login": """{% extends "base" %}{% block main %}<h1>Sign in to Taulia</h1>
{% if expired %}<p role="status">Your session expired. Please sign in again.</p>{% endif %}
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/login"><p><label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username"></p>
<p><label for="password">Password</label><input id="password" name="password" type="password"></p>
<button type="submit">Sign In</button></form>{% endblock %}""",
    "twofa": """{% extends "base" %}{% block main %}<h1>Two-Factor Authentication</h1>
<p>We don't recognise this browser. Enter the code from your authenticator app.</p>
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ root }}/login/2fa"><p><label for="code">Authentication Code</label>
<input id="code" name="code" inputmode="numeric" maxlength="6"></p>
<p><label><input type="checkbox" name="trust"> Trust this device for 30 days</label></p>
<button type="submit">Verify</button></form><p><a href="{{ root }}/login/recovery">Use a recovery code</a></p>
{% endblock %}""",
    "home": """{% extends "base" %}{% block main %}<h1>Home</h1>
<p><a role="button" href="{{ root }}/invoices/create">Create Invoice</a></p>{% endblock %}""",
    "create": """{% extends "base" %}{% block main %}<h1>Create Invoice</h1>
<fieldset><legend>Invoice type</legend><label><input type="radio" name="kind" checked> PO Invoice</label>
<label><input type="radio" name="kind"> Non-PO Invoice</label></fieldset>
<form method="get" action="{{ root }}/invoices/create"><label for="po">PO Number</label>
<input id="po" name="po" value="{{ q }}"><button type="submit">Search</button></form>
{% if error %}<div role="alert">{{ error }}</div>{% endif %}
{% if q %}<form method="post" action="{{ root }}/invoices/create">
{% if rows %}<table><thead><tr><th scope="col">Select</th><th scope="col">PO Number</th>
<th scope="col">Customer</th><th scope="col">Date</th><th scope="col">Amount</th></tr></thead><tbody>
{% for po in rows %}<tr><td><input type="radio" name="po" value="{{ po.number }}" aria-label="Select {{ po.number }}"></td>
<td>{{ po.number }}</td><td>{{ po.customer }}</td><td>{{ po.order_date }}</td>
<td>{{ po.total|money }} {{ po.currency }}</td></tr>{% endfor %}</tbody></table>
<button type="submit">Create Invoice</button>{% else %}<p>No purchase orders found</p>{% endif %}
</form>{% endif %}{% endblock %}""",
    "invoice": """{% extends "base" %}{% block main %}<h1>New Invoice</h1>
<p>PO {{ d.po.number }} · {{ d.po.customer }} · {{ d.po.currency }}</p>
{% if errors %}<div role="alert"><ul>{% for e in errors %}<li>{{ e }}</li>{% endfor %}</ul></div>{% endif %}
<form method="post" enctype="multipart/form-data" id="inv" action="{{ root }}/invoices/new/{{ d.po.number }}">
<input type="hidden" name="auto" id="auto" value="">
<p><label for="num">Invoice Number</label><input id="num" name="invoice_number" required
 value="{{ d.fields.get('invoice_number', '') }}"><button type="button" class="help"
 aria-label="Help: Invoice Number" title="Your invoice number; it must be unique">?</button></p>
<p><label for="date">Invoice Date</label><input id="date" name="invoice_date" required placeholder="YYYY-MM-DD"
 value="{{ d.fields.get('invoice_date', '') }}"><button type="button" class="help" aria-label="Help: Invoice Date"
 title="No future dates">?</button></p>
<p><label for="dn">Delivery Note</label><input id="dn" name="delivery_note" value="{{ d.fields.get('delivery_note', '') }}">
<button type="button" class="help" aria-label="Help: Delivery Note" title="As on the delivery docket">?</button></p>
<p><label for="vat">Supplier VAT Number</label><input id="vat" name="supplier_vat" value="{{ d.fields.get('supplier_vat', '') }}">
<button type="button" class="help" aria-label="Help: Supplier VAT Number" title="Your tax registration">?</button></p>
<table><thead><tr><th scope="col">Line</th><th scope="col">Description</th><th scope="col">Quantity</th>
<th scope="col">Unit Price</th><th scope="col">Amount</th><th scope="col"></th></tr></thead><tbody>
{% for l in d.lines %}<tr><td>{{ l.number }}</td><td>{{ l.description }}</td>
<td><input class="qty" name="qty_{{ l.number }}" aria-label="Quantity line {{ l.number }}" value="{{ l.quantity }}"
 data-price="{{ l.unit_price }}"></td><td>{{ l.unit_price }}</td><td class="amt">{{ l.amount()|money }}</td>
<td><button type="submit" formnovalidate name="remove" value="{{ l.number }}" aria-label="Remove line {{ l.number }}">X</button></td>
</tr>{% endfor %}</tbody></table>
<h2>Additional Items</h2><p>None</p>
<p><label for="tax">Tax Amount</label><input id="tax" name="tax" value="{{ d.fields.get('tax', '') }}"></p>
<p><label for="subtotal">Subtotal</label> <output id="subtotal">{{ d.subtotal()|money }}</output>
<label for="total">Total</label> <output id="total">{{ d.total()|money }}</output> {{ d.po.currency }}</p>
<p><label for="att">Upload Attachment</label><input id="att" type="file" name="attachment" accept=".pdf"
 onchange="document.getElementById('auto').value='attach'; this.form.submit()"></p>
<ul aria-label="Attachments">{% for a in d.attachments %}<li>{{ a }}</li>{% endfor %}</ul>
<p><label for="comment">Comment</label><textarea id="comment" name="comment">{{ d.fields.get('comment', '') }}</textarea></p>
<p><button type="submit" formnovalidate name="action" value="save">Save</button>
<button type="submit" name="action" value="submit">Submit</button></p></form>
<script>
(function(){
  function money(x){ return x.toLocaleString('en-US',{minimumFractionDigits:2, maximumFractionDigits:2}); }
  function recalc(){
    var sub=0; document.querySelectorAll('input.qty').forEach(function(q){
      var v=(parseFloat(q.value)||0)*parseFloat(q.dataset.price);
      v=Math.round(v*100)/100; q.closest('tr').querySelector('.amt').textContent=money(v); sub+=v; });
    var tax=parseFloat(document.getElementById('tax').value)||0;
    document.getElementById('subtotal').textContent=money(sub);
    document.getElementById('total').textContent=money(Math.round((sub+tax)*100)/100);
  }
  document.getElementById('inv').addEventListener('input', recalc);
})();
</script>{% endblock %}""",
    "detail": """{% extends "base" %}{% block main %}<h1>Invoice {{ i.invoice_number }}</h1>
{% if submitted %}<p role="status">Invoice submitted successfully</p>{% endif %}
<dl><dt id="s">Status</dt><dd aria-labelledby="s" title="Awaiting approval">{{ i.status }}</dd>
<dt id="r">Taulia Invoice ID</dt><dd aria-labelledby="r">{{ i.reference }}</dd>
<dt id="t">Total</dt><dd aria-labelledby="t">{{ i.total|money }} {{ i.currency }}</dd></dl>{% endblock %}""",
    "invoices": """{% extends "base" %}{% block main %}<h1>Invoices</h1>
<form method="get" action="{{ root }}/invoices"><label for="s">Search invoices</label>
<input id="s" name="search" value="{{ q }}"><button type="submit">Search</button></form>
{% if rows %}<table><thead><tr><th scope="col">Invoice Number</th><th scope="col">PO Number</th>
<th scope="col">Invoice Date</th><th scope="col">Amount</th><th scope="col">Status</th>
<th scope="col">Taulia ID</th></tr></thead><tbody>{% for i in rows %}<tr><td>{{ i.invoice_number }}</td>
<td>{{ i.po_number }}</td><td>{{ i.invoice_date }}</td><td>{{ i.total|money }} {{ i.currency }}</td>
<td title="Awaiting approval">{{ i.status }}</td><td>{{ i.reference }}</td></tr>{% endfor %}</tbody></table>
{% else %}<p>No invoices match your search.</p>{% endif %}{% endblock %}""",
}

ENV = templates(PAGES)


def create_app(state: PortalState) -> FastAPI:  # noqa: C901  (one small handler per page)
    """The Taulia replica as an ASGI app (the demo mounts it at ``/taulia``)."""
    app = FastAPI(title="Taulia (replica)", docs_url=None, redoc_url=None)

    add_fault_hook(app, state)
    flow = SignIn(state, COOKIE, "taulia_mfa", login_path="/login", home_path="/home")
    signed_in, to_login, start = flow.session, flow.to_login, flow.start

    def page(request: Request, name: str, session: ReplicaSession | None, **ctx: Any) -> Response:
        return render_page(
            ENV,
            name,
            root=href(request, ""),
            user=session.username if session else None,
            title=ctx.pop("title", name.title()),
            **ctx,
        )

    @app.get("/")
    async def root(request: Request) -> Response:
        return redirect(request, "/login")

    @app.get("/login")
    async def login_page(request: Request, expired: str = "") -> Response:
        return page(request, "login", None, expired=bool(expired), title="Sign in")

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        account = state.check_password(str(form.get("email", "")), str(form.get("password", "")))
        if account is None:
            return page(request, "login", None, error="Invalid email or password.", status_code=401)
        if account.totp_secret and request.cookies.get(TRUSTED) != account.username:
            return flow.ask_for_code(request, account.username, "/login/2fa")
        return start(request, account.username)

    @app.get("/login/2fa")
    async def twofa_page(request: Request) -> Response:
        if flow.owes_code(request) is None:
            return redirect(request, "/login")
        return page(request, "twofa", None, title="Two-Factor Authentication")

    @app.post("/login/2fa")
    async def twofa(request: Request) -> Response:
        username = flow.owes_code(request)
        if username is None:
            return redirect(request, "/login")
        form = await request.form()
        if not state.check_totp(state.accounts[username], str(form.get("code", ""))):
            error = "Invalid authentication code."
            return page(request, "twofa", None, error=error, status_code=401)
        response = flow.code_accepted(request, username)
        if form.get("trust"):
            response.set_cookie(TRUSTED, username, max_age=30 * 86400)
        return response

    @app.get("/home")
    async def home(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "home", session, title="Home")

    @app.get("/invoices/create")
    async def create_page(request: Request, po: str = "") -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        needle = po.strip().casefold()
        rows = [o for o in state.orders.values() if needle and needle in o.number.casefold()]
        return page(request, "create", session, q=po, rows=rows, title="Create Invoice")

    @app.post("/invoices/create")
    async def create(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        form = await request.form()
        number = str(form.get("po", ""))
        if number not in state.orders:
            return page(
                request,
                "create",
                session,
                q="",
                rows=[],
                error="Select a purchase order",
                status_code=422,
            )
        session.drafts[number] = {"draft": Draft.from_po(state.orders[number], state.today())}
        return redirect(request, f"/invoices/new/{number}")

    def draft_of(session: ReplicaSession, number: str) -> Draft:
        holder = session.drafts.setdefault(number, {})
        if "draft" not in holder:
            holder["draft"] = Draft.from_po(state.orders[number], state.today())
        draft: Draft = holder["draft"]
        return draft

    @app.get("/invoices/new/{number}")
    async def invoice_page(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        return page(request, "invoice", session, d=draft_of(session, number), errors=[])

    @app.post("/invoices/new/{number}")
    async def invoice_post(request: Request, number: str) -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        draft = draft_of(session, number)
        form = await request.form()
        original_prices = {line.number: line.unit_price for line in draft.lines}
        draft.take(form, HEADER_FIELDS)
        for line in draft.lines:  # the unit price is not editable on a PO invoice
            line.unit_price = original_prices[line.number]
        errors: list[str] = []
        upload = await upload_name(form, "attachment")
        if upload is not None:
            if looks_like_pdf(upload[1]):
                draft.attachments = [upload[0]]
            else:
                errors.append("Only PDF attachments are accepted")
        if form.get("remove"):
            draft.remove(form["remove"])
        if form.get("action") == "submit" and not errors:
            found = problems(draft, state, require_attachment=state.require_attachment)
            found += [
                ("zero", str(line.number))
                for line in draft.lines
                if (parse_quantity(line.quantity) or 0) > 0
                and (parse_money(line.unit_price) or 0) == 0
            ]
            errors = [MESSAGES[code].format(detail) for code, detail in found]
            if not errors:
                try:
                    invoice = store(draft, state, status="Submitted")
                except DuplicateInvoiceNumberError as exc:
                    errors.append(MESSAGES["duplicate"].format(exc))
                else:
                    session.drafts.pop(number, None)
                    return redirect(request, f"/invoices/{invoice.id}?submitted=1")
        return page(
            request,
            "invoice",
            session,
            d=draft,
            errors=errors,
            status_code=422 if errors else 200,
            title="New Invoice",
        )

    @app.get("/invoices")
    async def invoices(request: Request, search: str = "") -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        needle = search.strip().casefold()
        rows = [i for i in state.invoices if not needle or needle in i.invoice_number.casefold()]
        return page(request, "invoices", session, rows=rows, q=search, title="Invoices")

    @app.get("/invoices/{invoice_id}")
    async def detail(request: Request, invoice_id: int, submitted: str = "") -> Response:
        session = signed_in(request)
        if session is None:
            return to_login(request)
        invoice = next(i for i in state.invoices if i.id == invoice_id)
        return page(request, "detail", session, i=invoice, submitted=bool(submitted))

    return app
