"""What a name span should not hold: the role or title before it ("Pleegmoeder Ann
Wouters", "dr. Verhaegen", "Le Dr Willems"), the sentence or institution after it ("Wout.
Schoonzoon Koen", "Bram van Sint-Barbaracollege"), and spans that are no person at all:
a place ("PZ Leuven", "VK West-Vlaanderen") or an institution ("Jessa Ziekenhuis",
"Sint-Ursula-Instituut", "Lycée Emile Max").

deduce and the list-based part of person_context find names by their lists; these rules
keep what those lists cannot tell: that a capitalised word is a role, a place or part of
an institution's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.scrubbing.data import data_lines
from pipelines.scrubbing.recognizers.vocabulary import common_words, is_rare_in_german

TOKEN = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")
SAINT = ("sint-", "saint-", "sainte-", "heilig-", "st.-", "st-")
PARTICLES = frozenset({
    "van", "de", "den", "der", "vande", "vanden", "vander", "ver", "el", "al", "ben", "bin",
    "ait", "aït", "abou", "le", "la", "du", "des", "di", "da", "dos", "d'", "t'", "ter", "ten",
    "op",
})  # fmt: skip
# German nobility's particles, also German's commonest prepositions ("Mutter von Dennis",
# "bitte nicht zu Heidberg kommen"): a name's part only between a listed first name and a
# capitalised word, an article after "von" maybe ("Philipp von Broich", "Clara von der
# Heyden", "Ludwig zu Hohenfels"; name_runs.py, words_not_names.py)
GERMAN_PARTICLES = frozenset({"von", "zu"})
GERMAN_ARTICLES = frozenset({"der", "dem", "den"})
# a dot after a word this long ends a sentence ("Wout. Schoonzoon Koen"), after an
# initial or a title it does not ("J. Peeters", "dr. Maes")
# particles that are ordinary Dutch or French words too
ORDINARY_PARTICLES = frozenset(
    {"van", "de", "den", "der", "le", "la", "du", "des", "op", "ter", "ten"}
)
NameLists = tuple[frozenset[str], frozenset[str]]
# the capitalised articles an institution's given name opens with ("De Linde", "'t Rupske")
INSTITUTION_NAME_ARTICLES = frozenset({"De", "Het", "'t", "Le", "La", "Les", "L'", "Den"})
# a service's acronym before a place names its branch ("CM Midden-Vlaanderen")
ACRONYM_LETTERS = 5
COMPASS = frozenset({"oost", "west", "noord", "zuid", "est", "ouest", "nord", "sud"})
# (and a table's column gap: "dr. L. Van Hecke   Mutualiteit: Helan")
SENTENCE_END = re.compile(r"[.!?;:,()\[\]\"“”/]|\s[-–]\s|\n|\t|[ \xa0]{3}")


DIMINUTIVES = ("tje", "etje", "ke", "eke", "ske", "je", "ken")


def diminutive_stem(lower: str, first_names: frozenset[str]) -> str | None:
    """The first name a Flemish diminutive is made of ("jonaske", "warretje", "lotteke")."""
    if not lower.endswith(DIMINUTIVES):
        return None  # most words: one test of all the endings at once
    for suffix in DIMINUTIVES:
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) >= 3 and stem in first_names:
            return stem
    return None


@lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    return frozenset(data_lines("roles.txt")) | frozenset(data_lines("role_abbreviations.txt"))


@lru_cache(maxsize=1)
def role_abbreviations() -> frozenset[str]:
    return frozenset(data_lines("role_abbreviations.txt"))


@lru_cache(maxsize=1)
def institution_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, suffixes) that mark an institution's name."""
    lines = data_lines("institution_words.txt")
    words = frozenset(line for line in lines if not line.startswith("-"))
    suffixes = tuple(line[1:] for line in lines if line.startswith("-"))
    return words, suffixes


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Municipalities, provinces and regions, and the world's countries, lower case."""
    from pipelines.scrubbing.recognizers.postcode_city import municipalities

    return municipalities() | frozenset(data_lines("regions.txt")) | countries()


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The countries' names in English, Dutch and French (Faker's address providers), but
    those that are first names too ("Jordan", "Georgia", "Chad")."""
    from faker.providers.address.en_US import Provider as English
    from faker.providers.address.fr_FR import Provider as French
    from faker.providers.address.nl_NL import Provider as Dutch

    from pipelines.scrubbing.recognizers.person_context import name_lists

    first_names = name_lists()[0]
    names = {name.lower() for provider in (English, Dutch, French) for name in provider.countries}
    return frozenset(name for name in names if name not in first_names)


def surname_after_german_particle(words: Sequence[str], index: int) -> int | None:
    """The index of the surname that the German particle `words[index]` (and an article after
    it) stands before ("von Broich", "von der Heyden", "zu Hohenfels"), else None: a
    capitalised word, no place, no institution, and a listed surname or a word German seldom
    writes (not "zu Hause", "von Bütgenbach", "von Jugendhilfedienst")."""
    from pipelines.scrubbing.recognizers.person_context import name_lists

    if words[index] not in GERMAN_PARTICLES:
        return None
    last = index + 1
    if last + 1 < len(words) and words[last] in GERMAN_ARTICLES:
        last += 1
    if last >= len(words):
        return None
    word = words[last]
    lower = word.lower()
    surname = (
        word[0].isupper()
        and lower not in places()
        and not is_institution(word)
        and (lower in name_lists()[1] or is_rare_in_german(lower))
    )
    return last if surname else None


@lru_cache(maxsize=65_536)
def is_institution(word: str) -> bool:
    words, suffixes = institution_words()
    lower = word.lower()
    return lower in words or lower.endswith(suffixes) or lower.startswith(SAINT)


def _whole_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over hyphens and letters: "Vlaanderen" in "West-Vlaanderen"."""
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return start, end


def _named_institution(text: str, start: int, first_word: str, word_before: str) -> bool:
    """'Huisartsenpraktijk De Linde', 'kinderopvang 't Rupske', 'école Les Bleuets': an
    institution's word, then the name it is given after a capitalised article
    (`word_before`: ``_word_before(text, start)``)."""
    article = first_word
    if article not in INSTITUTION_NAME_ARTICLES:
        article = word_before
        if article not in INSTITUTION_NAME_ARTICLES:
            return False
        start = text.rfind(article, 0, start)
    return is_institution(_word_before(text, start))


def _word_before(text: str, start: int) -> str:
    position = start
    while position > 0 and text[position - 1] == " ":
        position -= 1
    begin = position
    while begin > 0 and (text[begin - 1].isalpha()):
        begin -= 1
    return text[begin:position]


def _word_after(text: str, end: int) -> str:
    position = end
    while position < len(text) and text[position] in " -":
        position += 1
    finish = position
    while finish < len(text) and text[finish].isalpha():
        finish += 1
    return text[position:finish]


def _segments(text: str, tokens: list[re.Match]) -> list[list[re.Match]]:
    """Tokens split where a sentence or clause ends between two of them."""
    if len(tokens) < 2:  # one word, as most name spans are, is one segment
        return [tokens] if tokens else []
    segments: list[list[re.Match]] = [[]]
    abbreviations = role_abbreviations()
    for index, token in enumerate(tokens):
        if index:
            before = tokens[index - 1]
            gap = text[before.end() : token.start()]
            word = before.group()
            ends = SENTENCE_END.search(gap) and not (
                gap.strip() == "." and (len(word) == 1 or word.lower() in abbreviations)
            )
            if ends:
                segments.append([])
        segments[-1].append(token)
    return [segment for segment in segments if segment]


@lru_cache(maxsize=1)
def street_name_endings() -> tuple[str, ...]:
    return tuple(sorted(frozenset(data_lines("street_name_endings.txt"))))


def _street_follows(words: list[str], index: int) -> bool:
    """Whether a street's name follows the word at `index` ("op Vredelaan"): "op" is a
    surname's particle only before another ("Op de Beeck", "Op 't Eynde")."""
    if index + 1 >= len(words):
        return False
    after = words[index + 1].lower()
    return after.endswith(street_name_endings()) and after not in street_name_endings()


def _droppable_head(words: list[str], index: int, names: NameLists, titled: bool = False) -> bool:
    lower = words[index].lower()
    first_names, surnames = names
    if lower == "op" and _street_follows(words, index):
        return True
    if lower in PARTICLES:
        # "De Wolf", "Op de Beeck" are surnames; "Appel de Bénédicte", "Le Dr Willems" are
        # not; an Arabic particle is never an ordinary word ("Ait Lahcen", "El Amrani")
        probe = index + 1
        while probe < len(words) and words[probe].lower() in PARTICLES:
            probe += 1
        if probe < len(words) and words[probe][0].isupper():
            after = words[probe].lower()
            if (words[probe].isupper() and not words[index].isupper()) or is_institution(
                words[probe]
            ):
                return True  # "du CPAS", "de Kinderrechtswinkel"; not "DE CONINCK"
            return after in roles() or (
                lower in ORDINARY_PARTICLES and after in first_names and after not in surnames
            )
    if lower in roles():
        return True
    if titled and words[index][0].isupper() and lower in surnames and lower not in PARTICLES:
        return False  # after a title, a surname that is a word too: "mevrouw Engels", "Mr Vos"
    return lower in common_words() and lower not in first_names


def _droppable_tail(words: list[str], index: int, surnames: frozenset[str]) -> bool:
    """A role, a particle, or a lower-case common word ends no name; a capitalised
    common word after a particle is a surname ("De Bakker"), and so is a role word where
    the lists hold it with its particle ("De Meester")."""
    lower = words[index].lower()
    if lower in PARTICLES:
        return True
    if lower in roles():
        joined = f"{words[index - 1]} {lower}".lower() if index else ""
        return not (
            words[index][0].isupper() and words[index - 1][0].isupper() and joined in surnames
        )
    if not (words[index].islower() and lower in common_words()):
        return False
    # "brenda de wolf", "lisa van den bossche": a lower-case surname the lists hold with its
    # particles, after a name, as the lower-case surname rules took it
    particle = index
    while particle > 1 and words[particle - 1] in PARTICLES:
        particle -= 1
    return particle == index or " ".join(words[particle : index + 1]) not in surnames


BREAKS = ("van", "uit", "op", "bij", "voor")


def trim(
    text: str,
    start: int,
    end: int,
    names: NameLists,
    cued: bool = False,
    institution_before: bool = False,
    titled: bool = False,
) -> list[tuple[int, int]]:
    """The parts of the name span [start, end) that name a person: roles, titles and
    common words cut from its edges, split where a sentence or an institution begins,
    dropped where it is a place or an institution. A span found after a role word
    (`cued`) is never dropped as a place: "mevrouw Mechelen" is a person. With
    `institution_before`, the institution's word before the span is the role's ("Directeur
    basisschool Paul Somers"), which does not make the span an institution. After a
    courtesy title (`titled`), a capitalised surname that is a word too starts the name
    ("mevrouw Engels")."""
    parts = trimmed(text, start, end, names, institution_before, titled)
    return [(part_start, part_end) for part_start, part_end, place in parts if cued or not place]


# The name spans of a batch's texts (at most 256) that recognizers trim alike: the
# context-name and the deduce recognizer often find the same span in a note, the one after
# a role word (`cued`), the other without.
TRIMMED_KEPT = 4096


@lru_cache(maxsize=TRIMMED_KEPT)
def trimmed(
    text: str, start: int, end: int, names: NameLists, institution_before: bool, titled: bool
) -> tuple[tuple[int, int, bool], ...]:
    """``trim``'s parts whether `cued` or not, kept for the next recognizer of the same text:
    (start, end, whether dropped as a place where not `cued`)."""
    tokens = list(TOKEN.finditer(text, start, end))
    parts = []
    common = common_words()
    for segment in _segments(text, tokens):
        words = list(map(re.Match.group, segment))  # (the method mapped: no bytecode per word)
        # "Warre Jacobs van Don Bosco": a lower-case "van" before an institution or a
        # common word ends the name
        for index in range(1, len(words)):
            if words[index] == "op" and _street_follows(words, index):
                segment, words = segment[:index], words[:index]  # "Aya Chakir op Peperstraat"
                break
            if words[index] in BREAKS and any(
                is_institution(word)
                or word.isupper()
                or (word.lower() in common and word.lower() not in PARTICLES)
                for word in words[index + 1 :]
            ):
                segment, words = segment[:index], words[:index]
                break
        head = 0
        while head < len(words) and _droppable_head(words, head, names, titled and not head):
            head += 1
        tail = len(words)
        while tail > head and _droppable_tail(words, tail - 1, names[1]):
            tail -= 1
        if tail <= head:
            continue
        first, last = segment[head], segment[tail - 1]
        word_before = _word_before(text, first.start())
        after_role = (head and words[head - 1].lower().rstrip(".") in roles()) or (
            word_before.lower() in roles()
        )
        named = words[head:tail]
        staff = _staff_after_acronym(named, word_before, names[0])
        if _institution(
            text, first.start(), last.end(), named, institution_before or staff, word_before
        ):
            continue
        if not institution_before and _named_institution(
            text, first.start(), words[head], word_before
        ):
            continue
        place = not after_role and _place(words[head:tail], names[0])
        parts.append((first.start(), last.end(), place))
    return tuple(parts)


@lru_cache(maxsize=1)
def _services_with_staff() -> frozenset[str]:
    return frozenset(data_lines("services_with_staff.txt"))


def _staff_after_acronym(words: list[str], word_before: str, first_names: frozenset[str]) -> bool:
    """A service's acronym before a first name and a surname: its staff member, not its name
    ("overleg CLB Jens Maes", "Présents: CLB Pauline Simon"; data/services_with_staff.txt)."""
    return (
        len(words) > 1
        and word_before.isupper()
        and word_before.lower() in _services_with_staff()
        and words[0].lower() in first_names
        and words[-1][:1].isupper()
    )


def _institution(
    text: str,
    start: int,
    end: int,
    words: list[str],
    institution_before: bool,
    word_before: str,
) -> bool:
    """(`word_before`: ``_word_before(text, start)``.)"""
    wide_start, wide_end = _whole_word(text, start, end)
    if is_institution(text[wide_start:wide_end]) or any(map(is_institution, words)):
        return True
    before = word_before if wide_start == start else _word_before(text, wide_start)
    after = _word_after(text, wide_end)
    if before and is_institution(before) and not institution_before:
        return True
    return bool(after and is_institution(after))


def _place(words: list[str], first_names: frozenset[str]) -> bool:
    """Only places ("Leuven", "Limburg", "van Brugge"), none of them a first name ("Veerle"
    is both), maybe after a service's acronym ("CM Midden-Vlaanderen", "ZOL Genk", "CGG
    Vlaams-Brabant Oost": an institution's branch) or with a compass word."""
    named = [word for word in words if not (word.islower() and word in PARTICLES)]
    if len(named) > 1 and named[0].isupper() and len(named[0]) <= ACRONYM_LETTERS:
        named = named[1:]
    named = [word for word in named if word.lower() not in COMPASS]
    place_names = places()
    for word in named:  # (most spans' first word is no place: out at once)
        lower = word.lower()
        if lower not in place_names or lower in first_names:
            return False
    return bool(named)
