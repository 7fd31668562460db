"""An independent count of the annual figures straight from the drops' CSV files.

Written from extract-contract.md alone, in plain Python, to check the warehouse's SQL
marts against (it shares no code with pipelines/ or warehouse/).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

BANDS = [
    (0, 2, "0-2"),
    (3, 5, "3-5"),
    (6, 8, "6-8"),
    (9, 11, "9-11"),
    (12, 14, "12-14"),
    (15, 17, "15-17"),
    (18, 20, "18-20"),
    (21, 24, "21-24"),
    (25, 999, "25+"),
]


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def _group(birth: str, unborn: str, on: date) -> str:
    if unborn == "1":
        return "ONGEBOREN"
    if not birth:
        return "ONBEKEND"
    b = date.fromisoformat(birth)
    age = on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    age = max(age, 0)
    return next(code for low, high, code in BANDS if low <= age <= high)


def oracle_figures(landing: Path, year: int) -> dict:
    reports = Counter()
    children: dict[tuple, list] = defaultdict(list)  # (vk, child) -> [(date, order, group, sex)]
    problems: set[tuple] = set()
    outcomes = Counter()
    order = 0
    for vk_dir in sorted(landing.iterdir()):
        for drop in sorted(vk_dir.glob(f"{year}-*")):
            vk = vk_dir.name
            dates = {}
            for m in _rows(drop / "meldingen.csv"):
                dates[m["melding_id"]] = date.fromisoformat(m["datum_melding"])
                reports[(vk, m["type_werking"], m["melder_type"], m["kindreflex_sector"])] += 1
            for line, k in enumerate(_rows(drop / "kinderen.csv")):
                order += 1
                child = k["kind_ref"] or f"anon:{vk}:{drop.name}:{line}"
                on = dates[k["melding_id"]]
                children[(vk, child)].append(
                    (on, order, _group(k["geboortedatum"], k["ongeboren"], on), k["geslacht"])
                )
                for code in k["problematiek"].split("|"):
                    problems.add((vk, child, code))
            for o in _rows(drop / "mano_onderzoeken.csv"):
                if o["datum_start"].startswith(str(year)):
                    outcomes[(vk, o["gevolggeving"])] += 1

    def first_group(rows):
        return min(rows)[2]

    def latest_sex(rows):
        known = [r for r in sorted(rows) if r[3] != "O"]
        return known[-1][3] if known else "O"

    overall: dict[str, list] = defaultdict(list)
    per_vk = Counter()
    age_per_vk: Counter = Counter()
    for (vk, child), rows in children.items():
        overall[child].extend(rows)
        per_vk[vk] += 1
        age_per_vk[(vk, first_group(rows))] += 1
    return {
        "meldingen_totaal": sum(reports.values()),
        "meldingen_per_vk": _sum_by(reports, 0),
        "meldingen_per_type": _sum_by(reports, 1),
        "melders": _sum_by(reports, 2),
        "kindreflex_meldingen": {k: v for k, v in _sum_by(reports, 3).items() if k},
        "kinderen_totaal": len(overall),
        "kinderen_per_vk": dict(per_vk),
        "kinderen_per_geslacht": dict(Counter(latest_sex(rows) for rows in overall.values())),
        "kinderen_per_leeftijd": dict(Counter(first_group(rows) for rows in overall.values())),
        "kinderen_per_leeftijd_per_vk": _nest(age_per_vk),
        "problematiek": dict(Counter(code for _, _, code in problems)),
        "problematiek_per_vk": _nest(Counter((vk, code) for vk, _, code in problems)),
        "mano_gevolggeving_per_vk": _nest(outcomes),
    }


def _sum_by(counter: Counter, position: int) -> dict:
    result: Counter = Counter()
    for key, n in counter.items():
        result[key[position]] += n
    return dict(result)


def _nest(counter: Counter) -> dict:
    result: dict = defaultdict(dict)
    for (outer, inner), n in counter.items():
        result[outer][inner] = n
    return dict(result)


def without_zeros(value):
    """Figures with zero cells removed, to compare with the oracle (which has no zeros)."""
    if isinstance(value, dict):
        return {k: without_zeros(v) for k, v in value.items() if v != 0 and v != {}}
    return value
