"""Fake addresses inside a VK's province: common street names on real postcodes.

The data is in simulator/data/places: municipalities per VK (weighted by population),
Flemish street names and the parts of compound ones, and bilingual Brussels streets.
"""

from __future__ import annotations

import random

from simulator.data_files import number, read_csv, read_lines
from simulator.people import Address
from simulator.weighted_pool import WeightedPool

__all__ = ["VKS_WITH_ADDRESSES", "random_address"]

_MUNICIPALITIES = read_csv("places/municipalities.csv")
# Postcode and name travel together in one pool item, split after the pick.
_MUNICIPALITY_POOLS = {
    vk: WeightedPool.from_pairs(
        (f"{row['postcode']}|{row['municipality']}", number(row["weight"]))
        for row in _MUNICIPALITIES
        if row["vk"] == vk
    )
    for vk in dict.fromkeys(row["vk"] for row in _MUNICIPALITIES)
}
VKS_WITH_ADDRESSES: frozenset[str] = frozenset(_MUNICIPALITY_POOLS)

_BRUSSELS_FRENCH_NAMES = {
    row["dutch"]: row["french"] for row in read_csv("places/brussels_municipalities_fr.csv")
}
_BRUSSELS_STREETS = tuple(
    (row["dutch"], row["french"]) for row in read_csv("places/brussels_streets.csv")
)
_FLEMISH_STREETS = WeightedPool(read_lines("places/flemish_streets.txt"))
_STREET_STEMS = WeightedPool(read_lines("places/street_stems.txt"))
_STREET_SUFFIXES = WeightedPool.from_pairs(
    (row["suffix"], number(row["weight"])) for row in read_csv("places/street_suffixes.csv")
)


def _street(rng: random.Random, vk: str, language: str) -> str:
    if vk == "BRU" and rng.random() < 0.8:
        dutch, french = _BRUSSELS_STREETS[int(rng.random() * len(_BRUSSELS_STREETS))]
        return french if language == "fr" else dutch
    if rng.random() < 0.7:
        return _FLEMISH_STREETS.pick(rng)
    return _STREET_STEMS.pick(rng) + _STREET_SUFFIXES.pick(rng)


def _house_number(rng: random.Random) -> str:
    r = rng.random
    x = r()
    number = (
        1 + int(r() * 80) if x < 0.7 else 81 + int(r() * 170) if x < 0.95 else 251 + int(r() * 170)
    )
    return f"{number}{'ABC'[int(r() * 3)]}" if r() < 0.05 else str(number)


def _box(rng: random.Random, vk: str) -> str | None:
    r = rng.random
    # Flats are far more common in the cities; Brussels mostly apartments.
    if r() >= (0.55 if vk == "BRU" else 0.22):
        return None
    x = r()
    if x < 0.55:
        return str(1 + int(r() * 12))
    if x < 0.85:
        return f"{int(r() * 7):02d}{1 + int(r() * 4):02d}"
    return "ABCD"[int(r() * 4)] + (str(1 + int(r() * 3)) if r() < 0.5 else "")


def random_address(rng: random.Random, vk: str, language: str) -> Address:
    """An address in the VK's province; Brussels names in French for French speakers."""
    postcode, municipality = _MUNICIPALITY_POOLS[vk].pick(rng).split("|", 1)
    if vk == "BRU" and language == "fr":
        municipality = _BRUSSELS_FRENCH_NAMES.get(municipality, municipality)
    house = _house_number(rng)
    box = _box(rng, vk)
    return Address(_street(rng, vk, language), house, box, postcode, municipality)
