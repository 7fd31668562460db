"""The scrubber's token tagger (pipelines/scrubbing/tagger/): its model was learnt from the
corpora as they are now and from no held-out corpus; its tokens and labels; what it tags."""

from __future__ import annotations

import json

import pytest

from benchmarks.tagger_left_out import left_out
from pipelines.scrubbing.evaluation import load_corpus
from pipelines.scrubbing.recognizers.tagged_tokens import (
    TaggedDateOfBirthRecognizer,
    column_cells,
    name_on_line,
    tagged_spans,
)
from pipelines.scrubbing.tagger.features import token_labels, tokens
from pipelines.scrubbing.tagger.training import (
    CORPORA,
    digest,
    manifest_path,
    model_path,
    training_corpora,
)


def test_the_model_was_learnt_from_the_corpora_as_they_are_now() -> None:
    manifest = json.loads(manifest_path().read_text(encoding="utf-8"))
    corpora = training_corpora()
    # a corpus added or changed since: run python -m pipelines.scrubbing.tagger.training
    assert manifest["corpora"] == {corpus.name: digest(corpus) for corpus in corpora}
    assert manifest["model_sha256"] == digest(model_path())


def test_no_held_out_corpus_is_learnt_from() -> None:
    manifest = json.loads(manifest_path().read_text(encoding="utf-8"))
    assert manifest["corpora"]
    assert not [name for name in manifest["corpora"] if "heldout" in name]
    assert {path.name for path in training_corpora()} >= {"scrub_corpus.jsonl", "scrub_dev.jsonl"}


def test_tokens_and_their_labels() -> None:
    text = "Moeder: Anne-Marie De Smet, 12/03/1985."
    at = tokens(text)
    assert [text[start:end] for start, end in at] == [
        "Moeder", ":", "Anne", "-", "Marie", "De", "Smet", ",", "12", "/", "03", "/", "1985", ".",
    ]  # fmt: skip
    labels = token_labels(text, [(8, 26, "PERSON"), (28, 38, "DATE_OF_BIRTH")], at)
    assert labels == ["O", "O"] + ["PERSON"] * 5 + ["O"] + ["DATE_OF_BIRTH"] * 5 + ["O"]


def test_it_tags_each_kind_in_a_plain_note() -> None:
    text = (
        "Melding van de school. Moeder: Griet Stroobants, geboren op 12/03/1985, "
        "woont Zwaluwstraat 19, 9300 Aalst. Het kind zegt dat papa roept."
    )
    found = {kind: [text[s:e] for s, e in spans] for kind, spans in tagged_spans(text).items()}
    assert found["PERSON"] == ["Griet Stroobants"]
    assert found["DATE_OF_BIRTH"] == ["12/03/1985"]
    assert found["ADDRESS"] == ["Zwaluwstraat 19"]
    assert found["POSTCODE_CITY"] == ["9300 Aalst"]


def test_a_superscript_digit_is_tagged_as_a_sign_not_read_as_a_number() -> None:
    # "⁹" is a digit to str.isdigit, but not one int() reads: a lab value's power of ten once
    # stopped the scrubber
    text = "Labo voor Lotte Peeters: leukocyten 8,2 x 10⁹/L, trombocyten 250 x 10³/µL."
    found = {kind: [text[s:e] for s, e in spans] for kind, spans in tagged_spans(text).items()}
    assert found["PERSON"] == ["Lotte Peeters"]


PUPIL = "Leerling: Jonas Verstraete, o.d. 03.05.2012, klas 3A"


def _tagged_births(text: str) -> list[str]:
    recognizer = TaggedDateOfBirthRecognizer(score=0.5)
    return [text[found.start : found.end] for found in recognizer.analyze(text, [])]


def test_a_tagged_date_of_birth_needs_a_year_no_heading_no_time_word() -> None:
    assert _tagged_births(f"Verslag zorgteam\n{PUPIL}") == ["03.05.2012"]
    assert _tagged_births(PUPIL) == []  # the note's first line: a heading's date
    assert _tagged_births("Logboek\nLotte (14/03): belt terug") == []  # no year: a call's day
    assert _tagged_births(f"Verslag zorgteam\n{PUPIL.replace('o.d.', 'sinds')}") == []


def test_a_date_the_model_is_not_sure_of_needs_a_name_on_its_line() -> None:
    text = "Gesprek met Sarah Peeters,\n12.05.2022, op school."
    date = text.index("12.05")
    assert name_on_line(text, ((12, 25),), 0, 10)
    assert not name_on_line(text, ((12, 25),), date, date + 10)


def test_a_timeline_s_lines_are_left_to_the_rules() -> None:
    timeline = "Tijdlijn\n03.09.05   samenwonen Lier\n21.06.08   Ruben\n12.05.22   Tom komt inwonen"
    assert _tagged_births(timeline) == []


def test_a_tagged_name_stops_at_a_column_gap_and_a_line_end() -> None:
    text = "M-RVAXPRO        1       P.-J. Verbeke\nJonas\tPeeters"
    assert [text[start:end] for start, end in column_cells(text, 0, len(text))] == [
        "M-RVAXPRO", "1", "P.-J. Verbeke", "Jonas", "Peeters",
    ]  # fmt: skip


def test_a_corpus_left_out_is_tagged_by_a_model_that_never_saw_it(tmp_path) -> None:
    """benchmarks.tagger_left_out: a model learnt from the other corpora scores the one left
    out, span by span; a held-out corpus is refused."""
    for name in ("scrub_corpus.jsonl", "scrub_dev.jsonl", "scrub_dev2.jsonl"):
        lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()[:40]
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = left_out("dev2", tmp_path)
    spans = [span for note in load_corpus(tmp_path / "scrub_dev2.jsonl") for span in note.spans]
    assert sum(result.total_by_type.values()) == len(spans)
    # forty notes of two corpora teach the model something of the third's names
    assert result.caught_by_type["PERSON"] > 0
    with pytest.raises(SystemExit, match="heldout2"):
        left_out("heldout2", tmp_path)
