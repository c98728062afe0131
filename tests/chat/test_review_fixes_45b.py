"""Defects the review of stop 45's chat changes found (Telegram menus, /rule_test <url>,
/feed_add), through the real python-telegram-bot against the loopback Bot API stand-in
(tests/support/telegram_stub.py) over a real store. Each test failed before its fix."""

from __future__ import annotations

from tests.support.telegram_harness import ADMIN, USER, Bot, run


def _menu_calls(stub) -> list:
    return stub.calls_to("setMyCommands")


def test_a_429_on_a_shared_menu_does_not_stop_the_start(tmp_path, stub):
    # The menus were set before polling began and a refused one raised out of the start:
    # run_loop stopped the whole bot (Discord, feeds and the web tracker too) for a menu.
    stub.fail_menus(1, retry_after=30, after=4)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            return (await bot.command(USER, "/help"))[-1]

    help_text = run(go())
    assert "/subscribe" in help_text
    calls = _menu_calls(stub)
    # Asking on after Telegram said to wait only makes the wait longer: the start stops asking.
    assert [c.status for c in calls] == [200, 200, 200, 200, 429]


def test_an_admin_menu_set_in_one_language_only_is_taken_back_when_they_are_removed(tmp_path, stub):
    # The admin was recorded only once all three languages were set: English set and French
    # refused left an English admins' menu that no later start took back.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.fail_menus(1, retry_after=30, after=1)  # the admin's English menu, then a 429 on French
            await bot.command(ADMIN, "/help")
            await stub.until(lambda: any(c.status == 429 for c in _menu_calls(stub)))
            half_set = (f"chat:{ADMIN}", "") in stub.menus
        async with Bot(tmp_path, stub, admins=()):
            pass
        return half_set

    assert run(go())
    assert not [key for key in stub.menus if key[0] == f"chat:{ADMIN}"]


def _stored(bot, url: str, *, relevant: bool = True, score: float = 4, canonical: bool = True) -> int:
    """An article stored as a poll stores it, without a story yet; its entry id."""
    from bot.core.feeds.urls import canonical_url
    from bot.core.models import Entry, Feed

    now = bot.clock.now()
    feed_id, _ = bot.store.add_feed(Feed(url="https://wire.example/rss", name="Wire EN"), now)
    entry = Entry(feed_url="https://wire.example/rss", guid=f"{url}#{len(bot.store.entries_since(None))}", url=url,
                  title="Norway pledges NASAMS launchers to Ukraine",
                  summary="Oslo will deliver the air defence systems to Kyiv.", published=now)
    entry_id = bot.store.insert_entry(feed_id, entry, canonical_url(url) if canonical else None, now)
    bot.store.set_entry_verdict(entry_id, relevant, score, None)
    return entry_id


def _into_story(bot, entry_id: int, url: str, story: int | None = None) -> int:
    """The stored article put into `story`, or opening a new one (whose link is its own)."""
    now = bot.clock.now()
    if story is None:
        story = bot.store.create_story("Norway pledges NASAMS", url, now, now, "{}", ["air_defence"], 4)
    feed_id = bot.store.list_feeds()[0].id
    bot.store.add_story_source(story, entry_id, feed_id, "Wire EN", url, now)
    bot.store.set_entry_verdict(entry_id, True, 4, story)
    return story


async def _verdict(bot, url: str) -> str:
    answer = (await bot.command(ADMIN, f"/rule_test {url}", user_id=ADMIN))[-1]
    return answer.split("What the rules make of")[0]


def test_rule_test_of_a_relevant_article_waiting_for_its_story_says_so(tmp_path, stub):
    # Stored relevant beyond a poll's budget of stories (story_id NULL): the answer said
    # nothing of its verdict at all.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _stored(bot, "https://wire.example/waiting")
            return await _verdict(bot, "https://wire.example/waiting")

    assert "Found relevant (score 4), and waiting for its story" in run(go())


def test_rule_test_says_whether_an_alert_of_the_story_was_queued(tmp_path, stub):
    # "it opened story N" was said whether or not an alert went anywhere: the admin asking
    # why nothing alerted read it as if one had.
    from bot.core.models import Alert

    async def go():
        async with Bot(tmp_path, stub) as bot:
            quiet = _into_story(bot, _stored(bot, "https://wire.example/quiet"), "https://wire.example/quiet")
            alerted = _into_story(bot, _stored(bot, "https://wire.example/alerted"), "https://wire.example/alerted")
            await bot.command(USER, "/subscribe")
            bot.store.enqueue(Alert(story_id=alerted, title="Norway pledges NASAMS", url="https://wire.example/alerted",
                                    sources=("Wire EN",), published=bot.clock.now(), topics=("air_defence",)),
                              bot.store.subscriptions("telegram"), bot.clock.now())
            return quiet, await _verdict(bot, "https://wire.example/quiet"), \
                await _verdict(bot, "https://wire.example/alerted")

    quiet, no_alert, alert = run(go())
    assert f"it opened story {quiet}" in no_alert and "No alert of this story was queued" in no_alert
    assert "An alert of this story was queued to 1 chat(s)." in alert and "No alert" not in alert


def test_rule_test_names_the_opener_by_the_story_s_link_not_the_lowest_entry_id(tmp_path, stub):
    # An article stored earlier that waited and joined later has the lower id: it was told it
    # opened the story, and the real opener that it "joined ... no alert of its own".
    async def go():
        async with Bot(tmp_path, stub) as bot:
            waited = _stored(bot, "https://wire.example/waited")
            story = _into_story(bot, _stored(bot, "https://wire.example/opener"), "https://wire.example/opener")
            _into_story(bot, waited, "https://wire.example/waited", story)
            return story, await _verdict(bot, "https://wire.example/waited"), \
                await _verdict(bot, "https://wire.example/opener")

    story, waited, opener = run(go())
    assert f"it joined story {story}" in waited
    assert f"it opened story {story}" in opener


def test_rule_test_of_a_link_several_stored_items_share_says_how_many(tmp_path, stub):
    # Items a feed gives one link (stored without a canonical link): the newest was answered
    # for as if it were the only one.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _stored(bot, "https://wire.example/live-page", canonical=False)
            _stored(bot, "https://wire.example/live-page", canonical=False, relevant=False, score=1)
            return await _verdict(bot, "https://wire.example/live-page")

    answer = run(go())
    assert "Read as not relevant (score 1" in answer  # the newest
    assert "2 stored articles share this link; this is the newest of them." in answer


def test_feed_add_says_the_name_as_stored(tmp_path, stub):
    # The review feared the reply echoed the name as typed (one_line keeps a right-to-left
    # override that the store's clean_line drops). It does not: CommandTable.handle cleans
    # every argument first (clean_typed). This keeps it so: an override would turn the reply
    # around, and a name of invisible characters only, stored as none, would be named.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            flipped = (await bot.command(ADMIN, "/feed_add https://wire.example/rss \u202eWire", user_id=ADMIN))[0]
            before = len(stub.messages_to(ADMIN))
            invisible = (await bot.command(ADMIN, "/feed_add https://wire.example/other \u200b\u2066",
                                           user_id=ADMIN))[before]
            return flipped, invisible, [feed.name for feed in bot.store.list_feeds()]

    flipped, invisible, names = run(go())
    assert "added as “Wire”: https://wire.example/rss" in flipped and "\u202e" not in flipped
    assert " added: https://wire.example/other" in invisible and "“" not in invisible
    assert "Wire" in names
