"""Stop 61: equal counts on Totals and on the donors' list are ordered by the names the page
shows in its language, not by code: by code (DE, DK, ES, SE) an English page read "Germany,
Denmark, Spain, Sweden" and a German one "Deutschland, Dänemark, Spanien, Schweden". On a real
SQLite file and a real loopback HTTP server."""

from __future__ import annotations

import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask_tracker


def _four_equal_donors(store, clock) -> None:
    """Denmark, Germany, Spain and Sweden: one air defence pledge each, on separate days."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, donor in enumerate(("DK", "DE", "ES", "SE")):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, "air_defence", "pledged", "launchers", None, 2, evidence=f"Sentence {n}.")], n + 1)


def _donor_rows(page: str, caption_words: str) -> list[str]:
    """The donors' names of the table whose caption holds `caption_words`, in order."""
    table = re.search(rf"<caption>[^<]*{caption_words}.*?</table>", page, re.S)[0]
    return re.findall(r'<th scope="row(?:group)?"[^>]*><a [^>]*>(?:<span[^>]*>[^<]*</span>)?\s*\S+ ([^<]+)</a>', table)


def test_equal_totals_follow_the_names_the_page_shows(store, clock):
    _four_equal_donors(store, clock)
    asked = ask_tracker(store, clock, "/totals?lang=fr", "/totals?lang=de", "/totals", "/donors?lang=fr",
                        "/donors?lang=de")
    french, german, english = (asked[path][1] for path in ("/totals?lang=fr", "/totals?lang=de", "/totals"))
    assert _donor_rows(french, "donateur") == ["Allemagne", "Danemark", "Espagne", "Suède"]
    assert _donor_rows(german, "Geber") == ["Dänemark", "Deutschland", "Schweden", "Spanien"]
    assert _donor_rows(english, "donor") == ["Denmark", "Germany", "Spain", "Sweden"]
    # The chart's bars, above the table, in the same order.
    assert re.findall(r"<text[^>]*>(Allemagne|Danemark|Espagne|Suède)</text>", french) == [
        "Allemagne", "Danemark", "Espagne", "Suède"]
    # The donors' list, equal counts alike.
    listed_fr = re.findall(r'<li><a href="/donors/(\w+)\?lang=fr">', asked["/donors?lang=fr"][1])
    listed_de = re.findall(r'<li><a href="/donors/(\w+)\?lang=de">', asked["/donors?lang=de"][1])
    assert listed_fr == ["DE", "DK", "ES", "SE"] and listed_de == ["DK", "DE", "SE", "ES"]
