"""Replacing a VK-month: its facts go, children only it named go, others stay."""

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from pipelines.contract.codes import MANO_OUTCOMES, MELDER_TYPES, PROBLEMS
from pipelines.stripping import (
    StrippedChildRow,
    StrippedDrop,
    StrippedInvestigation,
    StrippedReport,
)
from warehouse.loading import load_drop
from warehouse.models import DimChild, FactChildReport, FactManoInvestigation
from warehouse.schema import make_engine, upgrade

SHARED, ONLY_MARCH, INVESTIGATED = "s" * 64, "m" * 64, "i" * 64


def _report(ref: str, day: date) -> StrippedReport:
    return StrippedReport(ref, day, "MANO", MELDER_TYPES[0], None)


def _child(report: str, pseudonym: str | None, line: int) -> StrippedChildRow:
    return StrippedChildRow(report, line, pseudonym, 7, False, "6-8", "V", "ANT", (PROBLEMS[0],))


def _drop(period: str, manifest: str, children: list[str | None], investigated: bool):  # noqa: ANN202
    day = date.fromisoformat(f"{period}-05")
    report = f"{period}-r1".ljust(64, "0")
    rows = tuple(_child(report, p, line) for line, p in enumerate(children, start=2))
    investigations = (
        (
            StrippedInvestigation(
                f"{period}-o1".ljust(64, "0"), report, INVESTIGATED, day, MANO_OUTCOMES[0], day
            ),
        )
        if investigated
        else ()
    )
    return StrippedDrop(
        "ANT", period, manifest, "2024-06-01", (_report(report, day),), rows, investigations
    )


def _pseudonyms(engine) -> set[str | None]:  # noqa: ANN001
    with engine.connect() as connection:
        return set(connection.execute(select(DimChild.pseudonym)).scalars())


def _count(engine, table) -> int:  # noqa: ANN001
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_replaced_month_keeps_only_children_still_named(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    upgrade(engine)
    load_drop(engine, _drop("2024-02", "a" * 64, [SHARED], investigated=False))
    load_drop(engine, _drop("2024-03", "b" * 64, [SHARED, ONLY_MARCH, None], investigated=True))
    assert _pseudonyms(engine) == {SHARED, ONLY_MARCH, INVESTIGATED, None}

    # Re-delivered March: the child only March named and the investigated child are gone,
    # the anonymous child is replaced by the new delivery's one.
    result = load_drop(engine, _drop("2024-03", "c" * 64, [SHARED, None], investigated=False))

    assert result.status == "replaced"
    assert _pseudonyms(engine) == {SHARED, None}
    with engine.connect() as connection:
        anonymous = connection.execute(
            select(func.count()).where(DimChild.pseudonym.is_(None))
        ).scalar_one()
    assert anonymous == 1
    assert _count(engine, FactChildReport) == 3
    assert _count(engine, FactManoInvestigation) == 0
    engine.dispose()
