"""Fields that speak of the children: their names (when the note names them), age, school year.

Whether a note names the child is decided per note (Note.names_child); otherwise these fields
write a generic word ("het meisje", "le petit") instead of a name.
"""

from __future__ import annotations

from simulator.notes.family_fields import plant_person
from simulator.notes.formats import ordinal
from simulator.notes.note import FieldWriter, Note, NoteChild

__all__ = ["CHILD_FIELDS", "generic_child_word"]


def generic_child_word(note: Note, child: NoteChild | None) -> str:
    """A word for the child that does not name it: "de jongen", "la petite", "de baby"."""
    rng = note.rng
    age = note.age(child)
    sex = child.sex if child else "O"
    if note.fr:
        if age is not None and age < 1:
            return "le bébé"
        if sex == "M":
            return rng.choice(
                ("le garçon", "l'enfant", "le jeune" if (age or 0) > 11 else "le petit")
            )
        if sex == "V":
            return rng.choice(
                ("la fille", "l'enfant", "la jeune" if (age or 0) > 11 else "la petite")
            )
        return "l'enfant"
    if age is not None and age < 1:
        return "de baby"
    teen = age is not None and age >= 12
    if sex == "M":
        return rng.choice(
            ("de jongen", "de jongere" if teen else "het zoontje", "het kind", "de zoon")
        )
    if sex == "V":
        return rng.choice(
            ("het meisje", "de jongere" if teen else "het dochtertje", "het kind", "de dochter")
        )
    return "de jongere" if teen else "het kind"


def _name_in_some_form(note: Note, child: NoteChild) -> str:
    note.child_named = True
    first, last = child.first_name, child.last_name
    r = note.rng.random()
    if r < 0.30:
        return f"{first} {last}"
    if r < 0.68:
        return first
    if r < 0.76:
        return first.lower()
    if r < 0.84:
        return f"{last.upper()} {first}"
    if r < 0.89:
        return f"{last} {first}"
    if r < 0.94:
        return f"{first} {last[:1]}."
    return f"{first} ({note.field('child_age')})"


def _mother_surname(note: Note) -> str | None:
    return note.mother.last_name if note.mother is not None else None


def _planted(note: Note, child: NoteChild, classic: str, restyle: bool = True) -> str:
    first, last = child.first_name, child.last_name
    return plant_person(note, first, last, _mother_surname(note), classic, restyle=restyle)


def _child(note: Note) -> str:
    c = note.main_child
    if c is not None and note.names_child:
        return _planted(note, c, _name_in_some_form(note, c))
    return generic_child_word(note, c)


def _child_first_name(note: Note) -> str:
    # Mostly the first name, sometimes a generic word or just "hij"/"zij".
    c = note.main_child
    r = note.rng.random()
    if c is not None and note.names_child and r < 0.75:
        note.child_named = True
        name = c.first_name.lower() if r < 0.08 else c.first_name
        return _planted(note, c, name, restyle=False)
    if r < 0.9 or c is None:
        return generic_child_word(note, c)
    return note.field("he_she")


def _child_registered_name(note: Note) -> str:
    # The way a register lists the child: "Lina Peeters", "PEETERS Lina", "Peeters, Lina".
    c = note.main_child
    if c is not None and note.names_child:
        note.child_named = True
        r = note.rng.random()
        if r < 0.6:
            classic = f"{c.first_name} {c.last_name}"
        elif r < 0.85:
            classic = f"{c.last_name.upper()} {c.first_name}"
        else:
            classic = f"{c.last_name}, {c.first_name}"
        return _planted(note, c, classic)
    if note.rng.random() < 0.6:
        return "l'enfant" if note.fr else "kind"
    return generic_child_word(note, c)


def _child_for_label(note: Note) -> str:
    # After a label ("RRN Lina:", "Geboortedatum kind:").
    c = note.main_child
    if c is not None and note.names_child:
        note.child_named = True
        name = c.first_name if note.rng.random() < 0.7 else f"{c.first_name} {c.last_name}"
        return _planted(note, c, name, restyle=False)
    return "enfant" if note.fr else "kind"


def _child_full_name(note: Note) -> str:
    c = note.main_child
    if c is not None and note.names_child:
        note.child_named = True
        return _planted(note, c, f"{c.first_name} {c.last_name}")
    return generic_child_word(note, c)


def _child_age(note: Note) -> str:
    age = note.age(note.main_child)
    if age is None:
        return "âge inconnu" if note.fr else "leeftijd onbekend"
    if age == 0:
        b = note.main_child.birth_date if note.main_child else None
        months = max(1, (note.report_date - b).days // 30) if b else 6
        return f"{months} mois" if note.fr else f"{months} maanden"
    if note.fr:
        return f"{age} ans"
    return note.rng.choice((f"{age} jaar", f"{age} jaar", f"{age}j", f"{age} jaar oud"))


def _school_year(note: Note) -> str:
    age = note.age(note.main_child)
    if age is None:
        age = 8
    rng = note.rng
    if note.fr:
        if age < 3:
            return "à la crèche"
        if age < 6:
            return f"en {ordinal(age - 2, 'fr')} maternelle"
        if age < 12:
            return f"en {ordinal(age - 5, 'fr')} primaire"
        return f"en {ordinal(min(age - 11, 6), 'fr')} secondaire"
    if age < 3:
        return rng.choice(("de kinderopvang", "de crèche"))
    if age < 6:
        n = age - 2
        return rng.choice((f"de {ordinal(n, 'nl')} kleuterklas", f"K{n}"))
    if age < 12:
        n = age - 5
        return rng.choice((f"het {ordinal(n, 'nl')} leerjaar", f"het {n}e leerjaar", f"L{n}"))
    n = min(age - 11, 6)
    return rng.choice(
        (
            f"het {ordinal(n, 'nl')} middelbaar",
            f"het {ordinal(n, 'nl')} jaar secundair",
            f"de {ordinal((n + 1) // 2, 'nl')} graad",
        )
    )


def _he_she(note: Note) -> str:
    sex = note.main_child.sex if note.main_child else "O"
    if note.fr:
        return {"M": "il", "V": "elle"}.get(sex, "il/elle")
    return {"M": "hij", "V": note.rng.choice(("zij", "ze"))}.get(sex, "hij/zij")


def _him_her(note: Note) -> str:
    sex = note.main_child.sex if note.main_child else "O"
    return {"M": "hem", "V": "haar"}.get(sex, "hem/haar")


def _sibling(note: Note) -> str:
    rng = note.rng
    others = [c for c in note.children if c is not note.main_child]
    c = rng.choice(others) if others else None
    if c is None:
        return "un petit frère" if note.fr else "een broertje"
    age = note.age(c)
    if note.names_child:
        note.child_named = True
        name = c.first_name if rng.random() < 0.7 else f"{c.first_name} {c.last_name}"
        name = _planted(note, c, name)
        return f"{name} ({age})" if age is not None else name
    if note.fr:
        word = "une sœur" if c.sex == "V" else "un frère"
        return f"{word} de {age} ans" if age is not None else word
    word = "een zusje" if c.sex == "V" else "een broertje"
    return f"{word} van {age}" if age is not None else word


def _number_of_children(note: Note) -> str:
    n = len(note.children)
    if note.fr:
        return f"{n} enfant{'s' if n != 1 else ''}"
    return f"{n} kind{'eren' if n != 1 else ''}"


CHILD_FIELDS: dict[str, FieldWriter] = {
    "child": _child,
    "child_first_name": _child_first_name,
    "child_registered_name": _child_registered_name,
    "child_for_label": _child_for_label,
    "child_full_name": _child_full_name,
    "child_age": _child_age,
    "school_year": _school_year,
    "he_she": _he_she,
    "him_her": _him_her,
    "sibling": _sibling,
    "number_of_children": _number_of_children,
}
