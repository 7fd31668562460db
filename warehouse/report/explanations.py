"""The sections that explain figures: the worked example of a change, the reconciliation with
the printed rates, the coverage of the year and the disclosure rule."""

from __future__ import annotations

from typing import Any

from warehouse.prevalence.breakdowns import definitions
from warehouse.prevalence.change import Change
from warehouse.prevalence.reconciliation import SHORT_NAMES, VARIANTS
from warehouse.prevalence.trends import CLAIM, WORKED_PROBLEM
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

# Variants whose numerators are cells no published table holds: left out of the public
# edition, where only audited cells may be combined.
UNPUBLISHED_VARIANTS = ("woonplaats", "registraties")


def worked_example_section(data: ReportData) -> Section:
    years = sorted(data.by_year)
    section = Section("rekenvoorbeeld", "Rekenvoorbeeld: hoe een verandering berekend wordt",
                      definitions()["trend"])
    first, last = years[0], years[-1]
    counts = [table(data.by_year[y], "problematiek").get(WORKED_PROBLEM) for y in (first, last)]
    if len(years) < 2 or None in counts:
        section.notes.append("Te weinig jaren geladen voor een verandering.")
        return section
    change = Change(*counts)
    low, high = change.interval
    base_year = CLAIM["last_year"] - CLAIM["years"]
    claimed_base = round(counts[1] / (1 + CLAIM["percent"] / 100))
    section.tables.append(Table(
        ["stap", "waarde"],
        [
            [f"registraties {WORKED_PROBLEM.lower()} {first} (tabel problematiek)",
             number(counts[0])],
            [f"registraties {WORKED_PROBLEM.lower()} {last}", number(counts[1])],
            ["verandering", f"({number(counts[1])} − {number(counts[0])}) / {number(counts[0])}"
             f" = {percent(change.percent)}"],
            ["95%-interval (verhouding van twee Poisson-aantallen)",
             f"{percent(low)} tot {percent(high)}"],
        ],
    ))
    in_warehouse = base_year in data.by_year
    section.notes.append(
        f"Het jaarverslag schrijft \"+{CLAIM['percent']}% emotionele mishandeling in "
        f"{CLAIM['years']} jaar\": dat vraagt een basis van ongeveer {number(claimed_base)} "
        f"registraties in {base_year}. "
        + ("Dat jaar zit in het magazijn." if in_warehouse else
           f"Het magazijn begint in {first}, dus die basis is hier niet na te rekenen; over de "
           f"{last - first + 1} geladen jaren is de verandering {percent(change.percent)}.")
    )
    return section


def reconciliation_section(data: ReportData) -> Section:
    section = Section("aansluiting", f"Aansluiting met de gepubliceerde cijfers {data.year}",
                      definitions()["reconciliation"])
    rec = data.reconciliation
    if rec is None:
        section.notes.append(f"Geen gepubliceerde cijfers per 10.000 van {data.year} bekend, of "
                             "geen bevolking geladen.")
        return section
    variants = [v for v in VARIANTS if not (data.public and v in UNPUBLISHED_VARIANTS)]
    section.wide = True
    header = ["VK", "gepubliceerd", f"ons, bevolking {rec['bevolkingsjaar']} (95%-interval)",
              *(SHORT_NAMES[v] for v in variants), "ons met de bevolking van elk jaar",
              "noemer die het gepubliceerde cijfer vraagt (provincie)", "verklaring"]
    rows = []
    for vk, row in rec["per_vk"].items():
        ours = row["ons"]
        variant_values = row["varianten"]
        if data.public:
            variant_values = _published_variants(data, vk, variant_values)
            ours = None if _blanked(data, vk) else ours
        years = row["per_bevolkingsjaar"]
        implied = row["noemer_die_het_gepubliceerde_cijfer_vraagt"]
        rows.append([
            vk,
            row["gepubliceerd"],
            rate_text(ours),
            *(variant_values.get(v, MISSING) for v in variants),
            ", ".join(f"{y}: {r}" for y, r in years.items()),
            f"{number(implied['van'])}–{number(implied['tot'])} ({number(implied['provincie'])})",
            _explanation(row, variants),
        ])
    section.tables.append(Table(header, rows, note=f"Bron van de gepubliceerde cijfers: "
                                                   f"{rec['bron']}."))
    section.notes += [f"{SHORT_NAMES[v]}: {VARIANTS[v]}." for v in variants]
    section.notes.append(
        "Een definitie verklaart een gepubliceerd cijfer als ze er, op een geheel getal gebracht, "
        "aan gelijk is: afgerond (half naar boven) of afgekapt; het jaarverslag zegt niet hoe "
        "het afrondt."
    )
    return section


def _published_variants(
    data: ReportData, vk: str, values: dict[str, float]
) -> dict[str, float]:
    """A variant adds or takes away cells; in the public edition only published ones."""
    if _blanked(data, vk):
        return {}
    kept = dict(values)
    ages = table(data.figures, "kinderen_per_leeftijd_per_vk", vk)
    if ages.get("ONGEBOREN") is None:
        kept.pop("zonder_ongeboren", None)
    if table(data.figures, "kinderen_per_vk").get(vk) is None:
        kept.pop("met_18_plus", None)
    return kept


def _blanked(data: ReportData, vk: str) -> bool:
    reported = table(data.figures, "gemelde_minderjarigen_per_10000", "gemelde_minderjarigen")
    return reported.get(vk) is None


def _explanation(row: dict[str, Any], variants: list[str]) -> str:
    named = [
        f"{_name(match['definitie'])} ({match['afronding']})"
        for match in row["verklaard_door"]
        if match["definitie"] in ("ons", *variants)
        or match["definitie"].startswith("bevolkingsjaar_")
    ]
    if named:
        return "gelijk met: " + "; ".join(named)
    implied = row["noemer_die_het_gepubliceerde_cijfer_vraagt"]
    middle = (implied["van"] + implied["tot"]) / 2
    share = (middle / implied["provincie"] - 1) * 100
    inside = "binnen" if row["gepubliceerd_binnen_interval"] else "buiten"
    return (f"geen enkele definitiekeuze alleen; het gepubliceerde cijfer ligt {inside} ons "
            f"95%-interval en vraagt een noemer {share:+.0f}% t.o.v. de minderjarigen van de "
            "provincie (een ander werkgebied of een andere bevolkingsbron)")


def _name(key: str) -> str:
    if key == "ons":
        return "onze definitie"
    return SHORT_NAMES.get(key, key.replace("bevolkingsjaar_", "bevolking van "))


def coverage_section(data: ReportData) -> Section:
    coverage = data.figures.get("dekking") or {}
    section = Section("dekking", f"Dekking van {data.year}",
                      "Welke VK-maanden in de cijfers zitten: geladen, geweigerd of ontbrekend; "
                      "rijen in quarantaine; kinderen weggelaten omdat hun verwerking beperkt is "
                      "(AVG art. 18).")
    if not coverage:
        return section
    section.tables.append(Table(["", "waarde"], [
        ["VK-maanden geladen", f"{coverage['vk_maanden_geladen']} van "
                               f"{coverage['vk_maanden_verwacht']}"],
        ["geweigerd", ", ".join(coverage["vk_maanden_geweigerd"]) or "geen"],
        ["ontbrekend", ", ".join(coverage["vk_maanden_ontbrekend"]) or "geen"],
        ["rijen in quarantaine", number(coverage["rijen_in_quarantaine"])],
        ["kinderen weggelaten door een beperking",
         number(coverage["kinderen_weggelaten_door_beperking"])],
    ]))
    return section


def disclosure_section(data: ReportData) -> Section:
    section = Section("openbaarmaking", "Bescherming tegen onthulling",
                      definitions()["interval_95"])
    block = data.figures.get("disclosure")
    if block is None:
        section.definition = (
            "Interne editie: alle aantallen zoals ze in het magazijn staan, zonder onderdrukking. "
            "Niet verspreiden; de publieke editie is `vkw report --disclosure public`."
        )
        return section
    section.definition = (
        f"Publieke editie. Regel: {block['rule']}. Methode: {block['method']}. "
        f"Primair onderdrukt: {block['primary_suppressions']}, secundair: "
        f"{block['secondary_suppressions']}. Een onderdrukte cel staat als {MISSING}."
    )
    for withheld in block.get("withheld", []):
        section.notes.append(f"Tabel {' / '.join(withheld['table'])} niet gepubliceerd: "
                             f"{withheld['reason']}.")
    return section
