"""Dagster as its users deploy it: `dagster dev` (webserver and daemon) on a home with six
drops, on Dagster's SQLite storage and on the real PostgreSQL server.

The new-drops sensor (on by default) starts a load; a schedule tick's run and a run
launched as the UI launches one (GraphQL, the instance's run queue, the job's default
multiprocess executor) succeed; the figures equal `vkw run`'s on the same drops; a bad
re-delivery is rejected with the same quarantine record as `vkw run` gives it, and the
figures do not move.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy as db

from orchestration.instance import POSTGRES_URL_VARIABLE, dagster_instance
from orchestration.partition_keys import drop_key, range_tags
from orchestration.schedules import monthly_load_schedule
from pipelines.contract.codes import VKS
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME
from tests.conftest import environment, figures_json, vkw
from tests.drop_factory import make_drop
from warehouse.quarantine import open_items

pytestmark = pytest.mark.slow

MONTH = "2024-03"
RUN_TIMEOUT = 240.0
# What the UI sends when the coordinator selects partitions of vk_month and launches a
# backfill (Dagster's public GraphQL API).
LAUNCH_BACKFILL = """
mutation ($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message }
  }
}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _spoil_row_count(folder: Path) -> None:
    """A re-delivery whose manifest announces one child row more than the file holds."""
    manifest = json.loads((folder / MANIFEST_NAME).read_text())
    manifest["files"][KINDEREN]["rows"] += 1
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest))


@pytest.fixture(params=["sqlite", "postgres"])
def instance_storage(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """Environment for the instance: Dagster's SQLite storage, or a fresh database on the
    test PostgreSQL server for dagster-postgres."""
    if request.param == "sqlite":
        yield {}
        return
    url = db.make_url(request.getfixturevalue("postgres_engine_url"))
    name = f"dagster_{uuid.uuid4().hex[:8]}"
    admin = db.create_engine(
        url.set(username="postgres", database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE {name} OWNER "{url.username}"')
    yield {
        POSTGRES_URL_VARIABLE: url.set(
            drivername="postgresql+psycopg2", database=name
        ).render_as_string(hide_password=False)
    }
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


class DagsterDev:
    """`dagster dev` (webserver + daemon) on a vkw home, stopped at the end."""

    def __init__(self, home: Path, extra_env: dict[str, str]) -> None:
        self.home = home
        self.port = _free_port()
        self.env = {
            **os.environ,
            **extra_env,
            "VKW_HOME": str(home),
            "DAGSTER_HOME": str(home / "dagster"),
            "VKW_SENSOR_INTERVAL_SECONDS": "5",
        }
        with environment(**extra_env):
            dagster_instance(home / "dagster").dispose()  # writes dagster.yaml
        self.log = (home / "dagster-dev.log").open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dagster",
                "dev",
                "-m",
                "orchestration.definitions",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
            ],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def instance(self) -> dg.DagsterInstance:
        with environment(**{k: v for k, v in self.env.items() if k == POSTGRES_URL_VARIABLE}):
            return dg.DagsterInstance.from_config(str(self.home / "dagster"))

    def client(self):  # noqa: ANN201
        from dagster_graphql import DagsterGraphQLClient

        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/server_info"):
                    return DagsterGraphQLClient("127.0.0.1", port_number=self.port)
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise AssertionError(self.tail()) from None
                time.sleep(1)

    def graphql(self, query: str, variables: dict) -> dict:
        body = json.dumps({"query": query, "variables": variables}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/graphql",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def tail(self) -> str:
        self.log.flush()
        return (self.home / "dagster-dev.log").read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def _wait_for_run(dev: DagsterDev, matches, count: int = 1) -> list[dg.DagsterRun]:  # noqa: ANN001
    """Wait until `count` runs for which `matches(run)` holds have finished; they must have
    succeeded."""
    deadline = time.monotonic() + RUN_TIMEOUT
    with dev.instance() as instance:
        while True:
            runs = [r for r in instance.get_runs() if matches(r)]
            done = [r for r in runs if r.is_finished]
            if len(done) >= count:
                failed = [r.run_id for r in done if r.status != dg.DagsterRunStatus.SUCCESS]
                assert not failed, (failed, dev.tail())
                return done
            assert time.monotonic() < deadline, ("runs did not finish", runs, dev.tail())
            time.sleep(2)


def _by_sensor(run: dg.DagsterRun) -> bool:
    return run.tags.get("dagster/sensor_name") == "new_drops_sensor"


def _quarantine(home: Path) -> list[tuple]:
    engine = db.create_engine(f"sqlite:///{home / 'warehouse.db'}")
    with engine.connect() as connection:
        items = open_items(connection)
    engine.dispose()
    return sorted(
        (i.vk_code, i.period, i.scope, i.suite, i.expectation, i.file, i.line, i.column, i.message)
        for i in items
    )


def test_the_daemon_loads_what_vkw_run_loads(
    tmp_path: Path, instance_storage: dict[str, str]
) -> None:
    daemon_home, cli_home = tmp_path / "daemon", tmp_path / "cli"
    for home in (daemon_home, cli_home):
        for vk in VKS:
            make_drop(home / "landing", vk, MONTH)
    dev = DagsterDev(daemon_home, instance_storage)
    try:
        client = dev.client()
        # The sensor is on by default: the daemon starts the load by itself.
        _wait_for_run(dev, _by_sensor)
        assert vkw(cli_home, "run").exit_code == 0
        expected = figures_json(cli_home, 2024)
        assert figures_json(daemon_home, 2024) == expected
        assert expected["kinderen_per_vk"]  # there is something to compare

        # A schedule tick's run, submitted as the daemon submits it.
        with dg.build_schedule_context(scheduled_execution_time=datetime(2024, 4, 3, 7)) as tick:
            request = monthly_load_schedule(tick)
        scheduled = client.submit_job_execution("load_drops", tags=request.tags)
        # A run launched as the UI launches one: one VK-month, the instance's queue.
        one = drop_key("ANT", MONTH)
        launched = client.submit_job_execution("load_drops", tags=range_tags(one, one))
        _wait_for_run(dev, lambda r: r.run_id in (scheduled, launched), count=2)
        with dev.instance() as instance:
            run = instance.get_run_by_id(launched)
            steps = [
                r.event_log_entry.dagster_event.event_specific_data
                for r in instance.get_records_for_run(
                    launched, of_type=dg.DagsterEventType.STEP_WORKER_STARTED
                ).records
            ]
        assert run.status == dg.DagsterRunStatus.SUCCESS
        assert len(steps) == 1  # the load step, in a process of its own
        assert figures_json(daemon_home, 2024) == expected

        # A backfill of the month's six VK-months, as the UI launches it: the backfill
        # daemon runs it (one run: the asset's single-run backfill policy).
        params = {
            "assetSelection": [{"path": ["vk_month"]}],
            "partitionNames": [drop_key(vk, MONTH) for vk in VKS],
        }
        launched_backfill = dev.graphql(LAUNCH_BACKFILL, {"params": params})
        answer = launched_backfill["data"]["launchPartitionBackfill"]
        assert answer["__typename"] == "LaunchBackfillSuccess", launched_backfill
        backfill_id = answer["backfillId"]
        (backfill_run,) = _wait_for_run(
            dev, lambda r: r.tags.get("dagster/backfill") == backfill_id
        )
        assert backfill_run.tags["dagster/asset_partition_range_start"] == f"{MONTH}|{VKS[0]}"
        assert figures_json(daemon_home, 2024) == expected

        # A bad re-delivery: the sensor's next run rejects it, as `vkw run` does.
        for home in (daemon_home, cli_home):
            _spoil_row_count(home / "landing" / "ANT" / MONTH)
        _wait_for_run(dev, _by_sensor, count=2)
        ran = vkw(cli_home, "run")
        assert ran.exit_code == 1 and f"REJECTED ANT {MONTH}" in ran.output
        assert _quarantine(daemon_home) == _quarantine(cli_home) != []
        assert figures_json(daemon_home, 2024) == expected == figures_json(cli_home, 2024)
    finally:
        dev.stop()
    shutil.rmtree(tmp_path, ignore_errors=True)
