"""The fallback classifier: sorts what no admin rule caught, by weighted evidence.

Why a transparent scorer: a collector who finds a remittance in "Other" must be able to
see why it went there, an admin must be able to fix it by adding a phrase, and the agent
must run offline with nothing downloaded. So every category collects evidence (lexicon
phrases in ``lexicon.py``, attachment names, sender, headers) from each zone of the
message, each zone weighted by how much it speaks for the sender *now*:

- the subject of new mail counts most; the subject of a reply is the thread's, not the
  reply's, so it counts little;
- the writer's own new text counts fully; a signature counts little;
- quoted history counts little once the new text has said something, more when it has
  not (a bare "FYI" forward is about what it forwards);
- RFC 3834 / RFC 3464 headers and delivery reports are near-certain auto-replies, and
  mail from the AP portals' domains is portal mail.

Each word counts once, for its strongest reading ("will be paid" is a promise, so its
"paid" is not also a remittance hint). Besides phrases there are cue words, single
words that lean one way; they are capped per zone and decide only where no phrase did.

The category with the most evidence wins; ``other`` starts with a small prior so that
weak, scattered hints do not win. Confidence is a logistic function of how far the
winner is ahead of the rest (the softmax log-odds of the winner), fitted on split B of
the benchmark corpus (``inbox-agent bench classify --fit-calibration``) so that 0.9
means about nine in ten right there. Two ceilings keep guesses away from the filing
cabinet: a verdict resting on cue words alone, and mail with no evidence at all (then
``other``), stay below the default person threshold, because guessing is worse than
asking a person.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from inbox_agent.classify.features import Zones, fold_pattern, message_zones
from inbox_agent.classify.lexicon import ATTACHMENT_NAMES, CUES, LEXICON, SUBJECT_ONLY, Entry
from inbox_agent.classify.model import PatternModel, model_text, shipped_model
from inbox_agent.config.rules import CATEGORIES
from inbox_agent.mail.parse import ParsedMessage

SUBJECT_WEIGHT = {"new": 1.6, "reply": 0.5, "forward": 1.0}
"""A reply's subject is inherited from the thread, so it says little about the reply."""

REPLY_SUBJECT_WEIGHT_AFTER_OWN_EVIDENCE = 0.25
ECHO_WEIGHT = 0.5
"""In a reply, words of the new text that repeat the subject name the thread's topic
("invoice 12 on the statement ...") rather than what this mail asks, so they count half."""

BODY_WEIGHT = 1.0
SIGNATURE_WEIGHT = 0.25
QUOTED_WEIGHT = {"new": 0.3, "reply": 0.35, "forward": 0.9}
"""History counts this much when the writer's own words said nothing decisive."""

QUOTED_WEIGHT_AFTER_OWN_EVIDENCE = 0.15
OUR_HISTORY_WEIGHT = 0.1
"""A reply that quotes the AR team's own mail: that history (and the thread's subject,
ours too) names what *we* wrote about, not what the customer now says."""

OWN_EVIDENCE_ENOUGH = 2.0
"""Own words scoring this much for one category push the history into the background."""

ZONE_CAP = 7.5
"""One zone adds at most this much to one category, so a long mail cannot pile up hints."""

CUE_CAP = 2.25
"""Cue words (weight 1 or less) add at most this much per category and zone: hints that
lean one way, never as sure as one of the strong phrases."""

OTHER_PRIOR = 1.0
"""``other``'s head start: weaker hints than this leave the mail as ``other``."""

NO_EVIDENCE_CONFIDENCE = 0.3
"""Confidence when nothing at all was recognised; below any sensible person threshold."""

CALIBRATION = (1.1173, 0.6705)
"""(bias, slope) on the winner's softmax log-odds, fitted on split B of the corpus."""

CUE_ONLY_CONFIDENCE = 0.55
"""Ceiling when the winner rests on cue words alone (no phrase, header, sender or file
name): such guesses were right about 7 times in 10 on the held-out split, so a person
should see them at the default threshold of 0.6."""

JOIN_CALIBRATION = (0.1394, 0.4607)
"""(bias, slope) on the joined verdict's log-odds, fitted out of fold by
``inbox-agent bench classify --cross-validate``: the product of two opinions is
over-confident where they half agree."""

MODEL_WEIGHT = 3.0
"""How much the pattern model counts against the lexicon (its log-probabilities are
multiplied by this). Chosen by cross-validation over the hand-written splits D-J, each
sorted by a model trained without it (2, 3 and 5 within half a point; 1 two points
worse); the held-out split K was not used."""

MODEL_ALONE_SURE = 0.95
"""Without a phrase, header or sender behind it, a verdict needs the model this sure to
leave the person threshold behind; otherwise a person sees it (as cue-only verdicts).
A bag of words is sure of odd things: trained on many "we will pay on Friday", it gives
"Lunch on Friday?" 0.9 for a payment promise, so 0.8 let such guesses through."""

PROBABILITY_FLOOR = 1e-4
"""Neither opinion may veto a category outright with a probability of zero."""

MAX_CONFIDENCE = 0.99
"""The fallback never claims certainty: a rule is certain, a lexicon is not."""

PORTAL_SENDER_WEIGHT = 14.0
"""Mail from an AP portal's own domain is portal mail whatever it says: its words
("rejected", "remittance available") belong to the portal's status, not a person's."""
PORTAL_DOMAINS = ("coupa.com", "coupahost.com", "ariba.com", "taulia.com")
BOUNCE_SENDERS = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|bounce[s]?)@")
SPREADSHEET_OR_PDF = frozenset({"pdf", "xlsx", "xls", "csv"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing that counted for a category, with the weight it added and where."""

    category: str
    weight: float
    where: str
    what: str
    strong: bool = True
    """False for a cue word: it leans towards the category without being evidence alone."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The fallback's answer, with the scores and evidence behind it."""

    category: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    log_odds: float = 0.0

    def reasons(self, limit: int = 3) -> list[str]:
        """The strongest evidence for the winner, as a person would read it."""
        mine = sorted(
            (e for e in self.evidence if e.category == self.category), key=lambda e: -e.weight
        )
        return [f"{e.where}: {e.what} (+{e.weight:.1f})" for e in mine[:limit]]


@dataclass(frozen=True, slots=True)
class _Matcher:
    """One compiled lexicon entry, with the shortcuts that keep matching fast."""

    category: str
    pattern: re.Pattern[str]
    boundary: bool  # the entry began with \b, checked by hand (see _compile_entry)
    needle: str  # text that must occur for the entry to match; "" when none is known
    weight: float

    def search(self, text: str) -> re.Match[str] | None:
        """The first match that starts at a word boundary, if the entry asks for one."""
        if self.needle and self.needle not in text:
            return None
        found = self.pattern.search(text)
        while (
            found is not None
            and self.boundary
            and found.start()
            and _is_word(text[found.start() - 1])
        ):
            found = self.pattern.search(text, found.start() + 1)
        return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


_QUANTIFIERS = frozenset("?*+{")
_PLAIN = re.compile(r"[^\\\[\](){}|.^$?*+]")


def required_text(pattern: str) -> str:
    """The longest run of plain characters every match must contain ("" if unsure).

    Only the top level counts: text inside a group may be optional or one of several
    alternatives, and a top-level ``|`` means nothing at all is certain.
    """
    runs: list[str] = []
    current = ""
    depth = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        following = pattern[index + 1] if index + 1 < len(pattern) else ""
        if char == "\\":
            runs.append(current)
            current = ""
            index += 2
            continue
        if char in "([":
            depth += 1 if char == "(" else 0
            runs.append(current)
            current = ""
            if char == "[":
                index = pattern.find("]", index + 2) + 1 or len(pattern)
                continue
        elif char == "{":  # a counted repeat: skip its numbers, they are not text
            runs.append(current)
            current = ""
            index = pattern.find("}", index) + 1 or len(pattern)
            continue
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return ""
        elif depth == 0 and _PLAIN.match(char):
            if following in _QUANTIFIERS:
                runs.append(current)
                current = ""
            else:
                current += char
        elif depth == 0:
            runs.append(current)
            current = ""
        index += 1
    runs.append(current)
    return max(runs, key=len)


def _compile_entry(category: str, pattern: str, weight: float) -> _Matcher:
    r"""A leading ``\b`` defeats the regex engine's fast literal search, so check it by hand."""
    pattern = fold_pattern(pattern)
    boundary = pattern.startswith("\\b")
    body = pattern[2:] if boundary else pattern
    return _Matcher(category, re.compile(body), boundary, required_text(body).strip(), weight)


@cache
def _compiled(table: tuple[tuple[str, tuple[Entry, ...]], ...]) -> tuple[_Matcher, ...]:
    return tuple(_compile_entry(c, p, w) for c, group in table for p, w in group)


def _freeze(table: dict[str, list[Entry]]) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    return tuple((category, tuple(entries)) for category, entries in table.items())


_LEXICON = _freeze(LEXICON)
_CUES = _freeze(CUES)
_SUBJECT_ONLY = _freeze(SUBJECT_ONLY)
_ATTACHMENTS = _freeze(ATTACHMENT_NAMES)


def _text_evidence(
    text: str,
    where: str,
    weight: float,
    tables: Iterable[tuple[tuple[str, tuple[Entry, ...]], ...]],
) -> list[Evidence]:
    """Each word counts once, for its strongest and longest reading; a zone's total is capped.

    "will be paid on Friday" is a promise, so the remittance hint "paid" inside it must not
    count as well: overlapping matches are settled by weight, then length.
    """
    if not text or weight <= 0:
        return []
    matches = [
        (matcher, found)
        for table in tables
        for matcher in _compiled(table)
        if (found := matcher.search(text)) is not None
    ]
    matches.sort(key=lambda pair: (-pair[0].weight, pair[1].start() - pair[1].end()))
    taken: list[tuple[int, int]] = []
    totals: dict[str, float] = {}
    cues: dict[str, float] = {}
    evidence: list[Evidence] = []
    for matcher, found in matches:
        start, end = found.span()
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        room = ZONE_CAP - totals.get(matcher.category, 0.0)
        if matcher.weight <= 1.0:
            room = min(room, CUE_CAP - cues.get(matcher.category, 0.0))
        if room <= 0:
            continue
        added = min(matcher.weight, room)
        totals[matcher.category] = totals.get(matcher.category, 0.0) + added
        if matcher.weight <= 1.0:
            cues[matcher.category] = cues.get(matcher.category, 0.0) + added
        evidence.append(
            Evidence(
                matcher.category, added * weight, where, found.group(0)[:60], matcher.weight > 1.0
            )
        )
    return evidence


def _header_evidence(zones: Zones) -> list[Evidence]:
    """RFC 3834 / 3464 / 8098 markers, list headers and the portals' sender domains."""
    found: list[Evidence] = []
    headers = zones.headers
    content_type = headers.get("content-type", "").lower()
    if zones.content_type == "multipart/report" and re.search(
        r"report-type=\"?(?:delivery-status|disposition-notification)", content_type
    ):
        found.append(Evidence("auto_reply", 10.0, "header", "delivery or read report"))
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto.startswith(("auto-replied", "auto-notified")):
        found.append(Evidence("auto_reply", 8.0, "header", f"Auto-Submitted: {auto[:20]}"))
    elif auto.startswith("auto-generated"):
        # Generated, not a reply: portals and payment runs send these too, so only a hint.
        found.append(Evidence("auto_reply", 1.0, "header", "Auto-Submitted: auto-generated"))
    for name in ("x-autoreply", "x-autorespond", "x-autogenerated", "x-ms-exchange-message-is-ndr"):
        value = headers.get(name)
        if value is not None and value.strip().lower() not in {"no", "false", "0"}:
            found.append(Evidence("auto_reply", 6.0, "header", name))
    precedence = headers.get("precedence", "").strip().lower()
    if precedence == "auto_reply":
        found.append(Evidence("auto_reply", 6.0, "header", "Precedence: auto_reply"))
    elif precedence in {"bulk", "list", "junk"}:
        found.append(Evidence("other", 1.5, "header", f"Precedence: {precedence}"))
        found.append(Evidence("auto_reply", 1.0, "header", f"Precedence: {precedence}"))
    if "x-auto-response-suppress" in headers:
        found.append(Evidence("auto_reply", 1.5, "header", "X-Auto-Response-Suppress"))
    if "list-unsubscribe" in headers or "list-id" in headers:
        found.append(Evidence("other", 2.5, "header", "mailing-list headers"))
    return found


def _sender_evidence(zones: Zones) -> list[Evidence]:
    domain = zones.sender_domain
    if any(domain == d or domain.endswith("." + d) for d in PORTAL_DOMAINS):
        return [Evidence("portal_notification", PORTAL_SENDER_WEIGHT, "sender", domain)]
    if BOUNCE_SENDERS.match(zones.sender):
        return [Evidence("auto_reply", 8.0, "sender", zones.sender.partition("@")[0])]
    return []


def _attachment_evidence(zones: Zones) -> list[Evidence]:
    found: list[Evidence] = []
    named = False
    for attachment in zones.attachments:
        if attachment.content_type in {"message/delivery-status", "text/rfc822-headers"}:
            found.append(Evidence("auto_reply", 4.0, "attachment", attachment.content_type))
        if attachment.content_type == "text/calendar":
            found.append(Evidence("other", 3.0, "attachment", "calendar invitation"))
        hits = _text_evidence(attachment.name, "attachment", 1.0, [_ATTACHMENTS])
        named = named or bool(hits)
        found.extend(hits)
    if not named and any(a.extension in SPREADSHEET_OR_PDF for a in zones.attachments):
        found.append(Evidence("remittance", 0.5, "attachment", "document attached"))
    return found


def _body_evidence(zones: Zones) -> list[Evidence]:
    body = _text_evidence(zones.new_text, "body", BODY_WEIGHT, [_LEXICON, _CUES])
    if zones.kind != "reply" or not zones.subject:
        return body
    return [
        Evidence(e.category, e.weight * ECHO_WEIGHT, "body (topic of the thread)", e.what, e.strong)
        if e.what in zones.subject
        else e
        for e in body
    ]


def collect_evidence(zones: Zones) -> list[Evidence]:
    """Everything that counts, with each zone's weight already applied.

    The writer's own words are read first: once they say something for a category, the
    thread's subject (in a reply) and the quoted history fall into the background.
    """
    body = _body_evidence(zones)
    subject_weight = SUBJECT_WEIGHT[zones.kind]
    subject = _text_evidence(zones.subject, "subject", 1.0, [_LEXICON, _CUES, _SUBJECT_ONLY])
    own: dict[str, float] = {}
    for item in (*body, *(subject if zones.kind != "reply" else [])):
        scale = 1.0 if item.where.startswith("body") else subject_weight
        own[item.category] = own.get(item.category, 0.0) + item.weight * scale
    enough = max(own.values(), default=0.0) >= OWN_EVIDENCE_ENOUGH
    quoted_weight = QUOTED_WEIGHT_AFTER_OWN_EVIDENCE if enough else QUOTED_WEIGHT[zones.kind]
    if enough and zones.kind == "reply":
        subject_weight = REPLY_SUBJECT_WEIGHT_AFTER_OWN_EVIDENCE
    if zones.kind == "reply" and zones.history_is_ours:
        quoted_weight = min(quoted_weight, OUR_HISTORY_WEIGHT)
        subject_weight = min(subject_weight, REPLY_SUBJECT_WEIGHT_AFTER_OWN_EVIDENCE)
    subject = [
        Evidence(e.category, e.weight * subject_weight, e.where, e.what, e.strong) for e in subject
    ]
    return [
        *subject,
        *body,
        *_text_evidence(zones.signature, "signature", SIGNATURE_WEIGHT, [_LEXICON, _CUES]),
        *_text_evidence(zones.quoted, "quoted", quoted_weight, [_LEXICON, _CUES]),
        *_attachment_evidence(zones),
        *_sender_evidence(zones),
        *_header_evidence(zones),
    ]


def _log_odds(scores: dict[str, float], winner: str) -> float:
    """Softmax log-odds of the winner against every other category together."""
    others = [s for c, s in scores.items() if c != winner]
    peak = max(others)
    return scores[winner] - (peak + math.log(sum(math.exp(s - peak) for s in others)))


def calibrated(log_odds: float, params: Sequence[float] = CALIBRATION) -> float:
    """Map the winner's lead over the rest to a probability of being right."""
    bias, slope = params
    z = max(-30.0, min(30.0, bias + slope * log_odds))
    return min(MAX_CONFIDENCE, 1.0 / (1.0 + math.exp(-z)))


def score(evidence: Iterable[Evidence]) -> dict[str, float]:
    """Each category's total, ``other`` with its prior."""
    scores = dict.fromkeys(CATEGORIES, 0.0)
    scores["other"] = OTHER_PRIOR
    for item in evidence:
        scores[item.category] += item.weight
    return scores


def _strong_evidence_for(category: str, evidence: Iterable[Evidence]) -> bool:
    """A phrase, header, sender or file name (not cue words alone) speaks for ``category``."""
    return any(e.strong for e in evidence if e.category == category)


def decide(evidence: list[Evidence], params: Sequence[float] = CALIBRATION) -> Verdict:
    """The winning category and its calibrated confidence."""
    if not evidence:
        return Verdict("other", NO_EVIDENCE_CONFIDENCE, score([]), (), 0.0)
    scores = score(evidence)
    winner = max(CATEGORIES, key=lambda c: scores[c])  # ties go to the earlier category
    odds = _log_odds(scores, winner)
    confidence = calibrated(odds, params)
    if not _strong_evidence_for(winner, evidence):
        confidence = min(confidence, CUE_ONLY_CONFIDENCE)
    return Verdict(winner, round(confidence, 4), scores, tuple(evidence), odds)


def lexicon_verdict(msg: ParsedMessage) -> Verdict:
    """What the lexicon alone says: the phrases, headers, senders and file names it knows."""
    return decide(collect_evidence(message_zones(msg)))


def classify_fallback(msg: ParsedMessage, *, model: PatternModel | None = None) -> Verdict:
    """Sort a message no admin rule caught; never raises on odd mail.

    The lexicon's verdict is joined with the pattern model's (``model.py``; the shipped
    weights unless ``model`` is given): the lexicon is sure about what it knows, the model
    covers wording nobody listed. Where the lexicon recognised nothing at all, the model
    names the category only when it is sure on its own (``MODEL_ALONE_SURE``: "can u send
    me soa"), and even then a person sees it: nothing but word patterns speaks for it.
    A greeting or gibberish stays ``other``.
    """
    zones = message_zones(msg)
    verdict = decide(collect_evidence(zones))
    model = model or shipped_model()
    if model is None or _protocol_decides(verdict):
        return verdict
    probabilities = model.probabilities(model_text(zones))
    if verdict.evidence:
        return join_model(verdict, probabilities)
    if max(probabilities.values(), default=0.0) < MODEL_ALONE_SURE:
        return verdict
    joined = join_model(verdict, probabilities)
    return replace(joined, confidence=min(joined.confidence, NO_EVIDENCE_CONFIDENCE))


def _protocol_decides(verdict: Verdict) -> bool:
    """Whether protocol facts decided: the pattern model may not overrule them.

    Headers (RFC 3834 / 3464), bounce senders and portal domains are facts about the
    mail, not words in it.
    """
    return any(
        e.category == verdict.category and e.where in {"header", "sender"} and e.weight >= 6.0
        for e in verdict.evidence
    )


def join_model(verdict: Verdict, model: dict[str, float]) -> Verdict:
    """The category both opinions together favour, and how sure they are together.

    The lexicon's scores become probabilities (softmax) and are multiplied with the
    model's raised to ``MODEL_WEIGHT``; the product, renormalised, is the confidence.
    Headers, portal senders and strong phrases carry lexicon scores so high that the
    model cannot overturn them; where the lexicon found little, the model decides.
    """
    scores = verdict.scores or score([])
    peak = max(scores.values())
    lexicon = {c: math.exp(scores[c] - peak) for c in CATEGORIES}
    total = sum(lexicon.values())
    joined = {
        c: math.log(lexicon[c] / total + PROBABILITY_FLOOR)
        + MODEL_WEIGHT * math.log(model.get(c, 0.0) + PROBABILITY_FLOOR)
        for c in CATEGORIES
    }
    top = max(joined.values())
    weights = {c: math.exp(v - top) for c, v in joined.items()}
    norm = sum(weights.values())
    winner = max(CATEGORIES, key=lambda c: joined[c])
    share = min(1.0 - 1e-9, weights[winner] / norm)
    odds = math.log(share / (1.0 - share))
    confidence = calibrated(odds, JOIN_CALIBRATION)
    if not _strong_evidence_for(winner, verdict.evidence) and model.get(winner, 0.0) < (
        MODEL_ALONE_SURE
    ):
        confidence = min(confidence, CUE_ONLY_CONFIDENCE)
    note = Evidence(winner, 0.0, "model", f"word patterns say {model.get(winner, 0.0):.2f}")
    return Verdict(winner, round(confidence, 4), scores, (*verdict.evidence, note), odds)


def was_joined(verdict: Verdict) -> bool:
    """Whether the pattern model took part in this verdict (its note is the last evidence)."""
    return bool(verdict.evidence) and verdict.evidence[-1].where == "model"


def fit_calibration(
    samples: Sequence[tuple[float, bool]], *, l2: float = 0.05, rounds: int = 50
) -> tuple[float, float]:
    """Logistic regression of "was right" on the winner's log-odds, by Newton's method.

    ``samples`` are (log_odds, correct) from labelled mail; ``l2`` keeps the slope finite
    when every sample is right, which would otherwise drive it to certainty.
    """
    bias, slope = 0.0, 0.0
    for _ in range(rounds):
        g0 = g1 = h00 = h01 = h11 = 0.0
        for odds, correct in samples:
            z = max(-30.0, min(30.0, bias + slope * odds))
            prob = 1.0 / (1.0 + math.exp(-z))
            residual = prob - (1.0 if correct else 0.0)
            weight = prob * (1.0 - prob)
            g0 += residual
            g1 += residual * odds
            h00 += weight
            h01 += weight * odds
            h11 += weight * odds * odds
        g0 += l2 * bias
        g1 += l2 * slope
        h00 += l2
        h11 += l2
        det = h00 * h11 - h01 * h01
        if det <= 0:
            break
        step0 = (h11 * g0 - h01 * g1) / det
        step1 = (h00 * g1 - h01 * g0) / det
        bias, slope = bias - step0, slope - step1
        if max(abs(step0), abs(step1)) < 1e-9:
            break
    return (round(bias, 4), round(slope, 4))
