"""What a new user and an admin meet in chat (stop 43), through the real python-telegram-bot
against the loopback Bot API stand-in (tests/support/telegram_stub.py) over a real store.
The command lines and the short wire-style items are written for these tests; each test
failed before its fix."""

from __future__ import annotations

from bot.adapters.feed_check import FeedChecker
from bot.adapters.feed_http import HttpFeedSource
from bot.core.chat.alerts import wants
from bot.core.chat.commands import CommandTable
from bot.core.models import Entry, Feed, Pledge
from bot.store_chat_services import StoreChatServices
from tests.support.servers import Response, rss
from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, run, sample_alert

LEOPARD_2 = "https://wire.example/poland-leopard-2"
LEOPARD_1 = "https://wire.example/berlin-leopard-1"
NASAMS = "https://wire.example/norway-nasams"
ITEMS = [
    (LEOPARD_2, "Poland to send more Leopard 2 tanks", "Warsaw will deliver further Leopard 2 tanks, a minister said."),
    (LEOPARD_1, "Berlin readies older Leopard 1 tanks", "Refurbished Leopard 1 tanks and NASAMS parts leave soon."),
    (NASAMS, "Norway adds NASAMS launchers", "Oslo will send two more NASAMS launchers, the ministry said."),
]


def _store_items(bot: Bot) -> None:
    feed, _ = bot.store.add_feed(Feed(url="https://wire.example/rss", name="Wire"), bot.clock.now())
    for n, (url, title, content) in enumerate(ITEMS):
        bot.store.insert_entry(feed, Entry("https://wire.example/rss", f"g{n}", url, title, content), None,
                               bot.clock.now())


def test_search_leaves_out_words_after_a_minus_and_takes_either_of_two_joined_by_or(tmp_path, stub):
    # "/search -NASAMS" searched for NASAMS; "Leopard OR NASAMS" wanted the word "OR" too.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _store_items(bot)
            answers = {}
            for chat, typed in enumerate(("/search Leopard -NASAMS", '/search Leopard -"Leopard 1"',
                                          "/search Leopard –NASAMS", "/search Leopard 2 OR NASAMS", "/search -NASAMS",
                                          "/search Leopard -nasams", '/search tanks -"Leopard 2" -Poland')):
                # A chat each: five commands in ten seconds is one person's limit.
                answers[typed] = (await bot.command(USER + chat, typed, user_id=USER + chat))[-1]
            answers["fr"] = (await bot.command(USER + 20, "/search -NASAMS", user_id=USER + 20,
                                               language_code="fr"))[-1]
            return answers

    answers = run(go())
    for typed in ("/search Leopard -NASAMS", "/search Leopard –NASAMS", "/search Leopard -nasams"):
        assert LEOPARD_2 in answers[typed] and LEOPARD_1 not in answers[typed] and NASAMS not in answers[typed]
    assert answers["/search Leopard -NASAMS"].startswith("Articles matching Leopard -NASAMS:")
    assert LEOPARD_2 in answers['/search Leopard -"Leopard 1"'] and LEOPARD_1 not in answers['/search Leopard -"Leopard 1"']
    either = answers["/search Leopard 2 OR NASAMS"]
    assert either.startswith("Articles matching Leopard 2 OR NASAMS:")
    # Leopard, and 2 or NASAMS: the NASAMS item names no Leopard.
    assert LEOPARD_2 in either and LEOPARD_1 in either and NASAMS not in either
    assert answers['/search tanks -"Leopard 2" -Poland'].splitlines()[1:] == [
        "Berlin readies older Leopard 1 tanks", LEOPARD_1]
    assert answers["/search -NASAMS"] == ("-NASAMS only says what to leave out: give a word to search for as well, "
                                          "e.g. /search Leopard -NASAMS.")
    assert answers["fr"].startswith("-NASAMS dit seulement quoi exclure")


def test_an_unbalanced_quote_in_pledge_filters_is_dropped(tmp_path, stub):
    # '/pledges "' was "Filter '\"' not understood"; '/pledges "germany' the same.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _store_items(bot)
            story = bot.store.create_story("Berlin sends IRIS-T", "https://wire.example/1", bot.clock.now(), None,
                                           "fp", ["air_defence"], 2.0)
            bot.store.add_pledges(story, 1, [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T", 2)],
                                  bot.clock.now())
            plain = (await bot.command(USER, "/pledges", user_id=USER))[-1]
            lone = (await bot.command(USER, '/pledges "', user_id=USER))[-1]
            opened = (await bot.command(USER, '/pledges "germany', user_id=USER))[-1]
            return plain, lone, opened

    plain, lone, opened = run(go())
    assert plain.startswith("Pledges (1)") and lone == plain
    assert opened.startswith("Pledges (1)") and "not understood" not in opened


def test_the_audit_asked_in_a_group_is_answered_in_the_admins_private_chat(tmp_path, stub):
    # "/audit" in a group showed every member who changed which rule and feed.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.rules.add("aid", '"audit sentinel"', actor=f"telegram:{ADMIN}")
            group_note = (await bot.command(GROUP, "/audit", user_id=ADMIN))[-1]
            private = [m["text"] for m in stub.messages_to(ADMIN)]
            in_private = (await bot.command(ADMIN, "/audit 1", user_id=ADMIN))[-1]
            stub.block(ADMIN)  # as Telegram answers for someone who never started the bot
            refused_note = (await bot.command(GROUP, "/audit", user_id=ADMIN, language_code="de"))[-1]
            return group_note, private, in_private, refused_note, [m["text"] for m in stub.messages_to(GROUP)]

    group_note, private, in_private, refused_note, group = run(go())
    assert group_note == "Sent to you in a private chat with me: it is for bot admins only."
    assert len(private) == 1 and 'aid: "audit sentinel"' in private[0].replace("&quot;", '"')
    assert 'aid: "audit sentinel"' in in_private  # a private chat is answered where it asked
    assert refused_note.startswith("Diese Antwort ist nur für Bot-Administratoren")
    assert "https://t.me/pledgewatch_bot" in refused_note
    assert not any("audit sentinel" in text or "rule.add" in text for text in group)


def test_an_alert_link_loses_its_user_name_and_password(tmp_path, stub):
    # A story link "https://alice:s3cret@..." was sent as the alert's link and shown.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe", user_id=USER)
            bot.queue(sample_alert(url="https://alice:s3cret@example.org/news?a=1"))
            await bot.dispatcher.drain()
            return [m["text"] for m in stub.messages_to(USER)][-1]

    alert = run(go())
    assert 'href="https://example.org/news?a=1"' in alert
    assert "s3cret" not in alert and "alice" not in alert


def test_a_rule_word_in_a_script_written_without_spaces_is_not_saved_without_force(tmp_path, stub):
    # "/rule_add aid 坦克" was saved and never fired: rules match whole words, and Chinese,
    # Japanese and Thai run a sentence's words together.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            before = len(bot.store.list_rules())
            chinese = (await bot.command(ADMIN, "/rule_add aid 坦克 AND 乌克兰", user_id=ADMIN))[-1]
            thai = (await bot.command(ADMIN, "/rule_add aid รถถัง", user_id=ADMIN))[-1]
            korean = (await bot.command(ADMIN, "/rule_add aid 탱크 AND 우크라이나", user_id=ADMIN))[-1]
            return before, chinese, thai, korean, len(bot.store.list_rules())

    before, chinese, thai, korean, after = run(go())
    assert chinese == ("Rule not saved: '坦克' is in Chinese characters, a writing that does not part words with "
                       "spaces, while rules match whole words: it matches only where it stands apart in a text, "
                       "hardly ever inside a sentence. Repeat with --force to save it anyway.")
    assert thai.startswith("Rule not saved: 'รถถัง' is in Thai script")
    assert korean.startswith("Rule ") and "added" in korean  # Korean parts its words with spaces
    assert after == before + 1


def test_unsubscribing_one_topic_of_all_keeps_every_other_topic_added_later_too(tmp_path, stub):
    # "/unsubscribe tanks" in a chat following every topic stored the list of the others:
    # a topic the rules gained afterwards never reached the chat, and nothing said so.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe", user_id=USER)
            await bot.command(USER, "/mode digest 20:00", user_id=USER)
            bot.queue(sample_alert(title="More Leopard tanks", topics=("tanks",)))
            bot.queue(sample_alert(title="Tanks and IRIS-T", topics=("tanks", "air_defence")))
            left = (await bot.command(USER, "/unsubscribe tanks", user_id=USER))[-1]
            outbox = bot.store.outbox_counts()
            await bot.command(ADMIN, "/rule_add gliders glider* AND @ukraine --new-topic", user_id=ADMIN)
            (chat,) = bot.store.subscriptions("telegram")  # as the poller reads it for each new story
            wanted = {topic: wants(chat, (topic,)) for topic in ("gliders", "tanks", "artillery")}
            topics = (await bot.command(USER, "/topics", user_id=USER))[-1]
            back = (await bot.command(USER, "/subscribe tanks", user_id=USER))[-1]
            return left, outbox, wanted, topics, back, bot.store.subscriptions("telegram")

    left, outbox, wanted, topics, back, subscriptions = run(go())
    assert left.startswith("Subscribed to every topic except tanks, topics added later included.")
    assert outbox == {"pending": 1, "unsubscribed": 1}, outbox  # the tank-only alert ended, the shared one kept
    assert wanted == {"gliders": True, "tanks": False, "artillery": True}  # gliders came after
    assert "This chat follows every topic except tanks" in topics
    assert back.startswith("Subscribed to every topic.")
    assert [(s.topics, s.excluded) for s in subscriptions] == [((), ())]


def _checking(bot: Bot) -> None:
    """The bot as the app wires it, with feed addresses on this host allowed from chat (the
    feed server is on loopback): /feed_add fetches the new feed once through the guarded
    fetcher."""
    bot.chat.commands = CommandTable(StoreChatServices(bot.store, bot.rules, chat_feed_addresses="loopback"),
                                     bot.clock, bot.rules.entities)
    bot.chat.feed_checker = FeedChecker(lambda: HttpFeedSource(timeout=5, max_bytes=64 * 1024,
                                                               chat_addresses="loopback"))


def test_a_feed_added_from_chat_is_read_once_and_the_admin_told_what_it_holds(tmp_path, stub, feed_server):
    # "/feed_add" answered "Feed 1 added" whatever the address gave: a typo, a web page, a
    # 404 were learnt of from /status after polls, if ever.
    feed_server.set_feed("/aid.xml", rss([{"title": f"Item {n}", "link": f"https://n.example/{n}",
                                           "description": "Oslo sends two NASAMS launchers."} for n in range(3)]))
    feed_server.set_status("/gone.xml", 404)
    feed_server.set_route("/site", lambda request: Response(200, b"<!DOCTYPE html><html><body>News</body></html>",
                                                             {"Content-Type": "text/html"}))
    feed_server.set_huge_body("/huge.xml", size=200 * 1024)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            _checking(bot)
            said = []
            for path in ("/aid.xml", "/gone.xml", "/site", "/huge.xml"):
                before = len(stub.messages_to(ADMIN))
                await bot.command(ADMIN, f"/feed_add {feed_server.url(path)}", user_id=ADMIN)
                await stub.until(lambda: len(stub.messages_to(ADMIN)) >= before + 2)
                said.append(stub.messages_to(ADMIN)[-1]["text"])
            return said, [feed.url for feed in bot.store.list_feeds()]

    (aid, gone, site, huge), feeds = run(go())
    assert aid.startswith("Feed 1 read once: it holds 3 item(s)")
    assert gone.startswith("Feed 2 could not be read: the server answered HTTP 404") and "/feed_del 2" in gone
    assert site.startswith("Feed 3 is not a feed:") and "web page" in site
    assert huge.startswith("Feed 4 could not be read:") and "larger" in huge, huge
    assert len(feeds) == 4  # kept: a server down for a minute is no reason to forget a feed


def test_unsubscribing_a_topic_the_chat_does_not_follow_says_so(tmp_path, stub):
    # "/unsubscribe tanks" in a chat following air defence only was answered "Removed tanks.
    # Still subscribed to: air defence.", as if tanks had been followed.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe air defence", user_id=USER)
            named = (await bot.command(USER, "/unsubscribe tanks", user_id=USER))[-1]
            partly = (await bot.command(USER, "/unsubscribe tanks air_defence", user_id=USER))[-1]
            return named, partly

    named, partly = run(go())
    assert named == ("This chat does not follow tanks: nothing changed. "
                     "This chat follows: air defence (as soon as a story is found).")
    assert partly == "Unsubscribed: this chat gets no more alerts. Send /subscribe to get them again."


def test_a_feed_address_without_its_scheme_is_answered_in_the_chats_language(tmp_path, stub):
    # "/feed_add news.example/rss" in a German chat was answered in English, by the URL check.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            german = (await bot.command(ADMIN, "/feed_add news.example/rss", user_id=ADMIN, language_code="de"))[-1]
            return german, bot.store.list_feeds()

    german, feeds = run(go())
    assert german == ("Nicht hinzugefügt: Die Adresse eines Feeds beginnt mit https:// (oder http://). "
                      "Senden Sie /feed_add https://news.example/rss")
    assert feeds == []
