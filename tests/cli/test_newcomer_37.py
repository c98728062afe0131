"""A newcomer's round (stop 37): a fresh clone of the branch, the README followed from the
top as someone who has never seen the project (the two set-up commands; `run` with no
token, stopped with SIGTERM after a round; `demo`; each command of the Command line table
and its `--help`; the chat commands through the command table on the demo's database),
then the mistakes a newcomer makes: a wrong sub-command, a missing file, a bad value in the
settings and in the environment, a database in a folder that cannot be written, a database
from a newer version.

Already right, not redone here (tests/cli/test_newcomer_36.py, test_newcomer_errors.py):
a wrong sub-command or option (argparse's usage and one line, exit 2), a settings file not
there, bad or unknown settings, a bad token or URL in the environment, a read-only or
locked database, one from a newer version: each one line naming the key or variable.

Found, each fixed here and held by a test that failed before:
- `rules diff --help` named the settings' "rules_file", a key no settings file may hold
  (it is `rules`: a settings file with `rules_file` is refused as unknown);
- the README's `run` started a second time without network: every feed still backed off
  from the first start's failures, so none was polled, yet the log said "first poll of every
  feed now" and then nothing until stopped (20 minutes at the shipped interval). The first
  round now closes at once with "no feed due now", the feeds left to their back-off and when
  the next poll is due; a round whose last feed is one of those closes too (it closed only
  after a poll);
- `run` stopped with SIGTERM or Ctrl-C ended on "pledgewatch stopped cleanly": nothing of
  what it had done. Its last line now counts the polls (ok, failed), the new items, the
  relevant ones and the alerts queued since it started (a run of hours said "7201 min" in
  the round's duration: hours are now written as such);
- `db backup` into a folder not made yet said "database X: unable to open database file",
  naming the copy a database; a copy that could not be written was explained as a
  read-only database with "point PLEDGEWATCH_DB at a copy" for advice, and one whose folder
  is a file ended in a traceback (NotADirectoryError) while cleaning up. Each names the
  backup now;
- `rules import mistyped.toml` on a new machine made a database (seed rules and feeds),
  then refused the file with "cannot read: [Errno 2] No such file or directory:
  'mistyped.toml'"; a file that is not UTF-8 gave Python's codec message. The file is read
  and validated before a database is made, and the reason is said in words;
- `poll_interval = 60` appended to the end of a copy of the shipped settings lands in its
  last table, [web], and was refused as "web.poll_interval: unknown setting (allowed:
  listen, public_url)", of a key the README's table lists; a `token` written outside
  [telegram] likewise. A known key in the wrong place is now named with where it goes;
- `--log-level debug` was a usage error ("invalid choice: 'debug'"); the level is taken in
  any case;
- `pledgewatch` typed alone said "the following arguments are required: COMMAND" below a
  usage line reading "COMMAND ...", naming no command; it names them now (and the actions of
  `rules`, `feeds`, `db` typed alone);
- PLEDGEWATCH_DB=notes.txt/pledgewatch.db (a file taken for a folder) said "notes.txt: File
  exists"; it names the database and says notes.txt is a file, not a folder;
- a database SQLite cannot open (a folder this user may not write, a read-only mount, a
  link into a folder that is gone) said "database x.db: unable to open database file"; it
  names the folder and what it must be (tried by hand on a read-only bind mount; the test
  uses the link, as the tests may run as root);
- a cache folder that cannot be used warned "rule cache off: cannot use X ([Errno 20] Not
  a directory: 'X')"; it says the reason in words, what follows and which variable names
  another folder;
- `rules export backup/mine.toml`, `pledges export --out` or `pledges chart --out` into a
  folder not made yet said "No such file or directory" of the file it was to make; it names
  the missing folder;
- `--config my-settings` (the folder, not the file in it) said "cannot read: [Errno 21] Is
  a directory: 'my-settings'"; a settings file saved as UTF-16 gave Python's codec message.
  Both say it in words;
- `status --health` (the container's HEALTHCHECK) counted three `poll_interval`s for every
  feed, while a quiet feed is polled up to four times less often and a feed's own
  `interval` may be longer: a lone hourly feed polled fine 40 minutes ago was "unhealthy".
  Each healthy feed now counts three of its own intervals (the wait to its next poll).
- (follow-up) that last line said "no feed was due, none polled" of a `run` stopped while
  its first polls were still under way (a slow feed, a Ctrl-C a moment after the start):
  every feed was due, none had finished. It says now that it stopped before the first round
  ended (and counts what did finish).

Beside them, tests/project/test_docs.py reads 35 more figures of the README (polling's
rhythm, the web tracker's bounds, Telegram pacing, WebSub renewal, item and link caps)
against the code's constants, the `[[feed]]` `interval` range, and each placeholder of a
Command line row against its --help (those had differed: `--weight W` beside WEIGHT,
`feeds remove ID_OR_URL` beside `feed`, `--out FILE` beside OUT).

No article text: the inputs are commands, settings files and environment values written for
this round. Figures: 17 tests here (30 cases); each failed before its fix (the before runs are
named in the commits), all pass after; the real-set scorers are not touched by this round.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli.parser import build_parser
from bot.config import DISCORD_KEYS, FEED_KEYS, TELEGRAM_KEYS, TOP_LEVEL_KEYS, WEB_KEYS, WEBSUB_KEYS
from bot.core.feeds.poll_report import FirstRound, PollTally
from bot.core.models import PollResult
from tests.support.servers import free_port
from tests.support.run_process import wait_for


def _every_parser(parser: argparse.ArgumentParser, name: str = "pledgewatch"):
    yield name, parser
    for action in parser._actions:  # argparse offers no public walk of sub-commands
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _every_parser(sub, f"{name} {sub_name}")


def test_a_setting_the_help_names_is_one_a_settings_file_may_hold():
    """A snake_case word in `--help` is a setting (poll_interval, retention_days) or a
    category (air_defence); `rules diff --help` named "rules_file", which the settings
    refuse as unknown."""
    from bot.core.pledges.listing.words import CATEGORY_WORDS

    settings = {*TOP_LEVEL_KEYS, *FEED_KEYS, *TELEGRAM_KEYS, *DISCORD_KEYS, *WEBSUB_KEYS, *WEB_KEYS}
    named = {}
    for name, parser in _every_parser(build_parser()):
        for text in [parser.description or "", *(action.help or "" for action in parser._actions)]:
            for word in re.findall(r"\b[a-z]+_[a-z_]+\b", text):
                named.setdefault(word, name)
    assert "poll_interval" in named  # the walk reads the help texts
    unknown = {word: where for word, where in named.items() if word not in settings | set(CATEGORY_WORDS)}
    assert not unknown, f"--help names settings that do not exist: {unknown}"


def _run_until(settings: Path, err: Path, line: str) -> str:
    """`pledgewatch run` as a subprocess with no token, stopped with SIGTERM once its log
    holds `line`; the log of this run."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_DB")}
    start = err.stat().st_size if err.exists() else 0
    with err.open("a") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(settings)], cwd=settings.parent,
                                env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        wait_for(lambda: line in err.read_text(encoding="utf-8")[start:], proc, repr(line), err)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    text = err.read_text(encoding="utf-8")[start:]
    assert code == 0 and "Traceback" not in text, text
    return text


def _two_unreachable_feeds(tmp_path: Path) -> Path:
    port = free_port()
    settings = tmp_path / "mine.toml"
    settings.write_text(f'database = "{(tmp_path / "mine.db").as_posix()}"\n'
                        + "".join(f'[[feed]]\nurl = "http://127.0.0.1:{port}/{name}.xml"\n' for name in "ab"),
                        encoding="utf-8")
    return settings


def test_a_second_start_with_every_feed_backing_off_says_so_and_when_it_polls():
    """The README's first command run twice without network: the second start's feeds all
    back off from the first's failures, so none is polled at once. The log said "first
    poll of every feed now" and then nothing until it was stopped (20 minutes); it now
    closes the round saying that no feed is due, why, and when the next poll is."""
    round_ = FirstRound({1, 2, 3})
    for feed_id in (1, 2, 3):
        round_.not_due(feed_id)
    round_.not_due(1)  # checked again later: still counted once
    now = datetime(2026, 12, 4, 21, 5, tzinfo=UTC)
    assert round_.finished(0.1, now + timedelta(minutes=20), now) == (
        "first round: no feed due now; 3 feed(s) failing since before this start wait out their back-off; "
        "`pledgewatch status` lists each feed's error; next poll due 21:25 UTC (in 20 min)")


def test_run_started_again_without_network_closes_its_first_round(tmp_path):
    settings = _two_unreachable_feeds(tmp_path)
    err = tmp_path / "stderr.log"
    _run_until(settings, err, "first round done: 2 feeds")
    second = _run_until(settings, err, "first round: no feed due now")
    assert re.search(r"first round: no feed due now; 2 feed\(s\) failing since before this start wait out their "
                     r"back-off; `pledgewatch status` lists each feed's error; next poll due \d\d:\d\d UTC", second)


def test_run_stopped_after_its_rounds_says_what_it_did(tmp_path, feed_server):
    """Stopped with SIGTERM (Ctrl-C, `docker stop`), `run` said "pledgewatch stopped
    cleanly" and no more: whether it had polled anything, found anything or alerted, the
    user had to scroll back. Its last line now counts what it did since it started."""
    from tests.support.run_process import write_settings
    from tests.support.seed_feed import FEB_13, seed_item
    from tests.support.servers import rss

    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)], lang="fr"))
    feed_server.set_feed("/dw.xml", rss([seed_item(1, FEB_13)], lang="fr"))
    err = tmp_path / "stderr.log"
    text = _run_until(write_settings(tmp_path, feed_server), err, "first round done: 2 feeds")
    last = text.rstrip().splitlines()[-1]
    # The two seed articles, one story on two feeds: one alert on the console.
    assert re.search(r"INFO bot: pledgewatch stopped cleanly after \d+ s: 2 poll\(s\), 2 ok, 0 failed; "
                     r"2 new item\(s\), 2 relevant, 1 alert\(s\) queued$", last), text
    assert (PollTally(first_round_over=True).stopped(7265)
            == "pledgewatch stopped cleanly after 2 h 1 min: no feed was due, none polled")


def test_run_stopped_before_its_first_round_ended_does_not_say_no_feed_was_due(tmp_path, feed_server):
    """Stopped while its first polls were still running (a slow feed, a Ctrl-C a moment
    after the start), `run` ended on "no feed was due, none polled": every feed was due,
    none had finished. Its last line now says it stopped before the first round ended."""
    from tests.support.run_process import write_settings

    feed_server.set_slow_loris("/afp.xml")
    feed_server.set_slow_loris("/dw.xml")
    settings = write_settings(tmp_path, feed_server)
    err = tmp_path / "stderr.log"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_DB")}
    with err.open("a") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(settings)], cwd=tmp_path,
                                env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        # Both fetches under way (each trickles one byte at a time): the round cannot end.
        wait_for(lambda: feed_server.requests_to("/afp.xml") and feed_server.requests_to("/dw.xml"), proc,
                 "both fetches", err)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    text = err.read_text(encoding="utf-8")
    assert code == 0 and "Traceback" not in text, text
    assert "first round done" not in text, text
    last = text.rstrip().splitlines()[-1]
    assert re.search(r"INFO bot: pledgewatch stopped cleanly after \d+ s, before its first round ended: "
                     r"none polled$", last), text
    assert "no feed was due" not in text, text


def test_the_stop_line_counts_the_polls_done_before_the_first_round_ended():
    tally = PollTally()
    tally.add(PollResult("https://example.org/feed.xml", new_entries=3, matches=1, alerts_queued=1))
    assert tally.stopped(4) == ("pledgewatch stopped cleanly after 4 s, before its first round ended: 1 poll(s), "
                                "1 ok, 0 failed; 3 new item(s), 1 relevant, 1 alert(s) queued")


def test_a_backup_that_cannot_be_written_names_the_backup_not_the_database(env, capsys, store):
    """`db backup` to a folder not made yet said "database no/such/copy.db: unable to open
    database file": the database was fine, and a read-only folder's message sent the
    reader to PLEDGEWATCH_DB. Both name the backup now."""
    from bot.cli import main
    from bot.errors import StoreError
    from tests.conftest import first_run_database

    first_run_database()
    capsys.readouterr()
    assert main(["db", "backup", str(env / "no" / "such" / "copy.db")]) == 1
    err = capsys.readouterr().err
    assert err == (f"pledgewatch: error: backup {env / 'no' / 'such' / 'copy.db'}: no folder {env / 'no' / 'such'} "
                   "to write it in; make it first, or name a file in an existing folder\n")
    (env / "a-file").write_text("")  # a "folder" that is a file: SQLite cannot open the copy
    with pytest.raises(StoreError) as refused:
        store.backup(env / "a-file" / "copy.db")
    assert str(refused.value).startswith(f"backup {env / 'a-file' / 'copy.db'}: cannot write it: ")
    assert "PLEDGEWATCH_DB" not in str(refused.value)


@pytest.mark.parametrize("name, text, words", [
    ("mistyped.toml", None, "mistyped.toml: cannot read: No such file or directory"),
    ("latin1.toml", "threshold = 2.0\n# d\xe9fense\n".encode("latin-1"), "latin1.toml: cannot read: not UTF-8 text"),
    ("broken.toml", b'threshold = 2.0\n[[rule]]\ntopic = "aid"\nexpression = "tank NEAR/"\n', "broken.toml"),
])
def test_rules_import_of_a_file_that_fails_creates_no_database(env, capsys, name, text, words):
    """A newcomer's first `rules import` with a mistyped name made a database (the seed
    rules and feeds), then refused the file with "[Errno 2] No such file or directory:
    'mistyped.toml'". The file is read and checked first: one line, exit 2, no database."""
    from bot.cli import main
    from tests.conftest import CLI_DB

    if text is not None:
        (env / name).write_bytes(text)
    assert main(["rules", "import", name]) == 2
    err = capsys.readouterr().err
    assert words in err and "[Errno" not in err and len(err.strip().splitlines()) == 1, err
    assert not (env / CLI_DB).exists()


@pytest.mark.parametrize("text, says", [
    # Appended at the end of a copy of the shipped settings, whose last table is [web].
    ('[web]\nlisten = ""\npoll_interval = 60\n',
     "web.poll_interval: unknown setting (allowed: listen, public_url); poll_interval is a top-level setting: in "
     "TOML a key below a [table] header belongs to that table, so write it above the file's first [table]"),
    ('[[feed]]\nurl = "https://example.org/feed.xml"\nretention_days = 7\n',
     "feed 1.retention_days: unknown setting (allowed: interval, lang, name, url); retention_days is a top-level"),
    ('token = "123456789:AAexample"\n', "token: unknown setting (allowed: analysis_workers, chat_feed_addresses, "),
    ('listen = "127.0.0.1:8000"\n', "; listen belongs in [websub] or [web]"),
])
def test_a_known_key_in_the_wrong_place_is_named_with_where_it_belongs(env, capsys, text, says):
    """A setting the README lists, refused as "unknown" because TOML put it in the table
    above it (or it was written outside its table), is named with where it goes."""
    from bot.cli import main

    (env / "mine.toml").write_text(text, encoding="utf-8")
    assert main(["--config", "mine.toml", "status"]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1, err
    if text.startswith("token"):
        assert err.rstrip().endswith("; token belongs in [telegram] or [discord]"), err


@pytest.mark.parametrize("argv", [["--log-level", "debug", "rules", "list"],
                                  ["rules", "list", "--log-level", "Warning"]])
def test_the_log_level_is_taken_in_any_case(env, capsys, argv):
    """`--log-level debug` (as many tools write it) was a usage error: "invalid choice:
    'debug' (choose from 'DEBUG', ...)"."""
    from bot.cli import main

    assert main(argv) == 0
    assert "invalid choice" not in capsys.readouterr().err


def _feed_polled(db: Path, *, ago: timedelta, next_in: timedelta, failures: int = 0) -> None:
    """The one feed's state as a poll `ago` left it, next due `next_in` from now."""
    import sqlite3

    now = datetime.now(UTC)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE feeds SET last_polled = ?, last_success = ?, failures = ?, next_poll = ?",
                     [(now - ago).isoformat(), (now - ago).isoformat(), failures, (now + next_in).isoformat()])


def test_a_feed_polled_less_often_than_poll_interval_keeps_the_container_healthy(env, capsys):
    """`status --health` counted three `poll_interval`s (30 min) for every feed. A lone feed
    with `interval = 3600` (or one quiet for a while, polled up to four times less often)
    succeeded 40 minutes ago and is due in 20: unhealthy, and Docker restarted a bot doing
    its job. Each feed now counts three of its own intervals; a feed whose next poll is long
    overdue (the poller stuck) or that is failing still makes it unhealthy."""
    from bot.cli import main
    from tests.conftest import CLI_DB

    (env / "mine.toml").write_text('[[feed]]\nurl = "https://example.org/hourly.xml"\ninterval = 3600\n',
                                   encoding="utf-8")
    assert main(["--config", "mine.toml", "feeds", "add", "https://example.org/hourly.xml"]) == 0  # the database
    capsys.readouterr()
    _feed_polled(env / CLI_DB, ago=timedelta(minutes=40), next_in=timedelta(minutes=20))
    assert main(["--config", "mine.toml", "status", "--health"]) == 0, capsys.readouterr().out
    _feed_polled(env / CLI_DB, ago=timedelta(hours=4), next_in=-timedelta(hours=3))  # stuck: 3 h overdue
    assert main(["--config", "mine.toml", "status", "--health"]) == 1
    _feed_polled(env / CLI_DB, ago=timedelta(minutes=40), next_in=timedelta(hours=5), failures=3)  # backing off
    assert main(["--config", "mine.toml", "status", "--health"]) == 1
    assert capsys.readouterr().out.splitlines()[-1].startswith(
        "unhealthy: no feed polled successfully within 3 of its poll intervals (at least 1800 s; last success: ")


@pytest.mark.parametrize("argv, names", [
    ([], "no command given: one of run, demo, poll, analyze, reanalyze, rules, feeds, pledges, web, stories, chat, db, "
         "status, audit (`pledgewatch --help` says what each does)"),
    (["rules"], "no action given: one of list, add, edit, remove, undo, test, import, export, diff "
                "(`pledgewatch rules --help` says what each does)"),
    (["feeds"], "no action given: one of list, add, remove (`pledgewatch feeds --help` says what each does)"),
])
def test_a_command_typed_alone_names_what_may_follow(env, capsys, argv, names):
    """`pledgewatch` typed alone, as a newcomer's first try, said "the following arguments
    are required: COMMAND" below a usage line reading "COMMAND ...": not one command named."""
    from bot.cli import main

    with pytest.raises(SystemExit) as stopped:  # argparse refuses by exiting
        main(argv)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].endswith(f"error: {names}")


@pytest.mark.parametrize("command", [["run"], ["rules", "add", "tanks", "tank"],
                                     ["feeds", "add", "https://example.org/f.xml"]])
def test_a_database_under_a_file_names_the_database_and_the_file(env, capsys, monkeypatch, command):
    """PLEDGEWATCH_DB=notes.txt/pledgewatch.db (a file taken for a folder) said "notes.txt:
    File exists", naming neither the database nor what was wrong with notes.txt."""
    from bot.cli import main

    (env / "notes.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("PLEDGEWATCH_DB", str(env / "notes.txt" / "data" / "pledgewatch.db"))
    assert main(command) == 1
    assert capsys.readouterr().err == (
        f"pledgewatch: error: database {env / 'notes.txt' / 'data' / 'pledgewatch.db'}: {env / 'notes.txt'} is a "
        "file, not a folder; name a database in a folder\n")


def test_a_database_sqlite_cannot_open_says_what_to_check(env, capsys, monkeypatch):
    """"database x.db: unable to open database file" is SQLite's whole answer for a folder
    this user may not write (a volume owned by root, a read-only mount: not tried here,
    where the tests may run as root, who writes anywhere) or a link into a folder that is
    gone. It now names the folder and what it must be."""
    from bot.cli import main

    (env / "pledgewatch.db").symlink_to(env / "gone" / "pledgewatch.db")
    monkeypatch.setenv("PLEDGEWATCH_DB", str(env / "pledgewatch.db"))
    assert main(["run"]) == 1
    assert capsys.readouterr().err == (
        f"pledgewatch: error: database {env / 'pledgewatch.db'}: SQLite cannot open or create it (unable to open "
        f"database file): the folder {(env / 'gone').resolve()} must exist and be writable by this user (SQLite "
        "writes -wal and -shm files beside the database), or point PLEDGEWATCH_DB elsewhere\n")


def test_a_cache_folder_that_cannot_be_used_says_so_in_words_and_names_the_variable(env, capsys, monkeypatch):
    """"rule cache off: cannot use X ([Errno 20] Not a directory: 'X')": Python's error
    format, and nothing on what follows or which variable chose the folder."""
    from bot.cli import main

    (env / "not-a-folder").write_text("")
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", str(env / "not-a-folder" / "cache"))
    assert main(["rules", "test", "Germany sends Patriot air defence systems to Ukraine"]) == 0
    (warning,) = [line for line in capsys.readouterr().err.splitlines() if "rule cache off" in line]
    assert f"rule cache off: cannot use {env / 'not-a-folder' / 'cache'}" in warning and "[Errno" not in warning
    assert warning.endswith(" (Not a directory); words are lemmatised as they come (slower); "
                            "PLEDGEWATCH_CACHE_DIR names another folder"), warning


@pytest.mark.parametrize("argv", [["rules", "export", "{missing}/mine.toml"],
                                  ["pledges", "export", "--out", "{missing}/pledges.csv"],
                                  ["pledges", "chart", "--out", "{missing}/pledges.png"]])
def test_a_file_to_write_in_a_folder_not_made_yet_names_the_folder(env, capsys, argv):
    """`rules export backup/mine.toml` before `backup/` exists said "backup/mine.toml: No
    such file or directory", of the very file it was asked to make."""
    from bot.cli import main
    from tests.conftest import first_run_database

    first_run_database()
    capsys.readouterr()
    missing = env / "backup"
    assert main([word.format(missing=missing) for word in argv]) == 1
    assert capsys.readouterr().err.endswith(f": no such folder: {missing}\n")


@pytest.mark.parametrize("name, make, says", [
    ("my-settings", lambda path: path.mkdir(), "settings file my-settings: is a folder; name a file in it"),
    ("utf16.toml", lambda path: path.write_bytes("poll_interval = 600\n".encode("utf-16")),
     "settings file utf16.toml: cannot read: not UTF-8 text (invalid start byte at byte 0); save it as UTF-8"),
])
def test_a_settings_file_that_cannot_be_read_says_why_in_words(env, capsys, name, make, says):
    """`--config my-settings` (the folder holding the settings) said "cannot read: [Errno 21]
    Is a directory: 'my-settings'"; a file saved as UTF-16 gave Python's codec message."""
    from bot.cli import main

    make(env / name)
    assert main(["--config", name, "status"]) == 2
    assert capsys.readouterr().err == f"pledgewatch: error: {says}\n"
