"""Pledges, review 43: the third held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress:
per language a government press release (ministry style), an agency's updated story ("UPDATE 2-",
"Mise à jour", "(Neu: ...)") whose later paragraphs correct an earlier figure, a factbox or timeline
recalling several older pledges in bullet or dated lines, a regional or non-wire outlet (Canadian press,
a Belgian or Swiss paper, a defence-trade magazine), figures in unusual formats ("1.2bn", "1,5 Md€",
"1 200", "anderthalb Milliarden", "a dozen", "up to 30", "two thirds", per-year sums), conditional or
hypothetical aid ("would send if", "pourrait", "könnte"), and two ordinary wire stories (Reuters, AFP,
dpa). Donors beyond the big ones (Norway, Australia, Spain, Canada, the Netherlands, Japan, Korea,
Lithuania, Czechia, Belgium, Italy, Switzerland, Portugal, Slovenia, Finland, Denmark, Slovakia), every
status (a cancelled transfer is labelled refused: the real set has no status of its own for it), money
and counts. Every text and figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and
tests/data/README.md, as (donor, category, status, figure): the figure is the count of things stated,
else the sum of money, else None; money for a named kind of thing is that thing's category; a package
with a stated value is a funding record and the things named inside it records of their own; Kyiv's
own requests give no record; a count or sum given jointly by several givers is on no giver's record;
an approximate count ("a dozen", "une quinzaine", "up to 30") is recorded as the number it states; an
ordinal ("its tenth system") is no count; a corrected figure replaces the one it corrects. Where the
conventions leave a case open, the comment above the article says what was chosen.

First run (2026-12-05, this branch = main at 96af266, labels unchanged): 9 of 24 articles fully right (EN 2
of 8, FR 4 of 8, DE 3 of 8); records as (donor, category, status) matched 58 / labelled 70 / predicted 70
(P 0.83, R 0.83); with their figures too, 52 of 70. By form, fully right: press releases 1 of 3, updates
0 of 3, factboxes 1 of 3, regional or trade outlets 1 of 3, unusual figures 1 of 3, conditional 1 of 3,
wire stories 4 of 6. The 15 left are strict xfails (LEFT) saying what is read instead. One holds a call
of mine a reader could make otherwise: the Czech money paid into the ammunition initiative, labelled as
the ammunition's sum; that article has no other miss.

After round 31 of the extractor (tests/pledges/test_pledges_wire_31.py, causes 1-16 of the review's notes and a
few narrow ones), 2026-12-05: 19 of 24 fully right; the 5 left are strict xfails (LEFT). The Czech payment into
the ammunition initiative was relabelled as funding after the real set's P-EN-016 (see its comment).

After round 32 (tests/pledges/test_pledges_wire_32.py: where an order's money comes from, "Die Finanzierung
erfolgt aus ...", is no money given; the things of a condition clause with a subject of its own, "à condition
que l'Allemagne livre d'abord ...", are none of the sentence's giver's), 2026-12-05: 21 of 24; the 3 left are
strict xfails (LEFT).

After pledges round 34 (tests/pledges/test_pledges_wire_34.py: money paid into a fund or an initiative is the
payer's funding, what the fund buys, named in a relative clause without a comma, "the initiative that buys
artillery ammunition", no record of its own), 2026-12-05: 22 of 24, records 68 / 70 / 69 (P 0.99, R 0.97),
figures 68 of 70; the Czech L-159 article's strict xfail became a plain test.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The form of each article, as the brief asks for them.
PRESS, UPDATE, FACTBOX, REGIONAL, FORMATS, CONDITIONAL, WIRE = (
    "press release", "updated story", "factbox", "regional or trade outlet", "unusual figures", "conditional",
    "wire story")

# Each is (form, headline, body, records), the records labelled by hand before the first run.

ENGLISH = [
    # A ministry's release: the minister is named by office only; the country once. The money is for a
    # named kind of thing (air defence): one air_defence record with its sum; the interceptors and radars
    # are what it buys, not records of their own.
    (PRESS, "Norway contributes NOK 1.8 billion to Ukraine's air defence",
     "Press release | Ministry of Defence | No. 31/2027\n"
     "The Minister of Defence today announced that Norway will contribute NOK 1.8 billion to strengthen "
     "Ukraine's air defence. The funds will be channelled through the air defence capability coalition and "
     "used to buy interceptors and radars for Ukrainian units.\n"
     "In addition, the Norwegian Armed Forces have completed the handover of 14 M113 armoured personnel "
     "carriers from army stocks.\n"
     "Training of 300 Ukrainian combat engineers at Rena camp will begin in April, the ministry said.",
     {("NO", AIR, P, 1800000000), ("NO", ARMOUR, D, 14), ("NO", "training", P, 300)}),
    # The update corrects the count of the first paragraph (30 -> 40): only the corrected figure is a
    # record. The 120 Bushmasters of earlier years are a delivery of their own.
    (UPDATE, "UPDATE 2-Australia raises Bushmaster gift to Ukraine, adds long-range drones",
     "(Adds minister's comments in paragraphs 3-4, corrects number of vehicles in paragraph 5)\n"
     "CANBERRA, Feb 9 (Reuters) - Australia will send Ukraine more Bushmaster protected mobility vehicles and "
     "500 long-range drones worth A$75 million, the government said on Tuesday.\n"
     "\"These vehicles have saved lives on the front line,\" Defence Minister Richard Marles told reporters "
     "in Canberra.\n"
     "He said the drones would be built by an Australian firm and shipped in the first half of the year.\n"
     "The minister's office later said Australia would send 40 Bushmasters, not 30 as the government had "
     "said earlier on Tuesday.\n"
     "Australia has delivered 120 Bushmasters to Ukraine since 2022.",
     {("AU", ARMOUR, P, 40), ("AU", "drones", P, 500), ("AU", ARMOUR, D, 120)}),
    # A factbox: each dated line is a record of its own; the donor is named in the headline only.
    # Spain "considering" Patriot missiles is discussed.
    (FACTBOX, "FACTBOX-What Spain has sent Ukraine so far",
     "MADRID, March 2 (Reuters) - Spain said on Monday it would keep up its military support for Ukraine. "
     "Here are the main steps of Madrid's aid:\n"
     "* March 2023 - Six Leopard 2A4 tanks pledged; delivered in April after repairs in Zaragoza.\n"
     "* November 2023 - Four Hawk air defence launchers handed over with missiles.\n"
     "* May 2024 - A pledge of 1 billion euros in military aid for the year.\n"
     "* January 2025 - 20 M113 armoured personnel carriers delivered.\n"
     "* Pending - Spain is considering sending more Patriot missiles from its own battery.",
     {("ES", "tanks", D, 6), ("ES", AIR, D, 4), ("ES", MONEY, P, 1000000000), ("ES", ARMOUR, D, 20),
      ("ES", AIR, X, None)}),
    # Canadian press. Money to buy drones from Canadian makers for Ukraine is a drone pledge (no contract is
    # signed yet, so not production). The opposition's call is no record; the government's refusal of the
    # patrol planes is.
    (REGIONAL, "Ottawa to spend $400 million on Canadian-made drones for Ukraine",
     "OTTAWA - The federal government will spend $400 million buying drones from Canadian manufacturers for "
     "Ukraine's armed forces, National Defence Minister David McGuinty announced Thursday at a plant in "
     "Waterloo, Ont.\n"
     "The first 200 Canadian-built drones promised in the spring were delivered to Ukraine last month, his "
     "office said.\n"
     "Conservative defence critic James Bezan said Ottawa should also send its retired CP-140 Aurora patrol "
     "aircraft, something the government has so far refused to do. - The Canadian Press",
     {("CA", "drones", P, 400000000), ("CA", "drones", D, 200), ("CA", "aircraft", R, None)}),
    # "Two thirds of its remaining stock" of shells states no count.
    (FORMATS, "Dutch pledge 1.2bn euros a year for Ukraine's forces until 2029",
     "THE HAGUE, Oct 14 (Reuters) - The Netherlands will give Ukraine 1.2bn euros a year in military support "
     "until 2029, Defence Minister Ruben Brekelmans said on Tuesday.\n"
     "The first tranche includes up to 30 refurbished CV90 infantry fighting vehicles and a dozen PzH 2000 "
     "self-propelled howitzers, he told parliament.\n"
     "The Netherlands will also hand over two thirds of its remaining stock of 155 mm artillery shells.",
     {("NL", MONEY, P, 1200000000), ("NL", ARMOUR, P, 30), ("NL", "artillery", P, 12),
      ("NL", AMMO, P, None)}),
    # Conditional: "would send if" and "would consider" are discussed. Kyiv's request gives no record.
    (CONDITIONAL, "Japan would send Patriot interceptors to Ukraine if law changes, minister says",
     "TOKYO, June 3 (Reuters) - Japan would send Patriot interceptor missiles to Ukraine if parliament "
     "amended the rules that bar exports of lethal weapons to countries at war, Defence Minister Gen "
     "Nakatani said on Wednesday.\n"
     "Kyiv asked Tokyo in May for interceptors made under U.S. licence in Japan.\n"
     "In Seoul, a presidential adviser said South Korea would consider supplying 155 mm shells to Ukraine "
     "if North Korea sent more troops to fight for Russia.",
     {("JP", AIR, X, None), ("KR", AMMO, X, None)}),
    (WIRE, "Lithuania hands Ukraine 120 Carl-Gustaf launchers, pledges command vehicles",
     "VILNIUS, Sept 8 (Reuters) - Lithuania has delivered 120 Carl-Gustaf recoilless rifles to Ukraine and "
     "will send 10 M577 armoured command vehicles next year, the defence ministry said on Monday.\n"
     "The launchers were handed over in August, a ministry spokeswoman said, declining to say where they "
     "had been sent.",
     {("LT", ARMS, D, 120), ("LT", ARMOUR, P, 10)}),
    # A cancelled transfer is refused, with the count of what was called off.
    (WIRE, "Czech government cancels transfer of four L-159 jets to Ukraine",
     "PRAGUE, Jan 21 (Reuters) - The Czech government on Wednesday cancelled the planned transfer of four "
     "L-159 light combat jets to Ukraine, saying its air force needed them until new aircraft arrive.\n"
     "Instead, Prague will pay 50 million euros into the Czech-led initiative that buys artillery ammunition "
     "for Ukraine, the defence ministry said.",
     # (Relabelled by round 31, as the brief asked, after the real set: P-EN-016 labels a country's money
     # for the Czech ammunition initiative as its funding, not as ammunition; money told for buying one
     # kind of thing, as Slovenia's below, stays that thing's. First label: (CZ, ammunition, pledged, 50M).)
     {("CZ", "aircraft", R, 4), ("CZ", MONEY, P, 50000000)}),
]

FRENCH = [
    # Un communiqué du ministère: une formation en cours est livrée; "un troisième système" est un ordinal.
    (PRESS, "Communiqué : la France a livré douze CAESAR supplémentaires à l'Ukraine",
     "Communiqué du ministère des Armées - Paris, le 12 mars 2027\n"
     "Le ministère des Armées annonce que la France a livré à l'Ukraine douze canons CAESAR supplémentaires, "
     "prélevés sur la production de l'usine de Bourges.\n"
     "La formation de 2 000 soldats ukrainiens se poursuit sur le sol français et en Pologne.\n"
     "Un troisième système SAMP/T sera livré au cours du premier semestre.",
     {("FR", "artillery", D, 12), ("FR", "training", D, 2000), ("FR", AIR, P, None)}),
    # La mise à jour corrige le nombre (six -> quatre): seul le chiffre corrigé est un record.
    (UPDATE, "Mise à jour - La Belgique livrera quatre F-16 à l'Ukraine cette année",
     "BRUXELLES, 4 février (Belga) - La Belgique livrera des F-16 à l'Ukraine d'ici la fin de l'année, a "
     "annoncé mercredi la ministre de la Défense.\n"
     "Bruxelles a déjà livré deux appareils en octobre.\n"
     "L'enveloppe de 1 milliard d'euros d'aide militaire prévue pour 2027 est maintenue.\n"
     "Mise à jour à 17h40 : le cabinet de la ministre a précisé que la Belgique livrera quatre F-16 cette "
     "année, et non six comme indiqué dans la matinée.",
     {("BE", "aircraft", P, 4), ("BE", "aircraft", D, 2), ("BE", MONEY, P, 1000000000)}),
    # Repères datés: la batterie fournie "avec la France" est aussi un record de la France (sans nombre);
    # un décret au contenu secret est "other"; un décret "en discussion" est discuté.
    (FACTBOX, "REPÈRES - Ce que l'Italie a fourni à l'Ukraine",
     "ROME, 18 novembre (AFP) - Le gouvernement italien a réaffirmé mardi son soutien militaire à Kiev. "
     "Les principales étapes du soutien de Rome :\n"
     "- Février 2023 : la batterie SAMP/T fournie avec la France, opérationnelle depuis mai.\n"
     "- Mars 2024 : 9e décret d'aide militaire, au contenu classé secret.\n"
     "- Juin 2025 : 10e décret, qui comprend des missiles Storm Shadow.\n"
     "- Octobre 2026 : Rome refuse d'envoyer des chars Ariete, jugés indispensables à sa propre armée.\n"
     "- Novembre 2026 : un 12e décret en discussion au Parlement.",
     {("IT", AIR, D, None), ("FR", AIR, D, None), ("IT", "other", P, None), ("IT", "missiles", P, None),
      ("IT", "tanks", R, None), ("IT", "other", X, None)}),
    # Presse suisse: le refus de réexporter est la Suisse refusant, avec le nombre; le Danemark, qui voulait
    # céder les obusiers, n'a pas de record (comme la revue 42 pour les munitions du Gepard); le déminage
    # humanitaire n'en a pas non plus.
    (REGIONAL, "Berne refuse la réexportation de 22 obusiers vers l'Ukraine",
     "BERNE (ATS) - Le Conseil fédéral a refusé mercredi une demande du Danemark de réexporter vers l'Ukraine "
     "22 obusiers blindés M109 d'origine suisse. La loi sur le matériel de guerre interdit de tels transferts "
     "vers un pays en guerre, a rappelé le gouvernement.\n"
     "La Confédération versera en revanche 5 millions de francs supplémentaires au déminage humanitaire en "
     "Ukraine.",
     {("CH", "artillery", R, 22)}),
    (FORMATS, "La Suède consacrera 1,5 Md€ par an à l'aide militaire à l'Ukraine",
     "STOCKHOLM, 7 mai (AFP) - La Suède consacrera 1,5 Md€ par an à l'aide militaire à l'Ukraine en 2027 et "
     "2028, a annoncé jeudi le ministre de la Défense Pål Jonson.\n"
     "Le premier paquet comprend jusqu'à 18 canons automoteurs Archer, une quinzaine de véhicules de combat "
     "CV90 et 1 200 drones de reconnaissance.",
     {("SE", MONEY, P, 1500000000), ("SE", "artillery", P, 18), ("SE", ARMOUR, P, 15),
      ("SE", "drones", P, 1200)}),
    # "pourrait fournir ... si" et "n'exclut pas ... à condition" sont discutés.
    (CONDITIONAL, "L'Espagne pourrait céder des missiles Patriot à l'Ukraine",
     "MADRID, 2 juin (AFP) - L'Espagne pourrait fournir de nouveaux missiles Patriot à l'Ukraine si les "
     "États-Unis acceptent de reconstituer rapidement ses stocks, a déclaré lundi la ministre de la Défense "
     "Margarita Robles.\n"
     "À Lisbonne, le gouvernement portugais n'exclut pas de céder des chars Leopard 2A6 à Kiev, à condition "
     "que l'Allemagne livre d'abord les blindés commandés par son armée.",
     {("ES", AIR, X, None), ("PT", "tanks", X, None)}),
    # Le financement commun de deux Patriot: pas de nombre sur le record d'un donateur; le dixième IRIS-T
    # livré est un ordinal.
    (WIRE, "La Norvège et l'Allemagne financent deux systèmes Patriot pour Kiev",
     "BERLIN, 9 septembre (AFP) - La Norvège et l'Allemagne vont financer ensemble deux systèmes de défense "
     "antiaérienne Patriot pour l'Ukraine, pour un coût total de 1,2 milliard d'euros, ont annoncé mardi les "
     "deux ministres de la Défense.\n"
     "L'Allemagne a par ailleurs livré le mois dernier son dixième système IRIS-T à l'Ukraine.",
     {("NO", AIR, P, None), ("DE", AIR, P, None), ("DE", AIR, D, None)}),
    (WIRE, "La Slovénie renonce à livrer ses derniers chars à Kiev",
     "LJUBLJANA, 3 octobre (AFP) - La Slovénie a renoncé à livrer à l'Ukraine ses derniers chars M-55S, a "
     "annoncé vendredi le gouvernement, invoquant les besoins de sa propre armée.\n"
     "Ljubljana financera en revanche à hauteur de 10 millions d'euros l'achat d'obus d'artillerie pour "
     "l'Ukraine dans le cadre de l'initiative tchèque.",
     {("SI", "tanks", R, None), ("SI", AMMO, P, 10000000)}),
]

GERMAN = [
    # Eine Pressemitteilung: ein Auftrag über Munition für die Ukraine ist production (Kategorie Munition);
    # laufende Ausbildung ist geliefert.
    (PRESS, "Bundesministerium der Verteidigung: 20 Marder an die Ukraine übergeben",
     "Pressemitteilung - Berlin, 2. Dezember 2026\n"
     "Das Bundesministerium der Verteidigung teilt mit, dass Deutschland der Ukraine im November 20 "
     "Schützenpanzer Marder 1A3 übergeben hat.\n"
     "Zudem hat das Bundesamt für Ausrüstung einen Auftrag über 300 Millionen Euro für Artilleriemunition "
     "an Diehl Defence vergeben, die direkt an die ukrainischen Streitkräfte geliefert wird.\n"
     "Die Ausbildung ukrainischer Soldaten am Patriot-System in Deutschland wird fortgesetzt.",
     {("DE", ARMOUR, D, 20), ("DE", AMMO, M, 300000000), ("DE", "training", D, None)}),
    # Die Neufassung korrigiert die Zahl (20 -> 16 übergeben, 4 folgen): nur die korrigierten Zahlen.
    (UPDATE, "Tschechien übergibt Ukraine 16 Kampfpanzer (Neu: Korrektur der Zahl im vierten Absatz)",
     "PRAG (dpa) - Tschechien hat der Ukraine weitere Kampfpanzer vom Typ T-72 übergeben. Das teilte das "
     "Verteidigungsministerium in Prag am Dienstag mit.\n"
     "Die Panzer wurden in einem tschechischen Werk modernisiert.\n"
     "Verteidigungsministerin Jana Černochová sprach von einem wichtigen Beitrag.\n"
     "Ein Ministeriumssprecher korrigierte am Nachmittag frühere Angaben: Es seien 16 und nicht 20 Panzer "
     "übergeben worden. Die übrigen vier würden im Januar geliefert.",
     {("CZ", "tanks", D, 16), ("CZ", "tanks", P, 4)}),
    # Eine Chronik: die Zeilen ohne Geber sind Schwedens (Überschrift und Einleitung).
    (FACTBOX, "Chronologie: Schwedens Militärhilfe für die Ukraine",
     "STOCKHOLM (dpa) - Schwedens Regierung hat am Montag eine Bilanz ihrer Militärhilfe für die Ukraine "
     "vorgelegt. Die wichtigsten Schritte:\n"
     "Februar 2023: Schweden sagt zehn Kampfpanzer Strv 122 zu.\n"
     "Mai 2024: Lieferung von zwölf Archer-Haubitzen abgeschlossen.\n"
     "September 2025: Zwei Aufklärungsflugzeuge ASC 890 übergeben.\n"
     "Juni 2026: Stockholm lehnt die Abgabe von Gripen-Kampfjets vorerst ab.\n"
     "Dezember 2026: 20. Paket im Wert von 1,3 Mrd. Euro beschlossen.",
     {("SE", "tanks", P, 10), ("SE", "artillery", D, 12), ("SE", "aircraft", D, 2), ("SE", "aircraft", R, None),
      ("SE", MONEY, P, 1300000000)}),
    # Fachmagazin: der Auftrag an KNDS ist production (Kategorie Artillerie) für Deutschland, das ihn
    # finanziert; die gemeinsam finanzierten sechs Haubitzen tragen keine Zahl.
    (REGIONAL, "BAAINBw beauftragt KNDS mit zwölf RCH 155 für die Ukraine",
     "Das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw) hat KNDS "
     "Deutschland mit der Fertigung von zwölf Radhaubitzen RCH 155 für die Ukraine beauftragt. Die Finanzierung "
     "erfolgt aus dem Ertüchtigungstitel des Bundes, wie das Amt gegenüber unserer Redaktion bestätigte.\n"
     "Die Auslieferung der ersten Systeme ist für 2028 vorgesehen.\n"
     "Bereits 2025 hatte die Ukraine sechs RCH 155 erhalten, die Deutschland und Großbritannien gemeinsam "
     "finanziert hatten.",
     {("DE", "artillery", M, 12), ("DE", "artillery", D, None), ("GB", "artillery", D, None)}),
    # "Zwei Drittel der Summe" nennt keine Zahl von Drohnen; "ein Dutzend" ist 12.
    (FORMATS, "Dänemark gibt anderthalb Milliarden Euro pro Jahr für Kiews Armee",
     "KOPENHAGEN (dpa) - Dänemark stockt seinen Ukraine-Fonds auf: Ab 2027 sollen jährlich anderthalb "
     "Milliarden Euro in die Militärhilfe für Kiew fließen, wie Verteidigungsminister Troels Lund Poulsen am "
     "Freitag ankündigte.\n"
     "Zwei Drittel der Summe sind für Drohnen vorgesehen.\n"
     "Ein Dutzend Caesar-Haubitzen aus dänischen Beständen hat die Ukraine bereits erhalten.",
     {("DK", MONEY, P, 1500000000), ("DK", "drones", P, None), ("DK", "artillery", D, 12)}),
    # "könnte überlassen, sollte Südkorea zustimmen" ist besprochen (Südkorea, das nur zustimmen müsste,
    # ohne Record); "keine Entscheidung" ist besprochen.
    (CONDITIONAL, "Finnland könnte Kiew Panzerhaubitzen überlassen",
     "HELSINKI (dpa) - Finnland könnte der Ukraine Panzerhaubitzen vom Typ K9 überlassen, sollte Südkorea der "
     "Weitergabe zustimmen. Das sagte Verteidigungsminister Antti Häkkänen am Mittwoch in Helsinki.\n"
     "Eine Entscheidung über Kampfpanzer vom Typ Leopard 2 sei dagegen noch nicht gefallen.",
     {("FI", "artillery", X, None), ("FI", "tanks", X, None)}),
    (WIRE, "Niederlande übergeben die letzten F-16 an die Ukraine",
     "DEN HAAG (dpa) - Die Niederlande haben der Ukraine die letzten vier von insgesamt 24 zugesagten "
     "Kampfjets vom Typ F-16 übergeben. Die Maschinen seien am Montag in Rumänien an ukrainische Piloten "
     "übergeben worden, teilte das Verteidigungsministerium in Den Haag mit.",
     {("NL", "aircraft", D, 4), ("NL", "aircraft", P, 24)}),
    # Ein Stopp weiterer Lieferungen ist refused; die früher gelieferten 16 bleiben geliefert.
    (WIRE, "Slowakei stoppt Lieferung weiterer Zuzana-Haubitzen an Kiew",
     "BRATISLAVA (dpa) - Die Slowakei liefert der Ukraine keine weiteren Radhaubitzen vom Typ Zuzana 2. Die "
     "Regierung in Bratislava habe die geplante Lieferung gestoppt, sagte ein Regierungssprecher am Donnerstag.\n"
     "Die bereits 2024 gelieferten 16 Haubitzen seien davon nicht betroffen.",
     {("SK", "artillery", R, None), ("SK", "artillery", D, 16)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Norway contributes NOK 1.8 billion to Ukraine's air defence": (
        "adds (NO, other, pledged) from 'radars' in 'The funds will be ... used to buy interceptors and radars' "
        "(radars are read as other, so not as what the air-defence money buys; the interceptors are)"),
    "REPÈRES - Ce que l'Italie a fourni à l'Ukraine": (
        "the 9th decree ('au contenu classé secret', no verb) and the 12th ('un 12e décret en discussion', "
        "'décret' alone no package word) give no record (France as co-giver of the SAMP/T, 'fournie avec la "
        "France', is read since round 32)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a press release, an update, a factbox, a
    regional or trade outlet, unusual figures, a conditional story and 2 wire stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([PRESS, UPDATE, FACTBOX, REGIONAL, FORMATS, CONDITIONAL, WIRE, WIRE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
