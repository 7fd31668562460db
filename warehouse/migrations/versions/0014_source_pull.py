"""source pull: which delivery of a VK-month was pulled from which source, and when

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-20 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_pull",
        sa.Column("pull_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("vk_code", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("pulled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_url", sa.String(length=300), nullable=False),
        sa.Column("redelivery", sa.Boolean(), nullable=False),
        sa.Column("copied", sa.Boolean(), nullable=False),
        sa.Column("files", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pull_id", name=op.f("pk_source_pull")),
    )
    op.create_index(
        "ix_source_pull_vk_period", "source_pull", ["vk_code", "period"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_source_pull_vk_period", table_name="source_pull")
    op.drop_table("source_pull")
