"""Who reports a child to a VK: organisation and role per reporter type (melder_type).

The organisations of each VK's region (towns, hospitals, police zones, prosecutor's offices,
welfare centres) and the roles per sector are in simulator/data/reporters.
"""

from __future__ import annotations

import random

from simulator.data_files import number, read_csv, read_lines, read_yaml
from simulator.weighted_pool import WeightedPool

__all__ = [
    "HELPLINE",
    "OWN_SURROUNDINGS",
    "PROSECUTOR_OFFICES",
    "SCHOOLS",
    "TOWNS",
    "UNKNOWN_ORGANISATION",
    "organisation_and_role",
]

# Organisations the notes recognise to choose their opening sentence.
HELPLINE = "Hulplijn 1712"
OWN_SURROUNDINGS = "primaire omgeving"
UNKNOWN_ORGANISATION = "onbekend"


def _per_vk(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {vk: tuple(names) for vk, names in table.items()}


_PER_VK = read_yaml("reporters/organisations_per_vk.yaml")
TOWNS = _per_vk(_PER_VK["towns"])
PROSECUTOR_OFFICES = _per_vk(_PER_VK["prosecutor_offices"])
_PROVINCE_IN_NAMES: dict[str, str] = _PER_VK["province_in_names"]
_HOSPITALS = _per_vk(_PER_VK["hospitals"])
_POLICE_ZONES = _per_vk(_PER_VK["police_zones"])
_WELFARE_CENTRES = _per_vk(_PER_VK["welfare_centres"])
_CHAIN_APPROACH = _per_vk(_PER_VK["chain_approach"])

_BY_TYPE: dict[str, tuple[str, ...]] = {
    key: tuple(values) for key, values in read_yaml("reporters/by_type.yaml").items()
}
SCHOOLS = read_lines("reporters/schools.txt")
_HOSPITAL_DEPARTMENTS = read_lines("reporters/hospital_departments.txt")


def _role_pool(path: str) -> WeightedPool:
    return WeightedPool.from_pairs((row["role"], number(row["weight"])) for row in read_csv(path))


_SCHOOL_ROLES = _role_pool("reporters/school_roles.csv")
_HEALTH_ROLES = _role_pool("reporters/health_roles.csv")
_FAMILY_ROLES = _role_pool("reporters/family_roles.csv")


def _organisations(path: str) -> tuple[list[tuple[str, str]], list[int | float]]:
    rows = read_csv(path)
    return [(row["organisation"], row["role"]) for row in rows], [
        number(row["weight"]) for row in rows
    ]


_YOUTH_CARE, _YOUTH_CARE_WEIGHTS = _organisations("reporters/youth_care.csv")
_WELFARE, _WELFARE_WEIGHTS = _organisations("reporters/welfare.csv")
_BRUSSELS_FRENCH = [
    (row["organisation"], row["role"])
    for row in read_csv("reporters/brussels_french_organisations.csv")
]


def organisation_and_role(rng: random.Random, melder_type: str, vk: str) -> tuple[str, str]:
    """The reporter's organisation (in the VK's region) and role for a reporter type."""
    city = rng.choice(TOWNS.get(vk, TOWNS["ANT"]))
    province = _PROVINCE_IN_NAMES.get(vk, "Antwerpen")
    if (
        vk == "BRU"
        and melder_type in ("WELZIJN", "SCHOOL", "JEUGDHULP_OPGROEIEN")
        and (rng.random() < 0.15)
    ):
        return rng.choice(_BRUSSELS_FRENCH)
    match melder_type:
        case "HULPLIJN_1712":
            return HELPLINE, rng.choice(_BY_TYPE["helpline_roles"])
        case "KETENAANPAK":
            return rng.choice(_CHAIN_APPROACH[vk]), rng.choice(_BY_TYPE["chain_approach_roles"])
        case "GEZONDHEIDSZORG":
            return _health_care(rng, vk, city)
        case "POLITIE_JUSTITIE":
            r = rng.random()
            if r < 0.55:
                return rng.choice(_POLICE_ZONES[vk]), rng.choice(_BY_TYPE["police_roles"])
            if r < 0.85:
                return rng.choice(PROSECUTOR_OFFICES[vk]), rng.choice(_BY_TYPE["prosecution_roles"])
            return f"justitiehuis {city}", "justitieassistent"
        case "JEUGDHULP_OPGROEIEN":
            org, role = rng.choices(_YOUTH_CARE, weights=_YOUTH_CARE_WEIGHTS)[0]
            return org.format(city=city, province=province), role
        case "WELZIJN":
            org, role = rng.choices(_WELFARE, weights=_WELFARE_WEIGHTS)[0]
            return org.format(city=city, caw=rng.choice(_WELFARE_CENTRES[vk])), role
        case "SCHOOL":
            role = _SCHOOL_ROLES.pick(rng)
            if role.startswith("CLB"):
                centre = rng.choice(_BY_TYPE["pupil_guidance_centres"])
                return centre.format(city=city, province=province), role
            school = rng.choice(SCHOOLS)
            if rng.random() < 0.5:
                school = f"{school} {city}"
            return school, role
        case "PRIMAIRE_OMGEVING":
            return OWN_SURROUNDINGS, _FAMILY_ROLES.pick(rng)
        case _:
            return UNKNOWN_ORGANISATION, rng.choice(_BY_TYPE["unknown_roles"])


def _health_care(rng: random.Random, vk: str, city: str) -> tuple[str, str]:
    role = _HEALTH_ROLES.pick(rng)
    if role == "huisarts":
        return rng.choice(_BY_TYPE["general_practices"]).format(city=city), role
    if role in ("psycholoog", "kinderpsychiater"):
        # The hospital is drawn before the practice, whichever practice it turns out to be.
        hospital = rng.choice(_HOSPITALS[vk])
        practice = rng.choice(_BY_TYPE["mental_health_practices"])
        return practice.format(city=city, hospital=hospital), role
    if role in ("tandarts", "logopedist", "kinesitherapeut"):
        return f"privépraktijk {city}", role
    if role == "vroedvrouw":
        hospital = rng.choice(_HOSPITALS[vk])
        return rng.choice(_BY_TYPE["midwife_practices"]).format(hospital=hospital), role
    dept = "spoeddienst" if "spoed" in role else rng.choice(_HOSPITAL_DEPARTMENTS)
    return f"{rng.choice(_HOSPITALS[vk])}, {dept}", role
