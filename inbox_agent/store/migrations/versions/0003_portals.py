"""Portal upload ledger: claim, retry and delivery columns.

Revision ID: 0003_portals
Revises: 0002_review
Create Date: 2026-11-27 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_portals"
down_revision: str | Sequence[str] | None = "0002_review"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (
    ("customer_id", 100),
    ("channel", 20),
    ("error_code", 50),
    ("portal_status", 100),
    ("claimed_by", 200),
)
_TIME_COLUMNS = ("claimed_at", "next_attempt_at", "submitted_at")


def upgrade() -> None:
    with op.batch_alter_table("portal_uploads") as batch:
        for name, length in _TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length=length), nullable=True))
        for name in _TIME_COLUMNS:
            batch.add_column(sa.Column(name, sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE portal_uploads SET status = 'queued' WHERE status = 'pending'")


def downgrade() -> None:
    with op.batch_alter_table("portal_uploads") as batch:
        for name in reversed(_TIME_COLUMNS):
            batch.drop_column(name)
        for name, _ in reversed(_TEXT_COLUMNS):
            batch.drop_column(name)
