"""A fifteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, aimed at what agency copy does
that the earlier rounds did not cover: a status told by a later sentence ("The first ten of
them arrived", "Les six premiers sont arrivés", "Weitere sollen folgen"), deliveries told
by the recipient ("Ukraine has received", "l'Ukraine a reçu", "Kiew hat ... erhalten"),
deliveries welcomed or thanked for by a third party ("NATO chief welcomed the first
delivery of", "a salué la livraison", "hat sich bei Norwegen für ... bedankt"), handovers
made in secret ("secretly shipped", "a discrètement livré", "heimlich geliefert"), money
paid out rather than promised ("has disbursed", "a versé", "a décaissé", "hat ...
ausgezahlt") and givers who send no weapons themselves but pay for others' ("will not send
weapons directly but will pay for", "ne livrera pas d'armes mais financera", "liefert
keine Waffen, ... aber"). Each article was labelled by hand before it was run, following
the real-article set's conventions (../shared/eval/README.md) and the earlier rounds', with
its figure: the count of things stated, else the sum of money, else none.
Run first (on this branch after the leftovers below; main alike), 35 of the 50 were fully
right (records (donor, category, status) matched 53 / labelled 67 / predicted 61; with their
figures 51 of 67). One label was corrected after the first run, to a convention written
down in round 8 (tests/pledges/test_pledges_wire_8.py): "NATO allies" is NATO (main reads 36 of 50
with it). After the fixes below, 48 (65 / 67 / 69; figures 65 of 67); the two left are
strict xfails saying what is read instead. A fresh check of 15, written after the fixes,
read 12 right on its first run (20 / 22 / 22; main 7, 17 / 22 / 20), 14 after the fixes at
the end of this file (22 / 22 / 23). Round 14's leftovers come first; two of its six strict
xfails now pass. The real-article set reads as before (pledges predicted 196 / labelled 193
/ matched 179). The earlier rounds are tests/pledges/test_pledges_wire.py to _14.

Relabelled in round 42 (tests/pledges/test_pledges_wire_42.py): paying for the making of things in Ukraine is
category production, as the lead ruled; the label named the thing made until then.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages, records, shipped_rules

# ------------------------------------------------------------ leftovers of the last rounds


# Talks about a giving told as a noun are still talks: "in talks with Germany about the
# joint financing of", "in Gesprächen mit Deutschland über die gemeinsame Finanzierung
# von", "en pourparlers avec l'Allemagne pour la livraison de". The giving noun was read
# as a promise of its own, nearer the thing than the talks. A promise after the talks
# still promises.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Großbritannien ist in Gesprächen mit Deutschland über die gemeinsame Finanzierung von "
         "Langstreckendrohnen für die Ukraine.", {("GB", "drones", X), ("DE", "drones", X)}),
        ("de", "Großbritannien ist in Gesprächen über die gemeinsame Finanzierung von Langstreckendrohnen für die "
         "Ukraine.", {("GB", "drones", X)}),
        ("de", "Die Niederlande führen Verhandlungen über die Lieferung weiterer Drohnen an die Ukraine.",
         {("NL", "drones", X)}),
        ("en", "Britain is in talks with Germany about the joint financing of long-range drones for Ukraine.",
         {("GB", "drones", X), ("DE", "drones", X)}),
        ("en", "Britain is in talks about the purchase of long-range drones for Ukraine.", {("GB", "drones", X)}),
        ("fr", "Le Royaume-Uni est en pourparlers avec l'Allemagne pour la livraison de drones à l'Ukraine.",
         {("GB", "drones", X), ("DE", "drones", X)}),
        ("fr", "Le Royaume-Uni est en discussion avec l'Allemagne sur le financement conjoint de drones pour "
         "l'Ukraine.", {("GB", "drones", X), ("DE", "drones", X)}),
        # the giving itself still promises
        ("en", "Britain and Germany will jointly finance long-range drones for Ukraine.",
         {("GB", "drones", P), ("DE", "drones", P)}),
        ("de", "Deutschland übernimmt die Finanzierung von Langstreckendrohnen für die Ukraine.", {("DE", "drones", P)}),
    ],
)
def test_talks_about_a_giving_told_as_a_noun(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Who leads a group together with another, told in a clause of its own ("..., der die
# Gruppe gemeinsam mit Deutschland leitet", "which leads the group together with Germany",
# "qui dirige le groupe avec l'Allemagne"), makes that other no partner of the giving.
# A partner of the giving itself still is one.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Norwegen liefert der Ukraine weitere Flugabwehr, teilte Minister Healey mit, der die Gruppe gemeinsam "
         "mit Deutschland leitet.", {("NO", AIR, P)}),
        ("de", "Großbritannien, das die Drohnen-Koalition gemeinsam mit Lettland leitet, liefert der Ukraine 100 "
         "Drohnen.", {("GB", "drones", P)}),
        ("en", "Britain, which leads the group together with Germany, will send 100 drones to Ukraine.",
         {("GB", "drones", P)}),
        ("en", "Norway will send more air defence to Ukraine, said John Healey, who chairs the group together with "
         "Germany.", {("NO", AIR, P)}),
        ("fr", "Le Royaume-Uni, qui dirige le groupe avec l'Allemagne, va livrer 100 drones à l'Ukraine.",
         {("GB", "drones", P)}),
        # a partner of the giving
        ("de", "Großbritannien liefert der Ukraine gemeinsam mit Deutschland 100 Drohnen.",
         {("GB", "drones", P), ("DE", "drones", P)}),
        ("en", "Britain will send 100 drones to Ukraine together with Germany.", {("GB", "drones", P), ("DE", "drones", P)}),
    ],
)
def test_a_co_leader_in_a_clause_of_its_own_is_no_partner(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A nationality before the weapon the aid is for names its origin ("für deutsche
# Haubitzen", "for German howitzers", "Panzerhaubitzen", "Schützenpanzer"), as it did for
# Leopard tanks in round 14. In the rules, the German word list swaps "Panzer OR
# Kampfpanzer" for "*panzer OR *haubitzen" (same number of phrases: the German weapon rule
# keeps its cost) and the English one adds "howitzers" (its dearest rule stays at 14.9).
# French puts the nationality after the weapon ("des munitions pour des obusiers
# allemands"): the pledge reader no longer takes it for the giver when one was named
# before. A country after the preposition still receives.
@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("Die Niederlande liefern der Ukraine Munition für deutsche Haubitzen.", True),
        ("Die Niederlande schicken Kiew Ersatzteile für deutsche Panzerhaubitzen.", True),
        ("Die Niederlande schicken Kiew Ersatzteile für deutsche Schützenpanzer.", True),
        ("The Netherlands will send Kyiv ammunition for German howitzers, the ministry said.", True),
        ("Les Pays-Bas vont envoyer à Kiev des munitions pour des obusiers allemands.", True),
        # a country after the preposition receives
        ("Deutschland liefert Haubitzen an Litauen.", False),
        ("Deutschland liefert Panzerhaubitzen für Litauen.", False),
        ("Germany will send howitzers to Lithuania.", False),
    ],
)
def test_a_nationality_before_a_howitzer_is_no_recipient(text: str, relevant: bool) -> None:
    assert shipped_rules().analyze(text, title="").relevant is relevant


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Niederlande liefern der Ukraine Munition für deutsche Haubitzen.", {("NL", AMMO, P)}),
        ("en", "The Netherlands will send ammunition for German howitzers to Ukraine.", {("NL", AMMO, P)}),
        ("fr", "Les Pays-Bas vont livrer des munitions pour des obusiers allemands à l'Ukraine.", {("NL", AMMO, P)}),
        ("fr", "Les Pays-Bas vont livrer à l'Ukraine des obus pour les chars allemands.", {("NL", AMMO, P)}),
        ("fr", "Les Pays-Bas vont livrer des munitions pour les obusiers PzH 2000 allemands à l'Ukraine.",
         {("NL", AMMO, P)}),
        # the nationality of what is given, no giver named before, still gives
        ("fr", "Des chars allemands sont arrivés en Ukraine.", {("DE", "tanks", D)}),
        ("fr", "La France va livrer des canons Caesar français à l'Ukraine.", {("FR", "artillery", P)}),
    ],
)
def test_the_weapon_the_aid_is_for_names_no_giver(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Round 14's strict xfails, two mended. A share told with its auxiliary first ("davon
# sind 12 bereits übergeben worden") is a share as "12 davon" is, and a share counted
# ("six of which have arrived", "dont six", "die ersten 6") has that count.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Frankreich will der Ukraine 78 Caesar-Haubitzen liefern, davon sind 12 bereits übergeben worden.",
         {("FR", "artillery", P, 78), ("FR", "artillery", D, 12)}),
        ("de", "Dänemark will 19 F-16 liefern, davon wurden sechs bereits übergeben.",
         {("DK", "aircraft", P, 19), ("DK", "aircraft", D, 6)}),
        ("de", "Dänemark will 19 F-16 liefern, sechs davon seien bereits eingetroffen.",
         {("DK", "aircraft", P, 19), ("DK", "aircraft", D, 6)}),
        ("en", "Denmark will send 19 F-16s to Ukraine, 6 of which have already arrived.",
         {("DK", "aircraft", P, 19), ("DK", "aircraft", D, 6)}),
        ("fr", "Le Danemark va livrer 19 F-16 à l'Ukraine, dont six ont déjà été livrés.",
         {("DK", "aircraft", P, 19), ("DK", "aircraft", D, 6)}),
        # the first of them, uncounted
        ("en", "Denmark will send 19 F-16s to Ukraine; the first of them arrived in May.",
         {("DK", "aircraft", P, 19), ("DK", "aircraft", D, None)}),
    ],
)
def test_a_share_told_with_its_count(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A bare "Panzer" listed beside a kind of them ("Dutzende Panzer und mehrere hundert
# Schützenpanzer") is tanks, another thing; told alone and then named by its kind, it is
# that kind, once (round 5's "Panzern ... Flugabwehr-Panzer vom Typ Gepard").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Tschechien hat der Ukraine Dutzende Panzer und mehrere hundert Schützenpanzer überlassen.",
         {("CZ", "tanks", D), ("CZ", ARMOUR, D)}),
        ("de", "Tschechien hat der Ukraine 40 Panzer und 200 Schützenpanzer überlassen.",
         {("CZ", "tanks", D), ("CZ", ARMOUR, D)}),
        ("de", "Polen hat der Ukraine Schützenpanzer und Panzer übergeben.", {("PL", "tanks", D), ("PL", ARMOUR, D)}),
        ("de", "Deutschland hat die Lieferung von Panzern an die Ukraine zugesagt, es geht um Schützenpanzer vom Typ "
         "Marder.", {("DE", ARMOUR, P)}),
    ],
)
def test_bare_panzer_beside_a_kind_of_them(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ the round's articles


ENGLISH = [
    ("KYIV (Reuters) - Ukraine has received a first batch of Swedish CV90 infantry fighting vehicles, the defence "
     "ministry said on Wednesday.\nRussia said its forces had taken another village in the Donetsk region.",
     {("SE", ARMOUR, D, None)}),
    ("BERLIN (Reuters) - Germany pledged in June to supply Ukraine with 20 more Leopard 1A5 tanks. The first ten of "
     "them arrived last week, a government spokesman said on Monday.",
     {("DE", "tanks", P, 20), ("DE", "tanks", D, 10)}),
    ("BRUSSELS (Reuters) - NATO Secretary General Mark Rutte on Thursday welcomed the first delivery of F-16 fighter "
     "jets from Norway to Ukraine, calling it a sign of allied resolve.",
     {("NO", "aircraft", D, None)}),
    ("WASHINGTON (Reuters) - The United States secretly shipped dozens of long-range ATACMS missiles to Ukraine last "
     "month, U.S. officials said on Wednesday, confirming reports that Kyiv had already used them.",
     {("US", "missiles", D, None)}),
    ("BRUSSELS (Reuters) - The European Union has disbursed 1.9 billion euros to Ukraine from the windfall profits of "
     "frozen Russian assets to buy weapons, the European Commission said.",
     {("EU", MONEY, D, 1.9e9)}),
    ("VIENNA (Reuters) - Austria will not send weapons to Ukraine directly, citing its neutrality, but will pay 20 "
     "million euros for air defence systems bought by other European countries, the chancellor said.",
     {("AT", "other", R, None), ("AT", AIR, P, 20e6)}),
    ("LONDON (Reuters) - Britain has quietly delivered more than 300 Brimstone missiles to Ukraine since the start of "
     "the war, the defence ministry disclosed in a written answer to parliament on Tuesday.",
     {("GB", "missiles", D, 300)}),
    ("OTTAWA (Reuters) - Ukraine has taken delivery of 50 Senator armoured vehicles paid for by Canada, the Canadian "
     "defence minister said on Friday.",
     {("CA", ARMOUR, D, 50)}),
    ("KYIV (Reuters) - President Volodymyr Zelensky on Sunday thanked Sweden for 18 Archer howitzers that arrived in "
     "Ukraine this week, and urged other allies to speed up their deliveries.",
     {("SE", "artillery", D, 18)}),
    pytest.param(
        "PARIS (Reuters) - France has disbursed the 300 million euros it promised Ukraine in January for its purchases "
        "of artillery shells, the armed forces ministry said on Thursday.",
        {("FR", AMMO, D, 300e6)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the shells' money paid out; read as the money delivered and the shells promised apart: "
            "'for its purchases of' after 'it promised Ukraine in January' does not tie the sum to the shells, and "
            "money paid for a purchase takes the purchase's promise, not the payment's delivery"))),
    ("THE HAGUE (Reuters) - Dutch Defence Minister Ruben Brekelmans said on Tuesday that the 18 F-16 jets pledged by "
     "the Netherlands had all been handed over to Ukraine.\nThe Netherlands has also promised 3.5 billion euros in "
     "military aid for next year.",
     {("NL", "aircraft", D, 18), ("NL", MONEY, P, 3.5e9)}),
    ("KYIV (Reuters) - Kyiv has received its first Patriot air defence system from Germany, Ukraine's air force said "
     "on Saturday, days after Russian missiles struck the capital.",
     {("DE", AIR, D, None)}),
    ("OSLO (Reuters) - Norway will not deliver weapons from its own stocks to Ukraine this year, but will pay for "
     "1,000 drones made in Ukraine, Defence Minister Tore Sandvik said.",
     {("NO", "other", R, None), ("NO", "drones", M, 1000)}),
    # (labelled ALLIES before the run; corrected to the convention written down in round 8,
    # tests/pledges/test_pledges_wire_8.py: config/entities.toml names "NATO allies" NATO)
    ("BRUSSELS (Reuters) - NATO allies have delivered more than 1 million artillery shells to Ukraine this year under "
     "the Czech-led initiative, NATO Secretary General Mark Rutte said on Wednesday.",
     {("NATO", AMMO, D, 1000000)}),
    ("WASHINGTON (Reuters) - The United States has completed the delivery of all 31 Abrams tanks it promised Ukraine, "
     "the Pentagon said on Monday, ahead of schedule.",
     {("US", "tanks", D, 31)}),
    ("LONDON (Reuters) - Britain said on Thursday it would not send its own troops to Ukraine but would fund the "
     "training of 10,000 Ukrainian recruits in Britain next year.",
     # (labelled None here; round 16 counts training in the people trained, as round 14
     # labelled "training for 1,200 Ukrainian soldiers")
     {("GB", "training", P, 10000)}),
    ("BERLIN (Reuters) - Germany has paid 500 million euros into a NATO fund that buys U.S. weapons for Ukraine, the "
     "finance ministry said, fulfilling a pledge made in August.",
     {("DE", MONEY, D, 500e6)}),
]

FRENCH = [
    ("KIEV (AFP) - L'Ukraine a reçu ses premiers avions de combat Mirage 2000 de la France, a annoncé jeudi le "
     "ministre ukrainien de la Défense.",
     {("FR", "aircraft", D, None)}),
    ("PARIS (AFP) - La France a promis en février de livrer 12 canons Caesar supplémentaires à l'Ukraine. Les six "
     "premiers sont arrivés la semaine dernière, a indiqué mardi le ministère des Armées.",
     {("FR", "artillery", P, 12), ("FR", "artillery", D, 6)}),
    ("BRUXELLES (AFP) - Le secrétaire général de l'Otan, Mark Rutte, a salué mercredi la livraison par la Belgique "
     "des premiers F-16 à l'Ukraine.",
     {("BE", "aircraft", D, None)}),
    ("BRUXELLES (AFP) - L'UE a versé mardi 1,4 milliard d'euros à l'Ukraine pour financer l'achat d'armes et de "
     "munitions, issus des revenus des avoirs russes gelés.",
     {("EU", MONEY, D, 1.4e9)}),
    ("VARSOVIE (AFP) - La Pologne a discrètement livré à l'Ukraine une quarantaine de chars T-72 ces derniers mois, "
     "selon des sources militaires citées par la presse polonaise.",
     {("PL", "tanks", D, 40)}),
    ("BERLIN (AFP) - L'Allemagne ne livrera pas directement d'armes supplémentaires à l'Ukraine mais financera "
     "l'achat de 500 drones auprès de l'industrie, a indiqué mercredi le gouvernement.",
     {("DE", "other", R, None), ("DE", "drones", P, 500)}),
    ("KIEV (AFP) - Le ministre ukrainien de la Défense a annoncé dimanche l'arrivée en Ukraine d'un deuxième système "
     "de défense aérienne SAMP/T fourni par la France et l'Italie.",
     {("FR", AIR, D, None), ("IT", AIR, D, None)}),
    ("PARIS (AFP) - La France a versé 200 millions d'euros au fonds de soutien à l'Ukraine, destiné à l'achat "
     "d'équipements militaires auprès de l'industrie française, a indiqué Bercy.",
     {("FR", MONEY, D, 200e6)}),
    ("LONDRES (AFP) - Le Royaume-Uni a secrètement envoyé en Ukraine des missiles Storm Shadow supplémentaires au "
     "cours de l'été, a révélé jeudi le Times, citant des responsables britanniques.",
     {("GB", "missiles", D, None)}),
    ("BRUXELLES (AFP) - Les alliés de l'Ukraine ont promis mercredi de lui livrer davantage de systèmes de défense "
     "aérienne, a déclaré Mark Rutte, qui a salué l'arrivée à Kiev d'une batterie Patriot fournie par l'Allemagne.",
     {("ALLIES", AIR, P, None), ("DE", AIR, D, None)}),
    ("OTTAWA (AFP) - Le Canada a livré à l'Ukraine les 39 derniers véhicules blindés promis, a annoncé vendredi le "
     "ministre de la Défense, Bill Blair.",
     {("CA", ARMOUR, D, 39)}),
    ("COPENHAGUE (AFP) - Le Danemark ne fournira plus d'armes tirées de ses propres stocks à l'Ukraine, mais "
     "financera la production de canons Bohdana en Ukraine, a annoncé le ministre de la Défense.",
     {("DK", "other", R, None), ("DK", "artillery", M, None)}),
    ("KIEV (AFP) - L'Ukraine a reçu de la Suède ses premiers avions radar ASC 890, a annoncé samedi l'armée de l'air "
     "ukrainienne.",
     {("SE", "aircraft", D, None)}),
    ("WASHINGTON (AFP) - Les États-Unis ont discrètement fourni à l'Ukraine des missiles ATACMS à longue portée, a "
     "confirmé mardi le Pentagone, sans préciser leur nombre.",
     {("US", "missiles", D, None)}),
    ("BERLIN (AFP) - L'Allemagne a décaissé 1,5 milliard d'euros pour des achats d'armes destinés à l'Ukraine, a "
     "indiqué vendredi le ministère de la Défense, qui prévoit d'en dépenser 9 milliards l'an prochain.",
     {("DE", MONEY, D, 1.5e9), ("DE", MONEY, P, 9e9)}),
    ("LA HAYE (AFP) - Les Pays-Bas ont achevé la livraison des 24 F-16 promis à l'Ukraine, a annoncé lundi le "
     "ministère de la Défense.",
     {("NL", "aircraft", D, 24)}),
    ("ROME (AFP) - L'Italie n'enverra pas de soldats en Ukraine mais fournira un nouveau système SAMP/T, a déclaré la "
     "Première ministre Giorgia Meloni.",
     {("IT", AIR, P, None)}),
]

GERMAN = [
    ("KIEW (dpa) - Die Ukraine hat von Deutschland weitere Gepard-Flugabwehrpanzer erhalten, teilte das "
     "Verteidigungsministerium in Kiew mit.",
     {("DE", AIR, D, None)}),
    ("BERLIN (dpa) - Deutschland hatte der Ukraine im Frühjahr vier weitere Iris-T-Systeme zugesagt. Das erste davon "
     "ist nun eingetroffen, wie ein Regierungssprecher am Montag sagte.",
     {("DE", AIR, P, 4), ("DE", AIR, D, None)}),
    ("BRÜSSEL (dpa) - Nato-Generalsekretär Mark Rutte hat die Lieferung der ersten F-16-Kampfjets aus Dänemark an die "
     "Ukraine begrüßt.",
     {("DK", "aircraft", D, None)}),
    ("WASHINGTON (dpa) - Die USA haben der Ukraine nach Medienberichten heimlich ATACMS-Raketen mit größerer "
     "Reichweite geliefert. Das Pentagon bestätigte die Lieferung am Mittwoch.",
     {("US", "missiles", D, None)}),
    ("BRÜSSEL (dpa) - Die EU hat der Ukraine weitere 1,5 Milliarden Euro aus Zinserträgen eingefrorener russischer "
     "Vermögen ausgezahlt. Ungarn hatte die Auszahlung lange blockiert.",
     {("EU", MONEY, D, 1.5e9)}),
    ("BERLIN (dpa) - Deutschland will der Ukraine keine weiteren Waffen aus Beständen der Bundeswehr liefern, aber "
     "Lieferungen der Industrie bezahlen. Dazu gehören nach Angaben des Ministeriums 100 Marder-Schützenpanzer.",
     {("DE", "other", R, None), ("DE", ARMOUR, P, 100)}),
    ("KIEW (dpa) - Selenskyj hat sich bei Norwegen für 20 Leopard-2-Panzer bedankt, die in dieser Woche eingetroffen "
     "sind.",
     {("NO", "tanks", D, 20)}),
    ("BERLIN (dpa) - Die Bundesregierung hat der Ukraine im vergangenen Jahr Militärhilfe im Wert von 7,1 Milliarden "
     "Euro ausgezahlt, für das kommende Jahr sind 8 Milliarden Euro eingeplant.",
     {("DE", MONEY, D, 7.1e9), ("DE", MONEY, P, 8e9)}),
    ("OSLO (dpa) - Norwegen hat nach Angaben der Regierung bislang 20 Nasams-Feuereinheiten an die Ukraine "
     "übergeben. Weitere sollen in diesem Jahr folgen.",
     {("NO", AIR, D, 20), ("NO", AIR, P, None)}),
    ("PARIS (dpa) - Frankreich hat der Ukraine nach Angaben aus Kiew die ersten Mirage-2000-Kampfjets übergeben. "
     "Präsident Macron hatte die Lieferung im Juni angekündigt.",
     {("FR", "aircraft", D, None)}),
    ("WARSCHAU (dpa) - Polen hat der Ukraine heimlich MiG-29-Kampfjets überlassen, wie Präsident Andrzej Duda nun "
     "bestätigte.",
     {("PL", "aircraft", D, None)}),
    ("KIEW (dpa) - Die Ukraine hat nach eigenen Angaben alle 19 von Dänemark zugesagten F-16-Kampfjets erhalten.",
     {("DK", "aircraft", D, 19)}),
    # (a strict xfail until round 16 read the development of Ukrainian things as their
    # making, and "mit 300 Millionen Euro" after a making named as their sum)
    ("BERLIN (dpa) - Deutschland wird keine Taurus-Marschflugkörper an die Ukraine liefern, finanziert aber die "
     "Entwicklung ukrainischer Langstreckendrohnen mit 300 Millionen Euro.",
     {("DE", "missiles", R, None), ("DE", "drones", M, 300e6)}),
    ("STOCKHOLM (dpa) - Schweden hat der Ukraine nach Regierungsangaben 2024 Militärhilfe über 2,5 Milliarden Euro "
     "ausgezahlt. Darüber hinaus sagte Stockholm 18 weitere Archer-Haubitzen zu.",
     {("SE", MONEY, D, 2.5e9), ("SE", "artillery", P, 18)}),
    ("ROM (dpa) - Italien schickt nach Angaben von Verteidigungsminister Guido Crosetto keine Soldaten in die "
     "Ukraine, liefert aber ein weiteres Flugabwehrsystem vom Typ SAMP/T.",
     {("IT", AIR, P, None)}),
    ("KIEW (dpa) - Die ersten von Kanada bezahlten Drohnen sind in der Ukraine angekommen, teilte das ukrainische "
     "Verteidigungsministerium mit. Kanada hatte im Sommer 2.000 Drohnen zugesagt.",
     {("CA", "drones", D, None), ("CA", "drones", P, 2000)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ readings the round showed


# A delivery welcomed has been made ("welcomed the first delivery of", "a salué la
# livraison", "hat die Lieferung ... begrüßt", "begrüßte die Lieferung"), by its source,
# not by who welcomes it; it tells of the things after it, not of those named before
# ("Allies promised more air defence, said Rutte, who welcomed the arrival of ...").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "NATO chief Mark Rutte welcomed the first delivery of F-16 jets from Norway to Ukraine.",
         {("NO", "aircraft", D)}),
        ("en", "Rutte on Friday hailed the arrival of Dutch F-16 jets in Ukraine.", {("NL", "aircraft", D)}),
        ("fr", "Mark Rutte a salué jeudi la livraison par la Belgique des premiers F-16 à l'Ukraine.",
         {("BE", "aircraft", D)}),
        ("de", "Nato-Generalsekretär Mark Rutte hat die Lieferung der ersten F-16-Kampfjets aus Dänemark an die Ukraine "
         "begrüßt.", {("DK", "aircraft", D)}),
        ("de", "Die EU-Kommission begrüßte die Lieferung von Panzern aus Polen an die Ukraine.", {("PL", "tanks", D)}),
        ("fr", "Les alliés ont promis de livrer davantage de défense aérienne à l'Ukraine, a déclaré Mark Rutte, qui a "
         "salué l'arrivée d'une batterie Patriot fournie par l'Allemagne.", {("ALLIES", AIR, P), ("DE", AIR, D)}),
        # a delivery still planned, welcomed, is still to come
        ("en", "Rutte welcomed Norway's decision to send F-16 jets to Ukraine.", {("NO", "aircraft", P)}),
    ],
)
def test_a_delivery_welcomed_has_been_made(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Thanks in German with the verb last ("hat sich bei Norwegen für 20 Panzer bedankt") thank
# the giver, no place ("bei" is no visit here); a complaint "bei" someone is no thanks.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Selenskyj hat sich bei Norwegen für 20 Leopard-2-Panzer bedankt.", {("NO", "tanks", D)}),
        ("de", "Selenskyj bedankte sich bei Deutschland für die Iris-T-Systeme.", {("DE", AIR, D)}),
        ("en", "Zelensky thanked Norway for 20 Leopard 2 tanks.", {("NO", "tanks", D)}),
        ("fr", "Zelensky a remercié la Norvège pour 20 chars Leopard 2.", {("NO", "tanks", D)}),
        ("de", "Der Minister hat sich bei Deutschland über die Lieferung von Panzern beschwert.", set()),
    ],
)
def test_german_thanks_with_the_verb_last(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A vague thing refused before a contrast keeps its refusal beside what the giver does
# instead: "will not send weapons directly, but will pay for air defence", "ne livrera pas
# d'armes mais financera des drones", "liefert keine Waffen, sondern bezahlt Drohnen".
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Austria will not send weapons to Ukraine, but will pay for air defence systems.",
         {("AT", "other", R), ("AT", AIR, P)}),
        ("en", "Norway will not deliver weapons from its stocks to Ukraine but will pay for 1,000 drones.",
         {("NO", "other", R), ("NO", "drones", P)}),
        ("fr", "L'Allemagne ne livrera pas directement d'armes à l'Ukraine mais financera l'achat de 500 drones.",
         {("DE", "other", R), ("DE", "drones", P)}),
        ("de", "Deutschland liefert der Ukraine keine Waffen aus eigenen Beständen, sondern bezahlt 500 Drohnen.",
         {("DE", "other", R), ("DE", "drones", P)}),
        # a precise thing refused beside another given is the same as before
        ("en", "Germany will not send Taurus missiles to Ukraine, but will send more air defence.",
         {("DE", "missiles", R), ("DE", AIR, P)}),
        # weapons given with their kinds named stay those kinds
        ("en", "Germany will send weapons to Ukraine, including air defence systems.", {("DE", AIR, P)}),
    ],
)
def test_weapons_refused_beside_what_is_paid_for(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A share of the things promised, counted in a later sentence ("The first ten of them
# arrived", "Les six premiers sont arrivés", "Les deux premiers d'entre eux"), has that
# count; more of them told without a noun ("Weitere sollen folgen", "D'autres suivront")
# are promised.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany pledged 20 Leopard tanks to Ukraine in June. The first ten of them arrived last week.",
         {("DE", "tanks", P, 20), ("DE", "tanks", D, 10)}),
        ("fr", "La France a promis 12 canons Caesar à l'Ukraine. Les six premiers sont arrivés mardi.",
         {("FR", "artillery", P, 12), ("FR", "artillery", D, 6)}),
        ("fr", "La France a promis 12 canons Caesar à l'Ukraine. Les deux premiers d'entre eux sont arrivés.",
         {("FR", "artillery", P, 12), ("FR", "artillery", D, 2)}),
        ("de", "Norwegen hat der Ukraine 20 Leopard-Panzer übergeben. Weitere sollen in diesem Jahr folgen.",
         {("NO", "tanks", D, 20), ("NO", "tanks", P, None)}),
        ("fr", "La Norvège a livré 20 chars à l'Ukraine. D'autres suivront.",
         {("NO", "tanks", D, 20), ("NO", "tanks", P, None)}),
        # "weitere" before a noun is that noun's
        ("de", "Deutschland liefert der Ukraine weitere Panzer.", {("DE", "tanks", P, None)}),
        ("fr", "La Norvège a livré 20 chars à l'Ukraine, d'autres pays doivent suivre.", {("NO", "tanks", D, 20)}),
    ],
)
def test_a_later_sentence_counts_the_share_or_promises_more(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# French money paid out ("a décaissé", "décaissera") and spending planned with the
# partitive of money named before ("qui prévoit d'en dépenser 9 milliards l'an prochain":
# the currency elided before a time).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'Allemagne a décaissé 1,5 milliard d'euros pour l'Ukraine.", {("DE", MONEY, D, 1.5e9)}),
        ("fr", "La France décaissera 200 millions d'euros pour l'Ukraine.", {("FR", MONEY, P, 200e6)}),
        ("fr", "L'Allemagne a versé 1,5 milliard d'euros à l'Ukraine et prévoit d'en dépenser 9 milliards l'an "
         "prochain.", {("DE", MONEY, D, 1.5e9), ("DE", MONEY, P, 9e9)}),
        ("en", "Germany has disbursed 1.5 billion euros to Ukraine and will spend 9 billion next year.",
         {("DE", MONEY, D, 1.5e9), ("DE", MONEY, P, 9e9)}),
        ("de", "Deutschland hat der Ukraine 1,5 Milliarden Euro ausgezahlt.", {("DE", MONEY, D, 1.5e9)}),
    ],
)
def test_money_paid_out_and_spending_planned(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ a fresh check


# Written and labelled after the fixes above and before running them: more of the same
# kinds of copy in other words (a receipt told by Ukraine, a share counted in a later
# sentence, a delivery welcomed by a third party, a secret handover, money paid out, a
# giver that sends no weapons itself but pays for others').
FRESH = [
    ("en", "KYIV (Reuters) - Ukraine has received six more Mirage 2000 fighter jets from France, the air force said on "
     "Monday.",
     {("FR", "aircraft", D, 6)}),
    # (a strict xfail until pledges round 34: the air defence the fund buys was read as Norway's too)
    ("en", "OSLO (Reuters) - Norway said on Tuesday it had paid out 2 billion crowns to a British-led fund that buys "
     "air defence for Ukraine.\nRussia launched more than 100 drones at Ukrainian cities overnight.",
     {("NO", MONEY, D, 2e9)}),
    ("en", "WARSAW (Reuters) - Poland has secretly handed Ukraine dozens of its remaining T-72 tanks, two government "
     "sources told Reuters on Thursday.",
     {("PL", "tanks", D, None)}),
    ("en", "BRUSSELS (Reuters) - The European Commission on Friday welcomed the arrival in Ukraine of the first Swedish "
     "Gripen fighter jets, a year after Stockholm agreed to send them.",
     {("SE", "aircraft", D, None)}),
    ("en", "ROME (Reuters) - Italy will not send troops or weapons directly to Ukraine, but will pay for 200 million "
     "euros of ammunition bought through the Czech initiative, Defence Minister Guido Crosetto said.",
     {("IT", "other", R, None), ("IT", AMMO, P, 200e6)}),
    ("fr", "KIEV (AFP) - L'Ukraine a reçu mardi de l'Allemagne un troisième système de défense aérienne Patriot, a "
     "annoncé le président Volodymyr Zelensky.",
     {("DE", AIR, D, None)}),
    ("fr", "PARIS (AFP) - La France avait promis 40 missiles Scalp à l'Ukraine en janvier. Les vingt premiers ont été "
     "livrés, a affirmé dimanche le ministre des Armées.",
     {("FR", "missiles", P, 40), ("FR", "missiles", D, 20)}),
    ("fr", "BRUXELLES (AFP) - La Commission européenne a versé à Kiev 3 milliards d'euros supplémentaires pour son aide "
     "militaire, et prévoit d'en verser 2 milliards d'ici la fin de l'année.",
     {("EU", MONEY, D, 3e9), ("EU", MONEY, P, 2e9)}),
    ("fr", "STOCKHOLM (AFP) - La Suède n'enverra pas d'avions Gripen à l'Ukraine cette année mais financera l'achat de "
     "1 000 drones, a annoncé le gouvernement.",
     {("SE", "aircraft", R, None), ("SE", "drones", P, 1000)}),
    ("fr", "BRUXELLES (AFP) - Le chef de l'Otan a salué lundi l'arrivée en Ukraine des premiers chars Leopard 1 "
     "financés par le Danemark et l'Allemagne.",
     {("DK", "tanks", D, None), ("DE", "tanks", D, None)}),
    ("de", "KIEW (dpa) - Die Ukraine hat aus den Niederlanden die letzten der zugesagten F-16-Kampfjets erhalten, wie "
     "das Verteidigungsministerium in Kiew mitteilte.",
     {("NL", "aircraft", D, None)}),
    ("de", "BERLIN (dpa) - Deutschland hat der Ukraine im Juni vier Iris-T-Systeme zugesagt. Die ersten zwei sind "
     "inzwischen eingetroffen, teilte das Ministerium mit.",
     {("DE", AIR, P, 4), ("DE", AIR, D, 2)}),
    ("de", "BRÜSSEL (dpa) - Nato-Generalsekretär Mark Rutte hat die Ankunft der ersten Patriot-Systeme aus Deutschland "
     "in der Ukraine begrüßt.",
     {("DE", AIR, D, None)}),
    ("de", "OSLO (dpa) - Norwegen hat der Ukraine nach Regierungsangaben weitere 500 Millionen Euro für Munition "
     "ausgezahlt.",
     {("NO", AMMO, D, 500e6)}),
    ("de", "WIEN (dpa) - Österreich liefert wegen seiner Neutralität keine Waffen an die Ukraine, finanziert aber die "
     "Ausbildung ukrainischer Soldaten.",
     {("AT", "other", R, None), ("AT", "training", P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRESH)
def test_the_fresh_check_gives_its_labelled_records_and_figures(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Mended after the fresh check's first run: a German refusal with a reason or a source
# between the verb and "keine" ("liefert wegen seiner Neutralität keine Waffen", "aus
# Neutralitätsgründen", "nach eigenen Angaben") refuses, as "liefert vorerst keine" did; a
# delivery welcomed with its place first ("the arrival in Ukraine of the first Gripen
# jets") reaches its thing; and a giver named twice (a nationality, then its capital) is
# still the only giver of its sentence.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", FRESH[14][1], FRESH[14][2]),
        ("de", "Österreich liefert aus Neutralitätsgründen keine Waffen an die Ukraine.", {("AT", "other", R, None)}),
        ("de", "Polen liefert nach eigenen Angaben keine weiteren Kampfjets an die Ukraine.", {("PL", "aircraft", R, None)}),
        ("de", "Polen liefert nach eigenen Angaben 20 weitere Kampfjets an die Ukraine.", {("PL", "aircraft", P, 20)}),
        ("en", FRESH[3][1], FRESH[3][2]),
        ("fr", "Bruxelles a salué l'arrivée en Ukraine des premiers Gripen suédois, un an après l'accord de Stockholm.",
         {("SE", "aircraft", D, None)}),
    ],
)
def test_what_the_fresh_check_showed(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
