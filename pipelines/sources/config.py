"""The landing URL of each VK: a YAML file in VKW_HOME (`sources.yaml`) or at
VKW_SOURCES_FILE.

    settle_minutes: 10            # a manifest younger than this is not taken yet
    sources:
      ANT:
        url: sftp://vkw_ant@sftp.example.org:22/drops
        key_file: /etc/vkw/keys/ant_ed25519      # mode 0600, outside the repository
        known_host: ssh-ed25519 AAAAC3Nz...       # the server's pinned host key
        # or: known_hosts_file: /etc/vkw/known_hosts/ant
      VBR:
        url: s3://vk-archive/vbr                 # credentials: s3fs's own chain
        endpoint_url: https://s3.example.org     # any S3-compatible store

A VK without an entry (or without a `url`) delivers into the landing zone itself
(`VKW_LANDING/<VK>`), as before: nothing is pulled for it while the landing zone is the
archive. With another archive (VKW_ARCHIVE_URL, core/archive.py: an S3 bucket/prefix), such
a VK's folder of the landing zone is its source, an inbox: its drops are pulled into the
archive like any other VK's and a pulled month leaves the landing zone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from core.archive import AnyPath, file_url
from pipelines.contract.codes import VKS

SOURCES_FILE_NAME = "sources.yaml"
DEFAULT_SETTLE_MINUTES = 10.0
SCHEMES = ("file", "sftp", "s3")


class SourceConfigError(ValueError):
    """The sources file cannot be used; str() is one line naming the VK and the key."""


@dataclass(frozen=True)
class Source:
    """Where one VK's drops are fetched from. `key_file` and the host key are paths and
    public data; the private key's bytes are never held here."""

    vk: str
    url: str
    key_file: Path | None = None
    known_host: str | None = None
    known_hosts_file: Path | None = None
    endpoint_url: str | None = None
    # The warehouse's own landing zone, pulled into an archive elsewhere: a pulled month
    # leaves it (pipelines/sources/pull.py).
    inbox: bool = False

    @property
    def scheme(self) -> str:
        scheme = urlsplit(self.url).scheme
        return scheme or "file"

    @property
    def path(self) -> str:
        """The VK's folder on its filesystem (for S3: bucket/prefix)."""
        parts = urlsplit(self.url)
        if self.scheme == "s3":
            return f"{parts.netloc}{parts.path}".rstrip("/")
        if self.scheme == "file":
            return str(Path(parts.path if parts.scheme else self.url).resolve())
        return parts.path.rstrip("/") or "/"

    @property
    def display_url(self) -> str:
        """The URL as recorded and shown: no user name, password or query (credentials or
        account names never leave the configuration)."""
        parts = urlsplit(self.url)
        if self.scheme == "file":
            return file_url(Path(self.path))
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}"


@dataclass(frozen=True)
class SourcesConfig:
    sources: dict[str, Source]
    settle_seconds: float
    file: Path | None  # None: no sources file, every VK delivers into the landing zone

    def remote(self, vks: list[str] | None = None) -> list[Source]:
        """The VKs to pull from: those whose URL is not the landing zone itself."""
        return [s for vk, s in self.sources.items() if not vks or vk in vks]


def sources_file(home: Path) -> Path:
    return Path(os.environ.get("VKW_SOURCES_FILE", home / SOURCES_FILE_NAME)).expanduser()


def load_sources(home: Path, landing: Path, archive: AnyPath | None = None) -> SourcesConfig:
    """The sources of VKW_HOME's configuration; VKs pulled from elsewhere only (a VK whose
    URL is its own folder of the archive is left out). `archive`: the landing zone unless
    given; when it is not, a VK without a URL is pulled from its landing zone folder."""
    archive = landing if archive is None else archive
    path = sources_file(home)
    if not path.is_file():
        if "VKW_SOURCES_FILE" in os.environ:
            raise SourceConfigError(f"sources file {path.name}: not found (VKW_SOURCES_FILE)")
        return SourcesConfig(_from_landing({}, landing, archive), DEFAULT_SETTLE_MINUTES * 60, None)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        raise SourceConfigError(f"sources file {path.name}: not valid YAML") from None
    if not isinstance(data, dict):
        raise SourceConfigError(f"sources file {path.name}: not a mapping")
    settle = _number(data.get("settle_minutes", DEFAULT_SETTLE_MINUTES), "settle_minutes")
    entries = data.get("sources") or {}
    if not isinstance(entries, dict):
        raise SourceConfigError(f"sources file {path.name}: `sources` is not a mapping")
    sources = {}
    for vk, entry in entries.items():
        source = _source(str(vk), entry or {}, path.parent)
        if source is not None and not _is_archive(source, archive):
            sources[source.vk] = source
    sources = _from_landing(sources, landing, archive)
    ordered = dict(sorted(sources.items(), key=lambda item: VKS.index(item[0])))
    return SourcesConfig(ordered, settle * 60, path)


def landing_is_archive(landing: Path, archive: AnyPath) -> bool:
    """Whether the landing zone is the archive itself (else it is the archive's inbox)."""
    return isinstance(archive, Path) and archive.resolve() == landing.resolve()


def _from_landing(sources: dict[str, Source], landing: Path, archive: AnyPath) -> dict:
    """With an archive elsewhere than the landing zone, the VKs without a URL are pulled
    from their folder of the landing zone (when it exists)."""
    if landing_is_archive(landing, archive):
        return sources
    for vk in VKS:
        if vk not in sources and (landing / vk).is_dir():
            sources[vk] = Source(vk, str((landing / vk).resolve()), inbox=True)
    return dict(sorted(sources.items(), key=lambda item: VKS.index(item[0])))


def _source(vk: str, entry: object, base: Path) -> Source | None:
    if vk not in VKS:
        raise SourceConfigError(f"sources: unknown VK {vk!r} (valid: {', '.join(VKS)})")
    if not isinstance(entry, dict):
        raise SourceConfigError(f"sources: {vk}: not a mapping")
    unknown = set(entry) - {"url", "key_file", "known_host", "known_hosts_file", "endpoint_url"}
    if unknown:
        raise SourceConfigError(f"sources: {vk}: unknown key(s) {', '.join(sorted(unknown))}")
    url = entry.get("url")
    if not url:
        return None
    url = str(url)
    scheme = urlsplit(url).scheme or "file"
    if scheme not in SCHEMES:
        raise SourceConfigError(f"sources: {vk}: url scheme {scheme!r} (use {', '.join(SCHEMES)})")
    parts = urlsplit(url)
    if parts.password:
        # A password in a URL ends up in shell histories and process lists: keys only.
        raise SourceConfigError(f"sources: {vk}: no password in the url; use key_file")
    source = Source(
        vk=vk,
        url=url,
        key_file=_path(entry.get("key_file"), base),
        known_host=str(entry["known_host"]).strip() if entry.get("known_host") else None,
        known_hosts_file=_path(entry.get("known_hosts_file"), base),
        endpoint_url=str(entry["endpoint_url"]) if entry.get("endpoint_url") else None,
    )
    if scheme == "sftp":
        if not parts.hostname or not parts.username:
            raise SourceConfigError(f"sources: {vk}: an sftp url needs user@host")
        if source.key_file is None:
            raise SourceConfigError(f"sources: {vk}: an sftp source needs key_file")
        if not (source.known_host or source.known_hosts_file):
            # Without a pinned host key anyone on the path could pose as the VK's server.
            raise SourceConfigError(
                f"sources: {vk}: an sftp source needs known_host or known_hosts_file"
            )
    return source


def _is_archive(source: Source, archive: AnyPath) -> bool:
    """A VK's URL that is its own folder of a local archive: nothing to pull."""
    return (
        source.scheme == "file"
        and isinstance(archive, Path)
        and Path(source.path) == (archive / source.vk).resolve()
    )


def _path(value: object, base: Path) -> Path | None:
    if not value:
        return None
    path = Path(str(value)).expanduser()
    return path if path.is_absolute() else (base / path).resolve()


def _number(value: object, key: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SourceConfigError(f"sources: {key} is not a number") from None
    if number < 0:
        raise SourceConfigError(f"sources: {key} is negative")
    return number
