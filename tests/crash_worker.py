"""A fork server for the crash test: real poll processes, started fast, killed with SIGKILL.

Importing the agent takes seconds; a crash test that restarts it a dozen times would spend
its whole budget importing. This process imports everything once, then for each ``run``
command forks a child that opens the workspace (migrations included) and runs one pass,
exactly as ``inbox-agent poll --once`` does. The test kills the child with SIGKILL; nothing
in the child gets to clean up, which is the point.

Protocol (one command per line on stdin, one answer per line on stdout):

    run [STAGE N]  ->  "child PID"     fork a pass; with STAGE N the child SIGKILLs itself
                                       the N-th time it reaches STAGE (see STAGES)
    wait           ->  "exit CODE" or "signal NUM"   reap the child
    quit           ->  (exits)

The child is reaped only on ``wait``, so its pid cannot be reused by another process
while the test may still send it a signal.

Settings come from the environment (INBOX_AGENT_HOME, INBOX_AGENT_DATABASE_URL,
INBOX_AGENT_MAILBOX_URL, INBOX_AGENT_RULES), as for the real command.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from inbox_agent.config.active import active_rules
from inbox_agent.mail.registry import open_mailbox
from inbox_agent.pipeline import Agent
from inbox_agent.scheduler import mailbox_url
from inbox_agent.settings import load_settings
from inbox_agent.store import blobs, repo
from inbox_agent.workspace import open_workspace

STAGES = ("blob", "record", "outcome", "commit", "move")
"""Where a child can be made to die:

blob     the original bytes are in the blob store, nothing recorded yet
record   the message row is committed as ``received``
outcome  inside the processing transaction, after the outcome is written, before commit
commit   the outcome is committed, the mail not moved yet
move     the mail has just been moved
"""


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _after(owner: Any, name: str, counter: Callable[[], bool]) -> None:
    """Wrap ``owner.name`` so the process dies right after the call when ``counter`` says so."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if counter():
            _die()
        return result

    setattr(owner, name, wrapper)


def _arm(stage: str, nth: int) -> None:
    seen = 0

    def counter() -> bool:
        nonlocal seen
        seen += 1
        return seen >= nth

    targets: dict[str, tuple[Any, str]] = {
        "blob": (blobs.BlobStore, "put"),
        "record": (Agent, "_record"),
        "outcome": (repo, "set_message_outcome"),
        "commit": (Agent, "_process"),
    }
    if stage in targets:
        owner, name = targets[stage]
        _after(owner, name, counter)
    elif stage == "move":
        original = Agent._file

        def filed(self: Agent, ref: Any, outcome: Any) -> None:
            original(self, ref, outcome)
            if counter():
                _die()

        Agent._file = filed  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown stage {stage!r}; expected one of {', '.join(STAGES)}")


def _child(args: list[str]) -> None:
    try:
        if args:
            _arm(args[0], int(args[1]))
        settings = load_settings()
        rules = active_rules()
        workspace = open_workspace(settings)
        mailbox = open_mailbox(mailbox_url(settings, rules))
        Agent(mailbox=mailbox, workspace=workspace, rules=rules).poll_once()
        workspace.engine.dispose()
    except BaseException as exc:  # report, then leave without running the parent's cleanup
        print(f"child failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        os._exit(3)
    os._exit(0)


def main() -> None:
    """Serve ``run`` / ``wait`` / ``quit`` until stdin closes."""
    child: int | None = None
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            child = os.fork()
            if child == 0:
                _child(args)
            print(f"child {child}", flush=True)
        elif command == "wait" and child is not None:
            _pid, status = os.waitpid(child, 0)
            child = None
            if os.WIFSIGNALED(status):
                print(f"signal {os.WTERMSIG(status)}", flush=True)
            else:
                print(f"exit {os.WEXITSTATUS(status)}", flush=True)
        elif command == "quit":
            break
        else:
            print(f"error unknown command {line.strip()!r}", flush=True)


if __name__ == "__main__":
    main()
