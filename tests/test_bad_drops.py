"""The catalogue of bad drops (tests/bad_drops.py), through the gate and through `vkw run`.

Each bad drop gives a clear message naming VK, period, file, line and column, loads
nothing it should not, and leaves every other VK-month untouched; what is held back is
in quarantine with its reason and purge date; Data Docs and Dagster's storage never hold
a value from the drops.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from expectations.gate import check_drops
from pipelines.landing import find_drops
from tests.bad_drops import CATALOGUE, LEAKED_VALUES, BadDrop
from tests.conftest import vkw
from tests.drop_factory import files_for, make_drop
from warehouse.models import FactChildReport, FactReport, LoadPartition, QuarantineItem
from warehouse.schema import make_engine

ROW_CASES = [case for case in CATALOGUE if case.scope == "row"]


@pytest.mark.parametrize("case", CATALOGUE, ids=lambda case: case.name)
def test_the_gate_names_file_line_and_column(tmp_path: Path, case: BadDrop) -> None:
    case.write(tmp_path)
    (drop,) = find_drops(tmp_path)
    (verdict,) = check_drops([drop]).values()
    if case.scope == "drop":
        assert verdict.parsed is None and verdict.rejected is not None
        found = [(v.rule, v.file, v.line, v.column) for v in verdict.rejected.violations]
        text = "\n".join(verdict.rejected.lines())
    else:
        assert verdict.rejected is None and verdict.parsed is not None
        assert verdict.parsed.rows_held_back == case.held_rows
        found = [(f.rule, f.file, f.line, f.column) for f in verdict.quarantined]
        text = "\n".join(f.message for f in verdict.quarantined)
    assert (case.rule, case.file, case.line, case.column) in found
    for value in [*LEAKED_VALUES, "NOT-A-REF", "Zoë"]:
        assert value not in text


@pytest.fixture(scope="module")
def catalogue_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Good VK-months loaded first; then the whole catalogue, a broken re-delivery of a
    loaded month and one more good drop arrive, and `vkw run` takes them all at once."""
    home = tmp_path_factory.mktemp("catalogue")
    landing = home / "landing"
    for period in ("2024-01", "2024-02", "2024-03"):
        make_drop(landing, "WVL", period)
    first = vkw(home, "run")
    assert first.exit_code == 0, first.output
    engine = make_engine(f"sqlite:///{home / 'warehouse.db'}")
    before = _snapshot(engine, "WVL")
    for case in CATALOGUE:
        case.write(landing)
    broken = files_for("2024-02")
    broken["kinderen.csv"][0]["geslacht"] = "Z"
    shutil.rmtree(landing / "WVL" / "2024-02")
    make_drop(landing, "WVL", "2024-02", broken)
    make_drop(landing, "OVL", "2024-05")
    second = vkw(home, "run")
    return {"home": home, "engine": engine, "before": before, "result": second}


def _snapshot(engine, vk: str) -> dict:  # noqa: ANN001
    with engine.connect() as connection:
        partitions = connection.execute(
            select(LoadPartition.period, LoadPartition.manifest_sha256)
            .where(LoadPartition.vk_code == vk)
            .order_by(LoadPartition.period)
        ).all()
        reports = connection.execute(
            select(func.count()).select_from(FactReport).where(FactReport.vk_code == vk)
        ).scalar_one()
        children = connection.execute(
            select(func.count()).select_from(FactChildReport).where(FactChildReport.vk_code == vk)
        ).scalar_one()
    return {"partitions": partitions, "reports": reports, "children": children}


def test_run_exits_non_zero_and_prints_every_reason(catalogue_run: dict) -> None:
    result = catalogue_run["result"]
    assert result.exit_code == 1
    for case in CATALOGUE:
        assert case.expected_line() in result.output, case.name
        assert f"[{case.rule}]" in result.output
    assert "REJECTED WVL 2024-02 kinderen.csv, line 2, column geslacht:" in result.output


def test_nothing_of_a_rejected_drop_is_loaded_and_rows_held_back_reconcile(
    catalogue_run: dict,
) -> None:
    with catalogue_run["engine"].connect() as connection:
        loaded = {
            (vk, period): (manifest_rows, quarantined, reports, children, investigations)
            for vk, period, manifest_rows, quarantined, reports, children, investigations in (
                connection.execute(
                    select(
                        LoadPartition.vk_code,
                        LoadPartition.period,
                        LoadPartition.manifest_rows,
                        LoadPartition.quarantined_rows,
                        LoadPartition.reports,
                        LoadPartition.child_rows,
                        LoadPartition.investigations,
                    )
                )
            )
        }
    for case in CATALOGUE:
        if case.scope == "drop":
            assert (case.vk, case.period) not in loaded, case.name
        else:
            delivered, held, *facts = loaded[(case.vk, case.period)]
            assert held == case.held_rows
            assert sum(facts) == delivered - held, case.name
    assert ("OVL", "2024-05") in loaded


def test_other_vk_months_are_untouched(catalogue_run: dict) -> None:
    assert _snapshot(catalogue_run["engine"], "WVL") == catalogue_run["before"]


def test_quarantine_holds_where_and_why_with_a_purge_date(catalogue_run: dict) -> None:
    with catalogue_run["engine"].connect() as connection:
        items = connection.execute(
            select(
                QuarantineItem.vk_code,
                QuarantineItem.period,
                QuarantineItem.scope,
                QuarantineItem.expectation,
                QuarantineItem.held_since,
                QuarantineItem.purge_after,
            ).where(QuarantineItem.resolved_at.is_(None))
        ).all()
    held = {(vk, period, scope, rule) for vk, period, scope, rule, _, _ in items}
    for case in CATALOGUE:
        if case.vk in ("ANT", "VBR"):  # the unknown VK has no partition: reported, not held
            assert (case.vk, case.period, case.scope, case.rule) in held, case.name
    for *_, since, purge_after in items:
        assert (purge_after - since.date()).days == 90
    listed = vkw(catalogue_run["home"], "quarantine", "list", "--format", "json")
    assert listed.exit_code == 0
    assert len(json.loads(listed.stdout)) == len(items)


def test_data_docs_and_dagster_storage_hold_no_value(catalogue_run: dict) -> None:
    home = catalogue_run["home"]
    docs = home / "data-docs" / "index.html"
    assert docs.is_file()
    pages = list((home / "data-docs").rglob("*.html"))
    assert len(pages) > 3
    searched = 0
    for folder in ("data-docs", "gx", "dagster"):
        for path in (home / folder).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                searched += 1
                for value in LEAKED_VALUES:
                    assert value.encode() not in data, (value, path)
    assert searched > 20
    failed = [p for p in pages if b"Unsuccessful Expectations" in p.read_bytes()]
    assert any(b"raw_kinderen" in p.read_bytes() and b"Failed" in p.read_bytes() for p in failed)


def test_dagster_checks_alert_the_dpo_and_block_only_what_they_must(catalogue_run: dict) -> None:
    from orchestration.instance import dagster_instance

    instance = dagster_instance(catalogue_run["home"] / "dagster")
    evaluations = []
    for run in instance.get_runs():
        for record in instance.all_logs(run.run_id):
            event = record.dagster_event
            if event is not None and event.event_type_value == "ASSET_CHECK_EVALUATION":
                evaluations.append(event.event_specific_data)
    alerts = {
        e.partition
        for e in evaluations
        if e.check_name == "drop_rows_hold_no_personal_data" and not e.passed
    }
    for e in evaluations:
        if e.check_name == "drop_rows_hold_no_personal_data" and not e.passed:
            assert not e.blocking and e.metadata["dpo_alert"].value is True
    expected = {f"{c.period}|{c.vk}" for c in CATALOGUE if c.scope == "row"}
    expected.add("2024-07|ANT")  # the extra column naam_kind
    assert alerts == expected
    blocked = {
        e.partition for e in evaluations if e.check_name == "drop_keeps_contract" and not e.passed
    }
    assert {f"{c.period}|{c.vk}" for c in CATALOGUE if c.scope == "drop" and c.vk != "XYZ"} <= (
        blocked
    )
    assert not blocked & expected - {"2024-07|ANT"}
