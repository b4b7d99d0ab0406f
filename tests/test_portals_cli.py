"""``inbox-agent portals upload --due --json`` end to end, against the Coupa replica.

The command runs through a fresh Typer app holding only the ``portals`` group, with the
workspace, rules file and credentials taken from the environment as in production, and
launches its own Chromium. Output is checked against the contract's JSON Schema.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from inbox_agent.cli import portals_cmd
from inbox_agent.settings import load_settings
from inbox_agent.workspace import open_workspace
from portal_uploaders.demo import DEMO_SECRETS, world_for
from portal_uploaders.replicas import ReplicaServer, serve
from portal_uploaders.testing import account_for, invoice_for, rules_for, seed

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO.parent / "shared" / "contract" / "schemas.py"


def _upload_schema() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("contract_schemas", SCHEMAS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    schema: dict[str, Any] = module.SCHEMAS["upload"]
    return schema


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    portals_cmd.register(app)
    return app


@pytest.fixture
def coupa(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[ReplicaServer, Path]]:
    """The Coupa replica, a rules file pointing at it, its credentials, one invoice due."""
    invoice = invoice_for("coupa", "INV-CLI-1")
    with serve(world_for([invoice])) as server:
        rules = rules_for({"coupa": account_for("coupa", server.portal_url("coupa"), totp=False)})
        rules_path = tmp_path / "rules.yaml"
        rules_path.write_text(yaml.safe_dump(rules.model_dump(mode="json", exclude_defaults=True)))
        username, password, _ = DEMO_SECRETS["coupa"]
        monkeypatch.setenv("INBOX_AGENT_COUPA_USERNAME", username)
        monkeypatch.setenv("INBOX_AGENT_COUPA_PASSWORD", password)
        engine = open_workspace(load_settings()).engine
        seed(engine, rules, workspace, [invoice])
        engine.dispose()
        yield server, rules_path


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_upload_due_twice_submits_nothing_the_second_time(
    app: typer.Typer, coupa: tuple[ReplicaServer, Path]
) -> None:
    """GIVEN one invoice due for Coupa WHEN `portals upload --due --json` runs twice
    THEN the first run submits it (contract-shaped JSON, screenshots on disk), the second
    prints nothing and sends nothing, and asking for it by number says skipped_duplicate."""
    server, rules_path = coupa
    runner = CliRunner()
    args = ["portals", "upload", "--due", "--json", "--rules", str(rules_path)]

    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    [obj] = _lines(first.stdout)
    assert not list(Draft202012Validator(_upload_schema()).iter_errors(obj))
    assert obj["status"] == "submitted"
    assert obj["portal_reference"] == server.world.coupa.invoices[0].reference
    assert all(Path(p).is_file() for p in obj["screenshots"])

    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert second.stdout.strip() == ""
    assert len(server.world.coupa.invoices) == 1

    again = runner.invoke(
        app, ["portals", "upload", "INV-CLI-1", "--json", "--rules", str(rules_path)]
    )
    [skipped] = _lines(again.stdout)
    assert (skipped["status"], skipped["portal_reference"]) == (
        "skipped_duplicate",
        obj["portal_reference"],
    )
    assert len(server.world.coupa.invoices) == 1

    ledger = runner.invoke(app, ["portals", "ledger", "--json"])
    [row] = _lines(ledger.stdout)
    assert (row["status"], row["attempts"]) == ("submitted", 1)


def test_upload_without_due_or_numbers_is_a_usage_error(app: typer.Typer) -> None:
    """GIVEN neither --due nor invoice numbers WHEN upload runs THEN it exits 2 and says
    what to pass."""
    result = CliRunner().invoke(app, ["portals", "upload"])
    assert result.exit_code == 2
    assert "--due" in result.output


def test_unknown_portal_is_a_usage_error(app: typer.Typer, workspace: Path) -> None:
    """GIVEN a misspelt portal WHEN upload runs THEN it exits 2 naming the valid ones."""
    result = CliRunner().invoke(app, ["portals", "upload", "--due", "--portal", "cupa"])
    assert result.exit_code == 2
    assert "coupa, ariba or taulia" in result.output


def test_due_lists_what_would_be_sent(app: typer.Typer, coupa: tuple[ReplicaServer, Path]) -> None:
    """GIVEN one invoice with its PDF in the folder WHEN `portals due --json` runs
    THEN it lists that invoice with its amount as a two-place string, sending nothing."""
    server, rules_path = coupa
    result = CliRunner().invoke(app, ["portals", "due", "--json", "--rules", str(rules_path)])
    assert result.exit_code == 0, result.output
    [item] = _lines(result.stdout)
    assert (item["invoice_number"], item["portal"], item["amount"]) == (
        "INV-CLI-1",
        "coupa",
        "1234.56",
    )
    assert server.world.coupa.invoices == []
