"""Fixes of review 63's causes (tests/pledges/test_review_63.py, fix63a's share: status from the body over the
headline, in comment, fact-check and timeline copy; purchases from makers; groups named as one), each read as a
form of a feed item (a headline and an RSS summary) in the three languages. Every sentence is invented for this
file.

- a refusal told with a span of time before its giving verb ("has refused for almost three years to give",
  "has refused, since the war began, to send") is a refusal, as "refused to send" is
  (status/cue_qualifiers._REFUSING_TO);
- a headline's promise whose summary weighs the giving ("is considering ..., but no decision has been taken",
  "envisage ..., aucune décision", "erwägt ... noch nicht entschieden") is the summary's: discussed, the headline's
  count dropped with it (passes/restatements.BODY_WEIGHING); a summary's schedule ("expected to begin in the
  autumn") weighs nothing and leaves the headline's promise;
- a purchase to come from arms makers for Ukraine ("will jointly buy ... from Diehl Defence for Ukraine", "vont
  acheter ... auprès de fabricants", "wollen bei Herstellern ... kaufen") is an order: production
  (status/maker_purchases.py); money to buy with no maker named stays a promise; a headline's purchase the
  summary tells as that order is the order (restatements.HEADLINE_BUYING), and the purchase's total worth ("pour
  un montant total de") is its value, no funding record;
- "Benelux" names its three members, one donor group: a joint figure stays on no partner
  (donors/member_groups.py);
- the present "hands (over)" tells a handover done, as a headline or a ceremony tells it ("Czech initiative
  hands Ukraine its 500,000th shell"): delivered;
- a timeline's date label ("Mars 2023 :", "2024: ") ends the step before it even after a number ("12 Challenger
  2."), and a step opened by a year alone or by a month and year with a dash is a dated step, whose present
  giving verb is a delivery (status/timeline_steps.py);
- a fact check: a giving told as a noun that did not take place ("aucune livraison de chars n'a eu lieu", "no
  delivery of tanks has taken place", "keine Lieferung von Panzern hat stattgefunden") gives no record
  (status/denied_givings.py); a sending told as recent ("confirme l'envoi récent de munitions", "confirmed the
  recent delivery of", "bestätigte die jüngste Lieferung von") is a delivery; a headline that asks the claim
  under a fact check's label ("Vrai ou faux : ... a-t-elle livré 40 chars ?") is the claim, no record;
- a share of things named before, told without "of them" ("Geliefert ist bis heute nur gut die Hälfte", "la moitié
  seulement a été livrée", "only half have been delivered"), is those things, with no figure
  (things/references.py); German "bis heute", "bis jetzt", "bis dato" is a time up to now, no condition that the
  thing after it is not given (things/given_items.py: "hat bis heute 12 CV90 geliefert" gave nothing); what is
  missing, told as the cause of the shortfall (", weil Ersatzteile fehlen", "because spare parts are missing",
  "faute de pièces détachées"), is not given;
- two variants of one system listed with their counts ("drei IRIS-T SLM und 10 IRIS-T SLS-Startgeräte") are two
  lots, two records (quantities/listed_lots.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, D, M, P, R, X
from tests.support.wire_reading import figures

FIXED = [
    # a refusal across a span of time
    ("en", "", "Norway has refused for more than two years to send Ukraine its NSM anti-ship missiles, citing its "
     "own needs.", {("NO", "missiles", R, None)}),
    ("en", "", "Britain has refused, since the war began, to send its Typhoon jets to Kyiv.",
     {("GB", "aircraft", R, None)}),
    ("en", "Op-ed: Rome should give Kyiv its last Tornado jets",
     "Italy has refused for two years to supply Ukraine with fighter jets. It is time to change course, writes a "
     "former diplomat.", {("IT", "aircraft", R, None)}),
    # a headline's promise the summary weighs
    ("en", "Sweden to send Gripen jets to Ukraine",
     "STOCKHOLM - Sweden is considering sending some of its older Gripen C fighter jets to Ukraine, but no decision "
     "has been taken yet, the government said.", {("SE", "aircraft", X, None)}),
    ("fr", "La Grèce va livrer 8 obusiers à l'Ukraine",
     "Athènes envisage de céder à l'Ukraine des obusiers tractés de ses réserves. Aucune décision n'a encore été "
     "prise sur leur nombre, selon le ministère.", {("GR", "artillery", X, None)}),
    ("de", "Slowakei liefert der Ukraine zwölf Haubitzen",
     "Die Slowakei erwägt, der Ukraine Haubitzen vom Typ Zuzana zu überlassen. Über die Zahl sei noch nicht "
     "entschieden, sagte ein Sprecher.", {("SK", "artillery", X, None)}),
    ("en", "Dutch F-16 deliveries to begin in autumn",
     "The Netherlands said on Friday that deliveries of its F-16 fighter jets to Ukraine are expected to begin in "
     "the autumn.", {("NL", "aircraft", P, None)}),
    # a purchase to come from makers
    ("en", "", "Finland and Sweden will jointly buy 40 radars from Saab Systems for Ukraine, paid for from next "
     "year's budgets.", {("FI", "other", M, None), ("SE", "other", M, None)}),
    ("en", "", "Denmark will buy 30,000 artillery shells from manufacturers in South Korea for Ukraine.",
     {("DK", AMMO, M, 30000)}),
    ("en", "", "Denmark pledged €100 million to buy artillery shells for Ukraine.", {("DK", AMMO, P, 100000000)}),
    ("fr", "", "Le Portugal va acheter 5 000 obus pour l'Ukraine auprès de fabricants européens.",
     {("PT", AMMO, M, 5000)}),
    ("de", "", "Portugal will bei europäischen Herstellern 5.000 Granaten für die Ukraine kaufen.",
     {("PT", AMMO, M, 5000)}),
    # Benelux, a purchase and its worth
    ("fr", "Le Benelux achète des drones pour Kiev",
     "Les pays du Benelux vont acheter conjointement près de 2 000 drones pour l'Ukraine auprès de fabricants "
     "européens, pour un montant total de 90 millions d'euros.",
     {("BE", "drones", M, None), ("NL", "drones", M, None), ("LU", "drones", M, None)}),
    ("en", "", "The Benelux countries will give Ukraine 12 more mine-clearing vehicles, their ministers said.",
     {("BE", ARMOUR, P, None), ("NL", ARMOUR, P, None), ("LU", ARMOUR, P, None)}),
    # the present of handing over
    ("en", "Slovakia hands Ukraine its last MiG-29 jets", "",
     {("SK", "aircraft", D, None)}),
    ("en", "", "Germany hands over 15 Gepard anti-aircraft tanks to Ukraine.", {("DE", AIR, D, 15)}),
    ("en", "", "Germany will hand over 15 Gepard anti-aircraft tanks to Ukraine.", {("DE", AIR, P, 15)}),
    # a timeline's date labels
    ("fr", "Chronologie : les canons pour l'Ukraine",
     "Mai 2022 : Paris annonce l'envoi de 6 CAESAR 2. Juin 2023 : les premiers obusiers slovaques arrivent en "
     "Ukraine. 2024 : la Belgique et les Pays-Bas livrent ensemble des mortiers.",
     {("FR", "artillery", P, 6), ("SK", "artillery", D, None), ("BE", "artillery", D, None),
      ("NL", "artillery", D, None)}),
    # a fact check
    ("fr", "Vrai ou faux : la Roumanie a-t-elle livré 30 chars à l'Ukraine ?",
     "Une vidéo virale affirme que Bucarest a livré 30 chars à Kiev. C'est faux : selon le ministère roumain, "
     "aucune livraison de chars n'a eu lieu cette année. Il confirme en revanche l'envoi récent d'obus de 155 mm.",
     {("RO", AMMO, D, None)}),
    ("en", "", "Poland's defence ministry said no delivery of tanks has taken place since the summer, but it "
     "confirmed the recent delivery of 155 mm shells.", {("PL", AMMO, D, None)}),
    ("de", "", "Das polnische Ministerium bestätigte die jüngste Lieferung von Artilleriemunition an die Ukraine.",
     {("PL", AMMO, D, None)}),
    # a German delivery told verb first, its things a share of those promised before, a time up to now, the cause
    # of the shortfall
    ("de", "", "Im Mai versprach die Regierung in Oslo der Ukraine 40 Schützenpanzer CV90. Übergeben ist bis heute "
     "erst die Hälfte, weil Ersatzteile fehlen.", {("NO", ARMOUR, P, 40), ("NO", ARMOUR, D, None)}),
    ("de", "", "Norwegen hat der Ukraine bis heute 12 Schützenpanzer CV90 geliefert.", {("NO", ARMOUR, D, 12)}),
    ("en", "", "In May Norway promised Ukraine 40 CV90 fighting vehicles. Only half have been delivered, because "
     "spare parts are missing.", {("NO", ARMOUR, P, 40), ("NO", ARMOUR, D, None)}),
    ("fr", "", "En mai, la Norvège a promis 40 blindés CV90 à l'Ukraine. La moitié seulement a été livrée, faute de "
     "pièces détachées.", {("NO", ARMOUR, P, 40), ("NO", ARMOUR, D, None)}),
    # two variants of one system, each with its count
    ("de", "", "Berlin sagte der Ukraine zwei weitere IRIS-T SLM und 8 IRIS-T SLS-Startgeräte zu.",
     {("DE", AIR, P, 2), ("DE", AIR, P, 8)}),
    ("en", "", "Germany pledged to Ukraine two more IRIS-T SLM systems and 8 IRIS-T SLS launchers.",
     {("DE", AIR, P, 2), ("DE", AIR, P, 8)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), FIXED)
def test_review_63_fixes_read_as_labelled(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_a_timeline_s_date_label_ends_the_step_before_it() -> None:
    from bot.core.text import sentences

    assert sentences("Mai 2022 : Paris annonce l'envoi de 6 CAESAR 2. Juin 2023 : les premiers obusiers arrivent.") == [
        "Mai 2022 : Paris annonce l'envoi de 6 CAESAR 2.", "Juin 2023 : les premiers obusiers arrivent."]
    assert sentences("London sent 14 Challenger 2. 2024: Kyiv asked for more.") == [
        "London sent 14 Challenger 2.", "2024: Kyiv asked for more."]
    # (a German date's ordinal opens no step: "am 2. März 2023:")
    assert len(sentences("Die Zusage kam am 2. März 2023: zwei Systeme.")) == 1


# Reread 63: a purchase from makers is an order for Ukraine only when "for Ukraine" belongs to it (before it or
# right after it in its clause), not when another clause of the sentence names Ukraine: the buyer's own army's
# purchase had turned the sentence's other promises into orders.
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Poland will buy 50 howitzers from American companies, while Germany has sent 10 tanks for Ukraine.",
     {("PL", "artillery", P, 50), ("DE", "tanks", D, 10)}),
    ("en", "Poland plans to buy 50 howitzers from South Korean firms to replace its old guns, and pledged 20 drones "
           "for Ukraine.", {("PL", "artillery", P, 50), ("PL", "drones", P, 20)}),
    ("en", "Denmark will buy 30,000 artillery shells from manufacturers in South Korea for Ukraine.",
     {("DK", AMMO, M, 30000)}),
])
def test_a_purchase_from_makers_is_for_ukraine_only_when_ukraine_is_its_own(lang: str, text: str,
                                                                           expected: set) -> None:
    assert figures(text, lang) == expected


# Reread 63: a source named after the sum (", wie das Ministerium mitteilte") lists no contents: the worth of the
# weapons stays equipment's; a list after "darunter" still makes it the package's money.
@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Schweden liefert der Ukraine Waffen im Wert von 300 Millionen Euro, wie das Ministerium am Montag "
           "mitteilte.", {("SE", "other", P, 300e6)}),
    ("de", "Schweden liefert der Ukraine Waffen im Wert von 300 Millionen Euro, darunter 12 Haubitzen.",
     {("SE", "artillery", P, 12), ("SE", "funding", P, 300e6)}),
])
def test_a_source_named_after_a_weapons_worth_lists_no_contents(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
