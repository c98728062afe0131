"""Stop 47, review: the demo's closing lines give commands to paste into a shell
(`PLEDGEWATCH_DB=FILE pledgewatch pledges`, `... pledgewatch web`), with the --db path as
typed: a path with a space or a $ made a line that, pasted, ran something else. The path is
now quoted for a shell. The real `pledgewatch demo` in a child process, on loopback."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_demos_closing_commands_name_a_path_with_spaces_as_a_shell_reads_it(tmp_path):
    folder = tmp_path / "my demo $HOME"
    folder.mkdir()
    db = folder / "it's here.db"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    env["PYTHONPATH"] = str(REPO)  # this checkout's bot, not the one the venv installed
    proc = subprocess.run([sys.executable, "-m", "bot", "demo", "--db", str(db)], capture_output=True, text=True,
                          timeout=180, cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    pledges = next(line for line in lines if line.startswith("database kept at "))
    web = next(line for line in lines if "pledgewatch web" in line)
    pasted = [pledges.split("; try: ", 1)[1].split(" (or ", 1)[0], web.split("browse it: ", 1)[1].split(" (it ", 1)[0]]
    assert [shlex.split(command) for command in pasted] == [
        [f"PLEDGEWATCH_DB={db}", "pledgewatch", "pledges"], [f"PLEDGEWATCH_DB={db}", "pledgewatch", "web"]]
