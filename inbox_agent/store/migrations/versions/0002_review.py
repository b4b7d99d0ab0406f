"""Review columns: optimistic locking, denormalised queue columns, write-offs, ERP export marks.

Revision ID: 0002_review
Revises: 0001
Create Date: 2026-11-27 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_review"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("match_proposals") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column(
                "amount", sa.Numeric(precision=18, scale=2), nullable=False, server_default="0"
            )
        )
        batch.add_column(sa.Column("bank_receipt_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_match_proposals_bank_receipt_id_bank_receipts"),
            "bank_receipts",
            ["bank_receipt_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_match_proposals_confidence"), ["confidence"])
        batch.create_index(op.f("ix_match_proposals_customer_id"), ["customer_id"])
        batch.create_index(op.f("ix_match_proposals_bank_receipt_id"), ["bank_receipt_id"])
        batch.create_index("ix_match_proposals_queue", ["review_state", "id"])
        batch.create_index("ix_match_proposals_queue_confidence", ["review_state", "confidence"])
        batch.create_index("ix_match_proposals_queue_amount", ["review_state", "amount"])
    with op.batch_alter_table("allocations") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="match")
        )
        batch.add_column(sa.Column("edited_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("export_batch", sa.String(length=50), nullable=True))
        batch.create_index(op.f("ix_allocations_export_batch"), ["export_batch"])


def downgrade() -> None:
    with op.batch_alter_table("allocations") as batch:
        batch.drop_index(op.f("ix_allocations_export_batch"))
        batch.drop_column("export_batch")
        batch.drop_column("exported_at")
        batch.drop_column("edited_by")
        batch.drop_column("kind")
    with op.batch_alter_table("match_proposals") as batch:
        batch.drop_index("ix_match_proposals_queue_amount")
        batch.drop_index("ix_match_proposals_queue_confidence")
        batch.drop_index("ix_match_proposals_queue")
        batch.drop_index(op.f("ix_match_proposals_bank_receipt_id"))
        batch.drop_index(op.f("ix_match_proposals_customer_id"))
        batch.drop_index(op.f("ix_match_proposals_confidence"))
        batch.drop_constraint(
            op.f("fk_match_proposals_bank_receipt_id_bank_receipts"), type_="foreignkey"
        )
        batch.drop_column("bank_receipt_id")
        batch.drop_column("amount")
        batch.drop_column("confidence")
        batch.drop_column("version")
