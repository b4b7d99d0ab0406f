"""Load rules.yaml and report every problem in it, each with its line number.

An admin fixes a rules file in one sitting only if the check names every mistake at once,
where it is, and what was probably meant; stopping at the first error (as ``yaml.safe_load``
followed by pydantic would) costs one round trip per typo. So the YAML is composed once
into nodes that keep their line marks, pydantic's error locations are mapped back onto
those nodes, and checks pydantic cannot express (duplicates across list items, secrets
written inline, template syntax, cron and time zone) run on the same data.

The same checks back ``inbox-agent rules check`` and, through :func:`check_rules_text`,
any editor that wants to validate text before saving it.
"""

from __future__ import annotations

import difflib
import re
import types
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin
from urllib.parse import urlsplit

import jinja2
import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from inbox_agent.config.rules import Rules
from inbox_agent.errors import ConfigError

Loc = tuple[str | int, ...]

SECRET_KEY = re.compile(r"^(?:.*_)?(?:password|passwd|secret|token|api_key|apikey)$", re.I)
ENV_NAME_HINT = (
    "must name an environment variable (capitals, digits and _, e.g. "
    "INBOX_AGENT_COUPA_PASSWORD); the secret itself goes in that variable"
)


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One thing wrong with a rules file, placed so an admin can go straight to it.

    Attributes:
        line: 1-based line in the file, or None when the problem is the file as a whole.
        location: Dotted path of the setting, e.g. ``matching.auto_threshold``.
        message: What is wrong and, where we can tell, what was meant.
    """

    line: int | None
    location: str
    message: str

    def render(self, source: str) -> str:
        """Format as ``PATH:LINE: location: message``, the shape editors jump to."""
        place = f"{source}:{self.line}" if self.line is not None else source
        return f"{place}: {self.location}: {self.message}"


class RulesInvalid(ConfigError):
    """rules.yaml cannot be used; ``problems`` lists every reason, not only the first."""

    def __init__(self, source: str, problems: Sequence[RuleProblem]) -> None:
        self.source = source
        self.problems = list(problems)
        lines = [p.render(source) for p in self.problems]
        count = len(self.problems)
        header = f"{source}: {count} problem{'s' if count != 1 else ''} in the rules file"
        super().__init__("\n".join([header, *lines]))


def load_rules(path: Path) -> Rules:
    """Read and validate a rules file; refuse it whole if anything in it is wrong.

    Args:
        path: The rules.yaml to read.

    Returns:
        The validated rules.

    Raises:
        RulesInvalid: With every problem found, each with its line where there is one.
    """
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesInvalid(source, [_file_problem(f"file not found: {path}")]) from None
    except IsADirectoryError:
        raise RulesInvalid(source, [_file_problem(f"{path} is a folder, not a file")]) from None
    except UnicodeDecodeError as exc:
        problem = _file_problem(f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        raise RulesInvalid(source, [problem]) from None
    except OSError as exc:
        raise RulesInvalid(source, [_file_problem(f"cannot read: {exc.strerror}")]) from None
    rules, problems = validate_rules_text(text)
    if rules is None or problems:
        raise RulesInvalid(source, problems)
    return rules


def check_rules_text(text: str, source: str = "rules.yaml") -> list[RuleProblem]:
    """Every problem in rules text, for an editor that checks before it saves.

    Args:
        text: The YAML as the admin wrote it.
        source: The name the caller will show with the problems (a path, an editor tab).
            Problems do not embed it, so one list can be rendered under any name with
            :meth:`RuleProblem.render`; it is accepted here so callers read uniformly.

    Returns:
        The problems, ordered by line; empty when the text is valid.
    """
    del source  # see Args: rendering is the caller's
    return validate_rules_text(text)[1]


def validate_rules_text(text: str) -> tuple[Rules | None, list[RuleProblem]]:
    """Parse and validate rules text, keeping the rules only if nothing is wrong.

    Args:
        text: The YAML as the admin wrote it.

    Returns:
        The rules (None when any problem was found) and the problems, ordered by line.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data: object = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return None, [_yaml_problem(exc)]
    if root is None:
        return None, [_file_problem("the file is empty; start from the shipped rules.yaml")]
    locator = _Locator(root)
    problems = list(_node_problems(root))
    skip = {p.location for p in problems}
    rules: Rules | None = None
    try:
        rules = Rules.model_validate(data)
    except ValidationError as exc:
        problems += _pydantic_problems(exc, locator, skip)
    problems += _semantic_problems(data, locator)
    problems.sort(key=lambda p: (p.line or 0, p.location))
    return (rules if not problems else None), problems


def _file_problem(message: str) -> RuleProblem:
    return RuleProblem(None, "(file)", message)


def _yaml_problem(exc: yaml.YAMLError) -> RuleProblem:
    """Turn a parser error into a problem at the line where the parser gave up."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        parts = [part for part in (exc.context, exc.problem) if part]
        message = "YAML syntax: " + ", ".join(parts)
        context = exc.context_mark
        if context is not None and mark is not None and context.line != mark.line:
            message += f" (what was left open starts on line {context.line + 1})"
        return RuleProblem(mark.line + 1 if mark else None, "(yaml)", message)
    return RuleProblem(None, "(yaml)", f"YAML syntax: {exc}")


def format_loc(loc: Loc) -> str:
    """Write a pydantic location the way an admin reads the file: ``a.b[2].c``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part != "[key]":
            out += f".{part}" if out else part
    return out or "(top)"


# ---------------------------------------------------------------- lines from YAML nodes


class _Locator:
    """Finds the line of a setting by walking composed YAML nodes along a location."""

    def __init__(self, root: yaml.Node) -> None:
        self._root = root

    def line_of(self, loc: Loc) -> int:
        """Line of the deepest node on ``loc`` that exists in the file.

        A missing key thus points at its parent mapping, and location parts that are not
        in the file (pydantic's union tags, ``[key]``) are stepped over.
        """
        node: yaml.Node = self._root
        line = node.start_mark.line + 1
        for part in loc:
            found = _child(node, part)
            if found is not None:
                line, node = found
        return line


def _child(node: yaml.Node, part: str | int) -> tuple[int, yaml.Node] | None:
    """The line and node of one step down; for a key, the line of the key itself."""
    if isinstance(node, yaml.MappingNode):
        for key, value in reversed(node.value):  # the last duplicate is the one loaded
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return key.start_mark.line + 1, value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        item: yaml.Node = node.value[part]
        return item.start_mark.line + 1, item
    return None


def _mapping_pairs(
    node: yaml.Node, loc: Loc = ()
) -> Iterator[tuple[Loc, yaml.ScalarNode, yaml.Node]]:
    """Every key/value pair in the document, with the location of its key."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                yield (*loc, key.value), key, value
                yield from _mapping_pairs(value, (*loc, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _mapping_pairs(item, (*loc, index))


def _node_problems(root: yaml.Node) -> Iterator[RuleProblem]:
    """Problems only the raw nodes show: duplicate keys and secrets written inline."""
    first_seen: dict[Loc, int] = {}
    for loc, key, value in _mapping_pairs(root):
        line = key.start_mark.line + 1
        if loc in first_seen:
            yield RuleProblem(
                line,
                format_loc(loc),
                f"key given twice (first on line {first_seen[loc]}); only this one would count",
            )
        first_seen.setdefault(loc, line)
        if not isinstance(value, yaml.ScalarNode) or value.value == "":
            continue
        if SECRET_KEY.match(key.value) and value.tag != "tag:yaml.org,2002:null":
            yield RuleProblem(line, format_loc(loc), _secret_message(loc))
        elif key.value == "url" and _url_has_password(value.value):
            yield RuleProblem(
                line,
                format_loc(loc),
                "the URL carries a password; remove it and name the variable that holds "
                "it with password_env",
            )


def _secret_message(loc: Loc) -> str:
    key = str(loc[-1])
    allowed = _allowed_keys(loc[:-1]) or []
    suggestion = f"{key}_env" if f"{key}_env" in allowed else "a *_env key"
    return (
        "secrets are referenced by environment variable name "
        f"(use {suggestion}); the value written here must be removed"
    )


def _url_has_password(url: str) -> bool:
    try:
        return urlsplit(url).password is not None
    except ValueError:
        return False


# ---------------------------------------------------------------- pydantic errors


def _pydantic_problems(
    exc: ValidationError, locator: _Locator, skip: set[str]
) -> list[RuleProblem]:
    problems = []
    for error in exc.errors(include_url=False):  # inputs are never echoed, only compared
        loc: Loc = tuple(error["loc"])
        location = format_loc(loc)
        if error["type"] == "extra_forbidden" and location in skip:
            continue  # already reported, more helpfully, as an inline secret
        problems.append(RuleProblem(locator.line_of(loc), location, _message(error, loc)))
    return problems


def _message(error: ErrorDetails, loc: Loc) -> str:
    """Say what is wrong in the admin's terms, with a guess at what was meant."""
    kind = error["type"]
    if kind == "extra_forbidden":
        return _unknown_key_message(loc)
    if kind == "missing":
        return f"required key '{loc[-1]}' is missing"
    if kind == "string_pattern_mismatch" and str(loc[-1]).endswith("_env"):
        return ENV_NAME_HINT
    message = error["msg"].removeprefix("Value error, ")
    if kind == "literal_error":
        message += _literal_hint(error)
    return message


def _unknown_key_message(loc: Loc) -> str:
    key = str(loc[-1])
    allowed = _allowed_keys(loc[:-1])
    if not allowed:
        return f"unknown key '{key}'"
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown key '{key}'; did you mean '{close[0]}'?"
    return f"unknown key '{key}'; allowed here: {', '.join(sorted(allowed))}"


def _literal_hint(error: ErrorDetails) -> str:
    """A "did you mean" for a misspelt choice such as a category or portal name."""
    ctx = error.get("ctx") or {}
    expected = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
    given = error.get("input")
    if not isinstance(given, str):
        return ""
    close = difflib.get_close_matches(given, expected, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _allowed_keys(loc: Loc) -> list[str] | None:
    """Field names of the model found at ``loc`` in the schema, if a model is there."""
    target: object = Rules
    for part in loc:
        stepped = _step(target, part)
        if stepped is None:
            return None
        target = stepped
    for candidate in _alternatives(target):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return list(candidate.model_fields)
    return None


def _step(annotation: object, part: str | int) -> object | None:
    """The type one location part below ``annotation`` (model field, list item, dict value)."""
    for candidate in _alternatives(annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            field = candidate.model_fields.get(str(part))
            if field is not None:
                return field.annotation
            continue
        origin, args = get_origin(candidate), get_args(candidate)
        item: object = None
        if origin is list and isinstance(part, int):
            item = args[0]
        elif origin is dict and part != "[key]":
            item = args[1]
        if item is not None:
            return item
    return None


def _alternatives(annotation: object) -> list[object]:
    """The concrete types an annotation may hold: unwraps Annotated and unions, drops None."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _alternatives(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return [alt for arg in get_args(annotation) for alt in _alternatives(arg)]
    if annotation is type(None):
        return []
    return [annotation]


# ---------------------------------------------------------------- checks beyond the schema


def _semantic_problems(data: object, locator: _Locator) -> list[RuleProblem]:
    """Checks that span several entries or need a parser other than pydantic's."""
    if not isinstance(data, dict):
        return []
    found: list[tuple[Loc, str]] = []
    found += _duplicates(data, ("payers",), "customer_id")
    found += _duplicates(data, ("sorting", "rules"), "name")
    found += _duplicates(data, ("extraction", "templates"), "name")
    found += _shared_payer_names(data)
    found += _shared_payer_domains(data)
    found += _portals_without_account(data)
    found += _template_syntax(data)
    found += _schedule_problems(data)
    return [RuleProblem(locator.line_of(loc), format_loc(loc), msg) for loc, msg in found]


def _get(data: object, *path: str) -> object:
    for part in path:
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _entries(data: object, path: Sequence[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The mapping items of a list setting, with their index; anything else is skipped."""
    items = _get(data, *path)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


def _duplicates(data: object, path: tuple[str, ...], key: str) -> list[tuple[Loc, str]]:
    """Entries that repeat an identifying value; which one wins would be an accident."""
    first: dict[str, int] = {}
    found: list[tuple[Loc, str]] = []
    for index, item in _entries(data, path):
        value = item.get(key)
        if not isinstance(value, str):
            continue
        if value in first:
            where = f"{format_loc((*path, first[value]))}"
            found.append(((*path, index, key), f"{key} '{value}' is already used by {where}"))
        else:
            first[value] = index
    return found


def _normal_name(name: str) -> str:
    return " ".join(name.casefold().split())


def _shared_payer_names(data: object) -> list[tuple[Loc, str]]:
    """A name or alias claimed by two customers would let a payment match either."""
    owner: dict[str, str] = {}
    found: list[tuple[Loc, str]] = []
    for index, payer in _entries(data, ("payers",)):
        customer = str(payer.get("customer_id"))
        named: list[tuple[Loc, object]] = [(("payers", index, "name"), payer.get("name"))]
        aliases = payer.get("aliases")
        if isinstance(aliases, list):
            named += [(("payers", index, "aliases", i), a) for i, a in enumerate(aliases)]
        for loc, name in named:
            if not isinstance(name, str):
                continue
            claimed = owner.setdefault(_normal_name(name), customer)
            if claimed != customer:
                found.append((loc, f"'{name}' is also a name of customer {claimed}"))
    return found


def _shared_payer_domains(data: object) -> list[tuple[Loc, str]]:
    """A mail domain claimed by two customers would tie a sender to either one."""
    owner: dict[str, str] = {}
    found: list[tuple[Loc, str]] = []
    for index, payer in _entries(data, ("payers",)):
        customer = str(payer.get("customer_id"))
        domains = payer.get("email_domains")
        if not isinstance(domains, list):
            continue
        for i, domain in enumerate(domains):
            if not isinstance(domain, str):
                continue
            claimed = owner.setdefault(domain.casefold().lstrip("@"), customer)
            if claimed != customer:
                loc = ("payers", index, "email_domains", i)
                found.append((loc, f"domain '{domain}' is also given for customer {claimed}"))
    return found


def _portals_without_account(data: object) -> list[tuple[Loc, str]]:
    """A payer sent to a portal nobody can sign in to would fail at every upload."""
    portals = _get(data, "portals")
    accounts = portals if isinstance(portals, dict) else {}
    found: list[tuple[Loc, str]] = []
    for index, payer in _entries(data, ("payers",)):
        portal = payer.get("portal")
        if portal in ("coupa", "ariba", "taulia") and portal not in accounts:
            found.append(
                (
                    ("payers", index, "portal"),
                    f"portal '{portal}' has no account under 'portals'; add portals.{portal}",
                )
            )
    return found


def _template_syntax(data: object) -> list[tuple[Loc, str]]:
    """Jinja2 syntax errors, caught here rather than when the first reply is drafted."""
    templates = _get(data, "replies", "templates")
    if not isinstance(templates, dict):
        return []
    env = jinja2.Environment(autoescape=False)  # plain-text mail, not HTML
    found: list[tuple[Loc, str]] = []
    for category, template in templates.items():
        for part in ("subject", "body"):
            text = _get(template, part)
            if not isinstance(text, str):
                continue
            try:
                env.parse(text)
            except jinja2.TemplateSyntaxError as exc:
                loc = ("replies", "templates", str(category), part)
                found.append((loc, f"template line {exc.lineno}: {exc.message}"))
    return found


def _schedule_problems(data: object) -> list[tuple[Loc, str]]:
    """A bad cron line or time zone would only surface when the scheduler starts."""
    found: list[tuple[Loc, str]] = []
    zone = _get(data, "schedule", "timezone")
    known = zoneinfo.available_timezones()
    if isinstance(zone, str) and known and zone not in known and zone != "UTC":
        close = difflib.get_close_matches(zone, known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        found.append((("schedule", "timezone"), f"unknown time zone '{zone}'{hint}"))
    cron = _get(data, "schedule", "portal_uploads_cron")
    if isinstance(cron, str):
        from apscheduler.triggers.cron import CronTrigger  # heavy; only when a cron is set

        try:
            CronTrigger.from_crontab(cron, timezone="UTC")
        except ValueError as exc:
            found.append((("schedule", "portal_uploads_cron"), f"not a valid cron line: {exc}"))
    return found
