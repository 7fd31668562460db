"""A daily job that ends what is past its retention, so a deployment that only runs the
daemon purges as `vkw run` does: scrubbed notes, quarantine records (and rejected
deliveries never loaded), access exports never collected, the alert log."""

from datetime import date

import dagster as dg

from core.locking import warehouse_writer_lock
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource


@dg.op(pool=WRITER_POOL, description="Delete what is past its retention; counts only.")
def purge_expired_data(context: dg.OpExecutionContext, warehouse: WarehouseResource) -> None:
    from warehouse.alerts import purge_alert_log
    from warehouse.dsr.exports import purge_exports
    from warehouse.quarantine import purge_expired
    from warehouse.retention import purge_expired_notes

    settings = warehouse.settings()
    today = date.today()
    with warehouse_writer_lock(settings.home), warehouse.engine().begin() as connection:
        notes = purge_expired_notes(connection, today, settings.notes_kept_from(today))
        quarantine = purge_expired(connection, settings.landing, today)
        alerts = purge_alert_log(connection, today, settings.alert_retention_days)
    exports = purge_exports(settings.exports, settings.export_retention_days)
    context.add_output_metadata(
        {
            "notes": notes,
            "quarantine_items": quarantine,
            "access_exports": exports,
            "alert_log": alerts,
        }
    )


@dg.job(
    description="Daily: scrubbed notes, quarantine, access exports and alert log past retention."
)
def retention_job() -> None:
    purge_expired_data()


retention_schedule = dg.ScheduleDefinition(
    name="retention_schedule",
    job=retention_job,
    cron_schedule="30 5 * * *",
    execution_timezone="Europe/Brussels",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
