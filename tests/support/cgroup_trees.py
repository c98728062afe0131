"""cgroup file systems written into a test's folder, as bot/cpu_share.py reads them, to
tell what `analysis_workers = "auto"` chooses on a given machine (tests/run)."""

from __future__ import annotations


def cgroup_v2(tmp_path, limits: dict[str, str], path: str = "/kubepods/pod1/box") -> tuple:
    """A cgroup v2 tree with `cpu.max` written in the folders named (relative to the root;
    "" is the root), and the /proc/self/cgroup line that places the process at `path`:
    (the tree's root, that file)."""
    root = tmp_path / "cgroup"
    (root / path.strip("/")).mkdir(parents=True)
    for folder, cpu_max in limits.items():
        (root / folder / "cpu.max").write_text(cpu_max + "\n", encoding="ascii")
    proc = tmp_path / "proc-self-cgroup"
    proc.write_text(f"0::{path}\n", encoding="ascii")
    return root, proc
