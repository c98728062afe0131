"""A donor's page and the comparison of two donors under the filter words, stop 62: "Germany's
air defence over the last 30 days" or "Germany against France in tanks" are asked as on every
other page (`q`: a category, a system, a status, a period), the counts narrowed to them and
every link keeping them. Until stop 62 both pages took a range of days alone, answered `q` with
"unknown parameter", and the other pages' links to them dropped the other filters, saying so.
Real SQLite file, real tracker on loopback HTTP; the stories and sentences are written for
these tests.
"""

from __future__ import annotations

import html
import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask_tracker, get, serving, tracker_over


def _two_donors_over_time(store, clock):
    """Germany: IRIS-T pledged 40 days ago (3 units), IRIS-T delivered 5 days ago (2 units), 10
    Leopard 2 tanks pledged 8 days ago; France: 12 CAESAR pledged 6 days ago, AMX-10 tanks
    discussed 3 days ago."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    stories = (
        ("DE", "air_defence", "pledged", "IRIS-T", 3, 40),
        ("DE", "air_defence", "delivered", "IRIS-T", 2, 5),
        ("DE", "tanks", "pledged", "Leopard 2", 10, 8),
        ("FR", "artillery", "pledged", "CAESAR", 12, 6),
        ("FR", "tanks", "discussed", "AMX-10", None, 3),
    )
    for n, (donor, category, status, system, quantity, days_ago) in enumerate(stories):
        add_story(store, clock, feed_id, n + 1, f"Invented report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, system, system, quantity, evidence=f"Invented sentence {n}.")],
                  days_ago)


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _links(page: str) -> set[str]:
    return {html.unescape(href) for href in re.findall(r'href="([^"]+)"', page)}


def test_a_donor_page_takes_the_filter_words_and_its_links_keep_them(store, clock):
    _two_donors_over_time(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(f"{url}/donors/DE?q=air_defence+30d")
        month_lists = {href: get(url + href)[2] for href in _links(page)
                       if href.startswith("/pledges?") and "from=" in href}
        _, _, everything = get(f"{url}/donors/DE")
        _, _, french = get(f"{url}/donors/DE?q=chars&lang=fr")
    assert status == 200
    text = _text(page)
    # Only the air defence of the last 30 days: the delivery of 5 days ago, not the pledge of 40
    # days ago nor the tanks.
    assert "Committed records: 1, of which reported delivered: 1 (100%)" in text, text
    assert "Committed records: 3, of which reported delivered: 1" in _text(everything)
    assert "Leopard" not in text.split("Latest pledges")[1]
    # The filters are shown, each removable, with the moment the period counts from.
    assert "remove filter: air defence" in text and "remove filter: 30 days" in text
    assert "30 days: first reported since" in text
    links = _links(page)
    assert "/donors/DE?q=30d" in links and "/donors/DE?q=air_defence" in links  # each filter removed
    assert "/pledges?q=DE+air_defence+30d" in links and "/totals?q=DE+air_defence+30d" in links
    assert "/pledges.atom?q=DE+air_defence" in links  # a feed follows what comes next: no period
    # The menu keeps the donor, as it would from its list.
    assert "/stories?q=DE+air_defence+30d" in links and "/donors?q=air_defence+30d" in links
    # A month's link keeps the words and gives the month's days from the period's first day on,
    # and its list holds what the row counts.
    assert month_lists and all("q=DE+air_defence" in href for href in month_lists)
    for listed in month_lists.values():
        assert re.findall(r'href="/pledges/(\d+)"', listed) == ["2"]
    # The comparison's form starts from the same filters; it offers no donor in its example.
    assert '<input type="hidden" name="q" value="air_defence 30d">' in page
    assert 'placeholder="air defence 30d"' in page
    # In French, by the words a French reader types.
    assert "retirer le filtre : chars" in _text(french) and "Engagements enregistrés : 1, dont" in _text(french)


def test_the_comparison_takes_the_filter_words_on_both_donors(store, clock):
    _two_donors_over_time(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(f"{url}/donors/compare?a=DE&b=FR&q=tanks")
        _, _, none = get(f"{url}/donors/compare?a=DE&b=FR&q=drones")
    assert status == 200
    text = _text(page)
    # Tanks alone: Germany's Leopard 2 committed, France's AMX-10 only discussed.
    side = text.split("Side by side")[1]
    assert re.search(r"Committed records 1 .*0 Delivered", side), side
    assert re.search(r"Discussed or refused 0 1", side), side
    links = _links(page)
    # Each count links the list under the same words; each donor's page too; the words are removable.
    assert "/pledges?q=DE+tanks" in links
    assert "/donors/DE?q=tanks" in links and "/donors/FR?q=tanks" in links
    assert "/donors/compare?a=DE&b=FR" in links
    assert 'name="q" maxlength="200" value="tanks"' in page
    assert "Neither Germany nor France has a record these filters keep." in _text(none)


def test_a_donor_in_the_words_of_a_page_whose_donors_are_in_its_address_is_named(store, clock):
    _two_donors_over_time(store, clock)
    # (A donor of the two on the comparison, q=germany, is taken since stop 63: tests/web/test_web_newuser_63.py.)
    same, other, compared, german = ask_tracker(
        store, clock, "/donors/DE?q=germany+tanks", "/donors/DE?q=france+tanks", "/donors/compare?a=DE&b=FR&q=norway",
        "/donors/DE?q=frankreich&lang=de").values()
    # The page's own donor in the words adds nothing: read as the other words.
    assert same[0] == 200 and "remove filter: tanks" in _text(same[1])
    assert "Committed records: 1, of which" in _text(same[1])
    # Another donor is refused, saying what the words name and what to do instead.
    for status, page in (other, compared):
        assert status == 400
        assert "the filter words name a donor" in _text(page) and "Leave the donor out of the words" in _text(page)
    assert "(FR)" in _text(other[1]) and "(DE / FR)" in _text(compared[1])
    assert german[0] == 400 and "Die Filterwörter nennen einen Geber (FR)" in _text(german[1])


def test_the_lists_links_to_a_donor_page_keep_every_filter(store, clock):
    _two_donors_over_time(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, pledges = get(f"{url}/pledges?q=germany+tanks+30d")
        _, _, donors = get(f"{url}/donors?q=tanks")
    assert "/donors/DE?q=tanks+30d" in _links(pledges)
    assert "takes a range of days only" not in _text(pledges)
    links = _links(donors)
    assert "/donors/DE?q=tanks" in links and "/donors/FR?q=tanks" in links
    assert any(href.startswith("/donors/compare?q=tanks&a=") for href in links)
    assert "each donor's page and the comparisons keep them too" in _text(donors)


def test_a_mistyped_filter_word_is_told_the_word_meant(store, clock):
    _two_donors_over_time(store, clock)
    english, french, plain = ask_tracker(store, clock, "/pledges?q=germany+tnaks", "/donors/DE?q=artilerie&lang=fr",
                                         "/totals?q=blah").values()
    assert english[0] == 400 and "q: filter 'tnaks' not understood: did you mean tanks?" in _text(english[1])
    assert french[0] == 400 and "vouliez-vous dire artillerie ?" in _text(french[1])
    assert plain[0] == 400 and "not understood. q:" in _text(plain[1]) and "did you mean" not in _text(plain[1])
