"""Replies: what each draft says and to whom, its review, disputes and payment promises.

Reply drafts gain the columns the drafter and the review page need, and may now answer a
bank receipt instead of a message (a request for remittance details), so ``message_id``
becomes nullable. Drafts written before this revision (status ``pending``) become
``saved`` when the mailbox gave them an id, else ``composed``.

Revision ID: 0004_replies
Revises: 0003_portals
Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_replies"
down_revision: str | Sequence[str] | None = "0003_portals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
MONEY = sa.Numeric(precision=18, scale=2)


def upgrade() -> None:
    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=100), nullable=True),
        sa.Column("invoice_numbers", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_disputes_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputes")),
        sa.UniqueConstraint("message_id", name=op.f("uq_disputes_message_id")),
    )
    op.create_index(op.f("ix_disputes_customer_id"), "disputes", ["customer_id"])
    op.create_index(op.f("ix_disputes_status"), "disputes", ["status"])

    op.create_table(
        "payment_promises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=100), nullable=True),
        sa.Column("invoice_numbers", sa.JSON(), nullable=False),
        sa.Column("amount", MONEY, nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("promised_date", sa.Date(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_payment_promises_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_promises")),
        sa.UniqueConstraint("message_id", name=op.f("uq_payment_promises_message_id")),
    )
    op.create_index(op.f("ix_payment_promises_customer_id"), "payment_promises", ["customer_id"])
    op.create_index(op.f("ix_payment_promises_follow_up_on"), "payment_promises", ["follow_up_on"])
    op.create_index(op.f("ix_payment_promises_status"), "payment_promises", ["status"])

    with op.batch_alter_table("reply_drafts") as batch:
        batch.add_column(sa.Column("bank_receipt_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("customer_id", sa.String(length=100), nullable=True))
        batch.add_column(
            sa.Column("language", sa.String(length=10), nullable=False, server_default="en")
        )
        batch.add_column(sa.Column("message_id_header", sa.String(length=998), nullable=True))
        batch.add_column(sa.Column("from_address", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("to_address", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("attachments", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("raw_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("error", sa.Text(), nullable=True))
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("edited_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("edited_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("approved_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("approved_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("sent_at", UTC_DATETIME, nullable=True))
        batch.alter_column("message_id", existing_type=sa.Integer(), nullable=True)
        batch.create_index("ix_reply_drafts_status", ["status", "id"])
        batch.create_unique_constraint(op.f("uq_reply_drafts_bank_receipt_id"), ["bank_receipt_id"])
        batch.create_foreign_key(
            op.f("fk_reply_drafts_bank_receipt_id_bank_receipts"),
            "bank_receipts",
            ["bank_receipt_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.execute(
        "UPDATE reply_drafts SET status = CASE WHEN backend_draft_id IS NULL "
        "THEN 'composed' ELSE 'saved' END WHERE status = 'pending'"
    )


def downgrade() -> None:
    op.execute("DELETE FROM reply_drafts WHERE message_id IS NULL")
    with op.batch_alter_table("reply_drafts") as batch:
        batch.drop_constraint(
            op.f("fk_reply_drafts_bank_receipt_id_bank_receipts"), type_="foreignkey"
        )
        batch.drop_constraint(op.f("uq_reply_drafts_bank_receipt_id"), type_="unique")
        batch.drop_index("ix_reply_drafts_status")
        batch.alter_column("message_id", existing_type=sa.Integer(), nullable=False)
        for column in (
            "sent_at",
            "approved_at",
            "approved_by",
            "edited_at",
            "edited_by",
            "version",
            "error",
            "raw_sha256",
            "attachments",
            "to_address",
            "from_address",
            "message_id_header",
            "language",
            "customer_id",
            "bank_receipt_id",
        ):
            batch.drop_column(column)
    op.drop_index(op.f("ix_payment_promises_status"), table_name="payment_promises")
    op.drop_index(op.f("ix_payment_promises_follow_up_on"), table_name="payment_promises")
    op.drop_index(op.f("ix_payment_promises_customer_id"), table_name="payment_promises")
    op.drop_table("payment_promises")
    op.drop_index(op.f("ix_disputes_status"), table_name="disputes")
    op.drop_index(op.f("ix_disputes_customer_id"), table_name="disputes")
    op.drop_table("disputes")
