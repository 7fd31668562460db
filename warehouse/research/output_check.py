"""Output checking of a researcher's own cross-table, with the default rules of SACRO's ACRO.

Before a table leaves the secure setting, every cell is checked and each failing cell is
named with the rule and the numbers that fail it. ACRO itself (github.com/AI-SDC/ACRO) is
not installed (it pins pandas<=2.3); its rules are re-implemented here from its source:

- Parameters: ``acro/default.yaml``: ``safe_threshold: 10``, ``safe_nk_n: 2``,
  ``safe_nk_k: 0.90``, ``safe_pratio_p: 0.10``, ``zeros_are_disclosive: True``
  (``check_missing_values: False``); copied to ``output_rules.yaml`` beside this module.
- Which rules a table gets: ``acro/statbarns.json`` and ``acro/risks.json``. A frequency
  table (statbarn ``Frequencies``) carries the risks LowCount (``MinimumThresholdCheck``)
  and ClassDisclosure (``PresenceOfZeroCheck``); a table of sums (``LinearAggregations``)
  carries LowCount and Dominance (``NKCheck``, ``PPercentCheck``). Both also carry
  Differencing (``PresenceOfLinkedTableCheck``): a person's review of linked tables, which
  one file cannot show, so it is not checked here.
- The rules: ``acro/sdcchecks.py`` (``check_min_threshold``, ``check_presence_of_zero``,
  ``check_nk_dominance``, ``check_ppercent_dominance``) and the older ``acro/acro_tables.py``
  (``agg_threshold``, ``agg_nk``, ``agg_p_percent``, ``agg_negative``):

  ``threshold``  a cell's count (frequency table) or its number of contributors (table of
                 sums) < safe_threshold. A zero is below it too: as in ACRO, a zero cell
                 of a frequency table fails both ``threshold`` and ``zeros``.
  ``zeros``      a frequency cell of 0, when zeros_are_disclosive.
  ``nk-rule``    the largest safe_nk_n contributions hold >= safe_nk_k of the cell's total
                 (``check_nk_dominance`` uses >=, the older ``agg_nk`` >; the newer is
                 followed). A cell whose total is 0 has no dominance (``agg_nk``).
  ``p-ratio``    (total - largest - second largest) / largest < safe_pratio_p; one
                 contributor alone fails. A cell whose contributions are all 0 fails when
                 zeros_are_disclosive (``agg_p_percent``).
  ``negative``   a negative contribution: ACRO calls dominance undefined and asks for a
                 review; here such a cell does not pass, and nk and p are not computed.

Two shapes of table, both CSV with a header line first. The separator, ``,`` or ``;``, is
read from each file's header line unless one is given (it then holds for both files); with
``;``, a decimal comma is read as a decimal point.

- a frequency table: the first ``label_columns`` columns are row labels, the others are
  counts (whole numbers >= 0). Checked with ``threshold`` and ``zeros``.
- a table of sums (a magnitude table): the same layout, the cells are sums of a variable.
  Its dominance cannot be seen in the sums, so it comes with a second CSV of contributions
  in long form, one line per contributing unit: the row label(s), the column label, the
  unit's value (``row,column,value``), after a header line. Each cell's contributions must
  add up to the cell as written (to its decimals): a wrong contributions file would
  otherwise pass a table it does not describe. Checked with ``threshold`` (contributors),
  ``nk-rule``, ``p-ratio`` and ``negative``.

A finding gives the cell by its own row and column labels and what failed in numbers only;
no other text of the table is repeated. Bad input raises ``TableError`` with one line
naming the file, line and column; it quotes a cell that should have been a count or a
number, which is the one place a cell's own text is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from warehouse.research.output_table import (  # noqa: F401 - re-exported
    Kind,
    Table,
    TableError,
    read_contributions,
    read_table,
)

RULES_FILE = Path(__file__).with_name("output_rules.yaml")


@dataclass(frozen=True)
class Rules:
    threshold: int
    nk_n: int
    nk_k: float
    pratio_p: float
    zeros_are_disclosive: bool


def load_rules(path: Path = RULES_FILE) -> Rules:
    """The rule parameters from ``output_rules.yaml`` (ACRO's default.yaml keys)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        rules = Rules(
            threshold=data["safe_threshold"],
            nk_n=data["safe_nk_n"],
            nk_k=float(data["safe_nk_k"]),
            pratio_p=float(data["safe_pratio_p"]),
            zeros_are_disclosive=data["zeros_are_disclosive"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: missing or malformed rule {error}") from None
    # bool is an int in Python: a "true" threshold must not slip through as 1
    if not (type(rules.threshold) is int and rules.threshold >= 1):
        raise ValueError(f"{path}: safe_threshold must be a whole number >= 1")
    if not (type(rules.nk_n) is int and rules.nk_n >= 1):
        raise ValueError(f"{path}: safe_nk_n must be a whole number >= 1")
    if not 0 < rules.nk_k <= 1 or not 0 <= rules.pratio_p <= 1:
        raise ValueError(f"{path}: safe_nk_k must be in (0, 1], safe_pratio_p in [0, 1]")
    if not isinstance(rules.zeros_are_disclosive, bool):
        raise ValueError(f"{path}: zeros_are_disclosive must be true or false")
    return rules


@dataclass(frozen=True)
class Finding:
    row: str
    column: str
    rule: str
    detail: str


@dataclass(frozen=True)
class CheckResult:
    kind: Kind
    cells: int
    findings: tuple[Finding, ...]
    rules: Rules

    @property
    def failing_cells(self) -> int:
        return len({(finding.row, finding.column) for finding in self.findings})

    @property
    def passed(self) -> bool:
        return not self.findings


def _label(row: tuple[str, ...]) -> str:
    return " / ".join(row)


def check_counts(table: Table, rules: Rules) -> CheckResult:
    """Threshold and zeros per cell of a frequency table."""
    findings: list[Finding] = []
    for row, row_values in zip(table.rows, table.values, strict=True):
        for column, count in zip(table.columns, row_values, strict=True):
            if count < rules.threshold:
                detail = f"count {count} < threshold {rules.threshold}"
                findings.append(Finding(_label(row), column, "threshold", detail))
            if count == 0 and rules.zeros_are_disclosive:
                detail = "count 0, and zeros are disclosive"
                findings.append(Finding(_label(row), column, "zeros", detail))
    cells = len(table.rows) * len(table.columns)
    return CheckResult("counts", cells, tuple(findings), rules)


def _dominance(values: list[float], rules: Rules) -> list[tuple[str, str]]:
    negatives = sum(value < 0 for value in values)
    if negatives:
        return [("negative", f"{negatives} negative contribution(s): dominance undefined")]
    ranked = sorted(values, reverse=True)
    total = sum(ranked)
    failed: list[tuple[str, str]] = []
    if total > 0:
        share = sum(ranked[: rules.nk_n]) / total
        if share >= rules.nk_k:
            detail = f"largest {rules.nk_n} hold {share:.4g} of the total >= k {rules.nk_k:g}"
            failed.append(("nk-rule", detail))
    largest = ranked[0] if ranked else 0.0
    if largest > 0:
        rest = (total - sum(ranked[:2])) / largest
        if rest < rules.pratio_p:
            detail = f"(total - largest 2) / largest = {rest:.4g} < p {rules.pratio_p:g}"
            failed.append(("p-ratio", detail))
    elif ranked and rules.zeros_are_disclosive:
        failed.append(("p-ratio", "all contributions 0, and zeros are disclosive"))
    return failed


def check_sums(
    table: Table, contributions: dict[tuple[int, int], list[float]], rules: Rules
) -> CheckResult:
    """Threshold on contributors, nk-rule, p-ratio and negatives per cell of a table of sums."""
    findings: list[Finding] = []
    for i, row in enumerate(table.rows):
        for j, column in enumerate(table.columns):
            values = contributions.get((i, j), [])
            if len(values) < rules.threshold:
                detail = f"{len(values)} contributors < threshold {rules.threshold}"
                findings.append(Finding(_label(row), column, "threshold", detail))
            for rule, detail in _dominance(values, rules):
                findings.append(Finding(_label(row), column, rule, detail))
    cells = len(table.rows) * len(table.columns)
    return CheckResult("sums", cells, tuple(findings), rules)


def check_file(
    table_path: Path,
    contributions_path: Path | None = None,
    *,
    rules: Rules | None = None,
    separator: str | None = None,
    label_columns: int = 1,
) -> CheckResult:
    """Check a CSV cross-table: counts alone, or sums with their contributions."""
    rules = rules or load_rules()
    if contributions_path is None:
        table = read_table(table_path, "counts", separator=separator, label_columns=label_columns)
        return check_counts(table, rules)
    table = read_table(table_path, "sums", separator=separator, label_columns=label_columns)
    contributions = read_contributions(contributions_path, table, separator=separator)
    return check_sums(table, contributions, rules)


def with_threshold(rules: Rules, threshold: int | None) -> Rules:
    """The rules with another threshold (None keeps ACRO's default)."""
    if threshold is None:
        return rules
    if threshold < 1:
        raise ValueError("threshold must be >= 1")
    return replace(rules, threshold=threshold)
