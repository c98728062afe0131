"""A private feed's credentials (a user name and password, an API key in the query) are
the operator's: `feeds list --show-secrets` shows them, but nothing that reaches chats, logs or the
public does — an alert's source, `/feeds`, stories, exports, the web tracker's rows
(logs, `status` and errors: tests/feeds/test_feed_secrets_in_output.py). A feed named by
nothing but its URL was shown whole in all of those."""

from __future__ import annotations

import json

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.core.feeds.urls import feed_source_name, shown_feed_url
from tests.conftest import CLI_DB
from tests.support.servers import rss

SECRETS = ("s3cret", "TOPSECRET")
ITEM = {"title": "Norway sends NASAMS air defence systems to Ukraine", "link": "https://n.example/nasams",
        "description": "Oslo will deliver two more NASAMS launchers to Kyiv, the Norwegian defence ministry said."}


def test_a_private_feeds_key_reaches_no_alert_story_export_or_chat(env, capsys, feed_server):
    feed_server.set_feed("/private.xml", rss([ITEM]))
    url = feed_server.url("/private.xml").replace("http://", "http://alice:s3cret@") + "?apikey=TOPSECRET"
    assert main(["feeds", "add", url]) == 0
    assert main(["poll"]) == 0
    alert = capsys.readouterr().out.split("ALERT", 1)[1].split("\n\n", 1)[0]
    assert f"source: {feed_server.url('/private.xml')}" in alert
    shown = []
    for command in (["stories", "--json"], ["pledges", "export", "--format", "json"], ["pledges"]):
        assert main(command) == 0
        shown.append(capsys.readouterr().out)
    assert json.loads(shown[0].splitlines()[0])["sources"][0]["outlet"] == feed_server.url("/private.xml")
    store = SqliteStore(env / CLI_DB)
    sources = [row["source"] for row in store._rows("SELECT source FROM story_sources")]
    store.close()
    assert not any(secret in text for secret in SECRETS for text in [alert, *shown, *sources])

    from bot.core.chat.commands import CommandTable
    from bot.core.chat.services import ChatContext
    from bot.rule_admin import RuleAdmin
    from bot.store_chat_services import StoreChatServices
    from tests.support.fakes import FakeClock

    store = SqliteStore(env / CLI_DB)
    admin = RuleAdmin(store, FakeClock())
    ctx = ChatContext(platform="telegram", chat_id="5", user_id="5", is_admin=False,
                      can_manage_chat=True, lang="en")
    feeds_reply = CommandTable(StoreChatServices(store, admin), FakeClock(), admin.entities).handle(ctx, "feeds", "")
    store.close()
    assert feed_server.url("/private.xml") in feeds_reply.text
    assert not any(secret in feeds_reply.text for secret in SECRETS)
    # The operator sees the whole URL when asking for it.
    assert main(["feeds", "list"]) == 0
    assert not any(secret in capsys.readouterr().out for secret in SECRETS)
    assert main(["feeds", "list", "--show-secrets"]) == 0
    assert url in capsys.readouterr().out


def test_shown_feed_urls():
    assert shown_feed_url("https://u:p@news.example:8443/rss?key=k#x") == "https://news.example:8443/rss"
    assert shown_feed_url("https://[::1]/feed") == "https://[::1]/feed"
    assert shown_feed_url("https://news.example/rss") == "https://news.example/rss"
    # A feed stored earlier with its URL as its name is named by the shown URL.
    assert feed_source_name("https://u:p@n.example/f?k=1", "https://u:p@n.example/f?k=1") == "https://n.example/f"
    assert feed_source_name("Wire", "https://u:p@n.example/f") == "Wire"


def test_sources_stored_with_credentials_before_are_cleaned_when_the_database_is_upgraded(tmp_path, clock):
    from bot.adapters.migrations import MIGRATIONS, migrate
    from bot.core.models import Alert

    path = tmp_path / "old.sqlite"
    old = SqliteStore(path)
    migrate(old.db, [m for m in MIGRATIONS if m[0] < 21])  # a database written by the release before
    private = "https://alice:s3cret@feeds.example/aid.xml?apikey=TOPSECRET"
    # Written as that release wrote it: today's add_feed names columns added since (from_chat).
    feed_id = old.db.execute("INSERT INTO feeds (url, name, lang, interval, added_at) VALUES (?, ?, 'en', 900, ?)",
                             [private, private, clock.now().isoformat()]).lastrowid
    story_id = old.create_story("Norway sends NASAMS", "https://n.example/nasams", clock.now(), None, "{}",
                                ["aid"], 3.0)
    for entry_id, (source, link) in enumerate([
        (private, "https://n.example/nasams"),
        ("Reuters", "https://r.example/nasams?utm=feed"),  # a name, and an article link, stay as they are
    ], start=1):
        old.db.execute("INSERT INTO entries (id, feed_id, guid, url, fetched_at) VALUES (?, ?, ?, ?, '2023-01-01')",
                       [entry_id, feed_id, link, link])
        old.add_story_source(story_id, entry_id, feed_id, source, link, clock.now())
    # ... and its alert, waiting for a chat, names the same two sources.
    alert = Alert(story_id=story_id, title="Norway sends NASAMS", url="https://n.example/nasams", published=None,
                  topics=("aid",), sources=(private, "Reuters"), source_urls=("https://n.example/nasams", "https://r.example/nasams"))
    # Its subscription too, as that release wrote it: today's subscribe names a column added since.
    old.db.execute("INSERT INTO subscriptions (platform, chat_id, topics, active, lang, created_at, updated_at) "
                   "VALUES ('telegram', '42', '[\"aid\"]', 1, 'en', ?, ?)", [clock.now().isoformat()] * 2)
    assert old.enqueue(alert, old.subscriptions(), clock.now()) == 1
    old.close()

    upgraded = SqliteStore(path)
    assert upgraded.migrate() == [v for v, _, _ in MIGRATIONS if v >= 21]
    assert [(s["source"], s["url"]) for s in upgraded.story_sources(story_id)] == [
        ("https://feeds.example/aid.xml", "https://n.example/nasams"),
        ("Reuters", "https://r.example/nasams?utm=feed"),
    ]
    assert upgraded.story_alert(story_id).sources == ("https://feeds.example/aid.xml", "Reuters")
    [waiting] = upgraded.due_outbox("telegram", clock.now())
    assert upgraded.claim_alert(waiting.id, "telegram", "42").sources == ("https://feeds.example/aid.xml", "Reuters")
    upgraded.close()
