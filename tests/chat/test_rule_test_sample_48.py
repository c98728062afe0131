"""Stop 48, hostile: `/rule_test --stored EXPRESSION` tried a rule on the newest stored articles of
all feeds (up to STORED_TEST_LIMIT), so one feed flooding the database (a broken feed storing its
items again at every poll, or a hostile one) filled the sample alone, and an admin was told a rule
fires on nothing when every other feed's articles name its word. Stop 47b made /rule_add's broad
check sample each feed's newest, an equal share each; /rule_test --stored now reads the same
sample, by the same helper (RuleAdmin._newest_of_each_feed). Through the real
python-telegram-bot against the loopback Bot API stand-in, over a real store; the texts are
written here. The first test fails before the fix. The answer says what the sample is (the newest
of each feed), no longer "of the last N stored articles" (review reread48h): both fail on hostile48
by that wording.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Entry, Feed
from bot.rule_admin import STORED_TEST_LIMIT
from tests.support.telegram_harness import ADMIN, Bot, run


def _store_feed(bot, name: str, count: int, *, word: str, newest: timedelta) -> None:
    """`count` articles of one feed fetched a minute apart, the last `newest` ago, each naming `word`."""
    url = f"https://{name}.example/rss"
    feed_id, _ = bot.store.add_feed(Feed(url=url, name=name), bot.clock.now())
    end = bot.clock.now() - newest
    with bot.store.transaction():
        for n in range(count):
            fetched = end - timedelta(seconds=10 * n)
            entry = Entry(feed_url=url, guid=f"{name}-{n}", url=f"https://{name}.example/{n}",
                          title=f"{name} harbour note {n}: {word} cargo logged",
                          summary=f"The {word} manifest number {n} was filed for {name}.", published=fetched)
            bot.store.insert_entry(feed_id, entry, None, fetched)


def _rule_test(tmp_path, stub, feeds: list[tuple[str, int, str, timedelta]], expression: str) -> str:
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for name, count, word, newest in feeds:
                _store_feed(bot, name, count, word=word, newest=newest)
            return (await bot.command(ADMIN, f"/rule_test --stored {expression}", user_id=ADMIN,
                                      language_code="en"))[-1]

    return run(go())


def test_one_flooding_feed_does_not_fill_the_rule_test_sample(tmp_path, stub):
    # The flood's articles are the newest, more than the whole sample, none naming "copperleaf";
    # four other feeds brought 30 each a day earlier, all naming it.
    feeds = [("flood", STORED_TEST_LIMIT + 100, "quillfern", timedelta(minutes=1))]
    feeds += [(f"wire{n}", 30, "copperleaf", timedelta(days=1, hours=n)) for n in range(4)]
    answer = _rule_test(tmp_path, stub, feeds, "copperleaf")
    share = -(-STORED_TEST_LIMIT // 5)  # five feeds with articles in the window, each at most this
    said = f"fires on 120 of {share + 120} sampled stored articles (the newest of each feed, last 30 days)"
    assert said in answer, answer


def test_one_feed_alone_still_gives_the_whole_sample(tmp_path, stub):
    answer = _rule_test(tmp_path, stub, [("wire", 40, "copperleaf", timedelta(0))], "copperleaf")
    assert "fires on 40 of 40 sampled stored articles (the newest of each feed, last 30 days)" in answer, answer
