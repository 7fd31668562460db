"""Build ``scrub_corpus.jsonl``: a labelled corpus of invented VK case notes.

Every note is rendered from a hand-written template whose placeholders are filled
from hand-written lists (names, streets, municipalities) and from generators of
valid Belgian identifiers (national register numbers, IBANs, phone numbers).
The offsets of the personal data are recorded while the text is being built, so
they are exact by construction. Everything here is fictional and was written
independently of the project's own note simulator.

    python tests/data/make_scrub_corpus.py   # rewrites tests/data/scrub_corpus.jsonl

The output is deterministic (fixed seed, no clock).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from simulator.belgian_identifiers import iban_for_account
from simulator.belgian_identifiers import national_number as simulator_national_number

SEED = 1712
N_NOTES = 560
NOTE_YEAR = 2024
OUT = Path(__file__).with_name("scrub_corpus.jsonl")


def listing(text: str) -> list[str]:
    """Split a ";"-separated table (kept as one string so the lists stay compact)."""
    return [item.strip() for item in text.split(";") if item.strip()]


# Share of the notes per pool: (language, contains personal data).
POOL_SHARES = {("nl", True): 0.765, ("nl", False): 0.135, ("fr", True): 0.085, ("fr", False): 0.015}

# --------------------------------------------------------------------------------------------
# Names: origin -> (female first names, male first names, surnames)
# --------------------------------------------------------------------------------------------

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "flemish": (
        listing(
            "Lotte; Emma; Louise; Marie; Lien; Elise; Fien; Nore; Julie; Sarah; Els; Katrien; "
            "Ann; Griet; Sofie; Hanne; Jolien; Femke; Lore; Ine; Mieke; Leen; Anouk; Noor; Kaat; "
            "Lies; Veerle; Tine"
        ),
        listing(
            "Jonas; Noah; Lars; Wout; Tom; Pieter; Kobe; Arne; Seppe; Lucas; Bram; Stijn; Jef; "
            "Wim; Koen; Dries; Thibo; Warre; Mats; Rune; Jan; Bart; Geert; Vic; Jens; Sander; "
            "Lowie; Staf"
        ),
        listing(
            "Peeters; Janssens; Maes; Jacobs; Willems; Claes; Goossens; Wouters; De Smet; "
            "Van den Broeck; Vander Linden; D'Hondt; Van Acker; De Backer; Vermeulen; "
            "Van de Velde; Verstraete; De Clercq; Van Damme; Hermans; Michiels; Lambrechts; "
            "Vandenberghe; Verhaegen; De Wilde; Coppens; Van Hecke; Vervoort; De Meyer; Smets; "
            "Cools; Aerts; Pauwels; Verbruggen; Van Dyck; De Vos; Bogaerts; De Paepe; Van Hoof; "
            "Segers; Dierckx; Geerts; Martens; Vanderstraeten; Van der Auwera; T'Jampens; "
            "Op de Beeck; Ver Eecke; Van Looy; Desmet"
        ),
    ),
    "moroccan": (
        listing(
            "Fatima; Khadija; Yasmina; Salma; Nour; Imane; Lina; Aya; Malika; Samira; Hanane; "
            "Soukaina; Rania; Meryem; Ikram"
        ),
        listing(
            "Mohamed; Ahmed; Youssef; Hamza; Bilal; Ayoub; Adam; Ilyas; Mehdi; Karim; Rachid; "
            "Said; Anas; Zakaria; Amine"
        ),
        listing(
            "El Idrissi; Ait Ouali; El Amrani; Benali; Bouzid; El Khattabi; Azzouzi; El Ouardi; "
            "Boukhari; Chaouki; Tahiri; El Hamdaoui; Ben Ali; Ait Lahcen; Bakkali; Ouahbi; "
            "El Moussaoui; Aharchi"
        ),
    ),
    "turkish": (
        listing("Elif; Zeynep; Ayşe; Merve; Esra; Büşra; Emine; Hatice; Derya; Sevgi; Ecrin; Nisa"),
        listing("Mehmet; Mustafa; Emre; Burak; Yusuf; Kerem; Arda; Eren; Hakan; Murat; Ömer; Efe"),
        listing(
            "Yılmaz; Demir; Kaya; Şahin; Çelik; Öztürk; Aydın; Arslan; Doğan; Koç; Yıldız; Kurt; "
            "Özdemir; Aksoy"
        ),
    ),
    "congolese": (
        listing(
            "Grâce; Divine; Merveille; Bénédicte; Chantal; Esther; Nadège; Gloria; Rebecca; Joëlle"
        ),
        listing(
            "Christian; Patrick; Junior; Glody; Exaucé; Dieumerci; Jonathan; Héritier; Cédric; "
            "Plamedi"
        ),
        listing(
            "Mukendi; Kabongo; Tshibangu; Ilunga; Kalala; Mbuyi; Lukusa; Kasongo; Nsimba; Mputu; "
            "Tshimanga; Mulumba; Lumbala; Ngoy"
        ),
    ),
    "polish": (
        listing(
            "Zuzanna; Agnieszka; Katarzyna; Małgorzata; Julia; Wiktoria; Oliwia; Natalia; Magda; "
            "Ewa"
        ),
        listing("Jakub; Kacper; Szymon; Piotr; Tomasz; Krzysztof; Michał; Paweł; Łukasz; Wojciech"),
        listing(
            "Kowalski; Nowak; Wiśniewski; Wójcik; Kamiński; Lewandowski; Zieliński; Szymański; "
            "Woźniak; Kaczmarek; Jankowski"
        ),
    ),
    "romanian": (
        listing(
            "Andreea; Ioana; Elena; Maria; Alexandra; Bianca; Denisa; Roxana; Georgiana; Larisa"
        ),
        listing("Andrei; Ionuț; Alexandru; Mihai; Stefan; Gabriel; Florin; Marius; Cosmin; Darius"),
        listing(
            "Popescu; Ionescu; Stoica; Dumitru; Constantin; Munteanu; Gheorghe; Rusu; Popa; "
            "Lungu; Moldovan; Stan"
        ),
    ),
    "french": (
        listing(
            "Manon; Camille; Chloé; Léa; Clara; Inès; Zoé; Juliette; Océane; Mélanie; Sophie; "
            "Valérie; Isabelle; Nathalie; Charlotte; Marie-Louise; Anne-Sophie"
        ),
        listing(
            "Hugo; Théo; Nathan; Maxime; Louis; Arthur; Romain; Julien; Olivier; Antoine; Benoît; "
            "Thomas; Quentin; Jean-Pierre; Pierre-Yves"
        ),
        listing(
            "Dubois; Lambert; Dupont; Martin; Leclercq; Lejeune; Renard; Dumont; Lemaire; Simon; "
            "Laurent; Delvaux; Michaux; Collignon; Gilson; Denis; François; Dethier; Henrard; "
            "Lefèbvre"
        ),
    ),
}
FAMILY_ORIGINS_NL = {
    "flemish": 45, "moroccan": 15, "turkish": 10, "congolese": 7, "polish": 8,
    "romanian": 7, "french": 8,
}  # fmt: skip
FAMILY_ORIGINS_FR = {"french": 35, "moroccan": 25, "congolese": 20, "romanian": 10, "turkish": 10}
STAFF_ORIGINS_NL = {"flemish": 75, "moroccan": 8, "turkish": 5, "french": 7, "congolese": 5}
STAFF_ORIGINS_FR = {"french": 70, "moroccan": 12, "congolese": 10, "flemish": 8}

# --------------------------------------------------------------------------------------------
# Streets and municipalities
# --------------------------------------------------------------------------------------------

STREETS_NL = listing(
    "Kerkstraat; Lange Leemstraat; Sint-Bernardsesteenweg; Molenstraat; Stationsstraat; "
    "Dorpsstraat; Nieuwstraat; Schoolstraat; Kapelstraat; Veldstraat; Turnhoutsebaan; Kielsevest; "
    "Brederodestraat; Dambruggestraat; Kroonstraat; Bredabaan; Oudebaan; Kortrijksesteenweg; "
    "Sleepstraat; Dendermondsesteenweg; Wondelgemstraat; Frans Van Ryhovelaan; "
    "Koningin Astridlaan; Leopoldlaan; Guido Gezellestraat; Grote Markt; Zuidlaan; Hoogstraat; "
    "Lindenlaan; Beukenlaan; Eikenlaan; Ringlaan; Diestsesteenweg; Tiensestraat; Naamsestraat; "
    "Kempische Steenweg; Genkersteenweg; Luikersteenweg; Boomsesteenweg; Vaartstraat; "
    "Lange Kievitstraat; Statiestraat; Heistraat; Gentsesteenweg; Antwerpsesteenweg; Meir; "
    "Vlaanderenstraat; Sint-Pietersnieuwstraat; Ezelstraat; Langestraat; Haachtsesteenweg; "
    "Ninoofsesteenweg; Brabantstraat; Bergensesteenweg; Jules Destréestraat; Sint-Antoniusstraat; "
    "Pastoor Coplaan; Processiestraat"
)
STREETS_FR = listing(
    "Rue Haute; Av. Louise; Avenue Louise; Chaussée de Gand; Rue de la Loi; Boulevard Léopold II; "
    "Rue de Brabant; Chaussée de Haecht; Rue des Palais; Rue du Midi; Avenue de la Couronne; "
    "Chaussée de Mons; Rue Gallait; Boulevard du Jubilé; Rue Ribaucourt; Chaussée de Ninove; "
    "Rue de Flandre; Rue Vanderstraeten; Place Bara; Rue de l'Escaut; Av. Van Volxem; "
    "Bd Lambermont; Rue Marconi; Chaussée d'Alsemberg"
)
# (postcode, Dutch name, French name)
MUNICIPALITIES_BXL = [
    (int(item[:4]), *item[5:].split("|"))
    for item in listing(
        "1000 Brussel|Bruxelles; 1030 Schaarbeek|Schaerbeek; 1070 Anderlecht|Anderlecht; "
        "1080 Sint-Jans-Molenbeek|Molenbeek-Saint-Jean; 1081 Koekelberg|Koekelberg; "
        "1090 Jette|Jette; 1020 Laken|Laeken; 1210 Sint-Joost-ten-Node|Saint-Josse-ten-Noode; "
        "1190 Vorst|Forest; 1140 Evere|Evere; 1180 Ukkel|Uccle; 1060 Sint-Gillis|Saint-Gilles; "
        "1050 Elsene|Ixelles; 1200 Sint-Lambrechts-Woluwe|Woluwe-Saint-Lambert"
    )
]
MUNICIPALITIES_VL = [
    (int(item[:4]), item[5:])
    for item in listing(
        "2000 Antwerpen; 2018 Antwerpen; 2060 Antwerpen; 2100 Deurne; 2140 Borgerhout; "
        "2170 Merksem; 2800 Mechelen; 2300 Turnhout; 2200 Herentals; 2400 Mol; 2500 Lier; "
        "2900 Schoten; 2610 Wilrijk; 2660 Hoboken; 3000 Leuven; 3500 Hasselt; 3600 Genk; "
        "3700 Tongeren; 3800 Sint-Truiden; 3920 Lommel; 3580 Beringen; 3200 Aarschot; "
        "3300 Tienen; 1800 Vilvoorde; 1500 Halle; 1700 Dilbeek; 9000 Gent; 9040 Sint-Amandsberg; "
        "9100 Sint-Niklaas; 9200 Dendermonde; 9300 Aalst; 9400 Ninove; 9500 Geraardsbergen; "
        "9700 Oudenaarde; 9800 Deinze; 9900 Eeklo; 8000 Brugge; 8400 Oostende; 8500 Kortrijk; "
        "8800 Roeselare; 8900 Ieper; 8700 Tielt; 8300 Knokke-Heist; 8560 Wevelgem; 8930 Menen; "
        "2850 Boom; 2830 Willebroek; 3290 Diest; 3630 Maasmechelen; 3680 Maaseik; 2440 Geel; "
        "9120 Beveren"
    )
]

# --------------------------------------------------------------------------------------------
# Words that are not personal data (hard negatives)
# --------------------------------------------------------------------------------------------

MONTHS_NL = listing(
    "januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; "
    "december"
)
MONTHS_FR = listing(
    "janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; "
    "décembre"
)
WEEKDAYS_NL = listing("maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag; zondag")
WEEKDAYS_FR = listing("lundi; mardi; mercredi; jeudi; vendredi; samedi; dimanche")
PZ = listing(
    "PZ Antwerpen; PZ Gent; PZ Brussel-West; PZ Brussel-Hoofdstad-Elsene; "
    "PZ Limburg Regio Hoofdstad; PZ Kempen NoordOost; PZ Rupel; PZ Vlas; PZ Regio Turnhout; "
    "PZ Leuven; PZ Midi; PZ Aalst; PZ Brugge; PZ Mechelen-Willebroek"
)
PZ_FR = listing(
    "zone de police Bruxelles-Ouest; zone de police Midi; zone de police Montgomery; "
    "zone de police Bruxelles-Capitale Ixelles; zone de police Bruxelles-Nord"
)
SCHOOLS = listing(
    "Sint-Jozefscollege; Sint-Victorinstituut; basisschool De Regenboog; Sint-Lodewijkscollege; "
    "Heilig-Hartcollege; Onze-Lieve-Vrouwecollege; Sint-Ursula-Instituut; "
    "GO! basisschool De Wingerd; Stedelijke Basisschool Het Kompas; Don Bosco Halle; "
    "Sint-Barbaracollege; Maria-Boodschaplyceum; Koninklijk Atheneum Berchem; "
    "Pater Damiaanschool; Sint-Jan Berchmanscollege; vrije basisschool 't Klavertje"
)
SCHOOLS_FR = listing(
    "Institut Saint-Louis; Athénée Royal d'Anderlecht; École fondamentale Les Tournesols; "
    "Institut de la Providence; Lycée Emile Max; École n°12 de Schaerbeek"
)
HOSPITALS = listing(
    "UZ Gent; ZNA Koningin Paola Kinderziekenhuis; UZ Leuven; AZ Sint-Jan Brugge; ZOL Genk; "
    "Jessa Ziekenhuis; AZ Groeninge; UZ Brussel; AZ Delta; GZA Sint-Augustinus"
)
HOSPITALS_FR = listing("HUDERF; CHU Saint-Pierre; CHU Brugmann; Cliniques universitaires Saint-Luc")
CLBS = listing(
    "CLB GO! Antwerpen; Vrij CLB Limburg; CLB Brussel; Vrij CLB Regio Gent; "
    "Stedelijk CLB Antwerpen; VCLB Kempen; CLB Waas en Dender; Vrij CLB Noord-Limburg"
)
PARKETS = listing(
    "Antwerpen; Antwerpen, afdeling Mechelen; Oost-Vlaanderen; Halle-Vilvoorde; Limburg; "
    "West-Vlaanderen; Leuven; Brussel; Antwerpen, afdeling Turnhout"
)
VK_PROVINCES = listing("Antwerpen; Oost-Vlaanderen; West-Vlaanderen; Vlaams-Brabant; Limburg")
ARRONDISSEMENTS = listing("AN; GE; BR; LE; HA; BG; ME; TU; KO; OU; DE; LI")
SCHOOL_YEARS = listing(
    "1ste leerjaar; 2de leerjaar; 3de leerjaar; 4de leerjaar; 5de leerjaar; 6de leerjaar; "
    "2de kleuterklas; 3de kleuterklas; 1ste middelbaar; 2de middelbaar; 3de middelbaar; "
    "4de jaar TSO; 5de jaar ASO; 6e leerjaar; 1B"
)
COUNTRIES = listing("Marokko; Turkije; Polen; Roemenië; Congo; Spanje; Frankrijk")
TIMES = listing("14u30; 9u; 08:45; 16u15; 20 uur; 22u; 10u30; 13:00; 19u45; 7u50")
TIMES_FR = listing("14h30; 9h; 08h45; 16h15; 20 heures; 10h30; 13h00; 19h45")
AMOUNTS = listing("50; 1.250; 3 400; 175,50; 80; 12.000; 640")

MOBILE_PREFIXES = ["460", "465", "466", "467", "468"] + [
    f"4{d}{e}" for d in "789" for e in "0123456789"
]
ZONES_2 = listing("2; 3; 9")
ZONES_3 = listing("10; 11; 12; 13; 14; 15; 16; 19; 50; 51; 52; 53; 54; 55; 56; 57; 58; 59; 89")
IBAN_BANKS = listing("734; 735; 001; 230; 068; 063; 310; 363; 103")
PRIVATE_DOMAINS = listing(
    "gmail.com; hotmail.com; telenet.be; skynet.be; outlook.com; hotmail.be; live.be; yahoo.fr; "
    "proximus.be; icloud.com"
)
STAFF_DOMAINS = {
    "s": ["clbantwerpen.be", "vrijclb.be", "caw-oostvlaanderen.be", "jacgent.be", "opgroeien.be"],
    "s2": ["vk-limburg.be", "opgroeien.be", "kindengezin.be"],
    "t": ["sintjozef.be", "scholengroep-rivierenland.be", "basisschoolderegenboog.be"],
    "d": ["uzgent.be", "praktijkdekroon.be", "gmail.com"],
    "a": ["police.belgium.eu"],
    "l": ["advocatenkantoor-zuid.be", "balie-antwerpen.be"],
}

# --------------------------------------------------------------------------------------------
# Templates. One template per paragraph; lines of a paragraph are joined by spaces.
#   {role.attr}  a person: c, c2 (children), y (teenager), bb (baby), m (mother), f (father),
#                sf (stepfather),
#                b (boyfriend), gm, gp (grandparents), x (aunt / foster mother), u (uncle),
#                n (neighbour / reporter), s, s2 (social workers), t (teacher), d (doctor),
#                a (police officer), l (lawyer)
#   {h.attr}     a home address: h, h2, h3
#   {name}       a non-personal filler (dates of meetings, case numbers, organisations, ...)
# --------------------------------------------------------------------------------------------

TEMPLATES_NL = r"""
Melding van CLB-medewerker {s.full} ({clb}): {c.first} ({c.age}j, {c.year}) kwam vanochtend
met blauwe plekken op de bovenarm naar school. {c.Hij} zegt dat papa boos was. Gesprek met de
ouders gepland op {date} om {time}.

Moeder belt, {m.full}, bezorgd over haar {c.zoon} {c.first} (°{c.dob}). De ex-partner,
{f.full}, zou het kind tijdens het weekend alleen laten. Terugbellen op {m.phone}.

De {pz} meldt intrafamiliaal geweld op het adres {h.addr}, {h.pc} in de nacht van
{weekday} op {weekday2}. Aanwezig: {m.full} en haar kinderen {c.first} en {c2.first}. PV {pv}.

MaNo-dossier van het parket {parket}, notitienummer {case}. Betreft minderjarige {c.LASTfirst},
geboren op {c.dob}, RRN {c.nn}, wonende te {h.addr}, {h.pc}. Moeder: {m.LASTfirst}, RRN {m.nn}.

Huisarts dr. {d.last} ({d.phone}) meldt dat {c.first} {c.last} ({c.age} jaar) herhaaldelijk met
brandwondjes op consultatie komt. Mama geeft telkens een andere uitleg. Arts vraagt advies aan
het VK.

Gesprek met {t.juf} {t.first} van {school}: {c.first} uit het {c.year} eet 's middags niets en
heeft nooit een brooddoos mee. Mama {m.first} is al weken niet bereikbaar op {m.phone}.

Anonieme melding via Hulplijn 1712 over gezin {f.last} in de {h.addr}, {h.pc}. Buren horen
bijna elke avond geroep en kinderen die wenen.

Grootmoeder {gm.full} (°{gm.dob}) belt: ze maakt zich zorgen over {c.kleinzoon} {c.first}.
Schoonzoon {f.first} drinkt veel en zou {c.first} slaan. Bereikbaar op {gm.landline} of via mail
{gm.email}.

Overleg met {s.full} (JAC) op {date}: jongere {y.first} ({y.age}) wil niet meer naar huis.
Stiefvader {sf.full} zou {y.hem} opsluiten. Afspraak: JAC zoekt crisisopvang, VK contacteert
moeder via {m.email}.

Mevrouw {m.last} vraagt of het VK het groeipakket kan laten storten op haar eigen rekening
{m.iban} in plaats van op die van meneer {f.last}. Doorverwezen naar het OCMW.

Melding van Kind en Gezin, verpleegkundige {s.full}: baby {bb.first} (geboren {bb.dob}) is sterk
vermagerd. Ouders {m.first} en {f.first} {f.last} weigeren huisbezoek. Adres: {h.addr}, {h.pc}.

Directeur {t.full} van {school} meldt dat {c.full} sinds {month} al 23 halve dagen ongewettigd
afwezig is. Vader {f.full} reageert niet op brieven. GSM vader: {f.mobile}.

{c.first} (°{c.dob}) vertelt aan {t.juf} {t.first} dat oom {u.first} 'spelletjes' met {c.hem}
doet als mama gaat werken. De school belde meteen het VK.

Terugkoppeling CAW: begeleider {s.first} {s.last} bevestigt dat mevrouw {m.full} met de kinderen
in het vluchthuis verblijft. Het nieuwe adres wordt niet doorgegeven aan de vader. Contact:
{s.email}.

De jeugdrechter besliste op {date} tot een plaatsing van {c.first} {c.last} in het netwerk bij
tante {x.full}, {h2.addr}, {h2.pc}. Volgende zitting in {month}.

Vader {f.full}, {f.phone}, contacteert het VK na een bericht van de school. Hij ontkent dat hij
{c.first} met de riem heeft geslagen en wil een gesprek. Afspraak {weekday} {date} om {time}.

Gegevens moeder: {m.full}, geboren op {m.dob}, rijksregisternummer {m.nn}, tel. {m.phone},
e-mail {m.email}. Domicilie: {h.addr}, {h.pc}.

Melding van wijkagent {a.full} ({pz}): buurtbewoners zien {c.first} ({c.age}j) 's avonds laat
alleen op straat rondlopen. Moeder {m.first} {m.last} was bij het huisbezoek onder invloed.

CLB-arts dr. {d.full} stelt bij het medisch onderzoek in het {c.year} verwaarlozing vast bij
{c.first} en {c2.first} {c.last}: luizen, tandbederf, te kleine schoenen. Geen reactie van de
ouders op de uitnodiging.

Zorgcoördinator {s.full} ({school}) belt op {date}. {c.first} heeft in de klas verteld dat papa
mama heeft gewurgd. {c.Hij} is bang om naar huis te gaan.

Verslag huisbezoek {date}: {m.first} {m.last} woont met drie kinderen in een studio in de
{h.addr} te {h.pc}. Vocht, geen bedden. Aanvraag leefloon bij OCMW {city} loopt.

Tante {x.full} meldt dat {c.nichtje} {c.first} (geb. {c.dob}) regelmatig bij haar komt slapen
omdat er thuis gevochten wordt. Ze wil anoniem blijven maar laat haar nummer na: {x.mobile}.

Psycholoog {s.full} van het CGG meldt dat {y.first} ({y.age}) tijdens de therapie
zelfverwonding toont en vertelt over seksueel misbruik door {sf.first}, de nieuwe partner van
mama.

Pleegmoeder {x.full} belt: bij terugkeer van bezoek aan papa {f.first} had {c.first} een blauw
oog. Verslag doorgestuurd naar consulent {s.full} van de OSD.

Moeder {m.full} (RRN {m.nn}) betwist de melding. Ze geeft toestemming om contact op te nemen
met de kinderarts, dr. {d.last}, tel. {d.landline}.

Dossier {vk}: overdracht naar het team {city}. Ouders: {f.full} (°{f.dob}) en {m.full}
(°{m.dob}). Kinderen: {c.first} (°{c.dob}) en {c2.first} (°{c2.dob}).

Stiefvader {sf.full} belt boos naar de permanentie. Hij wil weten wie de melding deed. Geen info
gegeven. Hij laat zijn nummer {sf.phone} achter en dreigt met een advocaat.

ma van {c.first_lc} belde terug, ze zegt da {c.hij} gisteren nie naar school is geweest omda
{c.hij} ziek was. klopt nie volgens {t.juf} {t.first}, die {c.hem} 's middags nog zag.

Buur {n.full} ({h3.addr}) hoort al weken een baby huilen in het appartement hiernaast.
Volgens {n.hem} wonen daar {m.first} en haar vriend {b.first}. {n.Hij} belde eerder al naar 112.

Melding {hosp}, sociaal verpleegkundige {s.full}: {bb.first} {f.last} (°{bb.dob}) opgenomen met
een schedelbreuk. De uitleg van vader {f.first} (val van de zetel) past niet bij het letsel.

Consulent {s.first} {s.last} van de sociale dienst jeugdrechtbank vraagt een verslag over
{c.full} ({case}). Mailen naar {s.email} vóór {date}.

Leerkracht {t.mevr} {t.last} ziet dat {c.first} zich niet meer wil omkleden bij de turnles.
Bij navraag vertelt {c.hij} dat nonkel {u.first} 'pijn doet'. Opvolging: gesprek met CLB en
moeder {m.first}.

Telefoon van {m.first} {m.last}, moeder van {c.first} ({c.age}) en {c2.first} ({c2.age}). Papa
{f.first} heeft de kinderen niet teruggebracht na het weekend. Hij zou naar {country}
vertrokken zijn. Politie verwittigd.

Uit het PV van {pz}: {f.LASTfirst}, geboren op {f.dob}, rijksregisternummer {f.nn}, woonachtig
{h2.addr}, {h2.pc}, werd opgepakt na slagen aan zijn {c.zoon} {c.first}.

Overleg {date} met maatschappelijk werker {s.full} van het OCMW: gezin {f.last} heeft schulden
van € {amount}. Het leefloon wordt gestort op rekening {m.iban}. De kinderen lijken niet te
lijden onder de situatie; geen verontrusting.

Melding via e-mail van {s.email}: "Beste, ik ben {s.first}, opvoeder in de internaatswerking.
{c.first} ({c.age}) vertelde me gisteren dat
{c.zijn} {c2.broer} {c2.first} {c.hem} slaat."

Gesprek met jongere {y.first} {y.last} ({y.age}j), zelf langsgekomen op het VK. {y.Hij} woont
bij papa in de {h.addr}, {h.pc} en wil terug naar mama {m.first}, die in {city} woont. GSM
jongere: {y.mobile}.

Vader vraagt om terug te bellen op {f.phone} of {f.phone2}. Het gaat over {c.first}, die
volgens hem geslagen wordt door de nieuwe vriend van zijn ex, {b.full}.

Rapport schoolpsycholoog {s.full}: {c.first} ({c.year}) toont ernstige angstklachten. Ouders
gescheiden, vader {f.full} heeft een contactverbod. Moeder {m.first} {m.last} werkt mee.

Bevestiging aan melder {n.full}, {n.email}: uw melding over de kinderen van de familie {f.last}
werd geregistreerd onder nummer {vk}.

Grootvader {gp.full} ({gp.landline}) wil zijn kleinkinderen {c.first} en {c2.first} terugzien.
Moeder {m.first} weigert elk contact. Verwezen naar het JAC voor advies; geen verontrusting.

Melding van {t.full}, leerkracht {c.year} in {school}, {t.email}: {c.first_lc} heeft striemen op
de rug. Er zijn geen foto's genomen. Gesprek met {c.first} en het zorgteam gepland op {weekday}.

kortverslag: mama ({m.first} {m.last}, {m.mobile}) en stiefpapa {sf.first} zijn verhuisd naar
{h.addr}, {h.pc}. Nog geen nieuwe school voor {c.first}.

Agent {a.last} van {pz} meldt dat {y.full} (°{y.dob}) om {time} dronken werd aangetroffen in
het park. Ouders niet bereikbaar. {y.Hij} werd opgehaald door oma {gm.first} {gm.last}.

De advocaat van moeder, meester {l.last}, stuurt een mail ({l.email}) met de vraag het dossier
in te kijken. De juridische dienst van het VK bekijkt dit.

Melding schoolverpleegkundige {s.first} ({school}): {c.first} {c.last} heeft een verband rond de
pols en zegt dat {c.hij} van de trap viel. Derde keer dit schooljaar. Moeder: {m.phone}.

Contactgegevens pleeggezin: {x.full} en {u.full}, {h2.addr}, {h2.pc}, tel. {x.landline},
rekeningnummer voor de onkosten {x.iban}.

Dokter {d.last} van de spoed van {hosp} belde om {time}: {bb.first} ({bb.months} maanden) heeft
een spiraalfractuur van de arm. Mama {m.first} kon niet uitleggen hoe het gebeurd is.

Vraag van {m.first} {m.last} om haar gegevens aan te passen: nieuw nummer {m.mobile}, nieuw
e-mailadres {m.email}, nieuwe rekening {m.iban2}.

Huisbezoek samen met {s.full} van Opgroeien. {f.first} {f.last} laat ons niet binnen. Op de gang
zien we {c.first} en {c2.first} in vuile kleren. Melding aan het parket op {date}.

Jongerenbegeleider {s.first} van het JAC: {y.first} ({y.age}) slaapt al een week bij vrienden na
ruzie met vader {f.first}. Vader zou {y.hem} buitengezet hebben. Jongere bereikbaar op
{y.mobile}.

Inspecteur {a.full} ({pz}) bericht over een vechtpartij in de {h.addr} ({h.pc}). {c.first}
({c.age}) belde zelf 101. Moeder {m.first} is lichtgewond.

Kinderopvang 't Kabouterke, verantwoordelijke {s.full}: {bb.first} komt regelmatig met luiers
die al uren niet ververst zijn. Mama {m.first} zegt dat ze geen geld heeft voor pampers.

Verslag van het gesprek met {c.first}, {c.age} jaar, en {c.zijn} mentor {t.mevr} {t.last}.
{c.first} wil niet dat papa het te weten komt. Afgesproken om op {date} opnieuw samen te zitten.

Mail van {f.email}: "ik ben de papa van {c.first_lc} en ik wil weten waarom jullie mijn kind
hebben ondervraagd zonder mij te verwittigen". Teruggebeld op {f.phone}.

Voetbaltrainer {u.full} meldt dat {c.first} ({c.age}j) na de training niet naar huis wil.
{c.Hij} had striemen op de benen. Ouders: {f.full} en {m.full}.

Collega {s.first} neemt het dossier over van {s2.full}, die met zwangerschapsverlof gaat.
Contact moeder: {m.full}, {m.phone}.

Dossier afgesloten: gezin {f.last} wordt verder opgevolgd door de OCJ. Laatste gekend adres:
{h.addr}, {h.pc}.

Medische gegevens {c.first} {c.last}: geboortedatum: {c.dob}, rijksregisternummer {c.nn},
huisarts dr. {d.full}.

Opa {gp.first} belde in paniek: zijn dochter {m.first} is opgenomen in de psychiatrie en
niemand zorgt voor {c.first}. Hij woont zelf in {h3.pc} en kan {c.hem} opvangen.

Melding van mevrouw {n.last}, buurvrouw: de kinderen {c.first} en {c2.first} staan na
schooltijd vaak tot {time} voor de deur te wachten.

Mijn kleinkind {c.first} wordt daar nie goe verzorgd, zegt oma {gm.first} aan de telefoon. Ze
woont zelf in {h3.pc} en vraagt of we iets kunne doen. Nummer: {gm.phone}.

Gebeld door ne gebuur, {n.first} {n.last}, die zegt dat de gasten van hiernaast ({h.addr})
heel de dag alleen thuis zitten. Amai, volgens {n.hem} al sinds de kerstvakantie.

{c.first} zegt dat ze thuis altijd ruzie maken over geld. Papa {f.first} is sinds {month}
werkloos. Volgens {t.juf} {t.first} is {c.first} de laatste weken erg stil. Geen acuut gevaar.

Ondersteuning gevraagd door {s.full} (CAW {city}), {s.phone}: moeder {m.first} en {bb.first}
(°{bb.dob}) zitten zonder woning. Nachtopvang voorzien tot {weekday}.

RRN kind: {c.nn}. RRN moeder: {m.nn}. Beide opgevraagd door {s2.full} voor de aanvraag bij
het OCMW.

Melding via het VK-formulier door {n.full} ({n.phone}, {n.email}): de {c.zoon} van de buren,
{c.first}, zit 's nachts huilend op het terras. Adres: {h.addr}, {h.pc}.

Papa {f.first_lc} en mama {m.first_lc} komen op gesprek op {date} om {time}. {c.first} blijft
bij oma. Tolk Arabisch aangevraagd.

Terugbelnotitie: meneer {f.last} belde drie keer, telkens vanop {f.mobile}. Hij eist dat
{c.first} ({c.age}) terug bij hem komt wonen. Doorverwezen naar zijn advocaat, mr. {l.last}.

Verslag van {s2.full} (VK): {c.first} {c.last}, {c.age} jaar, {c.year} in {school}. Moeder
{m.full}, vader onbekend. Gezin woont in {h.addr}, {h.pc}. Geen gsm-nummer gekend.

{s.first} van de thuisbegeleidingsdienst maakt zich zorgen: de nieuwe partner van
{m.first}, ene {b.first} {b.last}, zou vroeger veroordeeld zijn voor feiten op minderjarigen.

Doorstorting schoolkosten via rekening {m.iban} (op naam van {m.full}). Terugbetaling van
€ {amount} door het OCMW goedgekeurd op {date}.

Kantschrift parket {parket} ({case}): minderjarige {c.LASTfirst} (RRN {c.nn}), ouders
{f.LASTfirst} ({f.nn}) en {m.LASTfirst} ({m.nn}). Woonplaats: {h.addr}, {h.pc}.

Identificatie via het Rijksregister: {c.full}, rijksregisternummer {c.nn}; {c.zijn} {c2.broer}
{c2.first}, rijksregisternummer {c2.nn}. Beiden ingeschreven op {h.addr}, {h.pc}.

Aanvraag pleegzorgvergoeding: pleegouder {x.full}, RRN {x.nn}, rekening {x.iban}. Pleegkind
{c.full} (°{c.dob}, RRN {c.nn}), {c.year}.

Jongere {y.first} laat aan het onthaal {y.zijn} identiteitskaart zien: {y.full}, geboren op
{y.dob}, nummer {y.nn}. {y.Hij} vraagt of het VK {y.zijn} mama {m.first} kan bellen op
{m.mobile}.

Gegevens gekend in het ziekenhuis: patiëntje {bb.full}, DOB {bb.dob_iso}, INSZ {bb.nn}; moeder
{m.full}, GSM {m.mobile}, wonende {h.addr}, {h.pc}.

Vraag van de sociale dienst jeugdrechtbank om de identiteit van vader te bevestigen: {f.full},
geboren op {f.dob}, rijksregisternummer {f.nn}, laatst gekend adres {h2.addr}, {h2.pc}, tel.
{f.phone}.

Doorgestuurd door {s.full} ({s.email}): "Leerling {c.full} (°{c.dob}), {c.year},
woont sinds kort
bij grootouders {gp.full} en {gm.full}, {h3.addr}, {h3.pc}. Telefoon opa: {gp.landline}."

Betaling van de dringende hulp (€ {amount}) aan moeder {m.full} op {m.iban}, RRN {m.nn}. Het
OCMW van {city} betaalt terug.

Melder {n.full} wil teruggebeld worden op {n.phone} na {time}. Het gaat over de kinderen van
de benedenburen, {h.addr}, {h.pc}, die al dagen niet buiten komen.

Wijziging contactgegevens vader {f.full}: gsm {f.mobile}, vast nummer {f.landline}, nieuw adres
{h2.addr}, {h2.pc}. {c.first} verblijft om het weekend bij hem.

Onthaalouder {s.full} ({s.phone}) belt om {time}: {bb.first} (°{bb.dob}) werd gisteren niet
opgehaald. Mama {m.first} was onbereikbaar op {m.mobile}, papa {f.first} ook.

Pleegvader {u.full} ({u.email}) vraagt de vergoeding voortaan te storten op {u.iban} in plaats
van op {u.iban2}. Doorgegeven aan de administratie van Opgroeien.

Verhuis gemeld door {m.full}: van {h.addr}, {h.pc} naar {h2.addr}, {h2.pc}. {c.first}
blijft voorlopig in {school}; het CLB is verwittigd.

Ik ben de zus van {m.first}, zegt {x.first} aan de telefoon. Ze woont in de {h2.addr} in
{h2.pc} en wil de kinderen {c.first} en {c2.first} opvangen zolang {m.first} in de kliniek zit.
"""

TEMPLATES_CHAT = r"""
Chat Nupraatikerover {date}: {y.jongen} van {y.age} jaar, noemt zich '{y.first}'. Vertelt dat
mama {y.hem} opsluit in de kelder als {y.hij} stout is. Chatter wil geen naam van de school
geven.

Samenvatting chat (Nupraatikerover, {time}): {y.first_lc}, {y.age}j. letterlijk: "mijn stiefpa
{sf.first_lc} komt snachts in mijn kamer en ik durf het nie tegen mama te zeggen". Chat
afgesloten na 40 minuten.

chat Nupraatikerover - {y.first_lc} ({y.age}): "ik woon in de {h.addr_lc} en mijn papa slaat
mijn {c2.broer} {c2.first_lc} elke dag". Chatter gaf ook een gsm-nummer: {y.mobile}.

Nupraatikerover: meisje (14) meldt dat {y.vriendin} {y.first} naaktfoto's moest doorsturen
naar een oudere jongen uit de buurt. {y.Hij} weet niet dat ze chat.

chatbericht: "hallo ik ben {c.first_lc} en ik ben {c.age} jaar, mijn mama drinkt heel veel en
dan roept ze en slaat ze. mijn {t.juf} heet {t.first_lc} maar ik durf het niet te zeggen"

chat: "mn nonkel {u.first_lc} doet rare dingen bij mij als ik bij hem ga logeren. ma zegt da ik
lieg". chatter: {y.first_lc}, {y.age} jaar, woont in {city_lc}.

Nupraatikerover - {y.first}, {y.age}, vertelt dat {y.zijn} papa {f.first} {y.hem} met een stok
slaat. Aangeraden om met het CLB te praten. Chatter geeft e-mail {y.email} voor later contact.

Chat (Nupraatikerover): "kben {y.first_lc}, {y.age}j, kzit al 3 dagen alleen thuis, mama is weg met
haar lief {b.first_lc}, ik heb geen eten meer". Gevraagd naar adres: "{h.addr_lc}, {h.pc_lc}".

chat {weekday} avond: "mijn papa heet {f.full_lc} en hij heeft mijn mama weer pijn gedaan, ik
heb 112 gebeld maar ze kwamen nie". chatter {y.first_lc} is {y.age}.
"""

TEMPLATES_NONE_NL = r"""
Overleg met het CLB op {date} om {time}. Het VK neemt het dossier niet op; doorverwijzing naar
Opgroeien.

Intern teamoverleg op {weekday}: nieuwe werkwijze voor meldingen via Hulplijn 1712 besproken.
Volgende teamvergadering op {date}.

Anonieme melder belt over een kind van ongeveer 7 jaar dat elke ochtend zonder jas naar school
gaat. Geen naam of adres gekend. Advies gegeven om contact op te nemen met het CLB.

Parket {parket} vraagt de stand van zaken in dossier {case}. Antwoord verstuurd op {date}.

Collega van Kind en Gezin vraagt algemeen advies over een baby met een blauwe plek. Geen
identificerende gegevens doorgegeven. Advies: laten nakijken door een arts.

Vorming 'signalen van kindermishandeling' gegeven aan de leerkrachten van {school} op {weekday}
{date}. 35 deelnemers, evaluatie positief.

Melding doorgestuurd naar VK {vkprov}. Referentie {vk}. Geen verdere actie van ons team.

De jeugdrechter bevestigt de zitting op {date} om {time}. Dossier {case} wordt door het parket
verder opgevolgd.

De bakker van om de hoek zou gezien hebben dat het kind 's morgens alleen boodschappen doet.
Melder wil anoniem blijven, geen adres bekend.

Vraag van de {pz} naar ons beleid bij meldingen van sexting tussen leerlingen van het {year}.
Antwoord per mail bezorgd.

Herinnering: verslag voor de jeugdrechter indienen vóór {weekday} {date}. Kosten tolk
(€ {amount}) goedgekeurd.

Telefoon van de smid, die bij een herstelling kinderen in een ijskoude woning zag. Geen adres,
geen namen. Aangeraden om 112 te bellen bij acuut gevaar.

Mail van het CAW: de opvang voor moeder en kinderen is verlengd tot eind {month}. Geen nieuwe
elementen.

Nupraatikerover: drukke avond, 14 chats, waarvan 3 over geweld thuis. Geen individuele opvolging
nodig.

Kind van 9 jaar, {year}, heeft volgens de school al maanden hoofdluis. OCMW en CLB zijn op de
hoogte, geen verontrusting volgens het team.

Nupraatikerover chat, {weekday} {time}: jongere (13j) schrijft "ik wil niet meer leven". Geen
naam, geen woonplaats. Verwezen naar Awel 102 en Tele-Onthaal 106.

Overleg JAC en CAW op {date}: afspraken over crisisopvang voor jongeren tussen 12 en 18 jaar in
de regio {city}.

De {pz} bezorgt PV {pv} ter info. Geen minderjarigen betrokken; dossier niet geopend.

Tijdens het gesprek tekende het kind een huis met een grote roos en een zon. Volgens het kind
komt de Sint dit jaar niet langs omdat het stout was. Geen namen of adres gekend.

Ze gingen samen naar de bakker en daarna naar het park. Verder niets verontrustends gezien door
de opvoeder van de Kinderrechtswinkel.
"""

TEMPLATES_FR = r"""
Signalement de l'école {school_fr} : {t.directrice},
{t.Mme} {t.last}, constate que {c.first}
({c.age} ans) arrive régulièrement avec des bleus. La mère, {m.full}, ne répond pas au
{m.phone}.

Appel de {m.full}, née le {m.dob_fr}, domiciliée {h.addr}, {h.pc}. Elle craint que son
ex-compagnon {f.full} enlève leur {c.fils} {c.first}.

PV de la {pz_fr} : intervention au domicile de la famille {f.last}, {h.addr} à {h.pc}.
L'enfant {c.first} {c.last}, {c.ne} le {c.dob_fr}, présentait des traces de coups.

Le Dr {d.last} des urgences ({hosp_fr}) signale que {bb.first} (°{bb.dob}) a été {bb.admis}
avec une fracture du fémur. Le père, {f.first} {f.last}, est joignable au {f.mobile}.

Courriel de {s.Mme} {s.last}, {s.assistant} du CPAS de {city_fr} ({s.email}) : la famille
{f.last} a été expulsée de son logement. Les enfants {c.first} et {c2.first} dorment chez une
tante.

Données de l'enfant : {c.LASTfirst}, {c.ne} le {c.dob_fr}, NN {c.nn}. Mère : {m.full}, IBAN
{m.iban}.

Entretien avec {c.first} ({c.age} ans) le {date_fr} : {c.il} raconte que son beau-père
{sf.first} {c.le} frappe avec une ceinture. Rendez-vous au SAJ fixé au {weekday_fr} suivant.

{gm.Madame} {gm.last}, grand-mère de {c.first}, téléphone depuis le {gm.landline}. Elle signale
que sa fille {m.first} laisse les enfants seuls la nuit.

Le parquet de Bruxelles transmet un dossier MaNo ({case}) : {c.LASTfirst}, NN {c.nn}, {c.ne}
le {c.dob_fr}, domicilié(e) {h.addr}, {h.pc}. Mère : {m.LASTfirst}, NN {m.nn}, GSM {m.mobile}.

Nouvelle adresse de la famille {f.last} : {h.addr}, {h.pc}. Ancienne adresse : {h2.addr},
{h2.pc}. {c.first} reste inscrit(e) à l'école {school_fr}.

Message de {x.full} ({x.email}) : sa voisine {m.first} crie sur ses enfants et les enferme sur
le balcon. Adresse : {h.addr}, {h.pc}.
"""

TEMPLATES_NONE_FR = r"""
Réunion de concertation avec le SAJ et le CPAS le {date_fr} à {time_fr}. Pas de nouvel élément ;
le dossier reste ouvert.

Appel anonyme : un voisin entend des cris d'enfant tous les soirs dans l'immeuble. Pas
d'adresse précise. Conseil donné d'appeler le 112 en cas d'urgence.
"""

PERSON_ROLES: dict[str, tuple[str, str | None]] = {
    # role: (kind, gender)
    "c": ("child", None), "c2": ("child", None), "bb": ("baby", None), "y": ("teen", None),
    "m": ("parent", "F"), "f": ("parent", "M"), "sf": ("parent", "M"), "b": ("parent", "M"),
    "x": ("parent", "F"), "u": ("parent", "M"), "gm": ("grand", "F"), "gp": ("grand", "M"),
    "n": ("other", None), "s": ("staff", None), "s2": ("staff", None), "t": ("staff", None),
    "d": ("staff", None), "a": ("staff", None), "l": ("staff", None),
}  # fmt: skip
HOME_ROLES = ("h", "h2", "h3")
PRONOUNS = {
    # attr: (male, female)
    "Hij": ("Hij", "Ze"), "hij": ("hij", "ze"), "zijn": ("zijn", "haar"), "hem": ("hem", "haar"),
    "zoon": ("zoon", "dochter"), "jongen": ("jongen", "meisje"), "kleinzoon": ("kleinzoon",
    "kleindochter"), "nichtje": ("neefje", "nichtje"), "il": ("il", "elle"), "fils": ("fils",
    "fille"), "ne": ("né", "née"), "le": ("le", "la"), "juf": ("meester", "juf"),
    "mevr": ("meneer", "mevrouw"), "Madame": ("Monsieur", "Madame"), "Mme": ("M.", "Mme"),
    "broer": ("broer", "zus"), "vriendin": ("haar vriend", "haar vriendin"),
    "directrice": ("le directeur", "la directrice"), "admis": ("admis", "admise"),
    "assistant": ("assistant social", "assistante sociale"),
}  # fmt: skip

PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?\}")


def paragraphs(block: str) -> list[str]:
    return [" ".join(p.split()) for p in block.strip().split("\n\n")]


# --------------------------------------------------------------------------------------------
# Valid identifiers
# --------------------------------------------------------------------------------------------


def national_number(birth: date, male: bool, rng: random.Random) -> str:
    counter = rng.randrange(1, 998, 2) if male else rng.randrange(2, 999, 2)
    return simulator_national_number(birth, counter)


def format_national_number(nn: str, rng: random.Random) -> str:
    y, m, d, c, k = nn[:2], nn[2:4], nn[4:6], nn[6:9], nn[9:]
    return rng.choice(
        [
            nn, nn, f"{y}.{m}.{d}-{c}.{k}", f"{y}.{m}.{d}-{c}.{k}", f"{y}{m}{d} {c} {k}",
            f"{y}{m}{d}-{c}-{k}", f"{y} {m} {d} {c} {k}", f"{y}.{m}.{d} {c}-{k}",
            f"{y}{m}{d}-{c}{k}",
        ]
    )  # fmt: skip


def belgian_iban(rng: random.Random, spaced: bool) -> str:
    first10 = rng.choice(IBAN_BANKS) + f"{rng.randrange(10**7):07d}"
    iban = iban_for_account(first10)
    return " ".join(iban[i : i + 4] for i in range(0, 16, 4)) if spaced else iban


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return out + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def mobile(rng: random.Random) -> str:
    p = rng.choice(MOBILE_PREFIXES)
    a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
    abc = a + b + c
    return rng.choice(
        [
            f"0{p} {a} {b} {c}", f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"0{p}{abc}",
            f"+32 {p} {a} {b} {c}", f"0032 {p} {a} {b} {c}", f"+32(0){p} {a} {b} {c}",
            f"0{p} {abc[:3]} {abc[3:]}", f"0{p}/{a} {b} {c}", f"0{p}-{a}-{b}-{c}", f"+32{p}{abc}",
            f"0{p}.{a}.{b}.{c}",
        ]
    )  # fmt: skip


def landline(rng: random.Random) -> str:
    if rng.random() < 0.5:
        z = rng.choice(ZONES_2)
        a, b, c = digits(rng, 3, True), digits(rng, 2), digits(rng, 2)
    else:
        z = rng.choice(ZONES_3)
        a, b, c = digits(rng, 2, True), digits(rng, 2), digits(rng, 2)
    return rng.choice(
        [
            f"0{z} {a} {b} {c}", f"0{z} {a} {b} {c}", f"0{z}/{a}.{b}.{c}", f"0{z}/{a} {b} {c}",
            f"+32 {z} {a} {b} {c}", f"0{z}{a}{b}{c}", f"0{z}.{a}.{b}.{c}",
        ]
    )  # fmt: skip


def ordinal(n: int) -> str:
    return "1ste" if n == 1 else f"{n}de"


def school_year(age: int, rng: random.Random) -> str:
    """The school year a child of this age is usually in (not personal data)."""
    if age <= 5:
        return f"{ordinal(max(1, age - 2))} kleuterklas"
    if age <= 11:
        return f"{ordinal(age - 5)} leerjaar"
    grade = min(age - 11, 6)
    if grade <= 2 or rng.random() < 0.4:
        return f"{ordinal(grade)} middelbaar"
    return f"{ordinal(grade)} jaar {rng.choice(['ASO', 'TSO', 'BSO', 'KSO'])}"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z\-]", "", folded.lower())


def format_date_nl(d: date, rng: random.Random) -> str:
    return rng.choice(
        [
            f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}",
            f"{d:%d-%m-%Y}", f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}", f"{d.day}/{d.month}/{d.year}",
            f"{d:%Y-%m-%d}",
        ]
    )  # fmt: skip


def format_date_fr(d: date, rng: random.Random) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return rng.choice(
        [f"{day} {MONTHS_FR[d.month - 1]} {d.year}"] * 2 + [f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"]
    )


def random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


# --------------------------------------------------------------------------------------------
# The people and homes of one note
# --------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    birth: date
    kind: str
    role: str
    cache: dict[str, str] = field(default_factory=dict)


Segment = tuple[str, str | None]


class Note:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        origins = FAMILY_ORIGINS_FR if lang == "fr" else FAMILY_ORIGINS_NL
        self.origin = self.weighted(origins)
        self.people: dict[str, Person] = {}
        self.homes: dict[str, tuple[str, str]] = {}
        self.fillers: dict[str, str] = {}

    def weighted(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    # -- people --------------------------------------------------------------------------

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng = self.rng
        kind, gender = PERSON_ROLES[role]
        female = gender == "F" if gender else rng.random() < 0.5
        if kind == "staff" or role == "n":
            origin = self.weighted(STAFF_ORIGINS_FR if self.lang == "fr" else STAFF_ORIGINS_NL)
        elif (role in ("m", "x", "gm") and rng.random() < 0.25) or (
            role in ("sf", "b") and rng.random() < 0.5
        ):
            origin = self.weighted(FAMILY_ORIGINS_NL)
        else:
            origin = self.origin
        females, males, surnames = NAMES[origin]
        first = rng.choice(females if female else males)
        if role in ("c", "c2", "bb", "y") or (role in ("u", "gp") and rng.random() < 0.7):
            last = self.person("f").last
        else:
            last = rng.choice(surnames)
        if origin == "polish" and female and last.endswith(("ski", "cki")):
            last = last[:-1] + "a"
        taken = {p.first.lower() for p in self.people.values()}
        while first.lower() in taken:
            first = rng.choice(females if female else males)
        today = date(NOTE_YEAR, 6, 1)
        ranges = {
            "child": (date(2010, 1, 1), date(2019, 12, 31)),
            "teen": (date(2007, 1, 1), date(2011, 12, 31)),
            "baby": (date(2023, 1, 1), date(2024, 3, 31)),
            "parent": (date(1972, 1, 1), date(1996, 12, 31)),
            "grand": (date(1948, 1, 1), date(1970, 12, 31)),
            "staff": (date(1962, 1, 1), date(1998, 12, 31)),
            "other": (date(1950, 1, 1), date(1999, 12, 31)),
        }
        birth = random_date(rng, *ranges[kind])
        assert birth < today
        p = Person(first, last, female, birth, kind, role)
        self.people[role] = p
        return p

    def person_segments(self, role: str, attr: str) -> list[Segment]:
        p = self.person(role)
        rng = self.rng
        if attr in PRONOUNS:
            return [(PRONOUNS[attr][p.female], None)]
        name_forms = {
            "first": p.first,
            "last": p.last,
            "full": f"{p.first} {p.last}",
            "first_lc": p.first.lower(),
            "last_lc": p.last.lower(),
            "full_lc": f"{p.first} {p.last}".lower(),
            "LASTfirst": f"{p.last.upper()} {p.first}",
            "ini": f"{p.first[0]}. {p.last}",
        }
        if attr in name_forms:
            return [(name_forms[attr], "PERSON")]
        age = NOTE_YEAR - p.birth.year - (p.birth.month > 6)
        if attr == "age":
            return [(str(age), None)]
        if attr == "year":
            return [(school_year(age, rng), None)]
        if attr == "months":
            return [(str((NOTE_YEAR - p.birth.year) * 12 + 6 - p.birth.month), None)]
        if attr not in p.cache:
            p.cache[attr] = self.person_value(p, attr)
        kinds = {
            "dob": "DATE_OF_BIRTH", "dob_fr": "DATE_OF_BIRTH", "dob_iso": "DATE_OF_BIRTH",
            "nn": "NATIONAL_NUMBER", "phone": "PHONE", "phone2": "PHONE", "mobile": "PHONE",
            "landline": "PHONE", "email": "EMAIL", "iban": "IBAN", "iban2": "IBAN",
        }  # fmt: skip
        return [(p.cache[attr], kinds[attr])]

    def person_value(self, p: Person, attr: str) -> str:
        rng = self.rng
        if attr == "dob":
            return (format_date_fr if self.lang == "fr" else format_date_nl)(p.birth, rng)
        if attr == "dob_fr":
            return format_date_fr(p.birth, rng)
        if attr == "dob_iso":
            return f"{p.birth:%Y-%m-%d}"
        if attr == "nn":
            return format_national_number(national_number(p.birth, not p.female, rng), rng)
        if attr in ("phone", "phone2"):
            young = p.kind in ("child", "parent")
            return mobile(rng) if rng.random() < (0.85 if young else 0.55) else landline(rng)
        if attr == "mobile":
            return mobile(rng)
        if attr == "landline":
            return landline(rng)
        if attr in ("iban", "iban2"):
            return belgian_iban(rng, spaced=rng.random() < 0.65)
        if attr == "email":
            first, last = ascii_fold(p.first), ascii_fold(p.last)
            if p.role in STAFF_DOMAINS:
                domain = rng.choice(STAFF_DOMAINS[p.role])
                local = rng.choice([f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}"])
                return f"{local}@{domain}"
            domain = rng.choice(PRIVATE_DOMAINS)
            yy = f"{p.birth:%y}"
            local = rng.choice(
                [
                    f"{first}.{last}", f"{first}{last}{yy}", f"{first[0]}.{last}",
                    f"{first}_{last}", f"{last}.{first}", f"{first}{rng.randrange(1, 999)}",
                    f"{first}.{last}{yy}",
                ]
            )  # fmt: skip
            return f"{local}@{domain}"
        raise KeyError(attr)

    # -- homes ---------------------------------------------------------------------------

    def home(self, role: str) -> tuple[str, str]:
        if role in self.homes:
            return self.homes[role]
        rng = self.rng
        number = rng.randrange(1, 260) if rng.random() < 0.8 else rng.randrange(1, 30)
        if self.lang == "fr":
            pc, _, name = rng.choice(MUNICIPALITIES_BXL)
            street = rng.choice(STREETS_FR)
            suffix = rng.choice(
                [
                    "", "", "", f" bte {rng.randrange(1, 40)}", f"/{rng.randrange(1, 9)}",
                    f" boîte {rng.randrange(1, 20)}", rng.choice("ab"),
                ]
            )  # fmt: skip
        else:
            if rng.random() < 0.2:
                pc, name, _ = rng.choice(MUNICIPALITIES_BXL)
            else:
                pc, name = rng.choice(MUNICIPALITIES_VL)
            street = rng.choice(STREETS_NL)
            if rng.random() < 0.08 and street.endswith("straat"):
                street = street[: -len("straat")] + "str."
            suffix = rng.choice(
                [
                    "", "", "", "", f" bus {rng.randrange(1, 30)}", f" bus {rng.randrange(1, 30)}",
                    f"/{rng.randrange(1, 6)}", rng.choice("bA"), f" b{rng.randrange(1, 10)}",
                    f" bus 10{rng.randrange(1, 10)}", f"-{number + 2}",
                ]
            )  # fmt: skip
        address = f"{street} {number}{suffix}"
        roll = rng.random()
        if roll < 0.1:
            postcode_city = f"B-{pc} {name}"
        elif roll < 0.14:
            postcode_city = f"{pc} {name.upper()}"
        else:
            postcode_city = f"{pc} {name}"
        self.homes[role] = (address, postcode_city)
        return self.homes[role]

    def home_segments(self, role: str, attr: str) -> list[Segment]:
        address, postcode_city = self.home(role)
        if attr == "addr":
            return [(address, "ADDRESS")]
        if attr == "addr_lc":
            return [(address.lower(), "ADDRESS")]
        if attr == "pc":
            return [(postcode_city, "POSTCODE_CITY")]
        if attr == "pc_lc":
            return [(postcode_city.lower(), "POSTCODE_CITY")]
        raise KeyError(attr)

    # -- fillers (never personal data) ---------------------------------------------------

    def filler(self, name: str) -> str:
        if name in self.fillers:
            return self.fillers[name]
        rng = self.rng
        meeting = random_date(rng, date(2023, 1, 2), date(2025, 6, 30))
        arr = rng.choice(ARRONDISSEMENTS)
        values = {
            "date": lambda: rng.choice(
                [format_date_nl(meeting, rng), f"{meeting:%d/%m}", f"{meeting.day} "
                 f"{MONTHS_NL[meeting.month - 1]}"]),
            "date_fr": lambda: format_date_fr(meeting, rng),
            "weekday": lambda: rng.choice(WEEKDAYS_NL),
            "weekday2": lambda: WEEKDAYS_NL[(WEEKDAYS_NL.index(self.filler("weekday")) + 1) % 7],
            "weekday_fr": lambda: rng.choice(WEEKDAYS_FR),
            "month": lambda: rng.choice(MONTHS_NL),
            "time": lambda: rng.choice(TIMES),
            "time_fr": lambda: rng.choice(TIMES_FR),
            "case": lambda: f"{arr}.{rng.randrange(10, 99)}.JU.{rng.randrange(1, 999)}/"
            f"{rng.randrange(21, 25)}",
            "pv": lambda: f"{arr}.{rng.randrange(10, 99)}.L{rng.randrange(1, 9)}."
            f"{rng.randrange(10**6):06d}/{rng.randrange(2022, 2025)}",
            "vk": lambda: rng.choice([f"VK-{rng.randrange(2021, 2025)}-{rng.randrange(10**5):05d}",
                                      f"{rng.randrange(2021, 2025)}/{rng.randrange(10**4):04d}"]),
            "pz": lambda: rng.choice(PZ),
            "pz_fr": lambda: rng.choice(PZ_FR),
            "school": lambda: rng.choice(SCHOOLS),
            "school_fr": lambda: rng.choice(SCHOOLS_FR),
            "hosp": lambda: rng.choice(HOSPITALS),
            "hosp_fr": lambda: rng.choice(HOSPITALS_FR),
            "clb": lambda: rng.choice(CLBS),
            "year": lambda: rng.choice(SCHOOL_YEARS),
            "amount": lambda: rng.choice(AMOUNTS),
            "city": lambda: rng.choice(MUNICIPALITIES_VL)[1],
            "city_lc": lambda: rng.choice(MUNICIPALITIES_VL)[1].lower(),
            "city_fr": lambda: rng.choice(MUNICIPALITIES_BXL)[2],
            "country": lambda: rng.choice(COUNTRIES),
            "parket": lambda: rng.choice(PARKETS),
            "vkprov": lambda: rng.choice(VK_PROVINCES),
        }  # fmt: skip
        self.fillers[name] = values[name]()
        return self.fillers[name]

    # -- rendering -----------------------------------------------------------------------

    def segments(self, name: str, attr: str | None) -> list[Segment]:
        if name in PERSON_ROLES:
            return self.person_segments(name, attr or "")
        if name in HOME_ROLES:
            return self.home_segments(name, attr or "")
        assert attr is None, name
        return [(self.filler(name), None)]

    def render(self, template: str) -> tuple[str, list[dict]]:
        out: list[str] = []
        spans: list[dict] = []
        pos = last = 0
        for match in PLACEHOLDER.finditer(template):
            literal = template[last : match.start()]
            out.append(literal)
            pos += len(literal)
            for text, kind in self.segments(match.group(1), match.group(2)):
                if kind:
                    spans.append({"start": pos, "end": pos + len(text), "type": kind})
                out.append(text)
                pos += len(text)
            last = match.end()
        out.append(template[last:])
        text = "".join(out)
        # "{c2.first} {c.last}" and the like: one person, so one span.
        merged: list[dict] = []
        for span in spans:
            prev = merged[-1] if merged else None
            if (
                prev
                and prev["type"] == span["type"] == "PERSON"
                and text[prev["end"] : span["start"]] == " "
            ):
                prev["end"] = span["end"]
            else:
                merged.append(span)
        spans = merged
        assert "{" not in text and "}" not in text, text
        return text, spans


def has_personal_placeholder(template: str) -> bool:
    return any(m.group(1) in PERSON_ROLES or m.group(1) in HOME_ROLES
               for m in PLACEHOLDER.finditer(template))  # fmt: skip


def pools() -> dict[tuple[str, bool], list[str]]:
    nl = paragraphs(TEMPLATES_NL) + paragraphs(TEMPLATES_CHAT)
    result = {
        ("nl", True): nl,
        ("nl", False): paragraphs(TEMPLATES_NONE_NL),
        ("fr", True): paragraphs(TEMPLATES_FR),
        ("fr", False): paragraphs(TEMPLATES_NONE_FR),
    }
    for (_, personal), templates in result.items():
        for template in templates:
            assert has_personal_placeholder(template) == personal, template
    return result


def build(n_notes: int = N_NOTES, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    by_pool = pools()
    schedule: list[tuple[str, bool]] = []
    for key, share in POOL_SHARES.items():
        schedule += [key] * round(share * n_notes)
    schedule = (schedule + [("nl", True)] * n_notes)[:n_notes]
    rng.shuffle(schedule)
    queues: dict[tuple[str, bool], list[str]] = {key: [] for key in by_pool}
    notes = []
    for i, key in enumerate(schedule, start=1):
        if not queues[key]:
            queues[key] = list(by_pool[key])
            rng.shuffle(queues[key])
        template = queues[key].pop()
        text, spans = Note(rng, key[0]).render(template)
        notes.append({"id": f"n{i:03d}", "text": text, "spans": spans})
    return notes


def check(notes: list[dict]) -> None:
    """Offsets inside the text, spans disjoint, identifiers valid."""
    from stdnum import iban as stdnum_iban
    from stdnum.be import nn as stdnum_nn

    for note in notes:
        end = 0
        for span in sorted(note["spans"], key=lambda s: s["start"]):
            assert end <= span["start"] < span["end"] <= len(note["text"]), note
            end = span["end"]
            value = note["text"][span["start"] : span["end"]]
            assert value == value.strip(), note
            if span["type"] == "NATIONAL_NUMBER":
                assert stdnum_nn.is_valid(re.sub(r"\D", "", value)), value
            if span["type"] == "IBAN":
                assert stdnum_iban.is_valid(value.replace(" ", "")), value


def main() -> None:
    notes = build()
    check(notes)
    with OUT.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for note in notes:
        for span in note["spans"]:
            counts[span["type"]] = counts.get(span["type"], 0) + 1
    n_templates = sum(len(t) for t in pools().values())
    empty = sum(not note["spans"] for note in notes)
    print(f"{len(notes)} notes from {n_templates} templates, {empty} without personal data")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<16} {count}")


if __name__ == "__main__":
    main()
