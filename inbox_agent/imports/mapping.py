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
        discount_rates_pct=tuple(rules.discount_rates_pct),
        subset_search_nodes=rules.subset_search_nodes,
        subset_search_seconds=rules.subset_search_seconds,
        receipt_days=rules.receipt_days,
        auto_short_payments=rules.auto_short_payments,
    )


def customers_from_rules(payers: Sequence[PayerRule]) -> list[Customer]:
    """Customers as rules.yaml's ``payers`` describe them: aliases, domains and accounts."""
    return [
        Customer(
            customer_id=p.customer_id,
            name=p.name,
            aliases=tuple(p.aliases),
            email_domains=tuple(p.email_domains),
            bank_accounts=tuple(p.bank_accounts),
        )
        for p in payers
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

    Put rules.yaml's payers first: the admin's spelling is the one reviewers know. E-mail
    domains and bank accounts from every group are kept, each once.
    """
    names: dict[str, list[str]] = {}
    domains: dict[str, list[str]] = {}
    accounts: dict[str, list[str]] = {}
    for group in groups:
        for customer in group:
            cid = customer.customer_id
            _extend(names.setdefault(cid, []), (customer.name, *customer.aliases))
            _extend(domains.setdefault(cid, []), customer.email_domains)
            _extend(accounts.setdefault(cid, []), customer.bank_accounts)
    return [
        Customer(
            customer_id=cid,
            name=known[0] if known else "",
            aliases=tuple(known[1:]),
            email_domains=tuple(domains[cid]),
            bank_accounts=tuple(accounts[cid]),
        )
        for cid, known in names.items()
    ]


def _extend(known: list[str], values: Iterable[str]) -> None:
    for value in values:
        if value and value not in known:
            known.append(value)
