"""Learns the token tagger from the labelled corpora and writes it to the scrubber's data:

    .venv/bin/python -m pipelines.scrubbing.tagger.training

The corpora are the tuning corpus and every development corpus (tests/data/scrub_corpus.jsonl,
scrub_dev*.jsonl), never a held-out one. Beside the model (data/token_tagger.crfsuite.xz,
CRFsuite's file compressed: a third of its five megabytes) it writes its manifest
(data/token_tagger.json): each corpus's SHA-256, the trainer's parameters and the stored
model's SHA-256, so that a test sees a corpus changed since the model was learnt. CRFsuite's
L-BFGS is deterministic, and so is xz: the same corpora give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import tempfile
import time
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from pipelines.scrubbing.tagger.features import sequence_features, token_labels, tokens

REPOSITORY = Path(__file__).resolve().parents[3]
CORPORA = REPOSITORY / "tests" / "data"
PARAMETERS = {
    "c1": 0.1,
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
MODEL_NAME, MANIFEST_NAME = "token_tagger.crfsuite.xz", "token_tagger.json"


def training_corpora(folder: Path = CORPORA) -> list[Path]:
    """The tuning corpus and the development corpora, by name; no held-out corpus."""
    corpora = [folder / "scrub_corpus.jsonl", *sorted(folder.glob("scrub_dev*.jsonl"))]
    assert not any("heldout" in path.name for path in corpora)
    return corpora


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def model_path() -> Path:
    return Path(str(resources.files("pipelines.scrubbing.data").joinpath(MODEL_NAME)))


@lru_cache(maxsize=1)
def model_bytes() -> bytes:
    """The stored model as CRFsuite reads it (``Tagger.open_inmemory``), read once."""
    return lzma.decompress(model_path().read_bytes())


def manifest_path() -> Path:
    return Path(str(resources.files("pipelines.scrubbing.data").joinpath(MANIFEST_NAME)))


def train(corpora: list[Path], model: Path) -> dict:
    """Learns a model from `corpora` into the CRFsuite file `model`; its manifest but the
    model's own digest."""
    trainer = pycrfsuite.Trainer(verbose=False)
    notes = 0
    for corpus in corpora:
        for line in corpus.read_text(encoding="utf-8").splitlines():
            note = json.loads(line)
            text = note["text"]
            at = tokens(text)
            if not at:
                continue
            spans = [(s["start"], s["end"], s["type"]) for s in note["spans"]]
            trainer.append(sequence_features(text, at), token_labels(text, spans, at))
            notes += 1
    trainer.set_params(PARAMETERS)
    trainer.train(str(model))
    return {
        "corpora": {corpus.name: digest(corpus) for corpus in corpora},
        "notes": notes,
        "parameters": PARAMETERS,
    }


def store(learnt: Path, model: Path) -> None:
    """The CRFsuite file `learnt`, compressed into `model`."""
    model.write_bytes(lzma.compress(learnt.read_bytes(), preset=9))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    arguments = parser.parse_args()
    started = time.process_time()
    with tempfile.TemporaryDirectory() as folder:
        learnt = Path(folder) / "token_tagger.crfsuite"
        manifest = train(training_corpora(arguments.corpora), learnt)
        store(learnt, model_path())
    manifest["model_sha256"] = digest(model_path())
    manifest_path().write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(
        f"learnt from {manifest['notes']} notes of {len(manifest['corpora'])} corpora in "
        f"{time.process_time() - started:.0f} s CPU: {model_path()}"
    )


if __name__ == "__main__":
    main()
