"""PostgreSQL roles: a researcher reads the research relations and nothing else.

`apply_researcher_role` makes the NOLOGIN group role `vkw_researcher` hold exactly
USAGE on schema public and SELECT on those relations of `RESEARCH_RELATIONS`
(warehouse/research/catalogue.py) that exist there, views or tables alike. Everything
else it or PUBLIC holds in schema public is revoked: relations (and their columns),
sequences, functions and procedures, CREATE on the schema and on the database, and
default privileges that would hand it a relation created later. PUBLIC keeps what
PostgreSQL gives it by default and a researcher needs or cannot abuse: CONNECT and
TEMPORARY on the database, USAGE on schema public. A researcher's LOGIN role, if asked
for, is a member of the group role and of nothing else, owns nothing, and gets its
password from a 0600 file as a SCRAM verifier computed here (the plain password is
never sent to the server, logged or printed).

All of it runs in one transaction, under an advisory lock, and ends with a check of
the privileges as they are then: if anything beyond the intended grants is left, nothing
is applied. (A REVOKE takes back only what its own role granted, a superuser's or an
owner member's what the owner granted; what a third role granted with a grant option is
revoked as that role, which needs membership in it, e.g. a superuser.) Running it again
changes nothing.

Creating or altering roles needs CREATEROLE (or a superuser); revoking and granting
needs the owner of the objects (or a superuser). SQLite has no roles: researchers on
the embedded database get `vkw research export` instead.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import StatementError

from warehouse.research.catalogue import RESEARCH_RELATIONS

RESEARCHER_ROLE = "vkw_researcher"
# The project's own roles (scripts/postgres.sh, docs): never a researcher's login.
PROJECT_ROLES = ("vkw_owner", RESEARCHER_ROLE, "vkw_coordinator", "vkw_dpo")
SCHEMA = "public"
LOGIN_FORM = "^[a-z_][a-z0-9_]{0,62}$"
_LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")  # fullmatch: no trailing newline slips by
_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")
ON_SQLITE = (
    "database roles exist only on PostgreSQL; on the embedded SQLite database, "
    "researchers get their data through `vkw research export`"
)
# Tables, views, materialized views, foreign tables, partitioned tables.
RELATION_KINDS = ("r", "v", "m", "f", "p")
_DEFAULT_ACL_OBJECTS = {
    "r": "TABLES",
    "S": "SEQUENCES",
    "f": "FUNCTIONS",
    "T": "TYPES",
    "n": "SCHEMAS",
}


class RoleError(RuntimeError):
    """Why the roles were not applied, in one line without a secret; nothing was changed."""


@dataclass(frozen=True)
class RoleReport:
    database: str
    group_role: str
    login_role: str | None
    granted: tuple[str, ...]  # research relations the group role may SELECT
    absent: tuple[str, ...]  # research relations not (yet) in schema public
    created: tuple[str, ...]  # roles this call created
    revoked: int  # privileges taken away from the researcher roles and PUBLIC
    password_set: bool


def require_postgresql(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        raise RoleError(ON_SQLITE)
    if engine.dialect.name != "postgresql":
        raise RoleError(f"database roles are managed on PostgreSQL only, not {engine.dialect.name}")


def validate_login(login: str) -> None:
    if not isinstance(login, str) or not _LOGIN.fullmatch(login):
        raise RoleError(
            f"login: a role name must match {LOGIN_FORM} (lower-case letters, digits and _, "
            "not starting with a digit, at most 63 characters)"
        )
    if login.startswith("pg_"):
        raise RoleError("login: role names starting with pg_ are reserved by PostgreSQL")
    if login in PROJECT_ROLES or login == "postgres":
        raise RoleError(f"login: {login} is one of the warehouse's own roles; choose another name")


def read_password_file(path: Path) -> str:
    """The password in `path` (one line; a trailing newline is not part of it)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise RoleError(f"password file {path} does not exist") from None
    except OSError as error:
        raise RoleError(f"password file {path} cannot be read ({error.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise RoleError(f"password file {path} is not a regular file")
    mode = stat.S_IMODE(info.st_mode)
    if mode & ~0o600:
        raise RoleError(
            f"password file {path} has mode {mode:04o}; it must be 0600 or stricter "
            "(readable by its owner only)"
        )
    try:
        content = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise RoleError(f"password file {path} cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise RoleError(f"password file {path} is not UTF-8 text") from None
    password = content.removesuffix("\n").removesuffix("\r")
    if not password:
        raise RoleError(f"password file {path} is empty")
    if any(character in password for character in "\r\n\0"):
        raise RoleError(f"password file {path} must hold the password on a single line")
    return password


def apply_researcher_role(
    engine: Engine, login: str | None = None, password_file: Path | None = None
) -> RoleReport:
    """Give `vkw_researcher` SELECT on the research relations and nothing else (idempotent);
    with `login`, also a LOGIN role of that name, member of it, password from the file."""
    require_postgresql(engine)
    password = None
    if login is not None:
        validate_login(login)
        if password_file is None:
            raise RoleError("password_file: a login role needs a password file (mode 0600)")
        password = read_password_file(Path(password_file))
    elif password_file is not None:
        raise RoleError("password_file: given without a login role to set it for")
    try:
        with engine.begin() as connection:
            return _apply(connection, login, password)
    except StatementError as error:
        # The statement (which may carry a password verifier) stays out of the message.
        raise RoleError(f"PostgreSQL refused the role change: {_primary(error)}") from None


def _ddl(connection: Connection, statement: str) -> None:
    """Run a statement built from quoted names (some read from the catalogue): a colon in a
    quoted name is escaped so text() does not take it for a bind parameter."""
    connection.execute(text(statement.replace(":", "\\:")))


def _primary(error: StatementError) -> str:
    diag = getattr(error.orig, "diag", None)
    message = getattr(diag, "message_primary", None) or type(error.orig).__name__
    return " ".join(str(message).split())


# --- the transaction ---------------------------------------------------------------------


def _apply(connection: Connection, login: str | None, password: str | None) -> RoleReport:
    quote = connection.dialect.identifier_preparer.quote_identifier
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('vkw.warehouse.roles'))"))
    me = connection.execute(
        text(
            "SELECT current_user AS name, rolsuper OR rolcreaterole AS may_create, "
            "current_database() AS database FROM pg_roles WHERE rolname = current_user"
        )
    ).one()

    def need_createrole(what: str) -> None:
        if not me.may_create:
            raise RoleError(
                f"{me.name} may not {what} (it needs CREATEROLE or superuser); "
                "run this with an administrator's database URL"
            )

    created: list[str] = []
    if _role(connection, RESEARCHER_ROLE) is None:
        need_createrole(f"create the role {RESEARCHER_ROLE}")
        _ddl(connection, f"CREATE ROLE {quote(RESEARCHER_ROLE)} NOLOGIN INHERIT")
        created.append(RESEARCHER_ROLE)
    _check_role(connection, RESEARCHER_ROLE, may_login=False, member_of=())

    if login is not None:
        assert password is not None
        if login == me.name:
            raise RoleError(f"login: {login} is the role running this; choose another name")
        need_createrole(f"create or alter the login role {login}")
        verifier = _scram_verifier(connection, login, password)
        if _role(connection, login) is None:
            statement = f"CREATE ROLE {quote(login)} LOGIN INHERIT"
            created.append(login)
        else:
            _check_role(connection, login, may_login=True, member_of=(RESEARCHER_ROLE,))
            _check_login_role(connection, login)
            statement = f"ALTER ROLE {quote(login)} LOGIN INHERIT NOCREATEDB NOCREATEROLE"
        # A utility statement takes no bind parameters; the verifier is checked to be plain
        # base64 and punctuation, and sent as a literal through the driver (text() would read
        # its colons as parameters).
        connection.exec_driver_sql(f"{statement} PASSWORD '{verifier}'")
        if not _is_member(connection, login, RESEARCHER_ROLE):
            _ddl(connection, f"GRANT {quote(RESEARCHER_ROLE)} TO {quote(login)}")
        _check_role(connection, login, may_login=True, member_of=(RESEARCHER_ROLE,))

    roles = [RESEARCHER_ROLE] + ([login] if login is not None else [])
    before = _privileges(connection, roles)
    present = _present_relations(connection)
    granted = tuple(name for name in RESEARCH_RELATIONS if name in present)
    absent = tuple(name for name in RESEARCH_RELATIONS if name not in present)

    schema = quote(SCHEMA)
    grantees = ", ".join(["PUBLIC", *(quote(role) for role in roles)])
    for statement in (
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {grantees} CASCADE",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {grantees} CASCADE",
        f"REVOKE ALL ON ALL ROUTINES IN SCHEMA {schema} FROM {grantees} CASCADE",
        f"REVOKE ALL ON SCHEMA {schema} FROM {', '.join(quote(role) for role in roles)} CASCADE",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC CASCADE",
        f"REVOKE CREATE ON DATABASE {quote(me.database)} FROM {grantees} CASCADE",
    ):
        _ddl(connection, statement)
    _revoke_third_party_grants(connection, me.name, roles, me.database, granted)
    _revoke_default_privileges(connection, roles)
    _ddl(connection, f"GRANT USAGE ON SCHEMA {schema} TO {quote(RESEARCHER_ROLE)}")
    for name in granted:
        _ddl(connection, f"GRANT SELECT ON {schema}.{quote(name)} TO {quote(RESEARCHER_ROLE)}")

    after = _privileges(connection, roles)
    left = sorted(p for p in after if not _intended(p, me.database, granted))
    if left:
        first = left[0]
        raise RoleError(
            f"{len(left)} privilege(s) could not be revoked from {', '.join(roles)} or PUBLIC "
            f"(first: {first.privilege} on {first.target or first.kind} for {first.grantee}, "
            f"granted by {first.grantor}): revoke them as {first.grantor}, or run this as a "
            "superuser"
        )
    return RoleReport(
        database=me.database,
        group_role=RESEARCHER_ROLE,
        login_role=login,
        granted=granted,
        absent=absent,
        created=tuple(created),
        revoked=len(before - after),
        password_set=login is not None,
    )


# --- roles -------------------------------------------------------------------------------


def _role(connection: Connection, name: str):  # noqa: ANN202 (a Row or None)
    return connection.execute(
        text(
            "SELECT oid, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, "
            "rolcanlogin FROM pg_roles WHERE rolname = :name"
        ),
        {"name": name},
    ).first()


def _is_member(connection: Connection, member: str, group: str) -> bool:
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


def _check_role(
    connection: Connection, name: str, *, may_login: bool, member_of: tuple[str, ...]
) -> None:
    """Refuse a role that can do more than a researcher: attributes, memberships, ownership."""
    role = _role(connection, name)
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
            f"role {name} already exists with {', '.join(attributes)}; a researcher role must "
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
        raise RoleError(
            f"role {name} is also a member of {', '.join(other)}; a researcher role may only "
            f"be a member of {RESEARCHER_ROLE}: revoke that first or choose another name"
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
            "owns); a researcher role must own nothing: choose another name"
        )


def _check_login_role(connection: Connection, name: str) -> None:
    """An existing role becomes a researcher's login only if it is a login, not a group."""
    role = _role(connection, name)
    if not role.rolcanlogin:
        raise RoleError(
            f"role {name} already exists as a NOLOGIN (group) role; a researcher's login "
            "must be a new role or an existing login role: choose another name"
        )
    members = connection.execute(
        text("SELECT count(*) FROM pg_auth_members WHERE roleid = :oid"), {"oid": role.oid}
    ).scalar_one()
    if members:
        raise RoleError(
            f"role {name} has {members} member role(s), so it is a group: a researcher's "
            "login must not pass its rights on; choose another name"
        )


def _scram_verifier(connection: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of the password, computed by libpq on this side."""
    driver = connection.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:
        raise RoleError(
            "setting a password needs the psycopg 3 driver (a postgresql+psycopg:// URL)"
        )
    try:
        verifier = pgconn.encrypt_password(
            password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
        ).decode("ascii")
    except Exception:  # noqa: BLE001 (whatever libpq says might quote its input)
        raise RoleError("the password could not be encrypted (libpq refused it)") from None
    if not _VERIFIER.fullmatch(verifier):
        raise RoleError("the password could not be encrypted (unexpected verifier form)")
    return verifier


# --- privileges --------------------------------------------------------------------------


class Privilege(NamedTuple):
    kind: str  # relation, column, routine, schema, database, default <objtype>
    name: str  # the relation's, routine's, schema's or database's name
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


def _privileges(connection: Connection, roles: list[str]) -> set[Privilege]:
    rows = connection.execute(text(_PRIVILEGES), {"roles": roles, "schema": SCHEMA})
    return {Privilege(*row) for row in rows}


def _intended(privilege: Privilege, database: str, granted: tuple[str, ...]) -> bool:
    """Whether a privilege may be left: the grants, connecting to the database, and PUBLIC's
    defaults that expose no relation (USAGE on schema public; EXECUTE on functions and USAGE
    on types created later, which every role gets unless their owner says otherwise)."""
    kind, name, _, grantee, privilege, grantable, _ = privilege
    if grantable:
        return False
    if kind == "relation":
        return grantee == RESEARCHER_ROLE and privilege == "SELECT" and name in granted
    if kind == "schema":
        return grantee in (RESEARCHER_ROLE, "PUBLIC") and privilege == "USAGE"
    if kind == "database":
        return name == database and privilege in ("CONNECT", "TEMPORARY")
    if kind in ("default f", "default T"):
        return grantee == "PUBLIC" and privilege in ("EXECUTE", "USAGE")
    return False


def _revoke_third_party_grants(
    connection: Connection, me: str, roles: list[str], database: str, granted: tuple[str, ...]
) -> None:
    """What a role other than the owner granted (holding the grant option) is revoked as that
    role, on that object only, where the role running this may act as it."""
    quote = connection.dialect.identifier_preparer.quote_identifier
    left = [
        p
        for p in _privileges(connection, roles)
        if p.target and not _intended(p, database, granted)
    ]
    for grantor in sorted({p.grantor for p in left}):
        may = connection.execute(
            text("SELECT pg_has_role(:grantor, 'MEMBER')"), {"grantor": grantor}
        ).scalar_one()
        if not may:
            continue  # reported by the final check
        _ddl(connection, f"SET LOCAL ROLE {quote(grantor)}")
        for target, grantee in sorted(
            {(p.target, p.grantee) for p in left if p.grantor == grantor}
        ):
            to = "PUBLIC" if grantee == "PUBLIC" else quote(grantee)
            _ddl(connection, f"REVOKE ALL ON {target} FROM {to} CASCADE")
        _ddl(connection, f"SET LOCAL ROLE {quote(me)}")


def _present_relations(connection: Connection) -> set[str]:
    return set(
        connection.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = :schema AND c.relkind = ANY(:kinds) AND c.relname = ANY(:names)"
            ),
            {"schema": SCHEMA, "kinds": list(RELATION_KINDS), "names": list(RESEARCH_RELATIONS)},
        ).scalars()
    )


def _revoke_default_privileges(connection: Connection, roles: list[str]) -> None:
    """Default privileges that would give the researcher (or PUBLIC: a table or sequence) a
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
        _ddl(
            connection,
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote(row.owner)}{where} REVOKE ALL ON "
            f"{_DEFAULT_ACL_OBJECTS[row.objtype]} FROM {grantee} CASCADE",
        )
