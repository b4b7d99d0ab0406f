"""Who paid: recognise the customer behind a remittance.

Evidence is taken in order of how much a banking reviewer would trust it: a customer
number on the remittance, the bank account the money came from, the e-mail domain the
advice was sent from, the payer's name against our customer names and the aliases admins
keep in rules.yaml (exactly, cut short as bank statements do, or alike), and last whoever
owns the invoices the payer quoted. Names are compared after dropping legal forms ("Pty
Ltd", "GmbH", "Inc") and punctuation, because "ACME PTY. LTD" and "Acme Pty Ltd" are the
same company to a person and should be here too.

Evidence that points at two customers at once (a shared domain, a name two customers
trade under) is not used: it would be a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
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
        "pte", "pty", "sa", "sarl", "sas", "spa", "srl", "the", "pvt", "proprietary",
        "bhd", "sdn", "se", "aps", "gesmbh", "ug", "lp", "pc",
    }
)  # fmt: skip
_PUNCT = re.compile(r"[\W_]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")

FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "yahoo.com.au", "icloud.com", "me.com", "aol.com", "proton.me",
        "protonmail.com", "gmx.de", "gmx.net", "web.de", "bigpond.com", "bigpond.net.au",
        "optusnet.com.au", "qq.com", "163.com", "mail.com", "zoho.com",
    }
)  # fmt: skip
"""Domains anyone can have an address at: they identify no company."""

NAME_CUTOFF = 85.0
"""Similarity (0-100, words in any order) below which a payer name is not taken as a name."""

AMBIGUITY_MARGIN = 5.0
"""Two different customers scoring within this many points of each other is a tie."""

MIN_TRUNCATED = 10
"""Shortest cut-off name (in characters) taken as the start of one customer's name."""

# Confidence of each kind of customer evidence (checked on the bench's generated ledgers:
# `inbox-agent bench match` prints the observed accuracy of each kind).
BY_NUMBER = 0.99
BY_ACCOUNT = 0.99
BY_DOMAIN = 0.98
BY_NAME = 0.97
BY_TRUNCATED_NAME = 0.93
BY_ALL_OWNERS = 0.9
FUZZY_SCALE = 0.9
MAJORITY_SCALE = 0.6

STRONG_EVIDENCE = frozenset({"number", "account", "domain", "name"})
"""Customer evidence that stands on its own, independent of the invoices quoted."""


class CustomerMatch(NamedTuple):
    """The customer we think paid, how sure we are (0..1), why, and the kind of evidence.

    ``evidence`` is one of ``number``, ``account``, ``domain``, ``name``, ``truncated``,
    ``fuzzy``, ``owners`` or ``none``; the engine trusts the first four on their own.
    """

    customer_id: str | None
    confidence: float
    reason: str
    evidence: str = "none"


def normalise_company(name: str) -> str:
    """Reduce a company name to the words that identify it.

    Case, punctuation, "&" versus "and" and legal forms are dropped; if nothing would be
    left (a company literally called "The Company Ltd"), the unfiltered words are kept.
    """
    words = _PUNCT.sub(" ", name.casefold().replace("&", " and ")).split()
    kept = [w for w in words if w not in _LEGAL_WORDS]
    return " ".join(kept or words)


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


def normalise_account(account: str) -> str:
    """An account number as letters and digits only (``062-000 1234`` -> ``0620001234``)."""
    return _NOT_ALNUM.sub("", account).upper()


def normalise_domain(domain: str) -> str:
    """A mail domain, lower case, from a domain or a whole address (``ap@Acme.com``)."""
    value = domain.strip().lower().rsplit("@", 1)[-1].strip(". >")
    return value.removeprefix("www.")


def _add(table: dict[str, set[str]], key: str, customer_id: str) -> None:
    if key:
        table.setdefault(key, set()).add(customer_id)


class CustomerDirectory:
    """Customers prepared once for look-ups by account, domain and name."""

    __slots__ = (
        "_by_account",
        "_by_domain",
        "_by_id",
        "_choice_ids",
        "_choices",
        "_exact",
        "_keys",
        "_prefix_ids",
        "_prefixes",
    )

    def __init__(self, customers: Iterable[Customer]) -> None:
        """Normalise every name, alias, account and domain once."""
        self._by_id: dict[str, Customer] = {}
        self._exact: dict[str, set[str]] = {}
        self._by_account: dict[str, set[str]] = {}
        self._by_domain: dict[str, set[str]] = {}
        self._choices: list[str] = []
        self._choice_ids: list[str] = []
        self._keys: dict[str, list[str]] = {}
        for customer in customers:
            self._add_customer(customer)
        pairs = sorted((key, cid) for key, ids in self._exact.items() for cid in ids)
        self._prefixes = [key for key, _cid in pairs]
        self._prefix_ids = [cid for _key, cid in pairs]

    def _add_customer(self, customer: Customer) -> None:
        cid = customer.customer_id
        self._by_id[cid] = customer
        for name in (customer.name, *customer.aliases):
            key = normalise_company(name)
            if key:
                _add(self._exact, key, cid)
                self._keys.setdefault(cid, []).append(key)
                self._choices.append(_sorted_words(key))
                self._choice_ids.append(cid)
        for account in customer.bank_accounts:
            _add(self._by_account, normalise_account(account), cid)
        for domain in customer.email_domains:
            found = normalise_domain(domain)
            if found not in FREE_MAIL:
                _add(self._by_domain, found, cid)

    def __contains__(self, customer_id: object) -> bool:
        """Whether ``customer_id`` is one of ours."""
        return customer_id in self._by_id

    def __len__(self) -> int:
        """Number of customers."""
        return len(self._by_id)

    def get(self, customer_id: str) -> Customer | None:
        """The customer with this id, if we know it."""
        return self._by_id.get(customer_id)

    def by_account(self, account: str) -> CustomerMatch | None:
        """The one customer paying from ``account``; None if unknown or shared."""
        ids = self._by_account.get(normalise_account(account), set())
        if len(ids) != 1:
            return None
        (cid,) = ids
        return CustomerMatch(cid, BY_ACCOUNT, f"paid from {cid}'s bank account", "account")

    def by_domain(self, domain: str) -> CustomerMatch | None:
        """The one customer sending from ``domain`` (or a sub-domain of it)."""
        labels = normalise_domain(domain).split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            ids = self._by_domain.get(candidate)
            if ids is not None:
                if len(ids) != 1:
                    return None
                (cid,) = ids
                return CustomerMatch(
                    cid, BY_DOMAIN, f"sent from {candidate}, a domain of {cid}", "domain"
                )
        return None

    def match_name(self, payer_name: str, likely: str | None = None) -> CustomerMatch | None:
        """The one customer whose name or alias the payer name is; None when unsure.

        Args:
            payer_name: The name as the remittance gives it.
            likely: A customer other evidence points at (it owns the quoted invoices);
                if the name resembles it, the scan of every customer is skipped.
        """
        key = normalise_company(payer_name)
        if not key:
            return None
        exact = self._exact.get(key)
        if exact is not None:
            if len(exact) == 1:
                (cid,) = exact
                return CustomerMatch(
                    cid, BY_NAME, f"payer name {payer_name!r} is a name of {cid}", "name"
                )
            return None
        if likely is not None:
            score = self._likeness(key, likely)
            if score >= NAME_CUTOFF:
                return self._resembles(payer_name, likely, score)
        return self._truncated(payer_name, key) or self._fuzzy(payer_name, key)

    def name_likeness(self, name: str, customer_id: str) -> float:
        """How alike (0-100) a name is to one customer's names, as :meth:`match_name` sees it."""
        key = normalise_company(name)
        return self._likeness(key, customer_id) if key else 0.0

    def _likeness(self, key: str, customer_id: str) -> float:
        """How alike a name is to one customer's names, words in any order or cut short."""
        best = 0.0
        for known in self._keys.get(customer_id, ()):
            best = max(best, fuzz.token_sort_ratio(key, known))
            if len(key) >= MIN_TRUNCATED and known.startswith(key):
                best = max(best, 95.0)
        return best

    def _resembles(self, payer_name: str, customer_id: str, score: float) -> CustomerMatch:
        name = self._by_id[customer_id].name
        return CustomerMatch(
            customer_id,
            round(FUZZY_SCALE * score / 100, 4),
            f"payer name {payer_name!r} resembles {name!r} ({customer_id}, {score:.0f}% alike)",
            "fuzzy",
        )

    def _truncated(self, payer_name: str, key: str) -> CustomerMatch | None:
        """The one customer whose name starts with a name a bank cut short."""
        if len(key) < MIN_TRUNCATED:
            return None
        start = bisect_left(self._prefixes, key)
        ids: set[str] = set()
        for position in range(start, len(self._prefixes)):
            if not self._prefixes[position].startswith(key):
                break
            ids.add(self._prefix_ids[position])
            if len(ids) > 1:
                return None
        if len(ids) != 1:
            return None
        (cid,) = ids
        name = self._by_id[cid].name
        return CustomerMatch(
            cid,
            BY_TRUNCATED_NAME,
            f"payer name {payer_name!r} is the start of {name!r} ({cid}), cut short",
            "truncated",
        )

    def _fuzzy(self, payer_name: str, key: str) -> CustomerMatch | None:
        hits = process.extract(
            _sorted_words(key),
            self._choices,
            scorer=fuzz.ratio,
            score_cutoff=NAME_CUTOFF,
            limit=8,
        )
        best: dict[str, float] = {}
        for _choice, score, position in hits:
            cid = self._choice_ids[position]
            best[cid] = max(best.get(cid, 0.0), float(score))
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
        return CustomerMatch(
            top, BY_ALL_OWNERS, f"{top} owns every invoice the remittance quotes", "owners"
        )
    share = top_count / len(owners)
    return CustomerMatch(
        top,
        round(MAJORITY_SCALE * share, 4),
        f"{top} owns {top_count} of the {len(owners)} invoices the remittance quotes",
        "owners",
    )


def _corroborate(match: CustomerMatch, owners: Sequence[str]) -> CustomerMatch:
    """Raise a name match when the quoted invoices all belong to that same customer."""
    if match.customer_id is None or not owners or any(o != match.customer_id for o in owners):
        return match
    return CustomerMatch(
        match.customer_id,
        max(match.confidence, BY_NAME),
        f"{match.reason}, and it owns every invoice the remittance quotes",
        "name" if match.evidence in {"fuzzy", "truncated"} else match.evidence,
    )


def _independent(payer: Payer, customers: CustomerDirectory) -> CustomerMatch | None:
    """Evidence that needs no invoice: customer number, bank account, sender domain."""
    if payer.customer_id and payer.customer_id in customers:
        return CustomerMatch(
            payer.customer_id,
            BY_NUMBER,
            f"the remittance names customer {payer.customer_id}",
            "number",
        )
    if payer.bank_account:
        found = customers.by_account(payer.bank_account)
        if found is not None:
            return found
    if payer.email_domain:
        return customers.by_domain(payer.email_domain)
    return None


def identify_customer(
    payer: Payer, customers: CustomerDirectory, invoice_owners: Sequence[str] = ()
) -> CustomerMatch:
    """Decide which customer paid.

    Args:
        payer: What the remittance says about who paid.
        customers: Our customers, prepared for look-ups.
        invoice_owners: The owner of each invoice the remittance quotes that we could
            attribute to exactly one customer (one entry per line, repeats allowed).

    Returns:
        The customer id (None when no evidence is good enough), a confidence in 0..1, a
        reason a banking reviewer can check and the kind of evidence.
    """
    independent = _independent(payer, customers)
    if independent is not None:
        return independent
    if payer.name:
        likely = Counter(invoice_owners).most_common(1)[0][0] if invoice_owners else None
        named = customers.match_name(payer.name, likely=likely)
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
