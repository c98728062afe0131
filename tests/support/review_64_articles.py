"""Review 64's feed items (the fourth feed-item probe of the pledge reader, tests/pledges/test_review_64.py, whose
docstring holds the brief, the labelling choices and the figures): 48 FEED ITEMS invented for the probe, 16 a
language, each a headline and an RSS summary, each as (outlet kind, headline, summary, records). Where reviews 62,
62b and 63 stressed the feed's wrapping, notations, jargon, trade press and comment, this file stresses: the
recipient's voice (Ukraine's ministry, president and commander-in-chief telling what Ukraine received, expects or
thanks a donor for, the donor only in a prepositional phrase or a thank-you, or no donor at all); parliaments and
budgets (votes that approve or block aid, next year's budget lines, aid caught in a government crisis, a court on an
export); long summaries (600-1,200 characters) with several donors and mixed statuses; running totals beside a new
pledge, numbered packages and currency conversions in brackets; loans and assets (the G7's ERA loans, windfall
profits, the Danish model, co-production and joint ventures, licences); Russian claims about donated kit, sabotage
around deliveries, deliveries halted and resumed; Belgian, Swiss, Canadian, Polish, Czech, Nordic, Baltic, Austrian
and Asian outlets. Two test modules read them: the pledge probe (the records) and the relevance probe,
tests/rules/test_review_64.py (every one is aid news). No text, name or figure is taken from the real-article set;
every person is left unnamed."""

from __future__ import annotations

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X  # noqa: F401

# (outlet kind, headline, summary, records), labelled by hand before the first run. The outlet kind names the
# shape the summary imitates, not a real outlet's text.

ENGLISH = [
    ("ukraine_defence_ministry", "Ukraine receives first Gripen fighter jets from Sweden",
     "KYIV — Ukraine has received its first four JAS 39 Gripen C fighter jets from Sweden, the Ukrainian Ministry "
     "of Defence said on Friday, in a monthly summary of what partners had sent. Kyiv expects a further ten "
     "aircraft by the end of 2026, the ministry added, without saying where the jets are based. Over the same "
     "month, Ukrainian units took delivery of 12 Leopard 2A4 tanks from Spain and of a first battery of Skyranger "
     "anti-aircraft guns paid for by Germany. Belgium's promised F-16s have not yet arrived, the ministry said, "
     "and talks with Greece on older Mirage jets are continuing. Ukraine thanked Portugal for 20 more "
     "reconnaissance drones.",
     {("SE", "aircraft", D, 4), ("SE", "aircraft", X, 10), ("ES", "tanks", D, 12), ("DE", AIR, D, None),
      ("BE", "aircraft", P, None), ("GR", "aircraft", X, None), ("PT", "drones", D, 20)}),
    ("presidential_office", "President thanks Norway for two more NASAMS units",
     "Ukraine's president thanked Norway on Tuesday for two additional NASAMS fire units that arrived this week, "
     "saying in his evening address that they would protect \"our cities and our power plants\" through the "
     "winter. His office said the units were already on combat duty.",
     {("NO", AIR, D, 2)}),
    ("commander_in_chief_passive", "Fresh batch of artillery shells reaches eastern brigades, army chief says",
     "A new batch of 155mm artillery shells has been delivered to brigades fighting in the east, Ukraine's "
     "commander-in-chief said on Monday, without saying where the rounds came from or how many there were. \"We "
     "are grateful to everyone who stands with us,\" he wrote on Telegram.",
     set()),
    ("us_house_vote", "House passes $48 billion Ukraine aid package, sending it to the Senate",
     "WASHINGTON — The House of Representatives on Saturday passed a $48 billion military aid package for Ukraine "
     "by 298 votes to 121, ending months of deadlock. The bill, which the Senate is expected to take up next week, "
     "includes money for air defence interceptors and artillery rounds.",
     {("US", MONEY, P, 48000000000), ("US", AIR, P, None), ("US", AMMO, P, None)}),
    ("us_senate_block", "Senate Republicans block $20 billion Ukraine bill in procedural vote",
     "WASHINGTON (AP) — A $20 billion bill to fund weapons for Ukraine stalled in the Senate on Wednesday when it "
     "fell short of the 60 votes needed to open debate, 54 to 46. Supporters said they would try again before the "
     "holiday recess.",
     {("US", MONEY, X, 20000000000)}),
    ("wire_long_multi_donor", "Allies step up air defence for Ukraine: Germany delivers, Canada pledges, Spain weighs",
     "BRUSSELS, Oct 14 (Reuters) - Germany said on Tuesday that another IRIS-T SLM air defence system had arrived "
     "in Ukraine last week, the sixth it has sent, as defence ministers gathered at NATO headquarters to discuss "
     "Kyiv's needs before the winter. Canada pledged C$500 million (about US$360 million) to buy air defence "
     "missiles for Ukraine, its defence minister told reporters on arrival. Spain is considering sending more Hawk "
     "launchers from its stocks but has not decided, a Spanish official said, speaking on condition of anonymity. "
     "Hungary's foreign minister repeated that Budapest would not send weapons to Ukraine and would not let arms "
     "for Kyiv cross its territory. The meeting ended without a joint statement.",
     {("DE", AIR, D, None), ("CA", AIR, P, 500000000), ("ES", AIR, X, None), ("HU", "other", R, None)}),
    ("dutch_outlet_running_total", "Netherlands unveils its 21st aid package for Ukraine",
     "The Netherlands will send Ukraine its 21st military aid package, worth €310 million ($335 million), "
     "including 5,000 FPV drones and air defence radars, the defence minister announced in The Hague on Thursday. "
     "The package brings total Dutch military support since 2022 to €6.8 billion.",
     # (relabelled by fix64b: radars told only by what they serve, "air defence radars", stay other under the lead's
     # ruling on radars of stop 63, docs/reading-pledges.md; only a radar of a named air-defence system is air defence)
     {("NL", MONEY, P, 310000000), ("NL", "drones", P, 5000), ("NL", "other", P, None)}),
    ("canadian_outlet_era_loan", "Canada transfers its share of G7 loan backed by Russian assets",
     "OTTAWA — Canada has transferred C$2.5 billion to Ukraine, its share of the G7's Extraordinary Revenue "
     "Acceleration loans, which are to be repaid from the profits of immobilised Russian central bank assets, the "
     "finance department said on Monday. Ottawa said Kyiv would use the money for its defence needs.",
     {("CA", MONEY, D, 2500000000)}),
    ("belgian_outlet_windfall", "EU sends second €1.4bn tranche of Russian-asset windfall profits to arm Ukraine",
     "BRUSSELS - The European Union has transferred a second tranche of €1.4 billion, drawn from the windfall "
     "profits of immobilised Russian central bank assets held in Belgium, to buy air defence systems and artillery "
     "ammunition for Ukraine, the European Commission said on Wednesday.",
     {("EU", MONEY, D, 1400000000), ("EU", AIR, P, None), ("EU", AMMO, P, None)}),
    ("nordic_outlet_danish_model", "Sweden to pay for Ukrainian-built howitzers under 'Danish model'",
     "STOCKHOLM — Sweden will pay for 18 Bohdana self-propelled howitzers built by Ukrainian manufacturers, the "
     "government said on Thursday, following the model Denmark pioneered in 2024. Stockholm will also send six "
     "Archer artillery systems from its own army's stocks early next year.",
     {("SE", "artillery", M, 18), ("SE", "artillery", P, 6)}),
    ("czech_outlet_joint_venture", "Czech and Ukrainian makers form joint venture to produce shells in Ukraine",
     "PRAGUE — A Czech ammunition maker and a Ukrainian state-owned company have set up a joint venture to produce "
     "155mm shells in western Ukraine from next year, the Czech defence ministry said. The Czech government will "
     "finance the first 100,000 rounds made at the new plant.",
     {("CZ", AMMO, M, 100000)}),
    ("polish_outlet_halt_resume", "Poland resumes weapons deliveries to Ukraine after rail sabotage",
     "WARSAW — Poland has resumed weapons deliveries to Ukraine through its logistics hub near Rzeszów, halted for "
     "three days after investigators found explosives under a rail line, the interior minister said on Sunday. "
     "Two men suspected of working for Russian military intelligence were detained.",
     {("PL", "other", D, None)}),
    ("korean_outlet", "Seoul rules out lethal aid to Ukraine, will send demining equipment",
     "SEOUL, Dec 2 - South Korea will not supply lethal weapons to Ukraine, a presidential "
     "spokesperson said on Tuesday, but will send 40 demining machines and protective gear to Kyiv early next "
     "year.",
     {("KR", "other", R, None), ("KR", "other", P, 40)}),
    ("australian_outlet", "Australia commits A$150 million more in military aid to Ukraine",
     "CANBERRA — Australia will give Ukraine a further A$150 million (about US$98 million) in military assistance, "
     "including 30 more Bushmaster protected mobility vehicles, the defence minister said on Monday, bringing "
     "Australia's total support to more than A$1.5 billion since 2022.",
     {("AU", MONEY, P, 150000000), ("AU", ARMOUR, P, 30)}),
    ("swiss_outlet_court", "Swiss court upholds ban on re-export of Gepard ammunition to Ukraine",
     "BERN — Switzerland's Federal Administrative Court on Thursday dismissed an appeal by a German arms maker "
     "against the government's refusal to let it re-export 12,000 rounds of Swiss-made ammunition for Gepard "
     "anti-aircraft guns to Ukraine, citing the country's neutrality law.",
     {("CH", AMMO, R, 12000)}),
    ("baltic_outlet_budget", "Lithuanian parliament sets aside €200 million for Ukraine's military in 2026 budget",
     "VILNIUS — Lithuania's Seimas on Tuesday approved next year's state budget, which sets aside €200 million for "
     "military aid to Ukraine, including drones and ammunition, the finance ministry said. The vote was 82 to 31. "
     "In neighbouring Latvia, the government's budget draft, which parliament will debate next week, keeps Riga's "
     "pledge of 0.25% of GDP for Ukraine's defence, about €100 million, while Estonia's coalition is still "
     "arguing over whether to cut its contribution to the Czech ammunition initiative. Tallinn has handed over "
     "all 18 howitzers it promised for this year, its defence ministry said on Monday.",
     {("LT", MONEY, P, 200000000), ("LT", "drones", P, None), ("LT", AMMO, P, None), ("LV", MONEY, P, 100000000),
      ("EE", AMMO, X, None), ("EE", "artillery", D, 18)}),
]

FRENCH = [
    ("ministere_ukrainien", "L'Ukraine a reçu six canons CAESAR financés par la Belgique",
     "L'Ukraine a reçu six canons automoteurs CAESAR achetés pour elle par la Belgique, a annoncé jeudi le "
     "ministère ukrainien de la Défense, qui a remercié Bruxelles pour « un soutien constant ». Les pièces ont déjà "
     "rejoint une brigade d'artillerie dans le sud du pays. Le ministère dit aussi attendre d'ici mars les 40 "
     "véhicules blindés promis par les Pays-Bas, et a remercié la Norvège pour le financement de 2 000 drones "
     "fabriqués par des entreprises ukrainiennes. En revanche, la Slovaquie a fait savoir qu'elle ne céderait pas "
     "ses derniers lance-roquettes RM-70, dont son armée a besoin, tandis que la Roumanie examine l'envoi d'un "
     "second système Patriot.",
     {("BE", "artillery", D, 6), ("NL", ARMOUR, P, 40), ("NO", "drones", M, 2000), ("SK", "artillery", R, None),
      ("RO", AIR, X, None)}),
    ("presidence_remerciements", "Le président ukrainien remercie le Luxembourg pour ses drones",
     "Le président ukrainien a remercié mardi le Luxembourg pour les drones de reconnaissance livrés ce mois-ci, "
     "lors d'un entretien téléphonique avec le Premier ministre luxembourgeois. Les deux dirigeants ont aussi "
     "évoqué la reconstruction du réseau électrique.",
     {("LU", "drones", D, None)}),
    ("commandant_en_chef_attente", "Kiev dit attendre des missiles à longue portée d'ici l'été",
     "L'Ukraine s'attend à recevoir de nouveaux missiles de croisière à longue portée d'ici l'été, a déclaré "
     "dimanche le commandant en chef des forces armées ukrainiennes, sans préciser leur provenance ni leur nombre. "
     "« Nos partenaires savent ce dont nous avons besoin », a-t-il ajouté.",
     set()),
    ("parlement_budget", "Le Parlement adopte un budget des armées prévoyant 3 milliards d'euros pour l'Ukraine",
     "Le Parlement a définitivement adopté jeudi le budget des armées pour 2026, qui prévoit une enveloppe de "
     "3 milliards d'euros d'aide militaire à l'Ukraine, contre 2,1 milliards cette année. Le texte a été voté par "
     "312 voix contre 201 à l'Assemblée nationale.",
     {("FR", MONEY, P, 3000000000)}),
    ("belge_crise_gouvernementale", "Crise politique : la livraison des F-16 belges à l'Ukraine suspendue",
     "BRUXELLES - La livraison des F-16 promis par la Belgique à l'Ukraine est suspendue jusqu'à la formation "
     "d'un nouveau gouvernement, a confirmé lundi le ministère de la Défense. Le gouvernement en affaires "
     "courantes ne peut engager de nouvelles dépenses, et le contrat d'entretien des appareils doit être "
     "renégocié.",
     # (relabelled by the lead, stop 64: a halt in force when the item is written is a refusal for now, even with its end
     # named or its resumption promised, as rounds 43 and 48 label "suspended ... pending a review"; docs/reading-pledges.md)
     {("BE", "aircraft", R, None)}),
    ("quotidien_long_plusieurs_donateurs", "Défense aérienne : Paris livre, Rome promet, Madrid hésite, Vienne refuse",
     "La France a livré à l'Ukraine un second système de défense aérienne SAMP/T, a annoncé mardi le ministère des "
     "Armées, quelques heures avant une réunion des ministres de la Défense de l'Otan à Bruxelles. L'Italie s'est "
     "engagée à fournir une centaine de missiles Aster supplémentaires au printemps, selon un communiqué du "
     "ministère italien. L'Espagne étudie l'envoi de batteries Hawk prélevées sur ses stocks, mais « aucune "
     "décision n'a été prise », a indiqué une source diplomatique. L'Autriche, neutre, a redit qu'elle ne livrerait "
     "pas d'armes. Depuis 2022, la France a fourni au total pour quelque 4,5 milliards d'euros d'équipements "
     "militaires à Kiev, selon le ministère.",
     {("FR", AIR, D, None), ("IT", AIR, P, 100), ("ES", AIR, X, None), ("AT", "other", R, None)}),
    ("agence_paquet_numerote", "La Suède annonce son 20e paquet d'aide militaire à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède a annoncé lundi son 20e paquet d'aide militaire à l'Ukraine, d'un montant de "
     "13,5 milliards de couronnes (environ 1,2 milliard d'euros), comprenant des drones et des munitions "
     "d'artillerie, portant le montant total de l'aide militaire suédoise à plus de 100 milliards de couronnes.",
     {("SE", MONEY, P, 13500000000), ("SE", "drones", P, None), ("SE", AMMO, P, None)}),
    ("economie_pret_g7", "Prêt du G7 : l'UE verse à Kiev 3 milliards d'euros adossés aux avoirs russes",
     "L'Union européenne a versé mardi à l'Ukraine une tranche de 3 milliards d'euros de sa part du prêt du G7, "
     "remboursé par les revenus des avoirs russes immobilisés, a annoncé la Commission. Kiev pourra consacrer ces "
     "fonds à ses dépenses militaires, précise Bruxelles.",
     {("EU", MONEY, D, 3000000000)}),
    ("nordique_modele_danois", "La Norvège finance des drones fabriqués en Ukraine",
     "OSLO - La Norvège a versé 600 millions de couronnes (environ 51 millions d'euros) à des fabricants ukrainiens "
     "pour produire des drones d'attaque destinés à l'armée ukrainienne, selon le « modèle danois », a indiqué "
     "mercredi le ministère norvégien de la Défense.",
     {("NO", "drones", M, 600000000)}),
    ("coentreprise", "Une coentreprise franco-ukrainienne va produire des drones en Ukraine",
     "Un industriel français et un fabricant ukrainien ont créé une coentreprise qui produira des drones "
     "intercepteurs en Ukraine à partir de 2026. L'État français financera la première commande à hauteur de "
     "100 millions d'euros, a précisé le ministère des Armées.",
     {("FR", "drones", M, 100000000)}),
    ("revendication_russe_et_promesse", "Moscou dit avoir abattu un Mirage ; Paris promet d'autres avions à Kiev",
     "Le ministère russe de la Défense a affirmé samedi avoir abattu un Mirage 2000 livré par la France au-dessus "
     "de la région de Zaporijjia, une affirmation invérifiable. Paris a répondu en promettant de livrer de "
     "nouveaux Mirage à l'Ukraine au premier semestre.",
     {("FR", "aircraft", P, None)}),
    ("tcheque_suspension_reprise", "Prague reprend ses livraisons d'obus à l'Ukraine après une suspension",
     "PRAGUE - La République tchèque a repris ses livraisons d'obus de 155 mm à l'Ukraine, suspendues pendant deux "
     "semaines après l'incendie d'un entrepôt que les enquêteurs attribuent à un sabotage, a indiqué vendredi le "
     "ministère tchèque de la Défense.",
     {("CZ", AMMO, D, None)}),
    ("canadien_francais", "Ottawa livre les premiers blindés Senator et promet 200 M$ pour des munitions",
     "OTTAWA - Le Canada a livré à l'Ukraine les 15 premiers des 50 véhicules blindés Senator promis, a "
     "annoncé la ministre de la Défense nationale, qui a aussi promis 200 millions de dollars canadiens (environ "
     "145 millions de dollars américains) pour l'achat de munitions d'artillerie. L'annonce a été faite en marge "
     "d'une réunion à Halifax avec ses homologues britannique et polonais. Londres y a confirmé l'envoi de 300 "
     "missiles antichars supplémentaires d'ici la fin de l'année, tandis que Varsovie a déclaré ne plus pouvoir "
     "céder de chars tant que ses propres commandes n'auront pas été livrées. Le Canada envisage par ailleurs de "
     "former des pilotes ukrainiens sur sa base de Cold Lake, a ajouté la ministre, sans calendrier.",
     {("CA", ARMOUR, D, 15), ("CA", ARMOUR, P, 50), ("CA", AMMO, P, 200000000), ("GB", ARMS, P, 300),
      ("PL", "tanks", R, None), ("CA", "training", X, None)}),
    ("suisse_romande_conseil_national",
     "Le Conseil national refuse d'assouplir la réexportation d'armes vers l'Ukraine",
     "BERNE - Le Conseil national a rejeté mercredi, par 98 voix contre 91, une motion qui demandait au Conseil "
     "fédéral d'autoriser la réexportation vers l'Ukraine d'armes achetées en Suisse par des pays européens. La "
     "neutralité du pays l'emporte, ont plaidé les opposants.",
     {("CH", "other", X, None)}),
    ("luxembourg_budget",
     "Le Luxembourg inscrit 80 millions d'euros d'aide militaire à l'Ukraine au budget 2026",
     "LUXEMBOURG - Le projet de budget 2026 déposé mercredi à la Chambre des députés prévoit 80 millions d'euros "
     "d'aide militaire à l'Ukraine, dont une partie pour la coalition des drones, a indiqué le ministre de la "
     "Défense. Le montant total de l'aide luxembourgeoise atteint 380 millions d'euros depuis 2022.",
     {("LU", MONEY, P, 80000000)}),
    ("reunion_sans_annonce",
     "Groupe de contact : les alliés réunis à Bruxelles sans nouvelle annonce pour Kiev",
     "Les ministres de la Défense d'une cinquantaine de pays réunis jeudi à Bruxelles au sein du groupe de contact "
     "pour la défense de l'Ukraine se sont séparés sans nouvelle annonce d'armes. Les discussions ont porté sur la "
     "défense aérienne avant l'hiver et la production de munitions en Europe.",
     set()),
]

GERMAN = [
    ("ukrainisches_ministerium",
     "Ukraine hat weitere Leopard-1-Panzer aus Deutschland und Dänemark erhalten",
     "Kiew (dpa) - Die Ukraine hat nach Angaben ihres Verteidigungsministeriums 25 weitere Kampfpanzer vom Typ "
     "Leopard 1A5 aus Deutschland und Dänemark erhalten. Die Fahrzeuge seien in einem Werk in Polen instand "
     "gesetzt worden, teilte das Ministerium am Mittwoch mit. Von Italien seien zudem zwei Startgeräte für das "
     "System SAMP/T eingetroffen. Die von Kanada zugesagten Flugabwehrraketen würden im Frühjahr erwartet. Kiew "
     "bemühe sich weiter um Taurus-Marschflugkörper, die Berlin bislang nicht liefern wolle. Über weitere "
     "Schützenpanzer verhandle man mit Schweden, hieß es. Insgesamt habe die Ukraine in diesem Jahr mehr als 300 "
     "Kampf- und Schützenpanzer aus dem Ausland erhalten.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None), ("IT", AIR, D, 2), ("CA", AIR, P, None),
      ("DE", "missiles", R, None), ("SE", ARMOUR, X, None)}),
    ("praesident_dank", "Selenskyj dankt den Niederlanden für Patriot-Startgeräte",
     "Der ukrainische Präsident hat sich bei den Niederlanden für drei Patriot-Startgeräte bedankt, die in den "
     "vergangenen Tagen eingetroffen sind. „Jedes System rettet Leben“, schrieb er am Abend auf X. Den Haag hatte "
     "die Lieferung im Sommer zugesagt.",
     {("NL", AIR, D, 3)}),
    ("passiv_ohne_geber", "Ukraine meldet Ankunft weiterer Kampfjets",
     "Der Ukraine sind weitere Kampfflugzeuge westlicher Bauart übergeben worden, teilte die ukrainische "
     "Luftwaffe am Sonntag mit. Zur Zahl und zur Herkunft der Maschinen machte sie aus Sicherheitsgründen keine "
     "Angaben.",
     set()),
    ("haushaltsausschuss", "Haushaltsausschuss gibt 2,5 Milliarden Euro für Waffen an die Ukraine frei",
     "Berlin (Reuters) - Der Haushaltsausschuss des Bundestages hat am Mittwoch zusätzliche 2,5 Milliarden Euro "
     "für Waffenlieferungen an die Ukraine freigegeben. Im Haushalt für das kommende Jahr sind weitere 8 Mrd. "
     "Euro für die militärische Unterstützung Kiews eingeplant. Die Opposition scheiterte mit einem Antrag, "
     "zusätzlich Marschflugkörper zu liefern; die Koalition verwies darauf, dass über solche Lieferungen die "
     "Regierung entscheide. Mit dem Geld sollen vor allem Munition und Ersatzteile für bereits gelieferte Systeme "
     "gekauft werden, hieß es aus dem Ausschuss. Die Abstimmung fiel mit den Stimmen der Koalition gegen die "
     "Stimmen von zwei Oppositionsfraktionen.",
     {("DE", MONEY, P, 2500000000), ("DE", MONEY, P, 8000000000), ("DE", "missiles", X, None),
      ("DE", AMMO, P, None), ("DE", "other", P, None)}),
    ("regierungskrise", "Koalitionskrise: Neues Ukraine-Paket vorerst auf Eis",
     "Das geplante Hilfspaket für die Ukraine über 3 Mrd. Euro liegt wegen des Haushaltsstreits in der Koalition "
     "vorerst auf Eis. Über das Paket, das vor allem Flugabwehr enthalten sollte, werde erst nach einer Einigung "
     "über den Haushalt entschieden, hieß es am Freitag in Berlin.",
     {("DE", MONEY, X, 3000000000), ("DE", AIR, X, None)}),
    ("zeitung_lang_mehrere_geber",
     "Militärhilfe: Schweden liefert, Finnland sagt zu, Norwegen prüft, Schweiz lehnt ab",
     "Stockholm/Helsinki (dpa) - Schweden hat der Ukraine nach eigenen Angaben zwei Frühwarnflugzeuge vom Typ ASC "
     "890 übergeben. Die Maschinen seien bereits im Einsatz, teilte das Verteidigungsministerium in Stockholm am "
     "Dienstag mit. Finnland kündigte am selben Tag sein 30. Hilfspaket im Wert von 120 Mio. Euro an, das vor "
     "allem Artilleriemunition umfasst. Norwegen prüft nach Angaben aus Regierungskreisen, ob es weitere "
     "Panzerhaubitzen abgeben kann; eine Entscheidung werde erst im Januar erwartet. Die Schweiz lehnte dagegen "
     "ein Gesuch Kiews ab, Minenräumpanzer direkt zu liefern, und verwies auf ihre Neutralität. Insgesamt haben die "
     "nordischen Staaten der Ukraine seit 2022 Militärhilfe im Wert von mehr als 25 Mrd. Euro geleistet.",
     {("SE", "aircraft", D, 2), ("FI", MONEY, P, 120000000), ("FI", AMMO, P, None), ("NO", "artillery", X, None),
      ("CH", "other", R, None)}),
    ("paketnummer_umrechnung", "Dänemark schnürt sein 27. Hilfspaket für die Ukraine",
     "Kopenhagen (AFP) - Dänemark hat sein 27. Militärhilfepaket für die Ukraine im Umfang von 4,2 Mrd. Kronen "
     "(rund 560 Mio. Euro) vorgestellt. Es umfasst unter anderem Drohnen und Munition. Damit summiert sich die "
     "dänische Militärhilfe seit Kriegsbeginn auf insgesamt rund 9 Mrd. Euro.",
     {("DK", MONEY, P, 4200000000), ("DK", "drones", P, None), ("DK", AMMO, P, None)}),
    ("oesterreich_zeitung", "Großbritannien sagt der Ukraine 1,5 Mrd. Pfund für Flugabwehr zu",
     "London (APA/dpa) - Großbritannien stellt der Ukraine weitere 1,5 Mrd. Pfund (rund 1,8 Mrd. Euro) für die "
     "Flugabwehr zur Verfügung. Das Geld fließt über die kommenden drei Jahre, hieß es aus der Downing Street. "
     "Zuvor hatte London bereits 5.000 Flugabwehrraketen eines nordirischen Herstellers bestellt.",
     {("GB", AIR, P, 1500000000), ("GB", AIR, M, 5000)}),
    ("schweiz_zeitung_franken", "Bund zahlt 15 Mio. Fr. für Entminungsmaschinen in der Ukraine",
     "Bern (sda) - Die Schweiz stellt der Ukraine weitere 15 Mio. Fr. für Maschinen zur humanitären Minenräumung "
     "zur Verfügung. Waffen liefert die Schweiz weiterhin nicht, betonte das Aussendepartement, die Geräte seien "
     "ausschliesslich für die Räumung von Ackerland bestimmt.",
     {("CH", "other", R, None), ("CH", "other", P, 15000000)}),
    ("era_kredit", "G7-Kredit: Deutschland überweist Kiew 1,3 Mrd. Euro aus Zinserträgen russischer Vermögen",
     "Berlin (dpa-AFX) - Deutschland hat der Ukraine seinen Anteil am G7-Kredit über 1,3 Mrd. Euro überwiesen, "
     "der aus den Erträgen eingefrorener russischer Zentralbankgelder getilgt wird. Kiew will das Geld nach "
     "Angaben des Finanzministeriums für den Kauf von Waffen verwenden.",
     {("DE", MONEY, D, 1300000000)}),
    ("daenisches_modell", "Litauen bezahlt Drohnen aus ukrainischer Produktion",
     "Vilnius (BNS) - Litauen hat 30 Mio. Euro für 1.500 Abfangdrohnen bezahlt, die von ukrainischen Herstellern "
     "gebaut werden. Das Verteidigungsministerium folgt damit dem sogenannten dänischen Modell. Zusätzlich "
     "sollen noch in diesem Jahr 200 Mörser aus litauischen Beständen an die Ukraine gehen.",
     {("LT", "drones", M, 1500), ("LT", "artillery", P, 200)}),
    ("lizenzfertigung", "Rheinmetall erhält Auftrag für Munitionswerk in der Ukraine",
     "Düsseldorf (Reuters) - Die Bundesregierung hat bei Rheinmetall den Bau eines Munitionswerks in der Ukraine "
     "in Auftrag gegeben. Das Werk soll in Lizenz jährlich bis zu 150.000 Artilleriegranaten fertigen; der Bund "
     "finanziert den Bau mit 400 Mio. Euro.",
     {("DE", "production", M, 150000)}),
    ("russische_behauptung_lieferstopp", "Moskau meldet zerstörte Leopard – Berlin setzt Lieferungen fort",
     "Moskau/Berlin (AFP) - Das russische Verteidigungsministerium hat am Montag die Zerstörung von zwei Leopard-"
     "Panzern aus deutschen Beständen gemeldet; unabhängig überprüfen lässt sich das nicht. Die Bundesregierung "
     "kündigte unterdessen an, wie geplant bis Jahresende zehn weitere Leopard 1A5 zu liefern.",
     {("DE", "tanks", P, 10)}),
    ("polen_gestoppt", "Polen stoppt Lieferung von MiG-29 nach Spionageverdacht",
     "Warschau (dpa) - Polen hat die zugesagte Übergabe weiterer MiG-29-Kampfjets an die Ukraine vorläufig "
     "gestoppt, nachdem in einem Stützpunkt ein mutmaßlicher russischer Spion festgenommen worden war. Die "
     "Lieferung werde nach Abschluss der Ermittlungen fortgesetzt, sagte ein Regierungssprecher.",
     # (relabelled by the lead, stop 64: a halt in force when the item is written is a refusal for now, even with its end
     # named or its resumption promised, as rounds 43 and 48 label "suspended ... pending a review"; docs/reading-pledges.md)
     {("PL", "aircraft", R, None)}),
    ("japan_asien", "Japan liefert Patriot-Raketen an die USA – zur Weitergabe an Kiew?",
     "Tokio (dpa) - Japan hat erstmals in Lizenz gefertigte Patriot-Abfangraketen an die USA geliefert, um "
     "deren Bestände aufzufüllen. Washington hatte zuvor eigene Raketen an die Ukraine abgegeben. Eine direkte "
     "Lieferung an Kiew schließt Tokio aus.",
     {("JP", AIR, R, None), ("US", AIR, D, None)}),
    ("bundesverfassungsgericht", "Karlsruhe weist Eilantrag gegen Taurus-Ausfuhr ab",
     "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat einen Eilantrag gegen die geplante Lieferung von "
     "Taurus-Marschflugkörpern an die Ukraine abgewiesen. Die Bundesregierung kann damit wie angekündigt acht "
     "Flugkörper noch vor Weihnachten übergeben.",
     {("DE", "missiles", P, 8)}),
]
