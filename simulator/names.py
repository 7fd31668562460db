"""Names by origin: Faker's locale word lists plus the lists in simulator/data/names.

A family has an origin (Flemish, Moroccan, Turkish...) drawn from its VK's mix in
simulator/data/origins; the origin decides the surname and the first names of parents and
children (children of later generations get more Flemish and cross-community names).
"""

from __future__ import annotations

import random

from faker import Faker

from simulator.data_files import number, read_csv, read_lines
from simulator.weighted_pool import WeightedPool

__all__ = ["ORIGINS", "NamePools", "french_share", "without_turkish_letters"]

# Probability that a family of an origin speaks French: (in Brussels, elsewhere).
_FRENCH_SHARE = {
    row["origin"]: (number(row["in_brussels"]), number(row["elsewhere"]))
    for row in read_csv("origins/french_speaking.csv")
}
ORIGINS: tuple[str, ...] = tuple(_FRENCH_SHARE)

_ORIGIN_MIX = read_csv("origins/mix_per_vk.csv")

# Civil registers often drop the Turkish letters.
_TURKISH_TO_ASCII = str.maketrans("ıİşŞğĞçÇöÖüÜ", "iIsSgGcCoOuU")

# Faker locales, in the order their instances are seeded.
_LOCALES = ("nl_BE", "fr_BE", "tr_TR", "pl_PL", "it_IT", "ro_RO", "es_ES", "pt_PT")

# A first-name chain: (pool, threshold) pairs; the first pool whose threshold exceeds one
# random number is used, so thresholds are cumulative shares.
_Chain = tuple[tuple[WeightedPool, float], ...]


def french_share(origin: str, in_brussels: bool) -> float:
    """Probability that a family of this origin speaks French."""
    inside, outside = _FRENCH_SHARE[origin]
    return inside if in_brussels else outside


def without_turkish_letters(name: str) -> str:
    """The name as registers without Turkish letters write it (ş -> s, ğ -> g...)."""
    return name.translate(_TURKISH_TO_ASCII)


def _names(path: str) -> WeightedPool:
    return WeightedPool(read_lines(f"names/{path}.txt"))


def _harvest(fake: Faker, attr: str, method: str, rng: random.Random) -> WeightedPool:
    """Read a Faker provider's word list once; sample it if the attribute is not there."""
    for provider in fake.providers:
        data = getattr(provider, attr, None)
        if data is None or isinstance(data, str) or len(data) < 2:
            continue
        if isinstance(data, dict):
            return WeightedPool(list(data.keys()), [float(v) for v in data.values()])
        return WeightedPool(list(data))
    # Fallback: Faker changed its internals; draw a sample through the public API instead.
    fake.seed_instance(rng.randrange(2**31))
    return WeightedPool(sorted({getattr(fake, method)() for _ in range(2000)}))


class NamePools:
    """Every name pool, built once per seed (Faker's lists are read, not sampled)."""

    def __init__(self, seed: int, rng: random.Random) -> None:
        self._rng = rng
        # Build each Faker once: instantiating is slow and word lists never change.
        fakers: dict[str, Faker] = {}
        for i, loc in enumerate(_LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed * 31 + i)
            fakers[loc] = fake

        def faker_list(loc: str, attr: str, method: str) -> WeightedPool:
            return _harvest(fakers[loc], attr, method, rng)

        def faker_first(loc: str) -> tuple[WeightedPool, WeightedPool]:
            return (
                faker_list(loc, "first_names_male", "first_name_male"),
                faker_list(loc, "first_names_female", "first_name_female"),
            )

        # Faker's lists are read in a fixed order: the fallback of _harvest draws from rng.
        nl_last = faker_list("nl_BE", "last_names", "last_name")
        fr_last = faker_list("fr_BE", "last_names", "last_name")
        # Polish: masculine -ski/-cki names (made feminine for women) and unisex ones.
        pl_last = (
            faker_list("pl_PL", "male_last_names", "last_name_male"),
            faker_list("pl_PL", "unisex_last_names", "last_name"),
        )
        turkish_last = faker_list("tr_TR", "last_names", "last_name").items
        self._last: dict[str, WeightedPool | tuple[WeightedPool, ...]] = {
            "flemish": nl_last,
            "french_belgian": fr_last,
            "moroccan": _names("moroccan/surnames"),
            "turkish": WeightedPool(turkish_last + read_lines("names/turkish/extra_surnames.txt")),
            "congolese": _names("congolese/surnames"),
            "polish": pl_last,
            "italian": faker_list("it_IT", "last_names", "last_name"),
            "romanian": faker_list("ro_RO", "last_names", "last_name"),
            "spanish": faker_list("es_ES", "last_names", "last_name"),
            "portuguese": faker_list("pt_PT", "last_names", "last_name"),
            "afghan": _names("afghan/surnames"),
        }
        nl_m, nl_v = faker_first("nl_BE")
        fr_m, fr_v = faker_first("fr_BE")
        tr_m, tr_v = faker_first("tr_TR")
        pl_m, pl_v = faker_first("pl_PL")
        it_m, it_v = faker_first("it_IT")
        afghan_m, afghan_v = _names("afghan/male"), _names("afghan/female")
        # Per origin: (chain for men, chain for women).
        self._adult: dict[str, tuple[_Chain, _Chain]] = {
            "flemish": (
                ((_names("flemish/parents_male"), 0.5), (nl_m, 1.0)),
                ((_names("flemish/parents_female"), 0.5), (nl_v, 1.0)),
            ),
            "french_belgian": (((fr_m, 1.0),), ((fr_v, 1.0),)),
            "moroccan": (
                ((_names("moroccan/adults_male"), 1.0),),
                ((_names("moroccan/adults_female"), 1.0),),
            ),
            "turkish": (((tr_m, 1.0),), ((tr_v, 1.0),)),
            "congolese": (
                ((_names("congolese/adults_male"), 1.0),),
                ((_names("congolese/adults_female"), 1.0),),
            ),
            "polish": (((pl_m, 1.0),), ((pl_v, 1.0),)),
            "italian": (((it_m, 1.0),), ((it_v, 1.0),)),
        }
        for origin, loc in (("romanian", "ro_RO"), ("spanish", "es_ES"), ("portuguese", "pt_PT")):
            m, v = faker_first(loc)
            self._adult[origin] = (((m, 1.0),), ((v, 1.0),))
        self._adult["afghan"] = (((afghan_m, 1.0),), ((afghan_v, 1.0),))

        shared_m, shared_v = _names("shared_children_male"), _names("shared_children_female")
        flemish_m, flemish_v = _names("flemish/children_male"), _names("flemish/children_female")
        self._child: dict[str, tuple[_Chain, _Chain]] = {
            "flemish": (((flemish_m, 0.8), (nl_m, 1.0)), ((flemish_v, 0.8), (nl_v, 1.0))),
            "french_belgian": (
                ((_names("french_belgian/children_male"), 0.8), (fr_m, 1.0)),
                ((_names("french_belgian/children_female"), 0.8), (fr_v, 1.0)),
            ),
            "moroccan": (
                ((shared_m, 0.15), (_names("moroccan/children_male"), 1.0)),
                ((shared_v, 0.15), (_names("moroccan/children_female"), 1.0)),
            ),
            "turkish": (
                ((shared_m, 0.1), (_names("turkish/children_male"), 0.75), (tr_m, 1.0)),
                ((shared_v, 0.1), (_names("turkish/children_female"), 0.75), (tr_v, 1.0)),
            ),
            "congolese": (
                ((_names("congolese/children_male"), 0.85), (shared_m, 1.0)),
                ((_names("congolese/children_female"), 0.85), (shared_v, 1.0)),
            ),
            "polish": (((shared_m, 0.1), (pl_m, 1.0)), ((shared_v, 0.1), (pl_v, 1.0))),
            "italian": (
                ((_names("italian/children_male"), 0.5), (flemish_m, 0.7), (it_m, 1.0)),
                ((_names("italian/children_female"), 0.5), (flemish_v, 0.7), (it_v, 1.0)),
            ),
            "afghan": (((shared_m, 0.1), (afghan_m, 1.0)), ((shared_v, 0.1), (afghan_v, 1.0))),
        }
        for origin in ("romanian", "spanish", "portuguese"):
            adult_m, adult_v = self._adult[origin]
            self._child[origin] = (((shared_m, 0.2), *adult_m), ((shared_v, 0.2), *adult_v))
        self._unisex = _names("unisex_children")
        self._particles = _names("flemish/surnames_with_particle")
        self._origin_pools = {
            vk: WeightedPool.from_pairs(
                (row["origin"], number(row["weight"])) for row in _ORIGIN_MIX if row["vk"] == vk
            )
            for vk in dict.fromkeys(row["vk"] for row in _ORIGIN_MIX)
        }

    def origin(self, vk: str) -> str:
        """The origin of a family known to this VK."""
        return self._origin_pools[vk].pick(self._rng)

    def last_name(self, origin: str, sex: str = "M") -> str:
        rng = self._rng
        # Faker's Dutch list has few of the typically Flemish names with a particle.
        if origin == "flemish" and rng.random() < 0.12:
            return self._particles.pick(rng)
        pools = self._last[origin]
        if isinstance(pools, tuple):
            name = pools[0].pick(rng) if rng.random() < 0.5 else pools[1].pick(rng)
            if sex == "V" and name.endswith("ki"):
                name = name[:-1] + "a"
            return name
        return pools.pick(rng)

    def adult_first_name(self, origin: str, sex: str) -> str:
        return self._from_chain(self._adult[origin][0 if sex == "M" else 1])

    def child_first_name(self, origin: str, sex: str) -> str:
        return self._from_chain(self._child[origin][0 if sex == "M" else 1])

    def unisex_name(self) -> str:
        return self._unisex.pick(self._rng)

    def _from_chain(self, chain: _Chain) -> str:
        rng = self._rng
        r = rng.random()
        for pool, threshold in chain:
            if r < threshold:
                return pool.pick(rng)
        return chain[-1][0].pick(rng)
