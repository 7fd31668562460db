"""The real Dagster daemon pulls over SFTP: the simulator's drops are uploaded to the real
OpenSSH server (scripts/sshd.sh) by each VK's own account; `dagster dev`'s sensor pulls
them into the archive (the local landing zone, or a bucket of the real S3 server of
scripts/s3.sh) and starts the loads, which complete; the figures equal those of the same
drops loaded by `vkw run` from a local landing zone."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, func, select

from pipelines.contract.codes import VKS
from tests.conftest import counted, figures_json, vkw
from tests.s3_server import S3Server, s3_server  # noqa: F401  (fixture)
from tests.sftp_server import SftpServer, sftp_server  # noqa: F401  (fixture)
from tests.test_dagster_daemon import DagsterDev, _by_sensor, _wait_for_run
from warehouse.models import LoadPartition

pytestmark = pytest.mark.slow

MONTHS = ("2024-01", "2024-02", "2024-03")
LOADED_TIMEOUT = 420.0


@pytest.fixture(scope="module")
def local_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The simulator's drops of three months, loaded by `vkw run` from a local landing."""
    home = tmp_path_factory.mktemp("local")
    assert vkw(home, "generate", "--years", "2024", "--scale", "0.05").exit_code == 0
    ran = vkw(home, "run", *(arg for month in MONTHS for arg in ("--period", month)))
    assert ran.exit_code == 0, ran.output
    return home


def _loaded(home: Path) -> int:
    engine = create_engine(f"sqlite:///{home / 'warehouse.db'}")
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(LoadPartition)).scalar()
    except Exception:  # the first run has not created the warehouse yet
        return 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("archive", ["local", "s3"])
def test_the_daemons_sensor_pulls_over_sftp_and_the_loads_equal_a_local_landing(
    archive: str,
    sftp_server: SftpServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    local_home: Path,
    tmp_path: Path,
) -> None:
    for vk in VKS:
        sftp_server.clear(vk)
        for month in MONTHS:
            sftp_server.upload(vk, local_home / "landing" / vk / month)
    home = tmp_path / "daemon"
    shutil.copytree(local_home / "keys", home / "keys")  # the same network key
    sources = {vk: sftp_server.entry(vk) for vk in VKS}
    (home / "sources.yaml").write_text(
        yaml.safe_dump({"settle_minutes": 0, "sources": sources})
    )
    env: dict[str, str] = {}
    if archive == "s3":
        env = s3_server.env(f"s3://{s3_server.bucket()}/archive")
    dev = DagsterDev(home, env)
    try:
        deadline = time.monotonic() + LOADED_TIMEOUT
        while _loaded(home) < len(VKS) * len(MONTHS):
            assert dev.process.poll() is None, dev.tail()
            assert time.monotonic() < deadline, ("not all loaded", _loaded(home), dev.tail())
            time.sleep(3)
        _wait_for_run(dev, _by_sensor)
    finally:
        dev.stop()
    log = (home / "dagster-dev.log").read_text(errors="replace")
    assert "vkw_sftp" not in log and sftp_server.host_key.split()[1] not in log
    assert s3_server.secret() not in log
    if archive == "s3":
        assert not (home / "landing").exists()  # the drops went to the bucket only
    expected = counted(figures_json(local_home, 2024))
    assert counted(figures_json(home, 2024, **env)) == expected
