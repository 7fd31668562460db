"""Alert mails to the DPO and the coordinator: a failed run, and new quarantine records.

Both sensors are on by default. They start no run: each evaluation that finds something
sends one mail (orchestration/alert_mail.py: names and counts, never a value or a failure's
message) and logs it in `alert_log`, sent or not (no VKW_SMTP_HOST: "not sent: no SMTP
configured"). A mail that cannot be sent never fails a run or a tick; the log says why.
"""

from __future__ import annotations

import json
import os

import dagster as dg

from orchestration.alert_mail import (
    FailedRun,
    quarantine_alert,
    run_failure_alert,
    send_and_record,
)
from orchestration.resources import WarehouseResource


def _error_class(event: dg.DagsterEvent) -> str | None:
    """The class name of a step's error (the user code's, inside Dagster's wrapper)."""
    error = event.step_failure_data.error
    while error is not None and error.cls_name.startswith("Dagster") and error.cause is not None:
        error = error.cause
    return error.cls_name if error is not None else None


@dg.run_failure_sensor(
    name="run_failure_alert_sensor",
    description="Mails the DPO and the coordinator when a run fails: job, run, VK-months, "
    "counts, the error's class name; never its message.",
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def run_failure_alert_sensor(context: dg.RunFailureSensorContext, warehouse: WarehouseResource):
    from warehouse.alerts import quarantine_count_for_run

    run = context.dagster_run
    instance = context.instance
    step_failures = context.get_step_failure_events()
    materialized = instance.get_records_for_run(
        run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION
    ).records
    checks = instance.get_records_for_run(
        run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
    ).records
    engine = warehouse.engine()
    with engine.connect() as connection:
        held = quarantine_count_for_run(connection, run.run_id)
    facts = FailedRun(
        job_name=run.job_name,
        run_id=run.run_id,
        tags=dict(run.tags),
        error_classes=[c for c in map(_error_class, step_failures) if c],
        steps_failed=len(step_failures),
        vk_months_loaded=sum(
            1
            for r in materialized
            if r.event_log_entry.dagster_event.asset_key == dg.AssetKey("vk_month")
        ),
        checks_failed=sum(
            1 for r in checks if not r.event_log_entry.dagster_event.event_specific_data.passed
        ),
        quarantine_records=held,
    )
    alert = run_failure_alert(facts, warehouse.settings().dagster_url)
    delivery = send_and_record(engine, alert)
    context.log.info(
        f"run failure alert for {run.run_id}: "
        + ("sent" if delivery.delivered else f"not sent ({delivery.error})")
    )


@dg.sensor(
    name="quarantine_alert_sensor",
    description="Mails the DPO and the coordinator when quality checks held data back: "
    "counts per VK-month and rule, files, lines and columns; never a value.",
    minimum_interval_seconds=int(os.environ.get("VKW_SENSOR_INTERVAL_SECONDS", "300")),
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def quarantine_alert_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    from warehouse.alerts import new_quarantine_findings

    after = json.loads(context.cursor)["item_id"] if context.cursor else None
    engine = warehouse.engine()
    with engine.connect() as connection:
        findings = new_quarantine_findings(connection, after)
    if not findings.items:
        context.update_cursor(json.dumps({"item_id": findings.last_item_id}))
        return dg.SkipReason("no new quarantine records")
    delivery = send_and_record(engine, quarantine_alert(findings, warehouse.settings().dagster_url))
    # Logged before the cursor moves: a tick that fails in between mails twice, not never.
    context.update_cursor(json.dumps({"item_id": findings.last_item_id}))
    outcome = "sent" if delivery.delivered else f"not sent ({delivery.error})"
    return dg.SkipReason(f"{findings.items} new quarantine record(s): alert {outcome}")
