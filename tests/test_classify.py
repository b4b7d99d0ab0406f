"""Sorting by admin rules, and the contract's ``classify`` command."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from typer.testing import CliRunner

from inbox_agent.classify.rules_classifier import classify
from inbox_agent.config.rules import RuleCondition, SortingRule, SortingRules
from inbox_agent.mail.parse import parse_message

REPO = Path(__file__).resolve().parents[1]


def _mail(subject: str, sender: str = "ap@acme.example.com.au", **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ar@example.com"
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("Hello")
    return msg.as_bytes()


SORTING = SortingRules(
    rules=[
        SortingRule(
            name="ooo",
            category="auto_reply",
            when=RuleCondition(headers={"Auto-Submitted": "^auto-replied"}),
        ),
        SortingRule(
            name="portal",
            category="portal_notification",
            when=RuleCondition(from_domain=["coupahost.com"]),
        ),
        SortingRule(
            name="remit",
            category="remittance",
            when=RuleCondition(subject=r"remittance|payment advice"),
        ),
    ]
)


def test_first_matching_rule_wins() -> None:
    """GIVEN an auto-reply whose subject also says remittance WHEN classified
    THEN the earlier header rule decides, with full confidence."""
    msg = parse_message(_mail("Re: Remittance", Auto_Submitted="auto-replied"))
    result = classify(msg, SORTING)
    assert (result.category, result.rule, result.confidence) == ("auto_reply", "ooo", 1.0)


def test_domain_rule_covers_subdomains() -> None:
    """GIVEN mail from a customer's Coupa host WHEN classified THEN it is portal mail."""
    msg = parse_message(_mail("Invoice approved", sender="do-not-reply@acme.coupahost.com"))
    assert classify(msg, SORTING).category == "portal_notification"


def test_mail_with_no_real_evidence_goes_to_a_person() -> None:
    """GIVEN mail no rule catches and no phrase speaks for (a weekday is a mere hint)
    WHEN classified THEN whatever the guess, its confidence is below the person threshold."""
    result = classify(parse_message(_mail("Lunch on Friday?")), SORTING)
    assert result.rule is None
    assert result.confidence < SortingRules().min_confidence


def test_mail_with_nothing_recognisable_is_other_for_a_person() -> None:
    """GIVEN a mail with no AR words at all WHEN classified THEN 'other', below threshold."""
    result = classify(parse_message(_mail("Hello")), SORTING)
    assert (result.category, result.rule) == ("other", None)
    assert result.confidence < SortingRules().min_confidence


def test_classify_cli_with_shipped_rules(tmp_path: Path) -> None:
    """GIVEN the shipped rules.yaml WHEN classify --json runs on two messages
    THEN one contract object per message, in order."""
    from inbox_agent.cli.main import app

    remit = tmp_path / "remit.eml"
    remit.write_bytes(_mail("Remittance Advice - EFT 88123"))
    ooo = tmp_path / "ooo.eml"
    ooo.write_bytes(_mail("Automatic reply: invoice", Auto_Submitted="auto-replied"))
    result = CliRunner().invoke(
        app, ["classify", str(remit), str(ooo), "--json", "--rules", str(REPO / "rules.yaml")]
    )
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["category"] for o in objs] == ["remittance", "auto_reply"]
    assert objs[0]["source"] == str(remit)
