"""Story grouping, round 52 (stop 50): flashes. Every text is invented for this file.

- French and German services head their flashes "ALERTE INFO -", "Flash Info :", "+++ Eilmeldung +++"; English
  ones "BREAKING NEWS:". A scoop's label ("EXCLUSIF -", "EXCLUSIVE-", "Exklusiv:") is the outlet's word on every
  scoop, like a flash's marker, and is left out of the headline's words; an exclusive is a full story, though,
  not a one-line first version, so it is no flash (revisions._EXCLUSIVE_LABEL).
- A flash filed after its feed's report of the same event was read as that report's first version: fingerprints
  held no time. A wire flashes news, so a flash after the write-up is something new (here the donor's second
  payment of the same round sum under one scheme that day) or at worst a re-sent line: it now gets a story of its
  own (its alert), unless it is a near-copy of the report. A flash filed before its write-up still joins it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.revisions import marks_flash, revision_headline, without_wire_labels
from bot.core.stories.scoring.story_score import same_event_score
from tests.support.story_pairs import report_fingerprint
from tests.support.story_replay import NOW, replay_polls, story_by_guid


@pytest.mark.parametrize(("title", "key"), [
    ("ALERTE INFO - La France va livrer six Caesar supplémentaires à l'Ukraine",
     "la france va livrer six caesar supplémentaires à l ukraine"),
    ("Alerte info : Paris promet des Mirage", "paris promet des mirage"),
    ("Flash Info : la Belgique annonce des F-16", "la belgique annonce des f #"),
    ("Flash infos - Le Canada promet des blindés", "le canada promet des blindés"),
    ("+++ Eilmeldung +++ Berlin sagt weitere Patriot zu", "berlin sagt weitere patriot zu"),
    ("BREAKING NEWS: US approves $300 million for Ukraine", "us approves # million for ukraine"),
])
def test_the_french_german_and_english_flash_markers_are_read(title, key):
    assert marks_flash(title)
    assert revision_headline(title) == (False, key), "the marker is no word of the headline, and no revision's"


@pytest.mark.parametrize("title", [
    "Flash-Ball: la police renonce à l'arme",        # a weapon's name, not a flash
    "Alerte aux drones : Kiev sous le feu",           # an alert's noun followed by its words
    "Flash info sur les Leopard promis à Kiev",       # no separator after the words
    "Exclusive-economic zone patrols resume",
    "Breaking news of the Taurus deal, Berlin shrugs",
])
def test_a_headlines_own_words_are_no_flash_marker(title):
    assert not marks_flash(title)
    assert without_wire_labels(title) == title


@pytest.mark.parametrize(("title", "bare"), [
    ("EXCLUSIF - Paris prépare la livraison de Mirage à Kiev", "Paris prépare la livraison de Mirage à Kiev"),
    ("EXCLUSIVE-US to send Ukraine more Patriot interceptors", "US to send Ukraine more Patriot interceptors"),
    ("Exclusive: Britain weighs more Storm Shadow missiles", "Britain weighs more Storm Shadow missiles"),
    ("EXKLUSIV: Berlin prüft weitere Taurus-Anfrage", "Berlin prüft weitere Taurus-Anfrage"),
])
def test_a_scoops_label_is_left_out_of_its_words_but_marks_no_flash(title, bare):
    assert without_wire_labels(title) == bare
    assert not marks_flash(title), "an exclusive is a full story, not a first line its write-up revises"
    assert revision_headline(title)[0] is False


def test_an_update_of_a_scoop_has_the_scoops_headline_key():
    assert (revision_headline("UPDATE 1-EXCLUSIVE-US to send Ukraine 20 more Patriot interceptors")
            == (True, revision_headline("EXCLUSIVE-US to send Ukraine 20 more Patriot interceptors")[1]))


def test_two_scoops_of_one_agency_are_not_alike_by_their_label(analyzer):
    """Before, "EXCLUSIF" was a headline word both shared (two events of one outlet's week)."""
    a = report_fingerprint(analyzer, "fr", "EXCLUSIF - Paris prépare la livraison de Mirage 2000 à Kiev",
                           "PARIS (Agence) - La France prépare la livraison de Mirage 2000 à l'Ukraine, selon des "
                           "sources proches du dossier.")
    b = report_fingerprint(analyzer, "fr", "EXCLUSIF - Rome étudie l'envoi d'un second SAMP/T",
                           "ROME (Agence) - L'Italie étudie l'envoi d'un second système SAMP/T à l'Ukraine, selon "
                           "des sources gouvernementales.")
    assert "exclusif" not in " ".join(sorted(a.terms | a.names | b.terms | b.names)).lower()


# --- A flash filed after its feed's report -----------------------------------------------------------------------

# One wire, one donor, one scheme: a report of the first payment in the morning and, in the afternoon, a flash of
# the second payment of the same round sum, told in the flash's one line as the first was in its headline.
WRITE_UP = ("en", "Denmark makes first payment under NATO scheme for US weapons for Ukraine",
            "COPENHAGEN (Wire) - Denmark will pay $250 million for American weapons for Ukraine through NATO's "
            "PURL scheme, the defence minister said on Tuesday, the country's first payment under the scheme. "
            "The money will buy air defence missiles and ammunition from US stocks, he told reporters.")
LATE_FLASH = ("en", "FLASH: Denmark to pay further $250 million for US weapons for Ukraine - minister",
              "COPENHAGEN (Wire) - Denmark will pay a further $250 million for American weapons for Ukraine through "
              "NATO's PURL scheme, the defence minister said. More follows.")
# (a Tuesday before the replay's clock, NOW: a date after it is read as none)
MORNING = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _timed(analyzer, report, when, feed=1) -> StoryFingerprint:
    return replace(report_fingerprint(analyzer, *report, feed=feed), published=when)


def test_a_flash_filed_after_its_feeds_report_is_no_first_version_of_it(analyzer):
    report, flash = _timed(analyzer, WRITE_UP, MORNING), _timed(analyzer, LATE_FLASH, MORNING + timedelta(hours=6))
    assert same_event_score(flash, report, same_feed=True, apart=timedelta(hours=6)) == 0.0
    assert same_event_score(report, flash, same_feed=True, apart=timedelta(hours=6)) == 0.0


def test_a_flash_filed_before_its_feeds_report_still_joins_it(analyzer):
    flash, report = _timed(analyzer, LATE_FLASH, MORNING), _timed(analyzer, WRITE_UP, MORNING + timedelta(minutes=12))
    assert same_event_score(report, flash, same_feed=True, apart=timedelta(minutes=12)) > 0.0
    assert same_event_score(flash, report, same_feed=True, apart=timedelta(minutes=12)) > 0.0


def test_a_flash_and_a_report_filed_the_same_minute_join(analyzer):
    """Feeds often give minutes only: one minute for both is no order."""
    flash, report = _timed(analyzer, LATE_FLASH, MORNING), _timed(analyzer, WRITE_UP, MORNING)
    assert same_event_score(report, flash, same_feed=True, apart=timedelta(0)) > 0.0


def test_a_month_only_date_orders_no_flash(analyzer):
    """A report an archive dates by its month (midnight on the 1st) may be any moment of it."""
    month = datetime(2026, 12, 1, tzinfo=UTC)
    flash, report = _timed(analyzer, LATE_FLASH, MORNING), _timed(analyzer, WRITE_UP, month)
    assert same_event_score(report, flash, same_feed=True, apart=timedelta(0)) > 0.0


def test_a_stored_fingerprint_keeps_its_publication_time(analyzer):
    stored = _timed(analyzer, LATE_FLASH, MORNING)
    assert StoryFingerprint.from_json(stored.to_json()) == stored
    assert StoryFingerprint.from_json(report_fingerprint(analyzer, *WRITE_UP).to_json()).published is None
    with pytest.raises(ValueError):
        StoryFingerprint.from_json('{"names": [], "terms": [], "published": "Tuesday"}')


def _item(id_, report, when, source="Wire EN"):
    lang, title, text = report
    return {"id": id_, "lang": lang, "title": title, "summary": text, "source": source,
            "date": when.strftime("%Y-%m-%dT%H:%M"), "relevant": True, "event": id_}


@pytest.mark.parametrize("polls", ["one poll", "two polls"])
def test_the_poller_gives_a_late_flash_a_story_of_its_own(analyzer, tmp_path, polls):
    """Through the poller and a real SQLite store, dated as published: before round 52 the afternoon flash joined
    the morning's report (one story, the second payment never alerted), in either arrival."""
    morning = _item("DK-EN-1", WRITE_UP, MORNING)
    afternoon = _item("DK-EN-2", LATE_FLASH, MORNING + timedelta(hours=6))
    batches = [[afternoon, morning]] if polls == "one poll" else [[morning], [afternoon]]
    story_of = story_by_guid(replay_polls(tmp_path / "late.db", analyzer, batches, dates="real"))
    assert set(story_of) == {"DK-EN-1", "DK-EN-2"}
    assert story_of["DK-EN-1"] != story_of["DK-EN-2"]


def test_the_poller_still_joins_a_flash_and_its_later_write_up(analyzer, tmp_path):
    flash = _item("DK-EN-1", LATE_FLASH, MORNING)
    write_up = _item("DK-EN-2", WRITE_UP, MORNING + timedelta(minutes=15))
    story_of = story_by_guid(replay_polls(tmp_path / "early.db", analyzer, [[write_up, flash]], dates="real"))
    assert set(story_of) == {"DK-EN-1", "DK-EN-2"} and story_of["DK-EN-1"] == story_of["DK-EN-2"]


# --- One donor's several acts of a day about one system (tests/stories/test_busy_day_52.py, day B) ---------------
# Germany pledges three more systems in the morning, announces the training of crews for them and sees its
# parliament's budget committee free money for their missiles in the afternoon: one donor, one system, one phase
# (a decision), one weekday. Before round 52 the headlines' shared system (or the agreeing pledges) joined them, and
# whichever came first hid the others' news.

PLEDGE_EN = ("en", "Germany pledges three more IRIS-T air defence systems for Ukraine",
             "BERLIN (Wire) - Germany will supply Ukraine with three more IRIS-T SLM air defence systems, the defence "
             "minister said on Thursday after meeting his Ukrainian counterpart.")
PLEDGE_DE = ("de", "Deutschland sagt der Ukraine drei weitere IRIS-T-Systeme zu",
             "BERLIN (Agentur) - Deutschland liefert der Ukraine drei weitere Flugabwehrsysteme vom Typ IRIS-T SLM, "
             "sagte der Verteidigungsminister am Donnerstag.")
TRAINING_EN = ("en", "German army to train 200 Ukrainian IRIS-T crews",
               "Germany's army will train 200 Ukrainian soldiers to operate IRIS-T SLM air defence systems at its "
               "air defence school from June, the defence ministry said on Thursday.")
TRAINING_FR = ("fr", "L'Allemagne va former 200 soldats ukrainiens au système IRIS-T",
               "BERLIN (Agence) - L'armée allemande va former à partir de juin 200 soldats ukrainiens au maniement du "
               "système de défense antiaérienne IRIS-T SLM, a indiqué jeudi le ministère de la Défense.")
PLEDGE_AND_TRAINING = ("en", "Germany to send three more IRIS-T systems and train their Ukrainian crews",
                       "BERLIN (Paper) - Germany will send Ukraine three more IRIS-T SLM air defence systems and train "
                       "200 Ukrainian soldiers to operate them, the defence minister said on Thursday.")
VOTE_DE = ("de", "Haushaltsausschuss gibt 1,2 Milliarden Euro für IRIS-T-Raketen frei",
           "BERLIN (Zeitung) - Der Haushaltsausschuss des Bundestages hat am Donnerstag 1,2 Milliarden Euro für "
           "Lenkflugkörper vom Typ IRIS-T SLM für die Ukraine freigegeben.")
VOTE_EN = ("en", "German lawmakers approve 1.2 billion euros for IRIS-T missiles for Ukraine",
           "BERLIN (Wire) - The German parliament's budget committee on Thursday approved 1.2 billion euros to buy "
           "IRIS-T SLM missiles for Ukraine.")
# The government's own report of the vote, naming no chamber but the sum: the same news.
VOTE_TOLD_BY_GOVERNMENT = ("en", "Germany frees 1.2 billion euros for IRIS-T missiles for Ukraine",
                           "BERLIN (Paper) - Germany has set aside 1.2 billion euros for IRIS-T SLM missiles for "
                           "Ukraine, the finance ministry said on Thursday.")


def _score(analyzer, one, other) -> float:
    a, b = report_fingerprint(analyzer, *one, feed=1), report_fingerprint(analyzer, *other, feed=2)
    return max(same_event_score(a, b, apart=timedelta(hours=3)), same_event_score(b, a, apart=timedelta(hours=3)))


@pytest.mark.parametrize("training", [TRAINING_EN, TRAINING_FR], ids=["en", "fr"])
@pytest.mark.parametrize("pledge", [PLEDGE_EN, PLEDGE_DE], ids=["en", "de"])
def test_training_crews_on_a_system_is_no_pledge_of_it(analyzer, training, pledge):
    assert _score(analyzer, training, pledge) == 0.0


def test_copies_of_one_training_plan_still_join(analyzer):
    assert _score(analyzer, TRAINING_EN, TRAINING_FR) > 0.0


def test_a_pledge_that_tells_the_training_too_conflicts_with_neither(analyzer):
    from bot.core.stories.scoring.same_event import compare
    both = report_fingerprint(analyzer, *PLEDGE_AND_TRAINING).event
    assert compare(both, report_fingerprint(analyzer, *PLEDGE_EN).event).conflict == ""
    assert compare(both, report_fingerprint(analyzer, *TRAINING_EN).event).conflict == ""


def test_a_german_budget_committee_freeing_money_is_read_as_an_approval_given(analyzer):
    from bot.core.stories.evidence.approvals import APPROVAL_GIVEN
    assert APPROVAL_GIVEN in report_fingerprint(analyzer, *VOTE_DE).event.occasions


@pytest.mark.parametrize("vote", [VOTE_DE, VOTE_EN], ids=["de", "en"])
@pytest.mark.parametrize("pledge", [PLEDGE_EN, PLEDGE_DE], ids=["en", "de"])
def test_a_committees_vote_is_not_the_ministers_pledge_of_the_morning(analyzer, vote, pledge):
    assert _score(analyzer, vote, pledge) == 0.0


def test_reports_of_one_vote_join_and_so_does_a_report_of_it_naming_its_sum(analyzer):
    assert _score(analyzer, VOTE_DE, VOTE_EN) > 0.0
    assert _score(analyzer, VOTE_TOLD_BY_GOVERNMENT, VOTE_EN) > 0.0
