"""reference data: code lists, dates, population

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Values are frozen here on purpose: a migration must mean the same thing forever.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PROVINCES = [
    ("ANT", "Antwerpen"),
    ("VBR", "Vlaams-Brabant"),
    ("BRU", "Brussels Hoofdstedelijk Gewest"),
    ("LIM", "Limburg"),
    ("OVL", "Oost-Vlaanderen"),
    ("WVL", "West-Vlaanderen"),
    ("WBR", "Waals-Brabant"),
    ("HAI", "Henegouwen"),
    ("LIE", "Luik"),
    ("LUX", "Luxemburg"),
    ("NAM", "Namen"),
    ("ONBEKEND", "onbekend"),
]
# Brussels' rate is not published: its services are split between the two communities.
VKS = [
    ("ANT", "VK Antwerpen", "ANT", True),
    ("VBR", "VK Vlaams-Brabant", "VBR", True),
    ("BRU", "VK Brussel (incl. Nupraatikerover.be)", "BRU", False),
    ("LIM", "VK Limburg", "LIM", True),
    ("OVL", "VK Oost-Vlaanderen", "OVL", True),
    ("WVL", "VK West-Vlaanderen", "WVL", True),
]
TYPES = [
    ("REGULIER", "reguliere werking"),
    ("MANO", "onderzoek maatschappelijke noodzaak"),
    ("NPIE", "chat Nupraatikerover.be"),
]
REPORTER_TYPES = [
    "HULPLIJN_1712",
    "KETENAANPAK",
    "GEZONDHEIDSZORG",
    "POLITIE_JUSTITIE",
    "JEUGDHULP_OPGROEIEN",
    "WELZIJN",
    "SCHOOL",
    "PRIMAIRE_OMGEVING",
    "ONBEKEND",
]
SECTORS = ["GGZ_VOLWASSENEN", "CAW_VOLWASSENEN", "JUSTITIEHUIS", "ZIEKENHUIS"]
AGE_GROUPS = [
    ("ONGEBOREN", True),
    ("0-2", True),
    ("3-5", True),
    ("6-8", True),
    ("9-11", True),
    ("12-14", True),
    ("15-17", True),
    ("18-20", False),
    ("21-24", False),
    ("25+", False),
    ("ONBEKEND", False),
]
SEXES = [("M", "mannelijk"), ("V", "vrouwelijk"), ("X", "ander"), ("O", "onbekend")]
PROBLEMS = [
    "LICHAMELIJK",
    "EMOTIONEEL",
    "SEKSUEEL",
    "RISICO_VERWERKING",
    "GRENSOVERSCHRIJDEND",
    "ONBEKEND",
]
OUTCOMES = ["CASEMANAGEMENT", "MELDING_PARKET", "GEEN_MANO", "LOPEND"]
POPULATION_SOURCE = "Statbel via the prosecutor's statistics, 1 January"
POPULATION = [
    (2020, "ANT", 376621),
    (2020, "LIM", 161794),
    (2020, "OVL", 295737),
    (2020, "WVL", 214881),
    (2020, "VBR", 236304),
    (2020, "BRU", 277028),
    (2021, "ANT", 377616),
    (2021, "LIM", 161730),
    (2021, "OVL", 297024),
    (2021, "WVL", 215404),
    (2021, "VBR", 238213),
    (2021, "BRU", 275553),
    (2022, "ANT", 379762),
    (2022, "LIM", 162531),
    (2022, "OVL", 299617),
    (2022, "WVL", 216905),
    (2022, "VBR", 240441),
    (2022, "BRU", 273645),
    (2023, "ANT", 385462),
    (2023, "LIM", 163891),
    (2023, "OVL", 302193),
    (2023, "WVL", 219382),
    (2023, "VBR", 243627),
    (2023, "BRU", 274738),
]
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2045, 12, 31)


def _table(name: str, *columns: sa.Column) -> sa.Table:
    return sa.table(name, *columns)


def upgrade() -> None:
    c = sa.column
    op.bulk_insert(
        _table("dim_province", c("code"), c("name")), [{"code": k, "name": n} for k, n in PROVINCES]
    )
    op.bulk_insert(
        _table("dim_vk", c("code"), c("name"), c("province_code"), c("publishes_rate")),
        [{"code": k, "name": n, "province_code": p, "publishes_rate": r} for k, n, p, r in VKS],
    )
    op.bulk_insert(
        _table("dim_type_werking", c("code"), c("label")),
        [{"code": k, "label": n} for k, n in TYPES],
    )
    for name, codes in (
        ("dim_reporter_type", REPORTER_TYPES),
        ("dim_kindreflex_sector", SECTORS),
        ("dim_problem", PROBLEMS),
        ("dim_mano_outcome", OUTCOMES),
    ):
        op.bulk_insert(
            _table(name, c("code"), c("sort_order")),
            [{"code": k, "sort_order": i} for i, k in enumerate(codes)],
        )
    op.bulk_insert(
        _table("dim_age_group", c("code"), c("sort_order"), c("is_minor")),
        [{"code": k, "sort_order": i, "is_minor": m} for i, (k, m) in enumerate(AGE_GROUPS)],
    )
    op.bulk_insert(
        _table("dim_sex", c("code"), c("label")), [{"code": k, "label": n} for k, n in SEXES]
    )
    days = []
    day = FIRST_DAY
    while day <= LAST_DAY:
        days.append(
            {
                "date_key": day.year * 10000 + day.month * 100 + day.day,
                "day": day,
                "year": day.year,
                "month": day.month,
                "quarter": (day.month - 1) // 3 + 1,
                "iso_weekday": day.isoweekday(),
            }
        )
        day += timedelta(days=1)
    op.bulk_insert(
        _table(
            "dim_date",
            c("date_key"),
            c("day", sa.Date),
            c("year"),
            c("month"),
            c("quarter"),
            c("iso_weekday"),
        ),
        days,
    )
    op.bulk_insert(
        _table("ref_population_minors", c("year"), c("province_code"), c("minors"), c("source")),
        [
            {"year": y, "province_code": p, "minors": n, "source": POPULATION_SOURCE}
            for y, p, n in POPULATION
        ],
    )


def downgrade() -> None:
    for name in (
        "ref_population_minors",
        "dim_date",
        "dim_sex",
        "dim_age_group",
        "dim_mano_outcome",
        "dim_problem",
        "dim_kindreflex_sector",
        "dim_reporter_type",
        "dim_type_werking",
        "dim_vk",
        "dim_province",
    ):
        op.execute(sa.text(f"DELETE FROM {name}"))
