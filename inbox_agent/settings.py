"""Process settings from the environment.

The environment overrides rules.yaml (CONTRACT.md) so that secrets and per-machine paths
never have to be written into a file an admin edits and commits.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything a process needs to find its workspace, database, rules and mailbox."""

    model_config = SettingsConfigDict(env_prefix="INBOX_AGENT_", extra="ignore")

    home: Path = Field(default_factory=lambda: Path.home() / ".inbox-agent")
    database_url: str | None = None
    rules: Path = Path("rules.yaml")
    mailbox_url: str | None = None
    mailbox_password: str | None = None
    graph_client_id: str | None = None
    graph_client_secret: str | None = None
    graph_base_url: str = "https://graph.microsoft.com/v1.0"
    graph_authority: str | None = None
    secret_key: str | None = None
    secure_cookies: bool = False
    """Send the session cookie only over HTTPS; turn on behind a TLS-terminating proxy."""

    @property
    def blob_dir(self) -> Path:
        """Where original bytes live, content-addressed."""
        return self.home / "blobs"

    @property
    def effective_database_url(self) -> str:
        """The configured database, or a SQLite file inside the workspace."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.home / 'inbox-agent.db'}"


def load_settings() -> Settings:
    """Read settings from the environment at call time (tests change it between calls)."""
    return Settings()
