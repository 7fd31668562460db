"""The warehouse's archive in an S3-compatible store (VKW_ARCHIVE_URL=s3://bucket/prefix)
against a real S3 server over HTTP (scripts/s3.sh): pulls land there verified and whole,
loads read from it, an erasure rewrites its objects and a new pull does not bring the
erased child back, the retention purge deletes its expired drops, and its credentials are
a file of mode 0600 that nothing prints."""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import yaml

from core.archive import ArchivePath
from core.keys import load_or_create_key
from pipelines.contract.codes import VKS
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MANO, MELDINGEN
from pipelines.landing import drop_bytes, find_drops
from pipelines.pseudonyms import kind_ref_of
from simulator.belgian_identifiers import national_number
from tests.conftest import counted, figures_json, vkw
from tests.drop_factory import files_for, files_naming, make_drop
from tests.s3_server import S3Server, s3_server  # noqa: F401  (fixture)

FILES = (MANIFEST_NAME, MELDINGEN, KINDEREN, MANO)


def configure(home: Path, sources: dict) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "sources.yaml").write_text(
        yaml.safe_dump({"settle_minutes": 0, "sources": sources})
    )


def month(objects: dict[str, bytes], vk: str, period: str) -> dict[str, bytes]:
    prefix = f"{vk}/{period}/"
    return {k[len(prefix) :]: v for k, v in objects.items() if k.startswith(prefix)}


def on_disk(drop: Path) -> dict[str, bytes]:
    return {name: (drop / name).read_bytes() for name in FILES}


@dataclass(frozen=True)
class World:
    """A home whose archive is a new bucket's `archive` prefix; ANT's source a folder."""

    home: Path
    remote: Path
    root: str  # bucket/prefix
    env: dict[str, str]


@pytest.fixture
def world(s3_server: S3Server, tmp_path: Path) -> World:  # noqa: F811
    root = f"{s3_server.bucket()}/archive"
    return World(tmp_path / "home", tmp_path / "remote", root, s3_server.env(f"s3://{root}"))


def pulls(home: Path) -> list[tuple[str, str, str, str | None]]:
    """source_pull's rows: VK, period, source URL, archive URL."""
    with sqlite3.connect(home / "warehouse.db") as connection:
        query = "SELECT vk_code, period, source_url, archive_url FROM source_pull ORDER BY 1, 2"
        return connection.execute(query).fetchall()


def test_pulled_drops_land_in_the_s3_archive_whole_and_a_redelivery_replaces_them(
    s3_server: S3Server, world: World  # noqa: F811
) -> None:
    home, remote, root, env = world.home, world.remote, world.root, world.env
    drop = make_drop(remote, "ANT", "2024-03")
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    pulled = vkw(home, "pull", **env)
    assert pulled.exit_code == 0, pulled.output
    assert "ANT: 1 pulled (0 re-deliveries)" in pulled.stdout
    assert s3_server.secret() not in pulled.output
    objects = s3_server.objects(root)
    assert month(objects, "ANT", "2024-03") == on_disk(drop)
    assert not [key for key in objects if "/.pull-" in key]  # staging copied and deleted
    assert not (home / "landing").exists()  # nothing of the drop on the local disk
    source = f"file://{(remote / 'ANT').resolve()}"
    assert pulls(home) == [("ANT", "2024-03", source, f"s3://{root}")]

    again = vkw(home, "pull", **env)
    assert "ANT: 0 pulled (0 re-deliveries), 1 unchanged" in again.stdout

    files = files_for("2024-03")
    files[MELDINGEN][0]["omschrijving"] = "Gecorrigeerd."
    make_drop(remote, "ANT", "2024-03", files=files)
    redelivered = vkw(home, "pull", **env)
    assert "ANT: 1 pulled (1 re-deliveries)" in redelivered.stdout
    objects = s3_server.objects(root)
    assert month(objects, "ANT", "2024-03") == on_disk(drop)  # the new delivery, whole
    assert not [key for key in objects if "/.pull-" in key]


def test_the_landing_zone_is_an_inbox_of_an_s3_archive(
    s3_server: S3Server, tmp_path: Path  # noqa: F811
) -> None:
    home = tmp_path / "home"
    root = f"{s3_server.bucket()}/archive"
    drop = make_drop(home / "landing", "VBR", "2024-05", files=files_for("2024-05"))
    delivered = on_disk(drop)
    configure(home, {})  # no VK has a URL: each VK's folder of the landing zone is its inbox
    pulled = vkw(home, "pull", **s3_server.env(f"s3://{root}"))
    assert pulled.exit_code == 0, pulled.output
    assert "VBR: 1 pulled" in pulled.stdout
    assert month(s3_server.objects(root), "VBR", "2024-05") == delivered
    assert not drop.exists()  # the archive is the only copy: erasure and retention reach it


def test_vkw_run_pulls_what_waits_in_the_inbox_into_the_s3_archive_and_loads_it(
    s3_server: S3Server, tmp_path: Path  # noqa: F811
) -> None:
    home = tmp_path / "home"
    root = f"{s3_server.bucket()}/archive"
    env = s3_server.env(f"s3://{root}")
    files = files_for("2024-05")
    drop = make_drop(home / "landing", "VBR", "2024-05", files=files)
    delivered = on_disk(drop)
    # No sources file (the default settle time): the VKs deliver into the landing zone, or
    # `vkw generate` writes there; `vkw run` must not leave them waiting outside the archive.
    ran = vkw(home, "run", **env)
    assert ran.exit_code == 0, ran.output
    assert "inbox: VBR: 1 pulled (0 re-deliveries)" in ran.stderr
    assert s3_server.secret() not in ran.output
    assert month(s3_server.objects(root), "VBR", "2024-05") == delivered
    assert not drop.exists()
    assert pulls(home) == [
        ("VBR", "2024-05", f"file://{(home / 'landing' / 'VBR').resolve()}", f"s3://{root}")
    ]
    figures = figures_json(home, 2024, **env)
    assert figures["meldingen_totaal"] == len(files[MELDINGEN])
    again = vkw(home, "run", **env)  # nothing waits: nothing pulled, nothing loaded again
    assert again.exit_code == 0 and "inbox:" not in again.stderr, again.output


def test_credentials_come_from_a_file_of_mode_0600_and_are_never_printed(
    s3_server: S3Server, tmp_path: Path  # noqa: F811
) -> None:
    home, remote = tmp_path / "home", tmp_path / "remote"
    make_drop(remote, "ANT", "2024-03")
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    loose = tmp_path / "loose-credentials"
    shutil.copy(s3_server.credentials, loose)
    loose.chmod(0o644)
    env = s3_server.env(f"s3://{s3_server.bucket()}/archive")
    refused = vkw(home, "pull", **{**env, "VKW_ARCHIVE_CREDENTIALS_FILE": str(loose)})
    assert refused.exit_code == 1
    assert "ANT: archive credentials file loose-credentials is readable by others" in (
        refused.stdout
    )
    assert s3_server.secret() not in refused.output
    in_url = vkw(home, "pull", VKW_ARCHIVE_URL="s3://key:secret@bucket/archive")
    assert in_url.exit_code == 2 and "secret" not in in_url.output
    assert "no credentials in the url" in in_url.output


def test_an_archive_path_shows_compares_and_pickles_without_the_secret(
    s3_server: S3Server, world: World  # noqa: F811
) -> None:
    make_drop(world.remote, "ANT", "2024-03")
    configure(world.home, {"ANT": {"url": str(world.remote / "ANT")}})
    assert vkw(world.home, "pull", **world.env).exit_code == 0
    root = ArchivePath(s3_server.location(world.root), world.root)
    (drop,) = find_drops(root)
    assert (drop.vk, drop.period) == ("ANT", "2024-03")
    assert str(drop.path) == f"s3://{world.root}/ANT/2024-03"
    secret = s3_server.secret()
    for shown in (repr(drop), str(drop.path), pickle.dumps(drop)):
        assert secret not in str(shown)
    assert pickle.loads(pickle.dumps(drop)) == drop
    delivered = on_disk(world.remote / "ANT" / "2024-03")
    assert drop_bytes(drop) == sum(len(data) for data in delivered.values())


def test_an_erasure_rewrites_the_s3_archive_and_a_new_pull_does_not_bring_the_child_back(
    s3_server: S3Server, world: World  # noqa: F811
) -> None:
    home, remote, root, env = world.home, world.remote, world.root, world.env
    number = national_number(date(2008, 11, 30), 11)
    kind_ref = kind_ref_of(load_or_create_key(home / "keys" / "network.key"), number)
    files = files_naming(kind_ref)
    make_drop(remote, "ANT", "2024-03", files=files)
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    assert vkw(home, "pull", **env).exit_code == 0
    assert kind_ref.encode() in month(s3_server.objects(root), "ANT", "2024-03")[KINDEREN]
    ran = vkw(home, "run", **env)
    assert ran.exit_code == 0, ran.output
    full = figures_json(home, 2024, **env)
    access = vkw(home, "dsr", "access", "--national-number", number, **env)
    assert access.exit_code == 0, access.output
    assert len(json.loads(access.stdout)["archived_drops"]) == 1  # found in the bucket

    erased = vkw(home, "dsr", "erase", "--national-number", number, "--reason", "17", **env)
    assert erased.exit_code == 0, erased.output
    after = figures_json(home, 2024, **env)
    assert after["kinderen_totaal"] == full["kinderen_totaal"] - 1

    def archived() -> dict[str, bytes]:
        drop = month(s3_server.objects(root), "ANT", "2024-03")
        assert all(kind_ref.encode() not in data for data in drop.values())
        manifest = json.loads(drop[MANIFEST_NAME])
        for name in (MELDINGEN, KINDEREN, MANO):  # re-sealed: the manifest fits the files
            assert manifest["files"][name]["sha256"] == hashlib.sha256(drop[name]).hexdigest()
        return drop

    rewritten = archived()
    # The VK's own copy still names the child (the VK's to erase): the pull does not take
    # the unchanged delivery again, so the archive stays without the child.
    assert kind_ref.encode() in (remote / "ANT" / "2024-03" / KINDEREN).read_bytes()
    again = vkw(home, "pull", **env)
    assert "ANT: 0 pulled (0 re-deliveries), 1 unchanged" in again.stdout
    assert archived() == rewritten
    refreshed = vkw(home, "run", "--full-refresh", **env)
    assert refreshed.exit_code == 0, refreshed.output
    assert figures_json(home, 2024, **env) == after


def test_an_erasure_reaches_a_drop_still_in_the_inbox_and_the_pull_takes_it_erased(
    s3_server: S3Server, world: World  # noqa: F811
) -> None:
    home, root, env = world.home, world.root, world.env
    number = national_number(date(2008, 11, 30), 11)
    kind_ref = kind_ref_of(load_or_create_key(home / "keys" / "network.key"), number)
    load_or_create_key(home / "keys" / "warehouse.key")  # nothing loaded yet: no run made it
    waiting = make_drop(home / "landing", "VBR", "2024-03", files=files_naming(kind_ref))
    configure(home, {})  # VBR delivers into the landing zone, the S3 archive's inbox
    erased = vkw(home, "dsr", "erase", "--national-number", number, "--reason", "17", **env)
    assert erased.exit_code == 0, erased.output
    assert all(kind_ref.encode() not in data for data in on_disk(waiting).values())
    pulled = vkw(home, "pull", **env)
    assert "VBR: 1 pulled" in pulled.stdout, pulled.output
    drop = month(s3_server.objects(root), "VBR", "2024-03")
    assert drop.keys() == set(FILES)
    assert all(kind_ref.encode() not in data for data in drop.values())


def test_the_retention_purge_deletes_expired_drops_from_the_s3_archive(
    s3_server: S3Server, world: World  # noqa: F811
) -> None:
    home, remote, root, env = world.home, world.remote, world.root, world.env
    make_drop(remote, "ANT", "2024-03")
    make_drop(remote, "ANT", "2025-03", files=files_for("2025-03"))
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    assert vkw(home, "pull", **env).exit_code == 0
    # Kept until 31 December of the report year + 400 days: 2024's drop is past it.
    days = str((date.today() - date(2024, 12, 31)).days - 1)
    kept = {**env, "VKW_LANDING_RETENTION_DAYS": days}
    status = vkw(home, "retention", "status", "--format", "json", **kept)
    assert status.exit_code == 0, status.output
    row = next(r for r in json.loads(status.stdout) if r["store"] == "landing_archive")
    assert row["items"] == 2
    purged = vkw(home, "retention", "purge", "--format", "json", **kept)
    assert purged.exit_code == 0, purged.output
    assert json.loads(purged.stdout)["landing_drops"] == 1
    objects = s3_server.objects(root)
    assert not month(objects, "ANT", "2024-03")
    assert month(objects, "ANT", "2025-03").keys() == set(FILES)


@pytest.mark.slow
def test_a_simulated_year_pulled_into_the_s3_archive_loads_as_from_a_local_landing(
    s3_server: S3Server, tmp_path: Path  # noqa: F811
) -> None:
    local = tmp_path / "local"
    assert vkw(local, "generate", "--years", "2024", "--scale", "0.05").exit_code == 0
    assert vkw(local, "run").exit_code == 0
    home = tmp_path / "s3"
    shutil.copytree(local / "keys", home / "keys")  # the same network key
    shutil.copytree(local / "landing", home / "landing")  # the VKs deliver into the inbox
    configure(home, {})  # no settle time: the drops were written a moment ago
    root = f"{s3_server.bucket()}/archive"
    env = s3_server.env(f"s3://{root}")
    pulled = vkw(home, "pull", **env)
    assert pulled.exit_code == 0, pulled.output
    for vk in VKS:
        assert f"{vk}: 12 pulled (0 re-deliveries)" in pulled.stdout
    assert not list((home / "landing").glob("*/20*"))
    ran = vkw(home, "run", **env)
    assert ran.exit_code == 0, ran.output
    assert counted(figures_json(home, 2024, **env)) == counted(figures_json(local, 2024))


@pytest.mark.slow
def test_vkw_demo_with_an_s3_archive_archives_the_drops_it_generates_and_loads_them(
    s3_server: S3Server, tmp_path: Path, pipeline_home: Path  # noqa: F811
) -> None:
    home = tmp_path / "home"
    root = f"{s3_server.bucket()}/archive"
    env = s3_server.env(f"s3://{root}")
    result = vkw(home, "demo", **env)
    assert result.exit_code == 0, result.output
    assert s3_server.secret() not in result.output
    # What the local-archive demo prints (tests/test_end_to_end.py).
    assert "**7.501 meldingen** over **10.913 kinderen**" in result.stdout
    assert "| ANT | 1391 | 200 | 0 | 1591 |" in result.stdout
    archived = find_drops(ArchivePath(s3_server.location(root), root))
    assert len(archived) == len(VKS) * 7 * 12
    assert not list((home / "landing").glob("*/20*"))  # the archive is the only copy
    assert {archive for *_, archive in pulls(home)} == {f"s3://{root}"}

    def counts(figures: dict) -> dict:  # the demo also loads population files: rates differ
        return {key: value for key, value in counted(figures).items() if "10000" not in key}

    for year in (2018, 2024):
        assert counts(figures_json(home, year, **env)) == counts(figures_json(pipeline_home, year))

    again = vkw(home, "demo", **env)
    assert again.exit_code == 0, again.output
    assert f"archive s3://{root} already has drops: not generating again" in again.stderr
