"""Facts that name one event on their own, as the story matcher reads them from event
evidence (bot/core/stories/evidence/events.py, same_event.py): the n-th delivery of a system, the
phase one donor's system is in on a busy day, a meeting's round-up, its day and the
governments' pledges made at it. On sentences written for these tests; the rest of the
event evidence and the grouping rules are in test_story_events.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.core.models import Pledge
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.matching import StoryCandidate, match_story
from bot.core.stories.scoring.likeness import similarity
from bot.core.stories.scoring.same_event import compare
from bot.core.stories.scoring.story_score import PLEDGE_AGREEMENT_SIMILARITY, SAME_STORY_THRESHOLD, same_event_score
from tests.support.story_readings import ENTITIES, NOW, evidence, fp

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
    (story_score.MEETING_WITHOUT_DAY_SIMILARITY: at 0.3 it also joined two real-set meetings
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
