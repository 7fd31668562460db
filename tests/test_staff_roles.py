"""The data coordinator's and the DPO's roles on a real PostgreSQL server.

As in tests/test_researcher_role.py, the server trusts every connection: these tests log
in as a LOGIN member of each group role and show what PostgreSQL itself lets it do. The
coordinator runs the warehouse's own load, mart and release code; the DPO its own case
file and audit code. What a role must not do is tried statement by statement and must be
refused with insufficient_privilege (42501), not by a trigger or a constraint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select, text

from tests.conftest import environment
from tests.test_loading_fast import ANNA, BERT, CARO, _drop
from tests.test_researcher_role import _as, _reset, load_sample, relations, sqlstate
from tests.test_researcher_role import acls as relation_acls
from warehouse import models
from warehouse.dsr import audit, cases
from warehouse.dsr.actions import subject_vks
from warehouse.loading import load_drop
from warehouse.marts import refresh_years
from warehouse.quarantine import ROW, Hold, hold, resolve_loaded
from warehouse.research.catalogue import RESEARCH_RELATIONS
from warehouse.research.release import build_release
from warehouse.retention import purge_expired_notes
from warehouse.roles import RESEARCHER_ROLE
from warehouse.roles_catalogue import RoleError
from warehouse.roles_grants import (
    COORDINATOR_ROLE,
    DPO_ROLE,
    STAFF_ROLES,
    classification,
)
from warehouse.roles_staff import apply_roles, apply_staff_in
from warehouse.schema import make_engine, upgrade

INSUFFICIENT_PRIVILEGE = "42501"
LOGINS = {COORDINATOR_ROLE: "vkw_test_coordinator", DPO_ROLE: "vkw_test_dpo"}
LATER_TABLE = "added_later_unclassified"
PSEUDONYM = "d" * 64  # synthetic, as in load_sample


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
    """An empty warehouse at the newest migration, as its owner; the test's logins, stray
    grants and relations are removed afterwards."""
    engine = make_engine(owner_url)
    _reset(engine)
    upgrade(engine)
    yield engine
    _reset(engine)
    engine.dispose()
    with superuser.begin() as connection:
        for login in LOGINS.values():
            if connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
            ).first():
                connection.execute(text(f'DROP OWNED BY "{login}"'))
                connection.execute(text(f'DROP ROLE "{login}"'))
        for role in STAFF_ROLES:  # what the stray-privileges test grants
            for statement in (
                f"ALTER DEFAULT PRIVILEGES FOR ROLE vkw_owner REVOKE ALL ON TABLES FROM {role}",
                f"REVOKE CREATE ON DATABASE vkw FROM {role}",
                f"REVOKE CREATE ON SCHEMA public FROM {role}",
            ):
                connection.execute(text(statement))


@pytest.fixture
def login_as(owner: Engine, owner_url: str, superuser: Engine) -> Iterator[Callable]:
    """An engine logged in as a new LOGIN role, member of the given group role only."""
    engines = []

    def login(group: str) -> Engine:
        name = LOGINS[group]
        with superuser.begin() as connection:
            connection.execute(text(f"CREATE ROLE {name} LOGIN"))
            connection.execute(text(f"GRANT {group} TO {name}"))
        engine = make_engine(_as(owner_url, name))
        engines.append(engine)
        return engine

    yield login
    for engine in engines:
        engine.dispose()


def refused(engine: Engine, statements: list[str]) -> None:
    with engine.connect() as connection:
        for statement in statements:
            assert sqlstate(connection, statement) == INSUFFICIENT_PRIVILEGE, statement


def allowed(engine: Engine, statements: list[str]) -> None:
    with engine.connect() as connection:
        for statement in statements:
            assert sqlstate(connection, statement) is None, statement


# What neither staff role may do: create (only the owner runs migrations), change the audit
# log, or empty a table wholesale.
NEVER = [
    "CREATE TABLE public.scratch (x integer)",
    "CREATE VIEW public.scratch AS SELECT 1 AS x",
    "CREATE SCHEMA scratch",
    "UPDATE dsr_audit_entry SET actor = actor",
    "DELETE FROM dsr_audit_entry",
    "TRUNCATE dsr_audit_entry",
    "TRUNCATE fact_report CASCADE",
    "DELETE FROM dsr_request",
    "INSERT INTO dsr_erasure_tombstone VALUES ('x', now(), 'DSR-2026-0009')",
    "UPDATE dsr_restriction SET lifted_at = now()",
    "ALTER TABLE fact_report ADD COLUMN x integer",
]


# --- the classification --------------------------------------------------------------------


def test_every_table_of_the_models_is_classified():
    """A table added to the models (or a migration's alembic_version) without a decision in
    warehouse/roles_grants.yaml fails here; so does a stale entry."""
    classified = set(classification())
    made = set(models.Base.metadata.tables) | {"alembic_version"}
    assert made - classified == set(), "tables missing from warehouse/roles_grants.yaml"
    assert classified - made == set(), "tables in roles_grants.yaml the models do not make"
    researcher = {t for t, roles in classification().items() if RESEARCHER_ROLE in roles}
    assert researcher == set(RESEARCH_RELATIONS)  # the researcher's grants come from those


def test_every_relation_the_migrations_make_is_classified(owner: Engine):
    assert set(relations(owner)) - _sequences(owner) == set(classification())


def test_notes_and_data_subject_tables_are_classified_as_the_roles_need():
    grants = classification()
    coordinator = {t: g for t, by_role in grants.items() if (g := by_role.get(COORDINATOR_ROLE))}
    for table in ("dsr_request", "dsr_audit_entry", "research_grant"):
        assert table not in coordinator
    # Only what a load checks: is a pseudonym tombstoned, is it restricted now.
    assert coordinator["dsr_erasure_tombstone"].privileges == frozenset()
    assert coordinator["dsr_restriction"].privileges == frozenset()
    assert "scrubbed_text" not in {c for _, c in coordinator["restricted_report_note"].columns}
    assert "SELECT" not in coordinator["restricted_report_note"].privileges
    assert grants["dsr_audit_entry"][DPO_ROLE].privileges == {"SELECT", "INSERT"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("tables: {fact_report: {vkw_coordinator: [SELECT, DROP]}}", "DROP"),
        ("tables: {fact_report: {vkw_owner: [SELECT]}}", "not one of the roles"),
        ("tables: {fact_report: {vkw_dpo: [SELECT, 'SELECT(vk_code)']}}", "on the table and"),
        ("tables: {fact_report: {vkw_dpo: []}}", "non-empty list"),
        ("tables: {fact_report: {vkw_dpo: ['DELETE(vk_code)']}}", "column privilege"),
        ("tables: [fact_report]", "a mapping"),
    ],
)
def test_a_malformed_grants_file_is_refused(tmp_path: Path, content: str, message: str):
    path = tmp_path / "grants.yaml"
    path.write_text(content)
    with pytest.raises(RoleError, match=message):
        classification(path)


# --- the coordinator -----------------------------------------------------------------------


def test_the_coordinator_loads_but_reads_no_note_and_no_request(
    owner: Engine, superuser: Engine, login_as: Callable
):
    now = datetime.now(UTC)
    with owner.begin() as connection:  # what the DPO's requests left: CARO erased, BERT restricted
        connection.execute(
            insert(models.ErasureTombstone),
            [{"child_pseudonym": CARO, "erased_at": now, "request_id": "DSR-2026-0001"}],
        )
        connection.execute(
            insert(models.Restriction),
            [{"child_pseudonym": BERT, "since": now, "request_id": "DSR-2026-0002"}],
        )
    apply_roles(superuser)
    coordinator = login_as(COORDINATOR_ROLE)
    upgrade(coordinator)  # every vkw command does: at the newest migration, a no-op

    drop = _drop()
    with coordinator.begin() as connection:
        hold(connection, drop.vk, drop.period, drop.manifest_sha256, ROW, [_hold()], "run")
    first = load_drop(coordinator, drop)
    assert first.status == "loaded" and first.investigations == 1  # CARO's was tombstoned
    again = load_drop(coordinator, replace(drop, manifest_sha256="n" * 64))
    assert again.status == "replaced"  # the VK-month's facts and notes deleted, reloaded
    with coordinator.begin() as connection:
        resolve_loaded(connection, drop.vk, drop.period, "n" * 64)
    assert refresh_years(coordinator, [2024]) == [2024]  # the marts read restrictions
    with coordinator.begin() as connection:
        assert build_release(connection)

    with owner.connect() as connection:
        assert connection.execute(select(models.LoadPartition.erased_rows)).scalar_one() >= 1
        pseudonyms = select(models.DimChild.pseudonym).join(
            models.MartChildYear, models.MartChildYear.child_key == models.DimChild.child_key
        )
        counted = set(connection.execute(pseudonyms).scalars())
        assert ANNA in counted and BERT not in counted  # BERT is restricted
        resolved = select(func.count()).where(models.QuarantineItem.resolved_at.is_not(None))
        assert connection.execute(resolved).scalar_one() == 1
        notes = select(func.count()).select_from(models.RestrictedReportNote)
        kept = connection.execute(notes).scalar_one()
    assert kept >= 1
    with coordinator.begin() as connection:  # what every run does after the load
        assert purge_expired_notes(connection, date(2099, 1, 1)) == kept

    refused(
        coordinator,
        [
            "SELECT * FROM restricted_report_note",
            "SELECT scrubbed_text FROM restricted_report_note",
            "UPDATE restricted_report_note SET scrubbed_text = ''",
            # RETURNING reads what it returns: a note cannot be read back that way either.
            "INSERT INTO restricted_report_note VALUES (1, 1, 'x', '2030-01-01') "
            "RETURNING scrubbed_text",
            "SELECT * FROM dsr_request",
            "SELECT * FROM dsr_audit_entry",
            "SELECT * FROM dsr_erasure_tombstone",
            "SELECT request_id FROM dsr_restriction",
            "SELECT * FROM research_grant",
            "INSERT INTO dsr_audit_entry (seq) VALUES (99)",
            "INSERT INTO dsr_request (request_id) VALUES ('x')",
            *NEVER,
        ],
    )
    allowed(
        coordinator,
        [
            "SELECT child_pseudonym FROM dsr_erasure_tombstone",
            "SELECT child_pseudonym FROM dsr_restriction WHERE lifted_at IS NULL",
            "SELECT partition_id, purge_after FROM restricted_report_note",
            "SELECT * FROM mart_report_year",
            "SELECT * FROM research_report",
        ],
    )


def _hold() -> Hold:
    return Hold("kinderen", "not_null", "missing", "kinderen.csv", 2, "sex")


# --- the DPO -------------------------------------------------------------------------------


def test_the_dpo_reviews_and_records_but_changes_no_fact(
    owner: Engine, superuser: Engine, login_as: Callable
):
    load_sample(owner)
    apply_roles(superuser)
    dpo = login_as(DPO_ROLE)
    upgrade(dpo)

    allowed(
        dpo,
        [
            "SELECT * FROM quarantine_item",
            "SELECT scrubbed_text FROM restricted_report_note",
            "SELECT * FROM dsr_request",
            "SELECT * FROM dsr_audit_entry",
            "SELECT * FROM dsr_erasure_tombstone",
            "SELECT * FROM dsr_restriction",
            "SELECT * FROM load_partition",
            "SELECT * FROM research_grant",
        ],
    )
    with dpo.begin() as connection:
        request_id = cases.open_request(connection, "access", PSEUDONYM, date.today(), "dpo")
        audit.append(connection, "dpo", request_id, "received", "case_file", {"kind": "access"})
        cases.close(connection, request_id, cases.REJECTED)
        assert subject_vks(connection, "c" * 64)  # load_sample's child: rectify's lookup
        audit.verify_chain(connection)  # reads the whole log
    with owner.connect() as connection:
        assert cases.get(connection, request_id).status == cases.REJECTED

    refused(
        dpo,
        [
            "SELECT * FROM fact_report",
            "SELECT * FROM fact_child_report",
            "SELECT * FROM dim_child",
            "SELECT * FROM research_report",
            "INSERT INTO fact_report (report_key) VALUES (99)",
            "UPDATE fact_report SET vk_code = vk_code",
            "DELETE FROM fact_report",
            "DELETE FROM fact_child_report",
            "UPDATE dim_child SET pseudonym = pseudonym",
            "DELETE FROM dim_child",
            "INSERT INTO mart_report_year (year) VALUES (2024)",
            "UPDATE mart_child_year SET vk_count = 1",
            "DELETE FROM mart_child_year",
            "DELETE FROM restricted_report_note",
            "UPDATE quarantine_item SET resolution = 'x'",
            "DELETE FROM load_partition",
            *NEVER,
        ],
    )


# --- applying --------------------------------------------------------------------------------


def test_applying_twice_changes_nothing(owner: Engine, superuser: Engine):
    load_sample(owner)
    apply_roles(superuser)
    acl_first = acls(superuser)
    second = apply_roles(superuser)
    assert acls(superuser) == acl_first
    assert second.researcher.revoked == 0
    assert [(r.revoked, r.created) for r in second.staff] == [(0, False), (0, False)]
    # The owner alone (no CREATEROLE) keeps the grants right once the roles exist.
    by_owner = apply_roles(owner)
    assert [r.revoked for r in by_owner.staff] == [0, 0]
    assert acls(superuser) == acl_first


def test_stray_privileges_are_revoked_and_an_unclassified_table_gets_nothing(
    owner: Engine, superuser: Engine, login_as: Callable
):
    apply_roles(superuser)
    clean = acls(superuser)
    with owner.begin() as connection:
        for statement in (
            f"GRANT SELECT ON restricted_report_note TO {COORDINATOR_ROLE}",
            f"GRANT SELECT ON dsr_request TO {COORDINATOR_ROLE}",
            f"GRANT UPDATE, DELETE ON dsr_audit_entry TO {DPO_ROLE}",
            f"GRANT ALL ON fact_report TO {DPO_ROLE} WITH GRANT OPTION",
            f"GRANT UPDATE (vk_code) ON fact_report TO {DPO_ROLE}",
            f"GRANT CREATE ON SCHEMA public TO {COORDINATOR_ROLE}",
            f"GRANT CREATE ON DATABASE vkw TO {DPO_ROLE}",
            f"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {COORDINATOR_ROLE}",
        ):
            connection.execute(text(statement))
    report = apply_roles(superuser)
    assert sum(r.revoked for r in report.staff) >= 8
    assert acls(superuser) == clean
    with owner.begin() as connection:
        connection.execute(text(f"CREATE TABLE {LATER_TABLE} (x integer)"))
    report = apply_roles(superuser)
    assert all(r.unclassified == (LATER_TABLE,) for r in report.staff)
    for role in STAFF_ROLES:
        refused(
            login_as(role),
            [f"SELECT * FROM {LATER_TABLE}", f"INSERT INTO {LATER_TABLE} VALUES (1)"],
        )


def test_a_column_the_database_lacks_is_refused_and_nothing_applied(
    owner: Engine, superuser: Engine
):
    apply_roles(superuser)
    before = acls(superuser)
    grants = dict(classification())
    note = grants["restricted_report_note"][COORDINATOR_ROLE]
    wrong = replace(note, columns=(("SELECT", ("no_such_column",)),))
    grants["restricted_report_note"] = {COORDINATOR_ROLE: wrong}
    with pytest.raises(RoleError, match="no_such_column"), superuser.begin() as connection:
        apply_staff_in(connection, grants)
    assert acls(superuser) == before


def test_vkw_db_roles_prints_a_line_per_role(owner: Engine, owner_url: str, tmp_path: Path):
    from vkw.commands.db_roles import roles_text

    with environment(VKW_HOME=str(tmp_path), VKW_DATABASE_URL=_as(owner_url, "postgres")):
        roles_text(None, None)
        again = roles_text(None, None).splitlines()
    assert again[0].startswith(f"database vkw: role {RESEARCHER_ROLE} (NOLOGIN) may SELECT")
    assert again[1] == "privileges revoked: 0"
    assert again[2].startswith(f"role {COORDINATOR_ROLE} (NOLOGIN) runs loads: ")
    assert again[3].startswith(f"role {DPO_ROLE} (NOLOGIN) reviews and records requests: ")
    assert all(line.endswith("privileges revoked: 0") for line in again[2:])


def acls(engine: Engine) -> list:
    """Relations', routines', the schema's and the database's ACLs, role memberships (the
    researcher's test), and also column ACLs and default privileges."""
    with engine.connect() as connection:
        more = connection.execute(
            text(
                "SELECT c.relname || '.' || a.attname, a.attacl::text FROM pg_attribute a "
                "JOIN pg_class c ON c.oid = a.attrelid "
                "WHERE c.relnamespace = 'public'::regnamespace AND a.attacl IS NOT NULL "
                "UNION ALL SELECT defaclobjtype::text, defaclacl::text FROM pg_default_acl "
                "ORDER BY 1, 2"
            )
        ).all()
    return relation_acls(engine) + more


def _sequences(engine: Engine) -> set[str]:
    return {name for name, kind in relations(engine).items() if kind == "sequence"}
