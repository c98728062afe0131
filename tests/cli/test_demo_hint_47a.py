"""Stop 47, review: the demo's closing lines give commands to paste into a shell
(`PLEDGEWATCH_DB=FILE pledgewatch pledges`, `... pledgewatch web`), with the --db path as
typed: a path with a space or a $ made a line that, pasted, ran something else. The path is
now quoted for a shell. The real `pledgewatch demo` in a child process, on loopback."""

from __future__ import annotations

import shlex
import sys

from tests.support.run_process import run_demo


def test_the_demos_closing_commands_name_a_path_with_spaces_as_a_shell_reads_it(tmp_path):
    folder = tmp_path / "my demo $HOME"
    folder.mkdir()
    db = folder / "it's here.db"
    proc = run_demo(db, tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    pledges = next(line for line in lines if line.startswith("database kept at "))
    web = next(line for line in lines if line.startswith("  or browse it: "))
    pasted = [pledges.split("; try: ", 1)[1].split(" (or ", 1)[0], web.split("browse it: ", 1)[1].split(" (it ", 1)[0]]
    # run_demo starts `python -m bot`: the lines name that Python (stop 59: a command that runs as pasted).
    assert [shlex.split(command) for command in pasted] == [
        [f"PLEDGEWATCH_DB={db}", sys.executable, "-m", "bot", "pledges"],
        [f"PLEDGEWATCH_DB={db}", sys.executable, "-m", "bot", "web"]]
