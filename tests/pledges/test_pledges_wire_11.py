"""An eleventh round of wire copy, on short articles written for these tests (none is
taken from the real-article set), in English, French and German, as agency copy runs: a
dateline, the news, a quote or a background paragraph, numbers in words and digits,
currencies converted in brackets, ranges, packages listing their contents. Each article
was labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and the earlier rounds'. Run first on main, 32 of the 50 were
fully right (records matched 48 / labelled 64 / predicted 63); after the fixes below, 46
(60 / 64 / 64). The four left are strict xfails with their reasons.

Conventions this round settles:
- a running total told as history ("has so far given ... since the start of the war",
  "insgesamt hat Deutschland bisher ... geliefert", "depuis le début de la guerre, la France
  a fourni ...") is a record of its own, at its verb's stage: the real set labels such
  totals (things delivered "bisher", systems promised "insgesamt") like any other news;
- a dateline's city ("BERLIN (Reuters) -", "PARIS, 3 déc (AFP) -") is where the copy was
  filed: it gives nothing unless the article names that country again, or names no other
  donor and has a national body speak without its nation ("LONDON - ..., the defence
  ministry said");
- a member blocking its organisation's aid ("Hungary blocks EU military aid", "la Hongrie
  bloque", "Ungarn blockiert") refuses nothing of its own: the organisation's aid is
  undecided (discussed).
The earlier rounds are tests/pledges/test_pledges_wire.py to _10."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, M, P, R, X
from tests.support.wire_reading import in_three_languages, reading_of, records, text_of

ENGLISH = [
    ("WARSAW (Reuters) - Ukraine will get a further 40 Leopard 1 tanks from Denmark and Germany by the spring, "
     "Ukraine's defence minister said on Tuesday during a visit to the Polish capital.\n"
     "\"Every tank counts,\" he told reporters.",
     {("DK", "tanks", P), ("DE", "tanks", P)}),
    ("TALLINN (Reuters) - Estonia will send Ukraine another 10 million euros' worth of artillery ammunition, "
     "Defence Minister Hanno Pevkur said on Tuesday.\n"
     "Estonia has so far given Ukraine military aid worth more than 500 million euros since the start of the war.",
     {("EE", "ammunition", P), ("EE", "funding", D)}),
    ("WASHINGTON, Dec 3 (Reuters) - The United States announced a $400 million weapons package for Ukraine on "
     "Wednesday. It includes Stinger missiles, 155mm artillery rounds and 20 Bradley fighting vehicles, the "
     "Pentagon said.\n"
     "The weapons will come from existing U.S. stocks.",
     {("US", "funding", P), ("US", AIR, P), ("US", "ammunition", P), ("US", ARMOUR, P)}),
    ("KYIV, Dec 3 (Reuters) - The first Gripen fighter jets from Sweden have arrived in Ukraine, President "
     "Volodymyr Zelenskiy said on Wednesday.\n"
     "Stockholm promised the jets in the summer after months of talks.",
     {("SE", "aircraft", D)}),
    ("BERLIN (Reuters) - Hungary blocked on Monday a new tranche of 6.6 billion euros in EU military aid for "
     "Ukraine, diplomats said, the latest in a string of vetoes by Budapest.",
     {("EU", "funding", X)}),
    ("AMSTERDAM (Reuters) - Rheinmetall will deliver 20 Skynex air defence systems to Ukraine under a contract "
     "financed by the Netherlands, the German company said on Thursday.",
     {("NL", AIR, M)}),
    ("LONDON (Reuters) - Britain has ruled out sending troops to Ukraine but will supply another 5,000 "
     "Martlet air defence missiles, Defence Secretary John Healey said on Friday.",
     {("GB", AIR, P)}),
    ("OSLO (Reuters) - Norway will give Ukraine 1.5 billion Norwegian crowns ($140 million) to buy "
     "long-range drones, the defence ministry said on Tuesday.",
     {("NO", "drones", P)}),
    pytest.param(
        "PARIS (Reuters) - France has delivered the first of six Mirage 2000-5 fighter jets promised to Ukraine, "
        "the armed forces ministry said on Monday.\n"
        "Ukrainian pilots have been training on the aircraft in eastern France since the spring.",
        {("FR", "aircraft", D), ("FR", "training", D)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the delivery and the pilots' training; read as the first one delivered and the six promised as "
            "a total (the earlier rounds' reading of 'the first of six', which the real set labels too), and the "
            "training, told with the place only ('in eastern France'), gets no giver"))),
    ("ROME (Reuters) - Italy will not send long-range missiles to Ukraine, Foreign Minister Antonio Tajani said "
     "on Wednesday, repeating Rome's line that its weapons may only be used on Ukrainian territory.",
     {("IT", "missiles", R)}),
    ("OTTAWA (Reuters) - Canada is in talks with Ukraine about supplying more LAV armoured vehicles, a "
     "spokesperson for the defence minister said, adding that no decision had been made.",
     {("CA", ARMOUR, X)}),
    ("VILNIUS (Reuters) - Lithuania has ordered 3,000 to 4,000 FPV drones from local manufacturers for Ukraine "
     "at a cost of up to 10 million euros, the defence ministry said on Thursday.",
     {("LT", "drones", M)}),
    pytest.param(
        "BRUSSELS (Reuters) - NATO allies have committed more than 40 billion euros in military aid to Ukraine "
        "this year, Secretary General Mark Rutte said on Tuesday.",
        {("ALLIES", "funding", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled ALLIES; 'NATO allies' is read as NATO (config/entities.toml lists it under NATO): both are "
            "organisation codes the scorer keeps apart, and the label was fixed before the run"))),
    ("COPENHAGEN (Reuters) - Denmark has handed over its last batch of F-16 fighter jets to Ukraine, the "
     "Danish defence ministry said on Friday.\n"
     "Copenhagen has given Ukraine 19 of the jets in total since it first pledged them in 2023.",
     {("DK", "aircraft", D)}),
    ("PRAGUE (Reuters) - The Czech ammunition initiative will deliver up to 1.8 million large-calibre shells "
     "to Ukraine next year, Prime Minister Petr Fiala said on Monday.",
     {("CZ", "ammunition", P)}),
    ("MADRID (Reuters) - Spain is considering sending more Patriot missiles to Ukraine, two government sources "
     "told Reuters on Wednesday.",
     {("ES", AIR, X)}),
    ("KYIV (Reuters) - Ukraine's air force said on Sunday it had used IRIS-T systems supplied by Germany to "
     "shoot down 20 Russian drones overnight.",
     {("DE", AIR, D)}),
    ("BERLIN (Reuters) - German arms maker Diehl Defence has received an order from the German government for "
     "eight more IRIS-T SLM systems for Ukraine, worth about 1 billion euros.",
     {("DE", AIR, M)}),
]

FRENCH = [
    ("PARIS, 3 déc (AFP) - L'Ukraine a reçu une nouvelle livraison d'obus de 155 mm en provenance de Belgique, "
     "a annoncé mercredi le ministère ukrainien de la Défense.\n"
     "Bruxelles avait promis ces munitions en septembre.",
     {("BE", "ammunition", D)}),
    ("KIEV (AFP) - Les chars T-72 que la Slovaquie a envoyés à l'Ukraine sont désormais engagés sur le front, "
     "a indiqué mardi l'état-major ukrainien.",
     {("SK", "tanks", D)}),
    ("KIEV (AFP) - Selon Varsovie, les obus que la Tchéquie a livrés à Kiev ont permis de tenir la ligne de "
     "front cet hiver.",
     {("CZ", "ammunition", D)}),
    ("PARIS (AFP) - La France va livrer à l'Ukraine douze canons Caesar supplémentaires d'ici l'été, a annoncé "
     "jeudi le ministre des Armées.\n"
     "Depuis le début de la guerre, la France a fourni à Kiev une cinquantaine de ces canons.",
     {("FR", "artillery", P), ("FR", "artillery", D)}),
    ("BRUXELLES (AFP) - La Hongrie bloque toujours le versement de 6,6 milliards d'euros d'aide militaire de "
     "l'UE à l'Ukraine, ont regretté lundi plusieurs ministres européens.",
     {("EU", "funding", X)}),
    ("BERLIN (AFP) - L'Allemagne a exclu une nouvelle fois de livrer des missiles Taurus à l'Ukraine, a indiqué "
     "vendredi un porte-parole du gouvernement.",
     {("DE", "missiles", R)}),
    ("LONDRES (AFP) - Le Royaume-Uni a remis à l'Ukraine une centaine de véhicules blindés, a annoncé lundi le "
     "ministère britannique de la Défense, sans préciser leur modèle.",
     {("GB", ARMOUR, D)}),
    ("OTTAWA (AFP) - Le Canada financera à hauteur de 500 millions de dollars canadiens l'achat de drones pour "
     "l'Ukraine, a annoncé mardi le gouvernement.",
     {("CA", "drones", P)}),
    ("STOCKHOLM (AFP) - La Suède étudie la livraison d'avions de surveillance ASC 890 supplémentaires à "
     "l'Ukraine, a indiqué le ministre suédois de la Défense.",
     {("SE", "aircraft", X)}),
    ("BUCAREST (AFP) - La Roumanie a livré à l'Ukraine un système de défense antiaérienne Patriot, a confirmé "
     "mercredi le ministère roumain de la Défense.",
     {("RO", AIR, D)}),
    ("PARIS (AFP) - Le groupe KNDS a reçu de l'État français une commande de 20 000 obus destinés à l'Ukraine, "
     "a annoncé jeudi l'entreprise.",
     {("FR", "ammunition", M)}),
    ("LA HAYE (AFP) - Les Pays-Bas vont fournir 18 F-16 supplémentaires à l'Ukraine, a annoncé le gouvernement "
     "néerlandais, qui en a déjà livré 24.",
     {("NL", "aircraft", P), ("NL", "aircraft", D)}),
    ("KIEV (AFP) - Les Mirage que Paris a promis à l'Ukraine sont arrivés, a annoncé le président Volodymyr "
     "Zelensky, sans préciser leur nombre.",
     {("FR", "aircraft", D)}),
    ("VARSOVIE (AFP) - La Pologne refuse d'envoyer ses avions MiG-29 restants à l'Ukraine tant que leurs "
     "remplaçants ne sont pas livrés, a déclaré le ministre polonais de la Défense.",
     {("PL", "aircraft", R)}),
    ("BRUXELLES (AFP) - L'Union européenne a formé 75 000 soldats ukrainiens depuis le début de la guerre, a "
     "annoncé mardi la cheffe de la diplomatie européenne.",
     {("EU", "training", D)}),
    pytest.param(
        "COPENHAGUE (AFP) - Le Danemark va financer la production en Ukraine d'obusiers Bohdana pour 60 millions "
        "d'euros, a annoncé le ministère danois de la Défense.",
        {("DK", "artillery", M)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled production (paying for making in Ukraine); read as a promise of the guns and of the money: "
            "'financer la production ... pour 60 millions' is not told apart from paying for the things themselves"))),
]

GERMAN = [
    ("BERLIN (dpa) - Insgesamt hat Deutschland der Ukraine bisher Waffen im Wert von 28 Milliarden Euro "
     "geliefert, teilte die Bundesregierung mit.\n"
     "Am Dienstag kündigte Verteidigungsminister Boris Pistorius zwei weitere IRIS-T-Systeme an.",
     {("DE", "other", D), ("DE", AIR, P)}),
    ("KIEW (dpa) - Die ersten Leopard-1-Panzer aus Dänemark seien eingetroffen, teilte das ukrainische "
     "Verteidigungsministerium mit.",
     {("DK", "tanks", D)}),
    ("BRÜSSEL (dpa) - Ungarn blockiert weiterhin EU-Militärhilfe für die Ukraine in Höhe von 6,6 Milliarden "
     "Euro, wie Diplomaten am Montag bestätigten.",
     {("EU", "funding", X)}),
    ("UNTERLÜSS (dpa) - Rheinmetall soll der Ukraine 100.000 Artilleriegranaten liefern, bezahlt werden sie "
     "von Dänemark, teilte der Konzern mit.",
     {("DK", "ammunition", P)}),
    ("BERLIN (dpa) - Deutschland wird der Ukraine bis Jahresende vier weitere Patriot-Startgeräte übergeben, "
     "kündigte Verteidigungsminister Boris Pistorius an.",
     {("DE", AIR, P)}),
    ("KIEW (dpa) - Laut Selenskyj seien die aus Norwegen zugesagten F-16-Kampfjets inzwischen geliefert worden.",
     {("NO", "aircraft", D)}),
    ("WIEN (dpa) - Österreich lehnt Waffenlieferungen an die Ukraine unter Verweis auf seine Neutralität "
     "weiterhin ab.",
     {("AT", "other", R)}),
    ("BERLIN (dpa) - Die Bundesregierung prüft, ob sie der Ukraine weitere Gepard-Flugabwehrpanzer aus "
     "Industriebeständen zur Verfügung stellen kann.",
     {("DE", AIR, X)}),
    ("STOCKHOLM (dpa) - Schweden hat der Ukraine ein neues Militärpaket im Wert von umgerechnet 1,2 Milliarden "
     "Euro zugesagt. Es umfasst unter anderem Archer-Haubitzen und CV90-Schützenpanzer.",
     {("SE", "funding", P), ("SE", "artillery", P), ("SE", ARMOUR, P)}),
    pytest.param(
        "BERLIN (dpa) - Die Bundeswehr bildet derzeit rund 1.000 ukrainische Soldaten am Leopard-Panzer aus, "
        "teilte das Verteidigungsministerium mit.",
        {("DE", "training", D)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled training under way; no record: the separable verb 'bildet ... aus' with a count and a "
            "'teilte ... mit' clause is not read (the bare 'bildet ukrainische Soldaten aus' is)"))),
    ("PARIS (dpa) - Frankreich hat der Ukraine die ersten SAMP/T-Systeme geliefert, bestätigte das "
     "Verteidigungsministerium in Paris.",
     {("FR", AIR, D)}),
    ("WARSCHAU (dpa) - Die Ukraine soll in den kommenden Wochen weitere Panzer aus Spanien erhalten, hieß es "
     "aus Regierungskreisen.",
     {("ES", "tanks", P)}),
    ("KOPENHAGEN (dpa) - Dänemark hat beim Hersteller MyDefence 30 Drohnenabwehrsysteme für die Ukraine "
     "bestellt.",
     {("DK", AIR, M)}),
    ("BERLIN (dpa) - Die Niederlande und Deutschland wollen der Ukraine gemeinsam 100 Leopard-1-Panzer "
     "liefern, die ersten 20 seien bereits übergeben worden.",
     {("NL", "tanks", P), ("DE", "tanks", P), ("NL", "tanks", D), ("DE", "tanks", D)}),
    ("ROM (dpa) - Italien erwägt die Lieferung eines weiteren SAMP/T-Systems an die Ukraine, sagte "
     "Verteidigungsminister Guido Crosetto.",
     {("IT", AIR, X)}),
    ("BERLIN (dpa) - Seit Kriegsbeginn hat Deutschland der Ukraine mehr als 100 Kampfpanzer geliefert, sagte "
     "ein Regierungssprecher. Die Panzer stammen aus Beständen der Bundeswehr und der "
     "Industrie.",
     {("DE", "tanks", D)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ leftovers of earlier rounds


# A running total told as history is a record at its verb's stage (the real set labels
# totals so), beside the article's news; weapons told by their worth alone are such a
# total, not a vague retelling of the precise things promised beside them.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", text_of(GERMAN[0]), {("DE", "other", D), ("DE", AIR, P)}),
        ("de", "Insgesamt hat Deutschland der Ukraine bisher Waffen im Wert von 28 Milliarden Euro geliefert. "
         "Pistorius kündigte zwei weitere IRIS-T-Systeme an.", {("DE", "other", D), ("DE", AIR, P)}),
        ("en", "Britain will send 20 more air defence systems to Ukraine. Since the start of the war, Britain has "
         "supplied weapons worth 12 billion pounds.", {("GB", AIR, P), ("GB", "other", D)}),
        ("en", text_of(ENGLISH[1]), {("EE", "ammunition", P), ("EE", "funding", D)}),
        ("fr", text_of(FRENCH[3]), {("FR", "artillery", P), ("FR", "artillery", D)}),
        ("de", text_of(GERMAN[15]), {("DE", "tanks", D)}),
        # a total promised stays a promise
        ("de", "Insgesamt hat Deutschland der Ukraine bisher 28 Milliarden Euro Militärhilfe zugesagt.",
         {("DE", "funding", P)}),
        # ... and weapons told vaguely beside precise ones at the same stage are those
        ("en", "Germany will send more weapons to Ukraine, including two IRIS-T systems.", {("DE", AIR, P)}),
    ],
)
def test_a_running_total_is_a_record_at_its_stage(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# The subject of a relative clause right after the things, with a giving verb, gave them,
# whoever speaks first ("Selon Varsovie, les chars que Bratislava a envoyés").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", text_of(FRENCH[2]), {("CZ", "ammunition", D)}),
        ("fr", "Selon Varsovie, les chars que Bratislava a envoyés sont arrivés.", {("SK", "tanks", D)}),
        ("fr", "Pour Berlin, les obus que la Tchéquie a livrés à Kiev ont été décisifs.", {("CZ", "ammunition", D)}),
        ("en", "According to Warsaw, the tanks that Slovakia sent have arrived in Ukraine.", {("SK", "tanks", D)}),
        ("fr", text_of(FRENCH[1]), {("SK", "tanks", D)}),
        ("fr", text_of(FRENCH[12]), {("FR", "aircraft", D)}),
    ],
)
def test_the_giver_inside_a_relative_clause(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A dateline's city is where the copy was filed: no giver, unless the article names its
# country again or has a national body speak without naming its nation.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[0]), {("DK", "tanks", P), ("DE", "tanks", P)}),
        ("fr", text_of(FRENCH[0]), {("BE", "ammunition", D)}),
        ("de", text_of(GERMAN[11]), {("ES", "tanks", P)}),
        ("en", "BERLIN (Reuters) - Ukraine will get more tanks from Spain, officials said.", {("ES", "tanks", P)}),
        ("en", "BERLIN (Reuters) - Ukraine will get more tanks, officials said.", set()),
        ("en", "WARSAW, Dec 3 (Reuters) - Ukraine has received new tanks, the ministry said.", set()),
        ("fr", "PARIS, 3 déc (AFP) - L'Ukraine a reçu de nouveaux obus.", set()),
        # the city's national body speaking: its nation
        ("en", "LONDON (Reuters) - The handover of 14 Challenger 2 tanks to Ukraine is expected next month, the "
         "defence ministry said.", {("GB", "tanks", P)}),
        ("de", "BERLIN (dpa) - Das Bundeskabinett hat beschlossen, der Ukraine zwei weitere Iris-T-Systeme zu liefern.",
         {("DE", AIR, P)}),
    ],
)
def test_a_dateline_city_is_no_giver(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A firm named bare gives way to the government paying it; a delivery under a contract is
# the contract's (production).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[5]), {("NL", AIR, M)}),
        ("en", "Rheinmetall will deliver shells to Ukraine under a contract with the Netherlands.",
         {("NL", "ammunition", M)}),
        ("fr", "Rheinmetall livrera des obus à l'Ukraine dans le cadre d'un contrat financé par les Pays-Bas.",
         {("NL", "ammunition", M)}),
        ("de", "Rheinmetall liefert der Ukraine im Rahmen eines von Dänemark finanzierten Vertrags 20 "
         "Skynex-Systeme.", {("DK", AIR, M)}),
        ("de", text_of(GERMAN[3]), {("DK", "ammunition", P)}),
        ("de", "Rheinmetall soll der Ukraine im Rahmen eines von Dänemark bezahlten Vertrags Granaten liefern.",
         {("DK", "ammunition", M)}),
        # a package is no contract
        ("de", "Deutschland liefert der Ukraine im Rahmen eines neuen Pakets 20 Panzer.", {("DE", "tanks", P)}),
        # ... and alone it still counts as its country
        ("en", "Rheinmetall will deliver 100 Skynex systems to Ukraine.", {("DE", AIR, P)}),
        ("en", "Rheinmetall will deliver 100 Skynex systems to Ukraine, paid for by Germany.", {("DE", AIR, P)}),
    ],
)
def test_a_bare_firm_gives_way_to_the_government_paying(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# German reported speech (Konjunktiv I) tells a delivery as done, also of a share of the
# things just promised ("sechs davon seien eingetroffen", "dont six ont été livrés").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", text_of(GERMAN[13]), {("NL", "tanks", P), ("DE", "tanks", P), ("NL", "tanks", D), ("DE", "tanks", D)}),
        ("de", "Dänemark will 19 F-16 liefern, sechs davon seien bereits eingetroffen.",
         {("DK", "aircraft", P), ("DK", "aircraft", D)}),
        ("de", "Die Niederlande wollen der Ukraine 100 Leopard-1-Panzer liefern, die ersten 20 seien bereits übergeben "
         "worden.", {("NL", "tanks", P), ("NL", "tanks", D)}),
        ("fr", "Le Danemark livrera 19 F-16 à l'Ukraine, dont six ont déjà été livrés.",
         {("DK", "aircraft", P), ("DK", "aircraft", D)}),
        ("de", text_of(GERMAN[1]), {("DK", "tanks", D)}),
        ("de", text_of(GERMAN[5]), {("NO", "aircraft", D)}),
        ("de", "Die ersten Leopard-Panzer aus Dänemark seien bereits geliefert worden, sagte der Minister.",
         {("DK", "tanks", D)}),
        # the payer told as an attribute after an indefinite article describes the things
        # ("aus einem von Deutschland finanzierten Programm"): their arrival is the news
        ("de", "Die Panzer aus einem von Deutschland finanzierten Programm seien in den vergangenen Tagen "
         "eingetroffen, teilte das Verteidigungsministerium in Kiew mit.", {("DE", "tanks", D)}),
        ("de", "Die Panzer aus einem von Deutschland finanzierten Programm sind eingetroffen.", {("DE", "tanks", D)}),
    ],
)
def test_reported_speech_tells_a_delivery(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A member blocking its organisation's aid refuses nothing of its own: the organisation's
# aid is undecided. A country refusing its own aid, or vetoing another country's transfer,
# still refuses.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", text_of(ENGLISH[4]), {("EU", "funding", X)}),
        ("fr", text_of(FRENCH[4]), {("EU", "funding", X)}),
        ("de", text_of(GERMAN[2]), {("EU", "funding", X)}),
        ("de", "Ungarn blockiert EU-Militärhilfe für die Ukraine.", {("EU", "funding", X)}),
        ("en", "Hungary blocks EU military aid for Ukraine.", {("EU", "funding", X)}),
        ("fr", "La Hongrie bloque l'aide militaire de l'UE à l'Ukraine.", {("EU", "funding", X)}),
        ("en", "Hungary refuses to send weapons to Ukraine.", {("HU", "other", R)}),
        ("en", "Germany vetoed the delivery of Leopard tanks to Ukraine by Poland.", {("DE", "tanks", R)}),
    ],
)
def test_a_member_blocking_its_organisations_aid(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ readings the round showed


_valued = reading_of("donor", "category", "status", "value")


# Money told as what things cost is their value: "X's worth of" things, an amount with its
# conversion in brackets (one amount, the article's own), a purchase right after the
# amount ("financera à hauteur de ... l'achat de drones").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Estonia will send Ukraine another 10 million euros' worth of artillery ammunition.",
         {("EE", "ammunition", P, 1e7)}),
        ("en", "Norway will give Ukraine 1.5 billion crowns ($140 million) to buy drones.",
         {("NO", "drones", P, 1.5e9)}),
        ("fr", "Le Canada financera à hauteur de 500 millions de dollars canadiens l'achat de drones pour l'Ukraine.",
         {("CA", "drones", P, 5e8)}),
        ("en", "Sweden will give Ukraine 8.7 billion crowns ($900 million) in military aid.",
         {("SE", "funding", P, 8.7e9)}),
        ("de", "Schweden gibt der Ukraine 8,7 Milliarden Kronen (umgerechnet rund 780 Millionen Euro) Militärhilfe.",
         {("SE", "funding", P, 8.7e9)}),
    ],
)
def test_money_told_as_what_things_cost(lang: str, text: str, expected: set) -> None:
    assert _valued(text, lang) == expected


# A promise told of things just delivered describes them: "jets promised to Ukraine", "Stockholm
# promised the jets in the summer" (past, of the things named); an order told by whom it came from.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "France has delivered the Mirage jets promised to Ukraine.", {("FR", "aircraft", D)}),
        ("en", "Germany has delivered the IRIS-T systems pledged to Ukraine last year.", {("DE", AIR, D)}),
        ("en", text_of(ENGLISH[3]), {("SE", "aircraft", D)}),
        ("en", text_of(ENGLISH[17]), {("DE", AIR, M)}),
        ("en", "Rheinmetall has received an order from the Dutch government for shells for Ukraine.",
         {("NL", "ammunition", M)}),
        # a promise told as the news stays one
        ("en", "Germany promised to send more tanks to Ukraine.", {("DE", "tanks", P)}),
    ],
)
def test_a_promise_describing_delivered_things_and_an_order_from_a_government(
    lang: str, text: str, expected: set
) -> None:
    assert records(text, lang=lang) == expected


# A fresh check, written and labelled after the fixes above and before running them: the
# same shapes in other words (a dateline city beside the real giver, a running total, a
# relative clause's giver, a firm paid by a government, reported speech and a share
# delivered, a member's veto). Run first: 12 of 15 fully right, records matched 21 /
# labelled 22 / predicted 24 (main before this round: 7 of 15, 14 / 22 / 21). The three
# misses: two are left as strict xfails, the German contract told before a verb-last
# "liefern" was mended after the run (now 13 of 15, 22 / 22 / 24).
_FRESH_MISS = "fresh check, left: "
FRESH = [
    ("en", "HELSINKI (Reuters) - Finland will send Ukraine its 30th military aid package, worth 90 million euros and "
     "including heavy weaponry, the defence ministry said on Friday.\n"
     "Finland has so far given Ukraine defence materiel worth 3.2 billion euros since the start of the war.",
     {("FI", "funding", P), ("FI", "funding", D)}),
    ("en", "KYIV, Dec 4 (Reuters) - Ukraine has received a second Patriot system from Germany, the air force said on "
     "Thursday.\nBerlin had pledged the system in the summer.",
     {("DE", AIR, D)}),
    pytest.param(
        "en", "BRUSSELS (Reuters) - Hungary on Monday vetoed the release of 500 million euros in EU funds for "
        "ammunition for Ukraine, three diplomats said.",
        {("EU", "ammunition", X)},
        marks=pytest.mark.xfail(strict=True, reason=_FRESH_MISS + (
            "the amount is also kept as money of its own (EU funding discussed): 'in EU funds for ammunition' puts "
            "words between the amount and its purpose"))),
    ("en", "LONDON (Reuters) - BAE Systems will supply 200 Archer howitzer barrels to Ukraine under a contract "
     "paid for by Sweden, the company said on Wednesday.",
     {("SE", "artillery", M)}),
    pytest.param(
        "en", "OTTAWA (Reuters) - Canada will give Ukraine 500 million Canadian dollars ($360 million) to buy drones "
        "and armoured vehicles, Prime Minister Mark Carney said.",
        {("CA", "drones", P), ("CA", ARMOUR, P)},
        marks=pytest.mark.xfail(strict=True, reason=_FRESH_MISS + (
            "the amount stays a funding record beside the two things it buys: the purpose after a converted amount "
            "is read for one thing, not for two joined by 'and'"))),
    ("fr", "BRUXELLES, 4 déc (AFP) - L'Ukraine a reçu de nouveaux obus d'artillerie en provenance d'Allemagne, a "
     "annoncé jeudi le ministère ukrainien de la Défense.",
     {("DE", "ammunition", D)}),
    ("fr", "KIEV (AFP) - Selon Kiev, les systèmes IRIS-T que l'Allemagne a livrés ont abattu des dizaines de drones "
     "russes cette semaine.",
     {("DE", AIR, D)}),
    ("fr", "LA HAYE (AFP) - Les Pays-Bas livreront 18 F-16 à l'Ukraine, dont douze ont déjà été remis, a indiqué le "
     "ministère néerlandais de la Défense.",
     {("NL", "aircraft", P), ("NL", "aircraft", D)}),
    ("fr", "VIENNE (AFP) - La Hongrie bloque depuis des mois l'aide militaire de l'Union européenne à l'Ukraine, a "
     "regretté lundi le chef de la diplomatie autrichienne.",
     {("EU", "funding", X)}),
    ("fr", "PARIS (AFP) - La France va céder à l'Ukraine des missiles Aster supplémentaires, a annoncé jeudi le "
     "ministre des Armées. Depuis le début de la guerre, Paris a fourni à Kiev une trentaine de canons Caesar.",
     {("FR", AIR, P), ("FR", "artillery", D)}),
    ("de", "KIEW (dpa) - Die ersten Gripen-Kampfjets aus Schweden seien in der Ukraine eingetroffen, sagte Präsident "
     "Wolodymyr Selenskyj am Donnerstag.",
     {("SE", "aircraft", D)}),
    # (missed on the fresh run, read as a promise: "im Rahmen eines Vertrags" was read only
    # before a verb after it; German puts the verb last. Mended after the run.)
    ("de", "BERLIN (dpa) - Rheinmetall soll der Ukraine im Rahmen eines von den Niederlanden bezahlten Vertrags "
     "40.000 Artilleriegranaten liefern.",
     {("NL", "ammunition", M)}),
    ("de", "MADRID (dpa) - Spanien will der Ukraine 20 weitere Leopard-Panzer liefern, zehn davon seien bereits "
     "übergeben worden, sagte Verteidigungsministerin Margarita Robles.",
     {("ES", "tanks", P), ("ES", "tanks", D)}),
    ("de", "BERLIN (dpa) - Insgesamt hat Deutschland der Ukraine seit Kriegsbeginn Militärhilfe im Wert von rund 40 "
     "Milliarden Euro geleistet oder zugesagt. Am Montag sagte Pistorius zwei weitere Patriot-Systeme zu.",
     {("DE", "funding", D), ("DE", AIR, P)}),
    ("de", "WARSCHAU (dpa) - Die Ukraine soll noch in diesem Jahr weitere Kampfjets aus Norwegen und Dänemark "
     "erhalten, hieß es aus Regierungskreisen.",
     {("NO", "aircraft", P), ("DK", "aircraft", P)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRESH)
def test_the_fresh_check_gives_its_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected
