"""``inbox-agent portals upload --due [--json]``, ``portals due`` and ``portals ledger``.

``upload`` prints one object per invoice (CONTRACT.md)::

    {"invoice_number": "INV-10009", "portal": "coupa", "status": "submitted",
     "portal_reference": "5000101", "screenshots": ["/.../01-signed-in.png", ...],
     "error": null}

``status`` is ``submitted`` (sent now), ``skipped_duplicate`` (already submitted by us:
in our ledger, or found in the portal after an interrupted run; nothing was sent) or
``failed`` (nothing was sent; a duplicate the portal already had from elsewhere is
``failed`` with an error beginning "rejected by the portal" and is never retried).
Exit codes follow CONTRACT.md: 0 when every invoice was handled; without ``--json`` a
failed upload also makes the exit code 1, so a cron job notices; 2 for usage errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.errors import InboxAgentError
from inbox_agent.settings import load_settings
from inbox_agent.store.db import session_scope
from inbox_agent.workspace import Workspace, open_workspace

portals_app = typer.Typer(
    name="portals",
    help="Upload invoices to customer AP portals (Coupa, SAP Business Network, Taulia).",
    no_args_is_help=True,
)

JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per invoice on stdout.")]
PortalOpt = Annotated[
    list[str] | None,
    typer.Option("--portal", help="Only this portal (coupa, ariba, taulia); repeatable."),
]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="rules.yaml to use.")]


def _workspace() -> Workspace:
    try:
        return open_workspace(load_settings())
    except InboxAgentError as exc:
        typer.echo(f"cannot open the workspace: {exc}", err=True)
        raise typer.Exit(1) from exc


def _check_portals(portals: list[str] | None) -> None:
    unknown = sorted(set(portals or ()) - {"coupa", "ariba", "taulia"})
    if unknown:
        typer.echo(f"unknown portal(s): {', '.join(unknown)}; use coupa, ariba or taulia", err=True)
        raise typer.Exit(2)


@portals_app.command("upload")
def upload(
    invoices: Annotated[
        list[str] | None,
        typer.Argument(help="Invoice numbers to upload (default with --due: all due)."),
    ] = None,
    due: Annotated[bool, typer.Option("--due", help="Upload every invoice due.")] = False,
    portal: PortalOpt = None,
    as_json: JsonOpt = False,
    rules_path: RulesOpt = None,
) -> None:
    """Upload the invoices due for a portal, each at most once (see the upload ledger)."""
    from portal_uploaders.runner import UploadRun, summarize

    if not due and not invoices:
        typer.echo("name invoice numbers or pass --due", err=True)
        raise typer.Exit(2)
    _check_portals(portal)
    rules = rules_or_exit(rules_path)
    settings = load_settings()
    workspace = _workspace()
    run = UploadRun(engine=workspace.engine, rules=rules, home=settings.home)
    outcomes = []
    try:
        for outcome in run.run(portals=portal, numbers=None if due else invoices):
            outcomes.append(outcome)
            if as_json:
                emit_json(outcome.to_json())
            else:
                detail = outcome.portal_reference or outcome.error or ""
                typer.echo(
                    f"{outcome.invoice_number}\t{outcome.portal}\t{outcome.status}\t{detail}"
                )
    except InboxAgentError as exc:
        typer.echo(f"upload stopped: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        run.context.host.close()
        workspace.engine.dispose()
    counts = summarize(outcomes)
    typer.echo(
        f"{counts['submitted']} submitted, {counts['skipped_duplicate']} already there, "
        f"{counts['failed']} failed",
        err=True,
    )
    if counts["failed"] and not as_json:
        raise typer.Exit(1)


@portals_app.command("due")
def due_list(
    portal: PortalOpt = None, as_json: JsonOpt = False, rules_path: RulesOpt = None
) -> None:
    """List the invoices an upload would send now, without sending anything."""
    from portal_uploaders.due import find_due
    from portal_uploaders.ledger import UploadLedger

    _check_portals(portal)
    rules = rules_or_exit(rules_path)
    settings = load_settings()
    workspace = _workspace()
    try:
        with session_scope(workspace.engine) as session:
            scan = find_due(
                session,
                rules=rules,
                home=settings.home,
                now=UploadLedger(workspace.engine).clock(),
                portals=portal,
            )
    finally:
        workspace.engine.dispose()
    for item in scan.due:
        if as_json:
            emit_json(
                {
                    "invoice_number": item.invoice_number,
                    "portal": item.portal,
                    "customer_id": item.customer_id,
                    "amount": f"{item.amount:.2f}",
                    "currency": item.currency,
                    "pdf": str(item.pdf),
                    "ledger_status": item.ledger_status,
                }
            )
        else:
            typer.echo(
                f"{item.invoice_number}\t{item.portal}\t{item.amount:.2f} "
                f"{item.currency}\t{item.pdf}"
            )
    if scan.without_pdf:
        typer.echo(f"{len(scan.without_pdf)} open item(s) wait for their PDF", err=True)


@portals_app.command("ledger")
def ledger(portal: PortalOpt = None, as_json: JsonOpt = False) -> None:
    """Show the upload ledger: what went to which portal, with its reference and status."""
    from portal_uploaders.ledger import UploadLedger

    _check_portals(portal)
    workspace = _workspace()
    try:
        rows = [
            row
            for name in (portal or [None])  # type: ignore[list-item]
            for row in UploadLedger(workspace.engine).entries(portal=name)
        ]
    finally:
        workspace.engine.dispose()
    for row in rows:
        record = {
            "invoice_number": row.invoice_number,
            "portal": row.portal,
            "status": row.status,
            "portal_reference": row.portal_reference,
            "portal_status": row.portal_status,
            "attempts": row.attempts,
            "channel": row.channel,
            "error": row.error,
            "screenshots": list(row.screenshots or []),
        }
        if as_json:
            emit_json(record)
        else:
            typer.echo(
                f"{row.invoice_number}\t{row.portal}\t{row.status}\t"
                f"{row.portal_reference or row.error or ''}"
            )


def register(app: typer.Typer) -> None:
    """Add the ``portals`` command group to the main app."""
    app.add_typer(portals_app, name="portals")
