"""Headless Chromium (Debian's `chromium`, installed by scripts/chromium.sh): print the report
to PDF, or take a screenshot of it. The flags keep it from calling any Google service."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

QUIET_FLAGS = (
    "--headless",
    "--no-sandbox",  # the sandbox needs user namespaces, which containers and CI often lack
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--metrics-recording-only",
    "--no-default-browser-check",
    "--blink-settings=imagesEnabled=true",
)
TIMEOUT_SECONDS = 120


class BrowserMissing(RuntimeError):
    """No Chromium on this machine."""


def chromium() -> str:
    for name in (os.environ.get("VKW_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and (found := shutil.which(name)):
            return found
    raise BrowserMissing(
        "chromium: not found; scripts/chromium.sh installs Debian's chromium "
        "(or set VKW_CHROMIUM to a Chromium binary)"
    )


def _run(html: Path, *action: str) -> None:
    with tempfile.TemporaryDirectory(prefix="vkw-chromium-") as profile:
        command = [chromium(), *QUIET_FLAGS, f"--user-data-dir={profile}", *action,
                   html.resolve().as_uri()]
        subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT_SECONDS)


def print_pdf(html: Path, pdf: Path) -> None:
    _run(html, f"--print-to-pdf={pdf.resolve()}", "--no-pdf-header-footer")


def screenshot(html: Path, png: Path, width: int = 1280, height: int = 2400) -> None:
    _run(html, f"--screenshot={png.resolve()}", f"--window-size={width},{height}",
         "--hide-scrollbars")
