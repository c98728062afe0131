"""Review 62's feed items (the twenty-second probe of the pledge reader, tests/pledges/test_review_62.py, whose
docstring holds the brief, the labelling choices and the figures): 48 FEED ITEMS invented for the probe, 16 a
language, each a headline and an RSS summary as outlets publish them (cut mid-sentence, "Lire la suite",
"Weiterlesen", a blog's "The post ... appeared first on ...", bylines, datelines and HTML entities left in), each
as (outlet kind, headline, summary, records). Two test modules read them: the pledge probe (the records) and the
relevance probe, tests/rules/test_review_62.py (every one is aid news). No text, name or figure is taken from the
real-article set."""

from __future__ import annotations

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X  # noqa: F401

# (outlet kind, headline, summary, records), labelled by hand before the first run. The outlet kind names the
# shape the summary imitates (a national paper's RSS, a broadcaster, a wire re-posted by a finance site, a
# Ukrainian outlet, a pro-Kremlin site, a Turkish outlet, a blog aggregator ...), not a real outlet's text.

ENGLISH = [
    ("paper_rss", "Allies Meet in Germany as Kyiv Presses for Interceptors Before Winter",
     "Defense officials from about 50 countries gathered at Ramstein Air Base on Tuesday for the latest meeting of "
     "the Ukraine Defense Contact Group, the first since the spring. Ukraine&#8217;s envoy asked for more "
     "interceptors before the cold months, but no new commitments were announced at the opening session.",
     set()),
    ("broadcaster_short", "Germany still weighing Taurus missiles for Kyiv, says government",
     "The German government has not yet decided whether to send Taurus cruise missiles to Ukraine, a spokesman "
     "said on Wednesday, adding that the question was being examined \"carefully and without haste\".",
     {("DE", "missiles", X, None)}),
    ("broadcaster_hero", "Pentagon unveils $400 million weapons package for Ukraine",
     "By Mara Delgado, CNN\n"
     "The White House on Friday announced a new $400 million military aid package for Ukraine that "
     "includes 155mm artillery shells, Stinger anti-aircraft missiles and Javelin anti-tank missiles, according to "
     "a list released by the Pentagon. The package will be drawn from US stocks and is expected to ...",
     {("US", MONEY, P, 400000000), ("US", AMMO, P, None), ("US", AIR, P, None), ("US", ARMS, P, None)}),
    ("finance_wire", "Rheinmetall shares climb 4% on Ukraine shell order",
     "FRANKFURT (Reuters) - Shares in Rheinmetall rose as much as 4% on Thursday after the German arms maker said "
     "the federal government had ordered 155mm artillery shells for Ukraine worth a high three-digit million euro "
     "sum, with deliveries to start next year. Analysts at one bank called the order &quot;a sign the pipeline "
     "keeps filling&quot;. The stock has more than doubled since ...",
     {("DE", AMMO, M, None)}),
    ("ukrainian_en", "Ukraine receives another Patriot system from Germany",
     "Ukraine has received another Patriot air defense system from Germany, President Oleksandr Marchenko said on "
     "Aug. 12, thanking Berlin for \"saving lives every night\". The system will protect cities in the south, he "
     "said, without giving its exact location. Germany has become Ukraine's largest military donor in Europe.",
     {("DE", AIR, D, None)}),
    ("ukrainian_agency_en", "Netherlands hands over 18 self-propelled howitzers to Ukrainian Armed Forces",
     "The Netherlands has handed over to the Armed Forces of Ukraine 18 PzH 2000 self-propelled howitzers, the "
     "Ministry of Defense of Ukraine reports, Ukrinform writes. \"We are grateful to our Dutch partners for this "
     "powerful support,\" the ministry said in a statement. The howitzers are already in service with "
     "artillery units in the east.",
     {("NL", "artillery", D, 18)}),
    ("ukrainian_portal_en", "Luxembourg allocates EUR 12 million for drones for Ukraine",
     "Luxembourg will allocate EUR 12 million to buy drones for the Ukrainian army within the drone coalition led "
     "by Latvia, the country's Defense Minister Mathis Kieffer said, online.ua reports. The Grand Duchy joined "
     "the coalition in its first year and has pushed other small states to follow. Read more...",
     {("LU", "drones", P, 12000000)}),
    ("blog_aggregator", "Greece to Send Ukraine 155mm Shells From Army Stocks",
     "Athens will send a batch of 155mm artillery shells from the stocks of the Hellenic Army to Ukraine, the "
     "Greek defence ministry confirmed on Monday, declining to give the number for security reasons. The shells "
     "will travel by land through Bulgaria and Romania, local media said.\n"
     "The post Greece to Send Ukraine 155mm Shells From Army Stocks appeared first on Defence Brief Daily.",
     {("GR", AMMO, P, None)}),
    ("pro_kremlin_en", "NATO pumps more Western weapons into Ukraine as Norway promises NASAMS",
     "Oslo has joined the queue of NATO capitals pumping weapons into the Kiev regime, announcing on Monday that "
     "it will ship two more NASAMS launchers to Ukraine. Moscow has repeatedly warned that such deliveries only "
     "prolong the conflict and make NATO a direct party to it, the Russian Foreign Ministry said.",
     {("NO", AIR, P, 2)}),
    ("turkish_en", "Türkiye has no plans to send weapons to Ukraine, stresses mediation role",
     "ANKARA - Türkiye has no plans to send additional weapons to Ukraine and will keep its focus on diplomacy, "
     "Turkish Defense Minister Kemal Aydınlı said on Wednesday, recalling that Ankara hosted the only direct "
     "talks between the warring sides. &nbsp;\"Our door is open to both capitals,\" he told reporters in the "
     "capital.",
     {("TR", "other", R, None)}),
    ("wire_repost", "Portugal approves 100 million euros in military aid for Ukraine",
     "LISBON, 14 (EUROPA PRESS) The Portuguese Government on Thursday approved 100 million euros in military "
     "aid for Ukraine for this year, in line with the commitment made at the NATO summit, the Ministry of Defence "
     "said in a statement. The support will be channelled partly through international initiatives (...)",
     {("PT", MONEY, P, 100000000)}),
    ("paper_europe", "Ireland to give &#8364;20m in non-lethal military aid to Ukraine",
     "Ireland will contribute &#8364;20m to the European Peace Facility for non-lethal equipment such as body "
     "armour, helmets and demining kits for Ukrainian forces, the Tánaiste said on Tuesday. He stressed that "
     "Irish neutrality rules out supplying lethal weapons, and that the State would keep funding humanitarian "
     "work in the country.",
     {("IE", "other", P, 20000000), ("IE", "other", R, None)}),
    ("asian_paper", "Seoul rules out direct lethal arms supply to Ukraine despite pressure",
     "SEOUL -- South Korea will not provide lethal weapons directly to Ukraine, a senior presidential official said "
     "Thursday, despite calls from Kyiv and some NATO members to reconsider its long-standing policy. Seoul will "
     "instead expand humanitarian support, including $100 million for reconstruction projects, he said, adding "
     "that the government was monitoring ...",
     {("KR", "other", R, None)}),
    ("asian_broadcaster", "Japan hands over 100 Self-Defense Force vehicles to Ukraine",
     "Japan has handed over 100 trucks and minivans from the Self-Defense Forces to Ukraine, the Defense Ministry "
     "said on Friday. The vehicles arrived in Poland last month and have been transferred to Ukrainian "
     "authorities. Japan's rules on defense equipment transfers bar it from providing weapons to a country at war.",
     {("JP", "other", D, 100)}),
    ("pacific_broadcaster", "New Zealand extends training of Ukrainian soldiers in Britain",
     "New Zealand will keep its army instructors in the United Kingdom for another year to train Ukrainian "
     "recruits, Defence Minister Judith Hartley announced this morning. The deployment, part of a British-led "
     "programme, has been running since 2022. Hartley said the decision reflected ...",
     {("NZ", "training", P, None)}),
    ("defence_trade", "Bulgarian parliament approves transfer of 100 armored personnel carriers to Ukraine",
     "SOFIA, Bulgaria — Bulgaria's National Assembly on Thursday approved sending 100 armored personnel carriers "
     "from the country's reserves to Ukraine, after a heated debate in which pro-Russian deputies tried to block "
     "the vote. The vehicles, built in the Soviet era, are not in use by the Bulgarian Army, the Defence Ministry "
     "said. Deliveries could start within weeks.",
     {("BG", ARMOUR, P, 100)}),
]

FRENCH = [
    ("paper_rss", "La France va céder six Mirage 2000-5 à l'Ukraine",
     "Le ministre des armées a confirmé jeudi que Paris fournirait à Kiev six avions de combat Mirage 2000-5 d'ici "
     "la fin de l'année. Une annonce attendue depuis plusieurs mois à Kiev, où l'on réclame davantage d'avions "
     "pour intercepter les missiles russes. Lire la suite",
     {("FR", "aircraft", P, 6)}),
    ("broadcaster_info", "Guerre en Ukraine : la Belgique promet 30 avions F-16 d'ici 2028",
     "La Belgique livrera 30 avions de combat F-16 à l'Ukraine d'ici 2028, a annoncé mardi le Premier ministre "
     "belge, à l'issue d'une rencontre avec le président ukrainien à Bruxelles. Les premiers appareils pourraient "
     "arriver dès cette année, selon le gouvernement.",
     {("BE", "aircraft", P, 30)}),
    ("broadcaster_tv", "1 500 soldats ukrainiens formés en France depuis janvier",
     "Depuis le début de l'année, 1 500 soldats ukrainiens ont été formés par l'armée française sur des terrains "
     "militaires du Grand Est, a indiqué ce dimanche l'état-major. Au programme : combat d'infanterie, "
     "déminage et secourisme au combat. Les stagiaires sont logés dans [&#8230;]",
     {("FR", "training", D, 1500)}),
    ("broadcaster_radio", "L'Autriche, pays neutre, refuse d'envoyer des armes à Kiev mais finance le déminage",
     "Vienne ne livrera pas d'armes à l'Ukraine, a répété mercredi la ministre autrichienne de la Défense, au nom "
     "de la neutralité inscrite dans la Constitution. L'Autriche versera en revanche 3 millions d'euros pour des "
     "équipements de déminage destinés aux services ukrainiens, a-t-elle précisé sur Europe 1.",
     {("AT", "other", R, None), ("AT", "other", P, 3000000)}),
    ("finance_wire", "Saab : le titre progresse, Stockholm commande des armes antichars pour l'Ukraine",
     "(Reuters) - L'action Saab gagnait 3,2% mardi à la Bourse de Stockholm, après l'annonce par le groupe d'une "
     "commande de l'agence suédoise du matériel de défense portant sur des lance-roquettes antichars Carl-Gustaf "
     "destinés à l'Ukraine. Le montant n'a pas été précisé. Copyright (c) 2024 Boursier.com",
     {("SE", ARMS, M, None)}),
    ("ukrainian_fr", "L'Ukraine a reçu de la Lituanie un nouveau lot de drones et de brouilleurs",
     "L'Ukraine a reçu un nouveau lot d'aide militaire de la Lituanie, comprenant des drones de reconnaissance et "
     "des systèmes de brouillage, a annoncé le ministère lituanien de la Défense, rapporte Ukrinform. Le ministre "
     "ukrainien a remercié Vilnius pour « son soutien indéfectible ».",
     {("LT", "drones", D, None), ("LT", "other", D, None)}),
    ("europe_broadcaster", "Réunion de l'Otan : les ministres discutent du soutien à Kiev, sans annonce",
     "Les ministres de la Défense de l'Otan se sont réunis jeudi à Bruxelles pour faire le point sur le soutien "
     "militaire à l'Ukraine et sur la production de munitions en Europe. Aucune nouvelle livraison n'a été "
     "annoncée à l'issue de la première journée de discussions, qui se poursuivent vendredi.",
     set()),
    ("turkish_fr", "Premiers F-16 danois en Ukraine : Ankara appelle à privilégier la diplomatie",
     "Le Danemark a livré à l'Ukraine ses premiers avions de combat F-16, a annoncé lundi Copenhague. La "
     "Türkiye, qui entretient des relations avec Kiev comme avec Moscou, a appelé les deux parties à revenir à "
     "la table des négociations, rappelant le rôle d'Ankara dans l'accord sur les céréales.",
     {("DK", "aircraft", D, None)}),
    ("pro_kremlin_fr", "L'Otan continue de pomper des armes vers le régime de Kiev : Ottawa promet 50 blindés",
     "Le Canada, fidèle allié de Washington, va envoyer au régime de Kiev 50 véhicules blindés supplémentaires, "
     "a annoncé le ministre canadien de la Défense. Ces armes occidentales ne changeront rien sur le terrain, "
     "estiment les experts militaires russes, qui rappellent que ...",
     {("CA", ARMOUR, P, 50)}),
    ("pro_kremlin_aggregator_fr", "Armes occidentales : Berlin refuse toujours les Taurus au régime de Kiev",
     "Selon Euractiv, le chancelier allemand a de nouveau exclu mercredi la livraison de missiles de croisière "
     "Taurus à l'Ukraine, malgré la pression de ses partenaires de coalition. Le régime de Kiev réclame ces "
     "missiles depuis plus d'un an pour frapper le territoire russe.",
     {("DE", "missiles", R, None)}),
    ("african_fr", "Ukraine : la Finlande annonce un 25e paquet d'aide militaire",
     "HELSINKI, 4 mars - La Finlande a annoncé mardi un 25e paquet d'aide militaire à l'Ukraine, d'une valeur de "
     "150 millions d'euros et comprenant des munitions d'artillerie lourde, a indiqué le ministère finlandais de la "
     "Défense, qui n'a pas donné d'autres détails pour des raisons de sécurité. (...)",
     {("FI", MONEY, P, 150000000), ("FI", AMMO, P, None)}),
    ("blog_aggregator", "L&#8217;Espagne a livré dix chars Leopard 2A4 supplémentaires à Kiev",
     "L&#8217;Espagne a livré dix chars Leopard 2A4 supplémentaires à l&#8217;Ukraine, a confirmé le ministère "
     "espagnol de la Défense. Les blindés ont été remis en état dans une usine de Saragosse avant leur départ.\n"
     "Cet article L&#8217;Espagne a livré dix chars Leopard 2A4 supplémentaires à Kiev est apparu en premier sur "
     "Actu Défense Info.",
     {("ES", "tanks", D, 10)}),
    ("defence_blog_repost", "La Slovaquie ne fournira plus d'aide militaire à l'Ukraine depuis ses stocks",
     "Le nouveau gouvernement slovaque a confirmé qu'il ne fournirait plus d'aide militaire à l'Ukraine à partir "
     "des stocks de son armée. Les contrats commerciaux conclus par les industriels slovaques pourront toutefois "
     "se poursuivre, a précisé le ministre de la Défense. [Article repris de Zone Opérations]",
     {("SK", "other", R, None)}),
    ("broadcaster_radio_2", "L'Italie adopte un dixième décret d'aide militaire à l'Ukraine",
     "Le gouvernement italien a adopté mercredi un dixième décret d'aide militaire à l'Ukraine, dont le contenu "
     "reste classifié. Selon la presse italienne, il comprendrait un second système de défense antiaérienne "
     "SAMP/T, une information que Rome n'a pas confirmée. La suite après la publicité",
     {("IT", AIR, P, None)}),
    ("live_fr", "DIRECT - Guerre en Ukraine : l'Australie va fournir 49 chars Abrams",
     "14h20 : L'Australie va fournir 49 chars Abrams à l'Ukraine, a annoncé Canberra. Les chars, retirés du "
     "service, seront envoyés en plusieurs lots.\n"
     "13h55 : Une frappe russe sur Soumy a fait deux blessés, selon le gouverneur régional.",
     {("AU", "tanks", P, 49)}),
    ("swiss_fr", "La Suisse refuse à nouveau la réexportation de munitions pour les Gepard",
     "Le Conseil fédéral a rejeté vendredi une nouvelle demande de l'Allemagne visant à transmettre à l'Ukraine "
     "des munitions de fabrication suisse pour les chars antiaériens Gepard. La loi sur le matériel de guerre "
     "interdit la réexportation vers un pays en conflit, rappelle Berne.",
     {("CH", AMMO, R, None)}),
]

GERMAN = [
    ("magazine", "Bundesregierung sagt Kiew vier weitere Iris-T-Systeme zu",
     "Die Bundesregierung will der Ukraine vier weitere Flugabwehrsysteme vom Typ Iris-T SLM liefern. Das "
     "erfuhr der SPIEGEL aus Regierungskreisen. Die ersten beiden sollen noch vor dem Winter in der Ukraine "
     "eintreffen, die übrigen im kommenden Jahr. Ein Sprecher des Verteidigungsministeriums wollte ...",
     {("DE", AIR, P, 4)}),
    ("broadcaster_zdf", "Ramstein-Treffen: Keine Entscheidung über Kampfjets",
     "Beim Treffen der Ukraine-Kontaktgruppe in Ramstein ist keine Entscheidung über die Lieferung von "
     "Kampfflugzeugen gefallen. Die Niederlande und Dänemark prüfen nach eigenen Angaben die Abgabe von F-16-Jets, "
     "wollen sich aber noch nicht festlegen. Kiew dringt seit Monaten auf moderne Flugzeuge.",
     {("NL", "aircraft", X, None), ("DK", "aircraft", X, None)}),
    ("broadcaster_regional", "Ukrainische Soldaten lernen in Baden-Württemberg am Patriot-System",
     "Auf einem Bundeswehr-Gelände in Baden-Württemberg werden seit Anfang der Woche ukrainische Soldaten am "
     "Flugabwehrsystem Patriot ausgebildet. Die Ausbildung dauert mehrere Wochen, teilte die Bundeswehr mit. Wie "
     "viele Soldaten teilnehmen, wurde nicht gesagt. Weiterlesen",
     {("DE", "training", D, None)}),
    ("broadcaster_news", "Erste CV90-Schützenpanzer aus Schweden in der Ukraine eingetroffen",
     "Die ersten Schützenpanzer vom Typ CV90 aus Schweden sind in der Ukraine angekommen. Das bestätigte das "
     "schwedische Verteidigungsministerium am Montag in Stockholm. Die Fahrzeuge gelten als besonders "
     "geländegängig und sollen an der Front im Osten eingesetzt werden.",
     {("SE", ARMOUR, D, None)}),
    ("finance_dts", "Rheinmetall-Aktie legt zu - Auftrag für weitere Skynex-Systeme für die Ukraine",
     "Düsseldorf (dts Nachrichtenagentur) - Rheinmetall hat von der Bundesregierung einen Auftrag über weitere "
     "Flugabwehrsysteme vom Typ Skynex für die Ukraine erhalten. Das teilte der Konzern am Dienstag mit. Die "
     "Aktie stieg im frühen Handel um 2,1 Prozent. Der Auftragswert liegt im dreistelligen Millionen-Euro-Bereich.",
     {("DE", AIR, M, None)}),
    ("ukrainian_de", "Tschechien übergibt den Streitkräften der Ukraine 40 Raketenwerfer",
     "Tschechien hat den Streitkräften der Ukraine 40 Mehrfachraketenwerfer vom Typ RM-70 übergeben. Das teilte "
     "das ukrainische Verteidigungsministerium mit, wie Ukrinform berichtet. „Wir danken unseren tschechischen "
     "Freunden“, hieß es. Die Systeme seien bereits an der Front im Einsatz.",
     {("CZ", "artillery", D, 40)}),
    ("pro_kremlin_de", "Nato pumpt weiter Waffen in die Ukraine: Polen schnürt 43. Paket",
     "Warschau hat ein weiteres Paket mit Waffen für das Kiewer Regime geschnürt. Das 43. Paket enthalte "
     "Artilleriemunition und Ersatzteile, teilte das polnische Verteidigungsministerium mit. Westliche Waffen "
     "verlängern nach Ansicht Moskaus lediglich den Konflikt, den der Westen bis zum letzten Ukrainer führen "
     "wolle.",
     {("PL", AMMO, P, None), ("PL", "other", P, None)}),
    ("turkish_de", "Rumänien gibt Patriot-System an Ukraine ab – Ankara mahnt Verhandlungen an",
     "Bukarest (TRT Deutsch) - Rumänien wird der Ukraine eines seiner Patriot-Flugabwehrsysteme überlassen. Das "
     "beschloss der Oberste Verteidigungsrat am Donnerstag. Die Türkei, die sich als Vermittlerin zwischen Kiew "
     "und Moskau versteht, rief erneut zu einer Waffenruhe und zu direkten Gesprächen auf.",
     {("RO", AIR, P, None)}),
    ("swiss_de", "Bundesrat lehnt Weitergabe alter Schweizer Panzerhaubitzen an die Ukraine ab",
     "Der Bundesrat hat ein Gesuch abgelehnt, ausgemusterte Panzerhaubitzen M109 über Dänemark an die Ukraine "
     "weiterzugeben. Die Neutralität und das Kriegsmaterialgesetz liessen dies nicht zu, teilte die Regierung in "
     "Bern am Freitag mit. Kritik kam aus dem Parlament.",
     {("CH", "artillery", R, None)}),
    ("austrian_de", "Österreich beteiligt sich nicht an tschechischer Munitionsinitiative",
     "Wien. Österreich wird sich nicht an der tschechischen Initiative zum Kauf von Artilleriemunition für die "
     "Ukraine beteiligen. Das bekräftigte die Verteidigungsministerin am Mittwoch im Ministerrat. Die "
     "immerwährende Neutralität verbiete eine Finanzierung von Munition, hieß es.",
     {("AT", AMMO, R, None)}),
    ("public_broadcaster", "Haushaltsausschuss billigt weitere drei Milliarden Euro für Ukraine-Militärhilfe",
     "Der Haushaltsausschuss des Bundestages hat am Mittwoch zusätzliche drei Milliarden Euro für die "
     "militärische Unterstützung der Ukraine im laufenden Jahr freigegeben. Mit dem Geld sollen vor allem "
     "Flugabwehr und Munition beschafft werden. Die Opposition kritisierte ...",
     {("DE", MONEY, P, 3000000000), ("DE", AIR, P, None), ("DE", AMMO, P, None)}),
    ("paper_de", "Kanada zahlt 50 Millionen Euro in Munitionsinitiative ein",
     "Kanada beteiligt sich mit 50 Millionen Euro an der von Tschechien angeführten Initiative zum Kauf von "
     "Artilleriegranaten für die Ukraine. Das gab die kanadische Verteidigungsministerin in Prag bekannt. Die "
     "Granaten werden auf dem Weltmarkt außerhalb der EU beschafft.",
     # (relabelled at stop 63 by the lead's ruling on money and funds: a sum paid into an initiative whose kind is
     # told only by its description, "Initiative zum Kauf von Artilleriegranaten", is the payer's funding alone,
     # as the real set labels the Czech contribution to its own initiative; was CA ammunition 50,000,000)
     {("CA", MONEY, P, 50000000)}),
    ("blog_de", "Litauen schickt 20 weitere M577-Kommandofahrzeuge",
     "Litauen wird der Ukraine 20 weitere gepanzerte Kommandofahrzeuge vom Typ M577 überlassen, teilte das "
     "Verteidigungsministerium in Vilnius mit. Die Fahrzeuge stammen aus Beständen der litauischen Armee.\n"
     "Der Beitrag Litauen schickt 20 weitere M577-Kommandofahrzeuge erschien zuerst auf Wehrblick.",
     {("LT", ARMOUR, P, 20)}),
    ("machine_translated", "Die Schweden Gripen-Kampfjets nicht jetzt an die Ukraine liefern",
     "Schweden wird keine Gripen-Kampfflugzeuge an der Ukraine im Moment liefern, sagte der Minister von Verteidigung "
     "am Dienstag. Die Flugzeuge werden gebraucht für die eigene Luftwaffe, und die Frage ist nicht aktuell, er "
     "sagte zu Journalisten in Stockholm. Die Ukraine hat um die Jets gebeten seit langer Zeit.",
     {("SE", "aircraft", R, None)}),
    ("regional_paper", "Niederlande zahlen 150 Millionen Euro für Drohnen aus ukrainischer Produktion",
     "Die Niederlande finanzieren mit 150 Millionen Euro die Herstellung von Langstreckendrohnen in der Ukraine. "
     "Das Geld fließe direkt an ukrainische Hersteller, sagte der niederländische Verteidigungsminister bei einem "
     "Besuch in Kiew. Nach dem &#8222;dänischen Modell&#8220; ... Weiterlesen auf merkur.de",
     # (relabelled by fix62a, from None: a sum paying Ukraine's makers for one kind is that kind's worth, as the
     # real set labels a donor's sum for Ukrainian-made drones; docs/reading-pledges.md, fix 62a)
     {("NL", "drones", M, 150000000)}),
    ("live_de", "Ukraine-Krieg im Liveticker: Japan sagt Systeme zur Drohnenerkennung zu",
     "+++ 10:15 Uhr: Japan sagt Ukraine Systeme zur Erkennung von Drohnen zu +++\n"
     "Japan will der Ukraine weitere Systeme zur Erkennung von Drohnen zur Verfügung stellen. Das kündigte "
     "Außenminister Kenji Morita in Tokio an.\n"
     "+++ 09:40 Uhr: Stromausfälle in der Region Charkiw nach nächtlichem Angriff +++",
     {("JP", "other", P, None)}),
]
