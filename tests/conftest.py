"""Shared fixtures: a workspace, and databases on both SQLite and a real PostgreSQL.

Tests that take ``db_url`` (or ``engine`` / ``session``) run twice, once per database.
The PostgreSQL server starts once per session, only if a test asks for it, and each test
gets a fresh database on it. ``pytest -m "not postgres"`` runs the SQLite half only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from inbox_agent.store.db import make_engine, migrate

try:  # tests/ is a package when a tests/__init__.py exists, else pytest puts it on sys.path
    from tests.pg import PostgresServer
except ModuleNotFoundError:
    from pg import PostgresServer  # type: ignore[no-redef,import-not-found,unused-ignore]

DATABASES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL for the whole session (starting one takes about a second)."""
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'inbox-agent.db'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a migrated database, disposed after the test."""
    migrate(db_url)
    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on a migrated database; the test commits what it wants kept."""
    with Session(engine, expire_on_commit=False) as sess:
        yield sess


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh INBOX_AGENT_HOME, with no database URL inherited from the environment."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("INBOX_AGENT_HOME", str(home))
    monkeypatch.delenv("INBOX_AGENT_DATABASE_URL", raising=False)
    return home
