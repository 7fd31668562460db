"""The report's charts: Vega-Lite specifications (Altair) drawn to SVG by vl-convert's
embedded engine, so the page carries them inline and needs no script, font or network."""

from __future__ import annotations

import re
from typing import Any

import altair as alt
import pandas as pd
import vl_convert

WIDTH, HEIGHT = 520, 260
PALETTE = ["#1b6ca8", "#e07b39", "#3a9d5d", "#c0392b", "#7d5ba6", "#8c8c8c", "#d4a017"]


def svg(chart: alt.TopLevelMixin) -> str:
    """The chart as an <svg> element (no XML prolog), ready to inline."""
    drawn = vl_convert.vegalite_to_svg(chart.to_dict())
    return re.sub(r"^<\?xml[^>]*>\s*", "", drawn)


def _colour(field: str, title: str) -> alt.Color:
    return alt.Color(f"{field}:N", title=title, scale=alt.Scale(range=PALETTE))


def lines(frame: pd.DataFrame, x: str, y: str, series: str, x_title: str, y_title: str,
          x_type: str = "O") -> alt.Chart:
    base = alt.Chart(frame).encode(
        x=alt.X(f"{x}:{x_type}", title=x_title),
        y=alt.Y(f"{y}:Q", title=y_title),
        color=_colour(series, ""),
    )
    return (base.mark_line() + base.mark_point(filled=True)).properties(
        width=WIDTH, height=HEIGHT
    )


def rates_with_intervals(frame: pd.DataFrame, x: str, x_title: str, series: str | None = None,
                         x_type: str = "N", order: list[str] | None = None) -> alt.Chart:
    """Points at the rate, rules from the lower to the upper bound of its 95% interval."""
    colour = _colour(series, "") if series else alt.value(PALETTE[0])
    offset = {"xOffset": alt.XOffset(f"{series}:N")} if series and x_type == "N" else {}
    base = alt.Chart(frame).encode(
        x=alt.X(f"{x}:{x_type}", title=x_title, sort=order), color=colour, **offset
    )
    rule = base.mark_rule(strokeWidth=2).encode(
        y=alt.Y("laag:Q", title="per 10.000 minderjarigen (95%-interval)"), y2="hoog:Q"
    )
    point = base.mark_point(filled=True, size=60).encode(y="per_10000:Q")
    return (rule + point).properties(width=WIDTH, height=HEIGHT)


def grouped_bars(frame: pd.DataFrame, x: str, y: str, series: str, x_title: str,
                 y_title: str, stacked: bool = False, order: list[str] | None = None) -> alt.Chart:
    encoding: dict[str, Any] = {
        "x": alt.X(f"{x}:N", title=x_title, sort=order),
        "y": alt.Y(f"{y}:Q", title=y_title, stack="zero" if stacked else None),
        "color": _colour(series, ""),
    }
    if not stacked:
        encoding["xOffset"] = alt.XOffset(f"{series}:N")
    return alt.Chart(frame).mark_bar().encode(**encoding).properties(width=WIDTH, height=HEIGHT)
