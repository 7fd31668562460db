"""One note being written: what it is about, and its fields, each computed on first use.

A template sentence names fields in braces ("{child} zit in {school_year}."). A field is
computed by its writer the first time a sentence of the note uses it and then kept, so one
note calls the child the same way throughout; "{Child}" is that value with a capital.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from pipelines.contract.codes import VKS
from pipelines.provinces import province_of
from simulator.people import Family, Person, Reporter

__all__ = ["FieldWriter", "Note", "NoteChild"]


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
        lang: str,
        report_date: date,
        family: Family,
        children: list[NoteChild],
        reporter: Reporter,
        staff: str,
        writers: Mapping[str, FieldWriter],
    ) -> None:
        self.rng = rng
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
