"""covering indexes on the child marts for the annual figures

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 09:20:00

`warehouse.figures.annual_figures` counts children per (VK, age group) in
mart_child_year_vk and per (age group, sex, number of VKs) in mart_child_year. Through the
primary keys alone SQLite looks up every row of the year in the table and sorts the groups
in a temporary B-tree; with these indexes it counts from the index, already in GROUP BY
order (PostgreSQL can use them for an index-only scan). Plain indexes, no new table; the
marts are still rebuilt or updated the same way.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_mart_child_year_vk_counts",
        "mart_child_year_vk",
        ["year", "vk_code", "age_group_code"],
        unique=False,
    )
    op.create_index(
        "ix_mart_child_year_counts",
        "mart_child_year",
        ["year", "age_group_code", "sex_code", "vk_count"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_mart_child_year_counts", table_name="mart_child_year")
    op.drop_index("ix_mart_child_year_vk_counts", table_name="mart_child_year_vk")
