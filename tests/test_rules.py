"""rules.yaml loading: the shipped file is valid, and every mistake is named with its line."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
import typer
from typer.testing import CliRunner

from inbox_agent.config.loader import (
    RuleProblem,
    RulesInvalid,
    check_rules_text,
    load_rules,
)
from inbox_agent.errors import ConfigError

SHIPPED = Path(__file__).resolve().parent.parent / "rules.yaml"


def shipped_text() -> str:
    return SHIPPED.read_text(encoding="utf-8")


def line_of(text: str, fragment: str) -> int:
    """1-based line of the only line containing ``fragment``."""
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if fragment in line]
    assert len(hits) == 1, f"{fragment!r} found on lines {hits}"
    return hits[0]


def edited(old: str, new: str) -> str:
    """The shipped rules with one exact edit, as an admin would make it."""
    text = shipped_text()
    assert text.count(old) == 1, f"{old!r} is not unique in rules.yaml"
    return text.replace(old, new)


def problems_at(problems: list[RuleProblem], location: str) -> list[RuleProblem]:
    return [p for p in problems if p.location == location]


# ---------------------------------------------------------------- the shipped file


def test_shipped_rules_are_valid() -> None:
    """
    GIVEN the rules.yaml shipped at the repository root
    WHEN it is loaded
    THEN it validates with no problem, and holds the protocol rules (auto-replies, bounces, portals)
    """
    rules = load_rules(SHIPPED)

    assert check_rules_text(shipped_text()) == []
    names = [rule.name for rule in rules.sorting.rules]
    for name in (
        "auto-reply-headers",
        "delivery-reports",
        "bounce-senders",
        "out-of-office-subject",
        "portal-mail",
    ):
        assert name in names
    payers = {p.customer_id: p for p in rules.payers}
    assert set(payers) == {"C0042", "C0107", "C0230", "C0311"}
    assert payers["C0042"].portal == "coupa"
    assert payers["C0311"].portal is None
    assert str(rules.matching.amount_tolerance) == "0.05"
    assert set(rules.portals) == {"coupa", "ariba", "taulia"}
    assert rules.schedule.poll_every_minutes == 5


@pytest.mark.parametrize(
    "category",
    ["invoice_request", "statement_request", "remittance", "dispute", "payment_promise"],
)
@pytest.mark.parametrize("invoices", [[], ["INV-00123"], ["INV-00123", "INV-00124"]])
def test_shipped_templates_render_with_documented_variables(
    category: str, invoices: list[str]
) -> None:
    """
    GIVEN a shipped reply template and only the variables rules.yaml documents
    WHEN it is rendered strictly (an undefined variable is an error)
    THEN it renders, names the customer and every invoice (a statement names none), and
    ends with the signature
    """
    rules = load_rules(SHIPPED)
    template = rules.replies.templates[category]  # type: ignore[index]
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    values = {
        "customer_name": "Acme Pty Ltd",
        "invoice_numbers": invoices,
        "signature": rules.replies.signature,
    }

    env.from_string(template.subject).render(values)
    body = env.from_string(template.body).render(values)

    assert "Acme Pty Ltd" in body
    if category != "statement_request":
        assert all(number in body for number in invoices)
    assert body.rstrip().endswith(rules.replies.signature.rstrip())


# ---------------------------------------------------------------- problems, with lines


def test_misspelt_key_reports_line_and_suggestion() -> None:
    """
    GIVEN the shipped rules with auto_threshold misspelt as auto_treshold
    WHEN the text is checked
    THEN the problem names the key, its line in the file, and "did you mean"
    """
    text = edited("auto_threshold: 0.95", "auto_treshold: 0.95")

    problems = check_rules_text(text)

    [problem] = problems_at(problems, "matching.auto_treshold")
    assert problem.line == line_of(text, "auto_treshold")
    assert "did you mean 'auto_threshold'?" in problem.message


def test_misspelt_key_inside_list_and_dict_entries() -> None:
    """
    GIVEN a misspelt key inside a list item (a sorting rule) and a dict value (a portal)
    WHEN the text is checked
    THEN each suggestion comes from the model at that place in the schema
    """
    text = edited("username_env: INBOX_AGENT_TAULIA_USERNAME", "usrname_env: X_USER")
    text = text.replace(
        "      category: auto_reply\n", "      categroy: auto_reply\n", 1
    )

    problems = check_rules_text(text)

    [portal] = problems_at(problems, "portals.taulia.usrname_env")
    assert "did you mean 'username_env'?" in portal.message
    assert portal.line == line_of(text, "usrname_env")
    [rule] = [p for p in problems if p.location.endswith(".categroy")]
    assert rule.location.startswith("sorting.rules[")
    assert "did you mean 'category'?" in rule.message


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    """
    GIVEN a rules file with three unrelated mistakes far apart
    WHEN it is loaded
    THEN RulesInvalid (a ConfigError) carries all three, in file order, each with its line
    """
    text = edited("poll_every_minutes: 5", "poll_every_minutes: 0")
    text = text.replace("max_message_mb: 25", "max_message_mb: lots")
    text = text.replace("review_threshold: 0.6", "review_treshold: 0.6")
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(RulesInvalid) as caught:
        load_rules(path)

    assert isinstance(caught.value, ConfigError)
    found = {p.location: p.line for p in caught.value.problems}
    assert found == {
        "mailbox.max_message_mb": line_of(text, "max_message_mb: lots"),
        "matching.review_treshold": line_of(text, "review_treshold"),
        "schedule.poll_every_minutes": line_of(text, "poll_every_minutes: 0"),
    }
    lines = [p.line or 0 for p in caught.value.problems]
    assert lines == sorted(lines)
    assert "3 problems" in str(caught.value)


def test_bad_regex_is_reported_at_its_line() -> None:
    """
    GIVEN a sorting rule whose subject is not a valid regular expression
    WHEN the text is checked
    THEN the problem points at that subject line and says why
    """
    text = edited("'(out of (the )?office|", "'((out of (the )?office|")

    [problem] = check_rules_text(text)

    assert problem.location.startswith("sorting.rules[")
    assert problem.location.endswith(".when.subject")
    assert problem.line == line_of(text, "((out of")
    assert "not a valid regular expression" in problem.message


def test_yaml_syntax_error_gives_one_problem_with_line() -> None:
    """
    GIVEN text whose YAML does not parse (an unclosed flow list)
    WHEN it is checked
    THEN there is exactly one problem, at the line where the parser gave up
    """
    text = "version: 1\nmatching:\n  auto_threshold: 0.95\n  review_threshold: [0.6\npayers: []\n"

    [problem] = check_rules_text(text)

    assert problem.location == "(yaml)"
    assert problem.line == 5
    assert "YAML syntax" in problem.message
    assert "line 4" in problem.message  # where the unclosed list began


def test_inline_password_is_refused_without_echoing_it() -> None:
    """
    GIVEN a portal account with its password written inline
    WHEN the text is checked
    THEN it is refused at that line with the pointer to password_env, and the secret
    itself appears nowhere in the problems
    """
    text = edited(
        "    password_env: INBOX_AGENT_COUPA_PASSWORD\n",
        "    password_env: INBOX_AGENT_COUPA_PASSWORD\n    password: Hunter2-secret\n",
    )

    problems = check_rules_text(text)

    [problem] = problems
    assert problem.location == "portals.coupa.password"
    assert problem.line == line_of(text, "password: Hunter2")
    assert "secrets are referenced by environment variable name (use password_env)" in (
        problem.message
    )
    assert not any("Hunter2" in p.message for p in problems)


def test_password_in_mailbox_url_is_refused() -> None:
    """
    GIVEN a mailbox URL carrying user:password
    WHEN the text is checked
    THEN it is refused: the password belongs in the environment
    """
    text = edited("  url: null\n", "  url: imaps://ar:Hunter2@mail.example.com/INBOX\n")

    [problem] = check_rules_text(text)

    assert problem.location == "mailbox.url"
    assert "password" in problem.message
    assert "Hunter2" not in problem.message


def test_identifiers_must_be_unique() -> None:
    """
    GIVEN two payers with one customer_id and two sorting rules with one name
    WHEN the text is checked
    THEN both repeats are reported where the second one is written
    """
    text = edited("customer_id: C0107", "customer_id: C0042")
    text = text.replace("- name: delivery-reports\n", "- name: auto-reply-headers\n")

    problems = check_rules_text(text)

    [payer] = problems_at(problems, "payers[1].customer_id")
    repeats = [n for n, line in enumerate(text.splitlines(), 1) if "customer_id: C0042" in line]
    assert payer.line == repeats[1]
    assert "already used by payers[0]" in payer.message
    [rule] = [p for p in problems if p.location.endswith(".name")]
    assert "'auto-reply-headers' is already used" in rule.message


def test_duplicate_yaml_key_is_reported() -> None:
    """
    GIVEN a mapping that gives the same key twice (YAML would silently keep the last)
    WHEN the text is checked
    THEN the second one is reported with the line of the first
    """
    first = line_of(shipped_text(), "auto_threshold: 0.95")
    text = edited("auto_threshold: 0.95\n", "auto_threshold: 0.95\n  auto_threshold: 0.96\n")

    [problem] = check_rules_text(text)

    assert problem.location == "matching.auto_threshold"
    assert problem.line == first + 1
    assert f"first on line {first}" in problem.message


def test_template_syntax_and_schedule_are_checked() -> None:
    """
    GIVEN a reply template with broken Jinja2, a bad cron line and a misspelt time zone
    WHEN the text is checked
    THEN each is reported before it could break a draft or the scheduler
    """
    text = edited('subject: "Payment confirmation noted"', 'subject: "Noted {{ customer_name"')
    text = text.replace('portal_uploads_cron: "0 7 * * 1-5"', 'portal_uploads_cron: "0 25 * * *"')
    text = text.replace("timezone: UTC", "timezone: Australia/Sidney")

    problems = {p.location: p for p in check_rules_text(text)}

    assert set(problems) == {
        "replies.templates.payment_promise.subject",
        "schedule.portal_uploads_cron",
        "schedule.timezone",
    }
    assert "did you mean 'Australia/Sydney'?" in problems["schedule.timezone"].message


def test_missing_file_is_a_clear_problem(tmp_path: Path) -> None:
    """
    GIVEN a path with no file behind it
    WHEN it is loaded
    THEN RulesInvalid says the file was not found, with no line number
    """
    missing = tmp_path / "nope.yaml"

    with pytest.raises(RulesInvalid) as caught:
        load_rules(missing)

    [problem] = caught.value.problems
    assert problem.line is None
    assert "not found" in problem.message
    assert problem.render(str(missing)) == f"{missing}: (file): file not found: {missing}"


def test_empty_file_is_refused() -> None:
    """
    GIVEN an empty rules text (a truncated save, most likely)
    WHEN it is checked
    THEN it is refused rather than run on defaults
    """
    [problem] = check_rules_text("# only a comment\n")

    assert "empty" in problem.message


# ---------------------------------------------------------------- the command


def cli_app() -> typer.Typer:
    """The real app; a bare one with only ``rules`` while other commands are being built."""
    try:
        from inbox_agent.cli.main import app
    except ImportError:
        from inbox_agent.cli import rules_cmd

        app = typer.Typer()

        @app.callback()
        def _root() -> None:
            """Keep ``rules`` a sub-command even when it is the only one."""

        rules_cmd.register(app)
    return app


def test_cli_rules_check_ok_exits_zero() -> None:
    """
    GIVEN the shipped rules.yaml
    WHEN `inbox-agent rules check PATH` runs
    THEN it prints a one-line summary and exits 0
    """
    result = CliRunner().invoke(cli_app(), ["rules", "check", str(SHIPPED)])

    assert result.exit_code == 0, result.output
    shipped = load_rules(SHIPPED)
    expected = f"{SHIPPED} OK: {len(shipped.sorting.rules)} sorting rules, 8 categories, 4 payers"
    assert expected in result.stdout


def test_cli_rules_check_reports_problems_and_exits_one(tmp_path: Path) -> None:
    """
    GIVEN a rules file with a misspelt key
    WHEN `inbox-agent rules check PATH` runs
    THEN it prints PATH:LINE: location: message and exits 1
    """
    text = edited("auto_threshold: 0.95", "auto_treshold: 0.95")
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")

    result = CliRunner().invoke(cli_app(), ["rules", "check", str(path)])

    assert result.exit_code == 1
    expected = (
        f"{path}:{line_of(text, 'auto_treshold')}: matching.auto_treshold: "
        "unknown key 'auto_treshold'; did you mean 'auto_threshold'?"
    )
    assert expected in result.stdout.splitlines()
    assert "1 problem;" in result.stdout


def test_cli_rules_check_defaults_to_env_var(tmp_path: Path) -> None:
    """
    GIVEN INBOX_AGENT_RULES naming a file that does not exist, and no PATH
    WHEN `inbox-agent rules check` runs
    THEN it checks that file (not ./rules.yaml) and exits 1 saying it is missing
    """
    missing = tmp_path / "elsewhere.yaml"

    result = CliRunner().invoke(
        cli_app(), ["rules", "check"], env={"INBOX_AGENT_RULES": str(missing)}
    )

    assert result.exit_code == 1
    assert f"{missing}: (file): file not found" in result.stdout
