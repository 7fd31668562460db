"""Found by the stripped-data suite on simulated drops: phonenumbers' matcher dropped a
phone number written right after a slashed date of birth ("°03/09/2012 - 0486 ...")."""

from __future__ import annotations

import pytest

from pipelines.scrubbing.scrubber import shared_scrubber


@pytest.mark.parametrize(
    "text, phone",
    [
        ("De dochter °03/09/2012 - 0486 03 59 63 - Tulpenstraat 38.", "0486 03 59 63"),
        ("Het dochtertje °20/06/2022 - 0478/84.57.16 - adres Schuurweg 41.", "0478/84.57.16"),
        ("Gesprek op 12.03.2024, moeder: 09 233 45 67.", "09 233 45 67"),
        ("Lina née le 12/03/2009 - 0496/93.84.90 - rue", "0496/93.84.90"),
        # a landline written 0XX-XX.XX.XX must not be taken for a date
        ("Tel. vader: 056-73.43.05, enkel bereikbaar na 17u.", "056-73.43.05"),
        ("Kind, 089-47.55.91, adres", "089-47.55.91"),
        ("Roos geb. 28-06-2003 - 02/867.48.79 - Ooievaarpad 17", "02/867.48.79"),
        ("Bel 0486 03-59-63 of 0486/03.59.63.", "0486 03-59-63"),
        # the matcher took "2010 - 0496" for one candidate
        ("Nathan né le 22 septembre 2010 - 0496/93.84.90 - Chaussée", "0496/93.84.90"),
        # found at scale 10: a national number, the phone and a postcode, dash-separated,
        # were one candidate with no possible number in it
        ("Kind RRN 19112743635 - 0465 01 64 67 - 1600 Sint-Pieters-Leeuw", "0465 01 64 67"),
        ("19112743635 - 0475 01 64 67 - 1600 Leuven", "0475 01 64 67"),
        ("Tel. 02 345 67 89 \u2013 3000 Leuven, Naamsestraat 5", "02 345 67 89"),
    ],
)
def test_a_phone_after_a_date_is_found(text: str, phone: str) -> None:
    scrubbed = shared_scrubber().scrub(text)
    assert phone not in scrubbed.text
    assert "PHONE" in {f.type for f in scrubbed.findings}


def test_the_date_itself_is_not_a_phone() -> None:
    scrubbed = shared_scrubber().scrub("Overleg op 12.03.2024 met het CLB.")
    assert "PHONE" not in {f.type for f in scrubbed.findings}
