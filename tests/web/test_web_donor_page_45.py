"""The page of one donor (/donors/<code>), stop 45: a researcher following one donor over
months sees, month by month, its commitments, what of them was reported delivered and what was
only discussed, each month linking to exactly that month's list; per category and currency
what it committed against what was reported delivered; when it was first and last reported;
its latest pledges. Real SQLite file, real tracker on loopback HTTP; the stories and sentences
are written for these tests. Before stop 45 /donors/DE answered 404.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from bot.core.models import Feed, Pledge
from bot.web.headers import CSP
from tests.support.page_markup import page_markup
from tests.support.web_tracker import add_story, ask, get, serving, tracker_over

# The test clock's now is 2023-02-14 12:00 UTC: 20 days ago is in January, 2 and 10 in February.
NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)


def _germany_over_two_months(store, clock):
    """Germany: IRIS-T SLM pledged (4 units) in January, 60 Leopard 2 talked about in January,
    two IRIS-T SLM units delivered and 2 billion euros pledged in February; Norway's NASAMS in
    February."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    stories = (
        ("DE", "air_defence", "pledged", "IRIS-T SLM", 4, None, None, 20),
        ("DE", "tanks", "discussed", "Leopard 2", 60, None, None, 18),
        ("DE", "air_defence", "delivered", "IRIS-T SLM", 2, None, None, 10),
        ("DE", "funding", "pledged", None, None, 2e9, "EUR", 2),
        ("NO", "air_defence", "pledged", "NASAMS", 2, None, None, 2),
    )
    for n, (donor, category, status, system, quantity, value, currency, days_ago) in enumerate(stories):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, system or "aid", system, quantity, value, currency,
                          evidence=f"Sentence {n}.")], days_ago)


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_a_donor_has_a_page_following_it_month_by_month(store, clock):
    _germany_over_two_months(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, headers, page = get(f"{url}/donors/DE")
        months = {month: get(url + html.unescape(href))[2]
                  for href, month in re.findall(r'<a href="([^"]+)">(\d{4}-\d{2})<span', page)}
    assert status == 200 and headers["Content-Security-Policy"] == CSP
    text = _text(page)
    assert "Germany: pledges over time" in text
    # Committed: 3 records (the discussed one is not), 1 of them reported delivered; first and latest report.
    assert ("Committed records: 3, of which reported delivered: 1 (33%). First reported 2023-01-25, latest 2023-02-12."
            in text)
    # Month by month, newest first: February 2 committed, 1 delivered (2 units), January 1 committed, 1 discussed.
    assert re.search(r"2023-02 \(list of 2023-02\) 2 1 50% 0 2 2 2023-01 \(list of 2023-01\) 1 0 0% 1 4 ", text), text
    # Each month links to that month's list of Germany's records, and it lists those alone.
    assert set(months) == {"2023-01", "2023-02"}
    assert re.findall(r'href="/pledges/(\d+)"', months["2023-01"]) == ["2", "1"]
    assert sorted(re.findall(r'href="/pledges/(\d+)"', months["2023-02"])) == ["3", "4"]
    assert "q=DE&amp;from=2023-01-01&amp;to=2023-01-31" in page
    # Per category and currency, committed against reported delivered (the Totals' table for one donor).
    assert "Committed and reported delivered, per category" in text and "EUR" in text
    # The latest pledges, each linking to its page; the list and the totals of the donor.
    assert "Pledge 4" in text and "Pledge 1" in text and "Norway" not in text.split("Latest pledges")[1]
    assert "Every record of Germany in the list (4)" in text and "Germany on Totals" in text


def test_a_range_of_days_narrows_the_donor_page(store, clock):
    _germany_over_two_months(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, page = get(f"{url}/donors/DE?from=2023-02-01&to=2023-02-28")
        _, _, french = get(f"{url}/donors/DE?from=2023-02-01&lang=fr")
    text = _text(page)
    assert "Committed records: 2, of which reported delivered: 1 (50%)" in text
    assert "2023-01" not in text.split("Month by month")[1]
    assert "Every record of Germany in the list (2)" in text
    assert "2023-02-01 to 2023-02-28" in text  # the range, with a link removing it
    # The month's link is cut to the range as well as to the month.
    assert "from=2023-02-01&amp;to=2023-02-28" in page
    assert '<html lang="fr">' in french and "Allemagne : les promesses dans le temps" in html.unescape(french)
    assert "depuis le 2023-02-01" in html.unescape(french)


def test_the_list_the_totals_and_a_pledge_link_to_the_donor_page(store, clock):
    _germany_over_two_months(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, listing = get(f"{url}/pledges?q=germany")
        _, _, totals = get(f"{url}/totals?q=germany&from=2023-02-01&lang=de")
        _, _, unfiltered = get(f"{url}/pledges")
        _, _, pledge = get(f"{url}/pledges/1?lang=fr")
    assert '<a href="/donors/DE">Germany over time</a>' in listing
    assert '<a href="/donors/DE?lang=fr">Allemagne dans le temps</a>' in pledge
    assert '<a href="/donors/DE?from=2023-02-01&amp;lang=de">Deutschland im Zeitverlauf</a>' in totals
    assert "/donors/" not in unfiltered  # no donor chosen: no donor page to offer


def test_a_donor_address_is_checked_and_answered_as_the_other_records_are(store, clock):
    _germany_over_two_months(store, clock)
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        lower = ask(port, "/donors/de?lang=fr")
        unknown = get(f"{url}/donors/ZZ")
        bad = get(f"{url}/donors/D%3Cscript%3E")
        too_long = get(f"{url}/donors/ABCDEFGHI")
        unknown_parameter = get(f"{url}/donors/DE?sort=donor")
        head = ask(port, "/donors/DE", "HEAD")
        posted = ask(port, "/donors/DE", "POST")
        _, headers, _ = get(f"{url}/donors/DE")
        tag = next(value for name, value in headers.items() if name.lower() == "etag")
        again = ask(port, "/donors/DE", If_None_Match=tag)
    assert lower[0] == 301 and lower[1]["Location"] == "/donors/DE?lang=fr"
    assert unknown[0] == 404 and "No pledge of ZZ is recorded." in unknown[2] and 'href="/pledges"' in unknown[2]
    for status, _, body in (bad, too_long):
        assert status == 400 and "is not a donor&#x27;s code" in body and "<script>" not in body
    assert unknown_parameter[0] == 400 and "unknown parameter &#x27;sort&#x27;" in unknown_parameter[2]
    assert head[0] == 200 and head[2] == b"" and posted[0] == 405
    assert again[0] == 304


def test_the_donor_page_is_accessible_as_the_other_pages(store, clock):
    _germany_over_two_months(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {lang: get(f"{url}/donors/DE?lang={lang}")[2] for lang in ("en", "fr", "de")}
    for lang, page in pages.items():
        markup = page_markup(page)
        assert markup.html_lang == lang
        assert len(markup.tables) >= 2
        for table in markup.tables:
            assert table.caption.strip() and table.headers
            assert all(th.get("scope") in ("col", "row", "rowgroup") for th in table.headers)
        assert markup.swatches == markup.hidden_swatches
        internal: dict[str, set[str]] = {}
        for link in markup.links:
            words = " ".join(link.text.split())
            assert words.strip("×→← "), link.href
            internal.setdefault(words, set()).add(link.href)
        assert not {words: hrefs for words, hrefs in internal.items() if len(hrefs) > 1}, lang


def test_the_donor_page_counts_a_pledge_stored_after_it_was_first_asked(store, clock):
    """Its months and categories are kept between requests (they read every record of the
    donor), until pledges change: a poll storing one shows it on the next request."""
    _germany_over_two_months(store, clock)
    for url in serving(tracker_over(store, clock)):
        before = _text(get(f"{url}/donors/DE")[2])
        feed_id = store.list_feeds()[0].id
        add_story(store, clock, feed_id, 9, "Report 9", "Wire", "https://wire.example/9",
                  [Pledge("DE", "tanks", "delivered", "Leopard 2", "Leopard 2", 14, evidence="Fourteen came.")], 1)
        after = _text(get(f"{url}/donors/DE")[2])
    assert "Committed records: 3, of which reported delivered: 1 " in before
    assert "Committed records: 4, of which reported delivered: 2 (50%)" in after
    assert "2023-02 (list of 2023-02) 3 2 66% 0 16 16" in after
