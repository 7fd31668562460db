"""The researcher role on a real PostgreSQL server: the research relations, nothing else.

The server trusts every connection (scripts/postgres.sh), so a login's password is not what
keeps it out; these tests connect as the researcher's login role and show what PostgreSQL
itself refuses it. Every table, view and sequence in schema public is tried, so one added
later is covered without touching this file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tests.conftest import environment
from warehouse import models
from warehouse.research.catalogue import RESEARCH_RELATIONS
from warehouse.research.release import build_release
from warehouse.roles import RESEARCHER_ROLE, RoleError, apply_researcher_role
from warehouse.schema import make_engine, upgrade

LOGIN = "vkw_test_researcher"
OTHER_LOGIN = "vkw_test_researcher_b"
# A quote and colons: the password must survive being turned into a statement.
PASSWORD = "it's a s3cret: 0f the r0le"
PSEUDONYM = "c" * 64  # synthetic
INSUFFICIENT_PRIVILEGE = "42501"
LATER_TABLE = "added_later_by_owner"
ODD_TABLE = "odd :name"  # text() would take ":name" for a bind parameter


# --- the server ----------------------------------------------------------------------------


@pytest.fixture
def owner_url(postgres_engine_url: str) -> str:
    return postgres_engine_url


@pytest.fixture
def superuser(owner_url: str) -> Iterator[Engine]:
    engine = make_engine(_as(owner_url, "postgres"))
    yield engine
    engine.dispose()


@pytest.fixture
def owner(owner_url: str, superuser: Engine) -> Iterator[Engine]:
    """An empty warehouse at the newest migration, as its owner; the test's roles and
    relations are removed afterwards."""
    engine = make_engine(owner_url)
    _reset(engine)
    upgrade(engine)
    yield engine
    _reset(engine)
    engine.dispose()
    with superuser.begin() as connection:
        for login in (LOGIN, OTHER_LOGIN):
            if connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
            ).first():
                connection.execute(text(f'DROP OWNED BY "{login}"'))
                connection.execute(text(f'DROP ROLE "{login}"'))
        # What the stray-privileges test grants, should it stop before apply revokes it.
        for statement in (
            "ALTER DEFAULT PRIVILEGES FOR ROLE vkw_owner IN SCHEMA public "
            f"REVOKE ALL ON TABLES FROM {RESEARCHER_ROLE}",
            "ALTER DEFAULT PRIVILEGES FOR ROLE vkw_owner REVOKE ALL ON TABLES FROM PUBLIC",
            f"REVOKE CREATE ON DATABASE vkw FROM {RESEARCHER_ROLE}",
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        ):
            connection.execute(text(statement))


def _as(url: str, user: str, password: str | None = None) -> str:
    return make_url(url).set(username=user, password=password).render_as_string(False)


def _reset(engine: Engine) -> None:
    """Drop every table and view in schema public (the research relations may be views or
    tables, and a later migration may add either), so the next upgrade starts from nothing."""
    found = inspect(engine)
    views = found.get_view_names() + found.get_materialized_view_names()
    tables = found.get_table_names()
    with engine.begin() as connection:
        for kind, names in (("VIEW", views), ("TABLE", tables)):
            for name in names:
                quoted = engine.dialect.identifier_preparer.quote_identifier(name)
                statement = f"DROP {kind} IF EXISTS {quoted} CASCADE"
                connection.execute(text(statement.replace(":", "\\:")))


def _password_file(directory: Path, mode: int = 0o600, password: str = PASSWORD) -> Path:
    path = directory / "researcher.password"
    path.write_text(password + "\n")
    path.chmod(mode)
    return path


def sqlstate(connection, statement: str) -> str | None:  # noqa: ANN001
    """Run a statement in its own transaction, rolled back; its SQLSTATE, or None if it ran."""
    if connection.in_transaction():
        connection.rollback()
    transaction = connection.begin()
    try:
        connection.execute(text(statement.replace(":", "\\:")))
    except DBAPIError as error:
        return error.orig.sqlstate
    finally:
        transaction.rollback()
    return None


# --- data: a row in every kind of table ----------------------------------------------------


def load_sample(engine: Engine) -> None:
    """One report with a child, a problem and a MaNo investigation, and a row in the note,
    quarantine, data-subject, audit and mart tables. Values are synthetic."""
    day, now, request = date(2024, 3, 15), datetime(2024, 4, 1, tzinfo=UTC), "DSR-2026-0001"
    with engine.begin() as connection:

        def first(model) -> str:  # noqa: ANN001 (a code list's first code)
            return connection.execute(select(model.code).order_by(model.code)).scalars().first()

        key = connection.execute(
            select(models.DimDate.date_key).where(models.DimDate.day == day)
        ).scalar_one()
        vk, age, sex = first(models.DimVk), first(models.DimAgeGroup), first(models.DimSex)
        # fmt: off
        rows = [
            (models.LoadPartition, dict(
                partition_id=1, vk_code=vk, period="2024-03", manifest_sha256="0" * 64,
                delivered_at="2024-04-01T00:00:00Z", loaded_at=now, reports=1, child_rows=1,
                investigations=1, manifest_rows=3)),
            (models.DimChild, dict(child_key=1, pseudonym=PSEUDONYM, partition_id=None)),
            (models.FactReport, dict(
                report_key=1, partition_id=1, report_ref="r" * 64, vk_code=vk, date_key=key,
                type_code=first(models.DimTypeWerking),
                reporter_type_code=first(models.DimReporterType), kindreflex_code=None)),
            (models.FactChildReport, dict(
                child_report_key=1, partition_id=1, report_key=1, child_key=1, vk_code=vk,
                date_key=key, age_years=9, age_group_code=age, sex_code=sex,
                province_code=first(models.DimProvince))),
            (models.FactChildProblem, dict(
                child_report_key=1, problem_code=first(models.DimProblem), partition_id=1)),
            (models.FactManoInvestigation, dict(
                investigation_key=1, partition_id=1, investigation_ref="i" * 64, report_key=1,
                child_key=1, vk_code=vk, start_date_key=key,
                outcome_code=first(models.DimManoOutcome), decision_date_key=None)),
            (models.RestrictedReportNote, dict(
                report_key=1, partition_id=1, scrubbed_text="[scrubbed] note",
                purge_after=date(2026, 3, 15))),
            (models.QuarantineItem, dict(
                vk_code=vk, period="2024-03", scope="row", suite="kinderen",
                expectation="not_null", file="kinderen.csv", line=2, column="sex",
                message="missing", held_since=now, purge_after=date(2024, 7, 1))),
            (models.DsrRequest, dict(
                request_id=request, kind="restriction", subject_pseudonym="d" * 64,
                received_on=day, handled_by="dpo", deadline=date(2024, 4, 15), status="open")),
            (models.Restriction, dict(child_pseudonym="d" * 64, since=now, request_id=request)),
            (models.ErasureTombstone, dict(
                child_pseudonym="e" * 64, erased_at=now, request_id=request)),
            (models.DsrAuditEntry, dict(
                seq=1, at="2024-04-01T00:00:00Z", actor="dpo", request_id=request,
                action="restrict", store="warehouse", detail="{}", prev_hash="0" * 64,
                entry_hash="1" * 64)),
            (models.MartReportYear, dict(
                year=2024, vk_code=vk, type_code="REGULIER", reporter_type_code="SCHOOL",
                kindreflex_code="-", reports=1)),
            (models.MartChildYear, dict(
                year=2024, child_key=1, age_group_code=age, sex_code=sex, vk_count=1)),
        ]
        # fmt: on
        for model, row in rows:
            connection.execute(insert(model), [row])
        build_release(connection)  # what a load does: the research tables from the facts
        connection.execute(text("ANALYZE"))


def relations(engine: Engine) -> dict[str, str]:
    """Every table, view, materialized view and sequence in schema public, by kind."""
    found = inspect(engine)
    kinds = {
        "table": found.get_table_names(),
        "view": found.get_view_names(),
        "materialized view": found.get_materialized_view_names(),
        "sequence": found.get_sequence_names(),
    }
    return {name: kind for kind, names in kinds.items() for name in names}


# --- the tests ------------------------------------------------------------------------------


def test_a_researcher_reads_the_research_relations_and_nothing_else(
    owner: Engine, superuser: Engine, owner_url: str, tmp_path: Path, capsys, caplog
):
    load_sample(owner)
    caplog.set_level(logging.DEBUG)
    report = apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    assert report.granted == RESEARCH_RELATIONS and report.absent == ()
    assert report.login_role == LOGIN and LOGIN in report.created and report.password_set
    captured = capsys.readouterr()
    for output in (captured.out, captured.err, caplog.text, repr(report)):
        assert PASSWORD not in output and PSEUDONYM not in output

    everything = relations(owner)
    others = {name: kind for name, kind in everything.items() if name not in RESEARCH_RELATIONS}
    # The iteration really covers the warehouse: facts, pseudonyms, notes, requests, audit.
    assert {
        "fact_report", "dim_child", "restricted_report_note", "quarantine_item", "dsr_request",
        "dsr_audit_entry", "dsr_restriction", "mart_child_year", "alembic_version",
        "dim_child_child_key_seq",
    } <= set(others)  # fmt: skip
    assert set(RESEARCH_RELATIONS) <= set(everything)

    researcher = make_engine(_as(owner_url, LOGIN, PASSWORD))
    try:
        with researcher.connect() as connection:
            who = connection.execute(
                text(
                    "SELECT current_user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls "
                    "FROM pg_roles WHERE rolname = current_user"
                )
            ).one()
            assert tuple(who) == (LOGIN, False, False, False, False)
            for role in ("vkw_owner", "postgres", "vkw_dpo", "vkw_coordinator"):
                assert sqlstate(connection, f"SET ROLE {role}") == INSUFFICIENT_PRIVILEGE, role
            assert sqlstate(connection, "SET SESSION AUTHORIZATION postgres") == (
                INSUFFICIENT_PRIVILEGE
            )

            counts = research_counts(connection)
            assert counts == research_counts(owner) and sum(counts.values()) > 0

            refused = {
                name: sqlstate(connection, f'SELECT * FROM "{name}" LIMIT 1')
                for name, kind in others.items()
            }
            assert refused == dict.fromkeys(others, INSUFFICIENT_PRIVILEGE)
            sequences = [name for name, kind in others.items() if kind == "sequence"]
            assert sequences
            for name in sequences:
                assert sqlstate(connection, f"SELECT nextval('\"{name}\"')") == (
                    INSUFFICIENT_PRIVILEGE
                )
            executable = connection.execute(
                text(
                    "SELECT count(*) FILTER (WHERE has_function_privilege(oid, 'EXECUTE')), "
                    "count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
                )
            ).one()
            connection.rollback()
            assert executable[1] >= 1 and executable[0] == 0  # the audit log's trigger function

            writable = 0
            for name in RESEARCH_RELATIONS:
                column = inspect(owner).get_columns(name)[0]["name"]
                # A view PostgreSQL can write through (one table, no join) is refused for the
                # missing privilege; a join view (research_child_problem) is not writable at
                # all (55000), whoever asks. Either way no write privilege is held.
                updatable = updatable_by_owner(owner, name)
                writable += updatable
                for statement in (
                    f'INSERT INTO "{name}" ("{column}") VALUES (1)',
                    f'UPDATE "{name}" SET "{column}" = "{column}"',
                    f'DELETE FROM "{name}"',
                ):
                    assert sqlstate(connection, statement) == (
                        INSUFFICIENT_PRIVILEGE if updatable else "55000"
                    ), statement
                held = connection.execute(
                    text(
                        "SELECT has_table_privilege(CAST(:name AS text), "
                        "'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')"
                    ),
                    {"name": name},
                ).scalar_one()
                connection.rollback()
                assert held is False, name
            assert writable >= 3  # the refusals above are about privileges, not view shape
            for statement in (
                "CREATE TABLE public.scratch (x integer)",
                "CREATE TABLE scratch (x integer)",
                "CREATE VIEW scratch AS SELECT 1 AS x",
                "CREATE FUNCTION scratch() RETURNS integer LANGUAGE sql AS 'SELECT 1'",
                "CREATE SCHEMA scratch",
            ):
                assert sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE, statement
            # PostgreSQL's default TEMPORARY privilege is kept: a session's own scratch space.
            assert sqlstate(connection, "CREATE TEMPORARY TABLE scratch (x integer)") is None

            # Planner statistics hold sample values (pseudonyms among them): pg_stats shows
            # a role only the columns it may read.
            hidden = list(others)
            seen = connection.execute(
                text("SELECT count(*) FROM pg_stats WHERE tablename = ANY(:names)"),
                {"names": hidden},
            ).scalar_one()
            connection.rollback()
            assert seen == 0
    finally:
        researcher.dispose()
    with owner.connect() as connection:
        assert connection.execute(
            text("SELECT count(*) FROM pg_stats WHERE tablename = 'dim_child'")
        ).scalar_one()

    # The password is the file's (its first line), stored only as a SCRAM verifier.
    with superuser.connect() as connection:
        stored = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :name"), {"name": LOGIN}
        ).scalar_one()
    assert scram_matches(stored, PASSWORD)
    assert not scram_matches(stored, PASSWORD + "\n")


def research_counts(connectable) -> dict[str, int]:  # noqa: ANN001
    """Rows per research relation, as the given connection (or engine) sees them."""
    if isinstance(connectable, Engine):
        with connectable.connect() as connection:
            return research_counts(connection)
    counts = {
        name: connectable.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
        for name in RESEARCH_RELATIONS
    }
    connectable.rollback()
    return counts


def updatable_by_owner(engine: Engine, name: str) -> bool:
    """Whether PostgreSQL can write through this relation at all (tables; simple views)."""
    with engine.connect() as connection:
        return bool(
            connection.execute(
                text("SELECT pg_relation_is_updatable(CAST(:name AS regclass), false)"),
                {"name": name},
            ).scalar_one()
        )


def scram_matches(verifier: str, password: str) -> bool:
    """RFC 5802/7677 as PostgreSQL stores it: SCRAM-SHA-256$iter:salt$StoredKey:ServerKey."""
    method, rest = verifier.split("$", 1)
    assert method == "SCRAM-SHA-256"
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key, server_key = (base64.b64decode(part) for part in keys.split(":"))
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return (
        hashlib.sha256(client_key).digest() == stored_key
        and hmac.new(salted, b"Server Key", "sha256").digest() == server_key
    )


def test_applying_twice_changes_nothing(owner: Engine, superuser: Engine, tmp_path: Path):
    password_file = _password_file(tmp_path)
    first = apply_researcher_role(superuser, LOGIN, password_file)
    acl_first = acls(superuser)
    second = apply_researcher_role(superuser, LOGIN, password_file)
    assert acls(superuser) == acl_first
    assert second.revoked == 0 and second.created == ()
    assert second.granted == first.granted == RESEARCH_RELATIONS
    # The owner alone (no CREATEROLE) can keep the group role's grants right...
    by_owner = apply_researcher_role(owner)
    assert by_owner.revoked == 0 and by_owner.login_role is None
    assert acls(superuser) == acl_first
    # ...but not create or alter a login role; nothing is applied then.
    with pytest.raises(RoleError) as refused:
        apply_researcher_role(owner, OTHER_LOGIN, password_file)
    assert "CREATEROLE" in str(refused.value) and "\n" not in str(refused.value)
    assert PASSWORD not in str(refused.value)
    with superuser.connect() as connection:
        assert not connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": OTHER_LOGIN}
        ).first()


def acls(engine: Engine) -> list:
    with engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT relname, relacl::text FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace UNION ALL "
                "SELECT proname, proacl::text FROM pg_proc "
                "WHERE pronamespace = 'public'::regnamespace UNION ALL "
                "SELECT nspname, nspacl::text FROM pg_namespace WHERE nspname = 'public' "
                "UNION ALL SELECT datname, datacl::text FROM pg_database "
                "WHERE datname = current_database() UNION ALL "
                "SELECT rolname, (SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) "
                "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE m.member = r.oid) FROM pg_roles r WHERE rolname LIKE 'vkw%' "
                "ORDER BY 1, 2"
            )
        ).all()


def test_stray_privileges_are_revoked_and_later_tables_stay_closed(
    owner: Engine, superuser: Engine, owner_url: str, tmp_path: Path
):
    load_sample(owner)
    with owner.begin() as connection:
        for statement in (
            f"GRANT SELECT ON fact_report TO {RESEARCHER_ROLE}",
            f"GRANT SELECT (pseudonym) ON dim_child TO {RESEARCHER_ROLE}",
            "GRANT SELECT ON dsr_request TO PUBLIC",
            "GRANT USAGE ON SEQUENCE dim_child_child_key_seq TO PUBLIC",
            f'GRANT INSERT ON "{RESEARCH_RELATIONS[0]}" TO {RESEARCHER_ROLE} WITH GRANT OPTION',
            "GRANT CREATE ON SCHEMA public TO PUBLIC",
            f"GRANT CREATE ON DATABASE vkw TO {RESEARCHER_ROLE}",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
            f"GRANT SELECT ON TABLES TO {RESEARCHER_ROLE}",
            "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC",
        ):
            connection.execute(text(statement))
        connection.execute(text(f'CREATE TABLE "{ODD_TABLE}" (x integer)'.replace(":", "\\:")))
    with superuser.begin() as connection:
        # A grant by another role than the owner (holding the grant option): the owner's
        # REVOKE does not reach it; it is revoked as that role.
        for table in ("dsr_audit_entry", f'"{ODD_TABLE}"'):
            grant = f"GRANT SELECT ON {table} TO vkw_coordinator WITH GRANT OPTION"
            connection.execute(text(grant.replace(":", "\\:")))
        connection.execute(text("SET LOCAL ROLE vkw_coordinator"))
        connection.execute(text(f"GRANT SELECT ON dsr_audit_entry TO {RESEARCHER_ROLE}"))
        connection.execute(text(f'GRANT SELECT ON "{ODD_TABLE}" TO PUBLIC'.replace(":", "\\:")))

    with pytest.raises(RoleError) as refused:  # the owner cannot act as vkw_coordinator
        apply_researcher_role(owner)
    assert "vkw_coordinator" in str(refused.value) and "\n" not in str(refused.value)
    report = apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    assert report.revoked >= 10
    with owner.begin() as connection:
        connection.execute(text(f"CREATE TABLE {LATER_TABLE} (x integer)"))
        connection.execute(text(f"INSERT INTO {LATER_TABLE} VALUES (1)"))

    first = RESEARCH_RELATIONS[0]
    column = inspect(owner).get_columns(first)[0]["name"]
    researcher = make_engine(_as(owner_url, LOGIN, PASSWORD))
    try:
        with researcher.connect() as connection:
            for statement in (
                "SELECT * FROM fact_report",
                "SELECT pseudonym FROM dim_child",
                "SELECT * FROM dsr_request",
                "SELECT * FROM dsr_audit_entry",
                f"SELECT * FROM {LATER_TABLE}",
                f'SELECT * FROM "{ODD_TABLE}"',
                "SELECT nextval('dim_child_child_key_seq')",
                f'INSERT INTO "{first}" ("{column}") VALUES (2)',
                "CREATE TABLE scratch (x integer)",
                "CREATE SCHEMA scratch",
            ):
                assert sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE, statement
            assert sqlstate(connection, f'SELECT * FROM "{first}"') is None
    finally:
        researcher.dispose()
    assert apply_researcher_role(superuser, LOGIN, _password_file(tmp_path)).revoked == 0


def test_research_relations_may_be_views_or_tables_and_absent_ones_are_skipped(
    owner: Engine, superuser: Engine, owner_url: str, tmp_path: Path
):
    """Whatever the migrations made of them, one research relation is turned into the other
    kind (a view over a table now hidden, or a table copied from a view) and one is dropped."""
    load_sample(owner)
    swapped, gone = RESEARCH_RELATIONS[0], RESEARCH_RELATIONS[-1]
    kinds = relations(owner)
    hidden = f"{swapped}_base"
    with owner.begin() as connection:
        if kinds[swapped] == "view":
            connection.execute(text(f'CREATE TABLE "{hidden}" AS SELECT * FROM "{swapped}"'))
            connection.execute(text(f'DROP VIEW "{swapped}" CASCADE'))
            connection.execute(text(f'ALTER TABLE "{hidden}" RENAME TO "{swapped}"'))
            hidden = None
        else:
            connection.execute(text(f'ALTER TABLE "{swapped}" RENAME TO "{hidden}"'))
            connection.execute(text(f'CREATE VIEW "{swapped}" AS SELECT * FROM "{hidden}"'))
        kind = "VIEW" if kinds[gone] == "view" else "TABLE"
        connection.execute(text(f'DROP {kind} "{gone}" CASCADE'))
    report = apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    assert report.absent == (gone,)
    assert report.granted == tuple(name for name in RESEARCH_RELATIONS if name != gone)
    assert relations(owner)[swapped] != kinds[swapped]

    researcher = make_engine(_as(owner_url, LOGIN, PASSWORD))
    try:
        with researcher.connect() as connection:
            seen = connection.execute(text(f'SELECT count(*) FROM "{swapped}"')).scalar_one()
            connection.rollback()
            with owner.connect() as as_owner:
                assert (
                    seen == as_owner.execute(text(f'SELECT count(*) FROM "{swapped}"')).scalar_one()
                )
            if hidden is not None:
                assert sqlstate(connection, f'SELECT * FROM "{hidden}"') == INSUFFICIENT_PRIVILEGE
            column = inspect(owner).get_columns(swapped)[0]["name"]
            statements = [
                f'INSERT INTO "{swapped}" ("{column}") VALUES (2)',
                f'UPDATE "{swapped}" SET "{column}" = "{column}"',
                f'DELETE FROM "{swapped}"',
            ]
            if hidden is None:  # now a table
                statements += [
                    f'TRUNCATE "{swapped}"',
                    f'ALTER TABLE "{swapped}" ADD COLUMN x integer',
                ]
            for statement in statements:
                assert sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE, statement
            for name in report.granted:
                assert sqlstate(connection, f'SELECT * FROM "{name}" LIMIT 1') is None, name
    finally:
        researcher.dispose()


def test_a_password_file_must_be_private(owner: Engine, superuser: Engine, tmp_path: Path):
    path = _password_file(tmp_path, mode=0o644)
    with pytest.raises(RoleError) as refused:
        apply_researcher_role(superuser, LOGIN, path)
    message = str(refused.value)
    assert str(path) in message and "0644" in message and "0600" in message
    assert "\n" not in message and PASSWORD not in message
    for mode in (0o640, 0o604, 0o700):
        with pytest.raises(RoleError, match=f"{mode:04o}"):
            apply_researcher_role(superuser, LOGIN, _password_file(tmp_path, mode=mode))
    with pytest.raises(RoleError, match="does not exist"):
        apply_researcher_role(superuser, LOGIN, tmp_path / "missing")
    with pytest.raises(RoleError, match="empty"):
        apply_researcher_role(superuser, LOGIN, _password_file(tmp_path, password=""))
    with pytest.raises(RoleError, match="password file"):
        apply_researcher_role(superuser, LOGIN, None)
    with superuser.connect() as connection:
        assert not connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": LOGIN}
        ).first()
    assert apply_researcher_role(superuser, LOGIN, _password_file(tmp_path, mode=0o400))


@pytest.mark.parametrize(
    "login",
    [
        "Researcher",
        "1researcher",
        "re-searcher",
        "x; DROP TABLE fact_report",
        'a"b',
        "a" * 64,
        "",
        "researcher\n",
        "onderzoekér",
    ],
)
def test_a_bad_login_name_is_refused(superuser: Engine, tmp_path: Path, login: str):
    with pytest.raises(RoleError) as refused:
        apply_researcher_role(superuser, login, _password_file(tmp_path))
    message = str(refused.value)
    assert message.startswith("login:") and "^[a-z_][a-z0-9_]{0,62}$" in message
    assert "\n" not in message


@pytest.mark.parametrize("login", ["vkw_owner", "vkw_dpo", RESEARCHER_ROLE, "postgres", "pg_x"])
def test_the_warehouse_s_own_roles_never_become_a_researcher_s_login(
    owner: Engine, superuser: Engine, tmp_path: Path, login: str
):
    before = acls(superuser)
    with pytest.raises(RoleError, match="^login: "):
        apply_researcher_role(superuser, login, _password_file(tmp_path))
    assert acls(superuser) == before


def test_an_existing_group_or_privileged_role_is_refused(
    owner: Engine, superuser: Engine, tmp_path: Path
):
    with superuser.begin() as connection:
        connection.execute(text(f"CREATE ROLE {LOGIN} NOLOGIN"))
    with pytest.raises(RoleError, match="NOLOGIN"):
        apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    with superuser.begin() as connection:
        connection.execute(text(f"ALTER ROLE {LOGIN} LOGIN"))
        connection.execute(text(f"GRANT vkw_dpo TO {LOGIN}"))
    with pytest.raises(RoleError, match="member of vkw_dpo"):
        apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    with superuser.begin() as connection:
        connection.execute(text(f"REVOKE vkw_dpo FROM {LOGIN}"))
        connection.execute(text(f"ALTER ROLE {LOGIN} CREATEDB"))
    with pytest.raises(RoleError, match="CREATEDB"):
        apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    with superuser.begin() as connection:
        connection.execute(text(f"ALTER ROLE {LOGIN} NOCREATEDB"))
    report = apply_researcher_role(superuser, LOGIN, _password_file(tmp_path))
    assert report.created == () and report.login_role == LOGIN


def test_vkw_db_roles_summary(owner: Engine, owner_url: str, tmp_path: Path):
    from vkw.commands.db_roles import roles_text

    with environment(VKW_HOME=str(tmp_path), VKW_DATABASE_URL=_as(owner_url, "postgres")):
        summary = roles_text(LOGIN, _password_file(tmp_path))
        again = roles_text(LOGIN, _password_file(tmp_path))
    assert f"may SELECT {len(RESEARCH_RELATIONS)} of {len(RESEARCH_RELATIONS)}" in summary
    assert f"login role {LOGIN} (created)" in summary and f"{LOGIN} (updated)" in again
    assert "privileges revoked: 0" in again
    assert PASSWORD not in summary + again


def test_vkw_db_roles_leaves_migrations_to_the_owner(owner: Engine, owner_url: str, tmp_path: Path):
    from vkw.commands.db_roles import roles_text

    _reset(owner)  # an empty database: the superuser would create (and own) every table
    with (
        environment(VKW_HOME=str(tmp_path), VKW_DATABASE_URL=_as(owner_url, "postgres")),
        pytest.raises(RoleError, match="upgrade as vkw_owner first"),
    ):
        roles_text(None, None)
    assert inspect(owner).get_table_names() == []


def test_sqlite_has_no_roles(tmp_path: Path):
    from vkw.commands.db_roles import roles_text

    engine = make_engine(f"sqlite:///{tmp_path / 'warehouse.db'}")
    for arguments in ((), (LOGIN, _password_file(tmp_path))):
        with pytest.raises(RoleError) as refused:
            apply_researcher_role(engine, *arguments)
        message = str(refused.value)
        assert "only on PostgreSQL" in message and "vkw research export" in message
        assert "\n" not in message
    with (
        environment(VKW_DATABASE_URL=f"sqlite:///{tmp_path / 'home' / 'warehouse.db'}"),
        pytest.raises(RoleError, match="vkw research export"),
    ):
        roles_text(None, None)


def test_vkw_db_roles_on_sqlite_exits_2_in_one_line(tmp_path: Path):
    from tests.conftest import vkw

    result = vkw(tmp_path, "db", "roles")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "vkw research export" in result.stderr
