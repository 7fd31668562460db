"""The scrubber's recognizers, read from ``recognizers.yaml`` (Presidio's recognizer-registry
format, as its ``conf/default_recognizers.yaml``), so that the DPO can see and switch each.

Presidio's own loader (``RecognizerRegistryProvider``) builds the entries of ``type:
custom``: plain ``PatternRecognizer`` objects made from the file alone. It cannot build
ours. Its ``type: predefined`` looks a class up by name among every ``EntityRecognizer``
subclass imported anywhere in the process (Presidio's own included), and its validation
drops the keys a predefined entry does not have (``patterns``, a recognizer's ``score``)
without a word; so the national number's and the IBAN's checksums (python-stdnum), the
phone numbers (phonenumbers) and the names (deduce) could not be given their patterns or
scores. Entries of ``type: package`` are built here, with the same shape: the class is
looked up only among the recognizer classes defined in ``pipelines.scrubbing.recognizers``
(never an import path from the file) and called with the entry's ``patterns`` (pattern
recognizers) or ``score`` (the others).

The file is checked whole before anything is built; each fault is one line
(``RegistryError``, naming the file and the entry): a key the format does not have, an
unknown class or type, an entity without a placeholder, a recognizer of the package missing
from the file or listed twice, no recognizer enabled.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

from pipelines.scrubbing.entities import ENTITIES, LANGUAGE

__all__ = [
    "FILE_ENV",
    "RECOGNIZERS_FILE",
    "Entry",
    "RegistryError",
    "RegistryFile",
    "build_registry",
    "package_classes",
    "read_registry",
    "registry_path",
]

PACKAGE = "pipelines.scrubbing.recognizers"
RECOGNIZERS_FILE = "recognizers.yaml"  # in pipelines.scrubbing
# Another file to use instead (a changed list tried out without editing the installed one).
FILE_ENV = "VKW_SCRUB_RECOGNIZERS"
TOP_KEYS = ("supported_languages", "global_regex_flags", "recognizers")
COMMON_KEYS = ("name", "type", "enabled", "supported_entity")
KEYS = {
    "package": (*COMMON_KEYS, "patterns", "score"),
    "custom": (*COMMON_KEYS, "patterns"),
}
PATTERN_KEYS = ("name", "regex", "score")
NO_CONTEXT = "context words are not used (docs/scrubbing.md, 'Context words')"


class RegistryError(ValueError):
    """One line: what is wrong with the recognizers file, and where."""


@dataclass(frozen=True)
class Entry:
    """One recognizer of the file: what `vkw scrub --recognizers` prints."""

    name: str
    type: str
    enabled: bool
    entity: str
    score: float | None  # the score of what it finds (not for pattern recognizers)
    patterns: tuple[Pattern, ...]
    raw: Mapping[str, Any] = field(compare=False, repr=False)


@dataclass(frozen=True)
class RegistryFile:
    source: str  # the file's name, for messages
    flags: int
    entries: tuple[Entry, ...]


@cache
def package_classes() -> dict[str, type[EntityRecognizer]]:
    """The recognizer classes defined in pipelines/scrubbing/recognizers/, by class name."""
    package = importlib.import_module(PACKAGE)
    classes: dict[str, type[EntityRecognizer]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{PACKAGE}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, EntityRecognizer)
                and value.__module__ == module.__name__
                and value.analyze is not EntityRecognizer.analyze  # not a base class
                and not value.__name__.startswith("_")  # nor a module's own shared base
            ):
                classes[value.__name__] = value
    return classes


def registry_path() -> Path | None:
    """The file named by VKW_SCRUB_RECOGNIZERS, or None for the package's own."""
    named = os.environ.get(FILE_ENV)
    return Path(named) if named else None


def read_registry(path: Path | None = None) -> RegistryFile:
    """The file at `path` (default: VKW_SCRUB_RECOGNIZERS's, else the package's
    recognizers.yaml), checked whole."""
    path = path if path is not None else registry_path()
    if path is None:
        source = RECOGNIZERS_FILE
        text = resources.files("pipelines.scrubbing").joinpath(RECOGNIZERS_FILE).read_text("utf-8")
    else:
        source = Path(path).name
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise RegistryError(f"{source}: cannot be read ({error.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise RegistryError(f"{source}: not valid YAML{where}") from None
    return _checked(source, data)


def _checked(source: str, data: object) -> RegistryFile:
    def fail(message: str) -> RegistryError:
        return RegistryError(f"{source}: {message}")

    if not isinstance(data, dict):
        raise fail("not a mapping of " + ", ".join(TOP_KEYS))
    _no_unknown_keys(data, TOP_KEYS, fail, "")
    if data.get("supported_languages") != [LANGUAGE]:
        raise fail(f"supported_languages: the scrubber reads notes as [{LANGUAGE}] only")
    flags = data.get("global_regex_flags", 0)
    if not isinstance(flags, int) or isinstance(flags, bool) or flags < 0:
        raise fail("global_regex_flags: not a whole number of re flags")
    listed = data.get("recognizers")
    if not isinstance(listed, list) or not listed:
        raise fail("recognizers: not a list of recognizers")
    entries = tuple(_entry(raw, index, flags, fail) for index, raw in enumerate(listed))
    names = [entry.name for entry in entries]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise fail(f"listed more than once: {', '.join(twice)}")
    missing = sorted(set(package_classes()) - set(names))
    if missing:
        raise fail(f"recognizers of {PACKAGE} not listed: {', '.join(missing)}")
    if not any(entry.enabled for entry in entries):
        raise fail("no recognizer is enabled: the scrubber would remove nothing")
    return RegistryFile(source, flags, entries)


def _no_unknown_keys(raw: dict, allowed: tuple[str, ...], fail: Any, where: str) -> None:  # noqa: ANN401
    if "context" in raw:
        raise fail(f"{where}context: {NO_CONTEXT}")
    unknown = sorted(str(key) for key in raw if key not in allowed)
    if unknown:
        raise fail(f"{where}unknown key {unknown[0]!r} (allowed: {', '.join(allowed)})")


def _entry(raw: object, index: int, flags: int, fail: Any) -> Entry:  # noqa: ANN401
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise fail(f"recognizers[{index}]: not a mapping with a name")
    name = raw["name"]
    where = f"recognizers[{index}] ({name}): "
    kind = raw.get("type")
    if kind not in KEYS:
        raise fail(f"{where}type must be one of {', '.join(KEYS)}")
    _no_unknown_keys(raw, KEYS[kind], fail, where)
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail(f"{where}enabled must be true or false")
    entity = raw.get("supported_entity")
    if entity not in ENTITIES:
        raise fail(f"{where}supported_entity must be one of {', '.join(ENTITIES)}")
    classes = package_classes()
    takes_patterns = kind == "custom"
    if kind == "package":
        if name not in classes:
            raise fail(f"{where}no such recognizer class in {PACKAGE}")
        takes_patterns = issubclass(classes[name], PatternRecognizer)
    elif name in classes:
        raise fail(f"{where}a custom recognizer cannot take the name of a class of {PACKAGE}")
    patterns = _patterns(raw.get("patterns"), flags, fail, where) if takes_patterns else ()
    if not takes_patterns and "patterns" in raw:
        raise fail(f"{where}patterns: not a pattern recognizer (it takes a score)")
    score = raw.get("score")
    if takes_patterns and score is not None:
        raise fail(f"{where}score: a pattern recognizer's scores are its patterns'")
    if not takes_patterns and not _is_score(score):
        raise fail(f"{where}score must be a number from 0 to 1")
    return Entry(name, kind, enabled, entity, score, patterns, raw)


def _patterns(listed: object, flags: int, fail: Any, where: str) -> tuple[Pattern, ...]:  # noqa: ANN401
    if not isinstance(listed, list) or not listed:
        raise fail(f"{where}patterns: a pattern recognizer needs a list of patterns")
    patterns = []
    for number, raw in enumerate(listed):
        at = f"{where}patterns[{number}]: "
        if not isinstance(raw, dict):
            raise fail(f"{at}not a mapping of {', '.join(PATTERN_KEYS)}")
        _no_unknown_keys(raw, PATTERN_KEYS, fail, at)
        regex, score = raw.get("regex"), raw.get("score")
        if not isinstance(raw.get("name"), str) or not isinstance(regex, str):
            raise fail(f"{at}needs a name and a regex")
        if not _is_score(score):
            raise fail(f"{at}score must be a number from 0 to 1")
        try:
            re.compile(regex, flags)
        except re.error as error:
            raise fail(f"{at}regex does not compile ({error.msg} at {error.pos})") from None
        patterns.append(Pattern(raw["name"], regex, float(score)))
    return tuple(patterns)


def _is_score(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1


def build_registry(registry_file: RegistryFile) -> RecognizerRegistry:
    """A Presidio ``RecognizerRegistry`` of the enabled recognizers, in the file's order
    (not loaded: ``load()`` is the caller's, as Presidio leaves it to its engine)."""
    enabled = [entry for entry in registry_file.entries if entry.enabled]
    custom = _custom_recognizers(registry_file, [e for e in enabled if e.type == "custom"])
    recognizers: list[EntityRecognizer] = []
    for entry in enabled:
        if entry.type == "custom":
            recognizers.append(custom[entry.name])
            continue
        cls = package_classes()[entry.name]
        if issubclass(cls, PatternRecognizer):
            recognizer = cls(patterns=list(entry.patterns))
        else:
            recognizer = cls(score=entry.score)
        if recognizer.supported_entities != [entry.entity]:
            raise RegistryError(
                f"{registry_file.source}: {entry.name}: supported_entity is "
                f"{entry.entity}, the class finds {', '.join(recognizer.supported_entities)}"
            )
        recognizers.append(recognizer)
    for recognizer in recognizers:
        if isinstance(recognizer, PatternRecognizer):  # as Presidio's loader does
            recognizer.global_regex_flags = registry_file.flags
    return RecognizerRegistry(
        recognizers=recognizers,
        supported_languages=[LANGUAGE],
        global_regex_flags=registry_file.flags,
    )


def _custom_recognizers(
    registry_file: RegistryFile, entries: list[Entry]
) -> dict[str, EntityRecognizer]:
    """Presidio's own loader over the custom entries."""
    if not entries:
        return {}
    configuration = {
        "supported_languages": [LANGUAGE],
        "global_regex_flags": registry_file.flags,
        "recognizers": [dict(entry.raw) for entry in entries],
    }
    try:
        provider = RecognizerRegistryProvider(registry_configuration=configuration)
        built = provider.create_recognizer_registry().recognizers
    except (ValueError, TypeError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise RegistryError(f"{registry_file.source}: Presidio's loader: {first_line}") from None
    return {recognizer.name: recognizer for recognizer in built}
