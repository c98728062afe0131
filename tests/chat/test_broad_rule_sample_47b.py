"""Stop 47b, from the hostile review: the broad-rule check of /rule_add (bot/rule_admin.py) tried
a new rule on the 300 newest stored articles of the last 3 days across all feeds, so one feed
flooding the database (a broken feed storing its items again at every poll, or a hostile one)
decided alone whether a rule "fires on nearly everything". Now each feed with articles in the
window gives at most its equal share of the sample, its newest (EntryStore.
newest_entries_per_feed_since, by the entries_feed_fetched index of migration 38). Through the
real python-telegram-bot against the loopback Bot API stand-in, over a real store; the texts are
written here. The first test fails before the fix.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Entry, Feed
from bot.rule_admin import BROAD_SAMPLE
from tests.support.telegram_harness import ADMIN, Bot, run


def _store_feed(bot, name: str, count: int, *, word: str, newest: timedelta, spread: timedelta) -> None:
    """`count` articles of one feed fetched over `spread`, the last `newest` ago, each naming `word`."""
    url = f"https://{name}.example/rss"
    feed_id, _ = bot.store.add_feed(Feed(url=url, name=name), bot.clock.now())
    end = bot.clock.now() - newest
    with bot.store.transaction():
        for n in range(count):
            fetched = end - spread * (n / count)
            entry = Entry(feed_url=url, guid=f"{name}-{n}", url=f"https://{name}.example/{n}",
                          title=f"{name} harbour report {n}: {word} convoy reaches port",
                          summary=f"Dock workers unloaded the {word} shipment number {n} for {name}.",
                          published=fetched)
            bot.store.insert_entry(feed_id, entry, None, fetched)


def _rule_add(tmp_path, stub, feeds: list[tuple[str, int, str, timedelta]], expression: str):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for name, count, word, newest in feeds:
                _store_feed(bot, name, count, word=word, newest=newest, spread=timedelta(hours=12))
            before = len(bot.rules.rules())
            answer = (await bot.command(ADMIN, f"/rule_add aid {expression}", user_id=ADMIN, language_code="en"))[-1]
            sample = bot.store.newest_entries_per_feed_since(bot.clock.now() - timedelta(days=3), BROAD_SAMPLE)
            return answer, len(bot.rules.rules()) - before, sample

    return run(go())


def test_one_flooding_feed_does_not_decide_that_a_rule_is_broad(tmp_path, stub):
    # The flood's 400 articles are the newest and all name "quillfern"; five other feeds
    # brought 40 each earlier in the window, none naming it.
    feeds = [("flood", 400, "quillfern", timedelta(minutes=5))]
    feeds += [(f"wire{n}", 40, "copperleaf", timedelta(hours=20 + n)) for n in range(5)]
    answer, added, sample = _rule_add(tmp_path, stub, feeds, "quillfern")
    assert "not saved" not in answer and added == 1, answer
    by_feed = {}
    for row in sample:
        by_feed[row["feed_name"]] = by_feed.get(row["feed_name"], 0) + 1
    share = -(-BROAD_SAMPLE // 6)  # six feeds with articles in the window
    assert by_feed == {"flood": share, **{f"wire{n}": 40 for n in range(5)}}, by_feed
    assert [row["fetched_at"] for row in sample] == sorted(row["fetched_at"] for row in sample)


def test_a_rule_firing_on_every_feeds_articles_is_still_held_back(tmp_path, stub):
    feeds = [("flood", 400, "quillfern", timedelta(minutes=5))]
    feeds += [(f"wire{n}", 40, "quillfern", timedelta(hours=20 + n)) for n in range(5)]
    answer, added, sample = _rule_add(tmp_path, stub, feeds, "quillfern")
    assert answer.startswith(f"Rule not saved: fires on {len(sample)} of the {len(sample)} newest"), answer
    assert added == 0 and len(sample) == -(-BROAD_SAMPLE // 6) + 200


def test_one_feed_alone_still_fills_the_sample_with_its_newest(tmp_path, stub):
    answer, added, sample = _rule_add(tmp_path, stub, [("wire", BROAD_SAMPLE + 60, "quillfern", timedelta(0))],
                                      "quillfern")
    assert answer.startswith(f"Rule not saved: fires on {BROAD_SAMPLE} of the {BROAD_SAMPLE} newest"), answer
    assert [row["guid"] for row in sample] == [f"wire-{n}" for n in reversed(range(BROAD_SAMPLE))]


def test_feeds_with_nothing_in_the_window_take_no_share(tmp_path, stub):
    # Twenty feeds silent for a week: the share is the two active feeds', not 300 / 22.
    feeds = [(f"old{n}", 5, "quillfern", timedelta(days=7)) for n in range(20)]
    feeds += [("wire", 200, "copperleaf", timedelta(hours=1)), ("post", 200, "copperleaf", timedelta(hours=2))]
    _, _, sample = _rule_add(tmp_path, stub, feeds, "copperleaf --force")
    assert len(sample) == BROAD_SAMPLE and {row["feed_name"] for row in sample} == {"wire", "post"}
