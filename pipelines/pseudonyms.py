"""Warehouse pseudonyms: keyed hashes under the warehouse key.

The VK's kind_ref is itself a keyed hash of the national number under the network key;
re-keying it means a leak of the warehouse alone links to no VK file, and the DPO can
still find a person: national number -> network key -> warehouse key.
"""

from __future__ import annotations

from core.keys import hmac_hex


class Pseudonymizer:
    def __init__(self, warehouse_key: bytes) -> None:
        self._key = warehouse_key

    def child(self, kind_ref: str) -> str:
        return hmac_hex(self._key, "child:" + kind_ref)

    def report(self, vk: str, melding_id: str) -> str:
        return hmac_hex(self._key, f"report:{vk}:{melding_id}")

    def investigation(self, vk: str, onderzoek_id: str) -> str:
        return hmac_hex(self._key, f"investigation:{vk}:{onderzoek_id}")


def kind_ref_of(network_key: bytes, national_number: str) -> str:
    """The VKs' source pseudonym of a national number (11 digits, as the contract says)."""
    return hmac_hex(network_key, national_number)
