"""The scheduled agent: `inbox-agent run` as a real process, one per workspace, SIGTERM-clean.

The process tests start the command the way a service manager does (a child process with
the environment set) and watch what it does to a real local mail folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import typer
from apscheduler.triggers.interval import IntervalTrigger
from sqlmodel import Session, select
from typer.testing import CliRunner

from inbox_agent.cli import poll_cmd, run_cmd
from inbox_agent.config.active import active_rules
from inbox_agent.config.rules import Rules
from inbox_agent.demo.sample import build_mail_folder
from inbox_agent.instance_lock import AgentAlreadyRunning, InstanceLock, holder_pid
from inbox_agent.mail.local import EmlFolderMailbox, folder_key_name
from inbox_agent.pipeline import Agent
from inbox_agent.scheduler import (
    JOB_FACTORIES,
    POLL_JOB_ID,
    AgentRuntime,
    AgentService,
    JobSpec,
    job_specs,
)
from inbox_agent.settings import Settings
from inbox_agent.store.models import Message
from inbox_agent.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "rules.yaml"
# A fresh Typer app holding only the command under test, as main.py will register it.
RUN_AGENT = (
    "import logging, sys, typer\n"
    "from inbox_agent.cli import run_cmd\n"
    "logging.basicConfig(level=logging.INFO, stream=sys.stderr)\n"
    "app = typer.Typer()\n"
    "app.callback()(lambda: None)\n"
    "run_cmd.register(app)\n"
    "app(args=['run', *sys.argv[1:]], prog_name='inbox-agent')\n"
)


def _cli(*commands: Callable[[typer.Typer], None]) -> typer.Typer:
    app = typer.Typer()
    for register in commands:
        register(app)

    @app.callback()
    def _root() -> None:
        """Keep sub-command names even with one command registered."""

    return app


def _wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _filed(mail: Path) -> list[Path]:
    return sorted((mail / "AR").rglob("*.eml")) if (mail / "AR").exists() else []


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """A workspace and a local mail folder with the demo's twelve messages waiting."""
    home = tmp_path / "home"
    mail = tmp_path / "mail"
    build_mail_folder(mail, tmp_path / "scratch")
    for name, value in {
        "INBOX_AGENT_HOME": str(home),
        "INBOX_AGENT_MAILBOX_URL": f"folder://{mail}",
        "INBOX_AGENT_RULES": str(RULES),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("INBOX_AGENT_DATABASE_URL", raising=False)
    yield {"home": home, "mail": mail, "scratch": tmp_path / "scratch"}


def _start_agent(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", RUN_AGENT, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        cwd=REPO,
    )


@pytest.mark.slow
def test_run_polls_on_schedule_refuses_a_second_instance_and_stops_cleanly(
    world: dict[str, Path],
) -> None:
    """GIVEN `inbox-agent run` started on a mail folder with a half-second interval
    WHEN it has filed the waiting mail, a second `run` and a `poll --once` are started,
    more mail arrives, and the agent gets SIGTERM while it works through that mail
    THEN the first mail is processed at start, the second instance and the manual poll
    are refused with exit 1 naming the running pid and the workspace, the new mail is
    taken up by a later tick, SIGTERM ends the agent with exit 0 after the message in
    hand (no message left half-done), and the lock is released."""
    mail, home = world["mail"], world["home"]
    agent = _start_agent("--interval-seconds", "0.5")
    try:
        assert _wait_for(lambda: len(_filed(mail)) == 12), "the first poll did not run"
        assert holder_pid(home) == agent.pid

        second = _start_agent("--interval-seconds", "0.5")
        _out, err = second.communicate(timeout=120)
        assert second.returncode == 1
        assert f"another agent (pid {agent.pid}) is already running for workspace {home}" in err

        manual = CliRunner().invoke(_cli(poll_cmd.register), ["poll", "--once"])
        assert manual.exit_code == 1
        assert f"pid {agent.pid}" in manual.output

        for copy in range(3):  # 36 more messages arrive; a later tick must take them
            for source in sorted(_filed(mail))[:12]:
                data = source.read_bytes().replace(b"<demo-", f"<late{copy}-".encode())
                (mail / f"late{copy}-{source.name}").write_bytes(data)
        assert _wait_for(lambda: len(_filed(mail)) > 12), "no later tick took the new mail"
        agent.send_signal(signal.SIGTERM)
        _out, err = agent.communicate(timeout=120)
    finally:
        if agent.poll() is None:
            agent.kill()
            agent.wait()
    assert agent.returncode == 0, err[-2000:]
    assert "agent stopped" in err
    assert holder_pid(home) is None
    with InstanceLock(home) as lock:
        assert lock.held

    workspace = open_workspace(Settings(home=home))
    with Session(workspace.engine) as s:
        rows = s.exec(select(Message)).all()
    workspace.engine.dispose()
    assert rows and all(r.status != "received" for r in rows)  # nothing cut in half
    waiting = {p.name for p in mail.glob("*.eml")}
    recorded = {folder_key_name(r.backend_key) for r in rows}
    assert not waiting & recorded  # everything recorded was also filed
    assert len(recorded) + len(waiting) == 48


def test_second_lock_on_the_same_workspace_is_refused_with_the_holders_pid(
    tmp_path: Path,
) -> None:
    """GIVEN a workspace locked by this process WHEN another lock is tried on it
    THEN it is refused naming our pid and the workspace; after release it can be taken."""
    first = InstanceLock(tmp_path).acquire()
    with pytest.raises(AgentAlreadyRunning) as refused:
        InstanceLock(tmp_path).acquire()
    assert refused.value.pid == os.getpid()
    assert str(tmp_path) in str(refused.value)
    assert holder_pid(tmp_path) == os.getpid()
    first.release()
    first.release()  # harmless twice
    assert holder_pid(tmp_path) is None
    with InstanceLock(tmp_path) as again:
        assert again.held


def test_lock_of_a_killed_agent_is_free_at_once(tmp_path: Path) -> None:
    """GIVEN a process holding the workspace lock WHEN it is killed with SIGKILL
    THEN the next agent gets the lock without anyone deleting a file."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from inbox_agent.instance_lock import InstanceLock\n"
            "InstanceLock(Path(sys.argv[1])).acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(120)\n",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AgentAlreadyRunning):
            InstanceLock(tmp_path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with InstanceLock(tmp_path) as lock:
        assert lock.held


def test_poll_once_stops_after_the_message_in_hand(world: dict[str, Path]) -> None:
    """GIVEN twelve waiting messages WHEN a stop is requested while the first is processed
    THEN the pass ends after that message: one filed, eleven untouched and unrecorded."""
    mail = world["mail"]
    settings = Settings(home=world["home"])
    workspace = open_workspace(settings)
    asked: list[int] = []

    def stop_after_first() -> bool:
        asked.append(1)
        return len(asked) > 1

    agent = Agent(mailbox=EmlFolderMailbox(mail), workspace=workspace, rules=active_rules(RULES))
    report = agent.poll_once(should_stop=stop_after_first)
    assert (report.seen, report.new, report.stopped_early) == (1, 1, True)
    assert len(_filed(mail)) == 1
    assert len(list(mail.glob("*.eml"))) == 11
    with Session(workspace.engine) as s:
        assert len(s.exec(select(Message)).all()) == 1
    workspace.engine.dispose()


def _runtime(tmp_path: Path, rules: Rules, interval: timedelta | None = None) -> AgentRuntime:
    settings = Settings(home=tmp_path / "home", mailbox_url=f"folder://{tmp_path / 'mail'}")
    return AgentRuntime(
        settings=settings,
        rules=rules,
        workspace=open_workspace(settings),
        poll_interval=interval,
        reload_rules=False,
    )


def test_jobs_come_from_the_rules_in_one_list(tmp_path: Path) -> None:
    """GIVEN rules with a 7-minute poll and no payer on a portal WHEN the job list is built
    THEN there is one poll job every 7 minutes, run at start (the portal-upload job only
    exists when a payer uses a portal); the interval override wins."""
    rules = Rules.model_validate({"schedule": {"poll_every_minutes": 7}})
    specs = job_specs(_runtime(tmp_path, rules))
    assert [s.job_id for s in specs] == [POLL_JOB_ID]
    assert len(JOB_FACTORIES) == 2  # poll and portal uploads, declared in one list
    trigger = specs[0].trigger
    assert isinstance(trigger, IntervalTrigger)
    assert trigger.interval == timedelta(minutes=7)
    assert specs[0].run_at_start
    assert "7 minutes" in specs[0].description
    fast = job_specs(_runtime(tmp_path, rules, timedelta(seconds=2)))
    assert fast[0].trigger.interval == timedelta(seconds=2)


def test_portal_upload_job_is_scheduled_when_a_payer_uses_a_portal(tmp_path: Path) -> None:
    """GIVEN the shipped rules (payers on Coupa, Ariba and Taulia) WHEN the jobs are built
    THEN the portal-upload job runs on the rules' cron line beside the poll."""
    from inbox_agent.config.active import active_rules

    rules = active_rules(Path(__file__).resolve().parents[1] / "rules.yaml")
    specs = job_specs(_runtime(tmp_path, rules))
    assert [s.job_id for s in specs] == [POLL_JOB_ID, "portal-uploads"]
    assert rules.schedule.portal_uploads_cron in specs[1].description


def test_service_never_overlaps_a_job_and_stops_after_it_finishes(tmp_path: Path) -> None:
    """GIVEN a job slower than its interval WHEN the service runs and a stop is requested
    THEN the job never runs twice at once, and the stop waits for the run in hand."""
    runtime = _runtime(tmp_path, Rules())
    running = 0
    most = 0
    finished: list[float] = []

    def slow() -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        time.sleep(0.4)
        running -= 1
        finished.append(time.monotonic())

    spec = JobSpec(
        job_id="slow",
        description="slow",
        func=slow,
        trigger=IntervalTrigger(seconds=0.1),
        run_at_start=True,
    )
    service = AgentService(runtime, [spec])
    service.start()
    assert _wait_for(lambda: len(finished) >= 2, timeout=20)
    service.request_stop()
    service.shutdown()
    assert most == 1
    assert running == 0  # shutdown waited for the run in hand
    assert not service.scheduler.running
    runtime.workspace.engine.dispose()


def test_run_refuses_to_start_without_a_mailbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN no mailbox URL anywhere WHEN `run` starts THEN exit 1 with what to set,
    and the lock is not left held."""
    home = tmp_path / "home"
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\n")
    monkeypatch.setenv("INBOX_AGENT_HOME", str(home))
    monkeypatch.setenv("INBOX_AGENT_RULES", str(rules))
    monkeypatch.delenv("INBOX_AGENT_MAILBOX_URL", raising=False)
    monkeypatch.delenv("INBOX_AGENT_DATABASE_URL", raising=False)
    result = CliRunner().invoke(_cli(run_cmd.register), ["run"])
    assert result.exit_code == 1
    assert "INBOX_AGENT_MAILBOX_URL" in result.output
    assert holder_pid(home) is None


def test_poll_once_cli_takes_the_lock_and_files_the_mail(world: dict[str, Path]) -> None:
    """GIVEN waiting demo mail and no agent running WHEN `poll --once --json` runs
    THEN all twelve are processed and the lock is free again afterwards."""
    result = CliRunner().invoke(_cli(poll_cmd.register), ["poll", "--once", "--json"])
    assert result.exit_code == 0, result.output
    assert '"new": 12' in result.stdout
    assert len(_filed(world["mail"])) == 12
    assert holder_pid(world["home"]) is None
    shutil.rmtree(world["scratch"], ignore_errors=True)
