"""GDPR data-subject rights on the simulated data (docs/data-subject-requests.md).

One copy of the session's pipeline home serves the whole module, in order: access,
restriction and lifting, erasure (then a full refresh and a VK re-delivery), the audit
chain, and last a search of every store and every CLI output for the national number.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from core.keys import load_or_create_key
from tests.conftest import counted, figures_json, vkw
from tests.oracle import oracle_figures, without_zeros
from warehouse.dsr.resolve import child_pseudonym

OUTPUTS: list[str] = []  # every CLI output of this module (stdout and stderr)


def cli(home: Path, *args: str):  # noqa: ANN201
    result = vkw(home, *args)
    OUTPUTS.append(result.output)
    return result


@pytest.fixture(scope="module")
def home(pipeline_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("dsr") / "home"
    shutil.copytree(pipeline_home, copy)
    return copy


def assert_loaded(result) -> None:  # noqa: ANN001
    """The run loaded every drop: none rejected or failed, every partition reconciled. A
    note the scrubber could not clean is held back (exit 1 and a QUARANTINED line): that
    is the scrubber's matter, not this module's, and is allowed here."""
    lines = result.output.splitlines()
    assert " 0 rejected" in result.output, result.output
    assert not [line for line in lines if line.startswith(("REJECTED", "FAILED"))], result.output
    held = [line for line in lines if line.startswith("QUARANTINED")]
    assert all("[identifier_left_in_note]" in line for line in held), result.output


def _numbers_at_two_vks(home: Path) -> list[str]:
    """National numbers the simulated VK registries share (one child, two VKs)."""
    vks: dict[str, set[str]] = defaultdict(set)
    for registry in sorted((home / "sources").glob("*/registry.csv")):
        with open(registry, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                vks[row["rijksregisternummer"]].add(registry.parent.name)
    return sorted(number for number, at in vks.items() if len(at) > 1)


def _pseudonym(home: Path, number: str) -> str:
    keys = home / "keys"
    return child_pseudonym(
        number,
        load_or_create_key(keys / "network.key"),
        load_or_create_key(keys / "warehouse.key"),
    )


def _db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "warehouse.db")


def _child_key(home: Path, pseudonym: str) -> int | None:
    with _db(home) as db:
        row = db.execute("select child_key from dim_child where pseudonym = ?", (pseudonym,))
        found = row.fetchone()
    return found[0] if found else None


def _contribution(home: Path, child_key: int) -> dict[int, dict]:
    """Per year, what the child adds to the figures, straight from the facts."""
    out: dict[int, dict] = defaultdict(
        lambda: {"vks": set(), "sole_reports": 0, "problems": set(), "mano": 0}
    )
    with _db(home) as db:
        for date_key, vk, report_key in db.execute(
            "select r.date_key, r.vk_code, r.report_key from fact_child_report c "
            "join fact_report r on r.report_key = c.report_key where c.child_key = ?",
            (child_key,),
        ):
            year = out[date_key // 10000]
            year["vks"].add(vk)
            others = db.execute(
                "select (select count(*) from fact_child_report where report_key = ? "
                "and child_key != ?) + (select count(*) from fact_mano_investigation "
                "where report_key = ? and (child_key is null or child_key != ?))",
                (report_key, child_key, report_key, child_key),
            ).fetchone()[0]
            year["sole_reports"] += others == 0
        for date_key, vk, code in db.execute(
            "select c.date_key, c.vk_code, p.problem_code from fact_child_report c "
            "join fact_child_problem p on p.child_report_key = c.child_report_key "
            "where c.child_key = ?",
            (child_key,),
        ):
            out[date_key // 10000]["problems"].add((vk, code))
        for (start,) in db.execute(
            "select start_date_key from fact_mano_investigation where child_key = ?",
            (child_key,),
        ):
            out[start // 10000]["mano"] += 1
    return dict(out)


def _assert_child_removed(before: dict, after: dict, part: dict) -> None:
    """`after` is `before` minus exactly the child's contribution to the year."""
    assert after["kinderen_totaal"] == before["kinderen_totaal"] - 1
    assert after["meldingen_totaal"] == before["meldingen_totaal"] - part["sole_reports"]
    for vk, n in before["kinderen_per_vk"].items():
        assert after["kinderen_per_vk"][vk] == n - (vk in part["vks"]), vk
    registrations = sum(before["problematiek"].values()) - len(part["problems"])
    assert sum(after["problematiek"].values()) == registrations
    mano = sum(sum(v.values()) for v in before["mano_gevolggeving_per_vk"].values())
    assert sum(sum(v.values()) for v in after["mano_gevolggeving_per_vk"].values()) == (
        mano - part["mano"]
    )


@pytest.fixture(scope="module")
def subject(home: Path) -> dict:
    """A child reported at two VKs, with its contribution to the figures before anything."""
    for number in _numbers_at_two_vks(home):
        key = _child_key(home, _pseudonym(home, number))
        if key is None:
            continue
        part = _contribution(home, key)
        if (
            any(len(p["vks"]) > 1 for p in part.values())
            or len({vk for p in part.values() for vk in p["vks"]}) > 1
        ):
            years = sorted(part)
            return {
                "number": number,
                "pseudonym": _pseudonym(home, number),
                "child_key": key,
                "part": part,
                "years": years,
                "figures": {y: figures_json(home, y) for y in years},
            }
    raise AssertionError("the simulated data has no child reported at two VKs")


def test_an_invalid_number_is_refused_without_echoing_it(home: Path):
    result = cli(home, "dsr", "access", "--national-number", "85.07.30-033.62")
    assert result.exit_code == 2
    assert "not a valid Belgian national register number (checksum)" in result.output
    assert "85.07.30" not in result.output and "8507300" not in result.output


def test_access_for_a_number_nothing_is_held_about_is_empty(home: Path):
    # Born 1 January 1900 or 2000, serial 001: a valid checksum, in no registry.
    number = "00010100173"
    assert number not in _numbers_at_two_vks(home)
    result = cli(home, "dsr", "access", "--national-number", number)
    assert result.exit_code == 0, result.output
    export = json.loads(result.stdout)
    assert export["warehouse"] == {"reports": [], "mano_investigations": [], "yearly_counting": []}
    assert export["archived_drops"] == [] and export["restricted_free_text"] == []
    assert export["quarantine"] == [] and export["frozen_snapshots"] == []


def test_access_returns_both_vks_reports_and_the_article_15_information(
    home: Path, subject: dict, tmp_path: Path
):
    out = tmp_path / "export.json"
    result = cli(
        home,
        "dsr",
        "access",
        "--national-number",
        subject["number"],
        "--identity-checked-by",
        "DPO desk",
        "--out",
        str(out),
    )
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o777 == 0o600
    export = json.loads(out.read_text())
    reports = export["warehouse"]["reports"]
    vks = {vk for part in subject["part"].values() for vk in part["vks"]}
    assert len(vks) >= 2 and {r["vk"] for r in reports} == vks
    with _db(home) as db:
        held = db.execute(
            "select count(*) from fact_child_report where child_key = ?", (subject["child_key"],)
        ).fetchone()[0]
    assert len(reports) == held
    assert all(r["problems"] for r in reports)
    # The archived drops hold the same rows as the VKs delivered them (one per report).
    drop_rows = [row for d in export["archived_drops"] for row in d["rows"]["kinderen.csv"]]
    assert len(drop_rows) == held and {d["vk"] for d in export["archived_drops"]} == vks
    assert all("omschrijving" not in row and "kind_ref" not in row for row in drop_rows)
    # The VK's own copy at its source is the VK's to erase, and the export says so.
    assert "VK's own copy at its source" in export["source_copies_statement"]
    info = export["article_15_information"]
    assert info["source_vks"] == sorted(vks)
    for key in ("purposes", "categories", "recipients", "retention", "source"):
        assert info[key]
    assert (
        export["frozen_snapshots"] == []
        and "No frozen snapshot" in (export["frozen_snapshots_statement"])
    )


def _research_child_rows(home: Path) -> int:
    with _db(home) as db:
        return db.execute("select count(*) from research_child_report").fetchone()[0]


def _child_fact_rows(home: Path, child_key: int) -> int:
    with _db(home) as db:
        return db.execute(
            "select count(*) from fact_child_report where child_key = ?", (child_key,)
        ).fetchone()[0]


def _research_reports(home: Path, year: int) -> int:
    with _db(home) as db:
        return db.execute(
            "select count(*) from research_report where year = ?", (year,)
        ).fetchone()[0]


def test_restriction_leaves_views_and_figures_and_lifting_restores_them(home: Path, subject: dict):
    key, years = subject["child_key"], subject["years"]
    own_rows = _child_fact_rows(home, key)
    released = _research_child_rows(home)
    assert own_rows > 0
    restricted = cli(
        home, "dsr", "restrict", "--national-number", subject["number"], "--reason", "art. 18"
    )
    assert restricted.exit_code == 0, restricted.output
    # The release is rebuilt without the child (its rows carry no key to look for).
    assert _research_child_rows(home) == released - own_rows
    assert _child_key(home, subject["pseudonym"]) == key  # still stored
    subject["restricted_figures"] = {}
    for year in years:
        after = figures_json(home, year)
        _assert_child_removed(subject["figures"][year], after, subject["part"][year])
        assert _research_reports(home, year) == after["meldingen_totaal"]
        subject["restricted_figures"][year] = after
    lifted = cli(
        home, "dsr", "lift-restriction", "--national-number", subject["number"], "--reason", "ok"
    )
    assert lifted.exit_code == 0, lifted.output
    assert _research_child_rows(home) == released
    for year in years:
        assert figures_json(home, year) == subject["figures"][year]
        assert _research_reports(home, year) == subject["figures"][year]["meldingen_totaal"]


def _tables_holding(home: Path, value: str) -> set[str]:
    found = set()
    with _db(home) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"pragma table_info({table})")]
            for column in columns:
                hit = db.execute(f'select 1 from {table} where "{column}" = ? limit 1', (value,))
                if hit.fetchone():
                    found.add(table)
    return found


def _child_key_in_facts_or_marts(home: Path, child_key: int) -> list[str]:
    with _db(home) as db:
        return [
            table
            for table in (
                "fact_child_report",
                "fact_mano_investigation",
                "mart_child_year",
                "mart_child_year_vk",
            )
            if db.execute(f"select 1 from {table} where child_key = ?", (child_key,)).fetchone()
        ]


def test_erasure_removes_the_child_everywhere_and_nothing_brings_it_back(
    home: Path, subject: dict, tmp_path: Path
):
    pseudonym, key, years = subject["pseudonym"], subject["child_key"], subject["years"]
    landing = home / "landing"
    originals = tmp_path / "originals"
    for vk_dir in landing.iterdir():
        for drop in vk_dir.iterdir():
            if drop.name[:4] in {str(y) for y in years}:
                shutil.copytree(drop, originals / vk_dir.name / drop.name)
    erased = cli(home, "dsr", "erase", "--national-number", subject["number"], "--reason", "17")
    assert erased.exit_code == 0, erased.output

    def check() -> None:
        assert _tables_holding(home, pseudonym) <= {
            "dsr_request",
            "dsr_erasure_tombstone",
            "dsr_restriction",
        }
        assert _child_key(home, pseudonym) is None
        assert _child_key_in_facts_or_marts(home, key) == []
        for year in years:
            after = figures_json(home, year)
            _assert_child_removed(subject["figures"][year], after, subject["part"][year])
            # Restriction and erasure take out exactly the same contribution; only the
            # restriction leaves the child counted as left out.
            assert counted(after) == counted(subject["restricted_figures"][year])
            left_out = subject["restricted_figures"][year]["dekking"]
            assert after["dekking"]["kinderen_weggelaten_door_beperking"] == (
                left_out["kinderen_weggelaten_door_beperking"] - 1
            )

    check()
    # The archived drops no longer hold the child: an independent count agrees.
    access = cli(home, "dsr", "access", "--national-number", subject["number"])
    assert json.loads(access.stdout)["archived_drops"] == []
    for year in years:
        expected = oracle_figures(landing, year)
        ours = without_zeros(figures_json(home, year))
        for name, value in expected.items():
            assert ours[name] == without_zeros(value), name
    # A full refresh of the child's years (every VK and month; all seven years would only
    # make the test slower): every drop is re-read from the archive and reloaded.
    months = [f"{y}-{m:02d}" for y in years for m in range(1, 13)]
    refreshed = cli(home, "run", "--full-refresh", *[a for m in months for a in ("--period", m)])
    assert_loaded(refreshed)
    assert f"{72 * len(years)} drop(s) loaded" in refreshed.output
    check()
    # The VK re-delivers the old months (as before the erasure): the tombstone holds.
    for vk_dir in originals.iterdir():
        for drop in vk_dir.iterdir():
            shutil.rmtree(landing / vk_dir.name / drop.name)
            shutil.copytree(drop, landing / vk_dir.name / drop.name)
    redelivered = cli(home, "run")
    assert_loaded(redelivered)
    assert "drop(s) loaded" in redelivered.output and " 0 drop(s) loaded" not in redelivered.output
    with _db(home) as db:  # the rows the tombstone kept out, for reconciliation
        assert db.execute("select sum(erased_rows) from load_partition").fetchone()[0] > 0
    check()
    listed = cli(home, "dsr", "list", "--all")
    assert "erasure" in listed.output and "done" in listed.output


def test_the_audit_chain_verifies_and_a_changed_entry_is_detected(home: Path):
    ok = cli(home, "dsr", "verify-audit")
    assert ok.exit_code == 0 and "intact" in ok.output
    with _db(home) as db:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("update dsr_audit_entry set actor = 'someone' where seq = 3")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("delete from dsr_audit_entry where seq = 3")
    with _db(home) as db:  # a DBA drops the trigger and edits an entry
        original = db.execute("select detail from dsr_audit_entry where seq = 3").fetchone()[0]
        db.execute("drop trigger dsr_audit_entry_no_update")
        db.execute("update dsr_audit_entry set detail = '{}' where seq = 3")
    broken = cli(home, "dsr", "verify-audit")
    assert broken.exit_code == 1 and "BROKEN at entry 3" in broken.output
    with _db(home) as db:
        db.execute("update dsr_audit_entry set detail = ? where seq = 3", (original,))
    assert cli(home, "dsr", "verify-audit").exit_code == 0


def test_no_store_and_no_output_carries_the_national_number(home: Path, subject: dict):
    number = subject["number"]
    dotted = f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
    assert len(OUTPUTS) >= 8
    stores = {
        path: path.read_bytes()
        for path in home.rglob("*")
        if path.is_file()
        and not {"landing", "sources", "keys"} & set(path.parts[-4:])
        and path.relative_to(home).parts[0] not in {"landing", "sources", "keys"}
    }
    assert any("dagster" in p.parts for p in stores) and any(
        p.name.startswith("warehouse.db") for p in stores
    )
    with _db(home) as db:
        runs = db.execute("select count(*) from dsr_request").fetchone()[0]
    assert runs >= 5
    leaks = [
        str(path.relative_to(home))
        for path, data in stores.items()
        for needle in (number, dotted)
        if needle.encode() in data
    ]
    leaks += [n for n in (number, dotted) for output in OUTPUTS if n in output]
    assert leaks == []
