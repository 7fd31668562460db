"""Dagster concurrency pools: loads and data-subject requests write the warehouse one at a
time, however their runs were started (the daemon enforces it; orchestration/instance.py)."""

WRITER_POOL = "warehouse_writer"
