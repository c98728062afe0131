"""What a newcomer ran into when trying every command of the README with bad input:
each now ends in one clear line and loses nothing (real SQLite, real loopback HTTP)."""

from __future__ import annotations

import re

from bot.cli import main
from tests.conftest import CLI_DB, first_run_database


def _rule_expressions(capsys) -> list[str]:
    capsys.readouterr()
    assert main(["rules", "export"]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith("expression = ")]


def test_importing_a_rules_file_without_rules_is_refused_and_changes_nothing(env, capsys):
    # It deleted every rule, and the next command quietly imported the shipped rules into
    # the empty table: an admin's own rules were gone.
    assert main(["rules", "add", "mine", "zzqqxx NEAR/3 @ukraine", "--new-topic"]) == 0
    before = _rule_expressions(capsys)
    (env / "empty.toml").write_text("threshold = 2.0\n")
    (env / "disabled.toml").write_text('[[rule]]\ntopic = "aid"\nexpression = "tank"\nenabled = false\n')
    for name in ("empty.toml", "disabled.toml"):
        capsys.readouterr()
        assert main(["rules", "import", str(env / name)]) == 2
        err = capsys.readouterr().err
        assert "no enabled [[rule]]" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert _rule_expressions(capsys) == before


def test_a_seed_rules_file_without_rules_stops_the_start(env, capsys):
    (env / "empty.toml").write_text("threshold = 2.0\n")
    (env / "settings.toml").write_text('rules = "empty.toml"\n')
    assert main(["--config", str(env / "settings.toml"), "rules", "list"]) == 2
    assert "no enabled [[rule]]" in capsys.readouterr().err


def test_a_broken_seed_rules_file_stops_the_first_start_naming_it_and_making_no_database(env, capsys):
    # "rules: invalid TOML: ... (at line 1, column 12)" and "invalid rule at position 5:
    # rule #1 (aid): ..." named no file: the settings may name one, else the shipped one is read.
    # And the database was made before the seed rules failed: it stayed with no rule at all,
    # so `rules list` showed none and `analyze` found every article irrelevant.
    (env / "broken.toml").write_text("threshold = \n")
    (env / "typo.toml").write_text('threshold = 2.0\n[[rule]]\ntopic = "aid"\nexpression = "tank top"\n')
    for name in ("broken.toml", "typo.toml"):
        settings = ["--config", str(env / "settings.toml")]
        (env / "settings.toml").write_text(f'feeds = ""\nrules = "{name}"\n')
        for command in (["poll"], ["feeds", "add", "https://example.org/rss"], ["rules", "add", "aid", "tank"]):
            capsys.readouterr()
            assert main([*settings, *command]) == 2
            err = capsys.readouterr().err
            assert f"seed rules {env / name}: " in err and len(err.strip().splitlines()) == 1, err
            assert not (env / CLI_DB).exists()
        assert main([*settings, "rules", "list"]) == 2  # the same error, not an empty rule list
        assert f"seed rules {env / name}: " in capsys.readouterr().err


def test_a_language_hint_the_feed_reader_would_drop_is_refused(env, capsys):
    # "english" and "deu" were accepted, then ignored by the parser (it reads two letters).
    for lang in ("english", "deu", "e", "en--"):
        assert main(["feeds", "add", f"https://example.org/{lang}.xml", "--lang", lang]) == 2
        err = capsys.readouterr().err
        assert f"--lang: {lang!r} is not a language code" in err and len(err.strip().splitlines()) == 1
    (env / "settings.toml").write_text('[[feed]]\nurl = "https://example.org/a.xml"\nlang = "german"\n')
    assert main(["--config", str(env / "settings.toml"), "feeds", "list"]) == 2
    assert "feed 1 (https://example.org/a.xml).lang: 'german' is not a language code" in capsys.readouterr().err
    for lang in ("fr", "de-CH", "en_US"):
        assert main(["feeds", "add", f"https://example.org/{lang}.xml", "--lang", lang]) == 0


def test_status_tells_a_feed_not_polled_yet_from_a_healthy_one(env, capsys, feed_server):
    # Both were "ok", the one never polled with "last success never", and "(0 failing)".
    from tests.support.servers import rss

    feed_server.set_feed("/polled.xml", rss([]))
    for path in ("/polled.xml", "/later.xml"):
        assert main(["feeds", "add", feed_server.url(path)]) == 0
    assert main(["poll", "--feed", feed_server.url("/polled.xml")]) == 0
    capsys.readouterr()
    assert main(["status", "--full"]) == 0  # not failing: the exit status is unchanged
    out = capsys.readouterr().out
    assert f"ok      {feed_server.url('/polled.xml')}: last success 20" in out
    # To the second, as people read it (it printed the stored microseconds).
    (polled,) = [line for line in out.splitlines() if "/polled.xml" in line]
    assert re.fullmatch(r".*: last success \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", polled), polled
    assert f"waiting {feed_server.url('/later.xml')}: not polled yet" in out
    assert "never" not in out
    assert f"(0 failing, {out.count('waiting ')} not polled yet)" in out  # the later one and the shipped feeds


def test_ctrl_c_in_the_middle_of_a_poll_says_so_and_loses_nothing(env, feed_server):
    # It ended with exit 130 and not a word, the alert of the feed already stored unseen.
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    from tests.conftest import CLI_DB
    from tests.support.seed_feed import FEB_13, seed_item
    from tests.support.servers import rss

    feed_server.set_feed("/wire.xml", rss([seed_item(0, FEB_13)], lang="fr"))
    feed_server.set_slow_loris("/slow.xml", interval=0.2)
    settings = env / "settings.toml"  # only these two feeds (none of the shipped ones); the deadline far away
    settings.write_text("fetch_timeout = 120\n")
    for path in ("/wire.xml", "/slow.xml"):
        assert main(["--config", str(settings), "feeds", "add", feed_server.url(path)]) == 0
    # A Ctrl-C: SIGINT with its default handler (a shell's background job would ignore it).
    program = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
               "from bot.cli import main; sys.exit(main())")
    proc = subprocess.Popen([sys.executable, "-c", program, "--config", str(settings), "poll"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # until the quick feed's poll has committed
        time.sleep(0.1)
        with sqlite3.connect(env / CLI_DB) as db:
            if db.execute("SELECT count(*) FROM outbox").fetchone()[0]:
                break
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("pledgewatch: interrupted: the feeds polled so far are stored")
    assert "ALERT" not in out

    # Nothing lost: the stored article's alert is printed by the next poll.
    code = subprocess.run([sys.executable, "-m", "bot", "--config", str(settings), "poll", "--feed",
                           feed_server.url("/wire.xml")], check=False, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))
    assert code.returncode == 0, code.stderr
    assert code.stdout.count("ALERT") == 1 and "0 relevant" in code.stdout and "1 feeds polled" in code.stdout


def test_a_bad_rule_is_named_by_its_place_in_the_file_not_as_rule_1(env, capsys):
    # Every rule checked alone was "rule #1": the 3rd of an imported file, rule 5 being edited.
    (env / "three.toml").write_text('[[rule]]\ntopic = "a"\nexpression = "tank"\n[[rule]]\ntopic = "b"\n'
                                    'expression = "gun"\n[[rule]]\ntopic = "c"\nexpression = "@nosuch"\n')
    assert main(["rules", "import", str(env / "three.toml")]) == 2
    assert "three.toml: rule #3 (c): invalid rule at position 0: unknown list @nosuch" in capsys.readouterr().err
    for args in (["rules", "add", "mine", "@nosuch"], ["rules", "edit", "5", "@nosuch"]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "unknown list @nosuch" in err and "rule #1" not in err


def test_rules_test_reads_pasted_text_as_the_poller_reads_feed_text(env, capsys):
    # A soft hyphen inside "Leopard" (as German sites hyphenate) hid it from `rules test`,
    # while the poller, which cleans feed text first, saw it.
    assert main(["rules", "add", "mine", "Leopard NEAR/5 @ukraine", "--new-topic"]) == 0
    capsys.readouterr()
    assert main(["rules", "test", "Leo\u00adpard tanks sent to Ukraine"]) == 0
    out = capsys.readouterr().out
    assert any(line.strip().startswith("+1 mine (rule ") and line.endswith("Leopard, Ukraine")
               for line in out.splitlines()), out
    assert "\u00ad" not in out


def test_a_database_changed_by_a_newer_pledgewatch_is_refused(env, capsys):
    # An older pledgewatch (a rolled-back image) used it without a word.
    import sqlite3

    from tests.conftest import CLI_DB

    first_run_database()
    with sqlite3.connect(env / CLI_DB) as db:
        db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')")
    capsys.readouterr()
    for args in (["status"], ["feeds", "add", "https://example.org/new.xml"]):
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "was changed by a newer pledgewatch (schema version 9999" in err and len(err.strip().splitlines()) == 1
    with sqlite3.connect(env / CLI_DB) as db:
        assert not db.execute("SELECT 1 FROM feeds WHERE url = 'https://example.org/new.xml'").fetchall()


def test_run_with_no_feed_says_how_to_add_one(env):
    # It said "first poll of every feed now" and then nothing, ever.
    from bot.app import App
    from bot.cli.commands.run import describe_setup
    from bot.config import load_settings

    (env / "settings.toml").write_text("poll_interval = 600\n")  # names no feeds file, has no [[feed]]
    app = App(load_settings(env / "settings.toml"))
    try:
        app.prepare()
        feeds_line = next(line for line in describe_setup(app) if line.startswith("feeds: "))
    finally:
        app.close()
    assert feeds_line.startswith("feeds: 0: ") and "nothing to poll: add one with `pledgewatch feeds add URL`" in feeds_line


def test_feeds_add_takes_a_url_pasted_with_blanks_around_it(env, capsys):
    assert main(["feeds", "add", " https://example.org/pasted.xml\n"]) == 0
    assert " added: https://example.org/pasted.xml\n" in capsys.readouterr().out
    assert main(["feeds", "list"]) == 0
    assert "  https://example.org/pasted.xml  [https://example.org/pasted.xml]" in capsys.readouterr().out
    assert main(["feeds", "add", "https://example.org/a b.xml"]) == 2  # a blank inside is still refused


def test_files_saved_with_a_byte_order_mark_are_read(env, capsys):
    # Windows editors start UTF-8 files with one: "invalid TOML (at line 1, column 1)".
    (env / "settings.toml").write_bytes(b"\xef\xbb\xbfpoll_interval = 900\n")
    assert main(["--config", str(env / "settings.toml"), "rules", "list"]) == 0
    (env / "mine.toml").write_bytes(b'\xef\xbb\xbf[[rule]]\ntopic = "aid"\nexpression = "tank"\n')
    assert main(["rules", "import", str(env / "mine.toml")]) == 0
    assert "imported 1 rules" in capsys.readouterr().out


def test_a_settings_file_without_end_is_refused(env, capsys):
    # `--config /dev/zero` read (and grew in memory) for ever.
    assert main(["--config", "/dev/zero", "status"]) == 2
    err = capsys.readouterr().err
    assert "settings file /dev/zero: is a character device" in err and len(err.strip().splitlines()) == 1


def test_web_on_a_database_that_does_not_exist_says_so_and_creates_nothing(env, capsys):
    # It created an empty database and served empty pages, as if nothing had been found.
    from tests.conftest import CLI_DB

    assert main(["web", "--listen", "127.0.0.1:0"]) == 1
    err = capsys.readouterr().err
    assert f"no database at {env / CLI_DB}: nothing to show" in err and len(err.strip().splitlines()) == 1
    assert not (env / CLI_DB).exists()


def test_a_redirect_without_a_location_says_so(env, capsys, feed_server):
    # "HTTP 302 Found" alone, for a feed that redirected nowhere.
    from tests.support.servers import Response

    feed_server.set_route("/moved.xml", lambda request: Response(302, b""))
    settings = env / "settings.toml"  # this feed only, none of the shipped ones
    settings.write_text("poll_interval = 600\n")
    assert main(["--config", str(settings), "feeds", "add", feed_server.url("/moved.xml")]) == 0
    capsys.readouterr()
    assert main(["--config", str(settings), "poll"]) == 1
    assert "HTTP 302 Found (a redirect without a Location to follow)" in capsys.readouterr().out


def test_a_copy_of_the_shipped_settings_alone_reads_the_shipped_feeds_and_rules(env, capsys):
    # "Copy it to start your own", and Docker's "mount your own settings": the copy alone
    # failed with "feeds: file feeds.toml not found", since only the package holds that file.
    from bot.config import default_settings_path, load_settings, packaged_file

    mine = env / "mine.toml"
    mine.write_text(default_settings_path().read_text(encoding="utf-8"))
    settings = load_settings(mine)
    assert settings.feeds_file == packaged_file("feeds.toml") and settings.rules_file == packaged_file("rules.toml")
    assert settings.feeds == load_settings(default_settings_path()).feeds
    # A file of that name beside the settings is the one read.
    (env / "feeds.toml").write_text('[[feed]]\nurl = "https://example.org/own.xml"\n')
    own = load_settings(mine)
    assert own.feeds_file == env / "feeds.toml" and [f.url for f in own.feeds] == ["https://example.org/own.xml"]
    # Another name is looked for beside the settings only, and the error says so.
    mine.write_text('feeds = "my-feeds.toml"\n')
    assert main(["--config", str(mine), "feeds", "list"]) == 2
    err = capsys.readouterr().err
    assert "feeds: file " in err and "my-feeds.toml not found (a name is relative to the settings file's folder)" in err

def test_a_web_page_given_for_a_feed_says_what_to_give_instead(env, capsys, feed_server):
    from tests.support.servers import rss

    page = b"<!DOCTYPE html>\n<html><head><title>News</title></head><body><h1>Latest</h1></body></html>"
    feed_server.set_feed("/", page, content_type="text/html; charset=utf-8")
    feed_server.set_feed("/feed", rss([{"title": "a", "link": "https://example.org/a", "guid": "a"}]),
                         content_type="text/html; charset=utf-8")  # a real feed served as HTML still reads
    settings = env / "settings.toml"  # these feeds only, none of the shipped ones
    settings.write_text("poll_interval = 600\n")
    for path in ("/", "/feed"):
        assert main(["--config", str(settings), "feeds", "add", feed_server.url(path)]) == 0
    capsys.readouterr()
    assert main(["--config", str(settings), "poll"]) == 0
    out = capsys.readouterr().out
    assert f"FAIL  {feed_server.url('/')}: not a feed" in out and "(a web page: give the address of its RSS" in out
    assert f"ok    {feed_server.url('/feed')}: 1 items, 1 new" in out


def test_a_rules_file_of_one_bad_rule_names_it_as_a_longer_file_does(env, capsys, monkeypatch):
    # Only a rule checked alone (`rules add`, `rules edit`) goes unnamed: a settings'
    # rules file holding one rule said "unknown list @nosuch" with no word of which rule,
    # where the same rule second in a file was "rule #2 (c)".
    (env / "one.toml").write_text('[[rule]]\ntopic = "c"\nexpression = "@nosuch"\n')
    (env / "settings.toml").write_text('rules = "one.toml"\n')
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO('{"title": "x"}\n'))
    assert main(["--config", str(env / "settings.toml"), "analyze"]) == 2  # no database: the file is compiled
    assert f"seed rules {env / 'one.toml'}: rule #1 (c): invalid rule at position 0: unknown list @nosuch" in capsys.readouterr().err
