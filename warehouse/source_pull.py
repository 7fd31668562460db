"""`source_pull`: which delivery of a VK-month was pulled from where, and when.

Lineage without personal data: VK, period, the manifest's SHA-256, the source's URL
without user name or password, the URL of the archive it went to, counts. The pull
compares a source's manifest with the latest pulled one (not with the archive, which an
erasure rewrites), so an erased drop is not fetched again unless the VK re-delivers it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from warehouse.models import Base


class SourcePull(Base):
    __tablename__ = "source_pull"
    pull_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vk_code: Mapped[str] = mapped_column(String(8))
    period: Mapped[str] = mapped_column(String(7))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    pulled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source_url: Mapped[str] = mapped_column(String(300))
    # The archive the delivery was installed in (core/archive.py's display_url: s3://bucket/
    # prefix or a local folder's file:// URL). NULL: pulled before migration 0015, when
    # the archive was not recorded (whatever VKW_ARCHIVE_URL was then is not known now).
    archive_url: Mapped[str | None] = mapped_column(String(300))
    redelivery: Mapped[bool] = mapped_column(Boolean)
    # False: the archive already held this delivery (recorded, nothing copied).
    copied: Mapped[bool] = mapped_column(Boolean)
    files: Mapped[int] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(Integer)


Index("ix_source_pull_vk_period", SourcePull.vk_code, SourcePull.period)
