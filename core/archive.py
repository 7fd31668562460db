"""The warehouse's own archive of the VKs' drops: where pulls put them, loads read them,
erasures rewrite them and the retention purge deletes them.

    VKW_ARCHIVE_URL               s3://bucket/prefix, any S3-compatible store (unset: the
                                  landing zone, VKW_LANDING: the embedded default)
    VKW_ARCHIVE_ENDPOINT_URL      the store's endpoint (unset: s3fs's default)
    VKW_ARCHIVE_CREDENTIALS_FILE  `[default]` with aws_access_key_id and
                                  aws_secret_access_key, mode 0600, outside the repository
                                  (unset: botocore's own chain, e.g. a pod's role)

A local archive is a `pathlib.Path`; an S3 archive is an `ArchivePath`, which offers the
few `Path` methods the readers use (`/`, name, is_dir, is_file, iterdir, read_bytes,
read_text, stat) over one fsspec filesystem (s3fs, the `s3` extra). An ArchivePath holds
the archive's location only, never its credentials: the filesystem (with the secret) is
kept in this module, so a path can be shown, compared or pickled without them.
"""

from __future__ import annotations

import configparser
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from core.keys import KeyFileError

if TYPE_CHECKING:  # fsspec (and s3fs) are imported when an archive is opened, not before
    import fsspec

CREDENTIALS_SECTION = "default"


class ArchiveConfigError(ValueError):
    """The archive's configuration cannot be used; str() is one line, without a secret."""


@dataclass(frozen=True)
class ArchiveLocation:
    """An S3 archive: bucket/prefix, endpoint and the credentials file's path (no secret)."""

    root: str  # bucket/prefix
    endpoint_url: str | None = None
    credentials_file: Path | None = None

    @property
    def url(self) -> str:
        return f"s3://{self.root}"

    def filesystem(self) -> fsspec.AbstractFileSystem:
        """One filesystem per process (a forked step process opens its own connections)."""
        key = (os.getpid(), self)
        fs = _FILESYSTEMS.get(key)
        if fs is None:
            fs = _FILESYSTEMS[key] = _s3(self)
        return fs


_FILESYSTEMS: dict[tuple[int, ArchiveLocation], fsspec.AbstractFileSystem] = {}


def location(
    url: str | None, endpoint_url: str | None, credentials: str | None
) -> ArchiveLocation | None:
    """The archive of these settings: None for a local folder (the landing zone)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme in ("", "file"):
        return None
    if parts.scheme != "s3" or not parts.netloc:
        raise ArchiveConfigError("VKW_ARCHIVE_URL: use s3://bucket/prefix or a local path")
    if parts.username or parts.password or parts.query:
        # Credentials in a URL end up in shell histories and process lists.
        raise ArchiveConfigError("VKW_ARCHIVE_URL: no credentials in the url; use a file")
    root = f"{parts.netloc}{parts.path}".rstrip("/")
    return ArchiveLocation(
        root, endpoint_url or None, Path(credentials).expanduser() if credentials else None
    )


def local_path(url: str | None, landing: Path) -> Path:
    """A local archive's folder: VKW_ARCHIVE_URL as a path or file:// URL, else the landing
    zone."""
    if not url:
        return landing
    parts = urlsplit(url)
    return Path(parts.path if parts.scheme == "file" else url).expanduser().resolve()


def file_url(path: Path) -> str:
    """A local folder as recorded and shown (`file://` and its absolute path)."""
    return f"file://{path.resolve()}"


def display_url(archive: AnyPath) -> str:
    """The archive's URL as recorded and shown: `s3://bucket/prefix` (location() refuses
    an account, password or query, and the endpoint and credentials are settings of
    their own) or a local folder's `file://` URL."""
    return str(archive) if isinstance(archive, ArchivePath) else file_url(archive)


def _s3(where: ArchiveLocation) -> fsspec.AbstractFileSystem:
    options: dict[str, Any] = {"skip_instance_cache": True, "use_listings_cache": False}
    if where.endpoint_url:
        options["client_kwargs"] = {"endpoint_url": where.endpoint_url}
    if where.credentials_file is not None:
        options["key"], options["secret"] = read_credentials(where.credentials_file)
    import fsspec

    try:
        return fsspec.filesystem("s3", **options)
    except ImportError:
        raise ArchiveConfigError(
            "an s3:// archive needs s3fs: install the project's `s3` extra"
        ) from None


def read_credentials(path: Path) -> tuple[str, str]:
    """The access key and secret of a credentials file (mode 0600); errors name the file
    only."""
    if not path.is_file():
        raise KeyFileError(f"archive credentials file {path.name} not found")
    if path.stat().st_mode & 0o077:
        raise KeyFileError(
            f"archive credentials file {path.name} is readable by others; chmod 600"
        )
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
        section = parser[CREDENTIALS_SECTION]
        return section["aws_access_key_id"].strip(), section["aws_secret_access_key"].strip()
    except (configparser.Error, KeyError, UnicodeDecodeError):
        raise KeyFileError(
            f"archive credentials file {path.name}: needs [{CREDENTIALS_SECTION}] with "
            "aws_access_key_id and aws_secret_access_key"
        ) from None


class ArchivePath:
    """A file or folder of an S3 archive, with the `Path` methods the readers use."""

    __slots__ = ("where", "key", "_type", "_size")

    def __init__(
        self, where: ArchiveLocation, key: str, kind: str | None = None, size: int | None = None
    ) -> None:
        # kind and size: as the listing that found this path gave them (one request for a
        # folder's entries rather than one per entry); None: asked of the store when needed.
        self.where, self.key, self._type, self._size = where, key.rstrip("/"), kind, size

    @property
    def fs(self) -> fsspec.AbstractFileSystem:
        return self.where.filesystem()

    def __truediv__(self, name: str) -> ArchivePath:
        return ArchivePath(self.where, f"{self.key}/{name}")

    @property
    def name(self) -> str:
        return self.key.rsplit("/", 1)[-1]

    @property
    def parent(self) -> ArchivePath:
        return ArchivePath(self.where, self.key.rsplit("/", 1)[0])

    def with_name(self, name: str) -> ArchivePath:
        return self.parent / name

    def is_dir(self) -> bool:
        return self._type == "directory" if self._type else self.fs.isdir(self.key)

    def is_file(self) -> bool:
        return self._type == "file" if self._type else self.fs.isfile(self.key)

    def exists(self) -> bool:
        return self.fs.exists(self.key)

    def iterdir(self) -> Iterator[ArchivePath]:
        try:
            entries = self.fs.ls(self.key, detail=True)
        except FileNotFoundError:
            return iter(())
        return iter(
            ArchivePath(self.where, str(e["name"]), str(e.get("type")), _size(e))
            for e in entries
            if str(e["name"]).rstrip("/") != self.key
        )

    def read_bytes(self) -> bytes:
        return self.fs.cat_file(self.key)

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.read_bytes().decode(encoding)

    def write_bytes(self, data: bytes) -> None:
        self.fs.pipe_file(self.key, data)
        self._type, self._size = None, None  # what a listing said no longer holds

    def stat(self) -> SimpleNamespace:
        size = self._size if self._size is not None else _size(self.fs.info(self.key))
        return SimpleNamespace(st_size=size or 0)

    def unlink(self) -> None:
        self.fs.rm_file(self.key)
        self._type, self._size = None, None

    def __str__(self) -> str:
        return f"s3://{self.key}"

    def __repr__(self) -> str:
        return f"ArchivePath({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArchivePath) and (self.where, self.key) == (
            other.where,
            other.key,
        )

    def __lt__(self, other: ArchivePath) -> bool:
        return self.key < other.key

    def __hash__(self) -> int:
        return hash((self.where, self.key))

    def __reduce__(self) -> tuple:
        return (ArchivePath, (self.where, self.key))


AnyPath = Path | ArchivePath


def _size(entry: dict[str, Any]) -> int | None:
    size = entry.get("size")
    return int(size) if isinstance(size, int | float) else None


def fs_and_key(path: AnyPath) -> tuple[fsspec.AbstractFileSystem, str]:
    """The fsspec filesystem and path of a local or archived path: one code path for both."""
    import fsspec

    if isinstance(path, ArchivePath):
        return path.fs, path.key
    return fsspec.filesystem("file"), str(path)


def is_local(path: AnyPath) -> bool:
    return not isinstance(path, ArchivePath)


def remove_tree(path: AnyPath) -> None:
    """Delete a drop's folder with everything in it (every object under the prefix)."""
    if isinstance(path, ArchivePath):
        fs = path.fs
        keys = fs.find(path.key)
        if keys:
            fs.rm(keys)
        return
    shutil.rmtree(path)


def replace_bytes(path: AnyPath, data: bytes) -> None:
    """Replace one file whole: locally a temporary file, fsynced, then os.replace; in an
    object store one PUT, which readers see whole or not at all. Its size is checked."""
    if isinstance(path, ArchivePath):
        path.write_bytes(data)
        if path.stat().st_size != len(data):
            raise OSError("the archive kept another size than was written")
        return
    temporary = path.with_name(f".{path.name}.erasing")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
