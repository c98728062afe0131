"""Requests the tracker read wrongly and a row without its language, stop 58. Real SQLite file,
real tracker on loopback HTTP, raw sockets where a client library would not send the request.

Found and fixed here, each test failing before: a GET announcing a body was answered, then its
connection held 10 s by aiohttp waiting for the body (and `Expect: 100-continue` asked for
it); a query whose bytes are not UTF-8 was refused as "filter '\ufffd' not understood",
naming neither the parameter nor what was wrong with it; the list's sentences carried no
language, where a story's title already did.
"""

from __future__ import annotations

import socket
import time

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_report, add_story, ask, get, serving, tracker_over


def _raw(port: int, request: bytes, wait: float = 5.0) -> tuple[bytes, float]:
    """What the tracker sends back to `request` until it closes the connection (at most `wait`
    seconds), and how long it took to close it."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(request)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except TimeoutError:
            pass
    return received, time.monotonic() - started


def _one_pledge(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    return add_story(store, clock, feed_id, 1, "Berlin sagt Luftabwehr zu", "Zeitung", "https://zeitung.example/1",
                     [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4,
                             evidence="Vier Einheiten wurden zugesagt.")], 3, lang="de"), feed_id


def test_a_get_announcing_a_body_is_refused_at_once_and_its_connection_closed(store, clock):
    _one_pledge(store, clock)
    server = tracker_over(store, clock)
    for _ in serving(server):
        answers = {}
        for name, request in {
            "length, no body": b"GET /pledges HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n",
            "chunked, no body": b"GET /pledges?lang=fr HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
            "expects to continue": b"GET /totals HTTP/1.1\r\nHost: x\r\nContent-Length: 9000\r\n"
                                   b"Expect: 100-continue\r\n\r\n",
            "download": b"HEAD /pledges.csv HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n",
            "other method": b"POST /pledges HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n",
        }.items():
            answers[name] = _raw(server.port, request)
        # A GET without a body, or with an empty one, is answered as ever, its connection kept.
        plain, plain_time = _raw(server.port, b"GET /pledges HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 1.5)
    for name, (answer, took) in answers.items():
        assert took < 2, (name, took)  # 10 s before
        assert b"100 Continue" not in answer, name
    assert answers["length, no body"][0].startswith(b"HTTP/1.1 400 ")
    assert b"takes no body, and this one announced one (Content-Length: 5)" in answers["length, no body"][0]
    assert "ne porte pas de corps".encode() in answers["chunked, no body"][0]
    assert answers["expects to continue"][0].startswith(b"HTTP/1.1 400 ")
    assert answers["download"][0].startswith(b"HTTP/1.1 400 ") and b"text/plain" in answers["download"][0]
    assert answers["other method"][0].startswith(b"HTTP/1.1 405 ")
    assert plain.startswith(b"HTTP/1.1 200 ") and plain_time >= 1.4  # kept open for a next request


def test_a_query_not_in_utf8_is_refused_naming_its_parameter_in_the_page_language(store, clock):
    _one_pledge(store, clock)
    for url in serving(tracker_over(store, clock)):
        latin1 = get(url + "/pledges?q=%E9t%E9&lang=fr")  # "été" in Latin-1
        cut = get(url + "/donors/DE?from=2026-01-01&to=%E2%80")  # a link cut inside a letter
        named = get(url + "/totals?q%FF=tanks")
        download = get(url + "/pledges.csv?q=%E9")
        german = get(url + "/stories?q=%C3&lang=de")
    assert latin1[0] == 400 and "paramètre &#x27;q&#x27; : ses octets (&#x27;%E9t%E9&#x27;) ne sont pas du texte " \
                                 "UTF-8" in latin1[2]
    assert "\ufffd" not in latin1[2] and "non compris" not in latin1[2]
    assert cut[0] == 400 and "parameter &#x27;to&#x27;: its bytes (&#x27;%E2%80&#x27;) are not UTF-8" in cut[2]
    assert named[0] == 400 and "the name of a parameter (&#x27;q%FF&#x27;) is not UTF-8 text" in named[2]
    assert download[0] == 400 and download[2].startswith("parameter 'q': its bytes ('%E9') are not UTF-8 text")
    assert german[0] == 400 and "Parameter &#x27;q&#x27;: seine Bytes" in german[2]
    # Written right, the same words are read.
    for url in serving(tracker_over(store, clock)):
        assert get(url + "/pledges?q=%C3%A9t%C3%A9")[0] == 400  # understood as UTF-8: a filter word not known
        assert "filter &#x27;été&#x27; not understood" in get(url + "/pledges?q=%C3%A9t%C3%A9")[2]


def test_the_list_gives_each_sentence_its_article_language(store, clock):
    story, feed_id = _one_pledge(store, clock)
    add_report(store, clock, feed_id, story, 2, "Berlin pledges air defence", "Wire", "https://wire.example/2",
               [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4,
                       evidence="Four units were pledged.")], 2, lang="en")
    add_story(store, clock, feed_id, 3, "Paris promet des canons", "Journal", "https://journal.example/3",
              [Pledge("FR", "artillery", "pledged", "Caesar", "CAESAR", 6, evidence="Six canons sont promis.")], 1,
              lang="fr")
    add_story(store, clock, feed_id, 4, "No language given", "Post", "https://post.example/4",
              [Pledge("US", "tanks", "pledged", "Abrams", "Abrams", 31, evidence="Thirty-one tanks.")], 1)
    for url in serving(tracker_over(store, clock)):
        status, _, page = get(url + "/pledges?lang=fr")
    assert status == 200
    # The German sentence (its first report's) in German, the French one in French, on a French page.
    assert '<td class="evidence" lang="de">Vier Einheiten wurden zugesagt.</td>' in page
    assert '<td class="evidence" lang="fr">Six canons sont promis.</td>' in page
    # An article without a language: no attribute, not a wrong one.
    assert '<td class="evidence">Thirty-one tanks.</td>' in page


def test_the_day_fields_say_their_forms_in_the_page_language_and_take_them(store, clock):
    _one_pledge(store, clock)
    server = tracker_over(store, clock)
    for url in serving(server):
        pages = {lang: get(f"{url}/pledges?lang={lang}")[2] for lang in ("en", "fr", "de")}
        stories = get(url + "/stories?lang=de")[2]
        french = ask(server.port, "/pledges?q=germany&from=1%2F11%2F2026&to=&lang=fr")
        german = ask(server.port, "/donors/DE?from=01.11.2026&to=30.11.2026", Accept_Language="de-DE,de;q=0.9")
        english = get(url + "/pledges?from=1/11/2026")
        not_a_day = get(url + "/pledges?from=31/02/2026&lang=fr")
        iso = ask(server.port, "/pledges?from=2026-11-01&lang=fr")
    # Text fields (a browser's date field shows the day in its locale's order, whatever the
    # page's language), the forms they take said beside them in the page's language.
    for lang, words in (("en", "days as YYYY-MM-DD"), ("fr", "jours au format AAAA-MM-JJ ou JJ/MM/AAAA"),
                        ("de", "Tage als JJJJ-MM-TT oder TT.MM.JJJJ")):
        assert 'type="date"' not in pages[lang], lang
        assert pages[lang].count('<input type="text" name="from"') == 1, lang
        assert f'<span class="note" id="day-format">{words}</span></fieldset>' in pages[lang], lang
        assert pages[lang].count('aria-describedby="day-format"') == 2, lang
    assert 'pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}"' in pages["fr"]
    assert "Tage als JJJJ-MM-TT oder TT.MM.JJJJ" in stories
    # A day written as the page's language writes it is read, and the reader sent on to the
    # address with YYYY-MM-DD, which any language's page reads (to= left empty stays so).
    assert french[0] == 302 and french[1]["Location"] == "/pledges?q=germany&from=2026-11-01&to=&lang=fr"
    assert german[0] == 302 and german[1]["Location"] == "/donors/DE?from=2026-11-01&to=2026-11-30"
    assert german[1]["Vary"] == "Accept-Language"
    assert iso[0] == 200
    # English writes no day so: 1/11/2026 is January or November.
    assert english[0] == 400 and "as YYYY-MM-DD" in english[2]
    assert not_a_day[0] == 400 and "AAAA-MM-JJ ou JJ/MM/AAAA" in not_a_day[2]


def test_a_year_among_the_filter_words_is_read_as_its_days(store, clock):
    # What a reader types to ask what a donor promised in a year: refused before as a filter
    # word not understood.
    _, feed_id = _one_pledge(store, clock)
    year = clock.now().year
    add_story(store, clock, feed_id, 2, "Paris promet des canons", "Journal", "https://journal.example/2",
              [Pledge("DE", "artillery", "pledged", "PzH 2000", "PzH 2000", 6, evidence="Six guns.")], 400)
    server = tracker_over(store, clock)
    for url in serving(server):
        listing = get(f"{url}/pledges?q=germany+{year}")
        # As the form sends it, its day fields left empty: read so, not sent on to other days.
        form = ask(server.port, f"/pledges?q=germany+{year}&from=&to=&lang=fr")
        french = get(f"{url}/totals?q=allemagne+{year}&lang=fr")
        stories = get(f"{url}/stories?q={year}")
        both = get(f"{url}/pledges?q=germany+{year}&from={year}-12-01")
        download = get(f"{url}/pledges.csv?q=germany+{year}")
        two = get(f"{url}/pledges?q=germany+{year}+{year - 1}")
        out_of_bounds = get(f"{url}/pledges?q=germany+1999")
    assert listing[0] == 200 and "1 pledge" in listing[2] and "PzH" not in listing[2]
    assert f"{year}-01-01 to {year}-12-31" in listing[2]
    # The form and the links give it as the range it is, the words without the year.
    assert f'name="from" value="{year}-01-01"' in listing[2] and f'name="to" value="{year}-12-31"' in listing[2]
    assert 'name="q" maxlength="200" value="DE"' in listing[2]
    assert f"/totals?q=DE&amp;from={year}-01-01&amp;to={year}-12-31" in listing[2]
    assert french[0] == 200 and f"du {year}-01-01 au {year}-12-31" in french[2]
    assert form[0] == 200 and f"du {year}-01-01 au {year}-12-31".encode() in form[2]
    assert "n'est pas appliquée".encode() not in form[2]
    assert stories[0] == 200 and f"{year}-01-01 to {year}-12-31" in stories[2]
    # A range given beside it wins, as over a period, and the page says the year was set aside.
    assert both[0] == 200 and f"The period {year} in the filter words is not applied" in both[2]
    assert download[0] == 200 and f'filename="pledges_DE_{year}-01-01_to_{year}-12-31.csv"' in str(download[1])
    assert two[0] == 400 and f"filter &#x27;{year - 1}&#x27; not understood" in two[2]
    assert out_of_bounds[0] == 400 and "or a year (2025, its days)" in out_of_bounds[2]


def test_a_word_left_out_with_a_minus_is_refused_not_read_as_kept(store, clock):
    # "germany -tanks", as /search reads it, showed Germany's tanks: the opposite, unsaid.
    _one_pledge(store, clock)
    for url in serving(tracker_over(store, clock)):
        minus = get(url + "/pledges?q=germany+-tanks")
        phrase = get(url + "/totals?q=germany+-%22leopard+1%22&lang=de")
        download = get(url + "/pledges.csv?q=%E2%88%92air_defence")  # a typographic minus
        kept = [get(url + f"/pledges?q={q}")[0] for q in ("F-16", "iris-t", "germany+air-defence")]
    assert minus[0] == 400 and "q: &#x27;-tanks&#x27;: the filter words keep what they name and leave nothing " \
                               "out" in minus[2]
    assert phrase[0] == 400 and "schließen nichts aus" in phrase[2] and "-&quot;leopard 1&quot;" in phrase[2]
    assert download[0] == 400 and download[2].startswith("q: '−air_defence': the filter words keep")
    assert kept == [200, 200, 200]  # a hyphen inside a name is no minus
