"""A twenty-first round of wire copy, short: 17 articles written for these tests (none is
taken from the real-article set), in English, French and German, each a headline and one
or two sentences, around three readings round 20 left open and their neighbours: the first
ones delivered with the total told after them in German and French order ("die ersten zwei
F-16 von insgesamt 30 zugesagten Jets", "les six premiers F-16 sur les 19 promis"), money
paid out with a German separable verb ("Berlin zahlt weitere 500 Millionen für Drohnen
aus") and in EN/FR, and the country whose leave is sought ("has sought Germany's approval
to send its Leopards and will send them anyway", "a sollicité l'accord de l'Allemagne",
"bei der Bundesregierung eine Genehmigung ... beantragt"). Each article was labelled by
hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and the earlier rounds', with its figure: the count of things
stated, else the sum of money, else none. Money paid out is labelled delivered, in any
tense with no time to come ("zahlt ... aus", "hat ... ausgezahlt", "a versé", "has paid
out"), as round 15 labels it (the README's delivered: handed over); the present of
"zahlen" without "aus" stays announced, as tests/pledges/test_pledges_discussed.py labels it.
Run first (on this branch as it began, which reads as main), 7 of the 17 articles were
fully right (records (donor, category, status) matched 13 / labelled 22 / predicted 21; with
their figures 12 of 22). The fixes, each in general words: a told total ("von insgesamt",
"d'un total de") ends a noun phrase, and the total may follow the first ones after "sur
les", "of the", "der", or stand after "insgesamt" before the things; "zahlt ... aus" closing
its clause is a payout, delivered (a promise with a time to come); a purchase named as what
paid-out money is for takes the payout's status; "the finance ministry", "le ministère des
Finances" fund nothing; the one whose leave is sought ("Germany's approval", "l'accord de
l'Allemagne", "bei der Bundesregierung eine Genehmigung") gives nothing, and leave sought
for a giving told as a noun ("Genehmigung für die Lieferung ... beantragt") is the asker's
wish; "solliciter" asks; the same things promised after the asking ("and will send them
anyway") are the asker's promise. After them, 17 of 17 (22 / 22 / 22; figures 22 of 22).
A held-out batch of 7, written after the fixes, read 5 right on its first run (8 / 9 / 10,
figures 8 of 9; main 3, 5 / 9 / 8, figures 5); after two fixes it showed (the leave's owner
was still the giver when no other was named; German leave asked with what it is for between,
"um die Zustimmung zur Weitergabe von Haubitzen ... gebeten", took the one asked for the
asker), 7 of 7. The French and German "given anyway" ("et les livrera de toute façon", "und
wird sie trotzdem liefern"), written with the mended readings, read as discussed at first
(the request told the status); they now read as the asker's promise too. The real-article
set reads as before (pledges predicted 196 / labelled 193 / matched 179; stories pairP 1.00
pairR 0.86 today, 0.89 as published, hidden 0/72 in both date modes).
The earlier rounds are tests/pledges/test_pledges_wire.py to _20."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, X
from tests.support.wire_reading import figures

# ------------------------------------------------------------ the round's articles
# Each is (lang, headline, body, records): the records labelled by hand before the first
# run, as (donor, category, status, figure), the figure the count of things stated, else
# the sum of money, else None.

# The first ones delivered, with the total told after them in German order ("die ersten
# zwei F-16 von insgesamt 30 zugesagten") and its neighbours.
FIRST_OF_A_TOTAL = [
    ("de", "Belgien übergibt Kiew die ersten F-16",
     "BRÜSSEL (dpa) - Belgien hat der Ukraine die ersten zwei F-16-Kampfjets von insgesamt 30 zugesagten übergeben. "
     "Das teilte das Verteidigungsministerium am Montag mit.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
    ("de", "Norwegen liefert erste NASAMS",
     "OSLO (dpa) - Norwegen hat die ersten drei von insgesamt sechs versprochenen NASAMS-Systemen an die Ukraine "
     "geliefert, wie die Regierung in Oslo am Freitag mitteilte.",
     {("NO", AIR, D, 3), ("NO", AIR, P, 6)}),
    ("de", "Niederlande: Erste sechs F-16 in der Ukraine",
     "DEN HAAG (dpa) - Die Niederlande haben der Ukraine die ersten sechs der 24 zugesagten F-16 übergeben. Die "
     "übrigen Maschinen sollen bis Jahresende folgen.",
     {("NL", "aircraft", D, 6), ("NL", "aircraft", P, 24)}),
    ("en", "Norway delivers first NASAMS units to Ukraine",
     "OSLO (Reuters) - Norway has delivered the first three of the six NASAMS air defence systems it promised to "
     "Ukraine, the defence ministry said on Thursday.",
     {("NO", AIR, D, 3), ("NO", AIR, P, 6)}),
    ("fr", "Copenhague a livré ses premiers F-16 à Kiev",
     "COPENHAGUE (AFP) - Le Danemark a livré à l'Ukraine les six premiers F-16 sur les 19 promis, a indiqué lundi "
     "le ministère danois de la Défense.",
     {("DK", "aircraft", D, 6), ("DK", "aircraft", P, 19)}),
]

# Money paid out ("zahlt ... aus", "hat ... ausgezahlt", "a versé", "has paid out") is
# money handed over, delivered, as round 15 labels it; a payout told for later is a
# promise, and so are the separable verbs that announce ("stellt ... bereit", "sagt ...
# zu").
PAID_OUT = [
    ("de", "Berlin zahlt weitere 500 Millionen für Drohnen aus",
     "BERLIN (dpa) - Die Bundesregierung zahlt der Ukraine weitere 500 Millionen Euro für den Kauf von Drohnen aus. "
     "Das teilte das Finanzministerium am Dienstag mit.",
     {("DE", "drones", D, 500e6)}),
    ("de", "Schweden zahlt Kiew 200 Millionen für Munition aus",
     "STOCKHOLM (dpa) - Schweden hat der Ukraine 200 Millionen Euro für Artilleriemunition ausgezahlt, teilte die "
     "Regierung am Mittwoch mit.",
     {("SE", AMMO, D, 200e6)}),
    ("de", "EU will im März nächste Tranche auszahlen",
     "BRÜSSEL (dpa) - Die EU zahlt der Ukraine im März eine weitere Tranche von 3 Milliarden Euro aus. Das kündigte "
     "die EU-Kommission am Donnerstag an.",
     {("EU", MONEY, P, 3e9)}),
    ("de", "Norwegen stellt Kiew eine Milliarde Kronen bereit",
     "OSLO (dpa) - Norwegen stellt der Ukraine 1 Milliarde Kronen für die Flugabwehr bereit. Das kündigte "
     "Ministerpräsident Jonas Gahr Støre am Montag an.",
     {("NO", AIR, P, 1e9)}),
    ("de", "Dänemark sagt Kiew 20 Caesar-Haubitzen zu",
     "KOPENHAGEN (dpa) - Dänemark sagt der Ukraine weitere 20 Haubitzen vom Typ Caesar zu, teilte das "
     "Verteidigungsministerium am Freitag mit.",
     {("DK", "artillery", P, 20)}),
    ("fr", "Berlin verse 500 millions d'euros à Kiev pour des drones",
     "BERLIN (AFP) - L'Allemagne a versé mardi 500 millions d'euros à l'Ukraine pour l'achat de drones, a indiqué "
     "le ministère allemand des Finances.",
     {("DE", "drones", D, 500e6)}),
    ("en", "Germany pays out 500 million euros for Ukraine's drones",
     "BERLIN (Reuters) - Germany has paid out a further 500 million euros to Ukraine for the purchase of drones, the "
     "finance ministry said on Tuesday.",
     {("DE", "drones", D, 500e6)}),
]

# The country asked for leave gives nothing, however the asking is told ("has sought
# Germany's approval", "a sollicité l'accord de", "eine Genehmigung beantragt"); a giving
# promised after the asking ("and will send them anyway") is the asker's promise.
LEAVE_SOUGHT = [
    ("en", "Poland to send Leopards without Berlin's nod",
     "WARSAW (Reuters) - Poland has sought Germany's approval to send its Leopard tanks to Ukraine and will send them "
     "anyway, Prime Minister Mateusz Morawiecki said on Wednesday.",
     {("PL", "tanks", P, None)}),
    ("en", "Slovakia seeks Berlin's approval for howitzer transfer",
     "BRATISLAVA (Reuters) - Slovakia has sought Germany's approval to hand Ukraine its Zuzana howitzers, the "
     "defence ministry said on Monday.",
     {("SK", "artillery", X, None)}),
    ("fr", "Varsovie sollicite l'accord de Berlin pour ses Leopard",
     "VARSOVIE (AFP) - La Pologne a sollicité l'accord de l'Allemagne pour livrer ses chars Leopard à l'Ukraine, a "
     "indiqué mardi le ministre polonais de la Défense.",
     {("PL", "tanks", X, None)}),
    ("de", "Polen beantragt Genehmigung für Leopard-Lieferung",
     "WARSCHAU (dpa) - Polen hat bei der Bundesregierung eine Genehmigung für die Lieferung von Leopard-Panzern an "
     "die Ukraine beantragt. Das sagte ein Sprecher in Warschau.",
     {("PL", "tanks", X, None)}),
    ("en", "Estonia asks Finland's consent to pass on howitzers",
     "TALLINN (Reuters) - Estonia has requested Finland's consent to send Ukraine artillery howitzers it bought from "
     "Helsinki, the Estonian defence ministry said on Friday.",
     {("EE", "artillery", X, None)}),
]

ARTICLES = FIRST_OF_A_TOTAL + PAID_OUT + LEAVE_SOUGHT


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ readings the round mended


# The first ones delivered with the total after them, in German and French order too: those
# delivered, and the total promised; a count of the same things with no total told is one record.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Belgien hat die ersten zwei F-16 von insgesamt 30 zugesagten Jets an die Ukraine geliefert.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
    ("fr", "La Norvège a livré les trois premiers d'un total de six systèmes NASAMS.", {("NO", AIR, D, 3), ("NO", AIR, P, 6)}),
    ("fr", "La Norvège a livré les trois premiers des six systèmes NASAMS promis.", {("NO", AIR, D, 3), ("NO", AIR, P, 6)}),
    ("en", "Germany has sent 20 Leopard tanks of the 2A6 version to Ukraine.", {("DE", "tanks", D, 20)}),
])
def test_the_first_ones_with_the_total_after_them_in_any_order(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Money paid out is delivered, the German separable verb too; a payout to come, or an "aus"
# that opens a phrase, is not; an office named after finance funds nothing.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Deutschland zahlt der Ukraine weitere 500 Millionen Euro für Drohnen aus.", {("DE", "drones", D, 500e6)}),
    ("de", "Die EU zahlt der Ukraine im März eine weitere Tranche von 3 Milliarden Euro aus.", {("EU", MONEY, P, 3e9)}),
    ("de", "Dänemark zahlt der Ukraine weitere 100 Millionen Euro für Militärhilfe, teilte die Regierung mit.",
     {("DK", MONEY, P, 100e6)}),
    ("en", "Germany has paid out 500 million euros to Ukraine for the purchase of drones.", {("DE", "drones", D, 500e6)}),
    ("en", "Germany will pay 500 million euros for the purchase of drones for Ukraine, the finance ministry said.",
     {("DE", "drones", P, 500e6)}),
])
def test_money_paid_out_is_delivered(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# The one whose leave is sought gives nothing, however it is named; the asker would give.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Poland has sought Germany's approval to send Leopard tanks to Ukraine.", {("PL", "tanks", X, None)}),
    ("en", "Poland has sought Germany's approval to send its Leopards and will send them anyway.",
     {("PL", "tanks", P, None)}),
    ("fr", "La Pologne a sollicité l'accord de l'Allemagne pour livrer ses chars Leopard à l'Ukraine.",
     {("PL", "tanks", X, None)}),
    ("de", "Polen hat bei der Bundesregierung eine Genehmigung für die Lieferung von Leopard-Panzern an die Ukraine "
           "beantragt.", {("PL", "tanks", X, None)}),
    ("de", "Tschechien hat Deutschland um die Zustimmung zur Weitergabe von Haubitzen an die Ukraine gebeten.",
     {("CZ", "artillery", X, None)}),
    ("en", "Germany will send Leopard tanks to Ukraine.", {("DE", "tanks", P, None)}),
    ("fr", "La Pologne a demandé l'autorisation de l'Allemagne pour livrer ses chars Leopard à l'Ukraine et les "
           "livrera de toute façon.", {("PL", "tanks", P, None)}),
    ("de", "Polen hat Deutschland um die Erlaubnis gebeten, Leopard-Panzer an die Ukraine zu liefern, und wird sie "
           "trotzdem liefern.", {("PL", "tanks", P, None)}),
    ("de", "Polen hat Deutschland um die Erlaubnis gebeten, Leopard-Panzer an die Ukraine zu liefern.",
     {("PL", "tanks", X, None)}),
])
def test_the_one_whose_leave_is_sought_gives_nothing(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ the held-out batch
# Written after the fixes above and labelled by hand before its first run, as above.

HELD_OUT = [
    ("de", "Dänemark übergibt Kiew die ersten F-16",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine die ersten sechs F-16-Kampfjets von insgesamt 19 zugesagten "
     "Maschinen übergeben, teilte das Verteidigungsministerium am Donnerstag mit.",
     {("DK", "aircraft", D, 6), ("DK", "aircraft", P, 19)}),
    ("en", "Sweden hands Ukraine first CV90 vehicles",
     "STOCKHOLM (Reuters) - Sweden has handed Ukraine the first 10 CV90 infantry fighting vehicles out of a total of "
     "50 it promised, the government said on Monday.",
     {("SE", ARMOUR, D, 10), ("SE", ARMOUR, P, 50)}),
    ("de", "Norwegen zahlt Kiew 2 Milliarden Kronen aus",
     "OSLO (dpa) - Norwegen zahlte der Ukraine im vergangenen Monat 2 Milliarden Kronen für Artilleriemunition aus, "
     "wie die Regierung am Montag mitteilte.",
     {("NO", AMMO, D, 2e9)}),
    ("fr", "Ottawa verse 200 millions de dollars à Kiev pour des drones",
     "OTTAWA (AFP) - Le Canada a versé 200 millions de dollars canadiens à l'Ukraine pour l'achat de drones, a "
     "annoncé jeudi le ministre canadien des Finances.",
     {("CA", "drones", D, 200e6)}),
    ("en", "Czechs seek Berlin's consent to send howitzers to Ukraine",
     "PRAGUE (Reuters) - The Czech Republic has sought Germany's consent to hand Ukraine self-propelled howitzers "
     "built under a German licence, the defence ministry said on Tuesday.",
     {("CZ", "artillery", X, None)}),
    ("de", "Prag bittet Berlin um Zustimmung",
     "PRAG (dpa) - Tschechien hat die Bundesregierung um die Zustimmung zur Weitergabe von Haubitzen an die Ukraine "
     "gebeten. Das teilte das Verteidigungsministerium in Prag mit.",
     {("CZ", "artillery", X, None)}),
    ("fr", "Bratislava sollicite le feu vert de Berlin pour ses Zuzana",
     "BRATISLAVA (AFP) - La Slovaquie a sollicité le feu vert de l'Allemagne pour céder à l'Ukraine des obusiers "
     "Zuzana, a indiqué mercredi le gouvernement slovaque.",
     {("SK", "artillery", X, None)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HELD_OUT)
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
