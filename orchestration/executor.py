"""The load job's executor: Dagster's default (multiprocess, a process per step), with the
forkserver start method. The forkserver imports Dagster, Great Expectations, the scrubber and
these definitions once per run worker; each step is a fork of it that starts in a fraction
of a second instead of importing them again. Steps share no memory: each starts from the
landing zone or from the warehouse (orchestration/assets/)."""

import dagster as dg

from orchestration.preload import PRELOADED

# At most two steps at once: the load step's scrubber keeps both cores busy by itself.
multiprocess_with_forkserver = dg.multiprocess_executor.configured(
    {"max_concurrent": 2, "start_method": {"forkserver": {"preload_modules": PRELOADED}}},
    name="multiprocess_forkserver",
)
