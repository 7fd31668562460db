"""Numbers in words (pipelines/scrubbing/number_words.py): the value of a run of Dutch, French
and English number words, the years and the digits of a number dictated in groups."""

from __future__ import annotations

import pytest

from pipelines.scrubbing.number_words import (
    digit_readings,
    parts,
    value,
    value_before,
    year,
    year_after,
)


def _value(text: str) -> int | None:
    found = parts(text)
    assert found, text
    return value(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nul", 0),
        ("zéro", 0),
        ("één", 1),
        ("tien", 10),
        ("negentien", 19),
        ("veertig", 40),
        ("achtenvijftig", 58),
        ("drieëntachtig", 83),
        ("drieentachtig", 83),
        ("tweeëntwintig", 22),
        ("eenendertig", 31),
        ("vijf en twintig", 25),
        ("dix-sept", 17),
        ("dix neuf", 19),
        ("vingt et un", 21),
        ("vingt-et-une", 21),
        ("trente-deux", 32),
        ("septante-trois", 73),
        ("nonante et un", 91),
        ("huitante-huit", 88),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("quatre-vingts", 80),
        ("quatre-vingt-cinq", 85),
        ("quatre vingt dix neuf", 99),
        ("twenty-one", 21),
        ("eighteen", 18),
        ("honderd en vijf", 105),
        ("vierhonderdzesenvijftig", 456),
        ("deux cents", 200),
        ("negentienhonderd zevenentachtig", 1987),
        ("tweeduizend negen", 2009),
        ("tweeduizendvijftien", 2015),
        ("deux mille huit", 2008),
        ("mil neuf cent quatre-vingt-sept", 1987),
        ("dix-neuf cent soixante-dix-huit", 1978),
        ("two thousand and nine", 2009),
    ],
)
def test_a_number_in_words_has_its_value(text: str, expected: int) -> None:
    assert _value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "drie vier",  # two numbers, not seven
        "tien twintig",
        "vingt trente",
        "twintig en vier",  # Dutch puts the unit first
        "vingt et deux",  # "et" joins only un and onze
        "dix-deux",
        "vingt-dix",  # only sixty and eighty take a teen
        "honderd honderd",
        "duizend duizend",
        "nul vijf",
        "en",
        "tienen",  # a town: its parts are number words, it is no number
    ],
)
def test_words_that_follow_no_rule_have_no_value(text: str) -> None:
    assert _value(text) is None


@pytest.mark.parametrize("text", ["vijftigers", "Gent", "tien jaar", "deuxième"])
def test_other_words_are_no_number(text: str) -> None:
    assert not parts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tweeduizend negen", 2009),
        ("negentien zevenentachtig", 1987),
        ("nineteen eighty-seven", 1987),
        ("twintig tien", 2010),
        ("mil neuf cent nonante", 1990),
        ("achttienhonderd", None),  # before any date of birth
        ("negentien", None),
        ("negentien vier", None),  # a year's second half has two digits
        ("vijf duizend", None),
    ],
)
def test_a_year_in_words(text: str, expected: int | None) -> None:
    found = parts(text)
    assert found
    assert year(found) == expected


def test_a_year_after_a_month_ends_where_its_words_stop_reading_as_a_year() -> None:
    text = "op 22 mei tweeduizend negen tien kinderen"
    end = year_after(text, text.index("mei") + len("mei"))
    assert end == text.index(" tien kinderen")
    assert year_after("op 22 mei om tien uur", len("op 22 mei")) is None
    assert year_after("op 22 mei tien kinderen", len("op 22 mei")) is None


def test_the_number_before_a_word() -> None:
    text = "née le vingt et un mars"
    assert value_before(text, text.index("mars")) == (text.index("vingt"), 21)
    text = "op vijf en twintig mei"
    assert value_before(text, text.index("mei")) == (text.index("vijf"), 25)
    assert value_before("in mei", 3) is None


def _numbers(text: str, most: int = 10) -> dict[int, set[str]]:
    found = parts(text)
    assert found
    return {
        taken: {"".join(groups) for groups in r} for taken, r in digit_readings(found, most).items()
    }


def test_digits_dictated_one_by_one_and_in_pairs() -> None:
    readings = _numbers("nul vier negen zeven, achtenvijftig, vijfenveertig, nul vier")
    assert readings[max(readings)] == {"0497584504"}
    readings = _numbers("zéro quatre sept cinq cinquante et un vingt-six vingt-six")
    assert readings[max(readings)] == {"0475512626"}


def test_every_reading_of_words_that_may_be_grouped_two_ways_is_kept() -> None:
    # "quatre vingt-six": 4 and 26, or eighty-six
    assert _numbers("quatre vingt-six")[3] == {"426", "86"}


def test_a_group_does_not_run_over_a_comma_nor_split_a_hyphenated_word() -> None:
    assert _numbers("soixante, et un").get(3) is None
    assert _numbers("vingt-six") == {2: {"26"}}


def test_readings_stop_at_the_most_digits() -> None:
    readings = _numbers("nul vier negen zeven achtenvijftig", most=4)
    assert max(readings) == 4
    assert all(len(number) <= 4 for found in readings.values() for number in found)
