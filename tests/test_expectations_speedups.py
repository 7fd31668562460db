"""expectations/gx_speedups.py changes Great Expectations' behaviour (two memos); these
tests fail if GX changes what the memos rely on, or if a suite run with the memos differs
from one without them. And the quality frames, now built column by column, equal the ones
built a row at a time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import get_args, get_type_hints

import great_expectations as gx
import pandas as pd
import pytest
from great_expectations.core.id_dict import IDDict
from great_expectations.expectations.expectation import Expectation
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

from expectations import gx_speedups
from expectations.context import SUITES, QualityContext, index_columns
from expectations.gx_speedups import remembered_configurations
from expectations.result_format import PASS_OR_FAIL, result_format
from expectations.validate import validate
from pipelines import quality_frames
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.reading import parse_drop, split_problems, to_parsed
from pipelines.stripping import strip_drop
from tests.bad_drops import CATALOGUE
from tests.drop_factory import files_for, make_drop


def test_the_memos_are_installed_on_the_gx_they_were_checked_against() -> None:
    # A new GX: check that configuration is still a pure property that GX does not
    # mutate in place while it validates, and that IDDict.to_id still depends on content
    # only (then move GX_VERSION); until then the memos stay off.
    assert gx.__version__ == gx_speedups.GX_VERSION
    assert gx_speedups.installed()
    assert isinstance(gx_speedups._ORIGINAL_CONFIGURATION, property)
    assert gx_speedups._ORIGINAL_TO_ID.__qualname__ == "IDDict.to_id"
    assert gx_speedups._ORIGINAL_SETATTR.__qualname__ == "BaseModel.__setattr__"


def _all_expectations() -> list[Expectation]:
    return [expectation for build in SUITES.values() for expectation in build()]


def test_a_remembered_configuration_is_gx_own_and_follows_assignments() -> None:
    for expectation in _all_expectations():
        shipped = gx_speedups._ORIGINAL_CONFIGURATION.fget(expectation)
        assert expectation.configuration is not expectation.configuration  # outside: as shipped
        with remembered_configurations():
            remembered = expectation.configuration
            assert remembered == shipped and remembered.to_json_dict() == shipped.to_json_dict()
            assert expectation.configuration is remembered
            expectation.meta = {**(expectation.meta or {}), "changed": True}
            assert expectation.configuration is not remembered
            assert expectation.configuration.meta["changed"] is True
        assert expectation.configuration.meta["changed"] is True


def _id_dicts() -> Iterator[IDDict]:
    for expectation in _all_expectations():
        kwargs = expectation.configuration.kwargs
        yield IDDict(kwargs)
        yield IDDict({k: v for k, v in kwargs.items() if k in ("column", "batch_id", "value_set")})
    yield IDDict()
    yield IDDict({"column": "vk"})
    for one in (1, 1.0, True, "1", None, [1], (1,), [[1, "a"], None]):
        yield IDDict({"a": one, "b": "x"})
    yield IDDict({"a": {"nested": 1}, "b": 2})  # not simple: GX's own code


def test_a_remembered_id_is_the_one_gx_computes() -> None:
    for first in (True, False):  # the second round answers from the memo
        for id_dict in _id_dicts():
            assert id_dict.to_id() == gx_speedups._ORIGINAL_TO_ID(id_dict), (first, id_dict)
            assert hash(id_dict) == hash(gx_speedups._ORIGINAL_TO_ID(id_dict))
    ids = {IDDict({"a": value, "b": 0}).to_id() for value in (1, 1.0, True, "1")}
    assert ids == {
        gx_speedups._ORIGINAL_TO_ID(IDDict({"a": v, "b": 0})) for v in (1, 1.0, True, "1")
    }
    changing = IDDict({"a": [1, 2], "b": "x"})
    before = changing.to_id()
    changing["a"].append(3)
    assert changing.to_id() != before
    assert changing.to_id() == gx_speedups._ORIGINAL_TO_ID(changing)


@pytest.fixture
def without_memos() -> Iterator[None]:
    """GX as shipped, for the length of a test."""
    patched = (Expectation.__dict__["configuration"], Expectation.__setattr__, IDDict.to_id)
    Expectation.configuration = gx_speedups._ORIGINAL_CONFIGURATION
    Expectation.__setattr__ = gx_speedups._ORIGINAL_SETATTR  # type: ignore[method-assign]
    IDDict.to_id = gx_speedups._ORIGINAL_TO_ID  # type: ignore[method-assign]
    try:
        yield
    finally:
        Expectation.configuration, Expectation.__setattr__, IDDict.to_id = patched  # type: ignore[method-assign]


def _raw_frames(tmp_path: Path) -> dict[str, pd.DataFrame]:
    for case in CATALOGUE:
        case.write(tmp_path / "bad")
    make_drop(tmp_path / "good", "GNT", "2024-02")
    raws = [parse_drop(d) for d in [*find_drops(tmp_path / "bad"), *find_drops(tmp_path / "good")]]
    frames = {"raw_delivery": quality_frames.delivery_frame(raws)}
    for name, frame in quality_frames.raw_frames(raws).items():
        frames[f"raw_{name.removesuffix('.csv')}"] = frame
    return frames


def _normalised(result: object) -> object:
    outcome = result.to_json_dict()
    outcome.pop("id", None)
    outcome["meta"] = {k: v for k, v in outcome["meta"].items() if k != "batch_markers"}
    for each in outcome["results"]:  # ids that GX gives a suite's expectations when stored
        each["expectation_config"].pop("id", None)
    return outcome


def _results(frames: dict[str, pd.DataFrame]) -> dict[str, list[object]]:
    context = QualityContext(None)
    results: dict[str, list[object]] = {}
    for suite, frame in frames.items():
        first = context.run(suite, frame, PASS_OR_FAIL)
        failed = [o.expectation_config for o in first.results if not o.success]
        second = context.run(suite, frame, result_format(index_columns(suite)), only=failed)
        results[suite] = [_normalised(first), _normalised(second)]
    return results


def test_suite_runs_give_the_same_results_with_and_without_the_memos(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    frames = _raw_frames(tmp_path)
    with_memos = _results(frames)
    assert any(not r[0]["success"] for r in with_memos.values())  # failures were exercised
    request.getfixturevalue("without_memos")
    assert _results(frames) == with_memos


def test_the_memo_spares_most_configuration_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = _raw_frames(tmp_path)["raw_meldingen"]
    built = []
    original = gx_speedups._ORIGINAL_CONFIGURATION

    def counting(self: Expectation) -> ExpectationConfiguration:
        built.append(self)
        return original.fget(self)

    monkeypatch.setattr(gx_speedups, "_ORIGINAL_CONFIGURATION", property(counting))
    context = QualityContext(None)
    expectations = len(context.suites["raw_meldingen"].expectations)
    assert validate(context, "raw_meldingen", frame, "meldingen.csv")
    # Both passes: GX as shipped builds it ~110 times per expectation of the suite (1940
    # for these 17), remembered ~20 times (once per instance GX makes).
    assert 0 < len(built) < 30 * expectations


# The quality frames as they were built before (a dict per row), for comparison.
def _reference_raw(raws: list, today: date | None = None) -> dict[str, pd.DataFrame]:
    qf = quality_frames
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in qf.FILES}
    for raw in raws:
        if not raw.tables:
            continue
        extract_date = raw.latest_date(today).isoformat()
        types = {
            qf._clean(r["melding_id"]): qf._clean(r["type_werking"])
            for _, r in raw.tables[qf.MELDINGEN]
        }
        for name in qf.FILES:
            for line, row in raw.tables[name]:
                record: dict[str, object] = {"vk": raw.vk, "period": raw.period, "line": line}
                record.update({c: qf._clean(row[c]) for c in qf.COLUMNS[name]})
                record["melding_id_holds_national_number"] = qf.holds_national_number(
                    record["melding_id"]
                )
                if name == qf.MELDINGEN:
                    record["extract_date"] = extract_date
                    record["datum_melding_month"] = qf._month(record["datum_melding"])
                elif name == qf.KINDEREN:
                    record["report_exists"] = record["melding_id"] in types
                    problems = split_problems(record["problematiek"])
                    record["problems_known"] = (
                        all(p in qf.PROBLEMS for p in problems) if problems else None
                    )
                elif name == qf.MANO:
                    record["extract_date"] = extract_date
                    record["datum_start_month"] = qf._month(record["datum_start"])
                    record["report_type"] = types.get(record["melding_id"])
                    record["onderzoek_id_holds_national_number"] = qf.holds_national_number(
                        record["onderzoek_id"]
                    )
                rows[name].append(record)
    frames = {
        name: pd.DataFrame.from_records(records) if records else qf._frame({}, name)
        for name, records in rows.items()
    }
    for name, columns in qf.DATE_COLUMNS.items():
        for column in columns:
            frames[name][f"{column}_is_calendar_date"] = qf.is_calendar_date(frames[name][column])
    return frames


def _reference_stripped(drops: list) -> dict[str, pd.DataFrame]:
    qf = quality_frames
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in qf._STRIPPED_TABLES}
    for drop in drops:
        for name, (attribute, kind) in qf._STRIPPED_TABLES.items():
            dates = [n for n, t in get_type_hints(kind).items() if t is date or date in get_args(t)]
            for position, row in enumerate(getattr(drop, attribute), start=1):
                record = {"vk": drop.vk, "period": drop.period, "line": position}
                record.update({f.name: getattr(row, f.name) for f in fields(kind)})
                for n in dates:
                    record[n] = record[n].isoformat() if record[n] is not None else None
                if "problems" in record:
                    record["problems"] = "|".join(record["problems"])
                rows[name].append(record)
    frames = {}
    for name, records in rows.items():
        kind = qf._STRIPPED_TABLES[name][1]
        columns = ["vk", "period", "line", *(f.name for f in fields(kind))]
        frames[name] = pd.DataFrame.from_records(records, columns=columns)
    notes = frames[qf.STRIPPED_REPORTS]["scrubbed_note"]
    frames[qf.STRIPPED_REPORTS][qf.NOTE_LOOKS_CLEAN] = ~notes.str.contains(
        qf.IDENTIFIER_PATTERN, na=False
    ).astype(bool)
    return frames


def _assert_same(built: dict[str, pd.DataFrame], reference: dict[str, pd.DataFrame]) -> None:
    assert list(built) == list(reference)
    for name in built:
        pd.testing.assert_frame_equal(built[name], reference[name], check_exact=True, obj=name)


def test_raw_frames_equal_the_row_by_row_frames(tmp_path: Path) -> None:
    for case in CATALOGUE:
        case.write(tmp_path / "bad")
    for vk, period in (("ANT", "2024-03"), ("BRU", "2024-03"), ("GNT", "2024-04")):
        make_drop(tmp_path / "good", vk, period, files_for(period))
    raws = [parse_drop(d) for d in [*find_drops(tmp_path / "bad"), *find_drops(tmp_path / "good")]]
    assert any(not raw.tables for raw in raws) and any(raw.tables for raw in raws)
    for subset in (raws, raws[:1], raws[-1:], []):
        _assert_same(quality_frames.raw_frames(subset), _reference_raw(subset))


def test_stripped_frames_equal_the_row_by_row_frames(tmp_path: Path) -> None:
    drops = []
    for vk, period in (("ANT", "2024-03"), ("BRU", "2024-03")):
        make_drop(tmp_path, vk, period, files_for(period))
    for drop in find_drops(tmp_path):
        parsed = to_parsed(parse_drop(drop))
        notes = {
            m.melding_id: f"Bel {m.melding_id} op 0470 12 34 56." for m in parsed.meldingen[:1]
        }
        drops.append(strip_drop(parsed, Pseudonymizer(b"k" * 32), notes))
    empty = replace(drops[0], reports=(), child_rows=(), investigations=())
    for subset in (drops, drops[:1], [empty], [drops[0], empty], []):
        _assert_same(quality_frames.stripped_frames(subset), _reference_stripped(subset))
