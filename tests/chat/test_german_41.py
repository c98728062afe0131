"""German for the people who use the bot (stop 41): /lang de in the spellings people type,
every reply, alert, digest and /pledges answer in German, on the shared command table and
through the real python-telegram-bot and discord.py against the loopback stand-ins of
tests/support, over a real SQLite file. The alerts' titles, outlets and pledges are short
texts written for these tests."""

from __future__ import annotations

import string
from dataclasses import replace

import pytest

from bot.adapters.discord_pages import PAGER_TEXTS, locale_lang
from bot.core.chat import chart_spec, render_discord, render_telegram
from bot.core.chat.command_list import COMMANDS, command_help, help_text
from bot.core.chat.i18n import user_language
from bot.core.chat.pledge_replies import pledge_summary
from bot.core.models import Pledge
from bot.core.pledges.listing.filters import PledgeFilter
from bot.core.pledges.listing.totals import format_money
from bot.core.pledges.listing.words import describe, money_words
from bot.core.text.search_query import search_parts, shown
from bot.store_chat_services import StoreChatServices
from tests.support.busy_digest import busy_day, queue_discord_digest, queue_telegram_digest
from tests.support.command_harness import USER, add_story_with_pledges, run
from tests.support.discord_harness import CHANNEL, content_of
from tests.support.discord_harness import run as discord_run
from tests.support.discord_stub import MANAGE_CHANNELS
from tests.support.telegram_harness import Bot, replies, sample_alert
from tests.support.telegram_harness import run as telegram_run

IRIS = Pledge(donor="DE", category="air_defence", status="pledged", system="IRIS-T SLM", quantity=2)
MONEY = Pledge(donor="GB", category="funding", status="delivered", value=2.5e9, currency="EUR")
TELEGRAM_USER = 1001


# -- the command table ---------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["de", "DE", "de-DE", "de_AT", "de-CH", "Deutsch", "german", "allemand"])
def test_lang_takes_german_as_people_type_it(table, store, typed):
    assert run(table, USER, f"/lang {typed}") == "Sprache auf Deutsch eingestellt."
    assert table.services.chat_settings("console", USER.chat_id).lang == "de"
    assert run(table, USER, "/help").startswith("Befehle:\n/start - Vorstellung")
    assert run(table, USER, "/lang") == "Sprache dieses Chats: de. Wählen Sie mit /lang en, /lang fr oder /lang de."


def test_a_german_user_is_answered_in_german_until_the_chat_chooses(table):
    german = replace(USER, lang="de-AT")
    assert run(table, german, "/start").startswith("Guten Tag!")
    assert run(table, german, "/nosuch") == "Unbekannter Befehl /nosuch. Senden Sie /help für die Liste der Befehle."
    run(table, german, "/lang fr")
    assert run(table, german, "/help").startswith("Commandes :")


def test_topics_and_subscriptions_in_german(table, store):
    run(table, USER, "/lang de")
    assert run(table, USER, "/topics").splitlines() == ["Themen: Luftverteidigung, NATO-Treffen, Panzer.",
                                                        "Dieser Chat hat nichts abonniert."]
    reply = run(table, USER, "/subscribe luftverteidigung NATO-Treffen")
    assert reply == ("Abonniert: Luftverteidigung, NATO-Treffen. Benachrichtigungen kommen sofort, sobald eine Meldung "
                     "gefunden wird.")
    assert store.subscriptions()[0].topics == ("air_defence", "nato_meeting")
    assert run(table, USER, "/mode zusammenfassung 08:00") == ("Benachrichtigungen werden in einer täglichen "
                                                               "Zusammenfassung um 08:00 UTC gesammelt (/mode instant: jede Meldung sofort).")
    assert run(table, USER, "/subscribe U-Boote").startswith("Nicht erkannte Themen: U-Boote. Gültige Themen: "
                                                              "Luftverteidigung, NATO-Treffen, Panzer.")


def test_pledges_list_and_summary_in_german(table, store, clock):
    add_story_with_pledges(store, clock, [(2, IRIS), (1, MONEY)])
    run(table, USER, "/lang de")
    listed = run(table, USER, "/pledges")
    assert listed.startswith("Zusagen (2), neueste zuerst:\n")
    assert "Deutschland — Luftverteidigung IRIS-T SLM ×2 — zugesagt · Wire FR" in listed
    assert "Vereinigtes Königreich — Finanzierung (2,5 Mrd. €) — geliefert" in listed
    assert run(table, USER, "/pledges deutschland zugesagt").startswith("Zusagen (1), neueste zuerst:")
    summary = run(table, USER, "/pledges summary")
    assert summary.splitlines()[:2] == [
        "Zusagen bisher erfasst: insgesamt 2.",
        "Gemeldet, nach Status (Ablehnungen und Gespräche zählen nicht als Zusagen): geliefert 1, zugesagt 1."]
    assert "  Deutschland: 1 Zusage(n), 2 Stück gezählt" in summary
    assert "  EUR 2.500.000.000 in 1 Zusage(n)" in summary
    none = run(table, USER, "/pledges schweiz 30d")
    assert none == "Keine Zusagen gefunden: Schweiz · in den letzten 30 Tagen."
    bad = run(table, USER, "/pledges zzzz")
    assert bad.startswith("Filter 'zzzz' nicht verstanden.") and "gepanzerte Fahrzeuge" in bad


def test_the_summary_names_statuses_in_every_reply_language():
    rows = [{"donor": "DE", "category": "tanks", "status": "production", "n": 1, "quantity": 0, "value": 0,
             "n_valued": 0}]
    assert "ordered from industry 1" in pledge_summary(rows, PledgeFilter(), "en")
    assert "commandé à l'industrie 1" in pledge_summary(rows, PledgeFilter(), "fr")
    assert "bei der Industrie bestellt 1" in pledge_summary(rows, PledgeFilter(), "de")


def test_german_numbers_names_and_quotes():
    assert describe(IRIS, "de") == "Deutschland — Luftverteidigung IRIS-T SLM ×2 — zugesagt"
    assert money_words(988e6, "USD", "de") == "988 Mio. $" and money_words(2.7e9, "EUR", "de") == "2,7 Mrd. €"
    assert money_words(750, "EUR", "de") == "750 €"
    assert format_money(1234567, "de") == "1.234.567" and format_money(1234567) == "1,234,567"
    assert shown(search_parts('"Leopard 2" Polen'), "de") == "„Leopard 2“ Polen"


def test_every_label_table_has_every_key_in_german_with_the_same_placeholders():
    fields = lambda s: {f[1] for f in string.Formatter().parse(s) if f[1]}  # noqa: E731
    for table in (render_telegram._LABELS, render_discord.LABELS, chart_spec._LABELS, PAGER_TEXTS):
        assert set(table) == {"en", "fr", "de"}
        for key, text in table["en"].items():
            assert fields(text) == fields(table["de"][key]), key
    assert all(command_help(c, "de") == c.help_de and c.help_de != c.help_en for c in COMMANDS)
    assert "/lang en|fr|de - Antwortsprache dieses Chats" in help_text("de")


def test_platform_language_tags_choose_german():
    assert [user_language(code) for code in ("de", "de-AT", "DE_ch", "dsb", "", None, "fr-CA")] == \
        ["de", "de", "de", "en", "en", "en", "fr"]
    assert locale_lang("de") == "de" and locale_lang("en-GB") == "en"


# -- Telegram --------------------------------------------------------------------------------


def test_a_german_telegram_user_gets_german_replies_alerts_and_pledges(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            add_story_with_pledges(bot.store, bot.clock, [(1, IRIS)])
            start = (await bot.command(TELEGRAM_USER, "/start", language_code="de-AT"))[-1]
            subscribed = (await bot.command(TELEGRAM_USER, "/subscribe", language_code="de-AT"))[-1]
            pledges = (await bot.command(TELEGRAM_USER, "/pledges", language_code="de-AT"))[-1]
            bot.queue(sample_alert(topics=("air_defence", "aid")))
            assert (await bot.dispatcher.drain()).sent == 1
            return start, subscribed, pledges, bot.store.subscriptions("telegram")

    start, subscribed, pledges, subscriptions = telegram_run(go())
    assert start.startswith("Guten Tag! Ich verfolge die Nachrichten")
    assert subscribed == "Alle Themen abonniert. Benachrichtigungen kommen sofort, sobald eine Meldung gefunden wird."
    assert [s.lang for s in subscriptions] == ["de"]
    assert pledges.startswith("Zusagen (1), neueste zuerst:")
    assert "Deutschland — Luftverteidigung IRIS-T SLM ×2 — zugesagt" in pledges
    alert = replies(stub, TELEGRAM_USER)[-1].splitlines()
    assert alert[1] == "Quellen: AFP, DW" and alert[2].startswith("Datum: 2023-02-13 ")
    assert alert[3] == "Themen: Luftverteidigung, Hilfe"
    assert alert[4:6] == ["Gefundene Zusagen:", "• Deutschland — Luftverteidigung IRIS-T ×2 — zugesagt"]


def test_a_german_telegram_digest_in_parts_says_so_in_german(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(TELEGRAM_USER, "/subscribe", language_code="de")
            await bot.command(TELEGRAM_USER, "/mode digest 18:00", language_code="de")
            titles = queue_telegram_digest(bot, 60)
            assert (await bot.dispatcher.drain()).sent == 60
            return titles

    titles = telegram_run(go())
    digests = replies(stub, TELEGRAM_USER)[2:]
    parts = len(digests)
    assert parts > 1
    assert [d.splitlines()[0] for d in digests] == [f"Tagesübersicht: 60 Meldungen (Teil {n} von {parts})"
                                                    for n in range(1, parts + 1)]
    # Each story's line names its topic as the alerts do, in German.
    assert all(f"{title} — AFP, DW · Luftverteidigung" in "\n".join(digests) for title in titles)


def test_telegram_lists_the_commands_in_german_for_german_users(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub):
            pass

    telegram_run(go())
    german = {c["command"]: c["description"] for c in stub.commands["de"]}
    assert list(german) == [c.name for c in COMMANDS if not c.admin]  # the admins': in their own menus
    assert german["pledges"] == "gefundene Zusagen, z. B. /pledges deutschland luftverteidigung 6m"


# -- Discord ---------------------------------------------------------------------------------


def test_a_german_discord_channel_gets_german_replies_alerts_and_pledges(tmp_path):
    said: dict[str, str] = {}

    async def body(h) -> None:
        add_story_with_pledges(h.store, h.clock, [(1, IRIS)])
        _, reply = await h.command("subscribe", permissions=MANAGE_CHANNELS, locale="de")
        said["subscribe"] = content_of(reply)
        _, answer = await h.command("pledges", {"filter": "deutschland"}, locale="de")
        said["pledges"] = content_of(answer)
        h.queue_alert("Berlin liefert IRIS-T")
        assert (await h.dispatcher.drain()).sent == 1

    h = discord_run(tmp_path, body)
    assert said["subscribe"] == ("Alle Themen abonniert. Benachrichtigungen kommen sofort, sobald eine Meldung "
                                 "gefunden wird.")
    assert said["pledges"].startswith("Zusagen (1), neueste zuerst:")
    assert "Deutschland — Luftverteidigung IRIS-T SLM ×2 — zugesagt" in said["pledges"]
    (embed,) = [e for m in h.stub.messages(CHANNEL) for e in m["embeds"]]
    assert [f["name"] for f in embed["fields"]] == ["Quellen", "Datum", "Themen"]
    assert embed["fields"][0]["value"] == "[AFP](https://example.org/a)" and embed["fields"][2]["value"] == "Hilfe"


def test_a_german_discord_digest_numbers_its_parts_in_german(tmp_path):
    async def body(h) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now(), lang="de")
        StoreChatServices(h.store, h.rules).set_mode("discord", str(CHANNEL), "digest", "18:00", h.clock.now())
        queue_discord_digest(h, busy_day(60))
        assert (await h.dispatcher.drain()).sent == 60

    h = discord_run(tmp_path, body)
    titles = [e["title"] for m in h.stub.messages(CHANNEL) for e in m["embeds"]]
    assert len(titles) > 1
    assert titles == [f"Tagesübersicht: 60 Meldungen (Teil {n} von {len(titles)})" for n in range(1, len(titles) + 1)]


def test_an_untitled_discord_alert_says_so_in_the_channels_language():
    untitled = sample_alert(title="")
    assert render_discord.render_embed(untitled, "de")["title"] == "(ohne Titel)"
    assert render_discord.render_embed(untitled, "fr")["title"] == "(sans titre)"
    assert render_discord.render_digest_embed([untitled], "de")["description"].startswith("• [(ohne Titel)](")


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_every_donor_name_the_bot_shows_is_a_filter_it_takes(lang):
    """"Island" (Iceland in German) is left out of the entity lists as an English word; the
    name a reply or a page shows must still filter by its donor."""
    from bot.config import load_entities
    from bot.core.pledges.listing.filters import parse_pledge_filters
    from bot.core.pledges.listing.words import donor_name

    entities = load_entities()
    for code in entities.donors:
        assert parse_pledge_filters(donor_name(code, lang), entities).donor == code, (code, lang)


def test_a_filter_given_twice_is_named_in_the_chats_language(table):
    assert "Only one donor filter at a time ('france')." in run(table, USER, "/pledges germany france")
    run(table, USER, "/lang fr")
    assert run(table, USER, "/pledges 6m 3w") == "Un seul filtre de type période à la fois ('3w')."
    run(table, USER, "/lang de")
    assert run(table, USER, "/pledges deutschland frankreich") == "Nur ein Filter für Geber auf einmal ('frankreich')."


def test_discord_suggests_filters_by_their_german_names(tmp_path):
    import asyncio

    from tests.support.discord_harness import GUILD

    choices: list[dict] = []

    async def body(h) -> None:
        token = await asyncio.to_thread(h.stub.slash_command, "pledges", {"filter": "deutschland luft"},
                                        channel_id=CHANNEL, guild_id=GUILD, autocomplete="filter", locale="de")
        (reply,) = await h.stub.wait_async(lambda: h.stub.interaction_replies(token) or None)
        choices.extend(reply.body["data"]["choices"])

    discord_run(tmp_path, body)
    assert choices[0] == {"name": "deutschland Luftverteidigung", "value": "deutschland Luftverteidigung"}


def test_a_long_discord_reply_to_a_german_user_is_paged_in_german(tmp_path):
    import re

    shown: dict = {}

    async def body(h) -> None:
        defer, _ = await h.command("rules", user_id=55, locale="de")
        shown["message"] = h.stub.message_of(defer.path.split("/")[3])

    discord_run(tmp_path, body)
    message = shown["message"]
    assert message["content"].startswith("Regeln (Schwelle ")
    assert re.search(r"\n\n-# Seite 1/\d+$", message["content"]), message["content"][-40:]
    labels = [c["label"] for row in message["components"] for c in row["components"]]
    assert labels == ["◀ Zurück", "Weiter ▶"]
