"""A fourteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, aimed at packages listed item by
item (colons, semicolons, lists after "including", "among them", "darunter", "dont"),
figures as the agencies write them (1,000 / 1 000 / 1.000, "up to", "more than", "dozens
of", "mehrere hundert", "plusieurs milliers", millions and billions in each language and
currency) and background paragraphs that recall earlier aid or report battlefield and
Russian claims next to the new pledge. Each article was labelled by hand before it was run,
following the real-article set's conventions (../shared/eval/README.md) and the earlier
rounds', with its figure: the count of things stated, else the sum of money, else none
("dozens", "several hundred", "une vingtaine" state no number).
Run first (on this branch after the leftovers below, and on main alike), 39 of the 50 were
fully right (records (donor, category, status) matched 115 / labelled 126 / predicted 119;
with their figures 110 of 127); after the fixes below, 44 (119 / 126 / 119; figures 118 of
127). One label was corrected after the first run, to a convention written down before
this round (bot/core/pledges/quantities/numbers.py): "une vingtaine de véhicules" counts as 20 and "une
dizaine de chars" as 10 (main reads 40 of 50 with it). The six left were strict xfails with
what is read instead; round 15 (tests/pledges/test_pledges_wire_15.py) mended two of them. A fresh check of 15, written after the fixes, read 13 right on its
first run (29 / 30 / 31; main alike), 14 after one fix (29 / 30 / 29).
The earlier rounds are tests/pledges/test_pledges_wire.py to _13."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages, records, shipped_rules

# ------------------------------------------------------------ leftovers of the last rounds


# A number of packages, tranches or batches counts the deliveries, not the things in them:
# "two packages of IRIS-T", "deux paquets de systèmes", "zwei Pakete mit IRIS-T". The
# things themselves counted still are.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany will send two packages of IRIS-T air defence systems to Ukraine.", {("DE", AIR, P, None)}),
        ("en", "Germany will deliver three batches of Leopard 2 tanks to Ukraine.", {("DE", "tanks", P, None)}),
        ("en", "Germany will send 2 tranches of IRIS-T to Ukraine.", {("DE", AIR, P, None)}),
        ("fr", "L'Allemagne va livrer deux paquets de systèmes IRIS-T à l'Ukraine.", {("DE", AIR, P, None)}),
        ("fr", "L'Allemagne va livrer deux lots de chars Leopard à l'Ukraine.", {("DE", "tanks", P, None)}),
        ("de", "Deutschland liefert der Ukraine zwei Pakete mit IRIS-T-Systemen.", {("DE", AIR, P, None)}),
        ("de", "Deutschland liefert der Ukraine zwei Tranchen IRIS-T.", {("DE", AIR, P, None)}),
        # the things counted keep their count
        ("en", "Germany will send 20 tanks in two batches to Ukraine.", {("DE", "tanks", P, 20)}),
        ("de", "Deutschland liefert der Ukraine zwei weitere Patriot-Systeme.", {("DE", AIR, P, 2)}),
    ],
)
def test_a_count_of_packages_is_no_count_of_things(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A refusal negated keeps the door open, as not ruling out does: "did not refuse to send",
# "has never refused to supply", "n'a pas refusé d'envoyer", "hat ... nicht abgelehnt".
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany did not refuse to send tanks to Ukraine.", {("DE", "tanks", X)}),
        ("en", "Germany has not refused to send tanks to Ukraine.", {("DE", "tanks", X)}),
        ("en", "Germany has never refused to supply tanks to Ukraine.", {("DE", "tanks", X)}),
        ("fr", "L'Allemagne n'a pas refusé d'envoyer des chars à l'Ukraine.", {("DE", "tanks", X)}),
        ("de", "Deutschland hat die Lieferung von Panzern an die Ukraine nicht abgelehnt.", {("DE", "tanks", X)}),
        # refusing still refuses
        ("en", "Germany refused to send tanks to Ukraine.", {("DE", "tanks", R)}),
        ("en", "Germany declined to send tanks to Ukraine.", {("DE", "tanks", R)}),
    ],
)
def test_a_refusal_negated_is_under_discussion(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# The chair of a meeting speaks for it: what the group or other countries announced, told
# by "co-chair John Healey", "said John Healey, the group's co-chair", "le coprésident du
# groupe, le ministre britannique John Healey", "der Ko-Vorsitzende John Healey", is not
# Britain's. Britain named as the giver still gives, also when a clause of its own tells
# that it co-chairs the group ("Britain, which co-chairs the group with Germany, will send").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Ukraine's allies promised more air defence at the contact group meeting, co-chair John Healey said.",
         {("ALLIES", AIR, P)}),
        ("en", "Allies pledged more air defence at the contact group meeting, said John Healey, the group's co-chair.",
         {("ALLIES", AIR, P)}),
        ("en", "Countries pledged more air defence at the contact group meeting, said John Healey, the group's co-chair.",
         set()),
        ("en", "Germany and the Netherlands pledged more air defence at the contact group meeting, co-chair John Healey "
         "said.", {("DE", AIR, P), ("NL", AIR, P)}),
        ("fr", "Les soutiens de l'Ukraine ont promis mercredi davantage de défense antiaérienne lors d'une réunion du "
         "groupe de contact, a indiqué le coprésident du groupe, le ministre britannique John Healey.",
         {("ALLIES", AIR, P)}),
        ("de", "Die Unterstützer der Ukraine haben bei der Kontaktgruppe weitere Flugabwehr zugesagt, sagte der "
         "Ko-Vorsitzende John Healey.", {("ALLIES", AIR, P)}),
        # Britain named as the giver
        ("en", "Co-chair John Healey said Britain would send 5,000 air defence missiles to Ukraine.", {("GB", AIR, P)}),
        ("en", "Britain will send more air defence to Ukraine, Defence Secretary John Healey said.", {("GB", AIR, P)}),
        # a country told as co-chair in a clause of its own, then the subject of the giving
        ("en", "Britain, which co-chairs the group with Germany, will send Brimstone missiles to Ukraine.",
         {("GB", "missiles", P)}),
        ("fr", "Le Royaume-Uni, qui copréside le groupe aux côtés de l'Allemagne, va livrer des missiles Brimstone à "
         "l'Ukraine.", {("GB", "missiles", P)}),
        ("de", "Großbritannien, das die Gruppe gemeinsam mit Deutschland leitet, wird der Ukraine Brimstone-Raketen "
         "liefern.", {("GB", "missiles", P)}),
        # ... while a chair told so in a clause before a verb of saying still only reports
        ("en", "John Healey, who co-chairs the group with Germany, said allies would send more air defence to Ukraine.",
         {("ALLIES", AIR, P)}),
    ],
)
def test_a_meetings_chair_is_no_giver(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A nationality before a weapon names its origin, not a recipient: "ammunition for German
# Leopard 2 tanks", "des munitions pour des chars allemands Leopard", "Munition für deutsche
# Leopard-Panzer" (round 5 of the rules left the German and English ones out as weapons
# sent to Germany; config/words.toml's @given_elsewhere now excepts a few weapon words after
# the nationality, within the rule cost bound). A country after the preposition is still
# a recipient.
@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("The Netherlands will send Kyiv ammunition for German Leopard 2 tanks, the ministry said.", True),
        ("The Netherlands will send Kyiv spare parts for German tanks, the ministry said.", True),
        ("Les Pays-Bas vont envoyer à Kiev des munitions pour des chars allemands Leopard.", True),
        ("Die Niederlande liefern der Ukraine Munition für deutsche Leopard-Panzer.", True),
        ("Die Niederlande schicken Kiew Ersatzteile für deutsche Kampfpanzer.", True),
        ("Die Niederlande schicken Kiew Ersatzteile für deutsche Waffen.", True),
        # a country after the preposition receives
        ("Germany will send tanks to Lithuania.", False),
        ("Deutschland liefert Kampfpanzer für Litauen.", False),
        ("Rheinmetall liefert Munition für die Bundeswehr.", False),
    ],
)
def test_a_nationality_before_a_weapon_is_no_recipient(text: str, relevant: bool) -> None:
    assert shipped_rules().analyze(text, title="").relevant is relevant


# ... and the pledge reader gives the weapon's supplier, not its maker.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Netherlands will send ammunition for German Leopard 2 tanks to Ukraine.", {("NL", AMMO, P)}),
        ("fr", "Les Pays-Bas vont livrer des munitions pour des chars allemands Leopard à l'Ukraine.", {("NL", AMMO, P)}),
        ("de", "Die Niederlande liefern der Ukraine Munition für deutsche Leopard-Panzer.", {("NL", AMMO, P)}),
    ],
)
def test_ammunition_for_a_nations_weapon_is_the_suppliers(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Counted "rounds" are ammunition ("100,000 rounds", "its first million rounds"); rounds
# of something else are not ("three rounds of talks").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Czech initiative delivered its first million rounds to Ukraine.", {("CZ", AMMO, D)}),
        ("en", "Germany will send 100,000 rounds to Ukraine.", {("DE", AMMO, P)}),
        ("en", "Germany will send thousands of rounds to Ukraine.", {("DE", AMMO, P)}),
        ("en", "After three rounds of talks, Germany will send tanks to Ukraine.", {("DE", "tanks", P)}),
        ("en", "After 3 rounds of talks, Germany will send 20 tanks to Ukraine.", {("DE", "tanks", P)}),
    ],
)
def test_counted_rounds_are_ammunition(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# One in talks with the giver about the thing weighs it too ("is in talks with Germany
# about", "en discussion avec l'Allemagne", "in Gesprächen mit Deutschland"), but not past
# a contrast opening another giver's clause.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Britain is in talks with Germany about jointly funding long-range drones for Ukraine.",
         {("GB", "drones", X), ("DE", "drones", X)}),
        ("fr", "Le Royaume-Uni est en discussion avec l'Allemagne pour financer des drones pour l'Ukraine.",
         {("GB", "drones", X), ("DE", "drones", X)}),
        ("de", "Großbritannien ist in Gesprächen mit Deutschland über Drohnen für die Ukraine.",
         {("GB", "drones", X), ("DE", "drones", X)}),
        ("en", "Britain is in talks with Germany about drones for Ukraine, while the Netherlands pledged 200 million "
         "euros for drones.", {("GB", "drones", X), ("DE", "drones", X), ("NL", "drones", P)}),
        # Ukraine in the talks is the recipient, no partner
        ("en", "Canada is in talks with Ukraine about supplying more LAV armoured vehicles.", {("CA", ARMOUR, X)}),
    ],
)
def test_one_in_talks_with_the_giver_weighs_it_too(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# German reported speech puts the present passive in the subjunctive: "Caesar-Haubitzen
# würden weiterhin geliefert" (they are still being delivered, he said) promises; "würden
# geliefert werden" and "würde liefern" are conditionals.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Caesar-Haubitzen würden weiterhin geliefert, sagte der französische Minister.", {("FR", "artillery", P)}),
        ("de", "Frankreich würde der Ukraine Caesar-Haubitzen liefern.", {("FR", "artillery", X)}),
        ("de", "Die Niederlande würden der Ukraine 18 F-16 überlassen.", {("NL", "aircraft", P)}),
    ],
)
def test_the_passive_of_reported_speech_promises(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A giver strengthening its own forces gives nothing: "die eigene Luftverteidigung stärken",
# "strengthen its own air defence", "renforcer sa propre défense aérienne". Its own stocks
# given away still are given.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Schweden ist offen für die Lieferung von Gripen-Kampfjets an die Ukraine, will aber zuvor die eigene "
         "Luftverteidigung stärken.", {("SE", "aircraft", X)}),
        ("en", "Sweden is open to sending Gripen jets to Ukraine but first wants to strengthen its own air defence.",
         {("SE", "aircraft", X)}),
        ("fr", "La Suède est ouverte à la livraison de Gripen à l'Ukraine, mais veut d'abord renforcer sa propre "
         "défense aérienne.", {("SE", "aircraft", X)}),
        ("de", "Die Bundeswehr gibt der Ukraine zwei Patriot-Systeme aus den eigenen Beständen ab.", {("DE", AIR, P)}),
        ("en", "Germany will send Patriot systems from its own stocks to Ukraine.", {("DE", AIR, P)}),
    ],
)
def test_strengthening_ones_own_forces_is_no_aid(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ the round's articles


ENGLISH = [
    ("BERLIN (Reuters) - Germany will send Ukraine a new package of military equipment including four IRIS-T SLM "
     "air defence systems, 20 Marder infantry fighting vehicles and 10,000 artillery shells, the defence ministry "
     "said on Tuesday.",
     {("DE", AIR, P, 4), ("DE", ARMOUR, P, 20), ("DE", AMMO, P, 10000)}),
    ("WASHINGTON (Reuters) - The Pentagon announced a $725 million security package for Ukraine on Friday. It "
     "includes: ammunition for HIMARS rocket launchers; Stinger anti-aircraft missiles; and more than 100 armoured "
     "vehicles.\nThe United States has provided more than $60 billion in military aid since February 2022.",
     {("US", MONEY, P, 725e6), ("US", AMMO, P, None), ("US", AIR, P, None), ("US", ARMOUR, P, 100),
      ("US", MONEY, D, 60e9)}),
    ("LONDON (Reuters) - Britain pledged on Wednesday a further 1.5 billion pounds of military support for Ukraine, "
     "among them up to 5,000 air defence missiles.\nRussia's defence ministry said on the same day its forces had "
     "shot down 12 British-made Storm Shadow missiles.",
     {("GB", MONEY, P, 1.5e9), ("GB", AIR, P, 5000)}),
    ("PARIS (Reuters) - France will deliver dozens of armoured vehicles and several hundred artillery shells to "
     "Ukraine in the coming weeks, the armed forces ministry said, adding that 30 Caesar howitzers promised in "
     "January had all arrived.",
     {("FR", ARMOUR, P, None), ("FR", AMMO, P, None), ("FR", "artillery", D, 30)}),
    # (a strict xfail until round 16 counted training in the people trained)
    ("OSLO (Reuters) - Norway will give Ukraine a package worth 3.5 billion crowns ($320 million), the government "
     "said on Monday. Among the items are: 500 drones; air defence missiles; and training for 1,200 Ukrainian "
     "soldiers.",
     {("NO", MONEY, P, 3.5e9), ("NO", "drones", P, 500), ("NO", AIR, P, None), ("NO", "training", P, 1200)}),
    ("OTTAWA (Reuters) - Canada will donate 50 more armoured vehicles and up to 2,000 artillery shells to Ukraine, "
     "Defence Minister Bill Blair said on Thursday.\nCanada has committed more than 4 billion Canadian dollars in "
     "military assistance to Ukraine since 2022.",
     {("CA", ARMOUR, P, 50), ("CA", AMMO, P, 2000), ("CA", MONEY, P, 4e9)}),
    ("KYIV (Reuters) - All 18 Leopard 2 tanks promised by Germany have arrived in Ukraine, Kyiv said on Monday.\n"
     "Russia's defence ministry claimed its forces had destroyed three of the tanks near Avdiivka, a claim Kyiv "
     "denied.",
     {("DE", "tanks", D, 18)}),
    ("BRUSSELS (Reuters) - European Union countries agreed on Monday to provide Ukraine with up to 1 million "
     "artillery shells within 12 months, in a plan worth 2 billion euros, diplomats said.",
     {("EU", AMMO, P, 1000000), ("EU", MONEY, P, 2e9)}),
    ("THE HAGUE (Reuters) - The Netherlands will spend 400 million euros on drones for Ukraine, including long-range "
     "attack drones and thousands of small first-person-view drones, the defence ministry said.\nDutch F-16 jets "
     "delivered last year are already flying over Ukraine.",
     {("NL", "drones", P, 400e6), ("NL", "aircraft", D, None)}),
    ("STOCKHOLM (Reuters) - Sweden announced its 18th aid package for Ukraine, worth 13.4 billion Swedish crowns "
     "($1.2 billion). The package contains: Archer artillery systems; 10 CV90 combat vehicles; and ammunition.\n"
     "Sweden said it had already sent 50 CV90s.",
     {("SE", MONEY, P, 13.4e9), ("SE", "artillery", P, None), ("SE", ARMOUR, P, 10), ("SE", AMMO, P, None),
      ("SE", ARMOUR, D, 50)}),
    ("WARSAW (Reuters) - Poland has handed Ukraine its 46th package of military aid, containing among other things "
     "MiG-29 spare parts and several thousand 155 mm shells, the defence minister said.\nPoland has delivered more "
     "than 320 tanks to Ukraine since the start of the war.",
     {("PL", "other", D, None), ("PL", AMMO, D, None), ("PL", "tanks", D, 320)}),
    ("COPENHAGEN (Reuters) - Denmark will pay for 18 Bohdana howitzers made in Ukraine, worth 1.3 billion Danish "
     "crowns, the government said on Tuesday.\nMoscow said Danish funding would only prolong the war.",
     {("DK", "artillery", M, 18)}),
    pytest.param(
        "WASHINGTON (AP) - The administration approved a $2.5bn package for Ukraine that includes more than 50 "
        "Bradley fighting vehicles, 90 Stryker armoured personnel carriers and thousands of 155mm shells.",
        {("US", MONEY, P, 2.5e9), ("US", ARMOUR, P, 50), ("US", ARMOUR, P, 90), ("US", AMMO, P, None)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled as the United States'; no record: 'the administration' names no country, and the dateline's city is where the story was filed"))),
    ("BERLIN (Reuters) - Germany delivered two more IRIS-T systems to Ukraine last week, the government said on "
     "Monday.\nRussia said overnight it had launched 40 drones and six missiles at Ukrainian cities.",
     {("DE", AIR, D, 2)}),
    ("ROME (Reuters) - Italy's ninth military aid decree for Ukraine includes a SAMP/T air defence battery, Storm "
     "Shadow missiles and armoured vehicles, according to a list seen by Reuters.",
     {("IT", AIR, P, None), ("IT", "missiles", P, None), ("IT", ARMOUR, P, None)}),
    ("HELSINKI (Reuters) - Finland will send Ukraine defence materiel worth 188 million euros, its 23rd package, the "
     "ministry said, without listing the items.\nFinland has already sent Ukraine Leopard 2 mine-clearing tanks and "
     "heavy mortars.",
     {("FI", MONEY, P, 188e6), ("FI", "tanks", D, None), ("FI", "artillery", D, None)}),
    ("VILNIUS (Reuters) - Lithuania, Latvia and Estonia each pledged on Thursday to spend 0.25% of their economic "
     "output on military aid for Ukraine.",
     {("LT", MONEY, P, None), ("LV", MONEY, P, None), ("EE", MONEY, P, None)}),
]

FRENCH = [
    ("PARIS (AFP) - La France va livrer à l'Ukraine un nouveau lot d'équipements militaires, dont 12 canons Caesar, "
     "des missiles Aster et plusieurs milliers d'obus de 155 mm, a annoncé jeudi le ministère des Armées.",
     {("FR", "artillery", P, 12), ("FR", AIR, P, None), ("FR", AMMO, P, None)}),
    ("BERLIN (AFP) - L'Allemagne a annoncé une aide militaire de 1,4 milliard d'euros à l'Ukraine, comprenant "
     "notamment : quatre systèmes de défense aérienne Iris-T ; 10 000 obus d'artillerie ; et des drones de "
     "reconnaissance.",
     {("DE", MONEY, P, 1.4e9), ("DE", AIR, P, 4), ("DE", AMMO, P, 10000), ("DE", "drones", P, None)}),
    ("WASHINGTON (AFP) - Les Etats-Unis ont débloqué une nouvelle tranche d'aide militaire de 400 millions de dollars "
     "pour l'Ukraine, dont des munitions pour les lance-roquettes Himars et des véhicules blindés Bradley.\nMoscou a "
     "affirmé mardi avoir détruit cinq Bradley dans la région de Zaporijjia.",
     {("US", MONEY, P, 400e6), ("US", AMMO, P, None), ("US", ARMOUR, P, None)}),
    ("LONDRES (AFP) - Le Royaume-Uni va fournir à l'Ukraine jusqu'à 650 missiles de défense aérienne, pour un "
     "montant de 1,6 milliard de livres (1,9 milliard d'euros), a annoncé le gouvernement britannique.",
     {("GB", AIR, P, 650)}),
    ("OSLO (AFP) - La Norvège a annoncé lundi une contribution de 2,5 milliards de couronnes (environ 215 millions "
     "d'euros) pour l'achat de systèmes de défense aérienne destinés à l'Ukraine.",
     {("NO", AIR, P, 2.5e9)}),
    ("LA HAYE (AFP) - Les Pays-Bas ont achevé la livraison de 24 chasseurs F-16 à l'Ukraine, a annoncé le ministère "
     "de la Défense.\nLa Russie a affirmé à plusieurs reprises avoir abattu des F-16 ukrainiens, sans fournir de "
     "preuves.",
     {("NL", "aircraft", D, 24)}),
    ("STOCKHOLM (AFP) - La Suède va fournir à l'Ukraine un paquet d'aide militaire d'une valeur de 1,1 milliard "
     "d'euros, dont des systèmes de défense aérienne, des munitions et des véhicules blindés.",
     {("SE", MONEY, P, 1.1e9), ("SE", AIR, P, None), ("SE", AMMO, P, None), ("SE", ARMOUR, P, None)}),
    ("VARSOVIE (AFP) - La Pologne a remis à l'Ukraine depuis le début de la guerre plus de 300 chars et des dizaines "
     "d'obusiers Krab, a rappelé mardi le ministre, en annonçant un nouveau paquet comprenant des munitions et des "
     "pièces détachées pour les MiG-29.",
     {("PL", "tanks", D, 300), ("PL", "artillery", D, None), ("PL", AMMO, P, None), ("PL", "other", P, None)}),
    ("BRUXELLES (AFP) - Les Vingt-Sept se sont mis d'accord lundi sur une enveloppe de 5 milliards d'euros pour "
     "l'aide militaire à l'Ukraine, a annoncé la présidence de l'UE.",
     {("EU", MONEY, P, 5e9)}),
    ("OTTAWA (AFP) - Le Canada enverra à l'Ukraine 35 drones de surveillance et jusqu'à 2\u202f400 fusils d'assaut, "
     "a annoncé jeudi la ministre de la Défense, Anita Anand.",
     {("CA", "drones", P, 35), ("CA", "small_arms", P, 2400)}),
    ("KIEV (AFP) - L'Ukraine a reçu des dizaines de véhicules blindés Marder de l'Allemagne, a indiqué mercredi le "
     "ministère ukrainien de la Défense.\nL'armée russe affirme de son côté avoir pris deux villages dans l'est.",
     {("DE", ARMOUR, D, None)}),
    ("COPENHAGUE (AFP) - Le Danemark va consacrer 7 milliards de couronnes danoises (940 millions d'euros) à l'achat "
     "d'armes pour l'Ukraine, dont des obus, des drones et des systèmes de défense aérienne, a annoncé le "
     "gouvernement.",
     {("DK", MONEY, P, 7e9), ("DK", AMMO, P, None), ("DK", "drones", P, None), ("DK", AIR, P, None)}),
    pytest.param(
        "ROME (AFP) - L'Italie a approuvé son dixième paquet d'aide militaire à l'Ukraine, dont le contenu reste "
        "classifié, a indiqué le ministère de la Défense.\nRome a déjà fourni à Kiev un système SAMP/T en 2023.",
        {("IT", "other", P, None), ("IT", AIR, D, None)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the package of untold contents ('other') beside the SAMP/T delivered earlier; the umbrella gives way to the donor's precise item even at another stage (round 13's leftover)"))),
    ("MADRID (AFP) - L'Espagne va envoyer à l'Ukraine un nouveau lot de missiles Hawk et une vingtaine de véhicules "
     "blindés M113, a déclaré la ministre de la Défense Margarita Robles.\nMadrid a livré jusqu'ici une dizaine de "
     "chars Leopard 2A4.",
     # (labelled None before the run; corrected: "une vingtaine" counts as 20, numbers.py's convention)
     {("ES", AIR, P, None), ("ES", ARMOUR, P, 20), ("ES", "tanks", D, 10)}),
    ("BERLIN (AFP) - Le groupe allemand Rheinmetall a signé avec le gouvernement allemand un contrat pour la "
     "production d'obus destinés à l'Ukraine, portant sur plus de 100\u00a0000 projectiles.",
     {("DE", AMMO, M, 100000)}),
    pytest.param(
        "PRAGUE (AFP) - L'initiative tchèque a permis de livrer 1,5 million d'obus à l'Ukraine en 2024, a indiqué le "
        "Premier ministre Petr Fiala, qui prévoit d'en fournir autant cette année.",
        {("CZ", AMMO, D, 1500000), ("CZ", AMMO, P, None)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the promise of as many again; 'd'en fournir autant' has no item: the partitive 'en' takes a count after its verb, and 'autant' is none"))),
    ("WASHINGTON (AFP) - Le Pentagone a annoncé vendredi un paquet de 150 millions de dollars pour l'Ukraine "
     "comprenant : des missiles pour systèmes Patriot ; des obus d'artillerie de 155 et 105 mm ; des armes "
     "antichars.",
     {("US", MONEY, P, 150e6), ("US", AIR, P, None), ("US", AMMO, P, None), ("US", "small_arms", P, None)}),
]

GERMAN = [
    ("BERLIN (dpa) - Deutschland liefert der Ukraine ein weiteres Paket mit Militärhilfe. Darunter sind nach Angaben "
     "der Bundesregierung zwei Patriot-Startgeräte, 30.000 Schuss Artilleriemunition und mehrere hundert Drohnen.",
     {("DE", AIR, P, 2), ("DE", AMMO, P, 30000), ("DE", "drones", P, None)}),
    ("WASHINGTON (dpa) - Die USA haben der Ukraine weitere Militärhilfe im Wert von 1,7 Milliarden US-Dollar "
     "zugesagt. Das Paket umfasst unter anderem Munition für Himars-Raketenwerfer, Abfangraketen für Patriot-Systeme "
     "und Dutzende gepanzerte Fahrzeuge.",
     {("US", MONEY, P, 1.7e9), ("US", AMMO, P, None), ("US", AIR, P, None), ("US", ARMOUR, P, None)}),
    ("LONDON (dpa) - Großbritannien hat der Ukraine nach eigenen Angaben seit Kriegsbeginn Militärhilfe von mehr als "
     "12 Milliarden Pfund geleistet. Nun sollen 100 weitere Storm-Shadow-Marschflugkörper folgen.",
     {("GB", MONEY, D, 12e9), ("GB", "missiles", P, 100)}),
    # (a strict xfail until round 15 read "davon sind 12" as a share, with its count)
    ("PARIS (dpa) - Frankreich will der Ukraine bis Jahresende 78 Caesar-Haubitzen liefern, davon sind 12 bereits "
     "übergeben worden, teilte das Verteidigungsministerium mit.",
     {("FR", "artillery", P, 78), ("FR", "artillery", D, 12)}),
    ("KIEW (dpa) - Die Ukraine hat nach Angaben ihrer Luftwaffe die ersten Kampfjets vom Typ F-16 aus Dänemark "
     "erhalten. Russland behauptete am Mittwoch, es habe in der Nacht 35 ukrainische Drohnen abgeschossen.",
     {("DK", "aircraft", D, None)}),
    ("OSLO (dpa) - Norwegen stellt der Ukraine in diesem Jahr Militärhilfe in Höhe von 1,2 Milliarden Euro bereit. "
     "Davon sollen unter anderem zwei NASAMS-Systeme und Artilleriemunition gekauft werden.",
     {("NO", MONEY, P, 1.2e9), ("NO", AIR, P, 2), ("NO", AMMO, P, None)}),
    ("STOCKHOLM (dpa) - Schweden schickt der Ukraine zwei Aufklärungsflugzeuge vom Typ ASC 890 sowie 1.000 "
     "Panzerabwehrwaffen, teilte die Regierung mit.",
     {("SE", "aircraft", P, 2), ("SE", "small_arms", P, 1000)}),
    ("DEN HAAG (dpa) - Die Niederlande stellen 500 Millionen Euro für Drohnen für die Ukraine bereit. Bereits im "
     "vergangenen Jahr hatten sie 24 F-16-Kampfjets zugesagt, von denen die ersten geliefert wurden.",
     {("NL", "drones", P, 500e6), ("NL", "aircraft", P, 24), ("NL", "aircraft", D, None)}),
    ("BRÜSSEL (dpa) - Die EU-Staaten haben sich auf weitere 5 Mrd. Euro für Militärhilfe an die Ukraine geeinigt. "
     "Ungarn hatte die Mittel monatelang blockiert.",
     {("EU", MONEY, P, 5e9)}),
    # (a strict xfail until round 15 kept a bare "Panzer" listed beside a kind of them)
    ("PRAG (dpa) - Tschechien hat der Ukraine seit Kriegsbeginn Dutzende Panzer und mehrere hundert Schützenpanzer "
     "überlassen. Nun kündigte die Regierung die Lieferung von 40 weiteren Raketenwerfern an.",
     {("CZ", "tanks", D, None), ("CZ", ARMOUR, D, None), ("CZ", "artillery", P, 40)}),
    ("OTTAWA (dpa) - Kanada hat der Ukraine ein Paket im Wert von 500 Millionen kanadischen Dollar zugesagt, darunter "
     "gepanzerte Fahrzeuge, Munition und Ausbildung.",
     {("CA", MONEY, P, 500e6), ("CA", ARMOUR, P, None), ("CA", AMMO, P, None), ("CA", "training", P, None)}),
    ("BERLIN (dpa) - Rheinmetall soll im Auftrag der Bundesregierung bis zu 180.000 Schuss Artilleriemunition für die "
     "Ukraine herstellen. Russland kritisierte die deutschen Lieferungen als Eskalation.",
     {("DE", AMMO, M, 180000)}),
    ("ROM (dpa) - Italien hat sein zehntes Militärhilfepaket für die Ukraine beschlossen. Es enthält nach "
     "Medienberichten unter anderem Luftabwehrraketen vom Typ Aster und gepanzerte Fahrzeuge.",
     {("IT", AIR, P, None), ("IT", ARMOUR, P, None)}),
    ("MADRID (dpa) - Spanien will der Ukraine in diesem Jahr Militärhilfe in Höhe von einer Milliarde Euro leisten. "
     "Dazu gehören Patriot-Raketen, Leopard-Panzer und Munition.",
     {("ES", MONEY, P, 1e9), ("ES", AIR, P, None), ("ES", "tanks", P, None), ("ES", AMMO, P, None)}),
    ("WARSCHAU (dpa) - Polen hat der Ukraine mehrere tausend Mörsergranaten sowie 14 Krab-Panzerhaubitzen übergeben, "
     "teilte das Verteidigungsministerium mit. Moskau behauptete, polnische Haubitzen an der Front zerstört zu haben.",
     {("PL", AMMO, D, None), ("PL", "artillery", D, 14)}),
    ("KOPENHAGEN (dpa) - Dänemark gibt der Ukraine weitere 1,7 Milliarden Kronen (rund 228 Millionen Euro) für in der "
     "Ukraine gebaute Haubitzen.",
     {("DK", "artillery", M, 1.7e9)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ readings the round showed


# Things promised earlier and told in the pluperfect as arrived ("promised in January had
# all arrived", "étaient tous arrivés", "waren eingetroffen") are delivered: the promise is
# their background.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "France will deliver armoured vehicles to Ukraine, the ministry said, adding that 30 Caesar howitzers "
         "promised in January had all arrived.", {("FR", ARMOUR, P), ("FR", "artillery", D)}),
        ("en", "The 30 Caesar howitzers France promised in January had arrived in Ukraine by March.",
         {("FR", "artillery", D)}),
        ("fr", "Les 30 canons Caesar promis par la France en janvier étaient tous arrivés en Ukraine.",
         {("FR", "artillery", D)}),
        # still to come, the promise stands
        ("en", "The 30 Caesar howitzers France promised in January will arrive in May.", {("FR", "artillery", P)}),
    ],
)
def test_a_promise_told_arrived_in_the_pluperfect(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Money spent on things is their worth ("will spend 400 million euros on drones"), as money
# "for" them is; "on" a day or "on top of" is no purpose.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Netherlands will spend 400 million euros on drones for Ukraine.", {("NL", "drones", P, 400e6)}),
        ("en", "The Netherlands pledged 400 million euros on Tuesday for Ukraine's armed forces.",
         {("NL", MONEY, P, 400e6)}),
    ],
)
def test_money_spent_on_things(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A French gerund after a comma opens a clause of its own: "..., a rappelé le ministre, en
# annonçant un nouveau paquet comprenant des munitions" announces the package, whatever
# the first clause delivered, and reaches no thing named before it.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La Pologne a remis à l'Ukraine plus de 300 chars et des obusiers Krab, a rappelé le ministre, en "
         "annonçant un nouveau paquet comprenant des munitions.",
         {("PL", "tanks", D), ("PL", "artillery", D), ("PL", AMMO, P)}),
        ("fr", "La France a livré 30 canons Caesar à l'Ukraine, a indiqué le ministre, en annonçant l'envoi de "
         "nouveaux missiles Aster.", {("FR", "artillery", D), ("FR", AIR, P)}),
    ],
)
def test_a_french_gerund_opens_its_own_clause(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# "von einer Milliarde", "mit einer Milliarde": the German article in the dative before a
# large scale is one ("Militärhilfe in Höhe von einer Milliarde Euro").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Spanien will der Ukraine Militärhilfe in Höhe von einer Milliarde Euro leisten.", {("ES", MONEY, P, 1e9)}),
        ("de", "Spanien sagt der Ukraine Militärhilfe von einer Milliarde Euro zu.", {("ES", MONEY, P, 1e9)}),
    ],
)
def test_a_billion_after_a_dative_article(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Ammunition closing a list of three is a gift of its own ("Patriot-Raketen, Leopard-Panzer
# und Munition"); right after one system with a bare "and" it is still that system's.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Spanien liefert der Ukraine Patriot-Raketen, Leopard-Panzer und Munition.",
         {("ES", AIR, P), ("ES", "tanks", P), ("ES", AMMO, P)}),
        ("en", "Spain will send Patriot missiles, Leopard tanks and ammunition to Ukraine.",
         {("ES", AIR, P), ("ES", "tanks", P), ("ES", AMMO, P)}),
        ("en", "Spain will send Leopard tanks and ammunition to Ukraine.", {("ES", "tanks", P)}),
    ],
)
def test_ammunition_closing_a_list_is_its_own_gift(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ a fresh check


# Written and labelled after the fixes above and before running them: more of the same
# kinds of copy in other words (a package after a colon, a receipt beside a Russian claim,
# a joint purchase, a sale approved, a running total beside a new promise, figures as
# 1,000 / 2 000 / 20.000, "more than", "plusieurs centaines", "mehr als").
# Run first: 13 of 15 fully right, records matched 29 / labelled 30 / predicted 31 (main: the
# same). One miss was mended after the run (test_a_combined_worth_is_the_things below): now
# 14 of 15 (29 / 30 / 29); the one left is a strict xfail.
FRESH = [
    ("en", "KYIV (Reuters) - Ukraine has received 40 Marder infantry fighting vehicles and 2,500 rounds of tank "
     "ammunition from Germany, the defence ministry said on Friday.\nRussian forces said they had captured a village "
     "near Pokrovsk.",
     {("DE", ARMOUR, D, 40), ("DE", AMMO, D, 2500)}),
    ("en", "OTTAWA (Reuters) - Canada announced 500 million Canadian dollars in new military aid for Ukraine on "
     "Tuesday, including: drones; armoured vehicles; and 5,000 assault rifles.",
     {("CA", MONEY, P, 500e6), ("CA", "drones", P, None), ("CA", ARMOUR, P, None), ("CA", "small_arms", P, 5000)}),
    ("en", "LONDON (Reuters) - Britain will supply Ukraine with more than 100,000 drones next year, Defence Secretary "
     "John Healey said.\nMoscow said on the same day it had downed 95 Ukrainian drones overnight.",
     {("GB", "drones", P, 100000)}),
    ("en", "OSLO (Reuters) - Norway and Germany will jointly pay for two more Patriot systems for Ukraine, worth a "
     "combined 1.6 billion euros, the two governments said.",
     {("NO", AIR, P, None), ("DE", AIR, P, None)}),
    ("en", "WASHINGTON (Reuters) - The U.S. State Department approved the possible sale of 3,350 extended-range "
     "missiles to Ukraine worth $825 million, it said on Friday.\nRussia said the sale would escalate the conflict.",
     {("US", "missiles", X, 3350)}),
    ("fr", "BERLIN (AFP) - L'Allemagne va livrer à l'Ukraine plusieurs centaines de drones de reconnaissance ainsi que "
     "18 obusiers automoteurs RCH 155, a annoncé mardi le gouvernement.",
     {("DE", "drones", P, None), ("DE", "artillery", P, 18)}),
    ("fr", "PARIS (AFP) - La France a livré à l'Ukraine depuis 2022 plus de 30 canons Caesar, a rappelé le ministre des "
     "Armées, qui a promis jeudi 6 canons supplémentaires d'ici l'été.",
     {("FR", "artillery", D, 30), ("FR", "artillery", P, 6)}),
    ("fr", "BRUXELLES (AFP) - L'UE a versé à l'Ukraine une nouvelle tranche de 1,5 milliard d'euros pour son aide "
     "militaire, issue des profits des avoirs russes gelés.",
     {("EU", MONEY, D, 1.5e9)}),
    ("fr", "OTTAWA (AFP) - Le Canada fournira à l'Ukraine 25 véhicules blindés LAV, des drones et 2\u202f000 obus de "
     "155 mm, a indiqué le ministère de la Défense.",
     {("CA", ARMOUR, P, 25), ("CA", "drones", P, None), ("CA", AMMO, P, 2000)}),
    ("fr", "LA HAYE (AFP) - Les Pays-Bas consacreront 3,5 milliards d'euros à l'aide militaire à l'Ukraine l'an "
     "prochain.\nMoscou a dénoncé mercredi une « escalade » et affirmé avoir détruit deux chars Leopard fournis par "
     "l'Occident.",
     {("NL", MONEY, P, 3.5e9)}),
    ("de", "BERLIN (dpa) - Die Bundesregierung hat der Ukraine ein neues Paket zugesagt: vier Iris-T-Systeme, 20.000 "
     "Artilleriegranaten und 50 Aufklärungsdrohnen.",
     {("DE", AIR, P, 4), ("DE", AMMO, P, 20000), ("DE", "drones", P, 50)}),
    ("de", "KIEW (dpa) - Die Ukraine hat aus Schweden 12 Archer-Haubitzen erhalten, teilte das Verteidigungsministerium "
     "in Kiew mit. Russland meldete unterdessen die Einnahme eines weiteren Dorfes.",
     {("SE", "artillery", D, 12)}),
    # (passes since stop 63: the worth of weapons whose contents follow is the package's money,
    # money_items._CONTENTS_LISTED_AFTER)
    ("de", "WASHINGTON (dpa) - Die US-Regierung gibt der Ukraine Waffen im Wert von mehr als 400 Millionen Dollar, "
     "darunter Munition für Patriot-Systeme und Bradley-Schützenpanzer.",
     {("US", MONEY, P, 400e6), ("US", AIR, P, None), ("US", ARMOUR, P, None)}),
    ("de", "PARIS (dpa) - Frankreich hat der Ukraine nach eigenen Angaben bislang Militärhilfe im Wert von rund 3,8 "
     "Milliarden Euro geleistet. Nun sollen weitere Mirage-Kampfjets folgen.",
     {("FR", MONEY, D, 3.8e9), ("FR", "aircraft", P, None)}),
    ("de", "DEN HAAG (dpa) - Die Niederlande liefern der Ukraine weitere 18 F-16-Kampfjets; bereits übergeben wurden "
     "nach Regierungsangaben mehr als 20 Maschinen.",
     {("NL", "aircraft", P, 18), ("NL", "aircraft", D, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRESH)
def test_the_fresh_check_gives_its_labelled_records_and_figures(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Mended after the fresh check's first run: a sum told of several givers, "worth a
# combined 1.6 billion euros", "worth a total of", is the worth of the things (one record
# each), as "worth 1.6 billion euros" is; it was read as money given besides.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", FRESH[3][1], FRESH[3][2]),
        ("en", "Germany will send two Patriot systems worth a total of 1.6 billion euros to Ukraine.", {("DE", AIR, P, 2)}),
        ("en", "Germany will send two Patriot systems worth 1.6 billion euros to Ukraine.", {("DE", AIR, P, 2)}),
    ],
)
def test_a_combined_worth_is_the_things(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
