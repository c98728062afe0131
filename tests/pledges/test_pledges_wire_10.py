"""A tenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, two or three paragraphs each
as agency copy runs: a dateline, the news, a quote or a background paragraph. They mix
the statuses (promised, handed over, refused, weighed, delayed, ordered from industry,
bought for Ukraine) with traps wire copy sets: a maker that "receives" an order, a
country named only as where something is bought or made, a background paragraph with
other numbers. Each article was labelled by hand, following the conventions of the
real-article set and of the earlier rounds, before it was run. Then the leftovers of
earlier rounds, each with its own test: drone-defence systems (Skyranger and the generic
words) are air defence, not drones; "half a million" rounds is a count; a tank swap
("Ringtausch") gives the swap partner's gift to Ukraine, not the swap itself; French
"ont bien été reçus" tells a delivery. The earlier rounds are tests/pledges/test_pledges_wire.py
to _9."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, M, P, R, X
from tests.support.wire_reading import in_three_languages, reading_of, records, text_of

ENGLISH = [
    ("BERLIN (Reuters) - Germany will send four more IRIS-T SLM air defence systems to Ukraine next year, Defence "
     "Minister Boris Pistorius said on Thursday during an unannounced visit to Kyiv.\n"
     "\"Air defence saves lives every single night,\" Pistorius told reporters. Berlin has so far supplied six of "
     "the systems.",
     {("DE", AIR, P), ("DE", AIR, D)}),
    ("LONDON (Reuters) - Britain will supply Ukraine with half a million artillery rounds over the next twelve "
     "months, the Ministry of Defence said on Monday.\n"
     "The shells will come from British and European production lines, a spokesperson said.",
     {("GB", "ammunition", P)}),
    ("KYIV (Reuters) - Ukraine has taken delivery of the first batch of Leopard 2A4 tanks from Spain, the "
     "Ukrainian defence ministry said on Saturday.\n"
     "Madrid had promised the tanks in the spring after months of repairs.",
     {("ES", "tanks", D)}),
    ("WASHINGTON (Reuters) - The White House on Wednesday ruled out sending Tomahawk cruise missiles to Ukraine for "
     "now, citing the state of U.S. stockpiles.\n"
     "Kyiv has asked repeatedly for the long-range weapons.",
     {("US", "missiles", R)}),
    ("LONDON (AFP) - Britain is considering sending more Storm Shadow missiles to Ukraine, two sources familiar "
     "with the matter said, adding that no decision had been taken.",
     {("GB", "missiles", X)}),
    ("PRAGUE (Reuters) - Czech arms maker Excalibur Army has signed a contract with the Dutch government to "
     "refurbish 50 T-72 tanks for Ukraine, the company said on Tuesday.\n"
     "The first tanks are due to be handed over by the end of the year.",
     {("NL", "tanks", M)}),
    ("OSLO (Reuters) - Norway will buy two NASAMS air defence systems from Kongsberg for Ukraine at a cost of 2.2 "
     "billion crowns, the government said on Friday.",
     {("NO", AIR, P)}),
    ("STOCKHOLM (AFP) - The handover of Swedish CV90 infantry fighting vehicles to Ukraine will slip into next "
     "year because of a shortage of components, Sweden's defence materiel agency said on Wednesday.",
     {("SE", ARMOUR, P)}),
    ("VILNIUS (Reuters) - Lithuania has delivered M577 armoured personnel carriers and mortar rounds to Ukraine, "
     "the defence ministry said on Tuesday.\n"
     "\"We will continue to help for as long as it takes,\" Defence Minister Dovile Sakaliene said.",
     {("LT", ARMOUR, D), ("LT", "ammunition", D)}),
    ("BRUSSELS (Reuters) - European Union governments approved on Monday a further 5 billion euros for weapons for "
     "Ukraine under the European Peace Facility, EU foreign policy chief Kaja Kallas said.",
     {("EU", "funding", P)}),
    ("BERLIN (Reuters) - Germany will send Ukraine a dozen Skyranger drone-defence systems this year, the defence "
     "ministry said on Wednesday.\n"
     "The gun systems, made by Rheinmetall, are designed to shoot down Shahed-type attack drones at short range.",
     {("DE", AIR, P)}),
    ("WARSAW (Reuters) - A new batch of Krab self-propelled howitzers from Poland is on its way to Ukraine, "
     "Poland's deputy defence minister said on Thursday.",
     {("PL", "artillery", P)}),
    ("OTTAWA (Reuters) - Canada will train 2,000 more Ukrainian soldiers in Poland next year, Defence Minister "
     "David McGuinty said on Monday.",
     {("CA", "training", P)}),
    ("ROME (Reuters) - Italy is examining a request from Kyiv for a further SAMP/T air defence system, Defence "
     "Minister Guido Crosetto said on Tuesday, adding that Italy's own needs had to be weighed first.",
     {("IT", AIR, X)}),
    # (relabelled in the eleventh round: a running total told as history is a record at its
    # verb's stage, as the real set labels totals; tests/pledges/test_pledges_wire_11.py)
    ("TALLINN (Reuters) - Estonia has handed over all of its FH70 howitzers to Ukraine, the Estonian defence "
     "forces said on Friday.\n"
     "Tallinn has given military aid worth more than 1% of its GDP since the start of the war.",
     {("EE", "artillery", D), ("EE", "funding", D)}),
    ("OTTAWA (Reuters) - Canada has no plans to send its Leopard 2 tanks to Ukraine, Defence Minister Anita Anand "
     "said on Wednesday, arguing that the army needed them for its NATO mission in Latvia.",
     {("CA", "tanks", R)}),
    ("WASHINGTON (Reuters) - The Pentagon has awarded Raytheon a $1 billion contract to produce Patriot "
     "interceptors for Ukraine, the company said on Friday.",
     {("US", AIR, M)}),
    ("KYIV (Reuters) - The first Swedish Gripen fighter jets could arrive in Ukraine within three years, Ukrainian "
     "officials said on Thursday, although Stockholm has not yet signed a deal.",
     {("SE", "aircraft", X)}),
]

FRENCH = [
    ("PARIS (AFP) - La France va livrer à l'Ukraine des missiles Aster supplémentaires pour ses systèmes SAMP/T, a "
     "annoncé mardi le ministre des Armées.\n"
     "\"Nous tenons nos engagements\", a-t-il déclaré devant l'Assemblée nationale.",
     {("FR", AIR, P)}),
    ("KIEV (AFP) - Les obus de 155 mm promis par la Belgique ont bien été reçus, a confirmé jeudi le ministère "
     "ukrainien de la Défense.",
     {("BE", "ammunition", D)}),
    ("BERLIN (AFP) - Le chancelier allemand a de nouveau exclu jeudi la livraison de missiles de croisière Taurus à "
     "l'Ukraine, estimant que le risque d'escalade restait trop grand.",
     {("DE", "missiles", R)}),
    ("LONDRES (AFP) - Le Royaume-Uni et la France étudient la possibilité de fournir à l'Ukraine des avions de "
     "chasse supplémentaires, a indiqué une source diplomatique.",
     {("GB", "aircraft", X), ("FR", "aircraft", X)}),
    ("PARIS (AFP) - KNDS France a reçu une commande de l'État pour produire douze canons Caesar destinés à "
     "l'Ukraine, a annoncé l'entreprise.\n"
     "Les canons doivent être livrés d'ici la fin de l'année prochaine.",
     {("FR", "artillery", M)}),
    ("MADRID (AFP) - La livraison des blindés M113 promis par l'Espagne à l'Ukraine est retardée de plusieurs "
     "semaines, selon le ministère espagnol de la Défense.",
     {("ES", ARMOUR, P)}),
    ("OTTAWA (AFP) - Le Canada a remis à l'Ukraine 39 véhicules blindés Senator, a indiqué mardi le ministère "
     "canadien de la Défense.",
     {("CA", ARMOUR, D)}),
    ("LA HAYE (AFP) - Les Pays-Bas débloquent 250 millions d'euros pour l'achat d'obus destinés à l'Ukraine, a "
     "annoncé mercredi le gouvernement néerlandais.",
     {("NL", "ammunition", P)}),
    pytest.param(
        "PRAGUE (AFP) - Un demi-million d'obus de gros calibre ont déjà été livrés à l'Ukraine grâce à "
        "l'initiative tchèque, a annoncé le Premier ministre tchèque.\n"
        "Plusieurs pays européens financent l'initiative.",
        {("CZ", "ammunition", D)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled as background, the initiative's ongoing financing by unnamed countries; read as the allies' "
            "promise of money (ALLIES funding pledged): telling background from news needs discourse structure"))),
    ("BRUXELLES (AFP) - L'Union européenne va former 15 000 soldats ukrainiens supplémentaires d'ici l'été, ont "
     "annoncé jeudi les ministres européens de la Défense.",
     {("EU", "training", P)}),
    ("COPENHAGUE (AFP) - Le Danemark a commandé au groupe KNDS 18 canons Caesar qui seront livrés à l'Ukraine, a "
     "indiqué le ministère danois de la Défense.",
     {("DK", "artillery", M)}),
    ("LONDRES (AFP) - Le Royaume-Uni consacrera 350 millions de livres sterling à la livraison de drones à "
     "l'Ukraine, a annoncé Londres.",
     {("GB", "drones", P)}),
    ("BRUXELLES (AFP) - La Belgique a livré à l'Ukraine ses deux premiers avions de chasse F-16, a annoncé mardi le "
     "ministre belge de la Défense.\n"
     "Bruxelles avait promis trente appareils au total.",
     {("BE", "aircraft", D), ("BE", "aircraft", P)}),
    ("RAMSTEIN (AFP) - Les alliés de l'Ukraine ont discuté vendredi de nouvelles livraisons de défense antiaérienne, "
     "sans annonce concrète, lors d'une réunion du groupe de contact.",
     {("ALLIES", AIR, X)}),
    ("STOCKHOLM (AFP) - Les canons Archer promis par la Suède sont en cours d'acheminement vers l'Ukraine, selon "
     "le ministère suédois de la Défense.",
     {("SE", "artillery", P)}),
    ("WASHINGTON (AFP) - Les États-Unis ont approuvé la vente à l'Ukraine de 3 350 missiles ERAM pour un montant de "
     "825 millions de dollars, a indiqué le département d'État.",
     {("US", "missiles", X)}),
    ("ROME (AFP) - L'Italie a envoyé à l'Ukraine un nouveau lot de munitions et de véhicules blindés, a fait savoir "
     "le ministère italien de la Défense, sans en préciser le nombre.",
     {("IT", "ammunition", D), ("IT", ARMOUR, D)}),
]

GERMAN = [
    ("BERLIN (dpa) - Im Rahmen eines Ringtauschs erhält Tschechien 14 Leopard-2A4-Kampfpanzer aus Deutschland. "
     "Tschechien hatte zuvor Dutzende T-72-Panzer an die Ukraine abgegeben.",
     {("CZ", "tanks", D)}),
    ("BERLIN (dpa) - Bundeskanzler Friedrich Merz hat eine Lieferung von Taurus-Marschflugkörpern an die Ukraine "
     "vorerst ausgeschlossen.\n"
     "Die Opposition kritisierte die Entscheidung.",
     {("DE", "missiles", R)}),
    ("BERLIN (dpa) - Die Bundesregierung prüft die Lieferung weiterer Patriot-Systeme an die Ukraine, wie ein "
     "Regierungssprecher am Mittwoch sagte.",
     {("DE", AIR, X)}),
    ("UNTERLÜSS (dpa) - Rheinmetall hat von der Bundesregierung einen Auftrag über Artilleriemunition für die "
     "Ukraine im Wert von 300 Millionen Euro erhalten.",
     {("DE", "ammunition", M)}),
    ("KIEW (dpa) - Die aus Deutschland zugesagten Gepard-Flugabwehrpanzer sind vollständig in der Ukraine "
     "angekommen, teilte das ukrainische Verteidigungsministerium mit.",
     {("DE", AIR, D)}),
    ("BERLIN (dpa) - Die Lieferung der von Deutschland zugesagten IRIS-T-Systeme an die Ukraine verzögert sich um "
     "mehrere Monate, berichtete der \"Spiegel\".",
     {("DE", AIR, P)}),
    ("PRAG (dpa) - Über die tschechische Munitionsinitiative hat die Ukraine in diesem Jahr bereits eine halbe "
     "Million Artilleriegranaten erhalten, sagte Ministerpräsident Petr Fiala.",
     {("CZ", "ammunition", D)}),
    ("BERLIN (dpa) - Der Haushaltsausschuss des Bundestags hat weitere drei Milliarden Euro Militärhilfe für die "
     "Ukraine freigegeben.",
     {("DE", "funding", P)}),
    ("KOPENHAGEN (dpa) - Dänemark kauft für die Ukraine 30 Haubitzen vom Typ Caesar in Frankreich, teilte das "
     "dänische Verteidigungsministerium mit.",
     {("DK", "artillery", P)}),
    ("BERLIN (dpa) - Die Bundeswehr hat seit Kriegsbeginn mehr als 20.000 ukrainische Soldaten ausgebildet.\n"
     "Die Ausbildung findet vor allem auf Truppenübungsplätzen in Deutschland statt.",
     {("DE", "training", D)}),
    ("OSLO (dpa) - Norwegen hat der Ukraine 20 M113-Transportpanzer übergeben und will im kommenden Jahr weitere "
     "NASAMS-Systeme liefern.",
     {("NO", ARMOUR, D), ("NO", AIR, P)}),
    ("BERLIN (dpa) - Das Münchner Unternehmen Helsing soll im Auftrag der Bundesregierung 6000 Kampfdrohnen für "
     "die Ukraine bauen.",
     {("DE", "drones", M)}),
    ("KIEW (dpa) - Die Ukraine hat nach Angaben von Präsident Wolodymyr Selenskyj die ersten Mirage-Kampfjets aus "
     "Frankreich erhalten.",
     {("FR", "aircraft", D)}),
    ("BERLIN (dpa) - Deutschland will der Ukraine bis Jahresende weitere Skyranger-Drohnenabwehrsysteme liefern, "
     "kündigte Verteidigungsminister Boris Pistorius an.",
     {("DE", AIR, P)}),
    ("BERN (dpa) - Der Bundesrat hat ein Gesuch Deutschlands zur Wiederausfuhr von Schweizer Munition für "
     "Gepard-Panzer an die Ukraine abgelehnt.",
     {("CH", "ammunition", R)}),
    ("BRÜSSEL (dpa) - Die Nato-Verteidigungsminister beraten am Donnerstag über weitere Luftverteidigung für die "
     "Ukraine.",
     {("NATO", AIR, X)}),
    ("BERLIN (dpa) - Deutschland liefert Griechenland Marder-Schützenpanzer, Griechenland gibt dafür "
     "BMP-1-Schützenpanzer an die Ukraine ab.",
     {("GR", ARMOUR, P)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ leftovers of earlier rounds


_counted = reading_of("donor", "category", "quantity")


# Systems that shoot down drones are air defence: the drone in "drone-defence",
# "counter-drone", "anti-drone", "Drohnenabwehr", "anti-drones" is what they fight.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany will send two Skyranger drone-defence systems to Ukraine.", {("DE", AIR, 2)}),
        ("en", "Germany will send drone-defence systems to Ukraine.", {("DE", AIR, None)}),
        ("en", "The Netherlands will deliver 100 counter-drone systems to Ukraine.", {("NL", AIR, 100)}),
        ("en", "Denmark will send anti-drone guns to Ukraine, the ministry said.", {("DK", AIR, None)}),
        ("en", "Britain will supply drone defence systems to Ukraine.", {("GB", AIR, None)}),
        ("de", "Deutschland liefert der Ukraine zwei Skyranger-Drohnenabwehrsysteme.", {("DE", AIR, 2)}),
        ("de", "Deutschland liefert der Ukraine Drohnenabwehrsysteme.", {("DE", AIR, None)}),
        ("de", "Deutschland liefert der Ukraine Systeme zur Drohnenabwehr.", {("DE", AIR, None)}),
        ("fr", "La France livrera des systèmes anti-drones à l'Ukraine.", {("FR", AIR, None)}),
        ("fr", "La France livrera à l'Ukraine des canons antidrones.", {("FR", AIR, None)}),
        ("fr", "L'Allemagne livrera des systèmes de lutte anti-drones Skyranger à l'Ukraine.", {("DE", AIR, None)}),
        # a drone told beside it stays a drone
        ("en", "Germany pledged a Skyranger drone-defence system and 100 reconnaissance drones to Ukraine.",
         {("DE", AIR, None), ("DE", "drones", 100)}),
        ("en", "Britain will send 300 long-range attack drones to Ukraine.", {("GB", "drones", 300)}),
    ],
)
def test_drone_defence_is_air_defence(lang: str, text: str, expected: set) -> None:
    assert _counted(text, lang) == expected


# "Half a million" rounds is 500,000 (the real-set convention), "un demi-million" and "eine
# halbe Million" too. Left unread until round 52 (tests/pledges/test_pledges_wire_52.py): read,
# it joined the Czech initiative's announcement to its first delivery report, which recalls
# the figure in a statement dated by its month, a recall the story evidence did not know.
_INITIATIVES_FUNDERS_LEFT = pytest.mark.xfail(strict=True, reason=(
    "the count is read; 'Plusieurs pays européens financent l'initiative' is read as the allies "
    "giving the shells instead of the Czech initiative"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", text_of(ENGLISH[1]), {("GB", "ammunition", 500_000)}),
        pytest.param("fr", text_of(FRENCH[8]), {("CZ", "ammunition", 500_000)}, marks=_INITIATIVES_FUNDERS_LEFT),
        pytest.param("de", text_of(GERMAN[6]), {("CZ", "ammunition", 500_000)}),
    ],
)
def test_half_a_million_rounds_is_a_count(lang: str, text: str, expected: set) -> None:
    assert _counted(text, lang) == expected


# A tank swap: the neighbour's gift to Ukraine is the record; what it gets back is no aid
# to Ukraine (the seventh round's convention, tests/pledges/test_pledges_wire_8.py).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Deutschland liefert Tschechien 14 Leopard-2A4-Panzer, im Gegenzug gibt Tschechien der Ukraine 20 "
         "T-72-Panzer.", {("CZ", "tanks", 20)}),
        ("de", "Im Ringtausch gibt Deutschland der Slowakei 15 Leopard-2-Panzer, die Slowakei hat der Ukraine dafür "
         "30 BMP-1-Schützenpanzer überlassen.", {("SK", ARMOUR, 30)}),
        ("de", text_of(GERMAN[16]), {("GR", ARMOUR, None)}),
        ("de", text_of(GERMAN[0]), {("CZ", "tanks", None)}),
        ("en", "Germany will give Slovenia 40 trucks in return for the 28 M-55 tanks Slovenia handed over to "
         "Ukraine.", {("SI", "tanks", 28)}),
    ],
)
def test_a_tank_swap_gives_the_partners_gift_to_ukraine(lang: str, text: str, expected: set) -> None:
    assert _counted(text, lang) == expected


# "Ont bien été reçus" (and "a bien reçu") tells things arrived, whatever was promised first.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", text_of(FRENCH[1]), {("BE", "ammunition", D)}),
        ("fr", "Les 20 chars Leopard 1 promis par le Danemark ont bien été reçus par l'armée ukrainienne.",
         {("DK", "tanks", D)}),
        ("fr", "L'Ukraine a bien reçu les missiles Aster promis par la France, a confirmé Kiev.",
         {("FR", AIR, D)}),
        ("fr", "Les véhicules blindés envoyés par l'Italie ont été reçus par les forces ukrainiennes.",
         {("IT", ARMOUR, D)}),
        ("en", "The 155mm shells promised by Belgium have been received by the Ukrainian army.",
         {("BE", "ammunition", D)}),
        # a future or a negation keeps it a promise
        ("fr", "Les chars promis par le Danemark n'ont pas encore été reçus par l'armée ukrainienne.",
         {("DK", "tanks", P)}),
        ("fr", "Les chars promis par le Danemark devraient être reçus au printemps.", {("DK", "tanks", P)}),
    ],
)
def test_things_received_are_a_delivery(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ readings the round showed


# A handover named as a noun is done, unless its verb puts it ahead or tells it delayed.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[7]), {("SE", ARMOUR, P)}),
        ("en", "The handover of the CV90 vehicles to Ukraine from Sweden is expected in May.", {("SE", ARMOUR, P)}),
        ("en", "The handover of Swedish tanks to Ukraine has been postponed.", {("SE", "tanks", P)}),
        ("fr", "La remise des chars suédois à l'Ukraine est prévue en mai.", {("SE", "tanks", P)}),
        ("fr", "La remise des chars suédois à l'Ukraine a été reportée.", {("SE", "tanks", P)}),
        # ... and done it stays done
        ("en", "Sweden completed the handover of CV90 vehicles to Ukraine.", {("SE", ARMOUR, D)}),
        ("en", "The handover of Swedish tanks to Ukraine took place on Monday.", {("SE", "tanks", D)}),
        ("fr", "La remise des chars suédois à l'Ukraine a eu lieu lundi.", {("SE", "tanks", D)}),
    ],
)
def test_a_handover_to_come_is_a_promise(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


_valued = reading_of("donor", "category", "quantity", "value")


# Money told as what named things cost is their value, not a gift beside them: a price
# after the thing ("at a cost of", "pour un coût de", "zum Preis von"), money devoted to a
# delivery ("consacrera ... à la livraison de drones").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[6]), {("NO", AIR, 2, 2.2e9)}),
        ("en", "Norway will buy two NASAMS systems for Ukraine at a cost of 2.2 billion crowns.", {("NO", AIR, 2, 2.2e9)}),
        ("fr", "La Norvège achètera deux systèmes NASAMS pour l'Ukraine pour un coût de 2 milliards de couronnes.",
         {("NO", AIR, 2, 2e9)}),
        ("de", "Norwegen kauft für die Ukraine zwei NASAMS-Systeme zum Preis von 2 Milliarden Kronen.",
         {("NO", AIR, 2, 2e9)}),
        ("fr", text_of(FRENCH[11]), {("GB", "drones", None, 3.5e8)}),
        # money for Ukraine with no thing it pays for stays money given
        ("fr", "Le Royaume-Uni consacrera 350 millions de livres à l'Ukraine.", {("GB", "funding", None, 3.5e8)}),
    ],
)
def test_money_told_as_what_things_cost_is_their_value(lang: str, text: str, expected: set) -> None:
    assert _valued(text, lang) == expected


# A sale approved to Ukraine is not yet given (Ukraine still has to buy): discussed, as an
# export approval alone is (labelling rules), and its price is no money given.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", text_of(FRENCH[15]), {("US", "missiles", X)}),
        ("en", "The United States approved the sale of 3,350 ERAM missiles to Ukraine for $825 million, the State "
         "Department said.", {("US", "missiles", X)}),
        ("en", "The State Department approved a possible sale to Ukraine of Hawk air defence spare parts.",
         {("US", "other", X)}),
        ("fr", "Washington a autorisé la vente de missiles ERAM à l'Ukraine pour 825 millions de dollars.",
         {("US", "missiles", X)}),
        ("de", "Die USA haben den Verkauf von 3350 ERAM-Raketen im Wert von 825 Millionen Dollar an die Ukraine "
         "genehmigt.", {("US", "missiles", X)}),
        # money approved for Ukraine stays a promise
        ("en", "The U.S. Congress approved $61 billion in military aid for Ukraine.", {("US", "funding", P)}),
    ],
)
def test_a_sale_approved_is_under_discussion(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A relative clause right after the things describes them ("18 Caesar guns which will be
# delivered to Ukraine"); the verb before them is the news: an order stays production.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", text_of(FRENCH[10]), {("DK", "artillery", M)}),
        ("en", "Denmark has ordered 18 Caesar howitzers which will be delivered to Ukraine next year.",
         {("DK", "artillery", M)}),
        # the relative clause's verb still speaks when it is the only one
        ("en", "The Leopard tanks which Germany delivered in May are now at the front in Ukraine.",
         {("DE", "tanks", D)}),
    ],
)
def test_a_relative_clause_after_the_things_is_not_the_news(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A count before a model named by a letter, a dash and digits ("30 T-72", "28 M-55") is a
# count: the letter is no unit (tonnes, metres, millions, thousands).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Poland sent 30 T-72 tanks to Ukraine.", {("PL", "tanks", 30)}),
        ("en", "Slovenia handed over 28 M-55 tanks to Ukraine.", {("SI", "tanks", 28)}),
        ("de", "Tschechien gibt der Ukraine 20 T-72-Panzer.", {("CZ", "tanks", 20)}),
        # ... and a unit stays a unit
        ("en", "Poland sent 20 t of ammunition to Ukraine.", {("PL", "ammunition", None)}),
    ],
)
def test_a_count_before_a_lettered_model_is_a_count(lang: str, text: str, expected: set) -> None:
    assert _counted(text, lang) == expected


# A firm and its nationality give way to the government paying it: the other party of a
# contract ("a contract with the Dutch government") is the giver, no place; a firm named
# alone still counts as its country (config/entities.toml); "Excalibur Army" is a firm,
# not the Excalibur shell.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Czech arms maker Excalibur Army has signed a contract with the Dutch government to refurbish 50 "
         "T-72 tanks for Ukraine.", {("NL", "tanks", M)}),
        ("fr", "Le groupe français KNDS a signé avec le gouvernement danois un contrat pour 18 canons Caesar "
         "destinés à l'Ukraine.", {("DK", "artillery", M)}),
        ("de", "Der tschechische Rüstungskonzern CSG hat von der niederländischen Regierung einen Auftrag über 50 "
         "T-72-Panzer für die Ukraine erhalten.", {("NL", "tanks", M)}),
        ("en", "German arms maker Rheinmetall will deliver 100 Skynex systems to Ukraine.", {("DE", AIR, P)}),
        ("en", "Germany will send tanks to Ukraine together with Denmark.", {("DE", "tanks", P), ("DK", "tanks", P)}),
    ],
)
def test_a_firm_gives_way_to_the_government_paying_it(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Records that restate others across sentences: the ordered things told by their kind
# alone with their schedule are the order; the delivered things' promise told in the
# pluperfect is background to the delivery (a promise with a count of its own, a larger
# total, stays: the Belgian F-16 article above).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", text_of(FRENCH[4]), {("FR", "artillery", M)}),
        ("en", text_of(ENGLISH[5]), {("NL", "tanks", M)}),
        ("en", text_of(ENGLISH[2]), {("ES", "tanks", D)}),
        ("de", "Die Ukraine hat die ersten Leopard-2-Panzer aus Spanien erhalten. Madrid hatte die Panzer im Frühjahr "
         "zugesagt.", {("ES", "tanks", D)}),
        ("fr", "L'Ukraine a reçu les premiers chars Leopard 2 espagnols. Madrid avait promis les chars au printemps.",
         {("ES", "tanks", D)}),
        # another kind of thing told beside an order is its own promise
        ("en", "Germany has ordered 18 RCH 155 howitzers for Ukraine. Berlin will also send the tanks Kyiv asked for.",
         {("DE", "artillery", M), ("DE", "tanks", P)}),
    ],
)
def test_an_order_or_a_delivery_told_again_is_one_record(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# An adverb of time between the auxiliary and the participle ("has so far supplied",
# "have previously sent") leaves a delivery told.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[0]), {("DE", AIR, P), ("DE", AIR, D)}),
        ("en", "Germany has so far supplied six IRIS-T systems to Ukraine.", {("DE", AIR, D)}),
        ("en", "Norway has previously sent eight Leopard 2 tanks to Ukraine.", {("NO", "tanks", D)}),
    ],
)
def test_a_delivery_told_with_an_adverb_of_time(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Making told as where given things come from is no making of its own.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[1]), {("GB", "ammunition", P)}),
        ("fr", "La France livrera des obus à l'Ukraine. Ils proviendront des usines de KNDS à Bourges.",
         {("FR", "ammunition", P)}),
        ("de", "Deutschland liefert der Ukraine weitere Granaten. Sie stammen aus der laufenden Produktion von "
         "Rheinmetall.", {("DE", "ammunition", P)}),
        # ... while making for Ukraine stays production
        ("en", "Britain will build a new shell factory to supply Ukraine.", {("GB", "production", M)}),
    ],
)
def test_making_told_as_the_source_is_no_record(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A second round, written and labelled after the fixes above and before running them: the
# same shapes in other words and languages (a firm paid by a government, drone defence
# received, a sale approved, a swap, a handover to come, a price after the thing, a
# delivery told with an adverb of time), to check the readings carry over. Run first, 15 of
# 18 were right; the three misses led to the firm rule looking at every donor (a firm's
# nationality set aside by another rule still names a firm), French "le groupe allemand
# Rheinmetall", and a country acting in a subject relative ("à la Tchéquie, qui ... a
# livré") being no place.
SECOND_ROUND = [
    ("en", "OTTAWA (Reuters) - Canadian arms maker Roshel has signed a contract with the Norwegian government to build "
     "100 Senator armoured vehicles for Ukraine, the company said.",
     {("NO", ARMOUR, M)}),
    ("en", "KYIV (Reuters) - The drone-defence systems promised by Lithuania have been received, Ukraine's defence "
     "ministry said on Monday.",
     {("LT", AIR, D)}),
    ("en", "WASHINGTON (Reuters) - The State Department approved the possible sale of 2,000 HAWK interceptors to "
     "Ukraine, the agency said.",
     {("US", AIR, X)}),
    ("en", "BERLIN (Reuters) - Germany will give Poland 20 Leopard 2 tanks in exchange for the 60 T-72 tanks Poland "
     "sent to Ukraine, the government said.",
     {("PL", "tanks", D)}),
    ("en", "LONDON (Reuters) - The handover of 14 Challenger 2 tanks to Ukraine is expected next month, the defence "
     "ministry said.",
     {("GB", "tanks", P)}),
    ("en", "COPENHAGEN (Reuters) - Denmark has ordered 20 counter-drone systems from Danish firm MyDefence for "
     "Ukraine, the ministry said.",
     {("DK", AIR, M)}),
    ("fr", "PARIS (AFP) - Le groupe allemand Rheinmetall a signé un contrat avec le gouvernement néerlandais pour "
     "fournir 100 000 obus à l'Ukraine.",
     {("NL", "ammunition", M)}),
    ("fr", "KIEV (AFP) - Les systèmes de défense anti-drones promis par la Lettonie ont bien été reçus, a indiqué Kiev.",
     {("LV", AIR, D)}),
    ("fr", "VARSOVIE (AFP) - La Pologne a jusqu'ici fourni 300 chars à l'Ukraine, a indiqué le ministre polonais de la "
     "Défense.",
     {("PL", "tanks", D)}),
    ("fr", "OSLO (AFP) - La Norvège achètera pour l'Ukraine deux systèmes NASAMS pour un coût de 2 milliards de "
     "couronnes.",
     {("NO", AIR, P)}),
    ("fr", "BERLIN (AFP) - L'Allemagne fournira 20 chars Leopard à la Tchéquie, qui en échange a livré 40 T-72 à "
     "l'Ukraine.",
     {("CZ", "tanks", D)}),
    ("fr", "LONDRES (AFP) - La remise des chars Challenger 2 à l'Ukraine doit avoir lieu en mars, selon Londres.",
     {("GB", "tanks", P)}),
    ("de", "BERLIN (dpa) - Der Rüstungskonzern Rheinmetall hat einen Vertrag mit der dänischen Regierung über 20 "
     "Skyranger-Systeme für die Ukraine unterzeichnet.",
     {("DK", AIR, M)}),
    ("de", "KIEW (dpa) - Die Ukraine hat die ersten Drohnenabwehrsysteme aus Litauen erhalten.",
     {("LT", AIR, D)}),
    ("de", "WASHINGTON (dpa) - Das US-Außenministerium hat den Verkauf von Ersatzteilen für Patriot-Systeme an die "
     "Ukraine genehmigt.",
     {("US", "other", X)}),
    ("de", "PRAG (dpa) - Tschechien hat der Ukraine bislang 120 Panzer übergeben, sagte Verteidigungsministerin Jana "
     "Cernochova.",
     {("CZ", "tanks", D)}),
    ("de", "BERLIN (dpa) - Die Niederlande kaufen für die Ukraine 30 Leopard-1-Panzer zum Preis von 100 Millionen "
     "Euro.",
     {("NL", "tanks", P)}),
    ("de", "BERLIN (dpa) - Deutschland gibt Polen 20 Leopard-2-Panzer, Polen gibt der Ukraine im Gegenzug 60 "
     "T-72-Panzer.",
     {("PL", "tanks", P)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SECOND_ROUND)
def test_the_second_round_gives_its_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Guards for the readings the second round led to: a place visited stays a place, and a
# firm named alone still counts as its country.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "En visite à Berlin, le président ukrainien a obtenu la promesse de nouveaux obus.", set()),
        ("fr", "Le groupe allemand Rheinmetall livrera des obus à l'Ukraine.", {("DE", "ammunition", P)}),
        # "le groupe de Ramstein" is the allies, no firm (a first version read it as one,
        # and gave the American minister speaking the allies' deliveries)
        ("fr", "Selon Lloyd Austin, le ministre américain de la Défense, le groupe de Ramstein a fourni plus de 50 "
         "milliards de dollars d'équipements militaires à l'Ukraine.", {("ALLIES", "other", D)}),
    ],
)
def test_places_and_firms_alone_read_as_before(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A giving verb governed by a contract ("a contract ... to supply") tells what the
# contract buys: production, not a promise; a contract told apart leaves a promise.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "German arms maker Rheinmetall has won a contract from the Dutch government to supply 100,000 shells "
         "to Ukraine.", {("NL", "ammunition", M)}),
        ("en", "Rheinmetall signed a contract with the Dutch government to supply shells to Ukraine.",
         {("NL", "ammunition", M)}),
        ("en", "Germany signed a contract last year and will now send tanks to Ukraine.", {("DE", "tanks", P)}),
    ],
)
def test_a_contract_to_supply_is_an_order(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected
