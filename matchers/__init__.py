"""The pure cash-application core.

Plain dataclasses in (remittance lines, open items, customers, bank receipts), scored
proposals with reasons out. Nothing here touches mail, a database, a browser or the
network, so it can be tested exhaustively and run fast on a million open items.
"""

from matchers.amounts import AmountFit, AmountKind, fit_amount
from matchers.customers import CustomerDirectory, CustomerMatch, identify_customer
from matchers.engine import match_all, match_remittance
from matchers.index import OpenItemIndex, normalise_ref
from matchers.receipts import link_receipts
from matchers.subset import SubsetResult, find_combination
from matchers.types import (
    Allocation,
    BankReceipt,
    Customer,
    MatchPolicy,
    MatchStatus,
    OpenItem,
    Payer,
    Proposal,
    ReceiptLink,
    ReferenceKind,
    Remittance,
    RemittanceLine,
)

__all__ = [
    "Allocation",
    "AmountFit",
    "AmountKind",
    "BankReceipt",
    "Customer",
    "CustomerDirectory",
    "CustomerMatch",
    "MatchPolicy",
    "MatchStatus",
    "OpenItem",
    "OpenItemIndex",
    "Payer",
    "Proposal",
    "ReceiptLink",
    "ReferenceKind",
    "Remittance",
    "RemittanceLine",
    "SubsetResult",
    "find_combination",
    "fit_amount",
    "identify_customer",
    "link_receipts",
    "match_all",
    "match_remittance",
    "normalise_ref",
]
