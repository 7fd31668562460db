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

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import StatementError

from warehouse.research.catalogue import RESEARCH_RELATIONS
from warehouse.roles_catalogue import (
    RELATION_KINDS,
    SCHEMA,
    Privilege,
    RoleError,
    check_role,
    ddl,
    is_member,
    primary_message,
    privileges,
    revoke_as_grantors,
    revoke_default_privileges,
    role_row,
)

__all__ = [
    "ON_SQLITE",
    "PROJECT_ROLES",
    "RESEARCHER_ROLE",
    "RoleError",
    "RoleReport",
    "apply_researcher_in",
    "apply_researcher_role",
    "lock_roles",
    "login_password",
    "read_password_file",
    "require_postgresql",
    "validate_login",
]

RESEARCHER_ROLE = "vkw_researcher"
# The project's own roles (scripts/postgres.sh, docs): never a researcher's login.
PROJECT_ROLES = ("vkw_owner", RESEARCHER_ROLE, "vkw_coordinator", "vkw_dpo")
LOGIN_FORM = "^[a-z_][a-z0-9_]{0,62}$"
_LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")  # fullmatch: no trailing newline slips by
_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")
ON_SQLITE = (
    "database roles exist only on PostgreSQL; on the embedded SQLite database, "
    "researchers get their data through `vkw research export`"
)


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
    password = login_password(login, password_file)
    try:
        with engine.begin() as connection:
            return apply_researcher_in(connection, login, password)
    except StatementError as error:
        # The statement (which may carry a password verifier) stays out of the message.
        raise RoleError(f"PostgreSQL refused the role change: {primary_message(error)}") from None


def login_password(login: str | None, password_file: Path | None) -> str | None:
    """The login's password from its file, after checking the login's name; None without a
    login (a password file without a login is refused)."""
    if login is not None:
        validate_login(login)
        if password_file is None:
            raise RoleError("password_file: a login role needs a password file (mode 0600)")
        return read_password_file(Path(password_file))
    if password_file is not None:
        raise RoleError("password_file: given without a login role to set it for")
    return None


def lock_roles(connection: Connection) -> None:
    """One role change at a time: every apply takes this lock first, in its transaction."""
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('vkw.warehouse.roles'))"))


# --- the transaction ---------------------------------------------------------------------


def apply_researcher_in(
    connection: Connection, login: str | None, password: str | None
) -> RoleReport:
    """The researcher's grants in the caller's transaction (see `apply_researcher_role`)."""
    quote = connection.dialect.identifier_preparer.quote_identifier
    lock_roles(connection)
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
    if role_row(connection, RESEARCHER_ROLE) is None:
        need_createrole(f"create the role {RESEARCHER_ROLE}")
        ddl(connection, f"CREATE ROLE {quote(RESEARCHER_ROLE)} NOLOGIN INHERIT")
        created.append(RESEARCHER_ROLE)
    check_role(connection, RESEARCHER_ROLE, may_login=False, member_of=())

    if login is not None:
        assert password is not None
        if login == me.name:
            raise RoleError(f"login: {login} is the role running this; choose another name")
        need_createrole(f"create or alter the login role {login}")
        verifier = _scram_verifier(connection, login, password)
        if role_row(connection, login) is None:
            statement = f"CREATE ROLE {quote(login)} LOGIN INHERIT"
            created.append(login)
        else:
            check_role(connection, login, may_login=True, member_of=(RESEARCHER_ROLE,))
            _check_login_role(connection, login)
            statement = f"ALTER ROLE {quote(login)} LOGIN INHERIT NOCREATEDB NOCREATEROLE"
        # A utility statement takes no bind parameters; the verifier is checked to be plain
        # base64 and punctuation, and sent as a literal through the driver (text() would read
        # its colons as parameters).
        connection.exec_driver_sql(f"{statement} PASSWORD '{verifier}'")
        if not is_member(connection, login, RESEARCHER_ROLE):
            ddl(connection, f"GRANT {quote(RESEARCHER_ROLE)} TO {quote(login)}")
        check_role(connection, login, may_login=True, member_of=(RESEARCHER_ROLE,))

    roles = [RESEARCHER_ROLE] + ([login] if login is not None else [])
    before = privileges(connection, roles)
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
        ddl(connection, statement)
    revoke_as_grantors(connection, me.name, roles, lambda p: _intended(p, me.database, granted))
    revoke_default_privileges(connection, roles)
    ddl(connection, f"GRANT USAGE ON SCHEMA {schema} TO {quote(RESEARCHER_ROLE)}")
    for name in granted:
        ddl(connection, f"GRANT SELECT ON {schema}.{quote(name)} TO {quote(RESEARCHER_ROLE)}")

    after = privileges(connection, roles)
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


def _check_login_role(connection: Connection, name: str) -> None:
    """An existing role becomes a researcher's login only if it is a login, not a group."""
    role = role_row(connection, name)
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
