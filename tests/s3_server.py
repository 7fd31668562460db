"""A real S3-compatible HTTP server for the archive's tests, started by ``scripts/s3.sh``
(moto's server: the S3 protocol over HTTP on 127.0.0.1, objects in memory).

Not a test module: tests/test_archive_s3.py uses the fixture. Where the server cannot be
started (no `dev` extra), the tests are skipped locally and fail in CI (``CI=true``) or
with ``VKW_REQUIRE_S3=1``: the rule of tests/postgres_server.py.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.archive import ArchiveLocation
from tests.script_servers import start, stop


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str
    folder: Path  # the script's DIR: credentials (mode 0600), log

    @property
    def credentials(self) -> Path:
        return self.folder / "credentials"

    def secret(self) -> str:
        return self.credentials.read_text().split("aws_secret_access_key = ")[1].strip()

    def bucket(self) -> str:
        """A new, empty bucket: each test its own."""
        name = f"vkw-{secrets.token_hex(4)}"
        self.location(name).filesystem().mkdir(name)
        return name

    def location(self, root: str) -> ArchiveLocation:
        return ArchiveLocation(root, self.endpoint_url, self.credentials)

    def env(self, url: str) -> dict[str, str]:
        """The settings that put a home's archive at `url` (s3://bucket/prefix)."""
        return {
            "VKW_ARCHIVE_URL": url,
            "VKW_ARCHIVE_ENDPOINT_URL": self.endpoint_url,
            "VKW_ARCHIVE_CREDENTIALS_FILE": str(self.credentials),
        }

    def objects(self, root: str) -> dict[str, bytes]:
        """Every object under bucket/prefix, as the server holds it."""
        fs = self.location(root).filesystem()
        return {key[len(root) + 1 :]: fs.cat_file(key) for key in fs.find(root)}


@pytest.fixture(scope="module")
def s3_server() -> Iterator[S3Server]:
    folder, endpoint_url = start("s3.sh", "S3 server", "VKW_REQUIRE_S3", timeout=120)
    try:
        yield S3Server(endpoint_url, folder)
    finally:
        stop("s3.sh", folder)
