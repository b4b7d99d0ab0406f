"""The upload ledger, the run's decisions, due invoices, credentials and flows, no browser.

Ledger tests run on SQLite and on a real PostgreSQL (the ``engine`` fixture); the run is
driven with scripted channels so every branch (retry, refusal, unknown outcome, crash
recovery) is reached on purpose.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from sqlmodel import col, select

from inbox_agent.config.loader import load_rules
from inbox_agent.config.rules import PortalAccount
from inbox_agent.store.db import make_engine
from inbox_agent.store.models import AuditEvent
from inbox_agent.store.types import utcnow
from portal_uploaders.base import Delivery, Evidence, InvoiceToUpload, PortalInvoice
from portal_uploaders.browser import BrowserChannel, BrowserHost
from portal_uploaders.channels import ChannelContext
from portal_uploaders.credentials import load_credentials, redact, totp_code
from portal_uploaders.due import build_invoice, find_due
from portal_uploaders.errors import (
    InvoiceMismatchError,
    LookupUnavailableError,
    OutcomeUnknownError,
    PortalAuthError,
    PortalConfigError,
    PortalCredentialsMissing,
    PortalDuplicateError,
    PortalError,
    PortalUnavailable,
)
from portal_uploaders.flow import check_overrides, load_flow
from portal_uploaders.ledger import (
    LedgerConflictError,
    RetryPolicy,
    UploadLedger,
    holder_is_dead,
)
from portal_uploaders.replicas import ariba, coupa, taulia
from portal_uploaders.runner import UploadRun
from portal_uploaders.testing import account_for, invoice_for, rules_for, seed

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per module; tests that need no PostgreSQL copy it."""
    from inbox_agent.store.db import migrate

    path = tmp_path_factory.mktemp("portal-units") / "template.sqlite"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture
def lite(template_db: Path, tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite engine (a copy of the template)."""
    import shutil

    path = tmp_path / "lite.sqlite"
    shutil.copyfile(template_db, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


# --- the ledger ---------------------------------------------------------------------------


def test_claim_is_exclusive_and_final_states_are_not_claimed(engine: Engine) -> None:
    """GIVEN a queued invoice WHEN two workers claim it THEN only the first gets it, and
    once submitted nobody can claim it again."""
    first, second = UploadLedger(engine, worker="a:1:x"), UploadLedger(engine, worker="b:2:y")
    first.enqueue(portal="coupa", invoice_number="INV-1", customer_id="C1")
    claim = first.claim(portal="coupa", invoice_number="INV-1")
    assert claim is not None and not claim.recovering
    assert second.claim(portal="coupa", invoice_number="INV-1") is None
    first.mark_submitted(
        claim, portal_reference="R1", portal_status="Sent", channel="browser", screenshots=["a.png"]
    )
    assert second.claim(portal="coupa", invoice_number="INV-1") is None
    entry = second.entry(portal="coupa", invoice_number="INV-1")
    assert entry is not None
    assert (entry.status, entry.portal_reference, entry.claimed_by) == ("submitted", "R1", None)
    assert entry.submitted_at is not None


def test_racing_workers_claim_once(db_url: str) -> None:
    """GIVEN eight workers in threads with their own connections WHEN they all claim the
    same invoice at once THEN exactly one claim succeeds (SQLite and PostgreSQL)."""
    engine = make_engine(db_url)
    from inbox_agent.store.db import migrate

    migrate(engine)
    UploadLedger(engine).enqueue(portal="ariba", invoice_number="INV-R", customer_id=None)
    barrier = threading.Barrier(8)
    won: list[bool] = []

    def worker(n: int) -> None:
        ledger = UploadLedger(engine, worker=f"host-{n}:{n}:n")
        barrier.wait()
        won.append(ledger.claim(portal="ariba", invoice_number="INV-R") is not None)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    engine.dispose()
    assert sorted(won) == [False] * 7 + [True]


def test_entry_of_a_dead_worker_is_recovered_and_a_live_one_is_not(engine: Engine) -> None:
    """GIVEN an entry left 'submitting' by a process on this host that has exited
    WHEN another worker claims it THEN it is recovered (to be looked up first); an entry
    held by a live worker elsewhere is left alone until its lease runs out."""
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    host = os.uname().nodename
    crashed = UploadLedger(engine, worker=f"{host}:{dead.stdout.strip()}:gone")
    crashed.enqueue(portal="taulia", invoice_number="INV-D", customer_id=None)
    assert crashed.claim(portal="taulia", invoice_number="INV-D") is not None
    claim = UploadLedger(engine).claim(portal="taulia", invoice_number="INV-D")
    assert claim is not None and claim.recovering and claim.attempts == 2

    elsewhere = UploadLedger(engine, worker="other-host:123:abc")
    elsewhere.enqueue(portal="taulia", invoice_number="INV-L", customer_id=None)
    assert elsewhere.claim(portal="taulia", invoice_number="INV-L") is not None
    assert UploadLedger(engine).claim(portal="taulia", invoice_number="INV-L") is None
    later = UploadLedger(engine, clock=lambda: utcnow() + timedelta(hours=1))
    assert later.claim(portal="taulia", invoice_number="INV-L") is not None
    with pytest.raises(LedgerConflictError):
        elsewhere.mark_failed(
            elsewhere_claim(elsewhere, "INV-L"), error="x", code="flow", screenshots=[]
        )


def elsewhere_claim(ledger: UploadLedger, number: str) -> Any:
    from portal_uploaders.ledger import Claim

    entry = ledger.entry(portal="taulia", invoice_number=number)
    assert entry is not None and entry.id is not None
    return Claim(entry.id, "taulia", number, ledger.worker, recovering=False, attempts=1)


def test_transient_failure_waits_and_permanent_is_tried_next_run(lite: Engine) -> None:
    """GIVEN one invoice failed transiently (retry in 30 min) and one failed for good
    WHEN the next run claims them THEN the transient one waits for its time and the other
    is tried again (once per run, never in a loop)."""
    engine = lite
    ledger = UploadLedger(engine)
    for number in ("INV-T", "INV-P"):
        ledger.enqueue(portal="coupa", invoice_number=number, customer_id=None)
    t = ledger.claim(portal="coupa", invoice_number="INV-T")
    p = ledger.claim(portal="coupa", invoice_number="INV-P")
    assert t is not None and p is not None
    ledger.mark_failed(
        t,
        error="503",
        code="unavailable",
        screenshots=[],
        retry_at=utcnow() + timedelta(minutes=30),
    )
    ledger.mark_failed(p, error="bad form", code="validation", screenshots=[])
    assert ledger.claim(portal="coupa", invoice_number="INV-T") is None
    again = ledger.claim(portal="coupa", invoice_number="INV-P")
    assert again is not None and again.attempts == 2
    later = UploadLedger(engine, clock=lambda: utcnow() + timedelta(minutes=31))
    assert later.claim(portal="coupa", invoice_number="INV-T") is not None


def test_every_transition_is_audited(lite: Engine) -> None:
    """GIVEN an invoice queued, claimed and submitted WHEN the audit trail is read
    THEN it shows who did what, with the status before and after."""
    engine = lite
    ledger = UploadLedger(engine, actor="test")
    ledger.enqueue(portal="coupa", invoice_number="INV-A", customer_id="C1")
    claim = ledger.claim(portal="coupa", invoice_number="INV-A")
    assert claim is not None
    ledger.mark_submitted(
        claim,
        portal_reference="R",
        portal_status="Pending Approval",
        channel="browser",
        screenshots=[],
    )
    ledger.record_portal_status(portal="coupa", invoice_number="INV-A", portal_status="Paid")
    from sqlmodel import Session

    with Session(engine) as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
    assert [e.action for e in events] == [
        "portal_upload.queued",
        "portal_upload.submitted",
        "portal_upload.portal_status",
    ]
    submitted, status = events[1], events[2]
    assert submitted.before is not None and submitted.before["status"] == "submitting"
    assert submitted.after is not None and submitted.after["status"] == "submitted"
    assert status.after is not None and status.after["portal_status"] == "Paid"


def test_holder_on_another_host_is_never_presumed_dead() -> None:
    """GIVEN claim holders on another host or malformed WHEN checked THEN only a missing
    holder or a gone local process counts as dead."""
    assert holder_is_dead(None)
    assert not holder_is_dead("far-away:1:x", here="here")
    assert not holder_is_dead(f"{os.uname().nodename}:{os.getpid()}:me")


# --- the run, with scripted channels -------------------------------------------------------


@dataclass
class ScriptedChannel:
    """A channel that answers from a script: each deliver() pops the next answer."""

    portal: Any
    answers: list[Any]
    found: list[PortalInvoice | None] = field(default_factory=list)
    name: str = "scripted"
    delivered: int = 0
    looked_up: int = 0

    def deliver(self, invoice: InvoiceToUpload, evidence: Evidence) -> Delivery:
        self.delivered += 1
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return Delivery(portal_reference=answer, portal_status="Sent", channel=self.name)

    def find_invoice(self, invoice_number: str, evidence: Evidence) -> PortalInvoice | None:
        self.looked_up += 1
        return self.found.pop(0) if self.found else None

    def close(self) -> None:
        return None


@dataclass
class ScriptedFactory:
    channel: Any
    name: str = "scripted"

    def is_enabled(self, portal: Any, account: PortalAccount) -> bool:
        return True

    def create(self, portal: Any, account: PortalAccount, context: ChannelContext) -> Any:
        return self.channel


@dataclass
class RunWorld:
    engine: Engine
    home: Path
    rules: Any
    sleeps: list[float] = field(default_factory=list)

    def run(self, *channels: Any, ledger: UploadLedger | None = None) -> list[Any]:
        run = UploadRun(
            engine=self.engine,
            rules=self.rules,
            home=self.home,
            retry=RetryPolicy(attempts=3, base_seconds=1.0, factor=2.0),
            ladder=[ScriptedFactory(c) for c in channels],
            sleep=self.sleeps.append,
            ledger=ledger,
        )
        return list(run.run())


@pytest.fixture
def run_world(lite: Engine, tmp_path: Path) -> RunWorld:
    engine = lite
    rules = rules_for({"coupa": account_for("coupa", "http://127.0.0.1:9/coupa", totp=False)})
    home = tmp_path / "home"
    seed(engine, rules, home, [invoice_for("coupa", "INV-1"), invoice_for("coupa", "INV-2")])
    return RunWorld(engine, home, rules)


def test_transient_errors_are_retried_with_backoff_then_submitted(run_world: RunWorld) -> None:
    """GIVEN a portal down twice, then up WHEN the run uploads THEN it waits 1 s and 2 s
    between tries and submits each invoice once."""
    channel = ScriptedChannel(
        "coupa", [PortalUnavailable("503"), PortalUnavailable("503"), "R1", "R2"]
    )
    outcomes = run_world.run(channel)
    assert [o.status for o in outcomes] == ["submitted", "submitted"]
    assert run_world.sleeps == [1.0, 2.0]
    assert channel.delivered == 4


def test_transient_errors_give_up_and_wait_for_a_later_run(run_world: RunWorld) -> None:
    """GIVEN a portal that stays down WHEN the run uploads THEN it gives up after three
    tries with the reason, records when to try again, and the next run leaves it be."""
    channel = ScriptedChannel("coupa", [PortalUnavailable("down")] * 6)
    outcomes = run_world.run(channel)
    assert [o.status for o in outcomes] == ["failed", "failed"]
    entry = UploadLedger(run_world.engine).entry(portal="coupa", invoice_number="INV-1")
    assert entry is not None
    assert (entry.error_code, entry.error) == ("unavailable", "down")
    assert entry.next_attempt_at is not None
    assert run_world.run(ScriptedChannel("coupa", [])) == []


def test_sign_in_refused_stops_the_portal_without_retry(run_world: RunWorld) -> None:
    """GIVEN a refused password WHEN the run uploads two invoices THEN the first fails
    once and the second is not attempted."""
    channel = ScriptedChannel("coupa", [PortalAuthError("refused")])
    outcomes = run_world.run(channel)
    assert [o.status for o in outcomes] == ["failed", "failed"]
    assert channel.delivered == 1
    assert run_world.sleeps == []
    assert outcomes[1].error == "not attempted: refused"


def test_unknown_outcome_is_looked_up_before_anything_else(run_world: RunWorld) -> None:
    """GIVEN Submit clicked and then the connection lost WHEN the portal shows the invoice
    on a look-up THEN it is recorded as submitted with the portal's reference, not sent
    again."""
    found = PortalInvoice("INV-1", "R-FOUND", "Pending Approval")
    channel = ScriptedChannel("coupa", [OutcomeUnknownError("lost"), "R2"], found=[found])
    outcomes = run_world.run(channel)
    assert [(o.status, o.portal_reference) for o in outcomes] == [
        ("submitted", "R-FOUND"),
        ("submitted", "R2"),
    ]
    assert channel.delivered == 2


def test_crash_recovery_finds_the_invoice_and_sends_nothing(run_world: RunWorld) -> None:
    """GIVEN INV-1 left 'submitting' by a crashed worker WHEN the next run starts
    THEN it looks INV-1 up, finds it, records it and reports skipped_duplicate."""
    crashed = UploadLedger(run_world.engine, worker="h:1:x")
    crashed.enqueue(portal="coupa", invoice_number="INV-1", customer_id="C0042")
    claim = crashed.claim(portal="coupa", invoice_number="INV-1")
    assert claim is not None
    crashed.leave_unknown(claim, error="killed", screenshots=[])
    found = PortalInvoice("INV-1", "R-1", "Pending Approval")
    channel = ScriptedChannel("coupa", ["R2"], found=[found])
    outcomes = run_world.run(channel)
    assert [(o.invoice_number, o.status) for o in outcomes] == [
        ("INV-1", "skipped_duplicate"),
        ("INV-2", "submitted"),
    ]
    assert channel.delivered == 1
    entry = crashed.entry(portal="coupa", invoice_number="INV-1")
    assert entry is not None and entry.error_code == "found_in_portal"


def test_recovery_that_cannot_look_up_sends_nothing(run_world: RunWorld) -> None:
    """GIVEN an entry left 'submitting' and a channel that cannot look invoices up
    WHEN the next run starts THEN nothing is re-submitted and the error says why."""
    crashed = UploadLedger(run_world.engine, worker="h:1:x")
    crashed.enqueue(portal="coupa", invoice_number="INV-1", customer_id=None)
    claim = crashed.claim(portal="coupa", invoice_number="INV-1")
    assert claim is not None
    crashed.leave_unknown(claim, error="killed", screenshots=[])

    class PostOnly(ScriptedChannel):
        def find_invoice(self, invoice_number: str, evidence: Evidence) -> PortalInvoice | None:
            raise LookupUnavailableError("post only")

    channel = PostOnly("coupa", ["R2"])
    outcomes = run_world.run(channel)
    assert outcomes[0].status == "failed"
    assert "not re-submitted" in (outcomes[0].error or "")
    assert channel.delivered == 1  # INV-2 only
    entry = crashed.entry(portal="coupa", invoice_number="INV-1")
    assert entry is not None and entry.status == "submitting"


def test_duplicate_after_our_own_unknown_submit_is_ours(run_world: RunWorld) -> None:
    """GIVEN an unknown outcome, a look-up that misses, and then the portal refusing the
    re-submission as a duplicate WHEN the second look-up finds it THEN it is our own
    submission (skipped_duplicate), not a rejection."""
    found = PortalInvoice("INV-1", "R-LATE", "Sent")
    channel = ScriptedChannel(
        "coupa",
        [OutcomeUnknownError("lost"), PortalDuplicateError("taken"), "R2"],
        found=[None, found],
    )
    outcomes = run_world.run(channel)
    assert [(o.status, o.portal_reference) for o in outcomes] == [
        ("skipped_duplicate", "R-LATE"),
        ("submitted", "R2"),
    ]


def test_a_bug_in_a_channel_releases_the_entry_for_a_look_up(run_world: RunWorld) -> None:
    """GIVEN a channel that crashes with a plain exception WHEN the run uploads THEN the
    invoice is reported failed and its entry is left for the next run to look up."""
    channel = ScriptedChannel("coupa", [ZeroDivisionError("bug"), "R2"])
    outcomes = run_world.run(channel)
    assert outcomes[0].status == "failed"
    entry = UploadLedger(run_world.engine).entry(portal="coupa", invoice_number="INV-1")
    assert entry is not None and (entry.status, entry.claimed_by) == ("submitting", None)


def test_explicit_numbers_report_already_submitted_as_skipped(run_world: RunWorld) -> None:
    """GIVEN INV-1 already submitted WHEN it is asked for by number THEN it is reported as
    skipped_duplicate with its reference and nothing is sent."""
    channel = ScriptedChannel("coupa", ["R1"])
    run_world.run(channel)
    run = UploadRun(
        engine=run_world.engine,
        rules=run_world.rules,
        home=run_world.home,
        ladder=[ScriptedFactory(ScriptedChannel("coupa", []))],
    )
    [outcome] = list(run.run(numbers=["INV-1"]))
    assert (outcome.status, outcome.portal_reference) == ("skipped_duplicate", "R1")


# --- due invoices ------------------------------------------------------------------------


def test_due_needs_a_pdf_a_portal_customer_and_a_positive_amount(
    lite: Engine, tmp_path: Path
) -> None:
    """GIVEN open items with and without PDFs, a credit note and a customer without a
    portal WHEN due invoices are listed THEN only the portal invoice with its PDF is due."""
    rules = rules_for({"coupa": account_for("coupa", "http://x/coupa", totp=False)})
    home = tmp_path / "home"
    engine = lite
    seed(engine, rules, home, [invoice_for("coupa", "INV-PDF")])
    seed(
        engine,
        rules,
        home,
        [
            invoice_for("coupa", "INV-NOPDF"),
            invoice_for("coupa", "CN-1", amount="-50.00"),
            invoice_for("ariba", "INV-ARIBA"),
        ],
        with_files=False,
    )
    from inbox_agent.store.db import session_scope

    with session_scope(engine) as session:
        scan = find_due(session, rules=rules, home=home, now=utcnow())
    assert [d.invoice_number for d in scan.due] == ["INV-PDF"]
    assert scan.without_pdf == [("coupa", "INV-NOPDF")]


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ('{"lines": [{"po_line": 1, "quantity": 2.5}]}', "as strings"),
        ('{"lines": []}', "non-empty"),
        (
            '{"lines": [{"po_line": 1, "quantity": "1", "unit_price": "10.00"}], "tax": "1.00"}',
            "is not the invoice amount",
        ),
        ('{"colour": "red"}', "unknown key"),
        ("{not json", "cannot read"),
    ],
)
def test_bad_sidecar_is_a_clear_invoice_error(tmp_path: Path, sidecar: str, message: str) -> None:
    """GIVEN a sidecar with a float, no lines, a wrong sum, a typo or broken JSON
    WHEN the invoice is built THEN the error says what is wrong (nothing is uploaded)."""
    from portal_uploaders.demo import write_invoice_files
    from portal_uploaders.due import DueInvoice

    inv = invoice_for("coupa", "INV-S")
    pdf = write_invoice_files(tmp_path, inv)
    pdf.with_suffix(".json").write_text(sidecar)
    due = DueInvoice(
        "coupa",
        inv.customer_id,
        inv.customer_name,
        "INV-S",
        inv.invoice_date,
        "AUD",
        inv.amount,
        inv.po.number,
        pdf,
        None,
    )
    with pytest.raises(PortalError, match=message):
        build_invoice(due)


# --- credentials -------------------------------------------------------------------------


def test_credentials_come_from_env_then_keyring_and_are_masked() -> None:
    """GIVEN a password in a lookup and a seed WHEN credentials load THEN printing them
    shows no secret, and a missing variable is named with where to set it."""
    account = account_for("ariba", "http://x", totp=True)
    values = {
        "INBOX_AGENT_ARIBA_USERNAME": "u",
        "INBOX_AGENT_ARIBA_PASSWORD": "s3cret-pass",
        "INBOX_AGENT_ARIBA_TOTP_SECRET": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    }
    creds = load_credentials("ariba", account, values.get)
    assert "s3cret-pass" not in repr(creds)
    assert "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" not in repr(creds)
    assert redact("typed s3cret-pass into Password", creds.secrets()) == "typed *** into Password"
    with pytest.raises(PortalCredentialsMissing, match=r"INBOX_AGENT_ARIBA_PASSWORD.*keyring"):
        load_credentials("ariba", account, {"INBOX_AGENT_ARIBA_USERNAME": "u"}.get)
    bad = values | {"INBOX_AGENT_ARIBA_TOTP_SECRET": "not base32 !!"}
    with pytest.raises(PortalConfigError, match="TOTP seed"):
        load_credentials("ariba", account, bad.get)


def test_totp_waits_for_a_fresh_code_near_the_end_of_a_window() -> None:
    """GIVEN a code with one second of life left WHEN a code is asked for THEN it waits
    for the next window and returns that window's code."""
    import pyotp

    clock = [29.0 + 30 * 1000]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    code = totp_code(SecretStr(seed), clock=lambda: clock[0], sleep=sleep)
    assert slept and slept[0] == pytest.approx(1.05)
    assert code == pyotp.TOTP(seed).at(30 * 1001)


# --- flows -------------------------------------------------------------------------------


@pytest.mark.parametrize("portal", ["coupa", "ariba", "taulia"])
def test_packaged_flows_load_and_give_every_uploader_what_it_needs(portal: str) -> None:
    """GIVEN the packaged flow files WHEN each is loaded for its uploader THEN every
    stage and target the uploader relies on is there."""
    from portal_uploaders.channels import UPLOADERS

    flow = load_flow(portal)
    cls = UPLOADERS[portal]
    flow.require(stages=cls.STAGES, targets=cls.TARGETS)


def test_flow_overrides_merge_and_a_typo_is_an_error() -> None:
    """GIVEN an override that renames one label and one with a misspelt key
    WHEN they are applied THEN the first changes only that label and the second is
    refused naming the key."""
    flow = load_flow("coupa", {"targets": {"invoice_number": {"label": "Invoice No."}}})
    assert flow.targets["invoice_number"].label == "Invoice No."
    assert flow.targets["invoice_date"].label == "Invoice Date"
    problems = check_overrides("coupa", {"targets": {"invoice_number": {"lable": "X"}}})
    assert problems and "lable" in problems[0]
    assert check_overrides("coupa", {"stages": {"submit": [{"click": "no_such"}]}})


def test_rules_yaml_accepts_flow_overrides_and_invoice_dir(tmp_path: Path) -> None:
    """GIVEN the project's rules.yaml with an account's flow_overrides and invoice_dir
    WHEN it is loaded THEN both are kept for the uploader."""
    text = (REPO / "rules.yaml").read_text()
    text = text.replace(
        "    password_env: INBOX_AGENT_COUPA_PASSWORD\n",
        "    password_env: INBOX_AGENT_COUPA_PASSWORD\n    invoice_dir: archive/coupa\n"
        '    flow_overrides:\n      targets:\n        invoice_number: {label: "Invoice No."}\n',
    )
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    rules = load_rules(path)
    assert rules.portals["coupa"].invoice_dir == "archive/coupa"
    assert rules.portals["coupa"].flow_overrides["targets"]["invoice_number"]["label"] == (
        "Invoice No."
    )


@pytest.mark.parametrize(
    ("portal", "messages"),
    [("coupa", coupa.MESSAGES), ("ariba", ariba.MESSAGES), ("taulia", taulia.MESSAGES)],
)
def test_each_portal_duplicate_refusal_matches_its_flow_pattern(
    portal: str, messages: dict[str, str]
) -> None:
    """GIVEN each replica's wording of its refusals WHEN the flow's duplicate pattern reads
    them THEN only the duplicate-number refusal counts as a duplicate."""
    pattern = re.compile(load_flow(portal).patterns["duplicate"], re.IGNORECASE)
    assert pattern.search(messages["duplicate"].format("INV-1"))
    others = [m for code, m in messages.items() if code != "duplicate"]
    assert not any(pattern.search(m.format("7")) for m in others)


# --- the browser channel's own checks, with a scripted uploader ---------------------------


@dataclass
class FakeUploader:
    portal: Any = "coupa"
    total: Decimal = Decimal("1.00")
    submitted: bool = False

    def login(self) -> None: ...
    def open_purchase_order(self, invoice: InvoiceToUpload) -> None: ...
    def fill_header(self, invoice: InvoiceToUpload) -> None: ...
    def set_lines(self, invoice: InvoiceToUpload) -> None: ...
    def attach_pdf(self, pdf: Path) -> None: ...

    def calculate(self, invoice: InvoiceToUpload) -> Decimal:
        return self.total

    def submit(self) -> None:
        self.submitted = True
        raise PortalUnavailable("connection reset")

    def read_back(self, invoice: InvoiceToUpload) -> PortalInvoice:
        raise AssertionError("not reached")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(b"png")

    def on_login_page(self) -> bool:
        return False

    def find_invoice(self, invoice_number: str) -> PortalInvoice | None:
        return None


class _NoBrowserChannel(BrowserChannel):
    def __init__(self, uploader: FakeUploader) -> None:
        super().__init__("coupa", BrowserHost(), lambda page: uploader)
        self._fake = uploader

    def _fresh_uploader(self) -> Any:
        return self._fake


def test_portal_total_differing_from_ours_is_never_submitted(tmp_path: Path) -> None:
    """GIVEN the portal totals the invoice at 1.00 and ours is 1234.56 WHEN delivering
    THEN it stops before Submit with both totals in the error."""
    uploader = FakeUploader(total=Decimal("1.00"))
    channel = _NoBrowserChannel(uploader)
    invoice = _invoice(tmp_path)
    with pytest.raises(InvoiceMismatchError, match=r"1\.00.+1234\.56"):
        channel.deliver(invoice, Evidence(tmp_path / "shots"))
    assert not uploader.submitted


def test_failure_after_submit_is_an_unknown_outcome(tmp_path: Path) -> None:
    """GIVEN the connection drops as Submit is clicked WHEN delivering THEN the error is
    'outcome unknown' (never retried blindly) and the screenshots are kept."""
    uploader = FakeUploader(total=Decimal("1234.56"))
    channel = _NoBrowserChannel(uploader)
    evidence = Evidence(tmp_path / "shots")
    with pytest.raises(OutcomeUnknownError):
        channel.deliver(_invoice(tmp_path), evidence)
    assert [Path(p).name for p in evidence.all_paths()][-1] == "07-error.png"


def _invoice(tmp_path: Path) -> InvoiceToUpload:
    inv = invoice_for("coupa", "INV-F")
    return InvoiceToUpload(
        "INV-F",
        "coupa",
        inv.customer_id,
        inv.customer_name,
        "PO-F",
        inv.invoice_date,
        "AUD",
        inv.amount,
        tmp_path / "x.pdf",
    )
