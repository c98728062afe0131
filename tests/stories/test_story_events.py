"""Event evidence (bot/core/stories/evidence/events.py) and the grouping rules built on it
(bot/core/stories/scoring/story_score.py), on sentences written for these tests: what the evidence
holds, the conflicts it names, and reports judged against each other (pledges agreeing,
translations, a new batch beside a running total, month-only dates, late reports, the
headline as the news). The facts that name one event on their own (a numbered delivery, one
system's phase on a busy day, a meeting and its day) are in test_story_event_keys.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.core.models import Pledge
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import MAX_MEMBERS, MAX_TEXT_MEMBERS, StoryFingerprint
from bot.core.stories.matching import StoryCandidate, match_story
from bot.core.stories.scoring.likeness import similarity
from bot.core.stories.scoring.same_event import compare
from bot.core.stories.scoring.story_score import (
    LATE_REPORT_SIMILARITY,
    PLEDGE_AGREEMENT_SIMILARITY,
    SAME_STORY_THRESHOLD,
    late_report_reach,
    same_event_score,
)
from bot.core.stories.story_index import StoryIndex
from tests.support.story_readings import NOW, evidence, fp

# --- what the evidence holds ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("Les ministres se sont réunis le 25 avr. à Bruxelles", "25-4"),
    ("Les ministres se sont réunis le 3 fév. à Bruxelles", "3-2"),
    ("The ministers met on Mar. 4 in Brussels", "4-3"),
    ("Die Minister trafen sich am 3. Okt. in Brüssel", "3-10"),
])
def test_a_months_short_form_names_a_day_in_each_language(text, day):
    assert evidence(text).dates == {day}


def test_the_stories_read_one_list_of_month_short_forms():
    """The dates the matcher reads (named_days) and the beat's generic words (word_lists)
    take the months' short forms from one list (bot/core/text/months.py): a form read as a
    date is no content word two reports could share."""
    from bot.core.stories.evidence.named_days import MONTH_WORDS
    from bot.core.stories.fingerprint.word_lists import GENERIC_WORDS
    from bot.core.text.months import MONTH_ABBREVIATIONS

    short = {form for forms in MONTH_ABBREVIATIONS for form in forms}
    assert {"avr", "fev", "mar", "okt", "dez"} <= short <= MONTH_WORDS
    assert short <= set(GENERIC_WORDS)


def test_named_days_are_read_in_english_french_and_german():
    assert evidence("Ministers met on Wednesday, March 4, in Brussels").dates == {"4-3"}
    assert evidence("Ministers met on Wednesday, March 4, in Brussels").weekdays == {2}
    assert evidence("Les ministres se sont réunis mercredi 4 mars à Bruxelles").dates == {"4-3"}
    assert evidence("Les ministres se sont réunis le 1er mars").dates == {"1-3"}
    assert evidence("Die Minister trafen sich am Mittwochabend, 4. März, in Brüssel").dates == {"4-3"}
    assert evidence("Die Minister trafen sich am Mittwochabend").weekdays == {2}
    assert evidence("The ministers met on 4 Mar. in Brussels").dates == {"4-3"}


def test_words_that_only_look_like_months_or_days_are_not_dates():
    # "may" the verb, a count before a month word that is not a day, a weekday-like noun.
    assert evidence("Germany may send 40 more tanks").dates == frozenset()
    assert evidence("Kyiv expects 45 March deliveries to slip").dates == frozenset()
    assert evidence("Sonntagsfrage: Mehrheit für Panzerlieferungen").weekdays == frozenset()


def test_donors_come_from_the_headline_and_the_pledges_but_not_groups_or_contracts():
    pledges = (
        Pledge("NL", "aircraft", "pledged", system="F-16"),
        Pledge("ALLIES", "ammunition", "pledged"),
        Pledge("NO", "production", "production"),
    )
    found = evidence("Denmark confirms F-16 jets for Ukraine", "Text.", pledges)
    assert found.donors == {"DK", "NL"}
    assert found.systems == {"F-16"} and found.headline_systems == {"F-16"}


def test_the_phase_comes_from_a_governments_pledges_only():
    assert evidence("x", pledges=(Pledge("DE", "tanks", "delivered"),)).phases == {"delivery"}
    assert evidence("x", pledges=(Pledge("DE", "tanks", "discussed"),)).phases == {"decision"}
    assert evidence("x", pledges=(Pledge("DE", "tanks", "refused"),)).phases == {"refusal"}
    # "The allies will send more tanks" is every meeting's background; contracts fit any phase.
    assert evidence("x", pledges=(Pledge("ALLIES", "tanks", "pledged"),)).phases == frozenset()
    assert evidence("x", pledges=(Pledge("DE", "production", "production"),)).phases == frozenset()


def test_counts_and_amounts_agree_across_languages():
    en = evidence("Berlin to send fourteen Leopard 2 tanks and €2.5 billion in aid", lang="en")
    fr = evidence("Berlin va envoyer 14 chars Leopard 2 et 2,5 milliards d'euros d'aide", lang="fr")
    de = evidence("Berlin schickt vierzehn Leopard-2-Panzer und 2,5 Milliarden Euro Hilfe", lang="de")
    assert 14 in en.counts and 14 in fr.counts and 14 in de.counts
    assert en.amounts == fr.amounts == de.amounts == {"2.5e+09 EUR"}


def test_small_counts_say_too_little_to_count():
    assert evidence("Two ministers discussed three options").counts == frozenset()


def test_evidence_survives_its_json_form_and_refuses_anything_else():
    found = evidence("Denmark to send 19 F-16 jets on Sunday, August 20")
    assert EventEvidence.from_dict(found.to_dict()) == found
    for bad in ([], {"donors": "DE"}, {"counts": ["14"]}, {"weekdays": [True]}):
        try:
            EventEvidence.from_dict(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")


# --- conflicts -----------------------------------------------------------------------------


def test_each_kind_of_conflict_is_named():
    de = EventEvidence(donors=frozenset({"DE"}))
    us = EventEvidence(donors=frozenset({"US"}))
    assert compare(de, us).conflict == "donors"
    assert compare(EventEvidence(systems=frozenset({"Leopard 1"})),
                   EventEvidence(systems=frozenset({"Leopard 2"}))).conflict == "systems"
    assert compare(EventEvidence(phases=frozenset({"decision"})),
                   EventEvidence(phases=frozenset({"delivery"}))).conflict == "phase"
    assert compare(EventEvidence(dates=frozenset({"25-1"})), EventEvidence(dates=frozenset({"27-3"}))).conflict == "date"
    assert compare(EventEvidence(weekdays=frozenset({2})), EventEvidence(weekdays=frozenset({0}))).conflict == "weekday"


def test_silence_is_never_a_conflict_and_a_family_name_agrees_with_its_variants():
    leopard = EventEvidence(donors=frozenset({"DE"}), systems=frozenset({"Leopard"}), counts=frozenset({14}))
    leopard_2 = EventEvidence(donors=frozenset({"DE", "PL"}), systems=frozenset({"Leopard 2"}), counts=frozenset({14}),
                              phases=frozenset({"decision"}), weekdays=frozenset({2}))
    verdict = compare(leopard, leopard_2)
    assert verdict.conflict == "" and verdict.anchors == 2 and verdict.details == 1
    assert compare(EventEvidence(), leopard_2).conflict == ""


# --- the grouping rules, article against article ---------------------------------------------

LEOPARD_DE = (
    "Germany approves Leopard 2 tanks for Ukraine",
    "Chancellor Olaf Scholz said on Wednesday that Germany would send 14 Leopard 2 tanks to Ukraine and allow "
    "allies to re-export theirs. The tanks will come from army stocks, the defence ministry said.",
)
ABRAMS_US = (
    "US to send 31 Abrams tanks to Ukraine",
    "President Joe Biden said on Wednesday that the United States would send 31 M1 Abrams tanks to Ukraine, "
    "reversing weeks of reluctance. The tanks will take months to arrive, the Pentagon said.",
)
LEOPARD_DE_GERMAN = (
    "Scholz gibt Leopard-Panzer für die Ukraine frei",
    "Bundeskanzler Olaf Scholz hat am Mittwoch entschieden, vierzehn Leopard-2-Panzer aus Beständen der "
    "Bundeswehr an die Ukraine zu liefern. Auch andere Länder dürfen ihre Panzer weitergeben.",
)
LEOPARD_ARRIVED = (
    "German Leopard 2 tanks have arrived in Ukraine",
    "The 18 Leopard 2 tanks promised by Berlin have reached Ukraine, the German defence ministry said on "
    "Monday. Crews trained in Germany will take them to the front.",
)


def test_two_countries_tank_decisions_on_one_afternoon_stay_apart():
    # Same day, same vocabulary ("tanks", "Ukraine", "on Wednesday", "send"): two events.
    germany = fp(*LEOPARD_DE, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14))
    usa = fp(*ABRAMS_US, Pledge("US", "tanks", "pledged", system="Abrams", quantity=31))
    assert same_event_score(germany, usa) == 0.0
    assert match_story(usa, NOW, [StoryCandidate(1, germany, NOW)]) is None


def test_the_english_and_german_reports_of_one_decision_are_one_story():
    english = fp(*LEOPARD_DE, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14), lang="en")
    german = fp(*LEOPARD_DE_GERMAN, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14), lang="de")
    assert same_event_score(english, german) > 0
    assert match_story(german, NOW + timedelta(hours=2), [StoryCandidate(1, english, NOW)]) == 1


def test_the_decision_and_the_delivery_of_one_system_are_two_stories_even_on_one_day():
    decision = fp(*LEOPARD_DE, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14))
    delivery = fp(*LEOPARD_ARRIVED, Pledge("DE", "tanks", "delivered", system="Leopard 2", quantity=18))
    assert same_event_score(decision, delivery) == 0.0


def test_shared_donor_and_system_without_a_shared_detail_are_not_enough():
    # One government, one system, similar words, nothing that pins one event.
    first = fp("Germany to send more Leopard tanks to Ukraine",
               "Berlin will deliver more Leopard battle tanks to Kyiv, the government said, without giving numbers.",
               Pledge("DE", "tanks", "pledged", system="Leopard"))
    second = fp("Berlin pledges another batch of Leopard tanks for Kyiv",
                "The German defence ministry promised Ukraine a further batch of Leopard battle tanks, to be "
                "refurbished by industry first.",
                Pledge("DE", "tanks", "pledged", system="Leopard"))
    assert similarity(first, second) >= SAME_STORY_THRESHOLD  # alike in words...
    assert same_event_score(first, second) == 0.0  # ...but nothing pins one event


def test_a_near_copy_is_one_story_without_any_detail():
    text = ("Germany will send more Leopard battle tanks to Kyiv, the government said, without giving numbers. "
            "Officials said the tanks would come from industry stocks after repairs.")
    first = fp("Germany to send more Leopard tanks to Ukraine", text, Pledge("DE", "tanks", "pledged", system="Leopard"))
    copy = fp("UPDATE: Germany to send more Leopard tanks to Ukraine", text,
              Pledge("DE", "tanks", "pledged", system="Leopard"))
    assert same_event_score(first, copy) >= 0.8


def test_a_feeds_own_second_report_joins_only_as_a_near_copy():
    english = fp(*LEOPARD_DE, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14), lang="en")
    german = fp(*LEOPARD_DE_GERMAN, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14), lang="de")
    story = StoryCandidate(1, english, NOW, feeds=frozenset({7}))
    assert match_story(german, NOW, [story], feed=8) == 1  # another outlet
    assert match_story(german, NOW, [story], feed=7) is None  # the same outlet, another report
    assert match_story(english, NOW, [story], feed=7) == 1  # the same report again (an update)


MEETING_EN = (
    "NATO defence ministers meet in Brussels on Ukraine",
    "NATO defence ministers gathered in Brussels on Tuesday to discuss how to speed up support for Ukraine, "
    "Secretary General Mark Rutte told reporters ahead of the meeting.",
)
MEETING_FR = (
    "Les ministres de la Défense de l'Otan réunis à Bruxelles sur l'Ukraine",
    "Les ministres de la Défense de l'Otan se sont réunis mardi à Bruxelles pour accélérer le soutien à "
    "l'Ukraine, a déclaré le secrétaire général Mark Rutte avant la réunion.",
)
MEETING_OTHER_DAY = (
    "NATO defence ministers meet in Brussels on Ukraine",
    "NATO defence ministers gathered in Brussels on Thursday to discuss how to speed up support for Ukraine, "
    "Secretary General Mark Rutte told reporters after the meeting.",
)


def test_reports_of_one_meeting_join_on_the_day_they_name():
    assert same_event_score(fp(*MEETING_EN), fp(*MEETING_FR)) > 0
    # Another meeting of the same ministers in the same city, on another day: apart.
    assert same_event_score(fp(*MEETING_EN), fp(*MEETING_OTHER_DAY)) == 0.0


def test_a_newcomer_must_agree_with_every_report_already_in_the_story():
    # The story's first report names no day; a later report said Wednesday; a report
    # of Monday's event must not join through the silent first one.
    silent = fp("Germany sends Leopard 2 tanks to Ukraine",
                "Germany is sending 14 Leopard 2 tanks to Ukraine, the government said.",
                Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14))
    wednesday = fp(*LEOPARD_DE, Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14))
    monday = fp("Germany sends Leopard 2 tanks to Ukraine",
                "Germany said on Monday it is sending 14 Leopard 2 tanks to Ukraine, the government said.",
                Pledge("DE", "tanks", "pledged", system="Leopard 2", quantity=14))
    assert same_event_score(silent, monday) > 0
    story = silent.with_member(wednesday)
    assert same_event_score(monday, story) == 0.0
    assert StoryFingerprint.from_json(story.to_json()) == story


def test_a_story_keeps_at_most_max_members():
    story = fp(*LEOPARD_DE)
    for _ in range(MAX_MEMBERS + 5):
        story = story.with_member(fp(*LEOPARD_DE))
    assert len(story.members) == MAX_MEMBERS


def test_a_story_stored_before_event_evidence_reads_as_empty_evidence():
    old = '{"names":["leopard"],"terms":["leopar"],"phrases":[],"headline":["leopard"]}'
    read = StoryFingerprint.from_json(old)
    assert read.event == EventEvidence() and read.members == ()


# --- pledge agreement: copies of one announcement that quote no number -----------------------

ARCHER_EN = ("Sweden to send Archer howitzers to Ukraine",
             "Stockholm will give Kyiv Archer self-propelled howitzers, Prime Minister Ulf Kristersson said, "
             "without saying how many.")
ARCHER_FR = ("La Suède va livrer des canons Archer à l'Ukraine",
             "Stockholm fournira à Kiev des obusiers automoteurs Archer, a annoncé le Premier ministre Ulf "
             "Kristersson, sans préciser leur nombre.")
ARCHER_PLEDGE = Pledge("SE", "artillery", "pledged", system="Archer")


def test_pledge_keys_name_a_governments_pledges_with_their_status():
    keys = evidence("Title", "Text.", (
        Pledge("SE", "artillery", "pledged", system="Archer"),
        Pledge("SE", "artillery", "discussed"),
        Pledge("ALLIES", "ammunition", "pledged"),  # a group says nothing about who gives
        Pledge("SE", "other", "pledged"),  # nor does "other equipment"
        Pledge("SE", "production", "production"),  # nor a production record that names no thing and no sum
        # a government's purchase of a thing from makers is its pledge (stories round 64, government_purchases.py)
        Pledge("SE", "ammunition", "production"),
    )).pledges
    assert keys == {"SE|artillery|pledged", "SE|artillery|discussed", "SE|ammunition|pledged"}


def test_reports_of_one_pledge_in_two_languages_agree_on_their_pledges():
    en = evidence(*ARCHER_EN, (ARCHER_PLEDGE,), lang="en")
    fr = evidence(*ARCHER_FR, (ARCHER_PLEDGE, Pledge("SE", "ammunition", "pledged")), lang="fr")
    assert compare(en, fr).pledges_agree  # one shared key of two: half of them


def test_pledges_do_not_agree_when_most_differ_or_only_a_debate_is_shared():
    one = Pledge("SE", "artillery", "pledged")
    many = (one, Pledge("SE", "ammunition", "pledged"), Pledge("SE", "air_defence", "pledged"))
    assert not compare(evidence("A", "", (one,)), evidence("B", "", many)).pledges_agree  # 1 of 3 keys
    # Weeks of "Stockholm is still weighing more howitzers" are one debate, not one event.
    weighing = Pledge("SE", "artillery", "discussed")
    assert not compare(evidence("A", "", (weighing,)), evidence("B", "", (weighing,))).pledges_agree


def test_different_amounts_or_counts_withhold_pledge_agreement():
    # Phenomenon: one donor's successive packages of the same kind, told apart by their size.
    first = evidence("Sweden announces $300 million package", "It includes howitzers.", (ARCHER_PLEDGE,), lang="en")
    second = evidence("Sweden announces $450 million package", "It includes howitzers.", (ARCHER_PLEDGE,), lang="en")
    assert not compare(first, second).pledges_agree
    twelve = evidence("Sweden to send 12 more howitzers", "", (ARCHER_PLEDGE,), lang="en")
    eighteen = evidence("Sweden to send 18 more howitzers", "", (ARCHER_PLEDGE,), lang="en")
    assert not compare(twelve, eighteen).pledges_agree
    assert compare(twelve, evidence("Sweden to send howitzers", "", (ARCHER_PLEDGE,))).pledges_agree


def test_one_sum_told_in_two_currencies_is_no_difference_in_amounts():
    """One outlet gives the donor's own money, the next converts it: "3.5 billion Swedish
    crowns" and "some $330 million" are one sum, two packages only when they cannot be (a
    figure told plainly in each currency: see the next test)."""
    crowns = evidence("Sweden pays 3.5 billion crowns for howitzers", "Sweden will pay 3.5 billion Swedish crowns.",
                      (ARCHER_PLEDGE,), lang="en")
    dollars = evidence("Sweden pays some $330 million for howitzers", "", (ARCHER_PLEDGE,), lang="en")
    euros = evidence("La Suède paie environ 300 millions d'euros pour des canons", "", (ARCHER_PLEDGE,), lang="fr")
    assert crowns.amounts == {"3.5e+09 SEK"} and dollars.amounts == {"3.3e+08 USD"}
    assert compare(crowns, dollars).pledges_agree and compare(crowns, euros).pledges_agree
    assert compare(dollars, euros).pledges_agree
    # Converted, a sum four times another is another package; so are two sums in one currency.
    small = evidence("Sweden pays 1.2 billion crowns for howitzers", "Sweden will pay 1.2 billion Swedish crowns.",
                     (ARCHER_PLEDGE,), lang="en")
    assert not compare(small, dollars).pledges_agree and not compare(small, crowns).pledges_agree
    # In a currency both give, two figures are two sums, whatever another figure converts to.
    converted = evidence("Sweden pays 3.4 billion crowns for howitzers",
                         "Sweden will pay 3.4 billion Swedish crowns ($320 million).", (ARCHER_PLEDGE,), lang="en")
    assert compare(converted, euros).pledges_agree and not compare(converted, crowns).pledges_agree
    # ... and the shared detail of two reports is the same figure, or since round 9 one told
    # converted within 10% of it at the usual rate (same_event._converted_amount_shared:
    # busy day 22's pounds and "l'équivalent de quelque 400 millions d'euros"); one that only
    # may be it, further off, is none.
    assert compare(crowns, dollars).details == 1
    further = evidence("Sweden pays some $400 million for howitzers", "", (ARCHER_PLEDGE,), lang="en")
    assert compare(crowns, further).pledges_agree and compare(crowns, further).details == 0
    assert compare(crowns, converted).details == 0  # two plain figures in one currency


def test_two_funding_packages_of_one_donor_in_two_currencies_are_two_events():
    """One minister, one day, two sums: dollars paid into NATO's scheme to buy American
    weapons and the government's own crowns for drones, 261 and 276 million euros converted.
    Neither figure is told as a conversion (no "about", "rund", "soit environ", no figure in
    brackets beside another), so each is the sum its donor named: two packages."""
    crowns = fp("Norway gives Ukraine 3 billion crowns in military aid",
                "OSLO - Norway will give Ukraine 3 billion Norwegian crowns in military support this winter, Defence "
                "Minister Tore O. Sandvik said on Monday.", Pledge("NO", "funding", "pledged"), lang="en")
    dollars = fp("Norway to pay $300 million into NATO fund for Ukraine",
                 "OSLO - Norway will contribute $300 million to NATO's fund to buy American weapons for Ukraine, Defence "
                 "Minister Tore O. Sandvik said on Monday.", Pledge("NO", "funding", "pledged"), lang="en")
    assert similarity(crowns, dollars) >= PLEDGE_AGREEMENT_SIMILARITY  # one template, one minister
    assert not compare(crowns.event, dollars.event).pledges_agree
    assert same_event_score(crowns, dollars, apart=timedelta(hours=3)) == 0.0
    # Told as a conversion, the dollar figure may be the crowns: one sum.
    converted = fp("Norway gives Ukraine about $280 million in military aid",
                   "OSLO - Norway will give Ukraine about $280 million in military support this winter, Defence "
                   "Minister Tore O. Sandvik said on Monday.", Pledge("NO", "funding", "pledged"), lang="en")
    assert compare(crowns.event, converted.event).pledges_agree


@pytest.mark.parametrize(("text", "lang", "rough"), [
    # (a half is no rounding: sums with a third figure keep it, figures_told.sum_key, reread of stop 53 D4)
    ("Norway will give 5 billion Norwegian crowns ($465 million) to Ukraine.", "en", {"4.65e+08 USD"}),
    ("Norwegen gibt fünf Milliarden Kronen, umgerechnet rund 430 Millionen Euro.", "de", {"4.3e+08 EUR"}),
    ("La Suède va verser 3,5 milliards de couronnes, soit environ 300 millions d'euros.", "fr", {"3e+08 EUR"}),
    ("Kanada stellt 200 Millionen kanadische Dollar (rund 125 Millionen Euro) bereit.", "de", {"1.25e+08 EUR"}),
    ("Norway will contribute $300 million to NATO's fund.", "en", set()),
    # The figure's own qualifier, not a word that only stands before it: "over" as a verb's
    # particle or what a quarrel is about, "über" after a noun (what the noun amounts to).
    ("Britain will give Ukraine over £300 million this year.", "en", {"3e+08 GBP"}),
    ("Britain handed over £300 million to the fund for Ukraine.", "en", set()),
    ("Congress fights over $60 billion for Ukraine.", "en", set()),
    ("Congress passed over $60 billion for Ukraine.", "en", {"6e+10 USD"}),
    ("Die Ukraine erhält über 500 Millionen Euro.", "de", {"5e+08 EUR"}),
    ("Waffen im Wert von über 500 Millionen Euro gehen an die Ukraine.", "de", {"5e+08 EUR"}),
    ("Berlin unterzeichnet einen Vertrag über 500 Millionen Euro für Kiews Flugabwehr.", "de", set()),
    ("Kiew erhält ein Paket über 400 Millionen Dollar.", "de", set()),
    ("Über 500 Millionen Euro gehen an die Ukraine.", "de", {"5e+08 EUR"}),
    # German "fast" is "almost": rough, rightly.
    ("Deutschland liefert Waffen für fast 500 Millionen Euro.", "de", {"5e+08 EUR"}),
])
def test_a_figure_told_as_rough_or_converted_is_read_so(text, lang, rough):
    assert evidence("", text, (), lang=lang).rough_amounts == rough


def test_a_donors_nth_package_names_one_event():
    """A package whose contents are secret has no count, sum or system to share; its number
    in the donor's series happens once ("12th", "12e", "12."), as the n-th delivery of a
    system does."""
    english = fp("Italy approves 12th military aid package for Ukraine, contents secret",
                 "ROME - Italy's government approved its 12th military aid package for Ukraine on Thursday, the defence "
                 "minister said, without disclosing what it contains.", Pledge("IT", "other", "pledged"), lang="en")
    french = fp("L'Italie approuve un 12e paquet d'aide militaire à l'Ukraine",
                "Le gouvernement italien a approuvé jeudi son 12e paquet d'aide militaire à l'Ukraine, dont le contenu "
                "reste secret, a indiqué le ministre de la Défense.", Pledge("IT", "other", "pledged"), lang="fr")
    german = fp("Italien beschließt zwölftes Hilfspaket", "Italien hat am Donnerstag sein 12. Militärhilfepaket für die "
                "Ukraine beschlossen. Der Inhalt bleibt geheim.", Pledge("IT", "other", "pledged"), lang="de")
    assert english.event.package_ordinals == french.event.package_ordinals == german.event.package_ordinals == {"IT|12"}
    assert compare(english.event, french.event).event_keys == 1
    assert same_event_score(english, french, apart=timedelta(hours=1)) > 0.0
    # The next one is another event.
    next_one = fp("Italy approves 13th military aid package for Ukraine",
                  "ROME - Italy's government approved its 13th military aid package for Ukraine on Thursday.",
                  Pledge("IT", "other", "pledged"), lang="en")
    assert compare(english.event, next_one.event).conflict == "ordinal"


def test_a_sum_told_rounded_is_no_difference_in_amounts():
    """One outlet gives the package's figure, the next rounds it ("plus d'un milliard",
    "more than 1 billion", "über eine Milliarde"): one sum, though the figures differ.
    Two figures both told plainly stay two sums, and so does a rounded one far off."""
    exact = evidence("Germany pledges 1.1 billion euro package", "Germany will give 1.1 billion euros.",
                     (ARCHER_PLEDGE,), lang="en")
    for text, lang in (("L'Allemagne va fournir une aide de plus d'un milliard d'euros.", "fr"),
                       ("Germany will give more than 1 billion euros.", "en"),
                       ("Deutschland gibt über eine Milliarde Euro.", "de")):
        rounded = evidence("", text, (ARCHER_PLEDGE,), lang=lang)
        assert rounded.rough_amounts == {"1e+09 EUR"}, text
        assert compare(exact, rounded).pledges_agree, text
        assert compare(exact, rounded).details == 0  # only the same figure is a shared detail
    plain = evidence("Germany pledges 1 billion euro package", "Germany will give 1 billion euros.",
                     (ARCHER_PLEDGE,), lang="en")
    assert not compare(exact, plain).pledges_agree
    far = evidence("", "Germany will give more than 2 billion euros.", (ARCHER_PLEDGE,), lang="en")
    assert not compare(exact, far).pledges_agree


def test_headlines_naming_other_donors_withhold_pledge_agreement():
    # Phenomenon: one government's announcement, then a joint one with a partner.
    alone = evidence("Norway to send howitzers to Ukraine", "", (Pledge("NO", "artillery", "pledged"),))
    joint = evidence("Norway and Denmark to send howitzers to Ukraine", "",
                     (Pledge("NO", "artillery", "pledged"), Pledge("DK", "artillery", "pledged")))
    assert compare(alone, evidence("Oslo pledges guns", "", (Pledge("NO", "artillery", "pledged"),))).pledges_agree
    assert not compare(alone, joint).pledges_agree


def test_other_donors_named_in_the_background_do_not_withhold_agreement_on_the_headline_donors_pledges():
    # Phenomenon: wire copy closes on what others gave ("Denmark, Norway and Belgium have also
    # pledged F-16s"); one outlet keeps that paragraph, another drops it.
    delivered = Pledge("NL", "aircraft", "delivered", system="F-16")
    background = tuple(Pledge(code, "aircraft", "pledged", system="F-16") for code in ("DK", "NO", "BE"))
    long = evidence("Dutch hand over last F-16s to Ukraine", "", (delivered, *background))
    short = evidence("Les Pays-Bas ont livré leurs derniers F-16", "", (delivered,))
    assert long.headline_donors == short.headline_donors == {"NL"}
    assert compare(long, short).pledges_agree
    # Without a headline donor on one side, every pledge still counts (1 key of 4 in common).
    unheaded = evidence("Last F-16s handed over", "", (delivered,))
    assert not compare(long, unheaded).pledges_agree


def test_reports_agreeing_on_their_pledges_join_when_published_close_together():
    en = fp(*ARCHER_EN, ARCHER_PLEDGE, lang="en")
    fr = fp(*ARCHER_FR, ARCHER_PLEDGE, lang="fr")
    assert compare(en.event, fr.event).details == 0  # no number, no date to share
    assert same_event_score(en, fr, apart=timedelta(hours=5)) > 0
    assert same_event_score(en, fr, apart=timedelta(hours=60)) == 0.0  # the same donor's next announcement
    assert same_event_score(en, fr) == 0.0  # publication times unknown: no proof
    assert match_story(fr, NOW + timedelta(hours=5), [StoryCandidate(1, en, NOW)]) == 1
    assert match_story(fr, NOW + timedelta(hours=40), [StoryCandidate(1, en, NOW)]) is None


def test_pledge_agreement_needs_similar_wording():
    en = fp(*ARCHER_EN, ARCHER_PLEDGE, lang="en")
    # The same day, the same donor and kind of pledge, but another piece of news. (A government's word: a
    # parliament's vote beside a government's pledge agrees on no pledges at all since round 52,
    # same_event._vote_beside_word, and this pair was one.)
    other = fp("Swedish government unveils defence budget",
               "The government in Stockholm presented higher defence spending, which also pays for more howitzers "
               "for Ukraine and for new navy ships.", Pledge("SE", "artillery", "pledged"), lang="en")
    assert compare(en.event, other.event).pledges_agree
    assert SAME_STORY_THRESHOLD <= similarity(en, other) < PLEDGE_AGREEMENT_SIMILARITY
    assert same_event_score(en, other, apart=timedelta(hours=1)) == 0.0


# --- translations of one announcement: the event itself as evidence ---------------------------

NASAMS_PLEDGE = Pledge("NO", "air_defence", "pledged", system="NASAMS")
NASAMS_DE = ("Sandvik: Norwegen hilft mit NASAMS",
             "Verteidigungsminister Tore Sandvik hat am Dienstag im Storting erklärt, das Kabinett habe nach "
             "wochenlangen Beratungen mit Partnern in Kopenhagen und Helsinki die Abgabe von NASAMS-Einheiten "
             "gebilligt. Die Opposition begrüßte den Schritt, forderte aber mehr Tempo bei der Ausbildung.")


def nasams_fr(day: str) -> StoryFingerprint:
    return fp("Oslo va fournir des NASAMS à Kiev",
              f"Le gouvernement norvégien a annoncé {day} qu'il allait céder à l'Ukraine des unités de tir "
              "du système de défense antiaérienne NASAMS, sans préciser de calendrier.", NASAMS_PLEDGE, lang="fr")


def test_translations_agreeing_on_pledge_system_and_day_join_despite_few_shared_words():
    de = fp(*NASAMS_DE, NASAMS_PLEDGE, lang="de")
    tuesday = nasams_fr("mardi")
    assert SAME_STORY_THRESHOLD <= similarity(de, tuesday) < PLEDGE_AGREEMENT_SIMILARITY
    assert same_event_score(de, tuesday, apart=timedelta(hours=3)) > 0
    # Without the day named on both sides, wording this far apart proves nothing...
    assert same_event_score(de, nasams_fr(""), apart=timedelta(hours=3)) == 0.0
    # ...and another day is another announcement.
    assert same_event_score(de, nasams_fr("jeudi"), apart=timedelta(hours=3)) == 0.0
    # Days apart in publication, the same weekday is a week later: no proof either.
    assert same_event_score(de, tuesday, apart=timedelta(hours=60)) == 0.0


# --- the new batch and the running total -----------------------------------------------------


def test_a_number_counting_a_promise_in_one_report_and_a_delivery_in_the_other_is_no_shared_detail():
    # Phenomenon: wire copy quotes the earlier deliveries beside the new batch, and one
    # announcement's new batch is the next one's delivered total.
    january = evidence("Paris to give Kyiv 12 more CAESAR guns", "This adds to 18 already delivered.", (
        Pledge("FR", "artillery", "pledged", system="CAESAR", quantity=12),
        Pledge("FR", "artillery", "delivered", system="CAESAR", quantity=18)), lang="en")
    summer = evidence("Six more CAESAR guns on their way to Ukraine", "Twelve have already been handed over.", (
        Pledge("FR", "artillery", "pledged", system="CAESAR", quantity=6),
        Pledge("FR", "artillery", "delivered", system="CAESAR", quantity=12)), lang="en")
    assert 12 in january.counts & summer.counts
    verdict = compare(january, summer)
    assert verdict.details == 0 and not verdict.pledges_agree
    copy = evidence("France pledges twelve more CAESAR howitzers", "", (
        Pledge("FR", "artillery", "pledged", system="CAESAR", quantity=12),), lang="en")
    assert compare(january, copy).details == 1 and compare(january, copy).pledges_agree


def test_a_number_ordered_from_industry_is_not_the_same_number_pledged():
    ordered = evidence("Prague orders 300,000 shells", "", (Pledge("CZ", "production", "production", quantity=300_000),))
    funded = evidence("Allies fund 300,000 shells", "", (Pledge("CZ", "ammunition", "pledged", quantity=300_000),))
    assert compare(ordered, funded).details == 0
    # A number no pledge claims still counts on both sides.
    assert compare(evidence("Prague names 300,000 shells"), funded).details == 1


def test_tanks_called_armoured_vehicles_agree_with_tanks():
    # Phenomenon: the wider word ("blindés", "heavy armour") standing for the tanks named elsewhere.
    tanks = evidence("Berlin sends Leopard tanks", "", (Pledge("DE", "tanks", "pledged", system="Leopard 2"),))
    armour = evidence("Berlin envoie quatorze blindés", "", (Pledge("DE", "armoured_vehicles", "pledged"),))
    assert compare(tanks, armour).pledges_agree
    assert not compare(tanks, evidence("Berlin sends guns", "", (Pledge("DE", "artillery", "pledged"),))).pledges_agree


# --- a story is as alike as its most alike report ----------------------------------------------


def test_a_newcomer_may_resemble_a_later_report_of_the_story_rather_than_the_first():
    first = fp("Stockholm approves CV90 transfer",
               "The Swedish cabinet cleared the handover of 50 CV90 infantry fighting vehicles to Ukraine.",
               Pledge("SE", "armoured_vehicles", "pledged", system="CV90", quantity=50), lang="en")
    second = fp("Schweden gibt 50 Schützenpanzer CV90 an die Ukraine ab",
                "Die schwedische Regierung hat die Abgabe von 50 Schützenpanzern vom Typ CV90 an die Ukraine "
                "beschlossen, sagte Ministerpräsident Kristersson in Stockholm.",
                Pledge("SE", "armoured_vehicles", "pledged", system="CV90", quantity=50), lang="de")
    third = fp("Kristersson: Schweden liefert Schützenpanzer",
               "Ministerpräsident Kristersson sagte in Stockholm, die Regierung habe die Abgabe von Schützenpanzern "
               "an die Ukraine beschlossen.",
               Pledge("SE", "armoured_vehicles", "pledged", system="CV90"), lang="de")
    assert same_event_score(third, first, apart=timedelta(hours=2)) == 0.0
    story = first.with_member(second)
    assert same_event_score(third, story, apart=timedelta(hours=2)) > 0
    assert StoryFingerprint.from_json(story.to_json()) == story
    # The index finds the story through the words of the member, as match_story does.
    index = StoryIndex()
    index.add(StoryCandidate(7, first, NOW), NOW)
    assert index.match(third, NOW + timedelta(hours=2)) is None
    index.add_member(7, story)
    assert index.match(third, NOW + timedelta(hours=2)) == 7
    assert match_story(third, NOW + timedelta(hours=2), [StoryCandidate(7, story, NOW)]) == 7


def test_a_story_keeps_the_words_of_at_most_max_text_members():
    story = fp(*LEOPARD_DE)
    for _ in range(MAX_TEXT_MEMBERS + 3):
        story = story.with_member(fp(*LEOPARD_DE))
    assert len(story.member_texts) == MAX_TEXT_MEMBERS and len(story.members) == MAX_TEXT_MEMBERS + 3
    assert all(not text.members and not text.member_texts for text in story.member_texts)


def test_deliveries_totalled_since_the_start_of_the_war_report_no_delivery_of_the_day():
    # Phenomenon: the running total over the war, background of budget or industry pieces.
    delivered = Pledge("FR", "artillery", "delivered", system="CAESAR")
    for lead, lang in (
        ("Some forty CAESAR guns have gone to Ukraine since the start of the war.", "en"),
        ("Une quarantaine de canons Caesar ont été livrés depuis le début du conflit.", "fr"),
        ("Seit Kriegsbeginn hat Frankreich rund vierzig Caesar-Haubitzen geliefert.", "de"),
    ):
        total = evidence("Industry races to replace the guns", lead, (delivered,), lang=lang)
        assert not total.phases and not total.pledges, lead
        assert total.systems == {"CAESAR"}  # still about that system: no conflict with its news
    today = evidence("France has delivered a dozen CAESAR guns", "They reached Ukraine this week.", (delivered,))
    assert today.phases == {"delivery"} and today.pledges == {"FR|artillery|delivered"}


# --- publication times that only name the month ------------------------------------------------


def test_a_report_dated_only_by_its_month_may_join_a_story_of_that_month():
    # Phenomenon: feeds that know only the month give midnight UTC on the 1st.
    en = fp(*ARCHER_EN, ARCHER_PLEDGE, lang="en")
    fr = fp(*ARCHER_FR, ARCHER_PLEDGE, lang="fr")
    ninth = datetime(2026, 3, 9, 14, 30, tzinfo=timezone.utc)
    story = [StoryCandidate(1, en, ninth)]
    assert match_story(fr, datetime(2026, 3, 1, tzinfo=timezone.utc), story) == 1
    # Either side may be the vague one.
    assert match_story(en, ninth, [StoryCandidate(1, fr, datetime(2026, 3, 1, tzinfo=timezone.utc))]) == 1
    # A time of day, or another day than the 1st, is a real time: 8 days is too far.
    assert match_story(fr, datetime(2026, 3, 1, 6, 0, tzinfo=timezone.utc), story) is None
    assert match_story(fr, datetime(2026, 3, 2, tzinfo=timezone.utc), story) is None
    # The month ends: a story of 12 April is more than a week after any moment of March
    # (beyond even a late report's reach, see test_stories' late-report tests).
    april = [StoryCandidate(1, en, datetime(2026, 4, 12, 9, 0, tzinfo=timezone.utc))]
    assert match_story(fr, datetime(2026, 3, 1, tzinfo=timezone.utc), april) is None


def test_a_busy_day_of_two_announcements_in_three_languages_gives_two_stories_of_three():
    # Two governments decide on the same Tuesday, and each decision is reported in English,
    # French and German, arriving interleaved: the translations join, the events stay apart.
    norway = Pledge("NO", "air_defence", "pledged", system="NASAMS")
    sweden = Pledge("SE", "armoured_vehicles", "pledged", system="CV90")
    articles = [
        ("norway-de", fp(*NASAMS_DE, norway, lang="de")),
        ("sweden-en", fp("Sweden clears CV90 vehicles for Ukraine",
                         "Sweden's government decided on Tuesday to give Ukraine more CV90 infantry fighting "
                         "vehicles, Defence Minister Pal Jonson told reporters in Stockholm.", sweden, lang="en")),
        ("norway-fr", nasams_fr("mardi")),
        ("sweden-de", fp("Schweden gibt weitere CV90 an Kiew ab",
                         "Die schwedische Regierung hat am Dienstag beschlossen, der Ukraine weitere Schützenpanzer "
                         "vom Typ CV90 zu überlassen, sagte Verteidigungsminister Pål Jonson in Stockholm.",
                         sweden, lang="de")),
        ("norway-en", fp("Norway to hand Ukraine more NASAMS units",
                         "Norway's cabinet agreed on Tuesday to give Ukraine further NASAMS air defence fire units, "
                         "Defence Minister Tore Sandvik said in Oslo.", norway, lang="en")),
        ("sweden-fr", fp("La Suède va céder des CV90 à l'Ukraine",
                         "Le gouvernement suédois a décidé mardi de céder à l'Ukraine des véhicules de combat "
                         "d'infanterie CV90 supplémentaires, a indiqué le ministre de la Défense Pål Jonson.",
                         sweden, lang="fr")),
    ]
    index = StoryIndex()
    story_of: dict[str, int] = {}
    for number, (name, print_) in enumerate(articles, start=1):
        story_id = index.match(print_, NOW)
        if story_id is None:
            story_id = number
            index.add(StoryCandidate(story_id, print_, NOW), NOW)
        else:
            index.add_member(story_id, index.fingerprint_of(story_id).with_member(print_))
        story_of[name] = story_id
    assert story_of["norway-de"] == story_of["norway-fr"] == story_of["norway-en"]
    assert story_of["sweden-en"] == story_of["sweden-de"] == story_of["sweden-fr"]
    assert story_of["norway-de"] != story_of["sweden-en"]


# --- late reports -------------------------------------------------------------------------------


# Phenomenon: a weekly or an aggregator re-tells an announcement days after the wire, in much
# the same words; the same donor's next announcement of the same kind is worded anew.
NASAMS_PLEDGE = Pledge("NO", "air_defence", "pledged", system="NASAMS")
NASAMS_WIRE = (
    "Norway to give Ukraine two NASAMS air defence systems",
    "Oslo will hand Kyiv two NASAMS batteries from its own army, defence minister Bjorn Arild Gram "
    "told reporters, adding that Norwegian crews would train Ukrainian operators first.",
)
NASAMS_WEEKLY = (
    "Norway gives Ukraine two NASAMS systems",
    "Two NASAMS batteries from the Norwegian army will go to Kyiv, defence minister Bjorn Arild Gram "
    "said, and Norwegian crews are to train the Ukrainian operators first.",
)
NASAMS_NEXT = (
    "Oslo adds NASAMS missiles to its aid",
    "The government in Oslo approved a further package of interceptors for the NASAMS batteries it "
    "had promised, to be bought from Kongsberg with money from the Nansen programme.",
)


def test_a_late_re_telling_of_an_announcement_joins_its_story_within_the_late_reach():
    wire = fp(*NASAMS_WIRE, NASAMS_PLEDGE, lang="en")
    weekly = fp(*NASAMS_WEEKLY, NASAMS_PLEDGE, lang="en")
    assert similarity(wire, weekly) >= LATE_REPORT_SIMILARITY
    monday = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)
    story = [StoryCandidate(1, wire, monday)]
    window = timedelta(hours=48)
    reach = late_report_reach(window)
    assert match_story(weekly, monday + timedelta(days=5), story, window=window) == 1
    assert match_story(weekly, monday + reach, story, window=window) == 1
    assert match_story(weekly, monday + reach + timedelta(hours=1), story, window=window) is None
    # Either way round: a late feed may deliver the wire copy after the weekly opened the story.
    assert match_story(wire, monday, [StoryCandidate(1, weekly, monday + timedelta(days=5))], window=window) == 1
    # An outlet's own later report is a report of its own (the same-feed rule).
    same_feed = [StoryCandidate(1, wire, monday, feeds=frozenset({7}))]
    assert match_story(weekly, monday + timedelta(days=5), same_feed, window=window, feed=7) is None


def test_the_same_donors_next_announcement_days_later_stays_apart():
    wire = fp(*NASAMS_WIRE, NASAMS_PLEDGE, lang="en")
    following = fp(*NASAMS_NEXT, NASAMS_PLEDGE, lang="en")
    # Within the window the two may still be judged alike enough; days later only a near
    # re-telling joins, and this is another piece of news about the same system.
    assert similarity(wire, following) < LATE_REPORT_SIMILARITY
    monday = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)
    story = [StoryCandidate(1, wire, monday)]
    assert match_story(following, monday + timedelta(days=4), story) is None


def test_a_late_report_must_agree_on_the_pledges():
    wire = fp(*NASAMS_WIRE, NASAMS_PLEDGE, lang="en")
    delivered = Pledge("NO", "air_defence", "delivered", system="NASAMS")
    weekly = fp(*NASAMS_WEEKLY, delivered, lang="en")  # the same words, read as a delivery
    monday = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)
    assert match_story(weekly, monday + timedelta(days=5), [StoryCandidate(1, wire, monday)]) is None
    unread = fp(*NASAMS_WEEKLY, lang="en")  # no pledge read at all: nothing to agree on
    assert match_story(unread, monday + timedelta(days=5), [StoryCandidate(1, wire, monday)]) is None


# --- the headline is the news -------------------------------------------------------------------


def test_a_pledge_recalled_in_the_lead_does_not_make_a_delivery_agree_with_the_promise():
    # Phenomenon: the headline states the news, the lead recalls how it came about.
    title = "Canada quietly flew Harpoon missiles to Ukraine"
    lead = "Ottawa had agreed in March to send the missiles, officials said on Tuesday."
    shipped = Pledge("CA", "missiles", "delivered", system="Harpoon", evidence=title)
    recalled = Pledge("CA", "missiles", "pledged", system="Harpoon", evidence=lead)
    delivery = evidence(title, lead, (shipped, recalled))
    assert delivery.headline_pledges == {"CA|missiles|delivered"}
    promise_title = "Canada will give Ukraine Harpoon missiles"
    promise = evidence(promise_title, "The defence minister announced the decision in Ottawa.",
                       (Pledge("CA", "missiles", "pledged", system="Harpoon", evidence=promise_title),))
    assert not compare(delivery, promise).pledges_agree
    # Two reports of the shipment agree, whatever background either adds.
    other_title = "Harpoon missiles from Canada reached Ukraine in secret"
    other = evidence(other_title, "The transfer was kept quiet for weeks.",
                     (Pledge("CA", "missiles", "delivered", system="Harpoon", evidence=other_title),))
    assert compare(delivery, other).pledges_agree
    # Without a pledge read in the headline, the keys decide as before.
    plain = evidence("Harpoon news", lead, (recalled,))
    assert not plain.headline_pledges and compare(plain, promise).pledges_agree


def test_headline_pledges_survive_the_round_trip_and_older_rows_have_none():
    title = "Canada will give Ukraine Harpoon missiles"
    ev = evidence(title, "", (Pledge("CA", "missiles", "pledged", evidence=title),))
    assert EventEvidence.from_dict(ev.to_dict()) == ev
    older = ev.to_dict()
    del older["headline_pledges"]
    assert EventEvidence.from_dict(older).headline_pledges == frozenset()
