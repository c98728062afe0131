"""The menu of every page links the Donors page (stop 53, a new user's first hour): the page
of every donor and the form comparing two existed, but a reader found it only from a
filtered list or a pledge's page. On a real SQLite file and a real loopback HTTP server."""

from __future__ import annotations

import re

from tests.support.web_tracker import ask_tracker


def _menu(body: str) -> list[tuple[str, str]]:
    nav = re.search(r"<nav><ul>(.*?)</ul>", body, re.S)[1]
    return [(re.sub("&amp;", "&", href), words) for href, words in re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', nav)]


def test_every_page_names_the_donors_page_in_its_menu_in_its_language(three_donors, clock):
    answers = ask_tracker(three_donors, clock, "/pledges", "/totals?lang=fr", "/stories?lang=de", "/donors/DE",
                          "/donors")
    assert ("/donors", "Donors") in _menu(answers["/pledges"][1])
    assert ("/donors?lang=fr", "Donateurs") in _menu(answers["/totals?lang=fr"][1])
    assert ("/donors?lang=de", "Alle Geber") in _menu(answers["/stories?lang=de"][1])
    assert ("/donors", "Donors") in _menu(answers["/donors/DE"][1])
    donors_page = answers["/donors"][1]
    assert re.search(r'<a href="/donors" class="here" aria-current="page">Donors</a>', donors_page), donors_page


def test_the_menus_donors_link_keeps_the_filter_and_the_page_says_what_its_links_keep(three_donors, clock):
    asked = "/pledges?q=germany+air_defence&from=2026-01-01&to=2026-12-31"
    status, body = ask_tracker(three_donors, clock, asked)[asked]
    assert status == 200
    target = dict((words, href) for href, words in _menu(body))["Donors"]
    # Until stop 61 the link kept the range alone (the filter words answered 400 there), silently.
    assert target == "/donors?q=DE+air_defence&from=2026-01-01&to=2026-12-31"
    status, page = ask_tracker(three_donors, clock, target)[target]
    # Since stop 62 a donor's page and the comparison take the filter words too (they took days only).
    assert status == 200 and "each donor&#x27;s page and the comparisons keep them too" in page
    period = "/totals?q=30d"
    target = dict((words, href) for href, words in _menu(ask_tracker(three_donors, clock, period)[period][1]))["Donors"]
    assert target == "/donors?q=30d"
