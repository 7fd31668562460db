"""A real OpenSSH SFTP server for the pull's tests, started by ``scripts/sshd.sh`` (one
account per VK, key authentication only, each chrooted to its own folder).

Not a test module: tests/test_pull_sftp.py uses the fixture. Where sshd cannot be had
(no root, no apt), the tests are skipped locally and fail in CI (``CI=true``) or with
``VKW_REQUIRE_SSHD=1``: the rule of tests/postgres_server.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipelines.sources.config import Source
from pipelines.sources.remote import close_source, open_source
from tests.script_servers import start, stop


@dataclass(frozen=True)
class SftpServer:
    port: int
    folder: Path  # the script's DIR: host key, client keys
    jails: Path  # one chroot per account: <jails>/<user>/drops is the VK's folder

    @property
    def host_key(self) -> str:
        return (self.folder / "ssh_host_ed25519_key.pub").read_text().strip()

    def user(self, vk: str) -> str:
        return f"vkw_sftp_{vk.lower()}"

    def key_file(self, vk: str) -> Path:
        return self.folder / "keys" / vk

    def url(self, vk: str, port: int | None = None) -> str:
        return f"sftp://{self.user(vk)}@127.0.0.1:{port or self.port}/drops"

    def on_disk(self, vk: str) -> Path:
        """The VK's folder as the server's disk holds it (for what SFTP cannot do)."""
        return self.jails / self.user(vk) / "drops"

    def source(self, vk: str) -> Source:
        return Source(vk, self.url(vk), key_file=self.key_file(vk), known_host=self.host_key)

    def entry(self, vk: str, **override: object) -> dict:
        entry = {"url": self.url(vk), "key_file": str(self.key_file(vk)),
                 "known_host": self.host_key}
        entry.update(override)
        return entry

    def upload(self, vk: str, drop: Path, files: list[str] | None = None) -> None:
        """Upload a drop's folder through SFTP as the VK does: data files, manifest last."""
        names = files or sorted(p.name for p in drop.iterdir() if p.name != "manifest.json")
        if files is None and (drop / "manifest.json").exists():
            names.append("manifest.json")
        fs = open_source(self.source(vk))
        try:
            fs.makedirs(f"/drops/{drop.name}", exist_ok=True)
            for name in names:
                fs.put_file(str(drop / name), f"/drops/{drop.name}/{name}")
        finally:
            close_source(fs)

    def clear(self, vk: str) -> None:
        fs = open_source(self.source(vk))
        try:
            for path in fs.ls("/drops", detail=False):
                fs.rm(path, recursive=True)
        finally:
            close_source(fs)


@pytest.fixture(scope="module")
def sftp_server() -> Iterator[SftpServer]:
    folder, port = start("sshd.sh", "sshd", "VKW_REQUIRE_SSHD", timeout=600)
    server = SftpServer(int(port), folder, Path((folder / "jails").read_text().strip()))
    try:
        yield server
    finally:
        stop("sshd.sh", folder)
