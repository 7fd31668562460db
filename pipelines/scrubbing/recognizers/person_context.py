"""Person names that deduce misses: names after a role or kinship word ("mama van jonas",
"juf Sarah", "mevrouw Janssens"), first names and surnames of the many origins in
Flanders and Brussels (Faker's name lists of 15 locales), with their particles
(Van den, De, El, Ait), also in lower case after a role word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.name_spans import (
    PARTICLES,
    NameLists,
    diminutive_stem,
    institution_words,
    role_abbreviations,
    roles,
    trim,
)
from pipelines.scrubbing.recognizers.results import result
from pipelines.scrubbing.recognizers.vocabulary import common_words, is_common_word, stop_words

LOCALES = (
    "nl_BE", "nl_NL", "fr_BE", "fr_FR", "de_DE", "tr_TR", "pl_PL", "it_IT", "es_ES", "pt_PT",
    "ro_RO", "ar_AA", "en_US", "en_GB", "sq_AL",
    # Latin-script names of other origins in Flanders and Brussels: the Maghreb (fr_DZ),
    # Central Europe and the Balkans, East and West Africa, Brazil; de_CH holds Turkish
    # and Kosovar names
    "fr_DZ", "sk_SK", "cs_CZ", "hu_HU", "hr_HR", "sl_SI", "de_CH", "sw", "en_KE", "yo_NG",
    "ig_NG", "ha_NG", "en_NG", "pt_BR", "lt_LT",
)  # fmt: skip
# pl_PL keeps its surnames by gender, under these names
LAST_NAME_ATTRIBUTES = (
    "last_names", "last_names_male", "last_names_female", "male_last_names",
    "female_last_names", "unisex_last_names",
)  # fmt: skip
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))


@lru_cache(maxsize=1)
def role_name() -> re.Pattern[str]:
    """A role or title word (roles.txt; an abbreviated title may end with a dot, a role
    word may not: "bij oma. Tolk Arabisch" is no name), then the name. Role words in any
    case; the name after them keeps its case ("mama van jonas" is handled by _trim, which
    accepts a lower-case word only when it is a known first name)."""
    words = sorted(roles() - role_abbreviations(), key=len, reverse=True)
    abbreviations = sorted(role_abbreviations(), key=len, reverse=True)
    spelled = "|".join(re.escape(word).replace("\\ ", "\\s+") for word in words)
    short = "|".join(re.escape(word) for word in abbreviations)
    return re.compile(
        rf"\b(?i:(?:{spelled})|(?:{short})\.?)\s+(?:van\s+)?(?P<name>[A-Za-zÀ-ÿ][\wÀ-ÿ'’\-]*"
        rf"(?:\s+(?:(?:{_PARTICLE})\s+)*[A-ZÀ-Ý][\wÀ-ÿ'’\-]*)*)"
    )


@lru_cache(maxsize=1)
def role_first_words() -> frozenset[str]:
    """The first word of every role, as TOKEN cuts it: where role_name() may match."""
    return frozenset(role.split()[0] for role in roles())


TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
AGE_AFTER = re.compile(
    r"\s*(?:\(\s*\d{1,2}\s*(?:j|jaar|ans?)?\s*\)|,\s*\d{1,2}\s*(?:j|jaar|ans)\b|\s+is\s+\d{1,2}\b)"
)
# Police and prosecutor style: SURNAME First name ("AIT OUALI Youssef", "D'HONDT Seppe").
UPPER_SURNAME = re.compile(
    r"\b(?P<name>(?:[^\W\d_a-zà-ÿ](?:['’]?[^\W\d_a-zà-ÿ'’\-])+[ \-]){1,3}"
    r"[^\W\d_a-zà-ÿ][^\W\d_A-ZÀ-Ý]+)"
)
ACRONYMS = {
    "vk", "clb", "pv", "pz", "rrn", "nn", "ocmw", "caw", "jac", "uz", "az", "mano", "npie",
    "insz", "iban", "gsm", "tel", "dossier", "bvba", "vzw", "asbl", "cpas", "sos", "ok",
}  # fmt: skip
# Words after which a lower-case known first name is a name ("kben griet", "heet jonathan").
LOWER_CUES = re.compile(
    r"(?i:\b(?:ben|kben|k ben|heet|heten|noem|chatter|van|lief|vriend|vriendje|stiefpa|"
    r"stiefma|stiefpapa|stiefmama|nonkel|tante|broer|zus|(?P<cue>met|en))\s*:?\s*$)"
)


def _data_lines(name: str) -> set[str]:
    text = resources.files("pipelines.scrubbing.data").joinpath(name).read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines() if line and not line.startswith("#")}


def _deduce_names(name: str) -> set[str]:
    """deduce's Dutch register lists (first names of many origins, surnames), less the
    words deduce itself excepts as too ambiguous."""
    try:
        folder = resources.files("deduce").joinpath("data", "lookup", "src", "names", name)
        items = folder.joinpath("items.txt").read_text(encoding="utf-8").split("\n")
        exceptions = folder.joinpath("exceptions.txt")
        skip = (
            set(exceptions.read_text(encoding="utf-8").split("\n"))
            if exceptions.is_file()
            else set()
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return set()
    words = stop_words()
    names = {item.strip().lower() for item in items if item.strip() and item not in skip}
    return {name for name in names if name not in words}


# Slavic surnames take a feminine ending: Wiśniewski, Wiśniewska; Nowicki, Nowicka
FEMININE_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ý", "á"))


def feminine_surnames(surnames: set[str]) -> set[str]:
    return {
        name[: -len(male)] + female
        for name in surnames
        for male, female in FEMININE_ENDINGS
        if name.endswith(male)
    }


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-cased, from Faker's person providers and deduce's
    lists."""
    import importlib

    first, last = set(), set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            first.update(name.lower() for name in getattr(provider, attribute, ()) or ())
        for attribute in LAST_NAME_ATTRIBUTES:
            last.update(name.lower() for name in getattr(provider, attribute, ()) or ())
    first.update(_deduce_names("lst_first_name"))
    last.update(_deduce_names("lst_surname"))
    first.update(_data_lines("extra_first_names.txt"))
    last.update(_data_lines("extra_surnames.txt"))
    last.update(feminine_surnames(last))
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
        names = name_lists()
        first_names, surnames = names
        spans: list[tuple[int, int]] = []
        tokens = list(TOKEN.finditer(text))
        for match in self._role_names(text, tokens):
            start, end = self._trim(text, match.start("name"), match.end("name"), first_names)
            if end > start:
                spans.extend(trim(text, start, end, names, cued=True))
        for match in UPPER_SURNAME.finditer(text):
            upper_words = match.group("name").replace("-", " ").split()[:-1]
            if not all(w.lower().strip("'’") in ACRONYMS for w in upper_words) and not any(
                w.lower() in institution_words()[0] for w in upper_words
            ):
                spans.append(match.span("name"))
        index = 0
        while index < len(tokens):
            token = tokens[index]
            word = token.group()
            lower = word.lower()
            capitalised = word[0].isupper()
            common = is_common_word(lower)
            known_first = lower in first_names or (
                capitalised and diminutive_stem(lower, first_names) is not None
            )
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
                    or self._lower_cue(text, token, tokens, index, first_names)
                    or AGE_AFTER.match(text, token.end())
                )
            )
            aged = (capitalised or known_first) and AGE_AFTER.match(text, token.end())
            if (is_first or is_last or lower_name or aged) and not self._code(word, text, token):
                end_index = self._extend(tokens, index, text, names)
                start = token.start()
                if is_last and not is_first and index:
                    start = self._first_name_before(tokens, index, text, start)
                spans.extend(trim(text, start, tokens[end_index].end(), names))
                index = end_index + 1
                continue
            index += 1
        return [result("PERSON", start, end, self.score, self) for start, end in spans]

    @staticmethod
    def _role_names(text: str, tokens: list[re.Match]) -> Iterator[re.Match]:
        """role_name() tried only where a token starts with a role word (a set look-up per
        token instead of an alternation of some two hundred words at every position)."""
        pattern, starts = role_name(), role_first_words()
        for token in tokens:
            lower = token.group().lower()
            if lower in starts:
                match = pattern.match(text, token.start())
                if match:
                    yield match
            elif "-" in lower and lower.rsplit("-", 1)[1] in starts:  # "CLB-arts Maes"
                match = pattern.match(text, token.start() + lower.rindex("-") + 1)
                if match:
                    yield match

    @staticmethod
    def _code(word: str, text: str, token: re.Match) -> bool:
        """An acronym or a reference ("AN.97.L5", "LI.42.JU"): police style names are
        UPPER_SURNAME's."""
        return (
            (word.isupper() and len(word) <= 3)
            or text.startswith(".", token.end())
            and (text[token.end() + 1 : token.end() + 2].isdigit())
        )

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
    def _lower_cue(
        text: str, token: re.Match, tokens: list[re.Match], index: int, first_names: frozenset[str]
    ) -> bool:
        cue = LOWER_CUES.search(text, max(0, token.start() - 12), token.start())
        if cue is None:
            return False
        if cue.group("cue"):
            # "jonas en lotte", not "en cas d'urgence"
            return index > 0 and tokens[index - 1].group().lower() in first_names
        return True

    @staticmethod
    def _first_name_before(tokens: list[re.Match], index: int, text: str, start: int) -> int:
        """A surname's first name, written before it, that no list holds ("Małgorzata
        Nowak"): a capitalised word right before it that is no common or role word."""
        before = tokens[index - 1]
        word = before.group()
        if (
            text[before.end() : start] == " "
            and word[0].isupper()
            and not word.isupper()
            and not is_common_word(word.lower())
            and word.lower() not in roles()
            and not ContextNameRecognizer._sentence_start(text, before.start())
        ):
            return before.start()
        return start

    @staticmethod
    def _extend(tokens: list[re.Match], index: int, text: str, names: NameLists) -> int:
        """Take the surname after a first name: capitalised words and particles, ending on a
        capitalised word, on the same line, at most four words on; after a lower-case first
        name, a lower-case known name ("heet kevin vermeiren")."""
        end = index
        probe = index + 1
        if tokens[index].group().islower() and probe < len(tokens):
            word = tokens[probe].group()
            lower = word.lower()
            if (
                text[tokens[index].end() : tokens[probe].start()] == " "
                and word.islower()
                and (lower in names[1] or lower in names[0])
                and not is_common_word(lower)
            ):
                return probe
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
        if head in PARTICLES and len(words) > 1 and words[1].group()[0].isupper():
            # "grand-mère de Plamedi", "mevrouw de Smet": name_spans.trim decides on "de"
            return words[0].start(), ContextNameRecognizer._trim(
                text, words[1].start(), end, first_names
            )[1]
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
            if any(c.isdigit() for c in word.group()) or word.group().isupper():
                break
            if word.group()[0].isupper() and not is_common_word(word.group().lower()):
                last = word
            elif word.group().lower() not in PARTICLES:
                break
        return words[0].start(), last.end()
