"""An erasure updates the marts in place (warehouse/marts_erasure.py) and reads only the
archived drops that may hold the person (warehouse/dsr/erasure.py `drops_to_search`).

Both are checked against the slow, obvious way: every mart row after the erasure equals a
full `refresh_year` of every year over the same facts, and the drops the erasure rewrote
are exactly the drops a scan of the whole landing zone finds the person in (none after).

The home is simulated (2023-2024, scale 0.1) and loaded without Dagster or Great
Expectations (parse, strip, load, marts), so the module takes seconds; the mart check
runs on PostgreSQL too when scripts/test started a server. The erased child is
made a child of three VKs and two years: the rows of the busiest child of two other VKs
are given its kind_ref (and their manifests re-sealed) before loading. Only counts appear
in assertion messages.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select, text

from core.keys import load_or_create_key
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MANO
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.reading import parse_drop, to_parsed
from pipelines.stripping import strip_drop
from tests.conftest import vkw
from warehouse.dsr import actions, cases, drops
from warehouse.dsr.restriction import counted_report
from warehouse.loading import load_drop
from warehouse.marts import MARTS, refresh_year, refresh_years
from warehouse.models import (
    Base,
    DimChild,
    FactChildReport,
    FactManoInvestigation,
    FactReport,
    MartReportYear,
)
from warehouse.schema import make_engine, upgrade

YEARS = (2023, 2024)


# --- a simulated home in which one child is reported by three VKs -----------------------


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def _reassign(drop: Path, old: str, new: str) -> None:
    """Give the rows of kind_ref `old` the kind_ref `new` and re-seal the manifest."""
    manifest_path = drop / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for name in (KINDEREN, MANO):
        path = drop / name
        data = path.read_bytes().replace(old.encode(), new.encode())
        path.write_bytes(data)
        manifest["files"][name]["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def _kind_refs(landing: Path, vk: str) -> Counter:
    """kind_ref -> rows naming it in kinderen and mano_onderzoeken of one VK."""
    counted: Counter = Counter()
    for drop in find_drops(landing, vks=[vk]):
        for name in (KINDEREN, MANO):
            counted.update(r["kind_ref"] for r in _rows(drop.path / name) if r["kind_ref"])
    return counted


def _holding(landing: Path, kind_ref: str) -> list[tuple[str, str]]:
    return [
        (drop.vk, drop.period)
        for drop in find_drops(landing)
        if any(r["kind_ref"] == kind_ref for r in _rows(drop.path / KINDEREN))
        or any(r["kind_ref"] == kind_ref for r in _rows(drop.path / MANO))
    ]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(home with drops only, the kind_ref of the child to erase)."""
    home = tmp_path_factory.mktemp("erasure-incremental") / "home"
    result = vkw(home, "generate", "--years", f"{YEARS[0]}-{YEARS[-1]}", "--scale", "0.1")
    assert result.exit_code == 0, result.output
    landing = home / "landing"
    vks = sorted(p.name for p in landing.iterdir() if p.is_dir())
    subject = _kind_refs(landing, vks[0]).most_common(1)[0][0]
    for vk in vks[1:3]:
        donor = _kind_refs(landing, vk).most_common(1)[0][0]
        for drop in find_drops(landing, vks=[vk]):
            _reassign(drop.path, donor, subject)
    return home, subject


def _load(
    home: Path, skip: set[tuple[str, str]] = frozenset(), url: str | None = None
) -> tuple[Engine, Pseudonymizer]:
    """Every drop but `skip` loaded as the runner would, without its quality suites."""
    engine = make_engine(url or f"sqlite:///{home / 'warehouse.db'}")
    if url is not None:  # a PostgreSQL server: start from an empty database
        with engine.begin() as connection:
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    upgrade(engine)
    pseudonyms = Pseudonymizer(load_or_create_key(home / "keys" / "warehouse.key"))
    for drop in find_drops(home / "landing"):
        if (drop.vk, drop.period) not in skip:
            load_drop(engine, strip_drop(to_parsed(parse_drop(drop)), pseudonyms, None))
    refresh_years(engine, YEARS)
    return engine, pseudonyms


@pytest.fixture
def home(generated: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    source, subject = generated
    copy = tmp_path / "home"
    shutil.copytree(source, copy)
    return copy, subject


# --- helpers -----------------------------------------------------------------------------


def _request(engine: Engine, home: Path, pseudonyms: Pseudonymizer, kind: str, subject: str):  # noqa: ANN202
    with engine.begin() as connection:
        request_id = cases.open_request(connection, kind, subject, date(2025, 1, 6), "test")
    return actions.execute(engine, home / "landing", pseudonyms, request_id)


def _marts(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as connection:
        return {
            mart.__tablename__: [
                tuple(row)
                for row in connection.execute(
                    select(mart.__table__).order_by(*mart.__table__.primary_key.columns)
                )
            ]
            for mart in MARTS
        }


def _rebuilt(engine: Engine) -> dict[str, list[tuple]]:
    """The marts as a full rebuild of every year makes them (rolled back afterwards)."""
    with engine.connect() as connection:
        transaction = connection.begin()
        for year in YEARS:
            refresh_year(connection, year)
        rebuilt = {
            mart.__tablename__: [
                tuple(row)
                for row in connection.execute(
                    select(mart.__table__).order_by(*mart.__table__.primary_key.columns)
                )
            ]
            for mart in MARTS
        }
        transaction.rollback()
    return rebuilt


def assert_identical(incremental: dict, rebuilt: dict) -> None:
    for name, rows in rebuilt.items():
        extra = len(set(incremental[name]) - set(rows))
        missing = len(set(rows) - set(incremental[name]))
        assert incremental[name] == rows, f"{name}: {extra} row(s) differ, {missing} missing"


def _child_key(engine: Engine, pseudonym: str) -> int | None:
    with engine.connect() as connection:
        return connection.execute(
            select(DimChild.child_key).where(DimChild.pseudonym == pseudonym)
        ).scalar()


def _pseudonyms(engine: Engine) -> dict[int, str | None]:
    with engine.connect() as connection:
        return dict(connection.execute(select(DimChild.child_key, DimChild.pseudonym)).all())


def _reports_naming(engine: Engine, child_key: int) -> dict[int, set[int | None]]:
    """report_key -> every child_key the report names (child rows and investigations)."""
    with engine.connect() as connection:
        mine = select(FactChildReport.report_key).where(FactChildReport.child_key == child_key)
        mine = mine.union(
            select(FactManoInvestigation.report_key).where(
                FactManoInvestigation.child_key == child_key
            )
        )
        keys = set(connection.execute(mine).scalars())
        named: dict[int, set[int | None]] = {key: set() for key in keys}
        for table in (FactChildReport, FactManoInvestigation):
            for report, child in connection.execute(
                select(table.report_key, table.child_key).where(table.report_key.in_(keys))
            ):
                named[report].add(child)
    return named


def _counted_reports(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(
            select(func.count()).select_from(FactReport).where(counted_report())
        ).scalar_one()


def _mart_total(engine: Engine, column) -> int:  # noqa: ANN001
    with engine.connect() as connection:
        return connection.execute(select(func.coalesce(func.sum(column), 0))).scalar_one()


# --- the tests ---------------------------------------------------------------------------


def test_the_marts_after_an_erasure_equal_a_full_rebuild(home: tuple[Path, str]):
    _erase_and_compare(*home)


def test_the_same_on_postgresql(home: tuple[Path, str], postgres_engine_url: str):
    _erase_and_compare(*home, url=postgres_engine_url)


def _erase_and_compare(path: Path, kind_ref: str, url: str | None = None) -> None:
    engine, pseudonyms = _load(path, url=url)
    subject = pseudonyms.child(kind_ref)
    child_key = _child_key(engine, subject)
    named = _reports_naming(engine, child_key)
    with engine.connect() as connection:
        rows = connection.execute(
            select(FactChildReport.vk_code, FactChildReport.date_key).where(
                FactChildReport.child_key == child_key
            )
        ).all()
        investigations = connection.execute(
            select(func.count()).where(FactManoInvestigation.child_key == child_key)
        ).scalar_one()
    vks, years = len({vk for vk, _ in rows}), len({key // 10000 for _, key in rows})
    assert len(named) >= 5 and vks == 3 and years == 2, (len(named), vks, years)
    assert investigations >= 1
    alone = [r for r, children in named.items() if children == {child_key}]
    pseudonym_of = _pseudonyms(engine)
    shared = [
        r
        for r, children in sorted(named.items())
        if len(children) == 2
        and None not in children
        and pseudonym_of.get(max(children - {child_key}, default=None))
    ]
    assert alone and shared, (len(alone), len(shared))

    # A child that shares a report with the subject and no other is restricted: once the
    # subject is erased that report names restricted children only and leaves the figures.
    (other,) = named[shared[0]] - {child_key}
    other_pseudonym = pseudonym_of[other]
    assert _request(engine, path, pseudonyms, "restriction", other_pseudonym).counts["changed"]
    assert_identical(_marts(engine), _rebuilt(engine))
    restricted = {other}
    hidden_after = sum(
        1 for children in named.values() if children - {child_key} <= restricted
    )  # deleted (named the subject alone) or hidden (the subject and the restricted child)
    reports_before = _counted_reports(engine)
    children_before = len(_marts(engine)["mart_child_year"])
    mart_reports_before = _mart_total(engine, MartReportYear.reports)

    outcome = _request(engine, path, pseudonyms, "erasure", subject)
    assert outcome.counts["dim_child"] == 1
    assert outcome.counts["mart_groups_recomputed"] > 0
    after = _marts(engine)
    assert_identical(after, _rebuilt(engine))
    assert _counted_reports(engine) == reports_before - hidden_after
    assert _mart_total(engine, MartReportYear.reports) == mart_reports_before - hidden_after
    assert len(_marts(engine)["mart_child_year"]) == children_before - 2
    assert all(row[2] != child_key for row in after["mart_child_year_vk"])
    assert all(row[1] != child_key for row in after["mart_child_year"])


def test_erasing_a_restricted_child_leaves_the_marts_as_a_rebuild(home: tuple[Path, str]):
    path, kind_ref = home
    engine, pseudonyms = _load(path)
    subject = pseudonyms.child(kind_ref)
    assert _request(engine, path, pseudonyms, "restriction", subject).counts["changed"]
    before = _marts(engine)
    assert_identical(before, _rebuilt(engine))
    _request(engine, path, pseudonyms, "erasure", subject)
    after = _marts(engine)
    assert_identical(after, _rebuilt(engine))
    # The restricted child counted nowhere; its erasure removes only reports naming it
    # alone, which were already left out: the marts do not change.
    assert after == before


def test_only_the_drops_that_may_hold_the_person_are_read(home: tuple[Path, str]):
    path, kind_ref = home
    landing = path / "landing"
    holding = _holding(landing, kind_ref)
    assert len(holding) >= 4
    never_loaded = holding[-1]  # the warehouse does not know this drop holds the person
    engine, pseudonyms = _load(path, skip={never_loaded})
    subject = pseudonyms.child(kind_ref)
    # A VK re-delivers a month, not loaded yet, that now names the person.
    redelivered = next(
        d for d in find_drops(landing) if (d.vk, d.period) not in holding and d.vk == holding[0][0]
    )
    donor = next(r["kind_ref"] for r in _rows(redelivered.path / KINDEREN) if r["kind_ref"])
    _reassign(redelivered.path, donor, kind_ref)
    everywhere = len(drops.find_person(landing, subject, pseudonyms.child))  # a count only
    assert everywhere == len(holding) + 1

    outcome = _request(engine, path, pseudonyms, "erasure", subject)
    assert outcome.counts["landing_drops"] == everywhere
    assert outcome.counts["landing_drops_searched"] == everywhere
    assert len(find_drops(landing)) > 4 * everywhere
    assert len(drops.find_person(landing, subject, pseudonyms.child)) == 0
    assert_identical(_marts(engine), _rebuilt(engine))

    # Erasing again (the tombstone exists already): every drop is searched, none holds them.
    again = _request(engine, path, pseudonyms, "erasure", subject)
    assert again.counts["landing_drops_searched"] == len(find_drops(landing))
    assert again.counts["landing_drops"] == 0


def test_a_year_whose_marts_were_never_built_is_built_whole(home: tuple[Path, str]):
    path, kind_ref = home
    engine, pseudonyms = _load(path)
    with engine.begin() as connection:
        for mart in MARTS:
            connection.execute(delete(mart).where(mart.year == YEARS[0]))
    _request(engine, path, pseudonyms, "erasure", pseudonyms.child(kind_ref))
    after = _marts(engine)
    assert_identical(after, _rebuilt(engine))
    assert any(row[0] == YEARS[0] for row in after["mart_report_year"])
