"""Data-subject requests as Dagster runs, so the DPO sees them among the loads.

The run config carries the request id only: the national number is resolved in the CLI
process and never reaches Dagster (run config, tags, metadata or logs). The step takes
the warehouse writer lock, so a request cannot race a load; a deployed daemon also
queues runs tagged `vkw/warehouse-writer` one at a time (orchestration/instance.py). An
access export stays in this process's memory for the caller (`take_outcome`): it is
never an op output, so it is never written to Dagster's storage.
"""

from typing import Any

import dagster as dg

from orchestration.guard import values_withheld
from orchestration.resources import WarehouseResource
from vkw.locking import warehouse_writer_lock
from warehouse.dsr.actions import Outcome, execute

WRITER_TAG = "vkw/warehouse-writer"
KIND_TAG = "vkw/dsr-kind"

_OUTCOMES: dict[str, Outcome] = {}


class RequestConfig(dg.Config):
    request_id: str


@dg.op(description="Carry out one recorded data-subject request in every store.")
def carry_out_request(
    context: dg.OpExecutionContext, config: RequestConfig, warehouse: WarehouseResource
) -> dg.Output[None]:
    settings = warehouse.settings()
    with (
        warehouse_writer_lock(settings.home),
        values_withheld("data-subject request", config.request_id),
    ):
        outcome = execute(
            warehouse.engine(), settings.landing, warehouse.pseudonymizer(), config.request_id
        )
    _OUTCOMES[context.run_id] = outcome
    counts: dict[str, Any] = {k: v for k, v in outcome.counts.items() if isinstance(v, int | bool)}
    # Counts only: the export itself never becomes metadata or an output value.
    return dg.Output(
        None, metadata={"request_id": outcome.request_id, "kind": outcome.kind, **counts}
    )


@dg.job(
    name="data_subject_request",
    tags={WRITER_TAG: "true"},
    description="GDPR access, erasure, restriction or lifting for one request id.",
)
def data_subject_request_job() -> None:
    carry_out_request()


def take_outcome(run_id: str) -> Outcome | None:
    """The outcome of a run in this process (the access export included), once."""
    return _OUTCOMES.pop(run_id, None)
