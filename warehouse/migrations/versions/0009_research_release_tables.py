"""research release: k-anonymous tables replace the research views

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 22:10:00

The views of 0006 gave a child's VK, report date, age in years, sex and province: nearly
every row was unique on those columns. The release (warehouse/research/release.py) writes
these tables at a k-anonymous grain after every load and data-subject action; until the
first build they are empty.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD_VIEWS = (
    "research_mano_investigation",
    "research_child_problem",
    "research_child_report",
    "research_report",
)


def upgrade() -> None:
    for view in OLD_VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")
    op.create_table(
        "research_report",
        sa.Column("report_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=True),
        sa.Column("vk_code", sa.String(length=32), nullable=True),
        sa.Column("type_code", sa.String(length=32), nullable=True),
        sa.Column("reporter_type_code", sa.String(length=32), nullable=True),
        sa.Column("kindreflex_code", sa.String(length=32), nullable=True),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_research_report")),
    )
    op.create_table(
        "research_child_report",
        sa.Column("child_report_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=True),
        sa.Column("vk_code", sa.String(length=32), nullable=True),
        sa.Column("age_group", sa.String(length=32), nullable=True),
        sa.Column("sex_code", sa.String(length=32), nullable=True),
        sa.Column("province_code", sa.String(length=32), nullable=True),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("child_report_id", name=op.f("pk_research_child_report")),
    )
    op.create_table(
        "research_child_problem",
        sa.Column("child_report_id", sa.Integer(), nullable=False),
        sa.Column("problem_code", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint(
            "child_report_id", "problem_code", name=op.f("pk_research_child_problem")
        ),
    )
    op.create_table(
        "research_mano_investigation",
        sa.Column("investigation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=True),
        sa.Column("vk_code", sa.String(length=32), nullable=True),
        sa.Column("outcome_code", sa.String(length=32), nullable=False),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("investigation_id", name=op.f("pk_research_mano_investigation")),
    )
    op.create_table(
        "research_release",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("k", sa.SmallInteger(), nullable=False),
        sa.Column("grain", sa.Text(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("generalised_rows", sa.Integer(), nullable=False),
        sa.Column("suppressed_rows", sa.Integer(), nullable=False),
        sa.Column("classes", sa.Integer(), nullable=False),
        sa.Column("smallest_class", sa.Integer(), nullable=False),
        sa.Column("classes_with_one_problem", sa.Integer(), nullable=True),
        sa.Column("rows_in_classes_with_one_problem", sa.Integer(), nullable=True),
        sa.Column("suppressed_share_allowed", sa.Float(), nullable=False),
        sa.Column("lattice_nodes_tried", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_research_release")),
    )


def downgrade() -> None:
    op.drop_table("research_release")
    op.drop_index(
        op.f("ix_research_mano_investigation_report_id"),
        table_name="research_mano_investigation",
    )
    op.drop_table("research_mano_investigation")
    op.drop_table("research_child_problem")
    op.drop_index(op.f("ix_research_child_report_report_id"), table_name="research_child_report")
    op.drop_table("research_child_report")
    op.drop_table("research_report")
    _views_of_0006().upgrade()


def _views_of_0006():  # noqa: ANN202 - the migration module that made the views
    path = Path(__file__).with_name("0006_research_views.py")
    spec = importlib.util.spec_from_file_location("research_views_0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
