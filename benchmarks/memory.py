"""Peak resident memory, per stage and per child process (Linux).

- Within a process, `reset_peak()` writes 5 to /proc/self/clear_refs, which resets the
  kernel's high-water mark of the resident set (VmHWM, also what ru_maxrss reports);
  `peak_mib()` then reads the peak since that reset. So a stage's peak is its own, not
  the largest of every stage before it. Where the reset is refused, the peak is the
  process's peak so far (cumulative), and `PEAK_IS_PER_STAGE` says so.
- A child process's peak comes from wait4(), which returns the child's own rusage
  (ru_maxrss: the largest resident set of that process; its own reaped children, e.g.
  worker pools, are not in it).
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_CLEAR_REFS = Path("/proc/self/clear_refs")
_STATUS = Path("/proc/self/status")


def _try_reset() -> bool:
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


PEAK_IS_PER_STAGE = _try_reset()


def reset_peak() -> None:
    """Start a new peak: from here on `peak_mib` sees only what comes after."""
    if PEAK_IS_PER_STAGE:
        _try_reset()


def peak_mib() -> float:
    """Peak resident set of this process since the last reset (MiB)."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mib() -> float:
    """Largest resident set of any reaped child of this process (e.g. scrubber workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def machine_busy_seconds() -> float:
    """CPU seconds every core has spent busy since boot (/proc/stat: all but idle and
    iowait). Taken before and after a child process on a quiet machine, the difference
    counts the child and every process it started, also those it did not wait for (the
    forkserver of a Dagster run worker and its steps), which wait4 cannot."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(value) for value in fields]
    idle = ticks[3] + ticks[4]
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _rss_and_parents() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, resident set in MiB) of every process readable now."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = rss = None
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("PPid:"):
                    parent = int(line.split()[1])
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
            if parent is not None:
                found[int(entry.name)] = (parent, rss or 0.0)
        except OSError:
            continue
    return found


class TreeSampler(threading.Thread):
    """Samples, every `interval` seconds, the resident set of a process and all its
    descendants (a run worker's forkserver, its step and the scrubber's workers, which
    wait4 never reaps): the largest single process and the largest sum seen."""

    def __init__(self, root: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak_process_mib = self.peak_total_mib = 0.0
        self._finished = threading.Event()

    def run(self) -> None:
        while not self._finished.wait(self.interval):
            processes = _rss_and_parents()
            tree, frontier = set(), {self.root}
            while frontier:
                tree |= frontier
                frontier = {pid for pid, (parent, _) in processes.items() if parent in frontier}
                frontier -= tree
            sizes = [processes[pid][1] for pid in tree if pid in processes]
            if sizes:
                self.peak_process_mib = max(self.peak_process_mib, max(sizes))
                self.peak_total_mib = max(self.peak_total_mib, sum(sizes))

    def stop(self) -> None:
        self._finished.set()
        self.join()


@dataclass(frozen=True)
class ChildRun:
    returncode: int
    seconds: float
    peak_rss_mib: float  # the child's own ru_maxrss, from wait4
    busy_cpu_seconds: float = 0.0  # the whole machine's, while the child ran
    tree_peak_process_mib: float = 0.0  # the largest process of the child's tree (sampled)
    tree_peak_total_mib: float = 0.0  # the largest sum over the tree (sampled)


def run_child(
    command: Sequence[str], env: Mapping[str, str], cwd: Path, log: Path | None = None
) -> ChildRun:
    """Run a command to completion; its wall time and its own peak resident set."""
    started = time.perf_counter()
    busy_before = machine_busy_seconds()
    output = log.open("wb") if log else None
    try:
        process = subprocess.Popen(
            list(command), env=dict(env), cwd=cwd, stdout=output, stderr=subprocess.STDOUT
        )
        sampler = TreeSampler(process.pid)
        sampler.start()
        # wait4 reaps the child and returns its rusage; tell Popen it has been reaped.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
    finally:
        if output:
            output.close()
    return ChildRun(
        process.returncode,
        time.perf_counter() - started,
        usage.ru_maxrss / 1024,
        machine_busy_seconds() - busy_before,
        sampler.peak_process_mib,
        sampler.peak_total_mib,
    )
