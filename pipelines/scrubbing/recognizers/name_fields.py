"""Names in a form's field: "Naam: Lotte Peeters", "Nom : LAMMENS    Prénom : Tine",
"Nom / Naam : DUBOIS" (a bilingual form's two labels),
"VOORNAMEN ......: Rahaf", "Aanvrager: CLAEYS, Ann-Sophie", "Casus: KIDANE Y., 11 jaar",
"Moeder: Rahaf Al Khatib, née le ...".

A field's label (../data/name_field_labels.txt) at a line's start or after another field,
leader dots or spaces, a colon, then the value up to the end of its words: two spaces, a
tab, a line's end, a bracket, a semicolon, a bar, a digit or a word that is no part of a
name ends it. In a field that holds a name only ([name]) every word but an ordinary one is
the name, in any case; in a field about a person ([person]: "Moeder: onbekend", "Kind: 7
jaar") only capitalised words and capitals are. A surname in capitals may be followed by a
comma and the first name ("CLAEYS, Ann-Sophie"). Courtesy titles before the name are
skipped ("Moeder: Mevr. Peeters"); places, roles, acronyms and institutions end the value.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import first_letters, longest_first
from pipelines.scrubbing.recognizers.name_spans import PARTICLES, is_institution, places, roles
from pipelines.scrubbing.recognizers.person_context import courtesy_titles, name_lists
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import is_common_word, is_word_in_text

# A word of a name, or an initial ("Y.", "A.-M.").
VALUE_WORD = re.compile(r"(?:[^\W\d_]\.-?)+|[^\W\d_][\w'’\-]*")
# What may stand between two words of one name: one space.
WORD_GAP = " "
# "Naam van de minderjarige", "Nom de l'enfant", "Naam kind"
OF = r"(?:(?:van[ \t]+(?:de|het)|de[ \t]+la|du|des|of[ \t]+the)[ \t]+|de[ \t]+l['’][ \t]*)"
# "CLAEYS, Ann-Sophie": a comma after a surname in capitals, then the first name
COMMA_FIRST_NAME = ", "


@lru_cache(maxsize=2)
def _field(key_values: bool = False) -> re.Pattern[str]:
    """The pattern of a name field's label up to its value; group "name" is set where the
    label is one of [name]. With `key_values`, also an export's key=value after one space
    or a bar ("naam=MOL voornaam=Warre"): looked for only in a text with an "=", as the
    look-ahead for it at every space costs."""
    sections = data_sections("name_field_labels.txt")
    name, person = longest_first(sections["name"]), longest_first(sections["person"])
    key_value_start = r"|(?<=[ |])(?=[^\W\d_]+=)" if key_values else ""
    separator = r"(?:[ \t.]*:[ \t]*|=)" if key_values else r"[ \t.]*:[ \t]*"
    pattern = re.compile(
        rf"(?:^|(?<=[ \t]{{2}})|(?<=[\t|;]){key_value_start})[ \t]*(?:[-•*][ \t]*)?"
        rf"{first_letters(sections['name'] + sections['person'])}"
        rf"(?P<label>(?i:(?P<name>{name})(?:[ \t]+(?:{OF})?(?:{person}))?"
        rf"(?:[ \t]*/[ \t]*(?:{name}))?|{person})){separator}",
        re.MULTILINE,
    )
    return pattern


class NameFieldRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "name in a form's field", score, supported_language)

    def load(self) -> None:  # built once here, so that forked workers inherit them
        _field()
        _field(key_values=True)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ":" not in text and "=" not in text:
            return []
        results = []
        for match in _field(key_values="=" in text).finditer(text):
            span = name_value(text, match.end(), only_a_name=match.group("name") is not None)
            if span is not None:
                results.append(result("PERSON", span[0], span[1], self.score, self))
        return results


def name_value(text: str, position: int, only_a_name: bool) -> tuple[int, int] | None:
    """(start, end) of the name a field's value starts with at `position`, or None."""
    words: list[re.Match[str]] = []
    while True:
        word = VALUE_WORD.match(text, position)
        if word is None:
            break
        lower = word.group().lower()
        if not words and _title(lower.rstrip(".")):
            end = word.end() + text.startswith(".", word.end())  # "Dr. Peeters"
            position = _after_gap(text, end)
            if position is None:
                break
            continue
        if text.startswith("=", word.end()) or not _name_word(
            word.group(), only_a_name, first=not words
        ):
            break  # (a word before "=" is the next key: "voornaam=Paweł geb=2020...")
        words.append(word)
        following = _after_gap(text, word.end())
        if following is None:
            break
        position = following
    # (a particle ends no name; alone and capitalised in a name's field it is the name:
    # "Voornaam : Ben")
    alone = len(words) == 1 and only_a_name and words[0].group()[0].isupper()
    while words and words[-1].group().lower() in PARTICLES and not alone:
        words.pop()
    if not words:
        return None
    end = words[-1].end()
    if len(words) == 1 and words[0].group().isupper() and text.startswith(COMMA_FIRST_NAME, end):
        first = VALUE_WORD.match(text, end + len(COMMA_FIRST_NAME))
        if first is not None and _first_name_after_comma(first.group()):
            end = first.end()
    return words[0].start(), end


def _first_name_after_comma(word: str) -> bool:
    """'NSIMBA, Espérance': after a surname in capitals and a comma, a capitalised word is
    the first name even where it is a word too, unless a role, a place or an institution."""
    lower = word.lower()
    return (
        word[0].isupper()
        and not word.isupper()
        and lower not in roles()
        and lower not in places()
        and not is_institution(word)
    )


def _title(lower: str) -> bool:
    return lower in courtesy_titles() or lower in roles()


def _after_gap(text: str, end: int) -> int | None:
    """Where the next word of the value starts: after one space, else the value ends."""
    if text.startswith(WORD_GAP, end) and not text.startswith(WORD_GAP * 2, end):
        return end + len(WORD_GAP)
    return None


def _name_word(word: str, only_a_name: bool, first: bool) -> bool:
    lower = word.lower()
    if "." in word:  # an initial
        return not first or only_a_name or word[0].isupper()
    if lower in PARTICLES:
        return True
    if lower in roles() or lower in places() or is_institution(word):
        return False
    first_names, surnames = name_lists()
    if word.isupper() and len(word) <= 3 and lower not in first_names and lower not in surnames:
        return False  # an acronym: "CLB" ("OCMW" is longer, and an institution)
    ordinary = is_common_word(lower) or is_word_in_text(lower)
    if ordinary and not (word[0].isupper() and (lower in first_names or lower in surnames)):
        return False
    return only_a_name or word[0].isupper()
