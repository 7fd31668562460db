"""alert log: the alert mails to the DPO and the coordinator, sent or not

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-14 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_log",
        sa.Column("alert_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipients", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("run_id", sa.String(length=64), nullable=True),
        sa.Column("vk_code", sa.String(length=8), nullable=True),
        sa.Column("period", sa.String(length=7), nullable=True),
        sa.Column("delivered", sa.Boolean(), nullable=False),
        sa.Column("error", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("alert_id", name=op.f("pk_alert_log")),
    )
    op.create_index(op.f("ix_alert_log_sent_at"), "alert_log", ["sent_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_alert_log_sent_at"), table_name="alert_log")
    op.drop_table("alert_log")
