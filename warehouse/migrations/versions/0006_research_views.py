"""research views: the facts without pseudonym strings, text or restricted children

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 06:30:00

Researchers get these views, never the fact tables: no report_ref, investigation_ref or
child pseudonym (child_key is a surrogate integer, needed to count children once), no
text, and no child under an active restriction (GDPR art. 18), nor a report that names
restricted children only (as child rows or in MaNo investigations). The marts
(warehouse/marts.py) apply the same rule, so figures and views agree. Plain SQL that
SQLite and PostgreSQL both accept.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

RESTRICTED_CHILD_KEYS = (
    "SELECT c.child_key FROM dim_child c JOIN dsr_restriction r "
    "ON r.child_pseudonym = c.pseudonym WHERE r.lifted_at IS NULL"
)

VIEWS = {
    "research_child_report": f"""
        SELECT cr.child_report_key, cr.report_key, cr.child_key, cr.vk_code, cr.date_key,
               cr.age_years, cr.age_group_code, cr.sex_code, cr.province_code
        FROM fact_child_report cr
        WHERE cr.child_key NOT IN ({RESTRICTED_CHILD_KEYS})""",
    "research_report": f"""
        SELECT r.report_key, r.vk_code, r.date_key, r.type_code, r.reporter_type_code,
               r.kindreflex_code
        FROM fact_report r
        WHERE NOT (
            (EXISTS (SELECT 1 FROM fact_child_report a WHERE a.report_key = r.report_key
                     AND a.child_key IN ({RESTRICTED_CHILD_KEYS}))
             OR EXISTS (SELECT 1 FROM fact_mano_investigation m
                        WHERE m.report_key = r.report_key
                        AND m.child_key IN ({RESTRICTED_CHILD_KEYS})))
            AND NOT EXISTS (SELECT 1 FROM fact_child_report b WHERE b.report_key = r.report_key
                            AND b.child_key NOT IN ({RESTRICTED_CHILD_KEYS}))
            AND NOT EXISTS (SELECT 1 FROM fact_mano_investigation n
                            WHERE n.report_key = r.report_key
                            AND (n.child_key IS NULL
                                 OR n.child_key NOT IN ({RESTRICTED_CHILD_KEYS}))))""",
    "research_child_problem": """
        SELECT p.child_report_key, p.problem_code
        FROM fact_child_problem p
        JOIN research_child_report cr ON cr.child_report_key = p.child_report_key""",
    "research_mano_investigation": f"""
        SELECT m.investigation_key, m.report_key, m.child_key, m.vk_code, m.start_date_key,
               m.outcome_code, m.decision_date_key
        FROM fact_mano_investigation m
        WHERE m.child_key IS NULL OR m.child_key NOT IN ({RESTRICTED_CHILD_KEYS})""",
}


def upgrade() -> None:
    for name, query in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {query}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
