"""The story matcher: same event in other words -> one story; other events -> apart.

The articles (tests/support/story_articles.py) were written for these tests in the style of
wire copy; EVENTS below groups them by event. Each event has two or three versions that
differ in wording, outlet and sometimes language; the distinct events deliberately share
the vocabulary every aid story uses (tanks, package, air defence, Ukraine, Pistorius,
"14", ...).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.stories import legacy_keys
from bot.core.stories.events import EventEvidence
from bot.core.stories.fingerprints import StoryFingerprint
from bot.core.stories.fingerprints import fingerprint as _fingerprint
from bot.core.stories.matching import (
    SAME_STORY_THRESHOLD,
    StoryCandidate,
    StoryIndex,
    match_story,
    matching_stories,
    similarity,
)
from bot.core.stories.word_keys import GENERIC_WEIGHT, name_weight
from bot.core.stories.wording import MAX_NAMES, MAX_PHRASES, MAX_TERMS
from tests.support.story_articles import (
    AMX_EN,
    AMX_FR_1,
    AMX_FR_2,
    CAESAR_DK,
    CAESAR_FR,
    CHALLENGER_EN,
    CV90_FR_1,
    CV90_FR_2,
    EU_AMMO,
    F16_EN_1,
    F16_EN_2,
    F16_NORWAY,
    GEPARD_FR,
    HIMARS_EN,
    IRIST_DE_1,
    IRIST_DE_2,
    LEOPARD_CA,
    LEOPARD_EN_1,
    LEOPARD_EN_2,
    LEOPARD_FR,
    MARDER_DE,
    MIG_PL_EN,
    MIG_PL_FR,
    MIG_SK,
    NASAMS_CA_1,
    NASAMS_CA_2,
    NATO_AFP,
    NATO_DW,
    PATRIOT_EN_1,
    PATRIOT_EN_2,
    SCALP_FR,
    SKYNEX_DE_1,
    SKYNEX_DE_2,
    SKYNEX_EN,
    STORM_UK_1,
    STORM_UK_2,
)


def fingerprint(title: str, text: str, **options) -> StoryFingerprint:
    """The pipeline's fingerprint: with the shipped entity lists (countries, capitals and
    weapon systems come from config/entities.toml)."""
    options.setdefault("entities", load_entities())
    return _fingerprint(title, text, **options)

# Event name -> its versions. Everything in one group is one story; any two articles
# from different groups are different stories.
EVENTS: dict[str, list[tuple[str, str]]] = {
    "nato-meeting": [NATO_AFP, NATO_DW],
    "leopard": [LEOPARD_EN_1, LEOPARD_EN_2, LEOPARD_FR],
    "patriot": [PATRIOT_EN_1, PATRIOT_EN_2],
    "himars": [HIMARS_EN],
    "challenger": [CHALLENGER_EN],
    "amx": [AMX_FR_1, AMX_FR_2, AMX_EN],
    "caesar": [CAESAR_FR],
    "gepard": [GEPARD_FR],
    "iris-t": [IRIST_DE_1, IRIST_DE_2],
    "marder": [MARDER_DE],
    "f16-netherlands-denmark": [F16_EN_1, F16_EN_2],
    "f16-norway": [F16_NORWAY],
    "cv90": [CV90_FR_1, CV90_FR_2],
    "caesar-denmark": [CAESAR_DK],
    "skynex": [SKYNEX_DE_1, SKYNEX_DE_2],
    "nasams-canada": [NASAMS_CA_1, NASAMS_CA_2],
    "leopard-canada": [LEOPARD_CA],
    "eu-ammunition": [EU_AMMO],
    # Written after the weights were fixed, and passed without changing them:
    "mig29-poland": [MIG_PL_EN, MIG_PL_FR],
    "mig29-slovakia": [MIG_SK],
    "storm-shadow": [STORM_UK_1, STORM_UK_2],
    "scalp": [SCALP_FR],
}


def _fp(article: tuple[str, str]) -> StoryFingerprint:
    return fingerprint(*article, entities=load_entities())


def _same_event_pairs():
    for event, versions in EVENTS.items():
        for a, b in itertools.combinations(versions, 2):
            yield pytest.param(a, b, id=f"{event}:{a[0][:25]}|{b[0][:25]}")


def _different_event_pairs():
    for (event_a, versions_a), (event_b, versions_b) in itertools.combinations(EVENTS.items(), 2):
        for a in versions_a:
            for b in versions_b:
                yield pytest.param(a, b, id=f"{event_a}/{event_b}:{a[0][:20]}|{b[0][:20]}")


# --- the decisive ones -------------------------------------------------------------------


def test_the_two_seed_reports_of_the_nato_meeting_are_one_story():
    assert similarity(_fp(NATO_AFP), _fp(NATO_DW)) >= SAME_STORY_THRESHOLD


@pytest.mark.parametrize(("a", "b"), list(_same_event_pairs()))
def test_same_event_in_other_words_is_one_story(a, b):
    assert similarity(_fp(a), _fp(b)) >= SAME_STORY_THRESHOLD


@pytest.mark.parametrize(("a", "b"), list(_different_event_pairs()))
def test_different_events_stay_apart(a, b):
    assert similarity(_fp(a), _fp(b)) < SAME_STORY_THRESHOLD


def test_the_pairs_cover_what_the_brief_asks():
    same = list(_same_event_pairs())
    different = list(_different_event_pairs())
    assert len(same) >= 4 and len(different) >= 6


def test_a_report_in_another_language_joins_the_story():
    # English and German reports of one order share names, amounts and the system.
    assert similarity(_fp(SKYNEX_EN), _fp(SKYNEX_DE_1)) >= SAME_STORY_THRESHOLD
    for event, versions in EVENTS.items():
        if event != "skynex":
            for other in versions:
                assert similarity(_fp(SKYNEX_EN), _fp(other)) < SAME_STORY_THRESHOLD, event


def test_generic_aid_vocabulary_alone_does_not_make_one_story():
    a = fingerprint(
        "Ukraine war: allies pledge more weapons",
        "NATO allies pledged more weapons, tanks and ammunition to Ukraine on Tuesday as "
        "Russia prepares a new offensive, officials said. Kyiv welcomed the military aid.",
    )
    b = fingerprint(
        "Russia's war in Ukraine: more military aid announced",
        "Western allies announced new military aid for Ukraine, including tanks, missiles "
        "and ammunition, as the war with Russia enters its second year. NATO officials said "
        "deliveries would speed up.",
    )
    assert similarity(a, b) < SAME_STORY_THRESHOLD


# --- the mixed seed article ----------------------------------------------------------------
# Seed 004 reports the NATO meeting and, in one section, Germany's Gepard ammunition
# contract. Honest reading: its story is the meeting. A Gepard-only report is a story of
# its own, and 004 must join the meeting when both stories are open.

NOW = datetime(2023, 2, 14, 9, 0, tzinfo=timezone.utc)


def _candidate(story_id: int, article, first_seen: datetime = NOW):
    return StoryCandidate(story_id, _fp(article), first_seen)


def test_the_mixed_seed_article_joins_the_meeting_not_the_gepard_story():
    candidates = [_candidate(1, GEPARD_FR), _candidate(2, NATO_AFP)]
    assert match_story(_fp(NATO_DW), NOW + timedelta(hours=3), candidates) == 2
    assert match_story(_fp(NATO_DW), NOW, list(reversed(candidates))) == 2


def test_a_gepard_only_report_is_not_merged_into_the_meeting():
    assert match_story(_fp(GEPARD_FR), NOW, [_candidate(2, NATO_AFP), _candidate(3, NATO_DW)]) is None


# --- match_story -----------------------------------------------------------------------------


def test_match_story_returns_the_matching_story():
    candidates = [_candidate(7, PATRIOT_EN_1), _candidate(8, LEOPARD_EN_1), _candidate(9, AMX_FR_1)]
    assert match_story(_fp(LEOPARD_EN_2), NOW + timedelta(hours=5), candidates) == 8


def test_match_story_returns_none_for_a_new_event():
    candidates = [_candidate(7, PATRIOT_EN_1), _candidate(8, LEOPARD_EN_1)]
    assert match_story(_fp(CAESAR_FR), NOW, candidates) is None


def test_match_story_with_no_candidates_is_a_new_story():
    assert match_story(_fp(LEOPARD_EN_1), NOW, []) is None


def test_outside_the_window_is_a_new_story():
    old = [_candidate(1, LEOPARD_EN_1, first_seen=NOW - timedelta(hours=49))]
    assert match_story(_fp(LEOPARD_EN_2), NOW, old) is None


def test_the_window_edge_still_counts_and_works_both_ways():
    edge = [_candidate(1, LEOPARD_EN_1, first_seen=NOW - timedelta(hours=48))]
    assert match_story(_fp(LEOPARD_EN_2), NOW, edge) == 1
    # A late feed can deliver an article older than the story's first sighting.
    later = [_candidate(1, LEOPARD_EN_1, first_seen=NOW + timedelta(hours=20))]
    assert match_story(_fp(LEOPARD_EN_2), NOW, later) == 1


def test_a_custom_window_is_honoured():
    candidates = [_candidate(1, LEOPARD_EN_1, first_seen=NOW - timedelta(hours=13))]
    assert match_story(_fp(LEOPARD_EN_2), NOW, candidates, window=timedelta(hours=12)) is None
    assert match_story(_fp(LEOPARD_EN_2), NOW, candidates, window=timedelta(hours=14)) == 1


def test_the_most_similar_story_wins_whatever_the_order():
    near = _candidate(1, LEOPARD_EN_1)  # the same event
    far = _candidate(2, LEOPARD_FR)  # the same event, other language: less similar
    article = _fp(LEOPARD_EN_2)
    best = max((near, far), key=lambda c: similarity(article, c.fingerprint)).story_id
    assert match_story(article, NOW, [near, far]) == best
    assert match_story(article, NOW, [far, near]) == best


def test_a_tie_goes_to_the_older_story_then_the_lower_id():
    twins = [
        _candidate(5, LEOPARD_EN_1, first_seen=NOW - timedelta(hours=1)),
        _candidate(4, LEOPARD_EN_1, first_seen=NOW - timedelta(hours=2)),
        _candidate(3, LEOPARD_EN_1, first_seen=NOW - timedelta(hours=2)),
    ]
    assert match_story(_fp(LEOPARD_EN_2), NOW, twins) == 3
    assert match_story(_fp(LEOPARD_EN_2), NOW, list(reversed(twins))) == 3


def test_naive_and_aware_dates_mix_without_crashing():
    naive_story = [_candidate(1, LEOPARD_EN_1, first_seen=datetime(2023, 2, 14, 8, 0))]
    assert match_story(_fp(LEOPARD_EN_2), NOW, naive_story) == 1
    assert match_story(_fp(LEOPARD_EN_2), datetime(2023, 2, 14, 8, 0), [_candidate(1, LEOPARD_EN_1)]) == 1


def test_match_story_accepts_any_iterable():
    candidates = (c for c in [_candidate(1, LEOPARD_EN_1)])
    assert match_story(_fp(LEOPARD_EN_2), NOW, candidates) == 1


# --- fingerprints: what is read --------------------------------------------------------------


def test_names_come_from_capitals_aliases_systems_and_amounts():
    fp = fingerprint(
        "US announces $2bn package",
        "The package includes HIMARS rockets, 155 mm shells and F-16 training, Lloyd Austin said.",
    )
    assert {"US", "2e+09", "#himars", "155mm", "f16", "austin"} <= fp.names
    assert "lloyd" not in fp.names  # a first name, kept as a word only
    assert "package" not in fp.names and "includes" not in fp.names


@pytest.mark.parametrize(
    "spelling", ["Iris-T SLM", "IRIS-T-SLM", "IRIS-T SLM", "Iris-T-SLM"]
)
def test_one_system_hyphenated_and_capitalised_differently_gives_the_same_names(spelling):
    fp = fingerprint(f"Berlin hands over another {spelling} unit", f"The {spelling} battery reached Kyiv on Friday.")
    assert {"#irist", "slm"} <= fp.names
    assert {"#irist", "slm"} <= fp.headline  # a system followed by its variant is no first name


def test_amounts_agree_across_languages_and_spellings():
    keys = [
        fingerprint("", text).names
        for text in (
            "a $2bn package",
            "un paquet de 2 milliards",
            "ein Paket von 2 Milliarden Euro",
            "2 billion",
        )
    ]
    assert all("2e+09" in names for names in keys)
    assert "1.5e+09" in fingerprint("", "1,5 Milliarden Euro").names
    assert "1.5e+09" in fingerprint("", "$1.5bn").names
    assert "35mm" in fingerprint("", "35 mm Munition").names
    assert "35mm" in fingerprint("", "35mm ammunition").names
    assert fingerprint("", "since 2022, in 2023").names == frozenset()  # years say nothing


def test_the_day_of_a_dateline_is_no_count_and_a_shortened_month_weighs_little():
    # "LONDON, Feb 10 -" heads every English wire report of that day.
    names = fingerprint("", "LONDON, Feb 10 - Britain will send 14 tanks, the ministry said on Nov. 11.").names
    assert "14" in names and not {"10", "11"} & names
    assert "10" not in fingerprint("", "le 10 février, la France a livré 12 canons").names
    assert "12" in fingerprint("", "le 10 février, 12 canons").names  # a count after the date stays one
    assert name_weight("nov") == name_weight("november") == GENERIC_WEIGHT


def test_counts_written_as_words_agree_with_digits():
    # "quinze Guépard", "fünfzehn Gepard", "fifteen Gepard", "15 Gepard": one count.
    for text in ("quinze chars", "fünfzehn Panzer", "fifteen tanks", "15 tanks"):
        assert "15" in fingerprint("", text).names, text
    for text in ("vingt-quatre avions", "twenty-four jets", "vierundzwanzig Kampfjets"):
        assert "24" in fingerprint("", text).names, text
    # Below ten a count says nothing, written either way; other hyphenated words stay split.
    assert not {"2", "2.0"} & fingerprint("", "deux chars, two tanks, zwei Panzer, 2 tanks").names
    assert fingerprint("", "a long-range strike").names == frozenset()


def test_a_percentage_is_no_count_of_a_hundred():
    # "cent" is a hundred ("cent chars"), but "per cent" and "pour cent" give a share:
    # every report naming one shared the name "100".
    for text in ("Spending rose 5 per cent", "les dépenses ont augmenté de 5 pour cent"):
        assert "100" not in fingerprint("", text).names, text
    assert "100" in fingerprint("", "cent chars").names


def test_amounts_whose_number_is_a_word_agree_with_digits():
    # German copy writes small numbers out, "fünf Milliarden Euro", where others write "€5bn".
    for text in ("EU gibt fünf Milliarden Euro frei", "L'UE débloque cinq milliards d'euros", "two billion euros"):
        assert {"5e+09", "2e+09"} & fingerprint("", text).names, text
    assert "5e+09" in fingerprint("EU gibt fünf Milliarden Euro für Munition frei", "").headline
    assert "2e+06" in fingerprint("", "zwei Millionen Granaten").names
    # A fraction stays unread (see numbers.number_word), and a number word alone is no amount.
    assert fingerprint("", "anderthalb Millionen Granaten und fünf Panzer").names == frozenset()


def test_countries_agree_across_languages_and_adjectives():
    for text in ("l'Allemagne livre", "le ministre allemand", "Deutschland liefert", "the German government"):
        assert "DE" in fingerprint("", text).names, text
    assert "US" in fingerprint("", "les Etats-Unis livrent").names
    assert "US" in fingerprint("", "the United States will send").names
    assert "US" in fingerprint("", "the U.S. will send").names
    # A capital and a seat of government are their country's, each a name of its own.
    assert {"@GB"} == {n for n in fingerprint("", "London and Londres").names if "GB" in n}
    assert {"@FR", "^FR", "FR"} <= fingerprint("", "Paris: l'Elysée dit que la France livrera").names
    # A meeting place is a place of its own in every language, never a donor country.
    assert "~BRUSSELS" in fingerprint("", "Ministers met in Brussels.").names
    assert "~BRUSSELS" in fingerprint("", "Les ministres réunis à Bruxelles.").names


def test_the_pronoun_us_is_not_the_united_states():
    assert "US" not in fingerprint("", "Give us the tanks, he said.").names
    assert "US" in fingerprint("", "The US will give tanks.").names


def test_sentence_starts_are_names_only_when_seen_as_names_elsewhere():
    fp = fingerprint(
        "", "Fighting continued. Later, the ministers met. Kristersson spoke. He thanked Kristersson."
    )
    assert "kristersson" in fp.names
    assert "fighting" not in fp.names and "later" not in fp.names


def test_title_case_headlines_do_not_turn_every_word_into_a_name():
    fp = fingerprint("Germany Will Send Leopard Tanks To Ukraine After Weeks Of Pressure", "")
    assert "will" not in fp.names and "weeks" not in fp.names and "pressure" not in fp.names
    assert {"DE", "#leopard"} <= fp.names  # known country and system still count
    sentence_case = fingerprint("Germany will send Leopard tanks to Ukraine after weeks of pressure", "")
    assert similarity(fp, sentence_case) >= SAME_STORY_THRESHOLD


def test_shouting_headlines_do_not_turn_every_word_into_an_acronym():
    fp = fingerprint("GERMANY WILL SEND LEOPARD TANKS TO UKRAINE", "")
    assert "will" not in fp.names and "send" not in fp.names
    assert "DE" in fp.names


def test_german_nouns_are_words_but_german_names_are_names():
    fp = _fp(IRIST_DE_1)
    assert {"pistorius", "diehl", "#irist", "DE"} <= fp.names
    assert not {"bundesregierung", "verteidigungsministerium", "entfernung", "flugabwehrsystem"} & fp.names


def test_markup_and_entities_are_read_as_text():
    title, text = LEOPARD_EN_1
    html = "<div class='story'><p>" + text.replace(". ", ".</p>\n<p>") + "</p>"
    html += '<a href="https://example.com/x?utm_source=rss">Read more</a> &amp; &nbsp;'
    plain_fp, html_fp = fingerprint(title, text), fingerprint(title, html)
    assert not {"div", "class", "href", "https", "utm", "amp", "nbsp"} & (html_fp.terms | html_fp.names)
    assert similarity(plain_fp, html_fp) >= 0.9


@pytest.mark.parametrize(
    ("title", "text"),
    [("", ""), ("   ", "\n\n"), ("...", "!!! ???"), ("<b></b>", "<p>&nbsp;</p>"), ("2023", "1 2 3")],
)
def test_empty_or_wordless_articles_give_empty_fingerprints_that_match_nothing(title, text):
    fp = fingerprint(title, text)
    assert not fp.names and not fp.headline
    assert similarity(fp, fp) == 0.0
    assert similarity(fp, _fp(LEOPARD_EN_1)) == 0.0
    assert match_story(fp, NOW, [StoryCandidate(1, fp, NOW)]) is None


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        "-".join(["Ab"] * 50_000),
        "<" * 100_000,
        "1." * 100_000,
        "\u0663\u00b2 \u00b3x " * 20_000,  # Arabic-Indic and superscript digits
        "\x00\ufffd\U0001f600 " * 30_000,
        " ".join(["F-16"] * 40_000),
    ],
    ids=["one-word", "hyphens", "angles", "dots", "odd-digits", "control-emoji", "repeats"],
)
def test_hostile_texts_do_not_crash(text):
    fp = fingerprint(text[:500], text)
    assert len(fp.names) <= MAX_NAMES and len(fp.terms) <= MAX_TERMS


def test_only_the_start_of_a_huge_text_is_read():
    title, text = NATO_AFP
    huge = text + "\n\n" + " ".join(f"Word{i} filler{i}" for i in range(500_000))
    assert len(huge) > 5_000_000
    fp = fingerprint(title, huge)
    assert len(fp.names) <= MAX_NAMES and len(fp.terms) <= MAX_TERMS and len(fp.phrases) <= MAX_PHRASES
    assert similarity(fp, _fp(NATO_AFP)) >= SAME_STORY_THRESHOLD


def _pseudo_word(i: int) -> str:
    letters = ""
    for _ in range(4):
        i, digit = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
    return "zz" + letters


def test_a_long_varied_text_is_capped():
    # Hundreds of distinct names and words, each mentioned twice.
    sentences = [
        f"Mr {_pseudo_word(i).title()} {_pseudo_word(i + 500)} {_pseudo_word(i + 900)}" for i in range(250)
    ]
    fp = fingerprint("", ". ".join(sentence for sentence in sentences for _ in (1, 2)))
    assert len(fp.names) == MAX_NAMES and len(fp.terms) == MAX_TERMS and len(fp.phrases) == MAX_PHRASES


def test_fingerprints_are_deterministic():
    # Built from stable hashes (not Python's salted hash()), so stored fingerprints
    # compare equal to fresh ones in a new process.
    assert _fp(NATO_DW) == _fp(NATO_DW)
    assert _fp(NATO_DW).to_json() == _fp(NATO_DW).to_json()


# --- similarity --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"), list(itertools.combinations([NATO_AFP, LEOPARD_EN_1, AMX_FR_2, IRIST_DE_1], 2))
)
def test_similarity_is_symmetric_and_bounded(a, b):
    ab, ba = similarity(_fp(a), _fp(b)), similarity(_fp(b), _fp(a))
    assert ab == ba
    assert 0.0 <= ab <= 1.0


def test_an_article_is_its_own_story():
    for versions in EVENTS.values():
        for article in versions:
            assert similarity(_fp(article), _fp(article)) >= 0.9


# --- JSON ----------------------------------------------------------------------------------------


def test_json_round_trip_keeps_the_fingerprint():
    fp = _fp(NATO_DW)
    text = fp.to_json()
    assert StoryFingerprint.from_json(text) == fp
    assert len(text.encode()) < 4_000  # cheap to store per story


def test_json_from_an_older_row_with_names_and_terms_only_is_read():
    fp = StoryFingerprint.from_json('{"names": ["leopard"], "terms": ["tank"]}')
    assert fp == StoryFingerprint(frozenset({"#leopard"}), frozenset({"tank"}))


# The fingerprint of LEOPARD_EN_1 as the matcher stored it before names were keyed by
# config/entities.toml (countries by an English word, systems by their name), with a
# member's words as an older story would hold them.
_LEOPARD_EN_1_STORED_BEFORE = {
    "names": ["14", "2a", "baltic", "bundeswehr", "european", "germany", "leopard", "leopards", "pistorius",
              "poland", "scholz", "ukraine", "wednesday"],
    "terms": ["allow", "baltic", "battle", "begin", "bori", "bundes", "chance", "countr", "crew", "decisi",
              "defenc", "delive", "europe", "expect", "export", "follow", "german", "leopar", "minist", "olaf",
              "pistor", "poland", "pressu", "scholz", "send", "state", "stock", "tank", "traini", "ukrain",
              "wednes"],
    "phrases": [],
    "headline": ["germany", "leopard", "scholz"],
    "member_texts": [{"names": ["berlin", "germany", "leopard", "kyiv", "zelensky"],
                      "terms": ["berlin", "german", "kyiv", "zelens"]}],
}


def test_a_story_stored_with_the_old_name_keys_reads_with_the_new_ones():
    stored = StoryFingerprint.from_json(json.dumps(_LEOPARD_EN_1_STORED_BEFORE))
    now = _fp(LEOPARD_EN_1)
    assert stored.names == now.names  # what the matcher makes of the same report today
    assert stored.headline == now.headline
    assert {"DE", "UA", "PL", "leopar", "tank"} <= stored.terms
    assert stored.member_texts[0].names == {"@DE", "DE", "#leopard", "@UA", "UA:zelensky"}
    assert stored.member_texts[0].terms == {"@DE", "DE", "@UA", "UA"}
    # Written again, it carries the new keys and is read back as it is.
    assert StoryFingerprint.from_json(stored.to_json()) == stored


def test_a_report_after_the_upgrade_joins_the_story_stored_before_it():
    # The story as an earlier version stored it: its own fingerprint with the old keys.
    story = _fp(LEOPARD_EN_1)
    old_keys = {new: old for old, new in legacy_keys.NAMES.items()}
    old_terms = {new: old for old, new in legacy_keys.TERMS.items() if not new.startswith("~")}
    stored = json.loads(story.to_json())
    del stored["keys"]
    stored["names"] = [old_keys.get(name, name) for name in stored["names"]]
    stored["headline"] = [old_keys.get(name, name) for name in stored["headline"]]
    stored["terms"] = [old_terms.get(term, term) for term in stored["terms"]]
    assert "DE" not in stored["names"]  # the old keys, as the database holds them
    read = StoryFingerprint.from_json(json.dumps(stored))
    assert similarity(read, _fp(LEOPARD_EN_2)) == pytest.approx(similarity(story, _fp(LEOPARD_EN_2)))
    assert match_story(_fp(LEOPARD_EN_2), NOW, [StoryCandidate(1, read, NOW)]) == 1


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "not json",
        "[]",
        "null",
        '"names"',
        '{"names": "leopard"}',
        '{"terms": [1, 2]}',
        '{"names": [null]}',
    ],
)
def test_bad_json_is_refused_with_value_error(bad):
    with pytest.raises(ValueError):
        StoryFingerprint.from_json(bad)


def test_similarity_figures_for_the_report(capsys):
    """Not an assertion of taste: prints the margin (run with -s to see it)."""
    same = [similarity(_fp(a), _fp(b)) for a, b in (p.values for p in _same_event_pairs())]
    different = [similarity(_fp(a), _fp(b)) for a, b in (p.values for p in _different_event_pairs())]
    seeds = similarity(_fp(NATO_AFP), _fp(NATO_DW))
    print(
        json.dumps(
            {
                "seeds": round(seeds, 3),
                "same_min": round(min(same), 3),
                "different_max": round(max(different), 3),
                "threshold": SAME_STORY_THRESHOLD,
                "pairs": [len(same), len(different)],
            }
        )
    )
    assert min(same) > max(different)


# --- properties over arbitrary input -------------------------------------------------------------

_ANY_TEXT = st.text(max_size=400) | st.lists(
    st.sampled_from(
        ["Leopard", "F-16", "$2bn", "l'Otan", "Etats-Unis", "U.S.", "<p>", "&amp;", "2,5", "-", ".", "\n", "US"]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(title=_ANY_TEXT, text=_ANY_TEXT, other=_ANY_TEXT)
def test_any_text_gives_a_bounded_fingerprint_and_a_symmetric_score(title, text, other):
    a, b = fingerprint(title, text), fingerprint(other, title)
    assert len(a.names) <= MAX_NAMES and len(a.terms) <= MAX_TERMS and len(a.phrases) <= MAX_PHRASES
    assert 0.0 <= similarity(a, b) == similarity(b, a) <= 1.0
    assert StoryFingerprint.from_json(a.to_json()) == a


# --- StoryIndex: the same answers as match_story, without comparing with every story ---------

EVAL_ITEMS = Path(__file__).parents[1] / "data" / "eval_items.jsonl"


def _stored(fp: StoryFingerprint) -> StoryFingerprint:
    """The fingerprint as the poller reads it back from its stories row."""
    return StoryFingerprint.from_json(fp.to_json())


@functools.cache
def _corpus() -> tuple[StoryFingerprint, ...]:
    """Fingerprints of every text the tests have: the seeds, the articles above and the
    labelled evaluation items (news of every kind, aid and otherwise, EN/FR/DE)."""
    articles = [NATO_AFP, NATO_DW, *(a for versions in EVENTS.values() for a in versions)]
    for line in EVAL_ITEMS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            articles.append((item["title"], item["text"]))
    return tuple(fingerprint(title, text) for title, text in articles)


def _index_of(candidates: list[StoryCandidate]) -> StoryIndex:
    index = StoryIndex()
    for candidate in candidates:
        index.add(candidate, stored_at=candidate.first_seen)
    return index


def test_the_index_gives_match_storys_answer_for_every_article_and_story_pair():
    # One story at a time: the index agrees on every single same-story decision,
    # including the stories it never scores because they share too little.
    rng = random.Random(7)
    corpus = _corpus()
    stories = rng.sample(range(len(corpus)), 90)
    articles = rng.sample(range(len(corpus)), 90)
    agreed = matched = 0
    for s in stories:
        candidate = StoryCandidate(s, _stored(corpus[s]), NOW)
        index = _index_of([candidate])
        for a in articles:
            expected = match_story(corpus[a], NOW, [candidate])
            assert index.match(corpus[a], NOW) == expected, (s, a)
            agreed += 1
            matched += expected is not None
    # Real matches among them, not only misses (fewer than before event evidence: most
    # corpus pairs share words but not who gives what and a detail).
    assert agreed == 90 * 90 and matched >= 25


def test_the_index_picks_the_same_story_as_match_story_among_many():
    rng = random.Random(11)
    corpus = _corpus()
    for trial in range(8):
        chosen = rng.sample(range(len(corpus)), rng.randrange(20, 120))
        candidates = [
            StoryCandidate(i + 1, _stored(corpus[i]), NOW + timedelta(hours=rng.randrange(-60, 60)))
            for i in chosen
        ]
        index = _index_of(candidates)
        window = timedelta(hours=rng.choice([6, 24, 48]))
        for a in rng.sample(range(len(corpus)), 25):
            published = NOW + timedelta(hours=rng.randrange(-30, 30))
            expected = match_story(corpus[a], published, candidates, window=window)
            assert index.match(corpus[a], published, window=window) == expected, (trial, a)


_NAME_POOL = [
    "ukraine", "russia", "nato", "kyiv", "putin", "eu", "defence",
    "germany", "usa", "france", "poland", "berlin", "washington",
    "leopard", "patriot", "himars", "f16", "m777", "14", "31", "1.85e+09", "2e+09", "155mm", "scholz",
    "pistorius", "austin", "rheinmetall", "diehl",
]
_TERM_POOL = [
    # Mostly the beat's vocabulary (generic: weighs little, proves nothing), then words
    # that tell events apart.
    "tank", "weapon", "milita", "ukrain", "russia", "packag", "suppor", "securi", "minist", "govern",
    "artill", "missil", "troop", "delive", "german", "leopar", "patrio", "scholz", "batter",
    "trainin", "crews", "howitz", "ammuni", "stock", "contra", "gepard", "shell", "factor", "produc",
]
_PHRASE_POOL = ["leopar tank", "batter patrio", "trainin crews", "shell produc", "contra gepard", "gepard ammuni"]

_fingerprints = st.builds(
    StoryFingerprint,
    names=st.frozensets(st.sampled_from(_NAME_POOL), max_size=12),
    terms=st.frozensets(st.sampled_from(_TERM_POOL), max_size=24),
    phrases=st.frozensets(st.sampled_from(_PHRASE_POOL), max_size=4),
    headline=st.frozensets(st.sampled_from(_NAME_POOL[:14]), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(
    stories=st.lists(st.tuples(_fingerprints, st.integers(-72, 72)), max_size=12),
    article=_fingerprints,
    published=st.integers(-72, 72),
    window=st.integers(0, 96),
    duplicate=st.booleans(),
)
def test_the_index_agrees_with_match_story_on_generated_fingerprints(stories, article, published, window, duplicate):
    if duplicate and stories:
        # Exact twins with the same time: the tie rule (older, then lower id) decides.
        stories = stories + [stories[0]]
    candidates = [
        StoryCandidate(story_id, _stored(fp), NOW + timedelta(hours=hours))
        for story_id, (fp, hours) in enumerate(stories, start=1)
    ]
    when, span = NOW + timedelta(hours=published), timedelta(hours=window)
    expected = match_story(article, when, candidates, window=span)
    assert _index_of(candidates).match(article, when, window=span) == expected
    assert _index_of(list(reversed(candidates))).match(article, when, window=span) == expected
    # Every story that qualifies, in the same order (what merging stories starts from).
    ranked = matching_stories(article, when, candidates, window=span)
    assert ranked[:1] == ([] if expected is None else [expected])
    assert _index_of(list(reversed(candidates))).matching(article, when, window=span) == ranked


def test_the_index_skips_only_stories_that_cannot_reach_the_threshold():
    # Two vague pieces sharing the beat's words: two distinctive words in common are
    # just enough text evidence to make one story (their event evidence agreeing), one
    # is not. The index scores the first and may skip the second; both answers are
    # match_story's.
    beat = {"tank", "weapon", "milita", "UA", "RU", "packag", "suppor", "securi", "minist", "govern",
            "artill", "missil"}
    names = frozenset({"UA", "RU", "NATO", "@UA"})
    event = EventEvidence(donors=frozenset({"DE"}), systems=frozenset({"Gepard"}), counts=frozenset({35}))
    two = StoryFingerprint(names, frozenset(beat | {"gepard", "shell"}), event=event)
    one = StoryFingerprint(names, frozenset(beat | {"gepard"}), event=event)
    assert similarity(two, two) >= SAME_STORY_THRESHOLD > similarity(one, one)
    for fp in (two, one):
        candidates = [StoryCandidate(1, _stored(fp), NOW)]
        assert _index_of(candidates).match(fp, NOW) == match_story(fp, NOW, candidates)
    assert _index_of([StoryCandidate(1, two, NOW)]).match(two, NOW) == 1
    assert _index_of([StoryCandidate(1, one, NOW)]).match(one, NOW) is None


def test_an_empty_index_matches_nothing_and_empty_fingerprints_match_nothing():
    assert StoryIndex().match(_fp(LEOPARD_EN_1), NOW) is None
    empty = fingerprint("", "")
    index = _index_of([StoryCandidate(1, empty, NOW), _candidate(2, LEOPARD_EN_1)])
    assert index.match(empty, NOW) is None
    assert index.match(_fp(LEOPARD_EN_2), NOW) == 2


def test_the_index_keeps_what_it_is_given_and_forgets_what_left_the_window():
    index = StoryIndex()
    index.add(_candidate(1, LEOPARD_EN_1), stored_at=NOW - timedelta(hours=50))
    index.add(_candidate(2, PATRIOT_EN_1), stored_at=NOW)
    assert len(index) == 2 and 1 in index and 3 not in index
    assert index.match(_fp(LEOPARD_EN_2), NOW) == 1
    assert index.forget_before(NOW - timedelta(hours=48)) == 1
    assert 1 not in index and len(index) == 1
    assert index.match(_fp(LEOPARD_EN_2), NOW) is None  # its features went with it
    assert index.match(_fp(PATRIOT_EN_2), NOW) == 2
    assert index.forget_before(NOW - timedelta(hours=48)) == 0


def test_adding_a_story_id_again_replaces_it():
    index = StoryIndex()
    index.add(_candidate(1, LEOPARD_EN_1), stored_at=NOW)
    index.add(_candidate(1, PATRIOT_EN_1), stored_at=NOW)
    assert len(index) == 1
    assert index.match(_fp(LEOPARD_EN_2), NOW) is None
    assert index.match(_fp(PATRIOT_EN_2), NOW) == 1


def test_naive_times_in_the_index_are_utc_like_in_match_story():
    naive = datetime(2023, 2, 14, 8, 0)
    index = StoryIndex()
    index.add(StoryCandidate(1, _fp(LEOPARD_EN_1), naive), stored_at=naive)
    assert index.match(_fp(LEOPARD_EN_2), NOW) == 1
    assert index.forget_before(naive.replace(tzinfo=timezone.utc) + timedelta(seconds=1)) == 1


def test_the_index_says_when_it_must_be_reloaded():
    index = StoryIndex()
    assert index.needs_reload(0, NOW)  # never synced
    index.add(_candidate(1, LEOPARD_EN_1), stored_at=NOW)
    index.record_sync(1, NOW - timedelta(hours=48))
    assert not index.needs_reload(1, NOW - timedelta(hours=48))
    assert not index.needs_reload(5, NOW - timedelta(hours=47))  # newer stories: just add them
    assert index.needs_reload(0, NOW - timedelta(hours=47))  # the store lost a story it holds
    assert index.needs_reload(1, NOW - timedelta(hours=49))  # the clock went back: older ones count again
    index.clear()
    assert len(index) == 0 and index.newest_id == 0 and index.needs_reload(1, NOW)
    assert index.match(_fp(LEOPARD_EN_2), NOW) is None


def test_similarity_does_not_depend_on_the_hash_seed():
    # Fingerprints are sets of strings, iterated in an order that changes with each
    # process's hash seed; a score must not (one right at a threshold would join two
    # reports in one poll and not in the next).
    script = (
        "from bot.config import load_entities\n"
        "from bot.core.stories.fingerprints import fingerprint\n"
        "from bot.core.stories.matching import similarity\n"
        "e = load_entities()\n"
        "a = fingerprint('Germany to send 14 Leopard 2 tanks to Ukraine', 'Berlin said on Wednesday that the "
        "Bundeswehr will hand over 14 Leopard 2A6 tanks, with training and ammunition, within three months.', "
        "entities=e)\n"
        "b = fingerprint('L Allemagne livrera 14 chars Leopard 2 a l Ukraine', 'Berlin a annonce mercredi la "
        "livraison de 14 chars Leopard 2A6, avec formation et munitions, sous trois mois, selon Olaf Scholz.', "
        "entities=e)\n"
        "print(repr(similarity(a, b)))\n"
    )
    answers = {
        subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                       capture_output=True, text=True, check=True).stdout
        for seed in (1, 2, 3, 4)
    }
    assert len(answers) == 1, answers
