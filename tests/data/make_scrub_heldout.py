"""Build ``scrub_heldout.jsonl``: a held-out labelled corpus of invented VK case notes.

The scrubber's rules were tuned on ``scrub_corpus.jsonl`` (``make_scrub_corpus.py``). This
corpus is for measuring only, never for tuning: its templates, names, streets and
municipalities were written separately and none of its names or streets is taken from
the tuning corpus's lists. Real-world-style names of Flemish, Moroccan, Turkish,
Congolese, Polish and French-Belgian origin, with particles (Van den, De, El, Ait, Ben),
some written in lower case; staff names; hard negatives (CLB, Kind en Gezin, parket,
Opgroeien, Hulplijn 1712, months, ages, meeting dates, places without a street).

Offsets are recorded while each note is built, so the labels are exact by construction.
Everything here is fictional.

    python tests/data/make_scrub_heldout.py   # rewrites tests/data/scrub_heldout.jsonl

Deterministic (fixed seed, no clock).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from stdnum import iban as stdnum_iban

SEED = 20261122
N_NOTES = 200
NOTE_YEAR = 2025
OUT = Path(__file__).with_name("scrub_heldout.jsonl")


def items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


# origin -> (female first names, male first names, surnames)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "flemish": (
        items("Febe, Lieze, Amber, Jana, Hannelore, Ilse, Evi, Margot, Nele, Silke, Ellen, Ruth"),
        items("Jitse, Wannes, Brent, Robbe, Kasper, Jelle, Gilles, Toon, Siebe, Joris, Ward"),
        items(
            "Vanhoutte, Van Gucht, Ooms, Van den Bossche, De Coninck, Vanparys, Van Steenkiste, "
            "Baeten, Claessens, De Ridder, Verbeke, Van Hove, Vandeputte, Ghysels, "
            "Van der Heyden, Lenaerts, Daems, De Keyser, Van Rompaey, Nijs, Thys, D'haese, "
            "Vanlommel, Van Eeckhout"
        ),
    ),
    "moroccan": (
        items("Oumaima, Houda, Siham, Wafae, Zineb, Loubna, Najat, Hajar, Chaima, Safae"),
        items("Soufiane, Tarik, Nabil, Othmane, Reda, Ismail, Khalid, Jamal, Yassine, Abdelilah"),
        items(
            "Boutaleb, El Haddouchi, Ouled Ali, Lamrabet, Essaidi, El Mokhtari, Azough, "
            "Bouhlal, El Fassi, Ait Benhaddou, Belhaj, Ben Abdallah, Chakir, Zaidi"
        ),
    ),
    "turkish": (
        items("Kübra, Tuğba, Gülsüm, Sibel, Özlem, Yağmur, Nazlı, Melek"),
        items("Yunus, Serkan, Oğuz, Tolga, Halil, İbrahim, Cem, Kaan"),
        items("Yiğit, Karataş, Güler, Polat, Aslan, Korkmaz, Bulut, Keskin, Uçar, Tekin, Çakır"),
    ),
    "congolese": (
        items("Ornella, Christelle, Bénie, Gracia, Plamedie, Nelly, Rachel, Jolie"),
        items("Fiston, Trésor, Blaise, Serge, Giresse, Landry, Jordy, Rodrigue"),
        items(
            "Kabeya, Mwamba, Tshilombo, Mbala, Kanku, Nkulu, Bokanga, Kalonji, Mayala, "
            "Matondo, Nzuzi"
        ),
    ),
    "polish": (
        items("Joanna, Monika, Karolina, Aleksandra, Dorota, Beata"),
        items("Bartosz, Grzegorz, Marcin, Dawid, Mateusz, Rafał"),
        items("Grabowski, Wróbel, Mazur, Krawczyk, Pawłowski, Dąbrowski, Zając, Król, Nowicki"),
    ),
    "french": (
        items("Aurélie, Céline, Amandine, Élodie, Pauline, Laetitia, Margaux, Noémie"),
        items("Grégory, Sébastien, Jérôme, Damien, Arnaud, Loïc, Fabrice, Baptiste"),
        items(
            "Delhaye, Lecocq, Wathelet, Piette, Marchal, Deprez, Hubert, Lhoest, Jacquet, "
            "Fontaine, Collard"
        ),
    ),
}
FAMILY_NL = {
    "flemish": 40,
    "moroccan": 18,
    "turkish": 12,
    "congolese": 8,
    "polish": 10,
    "french": 12,
}
FAMILY_FR = {"french": 35, "moroccan": 30, "congolese": 25, "turkish": 10}
STAFF_NL = {"flemish": 75, "moroccan": 10, "french": 10, "turkish": 5}
STAFF_FR = {"french": 75, "moroccan": 15, "congolese": 10}

STREETS_NL = items(
    "Boomgaardstraat, Lange Beeldekensstraat, Vredebaan, Bisschoppenhoflaan, Korte Nieuwstraat, "
    "Sint-Jansvliet, Drabstraat, Ledebergplein, Kasteellaan, Hoogveld, Spoorweglaan, Vlasmarkt, "
    "Driekoningenstraat, Abdijstraat, Pothoekstraat, Handelslei, Lange Lozanastraat, Ter Platen, "
    "Zwijnaardsesteenweg, Tramstraat, Maalsesteenweg, Koolkerkse Steenweg, Hasseltweg, "
    "Kiewitstraat, Visserij, Dampoortstraat, Provinciestraat, Kolenmarkt"
)
STREETS_FR = items(
    "Rue de la Victoire, Chaussée de Waterloo, Rue Brogniez, Avenue Brugmann, Rue des Tanneurs, "
    "Rue Royale, Place Liedts, Rue Verte, Boulevard Maurice Lemonnier, Rue Josaphat, "
    "Avenue du Roi, Rue de Mérode"
)
PLACES_NL = items(
    "2060 Antwerpen, 9000 Gent, 3010 Kessel-Lo, 9050 Ledeberg, 2600 Berchem, 8200 Sint-Andries, "
    "3530 Houthalen-Helchteren, 9160 Lokeren, 2930 Brasschaat, 3550 Heusden-Zolder, "
    "2640 Mortsel, 9030 Mariakerke, 8020 Oostkamp, 3500 Hasselt, 2180 Ekeren, 1730 Asse, "
    "3400 Landen, 8790 Waregem"
)
PLACES_FR = items(
    "1030 Schaerbeek, 1070 Anderlecht, 1082 Berchem-Sainte-Agathe, 1120 Neder-Over-Heembeek, "
    "1060 Saint-Gilles, 1190 Forest, 1081 Koekelberg, 1210 Saint-Josse-ten-Noode"
)
# Municipalities and districts mentioned without a street: not personal data here.
TOWNS = items(
    "Borgerhout, Genk, Sint-Niklaas, Vilvoorde, Molenbeek, Zelzate, Ronse, Maasmechelen, "
    "Kortrijk, Mechelen, Oostende"
)
COUNTRIES = items("Marokko, Turkije, Polen, Congo, Frankrijk, Nederland")
MONTHS_NL = items(
    "januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, "
    "november, december"
)
MONTHS_FR = items(
    "janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, "
    "décembre"
)
WEEKDAYS = items("maandag, dinsdag, woensdag, donderdag, vrijdag")
SCHOOLS = items(
    "GO! Atheneum Mortsel, Sint-Ritacollege, vrije basisschool De Knipoog, Campus Sint-Jan, "
    "basisschool Klim-op, Sint-Lutgardisschool, GO! Next Level, Stedelijk Lyceum Lange Beeldekens"
)
SERVICES = items(
    "Huis van het Kind, OCJ, CGG De Pont, Teleonthaal, BJB, het OCMW, Child Focus, "
    "Jongerenwelzijn, het Centrum Algemeen Welzijnswerk, de dienst Pleegzorg"
)

# A note: literal text and {role.attr} placeholders. Roles: c, c2 (children), y (teenager),
# bb (baby), m (mother), f (father), sf (stepfather), gm (grandmother), x (aunt), n (neighbour),
# s, s2 (staff), t (teacher), d (doctor), a (police officer), h, h2 (homes); other names are
# fillers (never personal).
TEMPLATES_NL = r"""
Intake telefonisch {date}. Melder: {t.full}, zorgleerkracht in {school}. Leerling {c.full}
({c.age} jaar) vertelde dat {c.zijn} stiefvader {sf.first} {c.hem} met een pantoffel slaat.
Melder heeft het CLB nog niet ingelicht.

MDO op {weekday} {date} met het CLB en Kind en Gezin. Aanwezig: {s.full} (VK), {s2.full}
(Opgroeien), verpleegkundige {d.full}. Besproken: baby {bb.first} {f.last} blijft voorlopig
thuis onder intensieve begeleiding.

PV-nummer {pv}. Verdachte: {f.LASTfirst}, geboren op {f.dob}, INSZ {f.nn}. Slachtoffer:
{c.LASTfirst}, °{c.dob}. Woonplaats beiden: {h.addr}, {h.pc}.

Mail van {m.email} aan het VK: "ik ben de mama van {c.first} en ik wil dat jullie stoppen met
mijn kind te ondervragen. bel me op {m.phone}". Antwoord door {s.first} op {date}.

Hulplijn 1712 schakelt door: een buurvrouw uit {town} hoort elke avond geroep bij de familie
{f.last}. Zij wil anoniem blijven. Geen adres gekend, enkel de wijk.

Verslag huisbezoek {date} door {s.full}: mevrouw {m.last} woont met {c.first} en {c2.first} op
een zolderkamer in de {h.addr}, {h.pc}. Geen verwarming sinds {month}.

Aanvraag dringende steun: moeder {m.full}, rekeningnummer {m.iban}, rijksregisternummer
{m.nn}. Ondertekend door maatschappelijk werker {s.full} van het OCMW.

Opvolging {month}: {y.full} ({y.age}) verblijft sinds drie weken bij tante {x.full}. {y.Hij}
wil niet terug naar huis. De jeugdrechter wordt op {date} gevat door het parket.

Kinderarts dr. {d.last} (spoed {hosp}) belt om {time}: {bb.first} ({bb.months} maanden)
opgenomen met botbreuken van verschillende leeftijd. Ouders {m.first} en {f.first} geven geen
verklaring. Gsm vader: {f.mobile}.

Nieuwe contactgegevens van de pleegmoeder, {x.full}: {x.mobile}, {x.email}, adres
{h2.addr}, {h2.pc}.

ma van {c.first_lc} belt, ze wil weten wie de melding deed. zegt dat {f.first_lc} nooit slaat
en dat de juf liegt. {c.first} is {c.age} en zit in het {c.grade}.

Overleg met inspecteur {a.full} (jeugd- en gezinssectie): {f.full} heeft een
contactverbod. Toch werd hij op {date} gezien aan de schoolpoort van {school}.

Melding van onthaalmoeder {n.full} ({n.phone}): {bb.first} komt al twee weken met dezelfde
kleren. Moeder {m.first} {m.last} reageert boos als ze erover begint.

Schoolverpleegkundige {s.full} stuurt door: {c.first} {c.last} (geb. {c.dob}) heeft
brandwonden van een sigaret op de onderarm. Ouders: {f.full} en {m.full}, {h.addr},
{h.pc}.

Terugbelverzoek: grootmoeder {gm.full} op {gm.landline}. Zij is ongerust over haar
kleinkinderen {c.first} en {c2.first}, sinds hun moeder in {month} naar {country} vertrok.

Gegevens voor het dossier: kind {c.full}, geboren {c.dob}, RRN {c.nn}; moeder {m.full}, RRN
{m.nn}, gsm {m.mobile}; vader onbekend.

Contact via e-mail met de advocaat van vader, mr. {l.full} ({l.email}). Hij vraagt inzage in
het dossier. Antwoord: inzage kan niet, wel een gesprek op {date}.

Jongere {y.first} ({y.age}j) stuurt via de chat van Hulplijn 1712: "mijn vader {f.first_lc}
zegt dat ik een schande ben en ik mag niet meer buiten". Geen verdere gegevens.

Stiefmoeder {x.full} meldt dat {c.first} na het weekend bij de moeder ({h.addr}, {h.pc})
telkens blauwe plekken heeft. Bereikbaar op {x.phone} na {time}.

Begeleider {s.first} {s.last} ({s.email}) van de dienst Pleegzorg: pleegkind {c.first}
({c.age}) gaat op {date} op bezoek bij {c.zijn} mama {m.first}. Vervoer door Opgroeien.

Medische fiche: {bb.full}, °{bb.dob}, huisarts dr. {d.full}, tel. {d.landline}. Ouders
wonen op {h.addr} te {h.pc}.

Buurman {n.first} {n.last} belt: de kinderen van de overburen, {c.first} en {c2.first}, staan
om {time} nog buiten te spelen. Mama {m.first} zou pas rond middernacht thuiskomen.

De school ({school}) meldt dat {y.first} {y.last} al 40 halve dagen afwezig is. Vader {f.full}
is onbereikbaar; het CLB heeft een brief gestuurd naar {h.addr}, {h.pc}.

Betaling via rekening {f.iban} van {f.full} geweigerd door de bank. Moeder {m.full} vraagt het
kindergeld te storten op {m.iban}. Doorverwezen naar het Huis van het Kind.

Agent {a.last} van de lokale politie: {y.full} (°{y.dob}) werd op {date} aangetroffen in het
station van {town}, zonder gsm en zonder geld. Opgehaald door oom {u.full}.

Psychologe {s.full} van het CGG: {c.first} tekent steeds een zwarte man in de kamer. Moeder
{m.first} {m.last} wil geen verdere hulp. Vader: {f.first}, tel. {f.phone}.

Vraag van mevrouw {m.last}: kan het VK bemiddelen bij haar ex-partner {f.full}? Hun zoon
{c.first} ({c.age}) wil niet meer naar papa. Geen acute onveiligheid.

Chatgesprek Hulplijn 1712, {date}: "ik ben {y.first_lc}, {y.age}, en mijn stiefpapa
{sf.first_lc} filmt me als ik douche". Chatter woont volgens eigen zeggen in {town}.

Van {d.full}, huisarts: {m.first} {m.last} (°{m.dob}) kwam met een gebroken neus. Ze zegt dat
het een val was. De kinderen {c.first} en {c2.first} waren mee.
"""

TEMPLATES_NONE_NL = r"""
Teamoverleg {date}: de wachtlijst voor een eerste gesprek is opgelopen tot 6 weken. Het CLB
vraagt een infosessie over melden in {month}.

Vorming voor leerkrachten over grensoverschrijdend gedrag in {town} op {date}, samen met
Kind en Gezin en Opgroeien. Inschrijven via het secretariaat.

Anonieme vraag via Hulplijn 1712: mag een leerkracht zelf het parket contacteren als een
leerling van 12 jaar iets vertelt? Uitgelegd wat het beroepsgeheim toelaat.

Interne nota: vanaf 1 {month} worden alle meldingen van het parket centraal geregistreerd.
Jongeren van 16 jaar en ouder worden zelf uitgenodigd.

Supervisie {weekday}: casusbespreking rond een baby van 4 maanden en een meisje van 7 jaar.
Geen namen in het verslag opnemen.

Statistiek {month}: 38 meldingen, waarvan 11 via het CLB, 6 via Kind en Gezin en 4 via de
politie. 3 dossiers doorgestuurd naar het parket.
"""

TEMPLATES_FR = r"""
Appel de {s.full}, assistante sociale du CPAS: {c.first} ({c.age} ans) arrive à l'école sans
manger. La mère, {m.full}, habite {h.addr}, {h.pc}. Tél. {m.phone}.

Signalement de l'école {school_fr}: {c.full}, née le {c.dob_fr}, présente des marques au cou.
Le père, {f.full}, est injoignable.

Courriel de {m.email}: "Je suis la maman de {c.first_lc}, je veux savoir pourquoi le VK a
appelé l'école." Rappel prévu le {date_fr}.

PV de la zone de police Bruxelles-Nord: {f.LASTfirst}, né le {f.dob_fr}, NN {f.nn}, domicilié
{h.addr}, {h.pc}, interpellé pour violences envers son fils {c.first}.

La grand-mère, {gm.full}, appelle au {gm.landline}: sa petite-fille {c.first} dort chez elle
depuis {month_fr}. Elle demande de l'aide pour l'inscrire à l'école.

Compte pour l'allocation: {m.full}, IBAN {m.iban}. Enfant: {c.full}, {c.age} ans.
"""

TEMPLATES_NONE_FR = r"""
Réunion avec le CPAS et l'ONE le {date_fr}: accord sur un protocole de collaboration pour les
signalements de Bruxelles.

Question anonyme: un enfant de 9 ans peut-il être entendu seul? Réponse donnée par
téléphone, pas de suivi.
"""

POOLS = {
    ("nl", True): (TEMPLATES_NL, 0.78),
    ("nl", False): (TEMPLATES_NONE_NL, 0.1),
    ("fr", True): (TEMPLATES_FR, 0.09),
    ("fr", False): (TEMPLATES_NONE_FR, 0.03),
}
HOSPITALS = items("AZ Monica, UZA, AZ Sint-Lucas, ZNA Middelheim, Ziekenhuis Oost-Limburg")
SCHOOLS_FR = items("École Clair-Vivre, Athénée Fernand Blum, Institut Sainte-Marie")
ROLES = {
    "c": "child", "c2": "child", "y": "teen", "bb": "baby", "m": "mother", "f": "father",
    "sf": "father", "gm": "grandmother", "x": "mother", "u": "father", "n": "other",
    "s": "staff", "s2": "staff", "t": "staff", "d": "staff", "a": "staff", "l": "staff",
}  # fmt: skip
PRONOUNS = {"Hij": ("Hij", "Ze"), "zijn": ("zijn", "haar"), "hem": ("hem", "haar")}
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?\}")


def paragraphs(block: str) -> list[str]:
    return [" ".join(p.split()) for p in block.strip().split("\n\n")]


# -- identifiers ---------------------------------------------------------------------------


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def national_number(birth: date, male: bool, rng: random.Random) -> str:
    counter = rng.randrange(1, 998, 2) if male else rng.randrange(2, 999, 2)
    base = f"{birth:%y%m%d}{counter:03d}"
    check = 97 - int(("2" if birth.year >= 2000 else "") + base) % 97
    nn = f"{base}{check:02d}"
    y, m, d, c, k = nn[:2], nn[2:4], nn[4:6], nn[6:9], nn[9:]
    return rng.choice(
        [
            nn,
            f"{y}.{m}.{d}-{c}.{k}",
            f"{y}.{m}.{d}-{c}.{k}",
            f"{y}{m}{d}-{c}.{k}",
            f"{y}{m}{d} {c} {k}",
        ]
    )


def iban(rng: random.Random) -> str:
    country = rng.choices(["BE", "NL", "FR"], weights=[8, 1, 1])[0]
    while True:
        if country == "BE":
            bban = digits(rng, 10)
            bban += f"{int(bban) % 97 or 97:02d}"
        elif country == "NL":
            bban = rng.choice(["INGB", "ABNA", "RABO"]) + digits(rng, 10)
        else:
            bban = digits(rng, 10) + "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(11))
            bban += digits(rng, 2)
        value = country + "00" + bban
        value = country + stdnum_iban.calc_check_digits(value) + bban
        if stdnum_iban.is_valid(value):
            break
    if rng.random() < 0.7:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def mobile(rng: random.Random) -> str:
    p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485",
                    "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497",
                    "498", "499", "465", "466"])  # fmt: skip
    a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
    return rng.choice(
        [f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"+32 {p} {a} {b} {c}", f"0{p}{a}{b}{c}",
         f"0{p} {a}{b}{c[0]} {c[1]}", f"0{p}/{a}{b}{c}", f"+32{p}{a}{b}{c}"]
    )  # fmt: skip


def landline(rng: random.Random) -> str:
    if rng.random() < 0.5:
        z, a = rng.choice(["2", "3", "9"]), str(rng.randrange(2, 10)) + digits(rng, 2)
    else:
        z, a = (
            rng.choice(["11", "13", "15", "16", "50", "51", "53", "54", "56"]),
            str(rng.randrange(2, 10)) + digits(rng, 1),
        )
    b, c = digits(rng, 2), digits(rng, 2)
    return rng.choice([f"0{z} {a} {b} {c}", f"0{z}/{a}.{b}.{c}", f"+32 {z} {a} {b} {c}",
                       f"0{z}/{a} {b} {c}"])  # fmt: skip


def fold(text: str) -> str:
    text = text.replace("ł", "l").replace("ı", "i").replace("İ", "I")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", folded)


def date_nl(d: date, rng: random.Random) -> str:
    return rng.choice(
        [f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}",
         f"{d.day}/{d.month}/{d.year}", f"{d:%d-%m-%Y}"]
    )  # fmt: skip


def date_fr(d: date, rng: random.Random) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return rng.choice([f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}"])


def between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


# -- notes ---------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    birth: date
    role: str
    values: dict[str, str] = field(default_factory=dict)


class Note:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.origin = self.pick(FAMILY_FR if lang == "fr" else FAMILY_NL)
        self.people: dict[str, Person] = {}
        self.homes: dict[str, tuple[str, str]] = {}
        self.fillers: dict[str, str] = {}

    def pick(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng, kind = self.rng, ROLES[role]
        female = {"mother": True, "grandmother": True, "father": False}.get(kind)
        if female is None:
            female = rng.random() < 0.5
        if kind in ("staff", "other"):
            origin = self.pick(STAFF_FR if self.lang == "fr" else STAFF_NL)
        elif role in ("sf", "x") and rng.random() < 0.4:
            origin = self.pick(FAMILY_NL)
        else:
            origin = self.origin
        females, males, surnames = NAMES[origin]
        taken = {p.first for p in self.people.values()}
        first = rng.choice([n for n in (females if female else males) if n not in taken])
        children = ("c", "c2", "y", "bb")
        last = self.person("f").last if role in children else rng.choice(surnames)
        if origin == "polish" and female and last.endswith("ski"):
            last = last[:-1] + "a"
        ranges = {
            "child": (date(2012, 1, 1), date(2020, 12, 31)),
            "teen": (date(2008, 1, 1), date(2012, 12, 31)),
            "baby": (date(2024, 1, 1), date(2025, 3, 31)),
            "mother": (date(1975, 1, 1), date(2000, 12, 31)),
            "father": (date(1970, 1, 1), date(1998, 12, 31)),
            "grandmother": (date(1945, 1, 1), date(1972, 12, 31)),
            "staff": (date(1965, 1, 1), date(1999, 12, 31)),
            "other": (date(1950, 1, 1), date(2000, 12, 31)),
        }
        person = Person(first, last, female, between(rng, *ranges[kind]), role)
        self.people[role] = person
        return person

    def person_value(self, p: Person, attr: str) -> tuple[str, str | None]:
        rng = self.rng
        names = {
            "first": p.first, "last": p.last, "full": f"{p.first} {p.last}",
            "first_lc": p.first.lower(), "LASTfirst": f"{p.last.upper()} {p.first}",
        }  # fmt: skip
        if attr in names:
            return names[attr], "PERSON"
        if attr in PRONOUNS:
            return PRONOUNS[attr][p.female], None
        age = NOTE_YEAR - p.birth.year - (p.birth.month > 6)
        if attr == "age":
            return str(age), None
        if attr == "months":
            return str((NOTE_YEAR - p.birth.year) * 12 + 6 - p.birth.month), None
        if attr == "grade":
            return (f"{age - 5}de leerjaar" if 6 <= age <= 11 else "secundair"), None
        if attr not in p.values:
            if attr == "dob":
                p.values[attr] = date_nl(p.birth, rng)
            elif attr == "dob_fr":
                p.values[attr] = date_fr(p.birth, rng)
            elif attr == "nn":
                p.values[attr] = national_number(p.birth, not p.female, rng)
            elif attr == "phone":
                p.values[attr] = mobile(rng) if rng.random() < 0.7 else landline(rng)
            elif attr == "mobile":
                p.values[attr] = mobile(rng)
            elif attr == "landline":
                p.values[attr] = landline(rng)
            elif attr == "iban":
                p.values[attr] = iban(rng)
            elif attr == "email":
                first, last = fold(p.first), fold(p.last)
                if ROLES[p.role] == "staff":
                    domain = rng.choice(["opgroeien.be", "vk-gent.be", "clbgent.be", "caw.be"])
                    p.values[attr] = f"{first}.{last}@{domain}"
                else:
                    domain = rng.choice(["gmail.com", "hotmail.com", "telenet.be", "outlook.be"])
                    local = rng.choice(
                        [f"{first}{last}", f"{first}_{p.birth:%Y}", f"{last}.{first[0]}",
                         f"{first}.{last}{rng.randrange(99)}"]
                    )  # fmt: skip
                    p.values[attr] = f"{local}@{domain}"
            else:
                raise KeyError(attr)
        kinds = {
            "dob": "DATE_OF_BIRTH", "dob_fr": "DATE_OF_BIRTH", "nn": "NATIONAL_NUMBER",
            "phone": "PHONE", "mobile": "PHONE", "landline": "PHONE", "iban": "IBAN",
            "email": "EMAIL",
        }  # fmt: skip
        return p.values[attr], kinds[attr]

    def home(self, role: str) -> tuple[str, str]:
        if role not in self.homes:
            rng = self.rng
            number = str(rng.randrange(1, 180))
            if self.lang == "fr" or rng.random() < 0.1:
                street = rng.choice(STREETS_FR)
                place = rng.choice(PLACES_FR)
                number += rng.choice(
                    ["", "", f"/{rng.randrange(1, 6)}", f" bte {rng.randrange(1, 20)}"]
                )
            else:
                street = rng.choice(STREETS_NL)
                place = rng.choice(PLACES_NL)
                number += rng.choice(["", "", "", f" bus {rng.randrange(1, 12)}", "A", "B"])
            self.homes[role] = (f"{street} {number}", place)
        return self.homes[role]

    def filler(self, name: str) -> str:
        if name not in self.fillers:
            rng = self.rng
            meeting = between(rng, date(2025, 1, 6), date(2025, 12, 19))
            values = {
                "date": lambda: rng.choice(
                    [f"{meeting:%d/%m/%Y}", f"{meeting.day}/{meeting.month}",
                     f"{meeting.day} {MONTHS_NL[meeting.month - 1]}"]),
                "date_fr": lambda: date_fr(meeting, rng),
                "weekday": lambda: rng.choice(WEEKDAYS),
                "month": lambda: rng.choice(MONTHS_NL),
                "month_fr": lambda: rng.choice(MONTHS_FR),
                "time": lambda: rng.choice(["17u", "21u30", "19:45", "22 uur", "8u15"]),
                "school": lambda: rng.choice(SCHOOLS),
                "school_fr": lambda: rng.choice(SCHOOLS_FR),
                "hosp": lambda: rng.choice(HOSPITALS),
                "town": lambda: rng.choice(TOWNS),
                "country": lambda: rng.choice(COUNTRIES),
                "pv": lambda: f"GE.{rng.randrange(10, 99)}.L3.{rng.randrange(10**5):05d}/25",
                "service": lambda: rng.choice(SERVICES),
            }  # fmt: skip
            self.fillers[name] = values[name]()
        return self.fillers[name]

    def value(self, name: str, attr: str | None) -> tuple[str, str | None]:
        if name in ROLES:
            return self.person_value(self.person(name), attr or "")
        if name in ("h", "h2"):
            address, place = self.home(name)
            return (address, "ADDRESS") if attr == "addr" else (place, "POSTCODE_CITY")
        return self.filler(name), None

    def render(self, template: str) -> tuple[str, list[dict]]:
        out, spans, position, last = [], [], 0, 0
        for match in PLACEHOLDER.finditer(template):
            literal = template[last : match.start()]
            out.append(literal)
            position += len(literal)
            text, kind = self.value(match.group(1), match.group(2))
            if kind:
                previous = spans[-1] if spans else None
                gap = "".join(out)[previous["end"] :] if previous else None
                if previous and kind == previous["type"] == "PERSON" and gap == " ":
                    previous["end"] = position + len(text)  # "{c.first} {f.last}": one name
                else:
                    spans.append({"start": position, "end": position + len(text), "type": kind})
            out.append(text)
            position += len(text)
            last = match.end()
        out.append(template[last:])
        text = "".join(out)
        assert "{" not in text and "}" not in text, text
        return text, spans


def build(n_notes: int = N_NOTES, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    schedule: list[tuple[str, bool]] = []
    for key, (_, share) in POOLS.items():
        schedule += [key] * round(share * n_notes)
    schedule = (schedule + [("nl", True)] * n_notes)[:n_notes]
    rng.shuffle(schedule)
    queues: dict[tuple[str, bool], list[str]] = {key: [] for key in POOLS}
    notes = []
    for number, key in enumerate(schedule, start=1):
        if not queues[key]:
            queues[key] = paragraphs(POOLS[key][0])
            rng.shuffle(queues[key])
        text, spans = Note(rng, key[0]).render(queues[key].pop())
        assert bool(spans) == key[1], text
        notes.append({"id": f"h{number:03d}", "text": text, "spans": spans})
    return notes


def main() -> None:
    notes = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")
    print(f"{len(notes)} notes -> {OUT}")


if __name__ == "__main__":
    main()
