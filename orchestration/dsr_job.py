"""Data-subject requests as Dagster runs, so the DPO sees them among the loads.

The run config carries the request id only: the national number is resolved in the CLI
process and never reaches Dagster (run config, tags, metadata or logs). The op takes the
warehouse writer lock and is in the writer pool, so a request never races a load. An
access export is written by the op to `$VKW_HOME/exports/<request id>.json` (mode 0600;
warehouse/dsr/exports.py), never returned as an output or metadata: whichever process
ran the op, `vkw dsr access` (or the DPO) collects it from there.
"""

from typing import Any

import dagster as dg

from core.locking import warehouse_writer_lock
from orchestration.guard import values_withheld
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource

KIND_TAG = "vkw/dsr-kind"
REQUEST_TAG = "vkw/request"


class RequestConfig(dg.Config):
    request_id: str


@dg.op(pool=WRITER_POOL, description="Carry out one recorded data-subject request in every store.")
def carry_out_request(config: RequestConfig, warehouse: WarehouseResource) -> dg.Output[None]:
    from warehouse.dsr.actions import execute
    from warehouse.dsr.exports import write_export

    settings = warehouse.settings()
    with (
        warehouse_writer_lock(settings.home),
        values_withheld("data-subject request", config.request_id),
    ):
        archive = settings.archive
        outcome = execute(
            warehouse.engine(),
            archive,
            warehouse.pseudonymizer(),
            config.request_id,
            inbox=None if archive == settings.landing else settings.landing,
        )
        if outcome.export is not None:
            write_export(settings.exports, outcome.request_id, outcome.export)
    counts: dict[str, Any] = {k: v for k, v in outcome.counts.items() if isinstance(v, int | bool)}
    # Counts only: the export itself never becomes metadata or an output value.
    return dg.Output(
        None, metadata={"request_id": outcome.request_id, "kind": outcome.kind, **counts}
    )


@dg.job(
    name="data_subject_request",
    # One op: nothing to spread over processes, and an erasure answers in about a second.
    executor_def=dg.in_process_executor,
    description="GDPR access, erasure, restriction or lifting for one request id.",
)
def data_subject_request_job() -> None:
    carry_out_request()
