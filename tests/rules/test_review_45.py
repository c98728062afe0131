"""Relevance, review 45: the fifth held-out probe of the shipped rules (config/rules.toml) on feed items
written by someone who did not write them. 30 items, 10 per language (EN, FR, DE), each a headline and its
lead as a feed gives them, 5 about military aid to Ukraine and 5 look-alikes in each. The aid items lean on
the forms this probe stresses: a receiving-side report (Kyiv saying what arrived, Zelensky thanking a donor),
a maker delivering on a government's order, a parliament or budget committee approving money for Ukraine,
a loan backed by frozen Russian assets that pays for weapons, an industry deal (production in Ukraine, a
donor paying Ukrainian makers), a donors' meeting. The look-alikes: a loan or budget support that buys no
weapons, a domestic defence budget or purchase, a defence-industry earnings story, an arms export to another
country, NATO forces' own exercise, sanctions, humanitarian aid, and word traps in sport and culture (the
Patriots, a play called "Mirage"). Every text is invented for this file; none is taken
from the real-article set. Each was labelled by hand before its first run, following
../shared/eval/README.md and tests/data/README.md: relevant are pledges, deliveries, refusals, undecided
questions, military money (a loan spent on weapons too), production and contracts for Ukraine, training,
contact-group meetings and Kyiv's own requests.

First run (2026-12-05, this branch = main at 4687792, labels unchanged): 30 of 30; precision 15/15 = 1.00,
recall 15/15 = 1.00 (EN, FR, DE 5 of 5 aid each; all 15 look-alikes read as not relevant). The
receiving-side items ("has taken delivery of", "a reçu", "eingetroffen", Zelensky's thanks), the
parliamentary steps (a Senate panel, the Dutch lower house, the Bundestag's budget committee), the loans
backed by frozen Russian assets and the industry deals (Saab, KNDS, Rheinmetall on Berlin's order) are read
as relevant; the World Bank's and the IMF's loans, the domestic budgets and orders, the earnings stories,
the exports to Turkey and Israel, NATO's exercise, the sanctions, the generators and the Patriots and
"Mirage" of sport and theatre as not. Nothing is left as an xfail.
"""

from __future__ import annotations

from tests.support.wire_reading import assert_relevance_probe_as_briefed, relevance_probe_test

# (lang, headline, lead, relevant), labelled by hand before the first run.
ITEMS = [
    # ---- English, aid
    ("en", "Ukraine receives 12 more Bohdana howitzers built with Danish money",
     "KYIV (Wire) - Ukraine's army has taken delivery of 12 more Bohdana self-propelled howitzers made by "
     "Ukrainian factories with Danish funding, the defence ministry said on Monday.", True),
    ("en", "Senate panel advances $8 billion Ukraine security assistance bill",
     "WASHINGTON (Wire) - The Senate Appropriations Committee voted 24-5 on Thursday to advance a bill providing "
     "$8 billion in security assistance for Ukraine, including money to buy air defence interceptors.", True),
    ("en", "EU releases 3 billion euros from frozen-asset loan for Kyiv's arms purchases",
     "BRUSSELS (Wire) - The European Commission paid Ukraine 3 billion euros from its loan backed by frozen "
     "Russian assets, earmarked for buying artillery ammunition and drones.", True),
    ("en", "Saab to build air defence parts in Ukraine under Swedish-funded deal",
     "STOCKHOLM (Wire) - Saab will assemble components for RBS 70 air defence systems at a site in Ukraine, "
     "paid for by the Swedish government, the company said on Tuesday.", True),
    ("en", "Zelensky thanks Norway as new NASAMS launchers reach Ukraine",
     "KYIV (Wire) - President Volodymyr Zelensky thanked Norway on Wednesday after two more NASAMS launchers "
     "arrived in Ukraine ahead of the winter.", True),
    # ---- English, look-alikes
    ("en", "Ukraine secures $2 billion World Bank loan for power grid repairs",
     "WASHINGTON (Wire) - The World Bank approved a $2 billion loan to help Ukraine repair power stations and "
     "transmission lines damaged by Russian strikes.", False),
    ("en", "House passes defence bill with record shipbuilding budget",
     "WASHINGTON (Wire) - The House of Representatives passed an $890 billion defence authorisation bill that "
     "funds 13 new warships and a pay rise for U.S. troops.", False),
    ("en", "Rheinmetall quarterly profit jumps 30% on ammunition demand",
     "DUESSELDORF (Wire) - Rheinmetall's third-quarter operating profit rose 30% as European armies ordered "
     "more artillery shells, the company said; its shares rose 4%.", False),
    ("en", "Germany approves sale of 20 Eurofighters to Turkey",
     "BERLIN (Wire) - Germany's government approved the export of 20 Eurofighter Typhoon jets to Turkey, ending "
     "a two-year dispute within the four-nation consortium.", False),
    ("en", "Patriots edge Bills in overtime thriller",
     "FOXBOROUGH (Wire) - The New England Patriots beat the Buffalo Bills 27-24 in overtime on Sunday after a "
     "late field goal.", False),
    # ---- French, aid
    ("fr", "Kiev a reçu les premiers Mirage 2000 promis par Paris",
     "KIEV (AFP) - L'Ukraine a reçu ses premiers avions de combat Mirage 2000-5 cédés par la France, a annoncé "
     "jeudi le ministère ukrainien de la Défense, qui remercie Paris.", True),
    ("fr", "Le Parlement néerlandais approuve un milliard d'euros de plus pour armer l'Ukraine",
     "LA HAYE (AFP) - La Chambre basse néerlandaise a approuvé mardi une enveloppe supplémentaire d'un milliard "
     "d'euros pour l'achat d'armes et de munitions destinées à l'Ukraine.", True),
    ("fr", "Prêt adossé aux avoirs russes : l'UE verse 5 milliards d'euros à Kiev pour ses achats d'armes",
     "BRUXELLES (AFP) - L'Union européenne a versé à l'Ukraine une tranche de 5 milliards d'euros de son prêt "
     "garanti par les avoirs russes gelés, destinée à l'achat de défense aérienne et de munitions.", True),
    ("fr", "KNDS va assembler des canons Caesar en Ukraine",
     "PARIS (AFP) - KNDS France va assembler des canons Caesar en Ukraine avec un partenaire local, dans le "
     "cadre d'un contrat financé par l'Etat français pour l'armée ukrainienne.", True),
    ("fr", "Ramstein : la Belgique promet 200 millions d'euros pour des drones ukrainiens",
     "RAMSTEIN (AFP) - La Belgique financera à hauteur de 200 millions d'euros l'achat de drones pour l'armée "
     "ukrainienne, a annoncé jeudi sa ministre de la Défense à l'issue de la réunion du groupe de contact.", True),
    # ---- French, look-alikes
    ("fr", "L'armée de l'Air commande 42 Rafale supplémentaires",
     "PARIS (AFP) - Le ministère des Armées a commandé 42 avions Rafale supplémentaires à Dassault Aviation pour "
     "l'armée de l'Air et de l'Espace française.", False),
    ("fr", "Le FMI approuve un décaissement de 900 millions de dollars pour l'Ukraine",
     "WASHINGTON (AFP) - Le FMI a approuvé le versement de 900 millions de dollars à l'Ukraine au titre de son "
     "programme de soutien budgétaire, pour payer retraites et salaires publics.", False),
    ("fr", "Thales relève ses objectifs après un semestre record",
     "PARIS (AFP) - Thales a relevé ses prévisions annuelles après un chiffre d'affaires record au premier "
     "semestre, porté par la demande de radars et de systèmes de défense aérienne en Europe.", False),
    ("fr", "Théâtre : « Mirage », une nouvelle pièce triomphe à Avignon",
     "AVIGNON (AFP) - « Mirage », la nouvelle création du metteur en scène, a été longuement applaudie jeudi "
     "soir dans la Cour d'honneur du Palais des papes.", False),
    ("fr", "L'UE adopte un 21e paquet de sanctions contre Moscou",
     "BRUXELLES (AFP) - Les Vingt-Sept ont adopté un 21e paquet de sanctions visant la flotte fantôme russe et "
     "des banques de pays tiers qui aident Moscou à contourner les restrictions.", False),
    # ---- German, aid
    ("de", "Weitere Gepard-Flakpanzer in der Ukraine eingetroffen",
     "KIEW (dpa) - In der Ukraine sind nach Angaben des Verteidigungsministeriums zehn weitere "
     "Flugabwehrkanonenpanzer vom Typ Gepard aus Deutschland eingetroffen.", True),
    ("de", "Haushaltsausschuss billigt 3 Milliarden Euro für Waffenhilfe an Kiew",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat zusätzliche 3 Milliarden Euro für "
     "Waffenlieferungen an die Ukraine gebilligt. Das Geld soll vor allem in Flugabwehr fließen.", True),
    ("de", "Kredit aus russischem Vermögen: Ukraine kauft Munition in Europa",
     "BRÜSSEL (dpa) - Die Ukraine kann mit dem durch eingefrorenes russisches Vermögen abgesicherten EU-Kredit "
     "nun 500.000 Artilleriegranaten bei europäischen Herstellern kaufen, teilte die EU-Kommission mit.", True),
    ("de", "Rheinmetall liefert Skyranger im Auftrag der Bundesregierung an die Ukraine",
     "DÜSSELDORF (dpa) - Rheinmetall hat die ersten zwei Flugabwehrsysteme vom Typ Skyranger an die Ukraine "
     "ausgeliefert. Bestellt und bezahlt hat sie die Bundesregierung.", True),
    ("de", "Nato-Minister sagen Kiew mehr Luftverteidigung zu",
     "BRÜSSEL (dpa) - Die Verteidigungsminister der Nato-Staaten haben der Ukraine bei ihrem Treffen weitere "
     "Flugabwehrsysteme zugesagt, darunter zwei IRIS-T-Systeme aus Deutschland.", True),
    # ---- German, look-alikes
    ("de", "Bundeswehr erhält erste neue Boxer-Radpanzer",
     "KOBLENZ (dpa) - Die Bundeswehr hat die ersten von 120 neu bestellten Radpanzern vom Typ Boxer erhalten. "
     "Sie sollen an die Brigade in Litauen gehen.", False),
    ("de", "Hensoldt steigert Umsatz um ein Viertel",
     "TAUFKIRCHEN (dpa) - Der Radarspezialist Hensoldt hat seinen Umsatz im dritten Quartal um ein Viertel "
     "gesteigert. Die Aktie legte an der Börse um sechs Prozent zu.", False),
    ("de", "Nato-Manöver: 10.000 Soldaten üben in Litauen",
     "VILNIUS (dpa) - Rund 10.000 Soldaten aus zwölf Nato-Staaten üben seit Montag in Litauen die Verteidigung "
     "der Ostflanke, darunter Leopard-2-Panzer der Bundeswehr.", False),
    ("de", "Bundesregierung genehmigt Export von U-Booten nach Israel",
     "BERLIN (dpa) - Die Bundesregierung hat den Export von drei U-Booten der Dakar-Klasse nach Israel "
     "genehmigt, wie ein Regierungssprecher bestätigte.", False),
    ("de", "THW schickt weitere Stromgeneratoren in die Ukraine",
     "BONN (dpa) - Das Technische Hilfswerk hat weitere 150 Stromgeneratoren in die Ukraine gebracht, um Kliniken "
     "und Wasserwerke nach russischen Angriffen zu versorgen.", False),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
}


test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """30 items, 10 a language, half of each language about aid, no headline twice."""
    assert_relevance_probe_as_briefed(ITEMS)
