"""A run whose volume check warns loads and publishes as any other: a warning never blocks."""

from __future__ import annotations

from pathlib import Path

from orchestration.runner import run_load
from pipelines.contract.columns import KINDEREN, MELDINGEN
from tests.conftest import environment, figures_json
from tests.drop_factory import files_for, make_drop

EXTRA_REPORTS = 8


def _busy_month(period: str) -> dict:
    """The factory's two reports and eight more, each with an anonymous child."""
    files = files_for(period)
    report, child = files[MELDINGEN][0], files[KINDEREN][1]
    for n in range(EXTRA_REPORTS):
        melding_id = f"{report['melding_id']}-extra{n}"
        files[MELDINGEN].append(
            {**report, "melding_id": melding_id, "melder_naam": None, "omschrijving": None}
        )
        files[KINDEREN].append({**child, "melding_id": melding_id})
    return files


def test_a_volume_warning_still_loads_and_rebuilds_the_marts(tmp_path: Path) -> None:
    months = [f"2024-{m:02d}" for m in range(1, 8)]
    for period in months[:-1]:
        make_drop(tmp_path / "landing", "ANT", period)
    make_drop(tmp_path / "landing", "ANT", months[-1], _busy_month(months[-1]))
    with environment(VKW_HOME=str(tmp_path)):
        outcome = run_load()
    assert outcome.ok and len(outcome.loaded) == len(months)
    assert any(line.startswith("WARNING ANT 2024-07") for line in outcome.warnings)
    figures = figures_json(tmp_path, 2024)
    assert figures["meldingen_per_vk"]["ANT"] == 2 * len(months) + EXTRA_REPORTS
