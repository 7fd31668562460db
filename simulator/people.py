"""The simulated people a VK's case system knows: families, their address, reporters."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Address", "Family", "Person", "Reporter"]


@dataclass(frozen=True)
class Address:
    """A Belgian postal address; ``box`` is the box identifier only ("3", "0201"), no "bus"."""

    street: str
    house_number: str
    box: str | None
    postcode: str
    municipality: str

    def one_line(self) -> str:
        """Canonical one-line form, e.g. "Kerkstraat 12 bus 3, 2000 Antwerpen"."""
        box = f" bus {self.box}" if self.box else ""
        return f"{self.street} {self.house_number}{box}, {self.postcode} {self.municipality}"


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    sex: str  # "M" or "V"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Family:
    last_name: str  # the children's surname
    origin: str  # one of simulator.names.ORIGINS, e.g. "flemish", "moroccan"
    address: Address
    parents: tuple[Person, ...]
    phone: str
    language: str  # "nl" or "fr"


@dataclass(frozen=True)
class Reporter:
    name: str | None
    phone: str | None
    organisation: str
    role: str
