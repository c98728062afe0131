"""A twenty-ninth round of wire copy: the general causes the held-out probe of review 42
(tests/pledges/test_review_42.py) traced its misses to, each told again here in other words
and, where the phenomenon exists there, other languages, in articles written for these tests
(none is taken from the real-article set or from the probe). Each was labelled by hand before
it was run, following the real-article set's conventions (../shared/eval/README.md) and
tests/data/README.md, as (donor, category, status, figure): the count of things stated, else
the sum of money, else none.

The causes, in the order they were worked on:
- S1: a full stop after a one-letter word that is no initial ("said in a post on X.") did not
  end the sentence, so the next one was read as part of it (bot/core/text);
- S2: a giving verb after ", and" with a new giver as its subject told the status of the
  things before it (nearest_cue);
- S3: a German refusal whose negation stands after the dative recipient ("gibt ... der
  Ukraine derzeit nicht ab") read as a promise;
- S4: German training told as going on ("läuft weiter") is training under way;
- G1: an arms maker as the subject ("Rheinmetall will produce", "KNDS France fabriquera",
  "Rheinmetall baut ... ein Werk") stands for its home country (tests/data/README.md: a company
  counts as its home country; an order's things keep their category, a plant is production);
- S6: declining to join a buying scheme ("sich nicht an der Initiative ... beteiligen", "will
  not join", "ne participera pas à") refuses what it buys;
- C1: a rocket named after its launcher ("HIMARS rockets") read as artillery, not ammunition;
- C2: a factory word that only tells where the things come from ("as they leave the factory",
  "in einem Werk überholt") read as making (production);
- C3: French "lance-roquettes antichars" read as artillery, not small arms;
- C5: a refusal of weapons in general told with a German zu-infinitive ("keine Waffen ...
  abzugeben") gave no record;
- F1: a sum before the things it buys ("a planned $300 million shipment of Patriot
  missiles") made a funding record of its own instead of the things' figure;
- F2: a German trainees' count with a place between it and the verb last ("2.000 ukrainische
  Soldaten in Lettland und Polen ausbilden") was lost, the next sentence's sum taken instead;
- a count or sum given jointly by several givers ("will jointly pay for a $500 million
  package", "gemeinsam 100 Panzer") is not split and not copied: each giver's record carries
  no figure, unless the text states the giver's own share (the lead's convention for this
  stop, after the real set's labels: totals and joint quantities are not split).

First run (2026-12-05, main at a958d1d, labels unchanged): of the 30 articles written before any
fix, 9 right (EN 5 of 14, FR 2 of 7, DE 2 of 9); the S1 articles with a count in their second
sentence pass on main (the sentence merged into the one before still finds its own verb), the
one without ("The rest of the launchers will follow") fails before and after S1's fix. Six more
(S6 in three languages, F2, S5, S7) were written and labelled after the first fixes and read
wrong on main too (9 of 36 on main: records 36 / 51 / 54, figures 23 of 51). After the fixes 33
of 36 (records 50 / 51 / 52, figures 50 of 51) before the making cue was narrowed (see below),
31 of 36 at the end; the five left are strict xfails (LEFT). S5 is
the pluperfect "avait commencé" as training under way, S7 a French "en" standing for the things
named before with "davantage" ("n'exclut pas d'en envoyer davantage").

The joint convention changed labels written under the old one (a joint count or sum given to
each partner), each now without the figure: rounds 2, 12, 14, 16, 18, 19, 20, 22, 24 and 26,
review 38, tests/pledges/test_pledges.py and tests/pledges/test_shared_figures.py; review 41's
Leopard 1 package and round 26's Czech-led payers now pass.

The held-out batch (HELD_OUT, 10 articles written after the fixes, labelled before their one
run): 10 of 10 right on its first run (records 15 / 15 / 15, figures 15 of 15); main reads 2 of
10 (11 / 15 / 18, figures 5 of 15). Narrowing the making cue after that run (a count right after
the verb, "make" left out: "will make 500 million euros available for Ukraine" read as making)
turned Saab's headline into a promise beside the body's order (9 of 10, a strict xfail). A
headline's promise with no figure giving way to the body's order of the same thing mended it, but
was dropped: the story matcher joins reports on such a headline promise (tests/stories).
Since pledges round 41 a headline's training in the present gives way to the body's promise of it: the
Danish pilots are a plain test.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, left_as_xfails, with_language

# Each is (headline, body, records), the records labelled by hand before the first run.

ENGLISH = [
    # S1: a one-letter word before the full stop that is no initial
    ("Lithuania sends Ukraine more air defence launchers",
     "VILNIUS (Reuters) - Lithuania has delivered two more NASAMS launchers to Ukraine, its defence minister said "
     "in a post on X. The other four launchers will be sent next year.",
     {("LT", AIR, D, 2), ("LT", AIR, P, 4)}),
    ("Lithuanian launchers for Kyiv",
     "VILNIUS (Reuters) - Lithuania has handed over two NASAMS launchers to Ukraine, the minister wrote on X. The "
     "rest of the launchers will follow next year.",
     {("LT", AIR, D, 2), ("LT", AIR, P, None)}),
    ("Czech howitzers for Kyiv",
     "PRAGUE (Reuters) - The Czech Republic will give Ukraine six DANA howitzers, the ministry said on X. "
     "The guns will be shipped before the end of March.",
     {("CZ", "artillery", P, 6)}),
    # S2: ", and" then a new giver with a verb of its own
    ("Finland and Sweden step up aid",
     "HELSINKI (Reuters) - Finland said on Monday it would provide 200 million euros for air defence, and Sweden "
     "completed the delivery of its CV90 combat vehicles in May.",
     {("FI", AIR, P, 200e6), ("SE", ARMOUR, D, None)}),
    ("Canada pledges drones as Belgium ships jets",
     "OTTAWA (Reuters) - Canada promised 800 surveillance drones to Ukraine, and Belgium has handed over its first "
     "F-16 jets, officials said.",
     {("CA", "drones", P, 800), ("BE", "aircraft", D, None)}),
    # C1: rockets named after their launcher are ammunition
    ("U.S. to send more HIMARS rockets to Ukraine",
     "WASHINGTON (Reuters) - The United States will send Ukraine more HIMARS rockets and Stinger missiles, the "
     "Pentagon said on Friday.",
     {("US", AMMO, P, None), ("US", AIR, P, None)}),
    ("Britain has sent MLRS rockets",
     "LONDON (Reuters) - Britain has sent several hundred MLRS rockets to Ukraine since the summer, the defence "
     "ministry said.",
     {("GB", AMMO, D, None)}),
    # C2: the factory only tells where the things come from
    ("Norway orders Archer guns for Ukraine",
     "OSLO (Reuters) - Norway has ordered 12 Archer howitzers for Ukraine. The guns will go to Kyiv straight from "
     "the factory.",
     {("NO", "artillery", M, 12)}),
    # F1: the sum before the things it pays for
    ("U.S. halts $250 million shipment of shells",
     "WASHINGTON (Reuters) - The Pentagon has halted a $250 million shipment of artillery shells for Ukraine, "
     "officials said.",
     {("US", AMMO, R, 250e6)}),
    ("Germany approves 400 million euro delivery of IRIS-T missiles",
     "BERLIN (Reuters) - Germany approved a 400 million euro delivery of IRIS-T air defence missiles to Ukraine on "
     "Wednesday.",
     {("DE", AIR, P, 400e6)}),
    # the joint figure: not split, not copied; a stated share is its giver's figure
    ("Nordic trio to fund $300 million arms package",
     "OSLO (Reuters) - Norway, Denmark and Finland will jointly pay for a $300 million package of American weapons "
     "for Ukraine, the three governments said on Monday.",
     {("NO", MONEY, P, None), ("DK", MONEY, P, None), ("FI", MONEY, P, None)}),
    ("Germany and Netherlands to deliver howitzers together",
     "BERLIN (Reuters) - Germany and the Netherlands will together deliver 18 self-propelled howitzers to Ukraine "
     "next year, the two defence ministers said.",
     {("DE", "artillery", P, None), ("NL", "artillery", P, None)}),
    # S6: declining to join a buying scheme refuses what it buys
    ("Ireland stays out of shell scheme",
     "DUBLIN (Reuters) - Ireland will not join the Czech-led initiative to buy artillery ammunition for Ukraine, "
     "the government said, citing its neutrality.",
     {("IE", AMMO, R, None)}),
    # G1: an arms maker as the subject stands for its home country
    ("Rheinmetall to make shells for Kyiv",
     "DUESSELDORF (Reuters) - Rheinmetall will produce 150,000 artillery shells for Ukraine under a German "
     "government order, the company said.",
     {("DE", AMMO, M, 150000)}),
    ("BAE to build howitzers for Ukraine",
     "LONDON (Reuters) - BAE Systems will build 24 howitzers for Ukraine at its plant in northern England, the "
     "company said.",
     {("GB", "artillery", M, 24)}),
]

FRENCH = [
    # S1
    ("La Slovaquie livre des obusiers",
     "BRATISLAVA (AFP) - La Slovaquie a livré quatre obusiers Zuzana à l'Ukraine, a écrit le ministre sur X. "
     "Quatre autres obusiers seront envoyés au printemps.",
     {("SK", "artillery", D, 4), ("SK", "artillery", P, 4)}),
    # S2
    ("Aide à Kiev : Oslo promet, Copenhague livre",
     "OSLO (AFP) - La Norvège a promis 150 millions d'euros pour la défense antiaérienne, et le Danemark a achevé la "
     "livraison de ses canons Caesar en octobre.",
     {("NO", AIR, P, 150e6), ("DK", "artillery", D, None)}),
    # C1
    ("Washington enverra des roquettes HIMARS",
     "WASHINGTON (AFP) - Les États-Unis enverront à l'Ukraine de nouvelles roquettes HIMARS, a annoncé le "
     "Pentagone.",
     {("US", AMMO, P, None)}),
    # C3: anti-tank rocket launchers are small arms
    ("La Lettonie cède des lance-roquettes à Kiev",
     "RIGA (AFP) - La Lettonie a livré 300 lance-roquettes antichars à l'Ukraine, a annoncé jeudi le ministère.",
     {("LV", ARMS, D, 300)}),
    # F1
    ("Paris annule une livraison de 100 millions d'euros",
     "PARIS (AFP) - Le gouvernement français a promis une livraison de 100 millions d'euros de munitions "
     "d'artillerie à l'Ukraine.",
     {("FR", AMMO, P, 100e6)}),
    # the joint figure
    ("Bruxelles et La Haye financent ensemble des drones",
     "BRUXELLES (AFP) - La Belgique et les Pays-Bas vont financer ensemble 2 000 drones pour l'Ukraine, ont annoncé "
     "lundi les deux gouvernements.",
     {("BE", "drones", P, None), ("NL", "drones", P, None)}),
    # S6
    ("La Hongrie reste à l'écart de l'initiative",
     "BUDAPEST (AFP) - La Hongrie ne participera pas à l'initiative européenne d'achat de munitions pour "
     "l'Ukraine, a indiqué le gouvernement.",
     {("HU", AMMO, R, None)}),
    # S5: the pluperfect of reported speech tells training under way
    ("Le Portugal forme des mécaniciens ukrainiens",
     "LISBONNE (AFP) - Le Portugal a indiqué que la formation de 40 mécaniciens ukrainiens avait commencé en "
     "octobre.",
     {("PT", "training", D, 40)}),
    # S7: "en" standing for the things named before, with "davantage"
    # (its headline first written "La Belgique pourrait livrer plus d'obus", which gives the
    # discussed record on main by itself: changed before the run to one that does not)
    ("Obus : Bruxelles a livré, envisage la suite",
     "BRUXELLES (AFP) - La Belgique a déjà livré des obus à Kiev et envisage d'en envoyer davantage l'an "
     "prochain, a indiqué la ministre.",
     {("BE", AMMO, D, None), ("BE", AMMO, X, None)}),
    # G1
    ("KNDS France fabriquera des Caesar pour l'Ukraine",
     "PARIS (AFP) - KNDS France fabriquera 12 canons Caesar pour l'Ukraine, a annoncé l'industriel mardi.",
     {("FR", "artillery", M, 12)}),
]

GERMAN = [
    # S1
    ("Estland übergibt Mörser",
     "TALLINN (dpa) - Estland hat der Ukraine zehn Mörser übergeben, schrieb der Minister auf X. Weitere zehn "
     "Mörser sollen im Januar folgen.",
     {("EE", "artillery", D, 10), ("EE", "artillery", P, 10)}),
    # S2
    ("Finnland sagt Geld zu, Schweden liefert",
     "HELSINKI (dpa) - Finnland will 200 Millionen Euro für die Flugabwehr bereitstellen, und Schweden hat die "
     "Lieferung seiner CV90-Schützenpanzer abgeschlossen.",
     {("FI", AIR, P, 200e6), ("SE", ARMOUR, D, None)}),
    # S3: the negation after the dative recipient
    ("Polen gibt keine weiteren Kampfjets ab",
     "WARSCHAU (dpa) - Kampfjets vom Typ MiG-29 gibt Polen der Ukraine derzeit nicht mehr ab, sagte der Minister.",
     {("PL", "aircraft", R, None)}),
    ("Leopard-Panzer: Spanien bleibt bei Nein",
     "MADRID (dpa) - Weitere Leopard-Panzer gibt Spanien der Ukraine vorerst nicht ab.",
     {("ES", "tanks", R, None)}),
    # C2: overhauled in a plant before the handover
    ("Tschechien übergibt Panzer",
     "PRAG (dpa) - Tschechien hat der Ukraine 20 T-72-Panzer übergeben. Die Fahrzeuge wurden zuvor in einem Werk "
     "in Nordböhmen überholt.",
     {("CZ", "tanks", D, 20)}),
    # C5: weapons in general refused with a zu-infinitive
    ("Ungarn bleibt bei Nein zu Waffen",
     "BUDAPEST (dpa) - Ungarn hat erneut erklärt, keine Waffen an die Ukraine abzugeben.",
     {("HU", "other", R, None)}),
    # the joint figure
    ("Deutschland und Dänemark liefern gemeinsam Panzer",
     "BERLIN (dpa) - Deutschland und Dänemark wollen der Ukraine gemeinsam 80 Leopard-1-Panzer liefern.",
     {("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
    # S6
    ("Malta bleibt außen vor",
     "VALLETTA (dpa) - Malta wird sich nicht an dem europäischen Programm zur Beschaffung von Granaten für die "
     "Ukraine beteiligen.",
     {("MT", AMMO, R, None)}),
    # G1: a maker building a plant in Ukraine
    ("Rheinmetall errichtet Werk in der Ukraine",
     "DÜSSELDORF (dpa) - Rheinmetall baut in der Westukraine ein Werk für Artilleriemunition.",
     {("DE", "production", M, None)}),
    # F2: the trainees' count with a place between it and the verb; a sum for it after
    ("Dänemark bildet weitere Piloten aus",
     "KOPENHAGEN (dpa) - Dänemark will bis zum Sommer 300 ukrainische Piloten an zwei Stützpunkten in Jütland "
     "ausbilden. Dafür sind 40 Millionen Euro vorgesehen.",
     {("DK", "training", P, 300)}),
    # S4: training going on is training under way
    ("Ausbildung ukrainischer Piloten geht weiter",
     "STOCKHOLM (dpa) - Die Ausbildung ukrainischer Piloten in Schweden läuft weiter, sagte der Minister.",
     {("SE", "training", D, None)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
LEFT = {
    "Lithuanian launchers for Kyiv": (
        "'The rest of the launchers will follow next year' gives no promise of its own beside the two "
        "launchers handed over, also as a sentence of its own since S1's fix ('The remaining four launchers "
        "will be sent' gives one)"),
    "Canada pledges drones as Belgium ships jets": (
        "the headline's 'Belgium ships jets' adds (BE, aircraft, pledged) beside the body's handover"),
    "Rheinmetall to make shells for Kyiv": (
        "the headline's 'to make shells for Kyiv' (no count, 'make') adds (DE, ammunition, pledged) beside the "
        "body's production of 150,000 (a headline giving way to the body's order was tried and dropped: the "
        "story matcher joins Rheinmetall's Skynex reports on the headline's promise, tests/stories)"),
    "KNDS France fabriquera des Caesar pour l'Ukraine": (
        "the headline's 'fabriquera des Caesar' (no count) adds (FR, artillery, pledged) beside the body's "
        "production of 12"),
}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(with_language("en", ENGLISH) + with_language("fr", FRENCH) + with_language("de", GERMAN), LEFT),
)
def test_round_29_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# A held-out batch of 10, written and labelled after the fixes above, run once: see the
# module's docstring for its first run.
HELD_OUT = [
    ("en", "Denmark sends last Caesar guns, more to follow",
     "COPENHAGEN (Reuters) - Denmark has sent Ukraine its last batch of Caesar howitzers, the defence minister said "
     "in a video on X. Ten more of the guns will follow in 2026.",
     {("DK", "artillery", D, None), ("DK", "artillery", P, 10)}),
    ("en", "Britain to send more Storm Shadow, French Mirage jets arrive",
     "LONDON (Reuters) - Britain said it would hand over 100 more Storm Shadow missiles, and France delivered its "
     "first Mirage 2000 jets last week, officials said on Monday.",
     {("GB", "missiles", P, 100), ("FR", "aircraft", D, None)}),
    ("en", "U.S. to ship $150 million of HIMARS rockets",
     "WASHINGTON (Reuters) - The United States will send a $150 million shipment of HIMARS rockets to Ukraine, the "
     "Pentagon said on Thursday.",
     {("US", AMMO, P, 150e6)}),
    ("en", "Canada and Australia to provide Bushmasters together",
     "OTTAWA (Reuters) - Canada and Australia will together provide 30 Bushmaster armoured vehicles to Ukraine, the "
     "two governments said.",
     {("CA", ARMOUR, P, None), ("AU", ARMOUR, P, None)}),
    ("en", "Saab to build Gripen jets for Ukraine",
     "STOCKHOLM (Reuters) - Saab will build eight Gripen fighter jets for Ukraine under a Swedish government "
     "contract, the company said on Tuesday.",
     {("SE", "aircraft", M, 8)}),
    ("fr", "Nexter fabriquera 20 canons pour Kiev",
     "PARIS (AFP) - Nexter fabriquera 20 canons tractés pour l'Ukraine d'ici l'été, a annoncé mercredi "
     "l'industriel.",
     {("FR", "artillery", M, 20)}),
    ("fr", "Stockholm et Helsinki paient ensemble des drones",
     "STOCKHOLM (AFP) - La Suède et la Finlande financeront ensemble 3 000 drones pour l'armée ukrainienne, ont "
     "annoncé jeudi les deux gouvernements.",
     {("SE", "drones", P, None), ("FI", "drones", P, None)}),
    ("de", "Leopard-Ausbildung in Munster geht weiter",
     "MUNSTER (dpa) - Die Ausbildung ukrainischer Soldaten am Kampfpanzer Leopard 2 geht in Munster weiter, teilte "
     "die Bundeswehr mit.",
     {("DE", "training", D, None)}),
    ("de", "Taurus: Berlin bleibt bei Nein",
     "BERLIN (dpa) - Taurus-Marschflugkörper gibt die Bundesregierung der Ukraine weiterhin nicht ab.",
     {("DE", "missiles", R, None)}),
    ("de", "Niederlande und Belgien übergeben F-16",
     "BRÜSSEL (dpa) - Die Niederlande und Belgien haben der Ukraine gemeinsam zwölf F-16 übergeben. Die Jets "
     "wurden zuvor in einem Werk in Portugal überholt.",
     {("NL", "aircraft", D, None), ("BE", "aircraft", D, None)}),
]

# What the held-out batch leaves, by headline: what is read instead (strict xfails).
HELD_OUT_LEFT: dict[str, str] = {
    "Saab to build Gripen jets for Ukraine": (
        "the headline's 'to build Gripen jets for Ukraine' (no count) adds (SE, aircraft, pledged) beside the "
        "body's production of eight"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
