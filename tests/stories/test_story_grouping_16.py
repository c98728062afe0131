"""Story grouping round 16: whom a refusal concerns and what a denial denies, summits that are no
standing meeting, a week's round-up, one delivery told by the giver and by the receiver.

First, the review of round 15 (tests/stories/test_review_39.py) left two strict xfails of distinct
events joined: a comment on Switzerland vetoing Spain's re-export joined its veto of Germany's the
day before, and two US denials of one day about Patriots (a pause of deliveries to Ukraine, a
withdrawal from Poland). Both are read into the evidence now: the governments a refusal's opening
names, Ukraine aside (EventEvidence.refusal_parties; two refusals each naming a government the
other does not conflict, same_event._parties_differ), and the kind of claim a denial denies (a
pause, a withdrawal, a ban, a cut: EventEvidence.denied_matters; two denials of different kinds
conflict). The review's file: 3 of 5 -> 5 of 5.

Busy day 36 (tests/data/busy_day_36.jsonl, written and labelled by event before any run: 26
reports of 8 events, 8-11 June, EN/FR/DE): a leaders' summit in London on Tuesday (round-ups in
three languages naming France, Britain and Poland, an untitled live entry telling it over) where
France (six Mirage 2000), Poland (its 48th package) and Britain (350 million pounds for drones; the
German agency's 300 and its "KORREKTUR:") each pledge; Spain's ten Leopard 2A4 handed over on
Wednesday and told arrived by Kyiv on Thursday (two agencies each side, a live entry of thanks);
Germany's two announcements of one Thursday press conference (two Patriot systems with a live
entry; 500 million euros for drones made in Ukraine); a weekly's "Week in review" on Friday (its
own event). Busy day 37 (25 reports of 8 events, 15-19 March): Canada's two announcements of one
Monday (20 armoured vehicles; C$60 million for drones, with a live entry naming only the
minister); a US sale of HAWK support (the wire's rough first version, its "UPDATE 1-" under a new
headline, the German copy in euros); Italy's 13th package by decree; Sweden's eight Archer handed
over on Wednesday and told received by Kyiv's army on Thursday (a live entry); an EU summit's
ammunition fund on Thursday (round-ups, a live entry telling it over) and Denmark's crowns for
artillery there (the German agency's 1,5 and its "KORREKTUR:"); a French weekly's round-up.

First run (both date modes; the file's order, 6 shuffles and newest first, 8 orders), main's code
the same: day 36 pair precision 0.86, recall 0.86, one event hidden in every order (the week's
round-up joined Spain's delivery: its Leopards, its count and Spain; the London round-ups apart,
"London summit" and "A Londres," read as Britain giving, the English headline naming no one read
as a report of France's and Britain's pledges, and the live entry apart); day 37 1.00 / 0.81 in 6
orders, 0.95 / 0.74 in 2, nothing hidden (the French weekly joined the Archer delivery in 2
orders; the EU summit's live entry and Canada's live entry apart). Fixed in bot/core/stories/
and config/entities.toml:
- a headline marking a round-up of the week ("Week in review:", "La semaine de ...",
  "Wochenrückblick", genres.headline_genres) over a report naming several governments as givers or
  several days conflicts with every report that is not one (same_event._weighs_the_week): it
  tells several events, none alone. (The headline alone was the first version: busy days 30
  and 31's weeklies re-telling one government's news of one day under "Week in review:" fell
  apart from that news, caught by their tests and fixed so.);
- a country named as where a summit sits ("at London summit", "sommet de Londres", "A Londres,"
  opening a French headline) is no headline giver (headline_givers._gives_in_headline);
- a summit that is no standing meeting is keyed by its country, "SUMMIT@GB" (events.
  _gathering_at; a press conference is none), and a report headed by no government, group or
  system whose lead tells a gathering is its round-up when its opening names such a summit,
  several governments pledge in it, or it tells the gathering over (EventEvidence.
  weighs_several_governments_at_a_gathering): the round-ups then join on the summit and the day,
  the live entry telling it over on the one sitting (sittings.sole_sittings);
- "EU leaders have wrapped up their summit" names the EU summit; David McGuinty, Canada's defence
  minister, names Canada.
Days 36 and 37 are then at 1.00 / 1.00, nothing hidden, in every order and both date modes. Day
37's live entry "Ukraine's General Staff says the eight Archer howitzers from Sweden are already
at the front" was not found relevant (24 of 25 stored) until relevance round 16 (25 of 25, joining its event).

Busy day 38 (24 reports of 8 events, 8-12 November) was written after those fixes as a held-out
check, labelled before any run: the Netherlands' two announcements of one Monday (18 CV90; about
200 million euros for interceptor drones, the wire's "UPDATE 1-" with the exact 220 million);
Denmark's 12 Caesar handed over on Tuesday and told arrived by Kyiv on Wednesday; the White House
denying a cut of Patriot deliveries (three agencies, a live entry); a summit in Paris on Thursday
(round-ups in three languages, a live entry telling it over) where Belgium (four F-16) and Sweden
(1.5 billion crowns) pledge; a German weekly's "Wochenrückblick". First run (both date modes, 8
orders): 1.00 / 0.76-0.80, nothing hidden (main's code the same): the English round-up, headed by
no one, read only the host's words as France's pledge, and the denial's copies read the claim
denied as a pledge, a refusal or nothing (a phase conflict). 1.00 / 1.00 in every order once a
round-up whose opening names a summit by its country is the summit's round-up, whatever its
pledges, and two denials' pledges are no phase answer (their claims still conflict). Its live
entry telling the Paris summit over was not found relevant (23 of 24 stored) until relevance round 16 (24 of 24).

The pairs below were written for this round in the style of wire copy, EN, FR and DE, and
labelled by hand (one event or not) before they were first run, after the rules above were in
place, aimed at them and their look-alikes: 9 of 10 on their first run (main's code 6 of 10):
one refusal's English and French copies stayed apart, the English read as Denmark refusing (the
would-be re-exporter); 10 of 10 once a refusal's parties are all the governments its opening
names and the same parties on the same day are a shared detail (same_event._refusal_day_shared).
(The week's round-up among them, naming one government and two days, kept apart by the headline
rule of its first run, needed the days once the rule asked for several events.)

The real-article set (../shared/eval/score_stories.py; bench/bench_story_orders.py, 8 orders):
unchanged at 1.00 / 0.96 (27 of 28) dated as published and 1.00 / 0.86 (24 of 28) all dated now,
hidden 0/72; relevance and pledges unchanged (0.99 / 0.99; 197 / 193 / 183).
"""

from __future__ import annotations


import pytest

from tests.support.story_pairs import matcher_joins, report_fingerprint
from tests.support.story_replay import headline, reports_by_id


_SUMMIT_EN = ("en", "Leaders promise Ukraine more drones at Rome summit",
              "Leaders of about 25 countries meeting in Rome on Wednesday promised Ukraine more drones and artillery "
              "shells, with Italy, Spain and Portugal announcing new aid, Prime Minister Giorgia Meloni said.")
ROUND_PAIRS = [
    ("a week's round-up and the report of one event it retells",
     ("en", "The week in Ukraine aid: Rome summit, Swedish howitzers",
      "Leaders promised drones and shells at a summit in Rome on Wednesday, and Sweden handed over eight Archer "
      "howitzers to Ukraine on Friday."),
     ("en", "Sweden hands over eight Archer howitzers to Ukraine",
      "Sweden has handed over eight Archer self-propelled howitzers to Ukraine, the defence ministry in Stockholm "
      "said on Friday."),
     30, False),
    ("a summit's round-up in English and in German, both headed by no government",
     _SUMMIT_EN,
     ("de", "Gipfel in Rom: Unterstützer sagen Kiew mehr Drohnen zu",
      "Die Staats- und Regierungschefs von rund 25 Ländern haben der Ukraine bei einem Gipfel in Rom am Mittwoch "
      "mehr Drohnen und Artilleriegranaten zugesagt. Italien, Spanien und Portugal kündigten neue Hilfen an."),
     2, True),
    ("a summit's round-up and one government's pledge made there",
     _SUMMIT_EN,
     ("en", "Spain to send Ukraine 20 more Leopard tanks, Sanchez says in Rome",
      "Spain will send Ukraine 20 more Leopard 2A4 tanks next year, Prime Minister Pedro Sanchez said at a summit "
      "in Rome on Wednesday."),
     2, False),
    ("the round-ups of two summits of one week in two capitals",
     _SUMMIT_EN,
     ("fr", "Au sommet de Berlin, les alliés de Kiev promettent des drones",
      "Réunis vendredi à Berlin, les dirigeants d'une vingtaine de pays ont promis des drones et des obus à "
      "l'Ukraine, la Pologne et la Finlande annonçant de nouvelles aides."),
     48, False),
    ("one denial told as a cut and as fewer deliveries",
     ("en", "White House denies plan to cut HIMARS rocket deliveries to Ukraine",
      "The White House on Monday denied a report that it planned to cut deliveries of HIMARS rockets to Ukraine."),
     ("de", "Washington dementiert Bericht über weniger HIMARS-Raketen für Kiew",
      "Das Weiße Haus hat am Montag einen Bericht zurückgewiesen, wonach die USA der Ukraine weniger Raketen für "
      "HIMARS-Werfer liefern wollen."),
     3, True),
    ("two denials by one government the same day, a cut and a withdrawal",
     ("en", "White House denies plan to cut HIMARS rocket deliveries to Ukraine",
      "The White House on Monday denied a report that it planned to cut deliveries of HIMARS rockets to Ukraine."),
     ("en", "US denies it will withdraw HIMARS launchers from Romania",
      "The United States on Monday denied a report that it would withdraw its HIMARS launchers from Romania."),
     4, False),
    ("one government refusing two would-be re-exporters the same day",
     ("en", "Switzerland bars Denmark from passing Swiss ammunition to Ukraine",
      "Switzerland will not allow Denmark to send Swiss-made 35 mm anti-aircraft rounds on to Ukraine, the "
      "government in Bern said on Thursday."),
     ("en", "Swiss say no to Spain's request to re-export rounds for Kyiv",
      "Switzerland has refused to let Spain pass Swiss-made anti-aircraft ammunition on to Ukraine, the economy "
      "ministry said on Thursday."),
     3, False),
    ("one refusal in English and French, the would-be re-exporter named by country and capital",
     ("en", "Switzerland bars Denmark from passing Swiss ammunition to Ukraine",
      "Switzerland will not allow Denmark to send Swiss-made 35 mm anti-aircraft rounds on to Ukraine, the "
      "government in Bern said on Thursday."),
     ("fr", "Berne refuse à Copenhague de céder des munitions suisses à Kiev",
      "La Suisse a refusé jeudi au Danemark l'autorisation de transmettre à l'Ukraine des munitions antiaériennes "
      "de 35 mm fabriquées en Suisse."),
     2, True),
    ("a government's pledge at a summit in two languages",
     ("en", "Spain to send Ukraine 20 more Leopard tanks, Sanchez says in Rome",
      "Spain will send Ukraine 20 more Leopard 2A4 tanks next year, Prime Minister Pedro Sanchez said at a summit "
      "in Rome on Wednesday."),
     ("fr", "L'Espagne promet 20 chars Leopard de plus à l'Ukraine",
      "L'Espagne livrera l'an prochain 20 chars Leopard 2A4 supplémentaires à l'Ukraine, a annoncé mercredi Pedro "
      "Sanchez lors d'un sommet à Rome."),
     2, True),
    ("two governments' pledges at one summit",
     ("en", "Spain to send Ukraine 20 more Leopard tanks, Sanchez says in Rome",
      "Spain will send Ukraine 20 more Leopard 2A4 tanks next year, Prime Minister Pedro Sanchez said at a summit "
      "in Rome on Wednesday."),
     ("en", "Portugal pledges 100 million euros for Ukraine's drones at Rome summit",
      "Portugal will give Ukraine 100 million euros for drones, Prime Minister Luis Montenegro said at the summit "
      "in Rome on Wednesday."),
     1, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), ROUND_PAIRS,
                         ids=[pair[0] for pair in ROUND_PAIRS])
def test_round_16_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


@pytest.mark.parametrize(("lang", "title", "week"), [
    ("en", "Week in review: a London summit, Patriots and Leopards for Ukraine", True),
    ("en", "The week in Ukraine aid: Rome summit, Swedish howitzers", True),
    ("fr", "La semaine de l'aide à l'Ukraine : un fonds européen et des canons suédois", True),
    ("de", "Wochenrückblick: Gipfel in Paris, Caesar-Haubitzen aus Dänemark", True),
    ("de", "Ukraine-Hilfe: Die Woche im Überblick", True),
    # A week named as a time, not as the piece's kind.
    ("en", "Germany to send two more Patriot systems next week", False),
    ("fr", "La Suède livrera huit canons Archer dans la semaine", False),
    ("de", "Dänemark liefert in dieser Woche zwölf Caesar", False),
])
def test_a_headline_marking_a_round_up_of_the_week(lang, title, week, analyzer):
    assert ("week" in report_fingerprint(analyzer, lang, title, "").event.genres) == week


@pytest.mark.parametrize(("lang", "title", "text", "summits"), [
    ("en", "Leaders vow more air defence for Ukraine at Paris summit", "", {"SUMMIT@FR"}),
    ("fr", "Macron promet des Mirage lors d'un sommet à Londres", "", {"SUMMIT@GB"}),
    ("de", "Gipfel in Rom: Unterstützer sagen Kiew mehr Drohnen zu", "", {"SUMMIT@IT"}),
    # A press conference is no gathering of governments; a standing meeting keeps its own name.
    ("en", "Germany to send Ukraine two more Patriot systems",
     "Pistorius told a press conference in Berlin on Thursday.", set()),
    ("en", "NATO defence ministers meeting in Brussels promise air defence", "", {"NATO-MINISTERS"}),
])
def test_a_summit_that_is_no_standing_meeting_is_named_by_its_country(lang, title, text, summits, analyzer):
    assert set(report_fingerprint(analyzer, lang, title, text).event.meetings) == summits


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "European leaders pledge more drones for Ukraine at London summit"),
    ("fr", "A Londres, les alliés de Kiev promettent drones et défense aérienne"),
    ("fr", "Au sommet de Paris, les soutiens de Kiev promettent plus de défense aérienne"),
])
def test_the_country_a_summit_sits_in_is_no_headline_giver(lang, title, analyzer):
    assert report_fingerprint(analyzer, lang, title, "").event.headline_donors == frozenset()


@pytest.mark.parametrize(("lang", "title", "matters"), [
    ("en", "Pentagon denies pausing Patriot deliveries to Kyiv", {"pause"}),
    ("fr", "Washington dément vouloir retirer ses Patriot de Pologne", {"withdrawal"}),
    ("de", "Weißes Haus dementiert Kürzung der Patriot-Lieferungen an Kiew", {"cut"}),
    ("en", "Washington denies it barred Kyiv from firing ATACMS into Russia", {"ban"}),
    # Not a denial: nothing is read.
    ("en", "Germany halts nothing: Patriot deliveries go on", set()),
])
def test_what_a_denial_denies(lang, title, matters, analyzer):
    assert set(report_fingerprint(analyzer, lang, title, "").event.denied_matters) == matters


def test_a_refusals_parties_are_the_governments_its_opening_names_but_ukraine(analyzer):
    evidence = report_fingerprint(analyzer, "en", "Switzerland blocks re-export of anti-aircraft rounds to Ukraine",
                      "Switzerland will not allow Germany to pass Swiss-made 35 mm rounds on to Ukraine, the economy "
                      "ministry in Bern said on Monday.").event
    assert evidence.refusal_parties == {"CH", "DE"}
    pledge = report_fingerprint(analyzer, "en", "Germany to give Ukraine two more Patriot systems",
                    "Germany will give Ukraine two more Patriot systems, Pistorius said in Berlin.").event
    assert pledge.refusal_parties == frozenset()


# A strict xfail until relevance round 16 (tests/rules/test_rules_relevance_16.py): weapons "already at the front" are
# weapons arrived, a word of giving of the weapon rules.
def test_a_live_entry_telling_howitzers_at_the_front_is_found_relevant(analyzer):
    item = reports_by_id("busy_day_37.jsonl")["BN-LV-02"]
    assert analyzer.analyze(*headline(item), item["lang"]).relevant


# A strict xfail until relevance round 16: a summit held on Ukraine is a meeting of its backers, and one that names a
# weapon is about arms for Ukraine.
def test_a_live_entry_telling_a_summit_over_is_found_relevant(analyzer):
    item = reports_by_id("busy_day_38.jsonl")["BO-LV-02"]
    assert analyzer.analyze(*headline(item), item["lang"]).relevant
