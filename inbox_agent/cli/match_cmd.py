"""``inbox-agent match``: propose how each extracted remittance clears open items.

Reads what ``extract --json`` printed (one remittance per line) and the ERP's open items,
and prints one proposal per remittance. A line that is not a remittance is reported on
stderr with its line number and the rest are still matched, so one bad record in a night's
batch does not hold back the other proposals; the exit code then says something was wrong.

With ``--bank``, the statement's receipts are read by :mod:`inbox_agent.imports.bank` and
each remittance is tied to the receipt that brought its money
(:func:`matchers.link_receipts`); the link is added to the proposal as ``bank_receipt``
(an extra key: CONTRACT.md's keys are unchanged). Proposals are then printed once every
remittance has been matched, since a receipt can only go to one advice.

Besides CONTRACT.md's fields, a remittance's ``payer`` may carry ``email_domain`` (or the
sender's ``email``) and ``bank_account``; they help recognise the customer.
"""

from __future__ import annotations

import dataclasses
import gc
import importlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from inbox_agent.cli.common import emit_json, rules_or_exit
from inbox_agent.contract_json import (
    ContractError,
    amount_str,
    proposal_to_json,
    remittance_from_json,
)
from inbox_agent.imports import (
    OpenItemsError,
    customers_from_open_items,
    customers_from_rules,
    merge_customers,
    policy_from_rules,
    read_open_items,
)
from matchers import (
    BankReceipt,
    CustomerDirectory,
    MatchPolicy,
    OpenItem,
    OpenItemIndex,
    Payer,
    Proposal,
    ReceiptLink,
    Remittance,
    link_receipts,
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
        return _with_payer_extras(remittance_from_json(obj), obj.get("payer"))
    except (ContractError, ValueError) as exc:
        raise _BadLine(f"{where}: not a remittance object: {exc}") from None


def _text_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _with_payer_extras(remittance: Remittance, payer: object) -> Remittance:
    """Add the sender's domain and the paying account, when the record carries them."""
    if not isinstance(payer, dict):
        return remittance
    domain = _text_or_none(payer.get("email_domain")) or _text_or_none(payer.get("email"))
    account = _text_or_none(payer.get("bank_account"))
    if domain is None and account is None:
        return remittance
    extra = Payer(remittance.payer.name, remittance.payer.customer_id, domain, account)
    return dataclasses.replace(remittance, payer=extra)


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


def _print_human(proposal: Proposal, link: ReceiptLink | None = None) -> None:
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
    if link is not None:
        typer.echo(
            f"  bank receipt\t{link.receipt.value_date.isoformat()}\t{link.receipt.amount:.2f}"
            f"\t{link.confidence:.2f}\t{link.status.value}\t{link.reason}"
        )


def _link_to_json(link: ReceiptLink | None) -> dict[str, Any] | None:
    if link is None:
        return None
    receipt = link.receipt
    return {
        "value_date": receipt.value_date.isoformat(),
        "amount": amount_str(receipt.amount),
        "currency": receipt.currency,
        "reference": receipt.reference,
        "payer_name": receipt.payer_name,
        "payer_account": receipt.account,
        "confidence": round(link.confidence, 4),
        "status": link.status.value,
        "reason": link.reason,
    }


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


def _remittances(stream: IO[bytes], source: str) -> tuple[list[Remittance], bool]:
    """Every remittance in ``stream``, and True when every line was a usable record."""
    clean = True
    found: list[Remittance] = []
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            parsed = _parse_line(raw, number, source)
        except _BadLine as exc:
            typer.echo(str(exc), err=True)
            clean = False
            continue
        if parsed is not None:
            found.append(parsed)
    return found, clean


def _emit(proposal: Proposal, *, as_json: bool, bank: bool, link: ReceiptLink | None) -> None:
    if as_json:
        obj = proposal_to_json(proposal)
        if bank:
            obj["bank_receipt"] = _link_to_json(link)
        emit_json(obj)
    else:
        _print_human(proposal, link)


def _match_stream(
    stream: IO[bytes],
    source: str,
    match: Callable[[Remittance], Proposal],
    *,
    as_json: bool,
) -> bool:
    """Match every remittance in ``stream`` as it is read; True when every line was usable."""
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
        if parsed is not None:
            _emit(match(parsed), as_json=as_json, bank=False, link=None)
    return clean


def _read_receipts(path: Path) -> list[BankReceipt] | None:
    """The statement's receipts; None (after saying why) when they cannot be used."""
    try:
        bank = importlib.import_module("inbox_agent.imports.bank")
    except ModuleNotFoundError as exc:
        if exc.name != "inbox_agent.imports.bank":
            raise
        typer.echo(
            f"note: {path}: bank statements cannot be read in this version; "
            "proposals are made from the remittances alone",
            err=True,
        )
        return []
    try:
        statement = bank.read_statement(path.read_bytes())
    except OSError as exc:
        typer.echo(f"{path}: cannot read the bank statement: {exc.strerror}", err=True)
        return None
    except bank.BankStatementError as exc:
        typer.echo(f"{path}: not a usable bank statement ({exc.code}): {exc}", err=True)
        return None
    for warning in statement.warnings:
        typer.echo(f"{path}: {warning}", err=True)
    return [
        BankReceipt(
            account=credit.payer_account or "",
            value_date=credit.value_date,
            amount=credit.amount,
            currency=credit.currency,
            reference=credit.reference,
            payer_name=credit.payer_name or "",
        )
        for credit in statement.credits
    ]


def _match_with_bank(
    stream: IO[bytes],
    source: str,
    match: Callable[[Remittance], Proposal],
    link: Callable[[list[Remittance], list[Proposal]], list[ReceiptLink]],
    *,
    as_json: bool,
) -> bool:
    """Match everything first, then tie receipts to advices, then print."""
    remittances, clean = _remittances(stream, source)
    proposals = [match(r) for r in remittances]
    links = {found.source: found for found in link(remittances, proposals)}
    for proposal in proposals:
        _emit(proposal, as_json=as_json, bank=True, link=links.get(proposal.source))
    return clean


def _linker(
    receipts: list[BankReceipt], customers: CustomerDirectory, policy: MatchPolicy
) -> Callable[[list[Remittance], list[Proposal]], list[ReceiptLink]]:
    def link(remittances: list[Remittance], proposals: list[Proposal]) -> list[ReceiptLink]:
        return link_receipts(remittances, receipts, customers, policy, proposals)

    return link


def match_command(
    open_items: OpenItemsOpt,
    remittance: RemittanceOpt,
    bank: BankOpt = None,
    rules: RulesOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print one proposal per remittance: customer, allocations, status, unallocated."""
    active = rules_or_exit(rules)
    receipts = _read_receipts(bank) if bank is not None else []
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
        if bank is None:
            clean = _match_stream(stream, str(remittance), match, as_json=as_json)
        else:
            linker = _linker(receipts or [], customers, policy)
            clean = _match_with_bank(stream, str(remittance), match, linker, as_json=as_json)
    if not clean or receipts is None:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``match`` to the main app."""
    app.command("match")(match_command)
