"""Propose how one remittance clears open items: the cash-application core.

For each remittance line, candidate open items are gathered from the cheapest, surest
evidence outwards and the search stops as soon as one candidate explains the line
beyond doubt:

1. the quoted number, forgiving formatting, zero padding, OCR confusions and a missing
   or different label (dictionary look-ups, :mod:`matchers.index`);
2. numbers one typing slip away among the paying customer's own open items;
3. the purchase order the payer quoted;
4. numbers one slip away among all open items (a symmetric-delete index);
5. several numbers quoted on one line.

Each candidate is described by its evidence - how the number met, how the amount fits
(:mod:`matchers.amounts`), whose item it is - and ranked; a runner-up too close to the
best makes the line *ambiguous*. The confidence reported is the accuracy such evidence
had on the bench (:mod:`matchers.calibration`). Whether an allocation may pass without a
person is decided separately and conservatively: the admin's thresholds, and never for
an ambiguous line, a currency that differs, another customer's item, a number shared by
two customers and told apart by the amount alone, a purchase order with more than one
open item (or quoted by a payer not known independently), a typing slip
outside the payer's own items, a combination guessed for a payment without usable lines
(:mod:`matchers.subset`), or a short or over payment - unless the admin allows those
for a payer known independently who quoted the number itself and no other open item of
the payer has exactly the amount paid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from matchers import calibration
from matchers.amounts import EXPLAINED, AmountFit, AmountKind, fit_amount, fmt
from matchers.customers import STRONG_EVIDENCE, CustomerDirectory, CustomerMatch, identify_customer
from matchers.index import OpenItemIndex
from matchers.refs import (
    MIN_FUZZY_CORE,
    RefForms,
    forms,
    normalise_ref,
    ocr_or_zeros,
    split_norm,
    tokens,
)
from matchers.subset import MAX_CREDIT_NOTES, MAX_POOL, find_combination
from matchers.types import (
    ZERO,
    Allocation,
    Customer,
    MatchPolicy,
    MatchStatus,
    OpenItem,
    Proposal,
    ReferenceKind,
    Remittance,
    RemittanceLine,
    money,
)

# Ranking of candidates for one line (not confidences): additive scores for how the
# number met, how the amount fits and whose item it is.
REF_RANK = {
    "exact": 6.0, "zeros": 5.5, "ocr": 5.0, "prefix": 5.0, "token": 4.5, "fuzzy": 3.5,
    "po": 4.0, "po_pick": 3.5, "series": 2.5, "fuzzy_global": 2.5,
}  # fmt: skip
AMOUNT_RANK = {
    AmountKind.EXACT: 4.0, AmountKind.TOLERANCE: 3.5, AmountKind.DISCOUNT: 3.5,
    AmountKind.TERMS: 3.0, AmountKind.DEDUCTION: 3.0, AmountKind.NETTED: 2.0,
    AmountKind.SHORT: 0.0, AmountKind.OVER: 0.0,
}  # fmt: skip
CUSTOMER_RANK = {"payer": 3.0, "fuzzy": 2.5, "owner": 1.5, "none": 1.5, "other": -2.0}
AMBIGUITY_GAP = 2.0
"""A runner-up ranked within this of the best candidate makes the line ambiguous."""

AUTO_REFS = frozenset({"exact", "zeros", "ocr", "prefix", "token"})
"""Ways of meeting our number that may pass on their own (``fuzzy`` too, but only among
the paying customer's own items: a slip found among everyone's is a guess)."""
PARTIAL_REFS = frozenset({"exact", "zeros", "ocr"})
"""Ways of meeting our number sure enough to allocate a payment that does not fit."""
BLOCKING_FLAGS = frozenset({"ambiguous", "dup_amount", "currency", "multi", "elsewhere"})
LARGE_CUSTOMER = 300
"""Above this many items, a customer's slips are looked up in the one-edit index (by the
number without its label) instead of comparing the number with each of its items."""
CROWDED_CORE = 50
"""A label-less number shared by more items than this is only looked for at the payer."""


@dataclass(frozen=True, slots=True)
class _Hit:
    """An open item a line's reference points at, how, and the words for it."""

    item: OpenItem
    ref: str
    basis: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A hit with its amount fit, its relation to the payer and its rank."""

    hit: _Hit
    fit: AmountFit
    customer: str
    rank: float


@dataclass(frozen=True, slots=True)
class _Choice:
    """The best candidate for a line, its warning flags and the words they need."""

    best: _Candidate
    flags: frozenset[str]
    notes: tuple[str, ...]


@dataclass(slots=True)
class _Context:
    """State of one remittance while its lines are matched."""

    policy: MatchPolicy
    index: OpenItemIndex
    who: CustomerMatch
    currency: str | None
    allocated: dict[int, Decimal] = field(default_factory=dict)
    quoted: set[int] = field(default_factory=set)

    def remaining(self, item: OpenItem) -> Decimal:
        """What is still open on ``item`` after earlier lines of this remittance."""
        return item.open_amount - self.allocated.get(id(item), ZERO)

    def relation(self, item: OpenItem) -> str:
        """Whose item this is, seen from the paying customer (see calibration)."""
        who = self.who
        if who.customer_id is None:
            return "none"
        if item.customer_id != who.customer_id:
            # A payer known only as the owner of the quoted numbers is no evidence
            # against another customer's item: the numbers themselves may be mistyped.
            return "none" if who.evidence == "owners" else "other"
        if who.evidence in STRONG_EVIDENCE:
            return "payer"
        return "fuzzy" if who.evidence in {"fuzzy", "truncated"} else "owner"


# ---------------------------------------------------------------- gathering hits


def _label(line: RemittanceLine) -> str:
    return "credit note number" if line.paid_amount < 0 else "invoice number"


def _number_hits(line: RemittanceLine, f: RefForms, ctx: _Context) -> list[_Hit]:
    """Items whose number is the quoted one, forgiving format, padding, OCR and label."""
    label, raw = _label(line), line.invoice_ref
    hits: list[_Hit] = []
    for item in ctx.index.by_key(f.key):
        ours = normalise_ref(item.invoice_number)
        if ours == f.norm:
            hits.append(_Hit(item, "exact", f"{label} exact"))
        else:
            how = ocr_or_zeros(raw, item.invoice_number)
            kind = "zeros" if "zeros" in how else "ocr"
            hits.append(_Hit(item, kind, f"{label} {raw!r} matches {item.invoice_number} {how}"))
    for key in f.ocr_keys if not hits else ():
        for item in ctx.index.by_key(key):
            how = "reading OCR-confusable characters (O/0, I/1, S/5, B/8, Z/2) alike"
            hits.append(_Hit(item, "ocr", f"{label} {raw!r} matches {item.invoice_number} {how}"))
    if len(f.core) < 3:
        return hits
    seen = {id(h.item) for h in hits}
    bucket = ctx.index.by_core(f.core)
    if len(bucket) > CROWDED_CORE:
        bucket = tuple(i for i in bucket if i.customer_id == ctx.who.customer_id)
    for item in bucket:
        if id(item) in seen:
            continue
        prefix = split_norm(normalise_ref(item.invoice_number))[1]
        if f.label_is_noise or not prefix:
            basis = f"{label} {raw!r} matches {item.invoice_number} without its label"
            hits.append(_Hit(item, "prefix", basis))
        else:
            basis = f"{label} {raw!r} has the digits of {item.invoice_number} under another label"
            hits.append(_Hit(item, "series", basis))
    return hits


def _slip_basis(line: RemittanceLine, item: OpenItem, where: str) -> str:
    return (
        f"{_label(line)} {line.invoice_ref!r} is one typing slip (a wrong, missing, extra or "
        f"swapped character) from {item.invoice_number}{where}"
    )


def _own_fuzzy_hits(line: RemittanceLine, f: RefForms, ctx: _Context, seen: set[int]) -> list[_Hit]:
    """The payer's own items one edit away from the quoted number (key or core)."""
    cid = ctx.who.customer_id
    if cid is None or len(f.core) < MIN_FUZZY_CORE:
        return []
    items = ctx.index.customer_items(cid)
    if len(items) > LARGE_CUSTOMER:
        near_items = ctx.index.near_core(f.core)
        if near_items is not None:
            where = f", an open item of {cid}"
            return [
                _Hit(item, "fuzzy", _slip_basis(line, item, where))
                for item, core in near_items
                if item.customer_id == cid and id(item) not in seen
                and OSA.distance(f.core, core, score_cutoff=1) <= 1
            ]  # fmt: skip
    keys = ctx.index.customer_keys(cid)
    near: set[int] = set()
    for _k, _d, position in process.extract(
        f.key, keys.keys, scorer=OSA.distance, score_cutoff=1, limit=None
    ):
        near.add(position)
    for _k, _d, position in process.extract(
        f.core, keys.cores, scorer=OSA.distance, score_cutoff=1, limit=None
    ):
        if len(keys.cores[position]) >= MIN_FUZZY_CORE:
            near.add(position)
    return [
        _Hit(items[p], "fuzzy", _slip_basis(line, items[p], f", an open item of {cid}"))
        for p in sorted(near)
        if id(items[p]) not in seen
    ]


def _global_fuzzy_hits(
    line: RemittanceLine, f: RefForms, ctx: _Context, seen: set[int]
) -> list[_Hit]:
    """Items anywhere one edit from the quoted number's core (symmetric-delete index)."""
    near = ctx.index.near_core(f.core)
    if not near:
        return []
    hits: list[_Hit] = []
    for item, core in near:
        if id(item) in seen:
            continue
        if OSA.distance(f.core, core, score_cutoff=1) <= 1:
            hits.append(_Hit(item, "fuzzy_global", _slip_basis(line, item, "")))
    return hits


# ---------------------------------------------------------------- choosing


def _usable(item: OpenItem, paid: Decimal, ctx: _Context) -> bool:
    """A payment only clears invoices and a credit note only credit notes (same sign)."""
    left = ctx.remaining(item)
    return left != 0 and (left > 0) == (paid > 0)


def _assess(line: RemittanceLine, hit: _Hit, ctx: _Context) -> _Candidate:
    fit = fit_amount(abs(line.paid_amount), abs(ctx.remaining(hit.item)), line, ctx.policy)
    relation = ctx.relation(hit.item)
    rank = REF_RANK[hit.ref] + AMOUNT_RANK[fit.kind] + CUSTOMER_RANK[relation]
    return _Candidate(hit, fit, relation, rank)


def _currency_differs(item: OpenItem, ctx: _Context) -> bool:
    return bool(ctx.currency and item.currency and ctx.currency.upper() != item.currency.upper())


def _duplicate_flags(best: _Candidate, others: Sequence[_Candidate]) -> tuple[set[str], list[str]]:
    """Flags for a number that other customers' items carry too."""
    number = normalise_ref(best.hit.item.invoice_number)
    twins = [
        c for c in others
        if c.hit.item.customer_id != best.hit.item.customer_id
        and normalise_ref(c.hit.item.invoice_number) == number
    ]  # fmt: skip
    if not twins:
        return set(), []
    count = len(twins) + 1
    if best.customer in {"payer", "fuzzy"}:
        return {"dup"}, [
            f"{count} customers have an open item with this number; this is the payer's"
        ]
    return {"dup_amount"}, [f"{count} open items carry this number and only this one's amount fits"]


def _choose(line: RemittanceLine, hits: Sequence[_Hit], ctx: _Context) -> _Choice | None:
    """The best usable candidate for a line, with its warning flags."""
    candidates = [_assess(line, h, ctx) for h in hits if _usable(h.item, line.paid_amount, ctx)]
    if not candidates:
        return None
    candidates.sort(key=lambda c: c.rank, reverse=True)
    best, others = candidates[0], candidates[1:]
    flags, notes = _duplicate_flags(best, others)
    rival = next((c for c in others if c.hit.item is not best.hit.item), None)
    if rival is not None and best.rank - rival.rank < AMBIGUITY_GAP:
        flags.add("ambiguous")
        item = rival.hit.item
        notes.append(
            f"also possible: {item.invoice_number} of {item.customer_id} ({rival.fit.reason})"
        )
    if best.fit.kind in {AmountKind.SHORT, AmountKind.OVER} and best.customer != "other":
        other = _amount_elsewhere(line, best, ctx)
        if other is not None:
            flags.add("elsewhere")
            notes.append(f"the payment equals the open amount of {other.invoice_number}")
    if _currency_differs(best.hit.item, ctx):
        flags.add("currency")
        notes.append(
            f"currency differs (remittance {ctx.currency}, invoice {best.hit.item.currency})"
        )
    return _Choice(best, frozenset(flags), tuple(notes))


def _settled(choice: _Choice | None) -> bool:
    """Whether a choice is beyond doubt, so that slower searches can be skipped.

    A payment the figures do not explain is never settled: the slower searches are
    what find the invoice a mistyped number was meant to be.
    """
    if choice is None or choice.best.fit.kind not in EXPLAINED:
        return False
    best = choice.best
    return _auto_allowed(best.hit.ref, best.fit.kind, best.customer, choice.flags)


def _amount_elsewhere(line: RemittanceLine, best: _Candidate, ctx: _Context) -> OpenItem | None:
    """Another open item of the customer whose open amount is exactly the payment.

    A payment that does not fit the quoted invoice but fits another one to the cent is
    more likely that other invoice under a wrong number than a short or over payment.
    """
    paid = abs(line.paid_amount)
    items = ctx.index.customer_keys(best.hit.item.customer_id).by_amount.get(paid, ())
    sign = 1 if line.paid_amount > 0 else -1
    for item in items:
        if item is not best.hit.item and ctx.remaining(item) == sign * paid:
            return item
    return None


# ---------------------------------------------------------------- allocations


def _auto_allowed(
    ref: str,
    amount: AmountKind,
    customer: str,
    flags: frozenset[str],
    policy: MatchPolicy | None = None,
) -> bool:
    """Whether evidence of this kind may pass without a person (thresholds still apply).

    Never for a warning flag or another customer's item. The figures must explain the
    payment, except that a short or over payment of the payer's own invoice, quoted
    exactly (or forgiving only format, padding and OCR) by a payer known independently,
    may be allocated as paid when the admin allows it: the shortfall or excess stays
    open, or unallocated, for a person.
    """
    if flags & BLOCKING_FLAGS or customer == "other":
        return False
    if amount not in EXPLAINED:
        return (
            policy is not None
            and policy.auto_short_payments
            and amount in {AmountKind.SHORT, AmountKind.OVER}
            and ref in PARTIAL_REFS
            and customer == "payer"
        )
    return ref in AUTO_REFS or (ref == "fuzzy" and customer in {"payer", "fuzzy", "owner"})


def _status(confidence: float, policy: MatchPolicy, *, may_auto: bool) -> MatchStatus | None:
    if may_auto and policy.allow_auto and confidence >= policy.auto_threshold:
        return MatchStatus.AUTO
    if confidence >= policy.review_threshold:
        return MatchStatus.REVIEW
    return None


@dataclass(frozen=True, slots=True)
class _Draft:
    """An allocation before the thresholds: what, how much, and the evidence."""

    item: OpenItem
    amount: Decimal
    ref: str
    amount_kind: str
    customer: str
    flags: frozenset[str]
    reason: str
    may_auto: bool = field(default=False, kw_only=True)
    """Whether the evidence may pass on its own at all (thresholds still apply)."""


def _customer_note(item: OpenItem, relation: str, ctx: _Context) -> str:
    if relation == "other":
        return f"; the invoice belongs to {item.customer_id}, not the payer {ctx.who.customer_id}"
    return ""


BELOW_AUTO = 0.01
"""How far below the auto threshold evidence the rules never let pass alone is shown."""


def _finalise(draft: _Draft, ctx: _Context) -> Allocation | None:
    """Look up the confidence, apply the thresholds and record what was taken.

    Evidence the rules never let pass on its own (a purchase order with several items, a
    short payment while ``auto_short_payments`` is off, ...) is shown just below the
    auto threshold at most, however often such evidence was right on the bench: a
    confidence at or above the threshold then always means "the rules would let this
    through", which is what a reviewer approving in bulk by confidence relies on. The
    figure stays a lower bound on how often such proposals are right.
    """
    confidence = round(
        calibration.confidence(draft.ref, draft.amount_kind, draft.customer, draft.flags), 4
    )
    threshold = ctx.policy.auto_threshold
    if not (draft.may_auto and ctx.policy.allow_auto) and confidence >= threshold:
        confidence = round(max(0.0, threshold - BELOW_AUTO), 4)
    status = _status(confidence, ctx.policy, may_auto=draft.may_auto)
    if status is None:
        return None
    amount = money(draft.amount)
    ctx.allocated[id(draft.item)] = ctx.allocated.get(id(draft.item), ZERO) + amount
    evidence = calibration.signature(draft.ref, draft.amount_kind, draft.customer, draft.flags)
    return Allocation(
        draft.item.invoice_number,
        draft.item.customer_id,
        amount,
        confidence,
        status,
        draft.reason,
        evidence,
    )


def _netting_credit(best: _Candidate, line: RemittanceLine, ctx: _Context) -> OpenItem | None:
    """The one open credit note of the payer that a short payment is short by."""
    if best.fit.kind is not AmountKind.SHORT or best.customer == "other" or line.paid_amount < 0:
        return None
    short = abs(ctx.remaining(best.hit.item)) - abs(line.paid_amount)
    credits = [
        i for i in ctx.index.customer_keys(best.hit.item.customer_id).credits
        if id(i) not in ctx.quoted and ctx.remaining(i) == -short
    ]  # fmt: skip
    return credits[0] if len(credits) == 1 else None


def _drafts_for(line: RemittanceLine, choice: _Choice, ctx: _Context) -> list[_Draft]:
    """One draft for the chosen item, or two when the payer netted a credit note."""
    best = choice.best
    item, sign = best.hit.item, -1 if line.paid_amount < 0 else 1
    notes = "".join(f"; {n}" for n in choice.notes) + _customer_note(item, best.customer, ctx)
    left = ctx.remaining(item)
    if left != item.open_amount:
        notes += (
            f"; earlier lines of this remittance already cover {fmt(abs(item.open_amount - left))}"
        )
    flags = choice.flags | ({"partial"} if left != item.open_amount else frozenset())
    credit = _netting_credit(best, line, ctx)
    if credit is not None:
        reason = (
            f"{best.hit.basis}; paid {fmt(abs(line.paid_amount))} of open {fmt(left)}, short by "
            f"exactly the open credit note {credit.invoice_number}, which the payer netted{notes}"
        )
        credit_reason = (
            f"credit note {credit.invoice_number} netted against {item.invoice_number} "
            f"by the payer{notes}"
        )
        return [
            _Draft(item, left, best.hit.ref, AmountKind.NETTED, best.customer, flags, reason),
            _Draft(credit, ctx.remaining(credit), "netted", AmountKind.NETTED, best.customer,
                   flags, credit_reason),
        ]  # fmt: skip
    may_auto = _auto_allowed(best.hit.ref, best.fit.kind, best.customer, flags, ctx.policy)
    reason = f"{best.hit.basis}; {best.fit.reason}{notes}"
    return [
        _Draft(item, sign * best.fit.amount, best.hit.ref, best.fit.kind, best.customer, flags,
               reason, may_auto=may_auto)
    ]  # fmt: skip


# ---------------------------------------------------------------- purchase orders


def _po_items(line: RemittanceLine, ctx: _Context) -> list[OpenItem]:
    items = [i for i in ctx.index.by_po(line.invoice_ref) if _usable(i, line.paid_amount, ctx)]
    own = [i for i in items if i.customer_id == ctx.who.customer_id]
    return own or items


def _match_po(line: RemittanceLine, ctx: _Context) -> list[_Draft]:
    """Allocate a line that quoted a purchase order.

    One PO can carry several invoices over time, so a PO only passes on its own when it
    has exactly one open item in the whole ledger, the payer is known independently and
    the amount fits it; a pick among several, or all of them, is for a person.
    """
    all_items = ctx.index.by_po(line.invoice_ref)
    usable = _po_items(line, ctx)
    if not usable:
        return []
    paid, po = abs(line.paid_amount), line.invoice_ref
    sign = -1 if line.paid_amount < 0 else 1
    if len(usable) == 1:
        item = usable[0]
        fit = fit_amount(paid, abs(ctx.remaining(item)), line, ctx.policy)
        relation = ctx.relation(item)
        flags = frozenset({"currency"} if _currency_differs(item, ctx) else ())
        reason = f"PO {po} has one open item, {item.invoice_number}; {fit.reason}"
        reason += _customer_note(item, relation, ctx)
        may_auto = relation == "payer" and fit.fits and not flags and len(all_items) == 1
        return [
            _Draft(item, sign * fit.amount, "po", fit.kind, relation, flags, reason,
                   may_auto=may_auto)
        ]  # fmt: skip
    equal = [i for i in usable if abs(ctx.remaining(i)) == paid]
    if len(equal) == 1:
        item = equal[0]
        reason = (
            f"PO {po} has {len(usable)} open items; only {item.invoice_number} equals the payment"
        )
        return [_Draft(item, sign * paid, "po_pick", AmountKind.EXACT, ctx.relation(item),
                       frozenset(), reason)]  # fmt: skip
    if sum((abs(ctx.remaining(i)) for i in usable), ZERO) == paid:
        reason = f"payment equals the sum of the {len(usable)} open items on PO {po}"
        return [
            _Draft(i, ctx.remaining(i), "po_all", AmountKind.EXACT, ctx.relation(i),
                   frozenset(), reason)
            for i in usable
        ]  # fmt: skip
    return []


# ---------------------------------------------------------------- several numbers on a line


def _match_tokens(line: RemittanceLine, ctx: _Context) -> list[_Draft]:
    """A line quoting several numbers (``INV-1, INV-2``) that together make the payment."""
    pieces = tokens(line.invoice_ref)
    if len(pieces) < 2:
        return []
    found: list[OpenItem] = []
    for piece in pieces:
        f = forms(piece)
        hits = [h for h in _number_hits(line, f, ctx) if h.ref in AUTO_REFS]
        items = {id(h.item): h.item for h in hits if _usable(h.item, line.paid_amount, ctx)}
        if len(items) != 1:
            return []
        found.extend(items.values())
    if len({id(i) for i in found}) != len(found):
        return []
    if sum((abs(ctx.remaining(i)) for i in found), ZERO) != abs(line.paid_amount):
        return []
    numbers = ", ".join(i.invoice_number for i in found)
    drafts: list[_Draft] = []
    for item in found:
        relation = ctx.relation(item)
        flags = frozenset({"currency"} if _currency_differs(item, ctx) else ())
        reason = (
            f"the line quotes {len(found)} numbers ({numbers}) and pays exactly their open "
            f"amounts{_customer_note(item, relation, ctx)}"
        )
        may_auto = _auto_allowed("token", AmountKind.EXACT, relation, flags)
        drafts.append(_Draft(item, ctx.remaining(item), "token", AmountKind.EXACT, relation,
                             flags, reason, may_auto=may_auto))  # fmt: skip
    return drafts


# ---------------------------------------------------------------- one line


def _line_drafts(line: RemittanceLine, ctx: _Context) -> list[_Draft]:
    """Search from the surest evidence outwards; stop once a line is beyond doubt."""
    if line.paid_amount == 0:
        return []
    if line.reference_kind is ReferenceKind.PO:
        po = _match_po(line, ctx)
        if po:
            return po
    f = forms(line.invoice_ref)
    hits = _number_hits(line, f, ctx)
    choice = _choose(line, hits, ctx)
    if not _settled(choice):
        hits += _own_fuzzy_hits(line, f, ctx, {id(h.item) for h in hits})
        choice = _choose(line, hits, ctx)
    if not _settled(choice) and line.reference_kind is not ReferenceKind.PO:
        po = _match_po(line, ctx)
        if po and (choice is None or not choice.best.fit.fits):
            return po
    if not _settled(choice) and (choice is None or ctx.who.evidence not in STRONG_EVIDENCE):
        hits += _global_fuzzy_hits(line, f, ctx, {id(h.item) for h in hits})
        choice = _choose(line, hits, ctx)
    if choice is None:
        return _match_tokens(line, ctx)
    return _drafts_for(line, choice, ctx)


# ---------------------------------------------------------------- payments without lines


def _subset_pool(
    target: Decimal, ctx: _Context, cid: str
) -> tuple[list[tuple[OpenItem, Decimal]], bool]:
    """The customer's items worth searching, and whether they are all its open items.

    They are the oldest open ones, those of the amount and a few credit notes.
    The largest customers hold thousands of items; the search only ever looks at the
    oldest ``MAX_POOL`` anyway, so there is no need to walk the rest.
    """
    keys = ctx.index.customer_keys(cid)
    pool: list[tuple[OpenItem, Decimal]] = []
    seen = 0
    for item in keys.invoices:
        seen += 1
        left = ctx.remaining(item)
        if left > 0 and not _currency_differs(item, ctx):
            pool.append((item, left))
            if len(pool) >= MAX_POOL:
                break
    whole = seen == len(keys.invoices)
    taken = {id(item) for item, _left in pool}
    for item in keys.by_amount.get(target, ()):
        if id(item) not in taken and ctx.remaining(item) == target:
            pool.append((item, target))
    for item in keys.credits[: 2 * MAX_CREDIT_NOTES]:
        left = ctx.remaining(item)
        if left < 0 and not _currency_differs(item, ctx):
            pool.append((item, left))
    return pool, whole


def _subset_drafts(target: Decimal, ctx: _Context) -> list[_Draft]:
    """The oldest combination of the payer's open items that sums to ``target``."""
    cid = ctx.who.customer_id
    if cid is None or target <= 0:
        return []
    pool, whole = _subset_pool(target, ctx, cid)
    result = find_combination(
        pool,
        target,
        max_nodes=ctx.policy.subset_search_nodes,
        max_seconds=ctx.policy.subset_search_seconds,
        whole_ledger=whole,
    )
    if not result.items:
        return []
    if result.unique:
        how, flags = "the only combination", frozenset[str]()
    elif result.complete:
        how, flags = "one of several combinations; the oldest is proposed", frozenset({"multi"})
    else:
        how = f"the oldest found before the search stopped at {result.nodes:,} tries"
        flags = frozenset({"multi"})
    numbers = ", ".join(i.invoice_number for i in result.items)
    relation = ctx.relation(result.items[0])
    count = len(result.items)
    what = "open item" if count == 1 else "open items"
    sums = "is" if count == 1 else "sum to"
    reason = (
        f"no invoice fits the references quoted; {count} {what} of {cid} ({numbers}) "
        f"{sums} {fmt(target)}, oldest first ({how})"
    )
    return [
        _Draft(i, ctx.remaining(i), "subset", AmountKind.EXACT, relation, flags, reason)
        for i in result.items
    ]


def _owners(remittance: Remittance, index: OpenItemIndex) -> list[str]:
    """The single owner of each line's quoted number, where it has just one."""
    owners: list[str] = []
    for line in remittance.lines:
        f = forms(line.invoice_ref)
        items = index.by_key(f.key) or index.by_po(line.invoice_ref)
        if not items and len(f.core) >= 3:
            found = index.by_core(f.core)
            items = found if len(found) <= CROWDED_CORE else ()
        ids = {i.customer_id for i in items}
        if len(ids) == 1:
            owners.append(next(iter(ids)))
    return owners


def _proposal_status(
    allocations: Sequence[Allocation], *, every_line: bool, unallocated: Decimal
) -> MatchStatus:
    if not allocations:
        return MatchStatus.UNMATCHED
    if every_line and unallocated == 0 and all(a.status is MatchStatus.AUTO for a in allocations):
        return MatchStatus.AUTO
    return MatchStatus.REVIEW


def _directory(customers: CustomerDirectory | Iterable[Customer]) -> CustomerDirectory:
    return customers if isinstance(customers, CustomerDirectory) else CustomerDirectory(customers)


def _quoted_items(remittance: Remittance, index: OpenItemIndex) -> set[int]:
    """Items some line names outright: never taken as a silently netted credit note."""
    return {id(i) for line in remittance.lines for i in index.by_key(forms(line.invoice_ref).key)}


def match_remittance(
    remittance: Remittance,
    index: OpenItemIndex,
    customers: CustomerDirectory | Iterable[Customer],
    policy: MatchPolicy,
) -> Proposal:
    """Propose how one remittance clears open items.

    Args:
        remittance: The advice as extracted; each line names a document and an amount.
        index: The open items, indexed once for all remittances.
        customers: Our customers (pass a prepared :class:`CustomerDirectory` when matching
            many remittances, so names are normalised once).
        policy: The admin's thresholds and tolerances.

    Returns:
        The proposal: the paying customer, one allocation per open item a line clears
        (with confidence, status and reason) and what is left unallocated. It is ``auto``
        only when every line is allocated automatically and nothing is left over.
    """
    who = identify_customer(remittance.payer, _directory(customers), _owners(remittance, index))
    ctx = _Context(policy, index, who, remittance.currency)
    ctx.quoted = _quoted_items(remittance, index)
    allocations: list[Allocation] = []
    every_line = bool(remittance.lines)
    unplaced = ZERO
    for line in remittance.lines:
        drafts = _line_drafts(line, ctx)
        taken = [a for d in drafts if (a := _finalise(d, ctx)) is not None]
        if not taken:
            every_line = False
            unplaced += line.paid_amount
        allocations.extend(taken)
    if remittance.lines:
        paid = sum((line.paid_amount for line in remittance.lines), ZERO)
    else:
        paid = remittance.total or ZERO
        unplaced = paid
    if unplaced > 0:
        for draft in _subset_drafts(unplaced, ctx):
            allocation = _finalise(draft, ctx)
            if allocation is not None:
                allocations.append(allocation)
    unallocated = money(paid - sum((a.amount for a in allocations), ZERO))
    return Proposal(
        source=remittance.source,
        customer_id=who.customer_id,
        customer_confidence=who.confidence,
        status=_proposal_status(allocations, every_line=every_line, unallocated=unallocated),
        allocations=tuple(allocations),
        unallocated=unallocated,
    )


def match_all(
    remittances: Iterable[Remittance],
    index: OpenItemIndex,
    customers: CustomerDirectory | Iterable[Customer],
    policy: MatchPolicy,
) -> list[Proposal]:
    """Match many remittances against one index, preparing the customers only once."""
    directory = _directory(customers)
    return [match_remittance(r, index, directory, policy) for r in remittances]
