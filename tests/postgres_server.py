"""Access to the real PostgreSQL server started by ``scripts/postgres.sh`` (no mocks).

Not a test module: import the fixture in ``conftest.py``
(``from tests.postgres_server import postgres_engine_url``).

The server URL comes from ``VKW_TEST_POSTGRES_URL``, e.g.
``postgresql+psycopg://vkw_owner@127.0.0.1:55432/vkw``. Without it, PostgreSQL tests are
skipped locally but fail in CI (``CI=true``) or when ``VKW_REQUIRE_POSTGRES=1``.
"""

from __future__ import annotations

import os

import pytest

URL_ENV = "VKW_TEST_POSTGRES_URL"


def postgres_url() -> str | None:
    """The SQLAlchemy URL of the test PostgreSQL server, or None if none was started."""
    return os.environ.get(URL_ENV) or None


def postgres_required() -> bool:
    """Whether a missing server is an error (CI, or VKW_REQUIRE_POSTGRES=1)."""
    return (
        os.environ.get("CI", "").lower() == "true" or os.environ.get("VKW_REQUIRE_POSTGRES") == "1"
    )


@pytest.fixture(scope="session")
def postgres_engine_url() -> str:
    url = postgres_url()
    if url is not None:
        return url
    message = f"PostgreSQL not started: run through scripts/test ({URL_ENV} is not set)"
    if postgres_required():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
