"""A seventeenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, each a headline and three to six
sentences, aimed at forms the rounds 14 to 16 did not cover: an official quoted first and
the pledge told after ("'We stand with Ukraine,' X said, announcing ..."); pledges told in
the passive ("Ukraine will be given", "Der Ukraine werden ... zur Verfügung gestellt",
"seront fournis à l'Ukraine"); a sum told as a share of a total ("of which", "sur les",
"von den"); a package's contents in a bulleted or semicolon list; an earlier pledge
recalled beside the new one; parliaments approving money (pledged, as the real set labels
"approved"); a delivery confirmed by the recipient ("the first ... had arrived"); industry
contracts paid by a donor (production); and the purpose of a sum told in the sentence
before it. Each article was labelled by hand before it was run, following the real-article
set's conventions (../shared/eval/README.md) and the earlier rounds', with its figure: the
count of things stated, else the sum of money, else none.
Run first (on this branch before any fix; main alike), 22 of the 40 were fully right
(records (donor, category, status) matched 56 / labelled 71 / predicted 73; with their
figures 50 of 71). Three labels were corrected after the first run, to the earlier rounds'
convention: a share of a total told with it ("of which 2 billion euros", "Sur les 3
milliards ..., 1 milliard", "Von den 9 Milliarden ..., 2 Milliarden") is counted in the
total once, the thing it buys recorded without it (main then reads 21 of 40, figures 51).
After the fixes below, 37 (67 / 71 / 71; figures 67 of 71); the three left are strict
xfails saying what is read instead. A held-out batch of 12, written after the fixes, read 7
right on its first run (19 / 25 / 20, figures 19 of 25; main 3, 15 / 25 / 18); after two
small fixes it showed ("will be given", a receipt confirmed, helping Ukraine produce), 10
(23 / 25 / 23; figures 23). Two of round 16's leftovers are mended here (a sum "dafür"
paying for the things of the sentence before): round 16 reads 43 of 50 and its fresh
check 14 of 15. The real-article set reads as before (pledges predicted 196 / labelled
193 / matched 179). Round 18 mended two held-out leftovers (a package's worth told on its
own, "200 such vehicles"): the held-out batch reads 12 of 12. The earlier rounds are
tests/pledges/test_pledges_wire.py to _16."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, X
from tests.support.wire_reading import figures, in_three_languages

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure), the figure the count of things stated, else the
# sum of money, else None.

ENGLISH = [
    ("Britain to send 200 more air defence missiles to Ukraine",
     "LONDON (Reuters) - \"We stand with Ukraine for as long as it takes,\" Defence Secretary John Healey said on "
     "Monday, announcing that Britain would send 200 more air defence missiles to Kyiv. The missiles will reach the "
     "front within weeks, he told lawmakers. Russia has stepped up its strikes on Ukrainian power plants this month.",
     {("GB", AIR, P, 200)}),
    ("Denmark to give Ukraine 12 more Leopard 1 tanks",
     "COPENHAGEN (Reuters) - Ukraine will be given 12 more Leopard 1 tanks by Denmark before the summer, the Danish "
     "defence ministry said on Tuesday. The tanks are being refurbished in Germany. Danish officials did not say how "
     "much the refurbishment would cost.",
     {("DK", "tanks", P, 12)}),
    ("EU earmarks 2 billion euros of new Ukraine aid for ammunition",
     "BRUSSELS (Reuters) - The European Union approved 5 billion euros in military aid for Ukraine on Monday, of which "
     "2 billion euros will go to artillery ammunition, diplomats said. The rest is meant for air defence and drones. "
     "The decision was taken by unanimity.",
     # (labelled 2e9 on the shells before the run; corrected to the rounds' convention: a
     # share of a total told with it is counted in the total once, the thing without it)
     {("EU", MONEY, P, 5e9), ("EU", AMMO, P, None), ("EU", AIR, P, None), ("EU", "drones", P, None)}),
    pytest.param(
        "Germany to shoulder a quarter of allied air defence fund",
        "BERLIN (Reuters) - Germany will provide 1 billion euros, a quarter of the 4 billion euros pledged by allies for "
        "Ukraine's air defence, the finance ministry said on Wednesday. The rest will come from a dozen other NATO "
        "members. Berlin is Ukraine's biggest military backer in Europe.",
        {("DE", AIR, P, 1e9), ("ALLIES", AIR, P, 4e9)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled each sum as air defence; both read as money (funding): 'for Ukraine's air defence' after "
            "'pledged by allies' is not read back to the sums before it"
        ))),
    ("Pentagon unveils $300 million Ukraine package",
     "WASHINGTON (Reuters) - The Pentagon on Friday announced a $300 million weapons package for Ukraine. It "
     "includes:\n- ammunition for HIMARS launchers;\n- 15 Bradley fighting vehicles;\n- Stinger missiles;\n- 100 "
     "Javelin anti-tank missiles.\nThe weapons come from U.S. stocks, a spokesman said.",
     {("US", MONEY, P, 300e6), ("US", AMMO, P, None), ("US", ARMOUR, P, 15), ("US", AIR, P, None),
      ("US", ARMS, P, 100)}),
    ("Netherlands unveils new arms package for Ukraine",
     "THE HAGUE (Reuters) - The Netherlands will send Ukraine a new military aid package worth 500 million euros, "
     "Defence Minister Ruben Brekelmans said on Wednesday. The package comprises 18 PzH 2000 howitzers; 40,000 "
     "artillery shells; and six Patriot launchers. It will be delivered over the next six months.",
     {("NL", MONEY, P, 500e6), ("NL", "artillery", P, 18), ("NL", AMMO, P, 40000), ("NL", AIR, P, 6)}),
    ("Spain to send 10 more Leopard tanks to Ukraine",
     "MADRID (Reuters) - Spain will send 10 more Leopard 2A4 tanks to Ukraine, Defence Minister Margarita Robles said "
     "on Thursday. The tanks come on top of a 1 billion euro package Spain pledged to Kyiv in May. \"Spain will not "
     "let Ukraine down,\" Robles said.",
     {("ES", "tanks", P, 10), ("ES", MONEY, P, 1e9)}),
    pytest.param(
        "U.S. House passes $61 billion Ukraine aid bill",
        "WASHINGTON (Reuters) - The U.S. House of Representatives approved $61 billion in aid for Ukraine on Saturday, "
        "sending the bill to the Senate. The package includes about $14 billion to buy weapons from American industry "
        "for Ukraine. The White House urged senators to pass it quickly.",
        {("US", MONEY, P, 61e9), ("US", MONEY, M, 14e9)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the $14 billion to buy weapons from American industry as a contract (production); "
            "'The package includes' makes it a share of the $61 billion, counted there, and 'weapons' is no thing"
        ))),
    ("First French Mirage jets arrive in Ukraine",
     "KYIV (Reuters) - The first Mirage 2000 fighter jets promised by France have arrived in Ukraine, Ukrainian "
     "Defence Minister Rustem Umerov said on Thursday. France pledged six of the jets in June. Umerov did not say "
     "how many had arrived.",
     {("FR", "aircraft", D, None), ("FR", "aircraft", P, 6)}),
    ("Germany orders 24 IRIS-T systems for Ukraine",
     "BERLIN (Reuters) - Germany has ordered 24 IRIS-T air defence systems from Diehl Defence for Ukraine, the defence "
     "ministry said on Monday. The contract, worth about 3 billion euros, is paid from the federal budget's Ukraine "
     "line. The first systems are due in 2027.",
     {("DE", AIR, M, 24)}),
    ("Norway to help Ukraine buy European air defence",
     "OSLO (Reuters) - Norway will help Ukraine buy air defence systems from European manufacturers, Defence Minister "
     "Tore Sandvik said on Monday. Oslo will set aside 2 billion crowns for that purpose this year. The money will be "
     "paid directly to the makers.",
     {("NO", AIR, P, 2e9)}),
    ("Merz pledges two more Patriot systems for Ukraine",
     "BERLIN (Reuters) - \"Ukraine needs air defence now,\" German Chancellor Friedrich Merz said on Wednesday as he "
     "announced that Germany would pay for two more Patriot systems for Kyiv. Berlin has already handed over three "
     "Patriot systems. Merz spoke after a call with President Volodymyr Zelensky.",
     {("DE", AIR, P, 2), ("DE", AIR, D, 3)}),
    ("Germany hands Ukraine 40 Marder vehicles",
     "BERLIN (Reuters) - Forty Marder infantry fighting vehicles have been handed over to Ukraine by Germany, the "
     "government in Berlin said on Friday. A further 20 will be delivered by the end of the year, a spokesman added. "
     "Ukraine has asked for more armoured vehicles for its eastern front.",
     {("DE", ARMOUR, D, 40), ("DE", ARMOUR, P, 20)}),
    ("Swedish parliament backs 15 billion crown aid package",
     "STOCKHOLM (Reuters) - The Swedish parliament approved on Tuesday a 15 billion crown military aid package for "
     "Ukraine proposed by the government last month. It includes Archer howitzers and CV90 combat vehicles. Only one "
     "party voted against.",
     {("SE", MONEY, P, 15e9), ("SE", "artillery", P, None), ("SE", ARMOUR, P, None)}),
    ("Zelensky says first shells from Czech initiative arrived",
     "KYIV (Reuters) - Ukraine has received the first shells bought under the Czech-led ammunition initiative this "
     "year, President Volodymyr Zelensky said on Sunday. The initiative is due to deliver 800,000 shells to Ukraine "
     "by December. \"Every shell matters,\" Zelensky said.",
     {("CZ", AMMO, D, None), ("CZ", AMMO, P, 800000)}),
    # (read right since stop 58: an order's worth told with it is the price of the one thing ordered)
    ("Rheinmetall wins Dutch-funded Skyranger order for Ukraine",
     "DUESSELDORF (Reuters) - Rheinmetall has won an order worth 400 million euros to supply Ukraine with Skyranger "
     "air defence systems, paid for by the Netherlands, the company said on Tuesday. Deliveries are to start next "
     "year. Rheinmetall shares rose 2% in Frankfurt.",
     {("NL", AIR, M, 400e6)}),
]

FRENCH = [
    ("Macron annonce six Mirage supplémentaires pour Kiev",
     "PARIS (AFP) - « Nous serons aux côtés de l'Ukraine aussi longtemps qu'il le faudra », a déclaré lundi Emmanuel "
     "Macron, en annonçant la livraison de six Mirage 2000 supplémentaires à Kiev. Les appareils seront prélevés sur "
     "les stocks de l'armée de l'Air. Le président s'exprimait à l'Élysée.",
     {("FR", "aircraft", P, 6)}),
    ("La Belgique fournira trente blindés à l'Ukraine",
     "BRUXELLES (AFP) - Trente véhicules blindés seront fournis à l'Ukraine par la Belgique d'ici la fin de l'année, "
     "a annoncé mercredi la ministre de la Défense. Les véhicules proviennent des stocks de l'armée belge. Kiev "
     "réclame davantage de blindés pour le front de l'Est.",
     {("BE", ARMOUR, P, 30)}),
    ("Plus de 100 000 obus livrés par Berlin depuis janvier",
     "BERLIN (AFP) - Plus de 100 000 obus ont été livrés à l'Ukraine par l'Allemagne depuis janvier, selon le "
     "gouvernement allemand. Les livraisons doivent se poursuivre au même rythme. Berlin est le deuxième soutien "
     "militaire de Kiev après Washington.",
     {("DE", AMMO, D, 100000)}),
    ("Un milliard pour la défense aérienne ukrainienne",
     "PARIS (AFP) - Sur les 3 milliards d'euros promis par la France à l'Ukraine cette année, 1 milliard sera consacré "
     "à la défense aérienne, a précisé jeudi le ministère des Armées. Le reste doit financer des munitions et des "
     "drones. Le ministre a jugé l'effort « indispensable ».",
     # (labelled 1e9 on air defence before the run; corrected: a share of a total, as above)
     {("FR", MONEY, P, 3e9), ("FR", AIR, P, None), ("FR", AMMO, P, None), ("FR", "drones", P, None)}),
    ("Paris dévoile un nouveau paquet d'aide militaire",
     "PARIS (AFP) - La France a dévoilé mardi un nouveau paquet d'aide militaire à l'Ukraine. Le paquet comprend : 12 "
     "canons Caesar ; 20 000 obus de 155 mm ; des missiles Mistral. Les livraisons s'étaleront jusqu'à l'automne, "
     "selon le ministère.",
     {("FR", "artillery", P, 12), ("FR", AMMO, P, 20000), ("FR", AIR, P, None)}),
    ("La Suède livrera huit canons Archer supplémentaires",
     "STOCKHOLM (AFP) - La Suède va livrer huit canons Archer supplémentaires à l'Ukraine, a annoncé vendredi le "
     "ministre de la Défense Pål Jonson. Stockholm avait promis en janvier un paquet de 13 milliards de couronnes. "
     "Les canons seront livrés avant l'été.",
     {("SE", "artillery", P, 8), ("SE", MONEY, P, 13e9)}),
    ("Le Parlement néerlandais approuve 3,5 milliards pour Kiev",
     "LA HAYE (AFP) - Le Parlement néerlandais a approuvé mardi une enveloppe de 3,5 milliards d'euros d'aide "
     "militaire à l'Ukraine pour l'an prochain, proposée par le gouvernement. Seul un parti d'extrême droite a voté "
     "contre. Les Pays-Bas figurent parmi les principaux soutiens de Kiev.",
     {("NL", MONEY, P, 3.5e9)}),
    ("Les premiers Caesar financés par le Danemark arrivés en Ukraine",
     "KIEV (AFP) - Le ministre ukrainien de la Défense a confirmé vendredi l'arrivée des premiers canons Caesar "
     "financés par le Danemark. Ces canons ont été fabriqués en France par KNDS. Ils doivent rejoindre le front dans "
     "les prochains jours.",
     {("DK", "artillery", D, None)}),
    ("Copenhague commande 18 Caesar pour Kiev",
     "COPENHAGUE (AFP) - Le Danemark a commandé à KNDS France 18 canons Caesar destinés à l'Ukraine, a annoncé lundi "
     "le ministère danois de la Défense. Le contrat est financé par le fonds danois d'aide à l'Ukraine. Les premiers "
     "canons doivent être livrés l'an prochain.",
     {("DK", "artillery", M, 18)}),
    ("Oslo veut aider Kiev à acheter des drones",
     "OSLO (AFP) - La Norvège veut aider l'Ukraine à acquérir des drones de longue portée, a indiqué mardi le "
     "gouvernement. Oslo débloquera à cet effet 600 millions de couronnes. Les drones seront produits en Ukraine.",
     {("NO", "drones", P, 600e6)}),
    ("Zelensky salue le SAMP/T promis par Rome",
     "KIEV (AFP) - « C'est un signal fort », a salué dimanche Volodymyr Zelensky après l'annonce par l'Italie d'un "
     "nouveau système de défense aérienne SAMP/T pour l'Ukraine. Rome avait déjà livré un premier système en 2023. "
     "Le président ukrainien réclame davantage de batteries.",
     {("IT", AIR, P, None), ("IT", AIR, D, None)}),
    ("Londres enverra de nouveaux Storm Shadow",
     "LONDRES (AFP) - Des missiles Storm Shadow supplémentaires seront livrés à l'Ukraine par le Royaume-Uni dans les "
     "prochaines semaines, a indiqué jeudi Downing Street. Londres n'a pas précisé leur nombre. Kiev utilise ces "
     "missiles contre des cibles russes en Crimée.",
     {("GB", "missiles", P, None)}),
]

GERMAN = [
    ("30 weitere Marder für die Ukraine",
     "BERLIN (dpa) - Der Ukraine werden bis Jahresende weitere 30 Schützenpanzer vom Typ Marder zur Verfügung "
     "gestellt. Das teilte das Verteidigungsministerium in Berlin am Montag mit. Die Fahrzeuge stammen aus Beständen "
     "der Industrie.",
     {("DE", ARMOUR, P, 30)}),
    ("Pistorius kündigt vier weitere Iris-T an",
     "BERLIN (dpa) - „Wir lassen die Ukraine nicht im Stich“, sagte Verteidigungsminister Boris Pistorius am Montag "
     "und kündigte die Lieferung von vier weiteren Iris-T-Systemen an. Die Systeme sollen noch vor dem Winter "
     "eintreffen. Pistorius äußerte sich bei einem Besuch in Kiew.",
     {("DE", AIR, P, 4)}),
    ("Zwei Milliarden Euro für ukrainische Flugabwehr",
     "BERLIN (dpa) - Von den 9 Milliarden Euro, die Deutschland im kommenden Jahr für die Ukraine vorgesehen hat, "
     "sollen 2 Milliarden Euro in die Flugabwehr fließen. Das geht aus dem Haushaltsentwurf hervor. Der Rest ist "
     "unter anderem für Munition bestimmt.",
     # (labelled 2e9 on air defence before the run; corrected: a share of a total, as above)
     {("DE", MONEY, P, 9e9), ("DE", AIR, P, None), ("DE", AMMO, P, None)}),
    ("Neues deutsches Paket für Kiew",
     "BERLIN (dpa) - Deutschland hat der Ukraine ein neues Militärhilfepaket zugesagt. Das Paket umfasst:\n- zwei "
     "Iris-T-Systeme,\n- 20.000 Schuss Artilleriemunition,\n- 50 Aufklärungsdrohnen.\nDas teilte die Bundesregierung "
     "am Freitag mit.",
     {("DE", AIR, P, 2), ("DE", AMMO, P, 20000), ("DE", "drones", P, 50)}),
    ("Bundestag bewilligt drei Milliarden für Ukraine",
     "BERLIN (dpa) - Der Bundestag hat am Donnerstag weitere 3 Milliarden Euro Militärhilfe für die Ukraine "
     "bewilligt. Der Haushaltsausschuss gab damit die Mittel für das kommende Jahr frei. Die AfD stimmte dagegen.",
     {("DE", MONEY, P, 3e9)}),
    ("Erste dänische Leopard-Panzer in der Ukraine",
     "KIEW (dpa) - Die ersten Leopard-1-Panzer aus Dänemark sind in der Ukraine eingetroffen. Das teilte der "
     "ukrainische Verteidigungsminister am Mittwoch mit. Die Panzer waren in Deutschland instand gesetzt worden.",
     {("DK", "tanks", D, None)}),
    ("Bund bestellt 180.000 Granaten für Kiew",
     "BERLIN (dpa) - Deutschland hat bei Rheinmetall 180.000 Artilleriegranaten für die Ukraine bestellt. Der "
     "Auftrag hat einen Wert von rund 800 Millionen Euro, wie der Konzern mitteilte. Die Auslieferung soll im "
     "kommenden Jahr beginnen.",
     {("DE", AMMO, M, 180000)}),
    ("Niederlande helfen beim Kauf von Patriot-Raketen",
     "DEN HAAG (dpa) - Die Niederlande wollen der Ukraine beim Kauf von Patriot-Raketen helfen. Dafür stellt Den Haag "
     "500 Millionen Euro bereit, wie Verteidigungsminister Ruben Brekelmans sagte. Die Raketen sollen in den USA "
     "gekauft werden.",
     {("NL", AIR, P, 500e6)}),
    ("Schweden liefert zehn weitere Archer",
     "STOCKHOLM (dpa) - Schweden liefert der Ukraine zehn weitere Archer-Haubitzen. Bereits im Januar hatte Stockholm "
     "ein Militärhilfepaket über 13 Milliarden Kronen angekündigt. Die Haubitzen sollen im Frühjahr übergeben werden.",
     {("SE", "artillery", P, 10), ("SE", MONEY, P, 13e9)}),
    ("60 Gepard an Kiew übergeben",
     "BERLIN (dpa) - An die Ukraine wurden bislang 60 Gepard-Flugabwehrpanzer aus deutschen Beständen übergeben. Das "
     "geht aus einer Übersicht der Bundesregierung hervor. Die Panzer gelten als besonders wirksam gegen Drohnen.",
     {("DE", AIR, D, 60)}),
    ("Norwegens Parlament stimmt Milliardenpaket zu",
     "OSLO (dpa) - Das norwegische Parlament hat einem Militärhilfepaket von 85 Milliarden Kronen für die Ukraine "
     "zugestimmt. Die Regierung hatte das Paket im Februar vorgeschlagen. Das Geld soll über fünf Jahre fließen.",
     {("NO", MONEY, P, 85e9)}),
    ("Bund gibt sechs Iris-T bei Diehl in Auftrag",
     "BERLIN (dpa) - Die Bundesregierung hat bei Diehl Defence sechs weitere Iris-T-Systeme für die Ukraine in "
     "Auftrag gegeben. Die Systeme werden aus dem Haushalt für die Ertüchtigungsinitiative bezahlt. Die Lieferung ist "
     "für 2027 geplant.",
     {("DE", AIR, M, 6)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ readings the round showed


# The German present passive gives to come ("werden ... zur Verfügung gestellt"), its
# perfect has given; a parliament's grant or assent ("bewilligt", "zugestimmt") pledges.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Von Deutschland werden der Ukraine 30 Schützenpanzer zur Verfügung gestellt.", {("DE", ARMOUR, P, 30)}),
        ("de", "Deutschland hat der Ukraine 30 Schützenpanzer zur Verfügung gestellt.", {("DE", ARMOUR, D, 30)}),
        ("de", "Der Bundestag hat 3 Milliarden Euro Militärhilfe für die Ukraine bewilligt.", {("DE", MONEY, P, 3e9)}),
        ("de", "Das norwegische Parlament hat einem Militärhilfepaket von 85 Milliarden Kronen für die Ukraine "
         "zugestimmt.", {("NO", MONEY, P, 85e9)}),
        ("en", "Ukraine will be given eight more Archer howitzers by Sweden.", {("SE", "artillery", P, 8)}),
    ],
)
def test_passives_and_parliaments(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A quote "for as long as it takes" is no condition (a real one still is); a thing
# "proposed by" the government and approved now is no debate (a proposal itself is).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "\"We stand with Ukraine for as long as it takes,\" Healey said, announcing that Britain would send 200 "
         "tanks to Kyiv.", {("GB", "tanks", P, 200)}),
        ("en", "Britain would send 200 tanks to Kyiv if the US agreed.", {("GB", "tanks", X, 200)}),
        ("en", "Parliament approved a 15 billion crown package for Ukraine proposed by the Swedish government. It "
         "includes Archer howitzers.", {("SE", MONEY, P, 15e9), ("SE", "artillery", P, None)}),
        ("en", "Sweden proposed that the allies send Archer howitzers.", {("SE", "artillery", X, None)}),
    ],
)
def test_quotes_first_and_proposals_approved(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A sum's purpose told in the sentence before ("for that purpose", "à cet effet",
# "dafür"), the rest of a total told what it pays for, a contract named after its order,
# a batch more without its noun, "the missiles" after air defence missiles, a country
# where things are bought.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Norway will help Ukraine buy air defence. Oslo will set aside 2 billion crowns for that purpose.",
         {("NO", AIR, P, 2e9)}),
        ("fr", "La Norvège veut aider l'Ukraine à acquérir des drones. Oslo débloquera à cet effet 600 millions de "
         "couronnes.", {("NO", "drones", P, 600e6)}),
        ("de", "Die Niederlande wollen der Ukraine beim Kauf von Patriot-Raketen helfen. Dafür stellt Den Haag 500 "
         "Millionen Euro bereit. Die Raketen sollen in den USA gekauft werden.", {("NL", AIR, P, 500e6)}),
        # (no purpose told: the sum is money of its own)
        ("en", "Norway will help Ukraine buy air defence. Oslo will also give 2 billion crowns in military aid.",
         {("NO", AIR, P, None), ("NO", MONEY, P, 2e9)}),
        ("fr", "La France a promis 3 milliards d'euros à l'Ukraine. Le reste doit financer des munitions.",
         {("FR", MONEY, P, 3e9), ("FR", AMMO, P, None)}),
        ("en", "Germany has ordered 24 IRIS-T systems from Diehl for Ukraine. The contract is worth about 3 billion "
         "euros.", {("DE", AIR, M, 24)}),
        ("en", "Germany has handed over 40 Marder vehicles to Ukraine. A further 20 will be delivered by the end of "
         "the year.", {("DE", ARMOUR, D, 40), ("DE", ARMOUR, P, 20)}),
        ("en", "Britain will send 200 air defence missiles to Kyiv. The missiles will reach the front within weeks.",
         {("GB", AIR, P, 200)}),
        ("de", "Der ukrainische Verteidigungsminister bestätigte den Eingang von 20 Marder-Schützenpanzern aus "
         "Deutschland.", {("DE", ARMOUR, D, 20)}),
        ("en", "Denmark will help Ukraine produce long-range drones.", {("DK", "drones", M, None)}),
    ],
)
def test_what_a_sum_or_a_word_refers_back_to(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ a held-out batch


# Written and labelled after the fixes of this round and before running them: the same
# forms in other words (a quote first, passives, a share and "the rest", a parliament, a
# delivery confirmed by Ukraine, a contract, a list, the purpose in the sentence before).
HELD_OUT = [
    # (a strict xfail until round 18 read "such vehicles" as the kind named before)
    ("en", "Canada to send 25 more armoured vehicles to Ukraine",
     "OTTAWA (Reuters) - \"Canada's support is unwavering,\" Defence Minister David McGuinty said on Thursday, "
     "announcing that Ottawa would send 25 more armoured vehicles to Ukraine. The vehicles are built in London, "
     "Ontario. Canada has already delivered more than 200 such vehicles.",
     {("CA", ARMOUR, P, 25), ("CA", ARMOUR, D, 200)}),
    ("en", "Ukraine to get eight more Archer howitzers from Sweden",
     "STOCKHOLM (Reuters) - Ukraine will be given eight more Archer howitzers by Sweden this spring, the Swedish "
     "government said on Friday. The howitzers will come from army stocks. Sweden has already handed over 26 Archer "
     "systems, it said.",
     {("SE", "artillery", P, 8), ("SE", "artillery", D, 26)}),
    ("en", "Ukraine says first Belgian F-16s have arrived",
     "KYIV (Reuters) - The first F-16 fighter jets promised by Belgium have arrived in Ukraine, Ukraine's air force "
     "said on Monday. Belgium has pledged 30 of the jets by 2028. \"This strengthens our skies,\" a spokesman said.",
     {("BE", "aircraft", D, None), ("BE", "aircraft", P, 30)}),
    ("en", "Denmark to help Ukraine build drones",
     "COPENHAGEN (Reuters) - Denmark will help Ukraine produce long-range drones at home, the defence ministry said "
     "on Tuesday. Copenhagen will provide 1 billion Danish crowns to that end. The money will be paid to Ukrainian "
     "makers.",
     {("DK", "drones", M, 1e9)}),
    ("fr", "Vingt canons Caesar seront livrés à Kiev",
     "PARIS (AFP) - Vingt canons Caesar supplémentaires seront livrés à l'Ukraine par la France d'ici l'été, a annoncé "
     "jeudi le ministère des Armées. Ils seront prélevés sur la production de KNDS. Paris a déjà cédé une trentaine de "
     "Caesar à Kiev.",
     {("FR", "artillery", P, 20), ("FR", "artillery", D, 30)}),
    ("fr", "La Belgique consacre 1 milliard à l'Ukraine",
     "BRUXELLES (AFP) - La Belgique a promis 1 milliard d'euros d'aide militaire à l'Ukraine cette année, dont 300 "
     "millions pour des drones, a annoncé le ministre de la Défense. Le reste doit financer des munitions. Bruxelles a "
     "déjà livré plusieurs F-16.",
     {("BE", MONEY, P, 1e9), ("BE", "drones", P, None), ("BE", AMMO, P, None), ("BE", "aircraft", D, None)}),
    ("fr", "Le Bundestag approuve 4 milliards pour Kiev",
     "BERLIN (AFP) - Le Bundestag a approuvé jeudi une enveloppe supplémentaire de 4 milliards d'euros d'aide "
     "militaire à l'Ukraine, proposée par le gouvernement. Cette somme doit notamment financer des systèmes de défense "
     "aérienne Iris-T. Seule l'extrême droite a voté contre.",
     {("DE", MONEY, P, 4e9), ("DE", AIR, P, None)}),
    ("fr", "Paris commande des obus pour Kiev",
     "PARIS (AFP) - La France a commandé à Nexter 50 000 obus de 155 mm destinés à l'Ukraine, a annoncé mardi le "
     "ministère des Armées. Le contrat s'élève à environ 200 millions d'euros. Les premières livraisons sont attendues "
     "au printemps.",
     {("FR", AMMO, M, 50000)}),
    ("de", "Pistorius sagt weiteres Patriot-System zu",
     "BERLIN (dpa) - „Die Ukraine kann sich auf uns verlassen“, sagte Verteidigungsminister Boris Pistorius am "
     "Mittwoch und sagte der Ukraine ein weiteres Patriot-System zu. Bislang hat Deutschland drei Patriot-Systeme "
     "übergeben.",
     {("DE", AIR, P, None), ("DE", AIR, D, 3)}),
    # (a strict xfail until round 18 read a package's worth told in a sentence of its own)
    ("de", "Neues Paket aus Dänemark",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine ein weiteres Militärhilfepaket zugesagt. Es umfasst:\n- 15 "
     "Leopard-1-Panzer,\n- 30.000 Artilleriegranaten,\n- Ersatzteile für F-16-Kampfjets.\nDas Paket hat einen Wert "
     "von 1,2 Milliarden Kronen.",
     {("DK", "tanks", P, 15), ("DK", AMMO, P, 30000), ("DK", "other", P, None), ("DK", MONEY, P, 1.2e9)}),
    ("de", "Kiew bestätigt Ankunft von 20 Marder",
     "KIEW (dpa) - Der ukrainische Verteidigungsminister bestätigte am Freitag den Eingang von 20 "
     "Marder-Schützenpanzern aus Deutschland. Weitere zehn sollen bis Jahresende folgen.",
     {("DE", ARMOUR, D, 20), ("DE", ARMOUR, P, 10)}),
    ("de", "Schweden hilft beim Kauf von Munition",
     "STOCKHOLM (dpa) - Schweden will der Ukraine beim Kauf von Artilleriemunition helfen. Hierfür stellt Stockholm 2 "
     "Milliarden Kronen bereit, wie die Regierung mitteilte. Die Granaten sollen in Europa beschafft werden.",
     {("SE", AMMO, P, 2e9)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HELD_OUT)
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
