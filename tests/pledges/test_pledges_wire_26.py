"""A twenty-sixth round of wire copy: 30 articles written for these tests (none is taken from
the real-article set), 10 each in English, French and German, in the style of Reuters, AFP and
dpa. The real set's 13 items still wrong on main (12 false and 8 missed records) were grouped
by phenomenon first (no text copied): the allies read beside the countries that give, a
co-maker of a system read as a co-giver, a programme's endowment read as funding, countries
Kyiv "can count on", officials' nationalities, things picked from industry's list, a receipt
with no giver named, a plea in a quotation, a ban beside what the summary omits. Most are
single items or were covered by round 25; this round writes what wire copy tells often and
earlier rounds may have missed: pledges told as a list with semicolons or colons ("Among the
pledges: Germany, four IRIS-T systems; Denmark, ..."), the latest package beside a recap of
what came before, the EU's fund beside a member's own gift and a member blocking refunds,
joint purchases (a Czech-led initiative and its payers, three countries buying "jointly"),
industry delivering what a government pays for, figures in words ("a dozen", "une
vingtaine", "ein Dutzend", "dozens", "des dizaines de milliers"), pledges withdrawn, cut or
scaled back ("ne livrera que", "auf 4 Milliarden Euro halbieren"), tranches paid and to come,
conditional offers, denials, and ministers speaking in the first person in interviews. Each
article was labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md), as (donor, category, status, figure): the count of things stated,
else the sum of money, else none.
Run first (on this branch as it began, which reads as main), 13 of the 30 were fully right
(records (donor, category, status) matched 73 / labelled 86 / predicted 85; with their figures
72 of 90). The fixes, each in general words: the allies told before the countries an article
lists sum them up and give no record of their own, nor do allies giving only "weapons" or
"aid" beside a country giving at their step, in the body or a headline (article_passes.py);
French "ne ... que" restricts a giving and refuses nothing (cue_qualifiers.py); a promise
withdrawn ("withdrew its pledge", "a retiré son offre de", "hat seine Zusage ...
zurückgezogen") refuses (cue_patterns.py, cue_qualifiers.py); aid cut to a sum promises that
sum (cue_patterns.py); who developed a system with the giver gives nothing (makers.py,
item_givers.py); a system named as another's chassis is no gift (items.without_platforms); a
refund's own sum that a member holds up is the EU's money under discussion in French and German
too ("aux États membres" is no foreign country: given_items.py, item_givers.py,
destinations.py), and stays beside a promise of another sum (restatements.py); the payer as the
agent of a passive ("was paid for by") pays for what arrived, as "funded by" does
(sentence_cues.py, attributive_cues.py, sentence_reading.py), "paid for by Kyiv" gives nothing
(status_cues.py); a scheme named by what it buys ("an initiative to buy ammunition ... has
delivered") is its name (status_cues.py); a verb joined after the first verb's recipient
("delivered 40 launchers to Ukraine, and has committed") governs only what follows it
(nearest_cue.py). After them, 20 of 30 (82 / 86 / 83; figures 78 of 90); the ten left are strict
xfails saying what is read instead. Six of them meet readings the extractor holds on purpose:
one record per giver, kind and step (a running total, a whole package beside its tranches, this
year's sum beside next year's), a promise and the same giver's same kind told as possible are
one plan, and "weapons" give way to the same giver's precise things; the labels were kept as
written. Round 7's two probes of allies summed up by the
countries after them now read as a headline's allies already did (no record of their own), and
round 24's held-out PURL xfail reads its payers (its reason updated).
A held-out batch of 10, written after the fixes, read 8 right on its first run (records 18 / 19
/ 19, figures 18 of 19; main 6, 17 / 19 / 19, figures 16): one miss was this round's own bug
(the cut to a sum read a single digit, so "to 15 billion crowns" gave nothing), the other a
headline's allies announcing "new weapons" beside the countries the body lists; both mended
since (10 of 10), their probes below. The readings mended are pinned with their neighbours at
the end (34 sentences and 2 headlines; main reads 13 and 1 of them right).
The real-article set: pledges predicted 196 / labelled 193 / matched 185 (P 0.94, R 0.96; main
197 / 193 / 185): DE-019's allies announcing heavy weapons beside Germany's 30 Gepard are no
longer a record. Relevance P/R 0.99/0.99 as on main. All 5,577 texts of tests/data, the real
set and the longer strings of the earlier test files analysed before and after: 9 change, all
read again by hand: the allies' summary before the countries (busy days B-EN-05, BD-EN-03,
BI-EN-03, real set DE-019, round 7's two probes, a round 24 docstring) and round 24's PURL
payers.
Since pledges round 41 a general refusal told apart from the one precise refusal of its giver stays
beside it: the Slovak MiG-29 halt ("will send no more weapons from army stocks") is a plain test.
The earlier rounds are tests/pledges/test_pledges_wire.py to _25."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages, left_as_xfails

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure).
ENGLISH = [
    # pledges told as a list with semicolons, each donor followed by its thing
    ("Allies pledge air defence, shells and vehicles at Ramstein meeting",
     "RAMSTEIN, Germany (Reuters) - Ukraine's allies promised new air defence systems, artillery ammunition and "
     "armoured vehicles at a meeting of the Ukraine Defense Contact Group on Wednesday, U.S. officials said.\n"
     "Among the pledges announced: Germany, four IRIS-T SLM systems; Denmark, 500 million crowns for artillery "
     "ammunition; Canada, 50 armoured vehicles.\n"
     "The group, set up in April 2022, meets roughly once a month. Ukrainian Defence Minister Rustem Umerov thanked "
     "the partners and said Kyiv still needed more Patriot systems.",
     {("DE", AIR, P, 4), ("DK", AMMO, P, 500e6), ("CA", ARMOUR, P, 50)}),
    # the latest in a series: the new package, then a recap of what was delivered and committed before
    ("US announces new $400 million weapons package for Ukraine",
     "WASHINGTON (Reuters) - The United States on Friday announced a new $400 million military aid package for "
     "Ukraine, including ammunition for HIMARS launchers and 155mm artillery shells, the Pentagon said.\n"
     "It is the 55th package drawn from U.S. stocks since August 2021. Washington has already delivered 31 Abrams "
     "tanks and more than 40 HIMARS launchers to Ukraine, and has committed more than $44 billion in security "
     "assistance since Russia's full-scale invasion.",
     {("US", MONEY, P, 400e6), ("US", AMMO, P, None), ("US", "tanks", D, 31), ("US", "artillery", D, 40),
      ("US", MONEY, P, 44e9)}),
    # an EU fund and a member state's own gift beside it; a member's past block gives nothing
    ("EU agrees 5 billion euros for Ukraine arms fund; Germany adds Patriots",
     "BRUSSELS (Reuters) - European Union countries agreed on Monday to put 5 billion euros into a fund that pays for "
     "weapons for Ukraine under the European Peace Facility, diplomats said.\n"
     "Hungary, which had blocked the decision for months, abstained.\n"
     "Separately, Germany, the largest contributor to the fund, said it would send Ukraine two more Patriot air "
     "defence systems from its own stocks.",
     {("EU", MONEY, P, 5e9), ("DE", AIR, P, 2)}),
    # a joint purchase: the initiative's leader and its payers, the shells arrived; more only if paid for
    ("Czech-led initiative has delivered 500,000 shells this year",
     "PRAGUE (Reuters) - A Czech-led initiative to buy artillery ammunition outside Europe has delivered 500,000 "
     "large-calibre shells to Ukraine so far this year, the Czech government said on Thursday.\n"
     "The shells were paid for by Denmark, the Netherlands and Canada, among others. Prague expects to deliver a "
     "further 800,000 rounds by the end of the year if funding continues.",
     # (relabelled in pledges round 29 under the lead's convention: a count or sum several givers
     # give jointly is no giver's figure)
     {("CZ", AMMO, D, 500000), ("DK", AMMO, D, None), ("NL", AMMO, D, None), ("CA", AMMO, D, None),
      ("CZ", AMMO, X, 800000)}),
    # industry delivers what a government paid for: the government gives; a chassis is no tank
    ("Rheinmetall delivers Skyranger vehicles to Ukraine",
     "DUESSELDORF (Reuters) - Rheinmetall has delivered 12 Skyranger anti-aircraft vehicles to Ukraine under a "
     "contract financed by the German government, the company said on Tuesday.\n"
     "The vehicles, mounted on Leopard 1 chassis, are the first of 30 that Berlin ordered for Kyiv last year. "
     "Rheinmetall shares rose 2% in Frankfurt.",
     {("DE", AIR, D, 12), ("DE", AIR, M, 30)}),
    # figures in words: "a dozen" is 12, "dozens" and "several hundred" no count; a co-developer gives nothing
    ("Norway to send a dozen more NASAMS launchers to Ukraine",
     "OSLO (Reuters) - Norway will send Ukraine a dozen more NASAMS air defence launchers, a system it developed "
     "jointly with the United States, the defence ministry said on Monday.\n"
     "Oslo has already handed over dozens of armoured vehicles and several hundred anti-tank weapons since 2022, "
     "Defence Minister Tore O. Sandvik told reporters.",
     {("NO", AIR, P, 12), ("NO", ARMOUR, D, None), ("NO", ARMS, D, None)}),
    # a pledge withdrawn by a new government; what was handed over before
    ("Slovakia halts MiG-29 transfer to Ukraine",
     "BRATISLAVA (Reuters) - Slovakia has cancelled the transfer of its last four MiG-29 fighter jets to Ukraine, "
     "Prime Minister Robert Fico said on Wednesday, reversing a decision of the previous government.\n"
     "Slovakia handed over 13 of the Soviet-era jets in 2023. Fico's government has also said it will send no more "
     "weapons from army stocks, though Slovak firms may still sell arms to Kyiv.",
     {("SK", "aircraft", R, 4), ("SK", "aircraft", D, 13), ("SK", "other", R, None)}),
    # a package paid in tranches: the tranche paid, the package, the tranche to come
    ("Sweden pays first part of military aid, second due in January",
     "STOCKHOLM (Reuters) - Sweden has paid out 2 billion crowns of military aid to Ukraine, the first tranche of a 5 "
     "billion crown package announced in September, the government said on Thursday.\n"
     "The second tranche of 3 billion crowns will follow in January, Defence Minister Pal Jonson said.",
     {("SE", MONEY, D, 2e9), ("SE", MONEY, P, 5e9), ("SE", MONEY, P, 3e9)}),
    # a conditional offer; the country named in the condition gives nothing
    ("Finland ready to send more air defence if U.S. replaces systems",
     "HELSINKI (Reuters) - Finland would send Ukraine additional NASAMS air defence launchers if the United States "
     "agreed to replace them quickly, President Alexander Stubb said on Friday.\n"
     "Finland has delivered 28 military aid packages to Ukraine worth a total of 3 billion euros since 2022.",
     {("FI", AIR, X, None), ("FI", MONEY, D, 3e9)}),
    # a minister in the first person, in an interview
    ("German defence minister: 'We will send 40 more Marder'",
     "BERLIN (Reuters) - \"We will deliver 40 more Marder infantry fighting vehicles by the summer,\" German Defence "
     "Minister Boris Pistorius told broadcaster ARD in an interview on Sunday.\n"
     "\"We are not sending Taurus, and that will not change,\" he added. Germany has already delivered 100 Marder "
     "vehicles to Ukraine.",
     {("DE", ARMOUR, P, 40), ("DE", "missiles", R, None), ("DE", ARMOUR, D, 100)}),
]

FRENCH = [
    # une liste à points-virgules, chaque donateur suivi de ce qu'il donne
    ("Les alliés de Kiev annoncent de nouvelles livraisons",
     "BRUXELLES (AFP) - Les alliés de l'Ukraine ont annoncé jeudi de nouvelles livraisons d'armes lors d'une réunion "
     "du groupe de contact à Bruxelles.\n"
     "Parmi les principales annonces : la France, 12 canons Caesar ; la Belgique, 200 millions d'euros pour des "
     "drones ; le Portugal, trois chars Leopard 2.\n"
     "Le ministre ukrainien de la Défense a salué ces engagements, tout en rappelant que Kiev manquait toujours de "
     "systèmes de défense aérienne.",
     {("FR", "artillery", P, 12), ("BE", "drones", P, 200e6), ("PT", "tanks", P, 3)}),
    # des nombres en mots: « une vingtaine », « une douzaine »; « des dizaines de milliers » sans nombre
    ("Le Canada promet une vingtaine de blindés à Kiev",
     "OTTAWA (AFP) - Le Canada va fournir à l'Ukraine une vingtaine de véhicules blindés supplémentaires, a annoncé "
     "mardi le ministre de la Défense, Bill Blair.\n"
     "Ottawa avait déjà livré une douzaine de véhicules blindés Roshel Senator au printemps, ainsi que des dizaines "
     "de milliers d'obus d'artillerie.",
     {("CA", ARMOUR, P, 20), ("CA", ARMOUR, D, 12), ("CA", AMMO, D, None)}),
    # une promesse revue à la baisse: « ne ... que » restreint, ne nie pas
    ("La Pologne réduit sa livraison de chars à l'Ukraine",
     "VARSOVIE (AFP) - La Pologne ne livrera finalement que 10 chars PT-91 à l'Ukraine, et non plus 30 comme annoncé "
     "en mars, a indiqué mercredi le ministère polonais de la Défense, invoquant les besoins de sa propre armée.\n"
     "Varsovie avait déjà cédé plus de 250 chars T-72 à Kiev depuis le début de l'invasion russe.",
     {("PL", "tanks", P, 10), ("PL", "tanks", D, 250)}),
    # un ministre à la première personne, à la radio
    ("« Nous livrerons six Mirage supplémentaires », dit le ministre des Armées",
     "PARIS (AFP) - « Nous allons livrer six Mirage 2000 supplémentaires à l'Ukraine d'ici l'été », a affirmé "
     "dimanche sur France Inter le ministre français des Armées, Sébastien Lecornu.\n"
     "« Nous n'enverrons pas de troupes au sol, ce n'est pas à l'ordre du jour », a-t-il ajouté. La France a déjà "
     "livré trois Mirage 2000-5 en février.",
     {("FR", "aircraft", P, 6), ("FR", "aircraft", D, 3)}),
    # l'argent de l'UE en tranches: versée, à venir, bloquée par un membre
    ("L'UE verse 1,5 milliard d'euros à Kiev issus des avoirs russes",
     "BRUXELLES (AFP) - L'Union européenne a versé vendredi une première tranche de 1,5 milliard d'euros, issue des "
     "revenus des avoirs russes gelés, pour financer l'achat d'armes par l'Ukraine, a annoncé la Commission.\n"
     "Une deuxième tranche, d'environ 2 milliards d'euros, suivra en juillet, selon Bruxelles. La Hongrie continue de "
     "bloquer le remboursement de 6,6 milliards d'euros aux États membres au titre de la Facilité européenne pour la "
     "paix.",
     {("EU", MONEY, D, 1.5e9), ("EU", MONEY, P, 2e9), ("EU", MONEY, X, 6.6e9)}),
    # un achat conjoint de trois pays; une livraison passée d'un quatrième
    ("Paris, Bruxelles et Luxembourg financent ensemble des Caesar pour Kiev",
     "PARIS (AFP) - La France, la Belgique et le Luxembourg vont acheter conjointement 12 canons Caesar pour "
     "l'Ukraine, a annoncé lundi le ministère des Armées.\n"
     "Les canons seront livrés d'ici la fin de l'année. Le Danemark avait déjà livré 19 Caesar à Kiev en 2023.",
     # (relabelled in pledges round 29 under the lead's convention: a count or sum several givers
     # give jointly is no giver's figure)
     {("FR", "artillery", P, None), ("BE", "artillery", P, None), ("LU", "artillery", P, None),
      ("DK", "artillery", D, 19)}),
    # une offre conditionnelle; le pays de la condition ne donne rien
    ("Copenhague enverrait ses derniers F-16 sous conditions",
     "COPENHAGUE (AFP) - Le Danemark enverrait ses derniers F-16 à l'Ukraine si les États-Unis lui livrent à temps "
     "ses chasseurs F-35, a déclaré mardi la Première ministre Mette Frederiksen.\n"
     "Copenhague a promis au total 19 F-16 à Kiev, dont six ont déjà été livrés, selon le ministère de la Défense.",
     {("DK", "aircraft", X, None), ("DK", "aircraft", P, 19), ("DK", "aircraft", D, 6)}),
    # le dernier d'une série: le nouveau paquet, puis ce qui a été livré avant
    ("La Norvège annonce un nouveau paquet d'aide militaire",
     "OSLO (AFP) - La Norvège va fournir à l'Ukraine une nouvelle aide militaire de 5 milliards de couronnes, a "
     "annoncé jeudi le gouvernement norvégien.\n"
     "Il s'agit du quinzième paquet d'aide norvégien depuis février 2022. Oslo avait notamment déjà livré des systèmes "
     "NASAMS, des obusiers M109 et des chars Leopard 2, et participe à la formation de pilotes ukrainiens sur F-16.",
     {("NO", MONEY, P, 5e9), ("NO", AIR, D, None), ("NO", "artillery", D, None), ("NO", "tanks", D, None),
      ("NO", "training", D, None)}),
    # l'industrie livre ce qu'un gouvernement a payé; la commande, la suite
    ("KNDS livre six Caesar financés par le Danemark",
     "VERSAILLES (AFP) - Le groupe KNDS a livré six nouveaux canons Caesar à l'Ukraine, financés par le Danemark, a "
     "indiqué mercredi l'industriel franco-allemand.\n"
     "Ces canons font partie d'une commande de 18 pièces passée par Copenhague en 2024 pour le compte de Kiev. Six "
     "autres doivent être livrés d'ici mars.",
     {("DK", "artillery", D, 6), ("DK", "artillery", M, 18), ("DK", "artillery", P, 6)}),
    # un démenti; la livraison passée faite à deux; un envoi à l'étude
    ("Rome dément vouloir livrer un second SAMP/T",
     "ROME (AFP) - Le gouvernement italien a démenti mardi des informations de presse selon lesquelles il "
     "s'apprêtait à livrer un deuxième système de défense aérienne SAMP/T à l'Ukraine.\n"
     "L'Italie a livré conjointement avec la France un premier système SAMP/T en 2023. Le ministre de la Défense "
     "Guido Crosetto a toutefois indiqué que Rome étudiait l'envoi de nouveaux missiles Aster.",
     {("IT", AIR, R, None), ("IT", AIR, D, None), ("FR", AIR, D, None), ("IT", AIR, X, None)}),
]

GERMAN = [
    # Zusagen im Überblick: Geber, Doppelpunkt, Sache; Strichpunkte dazwischen
    ("Neue Zusagen für die Ukraine in Ramstein",
     "RAMSTEIN (dpa) - Beim Treffen der Ukraine-Kontaktgruppe haben mehrere Staaten am Donnerstag neue Militärhilfe "
     "zugesagt. Die wichtigsten Zusagen im Überblick: Deutschland: vier IRIS-T-Systeme; Niederlande: 18 "
     "Panzerhaubitzen; Dänemark: 200 Millionen Euro für Artilleriemunition.\n"
     "Der ukrainische Verteidigungsminister dankte den Partnern. Die Kontaktgruppe trifft sich seit April 2022 "
     "regelmäßig.",
     {("DE", AIR, P, 4), ("NL", "artillery", P, 18), ("DK", AMMO, P, 200e6)}),
    # Zahlen in Worten: "ein Dutzend" ist 12, "Dutzende" keine Zahl
    ("Schweden will ein Dutzend Kampfjets schicken",
     "STOCKHOLM (dpa) - Schweden will der Ukraine ein Dutzend Kampfjets vom Typ Gripen liefern. Das kündigte "
     "Verteidigungsminister Pål Jonson am Mittwoch in Stockholm an. Die ersten Maschinen sollen im kommenden Jahr "
     "eintreffen.\n"
     "Schweden hat der Ukraine bereits Dutzende Schützenpanzer vom Typ CV90 sowie ein Aufklärungsflugzeug vom Typ "
     "ASC 890 übergeben.",
     {("SE", "aircraft", P, 12), ("SE", ARMOUR, D, None), ("SE", "aircraft", D, None)}),
    # eine Zusage gekürzt: der neue Betrag, der alte geplante
    ("Bundesregierung halbiert Ukraine-Hilfe",
     "BERLIN (dpa) - Die Bundesregierung will die Militärhilfe für die Ukraine im kommenden Jahr auf 4 Milliarden "
     "Euro halbieren. Das geht aus dem Haushaltsentwurf hervor, den das Kabinett am Mittwoch beschlossen hat. In "
     "diesem Jahr sind rund 8 Milliarden Euro eingeplant.\n"
     "Die Ukraine könne sich dennoch auf Deutschland verlassen, sagte Finanzminister Christian Lindner.",
     {("DE", MONEY, P, 4e9), ("DE", MONEY, P, 8e9)}),
    # ein Minister in der ersten Person, in einer Talkshow
    ("Pistorius: „Wir liefern zwei weitere Patriot-Systeme“",
     "BERLIN (dpa) - „Wir werden in diesem Jahr noch zwei weitere Patriot-Systeme an die Ukraine liefern“, sagte "
     "Verteidigungsminister Boris Pistorius (SPD) am Sonntagabend in der ARD-Sendung „Caren Miosga“. "
     "Taurus-Marschflugkörper werde es dagegen weiterhin nicht geben.\n"
     "Deutschland hat der Ukraine bisher drei Patriot-Systeme überlassen.",
     {("DE", AIR, P, 2), ("DE", "missiles", R, None), ("DE", AIR, D, 3)}),
    # ein gemeinsamer Kauf dreier Länder beim Hersteller eines vierten
    ("Drei Länder kaufen gemeinsam Haubitzen für Kiew",
     "BRATISLAVA (dpa) - Deutschland, Dänemark und Norwegen finanzieren gemeinsam 16 Radhaubitzen vom Typ Zuzana 2 "
     "für die Ukraine. Die Geschütze werden vom slowakischen Hersteller Konštrukta-Defence gebaut und sollen bis "
     "Ende des Jahres ausgeliefert werden, teilte das Verteidigungsministerium in Berlin mit.\n"
     "Die Slowakei selbst hatte Kiew bereits 2022 acht Zuzana-Haubitzen geliefert.",
     # (relabelled in pledges round 29 under the lead's convention: a count or sum several givers
     # give jointly is no giver's figure)
     {("DE", "artillery", P, None), ("DK", "artillery", P, None), ("NO", "artillery", P, None),
      ("SK", "artillery", D, 8)}),
    # Geld der EU und Einzahlung eines Mitglieds; eine blockierte Erstattung
    ("EU gibt weitere 500 Millionen Euro für Waffen frei",
     "BRÜSSEL (dpa) - Die EU hat weitere 500 Millionen Euro aus der Europäischen Friedensfazilität für "
     "Waffenlieferungen an die Ukraine freigegeben. Das teilten Diplomaten am Montag in Brüssel mit.\n"
     "Ungarn blockiert dagegen weiterhin die Erstattung von 6,6 Milliarden Euro an die Mitgliedstaaten, die Waffen "
     "an Kiew geliefert haben. Deutschland zahlt den größten Anteil in die Fazilität ein.",
     {("EU", MONEY, P, 500e6), ("EU", MONEY, X, 6.6e9), ("DE", MONEY, P, None)}),
    # ein Angebot unter einer Bedingung
    ("Norwegen knüpft weitere NASAMS an Bedingungen",
     "OSLO (dpa) - Norwegen würde der Ukraine weitere NASAMS-Startgeräte liefern, wenn die Industrie die eigenen "
     "Bestände rasch ersetzen kann. Das sagte Verteidigungsminister Tore O. Sandvik am Dienstag.\n"
     "Norwegen hat Kiew bereits zwei NASAMS-Systeme übergeben.",
     {("NO", AIR, X, None), ("NO", AIR, D, 2)}),
    # Lieferung in Tranchen: die zugesagte Gesamtzahl, die übergebene, die künftige Tranche
    ("Niederlande liefern F-16 in drei Tranchen",
     "DEN HAAG (dpa) - Die Niederlande liefern der Ukraine die zugesagten 24 F-16-Kampfjets in drei Tranchen. Die "
     "erste mit sechs Maschinen ist bereits übergeben, die zweite mit acht Maschinen soll im Sommer folgen, teilte "
     "das Verteidigungsministerium mit.",
     {("NL", "aircraft", P, 24), ("NL", "aircraft", D, 6), ("NL", "aircraft", P, 8)}),
    # die Industrie liefert, die Regierung bezahlt; Bestellung bei der Industrie
    ("Diehl liefert weiteres IRIS-T an die Ukraine",
     "ÜBERLINGEN (dpa) - Der Rüstungskonzern Diehl Defence hat ein weiteres IRIS-T-Luftverteidigungssystem an die "
     "Ukraine ausgeliefert. Bezahlt wird es von der Bundesregierung, wie ein Unternehmenssprecher am Dienstag sagte.\n"
     "Deutschland hat Kiew bisher sechs IRIS-T-Systeme geliefert; zwölf weitere sind bei Diehl bestellt.",
     {("DE", AIR, D, 6), ("DE", AIR, M, 12)}),
    # eine Zusage zurückgezogen; was davor übergeben wurde
    ("Polen zieht Zusage für Kampfjets zurück",
     "WARSCHAU (dpa) - Polen hat seine Zusage über weitere zehn MiG-29-Kampfjets für die Ukraine zurückgezogen. Die "
     "eigene Luftwaffe brauche die Maschinen, sagte Verteidigungsminister Władysław Kosiniak-Kamysz am Freitag.\n"
     "Polen hatte der Ukraine 2023 bereits 14 MiG-29 übergeben.",
     {("PL", "aircraft", R, 10), ("PL", "aircraft", D, 14)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
LEFT = {
    "US announces new $400 million weapons package for Ukraine": (
        "'has committed more than $44 billion ... since Russia's full-scale invasion' is one record with the new "
        "$400 million package (one per giver, kind and step: the running total gives way to the news)"),
    "Rheinmetall delivers Skyranger vehicles to Ukraine": (
        "'The vehicles ... are the first of 30 that Berlin ordered' reads an order of production with no count, "
        "not the 30 air defence vehicles"),
    "Sweden pays first part of military aid, second due in January": (
        "the package whose first tranche was paid ('the first tranche of a 5 billion crown package') is read as "
        "paid out with its tranche, then one record with it (2 billion): one per giver, kind and step"),
    "Copenhague enverrait ses derniers F-16 sous conditions": (
        "the offer in the conditional ('enverrait ... si') is one plan with the 19 F-16 promised (a promise and the "
        "same giver's same kind told as possible are one record)"),
    "KNDS livre six Caesar financés par le Danemark": (
        "'une commande de 18 pièces' is read as an order with no count ('pièces' counts nothing)"),
    "Bundesregierung halbiert Ukraine-Hilfe": (
        "the 8 billion 'eingeplant' this year are one record with the 4 billion of next year (one per giver, kind "
        "and step)"),
    "EU gibt weitere 500 Millionen Euro für Waffen frei": (
        "'Deutschland zahlt den größten Anteil in die Fazilität ein' gives no record: paying into the EU's fund "
        "names no thing and no sum"),
    "Niederlande liefern F-16 in drei Tranchen": (
        "the tranche to come ('die zweite mit acht Maschinen soll im Sommer folgen') is one record with the 24 "
        "promised (one per giver, kind and step)"),
}


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
    ("en", "Allies announce new weapons for Ukraine at NATO meeting",
     "BRUSSELS (Reuters) - Ukraine's allies announced fresh military support for Kyiv on Thursday at a meeting of "
     "NATO defence ministers.\n"
     "Pledges included: Sweden, 20 CV90 infantry fighting vehicles; Finland, 100 million euros for artillery "
     "ammunition; Poland, 24 Krab howitzers.",
     {("SE", ARMOUR, P, 20), ("FI", AMMO, P, 100e6), ("PL", "artillery", P, 24)}),
    ("fr", "Sofia renonce à livrer des blindés à Kiev",
     "SOFIA (AFP) - La Bulgarie est revenue sur sa promesse de livrer 100 véhicules blindés à l'Ukraine, a annoncé "
     "mardi le gouvernement bulgare.\n"
     "Sofia avait déjà cédé des obus d'artillerie à Kiev en 2023.",
     {("BG", ARMOUR, R, 100), ("BG", AMMO, D, None)}),
    ("de", "Italien liefert weniger Haubitzen",
     "ROM (dpa) - Italien will der Ukraine nur noch fünf statt zehn Panzerhaubitzen liefern. Das teilte das "
     "Verteidigungsministerium in Rom am Montag mit.",
     {("IT", "artillery", P, 5)}),
    ("en", "Hungary still blocking EU arms refunds",
     "BRUSSELS (Reuters) - Hungary is blocking the reimbursement of 5 billion euros to EU member states for weapons "
     "they sent to Ukraine, diplomats said on Monday.\n"
     "The European Union separately approved a new tranche of 1.5 billion euros for Kyiv's armed forces.",
     {("EU", MONEY, X, 5e9), ("EU", MONEY, P, 1.5e9)}),
    ("fr", "« Nous livrerons quatre Crotale de plus », dit le ministre",
     "PARIS (AFP) - « Nous allons livrer quatre systèmes Crotale supplémentaires à l'Ukraine cette année », a déclaré "
     "dimanche sur LCI le ministre français des Armées.\n"
     "Il a en revanche exclu l'envoi de missiles SCALP supplémentaires. La France a déjà livré deux Crotale.",
     {("FR", AIR, P, 4), ("FR", "missiles", R, None), ("FR", AIR, D, 2)}),
    ("de", "Drei Länder kaufen Haubitzen für Kiew",
     "DEN HAAG (dpa) - Die Niederlande, Dänemark und Schweden finanzieren gemeinsam 20 Panzerhaubitzen für die "
     "Ukraine. Der Hersteller KNDS soll sie bis 2027 liefern, teilte das niederländische Verteidigungsministerium "
     "mit.",
     {("NL", "artillery", P, None), ("DK", "artillery", P, None), ("SE", "artillery", P, None)}),
    ("en", "Canada to send two dozen armoured vehicles to Ukraine",
     "OTTAWA (Reuters) - Canada will send Ukraine two dozen armoured vehicles, Defence Minister David McGuinty said "
     "on Tuesday.\n"
     "Ottawa has already supplied several thousand drones to Ukraine since 2023.",
     {("CA", ARMOUR, P, 24), ("CA", "drones", D, None)}),
    ("fr", "Rome enverra un deuxième SAMP/T à Kiev",
     "ROME (AFP) - L'Italie enverra à l'Ukraine un deuxième système de défense aérienne SAMP/T, développé avec la "
     "France, d'ici l'automne, a annoncé jeudi le ministre italien de la Défense.",
     {("IT", AIR, P, None)}),
    ("de", "Rheinmetall übergibt Lynx-Schützenpanzer an Kiew",
     "DÜSSELDORF (dpa) - Der Rüstungskonzern Rheinmetall hat 20 Lynx-Schützenpanzer an die Ukraine übergeben, die "
     "die Bundesregierung bezahlt hat. Das teilte das Unternehmen am Mittwoch mit.",
     {("DE", ARMOUR, D, 20)}),
    ("en", "Norway to cut Ukraine military aid next year",
     "OSLO (Reuters) - Norway will cut its military aid to Ukraine to 15 billion crowns next year from 22 billion "
     "crowns this year, the finance ministry said on Wednesday.",
     {("NO", MONEY, P, 15e9)}),
]


# What the held-out batch leaves, by headline: what is read instead (strict xfails).
HELD_OUT_LEFT = {
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the readings the round mended, and their neighbours


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # French "ne ... que" restricts a giving; "ne ... pas" refuses it
    ("fr", "La Pologne ne livrera finalement que 10 chars à l'Ukraine.", {("PL", "tanks", P, 10)}),
    ("fr", "La Pologne n'a livré que trois chars à l'Ukraine.", {("PL", "tanks", D, 3)}),
    ("fr", "La Pologne ne livrera pas de chars à l'Ukraine.", {("PL", "tanks", R, None)}),
    # a promise withdrawn refuses what it promised; the promise alone promises
    ("de", "Polen hat seine Zusage über zehn MiG-29-Kampfjets für die Ukraine zurückgezogen.",
     {("PL", "aircraft", R, 10)}),
    ("de", "Polen hat der Ukraine zehn MiG-29-Kampfjets zugesagt.", {("PL", "aircraft", P, 10)}),
    ("en", "Poland has withdrawn its pledge of ten MiG-29 jets to Ukraine.", {("PL", "aircraft", R, 10)}),
    ("en", "Poland withdrew its offer to send ten MiG-29 jets to Ukraine.", {("PL", "aircraft", R, 10)}),
    ("fr", "La Pologne a retiré son offre de livrer dix MiG-29 à l'Ukraine.", {("PL", "aircraft", R, 10)}),
    # the allies summing up the countries named after them give nothing of their own; with a figure
    # of their own, or with one country only, they stay
    ("en", "Ukraine's allies promised new air defence systems on Wednesday. Germany pledged four IRIS-T systems and "
     "Spain two Patriot launchers.", {("DE", AIR, P, 4), ("ES", AIR, P, 2)}),
    ("en", "Ukraine's allies promised new air defence systems on Wednesday. Germany pledged four IRIS-T systems.",
     {("ALLIES", AIR, P, None), ("DE", AIR, P, 4)}),
    # ... and told only as weapons or aid, even to one country giving at their step, in the body or the headline
    ("de", "In Ramstein hatten die Verbündeten schwere Waffen angekündigt. Deutschland sagte 30 Gepard zu.",
     {("DE", AIR, P, 30)}),
    ("en", "Germany pledged four IRIS-T systems and Spain two Patriot launchers to Ukraine.",
     {("DE", AIR, P, 4), ("ES", AIR, P, 2)}),
    ("fr", "Kiev pourrait recevoir jusqu'à 80 Leopard de la part des alliés. La Pologne et l'Allemagne ont déjà "
     "promis 14 chars chacune.", {("ALLIES", "tanks", X, 80), ("PL", "tanks", P, 14), ("DE", "tanks", P, 14)}),
    # a partner in the making gives nothing; a partner in the giving gives
    ("en", "Norway will send Ukraine 12 NASAMS launchers, a system it developed jointly with the United States.",
     {("NO", AIR, P, 12)}),
    ("fr", "La Norvège enverra à l'Ukraine douze lanceurs NASAMS, un système développé conjointement avec les "
     "États-Unis.", {("NO", AIR, P, 12)}),
    ("en", "Norway will send Ukraine 12 NASAMS launchers jointly with the United States.",
     {("NO", AIR, P, None), ("US", AIR, P, None)}),
    # a reimbursement's own sum held up by a member is the EU's money under discussion
    ("fr", "La Hongrie bloque le remboursement de 6,6 milliards d'euros aux États membres.",
     {("EU", MONEY, X, 6.6e9)}),
    ("de", "Ungarn blockiert die Erstattung von 6,6 Milliarden Euro an die Mitgliedstaaten.",
     {("EU", MONEY, X, 6.6e9)}),
    # ... and stays one beside a promise of another sum; a count under discussion beside a promise is one plan
    ("fr", "L'UE versera 2 milliards d'euros en juillet. La Hongrie bloque le remboursement de 6,6 milliards "
     "d'euros aux États membres.", {("EU", MONEY, P, 2e9), ("EU", MONEY, X, 6.6e9)}),
    ("en", "Denmark has promised Ukraine 19 F-16 jets. It could send more F-16s later.", {("DK", "aircraft", P, 19)}),
    # a verb joined after the first one's recipient governs what follows it, not what came before
    ("en", "Washington has delivered 31 Abrams tanks and 40 HIMARS launchers to Ukraine, and has committed $44 "
     "billion in security assistance.", {("US", "tanks", D, 31), ("US", "artillery", D, 40), ("US", MONEY, P, 44e9)}),
    ("fr", "La Pologne a livré 30 chars à Kiev en 2023 et a promis 10 MiG-29.",
     {("PL", "tanks", D, 30), ("PL", "aircraft", P, 10)}),
    # a system named as another's chassis is not given; named alone it is
    ("en", "Germany has ordered 30 Skyranger vehicles, mounted on Leopard 1 chassis, for Ukraine.", {("DE", AIR, M, 30)}),
    ("en", "Germany has delivered 12 Leopard 1 tanks to Ukraine.", {("DE", "tanks", D, 12)}),
    # aid cut to a sum promises that sum; a price cut promises nothing
    ("de", "Deutschland will die Militärhilfe für die Ukraine auf 4 Milliarden Euro halbieren.", {("DE", MONEY, P, 4e9)}),
    ("en", "Germany will cut its military aid for Ukraine to $4 billion next year.", {("DE", MONEY, P, 4e9)}),
    ("fr", "L'Allemagne réduira son aide militaire à l'Ukraine à 4 milliards d'euros.", {("DE", MONEY, P, 4e9)}),
    ("en", "Germany cut the price of the shells to 4 euros.", set()),
    # (a sum of two digits or more: the held-out batch's first run found the pattern reading one digit only)
    ("en", "Norway will cut its military aid to Ukraine to 15 billion crowns next year.", {("NO", MONEY, P, 15e9)}),
    ("fr", "La Norvège réduira son aide militaire à l'Ukraine à 15 milliards de couronnes.", {("NO", MONEY, P, 15e9)}),
    # a scheme named by what it buys is its name, beside what it did; alone, what is bought
    ("en", "A Czech-led initiative to buy ammunition outside Europe has delivered 500,000 shells to Ukraine.",
     {("CZ", AMMO, D, 500000)}),
    ("en", "Denmark will pay 100 million euros to buy shells for Ukraine.", {("DK", AMMO, P, 100e6)}),
    # the payer as the agent of a passive, of a shipment told as arrived, paid for it (as "funded by" does); as
    # an attribute beside the arrival, the payer still gives
    ("en", "A package of air defence missiles has arrived in Ukraine. The shipment was paid for by Sweden and "
     "Norway.", {("SE", MONEY, D, None), ("NO", MONEY, D, None)}),
    ("en", "Twenty tanks, paid for by Denmark, arrived in Ukraine.", {("DK", "tanks", D, 20)}),
])
def test_the_readings_the_round_mended(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # a headline's allies told only with "weapons" sum up the countries the body names giving at their step
    ("Allies pledge new weapons for Ukraine", {("DE", AIR, P, 4), ("ES", AIR, P, 2)}),
    # ... with a figure of their own they are a record of their own
    ("Allies pledge 1,000 drones for Ukraine", {("ALLIES", "drones", P, 1000), ("DE", AIR, P, 4), ("ES", AIR, P, 2)}),
])
def test_a_headlines_allies_beside_the_countries_the_body_lists(headline: str, expected: set) -> None:
    body = "Germany pledged four IRIS-T systems and Spain two Patriot launchers to Ukraine."
    assert figures(body, "en", title=headline) == expected
