"""Stop 55, new user: /subscribe and the topic lists name topics in the chat's language
("défense aérienne", "Luftverteidigung", "NATO meeting") and /rule_add took only a code or a
one-word name: "/rule_add défense aérienne IRIS-T" read the topic "défense" (refused as an
invalid rule) and "/rule_add air defence IRIS-T" a rule "defence IRIS-T". Now a topic is
its code or its name in any language, in any case, quoted or not; an unknown one is refused
with the valid ones by code and by name in the chat's language, and nothing is saved.
Through the command table on a real store."""

from __future__ import annotations

import pytest

from bot.core.chat.i18n import LANGUAGES
from bot.core.chat.topic_names import topic_name
from bot.core.text import fold
from tests.support.command_harness import ADMIN, run, snapshot

_TOPICS = ("air_defence", "nato_meeting", "tanks")  # the harness's topics a rule may join


def _last_rule(store):
    return store.list_rules()[-1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_topic_by_its_name_in_every_language_and_by_its_code_in_any_case(table, store, lang):
    run(table, ADMIN, f"/lang {lang}")
    n = 0
    for topic in _TOPICS:
        for said in {topic, topic.upper(), *(topic_name(topic, name_lang) for name_lang in LANGUAGES)}:
            for shown in (said, said.upper(), f'"{said}"'):
                n += 1
                reply = run(table, ADMIN, f"/rule_add {shown} probe{n} AND ukraine")
                rule = _last_rule(store)
                assert (rule.topic, rule.expression) == (topic, f"probe{n} AND ukraine"), (shown, reply)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unknown_topic_is_refused_with_the_valid_ones_named_in_the_chats_language(table, store, lang):
    run(table, ADMIN, f"/lang {lang}")
    before = snapshot(store)
    for unknown in ("spaceships", "Raumschiffe", "«vaisseaux»"):
        reply = run(table, ADMIN, f"/rule_add {unknown} rocket")
        for topic in _TOPICS:
            # (a name that is its code in words, "air defence", is not said twice)
            name = topic_name(topic, lang)
            assert topic in reply and (name in reply or fold(name).replace(" ", "_") == topic), reply
        assert "trap" not in reply and unknown in reply
    assert snapshot(store) == before


def test_a_new_topic_is_still_its_first_word(table, store):
    run(table, ADMIN, "/rule_add drones_sea probe AND ukraine --new-topic")
    assert (_last_rule(store).topic, _last_rule(store).expression) == ("drones_sea", "probe AND ukraine")
