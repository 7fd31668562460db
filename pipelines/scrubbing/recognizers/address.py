"""Street addresses: street, house number (or range) and box, in Dutch and Brussels French,
as the Belgian address registry (BeST/CRAB) splits them: street name, house number, box
number; postcode and municipality are postcode_city's.

Four ways to spot one:

- a street word ending the name, written out or abbreviated ("Lange Leemstraat 145 bus
  3", "Stationsstr. 27", "Kon. Astridln. 118", "Gentse Stwg. 301", "Grote Markt 25");
- a French street word before the name, the number after it or before it ("rue de la
  Station 14", "Chée de Waterloo 1140", "avenue Louise 480 bte 12", "12, rue Haute");
- a street without a street word ("Meir", "Kouterken", "Hoogveld", "Ter Platen": many
  Flemish streets are named after a place, a field or a farm): capitalised words and a
  house number, when something near says it is an address: a box, "nr."/"n°", a
  postcode with municipality after it or before it, or a residence cue before it;
- a residence cue before any name and a number, also in lower case ("woont op kouterken
  9").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.scrubbing.address_edges import dwelling_unit_end
from pipelines.scrubbing.data import data_words
from pipelines.scrubbing.entities import LANGUAGE
from pipelines.scrubbing.recognizers.alternations import longest_first
from pipelines.scrubbing.recognizers.date_of_birth import english_months
from pipelines.scrubbing.recognizers.name_spans import is_institution, roles
from pipelines.scrubbing.recognizers.person_context import name_lists
from pipelines.scrubbing.recognizers.postcode_city import municipalities, municipality_at
from pipelines.scrubbing.recognizers.results import ScoredRecognizer, result
from pipelines.scrubbing.recognizers.vocabulary import (
    common_words,
    is_common_word,
    is_word_in_text,
    stop_words,
)

STREET_WORDS = (
    "straat|str\\.|laan|ln\\.|lei|steenweg|stwg\\.?|stw\\.|plein|pl\\.|dreef|weg|baan|kaai|"
    "vest|markt|singel|hof|pad|dijk|berg|veld|wijk|park|rei|gracht|kouter|dries|heide|ring|"
    "plaats|poort|hoek|meers|wegel|dam|boulevard|square|tuin|bos|beemd|akker|kerkhof|molen|"
    "kade|vliet|hoeve|warande|linde|velden|gaarde|bempden|driesen|kapel|broek|donk|"
    "heuvel|koer|bocht|helling|vlakte|polder|lindes|bergen|straatje|laantje|steeg|weide|dorp|strasse|straße|gasse|platz|allee|damm|ufer"
)
# the street words that end a one-word name glued to it ("Sleutelhof", "Ninoofsesteenweg")
STREET_WORDS_GLUED = "|".join(w for w in STREET_WORDS.split("|") if "." not in w)
# abbreviations that end a street name only when glued to it ("Uildr." is Uildreef; a
# "Dr." standing alone is a doctor)
GLUED_STREET_WORDS = r"(?<=[a-zà-ÿ])dr\.|(?<=[a-zà-ÿ]{3})st\.(?=[ \t]*\d)"
# A look-ahead for the first two letters of STREET_WORDS and GLUED_STREET_WORDS (dr., st.),
# in any case as the regex engine folds it: put before their alternation, it spares the engine
# trying every street word at each letter of a word, as the word's end is looked for by
# backtracking (a third of the street patterns' time). Each street word has two letters first.
_FIRSTS = {word[0] for word in STREET_WORDS.split("|")} | {"d", "s"}
_SECONDS = {word[1] for word in STREET_WORDS.split("|")} | {"r", "t"}
STREET_WORD_INITIALS = f"(?=(?i:[{''.join(sorted(_FIRSTS))}][{''.join(sorted(_SECONDS))}]))"
FRENCH_STREETS = (
    r"[Rr]ue|[Aa]venue|[Aa]v\.|[Cc]haussée|[Cc]h(?:ée|\.)|[Bb]oulevard|[Bb]d\.?|[Pp]lace|"
    r"[Pp]l\.|[Ss]quare|[Ss]q\.|[Qq]uai|[Dd]rève|[Cc]los|[Ii]mpasse|[Aa]llée|[Cc]hemin|"
    r"[Pp]arvis|[Gg]alerie|[Bb]vd\.?|[Rr]ond-[Pp]oint|[Ss]entier|[Rr]uelle|[Cc]ité|[Vv]enelle|[Pp]ré|"
    r"[Tt]ienne|r\.|[Cc]haussee|[Cc]hee|[Cc]hamp|[Aa]ve\.?|[Bb]ld\.?|[Dd]reve|[Aa]llee|[Cc]ite|"
    r"[Rr]ésidence|[Rr]esidence|[Pp]assage|[Rr]oute|[Tt]hier|[Rr]ampe|[Mm]ontée|[Vv]oie|[Hh]ameau|"
    r"[Cc]our|[Ff]aubourg|[Ff]bg\.|"
    # Walloon places that name streets, capitalised only, as they are ordinary French words
    # too ("Ferme de la Tour 12", "24, Try des Bruyères"); not "Al" ("Al Pîre, 31"), which
    # opens Arabic surnames
    r"(?-i:Ferme|Moulin|Cense|Tige|Try|Fond)"
)
# the first letters of FRENCH_STREETS: a look-ahead for them lets the regex engine skip to
# each one instead of trying every position
FRENCH_INITIALS = "".join(
    sorted(
        {c for i in re.findall(r"(?:^|\|)\[?([A-Za-z])", FRENCH_STREETS) for c in (i, i.lower())}
    )
)
# the adjectives a street's name opens with ("Oude Baan", "lange kievitstr.")
STREET_ADJECTIVES = "lange|korte|oude|nieuwe|grote|kleine|hoge|lage"
NAME_PREFIXES = (
    f"{STREET_ADJECTIVES}|sint|pastoor|koning|koningin|prins|"
    "prinses|dokter|burgemeester|kardinaal|generaal|kapitein|onze-lieve-vrouw|o\\.l\\.vrouw|"
    "kon\\.|kard\\.|burg\\.|gen\\.|past\\.|pr\\.|dr\\.|st\\.|o\\.\\s?l\\.\\s?v\\.|mgr\\.|monseigneur"
)
# a look-ahead for the first letters of NAME_PREFIXES (as STREET_WORD_INITIALS for the street
# words): tried at every word before a street word, most of them no prefix
_PREFIX_FIRSTS = sorted({word[0] for word in NAME_PREFIXES.split("|")})
NAME_PREFIX_INITIALS = f"(?=(?i:[{''.join(_PREFIX_FIRSTS)}]))"
# what a street name's first word may be glued to: "St.-Jorisstraat", "O.L.Vrouwstraat"
GLUED_PREFIX = r"(?:(?i:st\.?-|o\.\s?l\.\s?|o\.-l\.-)\s?)?"
# a number followed by one of these counts something, it is no house number (nor is one
# that opens a date: "2005-09-12", "12/03/2015")
UNITS = (
    r"jaar|jaren|j|maand|maanden|week|weken|dag|dagen|uur|u|h|min|minuten|keer|x|kg|km|m|cm|"
    r"euro|eur|kinderen|personen|ans|an|mois|jours|fois|heures|procent|leerjaar|%|°|€|"
    r"hours|hrs|days|weeks|months|years|times|minutes|mins|nights|nachten|nuits|stunden|tage"
)
ORDINAL = r"ste|de|e|ème|er|re"


def _month_words() -> str:
    """The month names and abbreviations of the date recognizer's data: a number that one
    follows is a day ("Grote Markt, 14 maart"), no house number."""
    words = set(data_words("date_months.txt"))
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


MONTHS = _month_words()
MONTH_WORD = re.compile(rf"(?i:{MONTHS})\.?")  # (English ones are not in date_months.txt)
NR = r"(?:(?i:(?:op\s+)?nummer|nr|no|n°|num)\.?\s*)"
NUMBER = (
    rf"(?!0)\d{{1,4}}(?!\d)(?![.,:]\d)(?![-/]\d{{1,2}}[-/]\d)(?!(?:{ORDINAL})(?!\w))"
    # (nor a range of a quantity: "Sleeps 4–5 hours")
    rf"(?!\s?[-–]\s?\d{{1,4}}\s*(?:{UNITS})(?!\w))"
    rf"(?!\s*(?:{UNITS})(?!\w))"
    rf"(?!\s*(?i:{MONTHS})(?!\w))"
    # (a letter that begins no word: not "27 B, 4760 Büllingen"'s B of the municipality; a
    # range, not a postcode after a dash: "Langemunt, 9 - 2170 Merksem")
    r"(?:[ \t]?(?:(?i:bis|ter)|[a-zA-Z])(?![^\W\d_]|\.\s?\d))?"
    # (an en dash as word processors set it: "Nieuwstraat 34–36")
    r"(?:[-–]\d{1,4}[a-zA-Z]?|\s?[-–]\s?\d{1,3}(?!\d)[a-zA-Z]?)?"
)
# a box is digits maybe with letters ("3", "0203", "2B"), a letter maybe with digits ("A",
# "B3") or two letters ("RC"): never a word ("9 bus naar school", "9 belde")
BOX_NUMBER = (
    r"(?:(?i:rdc|gv)\b|\d{1,2}(?:de|e|ème|er)\s?(?i:verd|ét|étage|verdieping)\b\.?"
    r"|(?:\d[0-9A-Za-z]{0,4}|[A-Za-z](?:\d{1,4}|[A-Za-z])?)(?![A-Za-z])(?:\.[0-9A-Za-z]{1,3})?\b)"
)
# "bus 3", ", bte 12", "/0203", "- bus 21", and in brackets "(bus 5)"
# the box's word in any case but a lone "B" ("BUS 3", "Bte 2"; "12 B" is a letter)
# ("bu", as hurried writers cut "bus"; "Bf.", the German Briefkasten of East Belgium)
BOX_WORDS = frozenset({"bus", "bte", "bt", "boîte", "box", "bu", "bf", "bk"})
SPELLED_BOX_WORD = f"(?i:{longest_first(BOX_WORDS)})"
BOX_WORD = rf"(?:{SPELLED_BOX_WORD}\.?|b\.?|B\.(?=\s?\d))"
WRITTEN_BOX = rf"(?:\s*,?|\s+[-–])\s*(?:/\s*{SPELLED_BOX_WORD}|{BOX_WORD}|/)\s*{BOX_NUMBER}"
BOX = rf"(?:{WRITTEN_BOX}|\s*\(\s*(?:{SPELLED_BOX_WORD}|b\.)\s*{BOX_NUMBER}\s*\))?"
WORD = r"[A-Za-zÀ-ÿ'’\-]+"
NAME_AFTER_NUMBER = re.compile(r"[^\S\n]*,?[^\S\n]*")
WORD_AT = re.compile(r"[^\W\d_][\w'’\-]*")
CAPITALS_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+) \Z")
# a box written after the street's name of a number-first address, or in brackets
BOX_AFTER = re.compile(rf"{WRITTEN_BOX}|{BOX}")
CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+"
# a word of a street's name before its street word: capitalised, or a prefix in any case
NAME_OPENING = rf"(?:{CAPITALISED}|{NAME_PREFIX_INITIALS}(?i:{NAME_PREFIXES}))"

# The other language's name of a Brussels street, before or after a slash
# (a slash with or without spaces, or a spaced dash: "r. du Canal - Vaartstraat")
OTHER_NAME_MARK = r"(?:[ \t]?/[ \t]?|[ \t][-–][ \t])"
FRENCH_NAME_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:{FRENCH_STREETS})\s+[^\n/,;–]{{1,40}}?{OTHER_NAME_MARK}\Z"
)
DUTCH_NAME_AFTER = re.compile(
    rf"{OTHER_NAME_MARK}(?:{CAPITALISED}\s+){{0,2}}[A-ZÀ-Ý][a-zà-ÿ'’\-]*"
    rf"(?:{STREET_WORDS_GLUED})(?!\w)"
)
# "Kerkstraat z/n", "rue du Moulin s/n": a street's house without a number (zonder nummer,
# sans numéro), as a caravan's site or a farm is written
NO_NUMBER = r"(?i:[zs]/n)(?![\w/])"
HOUSE_NUMBER_START = re.compile(rf"\d+|(?<![\w/]){NO_NUMBER}")
STREET_NAMED = re.compile(
    rf"(?=[^\W\d_])\b(?P<address>(?:"
    # (the name's words on the street word's line: "Herrn Niklas Thissen⏎Lascheter Weg 33/7")
    rf"(?:{NAME_OPENING}[ \t]*(?<=[ \t.])){{1,2}}(?=[A-ZÀ-Ý])"
    rf"|(?:{NAME_OPENING}[ \t]*(?<=[ \t.])){{0,2}}{GLUED_PREFIX}{WORD}"
    rf"){STREET_WORD_INITIALS}(?:(?i:{STREET_WORDS})|{GLUED_STREET_WORDS}),?\s*"
    rf"(?:{NR}?{NUMBER}{BOX}|{NO_NUMBER}))"
    r"(?![\d/])"
)
# "à" between two of the name's words, as in "rue du Moulin à Vent"; the street word, the
# particles and the name in any case ("CHAUSSÉE DE HAECHT 14", "rue des carmes 41"): a name's
# word in lower case is checked in code (no function word: "place pour 3 enfants")
FRENCH_PARTICLES = r"(?i:de|du|des|la|le|l'|l’|d'|d’|aux?)"
# a day that names a street ("rue du 11 Novembre 29", "place du 20 Août, 14")
FRENCH_DAY_NAME = (
    r"(?:1er|\d{1,2})\s+(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre)(?!\w)(?![ \t]+(?:19|20)\d\d(?!\d))"
)
STREET_FRENCH = re.compile(
    rf"(?=[{FRENCH_INITIALS}])\b(?P<address>(?i:{FRENCH_STREETS})\s+(?P<name>(?:(?:{FRENCH_PARTICLES}|"
    rf"à(?=\s+[A-ZÀ-Ý])|{FRENCH_DAY_NAME}|[^\W\d_][\w'’\-]*)\s*){{1,5}}),?\s*"
    rf"(?:{NR}?{NUMBER}{BOX}|{NO_NUMBER}))"
    r"(?![\d/])"
)
# A French street after its house number: the street word, its particles and up to four words
# of its name, cut in code (french_street_end)
# (a name's word holds letters, a hyphen or an apostrophe between them: not "b-1000" of the
# postcode after it, "rue du progrès b-1000 bruxelles")
STREET_NAME_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w\-])"
STREET_AFTER_NUMBER = (
    rf"(?=(?i:[{FRENCH_INITIALS}]))(?P<street>(?i:{FRENCH_STREETS}))\s+(?:{FRENCH_PARTICLES}\s*)*"
    rf"(?P<name>{STREET_NAME_WORD}(?:\s+{STREET_NAME_WORD}){{0,3}})"
)
FRENCH_STREET_AFTER_NUMBER = re.compile(STREET_AFTER_NUMBER)
# The number (and box) before the street, as French writes it ("12, rue Haute", "42 bte
# 12, r. Vandenpeereboom", "33b, chaussée de ninove"); the name's words in any case, cut
# in code at the first function word ("rue haute avec sa mère").
HOUSE_FIRST = (
    r"(?<![\d/.,:])(?P<number>\d{1,4})(?:[-–]\d{1,4})?(?:\s?(?:(?i:bis|ter)|[a-zA-Z])(?![a-zA-Z]))?"
    + BOX
)
FRENCH_NUMBER_FIRST = re.compile(
    # "au numéro 18 de la rue de la Station": "de la" between the number and the street
    rf"{HOUSE_FIRST},?\s+(?:(?i:de\s+la|de\s+l['’]|du|de)\s*)?"
    # (the street word's first letter looked for first: most numbers have none after them)
    rf"{STREET_AFTER_NUMBER}"
)
# and a Dutch street name after the number and a comma ("56, Kapelstraat")
DUTCH_NUMBER_FIRST = re.compile(
    rf"{HOUSE_FIRST}(?:,\s+(?:{NAME_OPENING}\s*(?<=[\s.])){{0,2}}"
    rf"{GLUED_PREFIX}{WORD}{STREET_WORD_INITIALS}(?:(?i:{STREET_WORDS})|{GLUED_STREET_WORDS})(?!\w)"
    # without the comma only a capitalised name with the street word glued to it, as English
    # writes it ("at 6 Hunderenveld", "from 10 Vooruitgangstraat/12", "170 Jean Voldersstraat")
    rf"|[ \t]+(?:{CAPITALISED}[ \t]+){{0,2}}[A-ZÀ-Ý][a-zà-ÿ'’\-]+"
    rf"(?<=[a-zà-ÿ]{{3}})(?:{STREET_WORDS_GLUED})(?!\w))"
)
CUE = (
    r"woont\s+(?:in|op|aan|te)|wonende(?:\s+te)?|woonachtig(?:\s+(?:te|in|op))?|adres\s*:?|"
    r"verhuis(?:d|de|den|t)?\s+naar|verhuizen\s+naar|ingeschreven\s+op|domicilie\s*:?|"
    r"verblijft\s+(?:in|op)|habite(?:\s+au)?|domicilié(?:e)?\s+(?:au|à)|"
    r"(?:woon|woont|wonen|woonde|woonden)\s+(?:nu\s+|nog\s+|sinds\s+kort\s+)?(?:op|in|aan)"
)
STREET_AFTER_CUE = re.compile(
    rf"(?i:{CUE})\s+(?:de\s+|het\s+|'t\s+)?(?P<address>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}"
    rf"\s+{NR}?{NUMBER}{BOX})(?![\d/])"
)
# a street in lower case ending in a long street word, glued or alone after an adjective
LOWER_STREET = re.compile(
    rf"(?<![\w'’\-])(?P<address>(?P<name>(?:[a-zà-ÿ][a-zà-ÿ'’\-]*\s+){{0,2}}"
    rf"(?:[a-zà-ÿ]{{2,}}(?:straat|laan|baan|plein|steenweg|dreef|kaai|dijk|vest|wegel|lei)"
    rf"|(?:{STREET_ADJECTIVES})\s+(?:baan|weg|straat|dreef|vest|dijk)))"
    rf"\s+{NR}?{NUMBER}{BOX})(?![\d/])"
)
# lower case, as in a parent's e-mail ("we wonen nu op kouterken 9"): after a strong cue
LOWER_AFTER_CUE = re.compile(
    rf"(?i:\b(?:woon|woont|wonen|woonde|woonden|verblijf|verblijft|verblijven)\s+"
    rf"(?:nu\s+|nog\s+|sinds\s+kort\s+)?(?:op|in|aan)\s+(?:de\s+|het\s+|'t\s+)?)"
    rf"(?P<address>(?P<name>[a-zà-ÿ][a-zà-ÿ'’\-]+(?:\s+[a-zà-ÿ][a-zà-ÿ'’\-]+){{0,2}})"
    rf"\s+{NR}?{NUMBER}{BOX})(?![\d/])"
)
# An address label or a residence verb, matched from its stem ("adres", "domicil",
# "woon", "verhui", "habite"), then a street in any case ("Adres: kouter 181", "op het
# adres hoeve ter elst 233", "Domicilié(e)s chaussée de waterloo 154", "verhuisd naar oud
# hof 79", "het gezin woont vogelzang 6"): the cue says what follows is an address; the
# name's words are checked in code (no function words but particles).
LABEL_AFTER_CUE = re.compile(
    r"(?i:(?:adres(?:se)?(?:\s+(?:sinds|depuis)\s+\w+|\s+(?:is|est))?\s*:?|domicil(?:ie(?:\s+gezin)?\s*:?"
    r"|ieerd(?:\s+(?:op|in|te))?|i[ée](?:\(e\)|e)?s?(?:\s+(?:au|à))?)"
    r"|verhui(?:sd|sde|sden|st|zen)\s+naar|habite(?:nt)?(?:\s+(?:au|à))?"
    r"|woon(?:t|de|den|en)?(?:\s+(?:nu|nog|sinds\s+kort))?(?:\s+(?:op|in|aan|te))?)\s+)"
    rf"(?P<address>(?P<name>[^\W\d_][\w'’\-]*\.?(?:\s+[^\W\d_][\w'’\-]*){{0,3}}?)"
    rf",?\s+{NR}?{NUMBER}{BOX})(?![\d/])"
)


# Streets without a street word: up to four name words (capitalised, or a particle inside
# "Hof ter Linden"), then the house number; the evidence around it is checked in code.
BARE_NAME = re.compile(
    r"(?P<name>(?:['’]t[^\S\n]+)?[A-ZÀ-Ý][\wà-ÿ'’\-]*(?:[^\S\n]+(?:ter|ten|de|den|der|dem|des|du|la|le|"
    # (German capitalises the number's word: "Unterstadt Nummer 3")
    r"les|het|'t|van|op|(?!(?i:nummer|nr|num)\b)[A-ZÀ-Ý]"
    r"[\wà-ÿ'’\-]*)){0,3})(?:[^\S\n]*,)?[^\S\n]+(?P<nr>" + NR + r")?\Z"
)
# Flemish places name streets with "ten"/"ter" ("Ten Bosse", "Ter Biest", "Hof ten Berg",
# "Hoek 't Zand"): with a house number after them, of ordinary words or not, a street
TOPONYM_PARTICLES = frozenset({"ten", "ter", "den", "'t", "’t"})
STREET_WORD_ALONE = re.compile(rf"(?:{STREET_WORDS})")
# an address block of a letter: the street's line, then the postcode's
ADDRESS_BLOCK_LINE = re.compile(r"[^\S\n]*\n[^\S\n]*(?:BE?-?\s?)?[1-9]\d{3}[^\S\n]+\S")
# a street in lower case as an item of a listing ("tel. ... | weverij n° 84, 9000 gent")
LISTED_NAME = re.compile(
    r"(?:\A|(?<=[,|;:•\n])|(?<=\s[-–]))\s*"
    r"(?P<name>[a-zà-ÿ'][\w'’\-]*(?:\s+[a-zà-ÿ'][\w'’\-]*){0,2})"
    r"(?:\s*,)?\s+\Z"
)
HOUSE = re.compile(rf"(?P<number>{NUMBER})(?P<box>{BOX})(?![\d/])")
LETTERED_OR_RANGED = re.compile(r"\d[A-Za-z]$|(?P<low>\d+)\s?[-–]\s?(?P<high>\d+)")
# the widest range of house numbers written as one address ("178-180", "93-95", "12-24")
RANGE_SPAN = 20
# (in brackets too, or the municipality joined by a dash: "(2170 Merksem)", "3530-Houthalen")
POSTCODE_AFTER = re.compile(
    # (the municipality on the postcode's line: "March 3, 2025⏎We met" is a date)
    r"\s*(?:[,(–]|\s-\s)?\s*(?:BE?-?\s?)?[1-9]\d{3}(?:[^\S\n]+|-(?=[A-ZÀ-Ý]))(?P<city>[A-ZÀ-Ý])?"
)
# "Heirbaan 70 te Oudenaarde", "Weverij 233C in Kortrijk", "à Kraainem", "te 2830
# Willebroek": a municipality, its postcode before it or not
CITY_AFTER = re.compile(r"\s*,?\s*(?:te|in|à)\s+(?:[1-9]\d{3}[\s\-]+)?", re.IGNORECASE)
CITY_NEXT = re.compile(r"[ \t]*,?[ \t]*(?=[A-ZÀ-Ý])")
# the municipality's postcode in brackets after it ("DORP-OOST 4, Herselt (2230)")
BRACKETED_POSTCODE_NEXT = re.compile(r"[ \t]*\([ \t]*[1-9]\d{3}[ \t]*\)")
# where a house number ends its clause ("verblijft bij vader, hooiweide 9.")
CLAUSE_ENDS = re.compile(r"\s*(?:[.,;|)\n]|\Z)")
CLAUSE_GOES_ON = re.compile(r"\s+(?:en|and|maar|but|et|mais)\s")
PLACE_PREPOSITION = re.compile(r"(?<![\w'’])(?:op|aan|to|at)\s+\Z")
POSTCODE_BEFORE = re.compile(
    r"(?:B-?\s?)?[1-9]\d{3}\s+[A-ZÀ-Ý][\w'’\-.]*(?:\s+[A-ZÀ-Ý][\w'’\-.]*)?\s*[,:]\s*\Z"
)
# (The patterns below that start with a look-ahead for their first character let the regex
# engine skip to the positions a match can start at, instead of trying their look-behind or
# alternation at every position.)
RESIDENCE_WORD = (
    r"(?=(?i:[adghilprvwz]))(?i:\b(?:p/a|anschrift|wohnt|wohnhaft|wohnen|wohnte|wohnung|"
    r"wohnsitz|zweitwohnsitz|wohnort|woont|wonen|woon|woonde|wonende|woonachtig|verblijft|"
    r"verblijven|verblijfplaats|verhuisd|verhuisde|verhuizen|verhuist|ingeschreven|"
    r"gedomicilieerd|domicilie|adres|adresse|domicile|habite|habitent|vit|vivent|loge|logent|"
    r"réside|résident|résidant|demeure|demeurant|woonplaats)\b)"
)
CUE_BEFORE = re.compile(RESIDENCE_WORD + r"[^.\n]{0,30}\Z")
# "verblijft bij de partner van mama, hazelaar nr. 171": a residence word in the sentence
# (an initial's dot does not end it: "verblijft bij papa L. Peeters, oude baan 55")
LISTED_CUE_BEFORE = re.compile(RESIDENCE_WORD + r"(?:[^.\n]|(?<=\b[A-ZÀ-Ý])\.){0,60}\Z")
# a word stem every residence cue holds: the cue patterns run only where one is
ANY_CUE = re.compile(
    r"(?=(?i:[adhivw]))(?i:woon|wonen|adres|verhui|ingeschreven|domicil|verblijf|habite)"
)
YEAR = re.compile(r"(?:19|20)\d\d")
DIGITS = re.compile(r"(?=\d)(?<![\d/.,:+\-])\d")
WINDOW = 60
# What every STREET_NAMED match holds: a street word, then (after any whitespace, and any
# "nr."/"n°" with whitespace) the first digit of the house number. Looked for backwards
# from each run of digits, far cheaper than trying STREET_NAMED at every word of a note
# that holds no street name.
DIGIT_RUN = re.compile(r"(?=\d)(?<!\d)\d")
STREET_WORD_END = re.compile(rf"(?i:{STREET_WORDS})\Z")
NR_END = re.compile(r"(?i:(?:op\s+)?nummer|nr|no|n°|num)\.?\Z")
NR_REACH = 12  # "op nummer" and its dot


# the same two as plain suffixes, for str.endswith (a tuple look-up, no regex engine)
def _plain_suffixes(alternation: str) -> tuple[str, ...]:
    suffixes = set()
    for word in alternation.split("|"):
        if word.endswith("\\.?"):
            suffixes.update((word[:-3], word[:-3] + "."))
        else:
            suffixes.add(word.replace("\\.", "."))
    return tuple(sorted(suffixes))


STREET_SUFFIXES = _plain_suffixes(STREET_WORDS) + ("dr.", "st.")
FIRST_WORD = re.compile(r"([^\W\d_]+)\s+(?=[^\W\d_])")
NR_SUFFIXES = tuple(f"{nr}{dot}" for nr in ("nr", "no", "n°", "nummer", "num") for dot in ("", "."))
# the longest street name with its prefixes, and the longest number with its box
STREET_BEFORE, STREET_AFTER = 90, 40
LONGEST_STREET_WORD = max(len(word.replace("\\", "")) for word in STREET_WORDS.split("|"))


def _skip_space_back(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _skip_comma_back(text: str, end: int) -> int:
    """Past the whitespace and any one comma before `end` ("Kerkstraat, 117")."""
    end = _skip_space_back(text, end)
    if end > 0 and text[end - 1] == ",":
        end = _skip_space_back(text, end - 1)
    return end


def street_numbers(text: str) -> list[int]:
    """Where a number follows a street word (after any whitespace, and any "nr."/"n°"):
    the only places a STREET_NAMED match can end its street name."""
    found = []
    for digit in HOUSE_NUMBER_START.finditer(text):
        end = _skip_comma_back(text, digit.start())
        if end == 0 or not (text[end - 1].isalpha() or text[end - 1] in ".°"):
            continue  # every suffix ends so, and most numbers (dates, times) have none
        before = text[max(0, end - LONGEST_STREET_WORD) : end].lower()
        if before.endswith(STREET_SUFFIXES):
            found.append(digit.start())
            continue
        if before.endswith(NR_SUFFIXES):
            nr = NR_END.search(text, max(0, end - NR_REACH), end)
            end = _skip_comma_back(text, nr.start()) if nr else end
            if text[max(0, end - LONGEST_STREET_WORD) : end].lower().endswith(STREET_SUFFIXES):
                found.append(digit.start())
    return found


def may_hold_street_named(text: str) -> bool:
    """False only when STREET_NAMED cannot match `text` (exact, not a heuristic)."""
    return bool(street_numbers(text))


def _street_named(text: str) -> set[tuple[int, int]]:
    """STREET_NAMED's matches, looked for only in a window around each number that
    follows a street word: the street name before it is at most a few words long. And
    a street in lower case whose last word ends in a long street word ("in de pastoor de
    vosstraat 105", "slaapt in de oude baan 20", "van beverenplein 195"): its other words
    no function words but particles."""
    spans = set()
    for digit in street_numbers(text):
        window_start = max(0, digit - STREET_BEFORE)
        window_end = min(len(text), digit + STREET_AFTER)
        window = STREET_NAMED.finditer(text, window_start, window_end)
        spans.update(
            _with_capitals_before(match.string, *_without_label(match))
            for match in window
            if match.end() > digit
        )
        for match in LOWER_STREET.finditer(text, window_start, window_end):
            if match.end() > digit and _street_words(match.group("name")):
                spans.add(match.span("address"))
    return spans


def _with_capitals_before(text: str, start: int, end: int) -> tuple[int, int]:
    """'VAN BEVERENPLEIN 18': a street in capitals takes the words in capitals before its
    street word's word, up to two, as its name's ("BURGEMEESTER VAN DAMMELAAN 4"); not a
    role, an institution or a word of no street."""
    first = WORD_AT.match(text, start)
    if first is None or not first.group().isupper():
        return start, end
    for _ in range(2):
        before = CAPITALS_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            break
        word = before.group("word")
        lower = word.lower()
        if lower in roles() or lower in not_streets() or is_institution(word):
            break
        start = before.start("word")
    return start, end


def _without_label(match: re.Match[str]) -> tuple[int, int]:
    """The address without a label or a dwelling's word before the street's name, which the
    capitalised words before a street word may take in ("Woning Molenstraat 5: vochtig",
    "Adres Kerkstraat 5"): a word of not_streets.txt opening it is left out."""
    start, end = match.span("address")
    first = FIRST_WORD.match(match.string, start, end)
    if first is not None and first.group(1).lower() in not_streets():
        start = first.end()
    return start, end


@lru_cache(maxsize=1)
def particles() -> tuple[frozenset[str], frozenset[str]]:
    """(every particle a street's name may hold, those it may also open with)."""
    text = resources.files("pipelines.scrubbing.data").joinpath("street_particles.txt")
    inside, opening, current = set(), set(), None
    for line in text.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line == "[opening]":
            current = opening
        elif line and line[0] != "#":
            (inside if current is None else current).add(line)
    return frozenset(inside | opening), frozenset(opening)


@lru_cache(maxsize=1)
def not_streets() -> frozenset[str]:
    text = resources.files("pipelines.scrubbing.data").joinpath("not_streets.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line and line[0] != "#")


def _after_word(text: str, digit: int) -> bool:
    """Whether a letter, or a dot or "°" ("nr.", "n°", an abbreviation), ends what stands
    before `digit`, past the spaces and a comma: the first test of _bare_street,
    _listed_lower_street and _lower_street_before_postcode alike, made once for the three."""
    end = _skip_comma_back(text, digit)
    return end > 0 and (text[end - 1].isalpha() or text[end - 1] in ".°")


def _after_capitalised(text: str, digit: int) -> bool:
    """Whether a capitalised word (or one and "nr.", or a comma) ends right before `digit`:
    a cheap test that spares the regular expressions most numbers of a note (dates)."""
    end = _skip_comma_back(text, digit)
    if end == 0 or not (text[end - 1].isalpha() or text[end - 1] in ".°"):
        return False
    nr = NR_END.search(text, max(0, end - NR_REACH), end)
    if nr is not None:
        end = _skip_comma_back(text, nr.start())
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
        start -= 1
    return start < end and text[start].isupper()


def _street_words(name: str) -> bool:
    """Whether `name` may be a street's name: no function word but a particle inside
    ("hoeve ter elst", "chaussée de waterloo"), none at either end, no role word."""
    words = [word.lower() for word in name.split()]
    refused, role_words, (inside, opening) = not_streets(), roles(), particles()
    return (
        (words[0] not in stop_words() or words[0] in opening)
        and words[-1] not in stop_words()
        and all(w in inside or w not in stop_words() for w in words)
        and not any(w in refused or w in role_words for w in words)
    )


def _french_street_name(name: str) -> bool:
    """The words after a French street word, its particles first ("de la Station", "des
    carmes", "du Moulin à Vent"), may be a street's name: a word in lower case is no
    function word but a particle, nor a role or a word that is no street's."""
    words = name.split()
    while words and re.fullmatch(FRENCH_PARTICLES, words[0]):
        words.pop(0)
    if words and words[-1].lower() in NR_SUFFIXES:
        words.pop()  # the number's word the name took ("Parvis Saint-Antoine nr 219")
    inside, refused = particles()[0] | {"à"}, not_streets()
    return bool(words) and not any(
        word.islower()
        and ((word in stop_words() and word not in inside) or word in refused or word in roles())
        for word in words
    )


def _number_first(text: str) -> list[tuple[int, int]]:
    """The number first: tried only where a run of digits starts, not at every character."""
    spans = []
    runs = [run.start() for run in DIGIT_RUN.finditer(text)]
    for match in filter(None, (FRENCH_NUMBER_FIRST.match(text, run) for run in runs)):
        end = french_street_end(match)
        if end is not None:
            spans.append((match.start(), end))
    for match in filter(None, (DUTCH_NUMBER_FIRST.match(text, run) for run in runs)):
        # "Sinds 2020, Stationsstraat": a year before a street, no house number
        if YEAR.fullmatch(match.group("number")) and text[match.end("number")] == ",":
            continue
        # "1081 Koekelberg", "2830 Willebroek": a postcode and its municipality
        name = NAME_AFTER_NUMBER.match(text, match.end("number"))
        if name is None or municipality_at(text, name.end()) is None:
            spans.append(match.span())
    for run in runs:
        # (the comma after the number and its box first: most numbers have none near)
        comma = text.find(",", run, run + BARE_NUMBER_REACH)
        if comma < 0 or "\n" in text[run:comma]:
            continue
        if not any(start <= run < end for start, end in spans):
            found = _bare_number_first(text, run)
            if found is not None:
                spans.append(found)
    return spans


# The number first, a comma, and a street without a street word, as Walloon and Brussels
# letters write it ("22, Bois du Luc", "33, Au Cortil", "15, Al Basse Tchinne", "17, Al
# Trappe bus 12"), the box maybe after the name: only with a residence cue before it or a
# postcode after it
LETTERS_WORD = r"[A-ZÀ-Ý][^\W\d_]*(?:['’\-][^\W\d_]+)*"  # no digit: not "B-1200"
BARE_NUMBER_FIRST = re.compile(
    rf"{HOUSE_FIRST},[ \t]+(?P<name>{LETTERS_WORD}(?:[ \t]+(?:{FRENCH_PARTICLES}|"
    rf"{LETTERS_WORD})){{0,3}})(?P<box>{WRITTEN_BOX})?"
    r"(?=[ \t]*(?:[,.;)(\n–]|[ \t]-[ \t]|\Z|(?:à|te|in)[ \t]))"
)
CITY_POSTCODE_AFTER = re.compile(r"\s*[,(]\s*")
BARE_NUMBER_REACH = 16  # "12-14 bus 3A,"
POSTCODE_NEXT = re.compile(r"\s+[1-9]\d{3}(?!\d)")


def _bare_number_first(text: str, run: int) -> tuple[int, int] | None:
    match = BARE_NUMBER_FIRST.match(text, run)
    if match is None or not _street_words(match.group("name")):
        return None
    name = match.group("name")
    if municipality_at(text, match.start("name")) is not None:
        return None  # "Jan Peeters, 46, Merksem": an age and a town
    first_names = name_lists()[0]
    if all(word.lower() in first_names for word in name.split() if word[0].isupper()):
        return None
    end = match.end()
    evidence = (
        CUE_BEFORE.search(text, max(0, match.start() - WINDOW), match.start()) is not None
        or _postcode_after(text, end)
        or _city_after(text, end)
        or _city_postcode_after(text, end)
        or _address_block_line(text, match.start(), end)
    )
    return (match.start(), end) if evidence else None


def _city_postcode_after(text: str, position: int) -> bool:
    """'(Liège 4000)', ', Herstal, 4040': a municipality, then its postcode."""
    found = CITY_POSTCODE_AFTER.match(text, position)
    if found is None:
        return False
    city_end = municipality_at(text, found.end())
    if city_end is None:
        return False
    return POSTCODE_NEXT.match(text, city_end + (text[city_end : city_end + 1] == ",")) is not None


# a plural article after a name's word ends it, as a sentence goes on ("avenue des Sorbiers
# les enfants"; not "rue les Vignes", where it opens the name)
PLURAL_ARTICLE = "les"


def french_street_end(match: re.Match[str]) -> int | None:
    """Where a French street after its house number ends (a match of STREET_AFTER_NUMBER's
    groups), its box with it: its name cut at a box's word or at a function word in lower
    case that is no particle ("rue haute avec sa mère"); None if no word of its name is
    left."""
    text = match.string
    end = match.start("name")
    words = list(re.finditer(r"\S+", match.group("name")))
    for i, word in enumerate(words):
        lower = word.group().lower()
        if (
            lower in BOX_WORDS
            or (i and lower == PLURAL_ARTICLE)
            or (
                word.group()[0].islower()  # "46 Avenue des Sept Bonniers": capitalised, a name
                and lower in stop_words()
                and lower not in particles()[0]
                and not (lower == "à" and _french_name_goes_on(match, words[i + 1 : i + 2]))
            )
        ):
            break
        end = match.start("name") + word.end()
    if end == match.start("name"):
        return None
    box = BOX_AFTER.match(text, end)  # "11 avenue des Sept Bonniers bus 15"
    return box.end() if box else end


def _french_name_goes_on(match: re.Match[str], following: list[re.Match[str]]) -> bool:
    """After "à" in a French street's name, a capitalised word that is no municipality
    ("15, rue du Moulin à Vent"; not "12, rue Haute à Mons")."""
    if not following or not following[0].group()[0].isupper():
        return False
    return municipality_at(match.string, match.start("name") + following[0].start()) is None


def _listed_lower_street(text: str, digit: int) -> tuple[int, int] | None:
    """A street in lower case opening an item of a listing (after ",", "|", ";", ":", " - "),
    where what surrounds its house number says it is one, as its case does not: a
    postcode or a municipality after it; "n°"/"nr." and a box; or a residence word in the
    sentence with "n°"/"nr.", a box, or the number ending the clause."""
    end = _skip_space_back(text, digit)
    if end == 0 or not (text[end - 1].isalpha() or text[end - 1] in ".°"):
        return None  # most numbers of a note (dates, times) stop here
    house = HOUSE.match(text, digit)
    if house is None:
        return None
    nr = NR_END.search(text, max(0, end - NR_REACH), end)
    found = LISTED_NAME.search(text, max(0, end - WINDOW), nr.start() if nr else digit)
    if found is None or not _street_words(found.group("name")):
        return None
    start, after = found.start("name"), house.end()
    has_box = bool(house.group("box").strip(" ,/0123456789"))
    cue = LISTED_CUE_BEFORE.search(text, max(0, start - WINDOW), start) is not None
    if (
        _postcode_after(text, after)
        or _city_after(text, after)
        or (nr and has_box)
        or (cue and (nr or has_box))
        # the weakest sign: not for ordinary words ("woont alleen, kinderen 3.")
        or (cue and CLAUSE_ENDS.match(text, after) and _not_ordinary(found.group("name")))
    ):
        return start, after
    return None


# a street in lower case without a street word, its house number and a postcode right
# after it ("(da is bosuil 232 9040 sint-amandsberg)", "was bergske 176 mechelen 2800")
LOWER_NAME_BEFORE = re.compile(
    r"(?<![\w'’\-])(?P<name>[a-zà-ÿ][a-zà-ÿ'’\-]+(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'’\-]+){0,3})[ \t]+\Z"
)
CITY_THEN_CODE = re.compile(
    r"[ \t]*,?[ \t]*(?P<city>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})"
    r"[ \t]+[1-9]\d{3}(?![\d/.\-])"
)


def _lower_street_before_postcode(text: str, digit: int) -> tuple[int, int] | None:
    """A street in lower case whose house number a postcode with its municipality follows
    (in either order), its words after the sentence's last function word."""
    if not text[max(0, digit - 2) : digit].strip(" \t").isalpha():
        return None  # most numbers of a note (dates, times) stop here
    house = HOUSE.match(text, digit)
    if house is None or YEAR.fullmatch(house.group("number")):
        return None
    after = house.end()
    city = CITY_THEN_CODE.match(text, after)
    if not (
        _postcode_after(text, after)
        or (city is not None and municipality_at(text, city.start("city")) == city.end("city"))
    ):
        return None
    found = LOWER_NAME_BEFORE.search(text, max(0, digit - WINDOW), digit)
    if found is None:
        return None
    words = list(re.finditer(r"\S+", found.group("name")))
    breaking = stop_words() - particles()[0]  # function words, but not a name's particles
    first = max((i + 1 for i, w in enumerate(words) if w.group() in breaking), default=0)
    kept = words[first:]
    if not kept:
        return None
    name = " ".join(w.group() for w in kept)
    if not _not_ordinary(name) or name in municipalities():
        return None
    return found.start("name") + kept[0].start(), after


def _postcode_after(text: str, position: int) -> bool:
    """A postcode and a municipality: capitalised, or in any case a known one."""
    found = POSTCODE_AFTER.match(text, position)
    return found is not None and (
        found.group("city") is not None or municipality_at(text, found.end()) is not None
    )


def _not_ordinary(name: str) -> bool:
    """A word of `name` is no common word, or it ends in a street word ("oude baan")."""
    words = name.lower().split()
    return STREET_WORD_END.search(words[-1]) is not None or not all(
        common_words().__contains__(word) for word in words
    )


def _city_after(text: str, position: int) -> bool:
    found = CITY_AFTER.match(text, position)
    return found is not None and municipality_at(text, found.end()) is not None


def _city_next(text: str, position: int) -> bool:
    """A capitalised municipality right after the house number, only a comma or a space
    between, ending the clause: "Bosuil 12, Merksem, meldt", "thuis Hof ten Bos 3 Lier"."""
    found = CITY_NEXT.match(text, position)
    if found is None:
        return False
    end = municipality_at(text, found.end())
    return end is not None and (
        CLAUSE_ENDS.match(text, end) is not None
        or BRACKETED_POSTCODE_NEXT.match(text, end) is not None
    )


def _after_place_preposition(text: str, start: int, end: int, words: list[str]) -> bool:
    """'de buren zien hem dagelijks op Bremhof 9.', 'I will come to Hazelwinde 14 and':
    the preposition a street takes (op, aan; English to, at) right before the name, the
    house number ending the clause, and a name that is no common word, no known first
    name ("gaf het aan Lotte 2.") and no municipality ("op Gent 3")."""
    if PLACE_PREPOSITION.search(text, max(0, start - 5), start) is None:
        return False
    if CLAUSE_ENDS.match(text, end) is None and CLAUSE_GOES_ON.match(text, end) is None:
        return False
    first, last = words[0].lower(), words[-1].lower()
    return (
        not is_common_word(last)
        and first not in name_lists()[0]
        and municipality_at(text, start) is None
    )


def _bare_street(text: str, digit: int) -> tuple[int, int] | None:
    """The street without a street word whose house number starts at `digit`, when a
    box, "nr.", a postcode with municipality, a residence cue, or a number with a letter or
    a range says it is one."""
    if not _after_capitalised(text, digit):
        return None
    house = HOUSE.match(text, digit)
    if house is None:
        return None
    before = BARE_NAME.search(text, max(0, digit - WINDOW), digit)
    if before is None or len(before.group("name")) < 2:
        return None  # (a letter alone is the house letter before: "27 B, 4760 Büllingen")
    words = before.group("name").split()
    capitalised = [w for w in words if w[0].isupper()]
    common, role_words, refused = common_words(), roles(), not_streets()
    start = before.start("name")
    toponym = len(words) > 1 and any(w.lower() in TOPONYM_PARTICLES for w in words[:-1])
    # a street named by its street word alone ("Markt 25", "Kouter 18", "Zavel 7/0201")
    # (not a first name that is also one: "Dries, 13")
    toponym = toponym or (
        len(words) == 1
        and STREET_WORD_ALONE.fullmatch(words[0].lower()) is not None
        and words[0].lower() not in name_lists()[0]
    )
    ordinary = all(w.lower() in common or w.lower() in role_words for w in capitalised)
    in_capitals = any(w.isupper() and len(w) > 1 for w in words)
    # (the costlier tests only where they can change the outcome)
    block_line = (
        _address_block_line(text, start, house.end())
        if in_capitals or (ordinary and not toponym)
        else False
    )
    # "KOUTER 138D, 9032 Wondelgem": capitals, where a postcode and a lettered or boxed
    # number say it is a street
    capitals_told = in_capitals and (
        block_line
        or toponym  # "TER BIEST 76", "KOUTER 12": a place's words that name streets
        # "HEIDE 368/8  8200 SINT-ANDRIES": a street word that is a first name too, before a
        # postcode
        or (
            len(words) == 1
            and STREET_WORD_ALONE.fullmatch(words[0].lower()) is not None
            and _postcode_after(text, dwelling_unit_end(text, house.end()))
        )
        or (
            not all(is_word_in_text(w.lower()) for w in capitalised)  # not "VERSLAG 12B, 9000"
            and (
                # "AM KREUZ 148, 4760 Büllingen", "Anschrift: IM WINKEL 7": a postcode after
                # it, or a residence's word before it
                _postcode_after(text, dwelling_unit_end(text, house.end()))
                or CUE_BEFORE.search(text, max(0, start - WINDOW), start) is not None
            )
        )
    )
    # ordinary words are a street's name too where the postcode and municipality follow
    # the number ("Het Zand 168, 9300 Aalst", "(Vrijheid 180, 9031 Drongen)"); not a date
    # ("Thursday, April 3, 2025⏎Sagal asked")
    postcode_told = (
        ordinary
        and not (toponym or block_line or in_capitals)
        and MONTH_WORD.fullmatch(words[-1]) is None
        and words[-1] not in english_months()
        and _postcode_after(text, dwelling_unit_end(text, house.end()))
    )
    # a box written out; "22/04" after a capitalised word is as likely a date
    boxed = bool(house.group("box").strip(" ,/0123456789"))
    if any(
        w.lower() in refused
        or (w.isupper() and len(w) > 1 and not capitals_told)
        # a saint's or a school's name is a street's too, with a box after it ("Sint-Elooi
        # 16 bus 0.1")
        or (is_institution(w) and not boxed)
        for w in words
    ) or (not (toponym or block_line or postcode_told) and ordinary):
        return None
    if YEAR.fullmatch(house.group("number")) and not house.group("box").strip():
        return None  # "depuis Pâques 2023": a year, not a house number
    # what follows the house number, after the dwelling unit ("Ten Ede 12 (gelijkvloers),
    # 8200 Brugge")
    after = dwelling_unit_end(text, house.end())
    evidence = (
        boxed
        or before.group("nr") is not None
        or _postcode_after(text, after)
        or _city_after(text, after)
        # not after a comma ("Jan Peeters, 46, Merksem" may be an age) nor after a common
        # word ("Verslag van Team 4 Brugge")
        or (
            not text[before.end("name") : digit].strip(" \t")
            and not is_common_word(words[-1].lower())
            and _city_next(text, after)
        )
        or POSTCODE_BEFORE.search(text, max(0, start - WINDOW), start) is not None
        or CUE_BEFORE.search(text, max(0, start - WINDOW), start) is not None
        or _after_place_preposition(text, start, after, words)
        or _lettered_or_ranged(house.group("number"), words)
        or (toponym and CLAUSE_ENDS.match(text, after) is not None)
        or block_line
        or _address_block_line(text, start, after)
    )
    return (start, house.end()) if evidence else None


def _address_block_line(text: str, start: int, end: int) -> bool:
    """'MERVEILLE MBUYI⏎KIEZEL 3D⏎8000 BRUGGE': the street alone on its line of a letter's
    address block, the postcode's line next; its words may be in capitals."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and ADDRESS_BLOCK_LINE.match(text, end) is not None


def _lettered_or_ranged(number: str, words: list[str]) -> bool:
    """'Ter Linden 161A', 'Kouter 178-180': a house number with a letter glued to it or a
    range of numbers is a home's, after words that are no person's first name ("Lotte 2B"
    may be a class)."""
    found = LETTERED_OR_RANGED.search(number)
    if found is None:
        return False
    if found.group("low"):  # a range of houses, not of years ("Schooljaar 2023-2024")
        low, high = int(found.group("low")), int(found.group("high"))
        if YEAR.fullmatch(found.group("low")) or not 0 < high - low <= RANGE_SPAN:
            return False
    first_names = name_lists()[0]
    return not any(word.lower() in first_names for word in words)


class AddressRecognizer(ScoredRecognizer):
    def __init__(self, score: float, supported_language: str = LANGUAGE) -> None:
        super().__init__("ADDRESS", "address", score, supported_language)

    def load(self) -> None:
        common_words()
        name_lists()
        roles()
        not_streets()
        particles()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        digits = [match.start() for match in DIGITS.finditer(text)]
        if not digits:
            # every form below holds a house number (a z/n street in a note without one digit
            # is let go: rare)
            return results
        spans = []
        spans.extend(
            match.span("address")
            for match in STREET_FRENCH.finditer(text)
            if _french_street_name(match.group("name"))
        )
        spans.extend(_number_first(text))
        spans.extend(_street_named(text))
        # the cue patterns tried only where a cue's stem is
        for cue in ANY_CUE.finditer(text):
            match = STREET_AFTER_CUE.match(text, cue.start())
            if match:
                spans.append(match.span("address"))
            match = LOWER_AFTER_CUE.match(text, cue.start())
            if match and _street_words(match.group("name")):
                spans.append(match.span("address"))
            match = LABEL_AFTER_CUE.match(text, cue.start())
            if match and _street_words(match.group("name")):
                spans.append(match.span("address"))
        named = list(spans)
        for digit in digits:
            if any(start < digit < end for start, end in named):
                continue  # the street is named by its word: no guess at the words before it
            if not _after_word(text, digit):
                continue  # most numbers of a note (dates, times): none of the three forms
            found = (
                _bare_street(text, digit)
                or _listed_lower_street(text, digit)
                or _lower_street_before_postcode(text, digit)
            )
            if found:
                spans.append(found)
        # a street is often found by more than one form: one result for each span
        for start, end in dict.fromkeys(spans):
            end = _end_before_next_line_postcode(text, start, end)
            if end is None:
                continue
            if "/" in text or " - " in text or " – " in text:
                start, end = _with_other_language(text, start, end)
            results.append(result("ADDRESS", start, end, self.score, self))
        return results


# a line's postcode, where the street above it has no number: "chaussée de Mons⏎1070
# Anderlecht" is no house number 1070
NEXT_LINE_POSTCODE = re.compile(r"[ \t]*(?:B-?[ \t]?)?\d{4}[ \t]+")
# a house number told in words ("avenue Louise numéro trente-cinq,⏎1020 Laeken")
NUMBER_IN_WORDS = re.compile(r"(?i:numéro|nummer|nr\.?|n°)\s+[^\W\d_]+", re.IGNORECASE)


def _end_before_next_line_postcode(text: str, start: int, end: int) -> int | None:
    """Where a street's span ends when the "house number" it took is the next line's
    postcode: before that line if a number is still in it, else None (no address)."""
    newline = text.rfind("\n", start, end)
    if newline == -1:
        return end
    postcode = NEXT_LINE_POSTCODE.match(text, newline + 1)
    if postcode is None or municipality_at(text, postcode.end()) is None:
        return end
    street = text[start:newline].rstrip(" \t,")
    if any(c.isdigit() for c in street) or NUMBER_IN_WORDS.search(street):
        return start + len(street)
    return None


def _with_other_language(text: str, start: int, end: int) -> tuple[int, int]:
    """A Brussels street by both its names, the French and the Dutch one, a slash between:
    "chée de Mons / Bergensesteenweg 19", "2, Square des Héros / Heldensquare"."""
    before = FRENCH_NAME_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        start = before.start()
    after = DUTCH_NAME_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    return start, end
