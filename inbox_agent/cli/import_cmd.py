"""``inbox-agent import open-items FILE`` and ``inbox-agent import bank FILE...``.

Progress goes to stderr and one summary line per file to stdout (or, with ``--json``, one
JSON object per file). Exit codes follow CONTRACT.md: 0 when every input was handled, 2
for usage errors, 1 for anything else. A file that cannot be used is "handled" when
``--json`` reported it as ``{"ok": false, ...}``; without ``--json`` its problems (with
row and column) go to stderr and the exit code is 1, so a cron job notices. The codes in
``ok: false`` objects are ``corrupt`` (bad content: rows, records, XML), ``unsupported``
(not a format we import, e.g. camt.054) and ``incomplete`` (the file lacks something an
option can supply: ``--currency``, ``--date-format``).
"""

from __future__ import annotations

import getpass
import hashlib
import re
from pathlib import Path
from typing import Annotated, Any

import typer

from inbox_agent.cli.common import emit_json
from inbox_agent.errors import InboxAgentError
from inbox_agent.imports.bank import READERS, BankImportResult, import_bank_file
from inbox_agent.imports.bank_base import BankStatementError, ReadOptions
from inbox_agent.imports.ledger import LedgerImportError, LedgerImportResult, import_open_items
from inbox_agent.imports.open_items import OpenItemsError, read_open_items
from inbox_agent.settings import load_settings
from inbox_agent.store.db import session_scope
from inbox_agent.workspace import Workspace, open_workspace

import_app = typer.Typer(
    name="import",
    help="Bring the ERP's open items and the bank's statements into the store.",
    no_args_is_help=True,
)

JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per file on stdout.")]
ActorOpt = Annotated[
    str | None, typer.Option("--actor", help="Who imports, for the audit trail (default: you).")
]


def _progress(message: str) -> None:
    typer.echo(message, err=True)


def _actor(given: str | None) -> str:
    if given:
        return given
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):  # no login name in a bare container
        return "cli"


def _refused(source: str, code: str, message: str, *, as_json: bool) -> None:
    """Report a file that could not be imported: a JSON object, or the problems on stderr."""
    if as_json:
        emit_json({"source": source, "ok": False, "error": {"code": code, "message": message}})
    else:
        typer.echo(f"{source}: not imported: {message}", err=True)


def _workspace() -> Workspace:
    try:
        return open_workspace(load_settings())
    except InboxAgentError as exc:
        typer.echo(f"cannot open the workspace: {exc}", err=True)
        raise typer.Exit(1) from exc


# --- open items ---------------------------------------------------------------------------


def _open_items_line(source: str, count: int, result: LedgerImportResult) -> str:
    reopened = f" ({result.reopened} reopened)" if result.reopened else ""
    return (
        f"{source}: {count} open item(s): {result.added} added, {result.updated} updated"
        f"{reopened}, {result.closed} closed, {result.unchanged} unchanged; "
        f"{result.customers_added} new customer(s)"
    )


def open_items_command(
    file: Annotated[Path, typer.Argument(help="The ERP's open items, .csv or .xlsx.")],
    partial: Annotated[
        bool,
        typer.Option(
            "--partial",
            help="The file lists changes only: do not close items it does not mention.",
        ),
    ] = False,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add, update and close open items so the store matches the ERP's export.

    Columns as for ``match`` (CONTRACT.md). Items the store has but a full export no
    longer lists are closed (their open amount becomes 0); use --partial for an export of
    changes only.
    """
    source = str(file)
    _progress(f"reading {source}")
    try:
        sha = hashlib.sha256(file.read_bytes()).hexdigest()
        items = read_open_items(file)
    except OSError as exc:
        _refused(source, "corrupt", f"cannot read the file: {exc.strerror}", as_json=as_json)
        raise typer.Exit(0 if as_json else 1) from exc
    except OpenItemsError as exc:
        _refused(source, "corrupt", str(exc), as_json=as_json)
        raise typer.Exit(0 if as_json else 1) from exc
    _progress(f"read {len(items)} open item(s)")
    workspace = _workspace()
    try:
        with session_scope(workspace.engine) as session:
            result = import_open_items(
                session,
                items=items,
                actor=_actor(actor),
                source=source,
                source_sha256=sha,
                close_missing=not partial,
                progress=_progress,
            )
    except LedgerImportError as exc:
        _refused(source, "corrupt", str(exc), as_json=as_json)
        raise typer.Exit(0 if as_json else 1) from exc
    except InboxAgentError as exc:
        typer.echo(f"{source}: not imported: {exc}", err=True)
        raise typer.Exit(1) from exc
    if as_json:
        emit_json(
            {"source": source, "ok": True, "sha256": sha, "items": len(items)} | result.as_json()
        )
    else:
        typer.echo(_open_items_line(source, len(items), result))


# --- bank statements ----------------------------------------------------------------------

_CURRENCY = re.compile(r"[A-Za-z]{3}")


def _check_format(value: str | None) -> str | None:
    if value is not None and value not in READERS:
        raise typer.BadParameter(f"unknown format {value!r}; use one of {', '.join(READERS)}")
    return value


def _check_currency(value: str | None) -> str | None:
    if value is not None and not _CURRENCY.fullmatch(value):
        raise typer.BadParameter(f"{value!r} is not a three-letter currency code such as EUR")
    return value.upper() if value else None


def _bank_line(result: BankImportResult) -> str:
    totals = ", ".join(f"{ccy} {amount:.2f}" for ccy, amount in sorted(result.totals.items()))
    return (
        f"{result.source}: {READERS[result.format].label}, {result.credits} credit(s)"
        f"{f' ({totals})' if totals else ''}: {result.added} added, "
        f"{result.already_imported} already imported; {result.skipped} other entries skipped"
    )


def bank_command(
    files: Annotated[list[Path], typer.Argument(help="Statements: BAI2, CAMT.053, MT940 or CSV.")],
    format_name: Annotated[
        str | None,
        typer.Option(
            "--format",
            callback=_check_format,
            help=f"Skip format detection: {', '.join(READERS)}.",
        ),
    ] = None,
    account: Annotated[
        str | None, typer.Option("--account", help="Our account, for files that omit it.")
    ] = None,
    currency: Annotated[
        str | None,
        typer.Option("--currency", callback=_check_currency, help="For files without one."),
    ] = None,
    date_format: Annotated[
        str | None,
        typer.Option("--date-format", help="CSV date format, e.g. '%d/%m/%Y'."),
    ] = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Store the credits of bank statements as receipts; a file imported twice adds nothing.

    Only credits are receipts: debits, reversals, zero amounts and unbooked entries are
    skipped. camt.052 and camt.054 are refused: import the day's camt.053 instead.
    """
    workspace = _workspace()
    options = ReadOptions(account=account, currency=currency, date_format=date_format)
    failed = False
    for path in files:
        try:
            result = import_bank_file(
                workspace,
                path,
                actor=_actor(actor),
                format_name=format_name,
                options=options,
                progress=_progress,
            )
        except BankStatementError as exc:
            _refused(str(path), exc.code, str(exc), as_json=as_json)
            failed = True
            continue
        except InboxAgentError as exc:
            typer.echo(f"{path}: not imported: {exc}", err=True)
            raise typer.Exit(1) from exc
        for warning in result.warnings:
            typer.echo(f"{path}: warning: {warning}", err=True)
        _emit_bank(result, as_json=as_json)
    if failed and not as_json:
        raise typer.Exit(1)


def _emit_bank(result: BankImportResult, *, as_json: bool) -> None:
    if as_json:
        payload: dict[str, Any] = result.as_json()
        emit_json(payload)
    else:
        typer.echo(_bank_line(result))


import_app.command("open-items")(open_items_command)
import_app.command("bank")(bank_command)


def register(app: typer.Typer) -> None:
    """Add the ``import`` command group to the main app."""
    app.add_typer(import_app, name="import")
