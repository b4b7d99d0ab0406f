"""The scheduled upload: a job for ``inbox_agent.scheduler.JOB_FACTORIES``.

``schedule.portal_uploads_cron`` in rules.yaml says when; the job runs one upload pass
(:class:`~portal_uploaders.runner.UploadRun`) and never raises into the scheduler: a
portal that is down or refuses a password is logged and tried at the next tick, the
ledger making sure that nothing is uploaded twice in between.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from apscheduler.triggers.cron import CronTrigger

from inbox_agent.errors import InboxAgentError
from portal_uploaders.runner import UploadOutcome, UploadRun, summarize

if TYPE_CHECKING:
    from inbox_agent.scheduler import AgentRuntime, JobSpec

log = logging.getLogger(__name__)

JOB_ID = "portal-uploads"


def portal_upload_job(runtime: AgentRuntime) -> JobSpec | None:
    """The upload job on ``schedule.portal_uploads_cron``, or None when no payer uses a portal."""
    from inbox_agent.scheduler import JobSpec, schedule_timezone

    rules = runtime.rules
    if not any(p.portal and p.portal in rules.portals for p in rules.payers):
        return None
    trigger = CronTrigger.from_crontab(
        rules.schedule.portal_uploads_cron, timezone=schedule_timezone(rules)
    )
    return JobSpec(
        job_id=JOB_ID,
        description=f"upload invoices due for AP portals at '{rules.schedule.portal_uploads_cron}'",
        func=lambda: run_uploads(runtime),
        trigger=trigger,
    )


def run_uploads(runtime: AgentRuntime) -> list[UploadOutcome]:
    """One upload pass with the rules in force; errors are logged, never raised."""
    if runtime.stop.is_set():
        return []
    run = UploadRun(
        engine=runtime.workspace.engine, rules=runtime.rules, home=runtime.settings.home
    )
    outcomes: list[UploadOutcome] = []
    try:
        for outcome in run.run():
            outcomes.append(outcome)
            if outcome.status == "failed":
                log.warning(
                    "upload of %s to %s failed: %s",
                    outcome.invoice_number,
                    outcome.portal,
                    outcome.error,
                )
    except InboxAgentError as exc:
        log.error("the portal upload pass stopped: %s", exc)
    except Exception:
        log.exception("the portal upload pass stopped on a bug")
    finally:
        run.context.host.close()
    counts = summarize(outcomes)
    log.info(
        "portal uploads: %d submitted, %d already there, %d failed",
        counts["submitted"],
        counts["skipped_duplicate"],
        counts["failed"],
    )
    return outcomes
