"""Alert mails (fast): what a mail carries and never carries, the alert log without an SMTP
server, refused password files, the sensors on a real failed run and real quarantine
records, and the retention of the log. The daemon and a real SMTP server:
tests/test_alerts_daemon.py."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy as db

from core.smtp import (
    NO_SMTP,
    Delivery,
    SmtpConfigError,
    deliver,
    read_password_file,
    smtp_settings,
)
from orchestration.alert_mail import FailedRun, quarantine_alert, run_failure_alert
from orchestration.alert_sensors import quarantine_alert_sensor, run_failure_alert_sensor
from orchestration.definitions import defs
from orchestration.partition_keys import drop_key, range_tags
from orchestration.resources import WarehouseResource
from tests.bad_drops import NATIONAL_NUMBER
from tests.conftest import environment
from warehouse.alerts import new_quarantine_findings, record_alert
from warehouse.models import AlertLog
from warehouse.quarantine import DROP, ROW, Hold, hold
from warehouse.schema import make_engine, upgrade

URL = "http://dagster.vk.example:3000"
PLANTED = [NATIONAL_NUMBER, "Janssens", "Lotte Peeters"]
NO_SMTP_ENV = {"VKW_SMTP_HOST": "", "VKW_ALERT_TO": "dpo@vk.example,coordinator@vk.example"}


def _text(alert) -> str:  # noqa: ANN001
    return alert.message.as_string()


def _engine(home: Path) -> db.Engine:
    engine = make_engine(f"sqlite:///{home / 'warehouse.db'}")
    upgrade(engine)
    return engine


def _log(engine: db.Engine) -> list[AlertLog]:
    with engine.connect() as connection:
        return list(connection.execute(db.select(AlertLog).order_by(AlertLog.alert_id)))


def test_a_run_failure_mail_carries_names_counts_and_the_link_only() -> None:
    run = FailedRun(
        job_name="load_drops",
        run_id="0f1e2d3c-aaaa-bbbb-cccc-123456789abc",
        tags={
            **range_tags(drop_key("ANT", "2024-03"), drop_key("WVL", "2024-05")),
            "dagster/sensor_name": "new_drops_sensor",
            # A tag the mail must not copy: only partition and started-by tags are read.
            "note": f"{NATIONAL_NUMBER} Janssens",
        },
        error_classes=["KeyFileError"],
        steps_failed=1,
        vk_months_loaded=4,
        checks_failed=2,
        quarantine_records=3,
    )
    alert = run_failure_alert(run, URL)
    text = _text(alert)
    assert f"{URL}/runs/{run.run_id}" in text
    assert "load_drops" in text and run.run_id in text
    assert "2024-03 to 2024-05, ANT to WVL (18 VK-month(s))" in text
    assert "KeyFileError" in text and "new_drops_sensor" in text
    for line in ("Steps failed: 1", "before the failure: 4", "Checks failed: 2", "run: 3"):
        assert line in text
    assert not [value for value in PLANTED if value in text]
    assert alert.kind == "run_failure" and alert.run_id == run.run_id
    assert (alert.vk_code, alert.period) == (None, None)  # six VKs, three months
    one = run_failure_alert(
        FailedRun("load_drops", "r1", tags=range_tags(*[drop_key("LIM", "2024-02")] * 2)), URL
    )
    assert (one.vk_code, one.period) == ("LIM", "2024-02")
    assert "2024-02" in one.message["Subject"]


def test_a_quarantine_mail_counts_per_vk_month_and_rule_and_names_no_value(
    tmp_path: Path,
) -> None:
    engine = _engine(tmp_path)
    with engine.begin() as connection:
        # A message that (against the design) quotes a value: the mail must not read it.
        leaky = f"looks like a national number: {NATIONAL_NUMBER} (Janssens)"
        rows = [
            Hold("raw_drop", "national_number_in_id", leaky, "meldingen.csv", n, "melding_id")
            for n in (2, 3)
        ]
        hold(connection, "VBR", "2024-07", "a" * 64, ROW, rows, "run-1")
        hold(
            connection,
            "ANT",
            "2024-03",
            "b" * 64,
            DROP,
            [Hold("raw_drop", "row_count", leaky, "kinderen.csv", None, None)],
            "run-1",
        )
        findings = new_quarantine_findings(connection, None)
    assert findings.items == 3 and findings.last_item_id == 3
    alert = quarantine_alert(findings, URL)
    text = _text(alert)
    assert "VBR 2024-07: 2 record(s), rows held back" in text
    assert "ANT 2024-03: 1 record(s), drop rejected" in text
    assert "raw_drop / national_number_in_id: 2" in text
    assert "VBR 2024-07 meldingen.csv, line 2, column melding_id [national_number_in_id]" in text
    assert f"{URL}/runs/run-1" in text
    assert not [value for value in [*PLANTED, "looks like"] if value in text]
    assert "3 new quarantine record(s) in 2 VK-month(s) (1 drop(s) rejected)" in alert.reason
    assert (alert.vk_code, alert.period, alert.run_id) == (None, None, "run-1")
    with engine.connect() as connection:
        assert new_quarantine_findings(connection, findings.last_item_id).items == 0


def test_without_smtp_host_an_alert_is_logged_as_not_sent(tmp_path: Path) -> None:
    run = FailedRun("load_drops", "run-2", tags=range_tags(*[drop_key("OVL", "2024-01")] * 2))
    with environment(VKW_HOME=str(tmp_path), **NO_SMTP_ENV):
        from orchestration.alert_mail import send_and_record

        engine = _engine(tmp_path)
        delivery = send_and_record(engine, run_failure_alert(run, URL))
    assert not delivery.delivered and delivery.error == NO_SMTP
    (row,) = _log(engine)
    assert (row.kind, row.run_id, row.vk_code, row.period) == (
        "run_failure",
        "run-2",
        "OVL",
        "2024-01",
    )
    assert row.delivered is False and row.error == "not sent: no SMTP configured"
    assert row.recipients == "dpo@vk.example, coordinator@vk.example"
    assert "0 step(s) failed" in row.reason


def test_a_password_file_others_can_read_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "smtp.pw"
    secret.write_text("s3cret-Janssens\n")
    secret.chmod(0o644)
    with pytest.raises(SmtpConfigError) as refused:
        read_password_file(secret)
    assert "chmod 600" in str(refused.value) and "s3cret" not in str(refused.value)
    env = {
        "VKW_SMTP_HOST": "127.0.0.1",
        "VKW_SMTP_PORT": "9",  # never reached: the file is refused first
        "VKW_SMTP_USER": "vkw",
        "VKW_SMTP_PASSWORD_FILE": str(secret),
        "VKW_ALERT_TO": "dpo@vk.example",
    }
    with environment(**env):
        config = smtp_settings()
        delivery = deliver(run_failure_alert(FailedRun("load_drops", "r"), URL).message)
    assert config.starttls and config.port == 9
    assert (delivery.delivered, delivery.error) == (False, "SmtpConfigError")
    secret.chmod(0o600)
    assert read_password_file(secret) == "s3cret-Janssens"


@dg.op
def _choke() -> None:
    # What a library may do: quote the value it could not parse.
    raise ValueError(f"cannot parse {NATIONAL_NUMBER} for Lotte Peeters")


@dg.job
def _failing_job() -> None:
    _choke()


def test_the_run_failure_sensor_mails_the_class_not_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = []
    monkeypatch.setattr("orchestration.alert_mail.deliver", lambda m: sent.append(m) or _NOT_SENT)
    instance = dg.DagsterInstance.ephemeral()
    tags = range_tags(drop_key("WVL", "2024-06"), drop_key("WVL", "2024-06"))
    result = _failing_job.execute_in_process(instance=instance, tags=tags, raise_on_error=False)
    assert not result.success
    with environment(VKW_HOME=str(tmp_path), **NO_SMTP_ENV):
        context = dg.build_run_status_sensor_context(
            sensor_name="run_failure_alert_sensor",
            dagster_instance=instance,
            dagster_run=result.dagster_run,
            dagster_event=result.get_run_failure_event(),
            resources={"warehouse": WarehouseResource(home=str(tmp_path))},
        ).for_run_failure()
        run_failure_alert_sensor(context)
    (message,) = sent
    raw = message.as_bytes()
    assert b"ValueError" in raw and result.run_id.encode() in raw
    assert b"cannot parse" not in raw
    assert not [v for v in PLANTED if v.encode() in raw]
    (row,) = _log(_engine(tmp_path))
    assert (row.kind, row.run_id, row.vk_code, row.period) == (
        "run_failure",
        result.run_id,
        "WVL",
        "2024-06",
    )


_NOT_SENT = Delivery(("dpo@vk.example",), False, NO_SMTP)


def test_the_quarantine_sensor_mails_once_per_new_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = []
    monkeypatch.setattr("orchestration.alert_mail.deliver", lambda m: sent.append(m) or _NOT_SENT)
    engine = _engine(tmp_path)
    resources = {"warehouse": WarehouseResource(home=str(tmp_path))}

    def evaluate(cursor: str | None) -> tuple[str | None, object]:
        with dg.build_sensor_context(cursor=cursor, resources=resources) as context:
            answer = quarantine_alert_sensor(context)
            return context.cursor, answer

    with environment(VKW_HOME=str(tmp_path), **NO_SMTP_ENV):
        cursor, _ = evaluate(None)
        assert json.loads(cursor) == {"item_id": 0} and sent == []
        with engine.begin() as connection:
            reason = Hold("raw_drop", "postcode_format", "m", "kinderen.csv", 4, "postcode")
            hold(connection, "VBR", "2024-08", "c" * 64, ROW, [reason], "run-3")
        cursor, _ = evaluate(cursor)
        assert len(sent) == 1 and json.loads(cursor) == {"item_id": 1}
        cursor, answer = evaluate(cursor)  # nothing new: no second mail
    assert len(sent) == 1 and "no new" in answer.skip_message
    assert [(r.kind, r.vk_code, r.period, r.run_id) for r in _log(engine)] == [
        ("quarantine", "VBR", "2024-08", "run-3")
    ]


def test_the_retention_job_deletes_alerts_past_their_retention(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        for days in (731, 10):
            record_alert(
                connection,
                kind="quarantine",
                recipients=("dpo@vk.example",),
                reason="1 new quarantine record(s)",
                delivered=True,
                error=None,
                sent_at=now - timedelta(days=days),
            )
    with environment(VKW_HOME=str(tmp_path), VKW_ALERT_RETENTION_DAYS="730"):
        result = defs.resolve_job_def("retention_job").execute_in_process(
            instance=dg.DagsterInstance.ephemeral()
        )
    (output,) = [e for e in result.all_events if e.event_type_value == "STEP_OUTPUT"]
    assert output.step_output_data.metadata["alert_log"].value == 1
    (kept,) = _log(engine)
    assert kept.sent_at.date() >= date.today() - timedelta(days=11)
