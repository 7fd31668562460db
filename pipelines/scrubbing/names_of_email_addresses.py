"""A name written in an e-mail address, over what every recognizer found: the words of an
address's name part stand for its owner wherever the note writes them alone, in any case
("Van: fitsum kahsay <fitsum_kahsay81@hotmail.com>", "groeten, fitsum"): an address of two
words or more, each a listed name or a word rare in every language. A word no name is (a
service's, a place's, a common word: "vk.antwerpen@", "onthaal.gent@") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.scrubbing.recognizers.name_words import Kind, kind_of
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.vocabulary import is_rare_word

EMAIL = "EMAIL"
PERSON = "PERSON"
# the name part's words: letters apart by dots, underscores, hyphens, digits
LOCAL_WORD = re.compile(r"[^\W\d_]{3,}")
WORD = re.compile(r"(?<![\w@.'’\-])[^\W\d_]{3,}(?![\w@'’\-]|\.[^\W\d_])")


def names_of_email_addresses(
    text: str, found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` (start, end, type) and the words of its e-mail addresses' name parts that
    are names, wherever they stand alone in `text`."""
    words = set()
    for start, end, kind in found:
        if kind == EMAIL:
            local = LOCAL_WORD.findall(text[start:end].split("@", 1)[0])
            if len(local) >= 2:  # a person's: "fitsum_kahsay81", not "secretariaat"
                words.update(word.lower() for word in local)
    first_names, surnames = name_lists()
    names = {
        word
        for word in words
        if kind_of(word.capitalize()) is Kind.NAME
        and (word in first_names or word in surnames or is_rare_word(word))
    }
    if not names:
        return list(found)
    added = [
        (match.start(), match.end(), PERSON)
        for match in WORD.finditer(text)
        if match.group().lower() in names
    ]
    return [*found, *added]
