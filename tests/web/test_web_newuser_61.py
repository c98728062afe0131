"""Stop 61, a new user's walk: the first page of a new tracker said that nothing was recorded
yet, and nothing of how to fill it; whoever set it up met an empty page. It now names the
commands (the README's), and a filled tracker or an empty filter never shows them. Real SQLite
file, real tracker on loopback HTTP."""

from __future__ import annotations

from pathlib import Path

from tests.support.web_tracker import ask_tracker

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
