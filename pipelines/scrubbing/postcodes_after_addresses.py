"""A postcode and its place right after an address, in any country's form: "372C rue
Nationale, 59000 Lille", "ul. Piotrkowska 171 m. 5, 90-006 Łódź", "vul. Franka 5, kv. 4
79000 Lviv", "Laan 3, 3011 AB Rotterdam". The Belgian ones are postcode_city's; here, after
a found address, the forms of other countries' postcodes (../data/foreign_postcodes.yaml),
but four digits alone, a Belgian postcode's shape, with a country's letters and dash before
it or not; the place is the capitalised word or two after it, in any script, with a small
word before a third ("Bergen op Zoom"). The postcode may follow "in" or "te", or stand on the
next line; or it may stand before the address, a comma between ("from 5611 KL Eindhoven,
Molenweg 37A")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.recognizers.foreign_postcodes import PLACE_PARTICLE, postcode_forms

ADDRESS = "ADDRESS"
POSTCODE_CITY = "POSTCODE_CITY"
PLACE_WORD = r"[^\W\d_][\w'’]*(?:-[\w'’]+)*"
BELGIAN_SHAPE = r"\d{4}"
# between the address and the postcode: a comma or a dash; "in" or "te" ("op De Hooiberg 157a
# in 3011 CB Rotterdam"); a line's end, the next line indented under the street
BETWEEN = r"(?:[ \t]*,?[ \t]*\n[ \t]*|[ \t]+(?i:in|te|à)[ \t]+|[ \t]*[,–\-]?[ \t]*)"
PARTICLE = PLACE_PARTICLE


def _foreign_forms() -> str:
    """The other countries' postcode forms as one alternation (four digits alone, a Belgian
    postcode's shape, left out)."""
    return "|".join(f"(?:{form})" for form in postcode_forms() if form != BELGIAN_SHAPE)


@lru_cache(maxsize=1)
def _postcode_after() -> re.Pattern[str]:
    forms = _foreign_forms()
    return re.compile(
        rf"{BETWEEN}(?P<postcode>(?:[A-Z]{{1,2}}-)?(?:{forms})(?![\w\-])"
        rf"[ \t]+(?P<place>{PLACE_WORD})(?:[ \t/](?!{PARTICLE}[ \t])(?P<second>{PLACE_WORD}))?)"
        rf"(?P<particled>[ \t]+{PARTICLE}[ \t]+[A-ZÀ-Ý][\w'’]*)?"
    )


# "Rue Al Qods n° 163, TANGER 90000", "Derb Sidi Bouzid, n° 23, Rabat 10000": the place
# before a postcode of five or six digits, as Morocco, Turkey and others write it after the
# street (not four digits: a year, "Gent 2024")
PLACE_THEN_POSTCODE = re.compile(
    r"[ \t]*,[ \t]*(?P<postcode>[A-ZÀ-Ý][\w'’]*(?:[ \t\-][A-ZÀ-Ý][\w'’]*)?[ \t]+\d{5,6})"
    r"(?![\w\-/.])"
)


# "visiting from 5611 KL Eindhoven, Molenweg 37A": a foreign postcode and its place, a comma,
# then the address (as a sentence may put them)
BEFORE_REACH = 60


@lru_cache(maxsize=1)
def _postcode_before() -> re.Pattern[str]:
    forms = _foreign_forms()
    return re.compile(
        rf"(?<![\w\-])(?P<postcode>(?:[A-Z]{{1,2}}-)?(?:{forms})[ \t]+[A-ZÀ-Ý][\w'’]*"
        rf"(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Ý][\w'’]*)?)[ \t]*,[ \t]*\Z"
    )


def postcodes_after_addresses(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the foreign postcodes after its addresses."""
    more = []
    for _, end, kind in found:
        if kind != ADDRESS:
            continue
        after = _postcode_after().match(text, end)
        if after is None or not after.group("place")[0].isupper():
            place_first = PLACE_THEN_POSTCODE.match(text, end)
            if place_first is not None:
                more.append((*place_first.span("postcode"), POSTCODE_CITY))
            continue
        second = after.group("second")
        # ("79000 Lviv et être de passage": a second word in lower case is the sentence's)
        upper_second = bool(second) and second[0].isupper()
        stop = after.end("second") if upper_second else after.end("place")
        if after.group("particled") and (second is None or upper_second):
            stop = after.end("particled")
        more.append((after.start("postcode"), stop, POSTCODE_CITY))
    for start, _, kind in found:
        if kind != ADDRESS or "," not in text[max(0, start - 3) : start]:
            continue
        before = _postcode_before().search(text, max(0, start - BEFORE_REACH), start)
        if before is not None:
            more.append((*before.span("postcode"), POSTCODE_CITY))
    return [*found, *more] if more else list(found)
