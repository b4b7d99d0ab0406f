"""The pure cash-application core.

Plain dataclasses in (remittance lines, open items, customers), scored proposals with
reasons out. Nothing here touches mail, a database, a browser or the network, so it can be
tested exhaustively and run fast on a million open items.
"""

from matchers.customers import CustomerDirectory, CustomerMatch, identify_customer
from matchers.engine import match_all, match_remittance
from matchers.index import OpenItemIndex, normalise_ref
from matchers.types import (
    Allocation,
    Customer,
    MatchPolicy,
    MatchStatus,
    OpenItem,
    Payer,
    Proposal,
    ReferenceKind,
    Remittance,
    RemittanceLine,
)

__all__ = [
    "Allocation",
    "Customer",
    "CustomerDirectory",
    "CustomerMatch",
    "MatchPolicy",
    "MatchStatus",
    "OpenItem",
    "OpenItemIndex",
    "Payer",
    "Proposal",
    "ReferenceKind",
    "Remittance",
    "RemittanceLine",
    "identify_customer",
    "match_all",
    "match_remittance",
    "normalise_ref",
]
