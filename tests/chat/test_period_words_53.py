"""A period filter reads in words in every language's replies (stop 53, a new user's first
hour): "/pledges allemagne 30d summary" answered "Promesses sur les derniers 30d", the word
as typed in a French sentence, in the wrong order, where the web pages say "30 jours"."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.chat.period_words import period_words
from bot.core.models import Pledge
from bot.core.pledges.listing.filters import parse_pledge_filters
from tests.support.command_harness import USER, add_story_with_pledges, run


@pytest.mark.parametrize("word, lang, title, listed", [
    ("30d", "en", "over the last 30 days", "last 30 days"),
    ("1y", "en", "over the last year", "last year"),
    ("30d", "fr", "sur les 30 derniers jours", "30 derniers jours"),
    ("12w", "fr", "sur les 12 dernières semaines", "12 dernières semaines"),
    ("1m", "fr", "sur le dernier mois", "dernier mois"),
    ("6m", "de", "der letzten 6 Monate", "in den letzten 6 Monaten"),
    ("1w", "de", "der letzten Woche", "in der letzten Woche"),
    ("1y", "de", "des letzten Jahres", "im letzten Jahr"),
])
def test_a_period_reads_in_the_words_of_each_language(word, lang, title, listed):
    assert period_words(word, lang, "title") == title
    assert period_words(word, lang) == listed


def test_the_period_a_filter_read_is_the_one_put_in_words():
    flt = parse_pledge_filters("Deutschland 030D", load_entities())
    assert period_words(flt.period, "de") == "in den letzten 30 Tagen"


def test_the_pledges_command_says_the_period_in_the_chats_language(table, store, clock):
    add_story_with_pledges(store, clock, [(2, Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T", 2))])
    run(table, USER, "/lang fr")
    assert run(table, USER, "/pledges allemagne 30d summary").startswith("Promesses sur les 30 derniers jours : 1 au")
    run(table, USER, "/lang de")
    assert run(table, USER, "/pledges schweiz 6m") == "Keine Zusagen gefunden: Schweiz · in den letzten 6 Monaten."
