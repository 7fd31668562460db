"""Passes a run's intermediate data between steps in memory only.

Parsed drops still hold identifiers: they must never be pickled into Dagster's storage,
as the default IO manager would do. Values live for the run, in this process, and are
dropped by `forget_run` when the run ends.
"""

from typing import Any

import dagster as dg

_VALUES: dict[tuple[str, str], Any] = {}


class TransientIOManager(dg.IOManager):
    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        _VALUES[(context.run_id, context.asset_key.to_user_string())] = obj

    def load_input(self, context: dg.InputContext) -> Any:
        upstream = context.upstream_output
        return _VALUES[(upstream.run_id, context.asset_key.to_user_string())]


@dg.io_manager
def transient_io_manager(_init_context: dg.InitResourceContext) -> TransientIOManager:
    return TransientIOManager()


def forget_run(run_id: str) -> None:
    for key in [k for k in _VALUES if k[0] == run_id]:
        del _VALUES[key]
