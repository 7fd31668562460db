"""The loader's driver-level inserts store exactly the rows of the drop, linked right.

The loader sends positional rows straight to the driver (no per-row SQLAlchemy
processing); these tests read every loaded table back, by natural key, and compare it
with what the drop says, on SQLite and (when a server is running) on PostgreSQL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from pipelines.contract.codes import KINDREFLEX_SECTORS, MANO_OUTCOMES, MELDER_TYPES, PROBLEMS
from pipelines.stripping import (
    StrippedChildRow,
    StrippedDrop,
    StrippedInvestigation,
    StrippedReport,
)
from warehouse.loading import load_drop
from warehouse.models import (
    DimChild,
    FactChildProblem,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    LoadPartition,
    RestrictedReportNote,
)
from warehouse.schema import make_engine, upgrade

RETENTION = timedelta(days=30)
R1, R2, R3 = ("r1".ljust(64, "0"), "r2".ljust(64, "0"), "r3".ljust(64, "0"))
ANNA, BERT, CARO = "a" * 64, "b" * 64, "c" * 64
O1, O2 = "o1".ljust(64, "0"), "o2".ljust(64, "0")
MARCH_5, MARCH_28, APRIL_2 = date(2024, 3, 5), date(2024, 3, 28), date(2024, 4, 2)


def _drop(manifest: str = "m" * 64) -> StrippedDrop:
    reports = (
        StrippedReport(R1, MARCH_5, "MANO", MELDER_TYPES[0], None, "a scrubbed note"),
        StrippedReport(R2, MARCH_28, "REGULIER", MELDER_TYPES[3], KINDREFLEX_SECTORS[1]),
        StrippedReport(R3, MARCH_28, "REGULIER", MELDER_TYPES[1], None, "another note"),
    )
    children = (
        StrippedChildRow(R1, 2, ANNA, 7, False, "6-8", "V", "ANT", (PROBLEMS[0], PROBLEMS[2])),
        StrippedChildRow(R1, 3, None, None, True, "ONGEBOREN", "O", "ANT", ()),
        StrippedChildRow(R2, 4, BERT, 15, False, "15-17", "M", "WVL", (PROBLEMS[1],)),
        StrippedChildRow(R2, 5, ANNA, 7, False, "6-8", "V", "ANT", (PROBLEMS[3],)),
        StrippedChildRow(R3, 6, None, 3, False, "3-5", "X", "BRU", (PROBLEMS[5],)),
    )
    investigations = (
        StrippedInvestigation(O1, R1, ANNA, MARCH_5, MANO_OUTCOMES[0], APRIL_2),
        StrippedInvestigation(O2, R1, CARO, MARCH_28, MANO_OUTCOMES[3], None),
    )
    return StrippedDrop(
        "ANT", "2024-03", manifest, "2024-04-01", reports, children, investigations, 10, 0
    )


def _loaded(engine: Engine) -> dict[str, set[tuple]]:
    """Every loaded fact by natural keys (report_ref, pseudonym): surrogate keys resolved."""
    with engine.connect() as c:
        ref = {k: r for k, r in c.execute(select(FactReport.report_key, FactReport.report_ref))}
        child = {k: p for k, p in c.execute(select(DimChild.child_key, DimChild.pseudonym))}
        line = {}
        child_reports = set()
        for row in c.execute(select(FactChildReport)):
            line[row.child_report_key] = (ref[row.report_key], child[row.child_key], row.age_years)
            child_reports.add(
                (
                    ref[row.report_key],
                    child[row.child_key],
                    row.vk_code,
                    row.date_key,
                    row.age_years,
                    row.age_group_code,
                    row.sex_code,
                    row.province_code,
                )
            )
        return {
            "children": {
                (p, part is not None)
                for p, part in c.execute(select(DimChild.pseudonym, DimChild.partition_id))
            },
            "reports": {
                (
                    r.report_ref,
                    r.vk_code,
                    r.date_key,
                    r.type_code,
                    r.reporter_type_code,
                    r.kindreflex_code,
                )
                for r in c.execute(select(FactReport))
            },
            "notes": {
                (ref[n.report_key], n.scrubbed_text, n.purge_after)
                for n in c.execute(select(RestrictedReportNote))
            },
            "child_reports": child_reports,
            "problems": {
                (*line[p.child_report_key], p.problem_code)
                for p in c.execute(select(FactChildProblem))
            },
            "investigations": {
                (
                    i.investigation_ref,
                    ref[i.report_key],
                    child.get(i.child_key),
                    i.vk_code,
                    i.start_date_key,
                    i.outcome_code,
                    i.decision_date_key,
                )
                for i in c.execute(select(FactManoInvestigation))
            },
            "partitions": {
                (p.vk_code, p.period, p.reports, p.child_rows, p.investigations, p.manifest_rows)
                for p in c.execute(select(LoadPartition))
            },
        }


EXPECTED = {
    # ANNA and BERT from child rows, CARO only from an investigation; two anonymous children.
    "children": {(ANNA, False), (BERT, False), (CARO, False), (None, True)},
    "reports": {
        (R1, "ANT", 20240305, "MANO", MELDER_TYPES[0], None),
        (R2, "ANT", 20240328, "REGULIER", MELDER_TYPES[3], KINDREFLEX_SECTORS[1]),
        (R3, "ANT", 20240328, "REGULIER", MELDER_TYPES[1], None),
    },
    "notes": {
        (R1, "a scrubbed note", MARCH_5 + RETENTION),
        (R3, "another note", MARCH_28 + RETENTION),
    },
    "child_reports": {
        (R1, ANNA, "ANT", 20240305, 7, "6-8", "V", "ANT"),
        (R1, None, "ANT", 20240305, None, "ONGEBOREN", "O", "ANT"),
        (R2, BERT, "ANT", 20240328, 15, "15-17", "M", "WVL"),
        (R2, ANNA, "ANT", 20240328, 7, "6-8", "V", "ANT"),
        (R3, None, "ANT", 20240328, 3, "3-5", "X", "BRU"),
    },
    "problems": {
        (R1, ANNA, 7, PROBLEMS[0]),
        (R1, ANNA, 7, PROBLEMS[2]),
        (R2, BERT, 15, PROBLEMS[1]),
        (R2, ANNA, 7, PROBLEMS[3]),
        (R3, None, 3, PROBLEMS[5]),
    },
    "investigations": {
        (O1, R1, ANNA, "ANT", 20240305, MANO_OUTCOMES[0], 20240402),
        (O2, R1, CARO, "ANT", 20240328, MANO_OUTCOMES[3], None),
    },
    "partitions": {("ANT", "2024-03", 3, 5, 2, 10)},
}


def _check_load_and_replace(engine: Engine) -> None:
    assert load_drop(engine, _drop(), note_retention=RETENTION).status == "loaded"
    assert _loaded(engine) == EXPECTED
    with engine.connect() as c:
        anonymous = c.execute(select(DimChild.child_key).where(DimChild.pseudonym.is_(None))).all()
    assert len(anonymous) == 2  # a child without a number is a child of its own

    # The same drop again changes nothing; a re-delivery replaces exactly the month.
    assert load_drop(engine, _drop(), note_retention=RETENTION).status == "unchanged"
    redelivered = _drop("n" * 64)
    redelivered = replace(
        redelivered,
        reports=redelivered.reports[:2],
        child_rows=redelivered.child_rows[:3],
        investigations=redelivered.investigations[:1],
    )
    assert load_drop(engine, redelivered, note_retention=RETENTION).status == "replaced"
    expected = {
        "children": {(ANNA, False), (BERT, False), (None, True)},  # CARO is no one's now
        "reports": {r for r in EXPECTED["reports"] if r[0] != R3},
        "notes": {n for n in EXPECTED["notes"] if n[0] != R3},
        "child_reports": {r for r in EXPECTED["child_reports"] if r[0] == R1 or r[1] == BERT},
        "problems": {p for p in EXPECTED["problems"] if p[0] == R1 or p[1] == BERT},
        "investigations": {i for i in EXPECTED["investigations"] if i[0] == O1},
        "partitions": {("ANT", "2024-03", 2, 3, 1, 10)},
    }
    assert _loaded(engine) == expected


def test_loaded_rows_are_the_drops_rows_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    upgrade(engine)
    _check_load_and_replace(engine)
    # Stored as SQLAlchemy's own insert stores it: a Date as ISO text, integers as integers.
    with engine.connect() as c:
        stored = c.execute(
            text("SELECT typeof(purge_after), purge_after FROM restricted_report_note")
        ).all()
        keys = c.execute(text("SELECT DISTINCT typeof(date_key) FROM fact_child_report")).all()
    assert sorted(stored) == [("text", str(MARCH_5 + RETENTION))]
    assert keys == [("integer",)]
    engine.dispose()


def test_new_keys_follow_the_highest_existing_key(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    upgrade(engine)
    load_drop(engine, _drop(), note_retention=RETENTION)
    april = replace(
        _drop(),
        period="2024-04",
        reports=tuple(replace(r, report_ref=r.report_ref[::-1]) for r in _drop().reports),
        child_rows=tuple(
            replace(row, report_ref=row.report_ref[::-1]) for row in _drop().child_rows
        ),
        investigations=(),
    )
    load_drop(engine, april, note_retention=RETENTION)
    with engine.connect() as c:
        report_keys = c.execute(text("SELECT report_key FROM fact_report")).scalars().all()
        child_keys = c.execute(text("SELECT child_key FROM dim_child")).scalars().all()
        row_keys = c.execute(text("SELECT child_report_key FROM fact_child_report")).scalars()
        row_keys = row_keys.all()
    assert sorted(report_keys) == list(range(1, 7))
    # March: 3 named + 2 anonymous; April: its 2 anonymous children (the named are known).
    assert sorted(child_keys) == list(range(1, 8))
    assert sorted(row_keys) == list(range(1, 11))
    engine.dispose()


def test_loaded_rows_are_the_drops_rows_on_postgresql(postgres_engine_url: str) -> None:
    from warehouse.models import Base

    engine = make_engine(postgres_engine_url)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    upgrade(engine)
    try:
        _check_load_and_replace(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("broken", ["report", "child"])
def test_a_failing_insert_loads_nothing(tmp_path: Path, broken: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    upgrade(engine)
    drop = _drop()
    if broken == "report":  # an unknown code breaks a foreign key of fact_report
        drop = replace(drop, reports=(replace(drop.reports[0], type_werking="NOPE"),))
        drop = replace(drop, child_rows=drop.child_rows[:2], investigations=())
    else:  # one of fact_child_report
        drop = replace(drop, child_rows=(replace(drop.child_rows[0], sex="?"),))
    with pytest.raises(Exception) as raised:
        load_drop(engine, drop, note_retention=RETENTION)
    # The error names no value of the drop: hide_parameters still applies.
    assert ANNA not in str(raised.value) and R1 not in str(raised.value)
    assert all(not rows for rows in _loaded(engine).values())
    engine.dispose()
