"""Story grouping on busy news days of wire copy (tests/data/busy_day*.jsonl): the reports
of a day, taken one or two at a time. Each case is one a day's replay once got wrong (or
one beside it, written with its fix): two reports of one event or of two, judged by the
matcher on their fingerprints (same_event_score, similarity) or replayed alone through the
poller, and what the event evidence reads in one report (the phase told, a package's
number, a meeting told over, the crowns of a donor). The days themselves, replayed whole in
every feed order and held to their figures, are in tests/stories/test_story_busy_day.py.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.stories.evidence.events import EventEvidence, event_evidence
from bot.core.stories.fingerprint.fingerprints import fingerprint
from bot.core.stories.matching import StoryCandidate
from bot.core.stories.scoring.likeness import similarity
from bot.core.stories.scoring.same_event import compare
from bot.core.stories.scoring.story_score import (
    EVENT_KEY_SIMILARITY,
    MEETING_AND_DAY_SIMILARITY,
    MEETING_OVER_SIMILARITY,
    MEETING_WITHOUT_DAY_SIMILARITY,
    same_event_score,
)
from bot.core.stories.story_index import StoryIndex
from tests.support.busy_days import replayed_day, together_in_every_replay
from tests.support.story_replay import NOW, by_outlet, headline, labelled_reports, replay, reports_by_id


def _print(item: dict, analyzer):
    title, body = headline(item)
    analysis = analyzer.analyze(title, body, item["lang"])
    return fingerprint(title, body, pledges=analysis.pledges, entities=analyzer.entities, lang=item["lang"])


def test_a_pledge_and_the_arrival_of_an_earlier_batch_of_one_system_are_two_events(analyzer):
    """Both headlines name France's Caesar and both are read as decisions; twelve new
    guns and the six of January are two batches."""
    by_id = reports_by_id("busy_day.jsonl")
    pledge, arrival = _print(by_id["B-FR-08"], analyzer), _print(by_id["B-FR-09"], analyzer)
    assert pledge.event.counts and arrival.event.counts  # what the rule reads
    assert same_event_score(pledge, arrival, apart=timedelta(hours=6)) == 0.0
    # The rule keeps one batch's reports together: the same twelve in other words.
    assert same_event_score(pledge, _print(by_id["B-DE-08"], analyzer), apart=timedelta(hours=1)) > 0.0


def test_the_arrival_of_promised_things_is_a_delivery_even_without_a_number(analyzer):
    """Kyiv's confirmation of an earlier batch, with no count to set it apart from the
    donor's new pledge of the day: the promise it names ("promised in January") is what
    arrived, so it is a delivery, never the pledge; its translations still agree."""
    by_id = reports_by_id("busy_day.jsonl")
    pledge = _print(by_id["B-EN-08"], analyzer)
    arrivals = [
        _print({"lang": "en", "title": "Ukraine confirms arrival of French Caesar howitzers",
                "summary": "Ukraine's defence ministry said on Wednesday that the Caesar howitzers France "
                           "agreed to send in January have arrived and are already in use in the east."}, analyzer),
        _print({"lang": "fr", "title": "Kiev confirme avoir reçu les canons Caesar français",
                "summary": "Le ministère ukrainien de la Défense a confirmé mercredi la réception des canons "
                           "Caesar promis par Paris en janvier, déjà utilisés dans l'est."}, analyzer),
    ]
    for arrival in arrivals:
        assert same_event_score(pledge, arrival, apart=timedelta(hours=6)) == 0.0
    assert same_event_score(*arrivals, apart=timedelta(hours=1)) > 0.0
    # Still to come, it stays the promise.
    promised = {"lang": "en", "title": "France says Caesar howitzers will arrive in Ukraine by autumn",
                "summary": "The Caesar howitzers France promised in January will arrive by the autumn, "
                           "the armed forces ministry said on Wednesday."}
    assert "decision" in _print(promised, analyzer).event.phases


def test_crowns_named_without_their_country_are_the_donors_crowns(analyzer):
    text = ("Dänemark finanziert der Ukraine ein Luftverteidigungssystem. Der Auftrag hat einen Wert "
            "von rund 1,2 Milliarden Kronen.")
    title = "Dänemark bezahlt Flugabwehr für Kiew"
    pledges = analyzer.analyze(title, text, "de").pledges
    assert event_evidence(title, text, pledges, analyzer.entities, "de").amounts == {"1.2e+09 DKK"}
    # Two crown-paying donors in one report: which crowns is not said.
    text = "Dänemark und Schweden finanzieren der Ukraine Flugabwehr für 1,2 Milliarden Kronen."
    title = "Dänemark und Schweden bezahlen Flugabwehr"
    pledges = analyzer.analyze(title, text, "de").pledges
    assert event_evidence(title, text, pledges, analyzer.entities, "de").amounts == {"1.2e+09 CROWNS"}


def test_the_eu_decision_in_three_languages_is_one_story(analyzer, tmp_path):
    """The EU is no donor of the evidence (groups stand in every report's background), so
    its decision's translations share no anchor; the amount its headline group decided
    on is the key (headline_givers.group_amounts)."""
    _, replays = replayed_day("busy_day_2.jsonl", analyzer, tmp_path)
    for _, _, story_of in replays:
        assert story_of["C-EN-10"] == story_of["C-FR-10"] == story_of["C-DE-10"]


def test_a_group_decisions_amount_is_a_key_only_under_a_headline_about_the_group_or_no_one(analyzer):
    def keys(title: str, text: str) -> frozenset[str]:
        pledges = analyzer.analyze(title, text, "en").pledges
        return event_evidence(title, text, pledges, analyzer.entities, "en").group_amounts

    text = "European Union governments approved 2 billion euros on Thursday to buy shells for Ukraine."
    assert keys("EU approves 2 billion euros for ammunition for Ukraine", text) == {"EU|2e+09 EUR"}
    # A country's pledge within the EU's programme is that country's news.
    assert keys("Germany adds 2 billion euros to EU ammunition plan for Ukraine", text) == frozenset()
    # A headline naming no one (a comment) takes the group its first sentence names first...
    comment = ("The 2 billion euros EU governments approved on Thursday for Ukraine's shells are needed. "
               "Europe's factories must now deliver.")
    assert keys("Comment: a start, not more", comment) == {"EU|2e+09 EUR"}
    # ... but not a country's: "Germany's share of the EU plan" is Germany's news.
    assert keys("Comment: a start, not more", "Germany's 2 billion euros for the EU plan are needed.") == frozenset()
    # An amount further down is context, not the decision.
    later = ("European Union governments approved a new plan on Thursday to buy shells for Ukraine. "
             "Last year they spent 2 billion euros on it.")
    assert keys("EU approves new ammunition plan for Ukraine", later) == frozenset()


@pytest.mark.parametrize("sentence, lang, arrived", [
    # Told by a verb: the pledge extraction reads the delivery (status_cues._promise_told_arriving).
    ("Kyiv confirmed that the six Caesar howitzers France promised in January have arrived in Ukraine.", "en", True),
    ("Die von Berlin zugesagten Panzer sind in der Ukraine eingetroffen.", "de", True),
    # Told by a noun, or as a promise kept: the extraction reads the promise, the story's
    # evidence the delivery (pledge_news.promise_that_arrived).
    ("Kyiv confirmed the receipt of the six Caesar howitzers France promised in January.", "en", True),
    ("Kiev a confirmé la réception des six canons Caesar promis par Paris en janvier.", "fr", True),
    ("Die Niederlande haben ihre Zusage erfüllt: Alle 24 Kampfflugzeuge vom Typ F-16 sind an die Ukraine "
     "übergeben worden.", "de", True),
    # ... or as now with the army that uses them (busy day 11's live entry).
    ("Sweden's defence ministry says the 12 Archer howitzers it promised this month are now with Ukrainian "
     "artillery units.", "en", True),
    ("Les douze canons Archer promis par Stockholm sont désormais entre les mains de l'armée ukrainienne.", "fr", True),
    ("Die zwölf Archer-Haubitzen, die Schweden der Ukraine zugesagt hat, sind inzwischen bei der Truppe.", "de", True),
    # ... also in a headline without its verb (busy day 12, mended after its first run).
    ("French Mirage jets promised to Ukraine now in service with its air force", "en", True),
    ("Les Mirage 2000 promis par Paris à l'Ukraine désormais en service", "fr", True),
    # Negated, to come or awaited, it stays the promise.
    ("The 12 Archer howitzers Sweden promised will be with Ukrainian artillery units by spring.", "en", False),
    ("The Leopard tanks Germany pledged in the spring have not arrived in Ukraine.", "en", False),
    ("The jets Denmark promised haven't arrived in Ukraine.", "en", False),
    ("Les canons promis par Paris ne sont pas arrivés en Ukraine.", "fr", False),
    ("Die zugesagten Panzer sind noch nicht in der Ukraine eingetroffen.", "de", False),
    ("The F-16s promised in 2023 will arrive in Ukraine next month.", "en", False),
    ("Die Niederlande haben ihre Zusage nicht erfüllt: Die F-16 sind noch nicht an die Ukraine übergeben worden.",
     "de", False),
    ("Kiev attend toujours la réception des canons Caesar promis par Paris.", "fr", False),
])
def test_a_promise_told_as_arrived_is_a_delivery_unless_negated_or_to_come(sentence: str, lang: str, arrived: bool,
                                                                          analyzer) -> None:
    """What the story matcher reads, from the extraction through the event evidence: a
    promise told as arrived is the delivery of it; a negated or awaited arrival is none."""
    pledges = analyzer.analyze("", sentence, lang).pledges
    assert ("delivery" in event_evidence("", sentence, pledges, analyzer.entities, lang).phases) is arrived


def test_a_comment_joins_the_decision_it_comments_on(analyzer, tmp_path):
    """'Kommentar: Zwei Milliarden für Munition sind ein Anfang, mehr nicht' names no one in
    its headline; its first sentence says whose decision it comments on (the EU's) and the
    sum, which key the decision as its reports' headlines do (headline_givers.unheaded_groups)."""
    _, replays = replayed_day("busy_day_2.jsonl", analyzer, tmp_path)
    assert all(story_of.get("C-DE-11") is not None and story_of.get("C-DE-11") == story_of.get("C-DE-10")
               for _, _, story_of in replays)


def test_a_live_entry_naming_its_meeting_but_no_day_joins_the_round_up(analyzer):
    """A live blog's entry on a meeting names the standing meeting and seldom the day; a
    round-up of the same meeting published hours apart, in much the same words, is its
    story (story_score.MEETING_WITHOUT_DAY_SIMILARITY). The entry of another standing
    meeting stays apart, and so does a round-up this unalike."""
    by_id = reports_by_id("busy_day_8.jsonl", "busy_day_9.jsonl")
    for round_up, entry in (("I-EN-01", "I-EN-L1"), ("J-EN-01", "J-EN-L1")):
        round_up, entry = _print(by_id[round_up], analyzer), _print(by_id[entry], analyzer)
        assert not entry.event.dates and not entry.event.weekdays  # what the rule is for
        assert same_event_score(round_up, entry, apart=timedelta(hours=2)) > 0.0
    ramstein, brussels = _print(by_id["I-EN-01"], analyzer), _print(by_id["J-EN-L1"], analyzer)
    assert same_event_score(ramstein, brussels, apart=timedelta(hours=2)) == 0.0
    unalike = _print({"lang": "en", "title": None,
                      "summary": "Another contact group meeting at Ramstein: ministers arrive to argue Kyiv's case again."},
                     analyzer)
    assert 0.0 < similarity(ramstein, unalike) < MEETING_WITHOUT_DAY_SIMILARITY
    assert same_event_score(ramstein, unalike, apart=timedelta(hours=2)) == 0.0


def test_a_follow_up_the_next_day_of_an_nth_delivery_is_the_same_delivery(analyzer):
    """The day a report names is when something was said about the news: the ministry on
    Monday, the receiving air force on Tuesday. The n-th delivery of one system happens
    once, so that day does not tell them apart (same_event._same_numbered_event); without
    such a number it still does, and another n is another delivery."""
    def report(title: str, text: str):
        return _print({"lang": "en", "title": title, "summary": text}, analyzer)

    handed = report("Germany delivers third Skynex system to Ukraine",
                    "Germany has delivered a third Skynex air defence system to Ukraine, the government in Berlin "
                    "said on Monday.")
    on_duty = report("Third German Skynex already protecting Ukrainian city, air force says",
                     "Ukraine's air force said on Tuesday that the third Skynex system delivered by Germany is "
                     "already protecting a city in the east.")
    assert handed.event.weekdays != on_duty.event.weekdays
    assert handed.event.later_deliveries & on_duty.event.later_deliveries  # what the rule reads
    assert same_event_score(handed, on_duty, apart=timedelta(hours=20)) > 0.0
    fourth = report("Fourth German Skynex already protecting Ukrainian city, air force says",
                    "Ukraine's air force said on Tuesday that the fourth Skynex system delivered by Germany is "
                    "already protecting a city in the east.")
    assert same_event_score(handed, fourth, apart=timedelta(hours=20)) == 0.0
    unnumbered = report("German Skynex systems already protecting Ukrainian city, air force says",
                        "Ukraine's air force said on Tuesday that Skynex systems delivered by Germany are "
                        "already protecting a city in the east.")
    assert same_event_score(handed, unnumbered, apart=timedelta(hours=20)) == 0.0


def test_a_donor_paying_for_guns_made_in_ukraine_is_one_event_whether_read_as_an_order_or_a_pledge(analyzer):
    """"Sweden will finance 24 Bohdana howitzers built in Ukraine" is read as an order from
    industry, "Schweden bezahlt der Ukraine 24 im Land gebaute Haubitzen" as a pledge: the
    same 24 counted in two phases is no shared count, unless the two sums agree (here
    crowns and converted euros, both rough)."""
    def report(lang: str, title: str, text: str):
        return _print({"lang": lang, "title": title, "summary": text}, analyzer)

    english = report("en", "Sweden pays for 24 Ukrainian-made Bohdana howitzers",
                     "Sweden will finance 24 Bohdana howitzers built in Ukraine for about 2 billion Swedish crowns, "
                     "the government said on Monday.")
    german = report("de", "Schweden finanziert 24 ukrainische Haubitzen",
                    "Schweden bezahlt der Ukraine 24 im Land gebaute Haubitzen vom Typ Bohdana. Die Kosten liegen "
                    "bei rund 175 Millionen Euro, teilte die Regierung am Montag mit.")
    assert english.event.counted == {"24|production"} and german.event.counted == {"24|decision"}
    assert same_event_score(english, german, apart=timedelta(hours=2)) > 0.0


def test_one_count_in_two_phases_is_shared_only_for_an_order_and_a_pledge_of_agreeing_sums():
    def side(phase: str, amount: str | None, rough: bool = True) -> EventEvidence:
        amounts = frozenset({amount} if amount else ())
        return EventEvidence(donors=frozenset({"SE"}), counts=frozenset({24}), counted=frozenset({f"24|{phase}"}),
                             amounts=amounts, rough_amounts=amounts if rough else frozenset())

    # The count, and since round 9 the sum told converted (same_event._converted_amount_shared).
    order = side("production", "2e+09 SEK")
    assert compare(order, side("decision", "1.8e+08 EUR")).details == 2
    # Sums that differ, no sums, or a delivery: two facts (the delivery's sum, converted,
    # is still the one figure).
    assert compare(side("production", "2e+09 SEK", rough=False), side("decision", "4.5e+09 SEK", rough=False)).details == 0
    assert compare(side("production", None), side("decision", None)).details == 0
    assert compare(side("delivery", "2e+09 SEK"), side("decision", "1.8e+08 EUR")).details == 1


def test_an_analysis_naming_no_one_does_not_join_one_of_the_events_it_weighs(analyzer):
    """"Analysis: A week of air defence promises, and one U-turn" weighs two German
    packages of one week, two meetings and Italy's reversal; its pledges agree with those of
    Germany's second package, told without amount or day ("Deutschland liefert der Ukraine
    weitere Iris-T-Lenkflugkörper"), and joined, the package's reports followed it: an
    event hidden in every order of busy day 10 (genres._COMMENTARY, same_event.
    _commentary_on_no_one)."""
    by_id = reports_by_id("busy_day_10.jsonl")
    analysis, package = _print(by_id["K-EN-AN"], analyzer), _print(by_id["K-DE-04"], analyzer)
    assert analysis.event.genres == {"commentary"} and package.event.genres == frozenset()
    assert compare(analysis.event, package.event).conflict == ""  # nothing else keeps them apart
    assert same_event_score(analysis, package, apart=timedelta(hours=3)) == 0.0
    # The same first sentence as a feed item without a title (headed by that sentence) is
    # no marked piece: its pledges still agree.
    text = by_id["K-EN-AN"]["summary"]
    untitled = _print({"lang": "en", "title": None, "summary": text}, analyzer)
    assert untitled.event.genres == frozenset()
    assert compare(untitled.event, package.event).pledges_agree
    # A marked piece whose headline names the donor is about that donor's news.
    named = _print({"lang": "de", "title": "Kommentar: Deutschlands Iris-T-Zusage kommt spät",
                    "summary": "Die Bundesregierung schickt der Ukraine weitere Lenkflugkörper für das "
                               "Flugabwehrsystem Iris-T SLM sowie Aufklärungsdrohnen. Das ist gut, aber spät."},
                   analyzer)
    assert named.event.genres == {"commentary"} and compare(named.event, package.event).pledges_agree


def test_a_round_up_recalling_another_meeting_of_the_week_stays_with_its_own(analyzer, tmp_path):
    """The NATO ministers' French round-up recalls in its first sentence the contact group's
    online meeting "mardi" and names Thursday: it shares a standing meeting and a weekday
    with the contact group's French round-up, and is 0.24 alike. Arriving before any other
    report of its own meeting, it joined the contact group's story. The meeting a report's
    opening is about is the first one its title or first sentence names
    (gatherings.meeting_of); two reports about different ones conflict."""
    by_id = reports_by_id("busy_day_10.jsonl")
    contact_group, ministers = _print(by_id["K-FR-01"], analyzer), _print(by_id["K-FR-02"], analyzer)
    assert contact_group.event.meetings == {"UDCG"} and ministers.event.meetings == {"NATO-MINISTERS"}
    assert ministers.event.lead_meetings == {"UDCG", "NATO-MINISTERS"}  # both named, as before
    assert compare(contact_group.event, ministers.event).conflict == "meeting"
    # Through the poller, the contact group's outlets first, then the NATO round-up's.
    feeds = by_outlet(labelled_reports("busy_day_10.jsonl"))
    first = ["agence-fr", "journal-fr"]
    order = [(name, feeds[name]) for name in first] + [(n, i) for n, i in feeds.items() if n not in first]
    story_of = asyncio.run(replay(order, analyzer, tmp_path / "order.db"))
    assert story_of["K-FR-02"] != story_of["K-FR-01"]
    assert story_of["K-FR-02"] == story_of["K-DE-02"] == story_of["K-EN-02"]


def test_round_ups_of_one_sitting_naming_its_day_join_at_a_likeness_just_above_none(analyzer):
    """Busy day 10's German round-up of the contact group's online meeting shares with the
    English one only "Ramstein" and "Video" (0.03 alike): below the likeness that joins on a
    fact naming one event (EVENT_KEY_SIMILARITY), but both are about the same standing
    meeting and name the same day, which two sittings of one format never share within
    the window (story_score.MEETING_AND_DAY_SIMILARITY). "tagt per Videokonferenz" is a
    gathering (gatherings._GATHERING)."""
    by_id = reports_by_id("busy_day_10.jsonl")
    english, german = _print(by_id["K-EN-01"], analyzer), _print(by_id["K-DE-01"], analyzer)
    assert german.event.occasions == {"meeting"}
    assert MEETING_AND_DAY_SIMILARITY <= similarity(english, german) < EVENT_KEY_SIMILARITY
    assert same_event_score(english, german, apart=timedelta(hours=1)) > 0.0
    # Another day named, the same outlet's feed, a late report or a report about an item:
    # this unalike, apart.
    other_day = _print({**by_id["K-DE-01"], "summary": by_id["K-DE-01"]["summary"].replace("Dienstag", "Freitag")},
                       analyzer)
    assert similarity(english, other_day) < EVENT_KEY_SIMILARITY
    assert same_event_score(english, other_day, apart=timedelta(hours=1)) == 0.0
    assert same_event_score(english, german, same_feed=True, apart=timedelta(hours=1)) == 0.0
    pledge = _print({"lang": "de", "title": "Ramstein-Gruppe: Berlin sagt Kiew Iris-T zu",
                     "summary": "Deutschland liefert der Ukraine weitere Iris-T-Systeme, hieß es bei der "
                                "Videokonferenz am Dienstag."}, analyzer)
    assert similarity(english, pledge) < EVENT_KEY_SIMILARITY
    assert same_event_score(english, pledge, apart=timedelta(hours=1)) == 0.0


def test_round_ups_of_one_summit_naming_other_governments_systems_are_one_story(analyzer):
    """Busy day 13's EU summit: the English round-up names Germany's IRIS-T package of the
    day, the French one Norway's NASAMS; as round-ups of one sitting they name a few of the
    governments and systems told there, not the same few (same_event.compare). "EU leaders
    meeting in Brussels" is the summit (gatherings.MEETINGS). Germany's own report of its
    package stays apart."""
    by_id = reports_by_id("busy_day_13.jsonl")
    english, french, german = (_print(by_id[i], analyzer) for i in ("N-EN-07", "N-FR-07", "N-DE-07"))
    assert english.event.meetings == french.event.meetings == german.event.meetings == {"EU-SUMMIT"}
    assert english.event.systems and french.event.systems and not english.event.systems & french.event.systems
    for one, other in ((english, french), (english, german), (french, german)):
        assert same_event_score(one, other, apart=timedelta(hours=1)) > 0.0
    package = _print(by_id["N-EN-02"], analyzer)
    assert same_event_score(english, package, apart=timedelta(hours=1)) == 0.0


def test_a_headline_of_a_group_at_its_meeting_then_countries_heads_the_round_up(analyzer):
    """"NATO leaders promise Ukraine steady military aid at summit, Britain and France add
    weapons": the first clause is the summit's, the countries after it what the round-up
    lists (headline_givers.countries_after_a_group_clause). Read as Britain's and France's news,
    it stayed apart from the round-ups in French and German (busy day 14). Britain's own
    report stays apart; a label before a colon is no clause."""
    by_id = reports_by_id("busy_day_14.jsonl")
    english, french = _print(by_id["O-EN-01"], analyzer), _print(by_id["O-FR-01"], analyzer)
    assert english.event.headline_donors == frozenset() and english.event.headline_groups == {"NATO"}
    assert same_event_score(english, french, apart=timedelta(hours=1)) > 0.0
    assert same_event_score(english, _print(by_id["O-EN-02"], analyzer), apart=timedelta(hours=1)) == 0.0
    labelled = _print({"lang": "en", "title": "NATO summit: Britain to give Ukraine 350 ASRAAM missiles",
                       "summary": "Britain will supply Ukraine with 350 ASRAAM missiles, Prime Minister Keir Starmer "
                                  "said on Wednesday at the NATO summit in The Hague."}, analyzer)
    assert labelled.event.headline_donors == {"GB"}
    assert same_event_score(english, labelled, apart=timedelta(hours=1)) == 0.0


def test_a_sale_told_as_missiles_in_one_language_and_munitions_in_another_is_one_story(analyzer):
    """Busy day 14's French copy of the US sale says "3 350 missiles" in its headline, the
    English update "3,350 extended-range attack munitions" under "US clears ... missile
    sale": read as missiles and as ammunition, the count named no shared pledge, and the
    two are 0.09 alike, below the threshold without an event key (a strict xfail until
    round 7). Counted, missiles and munitions are one kind (pledge_news._COUNTED_FAMILY), and
    the count of the first sentence is the headline's news of that kind."""
    by_id = reports_by_id("busy_day_14.jsonl")
    update, french = _print(by_id["O-EN-08U"], analyzer), _print(by_id["O-FR-08"], analyzer)
    assert update.event.counted_pledges == french.event.counted_pledges == {"US|munitions|discussed|3350"}
    assert same_event_score(update, french, apart=timedelta(hours=1)) > 0.0
    # Another count of either kind, or the same count from another donor, is another batch.
    other_count = _print({**by_id["O-FR-08"], "title": "Washington autorise la vente de 2 500 missiles à l'Ukraine",
                          "summary": by_id["O-FR-08"]["summary"].replace("3 350", "2 500")}, analyzer)
    assert same_event_score(update, other_count, apart=timedelta(hours=1)) == 0.0
    shells = _print({"lang": "en", "title": "Germany to send Ukraine 3,350 artillery shells",
                     "summary": "Germany will send Ukraine 3,350 artillery shells this month, the defence ministry "
                                "said on Thursday."}, analyzer)
    assert same_event_score(update, shells, apart=timedelta(hours=1)) == 0.0


def test_an_untitled_live_entry_telling_the_meeting_over_joins_the_round_up_it_retells(analyzer):
    """Busy day 14's live entry ("The NATO summit in The Hague is over. ...") names the
    summit and no day; it is 0.42 alike to the French round-up, 0.30 to the English one
    whose headline lists the governments that announced weapons there, and stayed a story
    of its own below MEETING_WITHOUT_DAY_SIMILARITY (a duplicate alert in every order). An
    entry telling the meeting over retells its outcome, as the round-ups do
    (gatherings._MEETING_OVER): MEETING_OVER_SIMILARITY. Two round-ups of two sittings of one
    format, dated one day, reach 0.31 on the real-article set; an entry on the ministers
    arriving keeps the higher bar (test_a_live_entry_naming_its_meeting_but_no_day_joins_the_round_up)."""
    by_id = reports_by_id("busy_day_14.jsonl")
    entry, french = _print(by_id["O-EN-L1"], analyzer), _print(by_id["O-FR-01"], analyzer)
    assert not entry.event.dates and not entry.event.weekdays and "over" in entry.event.occasions
    assert MEETING_OVER_SIMILARITY <= similarity(entry, french) < MEETING_WITHOUT_DAY_SIMILARITY
    assert same_event_score(entry, french, apart=timedelta(hours=2)) > 0.0
    # Beyond the 36 hours in which a round-up's entry lands, or from the same feed, apart.
    assert same_event_score(entry, french, apart=timedelta(hours=40)) == 0.0
    assert same_event_score(entry, french, same_feed=True, apart=timedelta(hours=2)) == 0.0
    # The same words with the summit not told over: the higher bar, apart.
    under_way = _print({**by_id["O-EN-L1"], "summary": by_id["O-EN-L1"]["summary"].replace(" is over.", " goes on.")},
                       analyzer)
    assert "over" not in under_way.event.occasions
    assert same_event_score(under_way, french, apart=timedelta(hours=2)) == 0.0


@pytest.mark.parametrize("lead, lang, over", [
    ("The NATO summit in The Hague is over.", "en", True),
    ("EU defence ministers have wrapped up their meeting in Luxembourg.", "en", True),
    ("La réunion du groupe de contact s'est achevée à Ramstein.", "fr", True),
    ("Das Treffen der Ukraine-Kontaktgruppe in Ramstein ist zu Ende.", "de", True),
    ("Ministers arrive at Ramstein for another contact group meeting.", "en", False),
    ("The contact group will meet at Ramstein on Friday.", "en", False),
    ("Germany is over the moon about its new tanks.", "en", False),  # no meeting
])
def test_a_meeting_told_over(lead, lang, over, analyzer):
    assert ("over" in _print({"lang": lang, "title": None, "summary": lead}, analyzer).event.occasions) is over


def test_a_handover_told_done_of_promised_things_is_their_delivery(analyzer):
    """Busy day 16: "Sweden has handed over the last of 20 CV90 ... it promised Ukraine in
    the spring" is read by the pledge extraction as the promise, and so stayed apart from
    its German and French copies (alle 20 zugesagten ... übergeben; achevé la livraison)
    in a conflict of phases. The handover told done recalls the promise it completes
    (pledge_news._ARRIVED); a new promise told beside a delivery stays one."""
    by_id = reports_by_id("busy_day_16.jsonl")
    english, german, french = (_print(by_id[i], analyzer) for i in ("R-EN-05", "R-DE-05", "R-FR-05"))
    assert english.event.phases == german.event.phases == french.event.phases == {"delivery"}
    assert same_event_score(english, german, apart=timedelta(hours=1)) > 0.0
    assert same_event_score(english, french, apart=timedelta(hours=1)) > 0.0
    # The extraction reads the promise here too; a handover told done with more to come, or
    # not done yet, keeps its promise (the first two, a decision), and a promise beside a
    # delivery stays (the last).
    for sentence, phases in (
            ("Germany has handed over the last of 40 Marder infantry fighting vehicles it promised Ukraine, the "
             "ministry said on Friday.", {"delivery"}),
            ("Germany has handed over the last of 40 Marder infantry fighting vehicles it promised Ukraine and will "
             "send 20 more, the ministry said.", {"decision"}),
            ("Germany has not yet handed over all the Marder infantry fighting vehicles it promised Ukraine, the "
             "ministry said.", {"decision"}),
            ("Germany has handed over 40 Marder infantry fighting vehicles to Ukraine and promised 20 more, the "
             "ministry said.", {"decision", "delivery"})):
        pledges = analyzer.analyze("", sentence, "en").pledges
        assert event_evidence("", sentence, pledges, analyzer.entities, "en").phases == phases, (sentence, pledges)
    # Busy day 8's German copy of Britain's shells all delivered was read as the promise,
    # as its English copy ("has completed the delivery of the 100,000 artillery shells it
    # pledged") was until this round: the two agreed as promises. Both are the delivery.
    for sentence, lang in (
            ("Norwegen hat alle 14 NASAMS-Startgeräte, die es der Ukraine im Mai zugesagt hatte, übergeben.", "de"),
            ("Britain has completed the delivery of the 100,000 artillery shells it pledged to Ukraine.", "en"),
            ("La Norvège a livré tous les lanceurs NASAMS promis à l'Ukraine en mai.", "fr")):
        pledges = analyzer.analyze("", sentence, lang).pledges
        assert event_evidence("", sentence, pledges, analyzer.entities, lang).phases == {"delivery"}, sentence


@pytest.mark.xfail(strict=True, reason="busy day 16's German comment on Berlin's drone money says 'Eine halbe "
                                       "Milliarde Euro' and 'Langstreckendrohnen aus ukrainischer Produktion': no "
                                       "amount and no pledge are read, only Germany, and it is 0.07-0.13 alike to "
                                       "the reports of the decision")
def test_a_comment_on_one_donors_money_joins_the_decision(analyzer):
    by_id = reports_by_id("busy_day_16.jsonl")
    comment, decision = _print(by_id["R-DE-K2"], analyzer), _print(by_id["R-DE-02"], analyzer)
    assert same_event_score(comment, decision, apart=timedelta(hours=3)) > 0.0


@pytest.mark.parametrize("title, text, lang, ordinals", [
    # Busy day 19: the German copy numbers Denmark's package in its second sentence.
    ("Dänemark: Neues Paket über 120 Millionen Euro für die Ukraine",
     "Dänemark finanziert der Ukraine Drohnen im Wert von rund 120 Millionen Euro. Es ist das 30. Paket, sagte "
     "Verteidigungsminister Troels Lund Poulsen am Freitag.", "de", {"DK|30"}),
    ("Le Danemark débloque 900 millions de couronnes pour Kiev",
     "Copenhague va financer des drones pour l'Ukraine. Il s'agit de son 30e paquet d'aide militaire, a annoncé "
     "vendredi le ministre.", "fr", {"DK|30"}),
    ("Denmark funds drones for Ukraine",
     "Denmark will pay for drones for Ukraine, the government said on Friday. It is Denmark's 30th package.", "en",
     {"DK|30"}),
    # Any other later sentence naming a package by its number recalls an earlier one.
    ("Denmark funds drones for Ukraine",
     "Denmark will pay for drones for Ukraine, the government said on Friday. Its 29th package came in May.", "en",
     set()),
    ("Dänemark finanziert Drohnen für die Ukraine",
     "Dänemark bezahlt der Ukraine Drohnen. Das 29. Paket hatte das Land im Mai geschnürt.", "de", set()),
    # (after the review of stop 35) "it is" opening a sentence whose number is another's, or
    # the year's count, had been read as the news's own number
    ("Denmark funds drones for Ukraine",
     "Denmark will pay for drones for Ukraine, the government said on Friday. It is the largest since Denmark's "
     "19th package in May.", "en", set()),
    ("Le Danemark finance des drones pour l'Ukraine",
     "Copenhague va financer des drones pour l'Ukraine. C'est le 3e paquet cette année.", "fr", set()),
])
def test_a_packages_number_is_read_where_the_lead_says_which_it_is(title, text, lang, ordinals, analyzer):
    pledges = analyzer.analyze(title, text, lang).pledges
    assert event_evidence(title, text, pledges, analyzer.entities, lang).package_ordinals == ordinals


def test_one_donors_two_numbered_packages_of_a_week_stay_apart_and_each_joins_its_copies(analyzer):
    """Busy day 19: Denmark's 29th package on Monday and its 30th on Friday; the German copy
    of the 30th gives only converted euros and numbers it in its second sentence."""
    by_id = reports_by_id("busy_day_19.jsonl")
    german = _print(by_id["U-DE-05"], analyzer)
    for copy in ("U-EN-05", "U-FR-05"):
        assert same_event_score(german, _print(by_id[copy], analyzer), apart=timedelta(hours=2)) > 0.0
    for earlier in ("U-EN-04", "U-DE-04"):
        assert same_event_score(german, _print(by_id[earlier], analyzer), apart=timedelta(hours=2)) == 0.0


@pytest.mark.xfail(strict=True, reason="busy day 18's shortage told by Ukraine's ground forces commander shares "
                                       "only the weekday between its English and German reports (0.005 alike): "
                                       "no donor, no pledge of either, so they stay two stories")
def test_a_shortage_told_in_two_languages_is_one_story(analyzer):
    by_id = reports_by_id("busy_day_18.jsonl")
    english, german = _print(by_id["T-EN-07"], analyzer), _print(by_id["T-DE-07"], analyzer)
    assert same_event_score(english, german, apart=timedelta(hours=1)) > 0.0


def test_a_refusal_to_allow_a_transfer_is_one_story_in_three_languages(analyzer):
    """Busy day 19: "Switzerland has again refused to allow Germany to re-export ...
    ammunition" was read as Germany's pledge beside Switzerland's refusal (the permission
    "allow Germany to re-export" outweighed the refusal before it), so its headline donors
    (CH, DE) differed from its copies' (CH) and it stayed apart. A permission a refusal
    withholds gives nothing (status_cues._permission_refused)."""
    by_id = reports_by_id("busy_day_19.jsonl")
    english = _print(by_id["U-EN-06"], analyzer)
    for copy in ("U-DE-06", "U-FR-06"):
        assert same_event_score(english, _print(by_id[copy], analyzer), apart=timedelta(hours=1)) > 0.0


@pytest.mark.parametrize("sentence, lang, pledges", [
    ("Switzerland has again refused to allow Germany to re-export 35mm ammunition for Gepard guns to Ukraine.",
     "en", {("CH", "refused")}),
    ("Germany declined to allow Poland to send its Leopard tanks to Ukraine.", "en", {("DE", "refused")}),
    ("Berne a refusé d'autoriser l'Allemagne à réexporter des munitions pour Gepard vers l'Ukraine.", "fr",
     {("CH", "refused")}),
    # A permission granted is the permitted giver's promise, as before, and the permitter's
    # leave is under discussion, as the real set labels an approval of others' giving
    # (pledge round 24, bot/core/pledges/donors/approvals.py).
    ("Berlin allowed Warsaw to send its Leopard tanks to Ukraine.", "en", {("PL", "pledged"), ("DE", "discussed")}),
    ("Germany refused at first, then allowed Poland to send its Leopard tanks to Ukraine.", "en",
     {("PL", "pledged"), ("DE", "discussed")}),
])
def test_a_permission_to_give_that_is_refused_is_the_refusers_refusal(sentence, lang, pledges, analyzer):
    assert {(p.donor, p.status) for p in analyzer.analyze("", sentence, lang).pledges} == pledges


def test_round_ups_headed_by_the_systems_the_allies_pledged_at_their_meeting_are_one_story(analyzer):
    """Busy day 20: "Contact group meets online, allies pledge Patriot and artillery for
    Ukraine" and its French and German twins name a system in their headlines and were read
    as reports about an item: the meeting and its day did not join them, nor did their
    pledges (the allies', no government's), and the sitting made three stories. Under an
    opening naming its standing meeting, a group's headline heads the round-up. Germany's
    launchers pledged there and the Netherlands' arrived that day stay apart from it."""
    by_id = reports_by_id("busy_day_20.jsonl")
    english, french, german = (_print(by_id[i], analyzer) for i in ("V-EN-01", "V-FR-01", "V-DE-01"))
    assert english.event.headline_systems and not english.event.is_about_an_item()
    for one, other in ((english, french), (english, german), (french, german)):
        assert same_event_score(one, other, apart=timedelta(hours=1)) > 0.0
    for news in ("V-EN-02", "V-DE-02", "V-EN-03", "V-DE-03"):
        assert same_event_score(german, _print(by_id[news], analyzer), apart=timedelta(hours=1)) == 0.0
    # Without its meeting, a group's headline naming a system is about that item.
    group_item = _print({"lang": "en", "title": "Allies pledge Patriot missiles for Ukraine",
                         "summary": "Ukraine's allies will send more Patriot missiles, officials said on Tuesday."},
                        analyzer)
    assert group_item.event.is_about_an_item()


@pytest.mark.xfail(strict=True, reason="German puts the one permitted between the refusal and the permission: "
                                       "'verweigert Deutschland die Erlaubnis, ... zu liefern' is still read as "
                                       "Germany's pledge (status_cues._permission_refused reads only a refusal "
                                       "right before the permission)")
def test_a_permission_refused_in_german_is_the_refusers_refusal(analyzer):
    sentence = "Die Schweiz verweigert Deutschland die Erlaubnis, Gepard-Munition an die Ukraine zu liefern."
    assert {(p.donor, p.status) for p in analyzer.analyze("", sentence, "de").pledges} == {("CH", "refused")}


def test_k_of_the_n_promised_told_arrived_is_the_delivery_not_the_promise(analyzer):
    """Busy day 22: "Vier der zehn Schützenpanzer CV90, die Schweden am Montag zugesagt
    hatte, sind bereits in der Ukraine angekommen" is read by the pledge extraction as 4
    delivered and the 10 promised; the promise kept it in the decision phase of Monday's
    pledge, which it joined (wrong pairs, the pledge hidden in 2 of 7 orders). A part of the
    promised count told arrived is the delivery (figures_told.part_of_the_promise), as "the first
    four of the 10" was already."""
    by_id = reports_by_id("busy_day_22.jsonl")
    arrival = _print(by_id["Y-DE-06"], analyzer)
    assert arrival.event.phases == {"delivery"}
    for pledge in ("Y-EN-05", "Y-FR-05", "Y-DE-05"):
        assert same_event_score(arrival, _print(by_id[pledge], analyzer), apart=timedelta(days=4)) == 0.0
    assert same_event_score(arrival, _print(by_id["Y-EN-06"], analyzer), apart=timedelta(hours=1)) > 0.0
    # A delivery and a new promise, counted apart, keep the promise.
    for sentence, lang in (("Schweden hat der Ukraine vier CV90 geliefert und zehn weitere zugesagt.", "de"),
                           ("Sweden has delivered four CV90 to Ukraine and promised ten more.", "en")):
        pledges = analyzer.analyze("", sentence, lang).pledges
        assert event_evidence("", sentence, pledges, analyzer.entities, lang).phases == {"decision", "delivery"}


def test_an_amount_told_converted_is_the_figure_it_converts(analyzer):
    """Busy day 22: "UK commits 350 million pounds for drones" and "l'équivalent de quelque
    400 millions d'euros", "$400 million" and "environ 370 millions d'euros": 0.30-0.33
    alike, one donor, no shared figure, so apart unless their pledges agreed. A sum told
    converted within 10% of the other's figure at the usual rate is that figure
    (same_event._converted_amount_shared); plainly stated sums, or converted ones further
    off, are none."""
    by_id = reports_by_id("busy_day_22.jsonl")
    for one, other in (("Y-EN-04", "Y-FR-04"), ("Y-EN-07", "Y-FR-07")):
        x, y = _print(by_id[one], analyzer), _print(by_id[other], analyzer)
        assert compare(x.event, y.event).details == 1
        assert same_event_score(x, y, apart=timedelta(hours=1)) > 0.0

    def side(amount: str, rough: bool) -> EventEvidence:
        return EventEvidence(donors=frozenset({"GB"}), amounts=frozenset({amount}),
                             rough_amounts=frozenset({amount}) if rough else frozenset())

    assert compare(side("3.5e+08 GBP", False), side("4e+08 EUR", True)).details == 1
    assert compare(side("3.5e+08 GBP", False), side("4e+08 EUR", False)).details == 0  # both plain: two sums
    assert compare(side("3.5e+08 GBP", False), side("5e+08 EUR", True)).details == 0  # 23% off


def test_a_makers_follow_up_on_a_pledge_joins_the_pledge(analyzer):
    """Busy day 21's follow-up headline 'First of Germany's new IRIS-T systems to reach
    Ukraine by July' was read as the delivery (the infinitive 'to reach' was no future for
    tense_readings.FUTURE_BEFORE) and conflicted in phase with the pledge it details (a strict
    xfail until round 10); a headline's infinitive with a deadline is what is to come
    (tense_readings.infinitive_with_a_deadline)."""
    by_id = reports_by_id("busy_day_21.jsonl")
    follow_up, pledge = _print(by_id["X-EN-02F"], analyzer), _print(by_id["X-EN-02"], analyzer)
    assert same_event_score(follow_up, pledge, apart=timedelta(hours=20)) > 0.0


@pytest.mark.xfail(strict=True, reason="busy day 21's quote the day before the meeting ('a day before he hosts the "
                                       "alliance's defence chiefs') names Tuesday and no meeting: a weekday "
                                       "conflict with the round-ups of Wednesday, and no donor, system or number "
                                       "shared, so it stays a story of its own")
def test_a_quote_the_day_before_a_meeting_joins_the_meeting(analyzer):
    by_id = reports_by_id("busy_day_21.jsonl")
    quote, round_up = _print(by_id["X-EN-Q1"], analyzer), _print(by_id["X-EN-01"], analyzer)
    assert same_event_score(quote, round_up, apart=timedelta(hours=24)) > 0.0


@pytest.mark.parametrize("title, lang, donors", [
    # Busy day 23: the venue is no giver.
    ("EU ministers meeting in Luxembourg add drone funds for Ukraine", "en", set()),
    ("Réunis à Luxembourg, les ministres européens financent des drones pour Kiev", "fr", set()),
    ("EU-Gipfel in Luxemburg: Mehr Geld für Drohnen", "de", set()),
    # A country giving, or named otherwise, still is.
    ("Luxembourg pledges drones for Ukraine at EU meeting", "en", {"LU"}),
    ("At meeting in Brussels, Luxembourg pledges drones for Ukraine", "en", {"LU"}),
])
def test_a_country_named_where_a_meeting_sits_is_no_giver(title, lang, donors, analyzer):
    """Busy day 23's French round-up of EU ministers "Réunis à Luxembourg" was read as
    Luxembourg's news: a subject conflict with the German round-up naming no country in
    its headline, and the sitting made two stories (headline_givers._PLACE_OF_A_MEETING)."""
    pledges = analyzer.analyze(title, "", lang).pledges
    assert event_evidence(title, "", pledges, analyzer.entities, lang).headline_donors == donors


def test_a_live_entry_is_as_near_a_story_as_the_storys_nearest_report(analyzer, tmp_path):
    """Busy day 22 as published: the contact group's story opened with the preview on
    Tuesday, the round-up joined it on Thursday, and the live entry telling the meeting over
    came on Thursday too. Counted from the story's first report, the entry was 48 hours away,
    past the 36 hours in which a meeting's entry joins (story_score.PLEDGE_AGREEMENT_WINDOW),
    and opened a story of its own; it is hours from the round-up (report_times.nearest_apart)."""
    by_id = reports_by_id("busy_day_22.jsonl")
    order = [(f"feed-{number}", [by_id[item_id]]) for number, item_id in enumerate(("Y-FR-P1", "Y-EN-01", "Y-EN-L1"))]
    story_of = asyncio.run(replay(order, analyzer, tmp_path / "nearest.db", dates="real"))
    assert story_of["Y-FR-P1"] == story_of["Y-EN-01"]  # the setting: the round-up joins the preview
    assert story_of["Y-EN-L1"] == story_of["Y-EN-01"]


def test_a_story_read_back_from_the_store_is_as_near_as_its_nearest_report(analyzer, tmp_path):
    """The same, with the live entry polled by a new poller (a restart, a `poll --once`):
    its story index reads each report's time from the store, not the first report's alone."""
    by_id = reports_by_id("busy_day_22.jsonl")
    path = tmp_path / "restart.db"
    before = [(f"feed-{number}", [by_id[item_id]]) for number, item_id in enumerate(("Y-FR-P1", "Y-EN-01"))]
    asyncio.run(replay(before, analyzer, path, dates="real"))
    story_of = asyncio.run(replay([("feed-live", [by_id["Y-EN-L1"]])], analyzer, path, dates="real"))
    assert story_of["Y-FR-P1"] == story_of["Y-EN-01"] == story_of["Y-EN-L1"]


def test_a_wire_update_under_a_new_headline_with_the_same_figure_joins_its_first_version(analyzer):
    """Busy day 25: "UPDATE 1-US package for Ukraine includes AIM-9 interceptors and 155 mm
    shells", the wire's rewrite of "US announces $300 million military aid package", is
    0.45 alike to it (below revision_pairs.REVISION_SIMILARITY): the same feed's report joins only
    as its revision, which the same donor and the same sum make it (revision_pairs._same_figures)."""
    by_id = reports_by_id("busy_day_25.jsonl")
    first, update = _print(by_id["AB-EN-07"], analyzer), _print(by_id["AB-EN-07U"], analyzer)
    assert similarity(first, update) < 0.5  # the setting
    assert same_event_score(update, first, same_feed=True, apart=timedelta(hours=2)) > 0.0
    # The same feed's marked update of another sum of the donor's is another report.
    other = _print({"lang": "en", "title": "UPDATE 1-US to send Ukraine $150 million in artillery rounds",
                    "summary": "The United States will send Ukraine $150 million in artillery rounds from "
                               "Pentagon stocks, the Pentagon said on Monday. (Adds detail)"}, analyzer)
    assert same_event_score(other, first, same_feed=True, apart=timedelta(hours=2)) == 0.0


def test_round_ups_of_one_sitting_sharing_no_likeness_join_on_the_meeting_and_day(analyzer):
    """Busy day 25's German round-up of the contact group by video ("Ukraine-Kontaktgruppe",
    "Videokonferenz", "am Montag") shares no name or word of weight with the English one
    (0.0 alike); both openings name the standing meeting first and the same day, and neither
    is about an item (story_score.MEETING_AND_DAY_SIMILARITY). The story index scores it too."""
    by_id = reports_by_id("busy_day_25.jsonl")
    german, english = _print(by_id["AB-DE-01"], analyzer), _print(by_id["AB-EN-01"], analyzer)
    assert similarity(german, english) == 0.0  # the setting
    assert same_event_score(german, english, apart=timedelta(hours=1)) > 0.0
    index = StoryIndex()
    index.add(StoryCandidate(1, english, NOW), NOW)
    assert index.match(german, NOW + timedelta(hours=1)) == 1
    # A government's pledge at the meeting is about an item: the meeting alone does not join it.
    pledge = _print(by_id["AB-DE-02"], analyzer)
    assert same_event_score(pledge, english, apart=timedelta(hours=1)) == 0.0


def test_kyivs_follow_up_the_next_day_of_a_counted_delivery_is_the_delivery(analyzer):
    """Busy day 25: Copenhagen on Monday, "Twenty more Leopard 1A5 tanks ... have been
    delivered"; Kyiv's army on Tuesday, "The 20 Leopard 1A5 tanks Denmark paid for, delivered
    this week, are already with a mechanised brigade". Two weekdays, one delivery: one donor's
    delivery of the same count of one system (same_event._same_counted_delivery)."""
    by_id = reports_by_id("busy_day_25.jsonl")
    delivery, follow_up = _print(by_id["AB-EN-04"], analyzer), _print(by_id["AB-EN-04F"], analyzer)
    assert same_event_score(follow_up, delivery, apart=timedelta(hours=24)) > 0.0
    # Germany's 25 of the same tanks the same Monday, and Denmark's promise of 20, are others.
    assert same_event_score(_print(by_id["AB-EN-05"], analyzer), delivery, apart=timedelta(hours=1)) == 0.0
    promise = _print({"lang": "en", "title": "Denmark to pay for 20 more Leopard 1 tanks for Ukraine",
                      "summary": "Denmark will pay for 20 more Leopard 1A5 tanks for Ukraine, the Danish "
                                 "defence ministry said on Tuesday."}, analyzer)
    assert same_event_score(promise, delivery, apart=timedelta(hours=24)) == 0.0
    # A report that also counts another batch tells news of its own (the first run of this
    # rule joined such a pair of the real set, told weeks apart, when all dated now).
    next_batch = _print({"lang": "en", "title": "Ten more Danish Leopard 1 tanks on their way to Ukraine",
                         "summary": "Ten more Leopard 1A5 tanks paid for by Denmark are on their way to Ukraine, "
                                    "after the 20 delivered on Monday, the Danish defence ministry said on "
                                    "Thursday."}, analyzer)
    assert same_event_score(next_batch, delivery, apart=timedelta(hours=24)) == 0.0


def test_an_agencys_marked_correction_of_a_count_takes_back_the_wrong_count(analyzer, tmp_path):
    """Busy day 25: the French agency's "Trente chars Leopard 1 de plus livrés" and its
    "RECTIFICATIF - Vingt chars ..." (with its note). The wrong count conflicts with the
    wire's twenty: once Kyiv's follow-up joined the wire's report, in some feed orders the
    first version and its correction stayed a story of their own, until the correction took
    back the count of the version it corrects (stories.corrections)."""
    by_id, replays = replayed_day("busy_day_25.jsonl", analyzer, tmp_path)
    danish = ("AB-EN-04", "AB-FR-04A", "AB-FR-04C", "AB-EN-04F")
    assert together_in_every_replay((by_id, replays), *danish)
    # Still another count from another feed, unmarked, is another delivery.
    other = {**by_id["AB-FR-04A"], "id": "other", "source": "Autre FR"}
    story_of = asyncio.run(replay([("wire", [by_id["AB-EN-04"]]), ("autre", [other])], analyzer,
                                  tmp_path / "other.db"))
    assert story_of["other"] != story_of["AB-EN-04"]


def test_a_joint_production_deal_in_three_languages_is_one_story(analyzer, tmp_path):
    """Busy day 25's British-Ukrainian drone deal is read three ways: the English "signed an
    agreement ... to produce interceptor drones jointly" as no pledge, the German "Die
    Fertigung soll im Frühjahr beginnen" as Britain's production, the French "accord pour
    la production conjointe de drones" as Britain's pledge of drones; no pledges agree and
    no figure is shared. A strict xfail until stories round 12: the partner of a joint
    production deal and the day both name are a shared detail (things_named.joint_ventures,
    same_event._venture_days_shared)."""
    by_id = reports_by_id("busy_day_25.jsonl")
    order = [(f"feed-{i}", [by_id[item_id]]) for i, item_id in enumerate(("AB-EN-06", "AB-DE-06", "AB-FR-06"))]
    story_of = asyncio.run(replay(order, analyzer, tmp_path / "deal.db"))
    assert story_of["AB-EN-06"] == story_of["AB-DE-06"] == story_of["AB-FR-06"]


def test_money_for_missiles_for_systems_given_earlier_is_a_pledge(analyzer):
    by_id = reports_by_id("busy_day_25.jsonl")
    english, french = _print(by_id["AB-EN-03"], analyzer), _print(by_id["AB-FR-03"], analyzer)
    assert same_event_score(english, french, apart=timedelta(hours=1)) > 0.0


@pytest.mark.parametrize(("title", "summary", "status"), [
    ("First of Norway's NASAMS systems to reach Ukraine before winter, maker says",
     "The first of the NASAMS systems Norway pledged to Ukraine last week will be ready before winter, "
     "manufacturer Kongsberg said on Friday.", "pledged"),
    # Without a deadline, the infinitive may tell an arrival.
    ("First Dutch F-16 jets to reach Ukraine arrived on Monday",
     "The first F-16 jets the Netherlands promised have reached Ukraine, the ministry said.", "delivered"),
])
def test_a_headlines_infinitive_with_a_deadline_is_to_come(title, summary, status, analyzer):
    pledges = analyzer.analyze(title, summary, "en").pledges
    headline_pledges = [p for p in pledges if p.evidence == title]
    assert headline_pledges and {p.status for p in headline_pledges} == {status}, pledges


def test_a_new_batch_told_beside_the_recalled_earlier_one_is_another_pledge(analyzer):
    """Busy day 28: France's "12 more Caesar" on Tuesday and, on Friday, "six more Caesar ...
    on top of the 12 announced on Tuesday". The Friday reports name twelve and Tuesday as
    background; read as a shared count and a shared day, they joined Tuesday's story and
    hid one of the two pledges in every order (first run 0.69). A count one report ties to
    no pledge, beside its own batch in the phase the other report counts it in, is recalled
    (same_event._recalled_beside_its_own_batch)."""
    by_id = reports_by_id("busy_day_28.jsonl")
    tuesday, friday = _print(by_id["BE-EN-03"], analyzer), _print(by_id["BE-FR-04"], analyzer)
    assert same_event_score(friday, tuesday, apart=timedelta(hours=1)) == 0.0
    # The same in German, written for this test: a third batch recalling the second.
    third = _print({"lang": "de", "title": "Berlin sagt Kiew acht weitere Panzerhaubitzen zu",
                    "summary": "Deutschland liefert der Ukraine acht weitere Panzerhaubitzen 2000, zusätzlich zu "
                               "den 14, die am Montag zugesagt worden waren. Das teilte das Ministerium am "
                               "Donnerstag mit."}, analyzer)
    second = _print({"lang": "de", "title": "Deutschland sagt der Ukraine 14 Panzerhaubitzen zu",
                     "summary": "Deutschland stellt der Ukraine 14 Panzerhaubitzen 2000 zur Verfügung, teilte "
                                "das Verteidigungsministerium am Montag mit."}, analyzer)
    assert same_event_score(third, second, apart=timedelta(hours=1)) == 0.0
    # A copy that counts the same batch still joins its report.
    assert same_event_score(_print(by_id["BE-DE-04"], analyzer), friday, apart=timedelta(hours=1)) > 0.0


def test_an_analysis_of_several_governments_pledges_joins_none_of_them(analyzer):
    """Busy day 29: "Analysis: Two Patriot pledges in Brussels leave Kyiv's winter gap open",
    whose lead names Germany's and the Netherlands' Patriot, agreed with Germany's own
    report on half of its pledges and on the headline's system; coming first, it hid
    Germany's pledge behind it (first run, 1 of 7 orders). A headline naming no government
    over several governments' pledges agrees with no single government's report
    (same_event._several_governments_beside_one)."""
    by_id = reports_by_id("busy_day_29.jsonl")
    analysis = _print(by_id["BF-EN-A3"], analyzer)
    for own in ("BF-EN-04", "BF-DE-04", "BF-EN-L4", "BF-EN-05", "BF-FR-05"):
        assert same_event_score(_print(by_id[own], analyzer), analysis, apart=timedelta(hours=20)) == 0.0, own
    # Written for this test, in German: a comment on two governments' tanks of one day.
    comment = _print({"lang": "de", "title": "Kommentar: Zwei Panzerzusagen an einem Tag",
                      "summary": "Spanien liefert der Ukraine weitere Leopard-Panzer, Portugal ebenfalls. Doch "
                                 "beide Zusagen vom Donnerstag kommen spät."}, analyzer)
    spain = _print({"lang": "de", "title": "Spanien liefert der Ukraine weitere Leopard-Panzer",
                    "summary": "Spanien stellt der Ukraine weitere Kampfpanzer vom Typ Leopard 2A4 zur "
                               "Verfügung, teilte das Verteidigungsministerium in Madrid am Donnerstag mit."},
                   analyzer)
    assert same_event_score(spain, comment, apart=timedelta(hours=3)) == 0.0
    # The round-ups of the meeting still take it in (their meeting, their day).
    assert _together_in_one_replay(analyzer, by_id, "BF-EN-03", "BF-FR-03", "BF-DE-03", "BF-EN-A3")


def _together_in_one_replay(analyzer, by_id: dict, *ids: str) -> bool:
    order = [(f"feed-{number}", [by_id[item_id]]) for number, item_id in enumerate(ids)]
    with tempfile.TemporaryDirectory() as folder:
        story_of = asyncio.run(replay(order, analyzer, Path(folder) / "one.db", dates="real"))
    return all(item_id in story_of for item_id in ids) and len({story_of[item_id] for item_id in ids}) == 1


def test_one_donors_last_jets_handed_over_and_money_for_their_munitions_are_two_events(analyzer):
    """Found probing after round 11 (not a busy day's pair): one ministry's two announcements
    of a day in the same agency template, the last of its promised jets handed over and money
    for munitions for them."""
    handover = _print({"lang": "en", "title": "Netherlands hands over last F-16 jets to Ukraine",
                       "summary": "The Netherlands has handed over the last of the 24 F-16 fighter jets it "
                                  "promised Ukraine, the Dutch defence ministry said on Monday."}, analyzer)
    munitions = _print({"lang": "en", "title": "Netherlands to fund F-16 munitions for Ukraine",
                        "summary": "The Netherlands will spend 150 million euros on munitions for the F-16 "
                                   "fighter jets it gave Ukraine, the Dutch defence ministry said on Monday."},
                       analyzer)
    assert same_event_score(munitions, handover, apart=timedelta(hours=2)) == 0.0


def test_the_template_announcements_of_busy_day_30_stay_apart_and_their_copies_join(analyzer):
    """Round 13: the wire's "UPDATE 1-" of the Netherlands' first package carries the template
    headline of the second package's report; it is no revision of that report. The second
    package's copies still join each other."""
    by_id = reports_by_id("busy_day_30.jsonl")
    first = _print(by_id["BG-EN-01"], analyzer).with_member(_print(by_id["BG-EN-02"], analyzer))
    second = _print(by_id["BG-EN-05"], analyzer)
    assert same_event_score(first, second, same_feed=True, apart=timedelta(hours=2)) == 0.0
    assert _together_in_one_replay(analyzer, by_id, "BG-EN-05", "BG-FR-02", "BG-DE-02", "BG-EN-06", "BG-LV-01")


@pytest.mark.xfail(strict=True, reason="busy day 31's live entry 'two more Skynex systems will go to Ukraine' reads "
                                       "no pledge ('will go to' is no verb of giving to the extraction): it shares "
                                       "Germany and Skynex with the pledge's reports but no figure, day or pledge, "
                                       "so it stays a story of its own")
def test_a_live_entry_telling_systems_will_go_to_ukraine_joins_the_pledge(analyzer):
    by_id = reports_by_id("busy_day_31.jsonl")
    assert _together_in_one_replay(analyzer, by_id, "BH-EN-08", "BH-LV-02")


@pytest.mark.xfail(strict=True, reason="busy day 31's French report of Belgium's demining vehicles is 0.10 alike "
                                       "to the English ones ('véhicules de déminage', 'pièces détachées' against "
                                       "'demining vehicles', 'spare parts'): they agree on Belgium's pledge and on "
                                       "Monday but name no system or figure, and agreeing pledges join from 0.30")
def test_a_translation_naming_no_system_or_figure_joins_its_copies(analyzer):
    by_id = reports_by_id("busy_day_31.jsonl")
    assert _together_in_one_replay(analyzer, by_id, "BH-EN-03", "BH-FR-02")


def test_the_preview_of_busy_day_32_joins_the_announcement_and_not_the_meeting(analyzer):
    """Round 14: "Germany is expected to announce more air defence ... at Ramstein on
    Tuesday", published on Monday, is the news of Germany's two IRIS-T told the day before;
    the contact group's round-ups, headed by the allies, stay a story of their own."""
    by_id = reports_by_id("busy_day_32.jsonl")
    assert _together_in_one_replay(analyzer, by_id, "BI-EN-04", "BI-EN-05", "BI-FR-03", "BI-DE-05")
    preview, round_up = _print(by_id["BI-EN-04"], analyzer), _print(by_id["BI-EN-03"], analyzer)
    assert same_event_score(preview, round_up, apart=timedelta(hours=20)) == 0.0


def test_one_donors_two_template_announcements_of_busy_day_32_stay_apart(analyzer):
    """The German agency heads Germany's IRIS-T and its money for drones alike ("Deutschland
    sagt der Ukraine weitere Militärhilfe zu"); the preview of the air defence joins neither
    the money nor the other donors' Patriot."""
    by_id = reports_by_id("busy_day_32.jsonl")
    iris, money = _print(by_id["BI-DE-05"], analyzer), _print(by_id["BI-DE-06"], analyzer)
    assert same_event_score(iris, money, apart=timedelta(hours=1)) == 0.0
    preview = _print(by_id["BI-EN-04"], analyzer)
    for other in ("BI-EN-07", "BI-EN-08", "BI-EN-09"):
        assert same_event_score(preview, _print(by_id[other], analyzer), apart=timedelta(hours=20)) == 0.0


def test_the_round_up_of_busy_day_33_headed_by_three_governments_joins_the_meetings_round_ups(analyzer):
    """Round 14: "Britain, Norway and Canada add air defence for Kyiv as NATO ministers meet"
    heads the meeting's round-up, not one government's pledge; Britain's own report stays
    apart."""
    by_id = reports_by_id("busy_day_33.jsonl")
    assert _together_in_one_replay(analyzer, by_id, "BJ-EN-05", "BJ-FR-02", "BJ-DE-03", "BJ-EN-06")
    round_up, britain = _print(by_id["BJ-EN-06"], analyzer), _print(by_id["BJ-EN-07"], analyzer)
    assert same_event_score(round_up, britain, apart=timedelta(hours=1)) == 0.0


def test_a_short_live_entry_telling_the_meeting_over_joins_the_round_ups(analyzer):
    """Round 14's strict xfail: busy day 33's untitled live entry 'NATO defence ministers
    have wrapped up their meeting in Brussels' names the meeting and no day, no donor or
    system, 0.07-0.25 alike to the round-ups; since round 15 it joins the one round-up story
    of that meeting in the window (sittings.sole_sittings)."""
    by_id = reports_by_id("busy_day_33.jsonl")
    assert _together_in_one_replay(analyzer, by_id, "BJ-EN-05", "BJ-LV-01")
