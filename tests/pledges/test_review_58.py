"""Pledges, review 58: the eighteenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier seventeen probes did not
stress: per language a fact check debunking a viral claim of a delivery ("This is false", "C'est faux",
"Die Behauptung ist falsch"), the claim and the plain statement that nothing was sent beside what truly was;
an election campaign (an opposition leader's or candidate's promise "if elected", "s'il était élu", "im Falle
eines Wahlsiegs", and an opinion poll) beside the government's own aid; a markets story (a maker's shares
rising on an order to supply Ukraine, beside orders for the country's own forces); a pledge subject to a
parliament's vote ("subject to approval by parliament", "sous réserve de l'approbation de la Chambre",
"sofern das Parlament zustimmt") beside a giving that would only be considered if parliament acts; a quote
with editorial brackets and ellipses ("[the remaining] 25 [armoured vehicles]", "(...)", "[y]"); figures in
compact notation ("£1.2bn", "10k", "50k", "60k+", "155mm", "1,5 Md£", "2,5 Mrd. Kronen", "1,5 Mio. Schuss",
a conversion in parentheses); weapons seized by customs, police or courts handed to Ukraine (the country
they came from or were bound for gives nothing); and a joint pledge of two governments in one sentence
("jointly", "conjointement", "gemeinsam") beside what each gives ("each", "chacun", "jeweils"). Donors: Greece,
the Netherlands, Sweden, Norway, Canada, the United Kingdom, Estonia, Denmark, France, Belgium, Germany,
Poland, Lithuania. Every text, name and figure is invented for this file; none is taken from the real-article
set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- fact checks: the viral claim ("claim that Greece has sent 20 F-16", "affirme que la France a livré 12
  Rafale", "angeblich die Übergabe von 50 Taurus") gives nothing, and neither does the plain statement that
  none was sent ("had transferred no aircraft", "aucun Rafale n'avait été cédé", "hat ... bislang keine
  Taurus geliefert"): it tells a fact, not a decision, so no refusal (a reader could take the German one as
  the usual Taurus refusal); a headline "has not sent" likewise; what the ministry says was delivered or
  promised is read as usual; a Land or a country where a filmed exercise took place gives nothing;
- campaigns: an opposition leader's or candidate's promise "if elected" is no giving of the country (an
  opposition is no government: no record, not even discussed), and an opinion poll gives nothing; the
  government's answer ("Die Bundesregierung lehnt das weiterhin ab") refuses the thing asked for, with no
  figure (the figure is the candidate's);
- markets: an order a maker receives from its government to supply Ukraine is production (the lead's ruling,
  orders_for_ukraine), with its count, else its sum; orders for the country's own forces give nothing;
- votes: a government's pledge "subject to approval by parliament", "sous réserve de l'approbation", "sofern
  das Parlament zustimmt" is a pledge (the government decided; the vote is a step of procedure); a credit the
  government "will ask" lawmakers to vote is pledged; a giving that "would only go ahead if parliament changes
  the law", "ne serait envisagé que si", "käme nur in Frage, wenn" is discussed (the rulings' stated
  condition);
- brackets: an editor's insertion in a quote ("[the remaining]", "[armoured vehicles]", "[à l'Ukraine]") is
  read as part of the sentence; "(...)" cuts nothing that matters; "already in use", "volent déjà", "im
  Einsatz" deliver; "Nous [y] réfléchissons" discussed; „[sind] nicht geplant" refuses;
- notation: "10k" is 10,000, "60k+" 60,000, "155mm" a calibre and no count; a conversion in parentheses
  ("(about 1.75 bn euros)") is no second sum; a share told with "dont"/"including"/"darunter" of a package:
  the package is the funding record and each item told its own record with its count;
- seized: weapons a government hands over after customs, police or a court confiscated them are that
  government's delivery (or promise); Russia, Belarus or Libya, where they were bound or made, give nothing;
- joint: "jointly finance", "financeront conjointement", "gemeinsam ... finanzieren" gives each partner a
  record with no figure (the rulings: a joint figure is not split), and "each", "chacun", "jeweils" gives each
  the whole figure.

First run (2026-12-07 05:33 UTC, this branch = main at 7d5fb0a6, labels as committed in a9f39054 before any run; load
from other helpers): 7 of 24 articles fully right (EN 1 of 8, FR 3 of 8, DE 3 of 8); records as (donor, category,
status) matched 48 / labelled 65 / predicted 65 (P 0.74, R 0.74); with their figures too, 39 of the 65. By form,
fully right: seized 3 of 3 (customs, police and court seizures handed over read right; Russia, Belarus, Libya give
nothing), joint 2 of 3 (the English "Each country ..., the Danish defence ministry said" gives Denmark only),
notation 1 of 3 ("10k", "50k", "60k+" are no counts; "1,5 Mio. Schuss" is read as money and swaps with "2,5 Mrd.
Kronen"; the French "1,5 Md£ (environ 1,75 Md€), dont 100 000 obus" is right), markets 1 of 3 (the English order's
sum is a funding record and the forces' own contract a record; the French "missiles sol-air" is also missiles),
fact checks 0 of 3 (the debunked claim is read as a delivery with its figure, and "has not sent" / "keine Taurus
geliefert" as refusals), campaigns 0 of 3 (the opposition's promise is read, pledged or discussed, and in English
replaces the cabinet's drone money), votes 0 of 3 ("subject to approval", "sous réserve de", "sofern ... zustimmt"
make the pledge discussed, and "would only go ahead if", "ne serait envisagé que si", "käme nur in Frage, wenn"
give nothing), brackets 0 of 3 (a bracketed noun after a count loses the count; "The first 40 (...)" gives no
delivery; the French F-16s named only in the headline give nothing). The 17 left are strict xfails (LEFT) saying
what is read instead. My calls a reader could make otherwise: a campaign promise as no record (3 articles: the
rulings' "would send ... if" would make it discussed), a fact check's "not sent" as no refusal (3, the German one
above all), a pledge "subject to approval" as pledged (3).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
FACTCHECK, CAMPAIGN, MARKETS, VOTE, BRACKETS, NOTATION, SEIZED, JOINT = (
    "factcheck", "campaign", "markets", "vote", "brackets", "notation", "seized", "joint")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # A viral claim debunked; what was truly delivered and promised.
    (FACTCHECK, "Fact check: Greece has not sent F-16 jets to Ukraine",
     "ATHENS, June 2 (Wire) - Posts shared widely on social media claim that Greece has sent 20 F-16 fighter "
     "jets to Ukraine. This is false. The Greek defence ministry said on Monday it had transferred no aircraft "
     "to Ukraine.\n"
     "Greece has, however, delivered 40,000 artillery shells to Ukraine since 2023, according to the ministry, "
     "and has promised 6 more M109 howitzers for this summer.",
     {("GR", AMMO, D, 40000), ("GR", "artillery", P, 6)}),
    # An opposition leader's promise if elected, a poll, and the cabinet's own aid.
    (CAMPAIGN, "Dutch opposition leader vows long-range drones for Ukraine if elected",
     "THE HAGUE, June 3 (Wire) - The leader of the opposition Labour party, Anna Visser, promised on Tuesday "
     "that a government led by her would send Ukraine 500 long-range drones a year.\n"
     "Prime Minister Jeroen Bakker's cabinet has so far committed 300 million euros for drones this year, and "
     "the Netherlands delivered 18 F-16 fighter jets last year.\n"
     "A poll published on Monday showed 61% of Dutch voters support continued military aid.",
     {("NL", "drones", P, 300000000), ("NL", "aircraft", D, 18)}),
    # A maker's shares on an order to supply Ukraine; an order for its own forces.
    (MARKETS, "Saab shares jump after Sweden orders air defence for Ukraine",
     "STOCKHOLM, June 4 (Wire) - Shares in Saab rose as much as 6% on Wednesday after the company said it had "
     "received an order worth 2.1 billion Swedish crowns from the Swedish government to supply Ukraine with "
     "RBS 70 air defence systems.\n"
     "The order comes on top of a SEK 4 billion contract the Swedish armed forces placed in March for the "
     "company's own Carl-Gustaf ammunition, which analysts said would lift second-quarter sales.",
     {("SE", AIR, M, 2100000000)}),
    # A pledge subject to parliament; a giving only if parliament changes the law.
    (VOTE, "Norway to send Ukraine 12 more NASAMS launchers, subject to parliament's approval",
     "OSLO, June 5 (Wire) - Norway will send Ukraine 12 more NASAMS launchers and 2 billion Norwegian crowns "
     "for ammunition purchases, subject to approval by parliament, the government said on Thursday.\n"
     "The Storting is expected to vote on the package next week.\n"
     "Sending Ukraine fighter jets would only go ahead if parliament changes the law on arms transfers, "
     "Defence Minister Lars Eide said.",
     {("NO", AIR, P, 12), ("NO", AMMO, P, 2000000000), ("NO", "aircraft", X, None)}),
    # A quote with an editor's brackets and an ellipsis.
    (BRACKETS, "Canada to hand over remaining armoured vehicles to Ukraine by autumn, minister says",
     "OTTAWA, June 6 (Wire) - \"We will hand over [the remaining] 25 [armoured vehicles] to Ukraine by the "
     "autumn,\" Defence Minister Claire Dubois told reporters on Friday.\n"
     "\"The first 40 (...) are already in use at the front,\" she said.\n"
     "She added that Ottawa was \"looking at [sending] more NASAMS missiles\" but that no decision had been "
     "made.",
     {("CA", ARMOUR, P, 25), ("CA", ARMOUR, D, 40), ("CA", AIR, X, None)}),
    # Compact notation: "£1.2bn", "10k", "50k", "155mm", "60k+".
    (NOTATION, "UK pledges £1.2bn, 10k drones for Ukraine this year",
     "LONDON, June 9 (Wire) - Britain will provide Ukraine with £1.2bn in military aid this year, including 10k "
     "first-person-view drones and 50k rounds of 155mm artillery ammunition, the Ministry of Defence said on "
     "Monday.\n"
     "The UK has trained 60k+ Ukrainian recruits since 2022, the ministry said.",
     {("GB", MONEY, P, 1200000000), ("GB", "drones", P, 10000), ("GB", AMMO, P, 50000),
      ("GB", "training", D, 60000)}),
    # Goods confiscated by customs handed to Ukraine; more to follow.
    (SEIZED, "Estonia hands Ukraine rifles and drones seized by customs",
     "TALLINN, June 10 (Wire) - Estonia has handed over to Ukraine 1,500 rifles and 300 commercial drones that "
     "customs officers confiscated at the Russian border over the past two years, the interior ministry said "
     "on Wednesday.\n"
     "The goods, bound for Russia in breach of sanctions, were forfeited to the state by court order.\n"
     "Estonia also plans to send 2,000 Russian-made artillery shells found in a Soviet-era depot, the ministry "
     "added.",
     {("EE", ARMS, D, 1500), ("EE", "drones", D, 300), ("EE", AMMO, P, 2000)}),
    # Two governments jointly, then each.
    (JOINT, "Denmark and Sweden to jointly finance Archer howitzers for Ukraine",
     "COPENHAGEN, June 11 (Wire) - Denmark and Sweden will jointly finance 18 Archer howitzers for Ukraine "
     "worth 3 billion Danish crowns, the two governments said on Thursday.\n"
     "Each country will also send 5,000 artillery shells from its own stocks, the Danish defence ministry "
     "said.",
     {("DK", "artillery", P, None), ("SE", "artillery", P, None), ("DK", AMMO, P, 5000),
      ("SE", AMMO, P, 5000)}),
]

FRENCH = [
    # Une fausse information démentie ; ce qui a vraiment été livré et promis.
    (FACTCHECK, "Non, la France n'a pas livré de Rafale à l'Ukraine",
     "PARIS (Agence) - Une vidéo partagée des milliers de fois sur les réseaux sociaux affirme que la France a "
     "livré 12 avions Rafale à l'Ukraine. C'est faux : le ministère des Armées a indiqué lundi qu'aucun Rafale "
     "n'avait été cédé à Kiev. La vidéo montre en réalité un exercice en Lituanie.\n"
     "La France a en revanche livré 30 canons Caesar à l'Ukraine depuis 2022 et s'est engagée à former 2 000 "
     "soldats ukrainiens supplémentaires d'ici juin.",
     {("FR", "artillery", D, 30), ("FR", "training", P, 2000)}),
    # La promesse d'un candidat de l'opposition ; un sondage ; l'aide du gouvernement.
    (CAMPAIGN, "Présidentielle : le candidat de l'opposition promet des Mirage à l'Ukraine",
     "PARIS (Agence) - Le candidat de l'opposition à la présidentielle, Marc Lefort, a promis dimanche que, "
     "s'il était élu, la France enverrait 20 avions Mirage 2000 à l'Ukraine.\n"
     "Le gouvernement sortant a déjà livré 6 Mirage 2000 et a annoncé la semaine dernière une enveloppe de 500 "
     "millions d'euros pour des munitions.\n"
     "Selon un sondage publié lundi, 54 % des Français approuvent l'aide militaire à Kiev.",
     {("FR", "aircraft", D, 6), ("FR", AMMO, P, 500000000)}),
    # L'action d'un industriel sur une commande pour l'Ukraine ; des contrats pour l'armée française.
    (MARKETS, "Thales bondit en Bourse après une commande de missiles pour l'Ukraine",
     "PARIS (Agence) - L'action Thales a gagné 4 % mardi à la Bourse de Paris après l'annonce d'une commande "
     "de 300 missiles sol-air Mistral passée par la France pour le compte de l'Ukraine, d'un montant de 350 "
     "millions d'euros.\n"
     "Le groupe a par ailleurs relevé ses prévisions annuelles grâce à des contrats de l'armée de l'Air et de "
     "l'Espace française.",
     {("FR", AIR, M, 300)}),
    # Une promesse sous réserve du vote de la Chambre ; une autre seulement si le Parlement le demande.
    (VOTE, "La Belgique promet 12 F-16 à l'Ukraine, sous réserve du vote de la Chambre",
     "BRUXELLES (Agence) - La Belgique livrera 12 avions F-16 à l'Ukraine d'ici 2029, sous réserve de "
     "l'approbation de la Chambre des représentants, a annoncé jeudi le ministre de la Défense.\n"
     "Le gouvernement demandera aussi aux députés de voter un crédit de 1 milliard d'euros pour l'aide "
     "militaire à l'Ukraine.\n"
     "Le Premier ministre a précisé que l'envoi de missiles à longue portée ne serait envisagé que si le "
     "Parlement adoptait une résolution en ce sens.",
     {("BE", "aircraft", P, 12), ("BE", MONEY, P, 1000000000), ("BE", "missiles", X, None)}),
    # Une citation avec les crochets de la rédaction.
    (BRACKETS, "Le Danemark remettra le reste de ses F-16 « d'ici l'été », selon sa ministre",
     "COPENHAGUE (Agence) - « Nous remettrons [à l'Ukraine] les 10 [derniers appareils] d'ici l'été », a "
     "déclaré mardi la ministre danoise de la Défense, Mette Holm, à la radio publique.\n"
     "« Les 19 premiers (...) volent déjà au-dessus de l'Ukraine », a-t-elle ajouté.\n"
     "Interrogée sur de possibles missiles Harpoon, elle a répondu : « Nous [y] réfléchissons. »",
     {("DK", "aircraft", P, 10), ("DK", "aircraft", D, 19), ("DK", "missiles", X, None)}),
    # Notation : « 1,5 Md£ », une conversion entre parenthèses, « 155 mm », « dont ».
    (NOTATION, "Le Royaume-Uni annonce 1,5 Md£ et 100 000 obus pour Kiev",
     "LONDRES (Agence) - Le Royaume-Uni consacrera 1,5 Md£ (environ 1,75 Md€) à l'aide militaire à l'Ukraine "
     "cette année, dont 100 000 obus de 155 mm et 5 000 drones FPV, a annoncé lundi le ministère britannique de "
     "la Défense.\n"
     "Londres a déjà livré 14 chars Challenger 2.",
     {("GB", MONEY, P, 1500000000), ("GB", AMMO, P, 100000), ("GB", "drones", P, 5000),
      ("GB", "tanks", D, 14)}),
    # Des armes saisies sur des trafiquants remises à l'Ukraine.
    (SEIZED, "La France va remettre à l'Ukraine des fusils saisis sur des trafiquants",
     "PARIS (Agence) - La France va remettre à l'Ukraine 2 500 fusils d'assaut saisis lors d'opérations "
     "contre des trafiquants, a annoncé mercredi le ministère de l'Intérieur.\n"
     "Ces armes, confisquées sur décision de justice, seront remises à la garde nationale ukrainienne d'ici la "
     "fin du mois.\n"
     "Paris a par ailleurs déjà livré 50 000 cartouches provenant de stocks saisis en Méditerranée sur un "
     "navire à destination de la Libye.",
     {("FR", ARMS, P, 2500), ("FR", AMMO, D, 50000)}),
    # Deux gouvernements conjointement, puis chacun.
    (JOINT, "L'Allemagne et les Pays-Bas financeront ensemble quatre Patriot pour Kiev",
     "BERLIN (Agence) - L'Allemagne et les Pays-Bas financeront conjointement l'achat de 4 systèmes Patriot "
     "pour l'Ukraine, pour un montant total de 3 milliards d'euros, ont annoncé vendredi les deux "
     "gouvernements.\n"
     "Chacun des deux pays fournira en outre 20 véhicules blindés de ses propres stocks.",
     {("DE", AIR, P, None), ("NL", AIR, P, None), ("DE", ARMOUR, P, 20), ("NL", ARMOUR, P, 20)}),
]

GERMAN = [
    # Eine falsche Behauptung widerlegt; was wirklich geliefert und zugesagt ist.
    (FACTCHECK, "Faktencheck: Nein, Deutschland hat keine Taurus an die Ukraine geliefert",
     "BERLIN (Agentur) - In sozialen Netzwerken kursiert ein Video, das angeblich die Übergabe von 50 "
     "Taurus-Marschflugkörpern an die Ukraine zeigt. Die Behauptung ist falsch: Das Video zeigt eine Übung der "
     "Luftwaffe in Schleswig-Holstein, wie das Verteidigungsministerium bestätigte.\n"
     "Deutschland hat der Ukraine bislang keine Taurus geliefert. Geliefert wurden dagegen unter anderem 18 "
     "Kampfpanzer vom Typ Leopard 2 und 3 IRIS-T-Systeme; weitere 2 IRIS-T-Systeme sind zugesagt.",
     {("DE", "tanks", D, 18), ("DE", AIR, D, 3), ("DE", AIR, P, 2)}),
    # Ein Versprechen der Opposition im Wahlkampf; die Antwort der Regierung; eine Umfrage.
    (CAMPAIGN, "Wahlkampf: Oppositionsführer verspricht der Ukraine Marschflugkörper",
     "BERLIN (Agentur) - Der Kanzlerkandidat der Opposition, Thomas Berger, hat im Falle eines Wahlsiegs die "
     "Lieferung von 100 Marschflugkörpern an die Ukraine versprochen. Die Bundesregierung lehnt das weiterhin "
     "ab.\n"
     "Sie hat der Ukraine in diesem Jahr jedoch 4 Milliarden Euro Militärhilfe zugesagt.\n"
     "Laut einer Umfrage unterstützen 48 Prozent der Deutschen die Lieferung von Marschflugkörpern.",
     {("DE", "missiles", R, None), ("DE", MONEY, P, 4000000000)}),
    # Der Kurs eines Herstellers nach einem Auftrag für die Ukraine; ein Auftrag für die eigene Truppe.
    (MARKETS, "Rheinmetall-Aktie steigt nach Munitionsauftrag für die Ukraine",
     "DÜSSELDORF (Agentur) - Die Aktie von Rheinmetall hat am Mittwoch um bis zu 5 Prozent zugelegt, nachdem "
     "der Konzern einen Auftrag der Bundesregierung über 180.000 Artilleriegranaten für die Ukraine im Wert "
     "von 1,1 Mrd. Euro gemeldet hatte.\n"
     "Analysten verwiesen zudem auf einen Rahmenvertrag der Bundeswehr über Lastwagen für die eigene Truppe.",
     {("DE", AMMO, M, 180000)}),
    # Eine Zusage unter dem Vorbehalt des Parlaments; eine Lieferung nur, wenn das Parlament es beschließt.
    (VOTE, "Niederlande sagen Kiew 20 CV90 zu – Parlament muss zustimmen",
     "DEN HAAG (Agentur) - Die Niederlande werden der Ukraine 20 weitere Schützenpanzer vom Typ CV90 und 500 "
     "Millionen Euro für Drohnen bereitstellen, sofern das Parlament zustimmt, teilte Verteidigungsminister "
     "Ruben de Wit am Montag mit.\n"
     "Die Abstimmung in der Zweiten Kammer ist für kommende Woche angesetzt.\n"
     "Eine Lieferung von F-35-Kampfjets käme nur in Frage, wenn das Parlament dies ausdrücklich beschließe, "
     "sagte de Wit.",
     {("NL", ARMOUR, P, 20), ("NL", "drones", P, 500000000), ("NL", "aircraft", X, None)}),
    # Ein Zitat mit eckigen Klammern der Redaktion.
    (BRACKETS, "Polen übergibt restliche Krab-Haubitzen bis Jahresende",
     "WARSCHAU (Agentur) - „Wir werden [der Ukraine] die restlichen 12 [Panzerhaubitzen Krab] bis Jahresende "
     "übergeben\", sagte der polnische Verteidigungsminister Piotr Nowak am Donnerstag.\n"
     "„Die ersten 24 (...) sind bereits im Einsatz.\"\n"
     "Auf die Frage nach weiteren Kampfjets sagte er: „Weitere Kampfjets [sind] nicht geplant.\"",
     {("PL", "artillery", P, 12), ("PL", "artillery", D, 24), ("PL", "aircraft", R, None)}),
    # Schreibweisen: "2,5 Mrd. Kronen", eine Umrechnung in Klammern, "1,5 Mio. Schuss", "10.000".
    (NOTATION, "Schweden gibt der Ukraine 2,5 Mrd. Kronen – 1,5 Mio. Schuss Munition",
     "STOCKHOLM (Agentur) - Schweden stellt der Ukraine weitere 2,5 Mrd. Kronen (rund 220 Mio. Euro) für "
     "Militärhilfe bereit, darunter 1,5 Mio. Schuss Handwaffenmunition und 10.000 Drohnen, teilte die Regierung "
     "am Dienstag mit.\n"
     "Seit 2022 hat Stockholm bereits 1.200 Panzerabwehrwaffen vom Typ AT4 geliefert.",
     {("SE", MONEY, P, 2500000000), ("SE", AMMO, P, 1500000), ("SE", "drones", P, 10000),
      ("SE", ARMS, D, 1200)}),
    # Beschlagnahmte Drohnen an die Ukraine übergeben; Munition soll folgen.
    (SEIZED, "Litauen übergibt Kiew vom Zoll beschlagnahmte Drohnen",
     "VILNIUS (Agentur) - Litauen hat der Ukraine 700 Drohnen übergeben, die der Zoll an der Grenze zu Belarus "
     "beschlagnahmt hatte, teilte das Innenministerium am Freitag mit. Die Geräte waren für Russland "
     "bestimmt.\n"
     "Zudem sollen 3.000 Schuss Munition aus einem ausgehobenen Schmugglerlager folgen.",
     {("LT", "drones", D, 700), ("LT", AMMO, P, 3000)}),
    # Zwei Regierungen gemeinsam, dann jeweils.
    (JOINT, "Deutschland und Norwegen finanzieren gemeinsam IRIS-T für Kiew",
     "BERLIN (Agentur) - Deutschland und Norwegen werden der Ukraine gemeinsam 2 IRIS-T-SLM-Feuereinheiten im "
     "Wert von 600 Millionen Euro finanzieren, teilten beide Regierungen am Mittwoch mit.\n"
     "Zudem werden beide Länder jeweils 10.000 Artilleriegranaten aus eigenen Beständen liefern.",
     {("DE", AIR, P, None), ("NO", AIR, P, None), ("DE", AMMO, P, 10000), ("NO", AMMO, P, 10000)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a fact check, an election campaign, a markets
    story, a pledge subject to a parliament's vote, a quote with editorial brackets, figures in compact
    notation, seized weapons handed over, and a joint pledge of two governments."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted(
            [FACTCHECK, CAMPAIGN, MARKETS, VOTE, BRACKETS, NOTATION, SEIZED, JOINT])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
