"""The report's sections, each drawn from ReportData with its definition beside it."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipelines.contract.codes import MANO_OUTCOMES, PROBLEMS
from warehouse.prevalence.breakdowns import FLANDERS, definitions
from warehouse.prevalence.change import Change
from warehouse.prevalence.rates import AGES_OF_GROUP, SEX_WITH_POPULATION, minors_in, rate_or_none
from warehouse.report import charts
from warehouse.report.data import ReportData
from warehouse.report.section import (
    MISSING,
    Section,
    Table,
    number,
    percent,
    rate_text,
    table,
)


def _cell(count: int | None, population: int | None) -> dict[str, Any] | None:
    rate = rate_or_none(count, population)
    return None if rate is None else rate.as_json()


def _interval_rows(cells: dict[Any, dict[str, Any] | None], key: str, **extra: Any) -> list[dict]:
    return [
        {key: label, "per_10000": c["per_10000"], "laag": c["interval_95"][0],
         "hoog": c["interval_95"][1], **extra}
        for label, c in cells.items()
        if c and c.get("per_10000") is not None
    ]


def trends_section(data: ReportData) -> Section:
    years = sorted(data.by_year)
    counts = pd.DataFrame(
        [{"jaar": y, "reeks": name, "aantal": data.by_year[y][key]}
         for y in years
         for key, name in (("meldingen_totaal", "meldingen"), ("kinderen_totaal", "kinderen"))
         if data.by_year[y][key] is not None]
    )
    section = Section("trends", f"Trends {years[0]}–{years[-1]}", definitions()["trend"])
    section.charts.append(charts.svg(
        charts.lines(counts, "jaar", "aantal", "reeks", "jaar", "aantal")
    ))
    rate_rows = []
    for y in years:
        figures, choice = data.by_year[y], data.choice_by_year[y]
        if choice.population is None:
            continue
        reported = table(figures, "gemelde_minderjarigen_per_10000", "gemelde_minderjarigen")
        for vk, province in data.vks.items():
            cell = _cell(reported.get(vk), choice.population.by_province.get(province))
            if cell:
                rate_rows.append({"jaar": y, "VK": vk, "per_10000": cell["per_10000"],
                                  "laag": cell["interval_95"][0], "hoog": cell["interval_95"][1]})
    if rate_rows:
        section.charts.append(charts.svg(charts.rates_with_intervals(
            pd.DataFrame(rate_rows), "jaar", "jaar", series="VK", x_type="O"
        )))
    if data.public:
        withheld = [
            f"{y}: {' / '.join(entry['table'])}"
            for y in years
            for entry in (data.by_year[y].get("disclosure") or {}).get("withheld", [])
        ]
        if withheld:
            section.notes.append(
                "In de publieke editie weggelaten omdat de kerntotalen ze te nauw vastleggen "
                "(een ontbrekend punt of een ontbrekende rij komt daarvan): " + "; ".join(withheld)
                + "."
            )
    without = [str(y) for y in years if data.choice_by_year[y].population is None]
    if without:
        section.notes.append(
            "Geen cijfers per 10.000 voor " + ", ".join(without)
            + ": geen bevolking van dat jaar geladen (elk jaar deelt door zijn eigen bevolking)."
        )
    series = {
        "meldingen": [data.by_year[y]["meldingen_totaal"] for y in years],
        "kinderen": [data.by_year[y]["kinderen_totaal"] for y in years],
        **{f"problematiek {p}": [table(data.by_year[y], "problematiek").get(p) for y in years]
           for p in PROBLEMS},
    }
    # A blanked or withheld cell of the public edition leaves its whole row out.
    series = {name: values for name, values in series.items() if None not in values}
    header = ["", *map(str, years), f"{years[0]}–{years[-1]} (95%-interval)"]
    rows = []
    for name, values in series.items():
        change = Change(values[0], values[-1]) if len(values) > 1 else None
        low, high = change.interval if change else (None, None)
        rows.append([name, *map(number, values),
                     f"{percent(change.percent)} ({percent(low)} tot {percent(high)})"
                     if change else MISSING])
    section.tables.append(Table(header, rows))
    if len(years) > 1:
        yoy = [[name, *(percent(Change(values[i - 1], values[i]).percent)
                        for i in range(1, len(values)))]
               for name, values in series.items()]
        section.tables.append(Table(
            ["jaar op jaar", *(f"{years[i - 1]}→{years[i]}" for i in range(1, len(years)))], yoy
        ))
    return section


def province_section(data: ReportData) -> Section:
    section = Section("provincies", f"Gemelde minderjarigen per 10.000, {data.year}",
                      definitions()["per_provincie"] + " " + definitions()["interval_95"])
    population = data.choice.population
    if population is None:
        section.notes.append(f"Geen cijfers per 10.000: {data.choice.reason}.")
        return section
    reported = table(data.figures, "gemelde_minderjarigen_per_10000", "gemelde_minderjarigen")
    cells = {vk: (_cell(reported.get(vk), population.by_province.get(province))
                  if reported.get(vk) is not None else None)
             for vk, province in data.vks.items()}
    if not data.public:
        cells[FLANDERS] = data.figures["prevalentie"]["per_provincie"][FLANDERS]
    section.charts.append(charts.svg(charts.rates_with_intervals(
        pd.DataFrame(_interval_rows(cells, "gebied")), "gebied", "VK-provincie", order=list(cells)
    )))
    section.tables.append(Table(
        ["", "gemeld", "minderjarigen", "per 10.000 (95%-interval)"],
        [[area, number(reported.get(area) if area != FLANDERS else (cell or {}).get("aantal")),
          number(population.by_province.get(data.vks[area]) if area in data.vks
                 else (cell or {}).get("bevolking")),
          rate_text(cell)] for area, cell in cells.items()],
    ))
    section.notes.append(_population_note(data))
    return section


def _population_note(data: ReportData) -> str:
    population = data.choice.population
    chosen = " (gekozen met --population-year)" if data.choice.chosen_by_user else ""
    return f"Noemer: bevolking op 1 januari {population.year}{chosen}; bron: {population.source}."


def age_sex_section(data: ReportData) -> Section:
    section = Section("leeftijd-geslacht", f"Leeftijd en geslacht, {data.year}",
                      definitions()["per_leeftijd"] + " " + definitions()["per_geslacht"])
    population = data.choice.population
    by_age = table(data.figures, "kinderen_per_leeftijd_per_vk")
    detailed = population is not None and population.by_province_sex_age is not None
    if detailed:
        age_cells = []
        for vk, province in data.vks.items():
            for group, ages in AGES_OF_GROUP.items():
                count = (by_age.get(vk) or {}).get(group)
                cell = _cell(count, minors_in(population, [province], ages=ages))
                if cell:
                    age_cells.append({"leeftijd": group, "VK": vk, "per_10000": cell["per_10000"],
                                      "laag": cell["interval_95"][0],
                                      "hoog": cell["interval_95"][1]})
        section.charts.append(charts.svg(charts.rates_with_intervals(
            pd.DataFrame(age_cells), "leeftijd", "leeftijdsgroep", series="VK",
            order=list(AGES_OF_GROUP),
        )))
        section.tables.append(Table(
            ["", *AGES_OF_GROUP],
            [[vk, *(rate_text(_cell((by_age.get(vk) or {}).get(g),
                                    minors_in(population, [province], ages=ages)))
                    for g, ages in AGES_OF_GROUP.items())]
             for vk, province in data.vks.items()],
        ))
    else:
        frame = pd.DataFrame([{"leeftijd": g, "VK": vk, "kinderen": n}
                              for vk in data.vks for g, n in (by_age.get(vk) or {}).items()
                              if n is not None and g in AGES_OF_GROUP])
        section.charts.append(charts.svg(charts.grouped_bars(
            frame, "leeftijd", "kinderen", "VK", "leeftijdsgroep", "gemelde kinderen",
            order=list(AGES_OF_GROUP),
        )))
        section.notes.append(
            "Aantallen zonder cijfer per 10.000: "
            + ("geen bevolking van het jaar." if population is None
               else "de bevolking van dit jaar heeft geen verdeling naar leeftijd en geslacht "
                    "(laad Statbel's bestand met `vkw population load`).")
        )
    if data.public:
        sexes = table(data.figures, "kinderen_per_geslacht")
        section.tables.append(Table(["geslacht (alle leeftijden, alle VK's)", "kinderen"],
                                    [[s, number(n)] for s, n in sexes.items()]))
        section.notes.append("De publieke editie toont geslacht alleen voor alle VK's samen: "
                             "geslacht per VK is geen gecontroleerde tabel.")
        return section
    per_sex = data.figures["prevalentie"]["per_geslacht"]
    if detailed:
        rows = [{"geslacht": sex, "VK": area, "per_10000": c["per_10000"],
                 "laag": c["interval_95"][0], "hoog": c["interval_95"][1]}
                for area, cells in per_sex.items() for sex, c in cells.items()
                if sex in SEX_WITH_POPULATION and c.get("per_10000") is not None]
        section.charts.append(charts.svg(charts.rates_with_intervals(
            pd.DataFrame(rows), "VK", "VK", series="geslacht", order=list(per_sex)
        )))
    section.tables.append(Table(
        ["", "jongens (M)", "meisjes (V)", "onbekend of X (aantal)"],
        [[area, *(rate_text(cells[s]) if detailed else number(cells[s]["aantal"])
                  for s in SEX_WITH_POPULATION),
          number(cells.get("onbekend_of_x", {}).get("aantal"))]
         for area, cells in per_sex.items()],
    ))
    return section


def problems_section(data: ReportData) -> Section:
    section = Section("problematiek", f"Vormen van problematiek per VK, {data.year}",
                      definitions()["registraties_minderjarigen"] + " "
                      + definitions()["unieke_minderjarigen_vlaanderen"])
    per_vk = table(data.figures, "problematiek_per_vk")
    frame = pd.DataFrame([{"VK": vk, "vorm": p, "registraties": n}
                          for vk, cells in (per_vk or {}).items() if cells
                          for p, n in cells.items() if n is not None])
    if not frame.empty:
        section.charts.append(charts.svg(charts.grouped_bars(
            frame, "VK", "registraties", "vorm", "VK", "registraties (alle leeftijden)"
        )))
    section.tables.append(Table(
        ["", *PROBLEMS],
        [[vk, *(number((cells or {}).get(p)) for p in PROBLEMS)]
         for vk, cells in (per_vk or {}).items()],
        note="Registraties van alle leeftijden, zoals de tabel problematiek van het jaarverslag.",
    ))
    if data.public:
        return section
    block = data.figures["prevalentie"]["per_problematiek"]
    rows = [[vk, *(rate_text(cells[p]) for p in PROBLEMS)]
            for vk, cells in block["registraties_minderjarigen"].items()]
    rows.append(["registraties, Vlaanderen",
                 *(rate_text(block["registraties_minderjarigen_vlaanderen"][p]) for p in PROBLEMS)])
    rows.append(["unieke kinderen, Vlaanderen",
                 *(rate_text(block["unieke_minderjarigen_vlaanderen"][p]) for p in PROBLEMS)])
    section.tables.append(Table(
        ["minderjarigen per 10.000", *PROBLEMS], rows,
        note="Registraties en unieke kinderen naast elkaar: per VK vallen ze samen (een "
             "registratie is een uniek trio VK, kind, vorm); over de VK's telt een kind bij "
             "twee VK's als twee registraties en één uniek kind.",
    ))
    return section


def mano_section(data: ReportData) -> Section:
    section = Section("mano", f"MaNo-onderzoeken per VK en gevolggeving, {data.year}",
                      definitions()["mano"])
    outcomes = table(data.figures, "mano_gevolggeving_per_vk")
    frame = pd.DataFrame([{"VK": vk, "gevolggeving": o, "onderzoeken": n}
                          for vk, cells in outcomes.items() if cells
                          for o, n in cells.items() if n is not None])
    if not frame.empty:
        section.charts.append(charts.svg(charts.grouped_bars(
            frame, "VK", "onderzoeken", "gevolggeving", "VK", "onderzoeken", stacked=True
        )))
    section.tables.append(Table(
        ["", *MANO_OUTCOMES],
        [[vk, *(number((cells or {}).get(o)) for o in MANO_OUTCOMES)]
         for vk, cells in outcomes.items()],
    ))
    return section


def rolling_section(data: ReportData) -> Section:
    section = Section("voortschrijdend", "Voortschrijdende twaalf maanden",
                      definitions()["rolling"])
    if data.public:
        section.notes.append("Niet in de publieke editie: overlappende vensters zijn geen "
                             "gecontroleerde tabellen.")
        return section
    rows = [{"maand": f"{r['venster']['tot_en_met']}-01", "VK": vk, "per_10000": c["per_10000"]}
            for r in data.rolling
            for vk, c in r["gemelde_minderjarigen_per_10000"].items()
            if c.get("per_10000") is not None]
    if rows:
        section.charts.append(charts.svg(charts.lines(
            pd.DataFrame(rows), "maand", "per_10000", "VK", "laatste maand van het venster",
            "per 10.000 minderjarigen", x_type="T",
        )))
    last = data.rolling[-1] if data.rolling else None
    if last:
        cells = last["gemelde_minderjarigen_per_10000"]
        section.tables.append(Table(
            [f"{last['venster']['van']} – {last['venster']['tot_en_met']}", "gemeld",
             "per 10.000 (95%-interval)"],
            [[area, number(c["aantal"]), rate_text(c)] for area, c in cells.items()],
        ))
        if last["bevolking"].get("jaar") is None:
            section.notes.append(f"Geen cijfer voor het laatste venster: "
                                 f"{last['bevolking']['reden']}.")
    return section
