"""Scrubs the same labelled notes, no two equal, with (a) our scrubber, (b) deduce alone
and (c) Presidio with only its predefined recognizers, in one run; prints notes per second
and recall of each.

    .venv/bin/python -m benchmarks.scrub_speed [--notes 4000] [--processes 2] [--rounds 1]

The notes are written by the tuning corpus's generator (tests/data/make_scrub_corpus.py)
with other seeds (``SEEDS``): the same templates filled with other names, numbers,
addresses and dates, so every note has exact gold spans. Repeated texts (the templates
without personal data come out the same every time) are dropped until ``--notes``
distinct notes are left; the distinct count is asserted and printed. Real notes do not
repeat, and a repeated note flatters any cache.

- deduce alone is deduce as its README has it: ``Deduce()`` (default configuration, all
  its annotators) and ``deidentify(text)``, one process;
- Presidio predefined is ``AnalyzerEngine`` with only its predefined recognizers, on a
  blank spaCy pipeline (see ``pipelines.scrubbing.baselines``), one process;
- ours runs once over a pool of worker processes (``--processes``) and once in this
  process alone.

Every finder is built before the clock starts; the build (and, for the pool, the start of
its workers) is printed separately. The notes are cut into ``--slices`` slices (20) and
the finders take turns on each slice, each slice starting with the next finder, so that
on a shared machine all of them see the same load on average; each finder's time is the
sum over the slices. With ``--rounds N`` all this is done N times and the medians are
printed; the load average is printed too. "CPU ms/note" is the CPU time (this process and
the pool's workers, user + system) per note, averaged over the rounds: it depends far less
on what else runs on the machine than notes/s does.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from functools import cache
from types import ModuleType

from benchmarks.scrub_quality import DATA
from pipelines.scrubbing.baselines import deduce_only, presidio_predefined
from pipelines.scrubbing.entities import ENTITIES
from pipelines.scrubbing.evaluation import LabelledNote, Span, evaluate
from pipelines.scrubbing.scrubber import BATCH, Scrubber, ScrubberPool

Spans = list[list[tuple[int, int]]]
# Seeds of the note generator, tried in turn until there are enough distinct notes; none is
# the tuning corpus's own (1712), so these notes are not the corpus the rules were tuned on
# (but they are written from its templates: their recall is a training-set figure).
SEEDS = range(20_261, 20_461)


@cache
def _generator() -> ModuleType:
    # a script in tests/data, not a package: loaded from its file
    path = DATA / "make_scrub_corpus.py"
    spec = importlib.util.spec_from_file_location("make_scrub_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _generated() -> Iterator[LabelledNote]:
    for seed in SEEDS:
        for raw in _generator().build(1000, seed):
            spans = (Span(s["start"], s["end"], s["type"]) for s in raw["spans"])
            yield LabelledNote(
                f"s{seed}-{raw['id']}", raw["text"], tuple(sorted(spans, key=lambda s: s.start))
            )


def distinct_notes(count: int) -> list[LabelledNote]:
    """`count` labelled notes, no two with the same text (deterministic)."""
    notes: dict[str, LabelledNote] = {}
    for note in _generated():
        notes.setdefault(note.text, note)
        if len(notes) == count:
            break
    distinct = list(notes.values())
    assert len(distinct) == count == len({note.text for note in distinct}), "too few seeds"
    return distinct


def _timed(build: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    built = build()
    return built, time.perf_counter() - started


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) of this process and of the given child processes."""
    total = time.process_time()
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:  # no /proc (not Linux): the parent's time only
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=4_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--slices", type=int, default=20)
    parser.add_argument(
        "--per-recognizer",
        action="store_true",
        help="then time each of our recognizers alone on the same notes",
    )
    args = parser.parse_args()
    notes = distinct_notes(args.notes)
    texts = [note.text for note in notes]

    print(f"load average before building: {_load()}")
    deduce_finder, deduce_build = _timed(deduce_only)
    presidio_finder, presidio_build = _timed(presidio_predefined)
    scrubber, scrubber_build = _timed(Scrubber)

    def start_pool() -> ScrubberPool:
        pool = ScrubberPool(args.processes)
        pool.warm()
        return pool

    pool, pool_start = _timed(start_pool)
    runs: dict[str, Callable[[list[str]], Spans]] = {
        f"ours ({args.processes} processes)": lambda part: [
            [(f.start, f.end) for f in s.findings] for s in pool.scrub(part)
        ],
        "ours (1 process)": lambda part: [
            [(f.start, f.end) for f in found] for found in scrubber.find_many(part)
        ],
        "deduce alone": lambda part: [[(s, e) for s, e, _ in deduce_finder(t)] for t in part],
        "presidio predefined": lambda part: [
            [(s, e) for s, e, _ in presidio_finder(t)] for t in part
        ],
    }
    builds = {
        f"ours ({args.processes} processes)": pool_start,
        "ours (1 process)": scrubber_build,
        "deduce alone": deduce_build,
        "presidio predefined": presidio_build,
    }
    size = -(-len(texts) // args.slices)
    parts = [texts[i : i + size] for i in range(0, len(texts), size)]
    names = list(runs)
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    spans: dict[str, Spans] = {name: [] for name in runs}
    cpu = dict.fromkeys(names, 0.0)  # CPU seconds over all rounds, workers included
    workers = pool.worker_pids()
    try:
        for round_number in range(1, args.rounds + 1):
            spent = dict.fromkeys(names, 0.0)
            cpu_before_round = dict(cpu)
            for index, part in enumerate(parts):
                # the finders take turns on each slice, each slice starting with the next
                # finder, so that all of them see the same load on average
                shift = (round_number - 1 + index) % len(names)
                for name in names[shift:] + names[:shift]:
                    cpu_before = _cpu_seconds(workers)
                    started = time.perf_counter()
                    found = runs[name](part)
                    spent[name] += time.perf_counter() - started
                    cpu[name] += _cpu_seconds(workers) - cpu_before
                    if round_number == 1:
                        spans[name].extend(found)
            for name in names:
                seconds[name].append(spent[name])
            if args.rounds > 1:
                rates = ", ".join(
                    f"{name} {len(texts) / spent[name]:.0f} "
                    f"({1000 * (cpu[name] - cpu_before_round[name]) / len(texts):.2f})"
                    for name in names
                )
                load = _load()
                print(f"round {round_number}: notes/s (CPU ms/note) {rates}; load average {load}")
    finally:
        pool.close()
    quality = {}
    for name in names:
        found = dict(zip(texts, spans[name], strict=True))  # same text, same spans
        quality[name] = evaluate(lambda text, found=found: found[text], notes)

    personal = sum(bool(note.spans) for note in notes)
    print(
        f"{len(texts)} notes, {len(set(texts))} distinct, labelled ({personal} with personal "
        f"data), {os.cpu_count()} CPUs"
    )
    what = "median of " + str(args.rounds) + " rounds" if args.rounds > 1 else "one round"
    print(
        f"notes/s and seconds: {what}, finders taking turns over {len(parts)} slices; "
        "build: seconds to build (pool: start workers)"
    )
    header = f"{'scrubber':<24}{'notes/s':>10}{'seconds':>10}{'build':>8}{'recall':>9}"
    print(f"{header}{'words removed':>15}{'CPU ms/note':>13}")
    for name, times in seconds.items():
        median = statistics.median(times)
        cpu_per_note = 1000 * cpu[name] / (len(texts) * args.rounds)
        print(
            f"{name:<24}{len(texts) / median:>10.0f}{median:>10.1f}{builds[name]:>8.1f}"
            f"{quality[name].recall:>9.1%}{quality[name].non_personal_words_removed:>15.2%}"
            f"{cpu_per_note:>13.2f}"
        )
    print(f"load average after: {_load()}")
    print(
        "(the pool's workers are forked from this process, which has built a scrubber "
        "already: in a fresh process, starting the pool also takes the 1-process build)"
    )
    if args.per_recognizer:
        per_recognizer(scrubber, texts, args.rounds)


def per_recognizer(scrubber: Scrubber, texts: list[str], rounds: int) -> None:
    """CPU ms/note of each recognizer's ``analyze`` alone over the notes, and of the
    scrubber's ``find_many`` over batches of BATCH notes (as the pool's workers run it);
    the rest is the runner, the merge and what the recognizers cost each other in the CPU's
    caches. Medians of `rounds`, taking turns."""
    batches = [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]
    timed: dict[str, Callable[[], object]] = {
        type(r).__name__: (lambda r=r: [r.analyze(text, list(ENTITIES), None) for text in texts])
        for r in scrubber.registry.recognizers
    }
    timed["whole find_many"] = lambda: [scrubber.find_many(batch) for batch in batches]
    spent: dict[str, list[float]] = {name: [] for name in timed}
    names = list(timed)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.process_time()
            timed[name]()
            spent[name].append(1000 * (time.process_time() - started) / len(texts))
    medians = {name: statistics.median(values) for name, values in spent.items()}
    whole = medians.pop("whole find_many")
    print(f"per recognizer, CPU ms/note (median of {rounds}), load average {_load()}")
    for name, value in sorted(medians.items(), key=lambda item: -item[1]):
        print(f"  {name:<28}{value:>8.3f}{value / whole:>7.0%}")
    rest = whole - sum(medians.values())
    print(f"  {'the rest':<28}{rest:>8.3f}{rest / whole:>7.0%}")
    print(f"  {'whole find_many':<28}{whole:>8.3f}")


if __name__ == "__main__":
    main()
