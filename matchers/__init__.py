"""The pure cash-application core.

Plain dataclasses in (remittance lines, open items, customers), scored proposals with
reasons out. Nothing here touches mail, a database, a browser or the network, so it can be
tested exhaustively and run fast on a million open items.
"""

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
    "MatchPolicy",
    "MatchStatus",
    "OpenItem",
    "Payer",
    "Proposal",
    "ReferenceKind",
    "Remittance",
    "RemittanceLine",
]
