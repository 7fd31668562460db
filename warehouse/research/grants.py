"""Grants: the DPO approves a named project for the finest grain, for at most a year.

A grant expires by itself (`valid_until`); the DPO can revoke it sooner. Granting,
revoking and every export (with or without a grant) are entries of the audit log
(warehouse/dsr/audit.py), with the grant id and counts only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, func, select, update

from warehouse.dsr import audit
from warehouse.research.tables import ResearchGrant

LONGEST = timedelta(days=366)


class GrantError(ValueError):
    """A grant that cannot be given or used; one line, naming the argument."""


def grant(
    connection: Connection, project: str, granted_by: str, valid_from: date, valid_until: date
) -> str:
    if not project.strip() or len(project) > 120:
        raise GrantError("--project: a name of 1 to 120 characters")
    if valid_until < valid_from:
        raise GrantError(f"--until: {valid_until} is before --from {valid_from}")
    if valid_until - valid_from > LONGEST:
        raise GrantError(f"--until: at most {LONGEST.days} days after --from {valid_from}")
    year = valid_from.year
    taken = connection.execute(
        select(func.count()).where(ResearchGrant.grant_id.like(f"RG-{year}-%"))
    ).scalar_one()
    grant_id = f"RG-{year}-{taken + 1:04d}"
    connection.execute(
        ResearchGrant.__table__.insert().values(
            grant_id=grant_id,
            project=project.strip(),
            granted_by=granted_by,
            granted_at=datetime.now(UTC),
            valid_from=valid_from,
            valid_until=valid_until,
        )
    )
    detail = {"grant": grant_id, "from": valid_from.isoformat(), "until": valid_until.isoformat()}
    audit.append(connection, granted_by, None, "research_grant", "research_grant", detail)
    return grant_id


def revoke(connection: Connection, grant_id: str, revoked_by: str) -> None:
    changed = connection.execute(
        update(ResearchGrant)
        .where(ResearchGrant.grant_id == grant_id, ResearchGrant.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    ).rowcount
    if not changed:
        raise GrantError(f"--grant: {grant_id} is not an active grant")
    audit.append(
        connection, revoked_by, None, "research_revoke", "research_grant", {"grant": grant_id}
    )


def require_active(connection: Connection, grant_id: str, today: date) -> None:
    table = ResearchGrant.__table__
    found = (
        connection.execute(select(table).where(table.c.grant_id == grant_id))
        .mappings()
        .one_or_none()
    )
    if found is None:
        raise GrantError(f"--grant: {grant_id} is no grant (see `vkw research grants`)")
    if found["revoked_at"] is not None:
        raise GrantError(f"--grant: {grant_id} was revoked")
    if not found["valid_from"] <= today <= found["valid_until"]:
        raise GrantError(
            f"--grant: {grant_id} is valid from {found['valid_from']} to {found['valid_until']}"
        )


def listing(connection: Connection) -> list[dict]:
    rows = connection.execute(select(ResearchGrant.__table__)).mappings().all()
    return [
        {key: str(value) if value is not None else None for key, value in row.items()}
        for row in rows
    ]
