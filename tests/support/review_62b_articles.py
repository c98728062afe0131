"""Review 62b's feed items (the second feed-item probe of the pledge reader, tests/pledges/test_review_62b.py, whose
docstring holds the brief, the labelling choices and the figures): 48 FEED ITEMS invented for the probe, 16 a
language, each a headline and an RSS summary as outlets publish them, each as (outlet kind, headline, summary,
records). Where review 62 (tests/support/review_62_articles.py) stressed the feed's wrapping (entities, "Lire la
suite", blog footers), this file stresses what the headline and a summary cut after one or two sentences share
between them: a pledge told only in the headline, or only half told below it; headlines with colons, quotes
(« », „“, "") and question marks; a headline's figure the summary does not repeat, and a summary restating the
headline beside a total; round-ups naming several donors in 400 characters; numbers written "1.000", "1 000",
"1,000", "1.5bn", "€1,5 Mrd.", "1,5 milliard", "2 Mrd. Euro", "$1.2B", "C$500M"; local names and abbreviations of
weapons (PzH, "Leo", LRU, MLRS, "Patriots", "les Rafale", Haubitze, obusier, Mehrfachraketenwerfer); financing
jargon (PDA, drawdown, USAI, PURL, EPF / FEP, Ertüchtigungsinitiative); regional outlets (Ouest-France-, La
Dépêche-, Süddeutsche-, NDR- and BR-like, Australian, Canadian, Indian, Gulf and Israeli English-language papers);
questions and denials. Two test modules read them: the pledge probe (the records) and the relevance probe,
tests/rules/test_review_62b.py (every one is aid news). No text, name or figure is taken from the real-article set;
every person is left unnamed or invented."""

from __future__ import annotations

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X  # noqa: F401

# (outlet kind, headline, summary, records), labelled by hand before the first run. The outlet kind names the
# shape the summary imitates, not a real outlet's text.

ENGLISH = [
    ("australian_paper", "Canberra adds $245 million to Ukraine package: 30 more Bushmasters on the way",
     "The federal government will send a further 30 Bushmaster protected mobility vehicles to Ukraine as part of a "
     "$245 million package announced on Sunday, bringing Australia's total military support to more than $1.5 "
     "billion. The vehicles will be shipped from Queensland once ...",
     {("AU", MONEY, P, 245000000), ("AU", ARMOUR, P, 30)}),
    ("canadian_paper", "Ottawa commits C$500M more to Ukraine, including drones",
     "Canada will provide an additional C$500M in military assistance to Ukraine this year, the defence minister "
     "told reporters in Halifax on Saturday. Part of the money will go toward buying drones and",
     {("CA", MONEY, P, 500000000), ("CA", "drones", P, None)}),
    ("canadian_regional", "Will Canada send its old CF-18s to Ukraine?",
     "Ottawa is looking at whether some of its ageing CF-18 fighter jets could be transferred to Ukraine once the "
     "first F-35s arrive at Cold Lake, a senior official told the paper, though no decision is expected before "
     "next year.",
     {("CA", "aircraft", X, None)}),
    ("indian_outlet", "US announces $1.2B in Ukraine aid under USAI; contracts to take years",
     "NEW DELHI/WASHINGTON: The United States on Friday announced $1.2B in long-term security assistance for "
     "Ukraine under the Ukraine Security Assistance Initiative (USAI), to buy interceptors for air defence from "
     "American manufacturers. Unlike drawdowns from Pentagon stocks, the weapons will take years to build, "
     "officials said. (With inputs from agencies)",
     {("US", AIR, M, 1200000000)}),
    ("gulf_outlet", "UK dismisses report it will send Typhoon jets to Kyiv",
     "LONDON: The British government on Tuesday dismissed a newspaper report that it was preparing to send "
     "Eurofighter Typhoon jets to Ukraine, with a spokesman saying there were \"no such plans\". The report, "
     "citing unnamed defence sources, had said that",
     {("GB", "aircraft", R, None)}),
    ("weekly_roundup", "Ukraine aid this week: Norway, Estonia, the Netherlands, Croatia",
     "Our weekly round-up of military aid to Ukraine, sent every Saturday morning. Norway pledged 1.5bn kroner "
     "for air defence on Monday, its minister telling reporters in Oslo that winter would be \"the hardest yet\". "
     "Estonia said on Tuesday it would send a further batch of 155mm shells, without saying how many. The "
     "Netherlands put €250m into NATO's PURL scheme to buy US-made interceptors for Kyiv, the Dutch defence "
     "ministry said on Wednesday. And Croatia handed over six Mi-8 helicopters, its defence ministry said on "
     "Friday, after months of haggling over replacements for its own fleet. Next week: the contact group meets "
     "in Brussels. Forwarded this newsletter? Sign up here.",
     {("NO", AIR, P, 1500000000), ("EE", AMMO, P, None), ("NL", AIR, P, 250000000),
      ("HR", "aircraft", D, 6)}),
    ("uk_paper", "UK pledges £1.5bn for 5,000 air defence missiles for Ukraine",
     "Ukraine will receive thousands of lightweight multirole missiles made in Belfast under a deal announced by "
     "the Defence Secretary on Sunday, ahead of a meeting of European leaders in London. The missiles are used "
     "against drones and",
     {("GB", AIR, P, 5000)}),
    ("defence_trade", "Pentagon's new PDA: $250M drawdown includes HIMARS rockets, Bradleys",
     "The U.S. will draw $250 million in weapons from its own stocks for Ukraine under Presidential Drawdown "
     "Authority, including rockets for HIMARS launchers and more Bradley fighting vehicles, the State Department "
     "said on Thursday. It is the administration's ...",
     {("US", MONEY, P, 250000000), ("US", AMMO, P, None), ("US", ARMOUR, P, None)}),
    ("nordic_english", "Sweden, Finland and Denmark jointly fund $500M PURL package for Kyiv",
     "STOCKHOLM - Sweden, Finland and Denmark will jointly pay for a $500 million package of American weapons for "
     "Ukraine through NATO's PURL mechanism, the three defence ministers said in a joint statement on Wednesday. "
     "The package includes Patriot interceptors and ammunition for HIMARS.",
     {("SE", MONEY, P, None), ("FI", MONEY, P, None), ("DK", MONEY, P, None),
      ("SE", AIR, P, None), ("FI", AIR, P, None), ("DK", AIR, P, None),
      ("SE", AMMO, P, None), ("FI", AMMO, P, None), ("DK", AMMO, P, None)}),
    ("wire_short", "Croatia to hand Ukraine 30 more M-84 tanks, PM says",
     "ZAGREB (Wire) - Croatia's prime minister said on Friday his government had agreed a new package with Kyiv.",
     {("HR", "tanks", P, 30)}),
    ("baltic_english", "Latvia: \"Every drone counts\" as Riga ships 2,500 more to Ukraine",
     "Latvia has sent another 2,500 FPV drones to Ukraine, part of the drone coalition it co-leads with Britain, "
     "the defence ministry in Riga said on Wednesday. \"Every drone counts,\" the minister said, adding that "
     "Latvian firms would",
     {("LV", "drones", D, 2500)}),
    ("brussels_portal", "EU to channel €1.5bn from Russian assets' windfall to Kyiv's defence via EPF",
     "BRUSSELS - The European Union will transfer €1.5bn, the first tranche of windfall profits from immobilised "
     "Russian central bank assets, to be spent through the European Peace Facility on air defence and artillery "
     "ammunition for Ukraine, the Commission said on Monday.",
     {("EU", MONEY, P, 1500000000), ("EU", AIR, P, None), ("EU", AMMO, P, None)}),
    ("balkan_english", "Montenegro to send Ukraine mortar shells, 1,000 rifles",
     "PODGORICA - Montenegro's government on Thursday approved the donation of 120mm mortar shells and 1,000 "
     "assault rifles from army surplus to Ukraine, the defence ministry said. The shipment will go through a "
     "NATO hub in Poland, it added.",
     {("ME", AMMO, P, None), ("ME", ARMS, P, 1000)}),
    ("german_broadcaster_en", "Germany, Netherlands to provide two more 'Patriots' for Ukraine",
     "Germany and the Netherlands will jointly provide two more Patriot air defense units to Ukraine, the German "
     "Defense Ministry said on Monday. Berlin will supply the launchers and radar while the Dutch pay for the "
     "missiles, it said, without giving a delivery date.",
     {("DE", AIR, P, None), ("NL", AIR, P, None)}),
    ("us_public_radio", "Leopard 1 tanks from Germany and Denmark reach Ukraine's front line",
     "The first Leopard 1A5 tanks refurbished with German and Danish money have reached Ukrainian units in the "
     "east, a brigade commander told reporters. The tanks, decades old, are being used as mobile artillery "
     "behind the front. Germany and Denmark announced the joint purchase",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("israeli_english", "Israel again turns down Kyiv's request for Iron Dome batteries",
     "JERUSALEM - Israel has again turned down a Ukrainian request for Iron Dome air defense batteries, officials "
     "said on Sunday, citing the needs of its own forces on several fronts. Jerusalem has so far limited its help "
     "to humanitarian aid and",
     {("IL", AIR, R, None)}),
]

FRENCH = [
    ("regional_ouest", "Cherbourg : deux vedettes construites dans la Manche remises à la marine ukrainienne",
     "Deux vedettes de patrouille côtière construites à Cherbourg ont été remises jeudi à la marine ukrainienne, "
     "lors d'une cérémonie en présence de l'ambassadeur d'Ukraine. Financées par la France au titre de l'aide "
     "militaire, elles rejoindront Odessa par",
     {("FR", "other", D, 2)}),
    ("regional_sud_ouest", "Tarn : 400 soldats ukrainiens formés au camp du Causse",
     "Pendant six semaines, ils ont appris à manier le fusil d'assaut, à poser des mines et à soigner sous le feu. "
     "Discrètement, l'armée de Terre a accueilli cet automne des recrues venues d'Ukraine sur le camp militaire, "
     "à quelques kilomètres de",
     {("FR", "training", D, 400)}),
    ("news_site_fr", "Les Rafale pour l'Ukraine ? « Pas à l'ordre du jour », répond le ministère",
     "Le ministère des Armées a jugé mardi « pas à l'ordre du jour » la cession d'avions de combat Rafale à "
     "l'Ukraine, après les déclarations d'un député de la majorité. La priorité reste la défense aérienne, "
     "a-t-on ajouté dans l'entourage du ministre.",
     {("FR", "aircraft", R, None)}),
    ("belgian_paper", "La Belgique débloque 1 milliard d'euros pour Kiev en 2025",
     "Le gouvernement fédéral a approuvé vendredi une enveloppe d'un milliard d'euros d'aide militaire à "
     "l'Ukraine pour cette année, dont 150 millions pour des drones, portant à 3,5 milliards le total de l'aide "
     "belge depuis 2022. Le ministre de la Défense ...",
     {("BE", MONEY, P, 1000000000), ("BE", "drones", P, None)}),
    ("defence_blog_fr", "Des LRU pour Kiev : Paris cède deux lance-roquettes unitaires",
     "La France va céder deux lance-roquettes unitaires (LRU) à l'Ukraine, a confirmé l'état-major, un geste "
     "modeste mais symbolique : l'armée de Terre n'en compte qu'une poignée en service. Les roquettes seront "
     "prélevées sur",
     {("FR", "artillery", P, 2)}),
    ("europe_portal_fr", "FEP : les Vingt-Sept débloquent 5 milliards d'euros pour armer Kiev",
     "Les ministres des Affaires étrangères de l'UE ont approuvé lundi une enveloppe de 5 milliards d'euros au sein "
     "de la Facilité européenne pour la paix (FEP) pour financer des livraisons d'armes et de munitions à "
     "l'Ukraine cette année, après des mois de blocage par Budapest.",
     # (relabelled at stop 63: "des livraisons d'armes et de munitions" is the stock phrase for arms in general,
     # an umbrella, category other, by item_words' convention, and money for several kinds or arms in general is
     # the payer's funding alone; was EU funding and EU ammunition pledged)
     {("EU", MONEY, P, 5000000000)}),
    ("swiss_broadcaster_fr", "Les Pays-Bas ajoutent 1,5 milliard d'euros d'aide militaire pour Kiev",
     "La Haye va consacrer 1,5 milliard d'euros supplémentaires à l'aide militaire à l'Ukraine l'an prochain, "
     "dont une partie pour des drones et des munitions, a annoncé mercredi le ministre néerlandais de la "
     "Défense devant les députés.",
     {("NL", MONEY, P, 1500000000), ("NL", "drones", P, None), ("NL", AMMO, P, None)}),
    ("broadcaster_info_fr", "Rome dément l'envoi d'un troisième SAMP/T à l'Ukraine",
     "Le ministère italien de la Défense a démenti mardi les informations de presse selon lesquelles l'Italie "
     "s'apprêterait à livrer un troisième système antiaérien SAMP/T à l'Ukraine. « Aucune décision n'a été "
     "prise », a précisé un porte-parole.",
     {("IT", AIR, X, None)}),
    ("newsletter_fr", "Aide à l'Ukraine : ce qu'il faut retenir de la semaine",
     "Lundi, la Suède a promis 18 obusiers automoteurs Archer supplémentaires. Mercredi, l'Estonie a annoncé "
     "l'envoi de 1 000 mines antichars. Jeudi, l'Espagne a livré un nouveau lot de missiles pour ses batteries "
     "Patriot déployées en Ukraine. Le point complet dans notre lettre du dimanche.",
     {("SE", "artillery", P, 18), ("EE", AMMO, P, 1000), ("ES", AIR, D, None)}),
    ("afp_repost_fr", "L'Islande va financer 30 000 obus pour l'Ukraine",
     "REYKJAVIK (AFP) – Petit pays sans armée, l'Islande n'en joue pas moins sa partition dans le soutien à Kiev. "
     "Le gouvernement a confirmé vendredi sa participation à l'initiative tchèque, aux côtés de",
     {("IS", AMMO, P, 30000)}),
    ("broadcaster_tv_fr", "« Une étape historique » : les premiers Mirage français sont en Ukraine",
     "Les premiers avions de combat Mirage 2000-5F cédés par la France sont arrivés en Ukraine, a annoncé jeudi le "
     "ministre des Armées, saluant « une étape historique ». Leur nombre n'a pas été précisé pour des raisons "
     "de sécurité.",
     {("FR", "aircraft", D, None)}),
    ("economic_paper_fr", "Caesar : la DGA commande douze obusiers pour l'Ukraine",
     "La Direction générale de l'armement (DGA) a notifié à KNDS France une commande de douze obusiers Caesar "
     "destinés à l'Ukraine, financés par les intérêts des avoirs russes gelés, a annoncé mardi le ministère des "
     "Armées. Les premiers exemplaires sortiront de l'usine de Bourges ...",
     {("FR", "artillery", M, 12)}),
    ("canadian_fr", "Le Canada enverra-t-il ses derniers Leopard 2A4 à l'Ukraine ?",
     "Ottawa examine la possibilité de céder à l'Ukraine les derniers chars Leopard 2A4 de l'armée canadienne, "
     "selon des sources gouvernementales. Aucune décision n'est attendue avant l'été, et les Forces armées "
     "canadiennes",
     {("CA", "tanks", X, None)}),
    ("paper_rss_fr", "Londres promet 100 000 drones à l'Ukraine d'ici avril",
     "Le Royaume-Uni fournira 100 000 drones à l'Ukraine d'ici avril, soit dix fois plus que l'an dernier, pour un "
     "coût de 350 millions de livres, a annoncé mardi le ministre britannique de la Défense lors d'une visite "
     "à Odessa.",
     {("GB", "drones", P, 100000)}),
    ("belgian_broadcaster", "Des Taurus pour Kiev ? Le chancelier allemand refuse de trancher",
     "Interrogé dimanche soir à la télévision publique, le chancelier allemand a refusé de dire si Berlin "
     "livrerait finalement des missiles de croisière Taurus à Kiev, estimant qu'il ne fallait pas « dévoiler "
     "ses cartes » à Moscou.",
     {("DE", "missiles", X, None)}),
    ("quebec_paper", "Washington annonce 425 millions de dollars d'armes prélevées sur ses stocks",
     "Les États-Unis vont fournir à l'Ukraine pour 425 millions de dollars d'armes prélevées sur les stocks du "
     "Pentagone, dont des missiles pour les systèmes antiaériens NASAMS et des véhicules blindés Stryker, a "
     "annoncé vendredi le département d'État.",
     {("US", MONEY, P, 425000000), ("US", AIR, P, None), ("US", ARMOUR, P, None)}),
]

GERMAN = [
    ("sueddeutsche_like", "„Taurus für Kiew?“ – Berlin sagt erneut Nein",
     "Die Bundesregierung bleibt bei ihrer Linie: Marschflugkörper vom Typ Taurus wird Deutschland der Ukraine "
     "auch weiterhin nicht liefern. Das machte ein Regierungssprecher am Mittwoch in Berlin deutlich. Die "
     "Opposition",
     {("DE", "missiles", R, None)}),
    ("ndr_like", "Unterlüß: Bund bestellt 100.000 Granaten für die Ukraine",
     "In Unterlüß im Landkreis Celle hat Rheinmetall mit der Serienfertigung von 155-Millimeter-Granaten "
     "begonnen. Die Bundesregierung hat dort 100.000 Granaten für die Ukraine bestellt, die ersten sollen "
     "noch in diesem Jahr ausgeliefert werden. Mehr dazu bei NDR 1 Niedersachsen.",
     {("DE", AMMO, M, 100000)}),
    ("br_like", "Grafenwöhr: US-Armee bildet Ukrainer am Bradley aus",
     "Auf dem Truppenübungsplatz Grafenwöhr in der Oberpfalz bildet die US-Armee derzeit mehrere hundert "
     "ukrainische Soldaten aus – an Schützenpanzern vom Typ Bradley und im Häuserkampf. Die Ausbildung dauert "
     "acht Wochen.",
     {("US", "training", D, None)}),
    ("public_broadcaster_de", "Weitere 25 „Leos“ für Kiew: Bund zahlt Instandsetzung",
     "Die Ukraine soll in diesem Jahr weitere 25 Kampfpanzer vom Typ Leopard 1A5 erhalten. Die Bundesregierung "
     "finanziert die Instandsetzung der ausgemusterten Fahrzeuge bei der Industrie, wie das "
     "Verteidigungsministerium in Berlin mitteilte.",
     {("DE", "tanks", P, 25)}),
    ("parliament_news_de", "Ertüchtigungsinitiative: Haushälter geben 2 Mrd. Euro mehr für die Ukraine frei",
     "Der Haushaltsausschuss hat die Mittel der Ertüchtigungsinitiative, aus der vor allem die Militärhilfe für "
     "die Ukraine bezahlt wird, um 2 Mrd. Euro auf nun 8 Mrd. Euro im kommenden Jahr aufgestockt. Damit sollen "
     "unter anderem weitere PzH 2000 und Munition beschafft werden.",
     # (relabelled at stop 63: "Munition" right after one system with a bare "und" is that system's, round 14's
     # convention (tests/pledges/test_pledges_wire_18.py); was DE artillery and DE ammunition pledged)
     {("DE", MONEY, P, 2000000000), ("DE", "artillery", P, None)}),
    ("austrian_broadcaster", "Großbritannien schickt drei weitere Mehrfachraketenwerfer",
     "Großbritannien liefert der Ukraine drei weitere Mehrfachraketenwerfer vom Typ M270 sowie Munition. Das "
     "kündigte das Verteidigungsministerium in London am Dienstag an. Die Systeme stammen aus Beständen der "
     "britischen Armee.",
     {("GB", "artillery", P, 3), ("GB", AMMO, P, None)}),
    ("agency_de", "Polen dementiert Bericht über Abgabe letzter MiG-29",
     "Das polnische Verteidigungsministerium hat einen Medienbericht dementiert, wonach Warschau der Ukraine seine "
     "letzten Kampfjets vom Typ MiG-29 überlassen werde. „Solche Pläne gibt es nicht“, sagte ein Sprecher am "
     "Montag.",
     {("PL", "aircraft", R, None)}),
    ("paper_de", "Spanien: €1,5 Mrd. Militärhilfe für 2026 – auch Leopard-Ersatzteile",
     "Madrid will der Ukraine im kommenden Jahr Militärhilfe im Umfang von 1,5 Milliarden Euro leisten. Darunter "
     "seien Ersatzteile für die bereits gelieferten Leopard-Panzer sowie Flugabwehrraketen, sagte die spanische "
     "Verteidigungsministerin in Madrid.",
     {("ES", MONEY, P, 1500000000), ("ES", "other", P, None), ("ES", AIR, P, None)}),
    ("nrw_paper", "Weitere Patriots für die Ukraine? Berlin prüft Abgabe aus Bundeswehrbeständen",
     "Die Bundesregierung prüft, ob die Bundeswehr ein weiteres Patriot-System an die Ukraine abgeben kann. Eine "
     "Entscheidung sei noch nicht gefallen, hieß es aus dem Verteidigungsministerium.",
     {("DE", AIR, X, None)}),
    ("newsletter_de", "Militärhilfe-Wochenüberblick: Finnland, Lettland, Niederlande, Kroatien",
     "Was diese Woche für die Ukraine zugesagt und geliefert wurde – der Überblick. Montag: Finnland kündigt sein "
     "27. Hilfspaket an, unter anderem mit Artilleriemunition; den Wert nennt Helsinki wie üblich nicht. "
     "Dienstag: Lettland übergibt der Ukraine 1.000 Drohnen aus heimischer Produktion. Mittwoch: Die Niederlande "
     "stellen 400 Mio. Euro für Flugabwehr bereit. Freitag: Kroatien sagt zwei Hubschrauber vom Typ Mi-8 zu. "
     "Nächste Woche trifft sich die Kontaktgruppe in Brüssel.",
     {("FI", AMMO, P, None), ("LV", "drones", D, 1000), ("NL", AIR, P, 400000000), ("HR", "aircraft", P, 2)}),
    ("wire_de_short", "Slowenien gibt 20 Schützenpanzer an Kiew ab",
     "Ljubljana. Die slowenische Regierung hat sich am Donnerstag auf ein neues Hilfspaket verständigt.",
     {("SI", ARMOUR, P, 20)}),
    ("defence_magazine_de", "Radhaubitze RCH 155: Erste zwei Systeme an die Ukraine übergeben",
     "Die ersten beiden Radhaubitzen vom Typ RCH 155 sind an die ukrainischen Streitkräfte übergeben worden. Das "
     "bestätigte der Hersteller KNDS Deutschland in München. Bezahlt hat die Geschütze die Bundesregierung.",
     {("DE", "artillery", D, 2)}),
    ("business_paper_de", "PURL: Deutschland zahlt 500 Millionen Dollar für US-Abfangraketen",
     "Deutschland beteiligt sich mit 500 Millionen Dollar an der Nato-Initiative PURL, über die europäische "
     "Staaten Waffen aus US-Beständen für die Ukraine kaufen. Mit dem Geld werden Patriot-Abfangraketen "
     "gekauft, teilte das Finanzministerium mit.",
     {("DE", AIR, P, 500000000)}),
    ("dpa_regional", "Lettland hat 1.000 ukrainische Soldaten ausgebildet",
     "Riga. Lettland hat seit Jahresbeginn rund 1.000 ukrainische Soldaten ausgebildet, vor allem in "
     "Minenräumung und Sanitätsdienst. Das teilte die lettische Armee am Freitag mit. Die Ausbildung soll im "
     "kommenden Jahr fortgesetzt",
     {("LV", "training", D, 1000)}),
    ("swiss_broadcaster_de", "Ukraine-Hilfe: Wer Kiew dieses Jahr am meisten gegeben hat",
     "Laut einer Auswertung des Instituts für Weltwirtschaft haben die USA, Deutschland und Großbritannien der "
     "Ukraine im laufenden Jahr die meiste Militärhilfe zugesagt. Deutschland liegt mit rund 11 Mrd. Euro auf "
     "Platz zwei, die Schweiz taucht in der Rangliste nicht auf.",
     set()),
    ("finance_site_de", "USA billigen möglichen Verkauf von Flugabwehrraketen an Ukraine für 1,2 Mrd. Dollar",
     "Washington (Agentur) - Das US-Außenministerium hat den möglichen Verkauf von Flugabwehrraketen und "
     "Zubehör im Wert von rund 1,2 Milliarden Dollar an die Ukraine genehmigt. Bezahlt werden soll das Geschäft "
     "mit Mitteln europäischer Partner. Die Aktie des",
     {("US", AIR, X, 1200000000)}),
]
