"""``inbox-agent match``: propose how each extracted remittance clears open items.

Reads what ``extract --json`` printed (one remittance per line) and the ERP's open items,
and prints one proposal per remittance. A line that is not a remittance is reported on
stderr with its line number and the rest are still matched, so one bad record in a night's
batch does not hold back the other proposals; the exit code then says something was wrong.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.contract_json import ContractError, proposal_to_json, remittance_from_json
from inbox_agent.imports import (
    OpenItemsError,
    customers_from_open_items,
    customers_from_rules,
    merge_customers,
    policy_from_rules,
    read_open_items,
)
from matchers import (
    CustomerDirectory,
    OpenItem,
    OpenItemIndex,
    Proposal,
    Remittance,
    match_remittance,
)

log = logging.getLogger(__name__)

OpenItemsOpt = Annotated[
    Path,
    typer.Option("--open-items", help="Open items, .csv or .xlsx (CONTRACT.md's columns)."),
]
RemittanceOpt = Annotated[
    Path,
    typer.Option("--remittance", help="What `extract --json` printed (JSON Lines); - for stdin."),
]
BankOpt = Annotated[
    Path | None,
    typer.Option("--bank", help="Bank statement of receipts (BAI2, CAMT.053, MT940, CSV)."),
]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="rules.yaml to use.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON Lines on stdout.")]


class _BadLine(Exception):
    """A line of the remittance file that is not a remittance object."""


def _parse_line(raw: bytes, number: int, source: str) -> Remittance | None:
    """One JSON Lines record as a remittance; None for an ``ok: false`` record (noted)."""
    where = f"{source} line {number}"
    try:
        obj: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _BadLine(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _BadLine(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise _BadLine(f"{where}: expected a JSON object, got {type(obj).__name__}")
    if obj.get("ok") is False:
        error = obj.get("error") or {}
        typer.echo(
            f"{where}: skipping {obj.get('source')!s}: not read at extraction "
            f"({error.get('code', 'unknown')}: {error.get('message', '')})",
            err=True,
        )
        return None
    try:
        return remittance_from_json(obj)
    except (ContractError, ValueError) as exc:
        raise _BadLine(f"{where}: not a remittance object: {exc}") from None


@contextmanager
def _open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The remittance file, or standard input for ``-``; unreadable files stop with exit 1."""
    if str(path) == "-":
        yield sys.stdin.buffer
        return
    try:
        stream = path.open("rb")
    except OSError as exc:
        typer.echo(f"{path}: cannot read the remittance file: {exc.strerror}", err=True)
        raise typer.Exit(1) from exc
    with stream:
        yield stream


def _print_human(proposal: Proposal) -> None:
    who = proposal.customer_id or "unknown customer"
    typer.echo(
        f"{proposal.source}\t{proposal.status.value}\t{who} ({proposal.customer_confidence:.2f})"
        f"\tunallocated {proposal.unallocated:.2f}"
    )
    for a in proposal.allocations:
        typer.echo(
            f"  {a.invoice_number}\t{a.customer_id}\t{a.amount:.2f}\t{a.confidence:.2f}"
            f"\t{a.status.value}\t{a.reason}"
        )


@contextmanager
def _bulk_load() -> Iterator[None]:
    """Pause the cycle collector while a million acyclic objects are built.

    Open items, their Decimals and the index's tuples hold no reference cycles, so
    reference counting frees them on its own; without the pause, the collector rescans
    the growing heap again and again and doubles the time the index takes to build.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_open_items(path: Path) -> list[OpenItem]:
    try:
        items = read_open_items(path)
    except OpenItemsError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    log.info("read %d open items from %s", len(items), path)
    return items


def _match_stream(
    stream: IO[bytes],
    source: str,
    match: Callable[[Remittance], Proposal],
    *,
    as_json: bool,
) -> bool:
    """Match every remittance in ``stream``; True when every line was a usable record."""
    clean = True
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            parsed = _parse_line(raw, number, source)
        except _BadLine as exc:
            typer.echo(str(exc), err=True)
            clean = False
            continue
        if parsed is None:
            continue
        proposal = match(parsed)
        if as_json:
            emit_json(proposal_to_json(proposal))
        else:
            _print_human(proposal)
    return clean


def match_command(
    open_items: OpenItemsOpt,
    remittance: RemittanceOpt,
    bank: BankOpt = None,
    rules: RulesOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print one proposal per remittance: customer, allocations, status, unallocated."""
    active = rules_or_exit(rules)
    if bank is not None:
        typer.echo(
            f"note: {bank}: bank receipts are not used yet in this version; "
            "proposals are made from the remittances alone",
            err=True,
        )
    with _bulk_load():
        items = _load_open_items(open_items)
        index = OpenItemIndex(items)
    # rules.yaml first: the admin's spelling of a name is the one reviewers know.
    customers = CustomerDirectory(
        merge_customers(customers_from_rules(active.payers), customers_from_open_items(items))
    )
    policy = policy_from_rules(active.matching)

    def match(parsed: Remittance) -> Proposal:
        return match_remittance(parsed, index, customers, policy)

    with _open_binary(remittance) as stream:
        clean = _match_stream(stream, str(remittance), match, as_json=as_json)
    if not clean:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``match`` to the main app."""
    app.command("match")(match_command)
