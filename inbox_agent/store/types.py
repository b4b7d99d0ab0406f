"""Column types that keep money exact and timestamps in UTC on every database we support.

SQLite has no decimal and no time-zone type, PostgreSQL has both; these decorators make the
two behave the same from Python's side, so a test that passes on the embedded default also
says something about a team's PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator

from matchers.types import CENT


class Money(TypeDecorator[Decimal]):
    """``NUMERIC(18, 2)`` that accepts and returns only :class:`~decimal.Decimal`.

    A float reaching the ledger is a bug upstream (0.1 + 0.2 is not 0.30), so it is refused
    here instead of being rounded silently. On SQLite, whose numbers are binary floats,
    amounts round-trip exactly up to about ten trillion; PostgreSQL is exact throughout.
    """

    impl = Numeric(18, 2, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Decimal | None:
        """Refuse floats and round to cents before the value reaches the database."""
        if value is None:
            return None
        if isinstance(value, float):
            msg = f"money must be Decimal, not float ({value!r}); use matchers.types.money()"
            raise TypeError(msg)
        return Decimal(value).quantize(CENT)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        """Return cents as a Decimal whatever the driver handed back."""
        if value is None:
            return None
        return Decimal(str(value)).quantize(CENT)


class UtcDateTime(TypeDecorator[datetime]):
    """``TIMESTAMP WITH TIME ZONE`` that always hands back an aware UTC datetime.

    SQLite drops the zone on the way in, PostgreSQL returns the session's zone; both become
    UTC here so comparisons never mix naive and aware values. A naive value is taken as UTC,
    which is what RFC 5322 means by a ``-0000`` Date header.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        """Store the instant in UTC (naive on SQLite, which cannot keep a zone)."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            msg = f"expected a datetime, got {type(value).__name__}"
            raise TypeError(msg)
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.replace(tzinfo=None) if dialect.name == "sqlite" else aware

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Give the instant back in UTC, aware."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            msg = f"database returned {type(value).__name__} for a timestamp"
            raise TypeError(msg)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, aware, in UTC: the only clock the store writes."""
    return datetime.now(UTC)
