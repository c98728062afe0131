"""Story grouping round 29: a pledge's cited link survives a count told later. A report naming no
count makes a pledge row ("sends more Archer howitzers"); a later report of it names one ("eight
more") and the row takes it (bot/adapters/store/pledges.py, _count_told_later). In stop 47 the row
took a new id so that the tracker's totals cache (keyed on the highest pledge id) saw the change,
and every /pledges/<id> link cited before then answered 404. The row now keeps its id and the
caches are keyed on a counter of such edits as well. Real SQLite file, real tracker on loopback
HTTP, the reports written for this test."""

from __future__ import annotations

import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_report, add_story, ask, get, serving, tracker_over


def _archers(count: int | None, sentence: str) -> list[Pledge]:
    return [Pledge("SE", "artillery", "pledged", "Archer howitzers", "Archer", count, evidence=sentence)]


def _tag(headers) -> str:
    return headers["ETag"]


def _quantity(pledge_page: str) -> str | None:
    found = re.search(r"<dt>Quantity</dt><dd>([^<]*)</dd>", pledge_page)
    return found[1] if found else None


def _sweden_units(totals_page: str) -> str:
    """The units cell of Sweden's row in the table of pledges by donor (records, then units)."""
    return re.search(r'Sweden</a></th><td class="num">1</td><td class="num">([^<]*)</td>', totals_page)[1]


def test_a_cited_pledge_link_shows_the_count_a_later_report_tells_and_the_totals_count_it(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    story_id = add_story(store, clock, feed_id, 1, "Sweden sends more Archer howitzers", "Agency",
                         "https://agency.example/1", _archers(None, "Sweden sends more Archer howitzers."), 0)
    [cited_id] = [row["id"] for row in store._rows("SELECT id FROM pledges")]
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        status_before, _, page_before = get(f"{url}/pledges/{cited_id}")
        _, _, totals_before = get(f"{url}/totals")  # computed and cached with no count
        _, csv_headers, _ = ask(port, "/pledges.csv")
        add_report(store, clock, feed_id, story_id, 2, "Sweden to send eight more Archer howitzers", "Wire",
                   "https://wire.example/2", _archers(8, "Sweden will send eight more Archer howitzers."), 0)
        status_after, _, page_after = get(f"{url}/pledges/{cited_id}")
        _, _, totals_after = get(f"{url}/totals")
        csv_status, _, csv_after = ask(port, "/pledges.csv", If_None_Match=_tag(csv_headers))
    assert status_before == 200 and "Archer" in page_before
    # The link cited before the count came still leads to the pledge, now with its count.
    assert status_after == 200, "the cited /pledges/<id> link must still lead to the pledge"
    assert _quantity(page_before) is None and _quantity(page_after) == "8"
    assert [(row["id"], row["quantity"]) for row in store._rows("SELECT id, quantity FROM pledges")] == [(cited_id, 8)]
    # The totals cached before the edit are not served again: they count the eight.
    assert _sweden_units(totals_before) == ""
    assert _sweden_units(totals_after) == "8", "the totals must count the eight told later"
    # A download asked again with its old tag is written anew (its rows changed).
    assert csv_status == 200 and b",8," in csv_after
