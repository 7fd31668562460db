"""index fact_mano_investigation.child_key

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 10:20:00

Every deleted dim_child row (a replaced VK-month's anonymous children, an orphaned
pseudonym, an erasure) makes SQLite check the foreign key from fact_mano_investigation,
which without an index is a scan of the whole table per row: a full refresh grew with the
square of the warehouse.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_fact_mano_investigation_child_key"),
        "fact_mano_investigation",
        ["child_key"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_fact_mano_investigation_child_key"), table_name="fact_mano_investigation"
    )
