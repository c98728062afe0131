"""A twenty-third round of wire copy: 18 articles written for these tests (none is taken from
the real-article set), 6 each in English, French and German, in the style of Reuters, AFP and
dpa, around four leftovers of round 22: things part paid for by another country ("some of them
paid for by Belgium", "financés en partie par le Danemark", "einige davon von Dänemark
bezahlt"), ammunition for a system ("rounds of Gepard ammunition", "obus pour les Gepard",
"Munition für den Gepard"), money given "to strengthen its air defence" (Ukraine's), and
German headlines with "will ... abgeben" or a present "liefert" over a body that tells a
delivery or a plan. Each article was labelled by hand before it was run, following the
real-article set's conventions (../shared/eval/README.md) and the earlier rounds', with its
figure: the count of things stated, else the sum of money, else none. As round 22's held-out
batch labelled the Caesars "financés en partie par le Danemark", the giver who hands the things
over gives their count, and the payer funds them with no count of its own (the same kind and
stage): the count is the things', and the text tells no share of them.
Run first (on this branch as it began, which reads as main), 4 of the 18 articles were fully
right (records (donor, category, status) matched 30 / labelled 43 / predicted 37; with their
figures 24 of 43). The fixes, each in general words: a payer of some of the things ("some of
them paid for by", "dont certains payés par", "financés en partie par", "einige davon von ...
bezahlt", "die zum Teil von ... bezahlt werden") funds them with no count and gives none of
them itself, and its payment tells no stage of the things; "rounds of Gepard ammunition" and
"Gepard rounds" are ammunition for the system; a generic word in apposition to a named system
("les Gepard, ses blindés antiaériens") repeats it; a sum given to Ukraine "to strengthen its
air defence" ("à l'Ukraine pour renforcer sa défense", "der Ukraine ... geben, um ihre
Luftverteidigung zu stärken") pays for Ukraine's air defence, a possessive without Ukraine
named is still the giver's own; a headline telling a wish to give ("will ... abgeben",
"wollen", "wants to", "veut") gives way to a body that tells the same aid only as discussed (a
present-tense "liefert" over a delivery already did). After them, 17 of 18 (42 / 43 / 42;
figures 42 of 43); the one left is a strict xfail. Four strict xfails of round 22 now pass
(Norway's "to strengthen its air defence", the Caesars "einige davon von Dänemark bezahlt" and
"financés en partie par le Danemark", "Polen will Leopard abgeben").
A held-out batch of 6, written after the fixes, read 4 right on its first run (15 / 16 / 19,
figures 15 of 16; main 0, 9 / 16 / 17, figures 6); after two fixes it showed (a part payer
named after a second thing joined by "and" paid for that one only, and is no passive agent
of the first; "Gepard rounds" in a headline), 6 of 6 (16 / 16 / 16, figures 16 of 16).
The real-article set reads as before (relevance P/R 0.99/0.99; pledges predicted 196 / labelled
193 / matched 179, its analyze output unchanged; stories pairP 1.00, pairR 0.86 (24/0/4) today
and 0.96 (27/0/1) as published, hidden 0/72 in both, as measured on main the same day). No
text in tests/data changes its records.
The earlier rounds are tests/pledges/test_pledges_wire.py to _22. Round 24
(tests/pledges/test_pledges_wire_24.py) mended the strict xfail left here."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, X
from tests.support.wire_reading import figures, in_three_languages, left_as_xfails

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure).

ENGLISH = [
    ("Netherlands sends Caesar howitzers to Ukraine, some paid for by Belgium",
     "AMSTERDAM (Reuters) - The Netherlands has delivered 12 Caesar howitzers to Ukraine, some of them paid for by "
     "Belgium, the defence ministry said on Thursday.\n"
     "The Dutch government has also promised 400 million euros for drones this year.",
     {("NL", "artillery", D, 12), ("BE", "artillery", D, None), ("NL", "drones", P, 400e6)}),
    ("Germany sends 200,000 rounds of Gepard ammunition",
     "BERLIN (Reuters) - Germany has sent Ukraine another 200,000 rounds of Gepard ammunition and will deliver six "
     "more Gepard anti-aircraft guns by the spring, the defence ministry said on Tuesday.",
     {("DE", AMMO, D, 200000), ("DE", AIR, P, 6)}),
    ("Sweden to give Ukraine $480 million to bolster its air defence",
     "STOCKHOLM (Reuters) - Sweden will give Ukraine 5 billion Swedish crowns ($480 million) to strengthen its air "
     "defence, the government said on Monday.\n"
     "Sweden has already sent CV90 infantry fighting vehicles and Archer howitzers to Kyiv.",
     {("SE", AIR, P, 5e9), ("SE", ARMOUR, D, None), ("SE", "artillery", D, None)}),
    ("Canada to send armoured vehicles, some of them paid for by Norway",
     "OTTAWA (Reuters) - Canada will send Ukraine 50 armoured vehicles, some of them paid for by Norway, Defence "
     "Minister Bill Blair said on Wednesday.\n"
     "Ottawa will also give Kyiv 100 million Canadian dollars to boost its air defence, Blair added.",
     {("CA", ARMOUR, P, 50), ("NO", ARMOUR, P, None), ("CA", AIR, P, 100e6)}),
    ("Netherlands delivers ammunition for Ukraine's Gepard guns",
     "THE HAGUE (Reuters) - The Netherlands has delivered 150,000 rounds of ammunition for the Gepard anti-aircraft "
     "guns that Ukraine received from Germany, the defence ministry said on Wednesday.\n"
     "The Dutch also plan to send two more Patriot launchers next year.",
     {("NL", AMMO, D, 150000), ("DE", AIR, D, None), ("NL", AIR, P, 2)}),
    ("Denmark hands over last F-16s, gives funds for Ukraine's air defence",
     "COPENHAGEN (Reuters) - Denmark will give Ukraine 2 billion Danish crowns to bolster its air defence and has "
     "handed over its last F-16 fighter jets, the defence ministry said on Friday.",
     {("DK", AIR, P, 2e9), ("DK", "aircraft", D, None)}),
]

FRENCH = [
    ("La France livre des Caesar financés en partie par le Danemark",
     "PARIS (AFP) - La France a livré à l'Ukraine 18 canons Caesar, financés en partie par le Danemark, a annoncé "
     "mardi le ministère des Armées.\n"
     "Paris prévoit aussi de former 2 000 soldats ukrainiens cette année.",
     {("FR", "artillery", D, 18), ("DK", "artillery", D, None), ("FR", "training", P, 2000)}),
    ("Berlin livre 100 000 obus pour les Gepard ukrainiens",
     "BERLIN (AFP) - L'Allemagne a livré à l'Ukraine 100 000 obus pour les Gepard, ses blindés antiaériens, a indiqué "
     "jeudi le ministère de la Défense.\n"
     "Berlin a également promis deux nouveaux systèmes IRIS-T.",
     {("DE", AMMO, D, 100000), ("DE", AIR, P, 2)}),
    ("La Norvège va donner 4 milliards de couronnes pour la défense aérienne ukrainienne",
     "OSLO (AFP) - La Norvège va donner à l'Ukraine 4 milliards de couronnes pour renforcer sa défense aérienne, a "
     "annoncé vendredi le gouvernement norvégien.\n"
     "Oslo a déjà livré des systèmes NASAMS à Kiev.",
     {("NO", AIR, P, 4e9), ("NO", AIR, D, None)}),
    ("Les Pays-Bas vont envoyer des obus pour les Gepard",
     "LA HAYE (AFP) - Les Pays-Bas vont envoyer à l'Ukraine 50 000 obus pour ses chars antiaériens Gepard, a annoncé "
     "lundi le ministère néerlandais de la Défense, qui a également promis 20 millions d'euros pour des drones.",
     {("NL", AMMO, P, 50000), ("NL", "drones", P, 20e6)}),
    ("Le Canada va fournir des blindés, dont certains payés par la Norvège",
     "OTTAWA (AFP) - Le Canada va fournir à l'Ukraine 25 véhicules blindés, dont certains payés par la Norvège, a "
     "déclaré mercredi le ministre canadien de la Défense.\n"
     "Ottawa a déjà livré huit chars Leopard 2 à Kiev.",
     {("CA", ARMOUR, P, 25), ("NO", ARMOUR, P, None), ("CA", "tanks", D, 8)}),
    ("La Suède va aider l'Ukraine à renforcer sa défense antiaérienne",
     "STOCKHOLM (AFP) - La Suède va verser 3 milliards de couronnes à l'Ukraine pour renforcer sa défense antiaérienne "
     "et lui livrera dix véhicules blindés CV90, a indiqué jeudi le gouvernement.",
     {("SE", AIR, P, 3e9), ("SE", ARMOUR, P, 10)}),
]

GERMAN = [
    ("Frankreich liefert Caesar-Haubitzen, einige von Dänemark bezahlt",
     "PARIS (dpa) - Frankreich hat der Ukraine 12 weitere Caesar-Haubitzen geliefert, einige davon von Dänemark "
     "bezahlt. Das teilte das Verteidigungsministerium in Paris am Mittwoch mit.\n"
     "Frankreich will zudem weitere Mirage-Kampfjets abgeben.",
     {("FR", "artillery", D, 12), ("DK", "artillery", D, None), ("FR", "aircraft", P, None)}),
    ("Deutschland liefert Munition für den Gepard",
     "BERLIN (dpa) - Deutschland hat der Ukraine weitere 80.000 Schuss Munition für den Flugabwehrpanzer Gepard "
     "übergeben. Das sagte ein Sprecher des Verteidigungsministeriums am Montag in Berlin.\n"
     "Bis Jahresende sollen zudem zwei weitere IRIS-T-Systeme folgen.",
     {("DE", AMMO, D, 80000), ("DE", AIR, P, 2)}),
    ("Niederlande wollen Patriot-Startgeräte abgeben",
     "DEN HAAG (dpa) - Die Niederlande prüfen, ob sie der Ukraine zwei weitere Patriot-Startgeräte abgeben können. "
     "Das sagte Verteidigungsminister Ruben Brekelmans am Dienstag in Den Haag.\n"
     "Die Niederlande haben Kiew bereits 24 F-16-Kampfjets zugesagt.",
     {("NL", AIR, X, 2), ("NL", "aircraft", P, 24)}),
    ("Norwegen gibt Milliarden für die ukrainische Luftverteidigung",
     "OSLO (dpa) - Norwegen wird der Ukraine 7 Milliarden Kronen geben, um ihre Luftverteidigung zu stärken. Das "
     "teilte die Regierung in Oslo am Freitag mit.\n"
     "Norwegen hatte Kiew bereits NASAMS-Systeme überlassen.",
     {("NO", AIR, P, 7e9), ("NO", AIR, D, None)}),
    ("Kanada liefert Radpanzer, teils von Norwegen bezahlt",
     "OTTAWA (dpa) - Kanada wird der Ukraine 30 gepanzerte Fahrzeuge liefern, die zum Teil von Norwegen bezahlt "
     "werden. Das kündigte Verteidigungsminister Bill Blair am Donnerstag an.",
     {("CA", ARMOUR, P, 30), ("NO", ARMOUR, P, None)}),
    ("Dänemark liefert letzte F-16 an die Ukraine",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine seine letzten sechs F-16-Kampfjets übergeben. Das teilte das "
     "Verteidigungsministerium am Dienstag mit.\n"
     "Zudem will Kopenhagen weitere 500 Millionen Kronen für Munition bereitstellen.",
     {("DK", "aircraft", D, 6), ("DK", AMMO, P, 500e6)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
# (Round 24 mended the one left: a receipt told in a relative clause, "the Gepard anti-aircraft
# guns that Ukraine received from Germany", is Germany's delivery.)
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT),
)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the held-out batch
# Written after the fixes, labelled by hand before its first run, as above.
# Each is (lang, headline, body, records).

HELD_OUT = [
    ("en", "Germany hands Ukraine Gepard rounds and two Patriot launchers",
     "BERLIN (Reuters) - Germany has handed Ukraine 60,000 rounds of ammunition for its Gepard anti-aircraft guns and "
     "two Patriot launchers, some of them paid for by the Netherlands, the government said on Monday.",
     {("DE", AMMO, D, 60000), ("DE", AIR, D, 2), ("NL", AIR, D, None)}),
    ("en", "Finland to give Ukraine 150 million euros for air defence",
     "HELSINKI (Reuters) - Finland will give Ukraine 150 million euros to bolster its air defence and plans to send "
     "more artillery ammunition, the defence ministry said on Thursday.\n"
     "Finland has already delivered Leopard 2 mine-clearing tanks.",
     {("FI", AIR, P, 150e6), ("FI", AMMO, P, None), ("FI", "tanks", D, None)}),
    ("fr", "Berlin livre des obusiers à Kiev, en partie financés par Oslo",
     "BERLIN (AFP) - L'Allemagne a livré à l'Ukraine six obusiers PzH 2000, dont une partie financée par la Norvège, "
     "a annoncé lundi le ministère allemand de la Défense.\n"
     "Berlin prévoit aussi de livrer 30 000 obus pour les chars antiaériens Gepard d'ici l'été.",
     {("DE", "artillery", D, 6), ("NO", "artillery", D, None), ("DE", AMMO, P, 30000)}),
    ("fr", "Le Danemark veut céder ses derniers F-16 à l'Ukraine",
     "COPENHAGUE (AFP) - Le Danemark étudie la possibilité de céder à l'Ukraine ses six derniers F-16, a indiqué mardi "
     "le ministre danois de la Défense.\n"
     "Copenhague versera par ailleurs 500 millions de couronnes à Kiev pour renforcer sa défense aérienne.",
     {("DK", "aircraft", X, 6), ("DK", AIR, P, 500e6)}),
    ("de", "Schweden will Kiew Schützenpanzer überlassen",
     "STOCKHOLM (dpa) - Schweden erwägt, der Ukraine weitere 20 CV90-Schützenpanzer zu überlassen. Das sagte "
     "Verteidigungsminister Pål Jonson am Mittwoch.\n"
     "Schweden hatte Kiew bereits Archer-Haubitzen geliefert.",
     {("SE", ARMOUR, X, 20), ("SE", "artillery", D, None)}),
    ("de", "Deutschland liefert Gepard-Munition und IRIS-T",
     "BERLIN (dpa) - Deutschland hat der Ukraine 50.000 Schuss Gepard-Munition und zwei weitere IRIS-T-Systeme "
     "übergeben, die zum Teil von Dänemark bezahlt wurden. Das teilte das Verteidigungsministerium am Freitag mit.",
     {("DE", AMMO, D, 50000), ("DE", AIR, D, 2), ("DK", AIR, D, None)}),
]


# What the held-out batch leaves, by headline: what is read instead (strict xfails).
HELD_OUT_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the readings the round mended, and their neighbours


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a payer of some of the things funds them, with no count; a payer of all of them gives them
    ("en", "The Netherlands delivered 12 howitzers to Ukraine, some of them paid for by Belgium.",
     {("NL", "artillery", D, 12), ("BE", "artillery", D, None)}),
    ("en", "The Netherlands delivered 12 howitzers to Ukraine, paid for by Belgium.", {("BE", "artillery", D, 12)}),
    ("fr", "Le Canada va fournir à l'Ukraine 25 blindés, dont certains payés par la Norvège.",
     {("CA", ARMOUR, P, 25), ("NO", ARMOUR, P, None)}),
    ("de", "Kanada wird der Ukraine 30 gepanzerte Fahrzeuge liefern, die zum Teil von Norwegen bezahlt werden.",
     {("CA", ARMOUR, P, 30), ("NO", ARMOUR, P, None)}),
    # rounds for a gun are ammunition, with or without the system's name between
    ("en", "Germany has sent 200,000 rounds of Gepard ammunition to Ukraine.", {("DE", AMMO, D, 200000)}),
    ("en", "Germany has sent 200,000 rounds of ammunition to Ukraine.", {("DE", AMMO, D, 200000)}),
    # a sum given to Ukraine for "its" air defence is Ukraine's; the giver's own is not given
    ("en", "Norway will give Ukraine 7 billion crowns to strengthen its air defence.", {("NO", AIR, P, 7e9)}),
    ("de", "Norwegen wird der Ukraine 7 Milliarden Kronen geben, um ihre Luftverteidigung zu stärken.",
     {("NO", AIR, P, 7e9)}),
    ("en", "Poland will spend 5 billion zlotys to strengthen its own air defence.", {("PL", MONEY, P, 5e9)}),
])
def test_the_readings_the_round_mended(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("title", "expected"), [
    # a wish in the headline is the body's examining ...
    ("Niederlande wollen Patriot-Startgeräte abgeben", {("NL", AIR, X, 2)}),
    # ... a future is a promise the headline tells beside it
    # (relabelled by fix63a, from the headline's promise: a body that weighs the giving, "prüfen, ob", is the
    # summary's status over any headline's promise, the ruling of review 63's fixes: "Italy to send" over "is
    # considering ..., no decision", "liefert" over "erwägt")
    ("Niederlande werden Patriot-Startgeräte abgeben", {("NL", AIR, "discussed", 2)}),
])
def test_a_headline_wish_gives_way_to_the_body_examining(title: str, expected: set) -> None:
    body = "Die Niederlande prüfen, ob sie der Ukraine zwei Patriot-Startgeräte abgeben können."
    assert figures(body, "de", title=title) == expected
