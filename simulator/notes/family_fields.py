"""Fields that speak of the family: parents, and the personal data notes leak.

Parents are named only when the note names them (Note.names_parents). Phones, addresses,
national numbers, birth dates, e-mail addresses and IBANs are written in the varied notations
counsellors type, so the scrubber meets them all.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from itertools import accumulate

from simulator.belgian_identifiers import (
    national_number,
    random_iban,
    render_national_number,
    render_phone,
)
from simulator.notes.formats import random_date_notation, slug
from simulator.notes.forms import (
    account_or_iban,
    address_form,
    birth_date_form,
    name_variants,
    national_number_form,
    person_form,
    phone_form,
    share,
    terms_in,
)
from simulator.notes.note import FieldWriter, Note
from simulator.notes.wording import MAIL_DOMAIN_WEIGHTS, MAIL_DOMAINS, PERPETRATORS
from simulator.people import Person

__all__ = ["FAMILY_FIELDS", "email_address", "plant_person"]

_MAIL_DOMAIN_CUM = tuple(accumulate(MAIL_DOMAIN_WEIGHTS))


# ---- parents ---------------------------------------------------------------------------------


def _parent_reference(note: Note, p: Person | None, sex: str) -> str:
    rng = note.rng
    fr = note.fr
    if sex == "V":
        generic = ("la mère", "maman") if fr else ("moeder", "mama", "de moeder")
        titles = ("Mme",) if fr else ("mevrouw", "mevr.")
        words = ("la mère", "maman") if fr else ("moeder", "mama")
    elif note.father_is_partner:
        generic = (
            ("le beau-père", "le compagnon de maman")
            if fr
            else ("de stiefvader", "de partner van mama", "de nieuwe vriend van moeder")
        )
        titles = ("M.",) if fr else ("dhr.", "meneer")
        words = ("le beau-père",) if fr else ("stiefvader", "de partner van mama")
    else:
        generic = ("le père", "papa") if fr else ("vader", "papa", "de vader")
        titles = ("M.",) if fr else ("dhr.", "meneer")
        words = ("le père", "papa") if fr else ("vader", "papa")
    if p is None or not note.names_parents:
        return rng.choice(generic)
    r = rng.random()
    if r < 0.35:
        classic = f"{rng.choice(words)} {p.first_name} {p.last_name}"
    elif r < 0.6:
        classic = f"{rng.choice(words)} ({p.first_name})"
    elif r < 0.85:
        classic = f"{rng.choice(titles)} {p.last_name}"
    else:
        classic = f"{p.first_name} {p.last_name} ({rng.choice(words)})"
    return plant_person(note, p.first_name, p.last_name, None, classic, words + titles)


def plant_person(
    note: Note,
    first: str,
    last: str,
    mother_last: str | None,
    classic: str,
    prefixes: tuple[str, ...] = (),
    restyle: bool = True,
    plain_form: str = "classic",
) -> str:
    """The classic way of naming a person, or (from the wording stream) a form of
    forms.yaml after one of the prefixes; the name's parts are recorded as planted, the
    classic way under `plain_form`."""
    value, form = classic, plain_form
    forms = note.forms
    if restyle and forms.random() < share("PERSON"):
        form, name = person_form(first, last, mother_last, forms)
        value = f"{forms.choice(prefixes)} {name}" if prefixes else name
    terms = terms_in(value, name_variants(first, last, mother_last))
    if terms:
        note.plant("PERSON", form, value, terms)
    return value


def _mother(note: Note) -> str:
    return _parent_reference(note, note.mother, "V")


def _father(note: Note) -> str:
    return _parent_reference(note, note.father, "M")


def _parent(note: Note) -> str:
    if note.mother and (note.father is None or note.rng.random() < 0.5):
        return note.field("mother")
    return note.field("father")


def _perpetrator(note: Note) -> str:
    if note.father is not None and note.rng.random() < 0.35:
        return note.field("father")
    return note.rng.choice(PERPETRATORS[note.lang])


def _parents(note: Note) -> str:
    names = [
        plant_person(note, p.first_name, p.last_name, None, f"{p.first_name} {p.last_name}")
        for p in note.family.parents
    ]
    if note.fr:
        if len(names) == 1:
            return f"{'sa mère' if note.mother else 'son père'} {names[0]}"
        return " et ".join(names)
    if len(names) == 1:
        return f"{'alleenstaande moeder' if note.mother else 'vader'} {names[0]}"
    if note.father_is_partner:
        return f"{names[0]} en haar partner {names[1]}"
    return " en ".join(names)


def _family(note: Note) -> str:
    if note.names_parents or note.names_child:
        last = note.family.last_name
        value = f"la famille {last}" if note.fr else f"het gezin {last}"
        return note.plant("PERSON", "classic", value, (last,))
    return "la famille" if note.fr else "het gezin"


# ---- the parents' personal data --------------------------------------------------------------


def _parent_for_data(note: Note) -> Person:
    parents = note.family.parents
    return parents[0] if len(parents) == 1 or note.rng.random() < 0.6 else parents[1]


def _birth_date_of(note: Note, p: Person) -> date:
    # Drawn once per parent and note, so the birth date and national number agree.
    key = p.first_name + p.last_name
    d = note.parent_birth_dates.get(key)
    if d is None:
        rng = note.rng
        d = date(
            note.report_date.year - rng.randint(21, 52), rng.randint(1, 12), rng.randint(1, 28)
        )
        note.parent_birth_dates[key] = d
    return d


def written_birth_date(note: Note, d: date) -> str:
    """A birth date in a classic notation (drawn from `rng`) or a form of forms.yaml."""
    classic = random_date_notation(d, note.rng, note.lang)
    return note.written(
        "DATE_OF_BIRTH", classic, lambda forms: birth_date_form(d, note.lang, forms)
    )


def written_national_number(note: Note, nn: str) -> str:
    classic = render_national_number(nn, note.rng)
    return note.written("NATIONAL_NUMBER", classic, lambda forms: national_number_form(nn, forms))


def _parent_birth_date(note: Note) -> str:
    p = _parent_for_data(note)
    note.dob_parent = p
    return written_birth_date(note, _birth_date_of(note, p))


def _parent_national_number(note: Note) -> str:
    p = _parent_for_data(note)
    rng = note.rng
    serial = rng.randrange(1, 998, 2) if p.sex == "M" else rng.randrange(2, 998, 2)
    return written_national_number(note, national_number(_birth_date_of(note, p), serial))


def email_address(note: Note, first: str, last: str) -> str:
    """A private e-mail address made of a person's name, at a common Belgian provider."""
    rng = note.rng
    f, ln = slug(first), slug(last)
    x = rng.random() * _MAIL_DOMAIN_CUM[-1]
    domain = MAIL_DOMAINS[min(bisect_right(_MAIL_DOMAIN_CUM, x), len(MAIL_DOMAINS) - 1)]
    yy = rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(0, 9)
    style = rng.randrange(7)
    local = (
        f"{f}.{ln}",
        f"{f}{ln}",
        f"{f}.{ln}{yy}",
        f"{f}_{ln}",
        f"{ln}.{f}",
        f"{f[:1]}{ln}",
        f"{f}{yy:02d}",
    )[style]
    return f"{local}@{domain}"


def _parent_email(note: Note) -> str:
    p = _parent_for_data(note)
    return note.plant("EMAIL", "classic", email_address(note, p.first_name, p.last_name))


# ---- contact data and identifiers ------------------------------------------------------------


def _written_phone(note: Note, phone: str) -> str:
    classic = render_phone(phone, note.rng)
    return note.written("PHONE", classic, lambda forms: phone_form(phone, forms))


def _family_phone(note: Note) -> str:
    return _written_phone(note, note.family.phone)


def _reporter_phone(note: Note) -> str:
    return _written_phone(note, note.reporter.phone or note.family.phone)


def _address(note: Note) -> str:
    classic = _classic_address(note)
    a = note.family.address
    if note.forms.random() < share("ADDRESS"):
        form, value, street = address_form(a, note.lang, note.forms)
        return note.plant("ADDRESS", form, value, (street,))
    return note.plant("ADDRESS", "classic", classic, (a.street,))


def _classic_address(note: Note) -> str:
    a = note.family.address
    rng = note.rng
    r = rng.random()
    if note.fr:
        box = f" bte {a.box}" if a.box else ""
        if r < 0.5:
            return f"{a.street} {a.house_number}{box}, {a.postcode} {a.municipality}"
        if r < 0.8:
            slash = f"/{a.box}" if a.box else ""
            return f"{a.street}, {a.house_number}{slash} - {a.postcode} {a.municipality}"
        return f"{a.street} {a.house_number}{box} à {a.municipality}"
    b = rng.random()
    if not a.box:
        box = ""
    elif b < 0.5:
        box = f" bus {a.box}"
    elif b < 0.75:
        box = f"/{a.box}"
    elif b < 0.9:
        box = f" b{a.box}"
    else:
        box = f" (bus {a.box})"
    street = f"{a.street} {a.house_number}{box}"
    if r < 0.45:
        return f"{street}, {a.postcode} {a.municipality}"
    if r < 0.6:
        return f"{street} te {a.postcode} {a.municipality}"
    if r < 0.72:
        return f"{street} in {a.municipality}"
    if r < 0.82:
        return f"{street} - {a.postcode} {a.municipality}"
    if r < 0.9:
        return f"{a.postcode} {a.municipality}, {street}"
    if r < 0.95:
        return f"{a.street} nr. {a.house_number}{box}, {a.municipality}"
    return f"{street} te {a.municipality}"


def _iban(note: Note) -> str:
    classic = random_iban(note.rng)
    return note.written("IBAN", classic, lambda forms: account_or_iban(classic, forms))


def _child_national_number(note: Note) -> str:
    c = note.main_child
    nn = c.national_number if c is not None and c.national_number else None
    if nn is None:
        nn = next((k.national_number for k in note.children if k.national_number), None)
    if not nn:
        return render_national_number("", note.rng)
    return written_national_number(note, nn)


def _child_birth_date(note: Note) -> str:
    c = note.main_child
    d = c.birth_date if c is not None else None
    return written_birth_date(note, d) if d else ""


FAMILY_FIELDS: dict[str, FieldWriter] = {
    "mother": _mother,
    "father": _father,
    "parent": _parent,
    "perpetrator": _perpetrator,
    "parents": _parents,
    "family": _family,
    "parent_birth_date": _parent_birth_date,
    "parent_national_number": _parent_national_number,
    "parent_email": _parent_email,
    "family_phone": _family_phone,
    "reporter_phone": _reporter_phone,
    "address": _address,
    "iban": _iban,
    "child_national_number": _child_national_number,
    "child_birth_date": _child_birth_date,
}
