"""What a newcomer met following the README from a fresh clone (stop 59), now clear.

- `run` started in one folder and `pledgewatch status` typed in another said "no database at
  pledgewatch.db (nothing has run with these settings ...)": false, and silent on the cause,
  the shipped settings' relative path read from the folder each command runs in. The error
  now names that folder and how to reach the database from anywhere, and `run`'s start line
  gives the database's full path.
- A misspelt settings key, command or choice was answered with the list of every allowed
  name (nineteen settings): the near one is now named ("did you mean poll_interval?").

Real CLI through its main function, real SQLite in the test's folders."""

from __future__ import annotations

import pytest

from bot.cli import main
from tests.support.cli_lines import error_line


@pytest.fixture
def two_folders(tmp_path, monkeypatch):
    """The shipped settings (database "pledgewatch.db", relative), no PLEDGEWATCH_DB, and a
    database made by a command run in folder `a`; the test goes on from folder `b`."""
    monkeypatch.delenv("PLEDGEWATCH_DB", raising=False)
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    monkeypatch.chdir(a)
    assert main(["rules", "add", "tanks", "Leopard NEAR/3 Ukraine"]) == 0
    assert (a / "pledgewatch.db").is_file()
    monkeypatch.chdir(b)
    return a, b


@pytest.mark.parametrize("command", [["status"], ["pledges"], ["stories"], ["db", "stats"], ["audit"]])
def test_a_command_run_from_another_folder_names_that_folder_and_how_to_reach_the_database(
        two_folders, capsys, command, monkeypatch):
    a, b = two_folders
    capsys.readouterr()
    assert main(command) == 1
    line = error_line(capsys)
    assert line.startswith(f"pledgewatch: error: no database at pledgewatch.db in the current folder, {b} ")
    assert "run it from the folder `pledgewatch run` ran in, or set PLEDGEWATCH_DB to the database's full path" in line
    assert "nothing has run with these settings;" not in line  # it had, in the other folder
    assert not (b / "pledgewatch.db").exists()
    # The advice works: the full path reaches the database from this folder.
    monkeypatch.setenv("PLEDGEWATCH_DB", str(a / "pledgewatch.db"))
    assert main(command) == 0, capsys.readouterr().err
    assert "no database" not in capsys.readouterr().err


def test_web_from_another_folder_names_that_folder_too(two_folders, capsys):
    _, b = two_folders
    capsys.readouterr()
    assert main(["web", "--listen", "127.0.0.1:0"]) == 1
    line = error_line(capsys)
    assert line.startswith(f"pledgewatch: error: no database at pledgewatch.db in the current folder, {b}: nothing "
                           "to show (")
    assert "set PLEDGEWATCH_DB to its full path" in line and not (b / "pledgewatch.db").exists()


def test_an_absolute_database_path_keeps_the_short_error(env, capsys):
    from tests.conftest import CLI_DB

    assert main(["status"]) == 1
    assert error_line(capsys) == (f"pledgewatch: error: no database at {env / CLI_DB} (nothing has run with these "
                                  "settings; check --config / PLEDGEWATCH_DB, or start `pledgewatch run`, or "
                                  "`pledgewatch demo --db demo.db` then PLEDGEWATCH_DB=demo.db for sample pledges)")


def _start_lines(settings_file):
    from bot.app import App
    from bot.cli.commands.run import describe_setup
    from bot.config import load_settings

    app = App(load_settings(settings_file, environ={}))
    try:
        app.prepare()
        return describe_setup(app)
    finally:
        app.close()


def test_run_s_start_line_gives_a_relative_database_s_full_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "settings.toml").write_text('database = "data/mine.db"\n')
    (line,) = [line for line in _start_lines(tmp_path / "settings.toml") if line.startswith("database: ")]
    assert line == (f"database: data/mine.db, in the current folder {tmp_path} (other commands find it run from "
                    f"this folder, or anywhere with PLEDGEWATCH_DB={tmp_path / 'data' / 'mine.db'})")


def test_run_s_start_line_names_an_absolute_database_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "settings.toml").write_text(f'database = "{tmp_path / "abs.db"}"\n')
    assert f"database: {tmp_path / 'abs.db'}" in _start_lines(tmp_path / "settings.toml")


@pytest.mark.parametrize(("text", "says"), [
    ("poll_intervall = 600\n", "poll_intervall: unknown setting; did you mean poll_interval? (allowed: "),
    ("[telegam]\ntoken = ''\n", "telegam: unknown setting; did you mean telegram? (allowed: "),
    ("[telegram]\ntokn = ''\n",
     "telegram.tokn: unknown setting; did you mean token? (allowed: admins, api_url, token)"),
    ("retention = 30\n", "retention: unknown setting; did you mean retention_days? (allowed: "),
    ("max_feed_byte = 2048\n", "max_feed_byte: unknown setting; did you mean max_feed_bytes? (allowed: "),
])
def test_a_misspelt_setting_is_answered_with_the_one_it_is_near(env, capsys, text, says):
    (env / "s.toml").write_text(text)
    assert main(["--config", str(env / "s.toml"), "feeds", "list"]) == 2
    assert f"pledgewatch: error: settings file {env / 's.toml'}: {says}" in error_line(capsys)


@pytest.mark.parametrize("text", ["colour = 'red'\n", "[web]\nport = 8000\n"])
def test_a_setting_near_none_gets_no_guess(env, capsys, text):
    (env / "s.toml").write_text(text)
    assert main(["--config", str(env / "s.toml"), "feeds", "list"]) == 2
    line = error_line(capsys)
    assert "unknown setting (allowed: " in line and "did you mean" not in line


@pytest.mark.parametrize(("argv", "says"), [
    (["pledge"], "invalid choice: 'pledge' (choose from 'run', "),
    (["rules", "lst"], "invalid choice: 'lst' (choose from 'list', "),
    (["db", "stat"], "invalid choice: 'stat' (choose from 'stats', "),
    (["--log-level", "warn", "status"], "invalid choice: 'WARN' (choose from 'DEBUG', "),
    (["--log-format", "jsn", "status"], "invalid choice: 'jsn' (choose from 'text', 'json')"),
])
def test_a_misspelt_command_or_choice_is_answered_with_the_one_it_is_near(env, capsys, argv, says):
    meant = {"pledge": "pledges", "lst": "list", "stat": "stats", "warn": "WARNING", "jsn": "json"}
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    typo = next(word for word in argv if word in meant)
    assert says in last and last.endswith(f"; did you mean {meant[typo]}?"), last


@pytest.mark.parametrize("argv", [["zzz"], ["st"], ["pledges", "export", "--format", "xls"]])
def test_a_command_or_choice_near_none_gets_no_guess(env, capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "invalid choice" in last and "did you mean" not in last, last


def test_python_m_bot_without_the_dependencies_says_what_to_install_in_one_line():
    # `python -m bot` (the README: "the same as pledgewatch") typed in a clone with the
    # system's Python ended in a 20-line traceback about `re2`. `-S` leaves site-packages,
    # where the dependencies are, off the path: a Python without them, for real.
    import subprocess
    import sys
    from pathlib import Path

    import bot

    repo = Path(bot.__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-S", "-m", "bot", "--version"], cwd=repo, capture_output=True, text=True,
                          env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 1 and done.stdout == "", done
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"pledgewatch: error: this Python ({sys.executable}) does not have pledgewatch's "
                           "dependencies (no module '"), line
    assert line.endswith("and run `.venv/bin/pledgewatch`, or `.venv/bin/python -m bot`"), line


def test_a_database_folder_that_cannot_be_made_says_what_to_do(env, capsys, monkeypatch):
    # "cannot make its folder /sys/pw: Operation not permitted", and no way out named.
    # /sys refuses a new folder to every user, root included.
    monkeypatch.setenv("PLEDGEWATCH_DB", "/sys/pledgewatch-test/data/pw.db")
    assert main(["rules", "add", "tanks", "Leopard NEAR/3 Ukraine"]) == 1
    line = error_line(capsys)
    assert line.startswith("pledgewatch: error: database /sys/pledgewatch-test/data/pw.db: cannot make its folder "
                           "/sys/pledgewatch-test/data: "), line
    assert line.endswith("point PLEDGEWATCH_DB (or the settings' `database`) at a folder this user may write"), line


def test_feeds_list_before_any_database_counts_one_feed_as_one(env, capsys):
    # "these are the 1 feeds the settings (...) would add".
    (env / "s.toml").write_text('[[feed]]\nurl = "https://example.org/a.xml"\n')
    assert main(["--config", str(env / "s.toml"), "feeds", "list"]) == 0
    assert "yet: this is the feed the settings (" in capsys.readouterr().err


@pytest.mark.timeout(180)
def test_a_terminal_that_lacks_some_letters_gets_them_as_escapes_not_a_traceback(tmp_path):
    # Under PYTHONIOENCODING=ascii (or a C locale where Python has no UTF-8 to switch to)
    # `pledges`, `stories` and `rules list` ended in a UnicodeEncodeError traceback at their
    # first "·", "—" or French letter. The shipped rules' French and German words hold some.
    import os
    import subprocess
    import sys
    from pathlib import Path

    import bot

    encoding = "ascii"
    repo = Path(bot.__file__).resolve().parents[1]
    environ = {**os.environ, "PYTHONPATH": str(repo), "PYTHONIOENCODING": encoding,
               "PLEDGEWATCH_DB": str(tmp_path / "none.db")}
    environ.pop("PLEDGEWATCH_CONFIG", None)
    done = subprocess.run([sys.executable, "-m", "bot", "rules", "list"], cwd=tmp_path, capture_output=True,
                          env=environ, timeout=170)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-2000:]
    text = done.stdout.decode(encoding)
    assert "blind\\xe9s" in text  # "blindés", a letter ASCII lacks written as its escape
    assert "threshold 2" in text.splitlines()[-1]  # the whole list was written
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(("listen", "why"), [
    ("localhost", "'localhost' is not host:port: no port (a host alone) (e.g. 127.0.0.1:8000)"),
    ("127.0.0.1:99999", "'127.0.0.1:99999' is not host:port: port 99999 is over 65535 (e.g. 127.0.0.1:8000)"),
    ("8000", "'8000' is not host:port: a port alone, without its host (e.g. 127.0.0.1:8000)"),
])
def test_a_listen_address_says_what_is_wrong_with_it(env, capsys, listen, why):
    # Both got the bare "is not host:port" beside an example that looked like what was typed.
    assert main(["web", "--listen", listen]) == 2
    assert error_line(capsys) == f"pledgewatch: error: --listen: {why}"


@pytest.mark.timeout(240)
def test_the_demo_s_closing_lines_name_the_command_as_it_was_run(tmp_path):
    # The Quick start runs `.venv/bin/pledgewatch demo`; its closing lines said
    # `PLEDGEWATCH_DB=demo.db pledgewatch pledges`, which, pasted where the venv is not on
    # PATH, was "pledgewatch: command not found". A console script as pip writes one.
    import os
    import shlex
    import subprocess
    import sys
    from pathlib import Path

    import bot

    repo = Path(bot.__file__).resolve().parents[1]
    script = tmp_path / ".venv" / "bin" / "pledgewatch"
    script.parent.mkdir(parents=True)
    script.write_text(f"#!{sys.executable}\nimport sys\nfrom bot.launch import main\nsys.exit(main())\n")
    script.chmod(0o755)
    environ = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    environ.update(PYTHONPATH=str(repo), PATH="/usr/bin:/bin")

    def closing_commands(*args: str) -> list[list[str]]:
        done = subprocess.run([".venv/bin/pledgewatch", "demo", *args], cwd=tmp_path, capture_output=True, text=True,
                              env=environ, timeout=200)
        assert done.returncode == 0, done.stderr
        tail = [line for line in done.stdout.splitlines() if "; try: " in line or "browse it: " in line
                or "the database was temporary" in line]
        return [shlex.split(line.split(": ", 1)[1].split(" (", 1)[0].split("`")[-1]) for line in tail]

    assert closing_commands("--db", "demo.db") == [["PLEDGEWATCH_DB=demo.db", ".venv/bin/pledgewatch", "pledges"],
                                                   ["PLEDGEWATCH_DB=demo.db", ".venv/bin/pledgewatch", "web"]]
    # Followed as printed, the first works from where the demo ran.
    done = subprocess.run(["env", "PLEDGEWATCH_DB=demo.db", ".venv/bin/pledgewatch", "pledges"], cwd=tmp_path,
                          capture_output=True, text=True, env=environ, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("Pledges ("), done
    # On PATH, the name alone finds it.
    environ["PATH"] = f"{script.parent}:/usr/bin:/bin"
    done = subprocess.run(["pledgewatch", "demo"], cwd=tmp_path, capture_output=True, text=True, env=environ,
                          timeout=200)
    assert done.returncode == 0 and done.stdout.splitlines()[-1].startswith(
        "the database was temporary: `pledgewatch demo --db demo.db` keeps it"), done.stdout[-500:]


@pytest.mark.parametrize("argv", [["--config", "", "status"], ["status", "--config", " "]])
def test_an_empty_config_option_is_refused_not_read_as_none(env, capsys, argv):
    # `--config "$CONFIG"` with CONFIG unset ran the shipped settings without a word.
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.endswith("error: argument --config: an empty file name; name a settings file, or leave --config out "
                         "for $PLEDGEWATCH_CONFIG, else the shipped settings"), last
