"""Words that look like names but are not: common Dutch and French words (deduce's and
spaCy's lists), and the organisations, services and calendar words of VK notes."""

from __future__ import annotations

import ast
import importlib.util
from functools import lru_cache
from importlib import resources
from pathlib import Path

DOMAIN_WORDS = """
vk vecck clb kind gezin opgroeien parket jeugdrechter hulplijn nupraatikerover ocmw caw jac
politie politiezone pz school basisschool secundaire kinderopvang crèche ziekenhuis uz az
spoed spoeddienst pediatrie huisarts justitiehuis jeugdhulp kindreflex mano melding melder
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
juni juli augustus september oktober november december lundi mardi mercredi jeudi vendredi
samedi dimanche janvier février mars avril juin juillet août septembre octobre novembre
décembre mama papa moeder vader oma opa juf meester mevrouw meneer dokter broer zus zoon
dochter tante nonkel oom kind kinderen jongen meisje baby gesprek huisbezoek afspraak
vertrouwensarts consulent leerkracht directeur agent inspecteur zorgen vermoeden signalen
blauwe plekken gezin ouders moeder's vader's wij we ik hij zij ze er dit dat deze die
sint kerk markt station school centrum stad gemeente provincie antwerpen brussel bruxelles
vlaanderen wallonië belgië rood blauw groen wit zwart rrn insz rijksregisternummer
"""


def _deduce_list(name: str) -> set[str]:
    try:
        folder = resources.files("deduce").joinpath("data", "lookup", "src", "whitelist", name)
        lines = folder.joinpath("items.txt").read_text(encoding="utf-8").splitlines()
        return {line.strip().lower() for line in lines}
    except (FileNotFoundError, ModuleNotFoundError):
        return set()


def _spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop words for `language`, read from its ``stop_words.py`` without importing
    the language package: importing ``spacy.lang.fr`` compiles its tokenizer exceptions
    (seconds of regular-expression compiling we have no use for)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return set()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / language / "stop_words.py"
    # The file is `STOP_WORDS = set("""...""".split())`: take the string, run nothing.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return set(node.value.split())
    return set()


def _data_words(name: str) -> set[str]:
    text = resources.files("pipelines.scrubbing.data").joinpath(name).read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines() if line and line[0] != "#"}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Dutch and French function words (spaCy's lists): "de", "elle", "pas"."""
    return frozenset(_spacy_stop_words("nl") | _spacy_stop_words("fr"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    words = set(stop_words())
    words |= set(DOMAIN_WORDS.split())
    words |= _data_words("languages.txt") | _data_words("calendar.txt")
    words |= _deduce_list("lst_common_word") | _deduce_list("lst_stop_word")
    return frozenset(w for w in words if w)


def is_common_word(lower: str) -> bool:
    return lower in common_words()


# A word this rare in Dutch, French and English text (wordfreq's Zipf scale: 3 is once per
# million words) is no ordinary word of a note: after a first name it is the surname
# ("Saida boujdaini", "Emiel ter haegen"). Common words that are also surnames ("voet",
# "peeters") stay above it, and need a list of surnames to be taken.
RARE_ZIPF = 3.0
RARE_IN = ("nl", "fr", "en")


def load_word_frequencies() -> None:
    """Loads wordfreq's tables for RARE_IN now (about half a second), not at the first rare
    word of the first note: a worker forked after this inherits them."""
    from wordfreq import zipf_frequency

    for language in RARE_IN:
        zipf_frequency("de", language)


@lru_cache(maxsize=65536)
def is_rare_word(lower: str) -> bool:
    """A word of at least three letters that is rare in Dutch, French and English text."""
    from wordfreq import zipf_frequency  # its frequency tables load on first use

    letters = lower.replace("'", "").replace("’", "").replace("-", "")
    if len(letters) < 3 or not letters.isalpha():
        return False
    return all(zipf_frequency(lower, language) < RARE_ZIPF for language in RARE_IN)
