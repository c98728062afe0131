"""Stop 61, a new user's walk: the first page of a new tracker said that nothing was recorded
yet, and nothing of how to fill it; whoever set it up met an empty page. It now names the
commands (the README's), and a filled tracker or an empty filter never shows them. Real SQLite
file, real tracker on loopback HTTP."""

from __future__ import annotations

from pathlib import Path

from bot.web.revalidation import KnownTags
from tests.support.web_tracker import ask, ask_tracker, serving, tracker_over

README = Path(__file__).resolve().parents[2] / "README.md"


def test_a_new_trackers_first_page_says_how_it_fills(store, clock):
    asked = ask_tracker(store, clock, "/pledges", "/pledges?lang=de", "/pledges?q=30d")
    page = asked["/pledges"][1]
    assert "No pledges recorded yet" in page
    assert "<code>pledgewatch run</code>" in page and "<code>pledgewatch demo --db demo.db</code>" in page
    assert "<code>pledgewatch demo --db demo.db</code>, dann" in asked["/pledges?lang=de"][1]
    assert "first-steps" not in asked["/pledges?q=30d"][1]  # a filter holding nothing is another matter
    # Said before the filters, which on a phone took the whole first screen; no empty pager or downloads.
    assert page.index("first-steps") < page.index('class="filters"')
    assert 'class="pager"' not in page and 'class="downloads"' not in page
    # The commands are the README's own.
    readme = README.read_text(encoding="utf-8")
    assert "pledgewatch demo --db demo.db && PLEDGEWATCH_DB=demo.db .venv/bin/pledgewatch web" in readme


def test_a_filled_tracker_shows_no_first_steps(three_donors, clock):
    assert "first-steps" not in ask_tracker(three_donors, clock, "/pledges")["/pledges"][1]


def test_the_keyboard_can_skip_the_menu_on_every_page(three_donors, clock):
    asked = ask_tracker(three_donors, clock, "/pledges", "/totals?lang=fr", "/stories?lang=de", "/donors", "/pledges/1",
                        "/nowhere")
    for path, (_, page) in asked.items():
        body = page.split("<body>", 1)[1]
        # The first link of the page, before the menu, leads to the page's own content.
        assert body.startswith('<a class="skip" href="#content">'), path
        assert '<main id="content">' in page, path
    assert ">Aller au contenu</a>" in asked["/totals?lang=fr"][1]
    assert ">Zum Inhalt springen</a>" in asked["/stories?lang=de"][1]


def test_a_head_of_a_download_made_is_answered_from_its_tag(three_donors, clock):
    """A link checker or a download manager asks HEAD first. Once a download of the same data was
    made, HEAD answers its length, tag and name without making the view again (which took one of
    the few downloads' slots each time); before, or after new pledges, it is made as a GET is."""
    for url in serving(tracker_over(three_donors, clock)):
        port = int(url.rsplit(":", 1)[1])
        first_head = ask(port, "/pledges.csv?sep=semicolon", method="HEAD")
        got = ask(port, "/pledges.csv?sep=semicolon")
        head = ask(port, "/pledges.csv?sep=semicolon", method="HEAD")
        json_head = ask(port, "/pledges.json", method="HEAD")
    for status, headers, body in (first_head, head):
        assert status == 200 and body == b""
        for name in ("Content-Length", "ETag", "Content-Disposition", "Content-Type", "Cache-Control", "Accept-Ranges"):
            assert headers[name] == got[1][name], name
    assert int(head[1]["Content-Length"]) == len(got[2]) and head[1]["Content-Type"] == "text/csv; charset=utf-8"
    assert json_head[0] == 200 and json_head[1]["Content-Type"] == "application/json; charset=utf-8"
    assert int(json_head[1]["Content-Length"]) > 0 and json_head[2] == b""


def test_the_tags_remembered_say_the_length_of_the_download_made():
    known = KnownTags(size=2)
    known.remember(("csv",), (1, 2), "abc", 1234)
    assert known.made(("csv",), (1, 2)) == ("abc", 1234)
    assert known.made(("csv",), (1, 3)) is None and known.made(("json",), (1, 2)) is None
