"""Foreign postcodes with their place, for the parent who lives across a border: with the
country prefix bpost asks for ("F-59000 Lille", "NL-4811 AB Breda", "Lille (F-59000)"), or
without it when the country's name follows ("59000 Lille, France") or when five digits
follow a house number and its comma ("Laufenstraße 169, 52156 Monschau": no Belgian postcode
has five). The countries and their postcodes' forms are data: ../data/foreign_postcodes.yaml.
No list of foreign places is needed: the place is the capitalised word (or two) that the
postcode stands beside."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from pipelines.scrubbing.recognizers.alternations import any_of, longest_first
from pipelines.scrubbing.recognizers.vocabulary import is_common_word

# a place's small word before its last word: "Bergen op Zoom", "Alphen aan den Rijn",
# "Frankfurt am Main", "L'Alfàs del Pi" (also read by postcodes_after_addresses.py)
PLACE_PARTICLE = r"(?i:op|aan(?:[ \t]+den)?|ter|bij|sur|am|an[ \t]+der|del)"
PARTICLED = rf"(?:[ \t]+{PLACE_PARTICLE}[ \t]+[A-ZÀ-Ý][\w'’]*)?"
# A place: a capitalised word, its hyphenated parts in any case ("Villeneuve-d'Ascq",
# "Saint-Amand-les-Eaux"), and a second capitalised word ("Den Haag") that is no country.
PLACE_WORD = r"[A-ZÀ-Ý'’][\w'’]*(?:-[\w'’]+)*"
# a saint's abbreviation before a place's name ("CH-9000 St. Gallen", "F-59100 St. Amand")
SAINT = r"(?:(?:St|Ste|Sta)\.[ \t]?(?=[A-ZÀ-Ý]))?"


@dataclass(frozen=True)
class _Patterns:
    prefixed: re.Pattern[str]
    bracketed: re.Pattern[str]
    followed_by_country: re.Pattern[str]
    after_country: re.Pattern[str]
    # a country's prefix and dash, without which no prefixed postcode is there
    prefix: re.Pattern[str]
    # the countries' names in lower case, without one of which no unprefixed one is there
    # (looked for in the note in lower case)
    country_name: re.Pattern[str]


@lru_cache(maxsize=1)
def _all_countries() -> list[dict]:
    data = resources.files("pipelines.scrubbing.data").joinpath("foreign_postcodes.yaml")
    return yaml.safe_load(data.read_text(encoding="utf-8"))


def _countries() -> list[dict]:
    """The countries whose postcode stands before its place."""
    return [country for country in _all_countries() if not country.get("place_first")]


@lru_cache(maxsize=1)
def _place_then_postcode() -> re.Pattern[str]:
    """A place (and a city's district), then a postcode of a country that writes them so
    ("Norwich NR3 2PQ", "Dublin 6, D06 DD3Y")."""
    forms = "|".join(
        f"(?:{country['postcode']})" for country in _all_countries() if country.get("place_first")
    )
    return re.compile(
        rf"(?<![\w\-])(?:{PLACE_WORD}(?: {PLACE_WORD})?(?: \d{{1,2}})?)[ \t]*,?[ \t]+"
        rf"(?:{forms})(?![\w\-])"
    )


def postcode_forms() -> list[str]:
    """The countries' postcodes' forms (regular expressions of the digits and letters alone),
    each once, in the data's order."""
    return list(dict.fromkeys(country["postcode"] for country in _countries()))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    countries = _countries()
    names = longest_first([name for country in countries for name in country["names"]])
    place = rf"{SAINT}{PLACE_WORD}(?: (?!(?i:{names})(?!\w)){PLACE_WORD})?{PARTICLED}"
    prefixed = "|".join(
        rf"(?:{longest_first(country['prefixes'])})-\s?(?:{country['postcode']})"
        for country in countries
    )
    followed = "|".join(
        rf"(?:{country['postcode']})\s+{place}"
        rf"(?=\s*[,(\-–]?\s*(?i:{longest_first(country['names'])})(?!\w))"
        for country in countries
    )
    # "die woont in Nederland, 4611 BT Bergen op Zoom", "lives in Germany (50667 Köln)"
    after = "|".join(
        rf"(?i:{longest_first(country['names'])})[ \t]*[,(:][ \t]*"
        rf"(?P<{_group(country)}>(?:{country['postcode']})[ \t]+{place})"
        for country in countries
    )
    prefixes = longest_first([prefix for country in countries for prefix in country["prefixes"]])
    initials = re.escape("".join({prefix[0] for c in countries for prefix in c["prefixes"]}))
    # each look-ahead lets the regex engine skip to the positions a match can start at
    return _Patterns(
        prefixed=re.compile(rf"(?=[{initials}])(?<![\w\-])(?:{prefixed})\s+{place}"),
        bracketed=re.compile(rf"(?=[A-ZÀ-Ý'’])(?<![\w\-]){place}\s*\(\s*(?:{prefixed})\s*\)"),
        followed_by_country=re.compile(rf"(?=\d)(?<![\w\-/.,])(?:{followed})"),
        after_country=re.compile(rf"(?<![\w\-])(?:{after})(?![\w\-])"),
        prefix=re.compile(rf"(?=[{initials}])(?<![\w\-])(?:{prefixes})-\s?\d"),
        country_name=any_of(name.lower() for country in countries for name in country["names"]),
    )


def foreign_postcode_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each foreign postcode with its place in `text`."""
    patterns = _patterns()
    candidates = []
    lower = text.lower()
    spans = []
    if patterns.country_name.search(lower):
        candidates.append(patterns.followed_by_country)
        spans = [
            match.span(group)
            for match in patterns.after_country.finditer(text)
            for group, value in match.groupdict().items()
            if value
        ]
    if patterns.prefix.search(text):  # the two prefixed forms only where a prefix is
        candidates += [patterns.prefixed, patterns.bracketed]
    spans += [match.span() for pattern in candidates for match in pattern.finditer(text)]
    # five digits after a house number and its comma: no Belgian postcode has five
    spans.extend(match.span("postcode") for match in AFTER_HOUSE_NUMBER.finditer(text))
    spans.extend(
        match.span("postcode")
        for match in AFTER_PLACE_WORD.finditer(text)
        if not is_common_word(match.group("place").lower())
    )
    spans.extend(match.span() for match in _place_then_postcode().finditer(text))
    spans.extend(match.span() for match in DUTCH_POSTCODE.finditer(text))
    return spans


# "4461 AA Goes", "2517 KL Den Haag": a Dutch postcode without its prefix, its two capitals
# (never SA, SD, SS) apart from the digits and from the place, whose name is not in capitals
# (a Belgian postcode's place may be: "9000 GENT"); not what may be a year ("GEBOREN 5
# NOVEMBER 2013 TE Hoboken", "In 2016 UZ Leuven bezocht": the few Dutch postcodes of 1900
# to 2099 are left)
DUTCH_POSTCODE = re.compile(
    r"(?=\d)(?<![\w\-/.,])"
    r"(?!(?:19|20)\d\d[ \t])"
    r"[1-9]\d{3}[ \t]?(?!S[ADS])[A-Z]{2}[ \t]+"
    r"(?:Den[ \t]+|'s-)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*(?![\w\-])"
)


# "Laufenstraße 169, 52156 Monschau", "Adalbertstraße 199, 52062 Aachen": a German or French
# postcode without its prefix, right after a house number (its letter or box) and a comma
AFTER_HOUSE_NUMBER = re.compile(
    r"(?=\d)(?<![\d/.,])\d{1,4}(?:[ \t]?[A-Za-z])?(?:[ \t]*(?:/|bus|Bk\.|bte)[ \t]*\w{1,4})?"
    rf"[ \t]*,[ \t]*(?P<postcode>(?<![\w\-])\d{{5}}[ \t]+{PLACE_WORD}(?: {PLACE_WORD})?)"
)


# "wohnt jetzt bei der Mutter in 52525 Heinsberg", "zugezogen aus 50667 Köln", "elle vit à
# 59000 Lille": five digits and a place after a word of where one lives or comes from (no
# Belgian postcode has five); not an ordinary word after the digits ("in 12000 Fällen")
AFTER_PLACE_WORD = re.compile(
    r"(?<![\w'’])(?:in|aus|nach|naar|uit|te|à|from|to|vers|bei)[ \t]+"
    rf"(?P<postcode>(?<![\w\-])\d{{5}}[ \t]+(?P<place>{PLACE_WORD})(?: {PLACE_WORD})?{PARTICLED})"
    r"(?![\w\-])"
)


def _group(country: dict) -> str:
    """The name of a country's group in the pattern of postcodes after a country's name."""
    return re.sub(r"\W", "_", country["country"]).lower()
