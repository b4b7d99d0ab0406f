"""The replies section of rules.yaml: languages, our address, the archive, sending policy."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from inbox_agent.config.loader import check_rules_text, load_rules

SHIPPED = Path(__file__).resolve().parent.parent / "rules.yaml"


def _edited(old: str, new: str) -> str:
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in rules.yaml"
    return text.replace(old, new)


def test_shipped_replies_have_german_versions_and_safe_defaults() -> None:
    """GIVEN the shipped rules THEN every reply template has a German version, a German
    signature exists, nothing may be sent on its own, and the remittance request is set."""
    replies = load_rules(SHIPPED).replies
    assert set(replies.templates) == {
        "invoice_request",
        "statement_request",
        "remittance",
        "dispute",
        "payment_promise",
    }
    assert all("de" in t.languages for t in replies.templates.values())
    assert "Mit freundlichen Grüßen" in replies.signatures["de"]
    assert replies.send_categories == []
    assert all(not p.allow_send for p in load_rules(SHIPPED).payers)
    assert replies.remittance_request is not None


@pytest.mark.parametrize(
    "category",
    ["invoice_request", "statement_request", "remittance", "dispute", "payment_promise"],
)
def test_german_templates_render_strictly_with_the_documented_variables(category: str) -> None:
    """GIVEN a shipped German template and only the always-present variables
    WHEN rendered strictly THEN it renders, names the invoices (a statement names none)
    and ends with the German signature."""
    rules = load_rules(SHIPPED)
    german = rules.replies.templates[category].languages["de"]  # type: ignore[index]
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    values = {
        "customer_name": "Müller Maschinenbau GmbH",
        "invoice_numbers": ["INV-40001", "INV-40002"],
        "signature": rules.replies.signatures["de"],
    }
    env.from_string(german.subject).render(values)
    body = env.from_string(german.body).render(values)
    assert body.startswith("Sehr geehrte Damen und Herren,")
    if category != "statement_request":
        assert "INV-40001" in body and "INV-40002" in body
    assert body.rstrip().endswith("Example Supplies Pty Ltd")


def test_a_broken_german_template_is_reported_where_it_is() -> None:
    """GIVEN a German template with broken Jinja2 WHEN checked THEN the problem names the
    language version and its line, before any draft could fail on it."""
    text = _edited(
        'subject: "Zahlungszusage vermerkt"', 'subject: "Zahlungszusage {{ customer_name"'
    )
    problems = check_rules_text(text)
    [problem] = [p for p in problems if "languages" in p.location]
    assert problem.location == "replies.templates.payment_promise.languages.de.subject"
    assert "template line 1" in problem.message
    assert problem.line == _line(text, 'subject: "Zahlungszusage {{ customer_name"')


def _line(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_unknown_language_and_bad_addresses_are_refused() -> None:
    """GIVEN a template version for a language the drafter cannot recognise, an AR address
    that is not an address, and a category to send that does not exist
    WHEN checked THEN each is a problem at its place."""
    text = _edited(
        "      languages:\n        de:\n          subject: 'Rechnungskopie",
        "      languages:\n        fr:\n          subject: 'Rechnungskopie",
    )
    text = text.replace("  from_address: null", "  from_address: accounts receivable")
    text = text.replace("  send_categories: []", "  send_categories: [remitance]")
    locations = {p.location for p in check_rules_text(text)}
    assert "replies.templates.invoice_request.languages.fr" in locations
    assert "replies.from_address" in locations
    assert "replies.send_categories[0]" in locations


def test_our_address_archive_and_sending_are_accepted(tmp_path: Path) -> None:
    """GIVEN an admin setting our address, an archive, remittance replies to send and one
    payer allowed WHEN loaded THEN the settings are there as written."""
    text = (
        SHIPPED.read_text(encoding="utf-8")
        .replace("  from_address: null", "  from_address: ar@example-supplies.example.com")
        .replace("  invoice_archive: null", "  invoice_archive: /srv/invoices")
        .replace("  send_categories: []", "  send_categories: [remittance]")
        .replace("    portal: coupa\n", "    portal: coupa\n    allow_send: true\n", 1)
    )
    assert check_rules_text(text) == []
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    rules = load_rules(path)
    assert rules.replies.from_address == "ar@example-supplies.example.com"
    assert rules.replies.invoice_archive == "/srv/invoices"
    assert rules.replies.send_categories == ["remittance"]
    assert [p.customer_id for p in rules.payers if p.allow_send] == ["C0042"]
