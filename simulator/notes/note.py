"""One note being written: what it is about, and its fields, each computed on first use.

A template sentence names fields in braces ("{child} zit in {school_year}."). A field is
computed by its writer the first time a sentence of the note uses it and then kept, so one
note calls the child the same way throughout; "{Child}" is that value with a capital.

A note draws from two random streams. `rng` is the simulator's one stream, which the
structured data is drawn from too: the note's classic choices draw from it as they always
did, so the drops' other columns do not depend on how identifiers are written. `forms` is
the note's own wording stream: every written form of an identifier beyond the classic ones
(simulator/notes/forms.py) is drawn from it, and nothing else. Each identifier the note writes
is recorded in `planted` (kind, form, value, and the terms whose survival would be a leak).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from pipelines.contract.codes import VKS
from pipelines.provinces import province_of
from simulator.notes.forms import share
from simulator.people import Family, Person, Reporter

__all__ = ["FieldWriter", "Note", "NoteChild", "Planted"]


@dataclass(frozen=True)
class NoteChild:
    first_name: str
    last_name: str
    sex: str  # M, V, X or O
    age_years: int | None
    birth_date: date | None
    national_number: str | None  # 11 digits
    unborn: bool


FieldWriter = Callable[["Note"], str]


@dataclass(frozen=True)
class Planted:
    """An identifier a note wrote: its kind (the scrubber's entity type), the form it was
    written in ("classic" for the older notations), the text, and the terms of that text a
    scrubbed note must no longer contain (a name's parts, a street's name, the number)."""

    kind: str
    form: str
    value: str
    terms: tuple[str, ...]


def age_on(child: NoteChild, on: date) -> int | None:
    """The child's age in years on a date, None when neither age nor birth date is known."""
    if child.age_years is not None:
        return child.age_years
    if child.birth_date is not None:
        b = child.birth_date
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    return None


class Note:
    """What one note is about, and the values of the fields its sentences used so far."""

    __slots__ = (
        "rng",
        "forms",
        "planted",
        "dob_parent",
        "lang",
        "report_date",
        "family",
        "children",
        "main_child",
        "unborn",
        "reporter",
        "staff",
        "names_child",
        "names_parents",
        "child_named",
        "mother",
        "father",
        "father_is_partner",
        "vk",
        "parent_birth_dates",
        "_writers",
        "_values",
    )

    def __init__(
        self,
        rng: random.Random,
        forms: random.Random,
        lang: str,
        report_date: date,
        family: Family,
        children: list[NoteChild],
        reporter: Reporter,
        staff: str,
        writers: Mapping[str, FieldWriter],
    ) -> None:
        self.rng = rng
        self.forms = forms
        self.planted: list[Planted] = []
        # The parent whose birth date the note gave (a birth-date sentence names their role).
        self.dob_parent: Person | None = None
        self.lang = lang
        self.report_date = report_date
        self.family = family
        self.children = [c for c in children if not c.unborn]
        self.unborn = any(c.unborn for c in children)
        self.main_child: NoteChild | None = None
        if self.children:
            self.main_child = self.children[0] if rng.random() < 0.7 else rng.choice(self.children)
        self.reporter = reporter
        self.staff = staff
        # Whether this note may name the children and the parents (decided per note).
        self.names_child = False
        self.names_parents = False
        # Whether a sentence did name the main child (else a name-only sentence may follow).
        self.child_named = False
        self.mother: Person | None = None
        self.father: Person | None = None
        for p in family.parents:
            if p.sex == "V" and self.mother is None:
                self.mother = p
            elif p.sex == "M" and self.father is None:
                self.father = p
        # A man without the children's surname is mother's new partner, not their father.
        self.father_is_partner = (
            self.father is not None and self.father.last_name != family.last_name
        )
        province = province_of(family.address.postcode)
        self.vk = province if province in VKS else "ANT"
        self.parent_birth_dates: dict[str, date] = {}
        self._writers = writers
        self._values: dict[str, str] = {}

    @property
    def fr(self) -> bool:
        return self.lang == "fr"

    def age(self, child: NoteChild | None) -> int | None:
        return None if child is None else age_on(child, self.report_date)

    def plant(self, kind: str, form: str, value: str, terms: tuple[str, ...] = ()) -> str:
        """Record an identifier the note writes; returns the value."""
        self.planted.append(Planted(kind, form, value, terms or (value,)))
        return value

    def written(
        self, kind: str, classic: str, new: Callable[[random.Random], tuple[str, str]]
    ) -> str:
        """The classic notation, or (at the kind's share, from the wording stream) a form of
        forms.yaml; recorded either way. The classic one was drawn before, from `rng`."""
        if self.forms.random() < share(kind):
            form, value = new(self.forms)
            return self.plant(kind, form, value)
        return self.plant(kind, "classic", classic)

    def render_forms(self, template: str, values: Mapping[str, str]) -> str:
        """A sentence of forms.yaml: its fields are `values` (with {Capitalised} variants)
        and fields this note already computed; it never computes a field, so it draws
        nothing from `rng`."""
        known = dict(self._values)
        for key, value in values.items():
            known[key] = value
            known[key[:1].upper() + key[1:]] = value[:1].upper() + value[1:]
        return template.format_map(known)

    def computed(self, key: str) -> str | None:
        """The value of a field if a sentence of this note computed it, else None."""
        return self._values.get(key)

    def render(self, template: str) -> str:
        """The template sentence with its fields filled in."""
        return template.format_map(_Fields(self))

    def field(self, key: str) -> str:
        """The value of a field; a capitalised key is the value with a capital first letter."""
        value = self._values.get(key)
        if value is None:
            writer = self._writers.get(key)
            if writer is None:
                if not key[:1].isupper():
                    raise KeyError(f"no writer for the note field {key!r}")
                low = self.field(key[0].lower() + key[1:])
                value = low[:1].upper() + low[1:]
            else:
                value = writer(self)
            self._values[key] = value
        return value


class _Fields(dict):
    """A mapping for str.format_map that computes (and keeps) note fields on demand."""

    __slots__ = ("note",)

    def __init__(self, note: Note) -> None:
        super().__init__()
        self.note = note

    def __missing__(self, key: str) -> str:
        return self.note.field(key)
