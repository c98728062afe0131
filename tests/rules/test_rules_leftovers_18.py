"""Relevance leftovers of stories round 18: an arms sale to another country (review 41's one miss), and a
German relative clause between a weapon and its giving (busy day 39's comment).

Review 41 (tests/rules/test_review_41.py) read a US sale of Patriot missiles to Switzerland as aid: its lead
tells that Switzerland's deliveries "were pushed back ... so that Ukraine could be served first", and
"Patriot missiles", "deliveries" and "Ukraine" near each other fired the aid, air defence and missiles rules
(score 3). A sale to another country is that country's purchase (../shared/eval/README.md: arms sales to
other countries are look-alikes), so a trap (-2, config/rules.toml) reads a sale, "vente" or "Verkauf" told
to a country other than Ukraine ("sale to Switzerland", "à la Suisse", "an die Schweiz").

The items below were written for this file, in the style of wire copy, with the rule: on main's rules 5 of 7
(the English and French sales to Switzerland read as aid, 3 and 3). The 1,751 texts of tests/data and the
real-article set keep their verdicts; four look-alikes already below the threshold go from -1 to -3
(tests/data/eval_items.jsonl en-025, the real set's N-EN-014, N-EN-015 and N-EN-016).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, defaults, fired, read  # noqa: F401 - the fixture

_TRAP = "An arms sale to another country"

# (lang, headline, lead, relevant, the trap fires), labelled by hand.
ITEMS = [
    ("en", "U.S. clears Patriot interceptor sale to Switzerland",
     "WASHINGTON (Reuters) - The State Department cleared a possible $1.9 billion sale of Patriot interceptors to "
     "Switzerland, whose own deliveries were delayed last year so that Ukraine could get its missiles first, the "
     "Defense Security Cooperation Agency said on Thursday.", False, True),
    ("fr", "Washington approuve la vente de missiles Patriot à la Suisse",
     "Les Etats-Unis ont approuvé la vente de missiles Patriot à la Suisse, dont les livraisons avaient été "
     "repoussées pour que l'Ukraine soit servie en premier, a annoncé vendredi le département d'Etat.", False, True),
    ("de", "USA genehmigen Verkauf von Patriot-Raketen an die Schweiz",
     "Die US-Regierung hat den Verkauf von Patriot-Raketen an die Schweiz genehmigt. Die Lieferungen an die "
     "Schweiz waren verschoben worden, damit die Ukraine zuerst beliefert werden kann.", False, True),
    ("en", "U.S. approves Patriot missile sale to Denmark",
     "The State Department has approved the possible sale of Patriot air defence missiles to Denmark worth about "
     "$1.2 billion, the Defense Security Cooperation Agency said on Tuesday.", False, True),
    # Look-alikes the trap must leave: a sale to Ukraine, a swap told as a supply, sales to Kyiv stopped.
    ("en", "U.S. approves sale of HAWK missile parts to Ukraine",
     "The State Department approved a possible $138 million sale of HAWK air defence missile repairs and parts to "
     "Ukraine, the Pentagon said on Tuesday.", True, False),
    ("en", "Germany to send Czech Republic 15 Leopard 2 tanks in swap for T-72s given to Ukraine",
     "Germany will supply the Czech Republic with 15 Leopard 2 tanks in return for the T-72 tanks Prague sent to "
     "Ukraine, the defence ministry said on Tuesday.", True, False),
    ("en", "Norway to pay for U.S. weapons for Ukraine",
     "Norway will pay $250 million for U.S. weapons sent to Ukraine through NATO's PURL scheme, after Washington "
     "stopped direct sales to Kyiv, the defence ministry said on Monday.", True, False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant", "trapped"), ITEMS, ids=[i[1] for i in ITEMS])
def test_an_arms_sale_to_another_country_is_no_aid(defaults: RuleSet, lang, headline, lead, relevant, trapped):
    analysis = read(defaults, headline, lead)
    assert_relevance(defaults, analysis, relevant)
    assert fired(analysis, _TRAP) == trapped


# Busy day 39's German comment (tests/data/busy_day_39.jsonl BP-DE-09, a strict xfail of
# tests/stories/test_story_grouping_17.py until this round) tells the pledge in a relative clause: "Die drei
# Iris-T-Systeme, die Verteidigungsminister Pistorius der Ukraine am Montag für 450 Millionen Euro zugesagt
# hat": the weapon first, the verb last, 13 words apart, one more than the German weapon rule took. The items
# below were written before that rule was widened by one word (NEAR/12 -> 13) and labelled by hand: on the
# rule before, 4 of 5 (Norway's howitzers, 13 words from "versprochen hatte", scored 1); after, 5 of 5. Of
# the 1,751 texts of tests/data and the real set only the comment moves (1 -> 2).
RELATIVE_CLAUSES = [
    ("Kommentar: Die Leopard-Panzer reichen nicht",
     "Die 14 Leopard-Panzer, die Verteidigungsminister Pistorius der Ukraine im vergangenen Monat überraschend "
     "zugesagt hat, kommen zu spät. Die Front braucht mehr."),
    ("Analyse: Was die Patriot-Systeme bringen",
     "Die zwei Patriot-Systeme, die die Bundesregierung der Ukraine am Dienstag für eine Milliarde Euro zugesagt "
     "hat, sollen vor allem Kiew schützen."),
    ("Kommentar: Gepard allein genügt nicht",
     "Die 30 Gepard-Flugabwehrpanzer, die Deutschland der Ukraine seit dem Sommer nach und nach übergeben hat, "
     "schützen vor allem die Hauptstadt."),
    ("Die Haubitzen aus Norwegen",
     "Die acht Haubitzen, die Norwegen der Ukraine nach langem Zögern im Herbst des vergangenen Jahres versprochen "
     "hatte, sind noch immer nicht angekommen."),
    ("Kommentar: Ein Anfang",
     "Die Marschflugkörper, die Großbritannien der Ukraine in dieser Woche nach monatelangen Debatten zugesagt "
     "hat, ändern die Lage nicht grundlegend."),
]


@pytest.mark.parametrize(("headline", "lead"), RELATIVE_CLAUSES, ids=[item[0] for item in RELATIVE_CLAUSES])
def test_a_weapon_given_in_a_german_relative_clause_is_aid(defaults: RuleSet, headline, lead):
    assert_relevance(defaults, read(defaults, headline, lead), True)

