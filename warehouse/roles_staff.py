"""PostgreSQL roles of the staff: the data coordinator runs loads, the DPO reviews and
records data-subject requests; with the researcher's, applied by `vkw db roles`.

`apply_roles` gives, in one transaction under the roles' advisory lock, the researcher
its grants (warehouse/roles.py) and the NOLOGIN group roles `vkw_coordinator` and `vkw_dpo`
exactly what warehouse/roles_grants.yaml says of each table in schema public, USAGE on
the schema, and USAGE on the sequences of the tables they insert into. Everything else
they hold there is revoked: other relations and columns, routines, CREATE on the schema
and the database, default privileges for relations created later. A table the file does
not classify gets no grant (and is named in the report). The owner (`vkw_owner`) runs the
migrations and alone creates in the schema. It ends, like the researcher's, with a check
of the privileges as they are then: anything missing or more, and nothing is applied.

Who carries out a data-subject request: the data_subject_request job (erasure, restriction,
access) deletes facts, writes tombstones, restrictions and the audit log and rebuilds
marts and release in one transaction; it runs with the owner's URL. Neither staff role
could: the coordinator has no data-subject table but the two columns its loads check,
and the DPO writes only the case file (`dsr_request`), the audit log (append-only:
INSERT) and research grants.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import StatementError

from warehouse.roles import (
    RoleReport,
    apply_researcher_in,
    lock_roles,
    login_password,
    require_postgresql,
)
from warehouse.roles_catalogue import (
    RELATION_KINDS,
    SCHEMA,
    Privilege,
    RoleError,
    check_role,
    ddl,
    primary_message,
    privileges,
    revoke_as_grantors,
    revoke_default_privileges,
    role_row,
)
from warehouse.roles_grants import STAFF_ROLES, Classification, classification

# What each staff role is for, in `vkw db roles`'s summary.
PURPOSE = {"vkw_coordinator": "runs loads", "vkw_dpo": "reviews and records requests"}


@dataclass(frozen=True)
class StaffReport:
    role: str
    tables: tuple[str, ...]  # tables it may use whole (some privilege on the table)
    column_tables: tuple[str, ...]  # tables it may use some columns of only
    writable: tuple[str, ...]  # tables it may INSERT, UPDATE or DELETE in
    sequences: tuple[str, ...]  # sequences it may use (USAGE)
    absent: tuple[str, ...]  # classified for it, not (yet) in schema public
    unclassified: tuple[str, ...]  # relations in schema public the grants file does not name
    created: bool
    revoked: int


@dataclass(frozen=True)
class RolesReport:
    researcher: RoleReport
    staff: tuple[StaffReport, ...]


def apply_roles(
    engine: Engine, login: str | None = None, password_file: Path | None = None
) -> RolesReport:
    """The researcher's, the coordinator's and the DPO's grants, all or nothing (idempotent);
    `login` and `password_file` as for `apply_researcher_role`."""
    require_postgresql(engine)
    password = login_password(login, password_file)
    grants = classification()
    try:
        with engine.begin() as connection:
            researcher = apply_researcher_in(connection, login, password)
            return RolesReport(researcher, apply_staff_in(connection, grants))
    except StatementError as error:
        # The statement (which may carry a password verifier) stays out of the message.
        raise RoleError(f"PostgreSQL refused the role change: {primary_message(error)}") from None


def apply_staff_in(
    connection: Connection, grants: Classification | None = None
) -> tuple[StaffReport, ...]:
    """The staff roles' grants in the caller's transaction."""
    grants = classification() if grants is None else grants
    quote = connection.dialect.identifier_preparer.quote_identifier
    lock_roles(connection)
    me = connection.execute(
        text(
            "SELECT current_user AS name, rolsuper OR rolcreaterole AS may_create, "
            "current_database() AS database FROM pg_roles WHERE rolname = current_user"
        )
    ).one()
    roles = list(STAFF_ROLES)
    created = []
    for role in roles:
        if role_row(connection, role) is None:
            if not me.may_create:
                raise RoleError(
                    f"{me.name} may not create the role {role} (it needs CREATEROLE or "
                    "superuser); run this with an administrator's database URL"
                )
            ddl(connection, f"CREATE ROLE {quote(role)} NOLOGIN INHERIT")
            created.append(role)
        # A staff group role that could log in, held attributes or inherited another
        # role's rights would be more than its grants say.
        check_role(connection, role, may_login=False, member_of=(), kind="a staff group role")

    present = _present_columns(connection)
    _check_columns(grants, present)
    sequences = _owned_sequences(connection)
    wanted = _wanted(grants, present, sequences, me.database)
    before = privileges(connection, roles)

    schema = quote(SCHEMA)
    grantees = ", ".join(quote(role) for role in roles)
    for statement in (
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {grantees} CASCADE",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {grantees} CASCADE",
        f"REVOKE ALL ON ALL ROUTINES IN SCHEMA {schema} FROM {grantees} CASCADE",
        f"REVOKE ALL ON SCHEMA {schema} FROM {grantees} CASCADE",
        # Only the owner creates: tables (the migrations) in the schema, schemas in the
        # database. PUBLIC's CREATE on the schema is revoked with the researcher's grants.
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC CASCADE",
        f"REVOKE CREATE ON DATABASE {quote(me.database)} FROM {grantees} CASCADE",
    ):
        ddl(connection, statement)
    # PUBLIC's privileges are the researcher's apply's to keep or revoke (CONNECT to the
    # database and USAGE on the schema stay for every role).
    revoke_as_grantors(
        connection, me.name, roles, lambda p: p.grantee not in roles or _allowed(p, wanted)
    )
    revoke_default_privileges(connection, roles)
    for role in roles:
        ddl(connection, f"GRANT USAGE ON SCHEMA {schema} TO {quote(role)}")
    for kind, name, grantee, privilege in sorted(wanted):
        if kind == "relation" and name in sequences:
            ddl(
                connection,
                f"GRANT {privilege} ON SEQUENCE {schema}.{quote(name)} TO {quote(grantee)}",
            )
        elif kind == "relation":
            ddl(connection, f"GRANT {privilege} ON {schema}.{quote(name)} TO {quote(grantee)}")
        elif kind == "column":
            table, column = name.split(".", 1)
            ddl(
                connection,
                f"GRANT {privilege} ({quote(column)}) ON {schema}.{quote(table)} "
                f"TO {quote(grantee)}",
            )

    after = {p for p in privileges(connection, roles) if p.grantee in roles}
    _check(after, wanted, roles)
    return tuple(
        _report(role, grants, present, sequences, wanted, before, after, role in created)
        for role in roles
    )


# --- what is wanted ------------------------------------------------------------------------

# (kind, name, grantee, privilege) as `privileges` reports it: kind "relation" (a table or
# sequence), "column" (name "table.column"), "schema" or "database".
Key = tuple[str, str, str, str]


def _key(privilege: Privilege) -> Key:
    return (privilege.kind, privilege.name, privilege.grantee, privilege.privilege)


def _wanted(
    grants: Classification,
    present: dict[str, set[str]],
    sequences: dict[str, str],
    database: str,
) -> set[Key]:
    wanted: set[Key] = set()
    for role in STAFF_ROLES:
        wanted.add(("schema", SCHEMA, role, "USAGE"))
        for table, by_role in grants.items():
            grant = by_role.get(role)
            if grant is None or table not in present:
                continue
            wanted |= {("relation", table, role, privilege) for privilege in grant.privileges}
            wanted |= {
                ("column", f"{table}.{column}", role, privilege)
                for privilege, column in grant.column_privileges()
            }
            if "INSERT" in grant.privileges:
                # The load hands out keys from the table's own sequence (nextval: USAGE).
                wanted |= {
                    ("relation", sequence, role, "USAGE")
                    for sequence, owner in sequences.items()
                    if owner == table
                }
    return wanted


def _allowed(privilege: Privilege, wanted: set[Key]) -> bool:
    """A privilege the check lets stay: one wanted, or connecting to the database (which
    every role may unless an administrator says otherwise, and which exposes no row)."""
    if privilege.grantable:
        return False
    if privilege.kind == "database":
        return privilege.privilege in ("CONNECT", "TEMPORARY")
    return _key(privilege) in wanted


def _check(after: set[Privilege], wanted: set[Key], roles: list[str]) -> None:
    left = sorted(p for p in after if not _allowed(p, wanted))
    if left:
        first = left[0]
        raise RoleError(
            f"{len(left)} privilege(s) could not be revoked from {', '.join(roles)} "
            f"(first: {first.privilege} on {first.target or first.kind} for {first.grantee}, "
            f"granted by {first.grantor}): revoke them as {first.grantor}, or run this as a "
            "superuser"
        )
    missing = sorted(wanted - {_key(p) for p in after if not p.grantable})
    if missing:
        kind, name, grantee, privilege = missing[0]
        raise RoleError(
            f"{len(missing)} grant(s) did not take (first: {privilege} on {kind} {name} "
            f"for {grantee})"
        )


def _report(
    role: str,
    grants: Classification,
    present: dict[str, set[str]],
    sequences: dict[str, str],
    wanted: set[Key],
    before: set[Privilege],
    after: set[Privilege],
    created: bool,
) -> StaffReport:
    mine = [key for key in wanted if key[2] == role]
    tables = sorted({n for k, n, _, _ in mine if k == "relation" and n not in sequences})
    columns = sorted({n.split(".")[0] for k, n, _, _ in mine if k == "column"} - set(tables))
    writes = ("INSERT", "UPDATE", "DELETE")
    writable = sorted({n.split(".")[0] for _, n, _, p in mine if p in writes} - set(sequences))
    classified = [table for table, by_role in grants.items() if role in by_role]
    return StaffReport(
        role=role,
        tables=tuple(tables),
        column_tables=tuple(columns),
        writable=tuple(writable),
        sequences=tuple(sorted(n for k, n, _, _ in mine if n in sequences)),
        absent=tuple(sorted(table for table in classified if table not in present)),
        unclassified=tuple(sorted(table for table in present if table not in grants)),
        created=created,
        revoked=len({p for p in before if p.grantee == role} - after),
    )


# --- the catalogue -------------------------------------------------------------------------


def _present_columns(connection: Connection) -> dict[str, set[str]]:
    """Every relation in schema public and its columns."""
    rows = connection.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 "
            "AND NOT a.attisdropped WHERE n.nspname = :schema AND c.relkind = ANY(:kinds)"
        ),
        {"schema": SCHEMA, "kinds": list(RELATION_KINDS)},
    )
    present: dict[str, set[str]] = {}
    for table, column in rows:
        present.setdefault(table, set())
        if column is not None:
            present[table].add(column)
    return present


def _check_columns(grants: Classification, present: dict[str, set[str]]) -> None:
    """A column grant on a column the table no longer has is the grants file's mistake:
    refused, rather than granting the rest and leaving the file wrong."""
    for table, by_role in sorted(grants.items()):
        if table not in present:
            continue
        for role, grant in sorted(by_role.items()):
            unknown = sorted({c for _, c in grant.column_privileges()} - present[table])
            if unknown:
                raise RoleError(
                    f"roles_grants.yaml grants {role} column(s) {', '.join(unknown)} of "
                    f"{table}, which the database's {table} does not have"
                )


def _owned_sequences(connection: Connection) -> dict[str, str]:
    """sequence -> the table whose column owns it (serial or identity), in schema public."""
    rows = connection.execute(
        text(
            "SELECT s.relname, t.relname FROM pg_class s "
            "JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid "
            "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            "JOIN pg_class t ON t.oid = d.refobjid "
            "WHERE s.relkind = 'S' AND s.relnamespace = CAST(:schema AS regnamespace)"
        ),
        {"schema": SCHEMA},
    )
    return dict(rows.all())
