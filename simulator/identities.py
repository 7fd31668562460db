"""Fake people, families, addresses and phone numbers for the VK source-system simulator.

Everything here is invented: names come from Faker's locale word lists plus small hand-written
lists, addresses combine common street names with real postcode/municipality pairs so that the
downstream scrubber sees realistic (but fake) Belgian personal data.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from faker import Faker

__all__ = [
    "VK_CODES",
    "Address",
    "Family",
    "IdentityFactory",
    "Person",
    "Reporter",
    "national_number",
    "random_phone",
    "render_phone",
    "vk_of_postcode",
]

VK_CODES: tuple[str, ...] = ("ANT", "VBR", "BRU", "LIM", "OVL", "WVL")


# --------------------------------------------------------------------------------------------
# Data classes
# --------------------------------------------------------------------------------------------


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
    origin: str  # key of ORIGINS, e.g. "flemish", "moroccan"
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


# --------------------------------------------------------------------------------------------
# National register number and phone helpers (module level so notes.py can share them)
# --------------------------------------------------------------------------------------------


def national_number(birth_date: date, serial: int) -> str:
    """Belgian national register number (11 digits) for a birth date and a 1..998 serial.

    Odd serials are men, even serials women. People born from 2000 on get the check digits
    computed over "2" + YYMMDDSSS, as the Rijksregister does.
    """
    if not 1 <= serial <= 998:
        raise ValueError("serial must be in 1..998")
    base = f"{birth_date:%y%m%d}{serial:03d}"
    value = int(("2" + base) if birth_date.year >= 2000 else base)
    return f"{base}{97 - value % 97:02d}"


# Prefixes actually handed out to Belgian mobile operators (Proximus, Orange, Base/Telenet…).
_MOBILE_PREFIXES = (
    ("470", 6),
    ("471", 6),
    ("472", 6),
    ("473", 6),
    ("474", 5),
    ("475", 6),
    ("476", 5),
    ("477", 6),
    ("478", 5),
    ("479", 5),
    ("484", 3),
    ("485", 3),
    ("486", 4),
    ("487", 3),
    ("488", 3),
    ("489", 3),
    ("490", 2),
    ("491", 2),
    ("492", 2),
    ("493", 2),
    ("494", 3),
    ("495", 5),
    ("496", 5),
    ("497", 5),
    ("498", 5),
    ("499", 4),
    ("465", 2),
    ("466", 2),
    ("467", 1),
    ("468", 2),
    ("460", 1),
)
# Landline zones per VK: one-digit zones (2, 3, 9) have 7-digit subscriber numbers that must
# start with 2-8 (9: 2-4) to be valid in the numbering plan; two-digit zones have 6 digits.
_AREA_CODES: dict[str, tuple[tuple[str, int], ...]] = {
    "ANT": (("3", 8), ("14", 2), ("15", 2)),
    "VBR": (("16", 4), ("2", 4), ("13", 1)),
    "BRU": (("2", 1),),
    "LIM": (("11", 5), ("89", 3), ("12", 1), ("13", 1)),
    "OVL": (("9", 6), ("52", 1), ("53", 2), ("54", 1), ("55", 1)),
    "WVL": (("50", 4), ("51", 2), ("56", 3), ("57", 1), ("58", 1), ("59", 2)),
}


def _subscriber(rng: random.Random, area: str) -> str:
    # int(random() * n) instead of randrange: several times faster, uniformity is irrelevant.
    r = rng.random
    if len(area) == 1:
        first = "234"[int(r() * 3)] if area == "9" else "2345678"[int(r() * 7)]
        return f"{first}{int(r() * 1_000_000):06d}"
    return f"{'2345678'[int(r() * 7)]}{int(r() * 100_000):05d}"


def _mobile_nsn(rng: random.Random) -> str:
    return f"{_MOBILE_POOL.pick(rng)}{int(rng.random() * 1_000_000):06d}"


def _landline_nsn(rng: random.Random, vk: str | None) -> str:
    pool = _AREA_POOLS.get(vk or "", _ALL_AREA_POOL)
    area = pool.pick(rng)
    return area + _subscriber(rng, area)


def _split_nsn(nsn: str) -> tuple[str, str]:
    """Split a national significant number into (zone, subscriber)."""
    if nsn[0] == "4" and len(nsn) == 9:
        return nsn[:3], nsn[3:]
    if nsn[0] in "2349" and len(nsn) == 8:
        return nsn[:1], nsn[1:]
    return nsn[:2], nsn[2:]


def _format_nsn(nsn: str, style: int) -> str:
    zone, sub = _split_nsn(nsn)
    mobile = len(zone) == 3
    if mobile:  # 470 | 12 34 56
        a, b, c = sub[:2], sub[2:4], sub[4:]
    elif len(zone) == 1:  # 3 | 123 45 67
        a, b, c = sub[:3], sub[3:5], sub[5:]
    else:  # 11 | 23 45 67
        a, b, c = sub[:2], sub[2:4], sub[4:]
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


# Relative popularity of the notations above in Flemish case files.
_STYLE_WEIGHTS = (30, 16, 8, 12, 10, 4, 4, 2, 3, 4, 2, 5)
_STYLE_CUM = tuple(c / sum(_STYLE_WEIGHTS) for c in accumulate(_STYLE_WEIGHTS))


def _style(rng: random.Random) -> int:
    return min(bisect_right(_STYLE_CUM, rng.random()), len(_STYLE_CUM) - 1)


def _to_nsn(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.lstrip().startswith("+"):
        digits = digits[2:]  # drop country code 32
    elif digits.startswith("0032"):
        digits = digits[4:]
    if digits.startswith("0"):
        digits = digits[1:]  # trunk prefix, or the "(0)" of "+32 (0)470…"
    return digits


def random_phone(rng: random.Random, *, mobile_share: float = 0.7, vk: str | None = None) -> str:
    """A fresh Belgian number (mobile or a landline of the VK's region) in a random notation."""
    nsn = _mobile_nsn(rng) if rng.random() < mobile_share else _landline_nsn(rng, vk)
    return _format_nsn(nsn, _style(rng))


def render_phone(phone: str, rng: random.Random) -> str:
    """The same Belgian number re-written in a random common notation."""
    return _format_nsn(_to_nsn(phone), _style(rng))


# --------------------------------------------------------------------------------------------
# Weighted pools
# --------------------------------------------------------------------------------------------


class _Pool:
    """Items with cumulative weights for fast weighted picks via bisect."""

    __slots__ = ("items", "cum")

    def __init__(self, items: Sequence[str], weights: Sequence[float] | None = None) -> None:
        if not items:
            raise ValueError("empty pool")
        self.items = tuple(items)
        w = weights if weights is not None else [1.0] * len(self.items)
        total = sum(w)
        # Normalised so that rng.random() (< 1.0) always lands inside; last bound is exactly 1.
        self.cum = (*(c / total for c in accumulate(w[:-1])), 1.0)

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect_right(self.cum, rng.random())]


def _pool_from_pairs(pairs: Sequence[tuple[str, float]]) -> _Pool:
    return _Pool([p[0] for p in pairs], [p[1] for p in pairs])


_MOBILE_POOL = _pool_from_pairs(_MOBILE_PREFIXES)
_AREA_POOLS = {vk: _pool_from_pairs(codes) for vk, codes in _AREA_CODES.items()}
_ALL_AREA_POOL = _pool_from_pairs([pair for codes in _AREA_CODES.values() for pair in codes])


# --------------------------------------------------------------------------------------------
# Geography: real postcode / municipality pairs, per province (weight ~ population share)
# --------------------------------------------------------------------------------------------

# (postcode, Dutch name, weight)
_MUNICIPALITIES: dict[str, tuple[tuple[str, str, int], ...]] = {
    "ANT": (
        ("2000", "Antwerpen", 14),
        ("2018", "Antwerpen", 10),
        ("2020", "Antwerpen", 5),
        ("2060", "Antwerpen", 8),
        ("2100", "Deurne", 7),
        ("2140", "Borgerhout", 7),
        ("2170", "Merksem", 5),
        ("2180", "Ekeren", 3),
        ("2600", "Berchem", 4),
        ("2610", "Wilrijk", 4),
        ("2660", "Hoboken", 5),
        ("2800", "Mechelen", 8),
        ("2300", "Turnhout", 5),
        ("2200", "Herentals", 3),
        ("2400", "Mol", 3),
        ("2500", "Lier", 3),
        ("2900", "Schoten", 3),
        ("2930", "Brasschaat", 3),
        ("2640", "Mortsel", 2),
        ("2650", "Edegem", 2),
        ("2550", "Kontich", 2),
        ("2440", "Geel", 3),
        ("2260", "Westerlo", 2),
        ("2880", "Bornem", 2),
        ("2220", "Heist-op-den-Berg", 3),
        ("2910", "Essen", 1),
        ("2960", "Brecht", 2),
        ("2390", "Malle", 1),
        ("2970", "Schilde", 1),
        ("2830", "Willebroek", 2),
    ),
    "VBR": (
        ("3000", "Leuven", 9),
        ("3001", "Heverlee", 3),
        ("3010", "Kessel-Lo", 4),
        ("3012", "Wilsele", 1),
        ("3020", "Herent", 2),
        ("3070", "Kortenberg", 2),
        ("3080", "Tervuren", 2),
        ("3200", "Aarschot", 3),
        ("3300", "Tienen", 3),
        ("3290", "Diest", 2),
        ("3360", "Bierbeek", 1),
        ("3400", "Landen", 1),
        ("1500", "Halle", 4),
        ("1600", "Sint-Pieters-Leeuw", 3),
        ("1700", "Dilbeek", 4),
        ("1730", "Asse", 3),
        ("1800", "Vilvoorde", 5),
        ("1830", "Machelen", 2),
        ("1850", "Grimbergen", 3),
        ("1930", "Zaventem", 3),
        ("1970", "Wezembeek-Oppem", 1),
        ("1640", "Sint-Genesius-Rode", 1),
        ("1780", "Wemmel", 1),
        ("1950", "Kraainem", 1),
        ("1980", "Zemst", 2),
        ("1910", "Kampenhout", 1),
        ("1740", "Ternat", 1),
        ("1750", "Lennik", 1),
    ),
    "BRU": (
        ("1000", "Brussel", 12),
        ("1020", "Laken", 5),
        ("1030", "Schaarbeek", 11),
        ("1040", "Etterbeek", 4),
        ("1050", "Elsene", 6),
        ("1060", "Sint-Gillis", 5),
        ("1070", "Anderlecht", 11),
        ("1080", "Sint-Jans-Molenbeek", 10),
        ("1081", "Koekelberg", 2),
        ("1082", "Sint-Agatha-Berchem", 2),
        ("1083", "Ganshoren", 2),
        ("1090", "Jette", 4),
        ("1120", "Neder-Over-Heembeek", 2),
        ("1130", "Haren", 1),
        ("1140", "Evere", 4),
        ("1150", "Sint-Pieters-Woluwe", 2),
        ("1160", "Oudergem", 2),
        ("1170", "Watermaal-Bosvoorde", 2),
        ("1180", "Ukkel", 5),
        ("1190", "Vorst", 5),
        ("1200", "Sint-Lambrechts-Woluwe", 3),
        ("1210", "Sint-Joost-ten-Node", 3),
    ),
    "LIM": (
        ("3500", "Hasselt", 8),
        ("3510", "Kermt", 1),
        ("3520", "Zonhoven", 2),
        ("3530", "Houthalen-Helchteren", 3),
        ("3550", "Heusden-Zolder", 3),
        ("3580", "Beringen", 4),
        ("3600", "Genk", 9),
        ("3620", "Lanaken", 2),
        ("3630", "Maasmechelen", 4),
        ("3640", "Kinrooi", 1),
        ("3680", "Maaseik", 2),
        ("3700", "Tongeren", 3),
        ("3740", "Bilzen", 2),
        ("3800", "Sint-Truiden", 4),
        ("3900", "Pelt", 2),
        ("3920", "Lommel", 3),
        ("3960", "Bree", 2),
        ("3990", "Peer", 1),
        ("3590", "Diepenbeek", 2),
        ("3560", "Lummen", 1),
        ("3650", "Dilsen-Stokkem", 2),
        ("3660", "Oudsbergen", 1),
        ("3690", "Zutendaal", 1),
        ("3730", "Hoeselt", 1),
    ),
    "OVL": (
        ("9000", "Gent", 14),
        ("9030", "Mariakerke", 2),
        ("9040", "Sint-Amandsberg", 3),
        ("9050", "Gentbrugge", 2),
        ("9100", "Sint-Niklaas", 6),
        ("9200", "Dendermonde", 4),
        ("9300", "Aalst", 7),
        ("9400", "Ninove", 3),
        ("9500", "Geraardsbergen", 3),
        ("9600", "Ronse", 3),
        ("9700", "Oudenaarde", 3),
        ("9800", "Deinze", 3),
        ("9900", "Eeklo", 2),
        ("9120", "Beveren", 4),
        ("9160", "Lokeren", 3),
        ("9220", "Hamme", 2),
        ("9240", "Zele", 2),
        ("9140", "Temse", 2),
        ("9820", "Merelbeke", 2),
        ("9880", "Aalter", 2),
        ("9940", "Evergem", 2),
        ("9990", "Maldegem", 2),
        ("9230", "Wetteren", 2),
        ("9620", "Zottegem", 2),
    ),
    "WVL": (
        ("8000", "Brugge", 10),
        ("8200", "Sint-Andries", 3),
        ("8300", "Knokke-Heist", 3),
        ("8400", "Oostende", 8),
        ("8500", "Kortrijk", 8),
        ("8530", "Harelbeke", 3),
        ("8560", "Wevelgem", 3),
        ("8600", "Diksmuide", 2),
        ("8630", "Veurne", 2),
        ("8660", "De Panne", 1),
        ("8700", "Tielt", 2),
        ("8790", "Waregem", 4),
        ("8800", "Roeselare", 6),
        ("8870", "Izegem", 3),
        ("8900", "Ieper", 4),
        ("8930", "Menen", 3),
        ("8940", "Wervik", 2),
        ("8490", "Jabbeke", 1),
        ("8370", "Blankenberge", 2),
        ("8430", "Middelkerke", 2),
        ("8450", "Bredene", 2),
        ("8540", "Deerlijk", 1),
        ("8820", "Torhout", 2),
        ("8970", "Poperinge", 2),
    ),
}

# French names of the Brussels municipalities, used for French-speaking families.
_BRU_FR = {
    "Brussel": "Bruxelles",
    "Laken": "Laeken",
    "Schaarbeek": "Schaerbeek",
    "Elsene": "Ixelles",
    "Sint-Gillis": "Saint-Gilles",
    "Sint-Jans-Molenbeek": "Molenbeek-Saint-Jean",
    "Sint-Agatha-Berchem": "Berchem-Sainte-Agathe",
    "Sint-Pieters-Woluwe": "Woluwe-Saint-Pierre",
    "Oudergem": "Auderghem",
    "Watermaal-Bosvoorde": "Watermael-Boitsfort",
    "Ukkel": "Uccle",
    "Vorst": "Forest",
    "Sint-Lambrechts-Woluwe": "Woluwe-Saint-Lambert",
    "Sint-Joost-ten-Node": "Saint-Josse-ten-Noode",
}


def vk_of_postcode(postcode: str) -> str | None:
    """The VK whose province contains this postcode (None outside Flanders and Brussels)."""
    pc = int(postcode)
    if 1000 <= pc <= 1299:
        return "BRU"
    if 1500 <= pc <= 1999 or 3000 <= pc <= 3499:
        return "VBR"
    if 2000 <= pc <= 2999:
        return "ANT"
    if 3500 <= pc <= 3999:
        return "LIM"
    if 8000 <= pc <= 8999:
        return "WVL"
    if 9000 <= pc <= 9999:
        return "OVL"
    return None


_MUNI_POOLS = {
    vk: _Pool([f"{pc}|{name}" for pc, name, _ in rows], [w for _, _, w in rows])
    for vk, rows in _MUNICIPALITIES.items()
}

# Common Flemish street names, plus compounds built from typical stems.
_FLEMISH_STREETS = (
    "Kerkstraat",
    "Stationsstraat",
    "Molenstraat",
    "Dorpsstraat",
    "Schoolstraat",
    "Nieuwstraat",
    "Kapelstraat",
    "Beekstraat",
    "Veldstraat",
    "Hoogstraat",
    "Bosstraat",
    "Kasteelstraat",
    "Lindenlaan",
    "Sint-Jansstraat",
    "Brugsesteenweg",
    "Gentsesteenweg",
    "Koning Albertlaan",
    "Leopoldlaan",
    "Turnhoutsebaan",
    "Bredabaan",
    "Grote Markt",
    "Marktplein",
    "Processiestraat",
    "Pastoor Cooremansstraat",
    "Guido Gezellestraat",
    "Hendrik Consciencestraat",
    "Pater Damiaanstraat",
    "Jan Frans Willemsstraat",
    "Burgemeester Van Gansberghelaan",
    "Kloosterstraat",
    "Heirbaan",
    "Heirweg",
    "Kouter",
    "Meersstraat",
    "Smisstraat",
    "Statiestraat",
    "Tiensesteenweg",
    "Diestsesteenweg",
    "Antwerpsesteenweg",
    "Mechelsesteenweg",
    "Astridlaan",
    "Koningin Elisabethlaan",
    "Prins Boudewijnlaan",
    "Vijverstraat",
    "Dreef",
    "Boomgaardstraat",
    "Oude Baan",
    "Nieuwe Baan",
    "Steenweg",
    "Ringlaan",
    "Kortrijksestraat",
    "Rijselstraat",
    "Ieperstraat",
    "Hasseltsesteenweg",
    "Genkerweg",
    "Sint-Truidersteenweg",
    "Aalstersestraat",
    "Ninoofsesteenweg",
    "Brusselsesteenweg",
    "Zuidstraat",
    "Noordstraat",
    "Oostlaan",
    "Westlaan",
    "Akkerstraat",
    "Vlasstraat",
    "Hofstraat",
    "Weverstraat",
    "Lange Nieuwstraat",
    "Korte Kerkstraat",
    "Sint-Pietersstraat",
    "Sint-Martinusstraat",
    "Onze-Lieve-Vrouwstraat",
    "Kempenstraat",
    "Heidestraat",
    "Zandstraat",
    "Driesstraat",
)
_STREET_STEMS = (
    "Berken",
    "Eiken",
    "Linden",
    "Beuken",
    "Wilgen",
    "Populieren",
    "Kastanje",
    "Esdoorn",
    "Rozen",
    "Tulpen",
    "Klaver",
    "Brem",
    "Hazel",
    "Meidoorn",
    "Vlier",
    "Lijsterbes",
    "Merel",
    "Leeuwerik",
    "Zwaluw",
    "Kievit",
    "Vink",
    "Reiger",
    "Ooievaar",
    "Uil",
    "Akker",
    "Beemd",
    "Meers",
    "Vijver",
    "Weide",
    "Hoeve",
    "Schuur",
    "Schans",
)
_STREET_SUFFIXES = ("straat", "laan", "dreef", "weg", "hof", "pad", "plein")

# Brussels streets as (Dutch, French) pairs: official names are bilingual.
_BRUSSELS_STREETS = (
    ("Wetstraat", "Rue de la Loi"),
    ("Louizalaan", "Avenue Louise"),
    ("Gentsesteenweg", "Chaussée de Gand"),
    ("Hoogstraat", "Rue Haute"),
    ("Lemonnierlaan", "Boulevard Maurice Lemonnier"),
    ("Zuidstraat", "Rue du Midi"),
    ("Antwerpsesteenweg", "Chaussée d'Anvers"),
    ("Brabantstraat", "Rue de Brabant"),
    ("Kroonlaan", "Avenue de la Couronne"),
    ("Waterloosesteenweg", "Chaussée de Waterloo"),
    ("Gallaitstraat", "Rue Gallait"),
    ("Vanderkinderestraat", "Rue Vanderkindere"),
    ("Brugmannlaan", "Avenue Brugmann"),
    ("Merodestraat", "Rue de Mérode"),
    ("Ropsy Chaudronstraat", "Rue Ropsy Chaudron"),
    ("Bergensesteenweg", "Chaussée de Mons"),
    ("Picardstraat", "Rue Picard"),
    ("Ribaucourtstraat", "Rue de Ribaucourt"),
    ("Ninoofsesteenweg", "Chaussée de Ninove"),
    ("Paleizenstraat", "Rue des Palais"),
    ("Rogierlaan", "Avenue Rogier"),
    ("Josaphatstraat", "Rue Josaphat"),
    ("Haachtsesteenweg", "Chaussée de Haecht"),
    ("Vooruitgangstraat", "Rue du Progrès"),
    ("Leopold II-laan", "Boulevard Léopold II"),
    ("Vlaamsesteenweg", "Rue de Flandre"),
    ("Dansaertstraat", "Rue Antoine Dansaert"),
    ("Stalingradlaan", "Avenue de Stalingrad"),
    ("Koolmijnenkaai", "Quai des Charbonnages"),
    ("Vandenpeereboomstraat", "Rue Vandenpeereboom"),
    ("Clemenceaulaan", "Avenue Clemenceau"),
    ("Baraplein", "Place Bara"),
    ("Van Arteveldestraat", "Rue Van Artevelde"),
    ("Zennestraat", "Rue de la Senne"),
    ("Helmetsesteenweg", "Chaussée d'Helmet"),
    ("Koningsstraat", "Rue Royale"),
    ("Ninovestraat", "Rue de Ninove"),
    ("Brusselsesteenweg", "Chaussée de Bruxelles"),
)


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_FLEMISH_PARTICLE_NAMES = (
    "Van den Broeck",
    "De Smet",
    "Vander Linden",
    "Van de Velde",
    "D'Hondt",
    "Vanden Bossche",
    "Van der Auwera",
    "Van Damme",
    "Vanden Berghe",
    "D'Haese",
    "D'Hooghe",
    "De Vos",
    "Van Steenkiste",
    "Vander Elst",
    "Van den Eynde",
    "Op de Beeck",
    "Van Cauwenberghe",
    "D'Huyvetter",
    "Van Rompuy",
    "Van der Heyden",
    "De Wever",
    "Van de Walle",
    "Vanden Driessche",
    "De Clercq",
    "Van Herck",
    "De Meulenaere",
    "Van 't Veld",
    "Ter Haegen",
    "De Ridder",
    "Vander Stichelen",
    "Van Hoorebeke",
    "D'Oosterlinck",
)
_FLEMISH_PARENT_M = (
    "Kevin",
    "Tom",
    "Steven",
    "Bart",
    "Pieter",
    "Jens",
    "Kristof",
    "Dries",
    "Jonas",
    "Wouter",
    "Stijn",
    "Jeroen",
    "Glenn",
    "Davy",
    "Sven",
    "Nick",
    "Tim",
    "Joris",
    "Maarten",
    "Thomas",
    "Dieter",
    "Bram",
    "Niels",
    "Yannick",
    "Gert",
    "Sander",
    "Brecht",
    "Frederik",
    "Kenny",
)
_FLEMISH_PARENT_V = (
    "Sofie",
    "Els",
    "Sarah",
    "Kelly",
    "Nathalie",
    "Tine",
    "Lien",
    "Evelien",
    "Leen",
    "Katrien",
    "Jessica",
    "Melissa",
    "Kimberly",
    "Ellen",
    "Hanne",
    "Eline",
    "Charlotte",
    "Laura",
    "Lotte",
    "Elke",
    "Nele",
    "Sandra",
    "Ilse",
    "Veerle",
    "Annelies",
    "Stefanie",
    "Jolien",
    "Silke",
)
_FLEMISH_CHILD_M = (
    "Noah",
    "Lucas",
    "Liam",
    "Arthur",
    "Louis",
    "Jules",
    "Finn",
    "Mats",
    "Vic",
    "Lars",
    "Seppe",
    "Wout",
    "Nand",
    "Leon",
    "Stan",
    "Warre",
    "Kobe",
    "Milan",
    "Jasper",
    "Thibo",
    "Bram",
    "Senne",
    "Robbe",
    "Jonas",
    "Lander",
    "Tuur",
    "Rune",
    "Matteo",
    "Vince",
    "Mathis",
    "Ferre",
    "Elias",
    "Achiel",
    "Staf",
    "Miel",
    "Cas",
    "Daan",
    "Emiel",
    "Lowie",
    "Jef",
    "Bas",
    "Sem",
    "Wannes",
)
_FLEMISH_CHILD_V = (
    "Olivia",
    "Emma",
    "Louise",
    "Marie",
    "Elena",
    "Mila",
    "Noor",
    "Lina",
    "Nora",
    "Ella",
    "Lena",
    "Julie",
    "Fien",
    "Hanne",
    "Lotte",
    "Amber",
    "Lore",
    "Jana",
    "Febe",
    "Ellen",
    "Jade",
    "Elise",
    "Zoë",
    "Nina",
    "Lisa",
    "Anna",
    "Juliette",
    "Liv",
    "Roos",
    "Margot",
    "Renée",
    "Yana",
    "Amélie",
    "Lien",
    "Paulien",
    "Charlotte",
    "Fleur",
    "Mona",
    "Lou",
    "Kato",
)
_UNISEX = ("Noa", "Robin", "Sam", "Lou", "Jo", "Charlie", "Kim", "Alex", "Sasha", "Jamie")
_FRBE_CHILD_M = (
    "Lucas",
    "Louis",
    "Nathan",
    "Noah",
    "Gabriel",
    "Hugo",
    "Arthur",
    "Jules",
    "Mathis",
    "Théo",
    "Adam",
    "Victor",
    "Tom",
    "Sacha",
    "Léo",
    "Maxime",
    "Romain",
    "Ethan",
    "Eliott",
    "Simon",
)
_FRBE_CHILD_V = (
    "Emma",
    "Louise",
    "Olivia",
    "Alice",
    "Léa",
    "Chloé",
    "Camille",
    "Manon",
    "Juliette",
    "Lina",
    "Zoé",
    "Jade",
    "Anaïs",
    "Clara",
    "Lola",
    "Inès",
    "Elise",
    "Margaux",
    "Romane",
    "Charlotte",
)
_MOROCCAN_LAST = (
    "El Amrani",
    "Benali",
    "Ait Ouali",
    "Bouzid",
    "El Idrissi",
    "El Khattabi",
    "Boukhari",
    "Azzouzi",
    "Ouali",
    "El Ouardi",
    "Ben Ahmed",
    "Bakkali",
    "Chaouki",
    "El Hamdaoui",
    "Ait Taleb",
    "Amrani",
    "Haddouchi",
    "El Moussaoui",
    "Tahiri",
    "Lamrani",
    "Berrada",
    "Boujdaini",
    "Ziani",
    "Aarab",
    "El Kaddouri",
    "Benhaddou",
    "Ait Lahcen",
    "El Bouazzaoui",
    "Achahbar",
    "Chakir",
    "Belhaj",
    "Bouhaddou",
    "Zaoui",
    "El Ghazouani",
    "Aouragh",
    "Ben Hamou",
    "El Makhloufi",
    "Daoudi",
    "Ouahabi",
    "Hamdi",
    "El Fassi",
    "Ait Hammou",
    "Lahlou",
    "Akrouh",
    "El Boujaddaini",
    "Essaidi",
    "Bouchtaoui",
    "Abdellaoui",
    "Azaouagh",
    "El Yousfi",
)
_MOROCCAN_ADULT_M = (
    "Mohamed",
    "Mohammed",
    "Ahmed",
    "Youssef",
    "Rachid",
    "Mustapha",
    "Abdelkader",
    "Said",
    "Hassan",
    "Omar",
    "Karim",
    "Nabil",
    "Khalid",
    "Driss",
    "Abdel",
    "Hicham",
    "Mounir",
    "Jamal",
    "Aziz",
    "Brahim",
    "Samir",
    "Younes",
    "Tarik",
    "Redouane",
    "Abdelhak",
)
_MOROCCAN_ADULT_V = (
    "Fatima",
    "Khadija",
    "Amina",
    "Naima",
    "Latifa",
    "Souad",
    "Samira",
    "Jamila",
    "Touria",
    "Malika",
    "Hafsa",
    "Nadia",
    "Saida",
    "Ilham",
    "Karima",
    "Zineb",
    "Hanane",
    "Loubna",
    "Meryem",
    "Siham",
    "Rachida",
    "Fouzia",
    "Najat",
    "Yasmina",
    "Hayat",
)
_MOROCCAN_CHILD_M = (
    "Mohamed",
    "Ilyas",
    "Adam",
    "Ayoub",
    "Bilal",
    "Hamza",
    "Amine",
    "Mehdi",
    "Anas",
    "Rayan",
    "Zakaria",
    "Imran",
    "Yassine",
    "Othman",
    "Ismail",
    "Walid",
    "Idris",
    "Youssef",
    "Amir",
    "Soufiane",
    "Ibrahim",
    "Ilias",
    "Yahya",
    "Nassim",
    "Aymane",
)
_MOROCCAN_CHILD_V = (
    "Nour",
    "Yasmina",
    "Aya",
    "Salma",
    "Malak",
    "Hiba",
    "Imane",
    "Sara",
    "Rania",
    "Ikram",
    "Nisrine",
    "Hajar",
    "Lina",
    "Asma",
    "Layla",
    "Soukaina",
    "Douae",
    "Inaya",
    "Hafsa",
    "Meryem",
    "Yasmine",
    "Kawtar",
    "Maryam",
    "Nora",
    "Safae",
)
_TURKISH_LAST_EXTRA = (
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Aydın",
    "Öztürk",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özdemir",
    "Yıldız",
    "Erdem",
    "Polat",
    "Güneş",
    "Bozkurt",
    "Tekin",
    "Keskin",
    "Ünal",
    "Korkmaz",
    "Coşkun",
    "Uçar",
    "Karaca",
    "Turan",
)
_TURKISH_CHILD_M = (
    "Yusuf",
    "Emir",
    "Eymen",
    "Ömer",
    "Mert",
    "Kerem",
    "Efe",
    "Emre",
    "Burak",
    "Ali",
    "Berat",
    "Furkan",
    "Hamza",
    "Mustafa",
    "Arda",
    "Enes",
    "Kaan",
    "Yiğit",
    "Miraç",
    "Alperen",
)
_TURKISH_CHILD_V = (
    "Elif",
    "Zeynep",
    "Ecrin",
    "Eylül",
    "Defne",
    "Azra",
    "Ela",
    "Meryem",
    "Esma",
    "Büşra",
    "Zehra",
    "Hira",
    "Melike",
    "Sude",
    "Nisanur",
    "Ayşe",
    "Ebru",
    "Yasemin",
    "Elanur",
    "Irem",
)
_CONGOLESE_LAST = (
    "Mukendi",
    "Kabongo",
    "Tshibanda",
    "Ilunga",
    "Lukusa",
    "Kalonji",
    "Mbuyi",
    "Tshimanga",
    "Kasongo",
    "Ngoy",
    "Mulumba",
    "Kabeya",
    "Tshiamala",
    "Mwamba",
    "Nkulu",
    "Lumbala",
    "Bokolo",
    "Makiese",
    "Nsimba",
    "Mavinga",
    "Lusamba",
    "Kanku",
    "Mputu",
    "Mbala",
    "Kitenge",
    "Kapinga",
    "Mbombo",
    "Tshilombo",
    "Kazadi",
    "Ntumba",
    "Banza",
    "Mutombo",
    "Kalala",
    "Luzolo",
    "Mayamba",
    "Ngalula",
    "Matondo",
    "Nzuzi",
    "Lokwa",
    "Mpiana",
)
_CONGOLESE_ADULT_M = (
    "Christian",
    "Patrick",
    "Jean-Pierre",
    "Emmanuel",
    "Dieudonné",
    "Papy",
    "Fiston",
    "Rodrigue",
    "Blaise",
    "Serge",
    "Alain",
    "Guy",
    "Jonathan",
    "Trésor",
    "Junior",
    "Didier",
)
_CONGOLESE_ADULT_V = (
    "Christelle",
    "Nadège",
    "Mireille",
    "Josiane",
    "Nathalie",
    "Carine",
    "Esther",
    "Ruth",
    "Chantal",
    "Béatrice",
    "Pauline",
    "Francine",
    "Odette",
    "Clarisse",
    "Sandrine",
    "Jeanine",
)
_CONGOLESE_CHILD_M = (
    "Glody",
    "Exaucé",
    "Merveille",
    "Héritier",
    "Prince",
    "Trésor",
    "Bienvenu",
    "Gloire",
    "Chadrack",
    "Josué",
    "Jérémie",
    "Divin",
    "Israël",
    "Elie",
    "Nathan",
    "Jordan",
    "Kevin",
    "Benedict",
    "Emmanuel",
    "Junior",
    "Christ",
    "Dan",
    "Samuel",
    "Ezéchiel",
)
_CONGOLESE_CHILD_V = (
    "Grâce",
    "Merveille",
    "Christelle",
    "Exaucée",
    "Bénédicte",
    "Divine",
    "Gloria",
    "Précieuse",
    "Plamedi",
    "Dorcas",
    "Ruth",
    "Sarah",
    "Esther",
    "Rebecca",
    "Naomie",
    "Chancelle",
    "Ornella",
    "Jemima",
    "Kethia",
    "Shekinah",
    "Grâcia",
    "Océane",
    "Orpha",
)
_ITALIAN_CHILD_M = ("Luca", "Matteo", "Lorenzo", "Alessandro", "Leonardo", "Gianni", "Nico")
_ITALIAN_CHILD_V = ("Giulia", "Sofia", "Chiara", "Aurora", "Alessia", "Martina", "Gaia")
_AFGHAN_LAST = (
    "Ahmadi",
    "Rahimi",
    "Sultani",
    "Hakimi",
    "Karimi",
    "Noori",
    "Safi",
    "Popal",
    "Habibi",
    "Stanekzai",
    "Amiri",
    "Azizi",
    "Hashimi",
    "Sadat",
    "Wardak",
    "Jalali",
)
_AFGHAN_M = (
    "Ahmad",
    "Mohammad",
    "Ali",
    "Hamid",
    "Omid",
    "Farid",
    "Mustafa",
    "Sayed",
    "Javid",
    "Bilal",
    "Hassan",
    "Rahim",
    "Nasir",
    "Shafiq",
)
_AFGHAN_V = (
    "Mariam",
    "Zahra",
    "Fatima",
    "Maryam",
    "Sahar",
    "Parwana",
    "Marwa",
    "Nazanin",
    "Shabnam",
    "Fereshta",
    "Mursal",
    "Hasina",
    "Roya",
    "Setara",
)
# Names common across communities in Belgian classrooms (used for some non-Flemish families).
_CROSS_M = ("Adam", "Noah", "Rayan", "Liam", "Amir", "Elias", "Nathan", "Sami", "Yanis", "Milan")
_CROSS_V = ("Lina", "Sara", "Ines", "Nora", "Mila", "Yara", "Sofia", "Emma", "Lea", "Maya")

ORIGINS: tuple[str, ...] = (
    "flemish",
    "french_belgian",
    "moroccan",
    "turkish",
    "congolese",
    "polish",
    "italian",
    "romanian",
    "spanish",
    "portuguese",
    "afghan",
)

# Origin mix of families known to each VK (rough, from municipal nationality-of-origin data).
_ORIGIN_WEIGHTS: dict[str, dict[str, float]] = {
    "ANT": {
        "flemish": 62,
        "moroccan": 15,
        "turkish": 4,
        "polish": 4,
        "congolese": 3,
        "french_belgian": 2,
        "italian": 1,
        "romanian": 3,
        "spanish": 1.5,
        "portuguese": 1.5,
        "afghan": 3,
    },
    "VBR": {
        "flemish": 71,
        "french_belgian": 9,
        "moroccan": 6,
        "turkish": 2,
        "polish": 3,
        "congolese": 3,
        "italian": 1,
        "romanian": 2.5,
        "spanish": 1,
        "portuguese": 1,
        "afghan": 0.5,
    },
    "BRU": {
        "flemish": 12,
        "french_belgian": 32,
        "moroccan": 25,
        "congolese": 10,
        "turkish": 5,
        "polish": 3,
        "italian": 2,
        "romanian": 4,
        "spanish": 2,
        "portuguese": 3,
        "afghan": 2,
    },
    "LIM": {
        "flemish": 66,
        "turkish": 10,
        "italian": 8,
        "moroccan": 5,
        "polish": 4,
        "congolese": 1,
        "french_belgian": 1,
        "romanian": 2,
        "spanish": 1.5,
        "portuguese": 0.5,
        "afghan": 1,
    },
    "OVL": {
        "flemish": 75,
        "moroccan": 5,
        "turkish": 5,
        "polish": 3,
        "congolese": 2,
        "french_belgian": 2,
        "italian": 1,
        "romanian": 3,
        "spanish": 1,
        "portuguese": 1,
        "afghan": 2,
    },
    "WVL": {
        "flemish": 83,
        "french_belgian": 3,
        "moroccan": 2,
        "polish": 4,
        "turkish": 1,
        "congolese": 1,
        "italian": 1,
        "romanian": 2,
        "spanish": 1,
        "portuguese": 1,
        "afghan": 1,
    },
}

# Probability that a family of this origin is French-speaking, inside / outside Brussels.
_FR_SHARE = {
    "flemish": (0.08, 0.0),
    "french_belgian": (1.0, 0.75),
    "moroccan": (0.8, 0.08),
    "turkish": (0.5, 0.03),
    "congolese": (0.9, 0.4),
    "polish": (0.4, 0.02),
    "italian": (0.8, 0.1),
    "romanian": (0.5, 0.03),
    "spanish": (0.7, 0.1),
    "portuguese": (0.8, 0.1),
    "afghan": (0.3, 0.02),
}

_TR_ASCII = str.maketrans("ıİşŞğĞçÇöÖüÜ", "iIsSgGcCoOuU")


def _harvest(fake: Faker, attr: str, method: str, rng: random.Random) -> _Pool:
    """Read a Faker provider's word list once; sample it if the attribute is not there."""
    for provider in fake.providers:
        data = getattr(provider, attr, None)
        if data is None or isinstance(data, str) or len(data) < 2:
            continue
        if isinstance(data, dict):
            return _Pool(list(data.keys()), [float(v) for v in data.values()])
        return _Pool(list(data))
    # Fallback: Faker changed its internals; draw a sample through the public API instead.
    fake.seed_instance(rng.randrange(2**31))
    return _Pool(sorted({getattr(fake, method)() for _ in range(2000)}))


# --------------------------------------------------------------------------------------------
# Reporter organisations per VK
# --------------------------------------------------------------------------------------------

_CITIES = {
    "ANT": ("Antwerpen", "Mechelen", "Turnhout", "Lier", "Geel", "Mol"),
    "VBR": ("Leuven", "Vilvoorde", "Halle", "Tienen", "Aarschot", "Dilbeek"),
    "BRU": ("Brussel", "Anderlecht", "Schaarbeek", "Molenbeek", "Jette", "Elsene"),
    "LIM": ("Hasselt", "Genk", "Sint-Truiden", "Tongeren", "Lommel", "Maasmechelen"),
    "OVL": ("Gent", "Aalst", "Sint-Niklaas", "Dendermonde", "Oudenaarde", "Eeklo"),
    "WVL": ("Brugge", "Kortrijk", "Oostende", "Roeselare", "Ieper", "Waregem"),
}
_PROVINCE = {
    "ANT": "Antwerpen",
    "VBR": "Vlaams-Brabant",
    "BRU": "Brussel",
    "LIM": "Limburg",
    "OVL": "Oost-Vlaanderen",
    "WVL": "West-Vlaanderen",
}
_HOSPITALS = {
    "ANT": (
        "UZA",
        "ZNA Koningin Paola Kinderziekenhuis",
        "GZA Sint-Augustinus",
        "AZ Turnhout",
        "AZ Sint-Maarten",
        "AZ Klina",
        "AZ Herentals",
    ),
    "VBR": (
        "UZ Leuven Gasthuisberg",
        "AZ Jan Portaels",
        "AZ Sint-Maria Halle",
        "RZ Tienen",
        "Heilig Hart Leuven",
        "AZ Diest",
    ),
    "BRU": (
        "UZ Brussel",
        "HUDERF",
        "Sint-Pietersziekenhuis",
        "Cliniques universitaires Saint-Luc",
        "CHU Brugmann",
        "Kliniek Sint-Jan",
    ),
    "LIM": ("Jessa Ziekenhuis", "ZOL Genk", "AZ Sint-Trudo", "AZ Vesalius", "Noorderhart"),
    "OVL": (
        "UZ Gent",
        "AZ Sint-Lucas Gent",
        "AZ Maria Middelares",
        "OLV Aalst",
        "AZ Nikolaas",
        "AZ Sint-Blasius",
        "AZ Oudenaarde",
    ),
    "WVL": (
        "AZ Sint-Jan Brugge",
        "AZ Groeninge",
        "AZ Delta",
        "AZ Damiaan",
        "Jan Yperman",
        "AZ West",
    ),
}
_POLICE = {
    "ANT": (
        "politiezone Antwerpen",
        "politiezone Mechelen-Willebroek",
        "politiezone Regio Turnhout",
        "politiezone Zuiderkempen",
        "politiezone Noord",
    ),
    "VBR": (
        "politiezone Leuven",
        "politiezone Vilvoorde-Machelen",
        "politiezone Zennevallei",
        "politiezone AMOW",
        "politiezone Kastze",
    ),
    "BRU": (
        "politiezone Brussel Hoofdstad Elsene",
        "politiezone Brussel-Zuid",
        "politiezone Brussel-West",
        "politiezone Brussel-Noord",
        "politiezone Montgomery",
    ),
    "LIM": (
        "politiezone HAZODI",
        "politiezone Carma",
        "politiezone Genk",
        "politiezone Sint-Truiden-Gingelom-Nieuwerkerken",
        "politiezone Lommel",
    ),
    "OVL": (
        "politiezone Gent",
        "politiezone Aalst",
        "politiezone Waasland-Noord",
        "politiezone Dendermonde",
        "politiezone Vlaamse Ardennen",
    ),
    "WVL": (
        "politiezone Brugge",
        "politiezone Vlas",
        "politiezone Oostende",
        "politiezone RIHO",
        "politiezone Arro Ieper",
    ),
}
_PARKET = {
    "ANT": (
        "parket Antwerpen",
        "parket Antwerpen, afdeling Mechelen",
        "parket Antwerpen, afdeling Turnhout",
    ),
    "VBR": ("parket Halle-Vilvoorde", "parket Leuven"),
    "BRU": ("parket Brussel",),
    "LIM": ("parket Limburg",),
    "OVL": (
        "parket Oost-Vlaanderen, afdeling Gent",
        "parket Oost-Vlaanderen, afdeling Dendermonde",
        "parket Oost-Vlaanderen, afdeling Oudenaarde",
    ),
    "WVL": (
        "parket West-Vlaanderen, afdeling Brugge",
        "parket West-Vlaanderen, afdeling Kortrijk",
        "parket West-Vlaanderen, afdeling Ieper",
        "parket West-Vlaanderen, afdeling Veurne",
    ),
}
_CAW = {
    "ANT": ("CAW Antwerpen", "CAW De Kempen", "CAW Boom Mechelen Lier"),
    "VBR": ("CAW Oost-Brabant", "CAW Halle-Vilvoorde"),
    "BRU": ("CAW Brussel",),
    "LIM": ("CAW Limburg",),
    "OVL": ("CAW Oost-Vlaanderen",),
    "WVL": (
        "CAW Noord-West-Vlaanderen",
        "CAW Zuid-West-Vlaanderen",
        "CAW Centraal-West-Vlaanderen",
    ),
}
_KETEN = {
    "ANT": ("Family Justice Center Antwerpen", "CO3 Mechelen", "CO3 Kempen"),
    "VBR": ("Ketenaanpak IFG Leuven", "Ketenaanpak IFG Halle-Vilvoorde"),
    "BRU": ("Ketenaanpak IFG Brussel", "Family Justice Center Brussel"),
    "LIM": ("Family Justice Center Limburg",),
    "OVL": ("Family Justice Center Oost-Vlaanderen", "Ketenaanpak IFG Aalst"),
    "WVL": ("Family Justice Center West-Vlaanderen", "Ketenaanpak IFG Kortrijk"),
}
_SCHOOL_NAMES = (
    "basisschool De Regenboog",
    "Sint-Jozefsinstituut",
    "GO! basisschool De Wingerd",
    "Vrije Basisschool Sint-Jan",
    "Stedelijke basisschool De Kleine Prins",
    "Technisch Instituut Sint-Paulus",
    "Freinetschool De Vlieger",
    "Sint-Lodewijkscollege",
    "basisschool 't Klavertje",
    "Gemeentelijke basisschool De Toverfluit",
    "Heilig-Hartcollege",
    "Sint-Ursula-instituut",
    "Mariagaard",
    "Don Bosco-instituut",
    "Sint-Victor",
    "basisschool De Notelaar",
    "Vrije Lagere School Het Anker",
    "Sint-Vincentiusschool",
)
_SCHOOL_ROLES = (
    ("juf van het 2de leerjaar", 3),
    ("juf", 4),
    ("leerkracht", 5),
    ("klastitularis", 2),
    ("directeur basisschool", 4),
    ("zorgcoördinator", 5),
    ("leerlingenbegeleider", 4),
    ("turnleerkracht", 1),
    ("kinderverzorgster kleuterklas", 1),
    ("directeur", 2),
    ("CLB-medewerker", 5),
    ("CLB-arts", 1),
    ("CLB-verpleegkundige", 1),
)
_HEALTH_ROLES = (
    ("huisarts", 8),
    ("kinderarts", 6),
    ("spoedarts", 4),
    ("verpleegkundige spoed", 3),
    ("vroedvrouw", 3),
    ("kinderpsychiater", 2),
    ("psycholoog", 3),
    ("tandarts", 1),
    ("logopedist", 1),
    ("kinesitherapeut", 1),
    ("sociaal verpleegkundige", 2),
)
_HEALTH_DEPTS = ("spoeddienst", "dienst kindergeneeskunde", "materniteit", "K-dienst", "NICU")
_FAMILY_ROLES = (
    ("grootmoeder", 10),
    ("grootvader", 4),
    ("oma langs moederszijde", 3),
    ("tante", 6),
    ("oom", 4),
    ("buurvrouw", 9),
    ("buurman", 5),
    ("moeder", 7),
    ("vader", 6),
    ("stiefmoeder", 1),
    ("plusmama", 1),
    ("ex-partner van moeder", 3),
    ("meter", 2),
    ("peter", 1),
    ("oudere zus", 2),
    ("vriendin van moeder", 3),
    ("kennis van het gezin", 3),
    ("de jongere zelf", 2),
    ("ouder van een klasgenoot", 3),
)
_JEUGDHULP = (
    ("Kind en Gezin", "verpleegkundige Kind en Gezin", 6),
    ("Opgroeien", "gezinsondersteuner", 3),
    ("Huis van het Kind {city}", "medewerker", 2),
    ("OCJ {province}", "consulent OCJ", 4),
    ("sociale dienst jeugdrechtbank {city}", "consulent SDJ", 3),
    ("Pleegzorg {province}", "pleegzorgbegeleider", 2),
    ("MPI De Zonnebloem", "opvoeder", 1),
    ("OOOC De Kade", "begeleider", 1),
    ("thuisbegeleidingsdienst De Link", "thuisbegeleider", 2),
    ("kinderdagverblijf 't Kapoentje", "kinderbegeleider", 2),
    ("onthaalouder", "onthaalouder", 1),
    ("CGG {city}", "psycholoog", 2),
)
_WELZIJN = (
    ("{caw}", "maatschappelijk werker", 5),
    ("OCMW {city}", "maatschappelijk werker", 4),
    ("JAC {city}", "jeugdhulpverlener", 2),
    ("Samenlevingsopbouw", "opbouwwerker", 1),
    ("Fedasil opvangcentrum", "sociaal assistent", 1),
    ("straathoekwerk {city}", "straathoekwerker", 1),
    ("wijkgezondheidscentrum", "maatschappelijk werker", 1),
    ("Vluchtelingenwerk Vlaanderen", "begeleider", 1),
)
_BRU_FR_ORGS = (
    ("ONE", "travailleuse médico-sociale"),
    ("SOS Enfants", "psychologue"),
    ("CPAS de Molenbeek", "assistante sociale"),
    ("école fondamentale n° 3", "institutrice"),
    ("SAJ de Bruxelles", "déléguée"),
)


class IdentityFactory:
    """Deterministic source of fake families, children's names, reporters, staff and phones."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        rng = self._rng
        # Build each Faker once: instantiating is slow and word lists never change.
        fakers: dict[str, Faker] = {}
        for i, loc in enumerate(
            ("nl_BE", "fr_BE", "tr_TR", "pl_PL", "it_IT", "ro_RO", "es_ES", "pt_PT")
        ):
            fake = Faker(loc)
            fake.seed_instance(seed * 31 + i)
            fakers[loc] = fake

        def h(loc: str, attr: str, method: str) -> _Pool:
            return _harvest(fakers[loc], attr, method, rng)

        nl_last = h("nl_BE", "last_names", "last_name")
        fr_last = h("fr_BE", "last_names", "last_name")
        pl_m_last = h("pl_PL", "male_last_names", "last_name_male")
        pl_u_last = h("pl_PL", "unisex_last_names", "last_name")
        tr_last = _Pool(
            list(h("tr_TR", "last_names", "last_name").items) + list(_TURKISH_LAST_EXTRA)
        )
        # Per origin: (last-name picker, adult M, adult V, child M, child V).
        p = _Pool
        self._last: dict[str, _Pool | tuple[_Pool, ...]] = {
            "flemish": nl_last,
            "french_belgian": fr_last,
            "moroccan": p(_MOROCCAN_LAST),
            "turkish": tr_last,
            "congolese": p(_CONGOLESE_LAST),
            "polish": (pl_m_last, pl_u_last),
            "italian": h("it_IT", "last_names", "last_name"),
            "romanian": h("ro_RO", "last_names", "last_name"),
            "spanish": h("es_ES", "last_names", "last_name"),
            "portuguese": h("pt_PT", "last_names", "last_name"),
            "afghan": p(_AFGHAN_LAST),
        }
        nl_m = h("nl_BE", "first_names_male", "first_name_male")
        nl_v = h("nl_BE", "first_names_female", "first_name_female")
        fr_m = h("fr_BE", "first_names_male", "first_name_male")
        fr_v = h("fr_BE", "first_names_female", "first_name_female")
        tr_m = h("tr_TR", "first_names_male", "first_name_male")
        tr_v = h("tr_TR", "first_names_female", "first_name_female")
        pl_m = h("pl_PL", "first_names_male", "first_name_male")
        pl_v = h("pl_PL", "first_names_female", "first_name_female")
        it_m = h("it_IT", "first_names_male", "first_name_male")
        it_v = h("it_IT", "first_names_female", "first_name_female")
        # (pool, probability) lists: the first pool whose probability hits is used.
        self._adult: dict[str, tuple[tuple[tuple[_Pool, float], ...], ...]] = {
            "flemish": (
                ((p(_FLEMISH_PARENT_M), 0.5), (nl_m, 1.0)),
                ((p(_FLEMISH_PARENT_V), 0.5), (nl_v, 1.0)),
            ),
            "french_belgian": (((fr_m, 1.0),), ((fr_v, 1.0),)),
            "moroccan": (((p(_MOROCCAN_ADULT_M), 1.0),), ((p(_MOROCCAN_ADULT_V), 1.0),)),
            "turkish": (((tr_m, 1.0),), ((tr_v, 1.0),)),
            "congolese": (((p(_CONGOLESE_ADULT_M), 1.0),), ((p(_CONGOLESE_ADULT_V), 1.0),)),
            "polish": (((pl_m, 1.0),), ((pl_v, 1.0),)),
            "italian": (((it_m, 1.0),), ((it_v, 1.0),)),
            "romanian": (
                ((h("ro_RO", "first_names_male", "first_name_male"), 1.0),),
                ((h("ro_RO", "first_names_female", "first_name_female"), 1.0),),
            ),
            "spanish": (
                ((h("es_ES", "first_names_male", "first_name_male"), 1.0),),
                ((h("es_ES", "first_names_female", "first_name_female"), 1.0),),
            ),
            "portuguese": (
                ((h("pt_PT", "first_names_male", "first_name_male"), 1.0),),
                ((h("pt_PT", "first_names_female", "first_name_female"), 1.0),),
            ),
            "afghan": (((p(_AFGHAN_M), 1.0),), ((p(_AFGHAN_V), 1.0),)),
        }
        cross_m, cross_v = p(_CROSS_M), p(_CROSS_V)
        adult = self._adult
        self._child: dict[str, tuple[tuple[tuple[_Pool, float], ...], ...]] = {
            "flemish": (
                ((p(_FLEMISH_CHILD_M), 0.8), (nl_m, 1.0)),
                ((p(_FLEMISH_CHILD_V), 0.8), (nl_v, 1.0)),
            ),
            "french_belgian": (
                ((p(_FRBE_CHILD_M), 0.8), (fr_m, 1.0)),
                ((p(_FRBE_CHILD_V), 0.8), (fr_v, 1.0)),
            ),
            "moroccan": (
                ((cross_m, 0.15), (p(_MOROCCAN_CHILD_M), 1.0)),
                ((cross_v, 0.15), (p(_MOROCCAN_CHILD_V), 1.0)),
            ),
            "turkish": (
                ((cross_m, 0.1), (p(_TURKISH_CHILD_M), 0.75), (tr_m, 1.0)),
                ((cross_v, 0.1), (p(_TURKISH_CHILD_V), 0.75), (tr_v, 1.0)),
            ),
            "congolese": (
                ((p(_CONGOLESE_CHILD_M), 0.85), (cross_m, 1.0)),
                ((p(_CONGOLESE_CHILD_V), 0.85), (cross_v, 1.0)),
            ),
            "polish": (((cross_m, 0.1), (pl_m, 1.0)), ((cross_v, 0.1), (pl_v, 1.0))),
            "italian": (
                ((p(_ITALIAN_CHILD_M), 0.5), (p(_FLEMISH_CHILD_M), 0.7), (it_m, 1.0)),
                ((p(_ITALIAN_CHILD_V), 0.5), (p(_FLEMISH_CHILD_V), 0.7), (it_v, 1.0)),
            ),
            "afghan": (
                ((cross_m, 0.1), (p(_AFGHAN_M), 1.0)),
                ((cross_v, 0.1), (p(_AFGHAN_V), 1.0)),
            ),
        }
        for origin in ("romanian", "spanish", "portuguese"):
            am, av = adult[origin]
            self._child[origin] = (((cross_m, 0.2), *am), ((cross_v, 0.2), *av))
        self._unisex = p(_UNISEX)
        self._particles = p(_FLEMISH_PARTICLE_NAMES)
        self._origin_pools = {
            vk: _Pool(list(w.keys()), list(w.values())) for vk, w in _ORIGIN_WEIGHTS.items()
        }
        self._flemish_streets = p(_FLEMISH_STREETS)
        self._stems = p(_STREET_STEMS)
        self._suffixes = _Pool(_STREET_SUFFIXES, (6, 4, 2, 2, 1, 1, 1))
        self._school_roles = _pool_from_pairs(_SCHOOL_ROLES)
        self._health_roles = _pool_from_pairs(_HEALTH_ROLES)
        self._family_roles = _pool_from_pairs(_FAMILY_ROLES)

    # ---- names ---------------------------------------------------------------------------

    def _origin(self, vk: str) -> str:
        return self._origin_pools[vk].pick(self._rng)

    def _last_name(self, origin: str, sex: str = "M") -> str:
        rng = self._rng
        if origin == "flemish" and rng.random() < 0.12:
            return self._particles.pick(rng)
        pools = self._last[origin]
        if isinstance(pools, tuple):  # Polish: feminine forms of -ski/-cki/-dzki names
            name = pools[0].pick(rng) if rng.random() < 0.5 else pools[1].pick(rng)
            if sex == "V" and name.endswith("ki"):
                name = name[:-1] + "a"
            return name
        return pools.pick(rng)

    def _first(self, table: dict, origin: str, sex: str) -> str:
        rng = self._rng
        chains = table[origin][0 if sex == "M" else 1]
        r = rng.random()
        for pool, threshold in chains:
            if r < threshold:
                return pool.pick(rng)
        return chains[-1][0].pick(rng)

    def _person(self, origin: str, sex: str, last_name: str | None = None) -> Person:
        return Person(
            first_name=self._first(self._adult, origin, sex),
            last_name=last_name or self._last_name(origin, sex),
            sex=sex,
        )

    def _any_name(self, vk: str, flemish_share: float) -> str:
        rng = self._rng
        origin = "flemish" if rng.random() < flemish_share else self._origin(vk)
        sex = "V" if rng.random() < 0.6 else "M"
        return self._person(origin, sex).full_name

    # ---- addresses and phones -----------------------------------------------------------

    def _street(self, vk: str, language: str) -> str:
        rng = self._rng
        if vk == "BRU" and rng.random() < 0.8:
            nl, fr = _BRUSSELS_STREETS[int(rng.random() * len(_BRUSSELS_STREETS))]
            return fr if language == "fr" else nl
        if rng.random() < 0.7:
            return self._flemish_streets.pick(rng)
        return self._stems.pick(rng) + self._suffixes.pick(rng)

    def _address(self, vk: str, language: str) -> Address:
        r = self._rng.random
        postcode, municipality = self._muni_pick(vk)
        if vk == "BRU" and language == "fr":
            municipality = _BRU_FR.get(municipality, municipality)
        x = r()
        number = (
            1 + int(r() * 80)
            if x < 0.7
            else 81 + int(r() * 170)
            if x < 0.95
            else (251 + int(r() * 170))
        )
        house = f"{number}{'ABC'[int(r() * 3)]}" if r() < 0.05 else str(number)
        box: str | None = None
        # Flats are far more common in the cities; Brussels mostly apartments.
        if r() < (0.55 if vk == "BRU" else 0.22):
            x = r()
            if x < 0.55:
                box = str(1 + int(r() * 12))
            elif x < 0.85:
                box = f"{int(r() * 7):02d}{1 + int(r() * 4):02d}"
            else:
                box = "ABCD"[int(r() * 4)] + (str(1 + int(r() * 3)) if r() < 0.5 else "")
        return Address(self._street(vk, language), house, box, postcode, municipality)

    def _muni_pick(self, vk: str) -> tuple[str, str]:
        pc, name = _MUNI_POOLS[vk].pick(self._rng).split("|", 1)
        return pc, name

    def _phone(self, vk: str | None, mobile_share: float = 0.75) -> str:
        return random_phone(self._rng, mobile_share=mobile_share, vk=vk)

    def _other_origin(self, origin: str, vk: str) -> str:
        # Mixed couples: mostly with a Flemish (or, in Brussels, French-Belgian) partner.
        if origin != "flemish":
            return "french_belgian" if vk == "BRU" and self._rng.random() < 0.6 else "flemish"
        return self._origin(vk)

    def _mother_origin(self, origin: str, vk: str) -> str:
        return self._other_origin(origin, vk) if self._rng.random() < 0.12 else origin

    # ---- public API ---------------------------------------------------------------------

    def family(self, vk: str) -> Family:
        """A family living inside the VK's province, with 1-2 listed parents."""
        if vk not in _MUNI_POOLS:
            raise ValueError(f"unknown VK code {vk!r}")
        rng = self._rng
        origin = self._origin(vk)
        fr_in, fr_out = _FR_SHARE[origin]
        language = "fr" if rng.random() < (fr_in if vk == "BRU" else fr_out) else "nl"
        ascii_turkish = origin == "turkish" and rng.random() < 0.6  # registers often drop ş, ğ…

        family_last = self._last_name(origin)
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
            family_last = family_last.translate(_TR_ASCII)
            parents = tuple(
                Person(
                    pp.first_name.translate(_TR_ASCII), pp.last_name.translate(_TR_ASCII), pp.sex
                )
                for pp in parents
            )
        return Family(
            last_name=family_last,
            origin=origin,
            address=self._address(vk, language),
            parents=parents,
            phone=self._phone(vk, mobile_share=0.8),
            language=language,
        )

    def child_first_name(self, family: Family, sex: str) -> str:
        """A first name for a child of this family; sex is M, V, X (other) or O (unknown)."""
        rng = self._rng
        if sex == "X" and rng.random() < 0.6:
            return self._unisex.pick(rng)
        if sex not in ("M", "V"):
            sex = "M" if rng.random() < 0.5 else "V"
        origin = family.origin if family.origin in self._child else "flemish"
        name = self._first(self._child, origin, sex)
        if origin == "turkish" and family.last_name.isascii():
            name = name.translate(_TR_ASCII)
        return name

    def reporter(self, melder_type: str, vk: str) -> Reporter:
        """A reporter ("melder") of the given type, anonymous in about 15% of cases."""
        rng = self._rng
        city = rng.choice(_CITIES.get(vk, _CITIES["ANT"]))
        province = _PROVINCE.get(vk, "Antwerpen")
        org, role = self._organisation(melder_type, vk, city, province)
        if melder_type == "ONBEKEND" or rng.random() < 0.15:
            return Reporter(None, None, org, role)
        private = melder_type == "PRIMAIRE_OMGEVING"
        name = self._any_name(vk, 0.55 if private else 0.8)
        phone = self._phone(vk, mobile_share=0.85 if private else 0.45)
        return Reporter(name, phone, org, role)

    def _organisation(self, melder_type: str, vk: str, city: str, province: str) -> tuple[str, str]:
        rng = self._rng
        if (
            vk == "BRU"
            and melder_type in ("WELZIJN", "SCHOOL", "JEUGDHULP_OPGROEIEN")
            and (rng.random() < 0.15)
        ):
            return rng.choice(_BRU_FR_ORGS)
        match melder_type:
            case "HULPLIJN_1712":
                return "Hulplijn 1712", rng.choice(
                    ("medewerker Hulplijn 1712", "hulpverlener 1712", "doorverwijzing 1712")
                )
            case "KETENAANPAK":
                return rng.choice(_KETEN[vk]), rng.choice(
                    ("casemanager", "ketenregisseur", "procesregisseur", "casusregisseur")
                )
            case "GEZONDHEIDSZORG":
                role = self._health_roles.pick(rng)
                if role == "huisarts":
                    return rng.choice(
                        (
                            f"huisartsenpraktijk {city}",
                            "groepspraktijk De Linde",
                            "huisartsenpraktijk Het Anker",
                            f"wijkgezondheidscentrum {city}",
                        )
                    ), role
                if role in ("psycholoog", "kinderpsychiater"):
                    return rng.choice(
                        (f"CGG {city}", "privépraktijk", rng.choice(_HOSPITALS[vk]) + ", K-dienst")
                    ), role
                if role in ("tandarts", "logopedist", "kinesitherapeut"):
                    return f"privépraktijk {city}", role
                if role == "vroedvrouw":
                    return rng.choice(
                        (
                            f"{rng.choice(_HOSPITALS[vk])}, materniteit",
                            "zelfstandige vroedvrouwenpraktijk",
                        )
                    ), role
                dept = "spoeddienst" if "spoed" in role else rng.choice(_HEALTH_DEPTS)
                return f"{rng.choice(_HOSPITALS[vk])}, {dept}", role
            case "POLITIE_JUSTITIE":
                r = rng.random()
                if r < 0.55:
                    return rng.choice(_POLICE[vk]), rng.choice(
                        (
                            "inspecteur",
                            "hoofdinspecteur",
                            "jeugdinspecteur",
                            "wijkagent",
                            "zedenrechercheur",
                        )
                    )
                if r < 0.85:
                    return rng.choice(_PARKET[vk]), rng.choice(
                        (
                            "jeugdmagistraat",
                            "parketmagistraat",
                            "substituut-procureur des Konings",
                            "parketjurist",
                        )
                    )
                return f"justitiehuis {city}", "justitieassistent"
            case "JEUGDHULP_OPGROEIEN":
                org, role, _ = rng.choices(_JEUGDHULP, weights=[w for *_, w in _JEUGDHULP])[0]
                return org.format(city=city, province=province), role
            case "WELZIJN":
                org, role, _ = rng.choices(_WELZIJN, weights=[w for *_, w in _WELZIJN])[0]
                return org.format(city=city, caw=rng.choice(_CAW[vk])), role
            case "SCHOOL":
                role = self._school_roles.pick(rng)
                if role.startswith("CLB"):
                    return rng.choice(
                        (f"CLB {city}", f"Vrij CLB {city}", f"GO! CLB {city}", f"VCLB {province}")
                    ), role
                school = rng.choice(_SCHOOL_NAMES)
                if rng.random() < 0.5:
                    school = f"{school} {city}"
                return school, role
            case "PRIMAIRE_OMGEVING":
                return "primaire omgeving", self._family_roles.pick(rng)
            case _:
                return "onbekend", rng.choice(("onbekend", "anonieme melder"))

    def staff_name(self) -> str:
        """Name of a VK counsellor (vertrouwensarts, consulent…)."""
        rng = self._rng
        origin = (
            "flemish"
            if rng.random() < 0.85
            else rng.choice(
                ("french_belgian", "moroccan", "turkish", "italian", "congolese", "polish")
            )
        )
        return self._person(origin, "V" if rng.random() < 0.75 else "M").full_name

    def phone(self) -> str:
        """A Belgian phone number (mobile or landline) in a random common notation."""
        return self._phone(None, mobile_share=0.7)
