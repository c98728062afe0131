"""An outlet's update or correction of its own report joins it; its other reports of the day
do not (bot/core/stories/own_reports/revisions.py, the same-feed rule of bot/core/stories/scoring/story_score.py).

The texts were written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.config import load_entities
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.fingerprint.fingerprints import fingerprint as _fingerprint
from bot.core.stories.matching import StoryCandidate, match_story
from bot.core.stories.merges import may_merge
from bot.core.stories.own_reports.revisions import revision_headline, same_headline
from bot.core.stories.scoring.story_score import same_event_score

ORIGINAL = (
    "Finland approves 31st defence aid package for Ukraine worth 210 million euros",
    "HELSINKI (Wire) - Finland's government approved its 31st defence aid package for Ukraine on Tuesday, "
    "worth 210 million euros, Defence Minister Antti Hakkanen said. It includes heavy weapons and ammunition.",
)
CORRECTED = (
    "CORRECTED-Finland approves 31st defence aid package for Ukraine worth 240 million euros",
    "HELSINKI (Wire) - Finland's government approved its 31st defence aid package for Ukraine on Tuesday, "
    "worth 240 million euros, Defence Minister Antti Hakkanen said. It includes heavy weapons and ammunition."
    "\n\n(Corrects the value of the package in the headline and first paragraph to 240 million euros, "
    "not 210 million)",
)
UPDATED = (
    "UPDATE 2-Finland approves 31st defence aid package for Ukraine, Zelensky thanks Helsinki",
    "HELSINKI (Wire) - Finland's government approved its 31st defence aid package for Ukraine on Tuesday, "
    "worth 210 million euros, Defence Minister Antti Hakkanen said. It includes heavy weapons and ammunition."
    "\n\nPresident Volodymyr Zelensky thanked Helsinki in a video address. Finnish officials said the "
    "contents would stay secret for security reasons, as with earlier packages, and that deliveries "
    "would start within weeks.",
)
# The same outlet's report of another event that day, marked as an update of that one.
OTHER_EVENT_UPDATE = (
    "UPDATE 1-Estonia to send Ukraine more artillery shells",
    "TALLINN (Wire) - Estonia will send Ukraine several thousand more artillery shells, Defence Minister "
    "Hanno Pevkur said on Tuesday.",
)
LIVE_ENTRIES = (
    ("Ukraine war live: Finland approves 31st aid package",
     "Finland's defence minister says the 31st package for Ukraine is worth 210 million euros."),
    ("Ukraine war live: Estonia to send more artillery shells",
     "Estonia's defence minister Hanno Pevkur says Tallinn will send several thousand more shells."),
)


def fingerprint(article: tuple[str, str]) -> StoryFingerprint:
    return _fingerprint(*article, entities=load_entities())


@pytest.mark.parametrize(
    ("title", "marked", "key"),
    [
        ("UPDATE 1-Denmark completes F-16 handover", True, "denmark completes f # handover"),
        ("CORRECTED-Poland approves 48th package worth 1.4 billion zlotys", True,
         "poland approves # th package worth # billion zlotys"),
        ("Update: Sweden unveils package", True, "sweden unveils package"),
        ("MISE À JOUR - La Suède débloque 1,5 milliard", True, "la suède débloque # milliard"),
        ("Polen beschließt Hilfspaket (aktualisiert)", True, "polen beschließt hilfspaket"),
        ("KORREKTUR: Polen beschließt 48. Hilfspaket", True, "polen beschließt # hilfspaket"),
        # Not a marker: a word of the headline, a live blog's title.
        ("Update on Patriot deliveries", False, "update on patriot deliveries"),
        ("Ukraine war live: Germany pledges a Patriot", False, "ukraine war live germany pledges a patriot"),
    ],
)
def test_a_revision_marker_is_read_from_the_headline(title, marked, key):
    assert revision_headline(title) == (marked, key)


def test_a_revised_headline_is_the_original_or_begins_with_it():
    assert same_headline("poland approves #th package", "poland approves #th package")
    assert same_headline("finland approves #st defence aid package for ukraine zelensky thanks helsinki",
                         "finland approves #st defence aid package for ukraine")
    assert not same_headline("finland approves #st defence aid package", "estonia to send more shells")
    # A short headline's start says too little.
    assert not same_headline("ukraine war live germany pledges patriot", "ukraine war live")
    assert not same_headline("", "")


def test_an_outlets_correction_joins_its_first_version_from_the_same_feed():
    original, corrected = fingerprint(ORIGINAL), fingerprint(CORRECTED)
    assert same_event_score(original, corrected, same_feed=True, apart=timedelta(hours=3)) > 0
    # Its note marks it as well, without the headline's marker ...
    noted = fingerprint((CORRECTED[0].removeprefix("CORRECTED-"), CORRECTED[1]))
    assert noted.revision and same_event_score(original, noted, same_feed=True, apart=timedelta(hours=3)) > 0
    # ... but without either the corrected text is no near-copy: the same feed keeps it apart.
    unmarked = fingerprint((CORRECTED[0].removeprefix("CORRECTED-"), CORRECTED[1].split("\n\n(")[0]))
    assert not unmarked.revision
    assert same_event_score(original, unmarked, same_feed=True, apart=timedelta(hours=3)) == 0


def test_an_outlets_update_with_a_longer_headline_and_more_paragraphs_joins_its_first_version():
    original, updated = fingerprint(ORIGINAL), fingerprint(UPDATED)
    assert same_event_score(original, updated, same_feed=True, apart=timedelta(hours=3)) > 0


def test_an_update_of_another_event_and_a_live_blogs_entries_stay_apart_in_one_feed():
    original = fingerprint(ORIGINAL)
    assert same_event_score(original, fingerprint(OTHER_EVENT_UPDATE), same_feed=True) == 0
    first, second = map(fingerprint, LIVE_ENTRIES)
    assert same_event_score(first, second, same_feed=True) == 0


def test_the_revision_finds_its_story_and_merges_it_with_another_feeds():
    start = datetime(2027, 4, 13, 9, tzinfo=timezone.utc)
    story = StoryCandidate(1, fingerprint(ORIGINAL), start, feeds=frozenset({7}))
    assert match_story(fingerprint(CORRECTED), start + timedelta(hours=4), [story], feed=7) == 1
    # Two stories sharing a feed merge when one holds that feed's revision of the other's report.
    revised_story = StoryCandidate(2, fingerprint(CORRECTED), start + timedelta(hours=4), feeds=frozenset({7, 9}))
    assert may_merge(story, revised_story)
    other_story = StoryCandidate(3, fingerprint(OTHER_EVENT_UPDATE), start, feeds=frozenset({7}))
    assert not may_merge(story, other_story)


def test_the_headline_key_and_mark_survive_storage():
    corrected = fingerprint(CORRECTED)
    stored = StoryFingerprint.from_json(corrected.to_json())
    assert (stored.headline_key, stored.revision) == (corrected.headline_key, True)
    grown = fingerprint(ORIGINAL).with_member(corrected)
    assert StoryFingerprint.from_json(grown.to_json()).member_texts[0].revision
