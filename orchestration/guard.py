"""Keeps values out of Dagster's event log when a step fails unexpectedly.

An exception from a library may quote the value it choked on (a name, a number from a
drop), and Dagster stores failure messages and tracebacks for good. Steps that touch drop
data raise this instead: the error's type and where, never its message or chain.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from pipelines.violations import DropRejected


class StepFailed(RuntimeError):
    """A step failed; the original message is withheld because it may carry personal data."""


@contextmanager
def values_withheld(step: str, partition: str) -> Iterator[None]:
    try:
        yield
    except DropRejected:
        raise  # already value-free: rule, file, line and column only
    except Exception as error:
        raise StepFailed(
            f"{step} failed for {partition} with {type(error).__name__} "
            "(message withheld: it may quote a value from the drop)"
        ) from None
