"""What a new user and an admin meet on Discord (stop 44), through the real discord.py client
against the loopback stand-in (tests/support/discord_stub.py) over a real store with the
shipped rules. Each test failed before its fix."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.adapters.discord_chat import OPTION_NAMES
from bot.core.chat.i18n import t
from bot.core.chat.option_help import OPTION_HELP
from bot.core.models import Alert, Pledge, Subscription
from tests.support.discord_harness import ADMIN, CHANNEL, GUILD, Harness, content_of, run


def _registered(harness: Harness) -> dict[str, dict]:
    return {command["name"]: command for command in harness.stub.commands[str(GUILD)]}


def test_the_options_are_described_in_the_users_language(tmp_path):
    # Each option was described by its command's English usage ("[topic ...]", "<id>
    # <expression> [--force]"), in every client language, though the commands' own
    # descriptions had been French and German since stop 43.
    registered = _registered(run(tmp_path, lambda h: asyncio.sleep(0)))
    (topics,) = registered["subscribe"]["options"]
    assert topics["description"] == "topics to follow, e.g. tanks air_defence (empty: every topic; /topics lists them)"
    assert topics["description_localizations"] == {
        "fr": "thèmes à suivre, par ex. chars défense aérienne (vide : tous ; /topics les liste)",
        "de": "Themen, z. B. Panzer Flugabwehr (leer: alle Themen; /topics listet sie)"}
    options = [(command["name"], option) for command in registered.values() for option in command.get("options", ())]
    assert {(name, option["name"]) for name, option in options} == {
        (name, option) for name, names in OPTION_NAMES.items() for option in names}
    for name, option in options:
        assert set(option["description_localizations"]) == {"fr", "de"}, (name, option)
        texts = (option["description"], *option["description_localizations"].values())
        assert all(0 < len(text) <= 100 and "[" not in text and "<" not in text for text in texts), (name, option)
        # Each language's text is its own (no English left standing in a French client).
        assert len(set(texts)) == 3, (name, option)
    assert registered["rule_del"]["options"][0]["description_localizations"]["de"] == (
        "die Nummer der Regel, wie /rules sie zeigt")
    # The names stay as typed, as the README and /help write them.
    assert all(not option.get("name_localizations") for _, option in options)


def test_every_option_has_a_description_in_each_language():
    assert set(OPTION_HELP) == {(name, option) for name, names in OPTION_NAMES.items() for option in names}


def test_a_member_refused_subscribe_is_told_how_to_get_alerts_alone(tmp_path):
    # "Only an administrator of this chat may use /subscribe here" left a member who wanted
    # alerts for themselves with nothing to do; a direct message with the bot is theirs
    # where the commands are registered globally. Per guild (guild_ids), there are no
    # commands in direct messages, and the refusal says nothing of them.
    answers: list[str] = []
    dm_channel = 444444444444444444

    async def body(h: Harness) -> None:
        for options in ({"locale": "de"}, {"channel_id": dm_channel, "guild_id": None}):
            calls = await h.command("subscribe", {}, user_id=555, **options)
            answers.append(content_of(calls[-1]))
        answers.append(repr([chat.chat_id for chat in h.store.subscriptions("discord")]))

    async def in_a_guild_only(h: Harness) -> None:
        answers.append(content_of((await h.command("subscribe", {}, user_id=555))[-1]))

    run(tmp_path / "global", body, guild_ids=())
    run(tmp_path / "guild", in_a_guild_only)
    # Since stop 64 Discord's refusal names the permission and where a server's admins grant it.
    assert answers[0] == (t("de", "refused_manage_discord", name="subscribe") + "\n"
                          "Für eigene Benachrichtigungen senden Sie mir /subscribe in einem privaten Chat.")
    assert "Kanäle verwalten" in answers[0]
    assert answers[1].startswith("Subscribed to every topic.")
    assert answers[2] == repr([str(dm_channel)])
    assert answers[3] == t("en", "refused_manage_discord", name="subscribe")
    assert "Manage Channels" in answers[3] and "Server Settings > Roles" in answers[3]


def test_an_alert_says_where_to_see_more_and_how_to_stop(tmp_path):
    # A new subscriber's first alert named neither /unsubscribe nor /pledges: the way out
    # and the way on were in /help only.
    async def body(h: Harness) -> None:
        calls = await h.command("subscribe", {}, user_id=ADMIN, permissions=1 << 4, locale="fr")
        assert content_of(calls[-1]).startswith("Abonné à tous les thèmes")
        h.queue_alert("Berlin prépare un nouveau paquet d'aide")
        story = h.store.create_story("Kyiv receives Leopard tanks", "https://example.org/b", h.clock.now(), None,
                                     "{}", ["tanks"], 3.0)
        tanks = Alert(story, "Kyiv receives Leopard tanks", "https://example.org/b", ("AFP",), h.clock.now(),
                      ("tanks",), pledges=(Pledge("PL", "tanks", "delivered", "Leopard 2", "Leopard 2", 14),))
        h.store.enqueue(tanks, [Subscription("discord", str(CHANNEL))], h.clock.now())
        assert (await h.dispatcher.drain()).sent == 2

    h = run(tmp_path, body)
    footers = [message["embeds"][0]["footer"]["text"] for message in h.stub.messages(CHANNEL)]
    assert footers == ["Plus : /latest · Arrêter les alertes : /unsubscribe",
                       "Plus : /pledges Pologne · Arrêter les alertes : /unsubscribe"]


def test_a_refused_admin_command_says_how_to_become_an_admin(tmp_path):
    # Refused /rule_add without a word on how to become an admin; Discord's answer is the
    # asker's alone, so their id is said there.
    answers: list[str] = []

    async def body(h: Harness) -> None:
        calls = await h.command("rule_add", {"topic": "tanks", "expression": "Leopard"}, user_id=31337, locale="fr")
        answers.append(content_of(calls[-1]))

    run(tmp_path, body)
    assert answers == ["Seuls les administrateurs du bot peuvent utiliser /rule_add. Rien n'a été modifié.\n"
                       "Votre identifiant Discord est 31337 : l'opérateur du bot vous en fait administrateur en "
                       "l'ajoutant à [discord] admins dans le fichier de réglages."]


def test_a_digest_ends_with_how_to_stop_too(tmp_path):
    async def body(h: Harness) -> None:
        for name, options in (("subscribe", {}), ("mode", {"mode": "digest 08:00"})):
            await h.command(name, options, user_id=ADMIN, permissions=1 << 4)
        for n in range(3):
            h.queue_alert(f"Pledge {n}")
        h.clock.current = h.clock.current.replace(hour=8, minute=1) + timedelta(days=1)
        await h.dispatcher.drain()

    h = run(tmp_path, body)
    (digest,) = h.stub.messages(CHANNEL)
    assert digest["embeds"][0]["title"] == "Daily digest: 3 stories"
    assert digest["embeds"][0]["footer"] == {"text": "More: /latest · Stop alerts: /unsubscribe"}
