"""What the forkserver of a run imports once for all its steps (no Dagster import here: a
run worker names these before it imports Dagster, so both import at the same time)."""

PRELOADED = [
    "orchestration.lifetime",  # first: the forkserver and its steps die with their parents
    "orchestration.definitions",
    "orchestration.drop_batches",
    "pipelines.scrubbing.scrubber",
]
