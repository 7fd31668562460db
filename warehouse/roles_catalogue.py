"""What every warehouse role's apply needs from PostgreSQL's catalogue: roles, privileges as
they are, and revoking what a role must not hold (warehouse/roles.py for the researcher,
warehouse/roles_staff.py for the data coordinator and the DPO).

Names and statements built here quote every identifier; a name read from the catalogue may
hold a colon, which `ddl` escapes so SQLAlchemy's text() does not take it for a parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from sqlalchemy import Connection, Row, text
from sqlalchemy.exc import StatementError

SCHEMA = "public"
# Tables, views, materialized views, foreign tables, partitioned tables.
RELATION_KINDS = ("r", "v", "m", "f", "p")
DEFAULT_ACL_OBJECTS = {
    "r": "TABLES",
    "S": "SEQUENCES",
    "f": "FUNCTIONS",
    "T": "TYPES",
    "n": "SCHEMAS",
}


class RoleError(RuntimeError):
    """Why the roles were not applied, in one line without a secret; nothing was changed."""


def ddl(connection: Connection, statement: str) -> None:
    """Run a statement built from quoted names (some read from the catalogue): a colon in a
    quoted name is escaped so text() does not take it for a bind parameter."""
    connection.execute(text(statement.replace(":", "\\:")))


def primary_message(error: StatementError) -> str:
    """PostgreSQL's primary message, without the statement (which may carry a secret)."""
    diag = getattr(error.orig, "diag", None)
    message = getattr(diag, "message_primary", None) or type(error.orig).__name__
    return " ".join(str(message).split())


# --- roles -------------------------------------------------------------------------------


def role_row(connection: Connection, name: str) -> Row | None:
    """The role's attributes, or None when there is no such role."""
    return connection.execute(
        text(
            "SELECT oid, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, "
            "rolcanlogin FROM pg_roles WHERE rolname = :name"
        ),
        {"name": name},
    ).first()


def is_member(connection: Connection, member: str, group: str) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :member "
                "AND g.rolname = :group"
            ),
            {"member": member, "group": group},
        ).first()
    )


def check_role(
    connection: Connection,
    name: str,
    *,
    may_login: bool,
    member_of: tuple[str, ...],
    kind: str = "a researcher role",
) -> None:
    """Refuse a role that can do more than its grants say: attributes, memberships (a
    member inherits its groups' rights), ownership (an owner reads what it owns)."""
    role = role_row(connection, name)
    assert role is not None
    attributes = [
        attribute
        for attribute, held in (
            ("SUPERUSER", role.rolsuper),
            ("CREATEROLE", role.rolcreaterole),
            ("CREATEDB", role.rolcreatedb),
            ("REPLICATION", role.rolreplication),
            ("BYPASSRLS", role.rolbypassrls),
            ("LOGIN", role.rolcanlogin and not may_login),
        )
        if held
    ]
    if attributes:
        raise RoleError(
            f"role {name} already exists with {', '.join(attributes)}; {kind} must "
            "not have that: remove it (ALTER ROLE) or choose another name"
        )
    groups = connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE m.member = :oid ORDER BY 1"
        ),
        {"oid": role.oid},
    ).scalars()
    other = [group for group in groups if group not in member_of]
    if other:
        allowed = f"only be a member of {', '.join(member_of)}" if member_of else "be no member"
        raise RoleError(
            f"role {name} is also a member of {', '.join(other)}; {kind} may {allowed}: "
            "revoke that first or choose another name"
        )
    owned = connection.execute(
        text(
            "SELECT count(*) FROM pg_shdepend d JOIN pg_database db "
            "ON db.datname = current_database() WHERE d.refclassid = 'pg_authid'::regclass "
            "AND d.refobjid = :oid AND d.deptype = 'o' AND (d.dbid = db.oid "
            "OR (d.classid = 'pg_database'::regclass AND d.objid = db.oid))"
        ),
        {"oid": role.oid},
    ).scalar_one()
    if owned:
        raise RoleError(
            f"role {name} owns {owned} object(s) in this database (an owner reads what it "
            f"owns); {kind} must own nothing: choose another name"
        )


# --- privileges --------------------------------------------------------------------------


class Privilege(NamedTuple):
    kind: str  # relation, column, routine, schema, database, default <objtype>
    name: str  # the relation's, routine's, schema's or database's name (column: table.column)
    target: str  # the object as REVOKE names it ("TABLE public.dim_child"); "" for defaults
    grantee: str  # a role name, or PUBLIC
    privilege: str  # SELECT, USAGE, EXECUTE, ...
    grantable: bool
    grantor: str


# Every privilege the given roles or PUBLIC (grantee oid 0) hold in schema public, on the
# schema itself, on this database, and in default privileges for objects created later. A
# NULL ACL means PostgreSQL's defaults (acldefault): for functions and procedures that is
# EXECUTE for PUBLIC; for a database CONNECT and TEMPORARY; for a relation nothing.
_PRIVILEGES = """
WITH ns AS (
    SELECT oid FROM pg_namespace WHERE nspname = :schema
), grantee AS (
    SELECT 0::oid AS oid, 'PUBLIC' AS name
    UNION ALL SELECT oid, rolname::text FROM pg_roles WHERE rolname = ANY(:roles)
), acl AS (
    SELECT 'relation' AS kind, c.relname::text AS name,
           format('%s %I.%I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                  :schema, c.relname) AS target, a.*
    FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
    WHERE c.relnamespace = (SELECT oid FROM ns)
      AND c.relkind IN ('r', 'v', 'm', 'f', 'p', 'S')
    UNION ALL
    -- a column privilege goes with the table's: REVOKE on the table revokes it too
    SELECT 'column', c.relname || '.' || t.attname, format('TABLE %I.%I', :schema, c.relname),
           a.*
    FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid
    CROSS JOIN LATERAL aclexplode(t.attacl) a
    WHERE c.relnamespace = (SELECT oid FROM ns) AND t.attacl IS NOT NULL
    UNION ALL
    SELECT 'routine', p.oid::regprocedure::text, 'ROUTINE ' || p.oid::regprocedure::text, a.*
    FROM pg_proc p
    CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
    WHERE p.pronamespace = (SELECT oid FROM ns)
    UNION ALL
    SELECT 'schema', n.nspname::text, format('SCHEMA %I', n.nspname), a.*
    FROM pg_namespace n
    CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
    WHERE n.nspname = :schema
    UNION ALL
    SELECT 'database', d.datname::text, format('DATABASE %I', d.datname), a.*
    FROM pg_database d
    CROSS JOIN LATERAL aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
    WHERE d.datname = current_database()
    UNION ALL
    SELECT 'default ' || d.defaclobjtype::text,
           pg_get_userbyid(d.defaclrole) || ' in ' || coalesce(n.nspname, 'every schema'), '',
           a.*
    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
    CROSS JOIN LATERAL aclexplode(d.defaclacl) a
    WHERE d.defaclnamespace = 0 OR n.nspname = :schema
)
SELECT acl.kind, acl.name, acl.target, grantee.name, acl.privilege_type, acl.is_grantable,
       pg_get_userbyid(acl.grantor)
FROM acl JOIN grantee ON grantee.oid = acl.grantee
"""


def privileges(connection: Connection, roles: list[str]) -> set[Privilege]:
    """Every privilege `roles` and PUBLIC hold in and on schema public and the database."""
    rows = connection.execute(text(_PRIVILEGES), {"roles": roles, "schema": SCHEMA})
    return {Privilege(*row) for row in rows}


def revoke_as_grantors(
    connection: Connection, me: str, roles: list[str], keep: Callable[[Privilege], bool]
) -> None:
    """What a role other than the owner granted (holding the grant option) is revoked as that
    role, on that object only, where the role running this may act as it."""
    quote = connection.dialect.identifier_preparer.quote_identifier
    left = [p for p in privileges(connection, roles) if p.target and not keep(p)]
    for grantor in sorted({p.grantor for p in left}):
        may = connection.execute(
            text("SELECT pg_has_role(:grantor, 'MEMBER')"), {"grantor": grantor}
        ).scalar_one()
        if not may:
            continue  # reported by the final check
        ddl(connection, f"SET LOCAL ROLE {quote(grantor)}")
        for target, grantee in sorted(
            {(p.target, p.grantee) for p in left if p.grantor == grantor}
        ):
            to = "PUBLIC" if grantee == "PUBLIC" else quote(grantee)
            ddl(connection, f"REVOKE ALL ON {target} FROM {to} CASCADE")
        ddl(connection, f"SET LOCAL ROLE {quote(me)}")


def revoke_default_privileges(connection: Connection, roles: list[str]) -> None:
    """Default privileges that would give the roles (or PUBLIC: a table or sequence) a
    relation created later, in schema public or every schema, are revoked too."""
    quote = connection.dialect.identifier_preparer.quote_identifier
    rows = connection.execute(
        text(
            "SELECT DISTINCT pg_get_userbyid(d.defaclrole) AS owner, n.nspname AS schema, "
            "d.defaclobjtype AS objtype, CASE WHEN a.grantee = 0 THEN NULL "
            "ELSE pg_get_userbyid(a.grantee) END AS grantee "
            "FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace "
            "CROSS JOIN LATERAL aclexplode(d.defaclacl) a "
            "WHERE (d.defaclnamespace = 0 OR n.nspname = :schema) AND (a.grantee IN "
            "(SELECT oid FROM pg_roles WHERE rolname = ANY(:roles)) "
            "OR (a.grantee = 0 AND d.defaclobjtype IN ('r', 'S')))"
        ),
        {"schema": SCHEMA, "roles": roles},
    ).all()
    for row in rows:
        where = f" IN SCHEMA {quote(row.schema)}" if row.schema is not None else ""
        grantee = "PUBLIC" if row.grantee is None else quote(row.grantee)
        ddl(
            connection,
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote(row.owner)}{where} REVOKE ALL ON "
            f"{DEFAULT_ACL_OBJECTS[row.objtype]} FROM {grantee} CASCADE",
        )
