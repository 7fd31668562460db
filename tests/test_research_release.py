"""The research release of the simulated 2018-2024 warehouse: k-anonymous, complete, alone."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import figures_json, vkw
from warehouse.research.catalogue import RESEARCH_RELATIONS
from warehouse.research.hierarchies import anonymity_settings

SETTINGS = anonymity_settings()


def _db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "warehouse.db")


def test_every_research_table_is_k_anonymous_and_complete(pipeline_home: Path) -> None:
    with _db(pipeline_home) as db:
        for table, spec in SETTINGS.releases.items():
            columns = ", ".join(["year", *(qi.column for qi in spec.quasi_identifiers)])
            smallest = db.execute(
                f"select min(n) from (select count(*) as n from {table} group by {columns})"
            ).fetchone()[0]
            assert smallest >= SETTINGS.k, table
            names = {row[1] for row in db.execute(f"pragma table_info({table})")}
            assert not names & {"child_key", "report_key", "pseudonym", "date_key"}, table
        release = db.execute("select table_name, k, smallest_class from research_release")
        assert {row[0]: (row[1], row[2] >= SETTINGS.k) for row in release} == {
            table: (SETTINGS.k, True) for table in SETTINGS.releases
        }
        for year in range(2018, 2025):
            reports = db.execute(
                "select count(*) from research_report where year = ?", (year,)
            ).fetchone()[0]
            assert reports == figures_json(pipeline_home, year)["meldingen_totaal"]
        orphans = db.execute(
            "select count(*) from research_child_problem p left join research_child_report c"
            " on c.child_report_id = p.child_report_id where c.child_report_id is null"
        ).fetchone()[0]
        assert orphans == 0


def test_release_command_reports_grain_and_counts(pipeline_home: Path) -> None:
    result = vkw(pipeline_home, "research", "release")
    assert result.exit_code == 0, result.output
    tables = {entry["table_name"]: entry for entry in json.loads(result.stdout)}
    child = tables["research_child_report"]
    assert child["rows"] == child["generalised_rows"] + child["suppressed_rows"] or (
        child["generalised_rows"] == 0
    )
    assert child["suppressed_rows"] <= child["suppressed_share_allowed"] * child["rows"]
    assert child["classes_with_one_problem"] is not None


def test_export_holds_the_research_tables_only(pipeline_home: Path, tmp_path: Path) -> None:
    result = vkw(pipeline_home, "research", "export", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    target = Path(result.stdout.strip())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with sqlite3.connect(target) as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
    assert tables == set(RESEARCH_RELATIONS)


def test_a_project_grant_opens_the_finest_grain_until_it_ends(
    pipeline_home: Path, tmp_path: Path
) -> None:
    today = date.today()
    too_long = vkw(
        pipeline_home,
        "research",
        "grant",
        "--project",
        "p",
        "--until",
        (today + timedelta(days=400)).isoformat(),
    )
    assert too_long.exit_code == 2 and "--until: at most 366 days" in too_long.stderr
    expired = vkw(
        pipeline_home,
        "research",
        "grant",
        "--project",
        "Study A",
        "--by",
        "dpo",
        "--from",
        (today - timedelta(days=30)).isoformat(),
        "--until",
        (today - timedelta(days=1)).isoformat(),
    )
    assert expired.exit_code == 0, expired.output
    refused = vkw(
        pipeline_home,
        "research",
        "export",
        "--out",
        str(tmp_path),
        "--grant",
        expired.stdout.strip(),
    )
    assert (
        refused.exit_code == 2 and "--grant:" in refused.stderr and "valid from" in refused.stderr
    )
    active = vkw(
        pipeline_home,
        "research",
        "grant",
        "--project",
        "Study B",
        "--by",
        "dpo",
        "--until",
        (today + timedelta(days=30)).isoformat(),
    ).stdout.strip()
    exported = vkw(pipeline_home, "research", "export", "--out", str(tmp_path), "--grant", active)
    assert exported.exit_code == 0, exported.output
    with sqlite3.connect(exported.stdout.strip()) as db:
        periods = {row[0] for row in db.execute("select period from research_child_report")}
        suppressed = db.execute("select sum(suppressed) from research_child_report").fetchone()[0]
    assert all(len(period) == 7 and "Q" not in period for period in periods)  # months
    assert suppressed == 0
    assert vkw(pipeline_home, "research", "revoke", "--grant", active).exit_code == 0
    after = vkw(pipeline_home, "research", "export", "--out", str(tmp_path), "--grant", active)
    assert after.exit_code == 2 and "revoked" in after.stderr
    with _db(pipeline_home) as db:
        actions = [row[0] for row in db.execute("select action from dsr_audit_entry")]
    assert actions.count("research_grant") >= 2
    assert "research_revoke" in actions and "research_export" in actions
