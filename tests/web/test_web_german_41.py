"""The web tracker in German (stop 41), on a real WebServer on loopback over a real SQLite
file: every page, the error pages, the filter form and its words, the Totals page's period
labels (in words in all three languages), the Atom feed, and the choice of German by
`lang=` (de, DE, de-AT, de_CH) or by the browser's Accept-Language (RFC 9110 weights).
The stories and pledges are short texts written for these tests."""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree

import pytest

from bot.config import load_entities
from bot.core.models import Feed, Pledge
from bot.web.params import BadRequest, parse_view
from bot.web.texts import TEXTS, counted, negotiate
from tests.support.web_tracker import add_story, get, serving, tracker_over

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def web(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Germany sends IRIS-T", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T", 2, evidence="Two IRIS-T arrived.")], 3)
    add_story(store, clock, feed_id, 2, "London pledges money", "Journal", "https://journal.example/2",
              [Pledge("GB", "funding", "pledged", "aid", None, None, 2e9, "GBP", evidence="Two billion."),
               Pledge("US", "tanks", "refused", "Abrams", "Abrams", 31, evidence="No Abrams for now.")], 10)
    yield from serving(tracker_over(store, clock))


def test_lang_de_in_any_spelling_chooses_the_german_pages(web):
    for asked in ("de", "DE", "de-DE", "de-AT", "de_CH"):
        status, headers, page = get(f"{web}/pledges?lang={asked}")
        assert status == 200 and '<html lang="de"' in page, asked
        assert headers["Content-Language"] == "de"
    assert "<h1>Zusagen</h1>" in page
    for words in ("Deutschland", "Luftverteidigung", "geliefert", "Vereinigtes Königreich", "Finanzierung",
                  "zugesagt", "Quellen", "Filterwörter", "Anzeigen", "Atom-Feed neuer Zusagen"):
        assert words in page, words
    assert "Germany" not in page and "Allemagne" not in page


def test_a_german_browser_gets_german_by_its_weights(web):
    def language(accept: str) -> str:
        _, headers, page = get(web + "/pledges", **{"Accept-Language": accept})
        assert f'<html lang="{headers["Content-Language"]}"' in page
        return headers["Content-Language"]

    assert language("de-AT,de;q=0.9,en;q=0.5") == "de"
    assert language("de-CH") == "de"
    assert language("fr;q=0.9, de;q=0.8") == "fr"
    assert language("en, de;q=0.9") == "en"
    assert language("de;q=0, fr;q=0.1") == "fr"
    # The URL's language wins over the browser's.
    status, headers, _ = get(web + "/pledges?lang=en", **{"Accept-Language": "de"})
    assert status == 200 and headers["Content-Language"] == "en"


def test_negotiation_and_parameters_know_german():
    assert negotiate("de-DE,de;q=0.9,en;q=0.8") == "de"
    assert negotiate("DE_at") == "de"
    assert negotiate("dsb, en;q=0.5") == "en"  # Lower Sorbian starts with "d", is no German
    entities = load_entities()
    assert parse_view({"lang": ["de-CH"]}, ("lang",), entities).lang == "de"
    with pytest.raises(BadRequest, match="en, fr or de"):
        parse_view({"lang": ["deu"]}, ("lang",), entities)


def test_every_page_is_german_and_names_its_periods_in_words(web):
    _, _, totals = get(web + "/totals?lang=de")
    _, _, stories = get(web + "/stories?lang=de")
    assert "<h1>Summen</h1>" in totals and "Zusagen nach Geber" in totals and "Zusagen nach Kategorie" in totals
    # German groups thousands with a point: "2,000,000,000" reads as two to a German reader.
    assert ">2.000.000.000<" in totals and "2,000,000,000" not in totals
    assert "<h1>Meldungen</h1>" in stories and "zuerst gesehen" in stories and "1 Medium" in stories
    assert "2 Meldungen" in stories
    # The period links, in words in each language (they were the filter words 7d, 30d, ...).
    for lang, words in (("de", ("gesamter Zeitraum", "7 Tage", "30 Tage", "6 Monate", "1 Jahr")),
                        ("fr", ("tout", "7 jours", "30 jours", "6 mois", "1 an")),
                        ("en", ("all time", "7 days", "30 days", "6 months", "1 year"))):
        for path in ("/totals", "/pledges", "/stories"):
            _, _, page = get(f"{web}{path}?lang={lang}")
            links = re.search(r'<p class="choices"><span>[^<]*</span>(.*?)</p>', page).group(1)
            shown = [html.unescape(text) for text in re.findall(r">([^<>]+)</a>", links)]
            assert shown == list(words), (lang, path, shown)
    # The chosen period is marked on its words.
    _, _, page = get(web + "/totals?lang=de&q=30d")
    assert re.search(r'class="here" aria-current="page" title="30d">30 Tage</a>', page)


def test_the_filter_form_and_the_filters_read_german_words(web):
    status, _, page = get(web + "/pledges?lang=de&q=deutschland+geliefert")
    assert status == 200 and "IRIS-T" in page and "Abrams" not in page
    status, _, page = get(web + "/pledges?lang=de&q=vereinigtes+k%C3%B6nigreich+finanzierung")
    assert status == 200 and "Two billion" in page and "IRIS-T" not in page
    status, _, page = get(web + "/pledges?lang=de&q=abgelehnt")
    assert status == 200 and "Abrams" in page and "IRIS-T" not in page
    # The active filters are shown in German, and the form keeps the language.
    status, _, page = get(web + "/pledges?lang=de&q=luftverteidigung")
    assert '<ul class="active"><li>Luftverteidigung' in page
    assert '<input type="hidden" name="lang" value="de">' in page


def test_the_error_pages_are_german(web):
    status, headers, page = get(web + "/pledges?lang=de&q=zzz")
    assert status == 400 and headers["Content-Language"] == "de"
    assert "<h1>Ungültige Anfrage</h1>" in page and "Filter &#x27;zzz&#x27; nicht verstanden" in page
    assert "Filterwörter wie bei /pledges" in page
    status, _, page = get(web + "/nirgends", **{"Accept-Language": "de"})
    assert status == 404 and "<h1>Seite nicht gefunden</h1>" in page
    status, _, page = get(web + "/pledges?lang=de&page=9")
    assert status == 404 and "Es gibt keine Seite 9: Diese Ansicht endet mit Seite 1." in page
    assert "Zu Seite 1" in page
    status, _, page = get(web + "/pledges?lang=de&lang=fr")
    assert status == 400 and "Parameter &#x27;lang&#x27; 2-mal angegeben" in page


def test_each_page_links_the_other_two_languages_by_their_own_names(web):
    def switch(page: str) -> list[tuple[str, str, str]]:
        return [(html.unescape(href), lang, name)
                for href, lang, name in re.findall(r'<a href="([^"]*)" class="lang" lang="(\w+)" hreflang="\w+">'
                                                   r'([^<]*)</a>', page)]

    _, _, german = get(web + "/totals?lang=de&q=30d")
    assert switch(german) == [("/totals?q=30d&lang=en", "en", "English"), ("/totals?q=30d&lang=fr", "fr", "Français")]
    _, _, english = get(web + "/stories")
    assert [name for _, _, name in switch(english)] == ["Français", "Deutsch"]


def test_the_german_pages_offer_a_german_feed(web):
    _, _, page = get(web + "/pledges?q=deutschland&lang=de")
    feed_path = html.unescape(re.search(r'<a href="([^"]+)" class="dl-atom">', page).group(1))
    assert feed_path == "/pledges.atom?q=DE&lang=de"
    status, headers, body = get(web + feed_path)
    feed = ElementTree.fromstring(body)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert feed.findtext(f"{ATOM}title") == "pledgewatch: neue Zusagen"
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Deutschland — Luftverteidigung IRIS-T ×2 — geliefert"
    # The entry's own page since stop 44 (the pledge with every report of it), in the feed's language.
    pledge = entry.findtext(f"{ATOM}id").rsplit("-", 1)[1]
    assert entry.find(f"{ATOM}link[@rel='alternate']").get("href") == f"/pledges/{pledge}?lang=de"
    # German money in the feed: amount, abbreviation, sign.
    _, _, money = get(web + "/pledges.atom?q=GB&lang=de")
    title = ElementTree.fromstring(money).find(f"{ATOM}entry").findtext(f"{ATOM}title")
    assert title == "Vereinigtes Königreich — Finanzierung (2 Mrd. £) — zugesagt"


def test_every_link_on_the_german_pages_answers(web):
    seen: set[str] = set()
    for start in ("/pledges?lang=de", "/totals?lang=de", "/stories?lang=de"):
        _, _, page = get(web + start)
        for href in re.findall(r'href="(/[^"]*)"', page):
            href = html.unescape(href)
            if href not in seen:
                seen.add(href)
                status, _, _ = get(web + href)
                assert status == 200, href
    # Every page link keeps a language (German, or another chosen on the switch); the
    # stylesheet and the CSV and JSON downloads have none.
    assert len(seen) > 30
    assert [h for h in seen if "lang=" not in h and not re.search(r"\.(css|csv|json)\b", h)] == []


def test_german_counts_take_the_plural_from_two_and_for_none():
    assert counted("de", "count", 1) == "1 Zusage" and counted("de", "count", 0) == "0 Zusagen"
    assert counted("de", "count_stories", 2) == "2 Meldungen" and counted("de", "outlets", 1) == "1 Medium"
    assert counted("fr", "count", 0) == "0 promesse"  # French keeps its singular for none
    assert set(TEXTS) == {"en", "fr", "de"}


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_the_page_words_exist_in_every_language_with_the_same_placeholders(lang):
    import string

    # The forms of a donor's name (bot/core/pledges/donors/donor_grammar.py: "Germany's", "de
    # l'Allemagne", "von der Schweiz") are one value written as each language's grammar wants.
    donor_forms = {"donor", "the_donor", "of_donor", "donors"}
    fields = lambda s: {"donor" if f[1] in donor_forms else f[1]  # noqa: E731
                        for f in string.Formatter().parse(s) if f[1]}
    assert TEXTS[lang].keys() == TEXTS["en"].keys()
    for key, text in TEXTS["en"].items():
        assert fields(text) == fields(TEXTS[lang][key]), key
