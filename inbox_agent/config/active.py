"""Which rules.yaml is in force for this process.

An explicit path wins, then ``INBOX_AGENT_RULES`` / ``./rules.yaml``; a command run outside
a project folder falls back to the commented example shipped with the package, and says
so on stderr, so that ``extract`` or ``classify`` work anywhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

from inbox_agent.config.loader import load_rules
from inbox_agent.config.rules import Rules
from inbox_agent.settings import load_settings

log = logging.getLogger(__name__)

PACKAGED_RULES = Path(__file__).with_name("default_rules.yaml")


def resolve_rules_path(explicit: Path | None = None) -> Path:
    """The rules file this process should read."""
    if explicit is not None:
        return explicit
    configured = load_settings().rules
    if configured.exists():
        return configured
    log.info("no rules file at %s; using the example shipped with the package", configured)
    return PACKAGED_RULES


def active_rules(explicit: Path | None = None) -> Rules:
    """Load and validate the rules in force; invalid rules raise RulesInvalid, never pass."""
    return load_rules(resolve_rules_path(explicit))
