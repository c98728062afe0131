"""Relevance on wire copy, a third round (session of 2026-12-03, evening).

Every text here was written for this file, labelled by hand before the rules were run on it,
and never taken from the real-article set. The rules of main missed 1 of the 41 aid texts (Japan
paying into a NATO fund) and raised 7 of the 42 look-alikes; after this round's changes they miss
2 (the Japanese payment, found since round 4, and a loan Ukraine spends on weapons named eight
words from it) and raise none. Aid news: donations, deliveries, training,
production, loans spent on weapons, money from frozen Russian assets, NATO decisions,
requests, in English, French and German wire style. Look-alikes: Ukraine news without
military aid (energy, grain, refugees, peace talks, culture and sport), Russia's own weapons,
other countries' arms deals, a NATO country's own forces and budget, and the words of one
language that are another word in another (German "Blinde" and French "blindé", German
"arme" and French "arme", "fördern" and "fordern"), the Ottawa treaty on landmines, and loans
to other countries that cite the war in Ukraine.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, fired

AID_NEWS = [
    # ---- English
    ("Germany to deliver four more IRIS-T systems to Ukraine by year-end",
     "BERLIN (Reuters) - Germany will hand Ukraine four additional IRIS-T SLM air defence systems before the end "
     "of the year, Defence Minister Boris Pistorius said on Tuesday during a visit to Kyiv."),
    ("US announces $425 million package of arms for Kyiv",
     "WASHINGTON (AP) - The Pentagon announced a new package of weapons for Kyiv on Friday, including Stinger "
     "missiles, artillery rounds and armoured ambulances drawn from US stocks."),
    ("Sweden to donate 20 more CV90s and Archer howitzers",
     "STOCKHOLM (Reuters) - Sweden will donate 20 more CV90 combat vehicles and a batch of Archer howitzers to "
     "Ukraine, the government said, presenting its 19th support package."),
    ("Last Dutch F-16s handed over to Ukraine",
     "AMSTERDAM (Reuters) - The last of the 24 F-16 fighter jets promised by the Netherlands have been delivered "
     "to Ukraine, the Dutch defence ministry said on Monday."),
    ("Britain to train 10,000 more Ukrainian recruits next year",
     "LONDON (Reuters) - Britain will train another 10,000 Ukrainian soldiers next year, the defence secretary "
     "told parliament, as the programme enters its fourth year."),
    ("US contractor to make 155mm shells in Ukraine under licence",
     "KYIV (Reuters) - A US defence contractor signed a deal with Ukraine's state arms maker to manufacture 155mm "
     "artillery shells in Ukraine, the strategic industries ministry said."),
    # A strict xfail until round 5 (the rule of Ukraine spending a loan on weapons).
    ("Ukraine to spend first $1 billion of G7 loan on air defence",
     "KYIV (Reuters) - Ukraine will use the first 1 billion dollars of a G7 loan serviced by profits from "
     "frozen Russian assets to buy air defence systems and artillery, the prime minister said."),
    ("NATO takes over coordination of arms deliveries to Ukraine",
     "BRUSSELS (Reuters) - NATO defence ministers agreed on Thursday that the alliance will take over the "
     "coordination of weapons deliveries and training for Ukraine from a command in Wiesbaden, Germany."),
    ("EU to spend windfall profits from Russian assets on arms for Ukraine",
     "BRUSSELS (Reuters) - EU governments agreed to spend 90% of the windfall profits from immobilised Russian "
     "central bank assets on weapons for Ukraine through the European Peace Facility."),
    ("Canada to send 50 armoured personnel carriers",
     "OTTAWA (Reuters) - Canada will send 50 armoured personnel carriers built in Ontario to Ukraine, the prime "
     "minister said at a news conference."),
    ("Australia sends retired Abrams tanks to Ukraine",
     "CANBERRA (Reuters) - Australia will send 49 retired M1A1 Abrams tanks to Ukraine as part of a package worth "
     "A$245 million, the defence minister said."),
    ("Norway and Denmark pay Ukrainian firms to build drones for Kyiv's forces",
     "OSLO (Reuters) - Norway and Denmark will pay Ukrainian manufacturers to build long-range drones for "
     "Ukraine's armed forces, the two governments said on Wednesday."),
    ("Zelensky asks NATO summit for more Patriot interceptors",
     "THE HAGUE (Reuters) - Ukrainian President Volodymyr Zelensky asked NATO leaders on Tuesday for more Patriot "
     "interceptors, saying Russia was firing more ballistic missiles every month."),
    ("Spain to send more Leopard 2 tanks to Ukraine", ""),
    ("Estonia keeps military aid for Ukraine at 0.25% of GDP",
     "TALLINN (Reuters) - Estonia will again spend a quarter of a percent of its economic output on military aid "
     "to Ukraine next year, the government said."),
    # ---- French
    ("La France va livrer de nouveaux canons Caesar à l'Ukraine",
     "PARIS (AFP) - La France livrera six canons Caesar supplémentaires à l'Ukraine d'ici la fin du mois, a "
     "annoncé jeudi le ministre des Armées."),
    ("Berlin promet un nouveau système Patriot à Kiev",
     "BERLIN (AFP) - Le chancelier allemand a promis mardi un nouveau système de défense antiaérienne Patriot à "
     "l'Ukraine, lors d'un entretien téléphonique avec Volodymyr Zelensky."),
    ("Des instructeurs français forment un bataillon ukrainien en Pologne",
     "VARSOVIE (AFP) - Des instructeurs français forment depuis lundi un bataillon ukrainien sur une base en "
     "Pologne, dans le cadre de la mission européenne EUMAM."),
    ("Les premiers F-16 belges sont arrivés en Ukraine",
     "BRUXELLES (AFP) - Les deux premiers avions de combat F-16 cédés par la Belgique sont arrivés en Ukraine, a "
     "confirmé le ministère de la Défense."),
    ("L'Otan finance un nouveau lot d'armes américaines pour Kiev",
     "BRUXELLES (AFP) - Les ministres de la Défense de l'Otan ont approuvé jeudi le financement d'armes "
     "américaines pour l'Ukraine via le mécanisme PURL, pour un montant d'un milliard de dollars."),
    ("Un groupe français produira des obus en Ukraine",
     "KIEV (AFP) - Le groupe a signé un accord pour fabriquer des obus de 155 mm sur le sol ukrainien avec un "
     "partenaire local, a indiqué le ministère ukrainien des Industries stratégiques."),
    ("Le prêt européen financera des drones pour l'armée ukrainienne",
     "BRUXELLES (AFP) - La Commission européenne a versé à Kiev une tranche de 3 milliards d'euros du prêt adossé "
     "aux avoirs russes gelés, qui servira à acheter des drones et des munitions."),
    ("Le Canada cède 25 véhicules blindés à l'Ukraine",
     "OTTAWA (AFP) - Le Canada va céder 25 véhicules blindés légers supplémentaires à l'Ukraine, a indiqué la "
     "ministre de la Défense."),
    ("La Suède va fournir deux avions radar à Kiev",
     "STOCKHOLM (AFP) - La Suède va fournir deux avions de surveillance radar à l'Ukraine dans son 18e paquet "
     "d'aide militaire, a annoncé le gouvernement."),
    ("Kiev demande à ses alliés davantage de systèmes antiaériens",
     "KIEV (AFP) - Le ministre ukrainien de la Défense a demandé jeudi aux alliés de livrer davantage de systèmes "
     "de défense aérienne avant l'hiver."),
    ("L'Italie prépare un dixième paquet d'aide militaire pour l'Ukraine",
     "ROME (AFP) - Le gouvernement italien prépare un nouveau décret autorisant l'envoi d'équipements militaires "
     "à Kiev, dont un second système SAMP/T."),
    ("Les Pays-Bas financent la fabrication de drones ukrainiens",
     "LA HAYE (AFP) - Les Pays-Bas vont consacrer 500 millions d'euros à la fabrication de drones en Ukraine, a "
     "annoncé le ministre néerlandais de la Défense."),
    # ---- German
    ("Ukraine erhält weitere Leopard-1-Panzer",
     "BERLIN (dpa) - Die Ukraine hat eine weitere Lieferung von Kampfpanzern vom Typ Leopard 1 aus deutschen "
     "Industriebeständen erhalten, teilte die Bundesregierung mit."),
    ("Pistorius kündigt in Kiew neues Rüstungspaket an",
     "KIEW (dpa) - Bei einem unangekündigten Besuch in Kiew hat Verteidigungsminister Pistorius ein Paket mit "
     "Artilleriemunition, Drohnen und Radargeräten im Wert von 500 Millionen Euro angekündigt."),
    ("Ukrainische Soldaten in Deutschland an Patriot ausgebildet",
     "BERLIN (dpa) - Die Bundeswehr hat in Schleswig-Holstein weitere ukrainische Soldaten am Flugabwehrsystem "
     "Patriot ausgebildet, teilte das Verteidigungsministerium mit."),
    ("Rheinmetall liefert weiteres Skynex-System an die Ukraine",
     "DÜSSELDORF (dpa) - Rheinmetall hat im Auftrag der Bundesregierung ein weiteres Flugabwehrsystem vom Typ "
     "Skynex an die Ukraine ausgeliefert."),
    ("Nato-Staaten finanzieren gemeinsam US-Waffen für Kiew",
     "BRÜSSEL (dpa) - Die Verteidigungsminister der Nato haben beschlossen, den Kauf amerikanischer Waffen für "
     "die Ukraine gemeinsam zu finanzieren."),
    ("Dänemark gibt Kiew alle seine Caesar-Haubitzen",
     "KOPENHAGEN (dpa) - Dänemark gibt der Ukraine alle seine Caesar-Haubitzen ab, teilte das "
     "Verteidigungsministerium in Kopenhagen mit."),
    ("Selenskyj bittet Berlin erneut um Taurus",
     "KIEW (dpa) - Der ukrainische Präsident hat die Bundesregierung erneut um die Lieferung von "
     "Taurus-Marschflugkörpern gebeten."),
    ("Kiew kauft mit erster Tranche des EU-Kredits Munition",
     "BRÜSSEL (dpa) - Die Ukraine will mit der ersten Tranche des EU-Darlehens aus russischem "
     "Zentralbankvermögen Artilleriemunition und Drohnen kaufen."),
    ("Schweden schickt Schützenpanzer und Flugabwehr",
     "STOCKHOLM (dpa) - Schweden schickt der Ukraine ein Militärpaket mit CV90-Schützenpanzern und "
     "Flugabwehrsystemen im Wert von 1,2 Milliarden Euro."),
    ("Norwegen stellt 1,5 Milliarden für Kiews Luftverteidigung bereit",
     "OSLO (dpa) - Norwegen stellt in diesem Jahr 1,5 Milliarden Euro für die Luftverteidigung der Ukraine "
     "bereit, teilte die Regierung in Oslo mit."),
    ("Polen übergibt Kiew weitere MiG-29",
     "WARSCHAU (dpa) - Polen hat der Ukraine weitere Kampfjets vom Typ MiG-29 übergeben, bestätigte das "
     "Verteidigungsministerium in Warschau."),
    ("Kontaktgruppe: Unterstützer sagen neue Flugabwehr zu",
     "BRÜSSEL (dpa) - Bei einem Treffen der Ukraine-Kontaktgruppe haben die Unterstützerstaaten weitere "
     "Flugabwehrsysteme und Munition zugesagt."),
    ("Kanada liefert Kiew weitere gepanzerte Fahrzeuge",
     "OTTAWA (dpa) - Kanada hat der Ukraine weitere gepanzerte Fahrzeuge vom Typ Senator geliefert, teilte das "
     "Verteidigungsministerium mit."),
    # found since round 4: the trap on Japan's arms trade leaves out Japan paying into a fund
    ("Japan zahlt in Nato-Fonds für Drohnenabwehr der Ukraine ein",
     "TOKIO (dpa) - Japan zahlt 30 Millionen Dollar in einen Nato-Fonds ein, aus dem Systeme zur Abwehr von Drohnen "
     "für die ukrainische Armee gekauft werden."),
]

LOOK_ALIKES = [
    # ---- English
    ("Ukraine and EU to hold talks on gas transit",
     "KYIV (Reuters) - Ukraine and the European Commission agreed to hold talks on the future of gas transit "
     "through Ukrainian pipelines, the energy ministry said."),
    ("Grain ship leaves Odesa after strikes on port",
     "ODESA (Reuters) - A bulk carrier loaded with 60,000 tonnes of wheat left the port of Odesa on Monday, the "
     "first since Russian missile strikes damaged the terminal last week."),
    ("Germany extends protection for Ukrainian refugees",
     "BERLIN (Reuters) - Germany will extend temporary protection for about 1.2 million Ukrainian refugees until "
     "2027, the interior ministry said."),
    ("Kyiv and Moscow to meet in Istanbul for ceasefire talks",
     "ISTANBUL (Reuters) - Ukrainian and Russian delegations will meet on Thursday for a new round of talks on a "
     "ceasefire and prisoner exchanges, Turkey's foreign minister said."),
    ("Russia making 500 glide bombs a day, Ukraine says",
     "KYIV (Reuters) - Russia is producing up to 500 guided glide bombs a day, Ukraine's military intelligence "
     "said, warning of more attacks on front-line cities."),
    ("India signs deal for 26 Rafale Marine jets",
     "NEW DELHI (Reuters) - India signed a deal to buy 26 Rafale Marine fighter jets from France for its navy, "
     "the defence ministry said."),
    ("Poland to spend 4.7% of GDP on its armed forces",
     "WARSAW (Reuters) - Poland will spend 4.7% of GDP on its armed forces next year, buying tanks, howitzers and "
     "air defence, the finance ministry said, citing Russia's war in Ukraine."),
    ("Shakhtar Donetsk beat Benfica in Champions League",
     "LISBON (Reuters) - Shakhtar Donetsk won 2-1 away at Benfica on Wednesday, the Ukrainian club's first win in "
     "this season's Champions League."),
    ("Mariupol documentary wins Golden Bear",
     "BERLIN (Reuters) - A Ukrainian documentary about the siege of Mariupol won the Golden Bear at the Berlin "
     "film festival on Saturday."),
    ("Nordic bank lends Latvia 300 million euros for military mobility",
     "RIGA (Reuters) - The Nordic Investment Bank will lend Latvia 300 million euros for roads and railways to "
     "move troops and ammunition, citing the lessons of the war in Ukraine."),
    ("EIB lends Estonia 100 million euros for defence industry park",
     "TALLINN (Reuters) - The European Investment Bank will lend Estonia 100 million euros to build a defence "
     "industrial park where ammunition will be produced, citing Russia's war in Ukraine."),
    ("World Bank approves $1.5 billion loan to keep Ukraine's schools open",
     "WASHINGTON (Reuters) - The World Bank approved a 1.5 billion dollar loan to Ukraine to pay teachers and "
     "doctors, the bank said on Friday."),
    ("US approves sale of 54 Abrams tanks to Romania",
     "WASHINGTON (Reuters) - The State Department approved a possible sale of 54 Abrams tanks to Romania, which "
     "borders Ukraine, the Pentagon said."),
    ("Finland to quit Ottawa treaty on landmines",
     "HELSINKI (Reuters) - Finland will withdraw from the Ottawa treaty banning anti-personnel landmines, the "
     "government said, citing the threat from Russia after its invasion of Ukraine."),
    ("NATO ministers discuss drone wall after incursions",
     "BRUSSELS (Reuters) - NATO defence ministers discussed a drone wall along the eastern flank after Russian "
     "drones crossed into Polish airspace during an attack on Ukraine."),
    ("North Korea has shipped 5 million shells to Russia, Seoul says",
     "SEOUL (Reuters) - North Korea has shipped more than 5 million artillery shells to Russia for its war in "
     "Ukraine, South Korea's intelligence agency said."),
    ("EU to give Ukraine 200 million euros to repair power grid",
     "BRUSSELS (Reuters) - The EU will give Ukraine 200 million euros to repair power plants and buy generators "
     "after Russian missile and drone strikes on its grid."),
    ("Britain to buy 12 F-35A jets able to carry nuclear bombs",
     "LONDON (Reuters) - Britain will buy 12 F-35A fighter jets for its air force, the government said, as "
     "Europe rearms after Russia's invasion of Ukraine."),
    # ---- French
    ("Ukraine : les exportations de céréales en hausse",
     "KIEV (AFP) - Les exportations ukrainiennes de céréales ont augmenté de 12 % en novembre grâce au corridor "
     "maritime en mer Noire, a indiqué le ministère de l'Agriculture."),
    ("La France a accueilli 100.000 réfugiés ukrainiens",
     "PARIS (AFP) - Près de 100.000 Ukrainiens ont trouvé refuge en France depuis le début de la guerre, selon le "
     "ministère de l'Intérieur."),
    ("Le Maroc commande des canons Caesar",
     "RABAT (AFP) - Le Maroc a commandé 36 canons Caesar à KNDS France, dont l'efficacité a été démontrée en "
     "Ukraine, a indiqué le constructeur."),
    ("La Russie a livré de nouveaux chars T-90M à ses troupes",
     "MOSCOU (AFP) - Uralvagonzavod a livré un nouveau lot de chars T-90M aux troupes russes engagées en Ukraine, "
     "a annoncé le ministère russe de la Défense."),
    ("Taïwan reçoit ses premiers chars Abrams",
     "TAIPEI (AFP) - Taïwan a réceptionné les 38 premiers chars Abrams commandés aux Etats-Unis, dont les "
     "performances en Ukraine ont été critiquées."),
    ("La Pologne commande 150 obusiers sud-coréens",
     "VARSOVIE (AFP) - La Pologne a signé un contrat pour 150 obusiers K9 afin de renforcer sa frontière avec "
     "l'Ukraine et le Bélarus."),
    ("Loi de programmation militaire : 413 milliards pour les armées",
     "PARIS (AFP) - Le Parlement a adopté la loi de programmation militaire, qui prévoit des drones, des obus et "
     "des avions de combat pour l'armée française, en tirant les leçons de la guerre en Ukraine."),
    ("L'Otan discute d'un « mur de drones » sur son flanc est",
     "BRUXELLES (AFP) - Les ministres de la Défense de l'Otan ont discuté jeudi d'un mur de drones sur le flanc "
     "oriental après l'intrusion de drones russes en Pologne lors d'une attaque contre l'Ukraine."),
    ("Traité d'Ottawa : la Pologne se retire",
     "VARSOVIE (AFP) - La Pologne a annoncé son retrait du traité d'Ottawa interdisant les mines antipersonnel, "
     "invoquant la menace russe depuis l'invasion de l'Ukraine."),
    ("Un concert de soutien à l'Ukraine à Paris",
     "PARIS (AFP) - Des artistes français et ukrainiens donneront samedi un concert de soutien à l'Ukraine, dont "
     "la recette sera reversée à des hôpitaux de Kharkiv."),
    ("Négociations de paix : Kiev rejette le plan russe",
     "KIEV (AFP) - L'Ukraine a rejeté le plan de paix présenté par Moscou, qui exigeait la cession de quatre "
     "régions, a indiqué la présidence ukrainienne."),
    # ---- German
    ("Bundeswehr bestellt 100 neue Leopard-2-Panzer",
     "BERLIN (dpa) - Die Bundeswehr hat bei KNDS 100 Kampfpanzer vom Typ Leopard 2A8 bestellt. Hintergrund ist "
     "die Bedrohung durch Russland seit dem Angriff auf die Ukraine."),
    ("Ukraine exportiert mehr Getreide über Donauhäfen",
     "ISMAJIL (dpa) - Die Ukraine hat im Oktober mehr Getreide über ihre Donauhäfen ausgeführt als je zuvor, "
     "teilte das Agrarministerium in Kiew mit."),
    ("Friedensgespräche in Genf ohne Ergebnis",
     "GENF (dpa) - Die Gespräche zwischen Vertretern der Ukraine und Russlands über eine Waffenruhe sind ohne "
     "Ergebnis zu Ende gegangen."),
    ("Polen bestellt weitere K2-Panzer in Südkorea",
     "WARSCHAU (dpa) - Polen hat weitere 180 Kampfpanzer vom Typ K2 bestellt, die an der Grenze zur Ukraine und "
     "zu Belarus stationiert werden sollen."),
    ("Finnland erwägt Kauf weiterer Raketenwerfer",
     "HELSINKI (dpa) - Finnland erwägt den Kauf weiterer Raketenwerfer für die eigene Armee; der Krieg in der "
     "Ukraine habe die Bedeutung der Artillerie gezeigt."),
    ("Baltenstaaten steigen aus Ottawa-Abkommen aus",
     "VILNIUS (dpa) - Litauen, Lettland und Estland treten aus dem Ottawa-Übereinkommen über das Verbot von "
     "Antipersonenminen aus und verweisen auf den russischen Krieg gegen die Ukraine."),
    ("Ukrainische Biathleten gewinnen Staffel in Oberhof",
     "OBERHOF (dpa) - Die ukrainische Staffel hat beim Weltcup in Oberhof überraschend gewonnen."),
    ("Blinde Kriegsversehrte aus der Ukraine erhalten Hilfe in Berlin",
     "BERLIN (dpa) - Blinde und sehbehinderte Kriegsversehrte aus der Ukraine erhalten in Berlin Unterstützung "
     "durch einen Verein, der Spenden für Blindenhunde und Schulungen sammelt."),
    ("Deutschland spendet für arme Familien in der Ukraine",
     "BERLIN (dpa) - Deutschland stellt 50 Millionen Euro für arme Familien in der Ukraine bereit, die im Winter "
     "ohne Heizung sind, teilte das Entwicklungsministerium mit."),
    ("EU will Munitionsproduktion in Europa fördern",
     "BRÜSSEL (dpa) - Die EU-Kommission will die Herstellung von Munition in Europa fördern, damit die "
     "Mitgliedstaaten ihre eigenen Lager auffüllen können; der Krieg in der Ukraine habe die Lücken gezeigt."),
    ("Russland liefert Kampfjets an den Iran",
     "MOSKAU (dpa) - Russland hat nach Angaben aus Teheran erste Kampfjets vom Typ Su-35 an den Iran geliefert. "
     "Iran hatte Russland zuvor Drohnen für den Krieg gegen die Ukraine überlassen."),
    ("Bund fördert Wiederaufbau ukrainischer Krankenhäuser",
     "BERLIN (dpa) - Die Bundesregierung fördert den Wiederaufbau von Krankenhäusern in der Ukraine mit 40 "
     "Millionen Euro, die durch russische Raketen zerstört wurden."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_the_third_round_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), LOOK_ALIKES)
def test_look_alikes_of_the_third_round_are_not_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- words that are other words in another language

# A bare rule word matches by its lemma in English, French and German, whatever the article's
# language: a word of one language that is a form of another language's rule word matched it.
# Found by running every article of a 4,010-text sample through the rule words' match keys and
# listing the matches made only through another language's lemma. Each is named by its own
# forms now; each case below fired the rule on main.
@pytest.mark.parametrize(
    ("headline", "lead", "rule"),
    [
        # German "mit" ("teilte ... mit") is a form of French "mettre", the lemma of English "met"
        ("Die Ukraine teilte mit, Polen liefere Panzer an Litauen",
         "KIEW (dpa) - Die Ukraine teilte am Montag mit, Polen liefere Kampfpanzer an Litauen.",
         "Aid told through a visit"),
        # "at least" is German "leasen" ("du least"), the lemma of English "lease"
        ("Russian drones and missiles hit Kharkiv",
         "KHARKIV (Reuters) - Russia launched at least 40 drones overnight, Ukraine's air force said, and most "
         "were shot down.", "aid (en): a weapon close to a support word"),
        # English "spend" is German "spenden" (to donate)
        ("Germany to spend 3 billion euros on Patriot systems for the Bundeswehr",
         "BERLIN (Reuters) - The government will spend the money on air defence for its own forces, citing the war "
         "in Ukraine.", "Implicit recipient"),
        # English "plan" is German "planen", the lemma of "plant" (a factory)
        ("Poland unveils plan to buy 180 more tanks for its army",
         "WARSAW (Reuters) - Poland has a plan to buy more tanks for its own army after Russia's full-scale "
         "invasion of neighbouring Ukraine, the minister said.", "Weapons or ammunition produced"),
        # French "en train de" (in the middle of) has the lemma of English "train"
        ("Les soldats ukrainiens en train de se replier de Pokrovsk",
         "KIEV (AFP) - Les soldats ukrainiens sont en train de se replier de Pokrovsk, selon l'état-major, tandis "
         "que Paris appelle à un cessez-le-feu.", "Ukrainian soldiers, pilots or units trained"),
        # "armed" has the lemma of "arms", and a finance ministry finances nothing
        ("Lithuania to fund its armed forces with 4% of GDP",
         "VILNIUS (Reuters) - Lithuania will fund its armed forces with 4% of GDP next year, the finance ministry "
         "said, as Ukraine's war drags on.", "aid (en): weapons sent, promised or refused"),
    ],
)
def test_a_word_of_another_language_is_not_the_rule_word(defaults: RuleSet, headline: str, lead: str, rule: str):
    analysis = analyze(defaults, headline, lead)
    assert not fired(analysis, rule), defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead", "rule"),
    [
        ("Zelensky met Macron in Paris",
         "PARIS (Reuters) - Zelensky met Macron on Monday. France will deliver more Caesar howitzers, the Elysee "
         "said.", "Aid told through a visit"),
        ("US to lease Patriot launchers to Ukraine", "", "aid (en): a weapon close to a support word"),
        ("Deutschland spendet der Ukraine zehn Panzer", "", "Implicit recipient"),
        ("Rheinmetall opens ammunition plant in Ukraine",
         "KYIV (Reuters) - The plant will produce 155mm shells for Ukraine's army.",
         "Weapons or ammunition produced"),
        ("French troops to train Ukrainian soldiers in Poland", "", "Ukrainian soldiers, pilots or units trained"),
        ("Netherlands to finance more drones for Ukraine", "", "aid (en): a weapon close to a support word"),
    ],
)
def test_the_rule_words_still_match_their_own_language(defaults: RuleSet, headline: str, lead: str, rule: str):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant and fired(analysis, rule), defaults.explain(analysis)


# ---------------------------------------------------------------- homographs the fold makes

# German "fordern" (to demand) and "fördern" (to promote, to fund) fold to one spelling, and
# their lemmas fold to one key: the engine compares accent-free words, so no rule can tell them
# apart (an accent-sensitive word would need a new kind of term). "fordern" was a giving word
# (@support:de), so Europe promoting its own ammunition output read as weapons for Ukraine; it
# now counts only as asking (@deliberation:de), where Ukraine or a donor must be the one that
# asks, close to the weapons.
def test_foerdern_is_no_giving_word(defaults: RuleSet):
    analysis = analyze(defaults, "EU will Munitionsproduktion in Europa fördern",
                       "BRÜSSEL (dpa) - Die EU-Kommission will die Herstellung von Munition fördern, auch mit "
                       "Blick auf die Ukraine.")
    assert not fired(analysis, "aid (de): a weapon close to a support word"), defaults.explain(analysis)
    assert not fired(analysis, "ammunition (de)"), defaults.explain(analysis)


def test_fordern_still_counts_as_asking(defaults: RuleSet):
    analysis = analyze(defaults, "Selenskyj fordert mehr Flugabwehr",
                       "KIEW (dpa) - Präsident Selenskyj hat nach den Angriffen der Nacht mehr Flugabwehrsysteme "
                       "gefordert.")
    assert analysis.relevant and fired(analysis, "Ukraine asking for weapons"), defaults.explain(analysis)


# German "Blinde" (the blind) folds to French "blindé" (an armoured vehicle), and German "arme"
# (poor) is French "arme" (a weapon): the French words are named in French company now ("des
# blindés", "un blindé", "l'arme", "une arme", "armes").
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Deutschland spendet zwei Millionen Euro für Blinde in der Ukraine",
         "BERLIN (dpa) - Ein Verein sammelt zudem Spenden für Blindenhunde."),
        ("Deutschland spendet für arme Familien in der Ukraine",
         "BERLIN (dpa) - Deutschland stellt 50 Millionen Euro für arme Familien in der Ukraine bereit, die im "
         "Winter ohne Heizung sind."),
    ],
)
def test_german_blinde_and_arme_are_no_weapons(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert not analysis.relevant and not analysis.hits, defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Berlin a fourni quatorze blindés à Kiev", ""),
        ("La Belgique va céder un blindé de dépannage à l'Ukraine", ""),
        ("Le Danemark offre des armes à l'Ukraine", ""),
        ("Paris promet une arme antichar à Kiev", ""),
    ],
)
def test_french_blindes_and_armes_are_still_weapons(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


# ---------------------------------------------------------------- names and places that give nothing

# "Ottawa" is Canada, a donor; the Ottawa treaty is the ban on anti-personnel mines that
# countries near Russia are leaving.
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Lawmakers weigh leaving Ottawa treaty as army seeks more artillery",
         "The government is considering leaving the Ottawa treaty and buying more howitzers, the defence "
         "minister said."),
        ("Ottawa-Abkommen: Regierung erwägt Ausstieg",
         "Die Regierung in Vilnius prüft den Austritt aus dem Ottawa-Abkommen, um mehr Artillerie an der Grenze "
         "einzusetzen."),
    ],
)
def test_the_ottawa_treaty_is_no_donor(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert not fired(analysis, "Deliberation and requests with a donor"), defaults.explain(analysis)


def test_ottawa_is_still_canada(defaults: RuleSet):
    analysis = analyze(defaults, "Ottawa weighs sending more howitzers to Kyiv", "")
    assert analysis.relevant and fired(analysis, "Deliberation and requests with a donor"), defaults.explain(analysis)


# English "lend" and "loan" counted anywhere in an article about Ukraine; they count, like the
# French and German ones, only next to Ukraine now.
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Nordic bank lends Latvia 300 million euros for military mobility",
         "RIGA (Reuters) - The Nordic Investment Bank will lend Latvia 300 million euros for roads and railways to "
         "move troops and ammunition to the border, Ukraine's neighbours said.", False),
        ("Norway lends Ukraine $1 billion for air defence", "", True),
        ("EU loan to Ukraine to pay for drones and shells", "", True),
    ],
)
def test_a_loan_counts_only_next_to_ukraine(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# Ukraine named only as the place of the war is the reason for something else.
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Romania receives first Patriot launchers from US plant",
         "BUCHAREST (Reuters) - Romania's army received two Patriot launchers built at a US plant, part of a deal "
         "signed after Russia's invasion of Ukraine."),
        ("Litauen bekommt neue Haubitzen aus deutscher Produktion",
         "VILNIUS (dpa) - Litauen hat die ersten Haubitzen aus deutscher Produktion erhalten; bestellt wurden sie "
         "nach dem Angriff auf die Ukraine."),
    ],
)
def test_ukraine_named_only_as_the_place_of_the_war_is_a_trap(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert not analysis.relevant and fired(analysis, "Ukraine named only as the place of the war"), \
        defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # Ukraine named as the recipient beside the war
        ("Germany sends more Patriot launchers to Ukraine",
         "BERLIN (Reuters) - The launchers will protect cities hit since the start of the war in Ukraine."),
        # the war as a rubric heading the headline gives no reason
        ("Guerre en Ukraine : Paris va livrer douze canons Caesar",
         "PARIS (AFP) - La France livrera douze canons supplémentaires, a annoncé le ministre des Armées."),
        ("Krieg in der Ukraine: Berlin liefert weitere Iris-T",
         "BERLIN (dpa) - Deutschland liefert zwei weitere Flugabwehrsysteme, sagte der Minister."),
    ],
)
def test_the_war_beside_aid_is_no_trap(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant and not fired(analysis, "Ukraine named only as the place of the war"), \
        defaults.explain(analysis)


# Russia delivering weapons to its own troops or to a partner is Russia's arms, not aid.
def test_russia_delivering_weapons_is_a_trap(defaults: RuleSet):
    analysis = analyze(defaults, "La Russie a livré de nouveaux chars T-90M à ses troupes",
                       "MOSCOU (AFP) - Uralvagonzavod a livré un nouveau lot de chars T-90M aux troupes russes "
                       "engagées en Ukraine, a annoncé le ministère russe de la Défense.")
    assert not analysis.relevant and fired(analysis, "Russia sending troops or weapons"), defaults.explain(analysis)


# ---------------------------------------------------------------- written after the changes

# Written after the changes above and labelled before the run, to check they were not fitted to
# the texts above: 8 aid texts and 9 look-alikes. The rules missed none of the aid texts and
# raised one look-alike (Belarus receiving missiles), as main's rules did.
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Portugal to send Leopard 2 tanks and M113s to Ukraine",
         "LISBON (Reuters) - Portugal will send three more Leopard 2A6 tanks and 14 M113 armoured personnel "
         "carriers to Ukraine, the defence minister said on Friday.", True),
        ("Ukraine asks EU for faster delivery of promised shells",
         "BRUSSELS (Reuters) - Ukraine's defence minister asked EU counterparts on Tuesday to speed up deliveries "
         "of the artillery shells they had promised.", True),
        ("Le Portugal financera des drones pour l'Ukraine",
         "LISBONNE (AFP) - Le Portugal va financer l'achat de drones de reconnaissance pour les forces "
         "ukrainiennes, à hauteur de 100 millions d'euros.", True),
        ("Des pilotes ukrainiens formés aux Etats-Unis sur F-16",
         "WASHINGTON (AFP) - Un nouveau groupe de pilotes ukrainiens a terminé sa formation sur F-16 aux "
         "Etats-Unis, a indiqué le Pentagone.", True),
        ("Tschechien liefert Kiew weitere Kampfhubschrauber",
         "PRAG (dpa) - Tschechien hat der Ukraine weitere Mi-24-Kampfhubschrauber übergeben, teilte das "
         "Verteidigungsministerium mit.", True),
        ("Bundesregierung genehmigt Export von Gepard-Munition an die Ukraine",
         "BERLIN (dpa) - Die Bundesregierung hat die Ausfuhr von 300.000 Schuss Munition für den Flakpanzer Gepard "
         "an die Ukraine genehmigt.", True),
        ("NATO allies agree to provide 40 billion euros in weapons for Kyiv next year",
         "WASHINGTON (Reuters) - NATO members agreed to provide at least 40 billion euros of military aid to "
         "Ukraine next year, the alliance said.", True),
        ("Lettland und Großbritannien schicken Tausende Drohnen",
         "RIGA (dpa) - Die von Lettland und Großbritannien geführte Drohnenkoalition schickt der Ukraine in diesem "
         "Monat 10.000 weitere Drohnen.", True),
        ("Japan to lend Philippines $300 million for coast guard ships",
         "MANILA (Reuters) - Japan will lend the Philippines 300 million dollars to buy coast guard patrol boats, "
         "citing China's pressure in the South China Sea and the lessons of the war in Ukraine.", False),
        ("La Roumanie achète des chars Abrams pour son armée",
         "BUCAREST (AFP) - La Roumanie a signé l'achat de 54 chars Abrams pour renforcer son armée, depuis "
         "l'invasion de l'Ukraine par la Russie.", False),
        ("Deutschland fördert Ausbau von Windkraft in der Ukraine",
         "BERLIN (dpa) - Die Bundesregierung fördert den Bau von Windparks in der Ukraine mit 30 Millionen Euro, um "
         "die Stromversorgung nach russischen Angriffen zu sichern.", False),
        ("Ukraine's grain harvest seen falling 10%",
         "KYIV (Reuters) - Ukraine's grain harvest will fall by about 10% this year because of drought and "
         "fighting in the east, the agriculture ministry said.", False),
        # raised by the rules of this round's first commit: 'receive' counted anywhere in an article
        # that names Ukraine; it counts next to Ukraine since (the next test)
        ("Belarus receives more Russian Iskander missiles",
         "MINSK (Reuters) - Belarus has received more Iskander missile systems from Russia, its defence ministry "
         "said, as Moscow's war in Ukraine continues.", False),
        ("Estland kauft Himars für die eigene Armee",
         "TALLINN (dpa) - Estland hat weitere Raketenwerfer vom Typ Himars in den USA bestellt; der Krieg in der "
         "Ukraine habe gezeigt, wie wichtig Artillerie sei.", False),
        ("Ukrainian refugees in Poland get new work permits",
         "WARSAW (Reuters) - Poland will give Ukrainian refugees three-year work permits from January, the labour "
         "ministry said.", False),
        ("Zelensky thanks Vatican for help returning children",
         "VATICAN CITY (Reuters) - Volodymyr Zelensky thanked the Vatican for its help in returning Ukrainian "
         "children deported to Russia.", False),
        ("Kiev et Moscou échangent 300 prisonniers",
         "KIEV (AFP) - L'Ukraine et la Russie ont échangé 300 prisonniers chacune, a annoncé le président "
         "Volodymyr Zelensky, remerciant les Emirats arabes unis pour leur médiation.", False),
    ],
)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# English receiving ("receive", "get", "obtain") counts only next to Ukraine, like buying: a
# neighbour's army receiving its own tanks or Russia's missiles, in an article that names Ukraine
# elsewhere, is no aid.
@pytest.mark.parametrize(
    ("headline", "lead", "relevant"),
    [
        ("Hungary gets first Leopard 2A7 tanks",
         "BUDAPEST (Reuters) - Hungary's army received its first Leopard 2A7 tanks on Monday at a base 100 km from "
         "the border with Ukraine.", False),
        ("Ukraine's army has received the first Gripen jets", "", True),
        ("Kyiv receives more Patriot missiles", "", True),
    ],
)
def test_receiving_counts_next_to_ukraine(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
