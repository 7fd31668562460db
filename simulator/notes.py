"""Free-text case notes for the VK simulator.

Notes are written the way counsellors really type them: they leak names, phone numbers,
addresses, national register numbers, birth dates, e-mail addresses and now and then an IBAN,
in many notations, next to look-alikes that are *not* personal data (CLB, parket, meeting
dates, ages, school years). The downstream scrubber is tested against this.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from simulator.identities import (
    _CITIES,
    _PARKET,
    _SCHOOL_NAMES,
    Family,
    Person,
    Reporter,
    _to_nsn,
    national_number,
    random_phone,
    render_phone,
    vk_of_postcode,
)

__all__ = ["NoteChild", "write_note"]


@dataclass(frozen=True)
class NoteChild:
    first_name: str
    last_name: str
    sex: str  # M, V, X or O
    age_years: int | None
    birth_date: date | None
    national_number: str | None  # 11 digits
    unborn: bool


# --------------------------------------------------------------------------------------------
# How often each kind of personal data leaks into a (non-empty, non-chat) note
# --------------------------------------------------------------------------------------------

P_EMPTY = 0.08
P_CHILD_NAME = 0.62
P_PHONE = 0.30
P_ADDRESS = 0.25
P_NN = 0.10
P_DOB = 0.20
P_EMAIL = 0.08
P_IBAN = 0.02
P_PARENT_NAME = 0.40
P_STAFF_NAME = 0.30

# Number of sentences a note aims for (data sentences may push it up to 6).
_LENGTHS = (1, 2, 3, 4, 5, 6)
_LENGTH_WEIGHTS = (8, 17, 25, 23, 16, 11)

_MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MAIL_DOMAINS = (
    ("telenet.be", 30),
    ("gmail.com", 30),
    ("hotmail.com", 20),
    ("outlook.com", 7),
    ("skynet.be", 5),
    ("live.be", 4),
    ("proximus.be", 2),
    ("yahoo.fr", 2),
)
_MAIL_DOMAIN_NAMES = tuple(d for d, _ in _MAIL_DOMAINS)
_MAIL_DOMAIN_CUM = tuple(
    sum(w for _, w in _MAIL_DOMAINS[: i + 1]) for i in range(len(_MAIL_DOMAINS))
)
# Bank codes that python-stdnum (and the NBB) know: BNP Paribas Fortis, Belfius, ING, KBC,
# Crelan. Unknown codes would make the IBAN invalid even with a correct checksum.
_BANK_CODE_RANGES = (
    (0, 49),
    (50, 99),
    (220, 299),
    (300, 399),
    (400, 499),
    (733, 741),
    (750, 765),
    (775, 799),
)


# --------------------------------------------------------------------------------------------
# Templates. Fields in {braces} are computed lazily per note (see _Note); a capitalised field
# name is the same value with its first letter upper-cased.
# --------------------------------------------------------------------------------------------

_NL: dict[str, tuple[str, ...]] = {
    "open_named": (
        "Melding door {role} {rep} ({org}).",
        "{Rep}, {role} bij {org}, contacteert het VK.",
        "Telefonische melding van {rep} ({role}, {org}) op {recent}.",
        "Mail ontvangen van {rep} ({org}).",
        "Melder: {rep}, {role} - {org}.",
        "{Role} {rep} belt met zorgen over {k}.",
    ),
    "open_anon": (
        "Melding door {role} van {org}, melder wenst anoniem te blijven.",
        "Anonieme melding via {org}.",
        "Melder ({role}) wil niet dat het gezin weet wie gemeld heeft.",
        "Melding van {org} ({role}).",
        "Telefonische melding door {role} van {org} op {recent}.",
    ),
    "open_private": (
        "Melding door {derole}.",
        "{Derole} belt ongerust over {k}.",
        "{Derole} ({rep}) meldt zich bij het VK.",
        "Melder is {derole} van {k}.",
    ),
    "open_unknown": (
        "Melder onbekend.",
        "Anonieme melding, melder niet gekend.",
        "Melding via de website, geen gegevens van de melder.",
    ),
    "open_1712": (
        "Doorverwijzing door Hulplijn 1712.",
        "Melding via Hulplijn 1712 ({role}).",
        "Oproep bij 1712 doorgezet naar het VK op {recent}.",
    ),
    "open_mano": (
        "MaNo-melding van het {parket} betreffende {k}.",
        "Melding maatschappelijke noodzaak door het {parket}.",
        "Het {parket} vraagt in het kader van MaNo een verontrustingsonderzoek.",
        "Het parket meldt na een PV voor intrafamiliaal geweld bij {fam}.",
        "Jeugdmagistraat van het {parket} verwijst door naar het VK (MaNo).",
        "Dossier via het {parket}: maatschappelijke noodzaak, vraag om de situatie van {k} "
        "op te volgen.",
    ),
    "rep_phone": (
        "Melder is bereikbaar op {rphone}.",
        "{Rep} vraagt teruggebeld te worden op {rphone}.",
        "Tel. melder: {rphone}.",
        "Contact melder: {rep}, {rphone}.",
    ),
    "LICHAMELIJK": (
        "{K} heeft blauwe plekken op de armen en zegt dat {vader} {hem} met de riem slaat.",
        "{K} kwam met een blauw oog naar school; de uitleg van {moeder} klopt niet.",
        "Vermoeden van fysiek geweld: {k} vertelt dat {ouder} {hem} regelmatig slaat.",
        "Op spoed werd bij {k} een spiraalfractuur van de arm vastgesteld, uitleg onduidelijk.",
        "{K} ({age}) heeft striemen op de rug, volgens {ouder} 'gevallen van de trap'.",
        "Buren horen vaak geroep en slagen, {kn} huilt dan lang.",
        "{K} durft niet naar huis omdat {ouder} kwaad wordt en slaat.",
        "Bij de consultatie vielen hematomen van verschillende ouderdom op bij {k}.",
        "{K} vertelt dat {hij} een 'tik' kreeg van {vader} en heeft een rode vlek in het gezicht.",
        "Brandwonde op de hand van {k}, mogelijk van een sigaret.",
    ),
    "EMOTIONEEL": (
        "{K} wordt thuis voortdurend uitgescholden en gekleineerd door {ouder}.",
        "Ernstige partnerconflicten tussen {moeder} en {vader}, {k} is daar vaak getuige van.",
        "{K} is erg teruggetrokken, eet slecht en zegt dat niemand thuis naar {hem} luistert.",
        "{Ouder} dreigt {k} te laten plaatsen als {hij} niet luistert.",
        "Intrafamiliaal geweld tussen de ouders; {k} zat erbij toen de politie kwam.",
        "{K} moet vaak alleen thuisblijven en zorgen voor de jongere kinderen.",
        "Vechtscheiding: {k} wordt door beide ouders tegen elkaar uitgespeeld.",
        "{K} krijgt als straf geen eten en moet urenlang op de gang staan.",
        "{Vader} is zeer controlerend, {k} mag niet buiten spelen of vriendjes zien.",
    ),
    "SEKSUEEL": (
        "{K} vertelde aan de juf dat {dader} {hem} 's nachts aanraakt waar dat niet mag.",
        "Vermoeden van seksueel misbruik door {dader}; {k} vertoont geseksualiseerd gedrag.",
        "{K} heeft naaktfoto's gestuurd naar een onbekende volwassene via Snapchat.",
        "Vermoeden van grooming: {k} heeft contact met een veel oudere man via Instagram.",
        "{K} vertelde op kamp dat {dader} 'geheime spelletjes' met {hem} speelt.",
        "Onthulling van seksueel misbruik door {dader} tijdens een gesprek met het CLB.",
        "{K} ({age}) zegt dat {dader} foto's van {hem} maakt in bad.",
    ),
    "RISICO_VERWERKING": (
        "{Moeder} kampt met een alcoholprobleem; {k} wordt vaak niet opgehaald van school.",
        "{Vader} werd opgenomen in de psychiatrie, zorgen over de opvoedingssituatie van {k}.",
        "De woning is sterk vervuild en er is nauwelijks eten in huis voor {k}.",
        "Ouders gebruiken drugs in het bijzijn van {k}.",
        "{K} komt vaak te laat, ongewassen en zonder boterhammen naar school.",
        "Zorgen over verwaarlozing: {k} heeft al maanden geen arts gezien ondanks astma.",
        "{K} heeft nachtmerries sinds het incident en wil er met iemand over praten.",
        "{Moeder} vraagt ondersteuning bij de verwerking van het misbruik van {k}.",
        "Hoge schoolafwezigheid van {k}, ouders reageren niet op uitnodigingen van het CLB.",
    ),
    "GRENSOVERSCHRIJDEND": (
        "{K} vertoont seksueel grensoverschrijdend gedrag tegenover jongere kinderen.",
        "{K} bedreigde een leerkracht met een mes; thuis is er weinig toezicht.",
        "Grensoverschrijdend gedrag tussen broer en zus, ouders minimaliseren.",
        "{K} stelt zich agressief op tegenover {ouder}; ouders zijn de situatie niet meer de baas.",
        "{K} verspreidde naaktbeelden van een klasgenote via WhatsApp.",
    ),
    "ONBEKEND": (
        "Melder maakt zich zorgen over {k} maar kan niet goed zeggen waarom.",
        "Vage zorgen over de thuissituatie van {k}, melder vraagt advies.",
        "Onduidelijke melding over {k}, bijkomende info op te vragen bij de melder.",
        "Melder heeft het gevoel dat er 'iets niet klopt' bij {k} thuis.",
    ),
    # Babies and toddlers (< 4 years): no school, no disclosures.
    "young": (
        "Bij {k} ({age}) werden op spoed meerdere fracturen van verschillende ouderdom gezien.",
        "Vermoeden van shaken baby syndroom bij {k}, opgenomen op de pediatrie.",
        "{K} heeft onverklaarbare blauwe plekken op de wangen en de billen.",
        "{K} ({age}) is getuige van zwaar partnergeweld tussen {moeder} en {vader}.",
        "Ouders laten {k} urenlang alleen in de box.",
        "{K} ({age}) is ondervoed en heeft een ernstige luieruitslag.",
        "{Moeder} is verslaafd; {k} werd alleen thuis aangetroffen.",
        "Vermoeden van seksueel misbruik van {k} ({age}), letsels vastgesteld door de kinderarts.",
        "Kinderopvang merkt dat {k} vaak hongerig en met vuile luiers gebracht wordt.",
    ),
    "unborn": (
        "Prenatale melding: {moeder} is {weken} weken zwanger en gebruikt nog steeds drugs.",
        "Zorgen rond het ongeboren kind, uitgerekende datum {due}.",
        "{Moeder} is zwanger; eerdere kinderen werden uit huis geplaatst.",
        "Vroedvrouw ziet {moeder} op consultatie: {weken} weken zwanger, partnergeweld.",
    ),
    "name_only": (
        "Het gaat om {full} ({age}).",
        "Betreft {full}.",
        "Kind: {kd}.",
        "Naam kind: {full}.",
    ),
    "addr": (
        "Het gezin woont {addr}.",
        "Adres: {addr}.",
        "Gedomicilieerd {addr}, maar verblijft vaak bij de grootouders.",
        "Domicilie gezin: {addr}.",
        "Huisbezoek gepland op het adres {addr}.",
        "{Moeder} is onlangs verhuisd naar {addr}.",
        "Nieuw adres sinds {maand}: {addr}.",
        "{K} verblijft bij {vader}, {addr}.",
    ),
    "phone": (
        "{Moeder} is bereikbaar op {phone}.",
        "Gsm mama: {phone}.",
        "Tel. {vader}: {phone}, enkel bereikbaar na 17u.",
        "Contact via {phone} ({moeder}).",
        "Telefoonnummer gezin: {phone}.",
        "{Vader} belde zelf terug vanop {phone}.",
        "Nummer van {ouder}: {phone}.",
    ),
    "nn_child": (
        "RRN {kl}: {nn}.",
        "Rijksregisternummer van {full}: {nn}.",
        "{Kd} (RRN {nn}).",
        "INSZ kind: {nn}.",
        "Gekend in het rijksregister onder {nn}.",
    ),
    "nn_parent": (
        "RRN {moeder}: {pnn}.",
        "Rijksregisternummer van {vader}: {pnn}.",
        "INSZ {ouder}: {pnn}.",
    ),
    "dob_child": (
        "{Kd}, °{dob}.",
        "{K} is geboren op {dob}.",
        "Geboortedatum {kl}: {dob}.",
        "{K} (°{dob}) zit in {klas}.",
        "{Kd}, geb. {dob}, nu {age}.",
    ),
    "dob_parent": (
        "{Moeder} (°{pdob}) werkt niet en staat er alleen voor.",
        "Geboortedatum {ouder}: {pdob}.",
        "{Vader}, geboren op {pdob}, is gekend bij de politie.",
    ),
    "email": (
        "Mailadres {moeder}: {email}.",
        "{Vader} communiceert enkel via mail ({email}).",
        "Verslag te bezorgen aan {email}.",
        "Contact via e-mail: {email}.",
    ),
    "rep_email": (
        "Melder stuurde foto's door via {remail}.",
        "Melder vraagt terugkoppeling via {remail}.",
    ),
    "iban": (
        "{Vader} vraagt terugbetaling op rekening {iban}.",
        "OCMW stort leefloon op {iban} (rekening {moeder}).",
        "Schoolfacturen blijven onbetaald, rekeningnummer gezin: {iban}.",
        "Groeipakket wordt gestort op {iban}.",
    ),
    "parents": (
        "Ouders: {ouders}.",
        "{K} woont bij {ouders}.",
        "Gezinssamenstelling: {ouders} en {nkids}.",
    ),
    "sibling": (
        "Ook {sib} woont in het gezin.",
        "{Sib} zit op dezelfde school.",
        "Er is nog {sib}, over wie geen zorgen zijn.",
    ),
    "staff": (
        "Opvolging door consulent {staff}.",
        "Vertrouwensarts dr. {staffl} bekijkt het medisch verslag.",
        "Casusoverleg met {staff} op {meet}.",
        "{Stafff} neemt contact op met de school.",
        "Besproken met vertrouwensarts {staff}.",
        "Dossier toegewezen aan {staff}.",
        "Consulent: {staff} ({initials}).",
    ),
    "filler_kid": (
        "{Kn} zit in {klas}.",
        "{Kn} is {age}.",
        "{Kn} gaat naar {klas} en doet het goed op school.",
        "Sinds {maand} zit {kn} in {klas} in een nieuwe school.",
    ),
    "filler": (
        "Gesprek met het CLB op {meet}.",
        "Huisbezoek volgende {wd}.",
        "Kind en Gezin is betrokken sinds de geboorte.",
        "Opgroeien werd nog niet ingeschakeld.",
        "Geen eerdere meldingen gekend bij het VK.",
        "Eerdere melding in {maand} {jaar} werd afgesloten na een adviesgesprek.",
        "Het parket is op de hoogte, de jeugdrechter nog niet.",
        "Melder verwees eerder al door naar Hulplijn 1712.",
        "MDO met CLB en school gepland op {meet}.",
        "Consult bij de kinderarts op {meet} om {uur}.",
        "Ouders zijn gescheiden sinds {jaar}, co-ouderschap week-week.",
        "Verdere bevraging van de melder volgt.",
        "Advies gegeven aan melder, die zelf contact opneemt met de ouders.",
        "Afspraak op het VK op {meet} om {uur}.",
        "Terugkoppeling aan melder voorzien eind {maand}.",
        "De jeugdrechter legde in {maand} een voorlopige maatregel op.",
        "Gezin spreekt weinig Nederlands, tolk aangevraagd.",
        "Zorgen bestaan al sinds {maand}.",
        "Contact opgenomen met Kind en Gezin, geen bijkomende info.",
        "Overleg met OCJ volgende {wd}.",
        "Melder werd geïnformeerd over de werking van het VK.",
        "Geen acuut gevaar volgens melder.",
        "Situatie lijkt acuut, vandaag nog huisbezoek.",
        "Wordt besproken op het teamoverleg van {wd}.",
        "Actie: contact school en huisarts.",
    ),
    "dump_prefix": ("Gegevens: ", "Identificatie: ", "Info gezin: ", "", "Personalia: "),
    # Chat (NPIE): anonymous, short, rarely a name.
    "npie_open": (
        "Chat met {wie} van {age}.",
        "Chatgesprek met een jongere ({age}).",
        "Anonieme chat: {wie}, {age}.",
        "Chatter ({age}) contacteert het VK via de chat.",
        "Chat op {wd}avond met {wie} ({age}).",
        "Chat met {wie}, leeftijd niet gekend.",
        "Chatgesprek met {wie}, geen leeftijd opgegeven.",
    ),
    "npie_nick": (
        "Noemt zichzelf '{nick}'.",
        "Chatter stelt zich voor als {nick}.",
        "Wil {nick} genoemd worden.",
        "Naam: {nick} (niet geverifieerd).",
    ),
    "npie_LICHAMELIJK": (
        "Vertelt dat {npdader} slaat wanneer die gedronken heeft.",
        "Krijgt thuis klappen en toont de blauwe plekken aan niemand.",
    ),
    "npie_EMOTIONEEL": (
        "Wordt thuis voortdurend uitgescholden en voelt zich niets waard.",
        "Ouders maken veel ruzie, chatter voelt zich schuldig.",
    ),
    "npie_SEKSUEEL": (
        "Vertelt dat {npdader} aan {npobj} zit wanneer mama gaat werken.",
        "Werd online afgeperst met naaktfoto's.",
    ),
    "npie_RISICO_VERWERKING": (
        "Mama drinkt veel en ligt overdag in bed; chatter zorgt voor de broertjes.",
        "Denkt aan zelfdoding en heeft zich al gesneden.",
    ),
    "npie_GRENSOVERSCHRIJDEND": (
        "Vraagt wat te doen omdat een vriend ongepaste foto's doorstuurt.",
        "Is bang dat een oudere jongen uit de jeugdbeweging te ver gaat.",
    ),
    "npie_ONBEKEND": (
        "Wil praten maar vertelt weinig concreets.",
        "Voelt zich thuis niet veilig maar wil niet zeggen waarom.",
    ),
    "npie_school": (
        "Zit in {klas} op {school}.",
        "Gaat naar school in {city}.",
        "Zit op {school}, durft het niet aan de leerkracht te vertellen.",
    ),
    "npie_phone": (
        "Geeft gsm-nummer {nphone} en vraagt om teruggebeld te worden.",
        "Laat nummer achter: {nphone}.",
    ),
    "npie_email": (
        "Laat mailadres achter: {nmail}.",
        "Wil verder mailen via {nmail}.",
    ),
    "npie_surname": (
        "Geeft volledige naam: {nick} {nlast}.",
        "Zegt {nick} {nlast} te heten.",
    ),
    "npie_close": (
        "Doorverwezen naar het CLB.",
        "Tips gegeven, chatter wil met de juf praten.",
        "Chat abrupt afgebroken door chatter.",
        "Chatter komt morgen terug online.",
        "Doorverwezen naar Hulplijn 1712.",
        "Veiligheidsplan besproken.",
        "Info gegeven over het VK en de mogelijkheid om een melding te doen.",
    ),
}

_FR: dict[str, tuple[str, ...]] = {
    "open_named": (
        "Signalement par {role} {rep} ({org}).",
        "{Rep}, {role} chez {org}, contacte le VK.",
        "Appel de {rep} ({role}, {org}) le {recent}.",
        "Mail reçu de {rep} ({org}).",
    ),
    "open_anon": (
        "Signalement par {role} de {org}, souhaite rester anonyme.",
        "Signalement anonyme via {org}.",
        "Appel de {org} ({role}) le {recent}.",
    ),
    "open_private": (
        "Signalement par {derole}.",
        "{Derole} appelle, inquiète pour {k}.",
    ),
    "open_unknown": (
        "Déclarant inconnu.",
        "Signalement anonyme.",
    ),
    "open_1712": (
        "Renvoi par la Hulplijn 1712.",
        "Appel au 1712 transmis au VK le {recent}.",
    ),
    "open_mano": (
        "Signalement MaNo du {parket} concernant {k}.",
        "Le {parket} demande une investigation (nécessité sociale).",
        "Le parquet signale après un PV pour violence intrafamiliale chez {fam}.",
    ),
    "rep_phone": (
        "Le déclarant est joignable au {rphone}.",
        "{Rep} demande à être rappelé(e) au {rphone}.",
        "Tél. déclarant : {rphone}.",
    ),
    "LICHAMELIJK": (
        "{K} a des bleus sur les bras et dit que {vader} le frappe avec la ceinture.",
        "{K} est arrivé(e) à l'école avec un œil au beurre noir; l'explication de {moeder} "
        "ne tient pas.",
        "Suspicion de violence physique : {k} raconte que {ouder} le/la frappe souvent.",
        "Aux urgences, une fracture du bras a été constatée chez {k}, explication floue.",
    ),
    "EMOTIONEEL": (
        "{K} se fait constamment insulter et rabaisser par {ouder}.",
        "Violences conjugales graves entre {moeder} et {vader}, {k} en est souvent témoin.",
        "{K} est très renfermé(e), mange mal et dit que personne ne l'écoute à la maison.",
        "Séparation conflictuelle : {k} est pris(e) en otage par les deux parents.",
    ),
    "SEKSUEEL": (
        "{K} a dit à l'institutrice que {dader} le/la touche la nuit.",
        "Suspicion d'abus sexuel par {dader}; {k} montre un comportement sexualisé.",
        "{K} a envoyé des photos dénudées à un adulte inconnu via Snapchat.",
    ),
    "RISICO_VERWERKING": (
        "{Moeder} a un problème d'alcool; {k} n'est souvent pas récupéré(e) à l'école.",
        "Le logement est très insalubre et il n'y a presque rien à manger pour {k}.",
        "{K} arrive souvent en retard, pas lavé(e) et sans collation.",
        "{K} fait des cauchemars depuis l'incident et veut en parler.",
    ),
    "GRENSOVERSCHRIJDEND": (
        "{K} a un comportement sexuel inadapté envers des enfants plus jeunes.",
        "{K} est agressif/agressive envers {ouder}; les parents sont dépassés.",
    ),
    "ONBEKEND": (
        "Le déclarant s'inquiète pour {k} sans pouvoir dire pourquoi.",
        "Inquiétudes vagues sur la situation de {k} à la maison.",
    ),
    "young": (
        "Chez {k} ({age}), plusieurs fractures d'âges différents ont été constatées.",
        "{K} a des bleus inexpliqués sur les joues et les fesses.",
        "{K} ({age}) est témoin de violences conjugales graves.",
        "La crèche remarque que {k} arrive souvent affamé(e) et avec des langes sales.",
    ),
    "unborn": (
        "Signalement prénatal : {moeder} est enceinte de {weken} semaines et consomme encore.",
        "Inquiétudes pour l'enfant à naître, terme prévu le {due}.",
    ),
    "name_only": (
        "Il s'agit de {full} ({age}).",
        "Concerne {full}.",
        "Enfant : {kd}.",
    ),
    "addr": (
        "La famille habite {addr}.",
        "Adresse : {addr}.",
        "Domicilié(e)s {addr}.",
        "{Moeder} a récemment déménagé, nouvelle adresse : {addr}.",
        "Visite à domicile prévue à l'adresse {addr}.",
    ),
    "phone": (
        "{Moeder} est joignable au {phone}.",
        "GSM maman : {phone}.",
        "Tél. {vader} : {phone}, seulement après 17h.",
        "Numéro de la famille : {phone}.",
    ),
    "nn_child": (
        "NN {kl} : {nn}.",
        "Numéro national de {full} : {nn}.",
        "{Kd} (NN {nn}).",
        "Registre national : {nn}.",
    ),
    "nn_parent": (
        "NN {moeder} : {pnn}.",
        "Numéro national de {vader} : {pnn}.",
    ),
    "dob_child": (
        "{Kd}, né(e) le {dob}.",
        "{K} est né(e) le {dob}.",
        "Date de naissance {kl} : {dob}.",
        "{Kd}, °{dob}.",
    ),
    "dob_parent": (
        "{Moeder} (°{pdob}) est seule avec les enfants.",
        "Date de naissance {ouder} : {pdob}.",
    ),
    "email": (
        "Adresse mail {moeder} : {email}.",
        "{Vader} ne communique que par mail ({email}).",
        "Rapport à envoyer à {email}.",
    ),
    "rep_email": ("Le déclarant a envoyé des photos via {remail}.",),
    "iban": (
        "{Vader} demande un remboursement sur le compte {iban}.",
        "Le CPAS verse le revenu d'intégration sur {iban}.",
    ),
    "parents": (
        "Parents : {ouders}.",
        "{K} vit avec {ouders}.",
    ),
    "sibling": (
        "{Sib} vit aussi dans la famille.",
        "Il y a encore {sib}, sans inquiétudes.",
    ),
    "staff": (
        "Suivi par le consulent {staff}.",
        "La vertrouwensarts dr {staffl} examine le rapport médical.",
        "Concertation avec {staff} le {meet}.",
        "Dossier attribué à {staff}.",
    ),
    "filler_kid": (
        "{Kn} est {klas}.",
        "{Kn} a {age}.",
    ),
    "filler": (
        "Entretien avec le CLB le {meet}.",
        "Visite à domicile {wd} prochain.",
        "Kind en Gezin suit la famille depuis la naissance.",
        "Pas de signalement antérieur au VK.",
        "Le parquet est informé, le juge de la jeunesse pas encore.",
        "Réunion avec l'école prévue le {meet} à {uur}.",
        "Parents séparés depuis {jaar}, garde alternée.",
        "Le déclarant a été informé du fonctionnement du VK.",
        "Inquiétudes depuis {maand}.",
        "Pas de danger immédiat selon le déclarant.",
        "Concertation avec l'OCJ {wd} prochain.",
    ),
    "dump_prefix": ("Données : ", "Identification : ", ""),
    "npie_open": (
        "Chat avec {wie} de {age}.",
        "Chat anonyme : {wie}, {age}.",
        "Chat le {wd} soir avec {wie} ({age}).",
        "Chat avec {wie}, âge inconnu.",
        "Chat anonyme avec {wie}, sans âge précisé.",
    ),
    "npie_nick": (
        "Se fait appeler '{nick}'.",
        "Se présente comme {nick}.",
    ),
    "npie_LICHAMELIJK": ("Raconte que {npdader} frappe quand il a bu.",),
    "npie_EMOTIONEEL": ("Se fait insulter tout le temps à la maison.",),
    "npie_SEKSUEEL": ("A été victime de chantage avec des photos dénudées.",),
    "npie_RISICO_VERWERKING": ("Pense au suicide et s'est déjà scarifié(e).",),
    "npie_GRENSOVERSCHRIJDEND": ("Un ami envoie des photos inappropriées, demande quoi faire.",),
    "npie_ONBEKEND": ("Veut parler mais reste très vague.",),
    "npie_school": (
        "Est {klas} à {school}.",
        "Va à l'école à {city}.",
    ),
    "npie_phone": ("Donne son numéro {nphone} et demande d'être rappelé(e).",),
    "npie_email": ("Laisse son adresse mail : {nmail}.",),
    "npie_surname": ("Donne son nom complet : {nick} {nlast}.",),
    "npie_close": (
        "Orienté(e) vers le CLB.",
        "Chat interrompu brusquement.",
        "Orienté(e) vers la Hulplijn 1712.",
        "Conseils donnés, veut en parler à un adulte de confiance.",
    ),
}

_TEMPLATES = {"nl": _NL, "fr": _FR}

_DADERS = {
    "nl": (
        "de stiefvader",
        "een oom",
        "de grootvader",
        "een oudere neef",
        "de buurman",
        "de voetbaltrainer",
        "een medeleerling",
        "de nieuwe vriend van mama",
        "een oudere broer",
        "de babysit",
    ),
    "fr": (
        "le beau-père",
        "un oncle",
        "le grand-père",
        "un cousin plus âgé",
        "le voisin",
        "l'entraîneur de foot",
        "le nouveau compagnon de maman",
    ),
}
_NPIE_DADERS = {
    "nl": ("papa", "mama", "de stiefvader", "de vriend van mama", "een oudere broer", "een oom"),
    "fr": ("papa", "maman", "le beau-père", "le copain de maman", "un grand frère"),
}


def _strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _slug(text: str) -> str:
    return "".join(ch for ch in _strip_accents(text).lower() if ch.isalnum())


def _iban(rng: random.Random) -> str:
    """A Belgian IBAN with a valid national and IBAN checksum and a known bank code."""
    lo, hi = rng.choice(_BANK_CODE_RANGES)
    ten = f"{rng.randint(lo, hi):03d}{rng.randrange(10_000_000):07d}"
    national = int(ten) % 97 or 97
    bban = f"{ten}{national:02d}"
    check = 98 - int(bban + "111400") % 97  # "BE00" moved to the end, B=11 E=14
    iban = f"BE{check:02d}{bban}"
    if rng.random() < 0.7:
        return " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    return iban


def _format_nn(nn: str, rng: random.Random) -> str:
    s = rng.random()
    if s < 0.35:
        return nn
    if s < 0.65:
        return f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}"
    if s < 0.85:
        return f"{nn[:6]} {nn[6:9]} {nn[9:]}"
    return f"{nn[:6]}-{nn[6:9]}-{nn[9:]}"


def _format_date(d: date, rng: random.Random, lang: str) -> str:
    s = rng.random()
    if s < 0.35:
        return f"{d:%d/%m/%Y}"
    if s < 0.47:
        return f"{d:%d-%m-%Y}"
    if s < 0.55:
        return f"{d:%d.%m.%Y}"
    if s < 0.77:
        return f"{d.day} {_MONTHS[lang][d.month - 1]} {d.year}"
    if s < 0.86:
        return f"{d.day}/{d.month}/{d.year}"
    if s < 0.96:
        return f"{d:%d/%m/%y}"
    return f"{d:%Y-%m-%d}"


def _ordinal(n: int, lang: str) -> str:
    if lang == "fr":
        return "1re" if n == 1 else f"{n}e"
    return f"{n}{'ste' if n in (1, 8) or n >= 20 else 'de'}"


def _is_mobile(phone: str) -> bool:
    nsn = _to_nsn(phone)
    return len(nsn) == 9 and nsn.startswith("4")  # "Gsm" only for mobile numbers


def _age_years(child: NoteChild, on: date) -> int | None:
    if child.age_years is not None:
        return child.age_years
    if child.birth_date is not None:
        b = child.birth_date
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    return None


class _Note:
    """Lazily computed fields for one note; format_map calls __missing__ on first use."""

    __slots__ = (
        "rng",
        "lang",
        "report_date",
        "family",
        "kids",
        "main",
        "unborn",
        "reporter",
        "staff",
        "name_child",
        "name_parent",
        "mother",
        "father",
        "partner",
        "named",
        "vk",
        "values",
        "pbirth",
    )

    def __init__(
        self,
        rng: random.Random,
        lang: str,
        report_date: date,
        family: Family,
        children: list[NoteChild],
        reporter: Reporter,
        staff: str,
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.report_date = report_date
        self.family = family
        self.kids = [c for c in children if not c.unborn]
        self.unborn = any(c.unborn for c in children)
        if self.kids:
            self.main = self.kids[0] if rng.random() < 0.7 else rng.choice(self.kids)
        else:
            self.main = None
        self.reporter = reporter
        self.staff = staff
        self.name_child = False
        self.name_parent = False
        self.named = False
        self.mother: Person | None = None
        self.father: Person | None = None
        for p in family.parents:
            if p.sex == "V" and self.mother is None:
                self.mother = p
            elif p.sex == "M" and self.father is None:
                self.father = p
        # A man without the children's surname is mother's new partner, not their father.
        self.partner = self.father is not None and self.father.last_name != family.last_name
        self.vk = vk_of_postcode(family.address.postcode) or "ANT"
        self.values: dict[str, str] = {}
        self.pbirth: dict[str, date] = {}

    # ---- plumbing ---------------------------------------------------------------------

    def render(self, template: str) -> str:
        return template.format_map(_Lazy(self))

    def field(self, key: str) -> str:
        v = self.values.get(key)
        if v is None:
            method = getattr(self, "f_" + key, None)
            if method is None:
                low = self.field(key[0].lower() + key[1:])
                v = low[:1].upper() + low[1:]
            else:
                v = method()
            self.values[key] = v
        return v

    @property
    def fr(self) -> bool:
        return self.lang == "fr"

    def age(self, child: NoteChild | None) -> int | None:
        return None if child is None else _age_years(child, self.report_date)

    # ---- children ---------------------------------------------------------------------

    def generic(self, child: NoteChild | None) -> str:
        rng = self.rng
        age = self.age(child)
        sex = child.sex if child else "O"
        if self.fr:
            if age is not None and age < 1:
                return "le bébé"
            if sex == "M":
                return rng.choice(
                    ("le garçon", "l'enfant", "le jeune" if (age or 0) > 11 else "le petit")
                )
            if sex == "V":
                return rng.choice(
                    ("la fille", "l'enfant", "la jeune" if (age or 0) > 11 else "la petite")
                )
            return "l'enfant"
        if age is not None and age < 1:
            return "de baby"
        teen = age is not None and age >= 12
        if sex == "M":
            return rng.choice(
                ("de jongen", "de jongere" if teen else "het zoontje", "het kind", "de zoon")
            )
        if sex == "V":
            return rng.choice(
                ("het meisje", "de jongere" if teen else "het dochtertje", "het kind", "de dochter")
            )
        return "de jongere" if teen else "het kind"

    def name_form(self, child: NoteChild) -> str:
        self.named = True
        first, last = child.first_name, child.last_name
        r = self.rng.random()
        if r < 0.30:
            return f"{first} {last}"
        if r < 0.68:
            return first
        if r < 0.76:
            return first.lower()
        if r < 0.84:
            return f"{last.upper()} {first}"
        if r < 0.89:
            return f"{last} {first}"
        if r < 0.94:
            return f"{first} {last[:1]}."
        return f"{first} ({self.field('age')})"

    def f_k(self) -> str:
        c = self.main
        if c is not None and self.name_child:
            return self.name_form(c)
        return self.generic(c)

    def f_kn(self) -> str:
        c = self.main
        r = self.rng.random()
        if c is not None and self.name_child and r < 0.75:
            self.named = True
            return c.first_name.lower() if r < 0.08 else c.first_name
        if r < 0.9 or c is None:
            return self.generic(c)
        return self.field("hij")

    def f_kd(self) -> str:
        c = self.main
        if c is not None and self.name_child:
            self.named = True
            r = self.rng.random()
            if r < 0.6:
                return f"{c.first_name} {c.last_name}"
            if r < 0.85:
                return f"{c.last_name.upper()} {c.first_name}"
            return f"{c.last_name}, {c.first_name}"
        return ("l'enfant" if self.fr else "kind") if self.rng.random() < 0.6 else self.generic(c)

    def f_kl(self) -> str:
        c = self.main
        if c is not None and self.name_child:
            self.named = True
            return c.first_name if self.rng.random() < 0.7 else f"{c.first_name} {c.last_name}"
        return "enfant" if self.fr else "kind"

    def f_full(self) -> str:
        c = self.main
        if c is not None and self.name_child:
            self.named = True
            return f"{c.first_name} {c.last_name}"
        return self.generic(c)

    def f_first(self) -> str:
        c = self.main
        if c is not None and self.name_child:
            self.named = True
            return c.first_name
        return self.generic(c)

    def f_age(self) -> str:
        age = self.age(self.main)
        if age is None:
            return "âge inconnu" if self.fr else "leeftijd onbekend"
        if age == 0:
            b = self.main.birth_date if self.main else None
            months = max(1, (self.report_date - b).days // 30) if b else 6
            return f"{months} mois" if self.fr else f"{months} maanden"
        if self.fr:
            return f"{age} ans"
        return self.rng.choice((f"{age} jaar", f"{age} jaar", f"{age}j", f"{age} jaar oud"))

    def f_klas(self) -> str:
        age = self.age(self.main)
        if age is None:
            age = 8
        if self.fr:
            if age < 3:
                return "à la crèche"
            if age < 6:
                return f"en {_ordinal(age - 2, 'fr')} maternelle"
            if age < 12:
                return f"en {_ordinal(age - 5, 'fr')} primaire"
            return f"en {_ordinal(min(age - 11, 6), 'fr')} secondaire"
        if age < 3:
            return self.rng.choice(("de kinderopvang", "de crèche"))
        if age < 6:
            n = age - 2
            return self.rng.choice((f"de {_ordinal(n, 'nl')} kleuterklas", f"K{n}"))
        if age < 12:
            n = age - 5
            return self.rng.choice(
                (f"het {_ordinal(n, 'nl')} leerjaar", f"het {n}e leerjaar", f"L{n}")
            )
        n = min(age - 11, 6)
        return self.rng.choice(
            (
                f"het {_ordinal(n, 'nl')} middelbaar",
                f"het {_ordinal(n, 'nl')} jaar secundair",
                f"de {_ordinal((n + 1) // 2, 'nl')} graad",
            )
        )

    def f_hij(self) -> str:
        sex = self.main.sex if self.main else "O"
        if self.fr:
            return {"M": "il", "V": "elle"}.get(sex, "il/elle")
        return {"M": "hij", "V": self.rng.choice(("zij", "ze"))}.get(sex, "hij/zij")

    def f_hem(self) -> str:
        sex = self.main.sex if self.main else "O"
        return {"M": "hem", "V": "haar"}.get(sex, "hem/haar")

    def f_sib(self) -> str:
        others = [c for c in self.kids if c is not self.main]
        c = self.rng.choice(others) if others else None
        if c is None:
            return "un petit frère" if self.fr else "een broertje"
        age = self.age(c)
        if self.name_child:
            self.named = True
            name = c.first_name if self.rng.random() < 0.7 else f"{c.first_name} {c.last_name}"
            return f"{name} ({age})" if age is not None else name
        if self.fr:
            word = "une sœur" if c.sex == "V" else "un frère"
            return f"{word} de {age} ans" if age is not None else word
        word = "een zusje" if c.sex == "V" else "een broertje"
        return f"{word} van {age}" if age is not None else word

    def f_nkids(self) -> str:
        n = len(self.kids)
        if self.fr:
            return f"{n} enfant{'s' if n != 1 else ''}"
        return f"{n} kind{'eren' if n != 1 else ''}"

    # ---- parents ----------------------------------------------------------------------

    def _parent_ref(self, p: Person | None, role: str) -> str:
        rng = self.rng
        fr = self.fr
        if role == "V":
            generic = ("la mère", "maman") if fr else ("moeder", "mama", "de moeder")
            titles = ("Mme",) if fr else ("mevrouw", "mevr.")
            words = ("la mère", "maman") if fr else ("moeder", "mama")
        elif self.partner:
            generic = (
                ("le beau-père", "le compagnon de maman")
                if fr
                else ("de stiefvader", "de partner van mama", "de nieuwe vriend van moeder")
            )
            titles = ("M.",) if fr else ("dhr.", "meneer")
            words = ("le beau-père",) if fr else ("stiefvader", "de partner van mama")
        else:
            generic = ("le père", "papa") if fr else ("vader", "papa", "de vader")
            titles = ("M.",) if fr else ("dhr.", "meneer")
            words = ("le père", "papa") if fr else ("vader", "papa")
        if p is None or not self.name_parent:
            return rng.choice(generic)
        r = rng.random()
        if r < 0.35:
            return f"{rng.choice(words)} {p.first_name} {p.last_name}"
        if r < 0.6:
            return f"{rng.choice(words)} ({p.first_name})"
        if r < 0.85:
            return f"{rng.choice(titles)} {p.last_name}"
        return f"{p.first_name} {p.last_name} ({rng.choice(words)})"

    def f_moeder(self) -> str:
        return self._parent_ref(self.mother, "V")

    def f_vader(self) -> str:
        return self._parent_ref(self.father, "M")

    def f_ouder(self) -> str:
        if self.mother and (self.father is None or self.rng.random() < 0.5):
            return self.field("moeder")
        return self.field("vader")

    def f_dader(self) -> str:
        if self.father is not None and self.rng.random() < 0.35:
            return self.field("vader")
        return self.rng.choice(_DADERS[self.lang])

    def f_ouders(self) -> str:
        names = [f"{p.first_name} {p.last_name}" for p in self.family.parents]
        if self.fr:
            if len(names) == 1:
                return f"{'sa mère' if self.mother else 'son père'} {names[0]}"
            return " et ".join(names)
        if len(names) == 1:
            return f"{'alleenstaande moeder' if self.mother else 'vader'} {names[0]}"
        if self.partner:
            return f"{names[0]} en haar partner {names[1]}"
        return " en ".join(names)

    def f_fam(self) -> str:
        if self.name_parent or self.name_child:
            return (
                f"la famille {self.family.last_name}"
                if self.fr
                else (f"het gezin {self.family.last_name}")
            )
        return "la famille" if self.fr else "het gezin"

    def _parent_for_data(self) -> Person:
        parents = self.family.parents
        return parents[0] if len(parents) == 1 or self.rng.random() < 0.6 else parents[1]

    def _birth_of(self, p: Person) -> date:
        key = p.first_name + p.last_name
        d = self.pbirth.get(key)
        if d is None:
            rng = self.rng
            d = date(
                self.report_date.year - rng.randint(21, 52), rng.randint(1, 12), rng.randint(1, 28)
            )
            self.pbirth[key] = d
        return d

    def f_pdob(self) -> str:
        return _format_date(self._birth_of(self._parent_for_data()), self.rng, self.lang)

    def f_pnn(self) -> str:
        p = self._parent_for_data()
        serial = self.rng.randrange(1, 998, 2) if p.sex == "M" else self.rng.randrange(2, 998, 2)
        return _format_nn(national_number(self._birth_of(p), serial), self.rng)

    # ---- contact data -----------------------------------------------------------------

    def f_phone(self) -> str:
        return render_phone(self.family.phone, self.rng)

    def f_rphone(self) -> str:
        return render_phone(self.reporter.phone or self.family.phone, self.rng)

    def f_addr(self) -> str:
        a = self.family.address
        rng = self.rng
        r = rng.random()
        if self.fr:
            box = f" bte {a.box}" if a.box else ""
            if r < 0.5:
                return f"{a.street} {a.house_number}{box}, {a.postcode} {a.municipality}"
            if r < 0.8:
                slash = f"/{a.box}" if a.box else ""
                return f"{a.street}, {a.house_number}{slash} - {a.postcode} {a.municipality}"
            return f"{a.street} {a.house_number}{box} à {a.municipality}"
        b = rng.random()
        if not a.box:
            box = ""
        elif b < 0.5:
            box = f" bus {a.box}"
        elif b < 0.75:
            box = f"/{a.box}"
        elif b < 0.9:
            box = f" b{a.box}"
        else:
            box = f" (bus {a.box})"
        street = f"{a.street} {a.house_number}{box}"
        if r < 0.45:
            return f"{street}, {a.postcode} {a.municipality}"
        if r < 0.6:
            return f"{street} te {a.postcode} {a.municipality}"
        if r < 0.72:
            return f"{street} in {a.municipality}"
        if r < 0.82:
            return f"{street} - {a.postcode} {a.municipality}"
        if r < 0.9:
            return f"{a.postcode} {a.municipality}, {street}"
        if r < 0.95:
            return f"{a.street} nr. {a.house_number}{box}, {a.municipality}"
        return f"{street} te {a.municipality}"

    def _mail_for(self, first: str, last: str) -> str:
        rng = self.rng
        f, ln = _slug(first), _slug(last)
        x = rng.random() * _MAIL_DOMAIN_CUM[-1]
        dom = _MAIL_DOMAIN_NAMES[min(bisect_right(_MAIL_DOMAIN_CUM, x), len(_MAIL_DOMAINS) - 1)]
        yy = rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(0, 9)
        style = rng.randrange(7)
        local = (
            f"{f}.{ln}",
            f"{f}{ln}",
            f"{f}.{ln}{yy}",
            f"{f}_{ln}",
            f"{ln}.{f}",
            f"{f[:1]}{ln}",
            f"{f}{yy:02d}",
        )[style]
        return f"{local}@{dom}"

    def f_email(self) -> str:
        p = self._parent_for_data()
        return self._mail_for(p.first_name, p.last_name)

    def f_remail(self) -> str:
        name = self.reporter.name or "info vk"
        first, _, last = name.partition(" ")
        if self.rng.random() < 0.5 and self.reporter.organisation:
            org = _slug(self.reporter.organisation.split(",")[0])[:20] or "vzw"
            return f"{_slug(first)}.{_slug(last)}@{org}.be"
        return self._mail_for(first, last)

    def f_iban(self) -> str:
        return _iban(self.rng)

    def f_nn(self) -> str:
        c = self.main
        nn = c.national_number if c is not None and c.national_number else None
        if nn is None:
            nn = next((k.national_number for k in self.kids if k.national_number), None)
        return _format_nn(nn or "", self.rng)

    def f_dob(self) -> str:
        c = self.main
        d = c.birth_date if c is not None else None
        return _format_date(d, self.rng, self.lang) if d else ""

    # ---- reporter and staff -----------------------------------------------------------

    def f_rep(self) -> str:
        return self.reporter.name or ("le déclarant" if self.fr else "de melder")

    def f_role(self) -> str:
        return self.reporter.role

    def f_org(self) -> str:
        return self.reporter.organisation

    def f_derole(self) -> str:
        role = self.reporter.role
        if self.fr:
            return role if role.startswith(("la ", "le ", "l'")) else f"la personne ({role})"
        return role if role.startswith(("de ", "het ", "een ")) else f"de {role}"

    def f_parket(self) -> str:
        org = self.reporter.organisation
        if org.startswith("parket"):
            return org
        return self.rng.choice(_PARKET.get(self.vk, ("parket",)))

    def f_staff(self) -> str:
        return self.staff

    def f_staffl(self) -> str:
        return self.staff.partition(" ")[2] or self.staff

    def f_stafff(self) -> str:
        return self.staff.partition(" ")[0]

    def f_initials(self) -> str:
        return "".join(part[:1].upper() for part in self.staff.replace("'", " ").split())

    # ---- dates and other hard negatives -----------------------------------------------

    def f_recent(self) -> str:
        return _format_date(self.report_date, self.rng, self.lang)

    def f_meet(self) -> str:
        rng = self.rng
        d = self.report_date + timedelta(days=rng.randint(1, 24))
        r = rng.random()
        if r < 0.35:
            return f"{d:%d/%m/%Y}"
        if r < 0.6:
            return f"{d:%d/%m}"
        if r < 0.85:
            return f"{d.day} {_MONTHS[self.lang][d.month - 1]}"
        return f"{_WEEKDAYS[self.lang][d.weekday()]} {d.day}/{d.month}"

    def f_due(self) -> str:
        d = self.report_date + timedelta(days=self.rng.randint(20, 200))
        return _format_date(d, self.rng, self.lang)

    def f_weken(self) -> str:
        return str(self.rng.randint(8, 36))

    def f_wd(self) -> str:
        return self.rng.choice(_WEEKDAYS[self.lang][:5])

    def f_maand(self) -> str:
        return self.rng.choice(_MONTHS[self.lang])

    def f_jaar(self) -> str:
        return str(self.report_date.year - self.rng.randint(1, 6))

    def f_uur(self) -> str:
        h = self.rng.randint(8, 17)
        if self.fr:
            return self.rng.choice((f"{h}h", f"{h}h30"))
        return self.rng.choice((f"{h}u", f"{h}u30", f"{h}.30u", f"{h} uur"))

    # ---- chat (NPIE) ------------------------------------------------------------------

    def f_wie(self) -> str:
        sex = self.main.sex if self.main else "O"
        if self.fr:
            return {"M": "un garçon", "V": "une fille"}.get(sex, "un(e) jeune")
        return {"M": "een jongen", "V": "een meisje"}.get(sex, "een jongere")

    def f_nick(self) -> str:
        c = self.main
        name = c.first_name if c is not None else self.rng.choice(("Sam", "Lou", "Noa"))
        return name.lower() if self.rng.random() < 0.15 else name

    def f_nlast(self) -> str:
        c = self.main
        return c.last_name if c is not None else self.family.last_name

    def f_npdader(self) -> str:
        return self.rng.choice(_NPIE_DADERS[self.lang])

    def f_npobj(self) -> str:
        sex = self.main.sex if self.main else "O"
        return {"M": "hem", "V": "haar"}.get(sex, "hem/haar")

    def f_school(self) -> str:
        school = self.rng.choice(_SCHOOL_NAMES)
        return f"{school} in {self.field('city')}" if self.rng.random() < 0.5 else school

    def f_city(self) -> str:
        return self.rng.choice(_CITIES.get(self.vk, _CITIES["ANT"]))

    def f_nphone(self) -> str:
        return random_phone(self.rng, mobile_share=1.0)

    def f_nmail(self) -> str:
        rng = self.rng
        nick = _slug(self.field("nick")) or "anoniem"
        year = self.report_date.year - (self.age(self.main) or rng.randint(11, 17))
        local = rng.choice(
            (
                f"{nick}{year}",
                f"xx_{nick}_xx",
                f"{nick}.{rng.randint(1, 99)}",
                f"{nick}{rng.choice(('tje', 'ke', 'ie'))}",
            )
        )
        return f"{local}@{rng.choice(('hotmail.com', 'gmail.com', 'outlook.be'))}"


class _Lazy(dict):
    """A mapping for str.format_map that computes (and caches) note fields on demand."""

    __slots__ = ("note",)

    def __init__(self, note: _Note) -> None:
        super().__init__()
        self.note = note

    def __missing__(self, key: str) -> str:
        return self.note.field(key)


# --------------------------------------------------------------------------------------------
# Composition
# --------------------------------------------------------------------------------------------


def _opening(n: _Note, t: dict[str, tuple[str, ...]], type_werking: str) -> str:
    rng = n.rng
    rep = n.reporter
    if type_werking == "MANO":
        return rng.choice(t["open_mano"])
    if rep.organisation == "onbekend":
        return rng.choice(t["open_unknown"])
    if rep.organisation == "Hulplijn 1712" and rng.random() < 0.6:
        return rng.choice(t["open_1712"])
    if rep.organisation == "primaire omgeving":
        options = [s for s in t["open_private"] if rep.name or "{rep}" not in s]
        if rep.role == "de jongere zelf":
            options = options[:1]
        return rng.choice(options)
    return rng.choice(t["open_named"] if rep.name else t["open_anon"])


def _dump(n: _Note, t: dict[str, tuple[str, ...]], items: list[str]) -> str:
    """Many data items in one line, the way counsellors paste identification data."""
    rng = n.rng
    fr = n.fr
    parts: list[str] = []
    child_bits = []
    if "dob_child" in items:
        child_bits.append(
            "°{dob}" if rng.random() < 0.6 else ("né(e) le {dob}" if fr else "geb. {dob}")
        )
    if "nn_child" in items:
        child_bits.append(rng.choice(("RRN {nn}", "NN {nn}") if not fr else ("NN {nn}",)))
    if child_bits:
        parts.append("{Kd} " + ", ".join(child_bits))
    for item in items:
        if item == "addr":
            parts.append(rng.choice(("{addr}", "adres {addr}" if not fr else "adresse {addr}")))
        elif item == "phone":
            parts.append(rng.choice(("tel. {phone}", "gsm {phone}", "{phone}")))
        elif item == "rep_phone":
            parts.append("melder {rphone}" if not fr else "déclarant {rphone}")
        elif item == "email":
            parts.append(rng.choice(("mail {email}", "{email}", "e-mail: {email}")))
        elif item == "rep_email":
            parts.append("mail melder {remail}" if not fr else "mail déclarant {remail}")
        elif item == "iban":
            parts.append("rek. {iban}" if not fr else "compte {iban}")
        elif item == "nn_parent":
            parts.append("RRN {ouder} {pnn}" if not fr else "NN {ouder} {pnn}")
        elif item == "dob_parent":
            parts.append("{ouder} °{pdob}")
    sep = rng.choice((", ", " - ", "; ", " | "))
    return n.render(rng.choice(t["dump_prefix"]) + sep.join(parts) + ".")


def _regular(n: _Note, type_werking: str, problem_codes: list[str]) -> str:
    rng = n.rng
    t = _TEMPLATES[n.lang]
    r = rng.random
    n.name_child = r() < P_CHILD_NAME
    n.name_parent = r() < P_PARENT_NAME
    has_rep_phone = n.reporter.phone is not None

    data: list[str] = []
    if r() < P_PHONE:
        data.append("rep_phone" if has_rep_phone and r() < 0.25 else "phone")
    if r() < P_ADDRESS:
        data.append("addr")
    if r() < P_NN:
        has_child_nn = any(k.national_number for k in n.kids)
        data.append("nn_child" if has_child_nn and n.main else "nn_parent")
    if r() < P_DOB:
        data.append("dob_child" if n.main is not None and n.main.birth_date else "dob_parent")
    if r() < P_EMAIL:
        data.append("rep_email" if n.reporter.name and r() < 0.25 else "email")
    if r() < P_IBAN:
        data.append("iban")
    if "dob_child" in data and "nn_child" in data and r() < 0.5:
        data.remove("nn_child")
        data[data.index("dob_child")] = "dob_nn"

    codes = [c for c in problem_codes if c in t] or ["ONBEKEND"]
    main_age = n.age(n.main)
    young = main_age is not None and main_age < 4
    if n.main is None and n.unborn:
        core = [rng.choice(t["unborn"])]
    else:
        core = [rng.choice(t["young" if young and r() < 0.8 else rng.choice(codes)])]
    if len(codes) > 1 and r() < 0.35:
        second = rng.choice(t["young" if young else rng.choice(codes)])
        if second != core[0]:
            core.append(second)

    head = _opening(n, t, type_werking) if type_werking == "MANO" or r() < 0.7 else None
    target = rng.choices(_LENGTHS, weights=_LENGTH_WEIGHTS)[0]

    data_sentences: list[str] = []
    n_fixed = len(core) + (head is not None) + len(data)
    if len(data) >= 3 and (r() < 0.5 or n_fixed > 6):
        data_sentences.append(_dump(n, t, data))
    else:
        for item in data:
            if item == "dob_nn":
                tpl = rng.choice(("{Kd}, °{dob}, RRN {nn}.", "{Kd} (°{dob} - {nn})."))
            elif item == "phone" and not _is_mobile(n.family.phone):
                tpl = rng.choice([s for s in t["phone"] if not s.lower().startswith("gsm")])
            else:
                tpl = rng.choice(t[item])
            data_sentences.append(n.render(tpl))

    sentences_core = [n.render(s) for s in core]
    head_s = n.render(head) if head is not None else None
    extra: list[str] = []
    room = 6 - len(sentences_core) - len(data_sentences) - (head_s is not None)
    if n.name_parent and room > 0 and len(n.family.parents) and r() < 0.3:
        extra.append(n.render(rng.choice(t["parents"])))
        room -= 1
    if n.name_child and not n.named and n.main is not None and room > 0:
        extra.append(n.render(rng.choice(t["name_only"])))
        room -= 1
    staff_s = None
    if room > 0 and r() < P_STAFF_NAME:
        staff_s = n.render(rng.choice(t["staff"]))
        room -= 1
    if room > 0 and len(n.kids) > 1 and r() < 0.3:
        extra.append(n.render(rng.choice(t["sibling"])))
        room -= 1
    have = (
        len(sentences_core)
        + len(data_sentences)
        + len(extra)
        + (head_s is not None)
        + (staff_s is not None)
    )
    while have < target and room > 0:
        if main_age is not None and r() < 0.3:
            # Toddlers get their age mentioned, not a school year.
            s = n.render(t["filler_kid"][1] if main_age < 3 else rng.choice(t["filler_kid"]))
        else:
            s = n.render(rng.choice(t["filler"]))
        if s not in extra:
            extra.append(s)
        have += 1
        room -= 1

    # Vary sentence order: usually opening -> problem -> rest, but not always.
    middle = data_sentences + extra
    order = r()
    if order < 0.6:
        rng.shuffle(middle)
        out = ([head_s] if head_s else []) + sentences_core + middle
    elif order < 0.72:
        out = data_sentences + ([head_s] if head_s else []) + sentences_core + extra
    elif order < 0.9:
        body = sentences_core + middle
        rng.shuffle(body)
        out = ([head_s] if head_s else []) + body
    else:
        out = sentences_core + ([head_s] if head_s else []) + middle
    if staff_s:
        if r() < 0.8:
            out.append(staff_s)
        else:
            out.insert(rng.randrange(len(out) + 1), staff_s)
    joiner = "\n" if r() < 0.15 else " "
    text = joiner.join(out)
    if r() < 0.02:  # typed in a hurry, all lower case
        text = text.lower()
    return text


def _npie(n: _Note, problem_codes: list[str]) -> str:
    rng = n.rng
    t = _TEMPLATES[n.lang]
    r = rng.random
    age = n.age(n.main)
    known_age = age is not None and age >= 10  # chatters are youngsters; ignore odd ages
    openers = t["npie_open"] if known_age else [s for s in t["npie_open"] if "{age}" not in s]
    out = [rng.choice(openers)]
    if r() < 0.25:
        out.append(rng.choice(t["npie_nick"]))
    code = rng.choice(problem_codes) if problem_codes else "ONBEKEND"
    out.append(rng.choice(t.get(f"npie_{code}", t["npie_ONBEKEND"])))
    if r() < 0.25:
        schools = [s for s in t["npie_school"] if known_age or "{klas}" not in s]
        out.append(rng.choice(schools))
    if r() < 0.05:
        out.append(rng.choice(t["npie_phone"]))
    if r() < 0.05:
        out.append(rng.choice(t["npie_email"]))
    if r() < 0.02:
        out.append(rng.choice(t["npie_surname"]))
    if len(out) < 6 and r() < 0.7:
        out.append(rng.choice(t["npie_close"]))
    return " ".join(n.render(s) for s in out)


def write_note(
    rng: random.Random,
    *,
    report_date: date,
    type_werking: str,
    problem_codes: list[str],
    family: Family,
    children: list[NoteChild],
    reporter: Reporter,
    staff_name: str,
    language: str,
) -> str | None:
    """A free-text case note (Dutch, or French for language "fr"), or None (~8%)."""
    if rng.random() < P_EMPTY:
        return None
    lang = "fr" if language == "fr" else "nl"
    note = _Note(rng, lang, report_date, family, children, reporter, staff_name)
    if type_werking == "NPIE":
        return _npie(note, problem_codes)
    return _regular(note, type_werking, problem_codes)
