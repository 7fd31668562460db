"""One simulated year of reports and children, built to hit the year's targets exactly.

The casebook decides the structure: which reports exist, when, from whom, which
children are in them (siblings, children reported again, children reported at two
VKs, anonymous chat contacts, unborn children), their age at first report, sex,
problems and MaNo investigations. Names, numbers and notes come later (sources.py).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipelines.contract.age_groups import AGE_BANDS, UNBORN, UNKNOWN_AGE
from pipelines.contract.codes import KINDREFLEX_SECTORS, PROBLEMS, UNKNOWN_SEX, VKS
from simulator.apportion import exact_assignment, largest_remainder
from simulator.targets import CHAT_VK, KINDREFLEX_PARENT, YearTargets

# Fewer reports in the summer holidays, more around school terms.
MONTH_WEIGHTS = (1.0, 1.0, 1.1, 0.95, 1.05, 1.05, 0.72, 0.7, 1.05, 1.12, 1.1, 0.9)
WEEKDAY_WEIGHTS = (1.2, 1.15, 1.05, 1.1, 1.0, 0.08, 0.04)  # Monday first
CHAT_WEEKDAY_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 1.1)
SIBLING_SIZES = {1: 0.56, 2: 0.27, 3: 0.11, 4: 0.04, 5: 0.015, 6: 0.005}
REREPORT_SHARE = 0.05
ANONYMOUS_SHARE = {UNBORN: 1.0, UNKNOWN_AGE: 0.5}
DEFAULT_ANONYMOUS_SHARE = 0.012


@dataclass(eq=False)
class Child:
    """A distinct child of the year; `vks` has two entries for a child reported at two VKs."""

    age_group: str
    sex: str
    anonymous: bool
    chat: bool
    vks: list[str]
    identity: object | None = None  # set by sources.py
    birth_date: date | None = None
    unborn_due: date | None = None
    problems: dict[str, set[str]] = field(default_factory=dict)  # per VK
    rows: list[ChildRow] = field(default_factory=list)

    def first_date(self, vk: str | None = None) -> date:
        return min(row.report.date for row in self.rows if vk is None or row.report.vk == vk)


@dataclass(eq=False)
class Report:
    vk: str
    type_werking: str
    melder_type: str
    kindreflex_sector: str | None = None
    date: date = date.min
    rows: list[ChildRow] = field(default_factory=list)
    investigations: list[Investigation] = field(default_factory=list)
    size: int = 1


@dataclass(eq=False)
class ChildRow:
    child: Child
    report: Report
    sex: str = UNKNOWN_SEX
    problems: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Investigation:
    row: ChildRow
    start: date
    outcome: str
    decision: date | None


@dataclass
class Casebook:
    year: int
    reports: list[Report]
    children: list[Child]


def build_casebook(rng: random.Random, targets: YearTargets) -> Casebook:
    """Reports and children of one year, exactly on target."""
    reports = _reports(rng, targets)
    children = _children(rng, targets)
    _assign_sex(rng, targets, children)
    _link(rng, targets, reports, children)
    _date_children(rng, children)
    _problems(rng, targets, children)
    _investigations(rng, targets, reports)
    return Casebook(targets.year, reports, children)


def _reports(rng: random.Random, targets: YearTargets) -> list[Report]:
    reports: list[Report] = []
    for kind, per_vk in targets.reports_by_type_vk.items():
        of_kind = [Report(vk, kind, "") for vk in VKS for _ in range(per_vk[vk])]
        melders = [m for m, n in targets.reporters_by_type[kind].items() for _ in range(n)]
        rng.shuffle(melders)
        for report, melder in zip(of_kind, melders, strict=True):
            report.melder_type = melder
        reports.extend(of_kind)
    for sector in KINDREFLEX_SECTORS:
        candidates = [
            r
            for r in reports
            if r.melder_type == KINDREFLEX_PARENT[sector] and r.kindreflex_sector is None
        ]
        for report in rng.sample(candidates, targets.kindreflex[sector]):
            report.kindreflex_sector = sector
    for vk in VKS:
        _date_reports(rng, targets.year, [r for r in reports if r.vk == vk])
    return reports


def _date_reports(rng: random.Random, year: int, reports: list[Report]) -> None:
    weights = {m: w * rng.uniform(0.9, 1.1) for m, w in enumerate(MONTH_WEIGHTS, start=1)}
    per_month = largest_remainder(weights, len(reports))
    months = [m for m, n in per_month.items() for _ in range(n)]
    rng.shuffle(months)
    for report, month in zip(reports, months, strict=True):
        days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
        table = CHAT_WEEKDAY_WEIGHTS if report.type_werking == "NPIE" else WEEKDAY_WEIGHTS
        report.date = rng.choices(days, weights=[table[d.weekday()] for d in days])[0]


def _children(rng: random.Random, targets: YearTargets) -> list[Child]:
    remaining = {vk: dict(ages) for vk, ages in targets.children_by_vk_age.items()}
    children: list[Child] = []
    for group, n in targets.chat_children_by_age.items():
        remaining[CHAT_VK][group] -= n
        children.extend(Child(group, "", True, True, [CHAT_VK]) for _ in range(n))
    for group, n in targets.shared_by_age.items():
        for _ in range(n):
            able = [vk for vk in VKS if remaining[vk].get(group, 0) > 0]
            pair = _weighted_sample(rng, able, [remaining[vk][group] for vk in able], 2)
            for vk in pair:
                remaining[vk][group] -= 1
            children.append(Child(group, "", False, False, sorted(pair, key=VKS.index)))
    for vk in VKS:
        for group, n in remaining[vk].items():
            share = ANONYMOUS_SHARE.get(group, DEFAULT_ANONYMOUS_SHARE)
            children.extend(Child(group, "", rng.random() < share, False, [vk]) for _ in range(n))
    return children


def _weighted_sample(rng: random.Random, items: list[str], weights: list[int], k: int) -> list[str]:
    keyed = sorted(
        ((rng.random() ** (1 / w), item) for item, w in zip(items, weights, strict=True))
    )
    return [item for _, item in keyed[-k:]]


def _sex_weights(child: Child) -> dict[str, float]:
    if child.age_group == UNBORN:
        return {"O": 10, "M": 0.5, "V": 0.5}
    if child.chat:
        return {"O": 2.5, "V": 2.0, "M": 0.8, "X": 0.05}
    if child.age_group == UNKNOWN_AGE:
        return {"O": 3, "M": 1, "V": 1}
    teen = child.age_group not in ("0-2", "3-5", "6-8", "9-11")
    return {"M": 1.0, "V": 1.2, "O": 0.12, "X": 0.03 if teen else 0.001}


def _assign_sex(rng: random.Random, targets: YearTargets, children: list[Child]) -> None:
    sexes = exact_assignment(rng, [_sex_weights(c) for c in children], targets.sex)
    for child, sex in zip(children, sexes, strict=True):
        child.sex = sex


def _link(
    rng: random.Random, targets: YearTargets, reports: list[Report], children: list[Child]
) -> None:
    """Put every child in one or more reports of each of its VKs; every report gets a child."""
    for vk in VKS:
        vk_reports = [r for r in reports if r.vk == vk]
        vk_children = [c for c in children if vk in c.vks]
        chats = [r for r in vk_reports if r.type_werking == "NPIE"]
        chat_children = [c for c in vk_children if c.chat]
        for report, child in zip(chats, chat_children, strict=True):
            _add_row(report, child)
        others = [c for c in vk_children if not c.chat]
        mano = [r for r in vk_reports if r.type_werking == "MANO"]
        regular = [r for r in vk_reports if r.type_werking == "REGULIER"]
        investigations = sum(targets.mano_outcomes_by_vk[vk].values())
        _size_reports(rng, mano, investigations)
        occurrences = {id(c): 1 for c in others}
        named_single_vk = [c for c in others if not c.anonymous and len(c.vks) == 1]
        for child in named_single_vk:
            roll = rng.random()
            if roll < REREPORT_SHARE * 0.12:
                occurrences[id(child)] = 3
            elif roll < REREPORT_SHARE:
                occurrences[id(child)] = 2
        while sum(occurrences.values()) - investigations < len(regular):
            occurrences[id(rng.choice(named_single_vk))] += 1
        _size_reports(rng, regular, sum(occurrences.values()) - investigations)
        _fill_slots(rng, mano + regular, others, occurrences)


def _size_reports(rng: random.Random, reports: list[Report], total_rows: int) -> None:
    sizes = rng.choices(list(SIBLING_SIZES), weights=list(SIBLING_SIZES.values()), k=len(reports))
    difference = total_rows - sum(sizes)
    while difference != 0:
        index = rng.randrange(len(sizes))
        if difference > 0 and sizes[index] < 8:
            sizes[index] += 1
            difference -= 1
        elif difference < 0 and sizes[index] > 1:
            sizes[index] -= 1
            difference += 1
    for report, size in zip(reports, sizes, strict=True):
        report.size = size


def _fill_slots(
    rng: random.Random, reports: list[Report], children: list[Child], occurrences: dict[int, int]
) -> None:
    slots = [report for report in reports for _ in range(report.size)]
    rng.shuffle(slots)
    repeated = [c for c in children if occurrences[id(c)] > 1]
    single = [c for c in children if occurrences[id(c)] == 1]
    rng.shuffle(single)
    for child in repeated:
        chosen: list[Report] = []
        index = len(slots) - 1
        while len(chosen) < occurrences[id(child)]:
            if slots[index] not in chosen:
                chosen.append(slots.pop(index))
            index -= 1
        for report in chosen:
            _add_row(report, child)
    for report, child in zip(slots, single, strict=True):
        _add_row(report, child)


def _add_row(report: Report, child: Child) -> None:
    row = ChildRow(child, report)
    report.rows.append(row)
    child.rows.append(row)


def _date_children(rng: random.Random, children: list[Child]) -> None:
    """Birth dates from the age group at first report; a sex per row, latest one known."""
    for child in children:
        first = child.first_date()
        child.birth_date, child.unborn_due = _birth_date(rng, child, first)
        rows = sorted(child.rows, key=lambda row: row.report.date)
        for position, row in enumerate(rows):
            last = position == len(rows) - 1
            row.sex = child.sex if last or rng.random() > 0.25 else UNKNOWN_SEX


def _birth_date(rng: random.Random, child: Child, first: date) -> tuple[date | None, date | None]:
    group = child.age_group
    if group == UNKNOWN_AGE:
        return None, None
    if group == UNBORN:
        return None, first + timedelta(days=rng.randint(14, 230))
    low, high = next((lo, hi) for code, lo, hi in AGE_BANDS if code == group)
    if len(child.vks) > 1:
        # Reported at two VKs: an age in the middle of the band keeps both first reports
        # of the year in the same band.
        age = min(low + 1, high if high is not None else low + 1)
    else:
        age = rng.randint(low, high if high is not None else low + 17)
    return shift_years(first, -age) - timedelta(days=rng.randint(0, 364)), None


def shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _problems(rng: random.Random, targets: YearTargets, children: list[Child]) -> None:
    """Registrations are distinct (VK, child, code): lay codes out so no child gets one twice."""
    for vk in VKS:
        pairs = [c for c in children if vk in c.vks]
        rng.shuffle(pairs)
        codes = [code for code in PROBLEMS for _ in range(targets.problems_by_vk[vk][code])]
        for index, code in enumerate(codes):
            pairs[index % len(pairs)].problems.setdefault(vk, set()).add(code)
        for child in pairs:
            rows = [row for row in child.rows if row.report.vk == vk]
            for code in sorted(child.problems[vk]):
                rng.choice(rows).problems.append(code)
            for row in rows:
                if not row.problems:
                    row.problems.append(rng.choice(sorted(child.problems[vk])))


def _investigations(rng: random.Random, targets: YearTargets, reports: list[Report]) -> None:
    for vk in VKS:
        rows = [row for r in reports if r.vk == vk and r.type_werking == "MANO" for row in r.rows]
        outcomes = [o for o, n in targets.mano_outcomes_by_vk[vk].items() for _ in range(n)]
        rng.shuffle(outcomes)
        for row, outcome in zip(rows, outcomes, strict=True):
            report_day = row.report.date
            month_end = report_day.replace(
                day=calendar.monthrange(report_day.year, report_day.month)[1]
            )
            start = min(report_day + timedelta(days=rng.randint(0, 6)), month_end)
            decision = None
            if outcome != "LOPEND":
                decision = min(start + timedelta(days=rng.randint(2, 30)), month_end)
            row.report.investigations.append(Investigation(row, start, outcome, decision))
