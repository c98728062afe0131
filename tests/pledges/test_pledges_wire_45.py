"""A forty-fifth round of wire copy: the general causes review 49 (tests/pledges/test_review_49.py) found,
each told in other words in articles written for these tests (none taken from the real-article set or from
the probe), in English, French and German. Each was labelled by hand before it was run, following the
real-article set's conventions (../shared/eval/README.md) and the lead's rulings of stop 47, as (donor,
category, status, figure): the count of things stated, else the sum of money, else none.

The causes:
- leasing is a giving cue like lending: "will lease / is leasing ... to Ukraine", "va louer ... à l'Ukraine"
  (French "louer" is also "to praise": the lease needs Ukraine or Kyiv as the one it goes to), "vermietet der
  Ukraine": pledged;
- item words: boats and military ships ("assault boats", "minehunters", "vedettes", "chasseurs de mines",
  "navires de déminage", "embarcations", "Schnellboote", "Minenjagdboote"), mine detectors and radars that
  find drones or are told as "Radaranlagen" are equipment ("other"), not mines (ammunition) nor air defence;
  transport planes and French bare "avions" are aircraft; French "missiles d'interception" are air defence;
- trainees: the collective "crew" after a count, and the weapon they serve between ("60 air defence crew");
- an arrival denied ("none of the 20 ... had arrived", "aucun des ... n'est arrivé", "ist noch keine
  eingetroffen") is no delivery and no refusal: the promise told stays pledged;
- lateness blamed ("failing to deliver ... on time", "ne pas livrer à temps", "nicht rechtzeitig zu
  liefern") is no refusal: the promise stays pledged;
- an export licence named by what it allows ("granted BAE Systems a licence to export 20 howitzers", "une
  licence d'exportation pour", "eine Lizenz zur Ausfuhr von") is discussed, as "export licence" was;
- Ukraine as the subject that pays, buys or orders ("Ukraine will pay for the guns", "Kiev paiera
  elle-même", "Die Ukraine hatte ... selbst bestellt") borrows no donor from the sentence before;
- a coalition as the subject ("The maritime coalition ... plans to deliver", "La coalition ... prévoit",
  "Die Koalition will") is ALLIES (the lead's ruling), never the member named before;
- a bulleted line after another continues the list the first opened, though it ends with no comma or "and"
  ("- 16 Schützenpanzer ...\n- 20 Mörser ...");
- a sale to another country, Ukraine named only in its purpose ("the sale of 600 interceptors to Germany to
  replace missiles Berlin sent Ukraine", "va vendre à la Pologne ..., afin de compenser", "dass Japan den
  Niederlanden 20.000 Granaten verkauft, damit ...") is no aid to Ukraine (the lead's ruling);
- a payer's share told as a sum it takes on ("Norwegen übernimmt 400 Millionen Euro", "prend en charge 90
  millions d'euros", "will cover $240 million") is paying: the sum is its funding;
- a delivery noun right after a denial ("dément l'envoi de", "denies delivery of") is refused.

Runs (2026-12-06, labels as committed before each form's fix): on main's code (22cbe72) 34 of the 39 plain
articles fail; the five that already passed are the Italian lease ("va louer"), the German "ist noch keine
eingetroffen", the English "failing to deliver ... on time", the French "Kiev paiera elle-même" and the French
"prend en charge 90 millions". On this branch 39 of 39; two more are strict xfails (LEFT) saying what is read.
Left for another round: the contents of a PURL package told after the payer's sum ("The money will go towards
a package that includes Patriot interceptors") are still the payer's records: the real set's P-EN-031 keeps
"the funds will be used for ... including Patriot ... parts and missiles" as the payer's air defence, so this
waits for the stop-47 ruling on sums for things (pledges44's round).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, X
from tests.support.wire_reading import figures, left_as_xfails

OTHER, AIRCRAFT, TRAINING, TANKS = "other", "aircraft", "training", "tanks"

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # leasing
    ("en", "Poland to lease Leopard tanks to Kyiv",
     "WARSAW (Reuters) - Poland will lease 14 Leopard 2A4 tanks to Ukraine for two years at a nominal rent, "
     "the defence ministry said on Thursday.",
     {("PL", TANKS, P, 14)}),
    ("fr", "L'Italie va louer des systèmes de défense aérienne à Kiev",
     "ROME (AFP) - L'Italie va louer deux batteries de défense aérienne SAMP/T à l'Ukraine pendant un an, a "
     "annoncé jeudi le ministère italien de la Défense.",
     {("IT", AIR, P, 2)}),
    ("de", "Niederlande vermieten der Ukraine Transportflugzeuge",
     "DEN HAAG (dpa) - Die Niederlande vermieten der Ukraine drei Transportflugzeuge für einen symbolischen "
     "Betrag, teilte das Verteidigungsministerium am Dienstag mit.",
     {("NL", AIRCRAFT, P, 3)}),
    # boats, mine hunters, mine detectors, radars
    ("en", "Britain hands Ukraine's navy minehunters",
     "LONDON (Reuters) - Britain will give Ukraine's navy two minehunters to clear the approaches to Odesa, "
     "the defence ministry said on Monday.",
     {("GB", OTHER, P, 2)}),
    ("en", "Netherlands to supply riverine assault boats to Ukraine",
     "THE HAGUE (AP) - The Netherlands will supply 35 assault boats to Ukraine's marines, the defence "
     "minister said on Friday.",
     {("NL", OTHER, P, 35)}),
    ("fr", "La Suède livre des chasseurs de mines à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède a livré deux chasseurs de mines à la marine ukrainienne, a indiqué lundi le "
     "ministère suédois de la Défense.",
     {("SE", OTHER, D, 2)}),
    ("fr", "Des vedettes néerlandaises pour la marine ukrainienne",
     "LA HAYE (AFP) - Les Pays-Bas vont fournir à l'Ukraine 12 vedettes rapides, a annoncé mercredi le "
     "gouvernement néerlandais.",
     {("NL", OTHER, P, 12)}),
    ("de", "Dänemark schickt der Ukraine Schnellboote",
     "KOPENHAGEN (dpa) - Dänemark schickt der Ukraine acht Schnellboote für den Einsatz auf dem Dnipro, "
     "kündigte die Regierung am Mittwoch an.",
     {("DK", OTHER, P, 8)}),
    ("de", "Belgien liefert Minendetektoren an Kiew",
     "BRÜSSEL (AFP) - Belgien liefert der Ukraine 400 Minendetektoren, teilte das Verteidigungsministerium "
     "am Freitag mit.",
     {("BE", OTHER, P, 400)}),
    ("en", "Canada to send Ukraine counter-drone radars",
     "OTTAWA (CP) - Canada will send Ukraine 20 counter-drone radars built by a Canadian firm, the defence "
     "minister said on Tuesday.",
     {("CA", OTHER, P, 20)}),
    ("de", "Norwegen liefert der Ukraine Radaranlagen",
     "OSLO (dpa) - Norwegen liefert der Ukraine sechs Radaranlagen zur Luftraumüberwachung, sagte der "
     "Verteidigungsminister am Montag.",
     {("NO", OTHER, P, 6)}),
    # transport planes, bare French "avions", interceptor missiles in French
    ("fr", "L'Espagne cède des avions de transport à Kiev",
     "MADRID (AFP) - L'Espagne va céder à l'Ukraine trois avions de transport, a annoncé vendredi la ministre "
     "espagnole de la Défense.",
     {("ES", AIRCRAFT, P, 3)}),
    ("fr", "La Norvège a livré à Kiev ses premiers avions",
     "OSLO (AFP) - La Norvège a livré six avions à l'Ukraine, a indiqué mardi le ministère norvégien de la "
     "Défense.",
     {("NO", AIRCRAFT, D, 6)}),
    ("fr", "L'Allemagne fournira des missiles d'interception à Kiev",
     "BERLIN (AFP) - L'Allemagne fournira à l'Ukraine 60 missiles d'interception pour ses systèmes IRIS-T, a "
     "annoncé lundi le ministre allemand de la Défense.",
     {("DE", AIR, P, 60)}),
    # trainees: the collective "crew", the weapon served between
    ("en", "Sweden to train Ukrainian Archer crews",
     "STOCKHOLM (Reuters) - Sweden will pay for the training of 80 Ukrainian artillery crew at home this "
     "winter, the armed forces said on Monday.",
     {("SE", TRAINING, P, 80)}),
    ("en", "Germany to train more Ukrainian Patriot operators",
     "BERLIN (AP) - Germany will train 40 Ukrainian air defence crew on Patriot systems in Bavaria, the "
     "defence ministry said on Thursday.",
     {("DE", TRAINING, P, 40)}),
    # an arrival denied: the promise stands, nobody refused
    ("en", "Kyiv says Spanish Leopards have not arrived",
     "KYIV (Reuters) - None of the 20 Leopard 2A4 tanks Spain promised in June had arrived by the end of "
     "November, Ukraine's defence ministry said on Monday.",
     {("ES", TANKS, P, 20)}),
    ("fr", "Kiev attend toujours les obus suédois",
     "KIEV (AFP) - Aucun des 15 000 obus promis par la Suède au printemps n'est arrivé en Ukraine, a affirmé "
     "lundi le ministère ukrainien de la Défense.",
     {("SE", AMMO, P, 15000)}),
    ("de", "Kiew wartet auf niederländische Haubitzen",
     "KIEW (dpa) - Von den zwölf Panzerhaubitzen, die die Niederlande im Sommer zugesagt hatten, ist nach "
     "ukrainischen Angaben noch keine eingetroffen.",
     {("NL", "artillery", P, 12)}),
    # lateness blamed: no refusal
    ("en", "Ukraine faults Norway over slow howitzer deliveries",
     "KYIV (AP) - Ukraine accused Norway on Tuesday of failing to deliver 12 promised howitzers on time, a "
     "charge Oslo rejected.",
     {("NO", "artillery", P, 12)}),
    ("fr", "L'Ukraine reproche à la Suède ses retards",
     "KIEV (AFP) - L'Ukraine accuse la Suède de ne pas livrer à temps les 40 véhicules blindés promis en "
     "mars, a déclaré mardi un porte-parole du ministère ukrainien de la Défense.",
     {("SE", ARMOUR, P, 40)}),
    ("de", "Kiew kritisiert Verzögerungen bei dänischer Munition",
     "KIEW (dpa) - Die Ukraine hat Dänemark vorgeworfen, die zugesagten 30.000 Granaten nicht rechtzeitig zu "
     "liefern, teilte das Verteidigungsministerium in Kiew am Mittwoch mit.",
     {("DK", AMMO, P, 30000)}),
    # an export licence to a firm for Ukraine: discussed (an export approval alone)
    ("en", "Britain licenses howitzer exports to Ukraine",
     "LONDON (Reuters) - The British government has granted BAE Systems a licence to export 20 M777 "
     "howitzers to Ukraine, the business department said on Friday.",
     {("GB", "artillery", X, 20)}),
    ("fr", "Rome autorise l'exportation d'hélicoptères vers Kiev",
     "ROME (AFP) - L'Italie a accordé au groupe Leonardo une licence d'exportation pour 12 hélicoptères "
     "destinés à l'Ukraine, a indiqué jeudi le gouvernement italien.",
     {("IT", AIRCRAFT, X, 12)}),
    ("de", "Schweden erteilt Exportlizenz für Ukraine",
     "STOCKHOLM (dpa) - Schweden hat dem Konzern Saab eine Lizenz zur Ausfuhr von acht "
     "Flugabwehrsystemen in die Ukraine erteilt, teilte die Regierung am Dienstag mit.",
     {("SE", AIR, X, 8)}),
    # Ukraine paying, buying or ordering for itself borrows no donor from the sentence before
    ("en", "Slovakia clears sale of Zuzana howitzers to Ukraine",
     "BRATISLAVA (Reuters) - Slovakia has approved the export of 16 Zuzana 2 howitzers to Ukraine, the "
     "economy ministry said. Ukraine will pay for the guns and their ammunition from its own budget.",
     {("SK", "artillery", X, 16)}),
    ("fr", "Berlin autorise la vente de radars à Kiev",
     "BERLIN (AFP) - L'Allemagne a autorisé l'exportation de 10 radars vers l'Ukraine. Kiev paiera "
     "elle-même les appareils et leurs pièces de rechange, a précisé le ministère.",
     {("DE", OTHER, X, 10)}),
    ("de", "Tschechien genehmigt Ausfuhr von Panzerhaubitzen",
     "PRAG (dpa) - Tschechien hat die Ausfuhr von 24 Panzerhaubitzen in die Ukraine genehmigt. Die Ukraine "
     "hatte die Geschütze im Sommer selbst bestellt und bezahlt sie aus eigenen Mitteln.",
     {("CZ", "artillery", X, 24)}),
    # a coalition as the subject is the allies together, not the member named before
    ("en", "Maritime coalition sets boat goal for Ukraine",
     "OSLO (Reuters) - Norway will give Ukraine 15 patrol boats, its defence minister said on Wednesday. The "
     "maritime coalition, which Norway leads with Britain, plans to deliver 100 boats to Ukraine by 2027.",
     {("NO", OTHER, P, 15), ("ALLIES", OTHER, P, 100)}),
    ("en", "Maritime coalition sets 2027 goal for Ukraine's navy",
     "LONDON (AP) - Britain will send Ukraine six patrol boats, the Royal Navy said on Thursday. The "
     "maritime coalition, which has nine members, aims to deliver 80 boats to Ukraine by 2027.",
     {("GB", OTHER, P, 6), ("ALLIES", OTHER, P, 80)}),
    ("fr", "La coalition blindée veut livrer 300 véhicules",
     "BERLIN (AFP) - La Pologne fournira 40 véhicules blindés à l'Ukraine, a annoncé mardi son ministre de "
     "la Défense. La coalition, qui compte douze membres, prévoit de livrer 300 véhicules blindés à "
     "l'Ukraine l'an prochain.",
     {("PL", ARMOUR, P, 40), ("ALLIES", ARMOUR, P, 300)}),
    ("de", "Drohnenkoalition will Millionen Drohnen liefern",
     "RIGA (dpa) - Lettland schickt der Ukraine 4.000 Drohnen, sagte der Verteidigungsminister am Montag. "
     "Die Koalition will der Ukraine im kommenden Jahr zwei Millionen Drohnen liefern.",
     {("LV", "drones", P, 4000), ("ALLIES", "drones", P, 2000000)}),
    # bulleted lines with no punctuation at their ends: each continues the list
    ("en", "Belgium's new package for Ukraine at a glance",
     "BRUSSELS (Reuters) - Belgium approved a new military aid package for Ukraine on Friday. It contains:\n"
     "• 12 M113 armoured personnel carriers\n"
     "• 300 anti-tank mines\n"
     "• 6 mobile radars\n"
     "The first vehicles leave in January, the ministry said.",
     {("BE", ARMOUR, P, 12), ("BE", AMMO, P, 300), ("BE", OTHER, P, 6)}),
    ("fr", "Ce que contient le nouveau paquet norvégien",
     "OSLO (AFP) - La Norvège a présenté jeudi un nouveau paquet d'aide militaire à l'Ukraine. Il comprend :\n"
     "- 8 obusiers automoteurs\n"
     "- 40 véhicules blindés\n"
     "- 2 000 obus de 155 mm\n"
     "Le ministère n'a pas précisé le calendrier des livraisons.",
     {("NO", "artillery", P, 8), ("NO", ARMOUR, P, 40), ("NO", AMMO, P, 2000)}),
    ("de", "Das neue dänische Paket im Überblick",
     "KOPENHAGEN (dpa) - Dänemark hat ein weiteres Militärhilfepaket für die Ukraine beschlossen. Es umfasst:\n"
     "- 10 Schützenpanzer vom Typ CV90\n"
     "- 6 Panzerhaubitzen\n"
     "- 5.000 Artilleriegranaten\n"
     "Die Lieferungen sollen im Frühjahr beginnen.",
     {("DK", ARMOUR, P, 10), ("DK", "artillery", P, 6), ("DK", AMMO, P, 5000)}),
    # a sale to another country, Ukraine only in its purpose, gives nothing; a gift in another
    # sentence is a record of its own
    ("en", "US clears Patriot sale to Germany to refill stocks sent to Kyiv",
     "WASHINGTON (Reuters) - The State Department has approved the sale of 600 Patriot interceptors to Germany "
     "to replace missiles Berlin sent Ukraine, the Pentagon said on Friday. Germany separately pledged two "
     "more IRIS-T systems to Ukraine.",
     {("DE", AIR, P, 2)}),
    ("fr", "La Corée du Sud vendra des obus à la Pologne",
     "SÉOUL (AFP) - La Corée du Sud va vendre à la Pologne 50 000 obus de 155 mm, afin de compenser les "
     "stocks polonais cédés à l'Ukraine, a annoncé mardi Séoul. Varsovie va par ailleurs livrer 20 chars "
     "à l'Ukraine.",
     {("PL", TANKS, P, 20)}),
    ("de", "Japan verkauft den Niederlanden Munition",
     "TOKIO (dpa) - Die Regierung bestätigte, dass Japan den Niederlanden 20.000 Granaten verkauft, damit "
     "Den Haag seine an die Ukraine abgegebenen Bestände auffüllen kann.",
     set()),
    # each payer's share told by taking it on: "übernimmt 200 Millionen Euro, Dänemark 100 Millionen"
    ("en", "Sweden and Denmark split cost of new Ukraine package",
     "STOCKHOLM (Reuters) - Sweden and Denmark are jointly funding a new package of weapons for Ukraine. "
     "Sweden will cover $240 million and Denmark $110 million, the two governments said on Monday.",
     {("SE", MONEY, P, 240_000_000), ("DK", MONEY, P, 110_000_000)}),
    ("fr", "La Finlande et l'Estonie se partagent un paquet pour Kiev",
     "HELSINKI (AFP) - La Finlande et l'Estonie financent ensemble un nouveau paquet d'armes pour l'Ukraine. "
     "La Finlande prend en charge 90 millions d'euros, l'Estonie 25 millions d'euros, ont annoncé mardi les "
     "deux gouvernements.",
     {("FI", MONEY, P, 90_000_000), ("EE", MONEY, P, 25_000_000)}),
    ("de", "Norwegen und Schweden teilen sich Ukraine-Paket",
     "OSLO (dpa) - Norwegen und Schweden finanzieren gemeinsam ein weiteres Waffenpaket für die Ukraine. "
     "Norwegen übernimmt 400 Millionen Euro, Schweden 150 Millionen Euro, wie die Regierungen mitteilten.",
     {("NO", MONEY, P, 400_000_000), ("SE", MONEY, P, 150_000_000)}),
    # a delivery denied in the headline is refused (with French bare "avions" an item, round 37's
    # "Madrid dément l'envoi d'avions" needed it)
    ("fr", "Madrid dément l'envoi de chars à Kiev",
     "MADRID (AFP) - Le gouvernement espagnol a démenti mardi qu'une livraison de chars à l'Ukraine soit "
     "prévue.",
     {("ES", TANKS, "refused", None)}),
    ("en", "Spain denies delivery of tanks to Ukraine",
     "MADRID (Reuters) - The Spanish government said on Tuesday that no delivery of tanks to Ukraine was "
     "planned.",
     {("ES", TANKS, "refused", None)}),
    # ... but a sale to a donor refused is a refusal about Ukraine's aid (round 28's form, other words)
    ("en", "Brasilia turns down German request",
     "BRASILIA (AP) - Brazil has refused to sell Germany ammunition for the Gepard guns, a presidential "
     "spokesman said on Monday.",
     {("BR", AMMO, "refused", None)}),
]

# What is left, by headline: what is read instead (strict xfails).
LEFT: dict[str, str] = {
    "US clears Patriot sale to Germany to refill stocks sent to Kyiv": (
        "adds (DE, missiles, delivered, None): the missiles of the purpose ('to replace missiles Berlin sent "
        "Ukraine'), the gift retold as the backfill's reason, are read as Germany's delivery. (Until round 48 "
        "the interceptors sold and those missiles were one group of things running past the purpose, read as "
        "(US, air_defence, discussed, 600) and (DE, air_defence, discussed, 600); round 48 ends a thing's "
        "phrase at a replacing verb, and the sale to Germany is no aid)"),
    "Maritime coalition sets boat goal for Ukraine": (
        "reads (NO, other, pledged, 15) alone: 'The maritime coalition, which Norway leads with Britain, plans "
        "to deliver 100 boats' names members in its relative clause, so the sentence names donors and the "
        "coalition as its subject is not looked for (the 100 go to Norway's record)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_45_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
