"""Stories, a review of round 16 (stop 40): pairs of over-reach and misses, written for this file in the style
of wire copy (EN, FR, DE), labelled by hand (one event or not) before their first run, like
tests/stories/test_review_39.py's pairs.

Round 16 (tests/stories/test_story_grouping_16.py) read the governments a refusal's opening names
(two refusals each naming one the other does not are apart), the kind of claim a denial denies (a
pause, a withdrawal, a ban, a cut), kept a week's round-up apart when it names several givers or
days, keyed a summit that is no standing meeting by its country, and read a host city as no headline
giver. Pairs aimed at them: one refusal whose copies name different governments beside the refuser
(the one asking, the one hosting the press conference); one denial told as a cut by one agency and
as a stop by another; a city that is the giver without any summit ('A Berlin,' with the chancellor);
two pledges made at one summit by two governments; a week's round-up naming one government and one
day; two summits in two countries on one day.
First run 4 of 7. Two over-reaches of round 16: one refusal's English copy (naming Poland, which
backed Kyiv's request) and German copy (said "bei einem Besuch in Paris") were two refusals (each
names a party the other does not: Poland, France); one denial read as a "cut" in English and as a
"pause" in French ("mettrait fin aux livraisons") was two denials. Now a government named only as
where a refusal was said ("in", "on a visit to", "lors d'une visite à" before it) is no party
(refusals_told.refusal_parties), and a denied cut and a denied pause are one kind (same_event.
_denials_differ): 6 of 7. The third, a German weekly 70 hours after the English news it retells,
was past the 48 hours in which a named day joins (joined at 47): a strict xfail, as the window is
no reading of round 16, until stories round 17 (tests/stories/test_story_grouping_17.py): a late
report agreeing on the pledges and the system that names the same calendar day, its weekday read
back from each report's publication, joins (report_times.same_day_read_back). HELD_OUT, 3 written after the fixes: 3 of 3 on their first run. The
real-article set does not move: 1.00 / 0.96 (27 of 28) dated as published, 1.00 / 0.86 (24 of 28)
all dated now, hidden 0/72.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case, shipped_analyzer  # noqa: F401 - the analyzer fixture


_TAURUS = ("en", "Germany again rules out Taurus missiles for Ukraine",
           "Germany will not send Taurus cruise missiles to Ukraine, Chancellor Friedrich Merz said on Monday, "
           "rebuffing a fresh request from Kyiv backed by Poland.")
_PATRIOT_CUT = ("en", "White House denies plan to cut Patriot supplies to Kyiv",
                "The White House on Tuesday denied a newspaper report that it would cut supplies of Patriot "
                "interceptors to Ukraine, calling it false.")

# (name, (lang, title, text), (lang, title, text), hours apart, one event?)
PAIRS = [
    pair_case("one refusal, its copies naming the government backing the request and the host of the press conference",
     _TAURUS,
     ("de", "Merz lehnt Taurus-Lieferung an Kiew erneut ab",
      "Bundeskanzler Friedrich Merz hat die Lieferung von Taurus-Marschflugkörpern an die Ukraine am Montag bei "
      "einem Besuch in Paris erneut abgelehnt."),
     3, True),
    pair_case("two refusals by one government of one system, asked by two different governments",
     _TAURUS,
     ("en", "Germany says no to Dutch request to pass Taurus to Ukraine",
      "Germany will not allow the Netherlands to pass on Taurus missiles it bought to Ukraine, the defence "
      "ministry in Berlin said on Monday."),
     4, False),
    pair_case("one denial told as a cut by one agency and as a stop by another",
     _PATRIOT_CUT,
     ("fr", "La Maison Blanche dément tout arrêt des Patriot pour Kiev",
      "La Maison Blanche a démenti mardi une information de presse selon laquelle elle mettrait fin aux "
      "livraisons de missiles Patriot à l'Ukraine."),
     2, True),
    pair_case("a French headline opening with the capital that is the giver, and the English report",
     ("fr", "A Berlin, le chancelier promet deux Patriot de plus à Kiev",
      "L'Allemagne va livrer deux systèmes de défense antiaérienne Patriot supplémentaires à l'Ukraine, a "
      "annoncé jeudi le chancelier allemand lors d'une conférence de presse à Berlin."),
     ("en", "Germany to send Ukraine two more Patriot systems",
      "Germany will deliver two more Patriot air defence systems to Ukraine, the chancellor told a news conference "
      "in Berlin on Thursday."),
     2, True),
    pair_case("two governments' pledges at one summit, each headline naming the host city",
     ("en", "France pledges six more Mirage jets at Madrid summit",
      "France will give Ukraine six more Mirage 2000 fighter jets, President Emmanuel Macron told a summit of "
      "Ukraine's backers in Madrid on Wednesday."),
     ("en", "Poland unveils 49th aid package at Madrid summit",
      "Poland will send Ukraine its 49th military aid package, worth 300 million zlotys, Prime Minister Donald "
      "Tusk said at a summit in Madrid on Wednesday."),
     1, False),
    pair_case("a week's round-up naming one government and one day, and that government's report",
     ("de", "Wochenrückblick: Norwegen schickt Kiew NASAMS",
      "Norwegen hat der Ukraine am Dienstag zwei weitere NASAMS-Flugabwehrsysteme zugesagt, teilte die Regierung "
      "in Oslo mit."),
     ("en", "Norway to send Ukraine two more NASAMS systems",
      "Norway will send Ukraine two more NASAMS air defence systems, the government in Oslo said on Tuesday."),
     70, True),
    pair_case("two summits' round-ups in two countries on one day, both headed by no government",
     ("en", "Leaders promise Ukraine more air defence at Warsaw summit",
      "Leaders of a dozen countries meeting in Warsaw on Thursday promised Ukraine more air defence systems, "
      "with Poland and Lithuania announcing new aid."),
     ("en", "Backers pledge shells for Ukraine at Prague summit",
      "Leaders meeting in Prague on Thursday pledged more artillery shells for Ukraine, with the Czech Republic "
      "and Slovakia announcing new deliveries."),
     3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_review_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


# Written after the fixes, labelled before their first run.
HELD_OUT = [
    pair_case("one refusal, one copy naming where it was said",
     ("en", "Switzerland again refuses to let Germany re-export Gepard rounds",
      "Switzerland will not let Germany pass Swiss-made Gepard ammunition on to Ukraine, the Swiss president said "
      "on Tuesday during a visit to Washington."),
     ("de", "Schweiz verweigert erneut Gepard-Munition für Kiew",
      "Die Schweiz verweigert Deutschland erneut die Weitergabe von Gepard-Munition an die Ukraine, teilte die "
      "Regierung in Bern am Dienstag mit."),
     3, True),
    pair_case("two refusals of one day by one government to two would-be re-exporters",
     ("en", "Germany will not let Poland pass Leopards to Ukraine",
      "Germany will not let Poland send its German-made Leopard 2 tanks to Ukraine, the ministry in Berlin said on "
      "Friday."),
     ("en", "Berlin blocks Spanish Leopard transfer to Kyiv",
      "Germany will not allow Spain to send its Leopard 2 tanks to Ukraine, the government said on Friday."),
     4, False),
    pair_case("one denial told as a cut in English and as a stop in German",
     ("en", "Pentagon denies it cut ATACMS deliveries to Kyiv",
      "The Pentagon on Thursday denied a report that it had cut deliveries of ATACMS missiles to Ukraine."),
     ("de", "Pentagon dementiert Stopp der ATACMS-Lieferungen",
      "Das Pentagon hat am Donnerstag einen Bericht dementiert, wonach es die Lieferung von ATACMS-Raketen an die "
      "Ukraine gestoppt habe."),
     2, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), HELD_OUT)
def test_held_out(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event
