"""The web tracker against a hostile visitor, a hostile feed and a new user: a real
`WebServer` (or `pledgewatch web` as a process) on loopback over a real SQLite file, hit
with raw HTTP. An audit round, not a reading round: the feed texts here are short hostile
strings and wire-style sentences written for these tests (none taken from the real-article
set), stored through the store as a poll would store them.

Before the fixes, all 14 of these tests failed on main: a client that never finished its
request held its connection for an hour (aiohttp's default keep-alive, 3630 s), and any
number of such clients took the process's file descriptors, which `run` needs for the feeds
and the database; four downloads of every pledge at once kept every page waiting for all
four (a page 2.6 s behind four of 0.8 s), and a download its client never read stayed in
memory with its connection for good; a page past the last answered 200 "No pledges match
these filters" with a link to another page past the last; one stored pledge whose status
has no filter word ("requested") made /pledges and /totals answer 500; a right-to-left
override in a title turned the rest of its line around, and a 20,000-character title or
item was shown whole; a CSV cell starting with a line break and "=" went out as a formula;
a new database's pages said "No pledges match these filters" with no filter set, and its
Totals page was empty tables; a non-loopback address was served without a word, a busy
port was told in asyncio's words with the address twice, and an IPv6 address was logged
without brackets; responses had no Cache-Control and named the server's software and
version; a database that could not be read answered aiohttp's bare "500 Internal Server
Error". After: all 14 pass; a 15th keeps a reader leaving mid-download from being logged as
an error now that the server sends downloads itself. (After the review: a 16th keeps a
reader taking a download slowly from holding up every other, with MAX_DOWNLOADS in flight.)
"""

from __future__ import annotations

import csv
import html
import io
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from bot.config import load_entities
from bot.core.models import Feed, Pledge
from bot.web import server as server_module
from bot.web.server import WebServer
from tests.support.web_tracker import add_story, get, serving

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows it on the line is shown reversed
LONG = "Z" * 20_000


def _raw(port: int, data: bytes, timeout: float = 10) -> bytes:
    """What the server answers to `data` sent as is, read until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
    return out


def _server(store, clock, **options) -> WebServer:
    return WebServer(store.path, load_entities(), clock, "127.0.0.1", 0, **options)


# -- connections ------------------------------------------------------------------------------


def test_a_client_that_never_finishes_its_request_is_dropped(store, clock):
    """Slowloris: a request head sent a line at a time and never ended held its connection
    for an hour (aiohttp's keep-alive default), and with it a file descriptor of the process
    that also polls the feeds."""
    server = _server(store, clock, request_timeout=1)
    for url in serving(server):
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            started = time.monotonic()
            sock.sendall(b"GET /pledges HTTP/1.1\r\nHost: x\r\n")
            for _ in range(3):
                time.sleep(0.3)
                sock.sendall(b"X-Slow: 1\r\n")
            assert sock.recv(100) == b""  # closed by the server, with no answer
            assert time.monotonic() - started < 5
        assert get(url + "/pledges")[0] == 200  # the next reader is served


def test_connections_beyond_the_limit_are_closed_at_once_and_the_limit_frees_up(store, clock):
    """Idle connections held open by one visitor cannot take every file descriptor: past
    `max_connections` a new one is closed as soon as it is accepted."""
    server = _server(store, clock, max_connections=4, request_timeout=2)
    for url in serving(server):
        idle = [socket.create_connection(("127.0.0.1", server.port), timeout=10) for _ in range(4)]
        time.sleep(0.3)
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as extra:
            assert extra.recv(100) == b""  # closed at once, before the request timeout
        for sock in idle:
            assert sock.recv(100) == b""  # dropped by the request timeout
            sock.close()
        time.sleep(0.3)
        assert get(url + "/pledges")[0] == 200


@pytest.fixture
def many_pledges(store, clock):
    """12,000 pledges: a download of them all takes the server about a second to make, and
    its 7 MB do not fit in the sockets' buffers."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    evidence = ("Berlin will send further howitzers, the defence ministry said on Tuesday, adding that the "
                "guns would come from army stocks and that training of the crews had already begun. ") * 3
    howitzers = [Pledge("DE", "artillery", "pledged", f"howitzer batch {n}", f"H{n}", n, evidence=evidence)
                 for n in range(12_000)]
    with store.transaction():
        add_story(store, clock, feed_id, 1, "Berlin sends howitzers", "Wire", "https://wire.example/1", howitzers, 1)
    return store


@pytest.mark.timeout(120)
def test_downloads_of_every_pledge_cannot_keep_the_pages_waiting(store, clock, monkeypatch):
    """A download of a whole view took the one database thread the pages use: four asked at
    once kept every page waiting for all four (18 s at the benchmark's 64k pledges).

    Told by order, not by time: the downloads are held inside their writing until the page
    has been answered (a comparison of times failed on a loaded machine with the fix in)."""
    writing, release = threading.Event(), threading.Event()
    real_write = server_module.pledges_to_csv

    def held_write(rows, **how):
        writing.set()
        release.wait(60)
        return real_write(rows, **how)

    monkeypatch.setattr(server_module, "pledges_to_csv", held_write)
    for url in serving(_server(store, clock)):
        downloads: list[tuple[int, dict]] = []
        threads = [threading.Thread(target=lambda: downloads.append(get(url + "/pledges.csv")[:2])) for _ in range(4)]
        for thread in threads:
            thread.start()
        try:
            assert writing.wait(30)
            deadline = time.monotonic() + 30
            while not downloads and time.monotonic() < deadline:  # the one past MAX_DOWNLOADS is refused
                time.sleep(0.01)
            page_status = get(url + "/pledges?q=france")[0]
            finished_before_the_page = len(downloads)
        finally:
            release.set()
            for thread in threads:
                thread.join()
    assert page_status == 200
    assert finished_before_the_page == 1  # only the refusal: every download still held in its writing
    statuses = sorted(status for status, _ in downloads)
    # MAX_DOWNLOADS (3) made, one after the other, and the fourth told to come back
    assert statuses == [200, 200, 200, 503], statuses
    assert all(headers["Retry-After"] for status, headers in downloads if status == 503)


@pytest.mark.timeout(180)
def test_a_download_its_reader_never_takes_is_dropped_and_frees_the_next(many_pledges, clock):
    """A client that asked for every pledge and never read kept its connection, and the
    download's text in memory, for good; as many times over as it asked."""
    server = _server(many_pledges, clock, download_seconds=1)
    for url in serving(server):
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.connect(("127.0.0.1", server.port))
            sock.sendall(b"GET /pledges.csv HTTP/1.1\r\nHost: x\r\n\r\n")
            time.sleep(8)  # about a second to make it, one to send it: then read, too late
            sock.settimeout(30)
            received = b""
            try:
                while chunk := sock.recv(1 << 20):
                    received += chunk
            except ConnectionResetError:
                pass
        head, _, body = received.partition(b"\r\n\r\n")
        length = int(re.search(rb"Content-Length: (\d+)", head).group(1)) if head else None
        assert length is None or len(body) < length, "the whole download was kept waiting for its reader"
        assert get(url + "/pledges.csv?q=france")[0] == 200  # the next download is made


@pytest.mark.timeout(180)
def test_a_reader_taking_a_download_slowly_holds_up_no_other(many_pledges, clock):
    """With one slot for every download, a reader taking its download slowly (the server
    gives it 2 minutes) had every other download refused with 503 meanwhile."""
    server = _server(many_pledges, clock)
    for url in serving(server):
        with socket.socket() as slow:
            slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            slow.connect(("127.0.0.1", server.port))
            slow.sendall(b"GET /pledges.csv HTTP/1.1\r\nHost: x\r\n\r\n")
            assert slow.recv(1024).startswith(b"HTTP/1.1 200")  # made, and being sent, slowly
            status, _, body = get(url + "/pledges.csv?q=france")
            assert status == 200 and body
            slow.recv(1024)  # still taking its own


@pytest.mark.timeout(180)
def test_a_reader_that_leaves_mid_download_is_no_error(many_pledges, clock, caplog):
    """Sending a download itself (to bound its time) must not turn a reader that went away,
    which aiohttp ignores, into an error with its traceback in the log."""
    caplog.set_level(logging.INFO)
    for url in serving(_server(many_pledges, clock)):
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.connect(("127.0.0.1", int(url.rsplit(":", 1)[1])))
            sock.sendall(b"GET /pledges.csv HTTP/1.1\r\nHost: x\r\n\r\n")
            time.sleep(2.5)
            assert sock.recv(1000).startswith(b"HTTP/1.1 200")
        time.sleep(1)
        assert get(url + "/pledges.csv?q=france")[0] == 200
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR], caplog.text


# -- pages ------------------------------------------------------------------------------------


@pytest.fixture
def odd(store, clock):
    """A poll's worth of pledges with what a hostile feed can put in them: a right-to-left
    override, very long text, and cells a spreadsheet would read as formulas."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, f"Berlin sends more {RLO}gnp.exe air defence " + LONG,
              f"Wire{RLO} desk" + LONG, "https://wire.example/1",
              [Pledge("DE", "air_defence", "pledged", "IRIS-T " + LONG, "IRIS-T", 2,
                      evidence="Berlin will send two more IRIS-T units, officials said.")], 1)
    add_story(store, clock, feed_id, 2, "Oslo funds shells", "Post", "https://post.example/2",
              [Pledge("NO", "funding", "pledged", "\n=1+1", None, 1000,
                      evidence="\r\n@SUM(A1:A9) Norway will pay.")], 2)
    return store


def test_a_pledge_with_a_status_or_category_no_filter_names_is_shown_not_a_500(store, clock):
    """What an older pledgewatch (or a hand edit) can leave in the table: a status no filter
    word names ("requested") and a category no chip names. One such row made every page
    that links statuses answer 500."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Kyiv asks Berlin for more air defence", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "requested", "IRIS-T", "IRIS-T", 2,
                      evidence="Kyiv asked Berlin for two more IRIS-T units, officials said.")], 1)
    add_story(store, clock, feed_id, 2, "Oslo sends helmets", "Post", "https://post.example/2",
              [Pledge("NO", "helmets", "delivered", "helmets", None, 1000, evidence="Norway sent 1,000 helmets.")], 2)
    for url in serving(_server(store, clock)):
        for path in ("/pledges", "/totals", "/stories", "/pledges?lang=fr"):
            status, _, page = get(url + path)
            assert status == 200, path
            for href in re.findall(r'href="(/[^"]*)"', page):  # every link it writes answers
                assert get(url + html.unescape(href))[0] == 200, (path, href)


def test_feed_text_cannot_turn_the_page_around_nor_stretch_it(odd, clock):
    for url in serving(_server(odd, clock)):
        pages = {path: get(url + path)[2] for path in ("/pledges", "/stories", "/totals", "/pledges.atom")}
    for path, page in pages.items():
        assert RLO not in page, path
        assert "Z" * 1000 not in page, path
    assert "Berlin sends more gnp.exe air defence ZZZ" in pages["/stories"]
    assert "IRIS-T ZZZ" in pages["/pledges"] and "…" in pages["/pledges"]
    ElementTree.fromstring(pages["/pledges.atom"])


def test_csv_cells_starting_with_a_line_break_and_a_formula_are_text(odd, clock):
    for url in serving(_server(odd, clock)):
        _, _, text = get(url + "/pledges.csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    items = {row["Item"] for row in rows}
    assert "'\n=1+1" in items
    for row in rows:
        for cell in row.values():
            assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell


def test_a_page_past_the_last_is_not_found_and_links_to_the_last(odd, clock):
    for url in serving(_server(odd, clock)):
        status, _, page = get(url + "/pledges?page=7&q=1y")
        assert status == 404 and "page 7" in page and 'href="/pledges?q=1y"' in page
        assert "No pledges match" not in page and "page=6" not in page
        status, _, page = get(url + "/stories?page=2")
        assert status == 404 and 'href="/stories"' in page
        assert get(url + "/pledges?q=france")[0] == 200  # an empty view still has its page 1


def test_a_new_database_says_nothing_is_recorded_yet(store, clock):
    for url in serving(_server(store, clock)):
        _, _, pledges = get(url + "/pledges")
        _, _, totals = get(url + "/totals")
        _, _, stories = get(url + "/stories")
        _, _, filtered = get(url + "/pledges?q=germany")
    assert "No pledges recorded yet" in pledges and "match these filters" not in pledges
    assert "No pledges recorded yet" in totals and "<tbody></tbody>" not in totals
    assert "No stories recorded yet" in stories and "in this period" not in stories
    assert "No pledges match these filters." in filtered


# -- responses --------------------------------------------------------------------------------


def test_responses_say_how_to_cache_them_and_not_which_software_serves_them(odd, clock):
    for url in serving(_server(odd, clock)):
        for path in ("/pledges", "/totals", "/pledges.csv", "/pledges?page=0", "/nowhere"):
            _, headers, _ = get(url + path)
            assert headers["Cache-Control"] == "no-cache", path
            assert "aiohttp" not in headers.get("Server", "") and "Python" not in headers.get("Server", ""), path
        _, headers, _ = get(url + "/style.css")
        assert headers["Cache-Control"] == "max-age=3600"


def test_a_database_that_cannot_be_read_answers_503_with_a_page_and_no_path(odd, clock, tmp_path):
    server = _server(odd, clock)
    for url in serving(server):
        assert get(url + "/pledges")[0] == 200
        odd.db.execute("DROP TABLE pledge_sources")  # as a broken or half-restored file reads
        for path in ("/pledges", "/pledges.csv"):
            status, headers, page = get(url + path)
            assert status == 503 and headers["Retry-After"], path
            assert str(tmp_path) not in page and "Traceback" not in page and "pledge_sources" not in page
        assert "<h1>" in get(url + "/totals")[2]


# -- a new user's command -----------------------------------------------------------------------


def _web_stderr(database, listen: str) -> str:
    """What `pledgewatch web --listen LISTEN` says on stderr once it serves."""
    env = dict(os.environ, PLEDGEWATCH_DB=str(database))
    env.pop("PLEDGEWATCH_CONFIG", None)
    process = subprocess.Popen([sys.executable, "-m", "bot", "web", "--listen", listen], cwd=database.parent, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "serving the pledge tracker" in process.stdout.readline()
    finally:
        process.terminate()
        _, err = process.communicate(timeout=15)
    return err


def test_a_busy_port_is_said_once_with_what_to_do(store, clock):
    import asyncio

    from bot.errors import ListenError

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = WebServer(store.path, load_entities(), clock, "127.0.0.1", port, "--listen")
        with pytest.raises(ListenError) as failed:
            asyncio.run(server.start())
    assert str(failed.value) == (f"--listen: cannot listen on 127.0.0.1:{port}: address already in use (another "
                                 "program listens there, perhaps another pledgewatch; choose another port)")


@pytest.mark.timeout(120)
def test_listening_beyond_loopback_is_said_plainly(store):
    store.close()
    store_path = Path(store.path)
    everywhere = _web_stderr(store_path, "0.0.0.0:0")
    assert "WARNING" in everywhere and "reachable from other machines" in everywhere
    assert "reachable from other machines" not in _web_stderr(store_path, "127.0.0.1:0")


def test_the_log_line_brackets_an_ipv6_address(store, clock, caplog):
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        pytest.skip("::1 cannot be bound here")
    caplog.set_level("INFO", logger="bot.web.server")
    for _ in serving(WebServer(store.path, load_entities(), clock, "::1", 0)):
        pass
    assert re.search(r"http://\[::1\]:\d+/", caplog.text), caplog.text
