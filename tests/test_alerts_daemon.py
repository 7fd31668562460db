"""Alert mails as deployed: `dagster dev` (webserver and daemon, as in
tests/test_dagster_daemon.py) sends to a real SMTP server (aiosmtpd on 127.0.0.1).

The new-drops sensor loads a drop with a national number in a report id: its rows are held
back, and the quarantine sensor mails once. Then the warehouse key file is made readable
by others (a misconfiguration the step refuses with KeyFileError) and a new drop arrives:
the sensor's run fails, and the run-failure sensor mails once. Neither mail holds a value
planted in the drops nor the failure's message; each has its row in `alert_log`.
"""

from __future__ import annotations

import shutil
import time
from email import message_from_bytes
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy as db
from aiosmtpd.controller import Controller

from pipelines.contract.columns import MELDINGEN
from tests.bad_drops import CATALOGUE, NATIONAL_NUMBER
from tests.drop_factory import files_for, make_drop
from tests.test_dagster_daemon import RUN_TIMEOUT, DagsterDev, _free_port
from warehouse.models import AlertLog

pytestmark = pytest.mark.slow

TO = ("dpo@vk.example", "coordinator@vk.example")
# Values planted in the drops (the national number as delivered and in its other forms,
# a reporter's name, a name in a note); none may reach a mail.
NN_DIGITS = "".join(c for c in NATIONAL_NUMBER if c.isdigit())
PLANTED = [
    NATIONAL_NUMBER,
    NN_DIGITS,
    f"{NN_DIGITS[:2]}.{NN_DIGITS[2:4]}.{NN_DIGITS[4:6]}-{NN_DIGITS[6:9]}.{NN_DIGITS[9:]}",
    "Wuytack",
    "Peeters",
    "Lotte",
]
# The KeyFileError's message: the mail carries the class, not this.
FAILURE_MESSAGE = "readable by others"


class Inbox:
    """An aiosmtpd handler that keeps every message's raw bytes."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.messages.append(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


def _wait(predicate, what: str, dev: DagsterDev, timeout: float = RUN_TIMEOUT):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, (what, dev.tail())
        time.sleep(1)


def _finished_sensor_runs(dev: DagsterDev) -> list[dg.DagsterRun]:
    with dev.instance() as instance:
        return [
            r
            for r in instance.get_runs()
            if r.tags.get("dagster/sensor_name") == "new_drops_sensor" and r.is_finished
        ]


def _alert_log(home: Path) -> list[AlertLog]:
    engine = db.create_engine(f"sqlite:///{home / 'warehouse.db'}")
    with engine.connect() as connection:
        rows = list(connection.execute(db.select(AlertLog).order_by(AlertLog.alert_id)))
    engine.dispose()
    return rows


def test_the_daemon_mails_a_failed_run_and_held_back_rows_without_values(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    (bad,) = [d for d in CATALOGUE if d.name == "national number in melding_id"]
    bad.write(home / "landing")
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    smtp.start()
    env = {
        "VKW_SMTP_HOST": "127.0.0.1",
        "VKW_SMTP_PORT": str(smtp.port),
        "VKW_SMTP_STARTTLS": "0",  # the test server speaks plain SMTP (and no password)
        "VKW_ALERT_FROM": "vkw@vk.example",
        "VKW_ALERT_TO": ",".join(TO),
    }
    dev = DagsterDev(home, env)
    try:
        dev.client()
        # (b) The sensor loads the drop; its report's rows are held back; one mail.
        (loaded,) = _wait(lambda: _finished_sensor_runs(dev), "the first load", dev)
        assert loaded.status == dg.DagsterRunStatus.SUCCESS, dev.tail()
        _wait(lambda: inbox.messages, "the quarantine mail", dev)

        # (a) A run that fails: the warehouse key made readable by others, a new drop.
        (home / "keys" / "warehouse.key").chmod(0o644)
        files = files_for("2024-03")
        files[MELDINGEN][0]["melder_naam"] = "Piet Wuytack"
        make_drop(home / "landing", "ANT", "2024-03", files)
        runs = _wait(
            lambda: [r for r in _finished_sensor_runs(dev) if r.run_id != loaded.run_id],
            "the second run",
            dev,
        )
        (failed,) = runs
        assert failed.status == dg.DagsterRunStatus.FAILURE
        _wait(lambda: len(inbox.messages) >= 2, "the run-failure mail", dev)
        # Three more sensor intervals: no mail comes twice.
        time.sleep(20)
        mails = list(inbox.messages)
        rows = _alert_log(home)
    finally:
        dev.stop()
        smtp.stop()

    assert len(mails) == 2, [message_from_bytes(m)["Subject"] for m in mails]
    by_subject = {message_from_bytes(m)["Subject"]: m for m in mails}
    (quarantine,) = [m for s, m in by_subject.items() if "held back" in s]
    (failure,) = [m for s, m in by_subject.items() if "run failed" in s]
    shown = quarantine.decode() + failure.decode()
    assert b"VBR 2024-07: 3 record(s), rows held back" in quarantine, shown
    assert b"raw_meldingen / national_number_in_id: 1" in quarantine, shown
    assert b"raw_kinderen / national_number_in_id: 2" in quarantine, shown
    assert b"meldingen.csv, line 2, column melding_id" in quarantine, shown
    assert loaded.run_id.encode() in quarantine, shown
    assert f"/runs/{failed.run_id}".encode() in failure, shown
    assert b"load_drops" in failure and b"2024-03, ANT" in failure, shown
    assert b"KeyFileError" in failure, shown
    # (c) No planted value, in any form, and not the failure's message, in either mail.
    for mail in mails:
        assert message_from_bytes(mail)["To"] == ", ".join(TO)
        assert not [v for v in PLANTED if v.encode() in mail]
        assert FAILURE_MESSAGE.encode() not in mail
    # (d) Each mail is logged, delivered, with its run and VK-month.
    assert [(r.kind, r.run_id, r.vk_code, r.period, r.delivered, r.error) for r in rows] == [
        ("quarantine", loaded.run_id, "VBR", "2024-07", True, None),
        ("run_failure", failed.run_id, "ANT", "2024-03", True, None),
    ]
    assert {r.recipients for r in rows} == {", ".join(TO)}
    shutil.rmtree(tmp_path, ignore_errors=True)
