"""The small parts of the data-subject request machinery, each on its own."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from core.locking import warehouse_writer_lock
from pipelines.stripping import (
    StrippedChildRow,
    StrippedDrop,
    StrippedInvestigation,
    StrippedReport,
)
from warehouse.dsr import audit, erasure
from warehouse.dsr.dates import one_month_after
from warehouse.dsr.resolve import INVALID, InvalidNationalNumber, national_number_digits
from warehouse.schema import make_engine, upgrade


def test_the_deadline_is_one_calendar_month_after_receipt():
    assert one_month_after(date(2026, 3, 15)) == date(2026, 4, 15)
    assert one_month_after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert one_month_after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert one_month_after(date(2026, 12, 5)) == date(2027, 1, 5)


def test_a_number_is_validated_and_never_quoted():
    assert national_number_digits("85.07.30-033.28") == "85073003328"
    assert national_number_digits("17 07 30 033 84") == "17073003384"  # born after 2000
    for bad in ("85073003329", "1234", "", "abcdefghijk"):
        with pytest.raises(InvalidNationalNumber) as raised:
            national_number_digits(bad)
        assert str(raised.value) == INVALID and (not bad or bad not in str(raised.value))


@pytest.fixture
def engine(tmp_path: Path):  # noqa: ANN201
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    upgrade(engine)
    return engine


def test_the_audit_chain_links_entries_and_refuses_values(engine):  # noqa: ANN001
    with engine.begin() as connection:
        for n in range(3):
            audit.append(connection, "dpo", "DSR-2026-0001", "delete", "warehouse", {"rows": n})
        assert audit.verify_chain(connection) is None
        with pytest.raises(ValueError):
            audit.append(connection, "dpo", None, "x", "y", {"number": "85073003328"})
        with pytest.raises(ValueError):
            audit.append(connection, "dpo", None, "x", "y", {"note": "a long free text value"})
    with engine.connect() as connection, pytest.raises(Exception, match="append-only"):
        connection.execute(text("delete from dsr_audit_entry where seq = 2"))
    with engine.begin() as connection:  # someone who can drop the trigger removes an entry
        connection.execute(text("drop trigger dsr_audit_entry_no_delete"))
        connection.execute(text("delete from dsr_audit_entry where seq = 2"))
    with engine.connect() as connection:
        assert audit.verify_chain(connection) == 3


def _drop(child: str, other: str) -> StrippedDrop:
    day = date(2024, 3, 4)

    def row(report: str, pseudonym: str | None) -> StrippedChildRow:
        return StrippedChildRow(report, 2, pseudonym, 7, False, "6-8", "V", "ANT", ("LICHAMELIJK",))

    return StrippedDrop(
        vk="ANT",
        period="2024-03",
        manifest_sha256="0" * 64,
        delivered_at="2024-04-02T06:00:00+02:00",
        reports=(
            StrippedReport("r1", day, "REGULIER", "SCHOOL", None, "note one"),
            StrippedReport("r2", day, "REGULIER", "SCHOOL", None, "note two"),
            StrippedReport("r3", day, "MANO", "SCHOOL", None, None),
        ),
        child_rows=(row("r1", child), row("r2", child), row("r2", other), row("r3", None)),
        investigations=(StrippedInvestigation("i1", "r3", child, day, "LOPEND", None),),
    )


def test_a_tombstoned_child_is_dropped_from_a_load(engine):  # noqa: ANN001
    drop = _drop("c" * 64, "d" * 64)
    with engine.begin() as connection:
        assert erasure.without_erased(connection, drop) is drop
        erasure.tombstone(connection, "c" * 64, "DSR-2026-0001")
        kept = erasure.without_erased(connection, drop)
    # r1 named only the erased child: gone. r2 keeps its other child, without its note.
    # r3 keeps its anonymous child; the erased child's investigation is gone.
    assert [r.report_ref for r in kept.reports] == ["r2", "r3"]
    assert kept.reports[0].scrubbed_note is None
    assert [(r.report_ref, r.child_pseudonym) for r in kept.child_rows] == [
        ("r2", "d" * 64),
        ("r3", None),
    ]
    assert kept.investigations == ()
    assert replace(kept, reports=drop.reports) != drop


LOCKER = """
import sys
from core.locking import WarehouseBusy, warehouse_writer_lock
try:
    with warehouse_writer_lock(sys.argv[1], timeout=0.5):
        sys.exit(0)
except WarehouseBusy as busy:
    print(busy)
    sys.exit(3)
"""


def test_one_writer_at_a_time_and_reentrant_within_a_process(tmp_path: Path):
    def other_process() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", LOCKER, str(tmp_path)], capture_output=True, text=True
        )

    with warehouse_writer_lock(tmp_path), warehouse_writer_lock(tmp_path):
        busy = other_process()
        assert busy.returncode == 3 and "the warehouse is busy" in busy.stdout
    assert other_process().returncode == 0
