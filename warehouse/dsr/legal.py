"""What art. 15(1) GDPR requires an access answer to say besides the data itself, and the
statements on erasure (art. 17(3)) and frozen snapshots. Texts for the DPO to adapt."""

from __future__ import annotations

CONTROLLER = (
    "The warehouse of the Vertrouwenscentra Kindermishandeling (VK) and VECK; each VK "
    "remains controller of its own case file."
)

PURPOSES = [
    "Statistics and the annual report of the VKs on reported child abuse (aggregate "
    "figures, prevalence per 10,000 minors), under disclosure control.",
    "Research and policy support on child abuse in Flanders and Brussels, through "
    "research views without identifiers or text.",
    "Quality control of the VKs' monthly extracts.",
]
LEGAL_BASIS = (
    "Art. 6(1)(e) GDPR (task in the public interest of the VKs) and art. 9(2)(g)/(j) "
    "(substantial public interest; statistics and research with safeguards, art. 89(1))."
)

CATEGORIES = [
    "Pseudonymous child key (keyed hash of the VK's pseudonym; no national number, name, "
    "birth date or postcode is kept in the warehouse).",
    "Per report: VK, date of the report, type of work, type of reporter, Kindreflex sector.",
    "Per child in a report: age in whole years and age group, sex as reported, province.",
    "Kinds of abuse registered (special category: health and violence).",
    "MaNo investigations: start and decision dates, outcome.",
    "The report's free-text note, scrubbed of names, numbers and addresses, for the DPO's "
    "review only (restricted).",
    "The monthly extracts as the VK delivered them (landing zone): these do hold birth "
    "date, postcode and the free-text note.",
]

RECIPIENTS = [
    "No one outside the VKs/VECK receives personal data.",
    "Researchers see research views without identifiers or text; a restricted person is "
    "not in them.",
    "The public, the Flemish government and the annual report see aggregate figures only, "
    "after disclosure control.",
]

RETENTION = [
    "Warehouse facts: until the VK re-delivers the month; 20 years after the "
    "report year (VK file retention).",
    "Scrubbed notes: VKW_NOTE_RETENTION_DAYS (default 730 days) after the report was "
    "received, then deleted; a note already older is not kept at all.",
    "Landing zone drops (or the archive in object storage): kept as the archive for full "
    "refreshes until 20 years after the report year, then deleted (see "
    "docs/data-inventory.md).",
    "Quarantine references: until resolved or their purge date.",
    "Data-subject request case file and audit log: kept as proof of compliance (art. 5(2)).",
]

SOURCE = (
    "The data were collected by the VK(s) listed under `source_vks`, from reports made to "
    "them (art. 14(2)(f)); the warehouse receives a monthly extract from each VK."
)

RIGHTS = (
    "You may ask for rectification (art. 16, through the VK that holds your file; its "
    "corrected monthly extract replaces the old values), erasure (art. 17), restriction "
    "(art. 18) and object (art. 21), and complain to the Vlaamse Toezichtcommissie."
)

AUTOMATED_DECISIONS = "None: no automated decision-making or profiling (art. 22)."

FROZEN_SNAPSHOTS = (
    "No frozen snapshot is kept: published annual figures are aggregate and published "
    "under disclosure control; they hold no data about you. Figures computed today "
    "reflect erasures and restrictions."
)

ERASURE_EXCEPTIONS = (
    "After erasure the warehouse keeps only: the request's case file, its audit log and "
    "the child's warehouse pseudonym (a keyed hash: the tombstone) so that no later load "
    "brings the person back, as proof of compliance (arts. 5(2), 17(3)(b) and (e)); and "
    "the already published aggregate annual report (art. 17(3)(d))."
)

SOURCE_COPIES = (
    "The warehouse pulls each VK's extracts into its own archive (the landing zone, or "
    "its bucket in object storage), which this export covers and an erasure rewrites. "
    "The VK's own copy at its source (its case system and the delivery folder it offers) "
    "is that VK's, as the controller of its "
    "files: ask the VKs named here to erase or restrict there (art. 19 tells them of this "
    "request)."
)

THIRD_PARTY = (
    "Reporter names and phone numbers and the free text of the reports are not part of "
    "this export: they concern other persons (art. 15(4)); the VK decides on them."
)


def article_15_information(source_vks: list[str]) -> dict:
    return {
        "controller": CONTROLLER,
        "purposes": PURPOSES,
        "legal_basis": LEGAL_BASIS,
        "categories": CATEGORIES,
        "recipients": RECIPIENTS,
        "retention": RETENTION,
        "source": SOURCE,
        "source_vks": sorted(source_vks),
        "rights": RIGHTS,
        "automated_decisions": AUTOMATED_DECISIONS,
        "third_party_data": THIRD_PARTY,
    }
