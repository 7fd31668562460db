"""The pull without a server: sources on the local filesystem go through the same fsspec
code path as SFTP and S3 (tests/test_pull_sftp.py runs it against a real OpenSSH)."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from core.config import settings
from pipelines.contract.columns import KINDEREN, MANIFEST_NAME, MELDINGEN
from pipelines.landing import find_drops
from pipelines.sources.checks import ManifestProblem, entry_name, manifest_files
from pipelines.sources.config import Source, SourceConfigError, load_sources
from tests.conftest import environment, vkw
from tests.drop_factory import make_drop
from warehouse.pulls import pull_sources
from warehouse.schema import make_engine, upgrade
from warehouse.source_pull import SourcePull


@pytest.fixture
def home(tmp_path: Path):
    home = tmp_path / "home"
    with environment(VKW_HOME=str(home)):
        yield home


def configure(home: Path, sources: dict, settle_minutes: float = 0) -> None:
    home.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump({"settle_minutes": settle_minutes, "sources": sources})
    (home / "sources.yaml").write_text(text)


def engine_of(home: Path):
    engine = make_engine(f"sqlite:///{home / 'warehouse.db'}")
    upgrade(engine)
    return engine


def pull(home: Path, **kwargs):
    engine = engine_of(home)
    try:
        return pull_sources(settings(), engine, **kwargs), engine
    finally:
        engine.dispose()


def by_vk(report) -> dict:
    return {result.vk: result for result in report.vks}


# --- configuration -------------------------------------------------------------------


def test_no_sources_file_pulls_nothing(home: Path) -> None:
    config = load_sources(home, home / "landing")
    assert config.file is None and config.sources == {} and config.settle_seconds == 600


def test_sftp_source_needs_a_key_and_a_pinned_host_key(home: Path) -> None:
    configure(home, {"ANT": {"url": "sftp://vk@127.0.0.1:2222/drops", "key_file": "/k"}})
    with pytest.raises(SourceConfigError, match="ANT: an sftp source needs known_host"):
        load_sources(home, home / "landing")
    configure(home, {"ANT": {"url": "sftp://vk:secret@127.0.0.1/drops"}})
    with pytest.raises(SourceConfigError) as error:
        load_sources(home, home / "landing")
    assert "secret" not in str(error.value) and "no password" in str(error.value)
    configure(home, {"XXX": {"url": "/tmp"}})
    with pytest.raises(SourceConfigError, match="unknown VK 'XXX'"):
        load_sources(home, home / "landing")


def test_the_landing_zone_itself_is_no_source_and_urls_are_shown_without_accounts(
    home: Path,
) -> None:
    landing = home / "landing"
    configure(home, {"ANT": {"url": str(landing / "ANT")}, "VBR": {"url": "/srv/vbr"}})
    config = load_sources(home, landing)
    assert list(config.sources) == ["VBR"]
    source = Source("ANT", "sftp://vkw_sftp_ant@sftp.example.org:2222/drops")
    assert source.display_url == "sftp://sftp.example.org:2222/drops"
    assert source.path == "/drops"
    assert Source("ANT", "s3://bucket/vk/ant/").path == "bucket/vk/ant"


# --- names and manifests -------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../x", "/etc/passwd", "a/b", "..", ".", "", "a\\b", "/srv/ant/2024-03/../x"]
)
def test_a_name_that_leaves_the_folder_is_no_entry(name: str) -> None:
    assert entry_name({"name": name, "type": "file"}, "/srv/ant/2024-03") is None


def test_a_plain_child_is_an_entry() -> None:
    assert entry_name({"name": "/srv/ant/2024-03/kinderen.csv"}, "/srv/ant/2024-03") == (
        "kinderen.csv"
    )
    assert entry_name({"name": "b/ant/2024-03/", "type": "directory"}, "b/ant") == "2024-03"


def manifest(files: dict) -> bytes:
    return json.dumps({"vk": "ANT", "period": "2024-03", "files": files}).encode()


def test_manifest_names_outside_the_contract_are_refused_by_name() -> None:
    good = {name: {"sha256": "0" * 64, "rows": 1} for name in ("meldingen.csv",
            "kinderen.csv", "mano_onderzoeken.csv")}
    assert len(manifest_files(manifest(good), "ANT", "2024-03")) == 3
    with pytest.raises(ManifestProblem) as problem:
        manifest_files(manifest({**good, "extra.csv": {"sha256": "0" * 64}}), "ANT", "2024-03")
    assert problem.value.file == "extra.csv"
    with pytest.raises(ManifestProblem) as problem:
        manifest_files(manifest({**good, "../../x": {"sha256": "0" * 64}}), "ANT", "2024-03")
    assert problem.value.file == "(a path outside the folder)"
    with pytest.raises(ManifestProblem, match="another VK"):
        manifest_files(manifest(good), "VBR", "2024-03")
    with pytest.raises(ManifestProblem, match="no SHA-256"):
        manifest_files(manifest({**good, "kinderen.csv": {"rows": 1}}), "ANT", "2024-03")
    with pytest.raises(ManifestProblem, match="no JSON"):
        manifest_files(b'{"files": ', "ANT", "2024-03")


# --- pulling from a folder -----------------------------------------------------------


def test_complete_drops_are_copied_verified_and_recorded_once(home: Path, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    make_drop(remote, "ANT", "2024-03")
    make_drop(remote, "ANT", "2024-04")
    make_drop(remote, "VBR", "2024-03")
    configure(home, {vk: {"url": str(remote / vk)} for vk in ("ANT", "VBR")})
    report, engine = pull(home)
    assert report.ok and report.pulled == 3
    landing = home / "landing"
    assert [(d.vk, d.period) for d in find_drops(landing)] == [
        ("ANT", "2024-03"), ("ANT", "2024-04"), ("VBR", "2024-03")]
    for drop in find_drops(landing):
        source = remote / drop.vk / drop.period
        for path in source.iterdir():
            assert (drop.path / path.name).read_bytes() == path.read_bytes()
    assert not list(landing.glob("*/.pull-*")), "no staging folder left"
    engine = engine_of(home)
    with engine.connect() as connection:
        rows = connection.execute(select(SourcePull)).all()
    engine.dispose()
    assert {(r.vk_code, r.period, r.redelivery, r.copied) for r in rows} == {
        ("ANT", "2024-03", False, True), ("ANT", "2024-04", False, True),
        ("VBR", "2024-03", False, True)}
    assert all(r.source_url.startswith("file://") and r.files == 3 for r in rows)
    assert {r.archive_url for r in rows} == {f"file://{landing.resolve()}"}
    again, _ = pull(home)
    assert again.pulled == 0 and by_vk(again)["ANT"].unchanged == 2


def test_a_half_uploaded_drop_is_left_until_complete(home: Path, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    drop = make_drop(remote, "ANT", "2024-03")
    whole = (drop / KINDEREN).read_bytes()
    (drop / KINDEREN).write_bytes(whole[: len(whole) // 2])  # the upload is still running
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    report, _ = pull(home)
    assert report.pulled == 0 and by_vk(report)["ANT"].incomplete == 1 and report.ok
    assert find_drops(home / "landing") == []
    (drop / KINDEREN).unlink()
    assert by_vk(pull(home)[0])["ANT"].incomplete == 1  # a file missing
    (drop / KINDEREN).write_bytes(whole)
    assert pull(home)[0].pulled == 1


def test_a_young_manifest_waits_for_the_settle_time(home: Path, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    drop = make_drop(remote, "ANT", "2024-03")
    configure(home, {"ANT": {"url": str(remote / "ANT")}}, settle_minutes=10)
    report, _ = pull(home)
    assert report.pulled == 0 and by_vk(report)["ANT"].settling == 1
    old = time.time() - 11 * 60
    os.utime(drop / MANIFEST_NAME, (old, old))
    assert pull(home)[0].pulled == 1


def test_a_redelivery_replaces_the_month_and_an_erasure_is_not_undone(
    home: Path, tmp_path: Path
) -> None:
    remote = tmp_path / "remote"
    drop = make_drop(remote, "ANT", "2024-03")
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    assert pull(home)[0].pulled == 1
    archived = home / "landing" / "ANT" / "2024-03"
    # An erasure rewrites the archived copy: the source's unchanged manifest is not pulled.
    (archived / MANIFEST_NAME).write_text((archived / MANIFEST_NAME).read_text() + " ")
    assert by_vk(pull(home)[0])["ANT"].unchanged == 1
    # The VK corrects the month at source: a new manifest, pulled as a re-delivery.
    make_drop(remote, "ANT", "2024-03", files=_one_report_less())
    report, _ = pull(home)
    assert report.pulled == 1 and by_vk(report)["ANT"].redeliveries == 1
    assert (archived / MANIFEST_NAME).read_bytes() == (drop / MANIFEST_NAME).read_bytes()
    assert not list((home / "landing" / "ANT").glob(".pull-*"))


def _one_report_less() -> dict:
    from tests.drop_factory import files_for

    files = files_for("2024-03")
    files[MELDINGEN][0]["omschrijving"] = "Gecorrigeerd."
    return files


def test_names_outside_the_contract_and_links_are_refused_by_vk_period_and_file(
    home: Path, tmp_path: Path
) -> None:
    remote = tmp_path / "remote"
    extra = make_drop(remote, "ANT", "2024-03")
    (extra / "notes.txt").write_text("x")
    linked = make_drop(remote, "ANT", "2024-04")
    (linked / KINDEREN).unlink()
    secret = tmp_path / "outside.csv"
    secret.write_text("melding_id\n")
    (linked / KINDEREN).symlink_to(secret)
    listed = make_drop(remote, "ANT", "2024-05")
    data = json.loads((listed / MANIFEST_NAME).read_text())
    data["files"]["../../outside.csv"] = {"sha256": "0" * 64, "rows": 0}
    (listed / MANIFEST_NAME).write_text(json.dumps(data))
    (remote / "ANT" / "2024-06").symlink_to(tmp_path)
    make_drop(remote, "ANT", "2024-07")
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    report, _ = pull(home)
    assert not report.ok and report.pulled == 1
    assert sorted(report.warnings()) == [
        "pull: ANT 2024-03 notes.txt: file name outside the contract, refused",
        "pull: ANT 2024-04 kinderen.csv: a link, refused",
        "pull: ANT 2024-05 (a path outside the folder): file name outside the contract, refused",
        "pull: ANT 2024-06: a link in the VK's folder, refused",
    ]
    assert [d.period for d in find_drops(home / "landing")] == ["2024-07"]


def test_an_unreachable_vk_is_one_line_and_the_others_go_on(home: Path, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    make_drop(remote, "VBR", "2024-03")
    configure(home, {"ANT": {"url": str(remote / "ANT-not-mounted")},
                     "VBR": {"url": str(remote / "VBR")}})
    report, _ = pull(home)
    assert report.warnings() == ["pull: ANT: not reached (FileNotFoundError)"]
    assert by_vk(report)["VBR"].pulled and not report.ok


def test_vkw_pull_prints_counts_per_vk(home: Path, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    make_drop(remote, "ANT", "2024-03")
    configure(home, {"ANT": {"url": str(remote / "ANT")}})
    result = vkw(home, "pull")
    assert result.exit_code == 0, result.output
    assert "ANT: 1 pulled (0 re-deliveries), 0 unchanged" in result.stdout
    assert vkw(home, "pull", "--vk", "XXX").exit_code == 2
    digest = hashlib.sha256((remote / "ANT" / "2024-03" / MANIFEST_NAME).read_bytes())
    assert find_drops(home / "landing")[0].manifest_sha256 == digest.hexdigest()


def test_the_sensor_pulls_before_it_looks_for_new_drops(home: Path, tmp_path: Path) -> None:
    import dagster as dg

    from orchestration.definitions import defs
    from orchestration.sensors import new_drops_sensor

    remote = tmp_path / "remote"
    make_drop(remote, "ANT", "2024-03")
    make_drop(remote, "VBR", "2024-03")
    configure(home, {vk: {"url": str(remote / vk)} for vk in ("ANT", "VBR")})
    instance = dg.DagsterInstance.ephemeral()
    with dg.build_sensor_context(instance=instance, resources=defs.resources) as context:
        requests = new_drops_sensor.evaluate_tick(context).run_requests
    assert len(find_drops(home / "landing")) == 2
    assert len(requests) == 1
    # Nothing of the source reaches Dagster: the run's tags are partition keys.
    assert not any("remote" in str(v) or "file:" in str(v) for v in requests[0].tags.values())
    assert requests[0].run_config == {}
