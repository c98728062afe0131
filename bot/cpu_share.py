"""How many CPUs this process may use, and so whether `analysis_workers = "auto"` (the
default) starts the analysis worker process.

Measured on an idle 2-core machine (bench/README.md, stop 40), the worker made the first
cycle of 10,000 new items about a third shorter (6.7-7.4 s of wall time against 10.0-11.1 s
in a thread); with one CPU it can only add its start, its own caches and the pickling
(0.4-1.0 s of CPU more in all, measured at stop 38). So "auto" means one worker when the
process may run on at least 2 CPUs, else none. What limits a process:
- its CPU affinity (os.sched_getaffinity: `taskset`, `docker run --cpuset-cpus`);
- a cgroup CPU quota (`docker run --cpus 1.5`, a Kubernetes CPU limit): cgroup v2's
  cpu.max or v1's cpu.cfs_quota_us / cpu.cfs_period_us, the lowest along the process's
  cgroup path. A quota of 1.5 CPUs counts as 1: the worker needs a whole second CPU.
os.cpu_count() is neither: a container limited to one CPU still sees every core of the host.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bot.config.model import AUTO_WORKERS

# CPUs from which "auto" starts one worker: one for the bot, one for the worker.
CPUS_FOR_A_WORKER = 2


@dataclass(frozen=True)
class WorkerChoice:
    """The number of analysis worker processes to start, and why (said at start-up)."""

    processes: int
    reason: str

    def describe(self) -> str:
        where = (f"{self.processes} worker process{'es' if self.processes > 1 else ''} beside the bot for large polls"
                 if self.processes else "in the bot's own process")
        return f"analysis: {where} ({self.reason})"


def choose_analysis_workers(setting: int | str, cgroup_root: Path = Path("/sys/fs/cgroup"),
                            proc_cgroup: Path = Path("/proc/self/cgroup")) -> WorkerChoice:
    """The setting's number as written, or for "auto" 1 when at least CPUS_FOR_A_WORKER
    whole CPUs are usable, else 0."""
    if setting != AUTO_WORKERS:
        return WorkerChoice(int(setting), f"analysis_workers = {setting}")
    cpus, limit = usable_cpus(cgroup_root, proc_cgroup)
    processes = 1 if cpus >= CPUS_FOR_A_WORKER else 0
    return WorkerChoice(processes, f"analysis_workers = \"auto\": {limit}")


def usable_cpus(cgroup_root: Path = Path("/sys/fs/cgroup"),
                proc_cgroup: Path = Path("/proc/self/cgroup")) -> tuple[int, str]:
    """Whole CPUs this process may use, and what set that number, in words."""
    affinity = _affinity_cpus()
    quota = cgroup_cpu_quota(cgroup_root, proc_cgroup)
    if quota is not None and int(quota) < affinity:
        whole = max(1, int(quota))
        return whole, f"a cgroup CPU quota of {quota:g} CPUs (counted as {whole}) on {affinity} usable"
    return affinity, f"{affinity} CPU{'s' if affinity != 1 else ''} usable" + \
        ("" if quota is None else f" (cgroup CPU quota {quota:g})")


def _affinity_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux: what the system says
        return os.cpu_count() or 1


def cgroup_cpu_quota(cgroup_root: Path, proc_cgroup: Path) -> float | None:
    """The lowest CPU quota (in CPUs) along this process's cgroup path, v2 or v1; None
    when there is none, or nothing can be read (no cgroup file system: no quota known)."""
    try:
        lines = proc_cgroup.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return None
    quotas = []
    for line in lines:
        _, controllers, path = (line.split(":", 2) + ["", ""])[:3]
        if controllers == "":  # cgroup v2: "0::/path"
            quotas += [_v2_quota(folder) for folder in _folders(cgroup_root, path)]
        elif "cpu" in controllers.split(","):
            mount = next((cgroup_root / name for name in ("cpu", "cpu,cpuacct", "cpuacct,cpu")
                          if (cgroup_root / name).is_dir()), None)
            if mount is not None:
                quotas += [_v1_quota(folder) for folder in _folders(mount, path)]
    found = [quota for quota in quotas if quota is not None]
    return min(found) if found else None


def _folders(mount: Path, path: str) -> list[Path]:
    """The cgroup's folder and each of its parents up to the mount: a limit set on a parent
    binds its children too."""
    parts = [part for part in path.strip().split("/") if part and part not in (".", "..")]
    return [mount.joinpath(*parts[:depth]) for depth in range(len(parts), -1, -1)]


def _v2_quota(folder: Path) -> float | None:
    """cpu.max: "QUOTA PERIOD" in microseconds, or "max PERIOD" for no limit."""
    fields = _read(folder / "cpu.max").split()
    if len(fields) != 2 or fields[0] == "max":
        return None
    return _ratio(fields[0], fields[1])


def _v1_quota(folder: Path) -> float | None:
    """cpu.cfs_quota_us (-1: no limit) over cpu.cfs_period_us."""
    return _ratio(_read(folder / "cpu.cfs_quota_us"), _read(folder / "cpu.cfs_period_us"))


def _ratio(quota: str, period: str) -> float | None:
    try:
        quota_us, period_us = int(quota), int(period)
    except ValueError:
        return None
    return quota_us / period_us if quota_us > 0 and period_us > 0 else None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""
