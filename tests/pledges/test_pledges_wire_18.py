"""An eighteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, each a headline and two to four
sentences, aimed at what the earlier rounds covered least: EU financing decisions (European
Peace Facility tranches, ERA loans repaid from frozen Russian assets), joint purchases by
several givers, deliveries the receiver confirms, promises told second-hand ("according to
two government sources", "selon des sources", "nach Informationen des"), packages listed
item by item with their counts, refusals and conditions ("if other allies also send jets",
"à condition que", "sofern"), corrections of earlier figures ("not 28 as previously
stated", "et non 49", "Statt der zunächst genannten 100"), production in Ukraine paid by a
donor (the Danish model), sums in zlotys, crowns and pounds, German compounds and separable
verbs ("stockt ... auf", "stellt ... bereit") and the French passive and "a annoncé ... la
livraison de". Each article was labelled by hand before it was run, following the
real-article set's conventions (../shared/eval/README.md) and the earlier rounds', with its
figure: the count of things stated, else the sum of money, else none.
Run first (on this branch before any fix: main as the branch began), 18 of the 40 were fully right
(records (donor, category, status) matched 70 / labelled 90 / predicted 83; with their
figures 67 of 90). Six labels were corrected after the first run, to the earlier rounds'
conventions: "the first of 49" is one arrived (tests/pledges/test_pledges_wire.py), and a giver's
second figure for the same kind at the same stage (a total "since 2022", "au total",
"damit bislang", "Insgesamt") is no record of its own, one record per giver, kind and stage,
and "Munition" right after one system with a bare "und" is that system's (round 14) (main
then reads 23 of 40, 70 / 85 / 83, figures 67). After the fixes below, 38 (82 / 85 / 83;
figures 83 of 85); the two left are strict xfails saying what is read instead. A
held-out batch of 12, written after the fixes, read 9 right on its first run (23 / 25 / 24,
figures 21 of 25; main 8, 21 / 25 / 26, figures 20); after the fixes it showed (a condition
in a headline, readiness before "to pay for", "ensemble", guided bombs), 11 (24 / 25 / 25;
figures 24 of 25). Four earlier leftovers are mended here: a package's worth told in a
sentence of its own (round 16's Swedish, round 17's Danish), "à en livrer au moins 1,8
million" (round 16) and "200 such vehicles" (round 17): round 16 reads 45 of 50, round 17's
held-out batch 12 of 12. The real-article set reads as before (pledges predicted 196 /
labelled 193 / matched 179; stories pairP 1.00 pairR 0.86, hidden 0/72 in both date modes).
The earlier rounds are tests/pledges/test_pledges_wire.py to _17.

Relabelled in round 42 (tests/pledges/test_pledges_wire_42.py): paying for the making of things in Ukraine
("the production of ... by Ukrainian firms", "la fabrication de ... par l'industrie ukrainienne") is category
production, as the lead ruled; these labels named the thing made until then.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure), the figure the count of things stated, else the
# sum of money, else None.

ENGLISH = [
    ("EU agrees 5 billion euros for Ukraine arms under Peace Facility",
     "BRUSSELS (Reuters) - European Union foreign ministers agreed on Monday to add 5 billion euros to the European "
     "Peace Facility to fund weapons for Ukraine, ending months of Hungarian objections. The money will reimburse "
     "member states for arms they send to Kyiv and pay for joint purchases of ammunition, diplomats said. Hungary "
     "abstained in the vote.",
     {("EU", MONEY, P, 5e9), ("EU", AMMO, P, None)}),
    pytest.param(
        "EU pays out 4 billion euro tranche of loan backed by Russian assets",
        "BRUSSELS (Reuters) - The European Commission said on Friday it had disbursed a further 4 billion euros to "
        "Ukraine under the G7's Extraordinary Revenue Acceleration loans, which are repaid from the profits of "
        "immobilised Russian central bank assets. Kyiv may spend the money on its defence as it sees fit, a Commission "
        "spokesman said. Brussels has committed 18.1 billion euros to the G7 scheme in all.",
        {("EU", MONEY, D, 4e9), ("EU", MONEY, P, 18.1e9)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the 18.1 billion euros committed in all; 'committed 18.1 billion euros to the G7 scheme' "
            "names no Ukraine and gives no record (Brussels is read as the EU)"
        ))),
    ("Germany, Denmark and Norway to buy Skyranger systems for Ukraine",
     "BERLIN (Reuters) - Germany, Denmark and Norway will jointly buy 20 Skyranger anti-aircraft systems for Ukraine, "
     "the German defence ministry said on Thursday. The three countries will share the cost of about 600 million "
     "euros. The systems, made by Rheinmetall, are to be handed over next year.",
     {("DE", AIR, P, None), ("DK", AIR, P, None), ("NO", AIR, P, None)}),
    ("Ukraine receives first Australian Abrams tanks",
     "KYIV (Reuters) - Ukraine has received the first of 49 Abrams tanks pledged by Australia, the Ukrainian defence "
     "ministry said on Saturday. The tanks, retired from Australian service, were shipped via Poland. Canberra "
     "announced the gift in October.",
     # (labelled None on the tanks received before the run; corrected to the rounds'
     # convention: "the first of 49" is one arrived, tests/pledges/test_pledges_wire.py)
     {("AU", "tanks", D, 1), ("AU", "tanks", P, 49)}),
    ("Italy to send second SAMP/T system to Ukraine, sources say",
     "ROME (Reuters) - Italy will send a second SAMP/T air defence system to Ukraine before the end of the year, "
     "according to two government sources. The decision has not been made public for security reasons, the sources "
     "said. Rome has kept the content of its aid packages secret since 2022.",
     {("IT", AIR, P, None)}),
    ("Canada unveils C$500 million military aid package for Ukraine",
     "OTTAWA (Reuters) - Canada will give Ukraine military aid worth C$500 million, including 50 armoured vehicles, "
     "2,000 drones and 10,000 rounds of artillery ammunition, Defence Minister David McGuinty said on Friday. The "
     "drones will be bought from Canadian makers. Canada has pledged more than C$4 billion in military aid since "
     "2022.",
     # (labelled the C$4 billion since 2022 too before the run; corrected to the rounds'
     # convention: one record per giver, kind and stage, the news's figure, not the total)
     {("CA", MONEY, P, 500e6), ("CA", ARMOUR, P, 50), ("CA", "drones", P, 2000), ("CA", AMMO, P, 10000)}),
    ("Trump says U.S. will not send Tomahawks to Ukraine for now",
     "WASHINGTON (Reuters) - President Donald Trump said on Sunday that the United States would not send Tomahawk "
     "cruise missiles to Ukraine for now, saying America needed them for itself. Kyiv had asked for the long-range "
     "missiles to strike targets deep inside Russia. Trump said he might revisit the question later.",
     {("US", "missiles", R, None)}),
    ("Poland ready to hand MiG-29s to Ukraine if allies join",
     "WARSAW (Reuters) - Poland is ready to hand its remaining MiG-29 fighter jets to Ukraine if other NATO allies also "
     "send jets, Defence Minister Wladyslaw Kosiniak-Kamysz said on Tuesday. Poland has already delivered 14 of the "
     "Soviet-era jets. No decision has been taken on the timing.",
     {("PL", "aircraft", X, None), ("PL", "aircraft", D, 14)}),
    ("Germany corrects number of howitzers sent to Ukraine",
     "BERLIN (Reuters) - Germany has delivered 18 Panzerhaubitze 2000 howitzers to Ukraine, not 28 as previously "
     "stated, the defence ministry said on Wednesday, correcting a list published last week. The error was due to a "
     "clerical mistake, a spokesman said. Berlin has pledged a further 10 of the howitzers for next year.",
     {("DE", "artillery", D, 18), ("DE", "artillery", P, 10)}),
    ("Denmark to fund 18 Ukrainian-made Bohdana howitzers",
     "COPENHAGEN (Reuters) - Denmark will pay Ukrainian manufacturers to build 18 Bohdana self-propelled howitzers "
     "for Ukraine's army, the Danish defence ministry said on Monday, the latest order under the so-called Danish "
     "model. The contract is worth 570 million Danish crowns. Sweden and Norway have funded similar orders.",
     {("DK", "artillery", M, 18)}),
    ("Poland approves 47th aid package for Ukraine",
     "WARSAW (Reuters) - Poland has approved its 47th military aid package for Ukraine, worth 325 million zlotys, "
     "Deputy Prime Minister Wladyslaw Kosiniak-Kamysz said on Thursday. It includes ammunition for 155mm howitzers "
     "and spare parts for MiG-29 jets.",
     {("PL", MONEY, P, 325e6), ("PL", AMMO, P, None), ("PL", "other", P, None)}),
    ("Britain to send more Storm Shadow missiles to Ukraine, Times says",
     "LONDON (Reuters) - Britain has agreed to send Ukraine more Storm Shadow cruise missiles, the Times newspaper "
     "reported on Saturday, citing defence officials. The Ministry of Defence declined to comment. Britain was the "
     "first country to supply long-range missiles to Kyiv in 2023.",
     {("GB", "missiles", P, None), ("GB", "missiles", D, None)}),
    ("Baltic states jointly order 30,000 shells for Ukraine",
     "TALLINN (Reuters) - Estonia, Latvia and Lithuania have jointly ordered 30,000 artillery shells for Ukraine from "
     "a Swedish producer, the Estonian defence ministry said on Friday. Each country will pay a third of the cost of "
     "about 100 million euros. Deliveries are due by the spring.",
     {("EE", AMMO, M, None), ("LV", AMMO, M, None), ("LT", AMMO, M, None)}),
    ("Sweden details weapons handed to Ukraine",
     "STOCKHOLM (Reuters) - Sweden has handed over to Ukraine 12 Archer howitzers, 50 CV90 infantry fighting vehicles "
     "and 10 Leopard 2 tanks since the start of the war, the Swedish armed forces said in a statement on Wednesday. A "
     "further package worth 16 billion crowns is being prepared and will be presented in the spring.",
     {("SE", "artillery", D, 12), ("SE", ARMOUR, D, 50), ("SE", "tanks", D, 10), ("SE", MONEY, X, 16e9)}),
]

FRENCH = [
    ("L'UE débloque 1,5 milliard d'euros pour armer l'Ukraine",
     "BRUXELLES (AFP) - L'Union européenne a débloqué lundi une nouvelle tranche de 1,5 milliard d'euros provenant "
     "des revenus des avoirs russes gelés, destinée à financer l'achat d'armes pour l'Ukraine, a annoncé la "
     "Commission. Cette somme transite par la Facilité européenne pour la paix. Selon Bruxelles, elle servira en "
     "priorité à la défense aérienne et aux munitions.",
     {("EU", MONEY, P, 1.5e9), ("EU", AIR, P, None), ("EU", AMMO, P, None)}),
    ("Londres prêtera 2,26 milliards de livres à Kiev",
     "LONDRES (AFP) - Le Royaume-Uni va prêter 2,26 milliards de livres à l'Ukraine pour financer son effort "
     "militaire, un prêt qui sera remboursé grâce aux bénéfices des avoirs russes gelés, a annoncé mercredi le "
     "ministère des Finances. Ce prêt s'inscrit dans le cadre de l'initiative du G7 dite ERA. La première tranche "
     "doit être versée dès la semaine prochaine.",
     {("GB", MONEY, P, 2.26e9)}),
    ("Paris et Berlin achèteront ensemble des drones pour Kiev",
     "PARIS (AFP) - La France et l'Allemagne vont acheter conjointement 500 drones d'attaque pour l'Ukraine auprès "
     "d'un fabricant ukrainien, a annoncé jeudi le ministère des Armées. Le coût, d'environ 100 millions d'euros, sera "
     "partagé à parts égales. Les premiers drones doivent être livrés d'ici deux mois.",
     # (relabelled by fix63a: a purchase to come from a maker for Ukraine is an order, production, the brief of
     # review 63's fixes and its labels, "vont acheter conjointement ... auprès de fabricants"; the drones "doivent
     # être livrés d'ici deux mois" stay the promise of their delivery)
     {("FR", "drones", "production", None), ("DE", "drones", "production", None), ("FR", "drones", P, None),
      ("DE", "drones", P, None)}),
    ("Kiev confirme l'arrivée des premiers F-16 norvégiens",
     "KIEV (AFP) - L'Ukraine a reçu les premiers avions de combat F-16 promis par la Norvège, a confirmé samedi "
     "l'armée de l'air ukrainienne, sans préciser leur nombre. Oslo s'était engagé à fournir six appareils. Le "
     "ministre norvégien de la Défense n'a pas souhaité commenter.",
     {("NO", "aircraft", D, None), ("NO", "aircraft", P, 6)}),
    ("Rome s'apprête à livrer un nouveau SAMP/T, selon des sources",
     "ROME (AFP) - L'Italie s'apprête à livrer à l'Ukraine un nouveau système de défense antiaérienne SAMP/T, selon "
     "des sources gouvernementales citées par l'agence Ansa. Le contenu des paquets d'aide italiens reste classifié. "
     "Le gouvernement n'a pas confirmé l'information.",
     {("IT", AIR, P, None)}),
    ("Paris annonce la livraison de 40 missiles Aster",
     "PARIS (AFP) - La France a annoncé mardi la livraison à l'Ukraine de 40 missiles Aster supplémentaires pour les "
     "systèmes SAMP/T. Ces missiles seront prélevés sur les stocks français. Une première partie a déjà été livrée, "
     "selon le ministère.",
     {("FR", AIR, P, 40), ("FR", AIR, D, None)}),
    ("La Belgique détaille son aide militaire pour 2026",
     "BRUXELLES (AFP) - La Belgique fournira cette année à l'Ukraine un paquet d'aide militaire d'un milliard d'euros "
     "comprenant quatre avions F-16, 200 drones de reconnaissance et 5 000 obus d'artillerie, a annoncé jeudi le "
     "ministre de la Défense Theo Francken. Les F-16 seront livrés d'ici l'été. Bruxelles a promis au total 30 "
     "appareils d'ici 2028.",
     # (labelled the 30 jets promised in all too; corrected as above: one record, the news's)
     {("BE", MONEY, P, 1e9), ("BE", "aircraft", P, 4), ("BE", "drones", P, 200), ("BE", AMMO, P, 5000)}),
    pytest.param(
        "Berlin refuse toujours de livrer des Taurus",
        "BERLIN (AFP) - L'Allemagne ne livrera pas de missiles de croisière Taurus à l'Ukraine, a répété vendredi le "
        "chancelier, malgré les demandes insistantes de Kiev. Berlin préfère financer la production de missiles de "
        "longue portée en Ukraine même, a-t-il ajouté. L'Allemagne reste le premier soutien militaire de Kiev en Europe.",
        {("DE", "missiles", R, None), ("DE", "missiles", M, None)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the missiles' making in Ukraine; 'Berlin préfère financer la production de missiles' gives "
            "no record: a preference ('préfère financer') is no cue"
        ))),
    ("Prague prête à livrer 300 000 obus si l'UE paie",
     "PRAGUE (AFP) - La République tchèque est prête à livrer 300 000 obus supplémentaires à l'Ukraine à condition "
     "que l'Union européenne en finance l'achat, a déclaré lundi le ministre des Affaires étrangères. Le mécanisme "
     "tchèque a déjà permis de livrer 1,5 million d'obus depuis 2024.",
     {("CZ", AMMO, X, 300000), ("CZ", AMMO, D, 1.5e6)}),
    ("Le ministère corrige le nombre de Caesar livrés",
     "PARIS (AFP) - La France a livré 30 canons Caesar à l'Ukraine et non 49 comme indiqué précédemment, a rectifié "
     "mercredi le ministère des Armées. Les 19 autres sont encore en production chez KNDS et seront livrés d'ici la "
     "fin de l'année.",
     {("FR", "artillery", D, 30), ("FR", "artillery", P, 19)}),
    ("Le Danemark finance des canons Bohdana fabriqués en Ukraine",
     "COPENHAGUE (AFP) - Le Danemark va financer la fabrication de 26 canons automoteurs Bohdana par l'industrie "
     "ukrainienne, a annoncé jeudi le ministère danois de la Défense. Ce modèle, qui consiste à acheter directement "
     "aux fabricants ukrainiens, a été repris par la Suède et le Canada. Le contrat s'élève à 800 millions de "
     "couronnes.",
     {("DK", "artillery", M, 26)}),
    ("Oslo consacre 5 milliards de couronnes à la défense aérienne de Kiev",
     "OSLO (AFP) - La Norvège va consacrer 5 milliards de couronnes à l'achat de systèmes de défense aérienne pour "
     "l'Ukraine, a annoncé lundi le Premier ministre Jonas Gahr Støre. Ces fonds seront versés via une coalition de "
     "pays dirigée par l'Allemagne. Oslo a déjà promis 85 milliards de couronnes sur cinq ans.",
     {("NO", AIR, P, 5e9), ("NO", MONEY, P, 85e9)}),
    ("Dix Leopard espagnols livrés à l'Ukraine",
     "MADRID (AFP) - Dix chars Leopard 2A4 supplémentaires ont été livrés à l'Ukraine par l'Espagne, a indiqué "
     "dimanche le ministère espagnol de la Défense. Madrid avait promis en mai une aide militaire d'un milliard "
     "d'euros pour cette année. Six autres chars doivent suivre d'ici l'automne.",
     {("ES", "tanks", D, 10), ("ES", MONEY, P, 1e9), ("ES", "tanks", P, 6)}),
]

GERMAN = [
    ("EU gibt weitere Milliarden aus Friedensfazilität frei",
     "BRÜSSEL (dpa) - Die Europäische Union hat weitere 5 Milliarden Euro aus der Europäischen Friedensfazilität für "
     "Waffenlieferungen an die Ukraine freigegeben. Das beschlossen die Außenminister der Mitgliedstaaten am Montag "
     "in Brüssel, wie Diplomaten mitteilten. Ungarn hatte die Auszahlung monatelang blockiert.",
     {("EU", MONEY, P, 5e9)}),
    ("EU überweist Kiew weitere Tranche aus russischen Zinserträgen",
     "BRÜSSEL (dpa) - Die EU hat der Ukraine eine weitere Tranche von 1,4 Milliarden Euro aus den Erträgen "
     "eingefrorener russischer Vermögenswerte überwiesen. Die Ukraine kann das Geld frei für ihre Verteidigung "
     "nutzen, teilte die EU-Kommission mit. Insgesamt sollen bis Jahresende rund 3 Milliarden Euro fließen.",
     {("EU", MONEY, D, 1.4e9), ("EU", MONEY, P, 3e9)}),
    ("Nordische Länder beschaffen gemeinsam Granaten für Kiew",
     "STOCKHOLM (dpa) - Schweden, Finnland und Dänemark wollen gemeinsam 100.000 Artilleriegranaten für die Ukraine "
     "beschaffen. Die Kosten von rund 400 Millionen Euro würden geteilt, teilte das schwedische "
     "Verteidigungsministerium mit. Die Granaten sollen bei europäischen Herstellern bestellt werden.",
     {("SE", AMMO, P, None), ("FI", AMMO, P, None), ("DK", AMMO, P, None)}),
    ("Zwei weitere Iris-T in der Ukraine eingetroffen",
     "KIEW (dpa) - Zwei weitere Iris-T-Flugabwehrsysteme aus Deutschland sind in der Ukraine eingetroffen. Das "
     "bestätigte der ukrainische Verteidigungsminister am Dienstag auf Telegram. Deutschland hat der Ukraine damit "
     "bislang zehn Iris-T-Systeme geliefert.",
     # (labelled the ten delivered so far too; corrected as above)
     {("DE", AIR, D, 2)}),
    ("Bericht: Berlin will weitere Patriot-Raketen liefern",
     "BERLIN (dpa) - Deutschland will der Ukraine nach Informationen des „Spiegel“ weitere 100 "
     "Patriot-Lenkflugkörper liefern. Die Bundesregierung wollte den Bericht nicht kommentieren. Aus "
     "Sicherheitsgründen veröffentlicht Berlin keine Details zu Lieferungen mehr.",
     {("DE", AIR, P, 100)}),
    ("Neues Paket mit Schützenpanzern und Drohnen",
     "BERLIN (dpa) - Die Bundesregierung stellt der Ukraine ein weiteres Militärhilfepaket im Wert von 1,9 Milliarden "
     "Euro bereit. Darin enthalten sind unter anderem 20 Marder-Schützenpanzer, 50.000 Schuss Artilleriemunition, "
     "300 Aufklärungsdrohnen sowie Ersatzteile für Flugabwehrkanonenpanzer vom Typ Gepard. Das teilte das "
     "Verteidigungsministerium am Freitag mit.",
     {("DE", MONEY, P, 1.9e9), ("DE", ARMOUR, P, 20), ("DE", AMMO, P, 50000), ("DE", "drones", P, 300),
      ("DE", "other", P, None)}),
    ("Merz schließt Taurus-Lieferung weiter aus",
     "BERLIN (dpa) - Bundeskanzler Friedrich Merz schließt eine Lieferung von Taurus-Marschflugkörpern an die Ukraine "
     "vorerst aus. „Das steht derzeit nicht zur Debatte“, sagte Merz am Mittwoch in Berlin. Stattdessen will "
     "Deutschland die Ukraine bei der Herstellung eigener Langstreckenraketen unterstützen.",
     {("DE", "missiles", R, None), ("DE", "missiles", M, None)}),
    ("Polen knüpft weitere Panzerlieferungen an Bedingungen",
     "WARSCHAU (dpa) - Polen ist bereit, der Ukraine weitere 30 T-72-Panzer zu überlassen, sofern die EU die Kosten "
     "übernimmt. Das sagte Verteidigungsminister Władysław Kosiniak-Kamysz am Donnerstag. Polen hat der Ukraine seit "
     "Kriegsbeginn mehr als 300 Panzer geliefert.",
     {("PL", "tanks", X, 30), ("PL", "tanks", D, 300)}),
    ("Ministerium korrigiert Zahl gelieferter Leopard",
     "BERLIN (dpa) - Das Bundesverteidigungsministerium hat die Zahl der an die Ukraine gelieferten "
     "Leopard-1-Kampfpanzer nach unten korrigiert. Statt der zunächst genannten 100 seien bislang 80 Panzer übergeben "
     "worden, teilte ein Sprecher mit. Die übrigen 20 sollen bis zum Sommer folgen.",
     {("DE", "tanks", D, 80), ("DE", "tanks", P, 20)}),
    ("Dänemark finanziert Drohnenproduktion in der Ukraine",
     "KOPENHAGEN (dpa) - Dänemark finanziert die Produktion von 5.000 Langstreckendrohnen durch ukrainische "
     "Rüstungsunternehmen. Dafür stellt Kopenhagen 1,2 Milliarden Kronen aus dem Ukraine-Fonds bereit, wie das "
     "Verteidigungsministerium mitteilte. Das sogenannte dänische Modell gilt als besonders schnell und günstig.",
     {("DK", "drones", M, 5000)}),
    ("Norwegen stockt Ukraine-Hilfe auf",
     "OSLO (dpa) - Norwegen stockt seine Militärhilfe für die Ukraine in diesem Jahr um 12 Milliarden Kronen auf. Das "
     "Geld soll unter anderem in die Beschaffung von Flugabwehrsystemen fließen, wie Ministerpräsident Jonas Gahr "
     "Støre mitteilte. Insgesamt stellt Oslo damit in diesem Jahr rund 85 Milliarden Kronen für Kiew bereit.",
     # (labelled the 85 billion in all too; corrected as above)
     {("NO", MONEY, P, 12e9), ("NO", AIR, P, None)}),
    ("Kiew erhält weitere Flugabwehrraketen aus Spanien",
     "MADRID (dpa) - Die Ukraine erhält von Spanien weitere Flugabwehrraketen vom Typ Aspide. Die Lieferung sei in "
     "der vergangenen Woche abgeschlossen worden, berichtete die Zeitung „El País“ unter Berufung auf "
     "Regierungskreise. Spanien hatte bereits sechs Hawk-Startgeräte an Kiew abgegeben.",
     {("ES", AIR, D, None), ("ES", AIR, D, 6)}),
    ("Haushaltsausschuss gibt 3 Milliarden für Ukraine frei",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestages hat zusätzliche 3 Milliarden Euro für die Militärhilfe an "
     "die Ukraine freigegeben. Mit dem Geld sollen vor allem Flugabwehrsysteme vom Typ Iris-T SLM und Munition "
     "beschafft werden. Die Mittel stammen aus dem Etat des Verteidigungsministeriums.",
     # (labelled the ammunition apart before the run; corrected to round 14's convention:
     # "Munition" right after one system with a bare "und" is that system's)
     {("DE", MONEY, P, 3e9), ("DE", AIR, P, None)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ readings the round showed


# Readiness told with its condition is an offer still open ("is ready to hand ... if",
# "prête à livrer ... à condition que", "bereit, ... zu überlassen, sofern"); without one,
# or with a condition of need ("falls nötig"), it stands as news.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Poland is ready to hand its remaining MiG-29 jets to Ukraine if other allies also send jets.",
         {("PL", "aircraft", X, None)}),
        ("en", "Poland is ready to hand its remaining MiG-29 jets to Ukraine.", {("PL", "aircraft", P, None)}),
        ("fr", "La Tchéquie est prête à livrer 300 000 obus à l'Ukraine à condition que l'UE paie.",
         {("CZ", AMMO, X, 300000)}),
        ("de", "Polen ist bereit, der Ukraine 30 T-72-Panzer zu überlassen, sofern die EU die Kosten übernimmt.",
         {("PL", "tanks", X, 30)}),
        ("de", "Polen ist bereit, der Ukraine 30 T-72-Panzer zu überlassen, falls nötig.", {("PL", "tanks", P, 30)}),
        ("en", "The EU agreed on Monday to add 5 billion euros to the Peace Facility for Ukraine.",
         {("EU", MONEY, P, 5e9)}),
    ],
)
def test_readiness_with_its_condition_and_a_decision_dated(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Making by Ukraine's industry told after the thing ("par l'industrie ukrainienne",
# "durch ukrainische Rüstungsunternehmen", "by Ukrainian firms") or as Ukraine's own
# ("Herstellung eigener") is production; making at home stays a promise.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Dänemark finanziert die Produktion von 5.000 Drohnen durch ukrainische Rüstungsunternehmen.",
         {("DK", "drones", M, 5000)}),
        ("fr", "Le Danemark va financer la fabrication de 26 canons Bohdana par l'industrie ukrainienne.",
         {("DK", "artillery", M, 26)}),
        ("en", "Britain will fund the production of 300 drones by Ukrainian firms.", {("GB", "drones", M, 300)}),
        ("de", "Deutschland will die Ukraine bei der Herstellung eigener Langstreckenraketen unterstützen.",
         {("DE", "missiles", M, None)}),
        ("de", "Deutschland will die Herstellung von Langstreckenraketen in Deutschland unterstützen und der Ukraine "
         "Taurus liefern.", {("DE", "missiles", P, None)}),
        # (paying for the like of the news is no aid of its own)
        ("en", "Denmark will pay Ukrainian manufacturers to build 18 Bohdana howitzers for Ukraine's army. Sweden and "
         "Norway have funded similar orders.", {("DK", "artillery", M, 18)}),
    ],
)
def test_making_by_ukraines_industry(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# "Brussels" acts for the EU or Belgium once one of them is named, the other not; a
# dateline or a place ("in Brussels") names nobody.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The European Commission disbursed 4 billion euros to Ukraine. Brussels has also pledged 2 billion "
         # (round 20: a sum for Kyiv's air defence buys air defence, as one for air defence does)
         "euros for Kyiv's air defence.", {("EU", MONEY, D, 4e9), ("EU", "air_defence", P, 2e9)}),
        ("fr", "La Belgique livrera des F-16 à l'Ukraine. Bruxelles a promis 30 appareils au total.",
         {("BE", "aircraft", P, 30)}),
        ("en", "BRUSSELS (Reuters) - Ukraine has asked for more air defence. Brussels has pledged 2 billion euros.",
         set()),
        ("en", "The EU will send 5 billion euros to Ukraine, ministers said in Brussels. In Brussels, Kyiv asked for "
         "more.", {("EU", MONEY, P, 5e9)}),
    ],
)
def test_brussels_for_the_one_named(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Sums told after their giving: what they serve ("cette somme servira à"), a package's
# worth in a sentence of its own (the one kind of thing's worth, or the package's money),
# money to flow ("sollen ... fließen"), a package still being prepared (discussed), a
# separable verb over a long middle field ("stockt ... auf"), and a running total that
# yields to the news.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'UE a débloqué 1,5 milliard d'euros pour l'Ukraine. Cette somme servira en priorité à la défense "
         "aérienne.", {("EU", MONEY, P, 1.5e9), ("EU", AIR, P, None)}),
        # (things promised, named again as the subject of their ordering to come: no contract of its own)
        ("de", "Schweden und Finnland wollen gemeinsam 100.000 Granaten für die Ukraine beschaffen. Die Granaten sollen "
         "bei europäischen Herstellern bestellt werden.", {("SE", AMMO, P, None), ("FI", AMMO, P, None)}),
        ("en", "Germany has ordered 100,000 shells for Ukraine from Rheinmetall.", {("DE", AMMO, M, 100000)}),
        # (a repayment to member states reaches no second verb of paying)
        ("en", "The EU will send 5 billion euros to Ukraine. The money will reimburse member states for arms they send "
         "to Kyiv and pay for joint purchases of ammunition.", {("EU", MONEY, P, 5e9), ("EU", AMMO, P, None)}),
        ("en", "The EU blocked 500 million euros to reimburse member states for ammunition sent to Ukraine.",
         {("EU", MONEY, R, 500e6)}),
        ("de", "Dänemark hat der Ukraine 15 Leopard-Panzer und 30.000 Granaten zugesagt. Das Paket hat einen Wert von "
         "1,2 Milliarden Kronen.", {("DK", "tanks", P, 15), ("DK", AMMO, P, 30000), ("DK", MONEY, P, 1.2e9)}),
        ("de", "Norwegen will der Ukraine 100 Flugabwehrraketen liefern. Das Paket hat einen Wert von 2,5 Milliarden "
         "Kronen.", {("NO", AIR, P, 100)}),
        ("en", "Sweden has handed over 12 Archer howitzers to Ukraine. A further package worth 16 billion crowns is "
         "being prepared.", {("SE", "artillery", D, 12), ("SE", MONEY, X, 16e9)}),
        ("de", "Die EU hat der Ukraine 1,4 Milliarden Euro überwiesen. Bis Jahresende sollen weitere 3 Milliarden Euro "
         "fließen.", {("EU", MONEY, D, 1.4e9), ("EU", MONEY, P, 3e9)}),
        ("de", "Norwegen stockt seine Militärhilfe für die Ukraine in diesem Jahr um 12 Milliarden Kronen auf.",
         {("NO", MONEY, P, 12e9)}),
        ("de", "Norwegen stockt seine Militärhilfe um 12 Milliarden Kronen auf. Insgesamt stellt Oslo damit 85 "
         "Milliarden Kronen für Kiew bereit.", {("NO", MONEY, P, 12e9)}),
    ],
)
def test_sums_told_after_their_giving(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A count told of the thing by its general word, or of the rest of it, is counted: "80
# Panzer" after "Leopard-1-Kampfpanzer", "die übrigen 20", "the remaining 20".
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Deutschland hat Leopard-1-Kampfpanzer an die Ukraine geliefert. Bislang seien 80 Panzer übergeben "
         "worden. Die übrigen 20 sollen im Sommer folgen.", {("DE", "tanks", D, 80), ("DE", "tanks", P, 20)}),
        ("en", "Germany has delivered Leopard tanks to Ukraine. The remaining 20 will follow by the summer.",
         {("DE", "tanks", D, None), ("DE", "tanks", P, 20)}),
        ("en", "The US has delivered 16 HIMARS and began the procurement of the next 18 because they take years to "
         "build.", {("US", "artillery", D, 16), ("US", "artillery", M, 18)}),
    ],
)
def test_counts_by_a_general_word_or_the_rest(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ a held-out batch


# Written and labelled after the fixes of this round and before running them: the same
# forms in other words (a Peace Facility tranche and what it pays for, a delivery the
# receiver confirms and corrects, readiness with a condition, drones made by Ukrainian
# companies, "a annoncé la livraison de", a refusal told by sources, money from Russian
# assets paid out, a joint Danish-model order, a German separable verb and compounds).
HELD_OUT = [
    ("en", "EU approves 2 billion euro Peace Facility tranche for Kyiv",
     "BRUSSELS (Reuters) - The European Union on Thursday approved a 2 billion euro tranche from the European Peace "
     "Facility for Ukraine, diplomats said. The tranche will mostly pay for air defence missiles and artillery "
     "shells. Slovakia abstained.",
     {("EU", MONEY, P, 2e9), ("EU", AIR, P, None), ("EU", AMMO, P, None)}),
    ("en", "Ukraine says it received 12 Swedish CV90s, not 20",
     "KYIV (Reuters) - Ukraine has received 12 CV90 infantry fighting vehicles from Sweden, the Ukrainian defence "
     "ministry said on Wednesday, correcting an earlier statement that put the number at 20. The remaining eight will "
     "arrive by the end of the year, it said.",
     {("SE", ARMOUR, D, 12), ("SE", ARMOUR, P, 8)}),
    pytest.param(
        "en", "Netherlands ready to fund more F-16 bombs if partners join",
        "THE HAGUE (Reuters) - The Netherlands is ready to pay for 500 more air-to-ground bombs for Ukraine's F-16 "
        "jets if Belgium and Norway share the cost, Defence Minister Ruben Brekelmans said on Monday. The Netherlands "
        "has already delivered 24 F-16s to Ukraine.",
        {("NL", AMMO, X, 500), ("NL", "aircraft", D, 24)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "held out, left: labelled the bombs as ammunition; 'air-to-ground bombs for Ukraine's F-16 jets' is read "
            "as one thing for the jets, aircraft (guided bombs alone are missiles, as JDAM and AASM Hammer are)"
        ))),
    ("en", "Canada to buy Ukrainian-made drones for Kyiv",
     "OTTAWA (Reuters) - Canada will spend C$200 million to buy drones made by Ukrainian companies for Ukraine's armed "
     "forces, the defence department said on Friday. The purchase follows the so-called Danish model. Canada has "
     "given Ukraine more than C$4 billion in military aid since 2022.",
     {("CA", "drones", M, 200e6), ("CA", MONEY, D, 4e9)}),
    ("fr", "Paris annonce douze Caesar de plus pour Kiev",
     "PARIS (AFP) - La France a annoncé jeudi la livraison à l'Ukraine de douze canons Caesar supplémentaires d'ici "
     "la fin de l'année. Huit canons ont déjà été livrés en septembre, selon le ministère des Armées.",
     {("FR", "artillery", P, 12), ("FR", "artillery", D, 8)}),
    ("fr", "Madrid refuse de céder ses Leopard 2A6, selon des sources",
     "MADRID (AFP) - L'Espagne a refusé de céder ses chars Leopard 2A6 à l'Ukraine, selon des sources "
     "gouvernementales citées par El País. Madrid a en revanche livré 20 blindés de transport M113 ces derniers mois.",
     {("ES", "tanks", R, None), ("ES", ARMOUR, D, 20)}),
    ("fr", "L'UE verse 3 milliards à Kiev issus des avoirs russes",
     "BRUXELLES (AFP) - L'Union européenne a versé vendredi à l'Ukraine 3 milliards d'euros issus des revenus des "
     "avoirs russes immobilisés, a annoncé la Commission européenne. Cette enveloppe servira notamment à l'achat de "
     "munitions, selon Bruxelles.",
     {("EU", MONEY, D, 3e9), ("EU", AMMO, P, None)}),
    ("fr", "Stockholm et Copenhague financent des obusiers ukrainiens",
     "STOCKHOLM (AFP) - La Suède et le Danemark vont financer ensemble la production de 36 obusiers Bohdana par "
     "l'industrie ukrainienne, ont annoncé mardi les deux gouvernements. Le coût est estimé à 1,5 milliard de "
     "couronnes suédoises.",
     {("SE", "artillery", M, None), ("DK", "artillery", M, None)}),
    ("de", "EU-Staaten geben Milliarden für Munition frei",
     "BRÜSSEL (dpa) - Die EU-Staaten haben am Dienstag weitere 1,5 Milliarden Euro aus der Europäischen "
     "Friedensfazilität für die Ukraine freigegeben. Mit dem Geld sollen vor allem Artilleriegranaten beschafft "
     "werden, teilte der Rat mit.",
     {("EU", MONEY, P, 1.5e9), ("EU", AMMO, P, None)}),
    ("de", "Kiew bestätigt Ankunft weiterer Gepard",
     "KIEW (dpa) - In der Ukraine sind 15 weitere Flugabwehrkanonenpanzer vom Typ Gepard aus Deutschland eingetroffen. "
     "Das teilte das ukrainische Verteidigungsministerium am Montag mit. Die Bundesregierung stellt außerdem bis "
     "Jahresende 30.000 Schuss Munition für die Gepard bereit.",
     {("DE", AIR, D, 15), ("DE", AMMO, P, 30000)}),
    ("de", "Spanien knüpft Patriot-Lieferung an Bedingung",
     "MADRID (dpa) - Spanien ist bereit, der Ukraine ein weiteres Patriot-Flugabwehrsystem zu überlassen, "
     "vorausgesetzt die USA ersetzen es. Das sagte Verteidigungsministerin Margarita Robles am Mittwoch. Bislang hat "
     "Madrid der Ukraine sechs Hawk-Startgeräte geliefert.",
     {("ES", AIR, X, None), ("ES", AIR, D, 6)}),
    ("de", "Schweden korrigiert Angaben zu Archer",
     "STOCKHOLM (dpa) - Schweden hat der Ukraine bislang 14 Archer-Haubitzen übergeben, nicht 18, wie zunächst "
     "gemeldet. Das teilte die schwedische Regierung am Donnerstag mit. Vier weitere Haubitzen sollen im Frühjahr "
     "folgen.",
     {("SE", "artillery", D, 14), ("SE", "artillery", P, 4)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HELD_OUT)
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Mended after the held-out batch's first run: a giving tied to a condition in a headline
# ("knüpft ... an Bedingung"), readiness before a cue that does not hold its "to" ("is
# ready to pay for ... if"), several givers paying "ensemble" for one count, and guided
# bombs named as such.
@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        ("de", "Spanien knüpft Patriot-Lieferung an Bedingung",
         "Spanien ist bereit, der Ukraine ein Patriot-System zu überlassen, vorausgesetzt die USA ersetzen es.",
         {("ES", AIR, X, None)}),
        ("en", "", "The Netherlands is ready to pay for 500 more artillery shells for Ukraine if Belgium shares the "
         "cost.", {("NL", AMMO, X, 500)}),
        ("fr", "", "La Suède et le Danemark vont financer ensemble la production de 36 obusiers Bohdana par l'industrie "
         "ukrainienne.", {("SE", "artillery", M, None), ("DK", "artillery", M, None)}),
        ("de", "", "Deutschland liefert der Ukraine 200 Gleitbomben.", {("DE", "missiles", P, 200)}),
        # (a first part of them, before its verb)
        ("en", "", "Germany will send 20 Leopard tanks to Ukraine. A first batch has arrived, the ministry said.",
         {("DE", "tanks", P, 20), ("DE", "tanks", D, None)}),
        ("de", "", "Deutschland liefert der Ukraine 20 Leopard-Panzer. Ein erster Teil wurde bereits übergeben.",
         {("DE", "tanks", P, 20), ("DE", "tanks", D, None)}),
        # (and round 16's leftover: a bound between the partitive's verb and its count)
        ("fr", "", "La France a livré 100 000 obus à l'Ukraine. Paris s'est engagé à en livrer plus de 20 000 cette "
         "année.", {("FR", AMMO, D, 100000), ("FR", AMMO, P, 20000)}),
        # (and round 17's leftover: the kind named before, counted with "such")
        ("en", "", "Canada will send 25 more armoured vehicles to Ukraine. It has already delivered 200 such "
         "vehicles.", {("CA", ARMOUR, P, 25), ("CA", ARMOUR, D, 200)}),
        ("de", "", "Kanada will der Ukraine 25 weitere Schützenpanzer liefern. Kanada hat bereits 200 solcher Fahrzeuge "
         "geliefert.", {("CA", ARMOUR, P, 25), ("CA", ARMOUR, D, 200)}),
        ("fr", "", "Le Canada livrera 25 véhicules blindés à l'Ukraine. Il a déjà livré 200 véhicules de ce type.",
         {("CA", ARMOUR, P, 25), ("CA", ARMOUR, D, 200)}),
    ],
)
def test_mended_after_the_held_out_batch(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
