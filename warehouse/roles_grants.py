"""The classification of every relation: which role may do what with it, read from
warehouse/roles_grants.yaml (the one place a table's grants are decided)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from warehouse.roles import RESEARCHER_ROLE
from warehouse.roles_catalogue import RoleError

GRANTS_FILE = Path(__file__).with_name("roles_grants.yaml")
COORDINATOR_ROLE = "vkw_coordinator"
DPO_ROLE = "vkw_dpo"
STAFF_ROLES = (COORDINATOR_ROLE, DPO_ROLE)
CLASSIFIED_ROLES = (*STAFF_ROLES, RESEARCHER_ROLE)
TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE")
# Column privileges PostgreSQL knows; DELETE is a whole row's.
_COLUMN_PRIVILEGE = re.compile(
    r"(SELECT|INSERT|UPDATE)\(([a-z_][a-z0-9_]*(?:, *[a-z_][a-z0-9_]*)*)\)"
)
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class Grant:
    """What one role may do with one table."""

    privileges: frozenset[str]  # on the whole table
    columns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (privilege, its columns)

    def column_privileges(self) -> set[tuple[str, str]]:
        """(privilege, column) pairs of the column grants."""
        return {(privilege, column) for privilege, names in self.columns for column in names}


Classification = dict[str, dict[str, Grant]]  # table -> role -> grant


@cache
def classification(path: Path = GRANTS_FILE) -> Classification:
    """Every classified table's grants by role (a role not named gets nothing)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RoleError(f"{path.name} cannot be read: {type(error).__name__}") from None
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict):
        raise RoleError(f"{path.name}: a mapping `tables:` of table -> role -> privileges")
    result: Classification = {}
    for table, roles in tables.items():
        if not isinstance(table, str) or not _NAME.fullmatch(table):
            raise RoleError(f"{path.name}: {table!r} is not a table name")
        roles = roles or {}
        if not isinstance(roles, dict):
            raise RoleError(f"{path.name}: {table}: a mapping of role -> privileges")
        result[table] = {role: _grant(path, table, role, items) for role, items in roles.items()}
    return result


def _grant(path: Path, table: str, role: object, items: object) -> Grant:
    where = f"{path.name}: {table}: {role}"
    if role not in CLASSIFIED_ROLES:
        raise RoleError(f"{where}: not one of the roles {', '.join(CLASSIFIED_ROLES)}")
    if not isinstance(items, list) or not items:
        raise RoleError(f"{where}: a non-empty list of privileges (leave the role out for none)")
    privileges: set[str] = set()
    columns: dict[str, list[str]] = {}
    for item in items:
        if item in TABLE_PRIVILEGES:
            privileges.add(item)
        elif isinstance(item, str) and (found := _COLUMN_PRIVILEGE.fullmatch(item)):
            names = [name.strip() for name in found.group(2).split(",")]
            columns.setdefault(found.group(1), []).extend(names)
        else:
            raise RoleError(
                f"{where}: {item!r} is none of {', '.join(TABLE_PRIVILEGES)} nor a column "
                "privilege such as SELECT(a, b)"
            )
    overlap = privileges & set(columns)
    if overlap:
        raise RoleError(f"{where}: {', '.join(sorted(overlap))} on the table and on columns")
    return Grant(
        frozenset(privileges),
        tuple(
            (privilege, tuple(sorted(set(names)))) for privilege, names in sorted(columns.items())
        ),
    )
