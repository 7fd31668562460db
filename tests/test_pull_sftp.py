"""The pull against a real OpenSSH server (scripts/sshd.sh): drops uploaded through SFTP by
each VK's own account are pulled, loaded and counted as from a local landing; a changed
host key, a half-uploaded drop, an unreachable VK and paths that leave the folder each
behave as issue 18 says."""

from __future__ import annotations

import os
import shutil
import socket
import time
from pathlib import Path

import asyncssh
import pytest
import yaml

from pipelines.contract.codes import VKS
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME
from pipelines.landing import find_drops
from tests.conftest import counted, figures_json, vkw
from tests.drop_factory import make_drop
from tests.sftp_server import SftpServer, sftp_server  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow


def configure(home: Path, sources: dict, settle_minutes: float = 0) -> None:
    home.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump({"settle_minutes": settle_minutes, "sources": sources})
    (home / "sources.yaml").write_text(text)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def local_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The simulator's 2024 drops at scale 0.05, loaded from a local landing zone."""
    home = tmp_path_factory.mktemp("local")
    generated = vkw(home, "generate", "--years", "2024", "--scale", "0.05")
    assert generated.exit_code == 0, generated.output
    ran = vkw(home, "run")
    assert ran.exit_code == 0, ran.output
    return home


def test_drops_uploaded_through_sftp_load_as_from_a_local_landing(
    sftp_server: SftpServer, local_home: Path, tmp_path: Path  # noqa: F811
) -> None:
    for vk in VKS:
        for drop in sorted((local_home / "landing" / vk).iterdir()):
            sftp_server.upload(vk, drop)
    home = tmp_path / "pulled"
    shutil.copytree(local_home / "keys", home / "keys")  # the same network key
    known_hosts = tmp_path / "known_hosts"  # one VK pins through a known_hosts file
    known_hosts.write_text(f"[127.0.0.1]:{sftp_server.port} {sftp_server.host_key}\n")
    sources = {vk: sftp_server.entry(vk) for vk in VKS}
    sources["WVL"] = sftp_server.entry("WVL", known_host=None,
                                       known_hosts_file=str(known_hosts))
    configure(home, sources)
    pulled = vkw(home, "pull")
    assert pulled.exit_code == 0, pulled.output
    for vk in VKS:
        assert f"{vk}: 12 pulled (0 re-deliveries), 0 unchanged" in pulled.stdout
    assert "vkw_sftp" not in pulled.output  # no account name in what is printed
    local = {(d.vk, d.period): d.manifest_sha256 for d in find_drops(local_home / "landing")}
    assert {(d.vk, d.period): d.manifest_sha256 for d in find_drops(home / "landing")} == local
    again = vkw(home, "pull")
    assert "ANT: 0 pulled (0 re-deliveries), 12 unchanged" in again.stdout
    ran = vkw(home, "run")
    assert ran.exit_code == 0, ran.output
    assert counted(figures_json(home, 2024)) == counted(figures_json(local_home, 2024))


def test_a_changed_host_key_refuses_the_pull_with_one_line(
    sftp_server: SftpServer, tmp_path: Path  # noqa: F811
) -> None:
    sftp_server.clear("ANT")
    sftp_server.upload("ANT", make_drop(tmp_path / "made", "ANT", "2024-03"))
    other = asyncssh.generate_private_key("ssh-ed25519").export_public_key().decode().strip()
    home = tmp_path / "home"
    configure(home, {"ANT": sftp_server.entry("ANT", known_host=other)})
    result = vkw(home, "pull")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "pull: ANT: the server's host key is not the pinned one; pull refused "
        "(check known_host in the sources file)"
    ]
    assert find_drops(home / "landing") == []


def test_a_half_uploaded_drop_is_taken_only_once_complete_and_settled(
    sftp_server: SftpServer, tmp_path: Path  # noqa: F811
) -> None:
    sftp_server.clear("VBR")
    drop = make_drop(tmp_path / "made", "VBR", "2024-03")
    whole = (drop / KINDEREN).read_bytes()
    (drop / KINDEREN).write_bytes(whole[:-40])  # the upload broke off: a file short
    sftp_server.upload("VBR", drop)
    home = tmp_path / "home"
    configure(home, {"VBR": sftp_server.entry("VBR")}, settle_minutes=10)
    old = time.time() - 11 * 60
    os.utime(sftp_server.on_disk("VBR") / "2024-03" / MANIFEST_NAME, (old, old))
    result = vkw(home, "pull")
    assert "VBR: 0 pulled (0 re-deliveries), 0 unchanged, 1 incomplete" in result.stdout
    (drop / KINDEREN).write_bytes(whole)
    sftp_server.upload("VBR", drop)  # completed; the manifest is uploaded anew: too young
    result = vkw(home, "pull")
    assert "0 incomplete, 1 settling" in result.stdout and find_drops(home / "landing") == []
    os.utime(sftp_server.on_disk("VBR") / "2024-03" / MANIFEST_NAME, (old, old))
    result = vkw(home, "pull")
    assert "VBR: 1 pulled" in result.stdout, result.output
    assert [d.period for d in find_drops(home / "landing")] == ["2024-03"]


def test_an_unreachable_vk_is_a_warning_while_the_others_load(
    sftp_server: SftpServer, tmp_path: Path  # noqa: F811
) -> None:
    sftp_server.clear("LIM")
    sftp_server.upload("LIM", make_drop(tmp_path / "made", "LIM", "2024-03"))
    home = tmp_path / "home"
    port = closed_port()
    configure(home, {"ANT": sftp_server.entry("ANT", url=sftp_server.url("ANT", port)),
                     "LIM": sftp_server.entry("LIM")})
    result = vkw(home, "pull")
    assert result.exit_code == 1
    assert "LIM: 1 pulled" in result.stdout
    assert result.stderr.strip().splitlines() == ["pull: ANT: not reached (ConnectionRefusedError)"]
    ran = vkw(home, "run")
    assert ran.exit_code == 0, ran.output


def test_links_foreign_names_and_paths_out_of_the_folder_are_refused(
    sftp_server: SftpServer, tmp_path: Path  # noqa: F811
) -> None:
    sftp_server.clear("OVL")
    made = tmp_path / "made"
    extra = make_drop(made, "OVL", "2024-03")
    (extra / "export.xlsx").write_text("x")
    sftp_server.upload("OVL", extra)
    sftp_server.upload("OVL", make_drop(made, "OVL", "2024-04"))
    sftp_server.upload("OVL", make_drop(made, "OVL", "2024-05"))
    on_disk = sftp_server.on_disk("OVL")
    # A link the VK's server shows, to a file outside the drop (inside its chroot).
    (on_disk / "2024-04" / KINDEREN).unlink()
    (on_disk / "2024-04" / KINDEREN).symlink_to("../2024-05/kinderen.csv")
    (on_disk / "2024-06").symlink_to("/")
    home = tmp_path / "home"
    configure(home, {"OVL": sftp_server.entry("OVL")})
    result = vkw(home, "pull")
    assert result.exit_code == 1
    assert sorted(result.stderr.strip().splitlines()) == [
        "pull: OVL 2024-03 export.xlsx: file name outside the contract, refused",
        "pull: OVL 2024-04 kinderen.csv: a link, refused",
        "pull: OVL 2024-06: a link in the VK's folder, refused",
    ]
    assert [d.period for d in find_drops(home / "landing")] == ["2024-05"]
