"""The scheduled agent: APScheduler jobs built from rules.yaml, stopped cleanly on a signal.

Every job the agent runs on a timer is declared in one place, :data:`JOB_FACTORIES`: a
factory reads the runtime (settings, rules, workspace) and returns a :class:`JobSpec`, or
None when the rules do not ask for that job. Later features (nightly open-items imports,
portal uploads on ``schedule.portal_uploads_cron``) add a factory there and nothing else.

Jobs never overlap themselves (``max_instances=1``) and a backlog of missed runs becomes
one run (``coalesce``): a slow mailbox must not pile up passes that race each other. A
stop request (SIGTERM, SIGINT) lets the message in hand finish, waits for running jobs,
and only then returns, so a deploy never cuts a message in half.
"""

from __future__ import annotations

import logging
import threading
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from inbox_agent.config.active import active_rules
from inbox_agent.config.rules import Rules
from inbox_agent.errors import ConfigError, InboxAgentError
from inbox_agent.mail.base import Mailbox
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent, PassReport
from inbox_agent.settings import Settings
from inbox_agent.workspace import Workspace

log = logging.getLogger(__name__)

POLL_JOB_ID = "mailbox-poll"


def mailbox_url(settings: Settings, rules: Rules) -> str:
    """The mailbox to watch: INBOX_AGENT_MAILBOX_URL wins over ``mailbox.url``.

    Raises:
        ConfigError: neither names a mailbox.
    """
    url = settings.mailbox_url or rules.mailbox.url
    if not url:
        raise ConfigError("no mailbox configured: set INBOX_AGENT_MAILBOX_URL or mailbox.url")
    return url


def schedule_timezone(rules: Rules) -> zoneinfo.ZoneInfo:
    """The time zone cron-style jobs are read in (``schedule.timezone``).

    Raises:
        ConfigError: the name is not a known IANA time zone.
    """
    try:
        return zoneinfo.ZoneInfo(rules.schedule.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        msg = f"schedule.timezone {rules.schedule.timezone!r} is not a known time zone"
        raise ConfigError(msg) from exc


@dataclass(slots=True)
class AgentRuntime:
    """What every job needs; one per ``inbox-agent run`` process.

    ``rules`` is replaced when a pass re-reads rules.yaml, so an admin's edit takes effect
    at the next pass without a restart (a broken edit keeps the last good rules).
    """

    settings: Settings
    rules: Rules
    workspace: Workspace
    stop: threading.Event = field(default_factory=threading.Event)
    poll_interval: timedelta | None = None
    """Overrides ``schedule.poll_every_minutes`` (tests and demos use seconds)."""
    reload_rules: bool = True
    last_report: PassReport | None = None


@dataclass(frozen=True, slots=True)
class JobSpec:
    """One scheduled job: what to call, when, and whether to run once at start."""

    job_id: str
    description: str
    func: Callable[[], object]
    trigger: Any
    """An APScheduler 3 trigger (interval, cron)."""
    run_at_start: bool = False


JobFactory = Callable[[AgentRuntime], "JobSpec | None"]


def poll_job(runtime: AgentRuntime) -> JobSpec:
    """The mailbox poll, every ``schedule.poll_every_minutes``, first run at once."""
    interval = runtime.poll_interval or timedelta(minutes=runtime.rules.schedule.poll_every_minutes)
    return JobSpec(
        job_id=POLL_JOB_ID,
        description=f"poll the mailbox every {_human(interval)}",
        func=lambda: run_poll(runtime),
        trigger=IntervalTrigger(seconds=interval.total_seconds()),
        run_at_start=True,
    )


def _portal_upload_job(runtime: AgentRuntime) -> JobSpec | None:
    """Invoice uploads to AP portals on ``schedule.portal_uploads_cron`` (lazy: Playwright)."""
    from portal_uploaders.jobs import portal_upload_job

    return portal_upload_job(runtime)


JOB_FACTORIES: tuple[JobFactory, ...] = (poll_job, _portal_upload_job)
"""Every scheduled job. rules.yaml has no open-items import source yet; when it gets one,
its factory (returning None while unset) is appended here."""


def job_specs(runtime: AgentRuntime) -> list[JobSpec]:
    """The jobs the rules in force ask for."""
    specs = (factory(runtime) for factory in JOB_FACTORIES)
    return [spec for spec in specs if spec is not None]


def run_poll(runtime: AgentRuntime) -> PassReport | None:
    """One pass over the mailbox; every error is logged, none escapes to the scheduler.

    A pass that cannot reach the mailbox or hits a bug is retried by the next tick, so
    nothing here may raise: an exception would only become an APScheduler log line, and a
    clear one of our own is more use to whoever reads the log.
    """
    if runtime.stop.is_set():
        return None
    rules = _fresh_rules(runtime)
    try:
        mailbox = open_mailbox(mailbox_url(runtime.settings, rules))
        mailbox.check()
        agent = Agent(mailbox=mailbox, workspace=runtime.workspace, rules=rules)
        report = agent.poll_once(should_stop=runtime.stop.is_set)
        _catch_up_replies(runtime, mailbox, rules)
    except InboxAgentError as exc:
        log.error("poll failed; retrying at the next interval: %s", exc)
        return None
    except Exception:  # a bug must not stop the schedule
        log.exception("poll failed with an unexpected error; retrying at the next interval")
        return None
    runtime.last_report = report
    log.info(
        "poll: %d seen, %d new, %d already done, %d for a person, %d failed, %d proposal(s)",
        report.seen,
        report.new,
        report.already_done,
        report.needs_person,
        report.failed,
        report.proposals,
    )
    for problem in report.problems:
        log.warning("  %s", problem)
    return report


def _catch_up_replies(runtime: AgentRuntime, mailbox: Mailbox, rules: Rules) -> None:
    """Drafts a pass could not finish, and acknowledgements of newly decided remittances."""
    from inbox_agent.replies.drafts import catch_up

    try:
        catch_up(workspace=runtime.workspace, mailbox=mailbox, rules=rules)
    except Exception:  # a reply is a convenience; the schedule must go on
        log.exception("reply catch-up failed; it is tried again after the next poll")


def _fresh_rules(runtime: AgentRuntime) -> Rules:
    if not runtime.reload_rules:
        return runtime.rules
    try:
        runtime.rules = active_rules()
    except ConfigError as exc:
        log.error("rules.yaml is invalid; keeping the rules loaded before: %s", exc)
    return runtime.rules


class AgentService:
    """Runs the jobs until asked to stop; the caller owns signals and the instance lock."""

    def __init__(self, runtime: AgentRuntime, specs: list[JobSpec] | None = None) -> None:
        """Prepare (not start) a scheduler for ``specs`` (default: what the rules ask for)."""
        self.runtime = runtime
        self.specs = specs if specs is not None else job_specs(runtime)
        self.scheduler = BackgroundScheduler(timezone=schedule_timezone(runtime.rules))

    def request_stop(self) -> None:
        """Ask for a clean stop; safe from a signal handler (it only sets an event)."""
        self.runtime.stop.set()

    def run(self, *, tick: float = 0.5) -> None:
        """Start the jobs, block until a stop is requested, then stop cleanly."""
        self.start()
        try:
            while not self.runtime.stop.wait(tick):
                pass
        finally:
            self.shutdown()

    def start(self) -> None:
        """Add every job and start the scheduler's threads."""
        for spec in self.specs:
            self.scheduler.add_job(
                spec.func,
                trigger=spec.trigger,
                id=spec.job_id,
                name=spec.description,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
                next_run_time=datetime.now(self.scheduler.timezone) if spec.run_at_start else None,
                replace_existing=True,
            )
            log.info("scheduled: %s", spec.description)
        self.scheduler.start()

    def shutdown(self) -> None:
        """Stop taking new runs and wait for running ones (each finishes its message)."""
        self.runtime.stop.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)


def _human(interval: timedelta) -> str:
    seconds = int(interval.total_seconds())
    if seconds % 60 == 0:
        minutes = seconds // 60
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{seconds} second{'s' if seconds != 1 else ''}"
