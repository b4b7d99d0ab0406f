"""The JSON shapes of CONTRACT.md, to and from the core's value types.

One place owns the wire format so that ``extract`` output can be fed to ``match`` unchanged
and amounts are always two-place decimal strings, never floats.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from matchers.types import (
    Allocation,
    Payer,
    Proposal,
    ReferenceKind,
    Remittance,
    RemittanceLine,
    money,
)

ERROR_CODES = ("encrypted", "corrupt", "unsupported", "too_large", "no_remittance")


class ContractError(ValueError):
    """A JSON object does not have the shape CONTRACT.md requires."""


def amount_str(value: Decimal) -> str:
    """Format money the contract's way: a decimal string with two places."""
    return f"{money(value):.2f}"


def _date_str(value: date | None) -> str | None:
    return value.isoformat() if value else None


def remittance_to_json(remittance: Remittance) -> dict[str, Any]:
    """Render one extracted remittance as the contract's ``extract`` object."""
    return {
        "source": remittance.source,
        "ok": True,
        "payer": {"name": remittance.payer.name, "customer_id": remittance.payer.customer_id},
        "payment_date": _date_str(remittance.payment_date),
        "payment_reference": remittance.payment_reference,
        "currency": remittance.currency,
        "total": amount_str(remittance.total) if remittance.total is not None else None,
        "lines": [_line_to_json(line) for line in remittance.lines],
        "method": remittance.method,
        "warnings": list(remittance.warnings),
    }


def _line_to_json(line: RemittanceLine) -> dict[str, Any]:
    return {
        "invoice_ref": line.invoice_ref,
        "invoice_date": _date_str(line.invoice_date),
        "gross_amount": amount_str(line.gross_amount) if line.gross_amount is not None else None,
        "discount": amount_str(line.discount),
        "deduction": amount_str(line.deduction),
        "paid_amount": amount_str(line.paid_amount),
        "reference_kind": line.reference_kind.value,
    }


def error_to_json(source: str, code: str, message: str) -> dict[str, Any]:
    """Render an input that could not be read as the contract's error object."""
    if code not in ERROR_CODES:
        raise ValueError(f"unknown error code {code!r}")
    return {"source": source, "ok": False, "error": {"code": code, "message": message}}


def _decimal(raw: object, field: str) -> Decimal:
    try:
        return Decimal(str(raw))
    except (InvalidOperation, ValueError) as exc:
        raise ContractError(f"{field}: {raw!r} is not a decimal amount") from exc


def _opt_decimal(raw: object, field: str) -> Decimal | None:
    return None if raw is None else _decimal(raw, field)


def _opt_date(raw: object, field: str) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError as exc:
        raise ContractError(f"{field}: {raw!r} is not an ISO date") from exc


def remittance_from_json(obj: dict[str, Any]) -> Remittance:
    """Read back one ``extract`` object; raises ContractError on a malformed one."""
    if not obj.get("ok", False):
        raise ContractError(f"{obj.get('source')}: not a readable remittance (ok is false)")
    try:
        payer = obj.get("payer") or {}
        lines = tuple(
            RemittanceLine(
                invoice_ref=str(line["invoice_ref"]),
                paid_amount=_decimal(line["paid_amount"], "paid_amount"),
                invoice_date=_opt_date(line.get("invoice_date"), "invoice_date"),
                gross_amount=_opt_decimal(line.get("gross_amount"), "gross_amount"),
                discount=_decimal(line.get("discount") or "0", "discount"),
                deduction=_decimal(line.get("deduction") or "0", "deduction"),
                reference_kind=ReferenceKind(line.get("reference_kind") or "unknown"),
            )
            for line in obj["lines"]
        )
        return Remittance(
            source=str(obj["source"]),
            lines=lines,
            payer=Payer(name=payer.get("name"), customer_id=payer.get("customer_id")),
            payment_date=_opt_date(obj.get("payment_date"), "payment_date"),
            payment_reference=obj.get("payment_reference"),
            currency=obj.get("currency"),
            total=_opt_decimal(obj.get("total"), "total"),
            method=str(obj.get("method") or "table"),
            warnings=tuple(obj.get("warnings") or ()),
        )
    except (KeyError, TypeError) as exc:
        raise ContractError(f"missing or malformed field: {exc}") from exc


def proposal_to_json(proposal: Proposal) -> dict[str, Any]:
    """Render a match proposal as the contract's ``match`` object."""
    return {
        "source": proposal.source,
        "customer_id": proposal.customer_id,
        "customer_confidence": round(proposal.customer_confidence, 4),
        "status": proposal.status.value,
        "allocations": [_allocation_to_json(a) for a in proposal.allocations],
        "unallocated": amount_str(proposal.unallocated),
    }


def _allocation_to_json(allocation: Allocation) -> dict[str, Any]:
    return {
        "invoice_number": allocation.invoice_number,
        "customer_id": allocation.customer_id,
        "amount": amount_str(allocation.amount),
        "confidence": round(allocation.confidence, 4),
        "status": allocation.status.value,
        "reason": allocation.reason,
    }
