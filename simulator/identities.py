"""Fake families, children's names, reporters and staff for the VK source-system simulator.

Everything is invented: names come from Faker's locale word lists plus the lists in
simulator/data, addresses combine common street names with real postcode/municipality pairs,
so that the downstream scrubber sees realistic (but fake) Belgian personal data.
"""

from __future__ import annotations

import random

from simulator.addresses import VKS_WITH_ADDRESSES, random_address
from simulator.belgian_identifiers import random_phone
from simulator.names import NamePools, french_share, without_turkish_letters
from simulator.people import Family, Person, Reporter
from simulator.reporters import organisation_and_role

__all__ = ["IdentityFactory"]

# Origins of the VK staff who are not Flemish.
_STAFF_ORIGINS = ("french_belgian", "moroccan", "turkish", "italian", "congolese", "polish")


class IdentityFactory:
    """Deterministic source of fake families, children's names, reporters, staff and phones."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._names = NamePools(seed, self._rng)

    # ---- people -------------------------------------------------------------------------

    def _person(self, origin: str, sex: str, last_name: str | None = None) -> Person:
        return Person(
            first_name=self._names.adult_first_name(origin, sex),
            last_name=last_name or self._names.last_name(origin, sex),
            sex=sex,
        )

    def _any_name(self, vk: str, flemish_share: float) -> str:
        rng = self._rng
        origin = "flemish" if rng.random() < flemish_share else self._names.origin(vk)
        sex = "V" if rng.random() < 0.6 else "M"
        return self._person(origin, sex).full_name

    def _other_origin(self, origin: str, vk: str) -> str:
        # Mixed couples: mostly with a Flemish (or, in Brussels, French-Belgian) partner.
        if origin != "flemish":
            return "french_belgian" if vk == "BRU" and self._rng.random() < 0.6 else "flemish"
        return self._names.origin(vk)

    def _mother_origin(self, origin: str, vk: str) -> str:
        return self._other_origin(origin, vk) if self._rng.random() < 0.12 else origin

    def _phone(self, vk: str | None, mobile_share: float = 0.75) -> str:
        return random_phone(self._rng, mobile_share=mobile_share, vk=vk)

    # ---- public API ---------------------------------------------------------------------

    def family(self, vk: str) -> Family:
        """A family living inside the VK's province, with 1-2 listed parents."""
        if vk not in VKS_WITH_ADDRESSES:
            raise ValueError(f"unknown VK code {vk!r}")
        rng = self._rng
        origin = self._names.origin(vk)
        language = "fr" if rng.random() < french_share(origin, vk == "BRU") else "nl"
        ascii_turkish = origin == "turkish" and rng.random() < 0.6

        family_last = self._names.last_name(origin)
        r = rng.random()
        parents: tuple[Person, ...]
        if r < 0.60:  # two parents; Belgian women keep their own surname
            parents = (
                self._person(origin, "M", family_last),
                self._person(self._mother_origin(origin, vk), "V"),
            )
        elif r < 0.83:  # single mother; children carry her name or the absent father's
            mother = self._person(self._mother_origin(origin, vk), "V")
            if rng.random() < 0.4:
                mother = Person(mother.first_name, family_last, "V")
            parents = (mother,)
        elif r < 0.91:  # single father
            parents = (self._person(origin, "M", family_last),)
        else:  # mother with a new partner
            parents = (
                self._person(self._mother_origin(origin, vk), "V"),
                self._person(self._other_origin(origin, vk), "M"),
            )
        if ascii_turkish:
            family_last = without_turkish_letters(family_last)
            parents = tuple(
                Person(
                    without_turkish_letters(p.first_name),
                    without_turkish_letters(p.last_name),
                    p.sex,
                )
                for p in parents
            )
        return Family(
            last_name=family_last,
            origin=origin,
            address=random_address(rng, vk, language),
            parents=parents,
            phone=self._phone(vk, mobile_share=0.8),
            language=language,
        )

    def child_first_name(self, family: Family, sex: str) -> str:
        """A first name for a child of this family; sex is M, V, X (other) or O (unknown)."""
        rng = self._rng
        if sex == "X" and rng.random() < 0.6:
            return self._names.unisex_name()
        if sex not in ("M", "V"):
            sex = "M" if rng.random() < 0.5 else "V"
        name = self._names.child_first_name(family.origin, sex)
        # A family registered without Turkish letters names its children the same way.
        if family.origin == "turkish" and family.last_name.isascii():
            name = without_turkish_letters(name)
        return name

    def reporter(self, melder_type: str, vk: str) -> Reporter:
        """A reporter ("melder") of the given type, anonymous in about 15% of cases."""
        rng = self._rng
        org, role = organisation_and_role(rng, melder_type, vk)
        if melder_type == "ONBEKEND" or rng.random() < 0.15:
            return Reporter(None, None, org, role)
        private = melder_type == "PRIMAIRE_OMGEVING"
        name = self._any_name(vk, 0.55 if private else 0.8)
        phone = self._phone(vk, mobile_share=0.85 if private else 0.45)
        return Reporter(name, phone, org, role)

    def staff_name(self) -> str:
        """Name of a VK counsellor (vertrouwensarts, consulent…)."""
        rng = self._rng
        origin = "flemish" if rng.random() < 0.85 else rng.choice(_STAFF_ORIGINS)
        return self._person(origin, "V" if rng.random() < 0.75 else "M").full_name

    def phone(self) -> str:
        """A Belgian phone number (mobile or landline) in a random common notation."""
        return self._phone(None, mobile_share=0.7)
