"""Stop 60, a new user's walk from the README's commands: what a reader met that was wrong or
unclear, each through the real tracker on loopback over a real SQLite store.

- A range of days holding nothing said "No pledges recorded yet", over a database of pledges.
- The list of donors took a range of days (for its comparison form) and counted, linked and
  menu-linked all time: the range dropped without a word. It now counts within the range,
  shows it with a link removing it, and keeps it on every link.
- A refused address led to the list of pledges alone, in the reader's browser's language
  rather than the one the address asked; refused on Totals or Stories, it now also leads back
  there, and filter words the stories refuse lead to the pledges with those words.
- A donor no pledge has led to the list of pledges; it now leads to the list of donors too.
- Days in the tables said no zone: the list's date column is the day of the first report in
  UTC, and says so, as do an article's publication day on a pledge's or story's page.
"""

from __future__ import annotations

import re

from tests.support.web_tracker import ask_tracker


def test_a_range_holding_nothing_says_nothing_matches_not_nothing_recorded(store, clock, three_donors):
    asked = ask_tracker(store, clock, "/pledges?from=2030-01-01", "/totals?to=2001-01-01", "/stories?from=2030-01-01",
                        "/pledges?from=2030-01-01&lang=de")
    for path in ("/pledges?from=2030-01-01", "/totals?to=2001-01-01"):
        status, page = asked[path]
        assert status == 200 and "No pledges match these filters." in page and "recorded yet" not in page, path
    assert "No stories in this period." in asked["/stories?from=2030-01-01"][1]
    assert "Noch keine" not in asked["/pledges?from=2030-01-01&lang=de"][1]


def test_a_new_database_still_says_nothing_is_recorded_yet(store, clock):
    asked = ask_tracker(store, clock, "/pledges", "/stories", "/donors")
    assert "No pledges recorded yet" in asked["/pledges"][1] and "No stories recorded yet" in asked["/stories"][1]
    assert "No donors recorded yet" in asked["/donors"][1]


def test_the_list_of_donors_counts_and_links_within_its_range_of_days(store, clock, three_donors):
    # Germany 3 days ago, Norway 4, France 6 (the fixture): from 5 days ago, France has none.
    asked = ask_tracker(store, clock, "/donors?from=2023-02-09", "/donors?from=2030-01-01&lang=fr", "/donors")
    status, page = asked["/donors?from=2023-02-09"]
    assert status == 200
    listed = re.findall(r'<li><a href="/donors/(\w+)\?from=2023-02-09">', page)
    assert listed == ["DE", "NO"]
    assert 'from 2023-02-09 <a href="/donors" class="remove"' in page  # the range shown, and how to remove it
    assert '<input type="text" name="from" value="2023-02-09"' in page
    assert '<a href="/pledges?from=2023-02-09">Pledges</a>' in page  # the menu keeps it
    assert '<input type="hidden" name="from" value="2023-02-09">' in page  # the comparison's form too
    assert ("Aucun donateur n&#x27;a de fiche signalée pour la première fois ces jours-là."
            in asked["/donors?from=2030-01-01&lang=fr"][1])
    assert sorted(re.findall(r'<li><a href="/donors/(\w+)">', asked["/donors"][1])) == ["DE", "FR", "NO"]


def test_a_refused_address_leads_back_to_its_list_in_the_language_it_asked(store, clock, three_donors):
    asked = ask_tracker(store, clock, "/totals?q=blah&lang=de", "/stories?q=blah+30d&lang=fr",
                        "/nowhere?lang=de", "/donors/ZZ?lang=fr", "/pledges?q=blah")
    status, page = asked["/totals?q=blah&lang=de"]
    assert status == 400 and '<a href="/pledges?lang=de">Zusagen</a> · <a href="/totals?lang=de">Summen</a>' in page
    status, page = asked["/stories?q=blah+30d&lang=fr"]
    assert status == 400 and '<a href="/pledges?lang=fr">Promesses</a> · <a href="/stories?lang=fr">Articles</a>' in page
    assert '<a href="/pledges?lang=de">Zusagen</a>' in asked["/nowhere?lang=de"][1]
    status, page = asked["/donors/ZZ?lang=fr"]
    assert status == 404 and '<a href="/donors?lang=fr">' in page and '<a href="/pledges?lang=fr">' in page
    status, page = asked["/pledges?q=blah"]
    assert status == 400 and page.count('<p><a href="/pledges">Pledges</a></p>') == 1  # one link where one list


def test_the_days_in_the_tables_say_their_zone(store, clock, three_donors):
    asked = ask_tracker(store, clock, "/pledges", "/pledges/1?lang=fr", "/stories/1?lang=de")
    assert re.search(r'<th scope="col"><a [^>]*>Date \(UTC\) ▾</a></th>', asked["/pledges"][1])
    assert "<th scope=\"col\">Publié (UTC)</th>" in asked["/pledges/1?lang=fr"][1]
    assert "<th scope=\"col\">Veröffentlicht (UTC)</th>" in asked["/stories/1?lang=de"][1]


def test_a_comparison_over_days_holding_neither_donor_says_so(store, clock, three_donors):
    asked = ask_tracker(store, clock, "/donors/compare?a=DE&b=FR&from=2030-01-01",
                        "/donors/compare?a=DE&b=FR&from=2030-01-01&lang=fr", "/donors/compare?a=DE&b=FR")
    status, page = asked["/donors/compare?a=DE&b=FR&from=2030-01-01"]
    assert status == 200
    assert '<p class="empty">Neither Germany nor France has a record first reported in these days.</p>' in page
    assert ("Ni l&#x27;Allemagne ni la France n&#x27;ont de fiche signalée pour la première fois ces jours-là."
            in asked["/donors/compare?a=DE&b=FR&from=2030-01-01&lang=fr"][1])
    assert "Neither" not in asked["/donors/compare?a=DE&b=FR"][1]
