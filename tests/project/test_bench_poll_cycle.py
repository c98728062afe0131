"""bench/bench_poll_cycle.py's --profile DIR: the folder is made before the benchmark runs
(it failed with FileNotFoundError after the whole first cycle when DIR did not exist)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "bench_poll_cycle.py"


def _bench(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPT.parent))  # the script imports its neighbour `common`
    spec = importlib.util.spec_from_file_location("bench_poll_cycle", SCRIPT)
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_poll_cycle", bench)  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    return bench


def test_a_profile_folder_that_cannot_be_made_is_a_usage_error_before_anything_runs(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(SystemExit) as refused:
        _bench(monkeypatch).main(["--side", "pledgewatch", "--profile", str(blocker / "profiles")])
    assert refused.value.code == 2
    assert "--profile: cannot make the folder" in capsys.readouterr().err


@pytest.mark.timeout(120)
def test_profile_reports_go_into_a_folder_made_for_them_or_the_missing_profiler_is_named(tmp_path):
    # pyinstrument is an optional tool, not a project dependency: where it is installed the
    # reports land in the new folder; where it is not, --profile is refused before any poll.
    folder = tmp_path / "not" / "there"
    done = subprocess.run([sys.executable, str(SCRIPT), "--side", "pledgewatch", "--feeds", "3", "--items", "3",
                           "--cycles", "2", "--latency", "0", "--profile", str(folder)],
                          capture_output=True, text=True, timeout=110)
    if importlib.util.find_spec("pyinstrument") is None:
        assert done.returncode == 2 and "--profile needs pyinstrument" in done.stderr, done.stderr[-2000:]
    else:
        assert done.returncode == 0, done.stderr[-2000:]
        assert sorted(p.name for p in folder.iterdir()) == ["pledgewatch-cycle0.txt", "pledgewatch-cycle1.txt"]
