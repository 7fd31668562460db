"""The research relations: all a researcher may read (role grants, exports)."""

from __future__ import annotations

RESEARCH_RELATIONS: tuple[str, ...] = (
    "research_child_report",
    "research_child_problem",
    "research_report",
    "research_mano_investigation",
    "research_release",
)
