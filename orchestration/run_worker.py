"""A run worker for `vkw run`: one Dagster run of a job, in a process of its own, as the
daemon's run launcher starts one (`dagster api execute_run`), with the job's own executor.

    python -m orchestration.run_worker JOB SUMMARY.json '{"tag": "value"}'

The forkserver that the multiprocess executor forks its steps from is started first, so
that it imports Great Expectations and the scrubber while this process imports Dagster.
What the caller prints is read from the run's events and written to SUMMARY.json: the run
id, whether it succeeded, the VK-months it materialized and the checks that failed (names,
partitions and severities: no value). Exit 0 when the run succeeded, 1 when it failed.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.forkserver
import os
import sys

QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


def start_forkserver_early() -> None:
    from orchestration.preload import PRELOADED

    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOADED)
    # Returns once the server is spawned: its imports run while this process imports Dagster.
    multiprocessing.forkserver.ensure_running()


def summary(result: object) -> dict[str, object]:
    """The outcome of a run, from its events: what `vkw run` prints."""
    materialized, failed = [], []
    for event in result.all_events:  # type: ignore[attr-defined]
        if event.event_type_value == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            if materialization.partition and materialization.asset_key.path == ["vk_month"]:
                materialized.append(materialization.partition)
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if not evaluation.passed:
                failed.append([evaluation.check_name, evaluation.partition])
    return {
        "run_id": result.run_id,  # type: ignore[attr-defined]
        "success": result.success,  # type: ignore[attr-defined]
        "materialized": materialized,
        "failed_checks": failed,
    }


def main(argv: list[str]) -> int:
    job_name, summary_path, tags = argv[0], argv[1], json.loads(argv[2])
    from core.lifetime import die_with_parent

    # Dies with `vkw run` (SIGKILL runs no handler there), and its forkserver and steps
    # with it (orchestration/lifetime.py, which reads VKW_RUN_WORKER_PID).
    die_with_parent(int(os.environ.get("VKW_RUN_PID", "0") or 0) or None)
    os.environ["VKW_RUN_WORKER_PID"] = str(os.getpid())
    start_forkserver_early()
    import dagster as dg

    import orchestration.definitions as definitions
    from core.config import settings
    from orchestration.instance import dagster_instance

    target = {"load_drops": definitions.load_drops}[job_name]
    with dagster_instance(settings().dagster_home) as instance:
        result = dg.execute_job(
            dg.reconstructable(target),
            instance=instance,
            tags=tags,
            run_config=QUIET_RUN_CONFIG,
            raise_on_error=False,
        )
    with open(summary_path, "w", encoding="utf-8") as handle:
        json.dump(summary(result), handle)
    return 0 if result.success else 1


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # The run is stored and the instance closed: nothing is left to tear down that is worth
    # the second the interpreter takes to free Dagster's and the libraries' modules.
    os._exit(code)
