"""A warehouse small enough to count by hand: the prevalence tests' world.

2024-03, VK Antwerpen:
  report 1: child A (7, girl, lives in ANT; physical + emotional), an unborn child U (ANT)
  report 2: child A again (emotional), child B (16, boy, lives in WVL; emotional)
  report 3: child C (19, girl, ANT; sexual)
2024-03, VK West-Vlaanderen:
  report 4: child B again (emotional): B is reported at two VKs
  report 5: child D (4, sex X, WVL; physical)
2023-02, VK Antwerpen: report 6: child E (10, boy, ANT; emotional)
2023-06, VK Antwerpen: report 7: child A (5 then, girl; emotional)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from pipelines.stripping import StrippedChildRow, StrippedDrop, StrippedReport
from warehouse.loading import load_drop
from warehouse.marts import refresh_years
from warehouse.schema import make_engine, upgrade

A, B, C, D, E = (letter * 64 for letter in "abcde")


def _ref(number: int) -> str:
    return f"report{number}".ljust(64, "0")


def _report(number: int, day: date) -> StrippedReport:
    return StrippedReport(_ref(number), day, "REGULIER", "SCHOOL", None)


def _child(report: int, line: int, who: str | None, age: int | None, group: str, sex: str,
           province: str, *problems: str) -> StrippedChildRow:
    return StrippedChildRow(_ref(report), line, who, age, group == "ONGEBOREN", group,
                            sex, province, problems)


def drops() -> list[StrippedDrop]:
    march = date(2024, 3, 5)
    return [
        StrippedDrop("ANT", "2024-03", "1" * 64, "2024-04-01",
                     (_report(1, march), _report(2, date(2024, 3, 20)), _report(3, march)),
                     (_child(1, 2, A, 7, "6-8", "V", "ANT", "LICHAMELIJK", "EMOTIONEEL"),
                      _child(1, 3, None, None, "ONGEBOREN", "O", "ANT"),
                      _child(2, 4, A, 7, "6-8", "V", "ANT", "EMOTIONEEL"),
                      _child(2, 5, B, 16, "15-17", "M", "WVL", "EMOTIONEEL"),
                      _child(3, 6, C, 19, "18-20", "V", "ANT", "SEKSUEEL")),
                     ()),
        StrippedDrop("WVL", "2024-03", "2" * 64, "2024-04-01",
                     (_report(4, march), _report(5, march)),
                     (_child(4, 2, B, 16, "15-17", "M", "WVL", "EMOTIONEEL"),
                      _child(5, 3, D, 4, "3-5", "X", "WVL", "LICHAMELIJK")),
                     ()),
        StrippedDrop("ANT", "2023-02", "3" * 64, "2023-03-01", (_report(6, date(2023, 2, 8)),),
                     (_child(6, 2, E, 10, "9-11", "M", "ANT", "EMOTIONEEL"),), ()),
        StrippedDrop("ANT", "2023-06", "4" * 64, "2023-07-01", (_report(7, date(2023, 6, 9)),),
                     (_child(7, 2, A, 5, "3-5", "V", "ANT", "EMOTIONEEL"),), ()),
    ]


def build(folder: Path) -> Engine:
    engine = make_engine(f"sqlite:///{folder / 'warehouse.db'}")
    upgrade(engine)
    for drop in drops():
        load_drop(engine, drop)
    refresh_years(engine, [2023, 2024])
    return engine
