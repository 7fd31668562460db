"""Composing a note: which sentences, how many, in what order.

A regular note opens with who reported, says what the worry is, and adds data sentences
(phone, address, national number...) at the rates below, then staff and filler sentences up
to a length drawn per note. A chat note (NPIE) is short and anonymous.

The sentences and their classic notations are drawn from the simulator's stream (`rng`);
the written forms of forms.yaml, the birth-date cues and the titled names of staff and
reporters from the note's own wording stream (`forms`), and only after the classic draws,
so the structured data drawn after a note does not depend on its wording.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from simulator.belgian_identifiers import is_mobile
from simulator.notes.case_fields import CASE_FIELDS
from simulator.notes.chat_fields import CHAT_FIELDS
from simulator.notes.child_fields import CHILD_FIELDS
from simulator.notes.family_fields import FAMILY_FIELDS, plant_person
from simulator.notes.forms import CONFIG, reporter_title, share, staff_title, terms_in
from simulator.notes.note import FieldWriter, Note, NoteChild, Planted
from simulator.notes.wording import TEMPLATES, Templates
from simulator.people import Family, Reporter
from simulator.reporters import HELPLINE, OWN_SURROUNDINGS, UNKNOWN_ORGANISATION

__all__ = ["WrittenNote", "compose_note", "write_note"]

# How often each kind of personal data leaks into a (non-empty, non-chat) note.
P_EMPTY = 0.08
P_CHILD_NAME = 0.62
P_PHONE = 0.30
P_ADDRESS = 0.25
P_NN = 0.10
P_DOB = 0.20
P_EMAIL = 0.08
P_IBAN = 0.02
P_PARENT_NAME = 0.40
P_STAFF_NAME = 0.30

# Number of sentences a note aims for (data sentences may push it up to 6).
_LENGTHS = (1, 2, 3, 4, 5, 6)
_LENGTH_WEIGHTS = (8, 17, 25, 23, 16, 11)

_FIELDS: dict[str, FieldWriter] = {}
for _group in (CHILD_FIELDS, FAMILY_FIELDS, CASE_FIELDS, CHAT_FIELDS):
    if _FIELDS.keys() & _group.keys():
        raise ValueError(f"note fields defined twice: {sorted(_FIELDS.keys() & _group.keys())}")
    _FIELDS.update(_group)


def _opening(n: Note, t: Templates, type_werking: str) -> str:
    rng = n.rng
    rep = n.reporter
    if type_werking == "MANO":
        return rng.choice(t["open_mano"])
    if rep.organisation == UNKNOWN_ORGANISATION:
        return rng.choice(t["open_unknown"])
    if rep.organisation == HELPLINE and rng.random() < 0.6:
        return rng.choice(t["open_1712"])
    if rep.organisation == OWN_SURROUNDINGS:
        options = [s for s in t["open_private"] if rep.name or "{reporter}" not in s]
        if rep.role == "de jongere zelf":
            # A youngster who reports itself gets the plain first sentence only.
            options = options[:1]
        return rng.choice(options)
    return rng.choice(t["open_named"] if rep.name else t["open_anon"])


def _pasted_data(n: Note, t: Templates, items: list[str]) -> str:
    """Many data items in one line, the way counsellors paste identification data."""
    rng = n.rng
    fr = n.fr
    parts: list[str] = []
    child_bits = []
    if "dob_child" in items:
        child_bits.append(
            "°{child_birth_date}"
            if rng.random() < 0.6
            else ("né(e) le {child_birth_date}" if fr else "geb. {child_birth_date}")
        )
    if "nn_child" in items:
        labels = ("RRN", "NN") if not fr else ("NN",)
        child_bits.append(rng.choice(labels) + " {child_national_number}")
    if child_bits:
        parts.append("{Child_registered_name} " + ", ".join(child_bits))
    for item in items:
        if item == "addr":
            parts.append(
                rng.choice(("{address}", "adresse {address}" if fr else "adres {address}"))
            )
        elif item == "phone":
            parts.append(
                rng.choice(("tel. {family_phone}", "gsm {family_phone}", "{family_phone}"))
            )
        elif item == "rep_phone":
            parts.append("déclarant {reporter_phone}" if fr else "melder {reporter_phone}")
        elif item == "email":
            parts.append(
                rng.choice(("mail {parent_email}", "{parent_email}", "e-mail: {parent_email}"))
            )
        elif item == "rep_email":
            parts.append(
                "mail déclarant {reporter_email}" if fr else "mail melder {reporter_email}"
            )
        elif item == "iban":
            parts.append("compte {iban}" if fr else "rek. {iban}")
        elif item == "nn_parent":
            parts.append(
                "NN {parent} {parent_national_number}"
                if fr
                else "RRN {parent} {parent_national_number}"
            )
        elif item == "dob_parent":
            parts.append("{parent} °{parent_birth_date}")
    sep = rng.choice((", ", " - ", "; ", " | "))
    return n.render(rng.choice(t["dump_prefix"]) + sep.join(parts) + ".")


def _cued_birth_date(n: Note, item: str, sentence: str) -> str:
    """The birth-date sentence, or (from the wording stream) one with another cue: "geb.",
    "°", "DOB", "née le", "Lotte, 14/03/2015,", "geboren in Gent op ..."."""
    who = "child" if item == "dob_child" else "parent"
    dob = n.computed(f"{who}_birth_date")
    forms = n.forms
    if not dob or forms.random() >= share("DOB_CUE"):
        return sentence
    cue = forms.choice(CONFIG["dob_cues"][n.lang][who])
    values = {"dob": dob, "place": n.family.address.municipality}
    if who == "child":
        c = n.main_child
        sex = c.sex if c is not None else "O"
        if c is not None and n.names_child:
            mother = n.mother.last_name if n.mother else None
            values["name"] = plant_person(
                n, c.first_name, c.last_name, mother, c.first_name, plain_form="dob_cue_name"
            )
        else:
            values["name"] = forms.choice(CONFIG["child_words"][n.lang])
    else:
        sex = n.dob_parent.sex if n.dob_parent is not None else "V"
        values["relation"] = CONFIG["relations"][n.lang][sex if sex in ("M", "V") else "V"]
    values["born"] = CONFIG["born"]["M" if sex == "M" else "V"]
    for i in range(len(n.planted) - 1, -1, -1):
        p = n.planted[i]
        if p.kind == "DATE_OF_BIRTH" and p.value == dob:
            n.planted[i] = replace(p, form=f"{p.form}+cue_{cue['cue']}")
            break
    return n.render_forms(cue["text"], values)


def _titled_staff(n: Note) -> str:
    # The staff sentence this one replaces named the counsellor the classic way: that
    # record goes, or the name in this sentence would count for both forms.
    parts = set(n.staff.split(" ", 1)) | {n.staff}
    n.planted[:] = [
        p
        for p in n.planted
        if not (p.form == "classic" and p.kind == "PERSON" and p.value in parts)
    ]
    form, titled = staff_title(n.staff, n.lang, n.forms)
    n.plant("PERSON", f"staff_{form}", titled, terms_in(titled, tuple(n.staff.split(" ", 1))))
    sentence = n.forms.choice(CONFIG["staff_sentences"][n.lang])
    return n.render_forms(sentence, {"staff_titled": titled})


def _titled_reporter(n: Note) -> str | None:
    name = n.reporter.name
    if not name or n.forms.random() >= share("REPORTER_TITLE"):
        return None
    titled = reporter_title(name, n.reporter.role, n.lang, n.forms)
    if titled is None:
        return None
    form, value = titled
    n.plant("PERSON", f"reporter_{form}", value, terms_in(value, tuple(name.split(" ", 1))))
    sentence = n.forms.choice(CONFIG["reporter_sentences"][n.lang])
    return n.render_forms(sentence, {"reporter_titled": value})


def _regular(n: Note, type_werking: str, problem_codes: list[str]) -> str:
    rng = n.rng
    t = TEMPLATES[n.lang]
    r = rng.random
    n.names_child = r() < P_CHILD_NAME
    n.names_parents = r() < P_PARENT_NAME
    has_rep_phone = n.reporter.phone is not None

    data: list[str] = []
    if r() < P_PHONE:
        data.append("rep_phone" if has_rep_phone and r() < 0.25 else "phone")
    if r() < P_ADDRESS:
        data.append("addr")
    if r() < P_NN:
        has_child_nn = any(k.national_number for k in n.children)
        data.append("nn_child" if has_child_nn and n.main_child else "nn_parent")
    if r() < P_DOB:
        data.append(
            "dob_child" if n.main_child is not None and n.main_child.birth_date else "dob_parent"
        )
    if r() < P_EMAIL:
        data.append("rep_email" if n.reporter.name and r() < 0.25 else "email")
    if r() < P_IBAN:
        data.append("iban")
    if "dob_child" in data and "nn_child" in data and r() < 0.5:
        data.remove("nn_child")
        data[data.index("dob_child")] = "dob_nn"

    codes = [c for c in problem_codes if c in t] or ["ONBEKEND"]
    main_age = n.age(n.main_child)
    young = main_age is not None and main_age < 4
    if n.main_child is None and n.unborn:
        core = [rng.choice(t["unborn"])]
    else:
        core = [rng.choice(t["young" if young and r() < 0.8 else rng.choice(codes)])]
    if len(codes) > 1 and r() < 0.35:
        second = rng.choice(t["young" if young else rng.choice(codes)])
        if second != core[0]:
            core.append(second)

    head = _opening(n, t, type_werking) if type_werking == "MANO" or r() < 0.7 else None
    target = rng.choices(_LENGTHS, weights=_LENGTH_WEIGHTS)[0]

    data_sentences: list[str] = []
    n_fixed = len(core) + (head is not None) + len(data)
    if len(data) >= 3 and (r() < 0.5 or n_fixed > 6):
        data_sentences.append(_pasted_data(n, t, data))
    else:
        for item in data:
            if item == "phone" and not is_mobile(n.family.phone):
                # "Gsm mama: ..." only for mobile numbers.
                tpl = rng.choice([s for s in t["phone"] if not s.lower().startswith("gsm")])
            else:
                tpl = rng.choice(t[item])
            sentence = n.render(tpl)
            if item in ("dob_child", "dob_parent"):
                sentence = _cued_birth_date(n, item, sentence)
            data_sentences.append(sentence)

    sentences_core = [n.render(s) for s in core]
    head_s = n.render(head) if head is not None else None
    extra: list[str] = []
    room = 6 - len(sentences_core) - len(data_sentences) - (head_s is not None)
    if n.names_parents and room > 0 and len(n.family.parents) and r() < 0.3:
        extra.append(n.render(rng.choice(t["parents"])))
        room -= 1
    if n.names_child and not n.child_named and n.main_child is not None and room > 0:
        extra.append(n.render(rng.choice(t["name_only"])))
        room -= 1
    staff_s = None
    if room > 0 and r() < P_STAFF_NAME:
        staff_s = n.render(rng.choice(t["staff"]))
        if n.forms.random() < share("STAFF"):
            staff_s = _titled_staff(n)
        room -= 1
    if room > 0 and len(n.children) > 1 and r() < 0.3:
        extra.append(n.render(rng.choice(t["sibling"])))
        room -= 1
    have = (
        len(sentences_core)
        + len(data_sentences)
        + len(extra)
        + (head_s is not None)
        + (staff_s is not None)
    )
    while have < target and room > 0:
        if main_age is not None and r() < 0.3:
            # Toddlers get their age mentioned, not a school year.
            s = n.render(t["filler_kid"][1] if main_age < 3 else rng.choice(t["filler_kid"]))
        else:
            s = n.render(rng.choice(t["filler"]))
        if s not in extra:
            extra.append(s)
        have += 1
        room -= 1

    # Vary sentence order: usually opening -> problem -> rest, but not always.
    middle = data_sentences + extra
    order = r()
    if order < 0.6:
        rng.shuffle(middle)
        out = ([head_s] if head_s else []) + sentences_core + middle
    elif order < 0.72:
        out = data_sentences + ([head_s] if head_s else []) + sentences_core + extra
    elif order < 0.9:
        body = sentences_core + middle
        rng.shuffle(body)
        out = ([head_s] if head_s else []) + body
    else:
        out = sentences_core + ([head_s] if head_s else []) + middle
    if staff_s:
        if r() < 0.8:
            out.append(staff_s)
        else:
            out.insert(rng.randrange(len(out) + 1), staff_s)
    reporter_s = _titled_reporter(n)
    if reporter_s:
        out.insert(1 + int(n.forms.random() * len(out)), reporter_s)
    joiner = "\n" if r() < 0.15 else " "
    text = joiner.join(out)
    if r() < 0.02:  # typed in a hurry, all lower case
        text = text.lower()
    return text


def _chat(n: Note, problem_codes: list[str]) -> str:
    rng = n.rng
    t = TEMPLATES[n.lang]
    r = rng.random
    age = n.age(n.main_child)
    known_age = age is not None and age >= 10  # chatters are youngsters; ignore odd ages
    openers = t["npie_open"] if known_age else [s for s in t["npie_open"] if "{child_age}" not in s]
    out = [rng.choice(openers)]
    if r() < 0.25:
        out.append(rng.choice(t["npie_nick"]))
    code = rng.choice(problem_codes) if problem_codes else "ONBEKEND"
    out.append(rng.choice(t.get(f"npie_{code}", t["npie_ONBEKEND"])))
    if r() < 0.25:
        schools = [s for s in t["npie_school"] if known_age or "{school_year}" not in s]
        out.append(rng.choice(schools))
    if r() < 0.05:
        out.append(rng.choice(t["npie_phone"]))
    if r() < 0.05:
        out.append(rng.choice(t["npie_email"]))
    if r() < 0.02:
        out.append(rng.choice(t["npie_surname"]))
    if len(out) < 6 and r() < 0.7:
        out.append(rng.choice(t["npie_close"]))
    return " ".join(n.render(s) for s in out)


@dataclass(frozen=True)
class WrittenNote:
    """A note's text and the identifiers it contains, as they are written in it."""

    text: str
    planted: tuple[Planted, ...]


def _in_text(text: str, planted: list[Planted]) -> tuple[Planted, ...]:
    # A field may be computed for a sentence that was then replaced, and a note typed in a
    # hurry is all lower case: keep what the text contains, as the text writes it.
    low = text.lower()
    same_length = len(low) == len(text)
    found: dict[tuple[str, str, str], Planted] = {}
    for p in planted:
        at = low.find(p.value.lower()) if same_length else text.find(p.value)
        if at < 0:
            continue
        value = text[at : at + len(p.value)]
        terms = terms_in(value, p.terms)
        if terms:
            found.setdefault((p.kind, p.form, value), Planted(p.kind, p.form, value, terms))
    return tuple(found.values())


def _state_digest(rng: random.Random) -> bytes:
    # hash() of the state is no seed: the state holds None, whose hash is its address in
    # Python 3.11, so the wording differed from one process to the next.
    version, words, gauss = rng.getstate()
    return hashlib.blake2b(repr((version, words, gauss)).encode(), digest_size=16).digest()


def write_note(rng: random.Random, **note: Any) -> str | None:
    """A free-text case note (Dutch, or French for language "fr"), or None (~8%); the
    arguments are those of compose_note."""
    written = compose_note(rng, **note)
    return written.text if written is not None else None


def compose_note(
    rng: random.Random,
    *,
    report_date: date,
    type_werking: str,
    problem_codes: list[str],
    family: Family,
    children: list[NoteChild],
    reporter: Reporter,
    staff_name: str,
    language: str,
    forms: random.Random | None = None,
) -> WrittenNote | None:
    """The note of write_note with the identifiers it plants. `forms` is the wording
    stream; without one, it is seeded from `rng`'s state, which it leaves as it was."""
    if forms is None:
        forms = random.Random(_state_digest(rng))
    if rng.random() < P_EMPTY:
        return None
    lang = "fr" if language == "fr" else "nl"
    note = Note(rng, forms, lang, report_date, family, children, reporter, staff_name, _FIELDS)
    if type_werking == "NPIE":
        text = _chat(note, problem_codes)
    else:
        text = _regular(note, type_werking, problem_codes)
    return WrittenNote(text, _in_text(text, note.planted))
