"""Prints the scrubber's recall per entity type and the share of non-personal words it
removes, on thirteen labelled corpora of invented Flemish case notes:

- tests/data/scrub_corpus.jsonl, the corpus the rules were tuned on (training-set figures);
- tests/data/scrub_dev.jsonl, a development corpus in twelve voices written by someone who
  never saw the scrubber (tests/data/scrub_dev/README.md), tuned on since issue 19's second
  round (training-set figures too);
- tests/data/scrub_dev2.jsonl and scrub_dev3.jsonl, two more development corpora (16
  voices of hospitals, registers and services' software; 14 voices of police, courts,
  youth aid and families' messages), each written by someone who never saw the scrubber,
  tuned on since issue 19's third round (training-set figures);
- tests/data/scrub_heldout.jsonl, a held-out corpus with other templates and other names
  (tests/data/make_scrub_heldout.py), never used to tune anything;
- tests/data/scrub_heldout2.jsonl, a second held-out corpus in eight other voices (police,
  school, hospital, parents' e-mails, ...) written by someone who never saw the scrubber
  (tests/data/heldout2/README.md), never used to tune anything;
- tests/data/scrub_heldout3.jsonl, a third held-out corpus in 29 voices written blind to
  the scrubber (tests/data/heldout3/README.md), scored once, at the end of issue 19's
  second round, never used to tune anything;
- tests/data/scrub_heldout4.jsonl, a fourth held-out corpus in 30 voices written blind to
  the scrubber and to every other corpus (tests/data/scrub_heldout4/README.md), scored
  once, at the end of issue 19's third round, never used to tune anything;
- tests/data/scrub_heldout5.jsonl, a fifth held-out corpus in 24 voices written blind to
  the scrubber and to every other corpus (tests/data/scrub_heldout5/README.md), scored
  at the start and the end of issue 19's fourth round, never used to tune anything;
- tests/data/scrub_heldout6.jsonl, a sixth held-out corpus in 20 voices written blind to
  the scrubber and to every other corpus (its writer reported counts only), scored at the
  start and the end of issue 19's fifth round, never used to tune anything;
- tests/data/scrub_heldout7.jsonl, a seventh held-out corpus in 27 voices written blind to
  the scrubber and to every other corpus (its writer reported counts only), written at the
  end of issue 19's fifth round, scored at the start and the end of its sixth, never used
  to tune anything;
- tests/data/scrub_heldout8.jsonl, an eighth held-out corpus in 27 voices written blind to
  the scrubber and to every other corpus during issue 19's sixth round (its writer
  reported counts only), scored at its end with the round's start and end code, never
  used to tune anything;
- tests/data/scrub_heldout9.jsonl, a ninth held-out corpus in 28 voices written blind to
  the scrubber and to every other corpus during issue 19's seventh round (its writer
  reported counts only), scored with the round's start and end code, never used to tune
  anything;
- tests/data/scrub_heldout10.jsonl, a tenth held-out corpus in 28 voices written blind to
  the scrubber and to every other corpus during issue 19's eighth round (its writer
  reported counts only), scored with the round's start and end code, never used to tune
  anything;
- tests/data/scrub_heldout11.jsonl, an eleventh held-out corpus in 34 voices written blind
  to the scrubber and to every other corpus during issue 19's tenth round, after the token
  tagger came (its writer reported counts only), scored with the round's start and end
  code, never used to tune anything;
- tests/data/scrub_heldout12.jsonl, a twelfth held-out corpus in 35 voices of four layouts
  or more each, written blind to the scrubber and to every other corpus at the start of
  issue 19's eleventh round (its writer reported counts only), scored with the round's start
  and end code, never used to tune anything;
- tests/data/scrub_heldout13.jsonl to scrub_heldout23.jsonl, the thirteenth to
  twenty-third held-out corpora (29, 29, 27, 34, 31, 33, 31, 31, 33, 31 and 40 voices), each
  written blind to the scrubber and to every other corpus at the start of issue 19's twelfth,
  thirteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth,
  twenty-first, twenty-second and twenty-third rounds (their writers reported counts only),
  scored with their round's start and end code and at later rounds' ends, never used to tune
  anything.

    .venv/bin/python -m benchmarks.scrub_quality [--corpus NAME ...]

Each scoring of a held-out corpus is counted in issue 19's notes: ``--corpus`` scores only
the corpora named (``heldout9``, ``dev``, ``corpus`` for the tuning corpus, ...).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipelines.scrubbing.evaluation import Evaluation, evaluate, load_corpus
from pipelines.scrubbing.scrubber import Scrubber, shared_scrubber

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
CORPUS = DATA / "scrub_corpus.jsonl"
DEV = DATA / "scrub_dev.jsonl"
DEV2 = DATA / "scrub_dev2.jsonl"
DEV3 = DATA / "scrub_dev3.jsonl"
HELDOUT = DATA / "scrub_heldout.jsonl"
HELDOUT2 = DATA / "scrub_heldout2.jsonl"
HELDOUT3 = DATA / "scrub_heldout3.jsonl"
HELDOUT4 = DATA / "scrub_heldout4.jsonl"
HELDOUT5 = DATA / "scrub_heldout5.jsonl"
HELDOUT6 = DATA / "scrub_heldout6.jsonl"
HELDOUT7 = DATA / "scrub_heldout7.jsonl"
HELDOUT8 = DATA / "scrub_heldout8.jsonl"
HELDOUT9 = DATA / "scrub_heldout9.jsonl"
HELDOUT10 = DATA / "scrub_heldout10.jsonl"
HELDOUT11 = DATA / "scrub_heldout11.jsonl"
HELDOUT12 = DATA / "scrub_heldout12.jsonl"
HELDOUT13 = DATA / "scrub_heldout13.jsonl"
HELDOUT14 = DATA / "scrub_heldout14.jsonl"
HELDOUT15 = DATA / "scrub_heldout15.jsonl"
HELDOUT16 = DATA / "scrub_heldout16.jsonl"
HELDOUT17 = DATA / "scrub_heldout17.jsonl"
HELDOUT18 = DATA / "scrub_heldout18.jsonl"
HELDOUT19 = DATA / "scrub_heldout19.jsonl"
HELDOUT20 = DATA / "scrub_heldout20.jsonl"
HELDOUT21 = DATA / "scrub_heldout21.jsonl"
HELDOUT22 = DATA / "scrub_heldout22.jsonl"
HELDOUT23 = DATA / "scrub_heldout23.jsonl"


def scrubber_quality(corpus_path: Path = CORPUS, scrubber: Scrubber | None = None) -> Evaluation:
    corpus = load_corpus(corpus_path)
    scrubber = scrubber or shared_scrubber()
    return evaluate(lambda text: [(f.start, f.end) for f in scrubber.find(text)], corpus)


def main() -> None:
    parser = argparse.ArgumentParser(description="The scrubber's recall on labelled corpora.")
    parser.add_argument(
        "--corpus",
        action="append",
        help="score only this corpus (tests/data/scrub_NAME.jsonl; 'corpus' for the tuning one)",
    )
    chosen = parser.parse_args().corpus
    for title, path in (
        ("tuning corpus (the rules were tuned on it)", CORPUS),
        ("development corpus, twelve voices (the rules were tuned on it)", DEV),
        ("second development corpus, software and services (the rules were tuned on it)", DEV2),
        ("third development corpus, justice and families (the rules were tuned on it)", DEV3),
        ("held-out corpus (never tuned on)", HELDOUT),
        ("second held-out corpus, other voices (never tuned on)", HELDOUT2),
        ("third held-out corpus, 29 voices (never tuned on)", HELDOUT3),
        ("fourth held-out corpus, 30 voices (never tuned on)", HELDOUT4),
        ("fifth held-out corpus, 24 voices (never tuned on)", HELDOUT5),
        ("sixth held-out corpus, 20 voices (never tuned on)", HELDOUT6),
        ("seventh held-out corpus, 27 voices (never tuned on)", HELDOUT7),
        ("eighth held-out corpus, 27 voices (never tuned on)", HELDOUT8),
        ("ninth held-out corpus, 28 voices (never tuned on)", HELDOUT9),
        ("tenth held-out corpus, 28 voices (never tuned on)", HELDOUT10),
        ("eleventh held-out corpus, 34 voices (never tuned on)", HELDOUT11),
        ("twelfth held-out corpus, 35 voices (never tuned on)", HELDOUT12),
        ("thirteenth held-out corpus, 29 voices (never tuned on)", HELDOUT13),
        ("fourteenth held-out corpus, 29 voices (never tuned on)", HELDOUT14),
        ("fifteenth held-out corpus, 27 voices (never tuned on)", HELDOUT15),
        ("sixteenth held-out corpus, 34 voices (never tuned on)", HELDOUT16),
        ("seventeenth held-out corpus, 31 voices (never tuned on)", HELDOUT17),
        ("eighteenth held-out corpus, 33 voices (never tuned on)", HELDOUT18),
        ("nineteenth held-out corpus, 31 voices (never tuned on)", HELDOUT19),
        ("twentieth held-out corpus, 31 voices (never tuned on)", HELDOUT20),
        ("twenty-first held-out corpus, 33 voices (never tuned on)", HELDOUT21),
        ("twenty-second held-out corpus, 31 voices (never tuned on)", HELDOUT22),
        ("twenty-third held-out corpus, 40 voices (never tuned on)", HELDOUT23),
    ):
        if chosen and path.stem.removeprefix("scrub_") not in chosen:
            continue
        result = scrubber_quality(path)
        print(f"{title}: {path.name}")
        print(result.table())
        print()


if __name__ == "__main__":
    main()
