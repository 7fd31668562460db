"""mart refresh owed: the years whose marts a committed load has not yet rebuilt

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mart_refresh_owed",
        sa.Column("year", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_mart_refresh_owed")),
    )


def downgrade() -> None:
    op.drop_table("mart_refresh_owed")
