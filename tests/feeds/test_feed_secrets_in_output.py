"""A private feed's user name, password and key (in its URL) never reach a log line, a
console error, `status`, `/audit`, `feeds list` or a chat reply; only `feeds list
--show-secrets` shows the whole URL, to the operator who asks. The per-feed WARNING of a failed poll quoted the URL whole."""

from __future__ import annotations

import json

from bot.cli import main
from bot.core.feeds.urls import shown_feed_url, without_feed_secrets
from bot.core.models import Feed
from tests.support.command_harness import ADMIN, run

SECRETS = ("alice", "s3cret", "TOPSECRET")


def _private(url: str) -> str:
    return url.replace("http://", "http://alice:s3cret@") + "?apikey=TOPSECRET"


def _leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def test_a_failing_private_feed_keeps_its_credentials_out_of_logs_console_and_status(env, capsys, feed_server):
    feed_server.set_status("/private.xml", 500)
    url = _private(feed_server.url("/private.xml"))
    assert main(["feeds", "add", url]) == 0
    added = capsys.readouterr()
    # The commands' own log handler writes to standard error, which capsys reads.
    assert main(["--log-level", "DEBUG", "poll"]) == 1  # every feed failed
    polled = capsys.readouterr()
    assert main(["poll", "--feed", url]) == 1
    polled_one = capsys.readouterr()
    assert main(["status", "--full"]) == 3
    status = capsys.readouterr()
    assert main(["status"]) == 3
    status_short = capsys.readouterr()
    assert main(["audit"]) == 0
    audit = capsys.readouterr()
    shown = feed_server.url("/private.xml")
    assert f"FAIL  {shown}: HTTP 500" in polled.out
    assert f"FAILING {shown}: 2 failure(s)" in status.out
    assert f"DEBUG bot.pipeline: feed {shown} failed: HTTP 500" in polled.err  # its FAIL line is on stdout
    for text in (added.out, added.err, polled.out, polled.err, polled_one.out, polled_one.err, status.out,
                 status.err, status_short.out, audit.out):
        assert not _leaks(text), text
    # The listing hides them too (and the shipped feeds' queries), saying so; the operator asks for the whole URL (to tell two keys apart).
    assert main(["feeds", "list"]) == 0
    listed = capsys.readouterr()
    assert f"  {shown}  [{shown}]  failing (2x): HTTP 500" in listed.out and not _leaks(listed.out + listed.err)
    assert listed.err == ("pledgewatch: 3 feed URL(s) shown without user name, password, query or fragment; "
                          "`feeds list --show-secrets` shows them whole\n")
    assert main(["feeds", "list", "--show-secrets"]) == 0
    assert url in capsys.readouterr().out
    assert main(["feeds", "remove", url]) == 0
    removed = capsys.readouterr()
    assert main(["feeds", "remove", url]) == 2
    missing = capsys.readouterr()
    for text in (removed.out, missing.err):
        assert not _leaks(text), text


def test_a_refused_feed_url_is_quoted_without_its_credentials(env, capsys):
    for bad in ("http://alice:s3cret@news..example/feed.xml?apikey=TOPSECRET",
                "ftp://alice:s3cret@news.example/feed.xml?apikey=TOPSECRET",
                "http://alice:s3cret@news.example/a feed.xml?apikey=TOPSECRET"):
        assert main(["feeds", "add", bad]) == 2
        err = capsys.readouterr().err
        assert "pledgewatch: error: url:" in err and not _leaks(err), err
    (env / "s.toml").write_text("[[feed]]\nurl = 'https://alice:s3cret@n.example/f?k=TOPSECRET'\n"
                                "[[feed]]\nurl = 'https://alice:s3cret@n.example/f?k=TOPSECRET'\n")
    assert main(["--config", str(env / "s.toml"), "db", "stats"]) == 2
    err = capsys.readouterr().err
    assert "is listed twice" in err and not _leaks(err), err


def test_chat_feed_add_and_audit_replies_keep_the_credentials_out(table, store, clock):
    url = _private("http://news.example/feed.xml")
    replies = [run(table, ADMIN, f"/feed_add {url}"), run(table, ADMIN, f"/feed_add {url}"),
               run(table, ADMIN, "/feed_add http://alice:s3cret@news..example/?k=TOPSECRET"),
               run(table, ADMIN, "/feeds")]
    feed_id = store.list_feeds()[0].id
    # A feed stored with its URL as its name (the default before names were shown without keys).
    store.add_feed(Feed(url=url.replace("feed.xml", "old.xml"), name=url.replace("feed.xml", "old.xml")),
                   clock.now())
    replies.append(run(table, ADMIN, "/status"))
    replies += [run(table, ADMIN, f"/feed_del {feed_id}"), run(table, ADMIN, "/audit feed.")]
    assert "http://news.example/feed.xml" in replies[0] and "feed.add" in replies[-1] and "feed.remove" in replies[-1]
    assert "waiting news.example/old.xml: not polled yet" in replies[-3]  # its short address since stop 64
    for reply in replies:
        assert not _leaks(reply), reply


def test_an_error_message_quoting_the_url_is_scrubbed():
    url = "https://alice:s3cret@news.example/feed?apikey=TOPSECRET"
    assert without_feed_secrets(f"boom at {url}", url) == "boom at https://news.example/feed"
    # The pieces on their own, as a library may quote them (e.g. re-encoded).
    assert not _leaks(without_feed_secrets("GET /feed?apikey=TOPSECRET as alice:s3cret@news.example", url))
    assert without_feed_secrets("HTTP 500", url) == "HTTP 500"
    assert without_feed_secrets("x", "http://[::1") == "x"
    assert shown_feed_url(url) == "https://news.example/feed"


def test_a_hub_that_took_the_feeds_credentials_is_shown_without_them():
    # A relative <link rel="hub" href="/hub"> resolves against the feed's URL, user name
    # and password included; `status` prints the subscription's hub.
    from datetime import datetime, timezone

    from bot.cli.commands.status import describe_websub
    from bot.core.feeds.websub import ACTIVE, WebSubSubscription

    now = datetime(2026, 12, 2, tzinfo=timezone.utc)
    hub = _private("http://news.example/hub")
    for state, expires in ((ACTIVE, now), ("failed", None)):
        line = describe_websub(WebSubSubscription(1, hub, hub, "x", state, now, expires, "hub answered HTTP 500"))
        assert "http://news.example/hub" in line and not _leaks(line), line


def test_stored_articles_listed_by_rule_tests_and_reanalyze_name_their_feed_without_its_key(env, capsys,
                                                                                          feed_server):
    from datetime import datetime, timezone

    from bot.adapters.sqlite_store import SqliteStore
    from bot.core.models import Feed
    from tests.conftest import CLI_DB
    from tests.support.servers import rss

    feed_server.set_feed("/private.xml", rss([{"title": "Zzqqwidget fair opens in Oslo", "link": "https://n.example/z",
                                               "description": "The zzqqwidget makers met again this week."}]))
    url = _private(feed_server.url("/private.xml"))
    store = SqliteStore(env / CLI_DB)
    store.migrate()  # the database (`feeds list` no longer makes one; the next command seeds it)
    store.add_feed(Feed(url=url, name=url), datetime.now(timezone.utc))  # named by its URL: the old default
    store.close()
    assert main(["poll", "--feed", url]) == 0
    capsys.readouterr()
    assert main(["rules", "test", "--stored", "zzqqwidget", "--weight", "5"]) == 0
    tried = capsys.readouterr().out
    assert main(["rules", "add", "misc", "zzqqwidget", "--weight", "5", "--new-topic"]) == 0
    assert main(["reanalyze", "--dry-run"]) == 0
    reanalysed = capsys.readouterr().out
    shown = feed_server.url("/private.xml")
    assert f"[{shown}]" in tried and f"[{shown}]" in reanalysed
    assert not _leaks(tried) and not _leaks(reanalysed), (tried, reanalysed)


def test_audit_entries_written_before_show_no_feed_credentials(env, capsys):
    # Entries of older versions hold the whole URL (feed.add, feed.remove, feed.anomaly).
    from datetime import datetime, timezone

    from bot.adapters.sqlite_store import SqliteStore
    from bot.core.chat.audit_text import audit_chat_line
    from tests.conftest import CLI_DB

    url = _private("http://news.example/feed.xml")
    store = SqliteStore(env / CLI_DB)
    store.migrate()
    now = datetime.now(timezone.utc)
    store.audit("cli", "feed.add", "7", None, {"url": url, "name": "x"}, now)
    store.audit("poller", "feed.anomaly", url, {"site": "a.example"}, {"site": "b.example"}, now)
    rows = store.audit_log(limit=2, action_prefix="feed.")
    store.close()
    capsys.readouterr()
    assert main(["audit", "--action", "feed."]) == 0
    listed = capsys.readouterr().out
    lines = [audit_chat_line(row) for row in rows]
    assert "http://news.example/feed.xml" in listed and all("http://news.example/feed.xml" in line for line in lines)
    assert main(["audit", "--action", "feed.", "--json"]) == 0
    exported = capsys.readouterr().out
    records = [json.loads(line) for line in exported.splitlines()]
    assert records[0]["target"] == "http://news.example/feed.xml"  # the anomaly, newest first
    assert records[1]["after"] == {"url": "http://news.example/feed.xml", "name": "x"}
    for text in (listed, exported, *lines):
        assert not _leaks(text), text
    assert main(["audit", "--action", "feed.", "--json", "--show-secrets"]) == 0  # as stored, when asked
    assert [json.loads(line)["target"] for line in capsys.readouterr().out.splitlines()] == [url, "7"]
