"""Engines, migrations and sessions for the embedded SQLite file and a team's PostgreSQL.

Every process calls :func:`migrate` on start: it is idempotent, so the schema a process
finds is always the schema its code expects, and there is no separate install step to
forget. Database errors leave this module as :class:`~inbox_agent.errors.StorageError`
with a message that says what to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlmodel import Session

from inbox_agent.errors import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Any constant will do; it only has to be the same in every worker of this application.
_MIGRATION_LOCK_KEY = 0x1A_0B0C5  # "inbox" on a phone keypad, near enough

_SCHEME_ALIASES = {
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
}


def normalize_url(url: str | URL) -> URL:
    """Parse a database URL, choosing psycopg 3 when only "postgresql" is given.

    psycopg 3 is the driver we ship; SQLAlchemy would otherwise pick psycopg2, which is not
    installed, and fail with a message about a module the user never asked for.

    Raises:
        StorageError: the URL cannot be parsed.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        msg = (
            f"INBOX_AGENT_DATABASE_URL is not a database URL ({exc}); expected e.g. "
            "sqlite:////path/to/inbox-agent.db or postgresql://user:pass@host/dbname"
        )
        raise StorageError(msg) from exc
    driver = _SCHEME_ALIASES.get(parsed.drivername)
    return parsed.set(drivername=driver) if driver else parsed


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys on, WAL, and real transactions (BEGIN) so SAVEPOINTs work.

    Python's sqlite3 does not emit BEGIN before SELECT or SAVEPOINT (its legacy transaction
    mode); SQLAlchemy documents taking over BEGIN as the fix. WAL lets the web app read
    while the agent writes.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str | URL) -> Engine:
    """Create an engine for ``url``; for SQLite, create the file's folder first.

    Raises:
        StorageError: the URL is malformed, names a driver that is not installed, or
            the SQLite folder cannot be created.
    """
    parsed = normalize_url(url)
    sqlite_path = _sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    if sqlite_path is not None:
        try:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            msg = f"cannot create the database folder {sqlite_path.parent}: {exc}"
            raise StorageError(msg) from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": 30})
            _configure_sqlite(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        msg = f"cannot use database URL {_safe(parsed)}: {exc}"
        raise StorageError(msg) from exc
    return engine


def _safe(url: URL) -> str:
    """Render a URL for a message without its password."""
    return url.render_as_string(hide_password=True)


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration built in code, so it works from an installed package.

    With ``engine`` given, env.py migrates over a connection we opened (and locked);
    without it, Alembic's own commands (``revision --autogenerate``) can still find the
    scripts.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str | URL | Engine) -> None:
    """Bring the database to the newest schema (``alembic upgrade head``); safe every start.

    On PostgreSQL an advisory lock makes workers that start together migrate one after the
    other instead of racing to create the same tables.

    Raises:
        StorageError: the database cannot be reached or the migration fails.
    """
    engine = url if isinstance(url, Engine) else make_engine(url)
    try:
        with engine.connect() as connection:
            locked = _lock_migrations(connection)
            try:
                config = alembic_config(engine)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                connection.commit()
            finally:
                if locked:
                    connection.rollback()
                    connection.execute(_UNLOCK, {"key": _MIGRATION_LOCK_KEY})
                    connection.commit()
    except SQLAlchemyError as exc:
        raise StorageError(_explain(exc, engine.url)) from exc
    finally:
        if not isinstance(url, Engine):
            engine.dispose()


_LOCK = text("SELECT pg_advisory_lock(:key)")
_UNLOCK = text("SELECT pg_advisory_unlock(:key)")


def _lock_migrations(connection: Connection) -> bool:
    """Hold a session-level lock on PostgreSQL; SQLite's own write lock suffices there."""
    if connection.dialect.name != "postgresql":
        return False
    connection.execute(_LOCK, {"key": _MIGRATION_LOCK_KEY})
    connection.commit()
    return True


def _explain(exc: SQLAlchemyError, url: URL) -> str:
    """Turn a driver error into a sentence that says what to check next."""
    detail = re.sub(r"\s+", " ", str(getattr(exc, "orig", None) or exc)).strip()
    where = _safe(url)
    if not isinstance(exc, OperationalError | InterfaceError):
        return f"the database {where} refused the operation: {detail}"
    if url.get_backend_name() == "sqlite":
        return (
            f"cannot use the SQLite database {where}: {detail}. Check that the folder is "
            "writable and that no other program holds the file locked."
        )
    return (
        f"cannot use the database {where}: {detail}. Check that the server is running, "
        "the host, port, user and password in INBOX_AGENT_DATABASE_URL, and that the "
        "database exists."
    )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back when it raises.

    One unit of work per block: a message's intake, a reviewer's decision. A database
    error leaves as StorageError; other exceptions pass through after the rollback.

    Raises:
        StorageError: the database refused the work.
    """
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StorageError(_explain(exc, engine.url)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
