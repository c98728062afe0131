"""Review 45a, finding 1: a digest part whose markup Telegram refuses goes again as plain
text. The renderer fills a part with 4096 units of VISIBLE text, one line per alert; the
plain text added " (address)" after every title and was then cut at 4096, so the alerts at
the part's end (and its footer) were marked sent yet shown in no message. Now a digest's
plain text keeps every line and adds only the addresses that fit. Real python-telegram-bot
against the loopback Bot API stand-in, over a real SQLite file; titles and addresses are
made up for these tests."""

from __future__ import annotations

from bot.core.chat.alert_footer import digest_footer
from bot.core.chat.render_telegram import MAX_MESSAGE, digest_room, render_digest, visible_length
from bot.core.chat.telegram_plain import plain_text
from tests.support.busy_digest import busy_day
from tests.support.telegram_harness import GROUP, Bot, run, sample_alert


def _long_address(n: int) -> str:
    # Article addresses of wire sites are often about a hundred characters long. (Not "?ref=rss":
    # a tracking parameter, which shown links drop since stop 64.)
    return f"https://news.example.org/world/europe/2026/12/05/defence-ministers-agree-further-aid-package-{n}?sec=rss"


def test_every_alert_of_a_digest_sent_as_plain_text_is_in_a_message(tmp_path, stub):
    titles = busy_day(70)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.store.set_alert_mode("telegram", str(GROUP), "digest", "08:00", bot.clock.now())
            for n, title in enumerate(titles):
                bot.queue(sample_alert(title=title, url=_long_address(n)))
            bot.clock.advance(hours=24)
            stub.refuse_markup(GROUP)
            drained = await bot.dispatcher.drain()
            return drained, bot.store.outbox_counts()

    drained, counts = run(go())
    assert drained.sent == 70 and counts == {"sent": 70}, (drained, counts)
    messages = [m["text"] for m in stub.messages_to(GROUP)]
    assert len(messages) >= 2 and all("parse_mode" not in m for m in stub.messages_to(GROUP))
    missing = [t[:9] for t in titles if not any(t in text for text in messages)]
    assert not missing, missing  # each was marked sent: each must have been shown
    footer = digest_footer("en")
    for text in messages:
        assert visible_length(text) <= MAX_MESSAGE
        assert text.rstrip().endswith(footer), text[-120:]
    # A full part has no room left for addresses; the last, shorter one shows its first ones.
    assert _long_address(len(titles) - 1) not in messages[-1] and "https://" in messages[-1]


def test_a_digest_in_plain_text_keeps_its_lines_whole_and_adds_the_addresses_that_fit():
    alerts = [sample_alert(title=t, url=_long_address(n)) for n, t in enumerate(busy_day(30))]
    shown = digest_room(alerts)
    assert shown == 30
    html = render_digest(alerts, "en")
    text = plain_text(html, text_first=True)
    assert visible_length(text) <= MAX_MESSAGE
    assert all(a.title in text for a in alerts[:shown])
    assert text.endswith(digest_footer("en"))
    # Kept whole, the lines leave room for some addresses, not all.
    assert 0 < sum(_long_address(n) in text for n in range(shown)) < shown
    assert _long_address(0) in text and _long_address(shown - 1) not in text  # first to last
    # An alert's plain text still puts its title's address first and cuts the end.
    assert plain_text(html).count("https://") > text.count("https://")


def test_a_digest_with_room_to_spare_keeps_every_address():
    alerts = [sample_alert(title=t, url=_long_address(n)) for n, t in enumerate(busy_day(3))]
    text = plain_text(render_digest(alerts, "en"), text_first=True)
    assert all(f"{a.title} ({a.url})" in text for a in alerts), text
