"""A note with one of each kind of personal data goes through the whole Dagster run; no
original value is then found in the warehouse, Dagster's storage or the logs."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from pipelines.contract.columns import MELDINGEN
from simulator.belgian_identifiers import iban_for_account, national_number
from tests.conftest import vkw
from tests.drop_factory import make_drop, valid_files


def test_no_original_value_survives_a_run(tmp_path: Path, caplog):
    number = national_number(date(2015, 3, 12), 124)
    iban = iban_for_account("7340123456")
    secrets = {
        "child": "Yasmina El Amrani",
        "staff": "Griet Vercammen",
        "national number": number,
        "national number, dotted": (
            f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
        ),
        "phone": "0470 98 76 54",
        "e-mail": "yasmina.elamrani@telenet.be",
        "iban": f"{iban[:4]} {iban[4:8]} {iban[8:12]} {iban[12:]}",
        "address": "Kerkhofstraat 17 bus 3",
        "postcode and municipality": "2018 Antwerpen",
        "date of birth": "12/03/2015",
        "reporter": "Jan Vermeulen",
        "reporter phone": "03 234 56 78",
    }
    note = (
        f"Juf {secrets['staff']} meldt dat {secrets['child']} "
        f"(geboren op {secrets['date of birth']}, RRN {secrets['national number, dotted']}) "
        "blauwe plekken heeft. Het gezin woont in de "
        f"{secrets['address']}, {secrets['postcode and municipality']}. Mama is bereikbaar op "
        f"{secrets['phone']} of {secrets['e-mail']}. Kindergeld op {secrets['iban']}."
        f" Gesprek met het CLB op 14/03/2024."
    )
    files = valid_files()
    files[MELDINGEN][0].update(
        omschrijving=note,
        melder_naam=secrets["reporter"],
        melder_telefoon=secrets["reporter phone"],
    )
    make_drop(tmp_path / "landing", files=files)
    caplog.set_level(logging.DEBUG)
    # The note is of March 2024: it must still be within its retention to be scrubbed and kept.
    result = vkw(tmp_path, "run", VKW_NOTE_RETENTION_DAYS="36500")
    assert result.exit_code == 0, result.output

    stores = {
        path: path.read_bytes()
        for path in tmp_path.rglob("*")
        if path.is_file() and "landing" not in path.parts and "keys" not in path.parts
    }
    assert any(p.name.startswith("warehouse.db") for p in stores)
    assert any("dagster" in p.parts for p in stores)
    logs = (result.output + caplog.text).encode()
    leaks = []
    for kind, value in secrets.items():
        needles = {value, value.replace(" ", ""), value.lower()}
        for needle in needles:
            encoded = needle.encode()
            leaks += [
                (kind, str(p.relative_to(tmp_path))) for p, b in stores.items() if encoded in b
            ]
            if encoded in logs:
                leaks.append((kind, "logs"))
    assert leaks == []
    # The note itself is kept, scrubbed, for the DPO: proof the scan looked at real text.
    assert any(b"[NAAM]" in b and b"[RIJKSREGISTERNUMMER]" in b for b in stores.values())
