"""A daily job that ends what is past its retention in every store vkw keeps, so a
deployment that only runs the daemon purges as `vkw retention purge` does (that command
runs this job in-process): scrubbed notes, quarantine records (and rejected deliveries
never loaded), drops of the landing archive, Great Expectations results and their Data
Docs pages, access exports never collected, Dagster's own finished runs with their event
logs, and the alert log. Periods: core/retention_periods.yaml and VKW_*_RETENTION_DAYS.
What it purged goes, as counts per store and nothing else, into the audit log and the
step's metadata."""

from datetime import UTC, date, datetime

import dagster as dg

from core.locking import warehouse_writer_lock
from orchestration.pools import WRITER_POOL
from orchestration.resources import WarehouseResource

AUDIT_ACTION, AUDIT_STORE = "retention_purge", "every_store"


@dg.op(pool=WRITER_POOL, description="Delete what is past its retention; counts only.")
def purge_expired_data(context: dg.OpExecutionContext, warehouse: WarehouseResource) -> None:
    from core.actor import acting_user
    from orchestration.run_retention import purge_dagster_runs
    from warehouse.alerts import purge_alert_log
    from warehouse.dsr.audit import append
    from warehouse.dsr.exports import purge_exports
    from warehouse.file_retention import purge_old_files, validation_folders
    from warehouse.landing_retention import purge_landing
    from warehouse.quarantine import purge_quarantine
    from warehouse.retention import purge_expired_notes

    settings = warehouse.settings()
    days = {store: period.days for store, period in settings.retention.items()}
    today, now = date.today(), datetime.now(UTC)
    with warehouse_writer_lock(settings.home), warehouse.engine().begin() as connection:
        counts = {
            "notes": purge_expired_notes(connection, today, settings.notes_kept_from(today)),
            "quarantine_items": purge_quarantine(connection, settings.archive, today),
            "landing_drops": purge_landing(settings.archive, days["landing_archive"], today),
            "validation_files": purge_old_files(
                validation_folders(settings.home), days["validation_results"], now.timestamp()
            ),
            "access_exports": purge_exports(settings.exports, days["access_exports"]),
            "dagster_runs": purge_dagster_runs(
                context.instance, days["dagster_runs"], settings.dagster_home, now
            ),
            "alert_log": purge_alert_log(connection, today, settings.alert_retention_days),
        }
        append(connection, acting_user(), None, AUDIT_ACTION, AUDIT_STORE, counts)
    context.add_output_metadata(counts)


@dg.job(description="Daily: every store's items past their retention (counts only).")
def retention_job() -> None:
    purge_expired_data()


retention_schedule = dg.ScheduleDefinition(
    name="retention_schedule",
    job=retention_job,
    cron_schedule="30 5 * * *",
    execution_timezone="Europe/Brussels",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
