"""Allow ``python -m inbox_agent``."""

from inbox_agent.cli.main import run

run()
