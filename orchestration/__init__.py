"""Dagster definitions and the thin clients that launch them.

Every process that loads these definitions (run and step workers, and through `vkw ui`
the webserver and the daemon) comes here first: telemetry off and library warnings quiet
before any Dagster module is imported, and one "planned" event per asset for a run over a
partition range instead of one per partition (504 stored events for a full refresh; the
price, as Dagster documents it, is that a crashed run does not mark its partitions
failed: the run itself shows as failed). A deployment sets the same variable for its
daemon and webserver (docs/deployment.md).
"""

import os

from core.privacy import quiet_libraries

quiet_libraries()
os.environ.setdefault("DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS", "1")
