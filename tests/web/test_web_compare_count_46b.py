"""Stop 46 review (reread46c F2): on /donors/compare a committed count (pledged, delivered,
ordered from industry) linked to the donor's list, which also holds its discussed and refused
records: "Committed records 1" opened a list of 3. No list filter gives the three commitment
statuses as one, so a committed count now links only where the list holds just what it counts
(no discussed or refused record of that donor in the count's scope), and is plain text
elsewhere. Every link to the list from the page is checked against the list it opens. Real
SQLite file, real tracker on loopback HTTP; the reports are written for this test."""

from __future__ import annotations

import html
import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, get, serving, tracker_over

# Test clock now: 2023-02-14 12:00 UTC. 3 days ago is February, 40 days January, 80 November.
ROWS = (
    ("DE", "air_defence", "pledged", 3),
    ("DE", "air_defence", "refused", 3),
    ("DE", "tanks", "discussed", 40),
    ("DE", "artillery", "pledged", 80),
    ("DE", "artillery", "delivered", 80),
    ("FR", "artillery", "pledged", 3),
    ("FR", "funding", "delivered", 40),
)


def _reports(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    for n, (donor, category, status, days_ago) in enumerate(ROWS):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, "x", None, 2, evidence=f"Sentence {n}.")], days_ago)


def _list_links(page: str) -> list[tuple[str, int, str]]:
    """(href, the number shown, the hidden words) of every count linking to the list."""
    return [(html.unescape(href), int(number), html.unescape(hidden)) for href, number, hidden in re.findall(
        r'<a href="(/pledges\?[^"]+)">(\d+)<span class="vh"> \(([^)]*)\)</span></a>', page)]


def _summary_cell(page: str, row: str) -> list[str]:
    found = re.search(rf'<th scope="row">{row}</th>((?:<td class="num">.*?</td>)+)</tr>', page)
    return re.findall(r'<td class="num">(.*?)</td>', found[1])


def test_every_count_on_the_comparison_opens_a_list_of_as_many_records(store, clock):
    _reports(store, clock)
    for url in serving(tracker_over(store, clock)):
        page = get(f"{url}/donors/compare?a=DE&b=FR")[2]
        links = _list_links(page)
        listed = {href: len(set(re.findall(r'href="/pledges/(\d+)"', get(url + href)[2]))) for href, _, _ in links}
    assert all(listed[href] == number for href, number, _ in links), [(h, n, listed[h]) for h, n, _ in links]
    # Germany has a refused and a discussed record: its 3 committed records are not a link
    # (its list holds 5); France has none: its count links, and so does Germany's delivered one.
    assert _summary_cell(page, "Committed records") == ["3", _summary_cell(page, "Committed records")[1]]
    assert "href" in _summary_cell(page, "Committed records")[1]
    hrefs = {href for href, _, _ in links}
    assert "/pledges?q=FR" in hrefs and "/pledges?q=DE+delivered" in hrefs and "/pledges?q=DE" not in hrefs
    # Per category: Germany's artillery (no other record) links, its air defence (one refused) does not.
    assert "/pledges?q=DE+artillery" in hrefs and "/pledges?q=DE+air_defence" not in hrefs
    # Per month: November (two commitments) links; February (a refusal too) does not.
    assert "/pledges?q=DE&from=2022-11-01&to=2022-11-30" in hrefs
    assert not any(href.startswith("/pledges?q=DE&from=2023-02-01") for href in hrefs)
