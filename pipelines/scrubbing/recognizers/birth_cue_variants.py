"""Two cues of a date of birth that the cue patterns of date_of_birth.py do not read.

- A form's label misspelt by the person who fills it in, right before the date and its
  colon ("gebortedatum: 21082013"): one slip (vocabulary.one_slip) from a one-word birth
  label of data/birth_cues.txt's [label] section of eight letters or more (not a label of
  several words, "date de naisance", nor a cue of another section, "Geburtsdatun").
- The date of birth of someone named in the sentence, then its verb ("la date de naissance
  de ma fille Lucie Delvaux est le 12092017", "de geboortedatum van onze zoon Jonas is 3 mei
  2016", "the date of birth of my son is"): more words between the cue and the date than the
  cue patterns allow, but only those of whose date it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.scrubbing.data import data_sections
from pipelines.scrubbing.recognizers.vocabulary import one_slip

__all__ = ["birth_date_of_someone_before", "misspelt_label_before"]

SHORTEST_LABEL = 8
LABEL_BEFORE = re.compile(r"(?<![\w.])(?P<label>[^\W\d_]{7,24})[ \t]*:[ \t]*\Z")
LABEL_REACH = 30
# the cue, "of", at most six words on the same line without a sentence's end, the verb
BIRTH_DATE_OF_SOMEONE = re.compile(
    r"(?<![\w'’])(?i:date[ \t]+de[ \t]+naissance[ \t]+d[e'’]|geboortedatum[ \t]+van"
    r"|date[ \t]+of[ \t]+birth[ \t]+of|geburtsdatum[ \t]+(?:von|des|der))"
    r"(?:[ \t]*[^\W\d][\w'’\-]*){1,6}?[ \t]+(?i:est|is|ist|was|était|war)"
    r"(?:[ \t]+(?i:le|op|on|am|de|the))?[ \t]*:?[ \t]*\Z"
)
SOMEONE_REACH = 90


@lru_cache(maxsize=1)
def _one_word_labels() -> tuple[str, ...]:
    labels = data_sections("birth_cues.txt")["label"]
    return tuple(
        label.lower() for label in labels if " " not in label and len(label) >= SHORTEST_LABEL
    )


def misspelt_label_before(text: str, start: int) -> bool:
    """A birth label misspelt by one slip right before `start`, its colon after it."""
    found = LABEL_BEFORE.search(text, max(0, start - LABEL_REACH), start)
    if found is None:
        return False
    label = found.group("label").lower()
    return any(one_slip(label, known) for known in _one_word_labels())


def birth_date_of_someone_before(text: str, start: int) -> bool:
    """ "The date of birth of <someone> is" right before `start`."""
    return BIRTH_DATE_OF_SOMEONE.search(text, max(0, start - SOMEONE_REACH), start) is not None
