"""Volume drift: a VK-month far from its VK's trailing months warns, and only warns."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert

from expectations.context import quality_context
from expectations.policy import OnFailure
from expectations.validate import validate
from warehouse.models import LoadPartition
from warehouse.quality import drift_frame
from warehouse.schema import make_engine, upgrade


def test_a_month_with_five_times_the_usual_reports_warns(tmp_path) -> None:  # noqa: ANN001
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    upgrade(engine)
    volumes = {f"2024-{m:02d}": 100 + m for m in range(1, 7)} | {"2024-07": 520, "2024-08": 95}
    with engine.begin() as connection:
        connection.execute(
            insert(LoadPartition),
            [
                {
                    "vk_code": "ANT",
                    "period": period,
                    "manifest_sha256": period,
                    "delivered_at": "",
                    "loaded_at": datetime.now(UTC),
                    "reports": reports,
                    "child_rows": reports,
                    "investigations": 0,
                }
                for period, reports in volumes.items()
            ],
        )
        frame = drift_frame(connection, [("ANT", p) for p in volumes])
    assert list(frame["period"]) == ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08"]
    findings = validate(quality_context(None), "volume_drift", frame, None)
    assert [(f.vk, f.period, f.on_failure) for f in findings] == [
        ("ANT", "2024-07", OnFailure.WARN)
    ]
