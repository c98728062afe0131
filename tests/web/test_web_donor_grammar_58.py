"""A donor's name inside a page's sentences, stop 58: the French pages wrote "Toutes les
fiches de Allemagne", "de États-Unis", the German "von Vereinigte Staaten", the English
"Follow United States's new pledges". bot/core/pledges/donors/donor_grammar.py gives each
language's article and preposition; headings keep the bare name. Real SQLite file, real
tracker on loopback HTTP; the stories are written for these tests.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest

from bot.core.models import Feed, Pledge
from bot.core.pledges.donors.donor_grammar import donor_words, french_article_known
from bot.core.pledges.listing.words import DONOR_NAMES
from tests.support.web_tracker import add_story, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)


def test_every_donor_has_its_french_article():
    # A donor added to the names without its article would read "de Xyz" where French
    # wants "du", "des" or "de la".
    assert [code for code in DONOR_NAMES if not french_article_known(code)] == []


@pytest.mark.parametrize(("code", "lang", "the_donor", "of_donor"), [
    ("DE", "fr", "l'Allemagne", "de l'Allemagne"),
    ("FR", "fr", "la France", "de la France"),
    ("CA", "fr", "le Canada", "du Canada"),
    ("US", "fr", "les États-Unis", "des États-Unis"),
    ("NL", "fr", "les Pays-Bas", "des Pays-Bas"),
    ("HU", "fr", "la Hongrie", "de la Hongrie"),
    ("MT", "fr", "Malte", "de Malte"),
    ("NATO", "fr", "l'OTAN", "de l'OTAN"),
    ("US", "de", "die Vereinigten Staaten", "von den Vereinigten Staaten"),
    ("GB", "de", "das Vereinigte Königreich", "vom Vereinigten Königreich"),
    ("CH", "de", "die Schweiz", "von der Schweiz"),
    ("DE", "de", "Deutschland", "von Deutschland"),
    ("US", "en", "the United States", "of the United States"),
    ("DE", "en", "Germany", "of Germany"),
    ("ZZ", "fr", "ZZ", "de ZZ"),
])
def test_the_donor_with_its_article_and_preposition(code, lang, the_donor, of_donor):
    words = donor_words(code, lang)
    assert (words["the_donor"], words["of_donor"]) == (the_donor, of_donor)


def test_english_possessive_of_a_plural_name_takes_a_bare_apostrophe():
    assert donor_words("US", "en")["donors"] == "the United States'"
    assert donor_words("NL", "en")["donors"] == "the Netherlands'"
    assert donor_words("DE", "en")["donors"] == "Germany's"


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _pledges_of_two_donors(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, donor in enumerate(("US", "DE")):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "air_defence", "pledged", "aid", "Patriot", 2, evidence=f"Sentence {n}.")], 3)


@pytest.mark.parametrize(("path", "expected"), [
    ("/donors/US?lang=fr", ["Toutes les fiches des États-Unis dans la liste (1)",
                            "Suivre les nouvelles promesses des États-Unis", "Les fiches des États-Unis par mois",
                            "Comparer les États-Unis à"]),
    ("/donors/DE?lang=fr", ["Toutes les fiches de l'Allemagne dans la liste (1)",
                            "Suivre les nouvelles promesses de l'Allemagne"]),
    ("/donors/US?lang=de", ["Alle Einträge von den Vereinigten Staaten in der Liste (1)",
                            "Neue Zusagen von den Vereinigten Staaten folgen"]),
    ("/donors/US", ["Every record of the United States in the list (1)", "Follow the United States' new pledges",
                    "Compare the United States with"]),
    ("/donors/compare?a=US&b=DE&lang=fr", ["les fiches des États-Unis dans la liste",
                                           "les fiches de l'Allemagne dans la liste"]),
    ("/donors/PL?lang=fr", ["Aucune promesse de la Pologne n'est enregistrée."]),
])
def test_donor_pages_write_the_name_as_a_sentence_needs(store, clock, path, expected):
    _pledges_of_two_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, page = get(url + path)
    text = _text(page) + " " + html.unescape(page)
    for phrase in expected:
        assert phrase in text, phrase
    assert "de Allemagne" not in text and "de États-Unis" not in text and "von Vereinigte" not in text
