"""Person names that deduce misses: names after a role or kinship word ("mama van jonas",
"juf Sarah", "mevrouw Janssens"), first names and surnames of the many origins in
Flanders and Brussels (Faker's name lists of 15 locales), with their particles
(Van den, De, El, Ait), also in lower case after a role word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import islice

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.data import data_lines, data_sections
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import factored
from pipelines.scrubbing.recognizers.attendance_initials import not_initials
from pipelines.scrubbing.recognizers.name_spans import (
    ORDINARY_PARTICLES,
    PARTICLES,
    NameLists,
    diminutive_stem,
    institution_words,
    is_institution,
    places,
    role_abbreviations,
    roles,
    trim,
)
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    common_words,
    is_common_word,
    is_german_text,
    is_rare_in_german,
    is_rare_word,
    is_very_frequent_word,
    is_word_in_text,
    load_word_frequencies,
    stop_words,
    unaccented,
)

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
_PARTICLE = factored(sorted(PARTICLES, key=len, reverse=True))


@lru_cache(maxsize=1)
def role_name() -> re.Pattern[str]:
    """A role or title word (roles.txt; an abbreviated title may end with a dot, a role
    word may not: "bij oma. Tolk Arabisch" is no name), then the name, maybe in brackets
    ("papa (Koen)") or after an institution's word ("directeur basisschool Paul Somers").
    Role words in any case; the name after them keeps its case ("mama van jonas" is handled
    by _trim, which accepts a lower-case word only when it is a known first name or
    surname). Role and name on one line ("Gesl.: M" then "Adres:" is no name).

    The roles and the institutions' words are written as trees of their shared beginnings
    (``alternations.factored``, which matches what their flat alternation matches, in the
    same order), so that trying the pattern where a role word stands costs one branch per
    character, not some two hundred roles and sixty institutions' words; so are the
    particles, tried after each word of the name. (A pattern of only the roles written from
    each role word on did that too, but compiling each cost a millisecond at the first note
    that held the word.)"""
    words, abbreviations = _role_words()
    spelled = factored(list(words), space=r"\s+")
    short = factored(list(abbreviations))
    # the institutions' words too, tried after each role word that a space follows
    institutions = factored(sorted(institution_words()[0], key=len, reverse=True))
    return re.compile(
        rf"\b(?P<role>(?i:{spelled}|{short}\.?)),?[ \t]+"
        rf"(?:van[ \t]+|\(|(?P<institution>(?i:{institutions}))[ \t]+)?"
        r"(?P<initials>(?:[A-ZÀ-Ý]\.-?[ \t]?){1,2}(?=[A-ZÀ-Ý]))?"
        rf"(?P<name>[A-Za-zÀ-ÿ][\wÀ-ÿ'’\-]*"
        rf"(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)*[A-ZÀ-Ý][\wÀ-ÿ'’\-]*)*)"
    )


@lru_cache(maxsize=1)
def _role_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(spelled roles, abbreviations), each longest first."""
    words = sorted(roles() - role_abbreviations(), key=len, reverse=True)
    abbreviations = sorted(role_abbreviations(), key=len, reverse=True)
    return tuple(words), tuple(abbreviations)


@lru_cache(maxsize=1)
def role_first_words() -> frozenset[str]:
    """The first word of every role, as TOKEN cuts it: where role_name() may match."""
    return frozenset(role.split()[0] for role in roles())


TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
AGE_AFTER = re.compile(
    r"\s*(?:\(\s*\d{1,2}\s*(?:j\.?|jr\.?|jaar|ans?|maanden|mnd\.?|mois|months|years?)?\s*\)"
    r"|,\s*\d{1,2}\s*(?:j|jaar|ans)\b|\s+is\s+\d{1,2}\b)"
)
# The birth sign or a birth cue in brackets right after a word marks it as a name:
# "Gulfari ° 3/4/2019", "kiara (°...)", "Samiullah (geb. 11 september 2019)", "Hussam (né le".
BIRTH_SIGN_AFTER = re.compile(r"\s*(?:,?\s*\(?\s*°|\(\s*(?:geb\.|geboren|née?\b|born\b))")
# A date of birth alone in brackets after a capitalised word in the middle of a line:
# "Kinderen: Semere (24.11.2017) en Senait" (not a heading's "Observatie (5.8.2023)").
DATE_IN_BRACKETS_AFTER = re.compile(
    r"[ \t]*\(\s?\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?(?:19|20)?\d\d ?\)"
    # or after a comma, as an item of a listing in brackets: "(Yodit, 16.04.15; Mehari, ..."
    r"|,[ \t]*\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?(?:19|20)?\d\d(?=[ \t]*[;)])"
)
# What AGE_AFTER, BIRTH_SIGN_AFTER and DATE_IN_BRACKETS_AFTER each need after a word, past
# its spaces: a bracket, a comma, the birth sign or "is". One test for the three: most
# words have none of these after them.
AGE_OR_BIRTH_MAY_FOLLOW = re.compile(r"\s*(?:[(,°]|is)")
# A lower-case surname is read over this many words at most: its particles, then the surname
LOWER_SURNAME_WORDS = 4
# Function words this short are never a surname after a title ("mevrouw De", "Mme Le")
SHORT_FUNCTION_WORD = 2
# A letter's dateline after its place: "Roeselare, 28 januari 2023", "Bruxelles, le 3 mars".
DATELINE_AFTER = re.compile(r",[ \t]*(?:le[ \t]+|den[ \t]+)?\d{1,2}(?!\d)")


def _after_titles(text: str, start: int, end: int) -> int:
    """Where a name in capitals starts after the titles and police ranks written before it
    in capitals too ("INP Tomasz WIŚNIEWSKA", "DHR PEETERS Jan")."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group().lower().rstrip(".") not in role_abbreviations():
            return start + word.start()
    return start


# Police and prosecutor style: SURNAME First name ("AIT OUALI Youssef", "D'HONDT Seppe").
# (UPPER_SURNAME and LABELLED start with a look-ahead for their first character: the
# regex engine skips to the positions a match can start at.)
UPPER_SURNAME = re.compile(
    r"(?=[^\W\d_a-zà-ÿ])\b(?P<name>(?:[^\W\d_a-zà-ÿ](?:['’]?[^\W\d_a-zà-ÿ'’\-])+[ \-]){1,3}"
    r"[^\W\d_a-zà-ÿ][^\W\d_A-ZÀ-Ý]+)"
)
PLACE_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
ACRONYMS = {
    "vk", "clb", "pv", "pz", "rrn", "nn", "ocmw", "caw", "jac", "uz", "az", "mano", "npie",
    "insz", "iban", "gsm", "tel", "dossier", "bvba", "vzw", "asbl", "cpas", "sos", "ok",
}  # fmt: skip
# How a child names itself in a chat: the word after it is a name whatever the lists hold
# ("Se fait appeler 'Léa'", "Wil Cetinsu genoemd worden", "stelt zich voor als wout").
NAMED = re.compile(
    r"(?i:\b(?:se fait appeler|s'appelle|je m'appelle|se présente comme|stelt zich voor als|"
    r"noemt zichzelf|noemt zich|ik heet|heet|wil|mijn naam is|my name is|mon nom est|"
    r"ich heiße|ich heisse))\s+['‘’\"“]?"
    r"(?P<name>[^\W\d_](?:[\w\-]|['’](?=\w))*)"
    r"(?P<quote>['’\"”])?(?P<called>\s+genoemd\b)?"
)
# A name before the role in brackets ("Sinasi Inonu (papa)") and a name between an
# identifier's label and its colon ("RRN Gozem:", "NN Kethia :", "Geb.datum fien:").
ROLE_IN_BRACKETS = re.compile(r" \((?P<role>[^\W\d_][\w'’\-]*)\)")
LABELLED = re.compile(
    r"(?=(?i:[dginr]))\b(?i:rrn|nn|insz|rijksregisternummer|geb\.\s?datum|geboortedatum|"
    r"date de naissance|numéro national de|naam kind)\s+(?P<name>[^\W\d_][\w'’\-]*)\s?:"
)
NAMED_CUES = (
    "appel", "présente comme", "voor als", "noemt zich", "heet", "genoemd", "naam is",
    "name is", "nom est", "heiß", "heiss",
)  # fmt: skip
# the cues with which a writer names itself outright: a capitalised common word after them is
# a name too ("ik heet Zon", "mijn naam is Loup"; not "Dat heet Zorgcentrum")
NAMING_OUTRIGHT = ("ik heet", "naam is", "name is", "nom est", "m'appelle", "heiß", "heiss")
# A name in quotes a few words after the word naming it: 'noemt de naam van een
# volwassene, "Trésor"', 'le nom « Biniam »', 'a man called "Dawit"'.
QUOTED_NAME = re.compile(
    r"(?i:\b(?:naam|noemt|genaamd|nom|appelle|called|named))\b[^.\n\"“«‘]{0,40}"
    r"[\"“«‘]\s?(?P<name>[A-ZÀ-Ý][\w'’\-]*(?: [A-ZÀ-Ý][\w'’\-]*)?)\s?[\"”»’]"
)
QUOTED_NAME_CUES = ("naam", "noemt", "genaamd", "nom", "appelle", "called", "named")
# Particles that are a name's only before another ("Kris Op de Beeck", "Op 't Eynde"): alone
# they are the preposition ("Ellen op Kastanjelaan 9").
ONLY_BEFORE_PARTICLES = frozenset({"op"})
ELISIONS = tuple(f"{e}{q}" for e in ("l", "qu", "j", "c", "s", "n", "m", "t") for q in "'’")
ARTICLES = frozenset({"de", "het", "een", "le", "la", "les", "un", "une", "du", "des", "l"})
# Police style with a comma: SURNAME, First name ("VANNESTE, Emma", "VAN LOOY, Kevin"), also
# capitalised ("De Smedt, Liv", "Popal, Maryam").
SURNAME_COMMA = re.compile(
    r"(?<![\w'’\-])(?P<name>(?:[^\W\d_](?:['’]?[^\W\d_'’\-])*[ \-]){0,3}"
    r"[^\W\d_a-zà-ÿ](?:['’]?[^\W\d_'’\-])+)$"
)
COMMA_FIRST = re.compile(r",[ \t]+(?P<first>[^\W\d_a-zà-ÿ][\w'’\-]*)")
NAME_PART = re.compile(r"[^ \-]+")
# A surname with an initial after it or before it ("Vanneste E.", "huysmans f.",
# "l. goethals"): the surname must be a known one.
INITIAL = re.compile(r"[^\W\d_]\.(?![^\W\d_])")


@lru_cache(maxsize=1)
def courtesy_titles() -> frozenset[str]:
    return frozenset(data_lines("courtesy_titles.txt")) | role_abbreviations()


@lru_cache(maxsize=1)
def _teacher_titles() -> tuple[frozenset[str], frozenset[str]]:
    """(the titles a school writes before a teacher's name, the subjects that follow them
    as often: "juf Frans")."""
    sections = data_sections("teacher_titles.txt")
    return frozenset(sections["titles"]), frozenset(sections["subjects"])


def _titled(role: str, name: str) -> bool:
    """A courtesy title before the name, or a teacher's before a name that is no subject:
    after these, a word that is a surname too is the surname ("mevrouw Engels", "juf
    Koning")."""
    title = role.lower().rstrip(".")
    if title in courtesy_titles():
        return True
    titles, subjects = _teacher_titles()
    first = NAME_PART.match(name)
    return title in titles and first is not None and first.group().lower() not in subjects


@lru_cache(maxsize=1)
def not_surnames() -> frozenset[str]:
    return frozenset(data_lines("not_surnames.txt"))


@lru_cache(maxsize=1)
def subject_verbs() -> frozenset[str]:
    """Verbs whose subject comes right before them (data/subject_verbs.txt)."""
    return frozenset(data_lines("subject_verbs.txt"))


@lru_cache(maxsize=1)
def subject_verb_after() -> re.Pattern[str]:
    """One of subject_verbs() right after a word, one space on ("zoë is daar getuige",
    "gabriel en est souvent témoin")."""
    verbs = sorted(subject_verbs(), key=len, reverse=True)
    # (a tree of the verbs' shared beginnings: one branch per character, not a hundred verbs)
    return re.compile(rf" {factored(verbs)}\b")


@lru_cache(maxsize=1)
def lower_cues() -> re.Pattern[str]:
    """Words after which a lower-case known first name is a name (data/lower_name_cues.txt);
    "met", "en", "et" only after a name or an initial (_lower_cue)."""
    cues = sorted(data_lines("lower_name_cues.txt"), key=len, reverse=True)
    # (a tree of the cues' shared beginnings, searched over the 16 characters before a
    # word: one branch per character there, not ninety cues)
    return re.compile(rf"(?i:\b(?:{factored(cues)}|(?P<cue>met|en|et))\s*:?\s*$)")


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
    first.update(data_lines("extra_first_names.txt"))
    last.update(data_lines("extra_surnames.txt"))
    last.update(feminine_surnames(last))
    return frozenset(first), frozenset(last)


def _particle_surname(tokens: list[re.Match], index: int, surnames: frozenset[str]) -> bool:
    """A capitalised common word that is a surname with the particle before it ("De
    Meester", "De Bakker")."""
    if not index or tokens[index - 1].group().lower() not in PARTICLES:
        return False
    joined = f"{tokens[index - 1].group()} {tokens[index].group()}".lower()
    return joined in surnames


def _surname_not_stop_word(lower: str) -> bool:
    """A surname that is also a common word but no particle nor short function word: after
    a title it is the surname ("mevrouw Engels", "dokter Vos", "Mr Vos"; French "vos" is a
    function word too); "mevrouw De" is not."""
    return (
        lower in name_lists()[1]
        and lower not in PARTICLES
        and (lower not in stop_words() or len(lower) > SHORT_FUNCTION_WORD)
        and lower not in roles()
    )


def _place_after_capitals(text: str, match: re.Match[str]) -> bool:
    """'CGG Vlaams-Brabant Oost', 'CM Midden-Vlaanderen': the word after the capitals, whole
    with its hyphens, is a place: a service's branch, not "SURNAME First name"."""
    word = PLACE_WORD.match(text, match.end("name") - len(match.group("name").split()[-1]))
    return word is not None and word.group().lower() in places()


def _opens_a_line_or_sentence(text: str, position: int) -> bool:
    """Only spaces between `position` and the line's start or a full stop, not a colon
    ("Kinderen: Semere (24.11.2017)" is an item of a listing)."""
    before = text[max(0, position - 80) : position].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _quoted_name_word(word: str) -> bool:
    """A word of a quoted name: a listed name, or no ordinary word (wordfreq), role or place
    ("Trésor" is listed; "Hel", the name a child gives a house, is a word)."""
    lower = word.lower()
    first_names, surnames = name_lists()
    if lower in roles() or lower in places():
        return False
    if lower in first_names or lower in surnames:
        return True
    return not is_common_word(lower) and not is_word_in_text(lower)


def _known_name(word: str, names: NameLists) -> bool:
    """A capitalised known first name or surname, no common word."""
    lower = word.lower()
    return (
        word[0].isupper() and (lower in names[0] or lower in names[1]) and not is_common_word(lower)
    )


def _known_surname(lower: str, names: NameLists) -> bool:
    return lower in names[1] and not is_common_word(lower) and lower not in not_surnames()


def _lower_known_surname(word: str) -> bool:
    return (
        word in name_lists()[1]
        and not is_common_word(word)
        and word not in not_surnames()
        and word not in places()
    )


def _surname_run(words: list[str]) -> int:
    """How many of the last `words` make a surname: all in capitals or all capitalised as
    the last one is, with particles, none of them an acronym, role, institution or common
    word (but the last after a particle, "DE WOLF", and a listed surname in capitals,
    "ZOMER"), and not after an institution's word ("AZ Klina"); a capitalised one no place
    ("Gent")."""
    capitals = words[-1].isupper()
    kept = 0
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lower = word.lower().strip("'’")
        if lower in PARTICLES and kept:
            kept += 1
            continue
        surname_word = (
            position == len(words) - 1
            and position
            and words[position - 1].lower() in PARTICLES
            and not words[position - 1].islower()
        )
        # a listed surname in capitals before the first name is one, though it is a word
        # too ("ZOMER, Fien", "MOL, Warre")
        listed_in_capitals = capitals and lower in name_lists()[1]
        if (
            not word[0].isupper()
            or word.isupper() != capitals
            or (is_common_word(lower) and not surname_word and not listed_in_capitals)
            or lower in ACRONYMS
            or lower in roles()
            or lower in institution_words()[0]
        ):
            break
        kept += 1
    while kept and words[-kept].islower():
        kept -= 1  # "de MICHEL" after "Numéro national"
    if not kept or (not capitals and words[-1].lower() in places()):
        return 0
    before = words[-kept - 1].lower() if kept < len(words) else ""
    return 0 if before in ACRONYMS or before in institution_words()[0] else kept


def lower_surname_end(text: str, end: int, names: NameLists) -> int:
    """The end of a name found up to `end`, widened over a lower-case surname after it
    ("meneer Jan ter haegen", "Lisa de vos", "Kato janssens")."""
    if not text.startswith(" ", end):
        return end
    # (the words _lower_surname can read, no more: the scan stops after them)
    tokens = list(islice(TOKEN.finditer(text, end, min(len(text), end + 80)), LOWER_SURNAME_WORDS))
    if not tokens or tokens[0].start() != end + 1:
        return end  # the surname right after one space, not after a dash ("KONINGS – jeugd")
    found = ContextNameRecognizer._lower_surname(tokens, 0, text, names, first=True)
    return tokens[found].end() if found is not None else end


class ContextNameRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("PERSON", "names", score, supported_language)

    def load(self) -> None:
        name_lists()
        common_words()
        load_word_frequencies()
        role_name()
        lower_cues()
        subject_verb_after()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        names = name_lists()
        first_names, surnames = names
        spans: list[tuple[int, int]] = []
        # the set itself, looked up per token (is_common_word is a call more per token)
        common_word_set = common_words()
        tokens = list(TOKEN.finditer(text))
        # each token's word and its lower case, made once for the rules below (the methods
        # mapped: no bytecode per token)
        words = list(map(re.Match.group, tokens))
        lowers = list(map(str.lower, words))
        for match in self._role_names(text, tokens, lowers):
            written = match.group("name")
            if written.isupper() and written.lower() in not_initials():
                continue  # a service's or a status's acronym: "voogd NBMV", "tolk OCMW"
            if (
                text[match.start("name")].islower()
                and "," in text[match.end("role") : match.start("name")]
            ):
                continue  # after a comma only a capitalised name: not "grootmoeder, uitgetypt"
            if text[match.start("name")].islower() and is_german_text(text):
                continue  # German writes names capitalised: "Großeltern mütterlicherseits"
            if text[match.start("name")].islower():
                # a lower-case surname with its particles: "meester de keyser"
                index = bisect.bisect_left(tokens, match.start("name"), key=lambda t: t.start())
                found = self._lower_surname(tokens, index, text, names, first=True)
                if found is not None:
                    spans.append((match.start("name"), tokens[found].end()))
                    continue
            titled = _titled(match.group("role"), match.group("name"))
            start, end = self._trim(
                text, match.start("name"), match.end("name"), first_names, titled
            )
            if end <= start:
                continue
            if match.group("institution"):
                # "Directeur basisschool Paul Somers", not "directeur school De Toverfluit":
                # after the institution's word, only a name that starts with a first name
                head = TOKEN.match(text, start)
                if head and head.group().lower() in first_names - PARTICLES:
                    spans.extend(trim(text, start, end, names, cued=True, institution_before=True))
                continue
            end = lower_surname_end(text, end, names)
            spans.extend(trim(text, start, end, names, cued=True, titled=titled))
        for match in UPPER_SURNAME.finditer(text):
            upper_words = match.group("name").replace("-", " ").split()[:-1]
            if (
                not all(w.lower().strip("'’") in ACRONYMS for w in upper_words)
                and not any(w.lower() in institution_words()[0] for w in upper_words)
                and not _place_after_capitals(text, match)
            ):
                spans.append((_after_titles(text, *match.span("name")), match.end("name")))
        spans.extend(self._surname_comma(text, first_names))
        spans.extend(self._named(text))
        spans.extend(self._labelled(text, names))
        spans.extend(self._before_role(text, names))
        index = 0
        while index < len(tokens):
            token, word, lower = tokens[index], words[index], lowers[index]
            capitalised = word[0].isupper()
            if not capitalised and not (
                lower in first_names or (not lower.isascii() and unaccented(lower) in first_names)
            ):
                # a lower-case word no first name: none of the rules below can take it (most
                # of a note's words), only an initial's surname after it (_after_initial's
                # own first test, written out: a call per word cost more than the test)
                if text.startswith(".", token.start() - 2) or text.startswith(".", token.end() + 2):
                    index = self._after_initial(tokens, index, text, names, spans)
                else:
                    index += 1
                continue
            common = lower in common_word_set
            known_first = (
                lower in first_names
                or (capitalised and diminutive_stem(lower, first_names) is not None)
                or (not lower.isascii() and unaccented(lower) in first_names)
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
                and (
                    not self._sentence_start(text, token.start())
                    or self._next_capitalised(tokens, index, text)  # "Hakimi Setara krijgt"
                )
            )
            lower_name = (
                not capitalised
                and known_first
                and not common
                and (
                    self._sentence_start(text, token.start())
                    or self._lower_cue(text, token, tokens, index, names)
                    or AGE_AFTER.match(text, token.end())
                    or self._lower_surname(tokens, index + 1, text, names) is not None
                    or self._subject(text, token, tokens, index)
                )
                # the costliest last
                and not is_very_frequent_word(
                    lower, tokens[index + 1].group().lower() if index + 1 < len(tokens) else None
                )
            )
            age_or_birth_may_follow = (capitalised or known_first) and (
                AGE_OR_BIRTH_MAY_FOLLOW.match(text, token.end()) is not None
            )
            aged = age_or_birth_may_follow and AGE_AFTER.match(text, token.end())
            born = (
                age_or_birth_may_follow
                and not common
                and (
                    BIRTH_SIGN_AFTER.match(text, token.end()) is not None
                    or (
                        capitalised
                        and DATE_IN_BRACKETS_AFTER.match(text, token.end()) is not None
                        and not _opens_a_line_or_sentence(text, token.start())
                    )
                )
            )
            unknown = (
                capitalised
                and not (is_first or is_last or aged or born or common)
                and self._unknown_name(tokens, index, text, names)
            )
            if (is_first or is_last or lower_name or aged or born or unknown) and not self._code(
                word, text, token
            ):
                end_index = self._extend(tokens, index, text, names, is_first or lower_name)
                start = token.start()
                if is_last and not is_first and index:
                    start = self._first_name_before(tokens, index, text, start)
                elif (is_first or lower_name) and index:
                    start = self._surname_before(tokens, index, text, surnames, start)
                spans.extend(trim(text, start, tokens[end_index].end(), names))
                index = end_index + 1
                continue
            # (_after_initial's first test written out here too: most capitalised words are
            # no name and have no initial beside them)
            if text.startswith(".", token.start() - 2) or text.startswith(".", token.end() + 2):
                index = self._after_initial(tokens, index, text, names, spans)
            else:
                index += 1
        spans.extend(self._repeated(text, tokens, words, lowers, spans))
        # several rules often find the same span: one result for each
        unique = dict.fromkeys(spans)
        return [
            result("PERSON", start, end, self.score, self)
            for start, end in unique
            # (a dateline's place has a comma right after it: most names have none, and are
            # kept without the call)
            if not (text.startswith(",", end) and self._dateline(text, start, end))
        ]

    @staticmethod
    def _repeated(
        text: str,
        tokens: list[re.Match],
        words: list[str],
        lowers: list[str],
        spans: list[tuple[int, int]],
    ) -> Iterator[tuple[int, int]]:
        """A name found once, written elsewhere in the note in another case or without its
        cue ("Ouders: Uludag Ocalan" and "papa uludag"); no common word, role or particle."""
        found = set()
        # (the sets themselves, looked up per word)
        common, role_words, never_surnames = common_words(), roles(), not_surnames()
        for start, end in dict.fromkeys(spans):  # (rules often find the same span)
            for word in TOKEN.findall(text, start, end):
                lower = word.lower()
                if (
                    len(lower) > 2
                    and lower not in PARTICLES
                    and lower not in common
                    and lower not in role_words
                    and lower not in never_surnames
                ):
                    found.add(lower)
        if found.isdisjoint(lowers):
            return
        first_names = name_lists()[0]
        for index in [i for i, lower in enumerate(lowers) if lower in found]:
            # a first name in lower case may be the word ("Roos" and "een roos"): those
            # are the cue rules'
            if words[index][0].isupper() or lowers[index] not in first_names:
                yield tokens[index].span()

    def _after_initial(
        self,
        tokens: list[re.Match],
        index: int,
        text: str,
        names: NameLists,
        spans: list[tuple[int, int]],
    ) -> int:
        """The next token to look at after token `index`, past a surname with an initial
        that it starts (added to `spans`)."""
        token = tokens[index]
        if text.startswith(".", token.start() - 2) or text.startswith(".", token.end() + 2):
            initialled = self._initialled_surname(tokens, index, text, names)
            if initialled is not None:
                spans.append(initialled[:2])
                index = initialled[2]
        return index + 1

    @staticmethod
    def _unknown_name(tokens: list[re.Match], index: int, text: str, names: NameLists) -> bool:
        """A capitalised word no list holds, as a name by its place: in a list with a known
        name ("Jan Peeters en Sofke", "Joon en Lotte"); no place, role or institution."""
        token = tokens[index]
        listed = (
            index > 1
            and tokens[index - 1].group() in ("en", "et")
            and _known_name(tokens[index - 2].group(), names)
            and text[tokens[index - 2].end() : token.start()].count(" ") == 2
        ) or (
            index + 2 < len(tokens)
            and tokens[index + 1].group() in ("en", "et")
            and tokens[index + 2].group().lower() in names[0]
            and tokens[index + 2].group()[0].isupper()
            and text[token.end() : tokens[index + 2].start()].count(" ") == 2
        )
        if not listed:
            return False
        lower = token.group().lower()
        return not (
            lower.startswith(ELISIONS)  # "Jan et l'enfant"
            or token.group().isupper()
            or lower in roles()
            or lower in places()
            or is_institution(token.group())
        )

    @staticmethod
    def _labelled(text: str, names: NameLists) -> Iterator[tuple[int, int]]:
        """The name between an identifier's label and its colon: "RRN Gozem:", "NN Kethia
        :", "Geb.datum fien:" (in lower case only a known first name: not "NN enfant :");
        not "RRN kind:", "Geboortedatum moeder:"."""
        if ":" not in text:
            return
        for match in LABELLED.finditer(text):
            word = match.group("name")
            lower = word.lower()
            if is_common_word(lower) or lower in roles() or lower in places():
                continue
            if word[0].isupper() or lower in names[0]:
                yield match.span("name")

    @staticmethod
    def _before_role(text: str, names: NameLists) -> Iterator[tuple[int, int]]:
        """Capitalised words before a role in brackets: "door Sinasi Inonu (papa)"; two of
        them or a known name, no common word, role, place, acronym or institution among
        them."""
        if " (" not in text:
            return
        for match in ROLE_IN_BRACKETS.finditer(text):
            if match.group("role").lower() not in roles():
                continue
            words = list(TOKEN.finditer(text, max(0, match.start() - 60), match.start()))
            if not words or words[-1].end() != match.start():
                continue
            first = len(words)  # back over at most three capitalised words, one space apart
            while first > 0 and len(words) - first < 3:
                word = words[first - 1]
                lower = word.group().lower()
                joined = first == len(words) or text[word.end() : words[first].start()] == " "
                if not (joined and word.group()[0].isupper()) or (
                    is_common_word(lower) or lower in roles() or lower in places()
                ):
                    break
                first -= 1
            named = [w.group() for w in words[first:]]
            if not named or any(w.isupper() or is_institution(w) for w in named):
                continue
            if len(named) > 1 or _known_name(named[0], names):  # not "UZ Gent, K-dienst (arts)"
                yield words[first].start(), match.start()

    @staticmethod
    def _named(text: str) -> Iterator[tuple[int, int]]:
        """A name in quotes after the word naming it ('noemt de naam van een volwassene,
        "Trésor"'); the name a child gives itself: after "se fait appeler" or "heet", in quotes or
        capitalised ("stelt zich voor als slachtoffer" is no name; a common word only where
        the name lists hold it: "De vader heet Vos"); after "wil", only before
        "genoemd" ("wil Cetinsu genoemd worden")."""
        lower = text.lower()
        # (the substring test mapped over the cues: no generator's frame per cue)
        if any(map(lower.__contains__, QUOTED_NAME_CUES)):
            for match in QUOTED_NAME.finditer(text):
                if all(_quoted_name_word(word) for word in match.group("name").split()):
                    yield match.span("name")
        if not any(map(lower.__contains__, NAMED_CUES)):
            return
        for match in NAMED.finditer(text):
            word = match.group("name")
            outright = (
                word[0].isupper()
                and word.lower() not in PARTICLES
                and (
                    any(cue in match.group(0).lower() for cue in NAMING_OUTRIGHT)
                    # "De vader heet Vos": a listed name, though a word too
                    or any(word.lower() in names for names in name_lists())
                )
            )
            if is_common_word(word.lower()) and not outright:
                continue
            if match.group(0)[:3].lower() == "wil":
                if match.group("called"):
                    yield match.span("name")
            elif word[0].isupper() or match.group("quote") or match.group("called"):
                yield match.span("name")

    @staticmethod
    def _surname_comma(text: str, first_names: frozenset[str]) -> Iterator[tuple[int, int]]:
        """SURNAME, First name: the word after the comma a known first name, the words
        before it a surname (_surname_run): "Ouders: VANNESTE, Emma", "De Smedt, Liv"; not
        "In Gent, Emma", "Het VK, Jonas", "AZ Klina, NICU"."""
        for comma in COMMA_FIRST.finditer(text):
            first = comma.group("first")
            if first.isupper() or first.lower() not in first_names:
                continue  # "AZ Klina, NICU"
            match = SURNAME_COMMA.search(text, max(0, comma.start() - 80), comma.start())
            if match is None:
                continue
            words = NAME_PART.findall(match.group("name"))
            kept = _surname_run(words)
            if kept:
                parts = list(NAME_PART.finditer(match.group("name")))
                yield match.start("name") + parts[-kept].start(), comma.end()

    @staticmethod
    def _initialled_surname(
        tokens: list[re.Match], index: int, text: str, names: NameLists
    ) -> tuple[int, int, int] | None:
        """(start, end, index of its last word) of a known surname with its initial before
        or after it: "Vanneste E.", "huysmans f.", "l. goethals", "a. de coster", "KONING
        M."; the initial after it is removed with it."""
        token = tokens[index]
        start = token.start()
        if (
            start >= 3
            and text[start - 1] == " "
            and INITIAL.match(text, start - 3) is not None
            and (start == 3 or not text[start - 4].isalnum())
        ):
            if token.group()[0].isupper():
                last = index if _known_surname(token.group().lower(), names) else None
            else:
                # the lower-case surname rule from this word on: its first word is `index`
                last = ContextNameRecognizer._lower_surname(tokens, index, text, names, True)
            # the initial before stays: it may be a title ("M. Bakkali" is Monsieur)
            return None if last is None else (start, tokens[last].end(), last)
        after = INITIAL.match(text, token.end() + 1)
        word = token.group()
        if (
            after is not None
            and text.startswith(" ", token.end())
            and (
                _known_surname(word.lower(), names)
                # a listed surname in capitals that is a word too, as police and courts
                # write a name before its initial ("greffe : KONING M.", "VOS N. (INP)")
                or (word.isupper() and len(word) >= 3 and word.lower() in names[1])
            )
        ):
            return start, after.end(), index
        return None

    @staticmethod
    def _lower_surname(
        tokens: list[re.Match], probe: int, text: str, names: NameLists, first: bool = False
    ) -> int | None:
        """The index of the last word of a lower-case surname at `probe`, each word one
        space after the one before (but the `first`): a known one, alone or with its
        particles ("janssens", "de meyer", "van den bossche"), no common word, place or
        ordinary word the lists also hold ("verwijst"); after particles no ordinary word
        has ("vanden berghe", "el ouardi"), any word that is not a common one ("van de
        opvang" is no name; "cris d'enfant" neither)."""
        start = probe
        particles: list[str] = []
        while (
            probe < len(tokens)
            and probe < start + LOWER_SURNAME_WORDS
            and (
                (first and probe == start)
                or text[tokens[probe - 1].end() : tokens[probe].start()] == " "
            )
        ):
            word = tokens[probe].group()
            if not word.islower():
                return None
            if word in PARTICLES and probe < start + LOWER_SURNAME_WORDS - 1:
                particles.append(word)
                probe += 1
                continue
            if particles and " ".join([*particles, word]) in names[1]:
                return probe  # "de vos", "de winter": the lists hold them with the particle
            if is_common_word(word) or word in not_surnames():
                return None
            if word in names[1] and (not particles or word not in places()):
                return probe
            strong = particles and all(p not in ORDINARY_PARTICLES for p in particles)
            # rare in German too: a German note's verb after a role is none ("das Kind
            # aufzunehmen")
            rare = is_rare_word(word) and is_rare_in_german(word)
            return probe if strong or rare else None
        return None

    @staticmethod
    def _subject(text: str, token: re.Match, tokens: list[re.Match], index: int) -> bool:
        """A lower-case first name as the subject of a verb after it, not after an article
        ("zoë is daar getuige"; not "het kader is")."""
        if not subject_verb_after().match(text, token.end()):
            return False
        return index == 0 or tokens[index - 1].group().lower() not in ARTICLES

    @staticmethod
    def _role_names(text: str, tokens: list[re.Match], lowers: list[str]) -> Iterator[re.Match]:
        """role_name() tried only where a token starts with a role word (a set look-up per
        token instead of an alternation of some two hundred words at every position)."""
        pattern, starts = role_name(), role_first_words()
        # (the tokens that may start a role picked in one comprehension: most tokens are none)
        for index in [i for i, lower in enumerate(lowers) if lower in starts or "-" in lower]:
            token, lower = tokens[index], lowers[index]
            if lower in starts:
                start = token.start()
            elif "-" in lower and lower.rsplit("-", 1)[1] in starts:  # "CLB-arts Maes"
                start = token.start() + lower.rindex("-") + 1
            else:
                continue
            match = pattern.match(text, start)
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
    def _dateline(text: str, start: int, end: int) -> bool:
        """A letter's place and date ("Roeselare, 28 januari 2023" on a line of its own):
        a municipality opening a line, a comma and a day after it."""
        line_start = text.rfind("\n", 0, start) + 1
        return (
            DATELINE_AFTER.match(text, end) is not None
            and not text[line_start:start].strip()
            and text[start:end].lower() in places()
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
        text: str, token: re.Match, tokens: list[re.Match], index: int, names: NameLists
    ) -> bool:
        cue = lower_cues().search(text, max(0, token.start() - 16), token.start())
        if cue is None:
            return False
        following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        if following in roles():  # "dag lieve mama": an adjective before a kinship word
            return False
        if cue.group("cue"):
            # a list of names: "jonas en lotte", "Peeters en sonia", "Vanneste E. en sonia";
            # not "en cas d'urgence", "le 112 en cas"
            if index < 2:
                return False
            before = tokens[index - 2].group()
            lower = before.lower()
            if len(before) == 1 and before.isupper():  # "Jan P. en maria"
                return True
            return not is_common_word(lower) and (
                before[0].isupper() or lower in names[0] or lower in names[1]
            )
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
    def _surname_before(
        tokens: list[re.Match], index: int, text: str, surnames: frozenset[str], start: int
    ) -> int:
        """A known surname written before the first name ("Mocanu Elena (11j)", "Albu
        Olimpiu stelt zich", "janssens jonas"), also where it starts the sentence."""
        before = tokens[index - 1]
        word = before.group()
        lower = word.lower()
        if (
            text[before.end() : start] == " "
            and (word[0].isupper() or (word.islower() and text[start].islower()))
            and lower not in not_surnames()
            and lower in surnames
            and not is_common_word(lower)
            and lower not in roles()
            and lower not in places()
        ):
            return before.start()
        return start

    @staticmethod
    def _extend(
        tokens: list[re.Match], index: int, text: str, names: NameLists, first: bool = False
    ) -> int:
        """Take the surname after a first name: capitalised words and particles, ending on a
        capitalised word, on the same line, at most four words on; after a lower-case first
        name, a lower-case known name ("heet kevin vermeiren"); after any first name, a
        known surname in lower case ("Erik vanneste", "warre de meyer")."""
        end = index
        probe = index + 1
        if first:
            found = ContextNameRecognizer._lower_surname(tokens, probe, text, names)
            if found is not None:
                return found
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
            if word[0].isupper() and (
                not is_common_word(word.lower()) or _particle_surname(tokens, probe, names[1])
            ):
                end = probe
            elif word.lower() not in PARTICLES or (
                word.lower() in ONLY_BEFORE_PARTICLES
                and (probe + 1 >= len(tokens) or tokens[probe + 1].group().lower() not in PARTICLES)
            ):
                break
            probe += 1
        return end

    @staticmethod
    def _trim(
        text: str, start: int, end: int, first_names: frozenset[str], titled: bool = False
    ) -> tuple[int, int]:
        """A lower-case word after a role is a name only when it is a known first name or
        surname ("mama jonas", "meneer lahlou"); after a courtesy title (`titled`) a
        capitalised surname that is a word too ("mevrouw Engels")."""
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
        if head[0].islower() and head not in first_names and not _lower_known_surname(head):
            return start, start
        if "-" in head and (
            head.rsplit("-", 1)[1].lower() in roles() or head.split("-")[0].lower() in ACRONYMS
        ):
            return start, start  # "Melder (CLB-arts)"
        if (
            is_common_word(head.lower())
            and head.lower() not in first_names
            and not surname_with_particle
            and not (titled and head[0].isupper() and _surname_not_stop_word(head.lower()))
        ):
            return start, start
        last = words[0]
        for word in words[1:]:
            # capitals end a name ("Jan Peeters CLB"), but for a particle's surname in
            # capitals ("famille DE CONINCK")
            if any(c.isdigit() for c in word.group()) or (
                word.group().isupper() and not (surname_with_particle and head.isupper())
            ):
                break
            if word.group()[0].isupper() and not is_common_word(word.group().lower()):
                last = word
            elif word.group().lower() not in PARTICLES:
                break
        return words[0].start(), last.end()
