"""Event evidence (bot/core/stories/events.py) and the grouping rules built on it
(bot/core/stories/matching.py), on sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from bot.config import load_entities
from bot.core.models import Pledge
from bot.core.stories.events import EventEvidence, event_evidence
from bot.core.stories.fingerprints import MAX_MEMBERS, MAX_TEXT_MEMBERS, StoryFingerprint, fingerprint
from bot.core.stories.matching import (
    LATE_REPORT_SIMILARITY,
    PLEDGE_AGREEMENT_SIMILARITY,
    SAME_STORY_THRESHOLD,
    StoryCandidate,
    StoryIndex,
    late_report_reach,
    match_story,
    same_event_score,
    similarity,
)
from bot.core.stories.same_event import compare

ENTITIES = load_entities()
NOW = datetime(2026, 3, 4, 15, 0, tzinfo=timezone.utc)


def evidence(title: str, body: str = "", pledges=(), lang: str | None = None) -> EventEvidence:
    return event_evidence(title, body, pledges, ENTITIES, lang)


def fp(title: str, body: str, *pledges: Pledge, lang: str | None = None) -> StoryFingerprint:
    return fingerprint(title, body, pledges=pledges, entities=ENTITIES, lang=lang)


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
    from bot.core.stories.named_days import MONTH_WORDS
    from bot.core.stories.word_lists import GENERIC_WORDS
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
        Pledge("SE", "ammunition", "production"),  # nor a production contract
    )).pledges
    assert keys == {"SE|artillery|pledged", "SE|artillery|discussed"}


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
    ("Norway will give 5 billion Norwegian crowns ($465 million) to Ukraine.", "en", {"4.6e+08 USD"}),
    ("Norwegen gibt fünf Milliarden Kronen, umgerechnet rund 430 Millionen Euro.", "de", {"4.3e+08 EUR"}),
    ("La Suède va verser 3,5 milliards de couronnes, soit environ 300 millions d'euros.", "fr", {"3e+08 EUR"}),
    ("Kanada stellt 200 Millionen kanadische Dollar (rund 125 Millionen Euro) bereit.", "de", {"1.2e+08 EUR"}),
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
    # The same day, the same donor and kind of pledge, but another piece of news.
    other = fp("Swedish lawmakers back defence budget",
               "Parliament in Stockholm approved higher defence spending, which also pays for more howitzers "
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


# --- facts that name one event on their own -----------------------------------------------------


def _delivered(donor: str, system: str, sentence: str, category: str = "aircraft") -> Pledge:
    return Pledge(donor, category, "delivered", system=system, evidence=sentence)


def test_the_first_delivery_is_read_only_where_the_ordinal_stands_before_the_system():
    jets = "Kyiv says it has received the first batch of F-16 jets from its partners."
    assert evidence(jets, "", (_delivered("ALLIES", "F-16", jets),)).first_deliveries == {"F-16"}
    french = "La France a livré ses premiers avions de combat Mirage 2000 à l'Ukraine."
    assert evidence(french, "", (_delivered("FR", "Mirage 2000", french),)).first_deliveries == {"Mirage 2000"}
    german = "Deutschland hat das erste Flugabwehrsystem IRIS-T SLM an die Ukraine übergeben."
    found = evidence(german, "", (_delivered("DE", "IRIS-T", german, "air_defence"),))
    assert found.first_deliveries == {"IRIS-T"}
    # The ordinal belongs to the Mirage, not to the F-16s that arrive "more".
    both = "More Dutch F-16s land in Ukraine as France hands over its first Mirage 2000 jets"
    found = evidence(both, "", (_delivered("NL", "F-16", both), _delivered("FR", "Mirage 2000", both)))
    assert found.first_deliveries == {"Mirage 2000"}


def test_a_promised_first_delivery_or_a_premier_is_no_first_delivery():
    promise = "The first F-16 jets will reach Ukraine in the autumn, Oslo said."
    assert evidence(promise, "", (Pledge("NO", "aircraft", "pledged", system="F-16", evidence=promise),)
                    ).first_deliveries == frozenset()
    premier = "Le Premier ministre a confirmé que des Mirage 2000 ont été livrés."
    assert evidence(premier, "", (_delivered("FR", "Mirage 2000", premier),)).first_deliveries == frozenset()
    far = "The first thing the minister said on arrival at the base was that eight F-16 jets had landed."
    assert evidence(far, "", (_delivered("NL", "F-16", far),)).first_deliveries == frozenset()


def test_the_nth_delivery_of_a_system_is_read_in_three_languages():
    cases = [
        ("Germany has handed over a third IRIS-T SLM system to Ukraine.", "IRIS-T", "air_defence", {"IRIS-T|3"}),
        ("Deutschland hat der Ukraine ein drittes System Iris-T SLM übergeben.", "IRIS-T", "air_defence",
         {"IRIS-T|3"}),
        ("L'Allemagne a livré un deuxième système IRIS-T SLM à l'Ukraine.", "IRIS-T", "air_defence", {"IRIS-T|2"}),
        ("A second batch of F-16 jets has landed in Ukraine.", "F-16", "aircraft", {"F-16|2"}),
        # neither "second-hand" nor "third countries" is the n-th delivery
        ("Slovakia delivered second-hand MiG-29 jets to Ukraine.", "MiG-29", "aircraft", frozenset()),
        ("Third countries re-exported Leopard 1 tanks to Ukraine.", "Leopard 1", "tanks", frozenset()),
    ]
    for sentence, system, category, expected in cases:
        found = evidence(sentence, "", (_delivered("DE", system, sentence, category),))
        assert found.later_deliveries == expected, sentence
        assert found.first_deliveries == frozenset(), sentence


def test_the_first_and_the_third_delivery_of_a_system_are_two_events():
    first = "Deutschland hat das erste Flugabwehrsystem IRIS-T SLM an die Ukraine übergeben."
    third = "Deutschland hat der Ukraine ein drittes System Iris-T SLM übergeben."
    english_third = "Germany has handed over a third IRIS-T SLM system to Ukraine, the ministry said."
    one, other, translated = (
        fp(sentence, "", _delivered("DE", "IRIS-T", sentence, "air_defence")) for sentence in (first, third, english_third)
    )
    assert compare(one.event, other.event).conflict == "ordinal"
    assert match_story(other, NOW + timedelta(hours=2), [StoryCandidate(1, one, NOW)]) is None
    # the same third delivery, told in another language, is one event
    assert compare(other.event, translated.event).event_keys == 1
    assert match_story(translated, NOW + timedelta(hours=2), [StoryCandidate(1, other, NOW)]) == 1


def test_two_reports_of_a_first_delivery_join_though_worded_apart():
    video = "Zelensky: Ukraine has received its first F-16 fighter jets"
    wire = ("Long-awaited fighter jets are now flying over Ukraine, the president said on Sunday, thanking "
            "Denmark and the Netherlands. Media reported that Ukraine received the first 10 F-16 jets last week.")
    wire_sentence = "Media reported that Ukraine received the first 10 F-16 jets last week."
    first = fp(video, "The president spoke to reporters in front of several aircraft.",
               _delivered("ALLIES", "F-16", video))
    second = fp("Jets arrive in Kyiv", wire, _delivered("DK", "F-16", wire_sentence),
                _delivered("NL", "F-16", wire_sentence))
    assert compare(first.event, second.event).event_keys == 1
    assert match_story(second, NOW + timedelta(hours=3), [StoryCandidate(1, first, NOW)]) == 1
    # A later batch of the same jets names no first delivery: nothing pins it to that story.
    later = "More F-16 fighter jets have arrived in Ukraine, the president said."
    third = fp(later, "He gave no number and thanked the partners for the jets.", _delivered("ALLIES", "F-16", later))
    assert compare(first.event, third.event).event_keys == 0
    assert match_story(third, NOW + timedelta(hours=3), [StoryCandidate(1, first, NOW)]) is None


def test_the_same_counted_pledge_joins_a_rewrite_that_shares_few_words():
    # One delivery told in French and in German: only the donor and the count agree.
    first_title = "Berlin dit avoir remis à Kyiv les chars Leopard 2 promis"
    first_body = "Les 18 chars allemands Leopard 2 promis par Berlin sont arrivés en Ukraine, selon le ministère."
    second_sentence = "Deutschland hat nach eigenen Angaben 18 schwere Kampfpanzer übergeben."
    first = fp(first_title, first_body, Pledge("DE", "tanks", "delivered", system="Leopard 2", quantity=18,
                                               evidence=first_body.split(", selon")[0]), lang="fr")
    second = fp("Panzer für Kiew", second_sentence + " Portugal schickte drei.",
                Pledge("DE", "armoured_vehicles", "delivered", quantity=18, evidence=second_sentence), lang="de")
    assert first.event.counted_pledges == {"DE|armour|delivered|18"}
    assert similarity(first, second) < SAME_STORY_THRESHOLD
    assert compare(first.event, second.event).event_keys == 1
    assert match_story(second, NOW + timedelta(hours=5), [StoryCandidate(1, first, NOW)]) == 1
    # Another count of the same delivery phase is another batch.
    other_sentence = second_sentence.replace("18", "14")
    other = fp("Panzer für Kiew", other_sentence + " Portugal schickte drei.",
               Pledge("DE", "armoured_vehicles", "delivered", quantity=14, evidence=other_sentence), lang="de")
    assert match_story(other, NOW + timedelta(hours=5), [StoryCandidate(1, first, NOW)]) is None


def test_a_batch_recalled_by_the_report_of_another_event_is_no_shared_event():
    batch = "Germany delivered 18 Leopard 2 tanks last week."
    delivery = evidence("18 German Leopard 2 tanks have arrived in Ukraine", "", (
        Pledge("DE", "tanks", "delivered", system="Leopard 2", quantity=18,
               evidence="18 German Leopard 2 tanks have arrived in Ukraine"),))
    swedish = evidence("Sweden to send ten tanks to Ukraine", batch, (
        Pledge("SE", "tanks", "pledged", quantity=10, evidence="Sweden to send ten tanks to Ukraine"),
        Pledge("DE", "tanks", "delivered", system="Leopard 2", quantity=18, evidence=batch)))
    assert delivery.counted_pledges == {"DE|armour|delivered|18"}
    assert swedish.counted_pledges == {"SE|armour|pledged|10"}  # its headline is other news
    assert compare(delivery, swedish).event_keys == 0


def test_a_first_delivery_recalled_by_the_report_of_another_event_is_no_event_key():
    recall = "The first F-16 jets arrived in Ukraine in August."
    norway = evidence("Norway to send six more F-16 jets to Ukraine", recall, (
        Pledge("NO", "aircraft", "pledged", system="F-16", quantity=6,
               evidence="Norway to send six more F-16 jets to Ukraine"),
        _delivered("DK", "F-16", recall)))
    assert norway.first_deliveries == frozenset()
    # Under a headline that reports no pledge, the lead's first delivery is the news.
    plain = evidence("Jets over Kyiv", recall, (_delivered("DK", "F-16", recall),))
    assert plain.first_deliveries == {"F-16"}


def test_a_headline_in_the_pluperfect_recalls_and_is_not_the_news():
    recall = "Au terme de longs mois de tergiversations, l'Allemagne avait fini par accepter de fournir des chars."
    found = evidence(recall, "Berlin a donc fourni 18 blindés lourds.", (
        Pledge("DE", "tanks", "pledged", evidence=recall),
        Pledge("DE", "armoured_vehicles", "delivered", quantity=18, evidence="Berlin a donc fourni 18 blindés lourds.")))
    assert found.headline_pledges == frozenset()
    assert found.counted_pledges == {"DE|armour|delivered|18"}


def test_the_event_keys_survive_the_round_trip_and_older_rows_have_none():
    sentence = "Kyiv says it has received the first batch of F-16 jets, 12 in all."
    ev = evidence(sentence, "", (Pledge("NL", "aircraft", "delivered", system="F-16", quantity=12, evidence=sentence),))
    assert ev.first_deliveries == {"F-16"} and ev.counted_pledges == {"NL|aircraft|delivered|12"}
    assert EventEvidence.from_dict(ev.to_dict()) == ev
    older = ev.to_dict()
    del older["first_deliveries"], older["counted_pledges"], older["later_deliveries"]
    assert EventEvidence.from_dict(older).first_deliveries == frozenset() == EventEvidence.from_dict(older).counted_pledges
    third = "Germany has handed over a third IRIS-T SLM system to Ukraine."
    later = evidence(third, "", (_delivered("DE", "IRIS-T", third, "air_defence"),))
    assert EventEvidence.from_dict(later.to_dict()) == later and later.later_deliveries == {"IRIS-T|3"}
    assert EventEvidence.from_dict(older).later_deliveries == frozenset()


def test_a_count_below_the_first_sentence_is_context_not_the_news():
    news = "Six more Caesar guns are on their way to Ukraine, the minister said on Tuesday."
    context = "Twelve Caesar guns have already been delivered."
    found = evidence("Caesar guns en route to Kyiv", f"{news} {context}", (
        Pledge("FR", "artillery", "pledged", system="CAESAR", quantity=6, evidence=news),
        Pledge("FR", "artillery", "delivered", system="CAESAR", quantity=12, evidence=context)))
    assert found.counted_pledges == {"FR|artillery|pledged|6"}


def test_the_promise_recalled_in_a_delivery_sentence_does_not_join_the_delivery_to_the_promise():
    # "the first six of the 18 promised" is the arrival; the promise of 18 was another day's news
    from bot.core.pledges.extract import extract_pledges

    def read(title: str, body: str) -> StoryFingerprint:
        return fp(title, body, *extract_pledges(body, title=title, entities=ENTITIES))

    promise = read("Norway promises 18 NASAMS launchers to Ukraine",
                   "Norway will send 18 NASAMS launchers to Ukraine, the defence ministry said on Monday.")
    arrival = read("First NASAMS launchers arrive in Ukraine",
                   "The first six of the 18 NASAMS launchers promised by Norway have arrived in Ukraine, "
                   "the defence ministry said.")
    assert arrival.event.phases == {"delivery"}
    assert same_event_score(promise, arrival) == 0.0


def test_a_promise_told_beside_a_delivery_stays_the_reports_news():
    from bot.core.pledges.extract import extract_pledges

    body = "Germany delivered 10 Leopard tanks to Ukraine and promised 20 more Leopard tanks, Berlin said."
    read = fp("Germany delivers tanks to Ukraine", body, *extract_pledges(body, entities=ENTITIES))
    assert read.event.phases == {"delivery", "decision"}


# --- one donor, one system, one busy day ----------------------------------------------------------

# Phenomenon: on the day of a contact-group meeting, the donor that pledges more of a system also
# reports the arrival of an earlier one. Both name the donor, the system and the day; the delivery
# list adds other items (whose pledges share a phase with the pledge report), so only the phase of
# the headline's system tells them apart.
IRIST_PLEDGE = Pledge("DE", "air_defence", "pledged", system="IRIS-T", quantity=2)
IRIST_DELIVERED = Pledge("DE", "air_defence", "delivered", system="IRIS-T")
GEPARD_AMMUNITION = Pledge("DE", "ammunition", "pledged", system="Gepard")
IRIST_PLEDGE_EN = (
    "Germany pledges two more IRIS-T air defence systems",
    "Germany will give Ukraine two more IRIS-T SLM systems, Defence Minister Boris Pistorius said in Brussels "
    "on Wednesday, at a meeting of the contact group.",
)
IRIST_ARRIVED_EN = (
    "Another German IRIS-T system arrives in Ukraine",
    "Ukraine has received another IRIS-T SLM system from Germany, the government in Berlin said on Wednesday "
    "in its list of deliveries, which also shows Gepard ammunition on its way.",
)
IRIST_ARRIVED_DE = (
    "Weiteres Iris-T-System an die Ukraine übergeben",
    "Die Ukraine hat ein weiteres Flugabwehrsystem Iris-T SLM aus Deutschland erhalten. Das geht aus der am "
    "Mittwoch aktualisierten Liste der Bundesregierung hervor.",
)


def test_one_donors_pledge_and_delivery_of_one_system_on_one_day_conflict_on_the_systems_phase():
    pledge = fp(*IRIST_PLEDGE_EN, IRIST_PLEDGE, lang="en")
    arrival = fp(*IRIST_ARRIVED_EN, IRIST_DELIVERED, GEPARD_AMMUNITION, lang="en")
    assert pledge.event.system_phases == {"DE|IRIS-T|decision"}
    # The article-wide phases share "decision" (the Gepard ammunition): no conflict there.
    assert pledge.event.phases & arrival.event.phases
    assert compare(pledge.event, arrival.event).conflict == "phase"
    assert same_event_score(pledge, arrival, apart=timedelta(0)) == 0.0


def test_a_system_named_only_in_the_body_tells_no_conflicting_phase():
    # "Ammunition for the Archer guns Sweden has already sent" against "des munitions pour les
    # obusiers Archer": the guns' phase is background, not the news of either report.
    sent = EventEvidence(donors=frozenset({"SE"}), system_phases=frozenset({"SE|Archer|delivery"}))
    given = EventEvidence(donors=frozenset({"SE"}), system_phases=frozenset({"SE|Archer|decision"}))
    assert compare(sent, given).conflict == ""
    headlined = EventEvidence(donors=frozenset({"SE"}), headline_systems=frozenset({"Archer"}),
                              system_phases=frozenset({"SE|Archer|delivery"}))
    assert compare(headlined, replace(given, headline_systems=frozenset({"Archer"}))).conflict == "phase"
    # A family agrees with its variants here too: "Leopard" is "Leopard 2".
    family = EventEvidence(headline_systems=frozenset({"Leopard"}), system_phases=frozenset({"DE|Leopard|delivery"}))
    variant = EventEvidence(headline_systems=frozenset({"Leopard 2"}),
                            system_phases=frozenset({"DE|Leopard 2|decision"}))
    assert compare(family, variant).conflict == "phase"


def test_two_reports_of_one_delivery_join_though_one_lists_more_of_the_days_items():
    english = fp(*IRIST_ARRIVED_EN, IRIST_DELIVERED, GEPARD_AMMUNITION, Pledge("DE", "drones", "pledged"), lang="en")
    german = fp(*IRIST_ARRIVED_DE, IRIST_DELIVERED, lang="de")
    verdict = compare(english.event, german.event)
    assert not verdict.pledges_agree  # one key in common of three
    assert verdict.headline_systems_agree and verdict.days
    assert same_event_score(english, german, apart=timedelta(hours=2)) > 0.0
    # Published further apart than PLEDGE_AGREEMENT_WINDOW, the headline's system is no evidence.
    assert same_event_score(english, german, apart=timedelta(hours=40)) == 0.0


def test_system_phases_survive_the_round_trip_and_older_rows_have_none():
    arrival = fp(*IRIST_ARRIVED_EN, IRIST_DELIVERED, lang="en")
    assert EventEvidence.from_dict(arrival.event.to_dict()) == arrival.event
    older = arrival.event.to_dict()
    del older["system_phases"]
    assert EventEvidence.from_dict(older).system_phases == frozenset()


def test_a_maker_named_in_the_headline_is_not_its_donor():
    danish = evidence("Denmark to fund 16 French-made Caesar guns for Ukraine",
                      pledges=(Pledge("DK", "artillery", "pledged", system="CAESAR", quantity=16),))
    assert danish.headline_donors == {"DK"} and danish.donors == {"DK"}
    assert evidence("Kyiv gets German-built tanks made in Germany", "").headline_donors == frozenset()
    assert evidence("France to send 12 more Caesar howitzers").headline_donors == {"FR"}
    # "aus Deutschland" says where the systems come from: the giver, not a maker.
    assert evidence("Weitere Patriot-Systeme aus Deutschland eingetroffen").headline_donors == {"DE"}
    assert evidence("Panzer aus den USA für die Ukraine").headline_donors == {"US"}
    assert evidence("Kyiv erhält Haubitzen aus deutscher Produktion").headline_donors == frozenset()


# Phenomenon: the contact group's round-up tells, in its body, the pledges governments made at
# the meeting; each of those pledges is its own news, reported under its own headline.
ROUNDUP_EN = (
    "Allies pledge air defence at Ukraine contact group meeting",
    "Ukraine's allies pledged more air defence at a video meeting of the contact group on Wednesday. "
    "Germany promised two more Patriot systems, Defence Secretary John Healey said afterwards.",
)
PATRIOT_EN = (
    "Germany to give Ukraine two more Patriot systems",
    "Germany will supply Ukraine with two more Patriot air defence systems, Defence Minister Boris Pistorius "
    "said on Wednesday during a video conference of Ukraine's allies.",
)


def test_a_meetings_round_up_and_one_governments_pledge_made_at_it_are_two_events():
    patriot = Pledge("DE", "air_defence", "pledged", system="Patriot", quantity=2)
    roundup = fp(*ROUNDUP_EN, Pledge("ALLIES", "air_defence", "pledged"), patriot, lang="en")
    pledge = fp(*PATRIOT_EN, patriot, lang="en")
    assert roundup.event.headline_groups == {"ALLIES"} and not roundup.event.headline_donors
    assert compare(roundup.event, pledge.event).conflict == "subject"
    assert same_event_score(roundup, pledge, apart=timedelta(0)) == 0.0
    # A feed item without a title is headed by its first sentence, which may name the allies
    # after the country: its subject is still the country.
    sentence = ("Berlin va fournir deux systèmes Patriot supplémentaires à Kiev, a annoncé Pistorius lors d'une "
                "visioconférence des alliés de l'Ukraine.")
    headed = fp(sentence, "", patriot, lang="fr")
    assert headed.event.headline_groups == frozenset() and headed.event.headline_donors == {"DE"}
    assert compare(roundup.event, headed.event).conflict == "subject"
    # A headline naming the group first and a country too, or no one, is no other subject.
    both = evidence("NATO allies welcome Germany's Patriot pledge", "", (patriot,))
    assert compare(both, pledge.event).conflict == ""
    assert compare(evidence("Two more Patriot systems for Kyiv", "", (patriot,)), roundup.event).conflict == ""


def test_headline_groups_survive_the_round_trip_and_older_rows_have_none():
    roundup = fp(*ROUNDUP_EN, lang="en").event
    assert EventEvidence.from_dict(roundup.to_dict()) == roundup
    older = roundup.to_dict()
    del older["headline_groups"]
    assert EventEvidence.from_dict(older).headline_groups == frozenset()


def test_reports_of_a_meetings_round_up_join_on_the_day_whatever_pledges_one_body_lists():
    # The English round-up tells Germany's pledge in its body; the German one tells none.
    english = fp(*ROUNDUP_EN, Pledge("DE", "air_defence", "pledged", system="Patriot", quantity=2), lang="en")
    german = fp("Unterstützer der Ukraine sagen mehr Luftverteidigung zu",
                "Die Unterstützer der Ukraine haben bei einer Videokonferenz der Kontaktgruppe am Mittwoch weitere "
                "Luftverteidigung zugesagt, sagte der britische Verteidigungsminister John Healey.", lang="de")
    assert english.event.phases and not english.event.is_about_an_item()
    assert same_event_score(english, german, apart=timedelta(hours=1)) > 0.0
    # A headline that names a country as well is that country's news, not a round-up.
    assert fp(*PATRIOT_EN, Pledge("DE", "air_defence", "pledged", system="Patriot"), lang="en").event.is_about_an_item()


NATO_MINISTERS_EN = (
    "Allies vow to speed up air defence for Ukraine before winter",
    "BRUSSELS - NATO defence ministers meeting in Brussels on Wednesday agreed to speed up deliveries of air "
    "defence to Ukraine before winter, Secretary General Mark Rutte said.",
)
CONTACT_GROUP_EN = (
    "Allies pledge more air defence for Ukraine before winter",
    "BRUSSELS - Ukraine's allies pledged more air defence for Ukraine before winter on Wednesday.\n\n"
    "The pledges came at a meeting of the Ukraine Defence Contact Group at NATO headquarters in Brussels.",
)


def test_round_ups_of_two_standing_meetings_of_one_day_are_two_events():
    """The alliance's ministers and the contact group meet in one city in one week, and
    their round-ups share the beat's words and the day: the meeting each names (the
    contact group here only in the second paragraph) tells them apart."""
    nato, contact_group = fp(*NATO_MINISTERS_EN, lang="en"), fp(*CONTACT_GROUP_EN, lang="en")
    assert not nato.event.is_about_an_item() and not contact_group.event.is_about_an_item()
    assert nato.event.lead_meetings == {"NATO-MINISTERS"} and contact_group.event.lead_meetings == {"UDCG"}
    assert similarity(nato, contact_group) > SAME_STORY_THRESHOLD  # alike enough to join on the day
    assert compare(nato.event, contact_group.event).conflict == "meeting"
    assert same_event_score(nato, contact_group, apart=timedelta(0)) == 0.0
    # A round-up naming both meetings in its opening is about the first it names: the other
    # is its context ("on the eve of a meeting of NATO defence ministers"; until round 5 it
    # shared one with each, and a NATO round-up recalling the contact group's day joined
    # the contact group's story: tests/stories/test_story_busy_day.py).
    both = fp("Allies pledge more air defence for Ukraine before winter",
              "Ukraine's allies pledged more air defence at a meeting of the contact group on Wednesday, on the eve "
              "of a meeting of NATO defence ministers in Brussels.", lang="en")
    assert both.event.meetings == {"UDCG"} and both.event.lead_meetings == {"UDCG", "NATO-MINISTERS"}
    assert compare(both.event, contact_group.event).conflict == ""
    assert compare(both.event, nato.event).conflict == "meeting"
    # In French and German.
    assert fp("Les alliés promettent des missiles", "Les ministres de la Défense de l'Otan, réunis mercredi, ont "
              "promis des missiles.", lang="fr").event.lead_meetings == {"NATO-MINISTERS"}
    assert fp("Mehr Flugabwehr für Kiew", "Die Nato-Verteidigungsminister haben am Mittwoch mehr Flugabwehr "
              "zugesagt.", lang="de").event.lead_meetings == {"NATO-MINISTERS"}
    assert fp("Mehr Geld für Kiew", "Die EU-Verteidigungsminister haben am Mittwoch beraten.",
              lang="de").event.lead_meetings == {"EU-MINISTERS"}


def test_a_meeting_held_alongside_the_first_named_is_one_sitting_with_it():
    """The contact group often meets on the sidelines of a NATO ministers' meeting: a round-up
    naming the ministers first and the contact group as meeting alongside ("as", "en marge
    de", "am Rande") reports that sitting, as the contact group's own round-up does (the
    first-named meeting alone made them conflict, and one sitting raised two alerts)."""
    contact_group = fp("Contact group vows more air defence for Ukraine at Brussels meeting",
                       "Ukraine's allies vowed more air defence on Thursday at a contact group meeting in Brussels.",
                       lang="en")
    for title, lang in (
        ("NATO defence ministers meet in Brussels as contact group vows more air defence for Ukraine", "en"),
        ("Les ministres de la Défense de l'Otan réunis en marge du groupe de contact pour l'Ukraine", "fr"),
        ("Nato-Verteidigungsminister beraten am Rande der Kontaktgruppe über Flugabwehr für die Ukraine", "de"),
    ):
        alongside = fp(title, "", lang=lang)
        assert alongside.event.meetings == {"NATO-MINISTERS", "UDCG"}, title
        assert compare(alongside.event, contact_group.event).conflict != "meeting", title
    # Recalled as earlier, it stays the context: "two days after the contact group met".
    after = fp("NATO defence ministers meet in Brussels two days after the contact group pledged air defence", "",
               lang="en")
    assert after.event.meetings == {"NATO-MINISTERS"}


def test_a_statement_made_elsewhere_is_not_the_round_up_of_a_meeting_of_its_day():
    """NATO's Secretary General speaking in another city (an interview, a news conference
    with a head of government) on the day the alliance's ministers meet: both report no
    government's pledge, name the day and share NATO's words, but the statement's lead tells
    of no meeting at all, while the round-up's names the ministers' one."""
    round_up = fp("NATO defence ministers vow more air defence for Ukraine",
                  "BRUSSELS - NATO defence ministers meeting in Brussels on Thursday agreed to send more air defence to "
                  "Ukraine before winter, Secretary General Mark Rutte said. Germany and Canada announced new support.",
                  lang="en")
    statement = fp("NATO's Rutte says allies must send more air defence to Ukraine before winter",
                   "NATO Secretary General Mark Rutte said on Thursday that allies must send more air defence systems "
                   "to Ukraine before winter, in an interview with a German broadcaster.", lang="en")
    assert not round_up.event.is_about_an_item() and not statement.event.is_about_an_item()
    assert similarity(round_up, statement) > SAME_STORY_THRESHOLD  # alike enough to join on the day
    assert compare(round_up.event, statement.event).conflict == "meeting"
    assert same_event_score(round_up, statement, apart=timedelta(hours=2)) == 0.0
    french = fp("Le chef de l'Otan appelle les alliés à livrer plus de défense aérienne à Kiev",
                "Le secrétaire général de l'Otan, Mark Rutte, a appelé jeudi les alliés à envoyer davantage de défense "
                "aérienne à l'Ukraine avant l'hiver, dans un entretien à une chaîne allemande.", lang="fr")
    assert compare(round_up.event, french.event).conflict == "meeting"
    # Said at the meeting, or ahead of it, it is part of it: its lead names the meeting.
    at_it = fp("NATO's Rutte says allies must send more air defence to Ukraine before winter",
               "NATO Secretary General Mark Rutte said on Thursday that allies must send more air defence to Ukraine "
               "before winter, speaking before a meeting of NATO defence ministers in Brussels.", lang="en")
    assert same_event_score(round_up, at_it, apart=timedelta(hours=2)) > 0.0
    # A round-up that names its meeting only as "talks" is not told apart from one naming it.
    talks = fp("Allies vow more air defence for Ukraine at Brussels talks",
               "Allied defence ministers agreed at talks in Brussels on Thursday to send more air defence to Ukraine "
               "before winter, Secretary General Mark Rutte said.", lang="en")
    assert compare(round_up.event, talks.event).conflict == ""


def test_an_untitled_live_entry_of_a_meeting_joins_its_round_up_without_naming_the_day():
    """A live blog's entry says "have finished their talks", not "on Thursday": the standing
    meeting both openings name, with the wording of one report, stands in for the day
    (matching.MEETING_WITHOUT_DAY_SIMILARITY: at 0.3 it also joined two real-set meetings
    of different years dated one day, 0.31 alike)."""
    round_up = fp("NATO defence ministers pledge to keep arms flowing to Ukraine",
                  "BRUSSELS - NATO defence ministers meeting in Brussels on Thursday pledged to keep weapons and "
                  "ammunition flowing to Ukraine through the spring, Secretary General Mark Rutte said after the talks.",
                  lang="en")
    live = fp("", "NATO defence ministers have finished their meeting in Brussels. Rutte says allies will keep "
              "ammunition going to Ukraine through the spring.", lang="en")
    assert not live.event.dates and not live.event.weekdays
    assert PLEDGE_AGREEMENT_SIMILARITY <= similarity(round_up, live) < 0.8
    assert same_event_score(round_up, live, apart=timedelta(hours=1)) > 0.0
    # A round-up of another standing meeting stays apart, day or none.
    contact_group = fp("", "The contact group meeting has ended. Allies agreed to keep arms and ammunition going to "
                       "Ukraine through the spring.", lang="en")
    assert same_event_score(round_up, contact_group, apart=timedelta(hours=1)) == 0.0
    # Both naming the day, another day is another meeting (test_reports_of_one_meeting_join_on_the_day_they_name).


def test_round_ups_of_one_meeting_that_list_different_governments_are_one_event():
    """Each round-up names a few of the governments that spoke at the meeting, not the same
    few: the English one Germany and Sweden, the French one the British co-chair."""
    english = fp("Ukraine's backers promise air defence at contact group talks",
                 "Ukraine's allies promised more air defence at a meeting of the Ukraine Defence Contact Group on "
                 "Wednesday. Germany and Sweden were among those announcing new aid.",
                 Pledge("DE", "funding", "pledged"), Pledge("SE", "funding", "pledged"), lang="en")
    french = fp("Groupe de contact : les soutiens de Kiev promettent des missiles",
                "Les soutiens de l'Ukraine ont promis mercredi davantage de défense antiaérienne lors d'une réunion du "
                "groupe de contact, a indiqué le ministre britannique John Healey.",
                Pledge("GB", "air_defence", "pledged"), lang="fr")
    assert english.event.donors == {"DE", "SE"} and french.event.donors == {"GB"}
    assert compare(english.event, french.event).conflict == ""
    # Not so for a government's own report against a round-up: that is its own event.
    pledge = fp("Sweden pledges air defence for Ukraine", "Sweden will send air defence, its minister said at the "
                "contact group meeting on Wednesday.", Pledge("SE", "air_defence", "pledged"), lang="en")
    assert compare(pledge.event, french.event).conflict != ""


def test_a_day_both_name_is_a_detail_only_of_reports_about_the_same_system():
    # Phenomenon: one government announces two things on a busy day, and every wire report of
    # it names the day ("LONDON, Feb 10 -"). The day tells the two apart from last month's
    # announcements, not from each other.
    package = evidence("Britain announces air defence package", "LONDON, Feb 10 - Britain will give radars.",
                       (Pledge("GB", "air_defence", "pledged"),), lang="en")
    drones = evidence("Britain to supply drones", "LONDON, Feb 10 - Britain will supply drones.",
                      (Pledge("GB", "drones", "pledged"),), lang="en")
    verdict = compare(package, drones)
    assert verdict.anchors == 1 and verdict.days and verdict.details == 0
    iris_a = evidence("Germany pledges IRIS-T", "BERLIN, Nov 11 - Germany will send two more IRIS-T systems.",
                      (IRIST_PLEDGE,), lang="en")
    iris_b = evidence("IRIS-T for Kyiv", "Berlin pledged two IRIS-T systems on Nov. 11.", (IRIST_PLEDGE,), lang="en")
    assert compare(iris_a, iris_b).details == 1  # the same system on the same day


# How many countries or ministers took part is the context of every meeting, not a fact of
# one: two different meetings, each "attended by some 50 countries", share no detail.
def test_the_number_of_participants_is_no_shared_detail() -> None:
    first = evidence("Allies meet at Ramstein", "Defence ministers of over 50 countries met at Ramstein on Tuesday.",
                     lang="en")
    second = evidence("Réunion à Ramstein", "Une cinquantaine de ministres de la Défense se sont réunis à Ramstein.",
                      lang="fr")
    assert first.counts == frozenset() and second.counts == frozenset()
    assert compare(first, second).details == 0
    # German counts countries in the dative plural too ("von mehr als 20 Ländern").
    german = evidence("Gipfel in London", "Die Regierungschefs von mehr als 20 Ländern haben sich in London getroffen.",
                      lang="de")
    assert german.counts == frozenset()


def test_a_number_in_a_systems_designation_is_no_count_and_a_german_package_ordinal_neither():
    # "RBS 70" and "Aster 30" name systems; "22. Hilfspaket" is the 22nd package (as "22nd" and
    # "22e" are): none counts anything, so the English and German copies agree on their numbers.
    english = evidence(
        "Sweden unveils €1.5bn military aid package for Ukraine",
        "Sweden will send Ukraine military aid worth 1.5 billion euros, including RBS 70 air defence "
        "missiles and Aster 30 interceptors, its defence minister said on Wednesday.",
        lang="en",
    )
    german = evidence(
        "Schweden schnürt 22. Hilfspaket über 1,5 Mrd. Euro",
        "Das 22. Paket umfasst Flugabwehrraketen RBS-70, sagte der Verteidigungsminister am Mittwoch.",
        lang="de",
    )
    assert english.counts == german.counts == frozenset()
    # A count after a system's name, past other words, still counts.
    assert 12 in evidence("Germany to send 12 more Patriot launchers", "Berlin will send Patriot launchers, 12 in all.",
                          lang="en").counts
