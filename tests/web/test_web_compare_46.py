"""Stop 46: two donors side by side (/donors/compare?a=DE&b=FR&from=&to=), a researcher's most
common question ("Germany against France over these months"). Before it, the two donors' pages
had to be read one after the other, each with its own range typed in. Real SQLite file, real
tracker on loopback HTTP; the reports are written for this test."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from bot.core.models import Feed, Pledge
from tests.support.page_markup import page_markup
from tests.support.web_tracker import add_story, ask, get, serving, tracker_over

NOW = datetime(2023, 2, 14, 12, 0, tzinfo=UTC)  # the test clock's now


def _day(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).date().isoformat()


def _two_donors(store, clock) -> None:
    """Germany: air defence pledged 40 days ago (4 units) and delivered 10 days ago (2), tanks
    discussed 18 days ago, 2 bn EUR pledged 2 days ago. France: artillery pledged 20 days ago
    (6 units) and delivered 3 days ago (6), 100 m USD pledged 5 days ago."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    rows = (
        ("DE", "air_defence", "pledged", "IRIS-T SLM", 4, None, None, 40),
        ("DE", "tanks", "discussed", "Leopard 2", 60, None, None, 18),
        ("DE", "air_defence", "delivered", "IRIS-T SLM", 2, None, None, 10),
        ("DE", "funding", "pledged", None, None, 2e9, "EUR", 2),
        ("FR", "artillery", "pledged", "CAESAR", 6, None, None, 20),
        ("FR", "artillery", "delivered", "CAESAR", 6, None, None, 3),
        ("FR", "funding", "pledged", None, None, 1e8, "USD", 5),
    )
    for n, (donor, category, status, system, quantity, value, currency, days_ago) in enumerate(rows):
        add_story(store, clock, feed_id, n + 1, f"Report {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, system or "aid", system, quantity, value, currency,
                          evidence=f"Sentence {n}.")], days_ago)


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _section(page: str, heading: str) -> str:
    found = re.search(rf"<h2>{re.escape(heading)}</h2>.*?</section>", page, re.S)
    assert found, page[:500]
    return found.group(0)


def _ids(page: str) -> list[int]:
    return sorted(int(n) for n in re.findall(r'href="/pledges/(\d+)"', page))


def test_two_donors_side_by_side_per_category_currency_and_month(store, clock):
    _two_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, headers, page = get(f"{url}/donors/compare?a=DE&b=FR")
        # Every count linked is checked against the list it leads to.
        followed = {html.unescape(href): _ids(get(url + html.unescape(href))[2])
                    for href in re.findall(r'<a href="(/pledges\?[^"]+)"', page)}
    assert status == 200 and "script-src" not in headers["Content-Security-Policy"]
    text = _text(page)
    assert "Germany and France compared" in text
    summary = _text(_section(page, "Side by side"))
    # Committed records (the discussed tanks are not), those reported delivered, the share.
    # Germany's 3 are plain text: its list holds its tank talk too (reread46c F2, _46b).
    assert re.search(r"Committed records 3 3 \(the records of France", summary)
    assert re.search(r"Reported delivered 1 \(.*?\) 1 \(.*?\) Delivered share 33% 33% Discussed or refused 1 0",
                     summary), summary
    assert f"First reported {_day(40)} {_day(20)}" in summary
    categories = _section(page, "Committed and reported delivered, per category")
    rows = {m[0]: _text(m[1]) for m in re.findall(r'<tr><th scope="row">.*?</span>([^<]+)</th>(.*?)</tr>',
                                                   categories)}
    # Per donor: committed, delivered, share, units committed; "–" share where nothing was committed.
    assert re.fullmatch(r"2 \(.*?\) 1 50% 6 0 0 – ", rows["air defence"] + " "), rows
    assert re.fullmatch(r"0 0 – 2 \(.*?\) 1 50% 12", rows["artillery"]), rows
    # Money: one row per currency, each donor's own, never converted nor added across.
    money = re.findall(r'<tr><th scope="row">([A-Z]{3})</th>(.*?)</tr>', categories)
    assert [m[0] for m in money] == ["EUR", "USD"]
    # "–" where the donor has nothing in that currency (not a zero of it).
    assert _text(money[0][1]) == "2,000,000,000 0 0% – – –", money
    assert _text(money[1][1]) == "– – – 100,000,000 0 0%", money
    months = _text(_section(page, "Month by month"))
    # Newest month first; each donor's committed and reported delivered (Germany's January
    # count plain: its list for January holds the tank talk too).
    assert re.search(r"2023-02 2 \(.*?\) 1 2 \(.*?\) 1 2023-01 1 0 1 \(.*?\) 0", months), months
    # Each count's link lists exactly what it counts: Germany's 3 committed are no link (its
    # list would hold its tank talk too); France's artillery is its two artillery records.
    assert "/pledges?q=DE" not in followed
    assert followed["/pledges?q=FR+delivered"] == [6]
    assert followed["/pledges?q=FR+artillery"] == [5, 6]
    assert followed["/pledges?q=DE&from=2023-02-01&to=2023-02-28"] == [3, 4]
    assert followed["/pledges?q=FR&from=2023-01-01&to=2023-01-31"] == [5]
    # Each donor's page is a link away.
    assert 'href="/donors/DE"' in page and 'href="/donors/FR"' in page


def test_a_range_narrows_both_donors_and_every_link_keeps_it(store, clock):
    _two_donors(store, clock)
    ranged = f"from={_day(12)}&to={_day(1)}"
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(f"{url}/donors/compare?a=germany&b=Frankreich&{ranged}")
        links = [html.unescape(link.href) for link in page_markup(page).links]
    assert status == 200
    summary = _text(_section(page, "Side by side"))
    # Germany: its delivery (10 days ago) and its money (2 days ago); France: its delivery and its money.
    assert re.search(r"Committed records 2 \(.*?\) 2 \(.*?\) Reported delivered 1 \(.*?\) 1 ", summary), summary
    assert f"Latest report in this view: {(NOW - timedelta(days=2)):%Y-%m-%d %H:%M} UTC." in _text(page)
    to_lists = [href for href in links if href.startswith("/pledges?")]
    assert to_lists and all(ranged in href for href in to_lists), to_lists
    # The months' links are clipped to the range: February's starts at the range's first day.
    assert f"/pledges?q=DE&from={_day(12)}&to=2023-02-13" in links
    # The other languages keep both donors and the range; removing the range keeps the donors.
    french = next(href for href in links if "lang=fr" in href)
    assert "a=DE" in french and "b=FR" in french and ranged in french
    remove = next(link for link in page_markup(page).links if "remove" in link.text)
    assert "from=" not in remove.href and "a=DE" in html.unescape(remove.href)


def test_the_donor_page_offers_the_comparison_over_its_range(store, clock):
    _two_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, _, page = get(f"{url}/donors/DE?from={_day(30)}&lang=de")
        form = re.search(r'<form method="get" action="/donors/compare".*?</form>', page, re.S)
        assert form, page
        fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form.group(0)))
        # What the form sends, with the second donor typed in as a reader would.
        status, _, compared = get(f"{url}/donors/compare?a={fields['a']}&from={fields['from']}&lang={fields['lang']}"
                                  f"&b=france")
        # To follow the donor from a feed reader: its feed, of what comes next (no range).
        feed_href = html.unescape(re.search(r'<a href="([^"]+)" class="dl-atom">([^<]+)</a>', page)[1])
        _, _, feed = get(url + feed_href)
    assert feed_href == "/pledges.atom?q=DE&lang=de"
    assert len(re.findall("<entry>", feed)) == 4 and "Frankreich" not in feed and "Deutschland" in feed
    assert fields == {"a": "DE", "from": _day(30), "lang": "de"} and 'name="b"' in form.group(0)
    assert "Deutschland vergleichen mit" in _text(form.group(0))
    assert status == 200 and "Deutschland und Frankreich im Vergleich" in _text(compared)


def test_a_comparison_refuses_what_it_cannot_compare_and_says_what_it_takes(store, clock):
    _two_donors(store, clock)
    asked = {}
    for url in serving(tracker_over(store, clock)):
        for query in ("a=DE", "b=FR", "a=DE&b=germany", "a=tanks&b=FR", "a=DE&b=FR&q=norway+30d", "a=DE&b=FR&a=NO",
                      "a=DE&b=FR&from=2023-02-10&to=2023-02-01", "a=DE&b=F%C3%A9", "a=DE&b=FR&page=2"):
            asked[query] = get(f"{url}/donors/compare?{query}")
        french = get(f"{url}/donors/compare?a=DE&lang=fr")
        unknown = get(f"{url}/donors/compare?a=DE&b=PL&lang=de")
        look_alike = get(f"{url}/donors/compare?a=G%D0%B5rma%D0%BBny&b=FR")  # a Cyrillic "е" and "л" (no Latin twin)
        hostile = get(f"{url}/donors/compare?a=%3Cscript%3Ealert(1)%3C/script%3E&b=FR")
        # A zero-width space and a byte order mark pasted with the link are read as nothing.
        invisible = get(f"{url}/donors/compare?a=DE%E2%80%8B&b=%EF%BB%BFfrance")
    # (Neither donor, "/donors/compare" alone, leads to the donors' list since stop 48:
    # tests/web/test_web_trimmed_addresses_48.py.)
    for query, (status, headers, body) in asked.items():
        assert status == 400, query
        assert "Content-Security-Policy" in headers
    assert "b: a donor is needed" in _text(asked["a=DE"][2])
    assert "its code (DE, FR, NATO) or its name" in _text(asked["a=DE"][2])
    assert "a and b both name DE" in _text(asked["a=DE&b=germany"][2])
    assert "a: 'tanks' names no donor" in _text(asked["a=tanks&b=FR"][2])  # a category is not a donor
    # The filter words are taken since stop 62 (tests/web/test_web_donor_filters_62.py), but not a donor:
    # the comparison's donors are a and b.
    assert "the filter words name a donor (NO)" in _text(asked["a=DE&b=FR&q=norway+30d"][2])
    assert "given 2 times" in _text(asked["a=DE&b=FR&a=NO"][2])
    assert "comes after to" in _text(asked["a=DE&b=FR&from=2023-02-10&to=2023-02-01"][2])
    assert french[0] == 400 and "b : il faut un donateur" in _text(french[2])
    assert look_alike[0] == 400 and "it mixes scripts" in _text(look_alike[2]) and "U+0435" in look_alike[2]
    assert hostile[0] == 400 and "<script>" not in hostile[2] and "&lt;script&gt;" in hostile[2]
    assert invisible[0] == 200 and "Germany and France compared" in _text(invisible[2])
    # A donor with no pledge at all: 404 naming it, with a link back to the list.
    assert unknown[0] == 404 and "Keine Zusage von Polen ist erfasst." in _text(unknown[2])
    assert 'href="/pledges?lang=de"' in unknown[2]


def test_the_comparison_is_not_a_donor_called_compare(store, clock):
    """/donors/<code> takes 2 to 8 letters: "compare" is 7. Its path must reach the comparison
    (a 400 saying what it takes), not the page of a donor "COMPARE" (a 301, then a 404).
    Without either donor it leads to the donors' list and its form (stop 48)."""
    _two_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        status, _, body = ask(port, "/donors/compare?a=DE")
        bare = ask(port, "/donors/compare")
    assert status == 400 and b"a donor is needed" in body
    assert bare[0] == 302 and bare[1]["Location"] == "/donors#compare"


def test_the_comparison_revalidates_and_answers_head(store, clock):
    _two_donors(store, clock)
    path = "/donors/compare?a=DE&b=FR"
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        status, headers, body = ask(port, path)
        again = ask(port, path, If_None_Match=headers["ETag"])
        head = ask(port, path, "HEAD")
        post = ask(port, path, "POST")
        # A new report of either donor changes the page, and its tag.
        feed_id = store.add_feed(Feed(url="https://late.example/feed.xml", name="Late"), clock.now())[0]
        add_story(store, clock, feed_id, 99, "Late report", "Late", "https://late.example/1",
                  [Pledge("FR", "tanks", "pledged", "AMX-10 RC", "AMX-10 RC", 14, evidence="Fourteen.")], 1)
        changed = ask(port, path, If_None_Match=headers["ETag"])
    assert status == 200 and again[0] == 304 and again[2] == b""
    assert head[0] == 200 and head[2] == b"" and post[0] == 405
    assert changed[0] == 200 and changed[1]["ETag"] != headers["ETag"]


def test_the_comparison_meets_the_accessibility_rules_of_every_page(store, clock):
    _two_donors(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {lang: get(f"{url}/donors/compare?a=DE&b=FR&lang={lang}")[2] for lang in ("en", "fr", "de")}
    for lang, page in pages.items():
        markup = page_markup(page)
        assert markup.html_lang == lang
        assert len(markup.tables) == 4  # side by side, categories, money, months
        for table in markup.tables:
            assert table.caption.strip(), lang
            assert table.headers and all(th.get("scope") in ("col", "row", "colgroup") for th in table.headers)
        # Links say where they go: no bare number, and the same words never lead to two places.
        places: dict[str, set[str]] = {}
        for link in markup.links:
            words = " ".join(link.text.split())
            assert not re.fullmatch(r"[\d\s%–]*", words), (lang, link.href)
            places.setdefault(words, set()).add(link.href)
        assert all(len(hrefs) == 1 for hrefs in places.values()), places
        # The colour squares are decoration beside their words.
        assert markup.swatches and markup.hidden_swatches == markup.swatches
