"""The page of one pledge (/pledges/<id>) and of one story (/stories/<id>), stop 44: a
journalist's "who promised what, and was it delivered?" answered under an address that can be
cited. Real SQLite file, real tracker on loopback HTTP; the stories, titles and sentences are
short texts written for these tests. Before stop 44 every path below answered 404.
"""

from __future__ import annotations

import html
import re
from datetime import timedelta
from xml.etree import ElementTree

from bot.core.models import Feed, Pledge
from bot.web.data import ARTICLE_PAGE_SIZE
from bot.web.headers import CSP
from tests.support.web_tracker import add_report, add_story, ask, get, serving, tracker_over

ATOM = "{http://www.w3.org/2005/Atom}"
IRIS_PLEDGED = Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4, evidence="Berlin promised four units.")


def _iris_history(store, clock):
    """Germany's IRIS-T SLM pledged (30 days ago, reported by Wire, then by Zeitung in German
    with its own sentence), then delivered in a later story (3 days ago); and a Norwegian
    pledge with no system in the first story. Returns (feed id, first story, second story)."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    first = add_story(store, clock, feed_id, 1, "Berlin pledges air defence", "Wire", "https://wire.example/1",
                      [IRIS_PLEDGED, Pledge("NO", "funding", "pledged", "aid", None, None, 5e8, "NOK",
                                            evidence="Oslo adds money.")], 30, lang="en")
    add_report(store, clock, feed_id, first, 2, "Berlin sagt Luftabwehr zu", "Zeitung", "https://zeitung.example/2",
               [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4,
                       evidence="Vier Einheiten wurden zugesagt.")], 29, lang="de")
    second = add_story(store, clock, feed_id, 3, "First IRIS-T SLM unit arrives", "Wire", "https://wire.example/3",
                       [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T SLM", 1,
                               evidence="The first unit has arrived.")], 3, lang="en")
    return feed_id, first, second


def _pledge_id(store, status: str, donor: str = "DE") -> int:
    return next(row["id"] for row in store.pledge_rows(None, with_sources=False)
                if row["status"] == status and row["donor"] == donor)


def _ask_once(store, clock, path, **headers):
    for url in serving(tracker_over(store, clock)):
        status, _, body = get(url + path, **headers)
    return status, body


def test_a_pledge_has_a_page_with_every_report_its_status_steps_and_its_story(store, clock):
    _, first, second = _iris_history(store, clock)
    pledged, delivered = _pledge_id(store, "pledged"), _pledge_id(store, "delivered")
    for url in serving(tracker_over(store, clock)):
        status, headers, page = get(f"{url}/pledges/{pledged}")
        _, _, listing = get(url + "/pledges")
        _, _, feed = get(url + "/pledges.atom")
    assert status == 200 and headers["Content-Security-Policy"] == CSP
    assert f"<h1>Pledge {pledged}: Germany — IRIS-T SLM air defence ×4 — pledged</h1>" in page
    # Every report: both outlets, their dates, each one's own sentence, the German one marked as German.
    reports = page.split("<h2>Reports</h2>", 1)[1]
    assert "2 articles reported it" in reports
    assert reports.index("Wire") < reports.index("Zeitung")  # in the order they were read
    assert "Berlin promised four units." in reports and "Vier Einheiten wurden zugesagt." in reports
    assert '<td lang="de"><a href="https://zeitung.example/2"' in reports
    assert (clock.now() - timedelta(days=29)).date().isoformat() in reports  # the German article's date
    # The status over time: pledged in the first story, then delivered in the second, linked.
    steps = page.split("<h2>Status over time</h2>", 1)[1].split("</table>", 1)[0]
    assert steps.index("pledged") < steps.index("delivered")
    assert f'<a href="/pledges/{delivered}">Pledge {delivered}</a>' in steps and "this pledge" in steps
    assert f'<a href="/stories/{second}">First IRIS-T SLM unit arrives</a>' in steps
    # The story it belongs to.
    assert f'<dd lang="en"><a href="/stories/{first}">Berlin pledges air defence</a></dd>' in page
    # The list's row and the feed's entry lead to it.
    assert f'<a href="/pledges/{pledged}">Pledge {pledged}</a>' in listing
    entries = {e.findtext(f"{ATOM}id").rsplit("-", 1)[1]: e for e in ElementTree.fromstring(feed).iter(f"{ATOM}entry")}
    assert entries[str(pledged)].find(f"{ATOM}link[@rel='alternate']").get("href") == f"/pledges/{pledged}"


def test_a_pledge_without_a_system_counts_only_its_own_story_as_the_same_thing(store, clock):
    feed_id, first, _ = _iris_history(store, clock)
    add_story(store, clock, feed_id, 9, "Oslo delivers money", "Wire", "https://wire.example/9",
              [Pledge("NO", "funding", "delivered", "aid", None, None, 1e8, "NOK", evidence="Paid.")], 1)
    norway = _pledge_id(store, "pledged", "NO")
    status, page = _ask_once(store, clock, f"/pledges/{norway}")
    steps = page.split("<h2>Status over time</h2>", 1)[1].split("</table>", 1)[0]
    assert status == 200 and "in this story" in page
    assert "delivered" not in steps  # another story's funding is not this pledge's delivery


def test_unknown_and_malformed_record_numbers(store, clock):
    _iris_history(store, clock)
    for url in serving(tracker_over(store, clock)):
        answers = {path: get(url + path) for path in (
            "/pledges/999", "/stories/999", "/pledges/abc", "/pledges/0", "/pledges/007", "/stories/1x",
            "/pledges/" + "9" * 19, "/pledges/1?q=germany", "/pledges/1?page=2", "/stories/1?page=0",
            "/pledges/999?lang=fr", "/pledges/1/", "/pledges/")}
    for path in ("/pledges/999", "/stories/999"):
        status, _, body = answers[path]
        assert status == 404, path
        back = "/pledges" if path.startswith("/pledges") else "/stories"
        assert f'<a href="{back}">' in body and "999" in body
    assert "Aucune promesse ne porte le numéro 999" in answers["/pledges/999?lang=fr"][2]
    assert '<html lang="fr">' in answers["/pledges/999?lang=fr"][2]
    for path in ("/pledges/abc", "/pledges/0", "/pledges/007", "/stories/1x", "/pledges/" + "9" * 19):
        status, _, body = answers[path]
        assert status == 400, path
        assert "is not a record number. id: a record number, a whole number from 1 to 999999999999999999" in \
            html.unescape(body), path
    # Parameters a record's page does not take are refused, naming those it takes.
    assert answers["/pledges/1?q=germany"][0] == 400 and "Accepted: lang" in html.unescape(
        answers["/pledges/1?q=germany"][2])
    assert answers["/pledges/1?page=2"][0] == 400
    assert answers["/stories/1?page=0"][0] == 400
    # A trailing slash is dropped (301, followed here) since stop 48: a trimmed address reaches a page.
    assert answers["/pledges/1/"][0] == 200 and answers["/pledges/"][0] == 200


def test_record_pages_answer_head_and_revalidate_with_their_etag(store, clock):
    _iris_history(store, clock)
    server = tracker_over(store, clock)
    for _ in serving(server):
        status, headers, body = ask(server.port, "/pledges/1")
        head = ask(server.port, "/pledges/1", "HEAD")
        again = ask(server.port, "/pledges/1", If_None_Match=headers["ETag"])
        story = ask(server.port, "/stories/1")
        story_again = ask(server.port, "/stories/1", If_None_Match=story[1]["ETag"])
        posted = ask(server.port, "/pledges/1", "POST")
    assert status == 200 and head[0] == 200 and head[2] == b"" and head[1]["ETag"] == headers["ETag"]
    assert again[0] == 304 and again[2] == b""
    assert story[0] == 200 and story_again[0] == 304
    assert posted[0] == 405
    for answer in (headers, story[1]):
        assert answer["Content-Security-Policy"] == CSP and answer["X-Content-Type-Options"] == "nosniff"


def test_feed_text_on_record_pages_is_escaped_cut_and_linked_only_when_http(store, clock):
    feed_id = store.add_feed(Feed(url="https://odd.example/feed.xml", name="Odd"), clock.now())[0]
    long_title = "<script>alert(1)</script> " + "x" * 2000
    story = add_story(store, clock, feed_id, 1, long_title, "<b>Outlet</b>", "javascript:alert(1)",
                      [Pledge("DE", "tanks", "pledged", "<i>tanks</i>", "Leo\u202epard", 2,
                              evidence="Reversed \u202etext <img src=x>")], 2)
    for url in serving(tracker_over(store, clock)):
        pledge_page = get(url + "/pledges/1")[2]
        story_page = get(url + f"/stories/{story}")[2]
    for page in (pledge_page, story_page):
        assert "<script>" not in page and "<b>Outlet" not in page and "<img" not in page
        assert "javascript:" not in page and "\u202e" not in page
        assert "&lt;script&gt;" in page
        assert "x" * 400 not in page  # cut to the titles' 300 characters
    assert "Reversed text &lt;img src=x&gt;" in pledge_page


def test_a_story_page_lists_all_its_articles_a_page_at_a_time_with_languages_outlets_and_pledges(store, clock):
    feed_id, first, _ = _iris_history(store, clock)
    # 118 more articles join the first story: 120 in all, from 4 outlets, in 3 languages.
    for n in range(118):
        outlet, lang = (("Agence", "fr"), ("Wire", "en"), ("Zeitung", "de"), ("Post", None))[n % 4]
        add_report(store, clock, feed_id, first, 100 + n, f"Report {n:03d}", outlet, f"https://news.example/{n}",
                   [], 28 - n / 10, lang=lang)
    for url in serving(tracker_over(store, clock)):
        pages = {n: get(f"{url}/stories/{first}" + (f"?page={n}" if n > 1 else "")) for n in (1, 2, 3, 4)}
        french = get(f"{url}/stories/{first}?lang=fr&page=3")
    assert [pages[n][0] for n in (1, 2, 3, 4)] == [200, 200, 200, 404]
    articles = [re.findall(r'<table class="articles">.*?</table>', pages[n][2], re.S)[0] for n in (1, 2, 3)]
    rows = [a.count("<tr>") - 1 for a in articles]  # less the header row
    assert rows == [ARTICLE_PAGE_SIZE, ARTICLE_PAGE_SIZE, 20]
    shown = sorted(set(re.findall(r"Report \d{3}", "".join(articles))))
    assert len(shown) == 118  # every article, each once
    first_page = pages[1][2]
    assert "120 articles, 4 outlets, 4 languages" in first_page  # en, de, fr, and not given
    assert re.search(r'<span class="lang-tag">fr</span> 30 articles', first_page)
    assert "Wire: 31 articles" in first_page and "Zeitung: 30 articles" in first_page
    assert f'<a href="/stories/{first}?page=2" class="next">' in first_page
    # Its pledges, each linked to its own page.
    pledges = first_page.split("<h2>Pledges in this story</h2>", 1)[1].split("</table>", 1)[0]
    assert "Germany" in pledges and "Norway" in pledges and 'href="/pledges/1">Pledge 1</a>' in pledges
    assert '<td class="num">2</td>' in pledges  # the IRIS-T pledge: two articles reported it
    assert 'lang="fr"' in articles[0]
    assert french[0] == 200 and "Articles publiés" in french[2] and 'href="/stories/1?page=2&amp;lang=fr"' in french[2]


def test_a_story_merged_into_another_moves_its_page_there(store, clock):
    _, first, second = _iris_history(store, clock)
    with store.transaction():
        store.merge_story(second, first)
    server = tracker_over(store, clock)
    for _ in serving(server):
        moved = ask(server.port, f"/stories/{second}?lang=de")
        survivor = ask(server.port, f"/stories/{first}")
    assert moved[0] == 301 and moved[1]["Location"] == f"/stories/{first}?lang=de"
    assert survivor[0] == 200 and b"First IRIS-T SLM unit arrives" in survivor[2]
