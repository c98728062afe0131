"""`analysis_workers = "auto"`, the default since stop 40: one analysis worker process when the
bot may use 2 CPUs or more, else none (bot.cpu_share).

Why: measured on an idle 2-core machine at the start of stop 40 (bench_poll_cycle.py --mix
validators --cycles 2, reader in each run), the first cycle of 10,000 new items took 6.7-7.4 s
with the worker against 10.0-11.1 s in a thread (1.27-1.33x reader's against 1.99-2.09x); with
one CPU the worker can only add its start and its pickling. What limits the CPUs is read as
the kernel applies it: the affinity (taskset, --cpuset-cpus) and a cgroup quota (docker
--cpus, a Kubernetes limit; v2 cpu.max or v1 cpu.cfs_quota_us, the lowest along the path),
never os.cpu_count(), which in a container limited to one CPU still counts the host's cores.

The cgroup trees are real folders (tests/support/cgroup_trees.py) written as the kernel
shows them (the quota figures are made up); the affinity is set for real, in a child
process, with os.sched_setaffinity. No text of any article is involved.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import settings_from_dict
from bot.cpu_share import cgroup_cpu_quota, choose_analysis_workers, usable_cpus
from bot.errors import ConfigError
from tests.support.cgroup_trees import cgroup_v2

REPO = Path(__file__).resolve().parents[2]


def test_a_v2_quota_of_one_and_a_half_cpus_counts_as_one_so_auto_starts_no_worker(tmp_path):
    root, proc = cgroup_v2(tmp_path, {"kubepods/pod1/box": "150000 100000"})
    assert cgroup_cpu_quota(root, proc) == 1.5
    cpus, why = usable_cpus(root, proc)
    assert cpus == 1 and "1.5" in why
    choice = choose_analysis_workers("auto", root, proc)
    assert choice.processes == 0
    assert choice.describe().startswith("analysis: in the bot's own process (analysis_workers = \"auto\": ")


def test_a_limit_set_on_a_parent_binds_the_child_and_max_means_none(tmp_path):
    root, proc = cgroup_v2(tmp_path, {"kubepods": "100000 100000", "kubepods/pod1/box": "max 100000"})
    assert cgroup_cpu_quota(root, proc) == 1.0
    root, proc = cgroup_v2(tmp_path / "free", {"": "max 100000", "kubepods/pod1/box": "max 100000"})
    assert cgroup_cpu_quota(root, proc) is None


def test_a_v1_cfs_quota_is_read_and_minus_one_means_none(tmp_path):
    root = tmp_path / "cgroup"
    box = root / "cpu,cpuacct" / "docker" / "abc"
    box.mkdir(parents=True)
    (box / "cpu.cfs_quota_us").write_text("50000\n", encoding="ascii")
    (box / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    (root / "cpu,cpuacct" / "cpu.cfs_quota_us").write_text("-1\n", encoding="ascii")
    (root / "cpu,cpuacct" / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    proc = tmp_path / "proc-self-cgroup"
    proc.write_text("4:memory:/docker/abc\n2:cpu,cpuacct:/docker/abc\n", encoding="ascii")
    assert cgroup_cpu_quota(root, proc) == 0.5
    proc.write_text("2:cpu,cpuacct:/\n", encoding="ascii")
    assert cgroup_cpu_quota(root, proc) is None


def test_no_cgroup_file_system_means_no_quota_known(tmp_path):
    assert cgroup_cpu_quota(tmp_path / "nothing", tmp_path / "no-such-file") is None


def test_a_written_number_is_kept_whatever_the_machine(tmp_path):
    root, proc = cgroup_v2(tmp_path, {"kubepods/pod1/box": "100000 100000"})
    assert choose_analysis_workers(1, root, proc).processes == 1
    assert choose_analysis_workers(0, root, proc).describe() == "analysis: in the bot's own process (analysis_workers = 0)"


CHOICE_WITH_AFFINITY = """
import os, sys, json
from pathlib import Path
os.sched_setaffinity(0, {int(cpu) for cpu in sys.argv[1].split(",")})
from bot.cpu_share import choose_analysis_workers
choice = choose_analysis_workers("auto", Path(sys.argv[2]), Path(sys.argv[3]))
print(json.dumps([choice.processes, choice.describe()]))
"""


def choice_on_cpus(cpus: set[int], tmp_path) -> tuple[int, str]:
    """"auto" decided in a child process whose affinity is `cpus`, without cgroup quota."""
    import json

    result = subprocess.run([sys.executable, "-c", CHOICE_WITH_AFFINITY, ",".join(map(str, sorted(cpus))),
                             str(tmp_path / "no-cgroup"), str(tmp_path / "no-proc")],
                            cwd=REPO, capture_output=True, text=True, timeout=60, check=True)
    processes, described = json.loads(result.stdout)
    return processes, described


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="CPU affinity is Linux's")
def test_a_process_pinned_to_one_cpu_analyses_in_its_own_process(tmp_path):
    processes, described = choice_on_cpus({min(os.sched_getaffinity(0))}, tmp_path)
    assert processes == 0
    assert described == "analysis: in the bot's own process (analysis_workers = \"auto\": 1 CPU usable)"


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="needs CPU affinity and 2 CPUs")
def test_a_process_on_two_cpus_starts_one_worker(tmp_path):
    processes, described = choice_on_cpus(set(sorted(os.sched_getaffinity(0))[:2]), tmp_path)
    assert processes == 1
    assert described == ("analysis: 1 worker process beside the bot for large polls "
                         "(analysis_workers = \"auto\": 2 CPUs usable)")


def test_the_setting_is_auto_by_default_and_takes_a_number_or_auto(tmp_path):
    rules = {"rules": str(REPO / "config" / "rules.toml")}
    assert settings_from_dict(rules, base_dir=tmp_path, environ={}).analysis_workers == "auto"
    assert settings_from_dict(rules | {"analysis_workers": "auto"}, base_dir=tmp_path, environ={}).analysis_workers \
        == "auto"
    assert settings_from_dict(rules | {"analysis_workers": 0}, base_dir=tmp_path, environ={}).analysis_workers == 0
    for wrong in ("two", 9, -1, True):
        with pytest.raises(ConfigError, match=r'^analysis_workers: .*; or "auto": one when the bot may use 2 CPUs'):
            settings_from_dict(rules | {"analysis_workers": wrong}, base_dir=tmp_path, environ={})


def test_run_says_at_start_up_where_polls_are_analysed(tmp_path):
    """The start-up lines of `run` name the choice and its reason (bot/cli/commands/run.py)."""
    from bot.app import App
    from bot.cli.commands.run import describe_setup

    settings = settings_from_dict({"analysis_workers": 0, "database": str(tmp_path / "db.sqlite"), "feeds": ""},
                                  base_dir=tmp_path, environ={})
    app = App(settings)
    try:
        app.prepare()
        lines = describe_setup(app)
    finally:
        app.close()
    assert "analysis: in the bot's own process (analysis_workers = 0)" in lines
