"""`vkw db roles`: the warehouse's PostgreSQL roles (researcher, data coordinator, DPO), and
optionally a researcher's login.

The database URL (VKW_DATABASE_URL) must be one whose role may create roles (CREATEROLE
or superuser) when a login is asked for or vkw_researcher is missing, and that owns the
warehouse's objects or is a superuser. Errors are `warehouse.roles.RoleError`, one line.
"""

from __future__ import annotations

from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from core.config import settings
from warehouse.roles import ON_SQLITE, RoleError, RoleReport, require_postgresql
from warehouse.roles_staff import PURPOSE, StaffReport, apply_roles
from warehouse.schema import alembic_config, make_engine, upgrade


def roles_text(login: str | None, password_file: Path | None) -> str:
    url = settings().database_url
    if make_url(url).get_backend_name() == "sqlite":
        raise RoleError(ON_SQLITE)  # before make_engine creates the database's directory
    engine = make_engine(url)
    try:
        require_postgresql(engine)
        _refuse_upgrade_by_another_role(engine)
        upgrade(engine)
        report = apply_roles(engine, login, password_file)
    finally:
        engine.dispose()
    return "\n".join([summary(report.researcher), *map(staff_line, report.staff)])


def summary(report: RoleReport) -> str:
    """What was applied to the researcher: role names and counts (never a password)."""
    total = len(report.granted) + len(report.absent)
    lines = [
        f"database {report.database}: role {report.group_role} (NOLOGIN) may SELECT "
        f"{len(report.granted)} of {total} research relations and use schema public; "
        "nothing else",
    ]
    if report.absent:
        lines.append(f"not in the database (not granted): {', '.join(report.absent)}")
    if report.login_role is not None:
        made = "created" if report.login_role in report.created else "updated"
        lines.append(
            f"login role {report.login_role} ({made}): member of {report.group_role} only, "
            "password set from the file"
        )
    if report.group_role in report.created:
        lines.append(f"role {report.group_role} was created")
    lines.append(f"privileges revoked: {report.revoked}")
    return "\n".join(lines)


def _refuse_upgrade_by_another_role(engine: Engine) -> None:
    """Migrations run by an administrator would make it own the new tables, which the
    warehouse's own role could then no longer load; they are left to the owner."""
    with engine.connect() as connection:
        me, owner, database = connection.execute(
            text(
                "SELECT current_user, pg_get_userbyid(datdba), datname FROM pg_database "
                "WHERE datname = current_database()"
            )
        ).one()
        if me == owner:
            return
        current = set(MigrationContext.configure(connection).get_current_heads())
    if current != set(ScriptDirectory.from_config(alembic_config(engine)).get_heads()):
        raise RoleError(
            f"the warehouse schema is not at the newest migration and {me} does not own "
            f"database {database}: upgrading as {me} would make it own the new tables; "
            f"upgrade as {owner} first (any vkw command with its URL does)"
        )


def staff_line(report: StaffReport) -> str:
    """One line per staff role: what it may use, and what the grants file left out."""
    made = ", created" if report.created else ""
    line = (
        f"role {report.role} (NOLOGIN{made}) {PURPOSE[report.role]}: {len(report.tables)} "
        f"tables, columns of {len(report.column_tables)} more, writes {len(report.writable)}, "
        f"{len(report.sequences)} sequences; no CREATE; privileges revoked: {report.revoked}"
    )
    if report.absent:
        line += f"; not in the database: {', '.join(report.absent)}"
    if report.unclassified:
        line += f"; not classified (no grant): {', '.join(report.unclassified)}"
    return line
