"""Contract violations: where a drop is wrong, never what the wrong value was.

Messages name the VK, period, file, line and column and the rule broken; they never
quote a value, because a value in a VK's extract may be a child's identifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str
    file: str | None = None
    line: int | None = None
    column: str | None = None

    def where(self) -> str:
        parts = [self.file or "drop"]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


@dataclass
class DropRejected(Exception):
    """A drop that breaks the contract; nothing of it is loaded."""

    vk: str
    period: str
    violations: list[Violation] = field(default_factory=list)

    def __str__(self) -> str:
        first = self.violations[0] if self.violations else None
        head = f"{self.vk} {self.period}: rejected"
        if first is None:
            return head
        more = f" (+{len(self.violations) - 1} more)" if len(self.violations) > 1 else ""
        return f"{head}: {first.where()}: {first.message}{more}"

    def lines(self) -> list[str]:
        return [
            f"{self.vk} {self.period} {v.where()}: {v.message} [{v.rule}]" for v in self.violations
        ]


class ViolationLog:
    """Collects violations up to a limit, so one bad drop yields a readable list."""

    def __init__(self, vk: str, period: str, limit: int = 50) -> None:
        self.vk, self.period, self.limit = vk, period, limit
        self.items: list[Violation] = []
        self.truncated = 0

    def add(
        self,
        rule: str,
        message: str,
        file: str | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        if len(self.items) < self.limit:
            self.items.append(Violation(rule, message, file, line, column))
        else:
            self.truncated += 1

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise DropRejected(self.vk, self.period, list(self.items))
