"""The machine-readable zone of identity documents (pipelines/scrubbing/machine_readable_zone.py
and its two recognizers): ICAO Doc 9303's check digits, on its own specimen passport and card
(the fictitious Anna Maria Eriksson of Utopia), and on an invented Belgian identity card."""

from __future__ import annotations

from pipelines.scrubbing.machine_readable_zone import check_digit, second_lines
from pipelines.scrubbing.recognizers.machine_readable_zone import (
    MachineReadableBirthDateRecognizer,
    MachineReadableNationalNumberRecognizer,
)

SPECIMEN_PASSPORT = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
SPECIMEN_CARD = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
BELGIAN_CARD = (
    "Kopie identiteitskaart (recto/verso) in bijlage.\n"
    "IDBEL5921234569<<<<<<<<<<<<<<<\n1503140F2801016BEL150314120193\nPEETERS<<LOTTE<ANNA<<<<<<<<<<<"
)


def test_check_digits_are_icao_9303s() -> None:
    # the specimen's document number, date of birth, expiry and personal number
    fields = ("L898902C3", "740812", "120415", "ZE184226B<<<<<")
    assert [check_digit(field) for field in fields] == [6, 2, 9, 1]


def test_the_date_of_birth_of_a_passport_and_of_a_card() -> None:
    for text in (SPECIMEN_PASSPORT, SPECIMEN_CARD):
        assert [text[slice(*line.birth)] for line in second_lines(text)] == ["740812"]


def test_a_wrong_check_digit_is_no_machine_readable_zone() -> None:
    forged = SPECIMEN_CARD.replace("7408122F", "7408125F")
    assert list(second_lines(forged)) == []


def _found(recognizer: object, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]  # type: ignore[attr-defined]


def test_a_belgian_card_s_date_of_birth_and_national_number() -> None:
    assert _found(MachineReadableBirthDateRecognizer(score=0.9), BELGIAN_CARD) == ["150314"]
    assert _found(MachineReadableNationalNumberRecognizer(score=0.9), BELGIAN_CARD) == [
        "15031412019"
    ]
    # the specimen's optional data holds no national number
    assert _found(MachineReadableNationalNumberRecognizer(score=0.9), SPECIMEN_CARD) == []
