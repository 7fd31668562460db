"""Secret keys: read from files outside the repository, created random with mode 0600.

A key's bytes never reach a log, an exception message or the database.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

KEY_BYTES = 32


class KeyFileError(RuntimeError):
    """A key file exists but cannot be used (unreadable, empty or too permissive)."""


def load_or_create_key(path: Path) -> bytes:
    """The key in `path`; a missing file is created with a fresh random key, mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(KEY_BYTES) + "\n")
    if path.stat().st_mode & 0o077:
        raise KeyFileError(f"key file {path.name} is readable by others; chmod 600 it")
    text = path.read_text().strip()
    if len(text) < 2 * 16:
        raise KeyFileError(f"key file {path.name} holds no usable key")
    try:
        return bytes.fromhex(text)
    except ValueError:
        return text.encode()


def hmac_hex(key: bytes, value: str) -> str:
    """Lowercase hex HMAC-SHA256 of a text value (the contract's pseudonym form)."""
    return hmac.digest(key, value.encode(), "sha256").hex()  # one-shot: OpenSSL's fast path
