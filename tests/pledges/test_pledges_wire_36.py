"""A thirty-sixth round of wire copy: general causes the sixth held-out probe of review 46
(tests/pledges/test_review_46.py, causes in the review's notes) traced its misses to, each told
again here in other words and, where the form exists there, other languages, in articles written
for these tests (none is taken from the real-article set or from the probe). Each was labelled by
hand before it was run, following the real-article set's conventions (../shared/eval/README.md),
tests/data/README.md and the probe's own calls (a newspaper's report of a planned delivery that the
government does not confirm is discussed; money paid into a fund or initiative is a funding record of
the payer; a figure an appended correction says was wrong gives no record), as (donor, category,
status, figure): the count of things stated, else the sum of money, else none.

The causes, by the review's names:
- S1: a giving being prepared, known from the press ("is preparing to ship ..., the paper reported,
  citing sources", "s'apprêterait à livrer ..., selon un quotidien") is discussed, not promised;
- S3: "considering sending" / "envisage d'envoyer" / "erwägt, ... zu liefern": the considering verb
  governs the giving verb after it, also with an adverb before it ("is also considering sending");
- C1: money paid told in the bare simple past ("paid ... into", "zahlte ... ein") is paid;
- C1b: an appended correction note ("an earlier version of this story misstated ...", "Rectificatif",
  "Korrektur:") is no news: no record comes from it;
- S5: what a giving leaves out with "without" / "sans" / "ohne" is not given;
- C2: "the first missiles" / "les premiers missiles" / "die ersten Raketen" after air defence
  missiles are those missiles.

First run (2026-12-05, main's code at e56e111, labels unchanged): 7 of 11 (the three press-reported
preparations read as promises, the bare "paid" gave nothing; the "considering" texts and the German
"zahlte ... ein" were already read right, and so were the first three correction notes, whose wrong
statements only repeat the news's own record). Written then and labelled before their own first run:
three correction notes whose wrong statement names another status than the news, so that a note read
as news shows (run on this round's code before the note fix, which the S1 and C1 changes do not touch):
0 of 3, each note adding a delivery; three S3 texts with an adverb before the considering verb ("is also
considering sending"), run before the S3 fix: 1 of 3 (the French one right); one C1 text, a fund named
without its purpose, run after the C1 fix: right (main's code reads nothing). After the fixes 17 of 18.
Found on the way and fixed: the English payment into an initiative named with its purpose as a word of
its own ("into the Czech-led ammunition initiative") also gave the payer an ammunition record
(given_items read only the German compound "Munitionsinitiative" as the fund's purpose).
S5 and C2 (six texts written after those fixes, labelled before their one run on that code): S5 1 of 3
(the English one right, the French fighter jets and the German cruise missiles read as given), C2 0 of 3
(each "first missiles" a missiles record of its own). After their fixes 23 of 24. Then two French texts
on a delivery noun prepared in the conditional ("préparerait la livraison de"; see the held-out check):
1 of 2 before its fix, 2 of 2 after. In all 25 of 26. Left (LEFT): the German press report.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, P, X
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # S1: a giving being prepared, known from the press
    ("en", "Portugal preparing to ship howitzers to Kyiv, report says",
     "LISBON (Reuters) - Portugal is preparing to ship 12 towed howitzers to Ukraine, a weekly newspaper "
     "reported on Saturday, citing people familiar with the plan. The defence ministry declined to comment.",
     {("PT", "artillery", X, 12)}),
    ("fr", "La Grèce s'apprêterait à livrer des blindés à Kiev",
     "ATHÈNES (AFP) - La Grèce s'apprêterait à livrer 40 véhicules blindés à l'Ukraine, selon un quotidien "
     "grec citant des sources gouvernementales. Le ministère de la Défense n'a pas souhaité commenter.",
     {("GR", ARMOUR, X, 40)}),
    ("de", "Bericht: Norwegen bereitet Lieferung von Haubitzen vor",
     "OSLO (dpa) - Norwegen bereitet laut einem Zeitungsbericht die Lieferung von acht Haubitzen an die "
     "Ukraine vor. Das Verteidigungsministerium wollte sich dazu nicht äußern.",
     {("NO", "artillery", X, 8)}),
    # S3: the considering verb governs the giving verb after it
    ("en", "Poland weighs sending more MiG-29s to Ukraine",
     "WARSAW (Reuters) - Poland is considering sending four more MiG-29 fighter jets to Ukraine, but no "
     "decision has been made, a government spokesman said on Monday.",
     {("PL", "aircraft", X, 4)}),
    ("fr", "Madrid réfléchit à de nouveaux chars pour Kiev",
     "MADRID (AFP) - L'Espagne envisage d'envoyer dix chars Leopard supplémentaires à l'Ukraine, a indiqué "
     "lundi la ministre de la Défense, précisant qu'aucune décision n'avait été prise.",
     {("ES", "tanks", X, 10)}),
    ("de", "Prag denkt über weitere Panzer für Kiew nach",
     "PRAG (dpa) - Tschechien erwägt, der Ukraine 15 weitere Kampfpanzer zu liefern, wie ein "
     "Regierungssprecher am Montag sagte. Entschieden sei noch nichts.",
     {("CZ", "tanks", X, 15)}),
    # S3 again (written after the first run, labelled before their own): an adverb between the auxiliary
    # and the considering verb ("is also considering sending")
    ("en", "Slovakia mulls more air defence for Kyiv",
     "BRATISLAVA (Reuters) - Slovakia is also considering sending two more air defence systems to Ukraine, but "
     "the government has not yet decided, the defence minister told reporters on Friday.",
     {("SK", AIR, X, 2)}),
    ("en", "Dutch weigh further F-16 transfer",
     "THE HAGUE (Reuters) - The Netherlands is now weighing sending six more F-16 fighter jets to Ukraine, a "
     "government spokesperson said on Thursday.",
     {("NL", "aircraft", X, 6)}),
    ("fr", "Bruxelles envisage aussi des F-16 supplémentaires",
     "BRUXELLES (AFP) - La Belgique envisage aussi de livrer quatre F-16 supplémentaires à l'Ukraine, mais "
     "aucune décision n'a encore été prise, a indiqué vendredi le ministère de la Défense.",
     {("BE", "aircraft", X, 4)}),
    # C1: money paid told in the bare simple past
    ("en", "Swedish money for Czech shell drive",
     "STOCKHOLM (Reuters) - Sweden paid 40 million euros into the Czech-led ammunition initiative in October, "
     "the government said on Tuesday.",
     {("SE", MONEY, D, 40_000_000)}),
    # C1 again (written after the first run, labelled before its own): a fund named without its purpose
    ("en", "Norway tops up Ukraine fund",
     "OSLO (Reuters) - Norway paid 2 billion crowns into the international fund for Ukraine on Monday, the "
     "finance ministry said.",
     {("NO", MONEY, D, 2_000_000_000)}),
    ("de", "Dänisches Geld für Munitionsinitiative",
     "KOPENHAGEN (dpa) - Dänemark zahlte im September 50 Millionen Euro in die tschechische "
     "Munitionsinitiative ein, teilte das Verteidigungsministerium am Dienstag mit.",
     {("DK", MONEY, D, 50_000_000)}),
    # C1b: an appended correction note is no news
    ("en", "Norway delivers armoured vehicles to Ukraine",
     "OSLO (Reuters) - Norway has delivered 16 armoured vehicles to Ukraine, the defence ministry said on "
     "Thursday. (Corrects paragraph 1 to show 16 vehicles, not 60; an earlier version of this story "
     "misstated the number of armoured vehicles delivered.)",
     {("NO", ARMOUR, D, 16)}),
    ("fr", "Le Danemark a livré des drones à l'Ukraine",
     "COPENHAGUE (AFP) - Le Danemark a livré 30 drones à l'Ukraine, a indiqué jeudi le ministère de la "
     "Défense. Rectificatif : une précédente version de cette dépêche indiquait à tort que 300 drones "
     "avaient été livrés.",
     {("DK", "drones", D, 30)}),
    ("de", "Finnland hat Haubitzen an die Ukraine übergeben",
     "HELSINKI (dpa) - Finnland hat der Ukraine zehn Haubitzen geliefert, teilte das Verteidigungsministerium "
     "am Mittwoch mit. Korrektur: In einer früheren Fassung dieser Meldung hieß es, es seien zwölf Haubitzen "
     "geliefert worden.",
     {("FI", "artillery", D, 10)}),
    # C1b again (written after the first run, labelled before their own): a note whose wrong statement names
    # another status than the news, so that a note read as news shows
    ("en", "Sweden to send Archer howitzers to Ukraine",
     "STOCKHOLM (Reuters) - Sweden will send eight Archer howitzers to Ukraine next year, the government said "
     "on Monday. (An earlier version of this story wrongly said that Sweden had already delivered the "
     "howitzers.)",
     {("SE", "artillery", P, 8)}),
    ("fr", "Lisbonne enverra des chars à Kiev",
     "LISBONNE (AFP) - Le Portugal enverra quatre chars Leopard à l'Ukraine d'ici l'été, a annoncé lundi le "
     "gouvernement. Rectificatif : une version précédente de cette dépêche indiquait à tort que les chars "
     "avaient déjà été livrés.",
     {("PT", "tanks", P, 4)}),
    ("de", "Belgien will Panzerhaubitzen an Kiew liefern",
     "BRÜSSEL (dpa) - Belgien wird der Ukraine 20 Panzerhaubitzen liefern, teilte die Regierung am Montag mit. "
     "Korrektur: In einer früheren Fassung dieser Meldung hieß es, die Haubitzen seien bereits übergeben "
     "worden.",
     {("BE", "artillery", P, 20)}),
    # S5 (written after the fixes above, labelled before their run): what a giving leaves out with
    # "without" / "sans" / "ohne" is not given
    ("en", "Canada to send armoured vehicles and rifles to Ukraine",
     "OTTAWA (Reuters) - Canada will send Ukraine 40 armoured vehicles and 2,000 rifles, but once again without "
     "the long-range missiles Kyiv wants, the defence minister said on Wednesday.",
     {("CA", ARMOUR, P, 40), ("CA", ARMS, P, 2000)}),
    ("fr", "La Suède livrera douze canons Archer à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède va livrer douze canons Archer à l'Ukraine, mais sans avions de combat, a "
     "annoncé jeudi le gouvernement.",
     {("SE", "artillery", P, 12)}),
    ("de", "Berlin sagt Kiew Schützenpanzer zu",
     "BERLIN (dpa) - Deutschland hat der Ukraine 20 weitere Schützenpanzer zugesagt, erneut ohne "
     "Marschflugkörper, teilte die Bundesregierung am Freitag mit.",
     {("DE", ARMOUR, P, 20)}),
    # C2 (written after the fixes above, labelled before their run): "the first missiles" after air
    # defence missiles are those missiles
    ("en", "Norway to send air defence missiles to Ukraine",
     "OSLO (Reuters) - Norway will send Ukraine 300 air defence missiles, the government said on Tuesday. The "
     "first missiles are due to arrive in March.",
     {("NO", AIR, P, 300)}),
    ("fr", "La France va livrer des missiles antiaériens à Kiev",
     "PARIS (AFP) - La France va livrer 100 missiles de défense antiaérienne à l'Ukraine, a annoncé mardi le "
     "ministère des Armées. Les premiers missiles doivent arriver cet été.",
     {("FR", AIR, P, 100)}),
    ("de", "Deutschland liefert weitere Flugabwehrraketen",
     "BERLIN (dpa) - Deutschland wird der Ukraine 200 weitere Flugabwehrraketen liefern, teilte das "
     "Verteidigungsministerium mit. Die ersten Raketen sollen im Frühjahr eintreffen.",
     {("DE", AIR, P, 200)}),
    # S2's French conditional again (written after the held-out run, labelled before their own): a
    # delivery noun whose preparation is told in the conditional is a report; in the indicative, a promise
    ("fr", "L'Italie préparerait la livraison de canons à Kiev",
     "ROME (AFP) - L'Italie préparerait la livraison de 20 canons automoteurs à l'Ukraine, affirme un quotidien "
     "italien citant des sources militaires.",
     {("IT", "artillery", X, 20)}),
    ("fr", "Berlin prépare l'envoi de Patriot supplémentaires",
     "BERLIN (AFP) - L'Allemagne prépare l'envoi de deux systèmes Patriot supplémentaires à l'Ukraine, a "
     "annoncé mardi le ministre de la Défense.",
     {("DE", AIR, "pledged", 2)}),
]

# What the first run left, by headline (strict xfails), filled in after it.
LEFT: dict[str, str] = {
    "Bericht: Norwegen bereitet Lieferung von Haubitzen vor": (
        "reads (NO, artillery, pledged, 8): the delivery noun 'Lieferung' is a promise, and neither German "
        "'bereitet ... vor' nor 'laut einem Zeitungsbericht' is read as a preparation known from the press"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_36_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


# Held-out check: six short articles in the probe's forms (a negation, a rumour and its reaction, a shared
# sentence, a comparison, a quoted post, a correction), written after all the fixes above and labelled before
# their one run, which is recorded as it came out (HELD_OUT_LEFT says what it left).
HELD_OUT = [
    ("en", "Finland's new package brings shells but no tanks",
     "HELSINKI (Reuters) - Finland will send Ukraine 5,000 artillery shells in its latest aid package, which "
     "does not include any tanks, the defence ministry said on Monday.",
     {("FI", AMMO, P, 5000)}),
    ("fr", "Le Danemark préparerait l'envoi de chars, selon la presse",
     "COPENHAGUE (AFP) - Le Danemark s'apprêterait à livrer 14 chars Leopard 1 à l'Ukraine, selon un journal "
     "danois. Le ministère de la Défense s'est refusé à tout commentaire.",
     {("DK", "tanks", X, 14)}),
    ("de", "Estland und Lettland liefern Haubitzen",
     "TALLINN (dpa) - Estland und Lettland werden der Ukraine jeweils zehn Haubitzen liefern, teilten beide "
     "Regierungen am Dienstag mit.",
     {("EE", "artillery", P, 10), ("LV", "artillery", P, 10)}),
    ("en", "Spain doubles shell aid to Ukraine",
     "MADRID (Reuters) - Spain will give Ukraine 40,000 artillery shells this year, twice as many as the 20,000 "
     "it sent last year, the government said on Thursday.",
     {("ES", AMMO, P, 40_000)}),
    ("en", "Lithuanian minister on X: more armoured vehicles for Ukraine",
     "VILNIUS (Reuters) - \"Proud to say Lithuania has sent 20 more armoured vehicles to Ukraine today. "
     "Together we are stronger!\", Lithuania's defence minister wrote on X on Friday.",
     {("LT", ARMOUR, D, 20)}),
    ("fr", "La Norvège finance des drones pour Kiev",
     "OSLO (AFP) - La Norvège va verser 500 millions de couronnes pour l'achat de drones destinés à l'Ukraine, "
     "a annoncé mercredi le gouvernement. (Rectificatif : une version précédente de cette dépêche indiquait 50 "
     "millions de couronnes.)",
     {("NO", "drones", P, 500_000_000)}),
]

# What the held-out batch's one run left (strict xfails), filled in after it. The run (2026-12-05, this
# round's code with every fix above, at fd2154e) read 4 of 6 right: it also left the Danish headline's
# "préparerait l'envoi de chars" read as a promise that replaced the body's reported 14 tanks; two French
# texts on that form (above, labelled before their run: 1 of 2, the indicative right) then led to the fix
# in cue_qualifiers (a delivery noun prepared in the conditional is discussed), after which 5 of 6.
# (pledges60: the Spanish headline's "shell aid" with no figure gives nothing of its own beside the body's
# 40,000 shells, things/headline_aid.py; its LEFT entry is gone)
HELD_OUT_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_round_36_held_out_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
