"""A twenty-seventh round of wire copy: what the independent probe of review 41
(tests/pledges/test_review_41.py) showed the code reads wrong in copy it was not tuned to,
each phenomenon told again here in other words and other languages, in articles written for
these tests (none is taken from the real-article set or from the probe). Each was labelled
by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md), as (donor, category, status, figure): the count of things
stated, else the sum of money, else none.

The phenomena, in the order the probe's causes were worked on:
- a dateline's city whose country its own sentence names again ("OSLO (Reuters) - ... a
  package of Norway and Sweden") stood for a giver of its own and hid the partner
  (item_givers.without_dateline_city: the name in the sentence speaks, the dateline goes);
- a bloc named as the bounds of a market ("outside the European Union", "hors de l'UE",
  "außerhalb der EU") read as a giver (donor_places.locative);
- a giving left open without a word for the decision ("hat die Lieferung ... offen
  gelassen", "left open whether", "n'a pas tranché") read as a promise (cue_patterns);
- a request told of the things as a participle ("les chars demandés par Kiev", "the
  missiles requested by Kyiv", "die von Kiew geforderten Kampfjets") silenced the
  sentence's own "no decision" (attributive_cues); a base's nationality ("la base
  américaine de Ramstein") read as a giver (donor_places); a headline joining a no-decision
  and promises with a comma let the promise word after the comma reach the things before
  it (nearest_cue), and French "promesses de" promised nothing (cue_patterns);
- "supply" as a noun ("could hit Russian supply lines") read as a hedged giving
  (status_cues);
- what Kyiv asks for, then what a giver says of it in an object relative ("..., que Paris
  n'exclut pas de fournir", "which Norway is considering sending") read as the request
  only (nearest_cue);
- a delay told as a negated giving verb with a later time ("will not deliver ... this year,
  but in 2026", "ne livrera pas ... cet automne, mais au printemps", "nicht mehr in diesem
  Jahr, sondern erst 2026", "will not deliver ... before 2026") read as a refusal
  (cue_qualifiers; a French future opened by its negation is no handover of "the last
  ones", sentence_cues); a handover told as put off ("handover slips to 2026") is
  still a promise (cue_qualifiers);
- the country things are bought from ("buy ... from U.S. stocks", "buy American shells",
  "aux stocks américains", "aus US-Beständen kaufen") read as their giver (donor_places);
- operators ("drone operators", "opérateurs") not read as trainees (item_words).
29 articles (14 EN, 8 FR, 7 DE): on main 21 fail, 3 fail on both (strict xfails saying what
is read instead) and 5 pass, 4 of them thanks to their headline (their bodies, read alone at
the end, fail on main); after the fixes 26 pass. Kyiv's jets asked of Oslo pass on main too.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, R, X
from tests.support.wire_reading import figures, with_language

# Each is (headline, body, records), the records labelled by hand before the first run.

ENGLISH = [
    # the dateline's country named again in its own sentence, with a partner
    ("Polish and Czech tanks reach Ukraine",
     "WARSAW (Reuters) - Tanks from a joint Polish and Czech donation have reached Ukraine, Poland's defence "
     "ministry said on Monday.",
     {("PL", "tanks", D, None), ("CZ", "tanks", D, None)}),
    # a bloc as the bounds of a market, between the subject and its verb
    ("Danish shell plan to deliver 100,000 rounds",
     "COPENHAGEN (Reuters) - A Danish plan to buy artillery shells outside the EU will deliver 100,000 rounds to "
     "Ukraine this year, the defence minister said.",
     {("DK", AMMO, P, 100000)}),
    # no decision on the things requested (the request told as an attribute)
    ("Allies undecided on long-range missiles",
     "BRUSSELS (Reuters) - Ukraine's allies made no decision on Tuesday on the long-range missiles requested by "
     "Kyiv, the Pentagon chief said.",
     {("ALLIES", "missiles", X, None)}),
    ("Contact group undecided on jets",
     "BRUSSELS (Reuters) - The contact group took no decision on the fighter jets requested by Kyiv.",
     {("ALLIES", "aircraft", X, None)}),
    # ... and a headline whose no-decision is followed, after a comma, by another giver's clause
    # (the headline's 'undecided' reached 'shells' past the comma, where Canada opens a clause of its own, until
    # stories round 63's donors/later_subjects.py)
    ("Allies undecided on long-range missiles, Canada adds shells",
     "BRUSSELS (Reuters) - Ukraine's allies made no decision on Tuesday on the long-range missiles requested by "
     "Kyiv.\nCanada pledged 4,000 more rounds of artillery ammunition, its defence minister said.",
     {("ALLIES", "missiles", X, None), ("CA", AMMO, P, 4000)}),
    # "supply" as a noun, a donor named in its sentence
    ("Scholz rules out Taurus again",
     "BERLIN (Reuters) - Germany will not send Taurus missiles to Ukraine, Scholz said. German officials believe the "
     "missiles could hit Russian supply chains.",
     {("DE", "missiles", R, None)}),
    ("Britain confirms Storm Shadow deliveries",
     "LONDON (Reuters) - Britain has sent Storm Shadow missiles to Ukraine. British commanders say the missiles can "
     "reach Russian supply depots.",
     {("GB", "missiles", D, None)}),
    # an object relative telling the giver's stance on what Kyiv asks (read right before too)
    ("Kyiv asks Oslo for more jets",
     "OSLO (Reuters) - Ukraine has asked for more F-16 fighter jets, which Norway is considering sending, the "
     "Norwegian foreign minister said on Monday.",
     {("NO", "aircraft", X, None)}),
    # a delay told as a negation with a later time: the promise stands
    ("Dutch F-16 handover slips to 2026",
     "AMSTERDAM (Reuters) - The Netherlands will not deliver the remaining F-16 jets to Ukraine this year, as it had "
     "planned, but in early 2026, the defence minister said.",
     {("NL", "aircraft", P, None)}),
    ("Dutch jets not before 2026",
     "AMSTERDAM (Reuters) - The Netherlands will not deliver its last F-16 jets to Ukraine before 2026, the defence "
     "ministry said on Thursday.",
     {("NL", "aircraft", P, None)}),
    # the country whose stocks or makers things are bought from gives nothing (the buyer is no donor)
    # (label corrected after the first run: the headline names the EU's fund as the buyer)
    # (read right since stop 58: the headline's 'missiles' are the body's air defence missiles, headline_kinds.py)
    ("EU fund to buy U.S. missiles for Kyiv",
     "BRUSSELS (Reuters) - The fund will buy air defence missiles for Ukraine from U.S. stocks, officials said.",
     {("EU", AIR, P, None)}),
    ("New fund to buy shells for Ukraine",
     "BRUSSELS (Reuters) - The new fund will buy American artillery shells for Ukraine, officials said.",
     set()),
    # operators are trainees ("drone operators", "air defence operators")
    ("Britain to train Ukrainian drone operators",
     "LONDON (Reuters) - Britain will train Ukrainian drone operators at bases in Scotland next year, the Ministry of "
     "Defence said.",
     {("GB", "training", P, None)}),
    ("Norway to train air defence crews",
     "OSLO (Reuters) - Norway will train 200 Ukrainian air defence operators this winter, the government said.",
     {("NO", "training", P, 200)}),
]

FRENCH = [
    # the dateline's country named again in its own sentence, with a partner
    ("Les premiers chars polono-tchèques arrivés en Ukraine",
     "VARSOVIE (AFP) - Les premiers chars d'un don commun de la Pologne et de la Tchéquie sont arrivés en Ukraine, "
     "a annoncé le ministère.",
     {("PL", "tanks", D, None), ("CZ", "tanks", D, None)}),
    # a bloc as the bounds of a market, between the subject and its verb
    ("L'initiative tchèque livrera 200 000 obus",
     "PRAGUE (AFP) - L'initiative tchèque d'achat d'obus hors de l'Union européenne livrera 200 000 obus à "
     "l'Ukraine cette année, a annoncé le gouvernement.",
     {("CZ", AMMO, P, 200000)}),
    # a giving left undecided
    ("Paris hésite encore sur les Leclerc",
     "PARIS (AFP) - Le gouvernement français n'a pas tranché sur l'envoi de chars Leclerc à l'Ukraine, a indiqué "
     "jeudi un porte-parole.",
     {("FR", "tanks", X, None)}),
    # a headline: no decision, then promises after a comma; the body's request as an attribute,
    # the meeting at a base named with its nationality
    ("Ramstein : pas de décision sur les chars lourds, promesses de munitions",
     "RAMSTEIN (AFP) - Les alliés de l'Ukraine réunis vendredi sur la base aérienne américaine de Ramstein n'ont "
     "pris aucune décision sur les chars lourds demandés par Kiev.\n"
     "La Norvège a promis 10 000 obus supplémentaires, a annoncé son ministre de la Défense.",
     {("ALLIES", "tanks", X, None), ("NO", AMMO, P, 10000)}),
    # an object relative telling the giver's stance on what Kyiv asks
    ("Kiev réclame des avions, Paris y songe",
     "PARIS (AFP) - Kiev réclame des avions de combat supplémentaires, que la France envisage de livrer, a indiqué "
     "mardi une source diplomatique.",
     {("FR", "aircraft", X, None)}),
    # a delay told as a negation with a later time
    ("Oslo repousse la livraison de ses derniers F-16",
     "OSLO (AFP) - La Norvège ne livrera pas ses derniers F-16 à l'Ukraine cet automne, mais au printemps prochain, "
     "a indiqué le ministère de la Défense.",
     {("NO", "aircraft", P, None)}),
    # the country whose stocks things are bought from gives nothing
    pytest.param(
        "Le fonds achètera des obus américains",
        "BRUXELLES (AFP) - Le fonds achètera pour l'Ukraine des obus aux stocks américains, selon des responsables.",
        set(),
        marks=pytest.mark.xfail(strict=True, reason=(
            "the body's 'aux stocks américains' is read as the seller, but the headline's 'achètera des obus "
            "américains' gives the United States the shells: a nationality after the things bought is their origin "
            "only when a buyer is named before them (givers.donors_for)")),
    ),
    # operators are trainees
    ("Paris formera des opérateurs de drones",
     "PARIS (AFP) - La France formera des opérateurs ukrainiens de drones dans le sud du pays, a annoncé le "
     "ministère.",
     {("FR", "training", P, None)}),
]

GERMAN = [
    # the dateline's country named again in its own sentence, with a partner
    ("Erste Flugabwehr aus Schweden und Finnland",
     "STOCKHOLM (dpa) - Die ersten Flugabwehrsysteme aus einem gemeinsamen Paket Schwedens und Finnlands sind in der "
     "Ukraine eingetroffen.",
     {("SE", AIR, D, None), ("FI", AIR, D, None)}),
    # a bloc as the bounds of a market, between the subject and its verb
    ("Tschechische Initiative soll 300.000 Granaten liefern",
     "PRAG (dpa) - Die tschechische Initiative zum Kauf von Munition außerhalb der EU soll der Ukraine bis "
     "Jahresende 300.000 Granaten liefern.",
     {("CZ", AMMO, P, 300000)}),
    # a giving left open, without "Entscheidung"
    ("Pistorius lässt weitere Leopard offen",
     "BERLIN (dpa) - Verteidigungsminister Boris Pistorius hat die Lieferung weiterer Leopard-2-Panzer an die "
     "Ukraine offen gelassen.",
     {("DE", "tanks", X, None)}),
    ("Eurofighter für die Ukraine weiter ungewiss",
     "BERLIN (dpa) - Die Bundesregierung lässt eine Entsendung von Kampfjets vom Typ Eurofighter in die Ukraine "
     "vorerst offen.",
     {("DE", "aircraft", X, None)}),
    # an object relative telling the giver's stance on what Kyiv asks
    ("Kiew bittet um Patriot",
     "BERLIN (dpa) - Die Ukraine bittet um weitere Patriot-Systeme, die Berlin zu liefern erwägt.",
     {("DE", AIR, X, None)}),
    # a delay told as a negation with a later time
    ("Dänemark verschiebt F-16-Lieferung",
     "KOPENHAGEN (dpa) - Dänemark wird die restlichen F-16 nicht mehr in diesem Jahr an die Ukraine liefern, sondern "
     "erst 2026. Das teilte das Verteidigungsministerium mit.",
     {("DK", "aircraft", P, None)}),
    # the country whose stocks things are bought from gives nothing
    ("Fonds soll Munition kaufen",
     "BRÜSSEL (dpa) - Der Fonds soll für die Ukraine Munition aus US-Beständen kaufen.",
     set()),
]


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    with_language("en", ENGLISH) + with_language("fr", FRENCH) + with_language("de", GERMAN),
)
def test_round_27_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Bodies of five articles above that main reads right only thanks to their headline (which
# names both givers or tells the no-decision itself): read alone, they show the mended reading.
BODIES_ALONE = [
    ("en", "WARSAW (Reuters) - Tanks from a joint Polish and Czech donation have reached Ukraine, Poland's defence "
     "ministry said on Monday.", {("PL", "tanks", D, None), ("CZ", "tanks", D, None)}),
    ("fr", "VARSOVIE (AFP) - Les premiers chars d'un don commun de la Pologne et de la Tchéquie sont arrivés en "
     "Ukraine, a annoncé le ministère.", {("PL", "tanks", D, None), ("CZ", "tanks", D, None)}),
    ("en", "BRUSSELS (Reuters) - Ukraine's allies made no decision on Tuesday on the long-range missiles requested "
     "by Kyiv, the Pentagon chief said.", {("ALLIES", "missiles", X, None)}),
    ("en", "BRUSSELS (Reuters) - The contact group took no decision on the fighter jets requested by Kyiv.",
     {("ALLIES", "aircraft", X, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BODIES_ALONE)
def test_round_27_bodies_read_alone(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
