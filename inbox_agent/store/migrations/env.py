"""Alembic environment for the inbox agent's store.

Normally run by ``inbox_agent.store.db.migrate``, which hands in an open (and, on
PostgreSQL, locked) connection through ``config.attributes["connection"]``. Run from the
``alembic`` command line it builds its own engine from ``sqlalchemy.url`` with the same
SQLite settings the application uses.

New revisions: ``alembic -x ... revision --autogenerate`` works against the models, and
the application's column types render as plain SQLAlchemy types so a migration never
imports code that may change after it was written.
"""

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

import inbox_agent.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from inbox_agent.store.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our TypeDecorators (Money, UtcDateTime, AutoString) as their plain impl."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_item=render_item,
        compare_type=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url, or call inbox_agent.store.db.migrate()")
    engine = make_engine(url)
    try:
        with engine.connect() as own_connection:
            _configure(
                connection=own_connection,
                render_as_batch=own_connection.dialect.name == "sqlite",
            )
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
