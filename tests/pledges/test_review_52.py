"""Pledges, review 52: the twelfth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier eleven probes did not
stress: per language an RSS summary as feeds carry it (a headline and one teaser sentence, cut mid-sentence
with "…" or "[…]", a "Read more" / "Lire la suite" / "Weiterlesen" trailer), the receiving side (Ukraine's
defence ministry announcing what arrived, Zelensky thanking a named donor for a named system, a brigade
showing donated vehicles in use), Russia's claims about donated equipment (destroyed Leopards and CV90s,
"intercepted" Storm Shadow and SCALP), capitals and ministries as donors by metonymy ("the Pentagon",
"Downing Street", "The Hague", "l'Élysée", "Bercy", "Varsovie", "das Kanzleramt", "Warschau") and donor
adjectives ("Dutch-funded", "britanniques", "schwedische"), money in its written forms ("a fresh $425
million", "£2.3bn", "NOK 3 billion", "EUR 198 million", "€25m", "1,5 milliard d'euros", "€1,5 Mrd.", "500 Mio.
Euro", "Milliardenpaket" with the figure later), an interview, an opinion column and an analysis of donors'
running totals, multi-step timelines (pledged in March, delivered in June, the next batch due in autumn),
and training, maintenance hubs, joint production in Ukraine, licences and loans of equipment, with Nordic,
Baltic, Iberian and Asian donors (Japan, South Korea's refusal, Australia) and EU instruments (the EPF, the
Ukraine Facility, windfall profits of frozen Russian assets). Every text, name and figure is invented for this
file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and the lead's
rulings (docs/reading-pledges.md), as (donor, category, status, figure): the figure is the count of things
stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- an RSS teaser cut mid-sentence is read as far as it goes: the cut clause and the trailer give nothing;
- receiving: what Ukraine says it received from a named donor is that donor's delivery; thanks to a donor
  for a named system ("thanked Spain for the Aspide missiles") is that donor's delivery, an ordinal ("a
  second SAMP/T system") no count; a brigade showing a donor's vehicles in use is that donor's delivery,
  with no count when none is told;
- Russia's claims of destroying or intercepting donated equipment give nothing, also when the claim names
  who gave it ("livrés par le Danemark"): a battlefield claim is no news of giving (my call: the ruling on
  "already delivered by" a giver is about maintenance and money for given things, not an enemy's claim);
- metonymy: a capital, a seat of government or a ministry is its country ("Bercy" France, "das
  Kanzleramt" Germany); the maker named beside a gift ("made by Thales in Belfast") is no giver;
- money: a sum for one named kind of thing is that thing's value (one record); a sum for several kinds is a
  funding record beside the things' records, the things' status the sum's; money paid out ("a versé") is
  delivered, the things it is to buy pledged (my call: the money is paid, the things are still to come);
  a share told with its package's total ("von denen 5 Milliarden Kronen in die Luftverteidigung") is that
  kind's value beside the total; EU money reimbursing member states for their deliveries (the EPF) is the
  EU's funding; the Ukraine Facility's money for the civil budget gives nothing;
- interviews and opinion: a minister's answers are the minister's country's records; an opinion column's
  or commentators' call to send a system gives nothing (nobody who can give is discussing it); a
  background sentence in a column retelling an older delivery gives its record (as review 51 labelled
  background); a running total over years ("has now committed NOK 85 billion since 2022", "seit 2022 rund
  40 Milliarden Euro") gives nothing: the news is the new step;
- timelines: each step told with its own status gives its own record ("pledged eight in March" pledged 8,
  "the first four in June" delivered 4, "a second batch of four in the autumn" pledged 4); a part told as a
  share of a total ("the six last of the 24 promised") gives the part and the total ("the first two ... out of
  a total of 30 promised", the rulings);
- training, services and industry: training under way or done is training delivered, promised training
  pledged, its count the trainees; a maintenance hub or repairs are a service (category "other"); repairs
  of Ukraine's own equipment count no things given (figure None: my call); things made in Ukraine with a
  donor's money are production in their own category; a licence signed between a maker and Kyiv with no
  state's money gives nothing (a maker is no giver); a loan or lease of equipment ("will lend", "verleiht")
  is pledged; "lethal weapons" refused in general are category "other" (my call); demining machines are
  "other" (my call: no armoured vehicle is named).

First run (2026-12-06 11:09 UTC, this branch = main at 0445f1d, labels as committed in 413b369 before any run;
load average about 7): 7 of 24 articles fully right (EN 2 of 8, FR 3 of 8, DE 2 of 8); records as (donor,
category, status) matched 55 / labelled 63 / predicted 66 (P 0.83, R 0.87); with their figures too, 50 of the
66 labelled records. By form, fully right: RSS teasers 3 of 3 (the cut clauses and trailers give nothing),
money in its written forms 2 of 3 (the English and the French: "NOK 3 billion", "EUR 198 million", "€25m",
"1,5 milliard d'euros" paid, the Ukraine Facility left out), receiving 1 of 3 (the German), opinion 1 of 3
(the French column), Russia's claims 0 of 3 (each reads the claimed equipment as given), metonymy 0 of 3
(the capitals and ministries themselves are all read as their countries; other sentences miss), timelines
0 of 3, industry 0 of 3. The 17 left are strict xfails (LEFT) saying what is read instead. My calls that a
reader could make otherwise: Russia's claims naming the giver ("livrés par le Danemark") as nothing (2
records), "£2.3bn ... on air defence" as the kind's value (1 record), repairs of Ukraine's own equipment as
no things given (2 records).

After round 52r (tests/pledges/test_pledges_wire_52r.py, branch fix52p, 2026-12-06 12:29 UTC, load about 14):
19 of 24 articles fully right (EN 6, FR 7, DE 6); records matched 61 / labelled 63 / predicted 61 (P 1.00,
R 0.97); with their figures, 60 of the 66 labelled records. The 5 left are in LEFT.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
TEASER, RECEIVING, CLAIM, METONYMY, WRITTEN_MONEY, OPINION, TIMELINE, INDUSTRY = (
    "teaser", "receiving", "claim", "metonymy", "money", "opinion", "timeline", "industry")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # An RSS teaser cut mid-sentence with a trailer: the cut clause gives nothing.
    (TEASER, "Spain readies fresh batch of Hawk launchers and Leopards for Ukraine",
     "Spain will send Ukraine six more Hawk air defence launchers and 20 refurbished Leopard 2A4 tanks before "
     "the end of the year, the defence ministry said on Tuesday, as Madrid also weighs whether to …\n"
     "Read more",
     {("ES", AIR, P, 6), ("ES", "tanks", P, 20)}),
    # Ukraine's ministry on what arrived, thanks for what is still to come, a brigade's Swedish vehicles in use.
    (RECEIVING, "Ukraine receives first Gripen fighters from Sweden",
     "KYIV, Nov 30 (Wire) - Ukraine has received the first four JAS 39 Gripen fighter jets from Sweden, the "
     "Ukrainian defence ministry said on Monday. President Volodymyr Zelensky thanked Swedish Prime Minister "
     "Erik Lindqvist for the jets and said two ASC 890 radar planes would follow in the spring. The 47th "
     "Mechanised Brigade also posted video of Swedish-donated CV90 infantry fighting vehicles in action near "
     "Pokrovsk.",
     {("SE", "aircraft", D, 4), ("SE", "aircraft", P, 2), ("SE", ARMOUR, D, None)}),
    # Russia's claims give nothing, the donors' names in them included.
    (CLAIM, "Moscow claims strike destroyed German-supplied Leopards near Orikhiv",
     "MOSCOW, Dec 1 (Wire) - Russia's defence ministry said on Sunday its forces had destroyed three "
     "German-made Leopard 2 tanks and a U.S.-supplied Bradley fighting vehicle near Orikhiv, and that its air "
     "defences had intercepted six British Storm Shadow cruise missiles over Crimea overnight. The claims could "
     "not be independently verified. Ukraine's general staff did not comment.",
     set()),
    # The Pentagon's sum for several kinds (funding beside the things), Downing Street's sum for one kind (its
    # value; the count is the figure), The Hague's Dutch-funded vehicles to come.
    (METONYMY, "Pentagon unveils a fresh $425 million for Kyiv; Downing Street adds Starstreak missiles",
     "WASHINGTON/LONDON, Dec 3 (Wire) - The Pentagon on Thursday announced a fresh $425 million package for "
     "Ukraine drawn from U.S. stocks, including NASAMS interceptors and 155 mm artillery rounds. Hours later "
     "Downing Street said Britain would spend £2.3bn next year on air defence for Ukraine, including 1,500 more "
     "Starstreak missiles made by Thales in Belfast. The Hague, meanwhile, said Dutch-funded Skyranger air "
     "defence vehicles for Ukraine's army would arrive in December.",
     {("US", MONEY, P, 425000000), ("US", AIR, P, None), ("US", AMMO, P, None), ("GB", AIR, P, 1500),
      ("NL", AIR, P, None)}),
    # Money in three currencies; the running total of the last sentence is background.
    (WRITTEN_MONEY, "Norway adds NOK 3 billion for Kyiv; Finland, Lithuania announce new packages",
     "OSLO/HELSINKI, Dec 4 (Wire) - Norway will give Ukraine a further NOK 3 billion in military aid this "
     "year, the government said on Friday. Finland announced its 31st package, worth EUR 198 million, which "
     "includes heavy artillery ammunition and spare parts. Lithuania said it would spend €25m on Ukrainian-made "
     "interceptor drones for Kyiv's forces. Norway has now committed NOK 85 billion to Ukraine's defence since "
     "2022.",
     {("NO", MONEY, P, 3000000000), ("FI", MONEY, P, 198000000), ("FI", AMMO, P, None),
      ("FI", "other", P, None), ("LT", "drones", M, 25000000)}),
    # An interview: the minister's answers are Denmark's records.
    (OPINION, "'Our F-35s stay home': Q&A with Denmark's defence minister",
     "COPENHAGEN, Dec 2 (Wire) - Danish Defence Minister Mette Skovgaard spoke to Wire about aid to Ukraine.\n"
     "Q: Will Denmark send more F-16s?\n"
     "A: Denmark has delivered all 19 F-16s it promised; the last six arrived in October.\n"
     "Q: And the F-35?\n"
     "A: No. Denmark will not give Ukraine its F-35s, they defend our own airspace.\n"
     "Q: What comes next?\n"
     "A: Next year Denmark will pay 2 billion kroner for howitzers built by Ukrainian manufacturers.",
     {("DK", "aircraft", D, 19), ("DK", "aircraft", R, None), ("DK", "artillery", M, 2000000000)}),
    # Three steps of one timeline, each its own record; training done is delivered.
    (TIMELINE, "Portugal's second batch of Leopards due in autumn after June delivery",
     "LISBON, Nov 25 (Wire) - Portugal will send Ukraine a second batch of four Leopard 2A6 tanks in the "
     "autumn, the defence ministry said on Wednesday. Lisbon pledged eight of the tanks in March and delivered "
     "the first four in June, after Portuguese instructors trained 40 Ukrainian crew members at Santa "
     "Margarida.",
     {("PT", "tanks", P, 4), ("PT", "tanks", P, 8), ("PT", "tanks", D, 4), ("PT", "training", D, 40)}),
    # A venture making drones in Ukraine with German money (production); the hub's repairs (a service, no
    # count of things given); a loan of two aircraft (pledged).
    (INDUSTRY, "Germany funds Ukrainian drone venture; Sweden to lend Kyiv two early-warning planes",
     "BERLIN/STOCKHOLM, Dec 1 (Wire) - Germany will pay 150 million euros for a joint venture that will build "
     "Vector reconnaissance drones in Ukraine under a licence from their German maker, the economy ministry said "
     "on Monday. A maintenance hub in eastern Poland, funded by Berlin, has repaired more than 200 Ukrainian "
     "howitzers and armoured vehicles since it opened in 2024. Sweden, meanwhile, will lend Ukraine two Saab "
     "340 early-warning aircraft for a year, the Swedish defence ministry said.",
     {("DE", "drones", M, 150000000), ("DE", "other", D, None), ("SE", "aircraft", P, 2)}),
]

FRENCH = [
    # An RSS teaser cut with "[…]" and a trailer.
    (TEASER, "L'Australie promet 40 Bushmaster de plus à Kiev",
     "Canberra enverra en Ukraine 40 véhicules blindés Bushmaster supplémentaires d'ici à mars, a annoncé jeudi "
     "le ministre australien de la Défense, qui a par ailleurs […]\n"
     "Lire la suite",
     {("AU", ARMOUR, P, 40)}),
    # Kyiv's ministry on what arrived, thanks for a named system, a brigade's French guns in use.
    (RECEIVING, "Les forces ukrainiennes ont reçu les premiers blindés financés par la Belgique",
     "KIEV, 1er déc 2026 (Agence) - Les forces ukrainiennes ont reçu les 16 premiers véhicules blindés de "
     "transport de troupes financés par la Belgique, a annoncé mardi le ministère ukrainien de la Défense. "
     "Volodymyr Zelensky a par ailleurs remercié l'Espagne pour les missiles antiaériens Aspide « qui protègent "
     "déjà Odessa ». La 155e brigade a publié des images de ses canons Caesar français en action près de "
     "Pokrovsk.",
     {("BE", ARMOUR, D, 16), ("ES", AIR, D, None), ("FR", "artillery", D, None)}),
    # Russia's claims give nothing, "livrés par le Danemark" included.
    (CLAIM, "Moscou affirme avoir intercepté des missiles SCALP et détruit des Leopard danois",
     "MOSCOU, 30 nov 2026 (Agence) - Le ministère russe de la Défense a affirmé dimanche avoir intercepté huit "
     "missiles de croisière SCALP français et Storm Shadow britanniques au-dessus de la Crimée. Il dit aussi "
     "avoir détruit deux chars Leopard 1 livrés par le Danemark dans la région de Koursk. Ces affirmations "
     "n'ont pas pu être vérifiées de source indépendante.",
     set()),
    # L'Élysée, Bercy, Varsovie and "britanniques".
    (METONYMY, "L'Élysée annonce 30 missiles Aster, Bercy finance des drones fabriqués en Ukraine",
     "PARIS, 4 déc 2026 (Agence) - L'Élysée a annoncé vendredi la livraison d'ici à janvier de 30 missiles "
     "Aster 30 supplémentaires à l'Ukraine. Bercy financera de son côté à hauteur de 300 millions d'euros la "
     "production de drones par des industriels français installés en Ukraine. Varsovie promet quant à elle "
     "quatre hélicoptères d'attaque Mi-24. Les 200 missiles Brimstone britanniques annoncés en octobre sont, "
     "eux, arrivés en Ukraine, selon Londres.",
     {("FR", AIR, P, 30), ("FR", "drones", M, 300000000), ("PL", "aircraft", P, 4),
      ("GB", "missiles", D, 200)}),
    # Windfall money paid (delivered) for two kinds of thing (pledged); the Ukraine Facility's civil money
    # gives nothing; the EPF's reimbursement to come is the EU's funding.
    (WRITTEN_MONEY, "L'UE verse 1,5 milliard d'euros tirés des avoirs russes gelés à Kiev",
     "BRUXELLES, 2 déc 2026 (Agence) - L'Union européenne a versé mardi à l'Ukraine une nouvelle tranche de "
     "1,5 milliard d'euros issue des revenus exceptionnels des avoirs russes gelés, destinée à l'achat de "
     "munitions et de systèmes de défense aérienne. Cette somme s'ajoute aux 4,8 milliards d'euros versés "
     "cette année au titre de la Facilité pour l'Ukraine, qui soutient le budget civil du pays. La Facilité "
     "européenne pour la paix remboursera en outre 500 millions d'euros aux États membres pour leurs "
     "livraisons d'armes à Kiev.",
     {("EU", MONEY, D, 1500000000), ("EU", AMMO, P, None), ("EU", AIR, P, None),
      ("EU", MONEY, P, 500000000)}),
    # An opinion column: the call for Rafale gives nothing, the retold delivery of Mirage is background.
    (OPINION, "Tribune : « Il est temps de livrer des Rafale à l'Ukraine »",
     "Par un ancien chef d'état-major de l'armée de l'Air. La France a livré des Mirage 2000-5 à l'Ukraine "
     "l'an dernier ; elle doit désormais aller plus loin. Paris devrait céder au moins une douzaine de Rafale "
     "prélevés sur ses escadrons. Le coût politique d'un refus serait plus élevé que celui d'une livraison.",
     {("FR", "aircraft", D, None)}),
    # A part and its total, the part delivered, training under way.
    (TIMELINE, "F-16 : La Haye livrera les six derniers appareils à l'automne",
     "LA HAYE, 26 nov 2026 (Agence) - Les Pays-Bas livreront à l'automne les six derniers des 24 F-16 promis à "
     "l'Ukraine, a indiqué mercredi le ministère néerlandais de la Défense. Annoncés en février 2024, les 18 "
     "premiers appareils ont été livrés entre mai et septembre. Des instructeurs néerlandais forment "
     "actuellement des pilotes ukrainiens en Roumanie.",
     {("NL", "aircraft", P, 6), ("NL", "aircraft", P, 24), ("NL", "aircraft", D, 18),
      ("NL", "training", D, None)}),
    # South Korea's refusal, Japan's training and demining machines, a maker's licence (nothing).
    (INDUSTRY, "Séoul exclut toujours les armes létales, Tokyo formera des démineurs ukrainiens",
     "SÉOUL/TOKYO, 3 déc 2026 (Agence) - La Corée du Sud a de nouveau exclu jeudi de fournir des armes "
     "létales à l'Ukraine, malgré les demandes de l'Otan. Le Japon a en revanche annoncé qu'il formerait 60 "
     "démineurs ukrainiens au Cambodge et fournirait 20 engins de déminage. Kiev et un groupe d'armement "
     "français ont par ailleurs signé une licence pour produire des obus de 155 mm en Ukraine.",
     {("KR", "other", R, None), ("JP", "training", P, 60), ("JP", "other", P, 20)}),
]

GERMAN = [
    # An RSS teaser cut with "[…]" and a trailer; a sum for several kinds (funding beside the guns).
    (TEASER, "Schweden schnürt neues Paket für Kiew",
     "Die schwedische Regierung hat am Dienstag ein Militärhilfepaket über €1,5 Mrd. für die Ukraine "
     "vorgestellt, darunter 18 Radhaubitzen vom Typ Archer und […]\n"
     "Weiterlesen",
     {("SE", MONEY, P, 1500000000), ("SE", "artillery", P, 18)}),
    # Kyiv on what arrived from Germany, thanks to Italy for a second SAMP/T, a brigade's Marder in use.
    (RECEIVING, "Die Ukraine hat die ersten Skynex-Systeme aus Deutschland erhalten",
     "KIEW (Agentur) - Die Ukraine hat nach Angaben ihres Verteidigungsministeriums die ersten zwei "
     "Skynex-Flugabwehrsysteme aus Deutschland erhalten. Präsident Selenskyj dankte zudem Italien für ein "
     "zweites SAMP/T-System, das seit Oktober Kiew schützt. Die 3. Sturmbrigade zeigte Aufnahmen von "
     "Marder-Schützenpanzern aus deutschen Beständen im Einsatz bei Kupjansk.",
     {("DE", AIR, D, 2), ("IT", AIR, D, None), ("DE", ARMOUR, D, None)}),
    # Russia's claims give nothing; Sweden's pledge told beside them is a record.
    (CLAIM, "Moskau meldet Abschuss von Storm Shadow – Schweden sagt weitere CV90 zu",
     "MOSKAU/STOCKHOLM (Agentur) - Russlands Verteidigungsministerium hat nach eigenen Angaben binnen 24 "
     "Stunden vier britische Storm-Shadow-Marschflugkörper abgefangen und zwei schwedische Schützenpanzer vom "
     "Typ CV90 zerstört. Unabhängig überprüfen ließen sich die Angaben nicht. Schweden kündigte am selben Tag "
     "an, der Ukraine 20 weitere CV90 zu liefern.",
     {("SE", ARMOUR, P, 20)}),
    # Das Kanzleramt, Warschau (a sum for one kind: its value), schwedische Ausbilder (training under way).
    (METONYMY, "Kanzleramt billigt Abgabe zweier weiterer Patriot-Systeme",
     "BERLIN (Agentur) - Das Kanzleramt hat die Abgabe von zwei weiteren Patriot-Systemen aus Beständen der "
     "Bundeswehr an die Ukraine gebilligt, wie ein Regierungssprecher am Mittwoch bestätigte. Warschau stellt "
     "zudem 500 Mio. Euro für Artilleriemunition für Kiew bereit. Schwedische Ausbilder schulen derzeit in "
     "Västerås 50 ukrainische Piloten.",
     {("DE", AIR, P, 2), ("PL", AMMO, P, 500000000), ("SE", "training", D, 50)}),
    # "Milliardenpaket" with its figure later and a share of it; Danish money for drones built in Ukraine.
    (WRITTEN_MONEY, "Milliardenpaket aus Oslo: Norwegen stockt Ukraine-Hilfe auf",
     "OSLO (Agentur) - Norwegen schnürt ein neues Milliardenpaket für die ukrainischen Streitkräfte. Wie die "
     "Regierung am Montag mitteilte, umfasst es 8,5 Milliarden Kronen, von denen 5 Milliarden Kronen in die "
     "Luftverteidigung fließen. Dänemark sagte zugleich 500 Mio. Euro für Langstreckendrohnen zu, die in der "
     "Ukraine gebaut werden.",
     {("NO", MONEY, P, 8500000000), ("NO", AIR, P, 5000000000), ("DK", "drones", M, 500000000)}),
    # An analysis of running totals (background) and the week's new package; commentators' call gives nothing.
    (OPINION, "Analyse: Wer hilft Kiew am meisten? Deutschland baut Vorsprung aus",
     "BERLIN (Agentur) - Deutschland hat der Ukraine seit 2022 Militärhilfe im Wert von rund 40 Milliarden "
     "Euro zugesagt, Großbritannien rund 15 Milliarden Pfund, wie eine Auswertung eines Forschungsinstituts "
     "zeigt. Neu hinzu kam in dieser Woche ein Paket über 1,2 Milliarden Euro, mit dem Berlin Munition und "
     "Ersatzteile finanziert. Kommentatoren fordern, Berlin solle nun auch Taurus liefern.",
     {("DE", MONEY, P, 1200000000), ("DE", AMMO, P, None), ("DE", "other", P, None)}),
    # Three steps: the second tranche handed over, the whole promised in March, the first 500 in June, a
    # third to come.
    (TIMELINE, "Lettland übergibt zweite Tranche von Abfangdrohnen",
     "RIGA (Agentur) - Lettland hat der Ukraine die zweite Tranche von 500 Abfangdrohnen übergeben, teilte "
     "das Verteidigungsministerium am Donnerstag mit. Die insgesamt 1.000 Drohnen hatte Riga im März "
     "zugesagt; die ersten 500 trafen im Juni ein. Eine dritte Lieferung soll im Herbst folgen.",
     {("LV", "drones", D, 500), ("LV", "drones", P, 1000), ("LV", "drones", P, None)}),
    # A plant in Ukraine co-funded by Berlin (production), a maintenance hub paid for (a service, pledged),
    # Spain lending launchers (pledged); NSATU's coordination gives nothing.
    (INDUSTRY, "Erste Lynx aus ukrainischem Gemeinschaftswerk – Bund zahlt Wartungszentrum",
     "KIEW (Agentur) - In einem von der Bundesregierung mitfinanzierten Gemeinschaftswerk eines deutschen "
     "Rüstungskonzerns und eines ukrainischen Staatsbetriebs sind die ersten Lynx-Schützenpanzer vom Band "
     "gelaufen. Der Bund finanziert zudem mit 90 Millionen Euro ein Wartungszentrum in Rumänien, in dem "
     "ukrainische Leopard-Panzer instand gesetzt werden. Spanien verleiht der Ukraine für zwei Jahre sechs "
     "Hawk-Startgeräte. Koordiniert werden die Lieferungen vom Nato-Kommando NSATU in Wiesbaden.",
     {("DE", ARMOUR, M, None), ("DE", "other", P, 90000000), ("ES", AIR, P, 6)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Portugal's second batch of Leopards due in autumn after June delivery": (
        "misses (PT, tanks, pledged, 8) ('Lisbon pledged eight of the tanks in March': a partitive count of "
        "things told before, given way to the first sentence's promise of four); 'the first four' delivered "
        "keeps its count since round 52r"),
    "F-16 : La Haye livrera les six derniers appareils à l'automne": (
        "misses (NL, aircraft, pledged, 6): 'livreront à l'automne les six derniers des 24 F-16 promis' gives "
        "the total promised (24) but not the part to come"),
    "Lettland übergibt zweite Tranche von Abfangdrohnen": (
        "reads (LV, drones, pledged, 500) from 'die ersten 500 trafen im Juni ein' (an arrival read as a "
        "promise); misses (LV, drones, pledged, 1000) ('Die insgesamt 1.000 Drohnen hatte Riga im März "
        "zugesagt': object first, pluperfect) and (LV, drones, pledged, None) ('Eine dritte Lieferung soll im "
        "Herbst folgen')"
        " | pledges53: 'die ersten 500 trafen im Juni ein' is (LV, drones, delivered, 500) and the 1,000 promised "
        "are read; still misses (LV, drones, pledged, None) ('Eine dritte Lieferung soll im Herbst folgen')"),
    "Erste Lynx aus ukrainischem Gemeinschaftswerk – Bund zahlt Wartungszentrum": (
        "misses (DE, armoured_vehicles, production, None) ('In einem von der Bundesregierung mitfinanzierten "
        "Gemeinschaftswerk ... sind die ersten Lynx-Schützenpanzer vom Band gelaufen'); reads (DE, funding, "
        "pledged, 90000000) and (DE, other, pledged, None) for (DE, other, pledged, 90000000) ('finanziert ... "
        "mit 90 Millionen Euro ein Wartungszentrum': the hub's price read as a package); reads (DE, tanks, "
        "pledged, None) from 'in dem ukrainische Leopard-Panzer instand gesetzt werden' (Ukraine's own tanks "
        "repaired read as given); Spain's loan of Hawk launchers is read as labelled"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: an RSS teaser, the receiving side, Russia's
    claims, capitals and ministries as donors, money in its written forms, an interview, column or analysis,
    a timeline of steps, and training, services and industry."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([TEASER, RECEIVING, CLAIM, METONYMY, WRITTEN_MONEY, OPINION, TIMELINE,
                                        INDUSTRY])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
