"""The phone recognizer skips a window by its count of digits (phone._too_few_digits): its
bounds must stay below the shortest number phonenumbers can find, whatever its metadata."""

import phonenumbers
from phonenumbers import PhoneMetadata

from pipelines.scrubbing.recognizers import phone


def _shortest_dialled_digits() -> int:
    """00, a country's calling code and its shortest possible number (local-only too)."""
    shortest = []
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            if metadata is None:
                continue
            descriptions = (
                metadata.general_desc, metadata.fixed_line, metadata.mobile,
                metadata.toll_free, metadata.premium_rate, metadata.shared_cost,
                metadata.personal_number, metadata.voip, metadata.pager, metadata.uan,
                metadata.voicemail, metadata.no_international_dialling,
            )  # fmt: skip
            lengths = [
                length
                for description in descriptions
                if description is not None
                for length in (
                    *(description.possible_length or ()),
                    *(description.possible_length_local_only or ()),
                )
                if length > 0
            ]
            if lengths:
                shortest.append(len(str(code)) + min(lengths))
    return 2 + min(shortest)


def test_the_digit_bounds_stay_below_the_shortest_number() -> None:
    assert _shortest_dialled_digits() >= phone.FEWEST_DIALLED
    assert phone.FEWEST_NATIONAL <= 1 + phone.LANDLINE_DIGITS


def test_a_short_window_is_skipped_and_a_number_is_not() -> None:
    assert phone._too_few_digits("09 30")
    assert phone._too_few_digits("0123 45")
    assert not phone._too_few_digits("0470 12 34 56")
    assert not phone._too_few_digits("0049 30 1")  # dialled: the matcher decides
    assert not phone._too_few_digits("+32 2")
