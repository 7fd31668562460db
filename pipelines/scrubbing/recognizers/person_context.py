"""Person names that deduce misses: names after a role or kinship word ("mama van jonas",
"juf Sarah", "mevrouw Janssens"), first names and surnames of the many origins in
Flanders and Brussels (Faker's name lists of 15 locales), with their particles
(Van den, De, El, Ait), also in lower case after a role word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.results import result
from pipelines.scrubbing.recognizers.vocabulary import common_words, is_common_word

LOCALES = (
    "nl_BE", "nl_NL", "fr_BE", "fr_FR", "de_DE", "tr_TR", "pl_PL", "it_IT", "es_ES", "pt_PT",
    "ro_RO", "ar_AA", "en_US", "en_GB", "sq_AL",
)  # fmt: skip
PARTICLES = {
    "van", "de", "den", "der", "vande", "vanden", "vander", "ver", "el", "al", "ben", "bin",
    "ait", "abou", "le", "la", "du", "des", "di", "da", "dos", "d'", "t'", "ter", "ten", "op",
}  # fmt: skip
ROLES = (
    "famille|familie|gezin|mama|papa|moeder|vader|mevrouw|mevr|meneer|mijnheer|mr|dhr|mw|juf|juffrouw|meester|dr|"
    "dokter|oma|opa|bomma|bompa|broer|broertje|zus|zusje|zoon|dochter|tante|nonkel|oom|neef|"
    "nicht|stiefvader|stiefmoeder|plusvader|plusmoeder|pluspapa|plusmama|vriend|vriendje|"
    "vriendin|vriendinnetje|partner|ex-partner|leerkracht|directeur|directrice|consulent|"
    "vertrouwensarts|agent|inspecteur|hoofdinspecteur|meisje|jongen|baby|kindje|kind|"
    "pleegmoeder|pleegvader|begeleider|begeleidster|opvoeder|huisarts|kinderarts|psycholoog|"
    "maatschappelijk werker|madame|monsieur|mme|maman|père|mère|frère|soeur|sœur|fils|fille|"
    "grand-mère|grand-père|tata|tonton|genaamd|heet|noemt|s'appelle|collega|buurman|buurvrouw"
)
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
# Role words in any case; the name after them keeps its case ("mama van jonas" is handled
# by _trim, which accepts a lower-case word only when it is a known first name).
ROLE_NAME = re.compile(
    rf"\b(?i:{ROLES})\.?\s+(?:van\s+)?(?P<name>[A-Za-zÀ-ÿ][\wÀ-ÿ'’\-]*"
    rf"(?:\s+(?:(?:{_PARTICLE})\s+)*[A-ZÀ-Ý][\wÀ-ÿ'’\-]*)*)"
)
TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
AGE_AFTER = re.compile(
    r"\s*(?:\(\s*\d{1,2}\s*(?:j|jaar|ans?)?\s*\)|,\s*\d{1,2}\s*(?:j|jaar|ans)\b|\s+is\s+\d{1,2}\b)"
)
# Police and prosecutor style: SURNAME First name ("AIT OUALI Youssef", "D'HONDT Seppe").
UPPER_SURNAME = re.compile(
    r"\b(?P<name>(?:[^\W\d_a-zà-ÿ][^\W\d_a-zà-ÿ'’\-]+[ \-]){1,3}[^\W\d_a-zà-ÿ][^\W\d_A-ZÀ-Ý]+)"
)
ACRONYMS = {
    "vk", "clb", "pv", "pz", "rrn", "nn", "ocmw", "caw", "jac", "uz", "az", "mano", "npie",
    "insz", "iban", "gsm", "tel", "dossier", "bvba", "vzw", "asbl", "cpas", "sos", "ok",
}  # fmt: skip
# Words after which a lower-case known first name is a name ("kben griet", "heet jonathan").
LOWER_CUES = re.compile(
    r"(?i:\b(?:ben|kben|k ben|heet|heten|noem|chatter|van|lief|vriend|vriendje|stiefpa|"
    r"stiefma|stiefpapa|stiefmama|nonkel|tante|broer|zus|met|en)\s*:?\s*$)"
)


def _data_lines(name: str) -> set[str]:
    text = resources.files("pipelines.scrubbing.data").joinpath(name).read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines() if line and not line.startswith("#")}


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-cased, from Faker's person providers."""
    import importlib

    first, last = set(), set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            first.update(name.lower() for name in getattr(provider, attribute, ()) or ())
        last.update(name.lower() for name in getattr(provider, "last_names", ()) or ())
    first.update(_data_lines("extra_first_names.txt"))
    last.update(_data_lines("extra_surnames.txt"))
    return frozenset(first), frozenset(last)


class ContextNameRecognizer(EntityRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name="names"
        )
        self.score = score  # recognizers.yaml's

    def load(self) -> None:
        name_lists()
        common_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        first_names, surnames = name_lists()
        spans: list[tuple[int, int]] = []
        for match in ROLE_NAME.finditer(text):
            start, end = self._trim(text, match.start("name"), match.end("name"), first_names)
            if end > start:
                spans.append((start, end))
        for match in UPPER_SURNAME.finditer(text):
            upper_words = match.group("name").replace("-", " ").split()[:-1]
            if not all(w.lower().strip("'’") in ACRONYMS for w in upper_words):
                spans.append(match.span("name"))
        tokens = list(TOKEN.finditer(text))
        index = 0
        while index < len(tokens):
            token = tokens[index]
            word = token.group()
            lower = word.lower()
            capitalised = word[0].isupper()
            common = is_common_word(lower)
            known_first = lower in first_names
            # the costlier checks only where they can change the outcome
            is_first = (
                capitalised
                and known_first
                and (not common or self._next_capitalised(tokens, index, text))
            )
            is_last = (
                capitalised
                and not common
                and lower in surnames
                and not self._sentence_start(text, token.start())
            )
            lower_name = (
                not capitalised
                and known_first
                and not common
                and (
                    self._sentence_start(text, token.start())
                    or LOWER_CUES.search(text, max(0, token.start() - 12), token.start())
                    or AGE_AFTER.match(text, token.end())
                )
            )
            aged = (capitalised or known_first) and AGE_AFTER.match(text, token.end())
            if is_first or is_last or lower_name or aged:
                end_index = self._extend(tokens, index, text)
                spans.append((token.start(), tokens[end_index].end()))
                index = end_index + 1
                continue
            index += 1
        return [result("PERSON", start, end, self.score, self) for start, end in spans]

    @staticmethod
    def _next_capitalised(tokens: list[re.Match], index: int, text: str) -> bool:
        if index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if text[tokens[index].end() : following.start()] != " ":
            return False
        word = following.group()
        return word[0].isupper() and (not is_common_word(word.lower()) or word.lower() in PARTICLES)

    @staticmethod
    def _sentence_start(text: str, position: int) -> bool:
        # the last character before `position` that is not white space (no copy of the
        # text before it, as text[:position].rstrip() would make for every token)
        while position > 0 and text[position - 1].isspace():
            position -= 1
        return position == 0 or text[position - 1] in ".!?:;\n\"“'"

    @staticmethod
    def _extend(tokens: list[re.Match], index: int, text: str) -> int:
        """Take the surname after a first name: capitalised words and particles, ending on a
        capitalised word, on the same line, at most four words on."""
        end = index
        probe = index + 1
        while probe < len(tokens) and probe <= index + 4:
            gap = text[tokens[probe - 1].end() : tokens[probe].start()]
            if gap not in (" ", "-") and gap.strip() not in ("'", "’"):
                break
            word = tokens[probe].group()
            if word[0].isupper() and not is_common_word(word.lower()):
                end = probe
            elif word.lower() not in PARTICLES:
                break
            probe += 1
        return end

    @staticmethod
    def _trim(text: str, start: int, end: int, first_names: frozenset[str]) -> tuple[int, int]:
        """A lower-case word after a role is a name only when it is a known first name."""
        words = list(TOKEN.finditer(text, start, end))
        if not words:
            return start, start
        head = words[0].group()
        surname_with_particle = (
            head[0].isupper()
            and head.lower() in PARTICLES
            and any(w.group()[0].isupper() for w in words[1:])
        )
        if head[0].islower() and head.lower() not in first_names:
            return start, start
        if (
            is_common_word(head.lower())
            and head.lower() not in first_names
            and not surname_with_particle
        ):
            return start, start
        last = words[0]
        for word in words[1:]:
            if word.group()[0].isupper() and not is_common_word(word.group().lower()):
                last = word
            elif word.group().lower() not in PARTICLES:
                break
        return words[0].start(), last.end()
