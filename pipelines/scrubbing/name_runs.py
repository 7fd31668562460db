"""Names as whole runs, over what every recognizer found. Each recognizer sees a name only
by its own evidence, so one finds the surname and another nothing of the first name beside
it ("Divin Lumbala", "Eline Voet"), or one occurrence is found and the next not. Once a
word is known to be part of a name in this note, the note's other words are read with that
knowledge:

- a capitalised word right next to a found name, on the same line (one space or a hyphen
  between), is part of it ("Divin [Lumbala]", "[Eline] Voet", "[Mélie] De Ridder");
- a capitalised word joined to a found name by "en", "et", "and", "&" or " / " is a name
  too ("Parents : [Amina] et Cam", "gezin [AL KHATIB] / AL-HASSAN");
- a surname in capitals in a table's next column after a found name, on the same line
  ("[Samuel]   TESFAYE"), and the capitalised word opening the row before a found surname
  in capitals ("Rahaf     [HADDAD]");
- a word that is no common word, one or two particles before a found surname, is its first
  name ("Alhussein AL [AHMAD]"; before "van", "de" only a listed first name);
- a surname in capitals opening an item, a comma before its found first name ("ALHAMOUD,
  [Joud]");
- the initial after a name is part of it ("Dr [BOUZID] M.", "trainer [Anas] A."), and so
  are initials after a comma ("[Claes], W. (CLB)", "[Dubois], P.-Y. aan");
- every other occurrence of a found name's words, in any case, is the name (the word of a
  name is not common, not a role, a place or an institution word, not a particle).

What is none of these stays: a common word ("[Jan] Vandaag"), a role, a place, an
institution or a word in capitals of three letters or fewer (an acronym: "[Jan] CLB").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import compress

from pipelines.scrubbing.recognizers.name_spans import (
    PARTICLES,
    is_institution,
    places,
    surname_after_german_particle,
)
from pipelines.scrubbing.recognizers.name_words import (
    Kind,
    kind_of,
    repetition_key,
    sentence_start,
    words_of,
)
from pipelines.scrubbing.recognizers.person_context import (
    ONLY_BEFORE_PARTICLES,
    courtesy_titles,
    name_lists,
)
from pipelines.scrubbing.recognizers.vocabulary import (
    french_function_words,
    is_common_word,
    is_rare_in_german,
    is_rare_word,
)

__all__ = ["widen_names"]

PERSON = "PERSON"
JOINERS = frozenset({"en", "et", "and"})
# "Lotte & Jan", "gezin AL KHATIB / AL-HASSAN"
LINKING_MARKS = frozenset({" & ", " / "})
# A table's next column on the same line: spaces or tabs, more than one space
COLUMN_GAP = re.compile(r"[ \t]*(?:\t|  )[ \t]*")
# How a neighbouring word is joined to a name: one space or a hyphen, nothing else.
NEXT_TO = frozenset({" ", "-"})
# The word before a name: a word, or initials ("J.", "A.-M.", "J.P.").
# (an initial begins no word: not the "B." ending "CLB. OW")
WORD_BEFORE = re.compile(r"(?:[^\W\d_]+|(?<![\w'’])(?:[^\W\d_]\.-?)+)$")
INITIALS = re.compile(r"(?:[^\W\d_a-zà-ÿ]\.-?)+")
# a word in lower case, not a street's particle after its abbreviation ("Mertens, R. des
# Tanneurs 107": rue)
LOWER_WORD = r"(?!(?:de|du|des|la|le|van|der|den)\b)[a-zà-ÿ]"
# " M." ending a clause after a surname in capitals: its first name's initial; or after a
# comma, as a list of participants writes a surname and its initials ("Deprez, M.-L. (CLB)")
INITIAL_AFTER = re.compile(
    rf"(?: |,[ \t]*(?=[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)*(?:[ \t]*(?:\(|;|\n|\Z)|[ \t]+{LOWER_WORD})))"
    r"[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)*(?=\s|,|;|\)|\Z)"
)
# where an item of a list or a field's value opens: a line, a list's number or mark, a colon
ITEM_OPENS = re.compile(r"(?:\A|\n|:|\d[.)]|[-–•*|;])[ \t]*\Z")
# an item of a list that names a person by an initial and a surname, maybe a role after it
INITIALLED_ITEM = re.compile(
    r"[ \t]*[A-ZÀ-Ý]\.[ \t]?[A-ZÀ-Ýa-zà-ÿ][^,()\n]*(?:\([^)\n]*\))?[ \t]*\Z"
)
ROUNDS = 3  # a name reached through a name reached through a name; no note needs more


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    return text[left.end() : right.start()] in NEXT_TO


def _linked(text: str, words: Sequence[re.Match], left: int, right: int) -> bool:
    """Words `left` and `right` are joined by "en", "et", "and" or "&", one space apart."""
    if right == left + 1:
        return text[words[left].end() : words[right].start()] in LINKING_MARKS
    if right != left + 2 or words[left + 1].group().lower() not in JOINERS:
        return False
    return (
        text[words[left].end() : words[left + 1].start()] == " "
        and text[words[left + 1].end() : words[right].start()] == " "
    )


def _spans_of_names(
    text: str, words: Sequence[re.Match], named: list[bool]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for word in compress(words, named):  # the named words only, in order
        if spans and text[spans[-1][1] : word.start()] in NEXT_TO:
            spans[-1] = (spans[-1][0], word.end())
        else:
            spans.append(word.span())
    return spans


def widen_names(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (start, end, type), with the PERSON spans this module adds (to be merged
    with the rest by the caller)."""
    people = [(start, end) for start, end, kind in found if kind == PERSON]
    if not people:
        return list(found)
    words = words_of(text)
    # (the methods mapped: no bytecode per word)
    values = list(map(re.Match.group, words))
    lowers = list(map(str.lower, values))
    named = _covered(words, people)
    for _ in range(ROUNDS):
        named_words = [i for i, is_named in enumerate(named) if is_named]
        like_a_name = {lowers[i] for i in named_words}
        names = {
            repetition_key(values[i]) for i in named_words if kind_of(values[i]) is not Kind.NEVER
        }
        # a name found in lower case ("kevin", by its cue) is that name wherever it is
        # written so again
        found_in_lower_case = {
            values[i]
            for i in named_words
            if values[i].islower() and kind_of(values[i].capitalize()) is Kind.NAME
        }
        # the words a name can reach: those at most two words from a named one, and those
        # written as a named one is (in ascending order, as a word named here can make the
        # next one a name in the same round); most of a note's words are neither
        reached = {j for i in named_words for j in range(max(0, i - 2), min(len(words), i + 3))}
        reached.update(i for i, lower in enumerate(lowers) if lower in like_a_name)
        changed = False
        for i in sorted(reached):
            if named[i]:
                continue
            word = values[i]
            if word in found_in_lower_case:
                named[i] = changed = True
                continue
            key = repetition_key(word)
            if key is None:
                continue
            kind = kind_of(word)
            if (
                (key in names)
                or (kind is not Kind.NEVER and _beside_a_name(text, words, named, i, kind))
                or (_lower_rare(word) and _linked_to_a_name(text, words, named, i))
            ):
                named[i] = changed = True
        if not changed:
            break
    # "[Othmane] EL [FASSI]": the particles between (a chain of them needs a named word or
    # another particle on each side of each: most particles have neither, "mama van Jonas")
    for i in [i for i in range(1, len(words) - 1) if lowers[i] in PARTICLES]:
        if (
            not named[i]
            and (named[i - 1] or lowers[i - 1] in PARTICLES)
            and (named[i + 1] or lowers[i + 1] in PARTICLES)
        ):
            named[i] = _bridged(text, words, named, i)
    _surname_particles(text, words, values, lowers, named)
    runs = _spans_of_names(text, words, named)
    widened = [
        _with_initial_after(text, *_with_particles_and_initials(text, start, end))
        for start, end in runs
    ]
    return [*found, *((start, end, PERSON) for start, end in widened)]


def _surname_particles(
    text: str,
    words: Sequence[re.Match],
    values: Sequence[str],
    lowers: Sequence[str],
    named: list[bool],
) -> None:
    """Marks as named the particles and the surname after a named first name that the
    particles' own rules leave: German "von" and "zu" ("[Philipp] von Broich", "[Clara] von
    der Heyden"), and "van den"/"van der" before a place's name ("[Niels] van den Berg":
    "van den" and "van der" make a surname, where "van" alone may say where someone comes
    from, "Jan van Gent")."""
    first_names = name_lists()[0]
    for i in range(1, len(words) - 1):
        if not (named[i - 1] and values[i - 1][0].isupper() and lowers[i - 1] in first_names):
            continue
        last = surname_after_german_particle(values, i)
        if (
            last is None
            and i + 2 < len(words)
            and (lowers[i], lowers[i + 1]) in DOUBLE_PARTICLES
            and not named[i + 2]
            and values[i + 2][0].isupper()
            and lowers[i + 2] in places()
        ):
            last = i + 2
        if last is not None and all(
            _joined(text, words[k], words[k + 1]) for k in range(i - 1, last)
        ):
            for k in range(i, last + 1):
                named[k] = True


DOUBLE_PARTICLES = frozenset({("van", "den"), ("van", "der")})


def _monsieur(text: str, word: str, start: int) -> bool:
    """ "M." is Monsieur, a title, after a comma or a French word ("le directeur, M. Dubois",
    "Courriel de M. Lambert": no Dutch article comes before an initial), but for a list's
    item after one written with an initial ("B. De Coninck, M. Wouters"); elsewhere an
    initial ("Peeters en M. Haddad", "dr. M. Cnudde")."""
    if word != "M.":
        return False
    before = text[max(0, start - 12) : start].rstrip()
    previous = WORD_BEFORE.search(before)
    french = previous is not None and (
        previous.group().lower() == "de" or previous.group().lower() in french_function_words()
    )
    if before.endswith(","):
        return not _after_an_initialled_name(text, text.rindex(",", 0, start))
    return french


def _after_an_initialled_name(text: str, comma: int) -> bool:
    """The list's item before this comma is a person written with an initial ("B. De
    Coninck, M. Wouters", "I. Van Gestel-Meeus (pédopsy), M. Koning"): its "M." is one too."""
    item_start = max(text.rfind(mark, 0, comma) for mark in (",", ":", "\n")) + 1
    return INITIALLED_ITEM.match(text, item_start, comma) is not None


def _covered(words: Sequence[re.Match], people: list[tuple[int, int]]) -> list[bool]:
    """Which words overlap one of the found names."""
    covered = [False] * len(words)
    for start, end in people:
        index = bisect.bisect_right(words, start, key=re.Match.end)
        while index < len(words) and words[index].start() < end:
            covered[index] = True
            index += 1
    return covered


def _with_particles_and_initials(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's run, widened to the left over the particles and initials written before it,
    one space apart ("J. Al [Masri]", "A. Van [Loock]", "[Othmane] EL [FASSI]"). Particles
    in lower case at the left edge stay out ("mama van [Jonas]", "procureur des Konings"),
    unless a courtesy title stands before them ("Madame de la [Vallée]")."""
    taken: list[tuple[int, str]] = []
    position = start
    while position > 1 and text[position - 1] == " ":
        before = WORD_BEFORE.search(text, max(0, position - 16), position - 1)
        if before is None:
            break
        word = before.group()
        if not (INITIALS.fullmatch(word) or word.lower() in PARTICLES) or _monsieur(
            text, word, before.start()
        ):
            break
        taken.append((before.start(), word))
        position = before.start()
    if taken and taken[-1][1].islower() and _title_before(text, taken[-1][0]):
        return taken[-1][0], end  # "Madame de la [Vallée]", "Ms van der [Meer]"
    while taken and taken[-1][1].islower():  # the leftmost first
        taken.pop()
    return (taken[-1][0] if taken else start), end


# a courtesy title right before a name's particles in lower case: they are the surname's
# (not a family's word: "het gezin van [Ward]", "la famille de [Lina]" are of)
TITLE_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)\.?[ \t]+\Z")
FAMILY_NOUNS = frozenset({"familie", "famille", "gezin", "family", "familien", "families"})


def _title_before(text: str, position: int) -> bool:
    title = TITLE_BEFORE.search(text, max(0, position - 16), position)
    if title is None:
        return False
    word = title.group(1).lower()
    return word in courtesy_titles() and word not in FAMILY_NOUNS


def _with_initial_after(text: str, start: int, end: int) -> tuple[int, int]:
    """'Dr BOUZID M.', 'VAN ACKER J.': the first name's initial after a surname in capitals,
    as police and hospital software write a name; 'trainer Anas A.': the surname's initial
    after a first name; 'Claes, W. (CLB);', 'Dubois, P.-Y. aan': initials after a comma,
    before a bracket, a semicolon, the line's end or a word in lower case (not the initial of
    the next name: 'Peeters, A. Janssens')."""
    initial = INITIAL_AFTER.match(text, end)
    return (start, initial.end()) if initial else (start, end)


def _bridged(text: str, words: Sequence[re.Match], named: list[bool], i: int) -> bool:
    """Particle `i` lies in a chain of particles between two named words, one space
    apart each."""
    left, right = i, i
    while left > 0 and words[left - 1].group().lower() in PARTICLES and not named[left - 1]:
        left -= 1
    while right + 1 < len(words) and words[right + 1].group().lower() in PARTICLES:
        right += 1
    chain = [words[k].group() for k in range(left, right + 1)]
    if len(chain) == 1 and chain[0] in ONLY_BEFORE_PARTICLES:  # "Ellen op Kastanjelaan"
        return False
    if left == 0 or right + 1 >= len(words) or not (named[left - 1] and named[right + 1]):
        return False
    return all(_joined(text, words[k], words[k + 1]) for k in range(left - 1, right + 1))


def _after_particles(text: str, words: Sequence[re.Match], named: list[bool], i: int) -> bool:
    """Word `i` follows a named word over one or two particles, one space apart each
    ("[Othmane] EL Fassi", "[Pieter] van den Broeck")."""
    j = i - 1
    while j >= 0 and i - j <= 2 and words[j].group().lower() in PARTICLES:
        if not _joined(text, words[j], words[j + 1]):
            return False
        j -= 1
    if not (j < i - 1 and j >= 0 and named[j] and _joined(text, words[j], words[j + 1])):
        return False
    # "van", "de" in lower case are also "of": "Jacobs van Don Bosco" is a school; only a
    # known surname follows them as a name's part ("Pieter van Damme")
    if not any(words[k].group().islower() for k in range(j + 1, i)):
        return True
    school = i + 1 < len(words) and is_institution(words[i + 1].group())  # "Pater Damiaanschool"
    return words[i].group().lower() in name_lists()[1] and not school


def _before_particles(text: str, words: Sequence[re.Match], named: list[bool], i: int) -> bool:
    """Word `i` opens a name whose surname after one or two particles is named ("Alhussein
    AL [AHMAD]", "Pieter van [Damme]"): the first name found by no recognizer, since a
    particle stood between it and its surname. A listed first name, or before particles in
    capitals a word rare in every language ("Brief van [Jonas]", "Eltern AL [KHATIB]" are
    not)."""
    j = i + 1
    while j < len(words) and j - i <= 2 and words[j].group().lower() in PARTICLES:
        if not _joined(text, words[j - 1], words[j]):
            return False
        j += 1
    if not (i + 1 < j < len(words) and named[j] and _joined(text, words[j - 1], words[j])):
        return False
    word = words[i].group()
    if word.lower() in name_lists()[0]:
        return True
    # a heading in capitals ("VASTSTELLING VAN LETSELS") and a club or a service's name
    # ("Chiro Ter Heide") have words in capitals before particles too: only a word that is
    # rare in every language of the notes opens a name there
    return (
        not word.isupper()
        and not any(words[k].group().islower() for k in range(i + 1, j))
        and is_rare_word(word.lower())
        and is_rare_in_german(word.lower())
    )


def _surname_comma_first(text: str, surname: re.Match, first: re.Match) -> bool:
    """'ALHAMOUD, Joud', '2. KABEYA, Glodie - 06.11.1982': a surname in capitals opening an
    item, a comma, then its found first name, as registers and lists write a person."""
    word = surname.group()
    if not (word.isupper() and len(word) > 2) or text[surname.end() : first.start()] != ", ":
        return False
    return ITEM_OPENS.search(text, max(0, surname.start() - 8), surname.start()) is not None


def _surname_column(text: str, name: re.Match, word: re.Match) -> bool:
    """'Samuel   TESFAYE': a surname in capitals in the next column of a table's row."""
    surname = word.group()
    return (
        surname.isupper()
        and len(surname) > 3
        and COLUMN_GAP.fullmatch(text, name.end(), word.start()) is not None
    )


def _first_name_column(text: str, word: re.Match, surname: re.Match) -> bool:
    """'Rahaf     HADDAD': a capitalised word opening a table's row, the next column a found
    surname in capitals."""
    line_start = text.rfind("\n", 0, word.start()) + 1
    return (
        surname.group().isupper()
        and word.group()[0].isupper()
        and not word.group().isupper()
        and not text[line_start : word.start()].strip()
        and COLUMN_GAP.fullmatch(text, word.end(), surname.start()) is not None
    )


def _lower_rare(word: str) -> bool:
    return word.islower() and is_rare_word(word) and not is_common_word(word)


def _linked_after_a_name(text: str, words: Sequence[re.Match], named: list[bool], i: int) -> bool:
    """Word `i` follows a named word, joined by "en", "et", "and" or "&"."""
    return any(0 <= j < i and named[j] and _linked(text, words, j, i) for j in (i - 1, i - 2))


def _linked_before_a_name(text: str, words: Sequence[re.Match], named: list[bool], i: int) -> bool:
    """Word `i` comes before a named word, joined by "en", "et", "and" or "&"."""
    return any(j < len(words) and named[j] and _linked(text, words, i, j) for j in (i + 1, i + 2))


def _linked_to_a_name(text: str, words: Sequence[re.Match], named: list[bool], i: int) -> bool:
    """Word `i` is joined by "en", "et", "and" or "&" to a named word on either side (a
    lower-case word so joined is a name only when rare: "Helen en kidane")."""
    return _linked_after_a_name(text, words, named, i) or _linked_before_a_name(
        text, words, named, i
    )


def _beside_a_name(
    text: str, words: Sequence[re.Match], named: list[bool], i: int, kind: Kind
) -> bool:
    """Word `i` is joined to a named word next to it (one space or a hyphen), or to a
    named word by "en"; a common word only after the name, or before it in the middle of
    a sentence."""
    mid_sentence = not sentence_start(text, words[i].start())
    if i > 0 and named[i - 1] and _joined(text, words[i - 1], words[i]):
        return True
    if i > 0 and named[i - 1] and _surname_column(text, words[i - 1], words[i]):
        return True
    if i + 1 < len(words) and named[i + 1] and _first_name_column(text, words[i], words[i + 1]):
        return True
    if _after_particles(text, words, named, i):
        return True
    if mid_sentence and _linked_after_a_name(text, words, named, i):
        return True
    # (a surname that is a word too opens its item as well: "SOW, Ousmane", "ZOMER, Fien")
    if i + 1 < len(words) and named[i + 1] and _surname_comma_first(text, words[i], words[i + 1]):
        return True
    if kind is Kind.COMMON and not mid_sentence:
        return False
    if i + 1 < len(words) and named[i + 1] and _joined(text, words[i], words[i + 1]):
        return True
    if kind is Kind.NAME and _before_particles(text, words, named, i):
        return True
    return _linked_before_a_name(text, words, named, i)
