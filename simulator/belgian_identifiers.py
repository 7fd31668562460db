"""Belgian identifiers for the simulated drops: national register numbers, IBANs, phone numbers.

IBAN check digits, the national number's standard notation and the phone numbering plan
come from python-stdnum and phonenumbers, the libraries the warehouse's scrubber recognises
these numbers with. Each identifier is written in the notations Flemish case files use.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn
from stdnum.be import ogm_vcs

from simulator.data_files import number, read_csv
from simulator.weighted_pool import WeightedPool

__all__ = [
    "iban_for_account",
    "is_mobile",
    "national_number",
    "phone_parts",
    "random_iban",
    "random_phone",
    "render_national_number",
    "render_phone",
]

# --------------------------------------------------------------------------------------------
# National register number
# --------------------------------------------------------------------------------------------


def national_number(birth_date: date, serial: int) -> str:
    """Belgian national register number (11 digits) for a birth date and a 1..998 serial.

    Odd serials are men, even serials women. People born from 2000 on get the check digits
    computed over "2" + YYMMDDSSS, as the Rijksregister does.
    """
    if not 1 <= serial <= 998:
        raise ValueError("serial must be in 1..998")
    base = f"{birth_date:%y%m%d}{serial:03d}"
    # python-stdnum (2.2) checks national numbers but has no public function that computes
    # their check digits, so the rule is written here; the tests check the result with
    # stdnum.be.nn. Trying all 97 candidates with stdnum would double the generation time.
    value = int(("2" + base) if birth_date.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


def render_national_number(nn: str, rng: random.Random) -> str:
    """The number in a random common notation (stdnum's "85.07.30-033.28" among them)."""
    s = rng.random()
    if s < 0.35:
        return nn
    if s < 0.65:
        return stdnum_nn.format(nn)
    if s < 0.85:
        return f"{nn[:6]} {nn[6:9]} {nn[9:]}"
    return f"{nn[:6]}-{nn[6:9]}-{nn[9:]}"


# --------------------------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------------------------

# Only bank codes stdnum knows: an unknown one makes the IBAN invalid whatever its checksums.
_BANK_CODE_RANGES = tuple(
    (int(row["first"]), int(row["last"])) for row in read_csv("identifiers/bank_code_ranges.csv")
)


def iban_for_account(account: str) -> str:
    """The compact Belgian IBAN of a 10-digit account (bank code and number)."""
    # A Belgian account's own check digits follow the mod-97 rule of the structured payment
    # reference (OGM/VCS), which stdnum exposes publicly.
    bban = account + ogm_vcs.calc_check_digits(account)
    return f"BE{stdnum_iban.calc_check_digits('BE00' + bban)}{bban}"


def random_iban(rng: random.Random) -> str:
    """A Belgian IBAN with valid check digits and a known bank, mostly in groups of four."""
    lo, hi = rng.choice(_BANK_CODE_RANGES)
    account = f"{rng.randint(lo, hi):03d}{rng.randrange(10_000_000):07d}"
    iban = iban_for_account(account)
    if rng.random() < 0.7:
        return stdnum_iban.format(iban)
    return iban


# --------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------

_MOBILE_POOL = WeightedPool.from_pairs(
    (row["prefix"], number(row["weight"])) for row in read_csv("phones/mobile_prefixes.csv")
)
_ZONES = read_csv("phones/landline_zones.csv")
_ZONE_POOLS = {
    vk: WeightedPool.from_pairs(
        (row["zone"], number(row["weight"])) for row in _ZONES if row["vk"] == vk
    )
    for vk in dict.fromkeys(row["vk"] for row in _ZONES)
}
_ALL_ZONES_POOL = WeightedPool.from_pairs((row["zone"], number(row["weight"])) for row in _ZONES)

# Relative popularity of the notations of _format_nsn in Flemish case files.
_STYLE_WEIGHTS = (30, 16, 8, 12, 10, 4, 4, 2, 3, 4, 2, 5)
_STYLE_CUM = tuple(c / sum(_STYLE_WEIGHTS) for c in accumulate(_STYLE_WEIGHTS))


def _subscriber(rng: random.Random, zone: str) -> str:
    # The numbering plan wants the subscriber number of a one-digit zone (2, 3, 9) to start
    # with 2-8 (zone 9: 2-4). int(random() * n) instead of randrange: several times faster,
    # uniformity is irrelevant.
    r = rng.random
    if len(zone) == 1:
        first = "234"[int(r() * 3)] if zone == "9" else "2345678"[int(r() * 7)]
        return f"{first}{int(r() * 1_000_000):06d}"
    return f"{'2345678'[int(r() * 7)]}{int(r() * 100_000):05d}"


def _mobile_nsn(rng: random.Random) -> str:
    return f"{_MOBILE_POOL.pick(rng)}{int(rng.random() * 1_000_000):06d}"


def _landline_nsn(rng: random.Random, vk: str | None) -> str:
    zone = _ZONE_POOLS.get(vk or "", _ALL_ZONES_POOL).pick(rng)
    return zone + _subscriber(rng, zone)


def _parsed(nsn: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.PhoneNumber(country_code=32, national_number=int(nsn))


@cache
def _zone_length(leading_digits: str, length: int) -> int:
    # The zone's length depends only on the leading digits and the length of the number;
    # asking phonenumbers once per such pair keeps generation fast.
    return phonenumbers.length_of_national_destination_code(
        _parsed(leading_digits.ljust(length, "0"))
    )


def _split_nsn(nsn: str) -> tuple[str, str]:
    """Split a national significant number into (zone, subscriber number)."""
    zone = _zone_length(nsn[:3], len(nsn))
    return nsn[:zone], nsn[zone:]


def _groups(zone: str, sub: str) -> tuple[str, str, str]:
    if len(zone) == 3:  # 470 | 12 34 56
        return sub[:2], sub[2:4], sub[4:]
    if len(zone) == 1:  # 3 | 123 45 67
        return sub[:3], sub[3:5], sub[5:]
    return sub[:2], sub[2:4], sub[4:]  # 11 | 23 45 67


def phone_parts(phone: str) -> dict[str, str]:
    """The parts a notation of a Belgian number is written from: z (zone with its trunk 0),
    zone, sub (subscriber number) and a, b, c (its groups: 0475 12 34 56, 03 123 45 67)."""
    zone, sub = _split_nsn(_nsn_of(phone))
    a, b, c = _groups(zone, sub)
    return {"z": "0" + zone, "zone": zone, "sub": sub, "a": a, "b": b, "c": c}


def _format_nsn(nsn: str, style: int) -> str:
    zone, sub = _split_nsn(nsn)
    mobile = len(zone) == 3
    a, b, c = _groups(zone, sub)
    z = "0" + zone
    match style:
        case 0:
            return f"{z} {a} {b} {c}"
        case 1:
            return f"{z}/{a}.{b}.{c}"
        case 2:
            return f"{z}/{a} {b} {c}"
        case 3:
            return f"{z}{sub}"
        case 4:
            return f"+32 {zone} {a} {b} {c}"
        case 5:
            return f"+32{zone}{sub}"
        case 6:
            return f"0032{zone}{sub}"
        case 7:
            return f"0032 {zone} {a} {b} {c}"
        case 8:
            return f"{z}-{a}-{b}-{c}" if mobile else f"{z}-{a}.{b}.{c}"
        case 9:
            return f"{z}.{a}.{b}.{c}"
        case 10:
            return f"+32 (0){zone} {a} {b} {c}"
        case _:
            return f"{z} {sub[:3]} {sub[3:]}" if mobile else f"{z} {sub}"


def _style(rng: random.Random) -> int:
    return min(bisect_right(_STYLE_CUM, rng.random()), len(_STYLE_CUM) - 1)


# A note often asks about the same number twice (is it a mobile? then write it): parse once.
@lru_cache(maxsize=1024)
def _nsn_of(phone: str) -> str:
    # Every notation above, "0032" and "+32 (0)" included, parses back to the same number.
    return str(phonenumbers.parse(phone, "BE").national_number)


def random_phone(rng: random.Random, *, mobile_share: float = 0.7, vk: str | None = None) -> str:
    """A fresh Belgian number (mobile or a landline of the VK's region) in a random notation."""
    nsn = _mobile_nsn(rng) if rng.random() < mobile_share else _landline_nsn(rng, vk)
    return _format_nsn(nsn, _style(rng))


def render_phone(phone: str, rng: random.Random) -> str:
    """The same Belgian number re-written in a random common notation."""
    return _format_nsn(_nsn_of(phone), _style(rng))


def is_mobile(phone: str) -> bool:
    """Whether a Belgian number is a mobile one (notes say "gsm" only of those)."""
    return phonenumbers.number_type(_parsed(_nsn_of(phone))) == phonenumbers.PhoneNumberType.MOBILE
