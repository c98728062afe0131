"""A twenty-fifth round of wire copy: 30 articles written for these tests (none is taken from
the real-article set), 10 each in English, French and German, in the style of Reuters, AFP and
dpa. They cover what the real set still got wrong on main (its 10 missed and 14 false records,
grouped by phenomenon, no text copied): a payer of a shipment that arrived told in the present
passive or in a reported clause, a commitment of money itself on the agenda, officials'
nationalities read as givers, a count of a generic word ("blindés") for the tanks named later,
the press's nationality ("selon la presse allemande") read as a giver, an umbrella word told with
the precise thing after a colon, things picked from industry's list, a programme endowed with a
sum, countries Kyiv "can count on", a plea and a decision still awaited; the four strict xfails
of tests/pledges/test_review_39.py (a coalition's leader, a transit leave, a ban beside a
delivery, a contract for two kinds of things) and tests/data item C-DE-02 (a $1bn contract on
two records); and what wire copy tells often that earlier rounds may have missed: counts as
ranges ("between 10 and 15", "de 20 à 30", "zwischen 800.000 und einer Million": labelled with
their top, as "up to" is, until stop 56 ruled a range is read at its lower bound: the four labels
say so since), sums in crowns and Canadian dollars, packages in tranches, a pledge
restated with a new figure ("instead of", "et non plus", "statt"), recipients other than
Ukraine's army (border guard, national guard). Each article was labelled by hand before it was
run, following the real-article set's conventions (../shared/eval/README.md), as (donor,
category, status, figure): the count of things stated, else the sum of money, else none.
Run first (on this branch as it began, which reads as main), 14 of the 30 were fully right
(records (donor, category, status) matched 28 / labelled 44 / predicted 42; with their figures
26 of 44). The fixes, each in general words: a financial pledge or commitment is funding, its
own promise word telling its status only when no verb near it does (item_words.py,
nearest_cue.py); a figure told as replacing the one next to the things ("zehn statt sechs",
"ten rather than six", "dix au lieu de six") is the count (items.py); the payer of what arrived
in the present passive ("is fully funded by") or in a reported clause ("confirmed that the
package is ...") delivered (sentence_cues.py); leave to carry things for Ukraine across a
country ("allowed Germany to move ... tanks bound for Ukraine", "erlaubt, ... zu transportieren")
is the carrier's promise and no question for the one letting them pass (cue_patterns.py,
approvals.py); a coalition's name gives way to anything the sentence names outside it, also of
its own kind (items.py); a giving stressed by "elle-même", "itself", "selbst" is the sentence's
first donor's (givers.py); "Himars-Raketen" are the launcher's ammunition (items.py); a sum told
as a worth pays for nothing after it ("rockets worth $1bn for Ukraine's HIMARS launchers",
given_items.py); a headline's order of the system the body tells ordered is that order
(restatements.py); the worth of a contract for several kinds of things is the contract's money
at its stage (money_items.py); a plea opening a quotation in the imperative ("Liefert uns
Taurus!") asks, and German "drängt", French "presse ... de" urge (cue_qualifiers.py,
cue_patterns.py); contents told in a relative clause on the package take the package's own verb
after it ("The first tranche, which includes 20 Marder, arrived", sentence_cues.py); "barred X
from re-exporting" is a ban and X the giver it forbids (cue_patterns.py, item_givers.py); a count
of a generic noun after "of the" ("50 of the vehicles", "dix des engins") is a share of the
system named before (references.py); the press's nationality gives nothing (non_givers.py); the
bare French "blindés" are the article's tanks when it names tanks and no armoured vehicle by
system (restatements.tanks_told_as_armour). After them, 25 of 30 (38 / 44 / 45; figures 37 of
44); the five left are strict xfails saying what is read instead. The four strict xfails of
tests/pledges/test_review_39.py pass now (the ban's probe with its label corrected: the one who
bars refuses, as the real set labels a Swiss ban), and so does round 24's Leopard article (the
allies' 80, now that "selon la presse allemande" names no giver). Two first versions went too
far and were narrowed when earlier tests caught them: a headline's order dropped beside the
body's contract also took "Rheinmetall liefert Skynex" (tests/stories' merges), now only a
headline telling an order or a purchase; "blindés" read as tanks also took round 22's "a promis
50 blindés ... et a livré huit chars" and round 23's headline over "25 véhicules blindés", now
not beside tanks in their own sentence nor where the article names armour otherwise.
A held-out batch of 10, written after the fixes, read 9 right on its first run (records 15 / 15
/ 16, figures 15 of 15; main 3, 7 / 15 / 12, figures 6); the one left (the make of a PURL
package read as delivering beside its payers) is a strict xfail. The readings mended are pinned
with their neighbours at the end (23 sentences; main reads 10 of them right).
The real-article set: pledges predicted 197 / labelled 193 / matched 185 (P 0.94, R 0.96; main
197 / 193 / 183): found now the Dutch payment of EN-029 as delivered and FR-002's fourteen
"blindés" as Germany's tanks, no longer FR-002's 80 Leopard given to Germany by "la presse
allemande"; EN-024's financial pledge is read, but as the allies' (labelled NATO's). Relevance
P/R 0.99/0.99 as on main. Stories as on main (pairP 1.00, pairR 0.86 (24/0/4) today, 0.96
(27/0/1) as published, hidden 0/72) after one change to grouping (bot/core/stories/
pledge_news.payment_for_what_arrived): money read as delivered from a sentence telling who paid
for what arrived is the payer's decision, as a thanks for paying is; read as a delivery, EN-029
split from EN-031, a report of the same event (pairR 0.82 today, 0.93 as published). All 1,599
texts of tests/data and the real set analysed before and after: 8 change their records, all read
again by hand and right now (C-DE-02's $1bn on the rockets alone, "Ces blindés" as the Leopards
just named, "20 more of the vehicles" counted, a headline's order and an initiative's name no
second record) but EN-024 (above); of the 6,047 longer strings of the earlier test files, 6
change: review 39's four probes and two round-24 texts this round mends.
The earlier rounds are tests/pledges/test_pledges_wire.py to _24."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, left_as_xfails, with_language

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure).

ENGLISH = [
    # a range of counts: the most it may be, as "up to"
    ("Sweden to send more CV90 vehicles to Ukraine",
     "STOCKHOLM (Reuters) - Sweden will send Ukraine between 10 and 15 CV90 infantry fighting vehicles in the spring, "
     "Defence Minister Pal Jonson said on Tuesday.\n"
     "Stockholm has delivered 50 of the vehicles since last year.",
     {("SE", ARMOUR, P, 10), ("SE", ARMOUR, D, 50)}),
    # a package in tranches: the total promised, the first tranche arrived with its things
    ("First tranche of German package reaches Ukraine",
     "BERLIN (Reuters) - Germany's 500 million euro military aid package for Ukraine will be delivered in three "
     "tranches, the defence ministry said on Monday.\n"
     "The first tranche, which includes 20 Marder infantry fighting vehicles, arrived in Ukraine last week.",
     {("DE", MONEY, P, 500e6), ("DE", ARMOUR, D, 20)}),
    # a pledge restated with a new figure: the new figure only
    ("Canada raises armoured vehicle pledge for Ukraine",
     "OTTAWA (Reuters) - Canada will send Ukraine 50 armoured vehicles instead of the 39 it had promised in January, "
     "Defence Minister Bill Blair said on Friday.",
     {("CA", ARMOUR, P, 50)}),
    # a recipient other than Ukraine's army
    ("US delivers patrol boats to Ukraine's border guard",
     "WASHINGTON (Reuters) - The United States has delivered 12 patrol boats to Ukraine's State Border Guard Service, "
     "the State Department said on Monday.",
     {("US", "other", D, 12)}),
    # transit: the country letting tanks cross gives nothing; the tanks bound for Ukraine are promised
    ("Poland lets German tanks for Ukraine cross its territory",
     "WARSAW (Reuters) - Poland has allowed Germany to move 18 Leopard 2 tanks bound for Ukraine across its territory "
     "by rail, the Polish defence ministry said on Wednesday.",
     {("DE", "tanks", P, 18)}),
    # a contract for rockets for launchers Ukraine has: one thing bought, its price
    ("Pentagon orders $1 billion of GMLRS rockets for Ukraine's HIMARS",
     "WASHINGTON (Reuters) - The Pentagon has ordered GMLRS rockets worth 1 billion dollars for Ukraine's HIMARS "
     "launchers from Lockheed Martin under the Ukraine Security Assistance Initiative, the Defense Department said on "
     "Thursday. Deliveries are due to start in 2027.",
     {("US", AMMO, M, 1e9)}),
    # a contract buying two kinds of things: the worth is the contract's, neither thing's
    ("Germany signs 700 million euro contract for shells and Skyranger for Kyiv",
     "BERLIN (Reuters) - Germany has signed a contract worth 700 million euros with Rheinmetall for artillery shells "
     "and Skyranger air defence systems for Ukraine, the company said on Monday.",
     {("DE", AMMO, M, None), ("DE", AIR, M, None), ("DE", MONEY, M, 700e6)}),
    # the payer, in the present passive, of a shipment that has arrived
    ("First PURL-funded shipment reaches Ukraine",
     "BRUSSELS (Reuters) - NATO Secretary-General Mark Rutte on Tuesday welcomed the arrival in Ukraine of the first "
     "shipment of U.S. weapons bought under the alliance's PURL scheme. The shipment is fully funded by Denmark, the "
     "Danish government confirmed.",
     {("DK", MONEY, D, None)}),
    # a commitment that is itself on the agenda, in a quotation
    ("NATO ministers meet on Ukraine support",
     "BRUSSELS (Reuters) - NATO defence ministers met in Brussels on Thursday to discuss their support for Ukraine.\n"
     "\"We will also discuss a multi-year financial commitment that I expect leaders will agree at the summit,\" "
     "Secretary-General Mark Rutte told reporters.",
     {("NATO", MONEY, X, None)}),
    # officials' nationalities are no givers; talks on making shells under a programme that exists
    ("EU and Polish officials discuss shell plan for Ukraine",
     "WARSAW (AP) - Polish and European Union officials discussed on Monday how to produce more artillery shells under "
     "a new 2 billion euro programme to supply Ukraine and refill Europe's depleted stocks.",
     {("EU", AMMO, P, 2e9)}),
]

FRENCH = [
    # a count of a generic word for the tanks named later; "jusqu'à" from the allies
    ("Lisbonne promet trois chars à Kiev",
     "LISBONNE (AFP) - Le Portugal, qui a annoncé l'envoi de trois blindés, fera « tout le nécessaire » pour aider "
     "l'Ukraine, a déclaré lundi le Premier ministre.\n"
     "Selon la presse portugaise, Kiev pourrait recevoir au total jusqu'à 30 Leopard de la part de ses alliés.",
     {("PT", "tanks", P, 3), ("ALLIES", "tanks", X, 30)}),
    # a programme endowed with a sum to raise production: the sum is the production's worth
    ("Bruxelles veut doper la production de missiles",
     "BRUXELLES (AFP) - La Commission européenne a présenté mercredi un programme pour accroître la production de "
     "missiles de défense aérienne en Europe, afin d'aider l'Ukraine. Il sera doté de 300 millions d'euros, a "
     "précisé le commissaire.",
     {("EU", "production", M, 300e6)}),
    # four countries Kyiv can count on, one of them ready to send
    ("Kiev peut compter sur quatre pays pour ses avions de combat",
     "PARIS (AFP) - Selon le Washington Post, l'Ukraine peut compter sur la Suède, le Danemark, la Norvège et les "
     "Pays-Bas. La Suède est notamment l'un des pays qui ont fait savoir discrètement qu'ils étaient prêts à envoyer "
     "des avions de combat à Kiev.",
     {("SE", "aircraft", X, None), ("DK", "aircraft", X, None), ("NO", "aircraft", X, None),
      ("NL", "aircraft", X, None)}),
    # a ban on one thing, a delivery of another by the one barred, in one sentence
    ("La Suisse bloque des obus pour Kiev, Berlin livre des IRIS-T",
     "BERNE (AFP) - La Suisse a interdit à l'Allemagne de réexporter vers l'Ukraine des obus de 35 mm fabriqués sur "
     "son sol, mais Berlin a livré deux nouveaux systèmes IRIS-T à Kiev la semaine dernière.",
     {("CH", AMMO, R, None), ("DE", AMMO, X, None), ("DE", AIR, D, 2)}),
    # a sum in crowns earmarked for shells
    ("Prague débloque 2 milliards de couronnes pour des munitions",
     "PRAGUE (AFP) - Le gouvernement tchèque a approuvé mercredi une enveloppe de 2 milliards de couronnes pour "
     "acheter des obus d'artillerie destinés à l'Ukraine, a annoncé le ministre de la Défense.",
     {("CZ", AMMO, P, 2e9)}),
    # a recipient other than the army
    ("Paris livre des blindés à la Garde nationale ukrainienne",
     "PARIS (AFP) - La France a livré 20 véhicules blindés de transport de troupes à la Garde nationale ukrainienne, "
     "a annoncé mardi le ministère des Armées.",
     {("FR", ARMOUR, D, 20)}),
    # a pledge restated with a new figure
    ("Le Danemark porte à 19 le nombre de F-16 promis à Kiev",
     "COPENHAGUE (AFP) - Le Danemark livrera finalement 19 avions de combat F-16 à l'Ukraine, et non plus 14 comme "
     "annoncé initialement, a indiqué vendredi la Première ministre Mette Frederiksen.",
     {("DK", "aircraft", P, 19)}),
    # a range of counts
    ("Rome prépare l'envoi d'obusiers à Kiev",
     "ROME (AFP) - L'Italie enverra à l'Ukraine de 20 à 30 obusiers automoteurs M109 dans les prochains mois, a "
     "affirmé jeudi le ministre de la Défense Guido Crosetto.",
     {("IT", "artillery", P, 20)}),
    # leave to lead a coalition is no leave to give; the giver is the one sending tanks
    ("Berlin laisse la Pologne piloter la coalition des chars",
     "BERLIN (AFP) - L'Allemagne a accepté que la Pologne prenne la tête de la coalition des chars Leopard, et "
     "livrera elle-même 14 Leopard 2 à l'Ukraine, a indiqué mardi le gouvernement.",
     {("DE", "tanks", P, 14)}),
    # a tranche paid out of a sum promised for drones, in Canadian dollars
    ("Le Canada verse une première tranche de son aide pour des drones",
     "OTTAWA (AFP) - Le Canada a versé une première tranche de 200 millions de dollars canadiens sur les 500 millions "
     "promis à l'Ukraine pour l'achat de drones, a annoncé lundi le ministre de la Défense.",
     {("CA", "drones", P, 500e6), ("CA", "drones", D, 200e6)}),
]

GERMAN = [
    # an umbrella word told with the precise thing after a colon
    ("Kontaktgruppe trifft sich erneut in Ramstein",
     "RAMSTEIN (dpa) - Vertreter aus rund 50 Staaten beraten am Dienstag erneut über die Unterstützung der Ukraine. "
     "Beim ersten Treffen hatte Großbritannien die Lieferung schwerer Waffen angekündigt: 14 Kampfpanzer vom Typ "
     "Challenger 2.",
     {("GB", "tanks", P, 14)}),
    # things Kyiv picked from industry's list are no gift of the government that pays
    ("Berlin finanziert Waffenkäufe der Ukraine",
     "BERLIN (dpa) - Die Bundesregierung will Rüstungslieferungen deutscher Firmen an die Ukraine finanzieren, statt "
     "selbst Waffen abzugeben. Die Ukraine habe aus einer Liste der Industrie bereits Drohnen und Artilleriemunition "
     "ausgewählt, hieß es aus Regierungskreisen.",
     {("DE", MONEY, P, None)}),
    # a ban on one thing, a delivery of another by the one barred, in one sentence
    ("Schweiz blockiert Munition aus Dänemark für Kiew",
     "BERN (dpa) - Die Schweiz hat Dänemark untersagt, in der Schweiz hergestellte Panzermunition an die Ukraine "
     "weiterzugeben, doch Dänemark hat Kiew bereits 19 Panzerhaubitzen geliefert.",
     {("CH", AMMO, R, None), ("DK", AMMO, X, None), ("DK", "artillery", D, 19)}),
    # a sum in crowns, whose country the donor tells
    ("Norwegen gibt weitere Milliarden für Kiew",
     "OSLO (dpa) - Norwegen stellt der Ukraine in diesem Jahr weitere 5 Milliarden Kronen an Militärhilfe bereit. "
     "Das teilte Ministerpräsident Jonas Gahr Støre am Freitag mit.",
     {("NO", MONEY, P, 5e9)}),
    # a range of counts, its top in words
    ("Tschechische Initiative liefert weitere Granaten",
     "PRAG (dpa) - Über die tschechische Munitionsinitiative sollen in diesem Jahr zwischen 800.000 und einer Million "
     "Artilleriegranaten an die Ukraine gehen. Das sagte Präsident Petr Pavel am Montag.",
     {("CZ", AMMO, P, 800000)}),
    # a recipient other than the army
    ("Litauen liefert Drohnen an ukrainischen Grenzschutz",
     "VILNIUS (dpa) - Litauen hat dem ukrainischen Grenzschutz 300 Aufklärungsdrohnen übergeben. Das teilte das "
     "Verteidigungsministerium in Vilnius am Mittwoch mit.",
     {("LT", "drones", D, 300)}),
    # a pledge restated with a new figure
    ("Spanien erhöht Zahl der Leopard-Panzer für Kiew",
     "MADRID (dpa) - Spanien will der Ukraine nun zehn statt sechs Leopard-2-Panzer liefern. Das kündigte "
     "Verteidigungsministerin Margarita Robles am Donnerstag an.",
     {("ES", "tanks", P, 10)}),
    # a first tranche handed over out of a total promised
    ("Niederlande übergeben erste F-16-Kampfjets",
     "DEN HAAG (dpa) - Die Niederlande haben der Ukraine die erste Tranche von sechs der insgesamt 24 zugesagten "
     "F-16-Kampfjets übergeben. Die übrigen Maschinen sollen bis zum Jahresende folgen.",
     {("NL", "aircraft", D, 6), ("NL", "aircraft", P, 24)}),
    # transit: leave to carry another's howitzers across is no giving by the one who lets them pass
    ("Tschechien erlaubt Transport deutscher Haubitzen für die Ukraine",
     "PRAG (dpa) - Tschechien hat Deutschland erlaubt, zwölf Panzerhaubitzen 2000 für die Ukraine per Bahn durch sein "
     "Gebiet zu transportieren. Das teilte das Verteidigungsministerium in Prag am Dienstag mit.",
     {("DE", "artillery", P, 12)}),
    # the thing asked for in a quotation; the one asked waits, a decision to come
    ("Selenskyj drängt Scholz zu Taurus-Lieferung",
     "KIEW (dpa) - \"Liefert uns Taurus, und zwar jetzt!\", hat der ukrainische Präsident Wolodymyr Selenskyj dem "
     "Bundeskanzler zugerufen. Scholz wartet weiter ab. Eine Entscheidung soll aber in den kommenden Wochen fallen.",
     {("DE", "missiles", X, None)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
LEFT = {
    "First PURL-funded shipment reaches Ukraine": (
        "'the first shipment of U.S. weapons bought under the alliance's PURL scheme' also reads the United States, "
        "the weapons' make and the only country the sentence names, as delivering (other) beside Denmark's payment"),
    "EU and Polish officials discuss shell plan for Ukraine": (
        "the officials' nationalities ('Polish and European Union officials') are read as givers, the shells they "
        "talk of making under a programme already set up as discussed, and its 2 billion euros as funding of its own"),
    "Bruxelles veut doper la production de missiles": (
        "'un programme pour accroître la production de missiles de défense aérienne' reads the missiles as air "
        "defence promised; 'Il sera doté de 300 millions d'euros' gives no record"),
    "Kiev peut compter sur quatre pays pour ses avions de combat": (
        "only Sweden, named by 'l'un des pays qui ... étaient prêts à envoyer', discusses jets: the four countries "
        "Kyiv 'peut compter sur' in the sentence before, with no thing named, give no record"),
    "Le Canada verse une première tranche de son aide pour des drones": (
        "the tranche paid out is read as funding delivered (200 million) beside drones delivered with no figure; "
        "the 500 million 'promis ... pour l'achat de drones' give no record"),
}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(with_language("en", ENGLISH) + with_language("fr", FRENCH) + with_language("de", GERMAN), LEFT),
)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the held-out batch
# Written after the fixes, labelled by hand before its first run, as above.
# Each is (lang, headline, body, records).

HELD_OUT = [
    ("en", "Norway to send more NASAMS launchers to Ukraine",
     "OSLO (Reuters) - Norway will send Ukraine between six and eight NASAMS launchers by the autumn, the defence "
     "ministry said on Monday.\n"
     "Oslo has already handed over four of the systems.",
     {("NO", AIR, P, 6), ("NO", AIR, D, 4)}),
    ("fr", "La Belgique augmente son offre de F-16 à Kiev",
     "BRUXELLES (AFP) - La Belgique fournira à l'Ukraine 30 avions de combat F-16 au lieu des 12 annoncés l'an "
     "dernier, a indiqué jeudi la ministre de la Défense.",
     {("BE", "aircraft", P, 30)}),
    ("de", "Slowakei erlaubt Transport polnischer Panzer",
     "BRATISLAVA (dpa) - Die Slowakei hat Polen erlaubt, 30 Kampfpanzer für die Ukraine über ihr Schienennetz zu "
     "transportieren. Das teilte das Verkehrsministerium am Freitag mit.",
     {("PL", "tanks", P, 30)}),
    ("en", "Second PURL package delivered to Ukraine",
     "BRUSSELS (Reuters) - NATO said on Wednesday that a second package of American air defence missiles had reached "
     "Ukraine. Officials confirmed that the package is jointly funded by Sweden and Finland.",
     {("SE", MONEY, D, None), ("FI", MONEY, D, None)}),
    ("fr", "Paris confie à Londres la coalition des drones",
     "PARIS (AFP) - La France a accepté que le Royaume-Uni dirige la coalition des drones, et enverra elle-même 2 000 "
     "drones à l'Ukraine d'ici l'été, a annoncé le ministère des Armées.",
     {("FR", "drones", P, 2000)}),
    ("de", "Berlin bestellt Munition und Drohnen für Kiew",
     "BERLIN (dpa) - Die Bundesregierung hat mit Rheinmetall einen Vertrag über 400 Millionen Euro für "
     "Artilleriemunition und Aufklärungsdrohnen für die Ukraine geschlossen. Das teilte das Verteidigungsministerium "
     "mit.",
     {("DE", AMMO, M, None), ("DE", "drones", M, None), ("DE", MONEY, M, 400e6)}),
    ("en", "Austria bars Czechs from passing on Pandur vehicles, Czech media say",
     "PRAGUE (Reuters) - Austria has barred the Czech Republic from re-exporting 12 Pandur armoured vehicles to "
     "Ukraine, Czech media reported on Tuesday.",
     {("AT", ARMOUR, R, 12), ("CZ", ARMOUR, X, 12)}),
    ("fr", "La Grèce promet des chars à Kiev",
     "ATHÈNES (AFP) - La Grèce livrera à l'Ukraine dix blindés d'ici la fin de l'année, a annoncé mercredi le Premier "
     "ministre. Selon la presse grecque, il s'agirait de chars Leopard 1.",
     {("GR", "tanks", P, 10)}),
    ("de", "EU-Minister beraten über langfristige Finanzzusage",
     "BRÜSSEL (dpa) - Die EU-Verteidigungsminister beraten am Dienstag über eine langfristige finanzielle Zusage für "
     "die Ukraine. Eine Entscheidung wird erst beim Gipfel im Juni erwartet.",
     {("EU", MONEY, X, None)}),
    ("en", "Zelensky urges Berlin to send Taurus",
     "KYIV (Reuters) - \"Give us Taurus now,\" Ukrainian President Volodymyr Zelensky told German lawmakers on "
     "Thursday. Chancellor Friedrich Merz has not yet decided on the missiles.",
     {("DE", "missiles", X, None)}),
]


# What the held-out batch leaves, by headline: what is read instead (strict xfails).
HELD_OUT_LEFT = {
    "Second PURL package delivered to Ukraine": (
        "'a second package of American air defence missiles had reached Ukraine' reads the make, the United States, "
        "as delivering air defence beside the two payers"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the readings the round mended, and their neighbours


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a figure replacing an old one is the count; the old one alone is the count
    ("de", "Spanien will der Ukraine zehn statt sechs Leopard-2-Panzer liefern.", {("ES", "tanks", P, 10)}),
    ("de", "Spanien will der Ukraine sechs Leopard-2-Panzer liefern.", {("ES", "tanks", P, 6)}),
    # a financial pledge is funding: its status is the verb's near it, else its own
    ("en", "NATO will discuss a long-term financial pledge for Ukraine.", {("NATO", MONEY, X, None)}),
    ("en", "Germany made a long-term financial pledge to Ukraine.", {("DE", MONEY, P, None)}),
    # leave to carry across is the carrier's giving; leave to send is the approver's question too
    ("en", "Poland cleared Germany to move 14 Leopard tanks bound for Ukraine across its territory.",
     {("DE", "tanks", P, 14)}),
    ("en", "Poland cleared Germany to send 14 Leopard tanks to Ukraine.", {("DE", "tanks", P, 14), ("PL", "tanks", X, 14)}),
    # a coalition's name gives way to the things told outside it
    ("en", "Under the drone coalition, Latvia will send 5,000 drones to Ukraine.", {("LV", "drones", P, 5000)}),
    # a giving stressed by "elle-même" is the sentence's first donor's
    ("fr", "L'Allemagne a accepté que la Pologne prenne la tête de la coalition, et livrera elle-même 14 Leopard 2 à "
     "l'Ukraine.", {("DE", "tanks", P, 14)}),
    # a launcher's rockets are ammunition; the launchers themselves artillery
    ("de", "Die USA liefern der Ukraine Himars-Raketen.", {("US", AMMO, P, None)}),
    ("de", "Die USA liefern der Ukraine drei Himars-Raketenwerfer.", {("US", "artillery", P, 3)}),
    # a worth prices the things before it, not Ukraine's own after it; a sum for them pays for them
    ("en", "The Pentagon ordered GMLRS rockets worth 1 billion dollars for Ukraine's HIMARS launchers.",
     {("US", AMMO, M, 1e9)}),
    ("en", "Norway will give 2 billion crowns for Ukraine's air defence.", {("NO", AIR, P, 2e9)}),
    # a plea in the imperative asks; the verb told of a giver gives
    ("de", "„Liefert uns Taurus!“, rief Selenskyj.", set()),
    ("de", "Deutschland liefert der Ukraine Taurus.", {("DE", "missiles", P, None)}),
    # contents in a relative clause take the package's own verb after it
    ("en", "Germany's first tranche, which includes 20 Marder vehicles, arrived in Ukraine last week.",
     {("DE", ARMOUR, D, 20)}),
    ("en", "Germany's new package, which includes 20 Marder vehicles, will be delivered next year.",
     {("DE", ARMOUR, P, 20)}),
    # "barred ... from" is a ban, its object the giver forbidden
    ("en", "Switzerland barred Germany from re-exporting Gepard ammunition to Ukraine.",
     {("CH", AMMO, R, None), ("DE", AMMO, X, None)}),
    # a share of a generic noun after "of the" is of the system named before
    ("en", "Sweden has promised Ukraine 50 CV90 vehicles. It has delivered 20 of the vehicles.",
     {("SE", ARMOUR, P, 50), ("SE", ARMOUR, D, 20)}),
    # the press's nationality gives nothing
    ("fr", "Selon la presse allemande, Kiev pourrait recevoir jusqu'à 80 Leopard.", set()),
    # bare "blindés" beside tanks are tanks; a system names armour
    ("fr", "Berlin livrera quatorze blindés à Kiev. Kiev pourrait recevoir jusqu'à 80 Leopard de la part des alliés.",
     {("DE", "tanks", P, 14), ("ALLIES", "tanks", X, 80)}),
    ("fr", "Berlin livrera quatorze blindés Marder à Kiev.", {("DE", ARMOUR, P, 14)}),
    # a contract's worth: several kinds of things, the contract's money; one kind, its price
    ("en", "Germany signed a 900 million euro contract with Rheinmetall for shells and drones for Ukraine.",
     {("DE", AMMO, M, None), ("DE", "drones", M, None), ("DE", MONEY, M, 900e6)}),
    ("en", "Norway signed a 500 million crown contract for artillery ammunition for Ukraine.", {("NO", AMMO, M, 500e6)}),
])
def test_the_readings_the_round_mended(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
