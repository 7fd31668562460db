"""One fsspec filesystem for any VK's source: local, SFTP (sshfs over asyncssh) or S3
(s3fs, the optional extra `s3`).

SFTP authenticates with the VK's key file only (no agent, no ~/.ssh, no password) and
accepts only the pinned host key: an unknown or changed key refuses the connection.
"""

from __future__ import annotations

from typing import Any

import fsspec

from core.keys import KeyFileError
from pipelines.sources.config import Source

CONNECT_TIMEOUT_SECONDS = 20.0
# The first word of an OpenSSH public key line (`ssh-ed25519 AAAA...`): a bare pinned key.
KEY_TYPES = ("ssh-", "ecdsa-", "sk-")


class HostKeyRefused(RuntimeError):
    """The server's host key is not the pinned one (or no key could be pinned)."""


def open_source(source: Source) -> fsspec.AbstractFileSystem:
    """A fresh (uncached) filesystem for `source`; raises on an unusable key file."""
    if source.scheme == "file":
        return fsspec.filesystem("file")
    if source.scheme == "s3":
        options: dict[str, Any] = {"skip_instance_cache": True}
        if source.endpoint_url:
            options["client_kwargs"] = {"endpoint_url": source.endpoint_url}
        return fsspec.filesystem("s3", **options)
    return _sftp(source)


def close_source(fs: fsspec.AbstractFileSystem) -> None:
    """Close an SFTP connection now rather than when the object is collected."""
    client = getattr(fs, "_client", None)
    if client is not None:
        client.close()


def _sftp(source: Source) -> fsspec.AbstractFileSystem:
    from urllib.parse import urlsplit

    assert source.key_file is not None  # checked by the configuration
    _check_key_file(source)
    parts = urlsplit(source.url)
    try:
        return fsspec.filesystem(
            "sftp",
            host=parts.hostname,
            port=parts.port or 22,
            username=parts.username,
            client_keys=[str(source.key_file)],
            known_hosts=_known_hosts(source),
            # Nothing from the account running the warehouse: no agent, no ~/.ssh/config,
            # no default keys, no password or keyboard prompts.
            agent_path=None,
            config=[],
            password=None,
            preferred_auth="publickey",
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            skip_instance_cache=True,
        )
    except Exception as error:
        if any(k.__name__ == "HostKeyNotVerifiable" for k in type(error).__mro__):
            raise HostKeyRefused(source.vk) from None
        raise


def _check_key_file(source: Source) -> None:
    path = source.key_file
    assert path is not None
    if not path.is_file():
        raise KeyFileError(f"{source.vk}: key file {path.name} not found")
    if path.stat().st_mode & 0o077:
        raise KeyFileError(f"{source.vk}: key file {path.name} is readable by others; chmod 600")


def _known_hosts(source: Source) -> object:
    """asyncssh's `known_hosts`: a known_hosts file, known_hosts lines, or a bare key as
    (trusted host keys, trusted CA keys, revoked keys). Never None (that trusts anyone)."""
    import asyncssh

    if source.known_hosts_file is not None:
        if not source.known_hosts_file.is_file():
            raise HostKeyRefused(source.vk)
        return str(source.known_hosts_file)
    line = (source.known_host or "").strip()
    if not line:
        raise HostKeyRefused(source.vk)
    if line.startswith(KEY_TYPES):
        return ([asyncssh.import_public_key(line)], [], [])
    return asyncssh.import_known_hosts(line + "\n")
