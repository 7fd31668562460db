"""The daily retention job ends what is past its retention and reports counts only."""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg

from orchestration.definitions import defs
from tests.conftest import environment
from warehouse.dsr.exports import take_export, write_export


def test_the_retention_job_deletes_expired_exports_and_keeps_the_rest(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    old = write_export(exports, "DSR-2024-0001", {"warehouse": {"reports": []}})
    write_export(exports, "DSR-2024-0002", {"warehouse": {"reports": []}})
    eight_days_ago = time.time() - 8 * 86400
    os.utime(old, (eight_days_ago, eight_days_ago))
    assert (old.stat().st_mode & 0o777) == 0o600 and (exports.stat().st_mode & 0o777) == 0o700
    with environment(VKW_HOME=str(tmp_path)):
        result = defs.resolve_job_def("retention_job").execute_in_process(
            instance=dg.DagsterInstance.ephemeral()
        )
    assert result.success
    (output,) = [e for e in result.all_events if e.event_type_value == "STEP_OUTPUT"]
    counts = {k: v.value for k, v in output.step_output_data.metadata.items()}
    assert counts == {
        "notes": 0,
        "quarantine_items": 0,
        "landing_drops": 0,
        "validation_files": 0,
        "access_exports": 1,
        "dagster_runs": 0,
        "alert_log": 0,
    }
    assert not old.exists()
    assert take_export(exports, "DSR-2024-0002") == {"warehouse": {"reports": []}}
    assert take_export(exports, "DSR-2024-0002") is None  # collected once, then gone
