"""What a new user and an admin meet on Telegram (stop 44), through the real
python-telegram-bot against the loopback Bot API stand-in (tests/support/telegram_stub.py)
over a real store with the shipped rules. The command lines are written for these tests;
each test failed before its fix."""

from __future__ import annotations

from datetime import timedelta

from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, replies, run, sample_alert
from tests.support.telegram_stub import check_telegram_html


def test_rule_add_offers_only_topics_a_chat_rule_can_join_and_refuses_trap(tmp_path, stub):
    # An unknown topic was answered with a list ending in "trap", and "/rule_add trap ..."
    # saved a rule of weight +1 under it: the look-alike it named then counted towards
    # relevance, and trap became a topic to subscribe to.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            before = bot.store.list_rules(include_disabled=True)
            answers = [(await bot.command(ADMIN, typed, user_id=ADMIN))[-1]
                       for typed in ("/rule_add tanx Leopard", "/rule_add trap investors NEAR/5 Leopard",
                                     "/rule_add trap investors --new-topic")]
            answers.append((await bot.command(ADMIN + 1, "/rule_add trap investors", user_id=ADMIN,
                                              language_code="fr"))[-1])
            answers.append((await bot.command(ADMIN + 2, "/rule_add tanx Leopard", user_id=ADMIN,
                                              language_code="de"))[-1])
            return answers, before == bot.store.list_rules(include_disabled=True)

    (unknown, trap, trap_new, trap_fr, unknown_de), unchanged = run(go())
    assert unknown.startswith("Unknown topic 'tanx'; the topics are: aid, air_defence, aircraft,"), unknown
    assert "tanks, training. To start a new topic" in unknown and "trap" not in unknown
    assert trap == trap_new == (
        "Topic trap only has rules that lower a score (negative weights, against look-alikes), and a rule added in "
        "chat weighs +1, which would raise it. Add it with a negative weight on the command line: "
        "pledgewatch rules add trap EXPRESSION --weight -2")
    assert trap_fr.startswith("Le thème trap n'a que des règles qui abaissent un score")
    # (stop 55: each topic by its code and, in a German chat, its German name)
    assert unknown_de.startswith("Unbekanntes Thema 'tanx'; die Themen sind: aid (Hilfe), air_defence "
                                 "(Luftverteidigung),") and "trap" not in unknown_de
    assert unchanged


def test_a_mistyped_or_translated_command_is_answered_with_the_one_meant(tmp_path, stub):
    # "/pledge", "/abonner" and "/abonnieren" were answered "Unknown command ... Send /help"
    # alone: the one meant was left to find in a list of twenty.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            answers = [(await bot.command(USER + n, typed, user_id=USER + n, language_code=lang))[-1]
                       for n, (typed, lang) in enumerate((("/pledge germany", "en"), ("/abonner chars", "fr"),
                                                          ("/abonnieren", "de"), ("/frobnicate", "en")))]
            answers.append((await bot.command(GROUP, "/stats@pledgewatch_bot", user_id=USER,
                                              chat_type="supergroup"))[-1])
            return answers, bot.store.subscriptions("telegram")

    (pledge, abonner, abonnieren, nonsense, group), subscriptions = run(go())
    assert pledge == ("Unknown command /pledge: did you mean /pledges germany? Send /help for the list of "
                      "commands.")
    assert abonner == ("Commande /abonner inconnue : vouliez-vous dire /subscribe chars ? Envoyez /help pour la "
                       "liste des commandes.")
    assert abonnieren == ("Unbekannter Befehl /abonnieren: Meinten Sie /subscribe? Senden Sie /help für die Liste "
                          "der Befehle.")
    assert nonsense == "Unknown command /frobnicate. Send /help for the list of commands."
    assert group == "Unknown command /stats: did you mean /status? Send /help for the list of commands."
    assert subscriptions == []  # a guess is never run


def test_plain_text_in_a_private_chat_is_answered_with_where_the_commands_are(tmp_path, stub):
    # "hello" or "tanks" written to the bot got silence; a group's chatter is still not answered.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            english = (await bot.command(USER, "hello"))[-1]
            german = (await bot.command(USER + 1, "Panzer?", user_id=USER + 1, language_code="de"))[-1]
            stub.send_text(GROUP, "hello everyone", user_id=USER, chat_type="supergroup")
            await bot.command(USER + 2, "/start", user_id=USER + 2)  # the group's text was read before this
            return english, german, replies(stub, GROUP)

    english, german, group = run(go())
    assert english == ("I answer commands: /subscribe for alerts, /pledges for the pledges found, /help for every "
                       "command.")
    assert german.startswith("Ich antworte auf Befehle: /subscribe für Benachrichtigungen")
    assert group == []


def test_the_bot_added_to_a_group_says_how_the_group_gets_alerts(tmp_path, stub):
    # Added to a group, the bot said nothing until someone guessed a command.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.add_bot_to_group(GROUP, user_id=USER, language_code="fr")
            await stub.until(lambda: replies(stub, GROUP))
            stub.add_bot_to_group(GROUP - 1, user_id=USER, also=(USER + 5,))
            await stub.until(lambda: replies(stub, GROUP - 1))
            stub.add_bot_to_group(GROUP - 2, user_id=USER, language_code="de")
            await stub.until(lambda: replies(stub, GROUP - 2))
            await bot.command(USER, "/start")  # every update before it has been handled
            return replies(stub, GROUP), replies(stub, GROUP - 1), replies(stub, GROUP - 2)

    french, english, german = run(go())
    assert french[0] == ("Bonjour ! Je surveille l'actualité de l'aide militaire à l'Ukraine. Un administrateur de ce "
                         "groupe peut envoyer /subscribe pour y recevoir les alertes ; /help liste toutes les "
                         "commandes.")
    assert english == ["Hello! I watch the news for military aid to Ukraine. An administrator of this group can send "
                       "/subscribe to get alerts here; /help lists every command."]
    assert len(french) == len(german) == 1
    assert german[0].startswith("Guten Tag! Ich verfolge die Nachrichten") and "/subscribe" in german[0]


def test_a_member_refused_subscribe_in_a_group_is_told_how_to_get_alerts_alone(tmp_path, stub):
    # "Only an administrator of this chat may use /subscribe here" left a member who wanted
    # alerts for themselves with nothing to do.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            group = (await bot.command(GROUP, "/subscribe@pledgewatch_bot", user_id=USER, chat_type="supergroup",
                                       language_code="fr"))[-1]
            alone = (await bot.command(USER, "/subscribe", user_id=USER))[-1]
            mode = (await bot.command(GROUP, "/mode digest", user_id=USER + 1))[-1]
            return group, alone, mode, [s.chat_id for s in bot.store.subscriptions("telegram")]

    group, alone, mode, subscribed = run(go())
    assert group == ("Seul un administrateur de cette discussion peut utiliser /subscribe ici. Rien n'a été "
                     "modifié.\nPour recevoir vous-même les alertes, envoyez-moi /subscribe en discussion privée.")
    assert alone.startswith("Subscribed to every topic.")
    assert "/subscribe" not in mode  # the hint is /subscribe's alone
    assert subscribed == [str(USER)]


def test_an_alert_says_where_to_see_more_and_how_to_stop(tmp_path, stub):
    # A new subscriber's first alert named neither /unsubscribe nor /pledges: the way out
    # and the way on were in /help only. The footer's commands are the bot's own, so they
    # stay tappable (feed text's are disarmed).
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            await bot.command(USER + 1, "/subscribe", user_id=USER + 1, language_code="fr")
            bot.queue(sample_alert())
            bot.queue(sample_alert(title="Paris annonce une aide", pledges=(), topics=("aid",)))
            assert (await bot.dispatcher.drain()).sent == 4
            return stub.messages_to(USER)[-2:], stub.messages_to(USER + 1)[-2:]

    english, french = run(go())
    assert check_telegram_html(english[0]["text"]).splitlines() == [
        "Germany pledges IRIS-T systems", "Sources: AFP, DW", "Date: 2023-02-13 18:40 UTC", "Topics: air defence",
        "Pledges found:", "• Germany — IRIS-T air defence ×2 — pledged", "", "Berlin will send two more systems.",
        "More: /pledges Germany · Stop alerts: /unsubscribe"]
    assert english[0]["text"].endswith("\n<i>More: /pledges Germany · Stop alerts: /unsubscribe</i>")
    assert check_telegram_html(english[1]["text"]).splitlines()[-1] == "More: /latest · Stop alerts: /unsubscribe"
    assert [check_telegram_html(m["text"]).splitlines()[-1] for m in french] == [
        "Plus : /pledges Allemagne · Arrêter les alertes : /unsubscribe",
        "Plus : /latest · Arrêter les alertes : /unsubscribe"]


def test_a_refused_admin_command_says_in_private_how_to_become_an_admin(tmp_path, stub):
    # The operator trying /rule_add in their own chat was refused with no word on how to
    # become an admin, and Telegram's apps show no user id to put in [telegram] admins.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alone = (await bot.command(USER, "/rule_add tanks Leopard", user_id=USER))[-1]
            german = (await bot.command(USER + 1, "/feed_del 1", user_id=USER + 1, language_code="de"))[-1]
            group = (await bot.command(GROUP, "/rule_del 1", user_id=USER, chat_type="supergroup"))[-1]
            return alone, german, group

    alone, german, group = run(go())
    assert alone == ("Only the bot's administrators may use /rule_add. Nothing was changed.\n"
                     f"Your Telegram user id is {USER}: the bot's operator makes you an administrator by adding it "
                     "to [telegram] admins in the settings file.")
    assert german.endswith(f"Ihre Telegram-Nutzerkennung ist {USER + 1}: Der Betreiber des Bots macht Sie zum "
                           "Administrator, indem er sie in der Einstellungsdatei unter [telegram] admins einträgt.")
    # In a group the id is not posted for every member to read.
    assert group == "Only the bot's administrators may use /rule_del. Nothing was changed."


def test_a_digest_ends_with_how_to_stop_too(tmp_path, stub):
    # A digest subscriber's first message is a digest: it named /unsubscribe no more than an alert did.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe", language_code="de")
            await bot.command(USER, "/mode digest 08:00", language_code="de")
            before = len(stub.messages_to(USER))
            for n in range(3):
                bot.queue(sample_alert(title=f"Zusage {n}", url=f"https://example.org/{n}"))
            bot.clock.current = bot.clock.current.replace(hour=8, minute=1) + timedelta(days=1)
            await bot.dispatcher.drain()
            return stub.messages_to(USER)[before:]

    (digest,) = run(go())
    lines = check_telegram_html(digest["text"]).splitlines()
    assert lines[0] == "Tagesübersicht: 3 Meldungen" and len(lines) == 5
    assert lines[-1] == "Mehr: /latest · Benachrichtigungen abbestellen: /unsubscribe"
