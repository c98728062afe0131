"""`pledgewatch reanalyze`: articles polled under other rules are picked out once the
rules change, with a dry run that changes nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.conftest import CLI_DB
from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import rss

REPO = Path(__file__).resolve().parents[2]
OTHER = {"title": "Eurovision: Ukraine picks its song", "link": "https://e.example/song", "guid": "song",
         "description": "The band was chosen by a jury in Kyiv."}


def test_reanalyze_picks_out_what_other_rules_missed_without_alerting(env, capsys, feed_server):
    # A rule set that matches nothing, as a database started with the wrong rules had.
    (env / "none.toml").write_text('threshold = 2.0\n[[rule]]\ntopic = "aid"\nexpression = "zzqqxx"\nweight = 2.0\n')
    assert main(["rules", "import", str(env / "none.toml")]) == 0
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13), OTHER], lang="fr"))
    feed_server.set_feed("/dw.xml", rss([seed_item(1, FEB_13 + timedelta(hours=15))], lang="fr"))
    for path in ("/afp.xml", "/dw.xml"):
        main(["feeds", "add", feed_server.url(path)])
        assert main(["poll", "--feed", feed_server.url(path)]) == 0
    assert main(["rules", "import", str(REPO / "config" / "rules.toml")]) == 0
    capsys.readouterr()

    assert main(["reanalyze", "--dry-run", "--since", "all"]) == 0
    out = capsys.readouterr().out
    assert "match 2 of the 3 stored articles on record; 2 of them were not relevant before" in out
    assert "L'Otan veut accélérer" in out and "dry run: nothing changed" in out
    store = SqliteStore(env / CLI_DB)
    assert store.stats()["relevant_entries"] == 0 and store.stats()["stories"] == 0

    assert main(["reanalyze", "--since", "30d"]) == 0
    out = capsys.readouterr().out
    assert "recorded: 2 article(s) now relevant, 1 new story(ies); no alerts sent" in out
    stats = store.stats()
    assert stats["relevant_entries"] == 2 and stats["stories"] == 1 and stats["pledges"] > 0
    assert sum(stats["outbox_by_state"].values()) == 0  # no alert for old news
    store.close()

    assert main(["reanalyze", "--dry-run"]) == 0  # a second run finds nothing new
    assert "0 of them were not relevant before" in capsys.readouterr().out


@pytest.mark.parametrize("since", ["30", "x5d", "0d", "5q"])
def test_reanalyze_refuses_a_period_it_does_not_understand(env, capsys, since):
    assert main(["reanalyze", "--since", since]) == 2
    assert "--since" in capsys.readouterr().err


def test_a_rule_is_tried_on_stored_articles_before_it_is_added(env, capsys, feed_server):
    from bot.adapters.sqlite_store import SqliteStore as Store
    from bot.core.chat.services import ChatContext

    (env / "none.toml").write_text('threshold = 2.0\n[[rule]]\ntopic = "aid"\nexpression = "zzqqxx"\nweight = 2.0\n')
    assert main(["rules", "import", str(env / "none.toml")]) == 0
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13), OTHER], lang="fr"))
    main(["feeds", "add", feed_server.url("/afp.xml")])
    main(["poll", "--feed", feed_server.url("/afp.xml")])
    capsys.readouterr()
    assert main(["rules", "test", "--stored", "--weight", "2", "@ukraine"]) == 0
    out = capsys.readouterr().out
    assert "fires on 2 of 2 sampled stored articles (the newest of each feed, last 30 days); with it, 2 more would be relevant:" in out
    assert "Eurovision" in out and "Nothing saved" in out
    # The same from chat, for a bot admin; phones turn "--" into a dash, which is accepted too.
    from bot.app import App
    from bot.config import load_settings

    app = App(load_settings(environ={"PLEDGEWATCH_DB": str(env / CLI_DB)}))
    admin_ctx = ChatContext("telegram", "1", "7", is_admin=True, can_manage_chat=True)
    reply = app.command_table().handle(admin_ctx, "rule_test", "\u2014stored livr* NEAR/10 @ukraine")
    app.close()
    assert "fires on 1 of 2 sampled stored articles" in reply.text
    store = Store(env / CLI_DB)
    assert store.rule_count() == 1  # nothing saved
    store.close()
