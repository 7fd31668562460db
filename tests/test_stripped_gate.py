"""The stripped-data suites: a note the scrubber missed is withheld, a structured column
that still holds an identifier blocks the drop, and a clean drop passes untouched."""

from __future__ import annotations

from dataclasses import replace

from expectations.gate import read_drop
from expectations.stripped_gate import check_stripped
from pipelines.landing import find_drops
from pipelines.pseudonyms import Pseudonymizer
from pipelines.stripping import strip_drop
from tests.drop_factory import make_drop


def _stripped(tmp_path):  # noqa: ANN001, ANN202
    make_drop(tmp_path)
    (drop,) = find_drops(tmp_path)
    parsed = read_drop(drop)
    notes = {m.melding_id: "Gesprek met [NAAM] op school." for m in parsed.meldingen}
    return strip_drop(parsed, Pseudonymizer(b"k" * 32), notes)


def test_a_clean_drop_passes_untouched(tmp_path) -> None:  # noqa: ANN001
    drop = _stripped(tmp_path)
    (verdict,) = check_stripped({"k": drop}, None).values()
    assert verdict.drop == drop and not verdict.blocking and not verdict.withheld_notes


def test_a_note_with_a_phone_left_is_withheld_and_the_rest_loads(tmp_path) -> None:  # noqa: ANN001
    drop = _stripped(tmp_path)
    leaky = replace(
        drop.reports[1], scrubbed_note="Bel moeder op 0486 03 59 63 of +32 478 84 57 16."
    )
    drop = replace(drop, reports=(drop.reports[0], leaky))
    (verdict,) = check_stripped({"k": drop}, None).values()
    assert not verdict.blocking
    assert [(f.line, f.column) for f in verdict.withheld_notes] == [(2, "scrubbed_note")]
    assert verdict.drop.reports[1].scrubbed_note is None
    assert verdict.drop.reports[0].scrubbed_note == drop.reports[0].scrubbed_note
    assert "0486" not in " ".join(f.message for f in verdict.withheld_notes)


def test_an_identifier_in_a_structured_column_blocks_the_drop(tmp_path) -> None:  # noqa: ANN001
    drop = _stripped(tmp_path)
    child = replace(drop.child_rows[0], child_pseudonym="jan.peeters@example.be")
    drop = replace(drop, child_rows=(child, *drop.child_rows[1:]))
    (verdict,) = check_stripped({"k": drop}, None).values()
    assert [(f.rule, f.line, f.column) for f in verdict.blocking] == [
        ("identifier_left", 1, "child_pseudonym")
    ]
