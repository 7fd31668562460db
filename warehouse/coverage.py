"""What a period's figures cover: VK-months loaded, rejected or missing, rows held back,
children left out by a restriction. A figure without it cannot tell "no reports" from
"not loaded"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from pipelines.contract.codes import VKS
from warehouse.dsr.restriction import restricted_child_keys
from warehouse.models import FactChildReport, LoadPartition, QuarantineItem
from warehouse.quarantine import DROP


class NoDataForYear(ValueError):
    """The warehouse holds no VK-month of the year asked for."""


def require_year_loaded(connection: Connection, year: int) -> None:
    """Raise NoDataForYear (naming what is loaded) unless some VK-month of `year` is."""
    periods = sorted(
        connection.execute(select(LoadPartition.period).distinct()).scalars()
    )
    if any(period.startswith(f"{year:04d}-") for period in periods):
        return
    span = f"{periods[0][:4]}-{periods[-1][:4]}" if periods else "nothing"
    raise NoDataForYear(f"--year: no data loaded for {year} (loaded: {span})")


@dataclass(frozen=True)
class Coverage:
    first_month: str  # YYYY-MM
    last_month: str
    loaded: list[tuple[str, str]]  # (VK, YYYY-MM)
    rejected: list[tuple[str, str]]  # a drop refused and not loaded since
    missing: list[tuple[str, str]]  # neither loaded nor refused
    rows_held_back: int
    restricted_children: int

    @property
    def expected(self) -> int:
        return len(self.loaded) + len(self.rejected) + len(self.missing)

    @property
    def complete(self) -> bool:
        return not self.rejected and not self.missing

    def as_json(self) -> dict[str, Any]:
        return {
            "van": self.first_month,
            "tot_en_met": self.last_month,
            "vk_maanden_geladen": len(self.loaded),
            "vk_maanden_verwacht": self.expected,
            "vk_maanden_geweigerd": [f"{vk} {month}" for vk, month in self.rejected],
            "vk_maanden_ontbrekend": [f"{vk} {month}" for vk, month in self.missing],
            "rijen_in_quarantaine": self.rows_held_back,
            "kinderen_weggelaten_door_beperking": self.restricted_children,
        }


def months_between(first_month: str, last_month: str) -> list[str]:
    year, month = map(int, first_month.split("-"))
    end = tuple(map(int, last_month.split("-")))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def year_coverage(connection: Connection, year: int) -> Coverage:
    return window_coverage(connection, f"{year:04d}-01", f"{year:04d}-12")


def window_coverage(connection: Connection, first_month: str, last_month: str) -> Coverage:
    """The coverage of the months first_month..last_month (inclusive) over the six VKs."""
    months = months_between(first_month, last_month)
    in_window = LoadPartition.period.between(first_month, last_month)
    loaded = set(connection.execute(select(LoadPartition.vk_code, LoadPartition.period).where(
        in_window
    )).all())
    held_rows = connection.execute(
        select(func.coalesce(func.sum(LoadPartition.quarantined_rows), 0)).where(in_window)
    ).scalar_one()
    refused = refused_deliveries(connection, first_month, last_month)
    expected = [(vk, month) for month in months for vk in VKS]
    low = int(first_month.replace("-", "")) * 100 + 1
    high = int(last_month.replace("-", "")) * 100 + 31
    restricted = connection.execute(
        select(func.count(func.distinct(FactChildReport.child_key))).where(
            FactChildReport.date_key.between(low, high),
            FactChildReport.child_key.in_(restricted_child_keys()),
        )
    ).scalar_one()
    return Coverage(
        first_month=first_month,
        last_month=last_month,
        loaded=[key for key in expected if key in loaded],
        rejected=[key for key in expected if key in refused and key not in loaded],
        missing=[key for key in expected if key not in loaded and key not in refused],
        rows_held_back=int(held_rows),
        restricted_children=int(restricted),
    )


def refused_deliveries(
    connection: Connection, first_month: str, last_month: str
) -> set[tuple[str, str]]:
    """(VK, YYYY-MM) whose delivery was refused whole and is still unresolved."""
    return set(
        connection.execute(
            select(QuarantineItem.vk_code, QuarantineItem.period).where(
                QuarantineItem.scope == DROP,
                QuarantineItem.resolved_at.is_(None),
                QuarantineItem.period.between(first_month, last_month),
            )
        ).all()
    )


def months_loaded(connection: Connection) -> list[str]:
    """Every month of which at least one VK's drop is loaded, oldest first."""
    return list(
        connection.execute(
            select(LoadPartition.period).distinct().order_by(LoadPartition.period)
        ).scalars()
    )
