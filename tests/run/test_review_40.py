"""A review of stop 40's analysis_workers = "auto" (bot/cpu_share.py) on odd machines: what a second
pair of eyes tried, written as the cgroup file system shows it (tests/support/cgroup_trees.py's
trees). All passed on their first run: the choice is right on each; no code changed.

Tried: a hybrid host (cgroup v1's cpu controller beside a v2 "0::" line whose folder has no cpu.max);
a container whose /proc/self/cgroup names the host's path while its mount shows its own cgroup at
the root; v1's controllers written "cpuacct,cpu"; cpu.max or cfs values that are no quota (0, a
zero period, words, an empty file); a quota above the affinity (the affinity decides, the quota
is named).
"""

from __future__ import annotations

import pytest

from bot.cpu_share import _affinity_cpus, cgroup_cpu_quota, choose_analysis_workers
from tests.support.cgroup_trees import cgroup_v2


def test_a_hybrid_host_reads_v1s_quota_beside_a_v2_line_without_cpu_max(tmp_path):
    root = tmp_path / "cgroup"
    (root / "cpu,cpuacct" / "box").mkdir(parents=True)
    (root / "cpu,cpuacct" / "box" / "cpu.cfs_quota_us").write_text("50000\n", encoding="ascii")
    (root / "cpu,cpuacct" / "box" / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    (root / "unified" / "box").mkdir(parents=True)
    proc = tmp_path / "proc-self-cgroup"
    proc.write_text("12:cpu,cpuacct:/box\n1:name=systemd:/box\n0::/box\n", encoding="ascii")
    assert cgroup_cpu_quota(root, proc) == 0.5
    assert choose_analysis_workers("auto", root, proc).processes == 0


def test_a_container_that_sees_the_hosts_path_reads_its_own_cgroup_at_the_root(tmp_path):
    root, proc = cgroup_v2(tmp_path, {"": "100000 100000"}, path="/")
    proc.write_text("0::/system.slice/docker-0123abcd.scope\n", encoding="ascii")
    assert cgroup_cpu_quota(root, proc) == 1.0


def test_v1_controllers_written_the_other_way_round(tmp_path):
    root = tmp_path / "cgroup"
    (root / "cpuacct,cpu").mkdir(parents=True)
    (root / "cpuacct,cpu" / "cpu.cfs_quota_us").write_text("300000\n", encoding="ascii")
    (root / "cpuacct,cpu" / "cpu.cfs_period_us").write_text("100000\n", encoding="ascii")
    proc = tmp_path / "proc-self-cgroup"
    proc.write_text("3:cpuacct,cpu:/\n", encoding="ascii")
    assert cgroup_cpu_quota(root, proc) == 3.0


@pytest.mark.parametrize("cpu_max", ["0 100000", "100000 0", "lots 100000", "", "150000", "-1 100000"])
def test_a_cpu_max_that_is_no_quota_is_none(tmp_path, cpu_max):
    root, proc = cgroup_v2(tmp_path, {"kubepods/pod1/box": cpu_max})
    assert cgroup_cpu_quota(root, proc) is None


def test_a_quota_above_the_affinity_leaves_the_affinity_deciding_and_is_named(tmp_path):
    affinity = _affinity_cpus()
    root, proc = cgroup_v2(tmp_path, {"kubepods/pod1/box": f"{(affinity + 2) * 100000} 100000"})
    choice = choose_analysis_workers("auto", root, proc)
    assert choice.processes == (1 if affinity >= 2 else 0)
    assert f"cgroup CPU quota {affinity + 2}" in choice.reason
