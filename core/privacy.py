"""No library calls home and none logs values: set before any of them is imported."""

from __future__ import annotations

import logging
import os
import warnings

OFFLINE_ENVIRONMENT = {
    "GX_ANALYTICS_ENABLED": "False",
    "DAGSTER_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "TLDEXTRACT_CACHE": "",
}


def quiet_libraries() -> None:
    """Turn off telemetry and analytics; keep third-party loggers at WARNING."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        if value:
            os.environ.setdefault(name, value)
    # Dagster flags the partition features we rely on as beta/preview on every import.
    warnings.filterwarnings("ignore", message=r".*currently in (beta|preview).*")
    for name in ("alembic", "sqlalchemy", "faker", "dagster"):
        logging.getLogger(name).setLevel(logging.WARNING)
