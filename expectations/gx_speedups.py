"""The one place we change Great Expectations' behaviour: two memos of bookkeeping that
GX 1.x recomputes on every suite run and that does not depend on the data.

A profile of one suite run (tens of expectations, thousands of rows) showed most of its
time in building the metric graph, not in pandas:

1. `Expectation.configuration` is a property that rebuilds an ExpectationConfiguration
   (a pydantic `dict()`, a regex over the class name) on every read; the validator reads
   it about 45 times per expectation per run (every domain, success and runtime keyword
   is looked up through it): some 660 rebuilds per suite run. Inside
   `remembered_configurations()` (QualityContext.run opens it around one validation) it is
   built once per expectation instance; it is forgotten when a field of that instance is
   assigned and when the block ends. Outside the block GX behaves as shipped.
2. `IDDict.to_id` turns metric keyword dicts into ids (JSON conversion of every value,
   then MD5) a few hundred times per run, mostly for the same few dicts (a column, a
   value set, a regex). Its result depends only on the dict's content: for content made of
   str, int, float, bool, None and lists or tuples of them, it is remembered per content
   (keyed with the types, so 1, 1.0 and True stay apart); any other content, and any call
   with explicit or class-level id keys, goes to GX's own code.

Both return exactly what GX would (the first returns GX's own object, built once), so
results, the stored JSON and Data Docs are unchanged. Installed only on the GX version
this was checked against (an other version runs as shipped: slower, never wrong).
tests/test_expectations_speedups.py fails if GX changes what this relies on: the pinned
version, the patched attributes, or a suite run's results with and without the memos.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import great_expectations as gx
from great_expectations.core.id_dict import IDDict
from great_expectations.expectations.expectation import Expectation

GX_VERSION = "1.24.1"  # the version this module was checked against (pyproject pins 1.24.*)

_ORIGINAL_CONFIGURATION = Expectation.__dict__["configuration"]
_ORIGINAL_SETATTR = Expectation.__setattr__
_ORIGINAL_TO_ID = IDDict.to_id

# id(expectation) -> (expectation, its configuration); the instance is held so that its id
# stays unique while the block lasts. None outside a block.
_configurations: ContextVar[dict[int, tuple[Any, Any]] | None] = ContextVar(
    "vkw_gx_configurations", default=None
)
_ids: dict[tuple[Any, ...], Any] = {}
MAX_IDS = 50_000  # distinct metric keyword dicts remembered (a few hundred in practice)
_SIMPLE = (str, int, float, bool, type(None))


def _configuration(self: Expectation) -> Any:
    memo = _configurations.get()
    if memo is None:
        return _ORIGINAL_CONFIGURATION.fget(self)
    hit = memo.get(id(self))
    if hit is not None and hit[0] is self:
        return hit[1]
    configuration = _ORIGINAL_CONFIGURATION.fget(self)
    memo[id(self)] = (self, configuration)
    return configuration


def _setattr(self: Expectation, name: str, value: Any) -> None:
    memo = _configurations.get()
    if memo is not None:
        memo.pop(id(self), None)
    _ORIGINAL_SETATTR(self, name, value)


def _frozen(value: Any) -> Any:
    kind = type(value)
    if kind in _SIMPLE:
        return (kind, value)
    if kind is list or kind is tuple:
        return (kind, tuple(_frozen(item) for item in value))
    raise TypeError(kind)


def _to_id(self: IDDict, id_keys: Any = None, id_ignore_keys: Any = None) -> Any:
    if id_keys is not None or id_ignore_keys is not None or self._id_ignore_keys:
        return _ORIGINAL_TO_ID(self, id_keys, id_ignore_keys)
    try:
        key = (type(self), *sorted((k, _frozen(v)) for k, v in self.items()))
    except TypeError:  # a value of another type, or keys that do not sort
        return _ORIGINAL_TO_ID(self)
    found = _ids.get(key)
    if found is None:
        if len(_ids) >= MAX_IDS:
            _ids.clear()
        found = _ids[key] = _ORIGINAL_TO_ID(self)
    return found


def installed() -> bool:
    return (
        Expectation.__dict__["configuration"].fget is _configuration
        and IDDict.__dict__["to_id"] is _to_id
    )


def install() -> None:
    """Idempotent; leaves a GX other than the one this was checked against as shipped."""
    if installed() or gx.__version__ != GX_VERSION:
        return
    Expectation.configuration = property(_configuration, doc=_ORIGINAL_CONFIGURATION.__doc__)
    Expectation.__setattr__ = _setattr  # type: ignore[method-assign]
    IDDict.to_id = _to_id  # type: ignore[method-assign]


@contextmanager
def remembered_configurations() -> Iterator[None]:
    token = _configurations.set({})
    try:
        yield
    finally:
        _configurations.reset(token)


install()
