"""Story grouping, a review of round 14 (stop 38): probes of over-reach, written for this file in
the style of wire copy (EN, FR, DE), labelled by hand (one event or not) before their first run.

Round 14 joined a preview ("is expected to announce") to the decision whose day or meeting it
names, and made a headline naming three or more governments under an opening naming a standing
meeting the meeting's round-up. Twelve pairs aimed at both: a preview of another donor's or
another system's decision, of a handover, of a decision told for another day, a preview told
as not expected, a joint purchase by three governments at a summit, a three-government
round-up against the allies' round-up and against one government's own report, and three
governments announcing two days before the meeting their opening names. First run 11 of 12
(main before round 14: 10 of 12, the French preview and the three-government round-up apart):
the three governments announcing on Tuesday, "two days before the contact group meets at
Ramstein on Thursday", joined the Thursday round-up (the opening's "Thursday" shared). Now a
lead telling the meeting as days away ("two days before", "ahead of next week's", "à trois
jours de", "zwei Tage vor") is no round-up's ("days ahead" in EventEvidence.occasions), and
"not expected to announce" is no preview: 12 of 12. HELD_OUT, 4 pairs written after the fix (a
French round-up three days ahead, a German one at the meeting, a preview "set to unveil" against its
decision and another donor's): 4 of 4 on their first run. The real-article set does not move
(pairP 1.00, pairR 0.86 today, 0.96 as published, hidden 0/72).
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, report_fingerprint

_IRIS = ("en", "Germany to send Ukraine two more IRIS-T systems",
         "Germany will send Ukraine two more IRIS-T SLM air defence systems, Defence Minister Boris Pistorius said at "
         "a meeting of the Ukraine Defence Contact Group at Ramstein on Thursday.")
_PREVIEW = ("en", "Germany expected to unveil more air defence for Ukraine at Ramstein",
            "Germany is expected to announce more air defence for Ukraine when the contact group meets at Ramstein "
            "on Thursday, two officials in Berlin said on Wednesday.")
_THREE_AT_NATO = ("en", "Britain, Canada and the Netherlands pledge drones at NATO meeting",
                  "Britain, Canada and the Netherlands each pledged thousands of drones for Ukraine at a meeting of "
                  "NATO defence ministers in Brussels on Thursday.")
_THREE_DAYS_BEFORE = ("en", "Germany, Sweden and Norway send air defence to Ukraine",
                      "Germany, Sweden and Norway announced new air defence systems for Ukraine on Tuesday, two days "
                      "before the contact group meets at Ramstein on Thursday.")
_ALLIES_AT_RAMSTEIN = ("en", "Allies promise Ukraine more air defence at Ramstein",
                       "Ukraine's allies promised more air defence at a meeting of the Ukraine Defence Contact Group "
                       "at Ramstein on Thursday, with several governments announcing new systems.")

PAIRS = [
    ("a preview of another system", ("en", "Germany set to announce more tanks for Ukraine",
     "Germany is expected to announce more Leopard tanks for Ukraine at Ramstein on Thursday, officials in Berlin "
     "said on Wednesday."), _IRIS, 20, False),
    ("a preview of another donor", ("en", "Britain expected to pledge more missiles at Ramstein",
     "Britain is expected to announce more air defence missiles for Ukraine at the Ramstein meeting on Thursday, a "
     "government source said."), _IRIS, 20, False),
    ("a preview and a handover", _PREVIEW, ("en", "Germany hands over two IRIS-T systems to Ukraine",
     "Germany has handed over two IRIS-T SLM air defence systems to Ukraine, the defence ministry in Berlin said on "
     "Thursday. They were promised in the spring."), 20, False),
    ("a preview and a decision told for another day", _PREVIEW, ("en", "Germany to send Ukraine a Patriot launcher",
     "Germany will send Ukraine another Patriot launcher, the government in Berlin said on Tuesday."), 30, False),
    ("an announcement told as not expected", ("en", "Germany not expected to announce new air defence",
     "Germany is not expected to announce new air defence for Ukraine at Ramstein on Thursday, officials said, "
     "citing empty stocks."), _IRIS, 20, False),
    ("a minister's preview and the decision", ("en", "Pistorius to unveil German air defence package at Ramstein",
     "German Defence Minister Boris Pistorius is expected to announce new air defence systems for Ukraine at the "
     "Ramstein meeting on Thursday, his ministry said."), _IRIS, 18, True),
    ("a preview and the decision, FR", ("fr", "Londres devrait annoncer de nouveaux missiles pour Kiev",
     "Le Royaume-Uni devrait annoncer vendredi de nouveaux missiles Storm Shadow pour l'Ukraine, selon des sources "
     "gouvernementales britanniques."), ("fr", "Londres va livrer des missiles Storm Shadow supplémentaires à l'Ukraine",
     "Le Royaume-Uni va fournir des missiles de croisière Storm Shadow supplémentaires à l'Ukraine, a annoncé "
     "vendredi le ministre britannique de la Défense."), 20, True),
    ("a preview of another donor, DE", ("de", "Norwegen will in Ramstein Flugabwehr zusagen",
     "Norwegen wird der Ukraine beim Treffen in Ramstein am Donnerstag voraussichtlich weitere Flugabwehr zusagen, "
     "hieß es in Oslo."), ("de", "Deutschland liefert der Ukraine zwei weitere Iris-T-Systeme",
     "Deutschland gibt der Ukraine zwei weitere Flugabwehrsysteme vom Typ Iris-T SLM. Das sagte "
     "Verteidigungsminister Boris Pistorius am Donnerstag beim Treffen der Kontaktgruppe in Ramstein."), 20, False),
    ("a joint purchase of three governments at a summit and the allies' round-up",
     ("en", "Germany, Netherlands and Denmark to jointly buy Patriot for Ukraine",
      "Germany, the Netherlands and Denmark will jointly buy a Patriot air defence system for Ukraine, the three "
      "governments said on the sidelines of the NATO summit in The Hague on Wednesday."),
     ("en", "NATO allies promise Ukraine more air defence at summit",
      "NATO allies promised Ukraine more air defence at their summit in The Hague on Wednesday, with several "
      "members announcing new systems."), 3, False),
    ("three governments' round-up and the allies' round-up", _THREE_AT_NATO,
     ("en", "Allies pledge drones for Ukraine at Brussels meeting",
      "Ukraine's allies pledged more drones at a meeting of NATO defence ministers in Brussels on Thursday, "
      "Secretary General Mark Rutte said."), 3, True),
    ("three governments' round-up and one government's report", _THREE_AT_NATO,
     ("en", "Canada to give Ukraine 400 more drones",
      "Canada will give Ukraine 400 more drones, Defence Minister David McGuinty said at a meeting of NATO defence "
      "ministers in Brussels on Thursday."), 3, False),
    ("three governments two days before the meeting and its round-up", _THREE_DAYS_BEFORE, _ALLIES_AT_RAMSTEIN, 46,
     False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS, ids=[pair[0] for pair in PAIRS])
def test_review_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


@pytest.mark.parametrize(("lang", "title", "text", "ahead"), [
    ("en", *_THREE_DAYS_BEFORE[1:], True),
    ("en", "Three allies announce arms", "Norway, Denmark and Finland announced new weapons for Ukraine ahead of next "
     "week's NATO meeting.", True),
    ("fr", "Trois alliés annoncent des armes", "La Norvège, le Danemark et la Finlande ont annoncé de nouvelles armes "
     "pour l'Ukraine, à trois jours de la réunion de Ramstein.", True),
    ("de", "Drei Verbündete sagen Waffen zu", "Norwegen, Dänemark und Finnland haben der Ukraine zwei Tage vor dem "
     "Treffen in Ramstein neue Waffen zugesagt.", True),
    # hours before the sitting is its day; deliveries next week tell no meeting ahead
    ("en", "Three allies announce arms", "Norway, Denmark and Finland announced new weapons for Ukraine, hours before "
     "allied defence ministers met at Ramstein.", False),
    ("en", "Three allies pledge at Ramstein", "Norway, Denmark and Finland pledged new weapons for Ukraine at Ramstein "
     "on Thursday, with deliveries to start next week.", False),
])
def test_a_meeting_told_days_ahead(lang, title, text, ahead, analyzer):
    evidence = report_fingerprint(analyzer, lang, title, text).event
    assert ("days ahead" in evidence.occasions) == ahead
    if len(evidence.headline_donors) >= 3 and evidence.meetings:
        assert evidence.heads_several_governments_at_a_meeting() == (not ahead)


# Written after the fix, labelled before their first run: 4 of 4 on it.
HELD_OUT = [
    ("three governments three days before the meeting, FR",
     ("fr", "Trois pays nordiques annoncent des obus pour Kiev", "La Suède, la Norvège et le Danemark ont annoncé lundi "
      "de nouveaux obus pour l'Ukraine, à trois jours de la réunion de Ramstein de jeudi."),
     ("fr", "Les alliés promettent davantage d'obus à Ramstein", "Les alliés de l'Ukraine ont promis jeudi davantage "
      "d'obus lors de la réunion du groupe de contact à Ramstein, plusieurs gouvernements annonçant de nouvelles "
      "livraisons."), 46, False),
    ("three governments at the meeting and the allies' round-up, DE",
     ("de", "Schweden, Norwegen und Dänemark sagen in Ramstein Munition zu", "Schweden, Norwegen und Dänemark haben der "
      "Ukraine beim Treffen der Kontaktgruppe in Ramstein am Donnerstag weitere Artilleriemunition zugesagt."),
     ("de", "Verbündete sagen in Ramstein mehr Munition zu", "Die Verbündeten der Ukraine haben beim Treffen der "
      "Kontaktgruppe in Ramstein am Donnerstag mehr Munition zugesagt, sagte der US-Verteidigungsminister."), 2, True),
    ("a preview 'set to unveil' and the decision",
     ("en", "Canada set to unveil drones for Ukraine", "Canada is set to unveil new drones for Ukraine at the NATO "
      "defence ministers' meeting in Brussels on Thursday, a Canadian official said on Wednesday."),
     ("en", "Canada to give Ukraine 400 more drones", "Canada will give Ukraine 400 more drones, Defence Minister David "
      "McGuinty said at a meeting of NATO defence ministers in Brussels on Thursday."), 20, True),
    ("a preview and another donor's drones at the same meeting",
     ("en", "Canada set to unveil drones for Ukraine", "Canada is set to unveil new drones for Ukraine at the NATO "
      "defence ministers' meeting in Brussels on Thursday, a Canadian official said on Wednesday."),
     ("en", "Britain to send Ukraine 5,000 drones", "Britain will send Ukraine 5,000 more drones, Defence Secretary "
      "John Healey said at a meeting of NATO defence ministers in Brussels on Thursday."), 20, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), HELD_OUT, ids=[pair[0] for pair in HELD_OUT])
def test_held_out_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event
