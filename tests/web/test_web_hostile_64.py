"""Stop 64, the web tracker probed as a hostile client would, on a real `WebServer` on loopback
over a real SQLite file (the `three_donors` database of tests/web/conftest.py).

Found and fixed here, each test failing before its fix:
- A GET whose target is a whole address (`GET http://host/pledges HTTP/1.1`, the absolute form
  a proxy sends and HTTP/1.1 servers must take) was answered 405 "read-only: GET and HEAD only",
  to a GET. It is now the page of its path (and `GET http://host`, with no path, the root's).
- `CONNECT /pledges` got aiohttp's plain "404: Not Found", where every other method gets 405
  with `Allow: GET, HEAD`.

Held already (probed, no change): path traversal plain, percent-encoded, backslashed and
doubled (404 page), a path over 8 KB and a header over 8 KB (400, one line), 500 headers,
a query over 1,000 characters and 900 parameters (400), repeated and nameless parameters
(400), non-UTF-8 in a name, a value and a raw byte (400), page numbers of 10**30, 2**63,
-1, 1e3 and an Arabic digit (400), a record number of 19 digits (400), HEAD, OPTIONS, POST,
PUT, DELETE, TRACE, PATCH and unknown methods (405 or 400), a Host header holding HTML (never
written into a page), no Host (400), a header sent a byte a second and one header a second
(dropped at 20 s), 70,000 requests pipelined unread (the server stops reading; memory flat),
400 idle connections (past 256 closed at once; pages served again once they end), 300
concurrent requests (200, 400 or 503 for the fourth download at once; never 500).
"""

from __future__ import annotations

import pytest

from tests.support.web_tracker import ask, serving, tracker_over


@pytest.fixture
def port(three_donors, clock):
    for url in serving(tracker_over(three_donors, clock)):
        yield int(url.rsplit(":", 1)[1])


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_request_naming_the_whole_address_gets_the_page_of_its_path(port, method):
    as_path = ask(port, "/pledges?q=germany", method)
    status, headers, body = ask(port, f"http://127.0.0.1:{port}/pledges?q=germany", method)
    assert status == 200, body[:200]
    assert body == as_path[2]
    assert headers["Server"] == "pledgewatch" and headers["Content-Security-Policy"]
    # Whatever host the address names: the page is this tracker's, its links relative.
    status, _, body = ask(port, "http://evil.example/pledges?q=germany", method)
    assert status == 200 and b"evil.example" not in body


def test_a_whole_address_without_a_path_is_sent_to_the_list_as_the_root_is(port):
    status, headers, _ = ask(port, f"http://127.0.0.1:{port}?q=germany")
    assert (status, headers["Location"]) == (302, "/pledges?q=germany")
    assert ask(port, f"http://127.0.0.1:{port}")[1]["Location"] == "/pledges"


@pytest.mark.parametrize(("method", "target"), [("CONNECT", "/pledges"), ("CONNECT", "/nowhere"), ("OPTIONS", "*"),
                                               ("OPTIONS", "/nowhere"), ("POST", "/pledges"), ("POST", "/nowhere")])
def test_every_other_method_is_405_with_the_methods_taken_whatever_its_target(port, method, target):
    status, headers, body = ask(port, target, method)
    assert (status, headers["Allow"]) == (405, "GET, HEAD"), (method, target, body)
    assert body == b"read-only: GET and HEAD only\n"
