"""Reconciliation: rows in the warehouse = manifest rows - rows held back; a lost fact or an
orphan is found, per VK-month."""

from __future__ import annotations

from sqlalchemy import delete, select

from expectations.context import quality_context
from expectations.gate import read_drop
from expectations.validate import validate
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.stripping import strip_drop
from tests.drop_factory import make_drop
from warehouse.loading import load_drop
from warehouse.models import FactChildReport
from warehouse.quality import partition_frame
from warehouse.schema import make_engine, upgrade


def _loaded(tmp_path):  # noqa: ANN001, ANN202
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    upgrade(engine)
    for vk in ("ANT", "VBR"):
        make_drop(tmp_path / "landing", vk, "2024-03")
    for drop in find_drops(tmp_path / "landing"):
        load_drop(engine, strip_drop(read_drop(drop), Pseudonymizer(b"k" * 32)))
    return engine


def _findings(engine):  # noqa: ANN001, ANN202
    with engine.connect() as connection:
        frame = partition_frame(connection, [("ANT", "2024-03"), ("VBR", "2024-03")])
    assert list(frame["expected_rows"]) == [6, 6]
    return validate(quality_context(None), "warehouse_partitions", frame, None)


def test_a_loaded_drop_reconciles(tmp_path) -> None:  # noqa: ANN001
    assert _findings(_loaded(tmp_path)) == []


def test_a_lost_fact_is_found_in_its_vk_month(tmp_path) -> None:  # noqa: ANN001
    engine = _loaded(tmp_path)
    with engine.begin() as connection:
        victim = connection.execute(
            select(FactChildReport.child_report_key).where(FactChildReport.vk_code == "VBR")
        ).first()[0]
        connection.execute(
            delete(FactChildReport).where(FactChildReport.child_report_key == victim)
        )
    assert [(f.rule, f.vk, f.period) for f in _findings(engine)] == [
        ("reconciliation", "VBR", "2024-03")
    ]
