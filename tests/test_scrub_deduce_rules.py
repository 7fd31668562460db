"""deduce's name rules as ``deduce_rules`` runs them, on invented sentences: what each kind
of rule finds (spans as deduce 3.0.6 itself finds them on these sentences). That they find
exactly what a default ``Deduce()`` finds on whole corpora is the slow test in
tests/test_scrub_engine.py.
"""

from __future__ import annotations

import pytest

from pipelines.scrubbing.recognizers.deduce_rules import name_rules, person_spans

CASES = [
    # a title and a surname; a first name widened over a particle and a surname
    ("Gesprek met dr. Jansen en met Jan de Vries.", ["dr. Jansen", "Jan de Vries"]),
    # a title, initials, a particle of two words (one token) and a surname
    ("Mevr. A.B. van der Berg belde.", ["Mevr. A.B. van der Berg"]),
    # an eponymous disease is no name
    ("Het kind heeft de ziekte van Crohn.", []),
    # hyphenated first names; names apart by " - " merged into one
    ("Piet-Jan Peeters en Els Maes - Willems kwamen.", ["Piet-Jan Peeters", "Els Maes - Willems"]),
    # a surname alone; an initial widened over the surname after it
    ("Opa Wouters zei dat J. Claes komt.", ["Wouters", "J. Claes"]),
]


@pytest.mark.parametrize(
    ("text", "names"),
    CASES,
    ids=["title_particle", "initials", "disease", "hyphens_merged", "initial"],
)
def test_deduce_rules_find_the_names(text, names):
    assert [text[start:end] for start, end in sorted(person_spans(text))] == names


def test_the_rules_are_read_from_deduces_configuration():
    rules = name_rules()
    assert len(rules.patterns) == 6  # deduce 3.0's token patterns of the names group
    assert [tag for _, tag in rules.lists] == ["voornaam", "achternaam"]
    assert [tag for _, tag in rules.diseases] == ["pseudo_name"]
    assert len(rules.context) == 5 and rules.iterative
