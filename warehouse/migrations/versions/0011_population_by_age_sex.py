"""population by age and sex: minors per province, sex and age from Statbel's files

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ref_population_source",
        sa.Column("year", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("simulated", sa.Boolean(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_ref_population_source")),
    )
    op.create_table(
        "ref_population",
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("province_code", sa.String(length=8), nullable=False),
        sa.Column("sex_code", sa.String(length=1), nullable=False),
        sa.Column("age", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year"],
            ["ref_population_source.year"],
            name=op.f("fk_ref_population_year_ref_population_source"),
        ),
        sa.ForeignKeyConstraint(
            ["province_code"],
            ["dim_province.code"],
            name=op.f("fk_ref_population_province_code_dim_province"),
        ),
        sa.ForeignKeyConstraint(
            ["sex_code"], ["dim_sex.code"], name=op.f("fk_ref_population_sex_code_dim_sex")
        ),
        sa.PrimaryKeyConstraint(
            "year", "province_code", "sex_code", "age", name=op.f("pk_ref_population")
        ),
    )


def downgrade() -> None:
    op.drop_table("ref_population")
    op.drop_table("ref_population_source")
