"""Which of a customer's open items a payment without usable lines most likely covers.

A payment that names no invoice (or only numbers we do not have) usually pays a few of
the customer's invoices in full, the oldest first. Finding a combination that sums to
the amount is the subset-sum problem, exponential in the worst case, so:

* the cheap, common answers are tried first: one item of the amount (over all the
  customer's items), the oldest few in a row, two items (in one pass with a
  dictionary, over the ``MAX_POOL`` oldest: among hundreds of items, some pair sums to
  almost any amount by chance);
* then a depth-first search over those same oldest items, bounded twice - by the
  number of include/skip decisions tried and by wall-clock time. It walks the items
  oldest first and tries "include" before "skip", so the first combination it finds is
  the one made of the oldest items; it then looks for a second one only to say whether
  the answer is unique.

Whatever it finds is a proposal for a person, never automatic.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import combinations

from matchers.index import age
from matchers.types import OpenItem

MAX_CREDIT_NOTES = 4
"""Credit notes considered for netting in one search (their subsets are tried in turn)."""
MAX_POOL = 60
"""Oldest invoices the depth-first search considers (older debts are paid first)."""
_CHECK_EVERY = 1024


@dataclass(frozen=True, slots=True)
class SubsetResult:
    """The combination found (oldest first), whether it is the only one, and the effort."""

    items: tuple[OpenItem, ...]
    """Empty when nothing sums to the amount (or the search ran out of budget first)."""
    unique: bool
    """True when the search finished and found no second combination."""
    nodes: int
    """Combinations tried; never more than the budget."""
    complete: bool
    """True when the search space was exhausted within the budget."""


def _cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


class _Search:
    """Depth-first search over include/skip decisions with a node and time budget."""

    def __init__(self, amounts: list[int], max_nodes: int, deadline: float) -> None:
        self.amounts = amounts
        self.suffix = [0] * (len(amounts) + 1)
        for i in range(len(amounts) - 1, -1, -1):
            self.suffix[i] = self.suffix[i + 1] + amounts[i]
        self.max_nodes = max_nodes
        self.deadline = deadline
        self.nodes = 0
        self.stopped = False

    def solutions(self, target: int, want: int) -> list[list[int]]:
        """Up to ``want`` index lists summing to ``target``, oldest-first order."""
        # One tight loop with local names: this is the hot path of a failing search.
        amounts, suffix, size = self.amounts, self.suffix, len(self.amounts)
        nodes, limit, deadline, clock = self.nodes, self.max_nodes, self.deadline, time.perf_counter
        found: list[list[int]] = []
        # Stack of (next index, amount still needed, chosen so far); "include" is pushed
        # last so it is explored first.
        stack: list[tuple[int, int, tuple[int, ...]]] = [(0, target, ())]
        while stack and len(found) < want:
            nodes += 1
            if nodes >= limit or (not nodes & 1023 and clock() > deadline):
                self.stopped = True
                break
            index, need, chosen = stack.pop()
            if need == 0 and chosen:
                found.append(list(chosen))
            elif index < size and 0 <= need <= suffix[index]:
                stack.append((index + 1, need, chosen))
                amount = amounts[index]
                if amount <= need:
                    stack.append((index + 1, need - amount, (*chosen, index)))
        self.nodes = nodes
        return found


def _quick(invoices: Sequence[tuple[OpenItem, int]], need: int) -> list[list[int]]:
    """Combinations found without searching: oldest in a row, one item, two items."""
    found: list[list[int]] = []
    running = 0
    for position, (_item, amount) in enumerate(invoices):
        running += amount
        if running == need:
            found.append(list(range(position + 1)))
            break
        if running > need:
            break
    seen: dict[int, int] = {}
    for position, (_item, amount) in enumerate(invoices):
        if amount == need:
            found.append([position])
        partner = seen.get(need - amount)
        if partner is not None:
            found.append([partner, position])
        seen.setdefault(amount, position)
        if len({tuple(f) for f in found}) >= 2:
            break
    unique: dict[tuple[int, ...], list[int]] = {tuple(f): f for f in found}
    return sorted(unique.values())


def find_combination(
    open_items: Sequence[tuple[OpenItem, Decimal]],
    target: Decimal,
    *,
    max_nodes: int = 20_000,
    max_seconds: float = 0.1,
    whole_ledger: bool = True,
) -> SubsetResult:
    """The oldest combination of open items whose open amounts sum exactly to ``target``.

    Args:
        open_items: Each item with what is still open on it (invoices positive, credit
            notes negative); items with nothing open are ignored.
        target: The payment, positive.
        max_nodes: Most include/skip decisions to try, over all credit-note choices.
        max_seconds: Wall-clock limit, whichever comes first.
        whole_ledger: False when ``open_items`` is a selection of the customer's items
            (the oldest, and those of the amount): a combination is then never called
            the only one.

    Returns:
        The combination (invoices and any credit notes netted), whether it is unique,
        and how much searching it took.
    """
    deadline = time.perf_counter() + max_seconds
    wanted = _cents(target)
    invoices = sorted(
        ((item, _cents(amount)) for item, amount in open_items if amount > 0),
        key=lambda p: age(p[0]),
    )
    credits = sorted((p for p in open_items if p[1] < 0), key=lambda p: age(p[0]))
    credits = credits[:MAX_CREDIT_NOTES]
    quick = _quick(invoices[:MAX_POOL], wanted)
    quick += [[p] for p, (_i, amount) in enumerate(invoices) if amount == wanted and p >= MAX_POOL]
    if len(quick) >= 2:
        return SubsetResult(
            tuple(invoices[i][0] for i in quick[0]), unique=False, nodes=0, complete=True
        )
    pool = invoices[:MAX_POOL]
    search = _Search([amount for _item, amount in pool], max_nodes, deadline)
    found: list[tuple[OpenItem, ...]] = [tuple(invoices[i][0] for i in quick[0])] if quick else []
    for size in range(len(credits) + 1):
        for netted in combinations(credits, size):
            need = wanted - sum(_cents(amount) for _item, amount in netted)
            for picked in search.solutions(need, 3):
                chosen = (*(pool[i][0] for i in picked), *(item for item, _a in netted))
                if not any(set(map(id, chosen)) == set(map(id, f)) for f in found):
                    found.append(chosen)
            if len(found) >= 2 or search.stopped:
                break
        if len(found) >= 2 or search.stopped:
            break
    complete = not search.stopped and len(invoices) <= MAX_POOL and whole_ledger
    return SubsetResult(
        items=min(found, key=_oldest_first) if found else (),
        unique=len(found) == 1 and complete,
        nodes=search.nodes,
        complete=complete or len(found) >= 2,
    )


def _oldest_first(items: tuple[OpenItem, ...]) -> list[tuple[date, str]]:
    return sorted(age(i) for i in items)
