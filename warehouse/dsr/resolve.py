"""National register number (as the DPO receives it) -> the warehouse's child pseudonym.

number --checksum--> 11 digits --network key--> kind_ref --warehouse key--> pseudonym.
The number is never stored and never put in a message: errors say what is wrong, not what
was given.
"""

from __future__ import annotations

from stdnum.be import nn as belgian_nn
from stdnum.exceptions import ValidationError

from pipelines.pseudonyms import Pseudonymizer, kind_ref_of

INVALID = "not a valid Belgian national register number (checksum)"


class InvalidNationalNumber(ValueError):
    """The given text is not a valid national register number; it is not quoted."""

    def __init__(self) -> None:
        super().__init__(INVALID)


def national_number_digits(text: str) -> str:
    """The 11 digits of a valid number (dots, dashes and spaces allowed in the input)."""
    try:
        return belgian_nn.validate(text)
    except (ValidationError, ValueError, TypeError):
        raise InvalidNationalNumber() from None


def child_pseudonym(national_number: str, network_key: bytes, warehouse_key: bytes) -> str:
    """The `dim_child.pseudonym` this number has (or would have) in the warehouse."""
    digits = national_number_digits(national_number)
    return Pseudonymizer(warehouse_key).child(kind_ref_of(network_key, digits))
