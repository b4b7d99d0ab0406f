"""Who paid: recognise the customer behind a remittance.

Evidence is taken in order of how much a banking reviewer would trust it: a customer number
on the remittance itself, then the payer's name against our customer names and the aliases
admins keep in rules.yaml, then whoever owns the invoices the payer quoted. Names are
compared after dropping legal forms ("Pty Ltd", "GmbH", "Inc") and punctuation, because
"ACME PTY. LTD" and "Acme Pty Ltd" are the same company to a person and should be here too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process

from matchers.types import Customer, Payer

# Legal forms and filler words that say nothing about *which* company paid.
_LEGAL_WORDS = frozenset(
    {
        "ab", "ag", "bv", "co", "company", "corp", "corporation", "gmbh", "inc",
        "incorporated", "kg", "kk", "limited", "llc", "llp", "ltd", "nv", "oy", "plc",
        "pte", "pty", "sa", "sarl", "sas", "spa", "srl", "the",
    }
)  # fmt: skip
_PUNCT = re.compile(r"[\W_]+")

NAME_CUTOFF = 85.0
"""token_sort_ratio below which a payer name is not taken as a customer's name."""

AMBIGUITY_MARGIN = 5.0
"""Two different customers scoring within this many points of each other is a tie."""


class CustomerMatch(NamedTuple):
    """The customer we think paid, how sure we are (0..1) and why, in words."""

    customer_id: str | None
    confidence: float
    reason: str


def normalise_company(name: str) -> str:
    """Reduce a company name to the words that identify it.

    Case, punctuation, "&" versus "and" and legal forms are dropped; if nothing would be
    left (a company literally called "The Company Ltd"), the unfiltered words are kept.
    """
    words = _PUNCT.sub(" ", name.casefold().replace("&", " and ")).split()
    kept = [w for w in words if w not in _LEGAL_WORDS]
    return " ".join(kept or words)


class CustomerDirectory:
    """Customers prepared once for name look-ups (normalised names, alias table)."""

    __slots__ = ("_by_id", "_choice_ids", "_choices", "_exact", "_keys")

    def __init__(self, customers: Iterable[Customer]) -> None:
        """Normalise every name and alias once, so each remittance costs one scan at most."""
        self._by_id: dict[str, Customer] = {}
        self._exact: dict[str, set[str]] = {}
        self._choices: list[str] = []
        self._choice_ids: list[str] = []
        self._keys: dict[str, list[str]] = {}
        for customer in customers:
            self._by_id[customer.customer_id] = customer
            for name in (customer.name, *customer.aliases):
                key = normalise_company(name)
                if key:
                    self._exact.setdefault(key, set()).add(customer.customer_id)
                    self._keys.setdefault(customer.customer_id, []).append(key)
                    self._choices.append(key)
                    self._choice_ids.append(customer.customer_id)

    def __contains__(self, customer_id: object) -> bool:
        """Whether ``customer_id`` is one of ours."""
        return customer_id in self._by_id

    def __len__(self) -> int:
        """Number of customers."""
        return len(self._by_id)

    def get(self, customer_id: str) -> Customer | None:
        """The customer with this id, if we know it."""
        return self._by_id.get(customer_id)

    def match_name(self, payer_name: str, likely: str | None = None) -> CustomerMatch | None:
        """The one customer whose name or alias the payer name is; None when unsure.

        Args:
            payer_name: The name as the remittance gives it.
            likely: A customer other evidence points at (it owns every quoted invoice);
                if the name resembles it, the scan of every customer is skipped.
        """
        key = normalise_company(payer_name)
        if not key:
            return None
        exact = self._exact.get(key)
        if exact is not None:
            if len(exact) == 1:
                (customer_id,) = exact
                return CustomerMatch(
                    customer_id, 0.97, f"payer name {payer_name!r} is a name of {customer_id}"
                )
            return None
        if likely is not None:
            scores = [fuzz.token_sort_ratio(key, k) for k in self._keys.get(likely, ())]
            if scores and max(scores) >= NAME_CUTOFF:
                return self._resembles(payer_name, likely, float(max(scores)))
        return self._fuzzy(payer_name, key)

    def _resembles(self, payer_name: str, customer_id: str, score: float) -> CustomerMatch:
        name = self._by_id[customer_id].name
        return CustomerMatch(
            customer_id,
            round(0.9 * score / 100, 4),
            f"payer name {payer_name!r} resembles {name!r} ({customer_id}, {score:.0f}% alike)",
        )

    def _fuzzy(self, payer_name: str, key: str) -> CustomerMatch | None:
        hits = process.extract(
            key, self._choices, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_CUTOFF, limit=8
        )
        best: dict[str, float] = {}
        for _choice, score, position in hits:
            customer_id = self._choice_ids[position]
            best[customer_id] = max(best.get(customer_id, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda pair: pair[1], reverse=True)
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < AMBIGUITY_MARGIN:
            return None
        return self._resembles(payer_name, *ranked[0])


def _from_owners(owners: Sequence[str]) -> CustomerMatch | None:
    """The customer owning most of the quoted invoices, scored by how many it owns."""
    if not owners:
        return None
    counts = Counter(owners).most_common(2)
    top, top_count = counts[0]
    if len(counts) > 1 and counts[1][1] == top_count:
        return None
    if top_count == len(owners):
        return CustomerMatch(top, 0.9, f"{top} owns every invoice the remittance quotes")
    share = top_count / len(owners)
    return CustomerMatch(
        top,
        round(0.6 * share, 4),
        f"{top} owns {top_count} of the {len(owners)} invoices the remittance quotes",
    )


def _corroborate(match: CustomerMatch, owners: Sequence[str]) -> CustomerMatch:
    """Raise a name match when the quoted invoices all belong to that same customer."""
    if match.customer_id is None or not owners or any(o != match.customer_id for o in owners):
        return match
    return CustomerMatch(
        match.customer_id,
        max(match.confidence, 0.97),
        f"{match.reason}, and it owns every invoice the remittance quotes",
    )


def identify_customer(
    payer: Payer, customers: CustomerDirectory, invoice_owners: Sequence[str] = ()
) -> CustomerMatch:
    """Decide which customer paid.

    Args:
        payer: What the remittance says about who paid.
        customers: Our customers, prepared for name look-ups.
        invoice_owners: The owner of each invoice the remittance quotes that we could
            attribute to exactly one customer (one entry per line, repeats allowed).

    Returns:
        The customer id (None when no evidence is good enough), a confidence in 0..1 and
        a reason a banking reviewer can check.
    """
    if payer.customer_id and payer.customer_id in customers:
        return CustomerMatch(
            payer.customer_id, 0.99, f"the remittance names customer {payer.customer_id}"
        )
    if payer.name:
        sole = invoice_owners[0] if len(set(invoice_owners)) == 1 else None
        named = customers.match_name(payer.name, likely=sole)
        if named is not None:
            return _corroborate(named, invoice_owners)
    owned = _from_owners(invoice_owners)
    if owned is not None:
        return owned
    if payer.customer_id:
        return CustomerMatch(
            None, 0.0, f"customer {payer.customer_id} named on the remittance is not one of ours"
        )
    return CustomerMatch(None, 0.0, "no customer number, known payer name or known invoice")
