"""The alert mails to the DPO and the coordinator, built from counts and names only, sent
(core/smtp.py) and logged in `alert_log` (warehouse/alerts.py). Without Dagster: the
sensors in orchestration/alert_sensors.py gather the facts and call these.

What a mail carries: the job, the run id and a link to the run in Dagster's UI, the
VK-months (from the run's partition tags), counts, rule names, files, lines and columns.
What it never carries: a failure's message or traceback (an exception may quote a value
it choked on: only its class name goes out), any value of a drop, a run's other tags.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from core.smtp import Delivery, deliver
from orchestration.partition_keys import RANGE_END_TAG, RANGE_START_TAG, split_key
from pipelines.contract.codes import VKS
from warehouse.alerts import QUARANTINE, RUN_FAILURE, QuarantineFindings, record_alert
from warehouse.quarantine import DROP

PARTITION_TAG = "dagster/partition"
# Who started the run: Dagster's own tags, names of our sensors, schedules and backfills.
STARTED_BY_TAGS = {
    "dagster/sensor_name": "sensor",
    "dagster/schedule_name": "schedule",
    "dagster/backfill": "backfill",
}
MAX_PLACES = 25
RECORD_ATTEMPTS = 4  # each waits up to SQLite's 5-second busy timeout


@dataclass(frozen=True)
class Alert:
    kind: str
    message: EmailMessage
    reason: str  # counts and names: what alert_log keeps
    run_id: str | None = None
    vk_code: str | None = None
    period: str | None = None


@dataclass(frozen=True)
class VkMonths:
    first: str | None = None  # partition keys "2024-03|ANT"
    last: str | None = None
    vks: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()

    def label(self) -> str:
        if not self.first:
            return "none (the run has no VK-month partition)"
        months = (
            self.periods[0]
            if len(self.periods) == 1
            else f"{self.periods[0]} to {self.periods[-1]}"
        )
        vks = self.vks[0] if len(self.vks) == 1 else f"{self.vks[0]} to {self.vks[-1]}"
        return f"{months}, {vks} ({len(self.periods) * len(self.vks)} VK-month(s))"

    @property
    def one_vk(self) -> str | None:
        return self.vks[0] if len(self.vks) == 1 else None

    @property
    def one_period(self) -> str | None:
        return self.periods[0] if len(self.periods) == 1 else None


def _months(first: str, last: str) -> tuple[str, ...]:
    index = int(first[:4]) * 12 + int(first[5:7]) - 1
    end = int(last[:4]) * 12 + int(last[5:7]) - 1
    return tuple(f"{i // 12}-{i % 12 + 1:02d}" for i in range(index, end + 1))


def vk_months_of(tags: Mapping[str, str]) -> VkMonths:
    """The VK-months a run covers, from its partition range tags (or its one partition)."""
    first, last = tags.get(RANGE_START_TAG), tags.get(RANGE_END_TAG)
    if not (first and last):
        first = last = tags.get(PARTITION_TAG)
    if not first or not last:
        return VkMonths()
    try:
        (vk0, p0), (vk1, p1) = split_key(first), split_key(last)
        vks = tuple(VKS[VKS.index(vk0) : VKS.index(vk1) + 1])
        periods = _months(p0, p1)
    except (ValueError, IndexError):  # a partition of another job: not ours to read
        return VkMonths()
    return VkMonths(first, last, vks, periods)


@dataclass
class FailedRun:
    """What the run-failure alert says about a run: names and counts."""

    job_name: str
    run_id: str
    tags: Mapping[str, str] = field(default_factory=dict)
    error_classes: list[str] = field(default_factory=list)  # class names, never messages
    steps_failed: int = 0
    vk_months_loaded: int = 0
    checks_failed: int = 0
    quarantine_records: int = 0


def run_link(dagster_url: str, run_id: str) -> str:
    return f"{dagster_url.rstrip('/')}/runs/{run_id}"


def _message(subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="vkw.local")
    # Unencoded: the body reads as it is in any mail store (and a test finds in the raw
    # bytes whatever it would be looking for; quoted-printable could split a value).
    message.set_content(body, cte="7bit" if body.isascii() else "8bit")
    return message


def run_failure_alert(run: FailedRun, dagster_url: str) -> Alert:
    months = vk_months_of(run.tags)
    started_by = [
        f"{word} {run.tags[tag]}" for tag, word in STARTED_BY_TAGS.items() if tag in run.tags
    ]
    errors = ", ".join(sorted(set(run.error_classes))) or "none recorded"
    counts = (
        f"{run.steps_failed} step(s) failed ({errors}); {run.vk_months_loaded} VK-month(s) "
        f"loaded before the failure; {run.checks_failed} check(s) failed; "
        f"{run.quarantine_records} quarantine record(s) from this run"
    )
    where = months.label()
    body = "\n".join(
        [
            "A Dagster run of the VK warehouse failed.",
            "",
            f"Job:        {run.job_name}",
            f"Run:        {run.run_id}",
            f"In Dagster: {run_link(dagster_url, run.run_id)}",
            f"VK-months:  {where}",
            f"Started by: {', '.join(started_by) or 'a launch (UI, vkw run or the API)'}",
            "",
            f"Steps failed: {run.steps_failed} (error class: {errors})",
            f"VK-months loaded before the failure: {run.vk_months_loaded}",
            f"Checks failed: {run.checks_failed}",
            f"Quarantine records written by this run: {run.quarantine_records}",
            "",
            "The failure's message is not in this mail: an error may quote a value from a",
            "drop. Dagster's run log (the link above) has what the step reported; what was",
            "held back is in `vkw quarantine list`.",
        ]
    )
    subject = f"[vkw] run failed: {run.job_name}"
    if months.first:
        subject += f", {months.periods[0]}" + (
            f" to {months.periods[-1]}" if len(months.periods) > 1 else ""
        )
    subject += f" (run {run.run_id[:8]})"
    return Alert(
        kind=RUN_FAILURE,
        message=_message(subject, body + "\n"),
        reason=f"{run.job_name} failed; VK-months {where}; {counts}",
        run_id=run.run_id,
        vk_code=months.one_vk,
        period=months.one_period,
    )


def _scope(scope: str) -> str:
    return "drop rejected" if scope == DROP else "rows held back"


def quarantine_alert(findings: QuarantineFindings, dagster_url: str) -> Alert:
    months = findings.vk_months
    by_month = [
        f"  {vk} {period}: {count} record(s), {_scope(scope)}"
        for (vk, period, scope), count in sorted(findings.by_vk_month.items())
    ]
    by_rule = [
        f"  {suite} / {expectation}: {count}"
        for (suite, expectation), count in sorted(findings.by_rule.items())
    ]
    places = []
    for vk, period, file, line, column, expectation in findings.places[:MAX_PLACES]:
        where = [file or "drop"]
        if line is not None:
            where.append(f"line {line}")
        if column:
            where.append(f"column {column}")
        places.append(f"  {vk} {period} {', '.join(where)} [{expectation}]")
    if len(findings.places) > MAX_PLACES:
        places.append(f"  ... and {len(findings.places) - MAX_PLACES} more: vkw quarantine list")
    rules = ", ".join(f"{e} {n}" for (_, e), n in sorted(findings.by_rule.items()))
    reason = (
        f"{findings.items} new quarantine record(s) in {len(months)} VK-month(s) "
        f"({findings.rejected_drops} drop(s) rejected); rules: {rules}"
    )
    body = "\n".join(
        [
            "Quality checks held data back (new quarantine records since the last alert).",
            "",
            f"Records: {findings.items} in {len(months)} VK-month(s); "
            f"drops rejected whole: {findings.rejected_drops}",
            "",
            "By VK-month:",
            *by_month,
            "",
            "By rule (suite / expectation):",
            *by_rule,
            "",
            "Where (file, line, column):",
            *places,
            "",
            "Runs in Dagster:",
            *[f"  {run_link(dagster_url, run_id)}" for run_id in findings.run_ids],
            "",
            "No value is in this mail: the held-back data stays in the VK's drop in the",
            "landing zone. `vkw quarantine list` names every record, until when it is kept.",
        ]
    )
    one_month = months[0] if len(months) == 1 else None
    subject = f"[vkw] held back: {findings.items} quarantine record(s)"
    if one_month:
        subject += f", {one_month[0]} {one_month[1]}"
    else:
        subject += f" in {len(months)} VK-months"
    vks = {vk for vk, _ in months}
    periods = {period for _, period in months}
    return Alert(
        kind=QUARANTINE,
        message=_message(subject, body + "\n"),
        reason=reason,
        run_id=findings.run_ids[0] if len(findings.run_ids) == 1 else None,
        vk_code=next(iter(vks)) if len(vks) == 1 else None,
        period=next(iter(periods)) if len(periods) == 1 else None,
    )


def send_and_record(engine: Engine, alert: Alert) -> Delivery:
    """Send the alert (never raises for a mail not sent) and log it in `alert_log`. On
    SQLite a load may hold the write lock for a drop's transaction: the log row waits for
    it rather than fail the sensor's tick (which would send the mail again next tick)."""
    delivery = deliver(alert.message)
    for attempt in range(RECORD_ATTEMPTS):
        try:
            with engine.begin() as connection:
                record_alert(
                    connection,
                    kind=alert.kind,
                    recipients=delivery.recipients,
                    reason=alert.reason,
                    delivered=delivery.delivered,
                    error=delivery.error,
                    run_id=alert.run_id,
                    vk_code=alert.vk_code,
                    period=alert.period,
                )
            break
        except OperationalError:
            if attempt == RECORD_ATTEMPTS - 1:
                raise
            time.sleep(1)
    return delivery
