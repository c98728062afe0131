"""A newcomer's filters on the web tracker, stop 63. Real SQLite file, real tracker on loopback
HTTP; the stories and sentences are written for these tests.

- The comparison of two donors refused `q=DE` ("the filter words name a donor") even when DE was
  one of the two compared: a link or a typed filter naming a donor the page shows was an error.
  A donor of the two now says nothing more, as the donor's own page reads its own donor.
- A filter word typed with a Cyrillic letter that looks Latin ("Gеrmany", a keyboard layout left
  on Cyrillic) was refused on the web and by /pledges, where every other chat command read it in
  Latin letters. It is read as it shows everywhere a filter is typed; a word holding a letter with
  no Latin twin is still refused, naming the letter.
"""

from __future__ import annotations

import html
from datetime import timedelta
import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask_tracker

TYPED_WITH_CYRILLIC = "G%D0%B5rmany"  # "Gеrmany", a Cyrillic "е" (U+0435)
NO_LATIN_TWIN = "G%D0%B5rma%D0%BBny"  # and a Cyrillic "л", which looks like no Latin letter


def _two_donors(store, clock):
    """Germany: 10 Leopard 2 pledged 8 days ago; France: 12 CAESAR pledged 6 days ago."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    leopards = Pledge("DE", "tanks", "pledged", "Leopard 2", "Leopard 2", 10, evidence="An invented tank sentence.")
    add_story(store, clock, feed_id, 1, "Invented tank report", "Wire", "https://wire.example/1", [leopards], 8)
    guns = Pledge("FR", "artillery", "pledged", "CAESAR", "CAESAR", 12, evidence="An invented gun sentence.")
    add_story(store, clock, feed_id, 2, "Invented gun report", "Wire", "https://wire.example/2", [guns], 6)


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_comparison_takes_one_of_its_own_donors_in_the_filter_words(store, clock):
    _two_donors(store, clock)
    code, name, second, other = ask_tracker(
        store, clock, "/donors/compare?a=DE&b=FR&q=DE", "/donors/compare?a=DE&b=FR&q=germany+30d",
        "/donors/compare?a=DE&b=FR&q=france", "/donors/compare?a=DE&b=FR&q=norway").values()
    for status, page in (code, name, second):
        assert status == 200, _text(page)
        assert "Germany and France compared" in _text(page)
    assert "remove filter: last 30 days" in _text(name[1]) or "30 days" in _text(name[1])
    # A third donor still cannot be shown there: refused, naming it and the page's two.
    assert other[0] == 400 and "(NO)" in _text(other[1]) and "(DE / FR)" in _text(other[1])


def test_a_filter_word_typed_with_a_lookalike_letter_reads_as_it_shows(store, clock):
    _two_donors(store, clock)
    folded, plain, compared, refused = ask_tracker(
        store, clock, f"/pledges?q={TYPED_WITH_CYRILLIC}", "/pledges?q=Germany",
        f"/donors/compare?a={TYPED_WITH_CYRILLIC}&b=FR", f"/pledges?q={NO_LATIN_TWIN}").values()
    assert folded[0] == 200 and "Leopard 2" in folded[1] and "CAESAR" not in folded[1]
    assert _text(folded[1]).count("Leopard 2") == _text(plain[1]).count("Leopard 2")
    assert compared[0] == 200 and "Germany and France compared" in _text(compared[1])
    # A letter with no Latin twin: refused, the letter named.
    assert refused[0] == 400 and "mixes scripts" in _text(refused[1]) and "U+0435" in refused[1]


def test_a_first_runs_pages_say_nothing_is_recorded_yet_without_empty_figures(store, clock):
    # The donors' page ended its comparison help in "e.g.:" with no example after it, and the
    # stories' page said "0 stories", "No stories recorded yet" and "page 1 of 1" at once.
    donors, stories, pledges = (_text(body) for _, body in ask_tracker(store, clock, "/donors", "/stories",
                                                                        "/pledges").values())
    assert "No donors recorded yet" in donors
    assert "e.g.:" not in donors and "For example" not in donors
    assert "Name two donors by code (DE, FR, NATO) or by name (germany, allemagne)." in donors
    assert "No stories recorded yet" in stories
    assert "0 stories" not in stories and "page 1 of 1" not in stories
    assert "No pledges recorded yet" in pledges and "page 1 of 1" not in pledges


def test_the_comparison_examples_follow_their_introduction_once_donors_are_recorded(store, clock):
    _two_donors(store, clock)
    [(status, page)] = ask_tracker(store, clock, "/donors").values()
    text = _text(page)
    assert status == 200
    assert "(germany, allemagne). For example: France and Germany compared" in text, text


def test_the_pledges_and_totals_say_since_when_their_figures_count(store, clock):
    # "All time" showed figures and the latest report's moment, never when the first one counted.
    _two_donors(store, clock)
    pledges, totals, french = (_text(body) for _, body in ask_tracker(
        store, clock, "/pledges", "/totals", "/pledges?lang=fr").values())
    first = (clock.now().replace(second=0, microsecond=0) - timedelta(days=8)).strftime("%Y-%m-%d %H:%M UTC")
    for text in (pledges, totals):
        assert f"First report in this view: {first}. Latest report in this view:" in text, text
    assert f"Premier signalement de cette vue : {first}." in french
