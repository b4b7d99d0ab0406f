"""Flows as data: what an uploader clicks and types on a portal, by label, role and text.

A portal's screens change more often than its process, so the words on the screen live in
``flows/<portal>.yaml`` and an admin can correct one in rules.yaml
(``portals.<name>.flow_overrides``) without a release. A flow has:

- ``targets``: how to find each thing the uploader needs, the way a person would: by ARIA
  role and accessible name (``{role: button, name: Submit}``), by its label
  (``{label: "Invoice #"}``), by visible text or placeholder; optionally inside another
  target (``within``), narrowed to a table row holding a cell with exact text
  (``has_cell``), or to a column of that row by its header (``column``). Never a
  generated id or class.
- ``stages``: straight lists of steps (``goto``, ``fill``, ``select``, ``click`` with an
  ``expect`` that proves the click took effect, ``check``, ``upload``, ``press``,
  ``wait``, ``wait_gone``, ``if_visible``/``then``). Values are templates:
  ``"{invoice_number}"``. Decisions (which page came up after sign-in, did Submit work)
  stay in Python, in :mod:`.uploader`.
- ``patterns``: regular expressions that tell a portal's messages apart (a duplicate
  invoice number is a refusal we record as ``rejected``, not a failure to retry).

Overrides merge into the packaged flow key by key; a list (a stage) is replaced whole.
The merged result is validated by the same models, so a typo in an override is an error
that names the key, not a silently ignored setting.
"""

from __future__ import annotations

import logging
import re
import string
import time
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, Response
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from portal_uploaders.errors import (
    PortalConfigError,
    PortalFlowError,
    PortalSessionExpired,
    PortalUnavailable,
)

log = logging.getLogger(__name__)

FLOWS_DIR = Path(__file__).resolve().parent / "flows"
SERVER_ERROR = 500


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Target(_Strict):
    """How to find one thing on a page, the way a person would describe it."""

    role: str | None = None
    name: str | None = None
    label: str | None = None
    text: str | None = None
    placeholder: str | None = None
    exact: bool = False
    within: str | None = None
    has_cell: str | None = None
    """Keep only elements (table rows) holding a cell whose whole text is this."""
    has_text: str | None = None
    column: str | None = None
    """With ``within`` a row: the cell under the column header with this text."""
    nth: int | None = None

    @model_validator(mode="after")
    def _one_way(self) -> Target:
        ways = [self.role, self.label, self.text, self.placeholder, self.column]
        if sum(w is not None for w in ways) != 1:
            msg = "a target needs exactly one of role, label, text, placeholder or column"
            raise ValueError(msg)
        if self.column is not None and self.within is None:
            raise ValueError("'column' needs 'within' (the row)")
        return self


class Step(_Strict):
    """One action; exactly one of the action keys is set."""

    goto: str | None = None
    fill: str | None = None
    value: str | None = None
    select: str | None = None
    option: str | None = None
    click: str | None = None
    expect: str | None = None
    check: str | None = None
    upload: str | None = None
    file: str | None = None
    press: str | None = None
    key: str | None = None
    wait: str | None = None
    wait_gone: str | None = None
    if_visible: str | None = None
    then: list[Step] = []

    @model_validator(mode="after")
    def _one_action(self) -> Step:
        actions = [
            self.goto,
            self.fill,
            self.select,
            self.click,
            self.check,
            self.upload,
            self.press,
            self.wait,
            self.wait_gone,
            self.if_visible,
        ]
        if sum(a is not None for a in actions) != 1:
            raise ValueError("a step needs exactly one action (goto, fill, click, ...)")
        needs = {
            "fill": self.value,
            "select": self.option,
            "upload": self.file,
            "press": self.key,
        }
        for action, arg in needs.items():
            if getattr(self, action) is not None and arg is None:
                partner = {"fill": "value", "select": "option", "upload": "file", "press": "key"}
                raise ValueError(f"'{action}' needs '{partner[action]}'")
        return self

    def targets(self) -> list[str]:
        """Every target this step (and its nested steps) refers to."""
        names = [
            self.fill,
            self.select,
            self.click,
            self.expect,
            self.check,
            self.upload,
            self.press,
            self.wait,
            self.wait_gone,
            self.if_visible,
        ]
        found = [n for n in names if n is not None]
        for inner in self.then:
            found += inner.targets()
        return found


class Timeouts(_Strict):
    """Milliseconds; ``confirm_ms`` is how long a click's ``expect`` may take to show."""

    action_ms: int = Field(default=8000, gt=0)
    navigation_ms: int = Field(default=15000, gt=0)
    confirm_ms: int = Field(default=2000, gt=0)
    click_retries: int = Field(default=3, ge=1, le=10)


class Flow(_Strict):
    """One portal's flow file, merged with the account's overrides."""

    portal: str
    date_format: str = "%Y-%m-%d"
    timeouts: Timeouts = Timeouts()
    customers: dict[str, str] = {}
    """How the portal names a customer, by our customer id, when it differs from ours."""
    values: dict[str, str] = {}
    """Fixed answers a form asks for (a tax category), usable as ``{name}`` in steps."""
    patterns: dict[str, str] = {}
    targets: dict[str, Target]
    stages: dict[str, list[Step]]

    @model_validator(mode="after")
    def _targets_exist(self) -> Flow:
        unknown: list[str] = []
        for stage, steps in self.stages.items():
            for step in steps:
                unknown += [f"{stage}: {t}" for t in step.targets() if t not in self.targets]
        for name, target in self.targets.items():
            if target.within is not None and target.within not in self.targets:
                unknown.append(f"targets.{name}.within: {target.within}")
        if unknown:
            raise ValueError("unknown target(s): " + ", ".join(unknown))
        for name, pattern in self.patterns.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"patterns.{name}: not a regular expression: {exc}") from exc
        return self

    def require(self, *, stages: Sequence[str], targets: Sequence[str]) -> None:
        """Refuse a flow that lacks what an uploader relies on, naming every gap."""
        gaps = [f"stages.{s}" for s in stages if s not in self.stages]
        gaps += [f"targets.{t}" for t in targets if t not in self.targets]
        if gaps:
            msg = f"flow for {self.portal} lacks {', '.join(gaps)}"
            raise PortalConfigError(msg)


def merge(base: Any, override: Any) -> Any:
    """Deep-merge mappings; anything else (a list, a string) in ``override`` replaces."""
    if isinstance(base, Mapping) and isinstance(override, Mapping):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    return override


@cache
def _packaged(portal: str) -> dict[str, Any]:
    path = FLOWS_DIR / f"{portal}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PortalConfigError(f"cannot read the flow file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise PortalConfigError(f"{path} is not a mapping")
    return data


def load_flow(portal: str, overrides: Mapping[str, Any] | None = None) -> Flow:
    """The packaged flow for ``portal`` with rules.yaml's ``flow_overrides`` applied.

    Raises:
        PortalConfigError: the file or an override is invalid; the message names the key.
    """
    data = merge(_packaged(portal), overrides or {})
    try:
        return Flow.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        where = "flow_overrides" if overrides else "flow file"
        raise PortalConfigError(f"{portal} {where} invalid: {problems}") from exc


def check_overrides(portal: str, overrides: Mapping[str, Any]) -> list[str]:
    """Problems with an account's ``flow_overrides`` (empty when they are fine).

    For ``inbox-agent rules check``: an override that would break uploads is caught
    before it takes effect, like any other bad edit of rules.yaml.
    """
    try:
        load_flow(portal, overrides)
    except PortalConfigError as exc:
        return [str(exc)]
    return []


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise PortalConfigError(f"the flow uses {{{key}}}, which this step does not provide")


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders; an unknown name is a configuration error."""
    return string.Formatter().vformat(template, (), _Values(values))


_AMOUNT = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def parse_amount(text: str) -> Decimal:
    """Read an amount a portal shows (``AUD 1,234.50``, ``1,234.50 USD``) as a Decimal.

    Raises:
        PortalFlowError: no amount in the text.
    """
    match = _AMOUNT.search(text.replace("\u00a0", " "))
    if match is None:
        raise PortalFlowError(f"expected an amount, the page shows {text!r}")
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation as exc:
        raise PortalFlowError(f"expected an amount, the page shows {text!r}") from exc


class FlowPage:
    """A Playwright page driven by a flow: targets resolved, stages run, errors translated.

    Every failure leaves as a :class:`~portal_uploaders.errors.PortalError`: a missing
    target is a flow error (the screen changed) unless the portal has meanwhile sent us
    back to sign in (an expired session); a refused connection or a 5xx page is
    "unavailable", the one kind worth retrying.
    """

    def __init__(self, page: Page, flow: Flow, base_url: str, login_target: str) -> None:
        self.page = page
        self.flow = flow
        self.base_url = base_url.rstrip("/")
        self._login_target = login_target
        self._last_status: int | None = None
        page.set_default_timeout(flow.timeouts.action_ms)
        page.set_default_navigation_timeout(flow.timeouts.navigation_ms)
        page.on("response", self._on_response)

    def _on_response(self, response: Response) -> None:
        try:
            if response.request.is_navigation_request() and response.frame == self.page.main_frame:
                self._last_status = response.status
        except PlaywrightError:  # the page went away meanwhile
            return

    # --- targets ------------------------------------------------------------------------

    def locate(self, name: str, values: Mapping[str, str] | None = None) -> Locator:
        """The locator for target ``name`` with ``values`` filled into its texts."""
        values = values or {}
        target = self.flow.targets.get(name)
        if target is None:
            raise PortalConfigError(f"{self.flow.portal} flow has no target {name!r}")
        root: Page | Locator = (
            self.page if target.within is None else self.locate(target.within, values)
        )
        locator = self._base(root, target, values)
        if target.has_cell is not None:
            cell = self.page.get_by_role("cell", name=render(target.has_cell, values), exact=True)
            locator = locator.filter(has=cell)
        if target.has_text is not None:
            locator = locator.filter(has_text=render(target.has_text, values))
        if target.nth is not None:
            locator = locator.nth(target.nth)
        return locator

    def _base(self, root: Page | Locator, target: Target, values: Mapping[str, str]) -> Locator:
        def text(value: str | None) -> str:
            return render(value or "", values)

        if target.role is not None:
            if target.name is None:
                return root.get_by_role(target.role)  # type: ignore[arg-type]
            return root.get_by_role(
                target.role,  # type: ignore[arg-type]
                name=text(target.name),
                exact=target.exact,
            )
        if target.label is not None:
            return root.get_by_label(text(target.label), exact=target.exact)
        if target.text is not None:
            return root.get_by_text(text(target.text), exact=target.exact)
        if target.placeholder is not None:
            return root.get_by_placeholder(text(target.placeholder), exact=target.exact)
        return self._column_cell(root, text(target.column))

    def _column_cell(self, row: Page | Locator, header: str) -> Locator:
        headers = [h.strip() for h in self.page.get_by_role("columnheader").all_inner_texts()]
        if header not in headers:
            raise PortalFlowError(
                f"{self.flow.portal}: no column {header!r} on {self.page.url} (columns: "
                f"{', '.join(headers) or 'none'})"
            )
        return row.get_by_role("cell").nth(headers.index(header))

    def visible(self, name: str, values: Mapping[str, str] | None = None) -> bool:
        """Whether target ``name`` shows now (no waiting)."""
        try:
            return self.locate(name, values).first.is_visible()
        except PlaywrightError:
            return False

    def text(self, name: str, values: Mapping[str, str] | None = None) -> str:
        """The visible text (or input value) of target ``name``."""
        locator = self.locate(name, values).first
        try:
            tag = locator.evaluate("e => e.tagName")
            if tag in ("INPUT", "TEXTAREA", "SELECT"):
                return locator.input_value().strip()
            return locator.inner_text().strip()
        except PlaywrightTimeout as exc:
            raise self._missing(name, exc) from exc

    def amount(self, name: str) -> Decimal:
        """Target ``name`` read as an amount."""
        return parse_amount(self.text(name))

    def wait_any(
        self,
        names: Sequence[str],
        values: Mapping[str, str] | None = None,
        *,
        timeout_ms: int | None = None,
        watch_login: bool = True,
    ) -> str | None:
        """The first of ``names`` to become visible, or None when none does in time.

        Raises:
            PortalSessionExpired: the sign-in form shows instead (``watch_login``), so
                waiting on would only run out the clock.
        """
        limit = (timeout_ms or self.flow.timeouts.navigation_ms) / 1000
        deadline = time.monotonic() + limit
        watch = watch_login and self._login_target not in names
        while True:
            for name in names:
                if self.visible(name, values):
                    return name
            if watch and self.on_login_page():
                raise PortalSessionExpired(
                    f"{self.flow.portal} sent us back to its sign-in page ({self.page.url})"
                )
            if time.monotonic() > deadline:
                return None
            self.page.wait_for_timeout(50)

    def invalid_fields(self) -> list[str]:
        """Labels of fields the browser or the portal marks invalid (a silent Submit).

        Empty when the page is navigating away (the form was sent after all).
        """
        script = """() => Array.from(document.querySelectorAll(
              'input:invalid, select:invalid, textarea:invalid, [aria-invalid="true"]'))
            .map(e => (e.labels && e.labels[0] ? e.labels[0].innerText
                       : e.getAttribute('aria-label') || e.name || '').trim())"""
        try:
            found: list[str] = self.page.evaluate(script)
        except PlaywrightError:
            return []
        return [f for f in found if f]

    # --- stages -------------------------------------------------------------------------

    def has_stage(self, stage: str) -> bool:
        """Whether the flow defines ``stage`` (some are optional per portal)."""
        return stage in self.flow.stages

    def run(self, stage: str, values: Mapping[str, str] | None = None) -> None:
        """Run every step of ``stage``.

        Raises:
            PortalConfigError: no such stage.
            PortalSessionExpired: the portal sent us back to sign in.
            PortalUnavailable: the portal could not be reached or answered 5xx.
            PortalFlowError: a target did not appear in time.
        """
        steps = self.flow.stages.get(stage)
        if steps is None:
            raise PortalConfigError(f"{self.flow.portal} flow has no stage {stage!r}")
        started = time.monotonic()
        for step in steps:
            self._step(stage, step, values or {})
        self.check_page()
        log.debug("%s %s: %.2fs", self.flow.portal, stage, time.monotonic() - started)

    def check_page(self) -> None:
        """Raise if the portal answered with a server error or sent us to sign in."""
        status = self._last_status
        if status is not None and status >= SERVER_ERROR:
            self._last_status = None
            raise PortalUnavailable(f"{self.flow.portal} answered HTTP {status} at {self.page.url}")

    def on_login_page(self) -> bool:
        """True when the sign-in form shows (after an expiry, or before signing in)."""
        return self.visible(self._login_target)

    def _step(self, stage: str, step: Step, values: Mapping[str, str]) -> None:
        try:
            self._act(step, values)
        except PlaywrightTimeout as exc:
            self.check_page()
            name = next(iter(step.targets()), stage)
            raise self._missing(name, exc, stage=stage) from exc
        except PlaywrightError as exc:
            if "net::" in str(exc) or "NS_ERROR" in str(exc):
                raise PortalUnavailable(
                    f"{self.flow.portal} could not be reached: {str(exc).splitlines()[0]}"
                ) from exc
            raise PortalFlowError(
                f"{self.flow.portal} {stage}: {str(exc).splitlines()[0]}"
            ) from exc

    def _missing(self, name: str, exc: Exception, *, stage: str = "") -> Exception:
        if name != self._login_target and self.on_login_page():
            return PortalSessionExpired(
                f"{self.flow.portal} sent us back to its sign-in page"
                + (f" during '{stage}'" if stage else "")
            )
        target = self.flow.targets.get(name)
        described = target.model_dump(exclude_defaults=True) if target else name
        return PortalFlowError(
            f"{self.flow.portal}{' ' + stage if stage else ''}: {name} {described} did not "
            f"appear on {self.page.url}; if the portal changed this screen, correct "
            f"flows/{self.flow.portal}.yaml or portals.{self.flow.portal}.flow_overrides"
        )

    def _act(self, step: Step, values: Mapping[str, str]) -> None:  # noqa: C901
        if step.goto is not None:
            response = self.page.goto(self.base_url + render(step.goto, values))
            if response is not None and response.status >= SERVER_ERROR:
                raise PortalUnavailable(
                    f"{self.flow.portal} answered HTTP {response.status} at {self.page.url}"
                )
        elif step.fill is not None:
            self.locate(step.fill, values).fill(render(step.value or "", values))
        elif step.select is not None:
            self.locate(step.select, values).select_option(label=render(step.option or "", values))
        elif step.click is not None:
            self._click(step.click, step.expect, values)
        elif step.check is not None:
            self.locate(step.check, values).check()
        elif step.upload is not None:
            self.locate(step.upload, values).set_input_files(render(step.file or "", values))
        elif step.press is not None:
            self.locate(step.press, values).press(step.key or "Tab")
        elif step.wait is not None:
            self.locate(step.wait, values).first.wait_for(state="visible")
        elif step.wait_gone is not None:
            self.locate(step.wait_gone, values).first.wait_for(state="hidden")
        elif step.if_visible is not None and self.visible(step.if_visible, values):
            for inner in step.then:
                self._act(inner, values)

    def _click(self, name: str, expect: str | None, values: Mapping[str, str]) -> None:
        """Click, and when ``expect`` is given, click again until it shows.

        Some portals drop a click made while a field's on-blur request is still running
        (SAP Business Network does); the only reliable sign that a click worked is what it
        was meant to show.
        """
        locator = self.locate(name, values)
        if expect is None:
            locator.click()
            self.page.wait_for_load_state()
            return
        for _ in range(self.flow.timeouts.click_retries):
            locator.click()
            self.page.wait_for_load_state()
            try:
                self.locate(expect, values).first.wait_for(
                    state="visible", timeout=self.flow.timeouts.confirm_ms
                )
            except PlaywrightTimeout:
                self.check_page()
                continue
            return
        raise PortalFlowError(
            f"{self.flow.portal}: clicked {name} {self.flow.timeouts.click_retries} times but "
            f"{expect} never appeared on {self.page.url}"
        )
