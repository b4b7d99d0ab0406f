"""The uploader killed (SIGKILL) after Submit, before the ledger is updated; then restarted.

The upload runs as a real subprocess (this file run as a script: the ``portals`` command
group). The Coupa replica, served by the test process, kills that process from inside
its Submit handler, after storing the invoice and before answering, which is the worst
moment there is: the portal has the invoice and our ledger still says ``submitting``.
The restarted upload must find the invoice in the portal and send nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import yaml

from inbox_agent.store.db import make_engine, migrate
from portal_uploaders.demo import DEMO_SECRETS, world_for
from portal_uploaders.ledger import UploadLedger
from portal_uploaders.replicas import ReplicaInvoice, serve
from portal_uploaders.testing import account_for, invoice_for, rules_for, seed


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_after_submit_is_found_in_the_portal_and_not_sent_again(tmp_path: Path) -> None:
    """GIVEN an upload process killed with SIGKILL right after Coupa stored the invoice
    WHEN the upload is run again THEN it looks the invoice up, finds it, records it as
    submitted with Coupa's reference, reports skipped_duplicate, and Coupa still holds
    exactly one invoice from one Submit."""
    home = tmp_path / "home"
    home.mkdir()
    invoice = invoice_for("coupa", "INV-CRASH-1")
    world = world_for([invoice])
    with serve(world) as server:
        rules = rules_for({"coupa": account_for("coupa", server.portal_url("coupa"), totp=False)})
        rules_path = tmp_path / "rules.yaml"
        rules_path.write_text(yaml.safe_dump(rules.model_dump(mode="json", exclude_defaults=True)))
        db_url = f"sqlite:///{home / 'inbox-agent.db'}"
        migrate(db_url)
        engine = make_engine(db_url)
        seed(engine, rules, home, [invoice])
        username, password, _ = DEMO_SECRETS["coupa"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("INBOX_AGENT_")}
        env |= {
            "INBOX_AGENT_HOME": str(home),
            "INBOX_AGENT_COUPA_USERNAME": username,
            "INBOX_AGENT_COUPA_PASSWORD": password,
        }
        args = ["portals", "upload", "--due", "--json", "--rules", str(rules_path)]

        first = _run(args, env)

        def kill_uploader(_: ReplicaInvoice) -> None:
            os.kill(first.pid, signal.SIGKILL)

        world.coupa.on_submit = kill_uploader
        out, err = first.communicate(timeout=180)
        world.coupa.on_submit = None
        assert first.returncode == -signal.SIGKILL, err
        assert out == ""  # killed before it could report anything
        [held] = world.coupa.invoices
        stuck = UploadLedger(engine).entry(portal="coupa", invoice_number="INV-CRASH-1")
        assert stuck is not None
        assert stuck.status == "submitting"
        assert stuck.claimed_by is not None and f":{first.pid}:" in stuck.claimed_by

        second = _run(args, env)
        out, err = second.communicate(timeout=180)
        assert second.returncode == 0, err
        [report] = [json.loads(line) for line in out.splitlines()]
        assert report["status"] == "skipped_duplicate"
        assert report["portal_reference"] == held.reference
        assert world.coupa.submit_requests == 1
        assert len(world.coupa.invoices) == 1
        entry = UploadLedger(engine).entry(portal="coupa", invoice_number="INV-CRASH-1")
        assert entry is not None
        assert (entry.status, entry.portal_reference, entry.error_code) == (
            "submitted",
            held.reference,
            "found_in_portal",
        )
        assert entry.attempts == 2
        assert any(Path(p).name.endswith("lookup.png") for p in entry.screenshots)
        engine.dispose()


if __name__ == "__main__":  # the uploader process the test starts (and kills)
    import typer

    from inbox_agent.cli import portals_cmd

    cli = typer.Typer()
    portals_cmd.register(cli)
    cli()
