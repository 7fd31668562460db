"""Build the research release: the k-anonymous tables researchers read, rebuilt whole.

Runs after every load (with the marts) and after every data-subject action, so an erased
or restricted child leaves the release at once. Ids are drawn afresh each time.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd
from sqlalchemy import Connection, delete, insert

from warehouse.research.generalisation import generalise
from warehouse.research.hierarchies import ReleaseSpec, anonymity_settings
from warehouse.research.records import (
    child_problems,
    child_records,
    investigation_records,
    report_records,
)
from warehouse.research.tables import (
    ResearchChildProblem,
    ResearchChildReport,
    ResearchManoInvestigation,
    ResearchRelease,
    ResearchReport,
)

TABLES = {
    "research_child_report": (ResearchChildReport, "child_report_key", "child_report_id"),
    "research_report": (ResearchReport, "report_key", "report_id"),
    "research_mano_investigation": (
        ResearchManoInvestigation,
        "investigation_key",
        "investigation_id",
    ),
}
# Carried along unchanged: sensitive attributes, not quasi-identifiers.
CARRIED = {"research_mano_investigation": ("outcome_code",)}


@dataclass(frozen=True)
class TableRelease:
    table_name: str
    k: int
    grain: dict[str, str]
    rows: int
    generalised_rows: int
    suppressed_rows: int
    classes: int
    smallest_class: int
    classes_with_one_problem: int | None
    rows_in_classes_with_one_problem: int | None
    suppressed_share_allowed: float
    lattice_nodes_tried: int


def build_release(connection: Connection, k: int | None = None) -> list[TableRelease]:
    """Rebuild every research table within the caller's transaction (a data-subject action
    and its effect on the release commit together)."""
    rows, summaries = release_rows(connection, k)
    _replace(connection, rows, summaries)
    return summaries


def release_rows(
    connection: Connection, k: int | None = None, finest: bool = False
) -> tuple[dict[type, list[dict]], list[TableRelease]]:
    """The research tables' rows; `finest`: every quasi-identifier at its finest level and
    nothing suppressed (only for an approved project's export, warehouse/research/grants.py).
    """
    settings = anonymity_settings(k)
    sources = {
        "research_child_report": child_records(connection),
        "research_report": report_records(connection),
        "research_mano_investigation": investigation_records(connection),
    }
    problems = child_problems(connection)
    rng = np.random.default_rng(secrets.randbits(128))
    summaries, rows = [], {}
    for table, spec in settings.releases.items():
        model, key_column, id_column = TABLES[table]
        source = sources[table]
        labelled, class_key, summary = _release_one(
            source, spec, 1 if finest else settings.k, settings.max_suppressed_share
        )
        ids = pd.Series(rng.permutation(len(source)) + 1, index=source.index)
        frame = labelled.assign(**{id_column: ids, "year": source["year"]})
        for column in CARRIED.get(table, ()):
            frame[column] = source[column]
        if table == "research_child_report":
            summary, rows[ResearchChildProblem] = _problems(
                frame, source, problems, class_key, summary
            )
        rows[model] = _records(frame.drop(columns=[key_column], errors="ignore"))
        summaries.append(summary)
    return rows, summaries


def release_counts(summaries: list[TableRelease]) -> dict[str, dict]:
    """What a run or an audit entry says of a build: levels and counts, never a value."""
    return {
        summary.table_name: {
            "grain": summary.grain,
            "rows": summary.rows,
            "generalised_rows": summary.generalised_rows,
            "suppressed_rows": summary.suppressed_rows,
            "smallest_class": summary.smallest_class,
        }
        for summary in summaries
    }


def _release_one(
    source: pd.DataFrame, spec: ReleaseSpec, k: int, share: float
) -> tuple[pd.DataFrame, pd.Series, TableRelease]:
    """The labels of each row, the class of each released row, and the summary."""
    columns = [qi.column for qi in spec.quasi_identifiers]
    if source.empty:
        empty = pd.DataFrame(columns=[*columns, "suppressed"])
        summary = TableRelease(spec.table, k, {}, 0, 0, 0, 0, 0, None, None, share, 0)
        return empty, pd.Series(dtype="int64"), summary
    result = generalise(source, spec.quasi_identifiers, k, share, spec.entity)
    labelled = result.labels.assign(suppressed=result.suppressed)
    kept = ~result.suppressed
    class_key = _class_key(labelled[kept], source["year"][kept])
    sizes = source[kept].groupby(class_key.to_numpy())[spec.entity].nunique()
    generalised = any(
        level != qi.levels[0]
        for qi, level in zip(spec.quasi_identifiers, result.levels.values(), strict=True)
    )
    summary = TableRelease(
        table_name=spec.table,
        k=k,
        grain=result.levels,
        rows=len(source),
        generalised_rows=int(kept.sum()) if generalised else 0,
        suppressed_rows=result.suppressed_records,
        classes=len(sizes),
        smallest_class=int(sizes.min()) if len(sizes) else 0,
        classes_with_one_problem=None,
        rows_in_classes_with_one_problem=None,
        suppressed_share_allowed=share,
        lattice_nodes_tried=result.nodes_tried,
    )
    return labelled, class_key, summary


def _class_key(labels: pd.DataFrame, year: pd.Series) -> pd.Series:
    """A number per class: the year and every quasi-identifier (null included)."""
    parts = labels.drop(columns="suppressed").assign(year=year)
    return parts.groupby(list(parts.columns), dropna=False, sort=False).ngroup()


def _problems(
    frame: pd.DataFrame,
    source: pd.DataFrame,
    problems: pd.DataFrame,
    class_key: pd.Series,
    summary: TableRelease,
) -> tuple[TableRelease, list[dict]]:
    """The problem codes of the released children, and their l-diversity per class."""
    ids = dict(zip(source["child_report_key"], frame["child_report_id"], strict=True))
    kept_problems = problems[problems["child_report_key"].isin(ids)]
    rows = [
        {"child_report_id": int(ids[key]), "problem_code": code}
        for key, code in kept_problems.itertuples(index=False)
    ]
    classes = pd.DataFrame(
        {"child_report_key": source.loc[class_key.index, "child_report_key"], "class": class_key}
    )
    diversity = (
        kept_problems.merge(classes, on="child_report_key")
        .groupby("class")["problem_code"]
        .nunique()
    )
    one = diversity[diversity == 1].index
    summary = TableRelease(
        **{
            **asdict(summary),
            "classes_with_one_problem": len(one),
            "rows_in_classes_with_one_problem": int(class_key.isin(one).sum()),
        }
    )
    return summary, rows


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows for insert(): Python values (tolist), None for a missing one."""
    columns = {
        name: [None if pd.isna(value) else value for value in frame[name].tolist()]
        if frame[name].dtype == object or str(frame[name].dtype) == "string"
        else frame[name].tolist()
        for name in frame.columns
    }
    return [
        dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)
    ]


def _replace(connection: Connection, rows: dict[type, list[dict]], summaries: list) -> None:
    for model in (
        ResearchChildProblem,
        ResearchChildReport,
        ResearchReport,
        ResearchManoInvestigation,
        ResearchRelease,
    ):
        connection.execute(delete(model))
    for model, table_rows in rows.items():
        if table_rows:
            connection.execute(insert(model), table_rows)
    connection.execute(insert(ResearchRelease), release_record_rows(summaries))


def release_record_rows(summaries: list[TableRelease]) -> list[dict]:
    built_at = datetime.now(UTC)
    rows = []
    for summary in summaries:
        fields = asdict(summary)
        fields["grain"] = json.dumps(fields["grain"])
        rows.append({"built_at": built_at, **fields})
    return rows
