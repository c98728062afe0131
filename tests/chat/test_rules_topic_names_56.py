"""Stop 56, new user: /rules listed each rule under its topic's code ("#12 air_defence (1): ...",
"#40 trap (-3): ..."), to French and German chats too, where /subscribe and /topics name the
same topics in words ("défense aérienne"). Now each rule's topic is named in the chat's
language; an admin also sees the code where the name differs ("chars [tanks]"), as the rules
file, `pledgewatch rules add` and /rule_add --new-topic spell it. Walked in English, French and
German through the real python-telegram-bot against the loopback Bot API stand-in, over the
shipped rules in a real store."""

from __future__ import annotations

import re

import pytest

from bot.core.chat.services import ChatContext
from bot.core.chat.topic_names import topic_name
from tests.support.telegram_harness import ADMIN, USER, Bot, run

# What a reader sees for three shipped topics, and the code an admin sees beside the name.
SHOWN = {
    "en": {"tanks": "tanks", "air_defence": "air defence", "trap": "look-alikes"},
    "fr": {"tanks": "chars", "air_defence": "défense aérienne", "trap": "faux amis"},
    "de": {"tanks": "Panzer", "air_defence": "Luftverteidigung", "trap": "Verwechslungen"},
}
_LINE = re.compile(r"#(\d+) (.+?) \((-?[\d.]+)\): ")


def _topics_of_lines(text: str) -> dict[int, str]:
    return {int(m.group(1)): m.group(2) for line in text.splitlines()[1:] if (m := _LINE.match(line))}


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_rules_names_each_rules_topic_in_the_chats_language_and_shows_an_admin_its_code(tmp_path, stub, lang):
    async def go() -> None:
        async with Bot(tmp_path, stub) as bot:
            topic_of_rule = {rule.id: rule.topic for rule in bot.rules.rules()}
            for chat in (USER, ADMIN):
                await bot.command(chat, f"/lang {lang}")

            # Every rule, as the chat's command table answers /rules (Telegram shows it a page at a time).
            for ctx, admin in ((ChatContext("telegram", str(USER), str(USER), is_admin=False, can_manage_chat=True), False),
                               (ChatContext("telegram", str(ADMIN), str(ADMIN), is_admin=True, can_manage_chat=True), True)):
                shown = _topics_of_lines(bot.chat.commands.handle(ctx, "rules", "").text)
                assert set(shown) == set(topic_of_rule), "every rule is listed"
                for rule_id, topic in topic_of_rule.items():
                    name = topic_name(topic, lang)
                    with_code = f"{name} [{topic}]" if name.replace(" ", "_").lower() != topic else name
                    assert shown[rule_id] == (with_code if admin else name), (rule_id, topic, shown[rule_id])

            # Through Telegram: a topic asked by its name, the title and each line naming it alike.
            for topic, name in SHOWN[lang].items():
                said = (await bot.command(USER, f"/rules {name}"))[-1]
                title, *_ = said.splitlines()
                assert name in title and topic not in title.replace(name, ""), title
                assert set(_topics_of_lines(said).values()) == {name}, said
                for_admin = (await bot.command(ADMIN, f"/rules {name}"))[-1]
                expected = name if name.replace(" ", "_").lower() == topic else f"{name} [{topic}]"
                assert set(_topics_of_lines(for_admin).values()) == {expected}, for_admin
            # An unknown topic's example is a name the reader can type back.
            refused = (await bot.command(USER, "/rules zzqx"))[-1]
            assert f"/rules {topic_name('aid', lang)})" in refused and "zzqx" in refused

    run(go())
