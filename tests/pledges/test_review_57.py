"""Pledges, review 57: the seventeenth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier sixteen probes did not
stress: per language counts written as compound number words ("twenty-four", "a hundred and twenty",
"forty-five thousand", "vingt-quatre", "quatre-vingt-dix", "soixante-dix mille", "zweiundzwanzig",
"hundertzwanzig", "fünfundsiebzigtausend") beside an ordinal in words ("thirty-first"); a share of an earlier
pledge delivered or paid ("half of the 40 ... it promised", "a third of the 1.2 billion euros", "la moitié des
30", "un tiers des 900 millions", "die Hälfte", "ein Drittel der 500 Millionen"); an audit or a court of
auditors' report on tracking donated weapons ("could not fully account for 8,400 of the 40,000 rifles", "la
Cour des comptes", "der Bundesrechnungshof", "bei 3 der 17 ... fehlten"); a court ruling or lawsuit on arms for
Ukraine ("dismissed a lawsuit seeking to block", "le Conseil d'État a rejeté le recours", "hat den Eilantrag
... abgelehnt": the court's rejection is no refusal of aid); deliveries held up by logistics (a rail terminal on
the Polish border, a port, farmers blocking a crossing, a dock strike in Gdansk: a country where aid is stuck
gives nothing); headlines in capitals with a wire slug ("UKRAINE-CRISIS/ARMS:", "URGENT -", "EILMELDUNG:");
a donor named only in the headline while the body says "the government", "le gouvernement", "die Regierung"
under a dateline of another country (Brussels, Kyiv); and aid from sub-national and non-state actors beside
the state's (the Flemish government, the Grand Est region, a city's fire engines, Baden-Württemberg, a
church's collection). Donors: Finland, Spain, the United States, Norway, the Czech Republic, Sweden, Italy,
Belgium, the Netherlands, Germany, France, Lithuania, Slovakia, Portugal, Denmark, Poland. Every text, name
and figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- words: a count in words is the count ("a hundred and twenty drones" 120, "quatre-vingt-dix" 90,
  "fünfundsiebzigtausend Schuss" 75000); an ordinal in words ("Finland's thirty-first package") no count;
  "das Land" after a donor is that donor (review 56's epithets);
- shares: a share of an earlier pledge delivered or paid ("has delivered half of the 40 tanks it promised",
  "a versé un tiers des 900 millions") is a delivery with no figure (the README: only numbers stated; the
  share's number is not), and the promise it is a share of stays a pledge with its figure, since part of it is
  still to come ("the rest will follow", "le reste doit arriver", "der Rest soll folgen"), unlike review 50's
  milestone where all was handed over; money "paid out" ("ausgezahlt") delivered;
- audits: what an audit says was delivered is a delivery with the total ("49 canons Caesar livrés", "17
  gelieferten IRIS-T-Feuereinheiten"), the share it could not track ("8,400 of the 40,000", "bei 3 der 17")
  no record; a total "geleistet" since 2022 delivered; a yearly budget "promis" pledged, its "dont 1,2
  milliard" share no record of its own;
- courts: a court that dismisses or rejects a suit against a delivery ("dismissed", "a rejeté", "abgelehnt",
  "a débouté") refuses nothing: the delivery it names keeps its own status (promised "that Norway promised",
  "zugesagt"; done "déjà effectuée", "bereits übergeben"); an NGO, a pacifist group and an association give
  nothing;
- logistics: things stuck on the way ("are stuck at a rail terminal", "sont bloqués à la frontière", "hängen
  ... fest") are not yet delivered, so promised (as "toujours pas arrivés"), whatever verb of buying or giving
  their participle carries ("bought by the Czech-led initiative", "offerts par la Lituanie", "von Norwegen
  zugesagte"): my call; the shells bought by the Czech-led initiative are the Czech Republic's (the README: a
  donor naming several accepts any); what "reached Ukraine", "sont arrivés", "übergeben" delivered; the
  country where things are stuck (Poland) gives nothing;
- capitals: a headline in capitals is read as its lower-case twin; a package's worth is funding and its items
  each their own (the rulings);
- government: a body telling "the government", "l'exécutif", "die Regierung" with no country, under a dateline
  of another country, is the donor of the headline (Italy, Portugal, Finland), not the dateline's; "a second
  SAMP/T" no count; "Flugabwehrmunition" is air defence (munitions for air defence; my call; relabelled
  ammunition by round 57a: "anti-aircraft ammunition" is ammunition in tests/pledges/test_pledges_wire.py);
- sub-national: a region or a Land paying for arms ("the Flemish government", "la région Grand Est", "die
  Landesregierung von Baden-Württemberg") gives as its country, as the lead ruled for a German Land (round
  55g); a city's fire engines and generators and a church's ambulances are humanitarian and give nothing;
  armoured ambulances are armoured vehicles (round 55g).

First run (2026-12-07 02:46 UTC, this branch = main at fef27625, labels as committed in e10cf95f before any run; load
average 12-17, other helpers running): 8 of 24 articles fully right (EN 3 of 8, FR 4 of 8, DE 1 of 8); records as
(donor, category, status) matched 46 / labelled 65 / predicted 56 (P 0.82, R 0.71); with their figures too, 38 of the
65 labelled records (56 predicted). By form, fully right: words 3 of 3 (every compound number word, "a hundred and
twenty", "quatre-vingt-dix", "fünfundsiebzigtausend", is counted; the ordinals in words are not), capitals 2 of 3
(caps headlines and slugs do no harm; the German one misses a reported "gebe"), audit 2 of 3 (the German attributive
"gelieferten" in a "fehlten" sentence gives nothing), government 1 of 3 (the French "le gouvernement" under a Kyiv
dateline takes the headline's Portugal; the English one under Brussels takes NATO from "a NATO meeting"), shares 0 of
3 (a share of a promise delivers the whole promised figure, and a share of a sum paid stays a promise or a funding
record), court 0 of 3 (the thing a suit or recourse was against gives nothing, a "déjà effectuée" delivery stays a
promise, a later "The government said ... reached" is lost), logistics 0 of 3 (the "Polish border" is the giver, a
blocking "par des agriculteurs" refuses, an attributive "von Norwegen zugesagte" with "hängen fest" gives nothing),
regional 0 of 3 (neither "the Flemish government", "die Landesregierung von Baden-Württemberg" nor "der Bund" gives; a
city's fire engines are a French delivery). The 16 left are strict xfails (LEFT) saying what is read instead. My calls
a reader could make otherwise: a share of a promise delivered as a delivery with no figure beside the promise kept
with its figure (3 articles; a reader could take the milestone ruling's one delivery, though none says how many),
"Flugabwehrmunition" as air defence (1), shells stuck on the way as still promised (2), a region or Land as its
country (2).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, P
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
WORDS, SHARES, AUDIT, COURT, LOGISTICS, CAPITALS, GOVERNMENT, REGIONAL = (
    "words", "shares", "audit", "court", "logistics", "capitals", "government", "regional")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # Compound number words; an ordinal in words; a past total in words.
    (WORDS, "Finland to send twenty-four more howitzers and a hundred and twenty drones to Ukraine",
     "HELSINKI, May 5 (Wire) - Finland will send Ukraine twenty-four more 155mm howitzers and a hundred and "
     "twenty reconnaissance drones, the defence ministry said on Wednesday.\n"
     "The package, Finland's thirty-first since the start of the war, also includes forty-five thousand rounds "
     "of artillery ammunition, the ministry said.\n"
     "Finland has so far delivered sixty-two armoured personnel carriers to Ukraine.",
     {("FI", "artillery", P, 24), ("FI", "drones", P, 120), ("FI", AMMO, P, 45000), ("FI", ARMOUR, D, 62)}),
    # Half of a promise delivered, the rest to follow; a third of a sum paid out.
    (SHARES, "Spain has delivered half of the Leopard tanks it promised Ukraine",
     "MADRID, May 6 (Wire) - Spain has delivered half of the 40 Leopard 2A4 tanks it promised Ukraine last "
     "year, the defence ministry said on Thursday, adding that the rest would follow by the autumn.\n"
     "A third of the 1.2 billion euros Madrid pledged for air defence has already been paid out, the ministry "
     "said.\n"
     "Spain will also send 15,000 artillery shells before the end of the year.",
     {("ES", "tanks", D, None), ("ES", "tanks", P, 40), ("ES", AIR, D, None), ("ES", AIR, P, 1200000000),
      ("ES", AMMO, P, 15000)}),
    # An inspector general's report: a share not tracked is no record; a new promise at the end.
    (AUDIT, "Pentagon watchdog cannot fully track rifles sent to Ukraine, report says",
     "WASHINGTON, May 7 (Wire) - The Pentagon's inspector general could not fully account for 8,400 of the "
     "40,000 rifles that the United States sent to Ukraine in 2023 and 2024, a report released on Thursday "
     "said.\n"
     "The audit found no evidence that any of the weapons had been diverted.\n"
     "The Defense Department said it had tightened its end-use checks and would deliver another 12 HIMARS "
     "launchers to Ukraine by July.",
     {("US", ARMS, D, 40000), ("US", "artillery", P, 12)}),
    # A court dismissing a lawsuit against a promised delivery; part already delivered.
    (COURT, "Oslo court dismisses lawsuit against NASAMS deliveries to Ukraine",
     "OSLO, May 8 (Wire) - A court in Oslo on Friday dismissed a lawsuit by a pacifist group seeking to block "
     "the delivery of 6 NASAMS launchers that Norway promised Ukraine in March.\n"
     "The group had argued that the transfer breached export law; the judges ruled that arming a country "
     "defending itself was lawful.\n"
     "The government said the first two launchers had already reached Ukraine and the rest would follow this "
     "summer.",
     {("NO", AIR, P, 6), ("NO", AIR, D, 2)}),
    # Shells stuck at a rail terminal on the Polish border; launchers held up in a port that arrived.
    (LOGISTICS, "Rail bottleneck on Polish border holds up Czech shells bound for Ukraine",
     "PRAGUE, May 11 (Wire) - Some 30,000 artillery shells bought by the Czech-led initiative for Ukraine are "
     "stuck at a rail terminal on the Polish border because of a shortage of wagons, officials said on "
     "Monday.\n"
     "A further 20 RM-70 rocket launchers donated by the Czech Republic were held up at the port of Gdansk for "
     "a week before reaching Ukraine on Sunday, the defence ministry said.",
     {("CZ", AMMO, P, 30000), ("CZ", "artillery", D, 20)}),
    # A headline in capitals with a wire slug; a package's worth and its items.
    (CAPITALS, "UKRAINE-CRISIS/ARMS: SWEDEN TO SEND 50 CV90 VEHICLES, 8 ARCHER GUNS TO KYIV",
     "STOCKHOLM, May 12 (Wire) - Sweden will send Ukraine 50 more CV90 infantry fighting vehicles and 8 "
     "Archer howitzers in its 20th military aid package, worth 7 billion Swedish crowns, the government said "
     "on Tuesday.\n"
     "Deliveries are due to start in the autumn, Defence Minister Karl Lindqvist told reporters.",
     {("SE", ARMOUR, P, 50), ("SE", "artillery", P, 8), ("SE", MONEY, P, 7000000000)}),
    # The donor only in the headline; a Brussels dateline; "the government", "the cabinet".
    (GOVERNMENT, "Italy approves new arms decree for Ukraine with a second SAMP/T",
     "BRUSSELS, May 13 (Wire) - The government has approved its eleventh military aid decree for Ukraine, "
     "which includes a second SAMP/T air defence system and 5,000 artillery shells, officials said on "
     "Wednesday on the sidelines of a NATO meeting.\n"
     "The cabinet's decree is classified, but the defence minister told lawmakers it also covers 20 Lince "
     "armoured vehicles.",
     {("IT", AIR, P, None), ("IT", AMMO, P, 5000), ("IT", ARMOUR, P, 20)}),
    # A region's money beside the federal state's; a city's fire engines (nothing).
    (REGIONAL, "Flemish government to pay for drones for Ukraine's army",
     "BRUSSELS, May 14 (Wire) - The Flemish government will pay 20 million euros for reconnaissance drones "
     "for Ukraine's armed forces, the regional premier said on Thursday.\n"
     "It comes on top of Belgium's federal aid: the federal government has promised 1 billion euros in "
     "military aid to Ukraine this year.\n"
     "The city of Antwerp has separately donated 12 fire engines to the Ukrainian city of Zaporizhzhia.",
     {("BE", "drones", P, 20000000), ("BE", MONEY, P, 1000000000)}),
]

FRENCH = [
    # Nombres en lettres : vingt-quatre, quatre-vingt-dix, soixante-dix mille, dix-huit.
    (WORDS, "Les Pays-Bas livreront vingt-quatre obusiers et quatre-vingt-dix drones à l'Ukraine",
     "LA HAYE, 5 mai (Agence) - Les Pays-Bas livreront à l'Ukraine vingt-quatre obusiers automoteurs et "
     "quatre-vingt-dix drones de reconnaissance, a annoncé mercredi le ministre de la Défense, Joris Kuipers.\n"
     "Le paquet comprend aussi soixante-dix mille obus de 155 mm.\n"
     "La Haye a déjà livré dix-huit chasseurs F-16 à Kiev.",
     {("NL", "artillery", P, 24), ("NL", "drones", P, 90), ("NL", AMMO, P, 70000), ("NL", "aircraft", D, 18)}),
    # La moitié d'une promesse livrée, le reste à venir ; un tiers d'une somme versé.
    (SHARES, "L'Allemagne a livré la moitié des Gepard promis à Kiev",
     "BERLIN, 6 mai (Agence) - L'Allemagne a livré à l'Ukraine la moitié des 30 chars antiaériens Gepard "
     "supplémentaires promis en janvier, a indiqué jeudi le ministère de la Défense. Le reste doit arriver d'ici "
     "à l'été.\n"
     "Berlin a par ailleurs versé un tiers des 900 millions d'euros annoncés pour l'achat de munitions.",
     {("DE", AIR, D, None), ("DE", AIR, P, 30), ("DE", AMMO, D, None), ("DE", AMMO, P, 900000000)}),
    # La Cour des comptes : un total livré, un budget promis dont une part non engagée.
    (AUDIT, "La Cour des comptes pointe le suivi des Caesar cédés à l'Ukraine",
     "PARIS, 7 mai (Agence) - Dans un rapport publié mardi, la Cour des comptes estime que le ministère des "
     "Armées n'a pas su chiffrer avec précision le coût des 49 canons Caesar livrés à l'Ukraine depuis 2022, "
     "dont une partie a été prélevée sur les stocks de l'armée de Terre.\n"
     "Les magistrats relèvent aussi que la France a promis 3 milliards d'euros d'aide militaire à Kiev pour "
     "2026, dont 1,2 milliard n'a pas encore été engagé.",
     {("FR", "artillery", D, 49), ("FR", MONEY, P, 3000000000)}),
    # Le Conseil d'État rejette un recours ; un tribunal belge déboute une ONG.
    (COURT, "Le Conseil d'État rejette un recours contre les cessions d'armes à l'Ukraine",
     "PARIS, 8 mai (Agence) - Le Conseil d'État a rejeté vendredi le recours d'une association qui demandait la "
     "suspension des cessions de matériel militaire à l'Ukraine, dont les 12 Mirage 2000 que Paris a promis à "
     "Kiev.\n"
     "La haute juridiction a estimé que ces cessions relevaient de la conduite des relations internationales.\n"
     "À Bruxelles, un tribunal a de son côté débouté une ONG qui contestait la livraison, déjà effectuée, de 20 "
     "véhicules blindés par la Belgique.",
     {("FR", "aircraft", P, 12), ("BE", ARMOUR, D, 20)}),
    # Des obus bloqués à la frontière ; des obusiers arrivés par le rail.
    (LOGISTICS, "Des obus lituaniens pour l'Ukraine bloqués à la frontière polonaise",
     "VARSOVIE, 11 mai (Agence) - Des camions transportant 8 000 obus offerts par la Lituanie à l'Ukraine sont "
     "bloqués depuis lundi à la frontière polono-ukrainienne par des agriculteurs polonais en colère, a "
     "indiqué mercredi Vilnius.\n"
     "Les 8 obusiers Zuzana promis par la Slovaquie sont, eux, arrivés en Ukraine par le rail mercredi, malgré "
     "le changement d'écartement des voies à la frontière.",
     {("LT", AMMO, P, 8000), ("SK", "artillery", D, 8)}),
    # Un titre en capitales avec « URGENT - ».
    (CAPITALS, "URGENT - LA FRANCE VA LIVRER 40 MISSILES SCALP SUPPLÉMENTAIRES À L'UKRAINE",
     "PARIS, 12 mai (Agence) - La France va livrer à l'Ukraine 40 missiles de croisière SCALP supplémentaires "
     "et six canons Caesar, a annoncé mardi l'Élysée.\n"
     "Les livraisons commenceront dans les prochaines semaines, a précisé la présidence.",
     {("FR", "missiles", P, 40), ("FR", "artillery", P, 6)}),
    # Le donateur dans le seul titre ; le corps dit « le gouvernement », « l'exécutif », daté de Kiev.
    (GOVERNMENT, "Le Portugal enverra six hélicoptères et des blindés à l'Ukraine",
     "KIEV, 13 mai (Agence) - Le gouvernement a approuvé mercredi l'envoi de six hélicoptères et de 14 "
     "véhicules blindés M113 à l'Ukraine, a annoncé le ministre de la Défense lors d'une visite à Kiev.\n"
     "L'exécutif a aussi promis 30 millions d'euros à la coalition des drones.",
     {("PT", "aircraft", P, 6), ("PT", ARMOUR, P, 14), ("PT", MONEY, P, 30000000)}),
    # Une région paie des ambulances blindées ; une ville envoie des camions de pompiers ; l'État promet.
    (REGIONAL, "La région Grand Est offre des ambulances blindées à l'armée ukrainienne",
     "STRASBOURG, 14 mai (Agence) - La région Grand Est a financé l'achat de 12 ambulances blindées, remises "
     "mardi à l'armée ukrainienne, une première pour une collectivité française.\n"
     "La ville de Lyon a de son côté envoyé 3 camions de pompiers et des groupes électrogènes à Kharkiv.\n"
     "L'État a, lui, promis 2 000 drones supplémentaires à Kiev d'ici à la fin de l'année.",
     {("FR", ARMOUR, D, 12), ("FR", "drones", P, 2000)}),
]

GERMAN = [
    # Zahlwörter: zweiundzwanzig, hundertzwanzig, fünfundsiebzigtausend, neunzehn; "das Land".
    (WORDS, "Dänemark liefert zweiundzwanzig weitere Leopard-Panzer an die Ukraine",
     "KOPENHAGEN (Agentur) - Dänemark wird der Ukraine zweiundzwanzig weitere Kampfpanzer vom Typ Leopard 1 und "
     "hundertzwanzig Drohnen liefern, teilte das Verteidigungsministerium am Mittwoch mit.\n"
     "Zudem sollen fünfundsiebzigtausend Schuss Artilleriemunition folgen.\n"
     "Bislang hat das Land der Ukraine neunzehn F-16-Kampfjets übergeben.",
     {("DK", "tanks", P, 22), ("DK", "drones", P, 120), ("DK", AMMO, P, 75000), ("DK", "aircraft", D, 19)}),
    # Die Hälfte einer Zusage eingetroffen, der Rest folgt; ein Drittel einer Summe ausgezahlt.
    (SHARES, "Die Hälfte der niederländischen Schützenpanzer ist in der Ukraine",
     "DEN HAAG (Agentur) - Von den 60 Schützenpanzern, die die Niederlande der Ukraine im Januar zugesagt "
     "hatten, ist die Hälfte inzwischen eingetroffen, teilte das Verteidigungsministerium mit. Der Rest soll "
     "bis zum Herbst folgen.\n"
     "Ein Drittel der 500 Millionen Euro, die Den Haag für Artilleriemunition zugesagt hat, sei bereits "
     "ausgezahlt.",
     {("NL", ARMOUR, D, None), ("NL", ARMOUR, P, 60), ("NL", AMMO, D, None), ("NL", AMMO, P, 500000000)}),
    # Der Bundesrechnungshof: eine Gesamtzahl geliefert, ein Anteil ohne Protokoll, eine Summe geleistet.
    (AUDIT, "Bundesrechnungshof rügt Dokumentation der Waffenlieferungen an Kiew",
     "BONN (Agentur) - Der Bundesrechnungshof bemängelt in einem Bericht die Dokumentation der "
     "Waffenlieferungen an die Ukraine. Bei 3 der 17 gelieferten IRIS-T-Feuereinheiten fehlten vollständige "
     "Übergabeprotokolle, heißt es in dem am Dienstag veröffentlichten Bericht.\n"
     "Deutschland hat der Ukraine seit 2022 Militärhilfe im Umfang von rund 40 Milliarden Euro geleistet.",
     {("DE", AIR, D, 17), ("DE", MONEY, D, 40000000000)}),
    # Ein Gericht lehnt einen Eilantrag ab; die Zusage und die Übergabe bleiben.
    (COURT, "Verwaltungsgericht weist Eilantrag gegen Panzerlieferung an Kiew ab",
     "BERLIN (Agentur) - Das Verwaltungsgericht Berlin hat den Eilantrag eines Friedensvereins gegen die "
     "Lieferung von 25 Leopard-1-Panzern an die Ukraine abgelehnt.\n"
     "Die Bundesregierung hatte die Panzer im Februar zugesagt; zehn davon sind bereits übergeben.\n"
     "Der Verein kündigte an, Beschwerde beim Oberverwaltungsgericht einzulegen.",
     {("DE", "tanks", P, 25), ("DE", "tanks", D, 10)}),
    # Ein Hafenstreik hält zugesagte Haubitzen fest; die ersten sechs sind übergeben.
    (LOGISTICS, "Hafenstreik in Danzig: Norwegische Haubitzen für Kiew hängen fest",
     "OSLO (Agentur) - Wegen eines Streiks im Hafen von Danzig hängen zwölf von Norwegen zugesagte "
     "Panzerhaubitzen für die Ukraine seit einer Woche fest, teilte das norwegische Verteidigungsministerium "
     "am Montag mit.\n"
     "Die ersten sechs Haubitzen hatte Norwegen bereits im März übergeben. Polnische Behörden rechnen mit einer "
     "Freigabe der Ladung bis Ende der Woche.",
     {("NO", "artillery", P, 12), ("NO", "artillery", D, 6)}),
    # Eine Eilmeldung in Großbuchstaben.
    (CAPITALS, "EILMELDUNG: POLEN SAGT DER UKRAINE SEINE LETZTEN MIG-29-KAMPFJETS ZU",
     "WARSCHAU (Agentur) - Polen wird der Ukraine seine letzten 14 Kampfjets vom Typ MiG-29 überlassen, teilte "
     "Verteidigungsminister Tomasz Wrona am Dienstag mit.\n"
     "Zudem gebe Warschau 100 Millionen Euro für Drohnen, sagte Wrona.",
     {("PL", "aircraft", P, 14), ("PL", "drones", P, 100000000)}),
    # Der Geber nur in der Überschrift; der Text sagt "die Regierung", datiert aus Kiew.
    (GOVERNMENT, "Finnland schnürt 29. Rüstungspaket für die Ukraine",
     "KIEW (Agentur) - Die Regierung hat am Donnerstag ihr 29. Rüstungspaket für die Ukraine gebilligt, das "
     "Flugabwehrmunition und 30 gepanzerte Fahrzeuge vom Typ Patria umfasst, teilte das "
     "Verteidigungsministerium mit.\n"
     "Der Wert des Pakets liegt bei 190 Millionen Euro.",
     # ("Flugabwehrmunition" relabelled ammunition by round 57a, following the convention of
     # tests/pledges/test_pledges_wire.py: "anti-aircraft ammunition" is ammunition, munitions for a
     # named missile system air defence)
     {("FI", AMMO, P, None), ("FI", ARMOUR, P, 30), ("FI", MONEY, P, 190000000)}),
    # Ein Land zahlt Drohnen, eine Landeskirche sammelt für Krankenwagen, der Bund sagt Patriot zu.
    (REGIONAL, "Baden-Württemberg bezahlt Aufklärungsdrohnen für die ukrainische Armee",
     "STUTTGART (Agentur) - Die Landesregierung von Baden-Württemberg stellt 15 Millionen Euro für "
     "Aufklärungsdrohnen der ukrainischen Armee bereit, teilte das Staatsministerium am Freitag mit.\n"
     "Die evangelische Landeskirche sammelte zudem 2 Millionen Euro für Krankenwagen.\n"
     "Der Bund hat der Ukraine unterdessen vier weitere Patriot-Startgeräte zugesagt.",
     {("DE", "drones", P, 15000000), ("DE", AIR, P, 4)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Bundesrechnungshof rügt Dokumentation der Waffenlieferungen an Kiew": (
        "misses (DE, air_defence, delivered, 17): 'Bei 3 der 17 gelieferten IRIS-T-Feuereinheiten fehlten ... "
        "Übergabeprotokolle' names no giver (the Bundesrechnungshof is none); with one named the 17 are read "
        "delivered since round 57a (before, the attributive 'gelieferten' gave nothing, or 3 delivered of 17)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: counts in number words, shares of an earlier
    pledge, an audit report, a court ruling, deliveries held up by logistics, a headline in capitals, a donor
    named only in the headline, and sub-national or non-state givers."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted(
            [WORDS, SHARES, AUDIT, COURT, LOGISTICS, CAPITALS, GOVERNMENT, REGIONAL])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
