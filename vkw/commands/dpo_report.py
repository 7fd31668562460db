"""`vkw dpo-report`: the DPO's overview as one offline HTML page."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from vkw.commands.engine import warehouse_engine

DAGSTER_URL_VARIABLE = "VKW_DAGSTER_URL"


def dpo_report_text(out: Path) -> str:
    from core.config import settings
    from orchestration.definitions import defs
    from orchestration.dpo_overview import dagster_inputs, retention_rows
    from orchestration.instance import dagster_instance
    from warehouse.dpo.report import write_dpo_report

    config = settings()
    url = os.environ.get(DAGSTER_URL_VARIABLE, "http://127.0.0.1:3000")
    engine = warehouse_engine()
    today = date.today()
    with dagster_instance(config.dagster_home) as instance:
        inputs = dagster_inputs(instance, defs, url)
        inputs.retention = retention_rows(config, engine, instance, today)
    with engine.connect() as connection:
        sections = write_dpo_report(connection, inputs, out, today)
    return f"dpo report: {sections} sections, {len(inputs.runs)} runs: {out}"
