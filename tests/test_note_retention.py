"""Scrubbed notes live until `purge_after` (received + VKW_NOTE_RETENTION_DAYS) and not a
day longer: a note already past it is neither scrubbed nor stored, and one that expires in
the warehouse is deleted by the next run."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from expectations.gate import read_drop
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.scrubbing.notes import scrub_drop_notes
from pipelines.stripping import strip_drop
from tests.conftest import NOTES_KEPT_FROM, RETENTION_COUNTED_ON, days_of_the_suite, vkw
from tests.drop_factory import MELDINGEN, files_for, make_drop
from warehouse.loading import load_drop
from warehouse.models import RestrictedReportNote
from warehouse.retention import purge_expired_notes
from warehouse.schema import make_engine, upgrade


def _parsed_with_two_notes(tmp_path: Path):  # noqa: ANN202
    files = files_for("2024-03")
    files[MELDINGEN][1]["omschrijving"] = "Moeder belde over de broer."
    make_drop(tmp_path, files=files)
    (drop,) = find_drops(tmp_path)
    return read_drop(drop)  # notes of 2024-03-04 and 2024-03-20


def test_a_note_past_its_retention_is_not_scrubbed(tmp_path: Path) -> None:
    parsed = _parsed_with_two_notes(tmp_path)
    both = scrub_drop_notes({"k": parsed}, processes=1)
    assert set(both.notes["k"]) == {"T-1", "T-2"} and both.past_retention["k"] == 0
    recent = scrub_drop_notes({"k": parsed}, processes=1, kept_from=date(2024, 3, 10))
    assert set(recent.notes["k"]) == {"T-2"} and recent.past_retention["k"] == 1
    same_day = scrub_drop_notes({"k": parsed}, processes=1, kept_from=date(2024, 3, 20))
    assert set(same_day.notes["k"]) == {"T-2"}


def _loaded_with_notes(tmp_path: Path, retention: timedelta) -> Engine:
    parsed = _parsed_with_two_notes(tmp_path)
    notes = {m.melding_id: "[PERSOON] belde." for m in parsed.meldingen}
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    upgrade(engine)
    load_drop(engine, strip_drop(parsed, Pseudonymizer(b"k" * 32), notes), note_retention=retention)
    return engine


def test_a_note_is_purged_the_day_after_purge_after(tmp_path: Path) -> None:
    engine = _loaded_with_notes(tmp_path, timedelta(10))

    def kept() -> list[date]:
        with engine.connect() as connection:
            return sorted(connection.scalars(select(RestrictedReportNote.purge_after)))

    assert kept() == [date(2024, 3, 14), date(2024, 3, 30)]
    with engine.begin() as connection:
        assert purge_expired_notes(connection, date(2024, 3, 14)) == 0
        assert purge_expired_notes(connection, date(2024, 3, 15)) == 1
    assert kept() == [date(2024, 3, 30)]
    with engine.begin() as connection:
        assert purge_expired_notes(connection, date(2024, 3, 31)) == 1
    assert kept() == []


def test_a_shortened_retention_applies_to_the_notes_already_kept(tmp_path: Path) -> None:
    engine = _loaded_with_notes(tmp_path, timedelta(90))
    with engine.begin() as connection:
        # loaded under 90 days; now 10 days are configured: the note of 4 March has had them
        assert purge_expired_notes(connection, date(2024, 3, 25), date(2024, 3, 15)) == 1
        assert connection.scalars(select(RestrictedReportNote.purge_after)).all() == [
            date(2024, 6, 18)
        ]


@pytest.mark.slow
def test_the_warehouse_keeps_exactly_the_notes_within_retention(pipeline_home: Path) -> None:
    note_days = [
        melding.datum_melding
        for drop in find_drops(pipeline_home / "landing")
        for melding in read_drop(drop).meldingen
        if melding.omschrijving
    ]
    within = sum(1 for day in note_days if day >= NOTES_KEPT_FROM)
    assert within > 1000 and len(note_days) - within > 1000  # both sides of the cut occur
    with sqlite3.connect(pipeline_home / "warehouse.db") as connection:
        ((stored, earliest_purge),) = connection.execute(
            "select count(*), min(purge_after) from restricted_report_note"
        )
    retention = timedelta(days=int(os.environ["VKW_NOTE_RETENTION_DAYS"]))
    kept_if_run_on = {
        run_day: sum(1 for day in note_days if day + retention >= run_day)
        for run_day in days_of_the_suite()
    }
    assert kept_if_run_on[RETENTION_COUNTED_ON] == within
    run_days = [day for day, kept in kept_if_run_on.items() if kept == stored]
    assert run_days, (stored, kept_if_run_on)
    assert date.fromisoformat(earliest_purge) >= min(run_days)


def test_a_run_with_nothing_new_to_load_still_deletes_expired_notes(
    pipeline_home: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    shutil.copytree(pipeline_home, home)

    def notes() -> tuple[int, str]:
        with sqlite3.connect(home / "warehouse.db") as connection:
            ((count, earliest),) = connection.execute(
                "select count(*), min(purge_after) from restricted_report_note"
            )
        return count, earliest

    before, _ = notes()
    counted_on = date.today()
    shorter = str((counted_on - date(2024, 10, 1)).days)
    result = vkw(home, "run", VKW_NOTE_RETENTION_DAYS=shorter)
    assert result.exit_code == 0 and "0 drop(s) loaded" in result.output, result.output
    after, earliest = notes()
    assert 0 < after < before
    assert date.fromisoformat(earliest) >= counted_on  # the run may start past midnight
