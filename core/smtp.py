"""Sending an alert mail: SMTP settings from the environment, the password from a file
outside the repository (mode 0600, as core/keys.py treats key files), the standard
library's smtplib with STARTTLS.

    VKW_SMTP_HOST            no host: alerts are recorded as not sent, nothing is raised
    VKW_SMTP_PORT            default 587 with STARTTLS, 25 without
    VKW_SMTP_STARTTLS        default on; "0"/"false"/"off" turns it off (a test server)
    VKW_SMTP_USER            log in as this user (only over STARTTLS)
    VKW_SMTP_PASSWORD_FILE   the user's password, one line, mode 0600
    VKW_ALERT_FROM           the sender address
    VKW_ALERT_TO             comma-separated: the DPO's and the coordinator's work addresses

`deliver` never raises on a mail that could not be sent: it answers why (the error's class
name, never its message, which may quote a server's reply).
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

NO_SMTP = "not sent: no SMTP configured"
NO_RECIPIENTS = "not sent: no recipients"
TIMEOUT_SECONDS = 20  # well inside a sensor evaluation's 60 seconds
_OFF = {"0", "false", "no", "off"}


class SmtpConfigError(RuntimeError):
    """The SMTP settings cannot be used (password file unreadable, empty or too permissive;
    a password without STARTTLS)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str | None
    port: int
    starttls: bool
    user: str | None
    password_file: Path | None
    sender: str
    recipients: tuple[str, ...]

    def password(self) -> str | None:
        if self.password_file is None:
            return None
        return read_password_file(self.password_file)


def smtp_settings() -> SmtpSettings:
    """The settings from the environment, read at every call (tests and deployments set them)."""
    starttls = os.environ.get("VKW_SMTP_STARTTLS", "1").strip().lower() not in _OFF
    port = os.environ.get("VKW_SMTP_PORT", "").strip()
    password_file = os.environ.get("VKW_SMTP_PASSWORD_FILE", "").strip()
    return SmtpSettings(
        host=os.environ.get("VKW_SMTP_HOST", "").strip() or None,
        port=int(port) if port else (587 if starttls else 25),
        starttls=starttls,
        user=os.environ.get("VKW_SMTP_USER", "").strip() or None,
        password_file=Path(password_file).expanduser().resolve() if password_file else None,
        sender=os.environ.get("VKW_ALERT_FROM", "").strip() or "vkw@localhost",
        recipients=tuple(
            a.strip() for a in os.environ.get("VKW_ALERT_TO", "").split(",") if a.strip()
        ),
    )


def read_password_file(path: Path) -> str:
    """The password in `path`: refused unless the file is the owner's alone (0600 or 0400)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise SmtpConfigError(f"SMTP password file {path.name} cannot be read") from error
    if mode & 0o077:
        raise SmtpConfigError(f"SMTP password file {path.name} is readable by others; chmod 600 it")
    password = path.read_text().strip()
    if not password:
        raise SmtpConfigError(f"SMTP password file {path.name} is empty")
    return password


@dataclass(frozen=True)
class Delivery:
    recipients: tuple[str, ...]
    delivered: bool
    error: str | None  # why not: NO_SMTP, NO_RECIPIENTS or an error's class name


def deliver(message: EmailMessage, config: SmtpSettings | None = None) -> Delivery:
    """Send `message` to the configured recipients; never raises for a mail not sent."""
    try:
        config = config or smtp_settings()
    except ValueError as error:  # a port that is no number
        return Delivery((), False, type(error).__name__)
    recipients = config.recipients
    if not config.host:
        return Delivery(recipients, False, NO_SMTP)
    if not recipients:
        return Delivery(recipients, False, NO_RECIPIENTS)
    del message["From"], message["To"]
    message["From"] = config.sender
    message["To"] = ", ".join(recipients)
    try:
        password = config.password()
        if config.user and not config.starttls:
            raise SmtpConfigError("refusing to send the SMTP password without STARTTLS")
        with smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_SECONDS) as smtp:
            if config.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if config.user:
                smtp.login(config.user, password or "")
            smtp.send_message(message, from_addr=config.sender, to_addrs=list(recipients))
    except (OSError, smtplib.SMTPException, SmtpConfigError) as error:
        return Delivery(recipients, False, type(error).__name__)
    return Delivery(recipients, True, None)
