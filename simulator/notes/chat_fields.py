"""Fields of chat notes (NPIE): an anonymous youngster who now and then gives a name or number."""

from __future__ import annotations

from simulator.belgian_identifiers import random_phone
from simulator.notes.formats import slug
from simulator.notes.note import FieldWriter, Note
from simulator.notes.wording import CHAT_PERPETRATORS
from simulator.reporters import SCHOOLS, TOWNS

__all__ = ["CHAT_FIELDS"]


def _chatter(note: Note) -> str:
    sex = note.main_child.sex if note.main_child else "O"
    if note.fr:
        return {"M": "un garçon", "V": "une fille"}.get(sex, "un(e) jeune")
    return {"M": "een jongen", "V": "een meisje"}.get(sex, "een jongere")


def _chat_name(note: Note) -> str:
    c = note.main_child
    name = c.first_name if c is not None else note.rng.choice(("Sam", "Lou", "Noa"))
    return note.plant("PERSON", "classic", name.lower() if note.rng.random() < 0.15 else name)


def _chat_surname(note: Note) -> str:
    c = note.main_child
    return note.plant("PERSON", "classic", c.last_name if c is not None else note.family.last_name)


def _chat_perpetrator(note: Note) -> str:
    return note.rng.choice(CHAT_PERPETRATORS[note.lang])


def _school(note: Note) -> str:
    school = note.rng.choice(SCHOOLS)
    return f"{school} in {note.field('city')}" if note.rng.random() < 0.5 else school


def _city(note: Note) -> str:
    return note.rng.choice(TOWNS.get(note.vk, TOWNS["ANT"]))


def _chat_phone(note: Note) -> str:
    return note.plant("PHONE", "classic", random_phone(note.rng, mobile_share=1.0))


def _chat_email(note: Note) -> str:
    rng = note.rng
    nick = slug(note.field("chat_name")) or "anoniem"
    year = note.report_date.year - (note.age(note.main_child) or rng.randint(11, 17))
    local = rng.choice(
        (
            f"{nick}{year}",
            f"xx_{nick}_xx",
            f"{nick}.{rng.randint(1, 99)}",
            f"{nick}{rng.choice(('tje', 'ke', 'ie'))}",
        )
    )
    address = f"{local}@{rng.choice(('hotmail.com', 'gmail.com', 'outlook.be'))}"
    return note.plant("EMAIL", "classic", address)


CHAT_FIELDS: dict[str, FieldWriter] = {
    "chatter": _chatter,
    "chat_name": _chat_name,
    "chat_surname": _chat_surname,
    "chat_perpetrator": _chat_perpetrator,
    "school": _school,
    "city": _city,
    "chat_phone": _chat_phone,
    "chat_email": _chat_email,
}
