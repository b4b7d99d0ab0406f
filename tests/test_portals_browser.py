"""The three portal uploaders in Debian's Chromium against the local portal replicas.

Each test serves fresh replicas (uvicorn in a thread on a free loopback port) and drives
them through the real upload run: ledger, channel, uploader, flow file. One Chromium is
shared by the module to keep the suite fast.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright
from sqlalchemy import Engine

from inbox_agent.config.rules import Rules
from inbox_agent.store.db import make_engine, migrate
from portal_uploaders.browser import CHROMIUM, CHROMIUM_ARGS, BrowserHost
from portal_uploaders.channels import ChannelContext
from portal_uploaders.demo import DEMO_SECRETS, SampleInvoice, demo_lookup, world_for
from portal_uploaders.ledger import RetryPolicy, UploadLedger
from portal_uploaders.replicas import ReplicaAccount, ReplicaServer, ReplicaWorld, serve
from portal_uploaders.runner import UploadOutcome, UploadRun
from portal_uploaders.testing import account_for, invoice_for, rules_for, seed

PORTALS = ("coupa", "ariba", "taulia")
COUPA_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
TEMPLATE: dict[str, Path] = {}


@pytest.fixture(autouse=True)
def _template(template_db: Path) -> None:
    TEMPLATE["db"] = template_db


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per module, copied for each test (migrating takes ~0.5 s)."""
    path = tmp_path_factory.mktemp("portal-db") / "template.sqlite"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise RuntimeError("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=CHROMIUM, args=list(CHROMIUM_ARGS), headless=True
        )
        yield instance
        instance.close()


@dataclass
class World:
    """One test's replicas, store and rules."""

    server: ReplicaServer
    replicas: ReplicaWorld
    engine: Engine
    rules: Rules
    home: Path
    browser: Browser

    def upload(
        self, lookup: Callable[[str], str | None] = demo_lookup, **retry: Any
    ) -> list[UploadOutcome]:
        run = UploadRun(
            engine=self.engine,
            rules=self.rules,
            home=self.home,
            context=ChannelContext(host=BrowserHost(self.browser), lookup=lookup),
            retry=RetryPolicy(**({"attempts": 3, "base_seconds": 0.01} | retry)),
        )
        try:
            return list(run.run())
        finally:
            for_close = run.context.host
            for_close.close()

    def ledger(self, portal: str, number: str) -> Any:
        return UploadLedger(self.engine).entry(portal=portal, invoice_number=number)


@contextmanager
def world(
    tmp_path: Path,
    browser: Browser,
    invoices: list[SampleInvoice],
    *,
    overrides: dict[str, dict[str, Any]] | None = None,
    blur: float = 0.4,
) -> Iterator[World]:
    replicas = world_for(invoices)
    with serve(replicas, ariba_blur_seconds=blur) as server:
        accounts = {
            p: account_for(
                p,
                server.portal_url(p),
                totp=p != "coupa",
                flow_overrides=(overrides or {}).get(p, {}),
            )
            for p in {i.portal for i in invoices}
        }
        rules = rules_for(accounts)
        home = tmp_path / "home"
        home.mkdir()
        shutil.copyfile(TEMPLATE["db"], home / "db.sqlite")
        engine = make_engine(f"sqlite:///{home / 'db.sqlite'}")
        seed(engine, rules, home, invoices)
        try:
            yield World(server, replicas, engine, rules, home, browser)
        finally:
            engine.dispose()


def with_secret(name: str, value: str) -> Callable[[str], str | None]:
    return lambda asked: value if asked == name else demo_lookup(asked)


@pytest.mark.parametrize("portal", PORTALS)
def test_full_submission_on_each_portal_replica(
    portal: str, browser: Browser, tmp_path: Path
) -> None:
    """GIVEN an invoice due for a portal whose PO has a freight line we do not bill
    WHEN the upload runs THEN the portal holds the invoice with our total, our PDF and
    without the freight line, the ledger says submitted with the reference the portal
    shows, and a screenshot of every step is on disk and on the ledger row."""
    invoice = invoice_for(portal, f"INV-{portal.upper()}-1")
    with world(tmp_path, browser, [invoice]) as w:
        if portal == "coupa":  # Coupa's optional multi-factor sign-in, switched on
            username, password, _ = DEMO_SECRETS["coupa"]
            w.replicas.coupa.accounts = {username: ReplicaAccount(username, password, COUPA_SEED)}
            w.rules = rules_for(
                {"coupa": account_for("coupa", w.server.portal_url("coupa"), totp=True)}
            )
        lookup = with_secret("INBOX_AGENT_COUPA_TOTP_SECRET", COUPA_SEED)
        [outcome] = w.upload(lookup)

        assert outcome.status == "submitted", outcome.error
        [held] = w.replicas.portal(portal).invoices
        assert outcome.portal_reference == held.reference
        assert held.total == invoice.amount
        assert held.attachments == [f"{invoice.invoice_number}.pdf"]
        assert [line[0] for line in held.lines] == [1, 2]
        entry = w.ledger(portal, invoice.invoice_number)
        assert entry.status == "submitted"
        assert entry.portal_reference == held.reference
        assert entry.channel == "browser"
        names = [Path(p).name for p in entry.screenshots]
        assert names[0] == "01-signed-in.png"
        assert "07-submitted.png" in names
        assert all(Path(p).is_file() and Path(p).stat().st_size > 1000 for p in entry.screenshots)
        shots_dir = w.home / "screenshots" / portal / held.invoice_number
        assert Path(entry.screenshots[0]).parent == shots_dir


def test_wrong_password_fails_once_with_a_clear_error(browser: Browser, tmp_path: Path) -> None:
    """GIVEN two invoices due for Coupa and a wrong password WHEN the upload runs
    THEN both fail, the first with the portal's refusal and no retry, the second without
    another sign-in attempt (accounts lock), and the portal received nothing."""
    invoices = [invoice_for("coupa", "INV-PW-1"), invoice_for("coupa", "INV-PW-2")]
    with world(tmp_path, browser, invoices) as w:
        outcomes = w.upload(with_secret("INBOX_AGENT_COUPA_PASSWORD", "not-the-password"))

        assert [o.status for o in outcomes] == ["failed", "failed"]
        assert "refused the sign-in" in (outcomes[0].error or "")
        assert "Invalid email or password" in (outcomes[0].error or "")
        assert "not-the-password" not in (outcomes[0].error or "")
        assert (outcomes[1].error or "").startswith("not attempted")
        assert w.replicas.coupa.sign_in_failures == 1
        assert w.replicas.coupa.invoices == []
        entry = w.ledger("coupa", "INV-PW-1")
        assert (entry.status, entry.error_code, entry.attempts) == ("failed", "auth", 1)
        assert entry.next_attempt_at is None


def test_wrong_totp_code_fails_with_a_clear_error(browser: Browser, tmp_path: Path) -> None:
    """GIVEN SAP Business Network asking for a TOTP code and a wrong seed configured
    WHEN the upload runs THEN it fails once as a second-factor refusal, nothing sent."""
    wrong_seed = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
    with world(tmp_path, browser, [invoice_for("ariba", "INV-MFA-1")]) as w:
        [outcome] = w.upload(with_secret("INBOX_AGENT_ARIBA_TOTP_SECRET", wrong_seed))

        assert outcome.status == "failed"
        assert "second-factor code" in (outcome.error or "")
        assert "not valid" in (outcome.error or "")
        assert w.replicas.ariba.code_failures == 1
        assert w.replicas.ariba.invoices == []
        assert w.ledger("ariba", "INV-MFA-1").error_code == "mfa"


def test_expired_session_mid_flow_signs_in_again_and_finishes(
    browser: Browser, tmp_path: Path
) -> None:
    """GIVEN a portal that expires the session when the invoice form is reached
    WHEN the upload runs THEN the uploader notices the sign-in page, signs in again,
    starts the invoice over and submits it exactly once."""
    portal = "coupa"
    with world(tmp_path, browser, [invoice_for(portal, "INV-EXP-1")]) as w:
        w.replicas.portal(portal).expire_on("/invoices/new")
        [outcome] = w.upload()

        assert outcome.status == "submitted", outcome.error
        assert len(w.replicas.portal(portal).invoices) == 1
        assert any("session-expired" in p for p in outcome.screenshots)
        assert w.ledger(portal, "INV-EXP-1").attempts == 1


def test_duplicate_number_from_elsewhere_is_recorded_as_rejected(
    browser: Browser, tmp_path: Path
) -> None:
    """GIVEN SAP Business Network already holding our invoice number (keyed in by hand)
    WHEN the upload runs THEN the portal refuses it at Next, the ledger records 'rejected'
    for a person to look at, the run reports it failed, and it is never retried.

    (Each portal's wording of the refusal is checked against its flow's pattern without a
    browser in test_portals_units.py.)"""
    portal = "ariba"
    invoice = invoice_for(portal, "INV-DUP-1")
    other = invoice_for(portal, "INV-OTHER")
    with world(tmp_path, browser, [invoice]) as w:
        state = w.replicas.portal(portal)
        state.orders[other.po.number] = other.po
        state.add_invoice(
            invoice_number="INV-DUP-1",
            po_number=other.po.number,
            customer=other.customer_name,
            currency=other.currency,
            invoice_date=other.invoice_date,
            lines=[],
            tax=other.tax,
            total=other.amount,
            status="Approved",
            attachments=[],
            origin="keyed in by hand",
        )
        [outcome] = w.upload()

        assert outcome.status == "failed"
        assert (outcome.error or "").startswith("rejected by the portal")
        entry = w.ledger(portal, "INV-DUP-1")
        assert (entry.status, entry.error_code) == ("rejected", "duplicate")
        assert len(state.invoices) == 1
        assert w.upload() == []  # rejected is final: not due any more


def test_transient_503_is_retried_with_backoff(browser: Browser, tmp_path: Path) -> None:
    """GIVEN Taulia answering 503 to the first two requests and two invoices due
    WHEN the upload runs THEN the first attempt is retried after a pause, and both
    invoices are submitted once each in the same signed-in session."""
    invoices = [invoice_for("taulia", "INV-503-1"), invoice_for("taulia", "INV-503-2")]
    with world(tmp_path, browser, invoices) as w:
        w.replicas.taulia.fail_requests(2)
        outcomes = w.upload(attempts=3, base_seconds=0.01)

        assert [o.status for o in outcomes] == ["submitted", "submitted"], outcomes
        assert [i.invoice_number for i in w.replicas.taulia.invoices] == ["INV-503-1", "INV-503-2"]
        assert w.ledger("taulia", "INV-503-1").attempts == 1  # one claim, retried inside it
        assert w.replicas.taulia.code_failures == 0
        assert len(w.replicas.taulia.sessions) == 1  # signed in once for both


def test_ariba_dropped_click_is_made_again(browser: Browser, tmp_path: Path) -> None:
    """GIVEN SAP Business Network's habit of dropping clicks while it checks the invoice
    number, and a flow override that no longer waits for the check WHEN the upload runs
    THEN the click that opens the attachment menu is repeated until the menu shows."""
    overrides = {
        "ariba": {
            "stages": {
                "attach": [
                    {"click": "add_to_header", "expect": "attachment_item"},
                    {"click": "attachment_item", "expect": "attachment_input"},
                    {"upload": "attachment_input", "file": "{pdf}"},
                    {"click": "add_attachment"},
                ]
            },
            "timeouts": {"confirm_ms": 700},
        }
    }
    with world(
        tmp_path, browser, [invoice_for("ariba", "INV-CLICK-1")], overrides=overrides, blur=1.0
    ) as w:
        [outcome] = w.upload()

        assert outcome.status == "submitted", outcome.error
        assert w.replicas.ariba.invoices[0].attachments == ["INV-CLICK-1.pdf"]


def test_demo_uploads_its_sample_invoices_once(browser: Browser, tmp_path: Path) -> None:
    """GIVEN the demo's open items in a fresh workspace and the project's rules.yaml
    WHEN the demo's upload step runs twice THEN the first run writes the newest invoice of
    each portal customer as a PDF, starts the replicas and submits all three; the second
    submits nothing."""
    from inbox_agent.config.loader import load_rules
    from inbox_agent.demo.sample import open_items
    from inbox_agent.store import repo
    from inbox_agent.store.db import session_scope
    from matchers import types as core
    from portal_uploaders.demo import run_demo_uploads

    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(TEMPLATE["db"], home / "db.sqlite")
    engine = make_engine(f"sqlite:///{home / 'db.sqlite'}")
    rows = open_items()
    with session_scope(engine) as session:
        for row in rows:
            repo.upsert_open_item(
                session,
                item=core.OpenItem(
                    customer_id=row["customer_id"],
                    invoice_number=row["invoice_number"],
                    currency=row["currency"],
                    amount=Decimal(row["amount"]),
                    open_amount=Decimal(row["open_amount"]),
                    customer_name=row["customer_name"],
                    invoice_date=date.fromisoformat(row["invoice_date"]),
                    po_number=row["po_number"] or None,
                ),
            )
    rules = load_rules(Path(__file__).resolve().parents[1] / "rules.yaml")

    first = run_demo_uploads(
        engine=engine, rules=rules, home=home, open_items=rows, per_customer=1, browser=browser
    )
    second = run_demo_uploads(
        engine=engine, rules=rules, home=home, open_items=rows, per_customer=1, browser=browser
    )
    engine.dispose()

    assert first.counts == {"submitted": 3, "skipped_duplicate": 0, "failed": 0}, [
        o.error for o in first.outcomes
    ]
    assert {o.portal for o in first.outcomes} == set(PORTALS)
    assert second.counts == {"submitted": 0, "skipped_duplicate": 0, "failed": 0}
    assert sorted(p.name for p in (home / "invoices").glob("*.pdf")) == [
        "INV-10010.pdf",
        "INV-20010.pdf",
        "INV-30010.pdf",
    ]
