"""research grants: the DPO's approvals of a project for the finest grain

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 23:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "research_grant",
        sa.Column("grant_id", sa.String(length=16), nullable=False),
        sa.Column("project", sa.String(length=120), nullable=False),
        sa.Column("granted_by", sa.String(length=80), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("grant_id", name=op.f("pk_research_grant")),
    )


def downgrade() -> None:
    op.drop_table("research_grant")
