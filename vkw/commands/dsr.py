"""`vkw dsr ...`: the DPO's data-subject requests (GDPR arts. 15-19).

The national number is read from the command line, validated, turned into the child's
warehouse pseudonym in this process and forgotten: the request record, the audit log,
Dagster's run (config, tags, metadata) and every message carry the request id, the
pseudonym and counts only. Each request runs as the Dagster job `data_subject_request`
under the warehouse writer lock.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from core.actor import acting_user
from vkw.commands.engine import warehouse_engine

dsr_app = typer.Typer(help="GDPR data-subject requests (access, erasure, restriction).")

NationalNumber = Annotated[
    str, typer.Option("--national-number", help="The person's national register number.")
]
Reason = Annotated[str, typer.Option(help="Why (the request as received, in short).")]
Received = Annotated[
    str | None, typer.Option(help="Date the request was received, YYYY-MM-DD (default today).")
]
Checker = Annotated[
    str | None, typer.Option("--identity-checked-by", help="Who checked the requester's identity.")
]
Actor = Annotated[
    str | None, typer.Option(help="Who handles the request (default $VKW_ACTOR or the OS user).")
]

QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


def say(message: str) -> None:
    typer.echo(message, err=True)


def _received(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter("use YYYY-MM-DD", param_hint="--received") from None


def _pseudonym(national_number: str) -> str | None:
    """The child's pseudonym, or None (after saying why) when the number is invalid."""
    from core.config import settings
    from core.keys import load_or_create_key
    from warehouse.dsr.resolve import InvalidNationalNumber, child_pseudonym

    config = settings()
    for name, path in (
        ("network", config.network_key_file),
        ("warehouse", config.warehouse_key_file),
    ):
        if not path.is_file():
            say(f"vkw dsr: the {name} key file {path} is missing; a request cannot be resolved")
            raise typer.Exit(1)
    try:
        return child_pseudonym(
            national_number,
            load_or_create_key(config.network_key_file),
            load_or_create_key(config.warehouse_key_file),
        )
    except InvalidNationalNumber as error:
        say(f"vkw dsr: {error}")
        return None


def _submit(
    kind: str,
    national_number: str,
    reason: str | None,
    received: str | None,
    checked_by: str | None,
    actor: str | None,
):  # noqa: ANN202 - an Outcome
    """Record the request (under the writer lock) and carry it out as a Dagster run."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from warehouse.dsr import audit, cases

    config = settings()
    day, who = _received(received), acting_user(actor)
    pseudonym = _pseudonym(national_number)
    engine = warehouse_engine()
    with warehouse_writer_lock(config.home), engine.begin() as connection:
        resumed = _interrupted_erasure(connection, kind, pseudonym)
        if resumed is not None:
            audit.append(connection, who, resumed, "resumed", "case_file", {})
    if resumed is not None:
        say(f"{resumed}: an interrupted erasure of this person; carrying it out to the end")
        return _run(resumed, kind)
    with warehouse_writer_lock(config.home), engine.begin() as connection:
        request_id = cases.open_request(connection, kind, pseudonym, day, who, checked_by, reason)
        audit.append(
            connection,
            who,
            request_id,
            "received",
            "case_file",
            {"kind": kind, "identity_checked": checked_by is not None},
        )
        if pseudonym is None:
            cases.close(connection, request_id, cases.REJECTED)
            audit.append(
                connection, who, request_id, "rejected", "case_file", {"invalid_number": True}
            )
    if pseudonym is None:
        say(f"{request_id} rejected: not a valid Belgian national register number")
        raise typer.Exit(2)
    # The request's op takes the lock itself, in whichever process Dagster runs it.
    return _run(request_id, kind)


def _interrupted_erasure(connection, kind: str, pseudonym: str | None) -> str | None:  # noqa: ANN001
    """The open erasure of the same person that a crash interrupted, if any: the same
    request again finishes it (every step is idempotent: the tombstone is kept, the
    warehouse holds nothing more of the person, every drop that still names them is
    rewritten) instead of leaving it open beside a new one."""
    from warehouse.dsr import cases

    if kind != "erasure" or pseudonym is None:
        return None
    found = [c for c in cases.cases(connection, True, pseudonym) if c.kind == "erasure"]
    return found[0].request_id if found else None


def _run(request_id: str, kind: str):  # noqa: ANN202
    """The request's Dagster run (in this process: the job's executor is in-process), its
    counts read back from the run's output metadata, an access export from `exports`."""
    import dagster as dg

    from core.config import settings
    from orchestration.definitions import data_subject_request
    from orchestration.dsr_job import KIND_TAG, REQUEST_TAG
    from orchestration.instance import dagster_instance
    from warehouse.dsr.actions import Outcome
    from warehouse.dsr.exports import take_export

    config = settings()
    os.environ.setdefault("VKW_HOME", str(config.home))
    with dagster_instance(config.dagster_home) as instance:
        result = dg.execute_job(
            dg.reconstructable(data_subject_request),
            instance=instance,
            run_config={
                **QUIET,
                "ops": {"carry_out_request": {"config": {"request_id": request_id}}},
            },
            tags={KIND_TAG: kind, REQUEST_TAG: request_id},
            raise_on_error=False,
        )
        outputs = [e for e in result.all_events if e.event_type_value == "STEP_OUTPUT"]
    if not result.success or not outputs:
        say(f"{request_id}: Dagster run {result.run_id} failed; see its run log. It stays open.")
        raise typer.Exit(1)
    metadata = {k: v.value for k, v in outputs[0].step_output_data.metadata.items()}
    counts = {k: v for k, v in metadata.items() if k not in ("request_id", "kind")}
    export = take_export(config.exports, request_id) if kind == "access" else None
    return Outcome(request_id, kind, counts, export)


def _summary(outcome) -> str:  # noqa: ANN001
    counts = ", ".join(f"{k}={v}" for k, v in outcome.counts.items())
    return f"{outcome.request_id} {outcome.kind} done: {counts}"


@dsr_app.command()
def access(
    national_number: NationalNumber,
    out: Annotated[Path | None, typer.Option(help="Write the JSON here (mode 0600).")] = None,
    received: Received = None,
    identity_checked_by: Checker = None,
    actor: Actor = None,
) -> None:
    """Everything held about the person, in every store, as JSON (arts. 15 and 20)."""
    outcome = _submit("access", national_number, None, received, identity_checked_by, actor)
    text = json.dumps(outcome.export, indent=2, ensure_ascii=False)
    if out is None:
        typer.echo(text)
    else:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        say(f"{outcome.request_id}: access export written to {out}")
    say(_summary(outcome))


@dsr_app.command()
def erase(
    national_number: NationalNumber,
    reason: Reason,
    received: Received = None,
    identity_checked_by: Checker = None,
    actor: Actor = None,
) -> None:
    """Remove the person from every store; a tombstone keeps them out (art. 17)."""
    outcome = _submit("erasure", national_number, reason, received, identity_checked_by, actor)
    typer.echo(_summary(outcome))
    say("notify the VKs listed in the case file (art. 19); `vkw run` reloads the rewritten drops")


@dsr_app.command()
def restrict(
    national_number: NationalNumber,
    reason: Reason,
    received: Received = None,
    identity_checked_by: Checker = None,
    actor: Actor = None,
) -> None:
    """Keep the person's data but out of research views and figures (art. 18)."""
    outcome = _submit("restriction", national_number, reason, received, identity_checked_by, actor)
    typer.echo(_summary(outcome))


@dsr_app.command("lift-restriction")
def lift_restriction(
    national_number: NationalNumber,
    reason: Reason,
    received: Received = None,
    identity_checked_by: Checker = None,
    actor: Actor = None,
) -> None:
    """End a restriction: the person's data counts again (art. 18(3))."""
    outcome = _submit(
        "lift_restriction", national_number, reason, received, identity_checked_by, actor
    )
    typer.echo(_summary(outcome))
    if not outcome.counts.get("changed"):
        say(f"{outcome.request_id}: there was no active restriction to lift")


@dsr_app.command()
def rectify(
    national_number: NationalNumber,
    reason: Reason,
    received: Received = None,
    identity_checked_by: Checker = None,
    actor: Actor = None,
) -> None:
    """Record a rectification request (art. 16); it stays open until the VK's corrected
    re-delivery of the month is loaded, then `vkw dsr close` it."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from warehouse.dsr import audit, cases
    from warehouse.dsr.actions import subject_vks

    pseudonym = _pseudonym(national_number)
    if pseudonym is None:
        raise typer.Exit(2)
    day, who = _received(received), acting_user(actor)
    engine = warehouse_engine()
    with warehouse_writer_lock(settings().home), engine.begin() as connection:
        request_id = cases.open_request(
            connection, "rectification", pseudonym, day, who, identity_checked_by, reason
        )
        vks = subject_vks(connection, pseudonym)
        cases.set_notify(connection, request_id, vks)
        audit.append(
            connection, who, request_id, "received", "case_file", {"kind": "rectification"}
        )
        audit.append(connection, who, request_id, "forward", "vk", {"vks": len(vks)})
    typer.echo(f"{request_id} rectification open: forward to {', '.join(vks) or 'the VK'}")


@dsr_app.command()
def close(
    request_id: Annotated[str, typer.Argument(help="DSR-YYYY-NNNN")],
    status: Annotated[str, typer.Option(help="done or rejected.")] = "done",
    actor: Actor = None,
) -> None:
    """Close an open request by hand (a rectification once the re-delivery is loaded)."""
    from core.config import settings
    from core.locking import warehouse_writer_lock
    from warehouse.dsr import audit, cases

    if status not in (cases.DONE, cases.REJECTED):
        raise typer.BadParameter("done or rejected", param_hint="--status")
    engine = warehouse_engine()
    with warehouse_writer_lock(settings().home), engine.begin() as connection:
        try:
            case = cases.get(connection, request_id)
        except KeyError:
            say(f"vkw dsr: no request {request_id}")
            raise typer.Exit(1) from None
        if case.status != cases.OPEN:
            say(f"vkw dsr: {request_id} is already {case.status}")
            raise typer.Exit(1)
        cases.close(connection, request_id, status)
        audit.append(
            connection, acting_user(actor), request_id, "closed", "case_file", {"status": status}
        )
    typer.echo(f"{request_id} {status}")


@dsr_app.command("list")
def list_requests(
    all_: Annotated[bool, typer.Option("--all", help="Closed requests too.")] = False,
) -> None:
    """Open requests with their deadlines (one month after receipt, art. 12(3))."""
    from warehouse.dsr import cases

    with warehouse_engine().connect() as connection:
        found = cases.cases(connection, open_only=not all_)
    today = date.today()
    typer.echo("request_id\tkind\treceived\tdeadline\tdays_left\tstatus\tnotify_vks")
    for case in found:
        left = (case.deadline - today).days if case.status == cases.OPEN else ""
        typer.echo(
            f"{case.request_id}\t{case.kind}\t{case.received_on}\t{case.deadline}\t{left}\t"
            f"{case.status}\t{case.notify_vks or ''}"
        )


@dsr_app.command("verify-audit")
def verify_audit() -> None:
    """Check the audit log's hash chain; exit 1 at the first changed entry."""
    from sqlalchemy import func, select

    from warehouse.dsr.audit import verify_chain
    from warehouse.models import DsrAuditEntry

    with warehouse_engine().connect() as connection:
        broken = verify_chain(connection)
        entries = connection.execute(select(func.count()).select_from(DsrAuditEntry)).scalar()
    if broken is not None:
        typer.echo(f"audit chain BROKEN at entry {broken} (of {entries})")
        raise typer.Exit(1)
    typer.echo(f"audit chain intact: {entries} entries")
