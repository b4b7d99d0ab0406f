"""Admin sorting rules from rules.yaml, applied in order; the first rule that holds wins.

Rules are the admin's word, so a rule match has full confidence. What no rule catches goes
to the fallback classifier (``fallback.py``), whose confidence is calibrated so that the
person threshold in rules.yaml means what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from inbox_agent.classify.fallback import classify_fallback
from inbox_agent.config.rules import RuleCondition, SortingRule, SortingRules
from inbox_agent.mail.parse import ParsedMessage

RULE_CONFIDENCE = 1.0


@dataclass(frozen=True, slots=True)
class Classification:
    """A category with how sure we are and which rule (if any) decided it."""

    category: str
    confidence: float
    rule: str | None


def _extension(filename: str) -> str:
    return PurePath(filename).suffix.lower().lstrip(".")


def _matches_sender(cond: RuleCondition, msg: ParsedMessage) -> bool:
    if cond.from_address and msg.sender not in {a.lower() for a in cond.from_address}:
        return False
    if cond.from_domain:
        domains = {d.lower().lstrip("@") for d in cond.from_domain}
        if not any(msg.sender_domain == d or msg.sender_domain.endswith("." + d) for d in domains):
            return False
    return True


def _matches_text(cond: RuleCondition, msg: ParsedMessage) -> bool:
    if cond.subject and not re.search(cond.subject, msg.subject, re.IGNORECASE):
        return False
    return not (cond.body and not re.search(cond.body, msg.body_text, re.IGNORECASE))


def _matches_attachments(cond: RuleCondition, msg: ParsedMessage) -> bool:
    if not cond.attachment_types:
        return True
    wanted = {t.lower().lstrip(".") for t in cond.attachment_types}
    return any(_extension(a.filename) in wanted for a in msg.attachments)


def _matches_headers(cond: RuleCondition, msg: ParsedMessage) -> bool:
    lowered = {k.lower(): v for k, v in msg.headers.items()}
    for name, pattern in cond.headers.items():
        value = lowered.get(name.lower())
        if value is None or not re.search(pattern, value, re.IGNORECASE):
            return False
    return True


def rule_matches(rule: SortingRule, msg: ParsedMessage) -> bool:
    """True when every condition the rule gives holds for the message."""
    cond = rule.when
    return (
        _matches_sender(cond, msg)
        and _matches_text(cond, msg)
        and _matches_attachments(cond, msg)
        and _matches_headers(cond, msg)
    )


def classify(msg: ParsedMessage, sorting: SortingRules) -> Classification:
    """Return the first admin rule's category, else the fallback classifier's verdict."""
    for rule in sorting.rules:
        if rule_matches(rule, msg):
            return Classification(rule.category, RULE_CONFIDENCE, rule.name)
    verdict = classify_fallback(msg)
    return Classification(verdict.category, verdict.confidence, None)
