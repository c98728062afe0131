"""What a new user met in their first hour from a fresh clone (stop 53), following the README:
each test failed before its fix. Real SQLite files and a real loopback feed server.

- A bad [[feed]] was named `feed[0]`, counted from 0: a person counts the tables of a file
  from 1, or looks for the address.
- `feeds list` gave a last success with its microseconds (`14:11:14.671214+00:00`), where
  `status` gives the same time to the second.
- `pledgewatch chat`'s own notes (the chart written, a line cut, a token set) stayed English
  after `/lang fr`, between replies in French.
- Docker's "mount your own settings": a copy of the shipped pledgewatch.toml mounted alone
  stopped the start on its `feeds = "feeds.toml"`, which only the installed package holds.
"""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, datetime

from bot.cli import main
from bot.config import default_settings_path, load_settings, packaged_file
from tests.support.seed_feed import seed_item
from tests.support.servers import FeedServer, rss


def _session(monkeypatch, capsys, *lines: str, argv: tuple[str, ...] = ()) -> tuple[str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    capsys.readouterr()
    assert main([*argv, "chat"]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_a_bad_feed_is_counted_from_one_and_named_by_its_address(env, capsys):
    (env / "feeds.toml").write_text('[[feed]]\nurl = "https://a.example/rss"\n[[feed]]\nurl = "https://b.example/rss"\n'
                                    '[[feed]]\nurl = "https://c.example/rss"\ninterval = 5\n')
    (env / "mine.toml").write_text('feeds = "feeds.toml"\n[[feed]]\nurl = "ftp://d.example/rss"\n')
    assert main(["--config", str(env / "mine.toml"), "feeds", "list"]) == 2
    err = capsys.readouterr().err
    assert "feeds.toml: feed 3 (https://c.example/rss).interval: must be between 30 and 604800, got 5" in err, err
    (env / "feeds.toml").write_text('[[feed]]\nurl = "https://a.example/rss"\n')
    assert main(["--config", str(env / "mine.toml"), "feeds", "list"]) == 2
    err = capsys.readouterr().err
    assert "settings file " in err and ": feed 1.url: 'ftp://d.example/rss' is not an http" in err, err
    (env / "mine.toml").write_text('feeds = "feeds.toml"\n[[feed]]\nurl = "https://a.example/rss"\n')
    assert main(["--config", str(env / "mine.toml"), "feeds", "list"]) == 2
    err = capsys.readouterr().err
    assert "feed 1.url: https://a.example/rss is listed twice (also as feeds.toml: feed 1)" in err, err


def test_feeds_list_gives_the_last_success_to_the_second_as_status_does(env, capsys):
    (env / "none.toml").write_text("poll_interval = 600\n")  # this feed only, none of the shipped ones
    with FeedServer() as server:
        server.set_feed("/f.xml", rss([seed_item(0, datetime.now(UTC))]))
        assert main(["--config", str(env / "none.toml"), "feeds", "add", server.url("/f.xml")]) == 0
        assert main(["--config", str(env / "none.toml"), "poll"]) == 0
    capsys.readouterr()
    assert main(["--config", str(env / "none.toml"), "feeds", "list"]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"ok, last success \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", listed, re.M), listed


def test_the_chat_sessions_own_notes_speak_the_language_lang_chose(env, capsys, monkeypatch):
    with FeedServer() as server:  # a pledge for /pledges chart to draw
        server.set_feed("/dw.xml", rss([seed_item(0, datetime.now(UTC))], lang="fr"))
        assert main(["feeds", "add", server.url("/dw.xml"), "--name", "DW"]) == 0
        assert main(["poll", "--feed", server.url("/dw.xml")]) == 0
    out, err = _session(monkeypatch, capsys, "/lang fr", "/pledges chart", "x" * 20_000)
    assert "graphique enregistré dans pledges.png" in out and "chart written" not in out, out
    assert "une ligne de plus de 16 384 caractères a été coupée là (une commande en lit 4 096 au plus)" in err, err
    (env / "pledges.png").unlink()
    (env / "pledges.png").mkdir()  # a folder where the file would go
    out, _ = _session(monkeypatch, capsys, "/lang de", "/pledges chart")
    assert "Diagramm nicht gespeichert: pledges.png: " in out, out
    # The language is the console chat's, kept in the database: the next session starts in it.
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456789:AAtesttokentesttokentesttokentestto")
    _, err = _session(monkeypatch, capsys, "/topics")
    assert "Ein Chat-Token ist gesetzt, also benachrichtigt `run` die abonnierten Chats" in err, err
    _, err = _session(monkeypatch, capsys, "/lang en")
    assert "a chat token is set, so `run` alerts the chats that subscribed" not in err  # said in German, before /lang


def test_a_copy_of_the_shipped_settings_mounted_alone_starts_as_in_the_container(env, capsys, monkeypatch):
    # The README's Docker section: mount your own settings and set PLEDGEWATCH_CONFIG.
    config = env / "config"
    config.mkdir()
    (config / "pledgewatch.toml").write_text(default_settings_path().read_text(encoding="utf-8")
                                             .replace("poll_interval = 600", "poll_interval = 900"))
    monkeypatch.setenv("PLEDGEWATCH_CONFIG", str(config / "pledgewatch.toml"))
    assert main(["feeds", "list"]) == 0
    captured = capsys.readouterr()
    shipped = load_settings(default_settings_path())
    assert len(captured.out.splitlines()) == len(shipped.feeds) > 0
    assert str(packaged_file("feeds.toml")) in captured.err  # the note names the file the feeds came from
    assert load_settings().poll_interval == 900  # the mounted file is the one read
