"""recognizers.yaml: the scrubber's recognizers as the DPO sees and switches them.

- the shipped file lists exactly the recognizer classes of pipelines/scrubbing/recognizers/,
  each enabled, and no recognizer carries context words (nothing reads them);
- switching one off removes exactly what it alone found, on the tuning corpus;
- a custom pattern recognizer in the file is built by Presidio's own loader;
- a bad file fails with one line naming the file and the entry;
- `vkw scrub --recognizers` prints the list.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml
from presidio_analyzer import PatternRecognizer

from benchmarks.scrub_quality import CORPUS
from pipelines.scrubbing.entities import ENTITIES
from pipelines.scrubbing.evaluation import load_corpus
from pipelines.scrubbing.ocr_digits import read_ocr_digits
from pipelines.scrubbing.registry import (
    RECOGNIZERS_FILE,
    RegistryError,
    package_classes,
    read_registry,
)
from pipelines.scrubbing.scrubber import (
    SCORE_THRESHOLD,
    Finding,
    Scrubber,
    after_the_recognizers,
    merge_findings,
    shared_scrubber,
)
from vkw.cli.main import app


def shipped() -> dict:
    text = resources.files("pipelines.scrubbing").joinpath(RECOGNIZERS_FILE).read_text("utf-8")
    return yaml.safe_load(text)


def written(tmp_path: Path, data: object, name: str = "recognizers.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def switched_off(tmp_path: Path, name: str) -> Path:
    data = shipped()
    for entry in data["recognizers"]:
        if entry["name"] == name:
            entry["enabled"] = False
    return written(tmp_path, data)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The tuning corpus and the written-form cases (tests/data/scrub_forms/), which hold
    forms the corpus has not (old account numbers, for one)."""
    forms = Path(__file__).parent / "data" / "scrub_forms"
    cases = [
        case["text"]
        for path in sorted(forms.glob("*.yaml"))
        for group in yaml.safe_load(path.read_text(encoding="utf-8")).values()
        for case in group
    ]
    return [note.text for note in load_corpus(CORPUS)] + cases


def test_the_file_lists_exactly_the_packages_recognizers():
    registry_file = read_registry()
    names = [entry.name for entry in registry_file.entries]
    assert sorted(names) == sorted(package_classes())
    assert len(package_classes()) >= 9
    assert all(entry.type == "package" and entry.enabled for entry in registry_file.entries)
    assert {entry.entity for entry in registry_file.entries} == set(ENTITIES)
    recognizers = shared_scrubber().registry.recognizers
    assert sorted(type(r).__name__ for r in recognizers) == sorted(names)
    assert [r for r in recognizers if r.context] == []


def test_the_files_scores_and_patterns_are_the_ones_used():
    entries = {entry.name: entry for entry in read_registry().entries}
    for recognizer in shared_scrubber().registry.recognizers:
        entry = entries[type(recognizer).__name__]
        if isinstance(recognizer, PatternRecognizer):
            assert [(p.name, p.regex, p.score) for p in recognizer.patterns] == [
                (p.name, p.regex, p.score) for p in entry.patterns
            ]
        else:
            assert recognizer.score == entry.score


# The token tagger's recognizers (recognizers/tagged_tokens.py): learnt from the corpora, they
# find much of what the rules find, so a rule is asked to add something to the other rules
TAGGER = frozenset(name for name in package_classes() if name.startswith("Tagged"))


def _merged(text: str, results: dict[str, list], left_out: set[str]) -> list[Finding]:
    kept = [span for name, spans in results.items() if name not in left_out for span in spans]
    # read as a whole: the names widened, dates of birth beside them, months
    return merge_findings(Finding(*span) for span in after_the_recognizers(text, kept))


@pytest.mark.parametrize("name", sorted(package_classes()))
def test_switching_one_off_removes_exactly_its_findings(tmp_path, texts, name):
    full = shared_scrubber()
    others = [r for r in full.registry.recognizers if type(r).__name__ != name]
    without = Scrubber(switched_off(tmp_path, name))
    assert sorted(type(r).__name__ for r in without.registry.recognizers) == sorted(
        type(r).__name__ for r in others
    )
    changed = 0
    for text in texts:
        read = read_ocr_digits(text)  # as the scrubber reads it: a scan's O for 0 as 0
        results = {
            type(recognizer).__name__: [
                (r.start, r.end, r.entity_type)
                for r in recognizer.analyze(read, list(ENTITIES), None)
                if r.score >= SCORE_THRESHOLD
            ]
            for recognizer in full.registry.recognizers
        }
        found = without.find(text)
        assert found == _merged(read, results, {name})
        if name in TAGGER:
            changed += found != full.find(text)
        else:
            changed += _merged(read, results, TAGGER) != _merged(read, results, TAGGER | {name})
    assert changed > 0  # it finds something on the tuning corpus that the others do not


def test_a_custom_pattern_recognizer_is_built_by_presidios_loader(tmp_path):
    data = shipped()
    data["recognizers"].append(
        {
            "name": "dossier codes",
            "type": "custom",
            "enabled": True,
            "supported_entity": "PERSON",
            "patterns": [{"name": "code", "regex": r"\bQX-\d{4}\b", "score": 0.8}],
        }
    )
    scrubber = Scrubber(written(tmp_path, data))
    (custom,) = [r for r in scrubber.registry.recognizers if r.name == "dossier codes"]
    assert type(custom) is PatternRecognizer
    text = "Dossier QX-1234 werd besproken."
    assert Finding(8, 15, "PERSON") in scrubber.find(text)
    assert shared_scrubber().find(text) == []


def _mutated(change) -> dict:  # noqa: ANN001
    data = copy.deepcopy(shipped())
    change(data)
    return data


def _entry(data: dict, name: str) -> dict:
    return next(e for e in data["recognizers"] if e["name"] == name)


# One key of one entry set to a bad value: (entry, key, value, what the line says).
ENTRY_FAULTS = [
    ("AddressRecognizer", "treshold", 0.5, "(AddressRecognizer): unknown key 'treshold'"),
    ("IbanChecksumRecognizer", "context", ["iban"], "context words are not used"),
    ("AddressRecognizer", "name", "StreetRecognizer", "no such recognizer class"),
    ("AddressRecognizer", "name", "os.system", "(os.system): no such recognizer class"),
    ("AddressRecognizer", "type", "predefined", "type must be one of package, custom"),
    ("AddressRecognizer", "enabled", "no", "enabled must be true or false"),
    ("AddressRecognizer", "supported_entity", "LOCATION", "supported_entity must be one of"),
    ("AddressRecognizer", "score", 7, "score must be a number from 0 to 1"),
    ("AddressRecognizer", "patterns", [], "not a pattern recognizer"),
    ("EmailAddressRecognizer", "patterns", [{"name": "e", "regex": "(a", "score": 1}],
     "regex does not compile"),
]  # fmt: skip
BAD_FILES = {
    f"{name} {key}={value!r}": (
        lambda d, name=name, key=key, value=value: _entry(d, name).update({key: value}),
        expected,
    )
    for name, key, value, expected in ENTRY_FAULTS
}
BAD_FILES.update(
    {
        "unknown top key": (lambda d: d.update(nlp_engine="spacy"), "unknown key 'nlp_engine'"),
        "a recognizer left out": (
            lambda d: d["recognizers"].pop(),
            f"not listed: {shipped()['recognizers'][-1]['name']}",
        ),
        "listed twice": (
            lambda d: d["recognizers"].append(dict(d["recognizers"][0])),
            "listed more than once: NationalNumberRecognizer",
        ),
        "everything disabled": (
            lambda d: [e.update(enabled=False) for e in d["recognizers"]],
            "no recognizer is enabled",
        ),
        "other language": (lambda d: d.update(supported_languages=["en"]), "supported_languages"),
    }
)


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_fails_with_one_line(tmp_path, case):
    change, expected = BAD_FILES[case]
    path = written(tmp_path, _mutated(change), "bad.yaml")
    with pytest.raises(RegistryError) as caught:
        Scrubber(path)
    message = str(caught.value)
    assert message.startswith("bad.yaml: ")
    assert expected in message
    assert "\n" not in message


def test_an_entity_the_class_does_not_find_fails_with_one_line(tmp_path):
    data = _mutated(lambda d: _entry(d, "AddressRecognizer").update(supported_entity="PHONE"))
    with pytest.raises(RegistryError, match=r"^bad.yaml: AddressRecognizer: .* finds ADDRESS$"):
        Scrubber(written(tmp_path, data, "bad.yaml"))


def test_not_yaml_and_a_missing_file_fail_with_one_line(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("recognizers: [\n  - name: x\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"^broken.yaml: not valid YAML \(line \d+\)$"):
        read_registry(broken)
    with pytest.raises(RegistryError, match=r"^absent.yaml: cannot be read"):
        read_registry(tmp_path / "absent.yaml")


def test_vkw_scrub_recognizers_prints_the_list():
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["scrub", "--recognizers"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["recognizer", "type", "entity", "enabled", "score", "patterns"]
    rows = {line.split()[0]: line.split() for line in lines[1:-1]}
    assert sorted(rows) == sorted(package_classes())
    assert rows["AddressRecognizer"][1:5] == ["package", "ADDRESS", "yes", "0.7"]
    assert rows["NationalNumberRecognizer"][4:] == ["-", "rrn", "(0.5)"]
    assert "context words: none" in lines[-1]


def test_vkw_scrub_reads_the_file_named_in_the_environment(tmp_path):
    from typer.testing import CliRunner

    from tests.conftest import environment

    off = switched_off(tmp_path, "AddressRecognizer")
    with environment(VKW_SCRUB_RECOGNIZERS=str(off)):
        listed = CliRunner().invoke(app, ["scrub", "--recognizers"], catch_exceptions=False)
    assert listed.exit_code == 0
    (row,) = [line.split() for line in listed.output.splitlines() if line.startswith("AddressRec")]
    assert row[3] == "no"
    assert str(off) in listed.output.splitlines()[-1]


def test_vkw_scrub_on_a_bad_file_says_one_line_and_exits_2(tmp_path):
    """In a fresh process (as a user runs it: the file is read when the scrubber is built,
    once per process), listing and scrubbing alike."""
    bad = written(tmp_path, _mutated(lambda d: d.update(nlp_engine="spacy")), "bad.yaml")
    line = '{"id": 1, "text": "Lotte woont in de Kerkstraat 12."}\n'
    env = {**os.environ, "VKW_SCRUB_RECOGNIZERS": str(bad), "VKW_HOME": str(tmp_path)}
    for args in (["scrub", "--recognizers"], ["scrub", "--processes", "2"]):
        done = subprocess.run(
            [sys.executable, "-c", "from vkw.cli.main import main; main()", *args],
            input=line, capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr.splitlines() == [
            "vkw scrub: bad.yaml: unknown key 'nlp_engine' (allowed: supported_languages, "
            "global_regex_flags, recognizers)"
        ]


def test_workers_that_build_their_own_scrubber_pass_on_the_files_line(tmp_path):
    """`vkw run` starts the pool's workers before this process builds a scrubber: a bad
    file then reaches the caller as the same one line, not as a broken pool."""
    bad = written(tmp_path, _mutated(lambda d: d["recognizers"].pop()), "bad.yaml")
    code = (
        "from pipelines.scrubbing.scrubber import ScrubberPool\n"
        "with ScrubberPool(2, build_here=False) as pool:\n"
        "    try:\n"
        "        list(pool.scrub(['Lotte woont in de Kerkstraat 12.']))\n"
        "    except ValueError as error:\n"
        "        print(type(error).__name__, error)\n"
    )
    env = {**os.environ, "VKW_SCRUB_RECOGNIZERS": str(bad)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        check=True,
    )  # fmt: skip
    assert done.stdout.splitlines() == [
        "RegistryError bad.yaml: recognizers of pipelines.scrubbing.recognizers not listed: "
        + shipped()["recognizers"][-1]["name"]
    ]
