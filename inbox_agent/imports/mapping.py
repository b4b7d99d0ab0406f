"""Map the agent's configuration and imported rows into the pure core's plain types.

``inbox_agent`` maps into ``matchers``, never the reverse: the core sees numbers and names,
not pydantic models, so it can be tested and benchmarked without a rules file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from inbox_agent.config.rules import MatchingRules, PayerRule
from matchers.types import Customer, MatchPolicy, OpenItem


def policy_from_rules(rules: MatchingRules) -> MatchPolicy:
    """The admin's ``matching`` section as the core's thresholds."""
    return MatchPolicy(
        auto_threshold=rules.auto_threshold,
        review_threshold=rules.review_threshold,
        amount_tolerance=rules.amount_tolerance,
        max_discount_pct=rules.max_discount_pct,
        allow_auto=rules.allow_auto,
    )


def customers_from_rules(payers: Sequence[PayerRule]) -> list[Customer]:
    """Customers as rules.yaml's ``payers`` describe them, aliases included."""
    return [
        Customer(customer_id=p.customer_id, name=p.name, aliases=tuple(p.aliases)) for p in payers
    ]


def customers_from_open_items(items: Iterable[OpenItem]) -> list[Customer]:
    """One customer per customer id in the open items, every distinct name it appears under.

    The first name seen is the customer's name; others (an ERP renamed the account, or
    two branches) become aliases so that a payer using either is still recognised.
    """
    names: dict[str, list[str]] = {}
    for item in items:
        known = names.setdefault(item.customer_id, [])
        if item.customer_name and item.customer_name not in known:
            known.append(item.customer_name)
    return [
        Customer(customer_id=cid, name=found[0] if found else "", aliases=tuple(found[1:]))
        for cid, found in names.items()
    ]


def merge_customers(*groups: Iterable[Customer]) -> list[Customer]:
    """Combine customer lists by id; the first group's name wins, other names become aliases.

    Put rules.yaml's payers first: the admin's spelling is the one reviewers know.
    """
    merged: dict[str, list[str]] = {}
    for group in groups:
        for customer in group:
            known = merged.setdefault(customer.customer_id, [])
            for name in (customer.name, *customer.aliases):
                if name and name not in known:
                    known.append(name)
    return [
        Customer(customer_id=cid, name=names[0] if names else "", aliases=tuple(names[1:]))
        for cid, names in merged.items()
    ]
