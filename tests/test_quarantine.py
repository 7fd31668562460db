"""Quarantine records: idempotent per delivery, resolved by a later delivery, purged on
their date together with a rejected delivery that was never loaded."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from pipelines.landing import find_drops
from tests.drop_factory import make_drop
from warehouse.models import QuarantineItem
from warehouse.quarantine import DROP, Hold, hold, open_items, purge_expired, resolve_loaded
from warehouse.schema import make_engine, upgrade

REASON = Hold("raw_kinderen", "code_list", "not a code", "kinderen.csv", 4, "geslacht")


def _engine(tmp_path):  # noqa: ANN001, ANN202
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    upgrade(engine)
    return engine


def test_holding_the_same_delivery_again_keeps_one_record_and_its_date(tmp_path) -> None:  # noqa: ANN001
    engine = _engine(tmp_path)
    with engine.begin() as connection:
        hold(connection, "ANT", "2024-03", "m1", DROP, [REASON], "run-1")
        first = open_items(connection)[0].held_since
        hold(connection, "ANT", "2024-03", "m1", DROP, [REASON], "run-2")
        items = open_items(connection)
    assert len(items) == 1 and items[0].run_id == "run-2"
    assert items[0].held_since.replace(tzinfo=None) == first.replace(tzinfo=None)


def test_a_loaded_delivery_resolves_earlier_holds(tmp_path) -> None:  # noqa: ANN001
    engine = _engine(tmp_path)
    with engine.begin() as connection:
        hold(connection, "ANT", "2024-03", "m1", DROP, [REASON], "run-1")
        hold(connection, "VBR", "2024-03", "m9", DROP, [REASON], "run-1")
        resolve_loaded(connection, "ANT", "2024-03", "m2")
        still_open = [(i.vk_code, i.period) for i in open_items(connection)]
    assert still_open == [("VBR", "2024-03")]


def test_purge_ends_expired_records_and_deletes_the_rejected_delivery(tmp_path) -> None:  # noqa: ANN001
    engine = _engine(tmp_path)
    landing = tmp_path / "landing"
    folder = make_drop(landing, "ANT", "2024-03")
    (drop,) = find_drops(landing)
    kept = make_drop(landing, "VBR", "2024-03")
    (other,) = find_drops(landing, ["VBR"])
    with engine.begin() as connection:
        hold(
            connection,
            "ANT",
            "2024-03",
            drop.manifest_sha256,
            DROP,
            [REASON],
            "r",
            retention=timedelta(days=-1),
        )
        hold(connection, "VBR", "2024-03", other.manifest_sha256, DROP, [REASON], "r")
        assert purge_expired(connection, landing, date.today()) == 1
        resolutions = dict(
            connection.execute(select(QuarantineItem.vk_code, QuarantineItem.resolution)).all()
        )
    assert not folder.exists() and kept.exists()
    assert resolutions == {"ANT": "purged", "VBR": None}
