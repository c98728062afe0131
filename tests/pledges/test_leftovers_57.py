"""Pledges, leftovers of earlier stops (pledges57): readings that earlier sessions noted and left, each read as a
form of wire copy in the languages where the form exists. Every sentence is written for this file; none is taken
from the real-article set or from a review's articles.

1. A sum's range told with a dash, "to", "à" or "bis" ("€1-2 billion", "$1–1.5bn", "1 bis 2 Milliarden Euro",
   "de 1 à 2 milliards d'euros") is read at its lower bound, as ranges told with "between" are (ranges.py);
   a sum changed from one figure to another is no range.
2. Round-ups with the verb left out: German with the promise's particle last ("Beim Treffen sagten Italien
   zwei Systeme, Spanien vier Hawk-Starter und Portugal Munition zu": the list's commas broke the verb's
   middle field, cue_patterns.py), and a later giver's own stock told with a possessive ("l'Espagne ses Hawk",
   "Spain its Hawk launchers") or with a word for the system between its count and its name ("l'Espagne quatre
   lanceurs Hawk"): each giver gives its own thing (gapping.py; before, Italy's).
3. A year list with the verb and thing left out after a first clause that tells its year ("France delivered
   30 Caesar guns in 2024; in 2025, 40", "et 40 en 2025", "2025 dann 40"): the later year's count is a record
   of its own, same giver, thing and stage (gapping.py; a clause after ";" is read on its own, extract.py;
   one record a year, restatements.dedupe). Before, the second count was dropped.
4. A unit told by its strength that will train or is trained ("a 1,200-strong unit of Ukrainian gunners will
   train in Germany", "eine 1200 Mann starke Einheit wird ... ausgebildet", "une unité forte de 1 200 soldats
   sera formée", "s'entraînera"): training, at the stage its verb tells, the strength its count, the host its
   giver (items._unit_strength; gunners are trainees, item_words.py; the German present passive "werden ...
   ausgebildet" is training under way and the French future passive "sera formée" a promise, cue_patterns.py).
   Before: nothing, no count, or "sera formée" read as done.
5. Things negated by "no" after the giving verb: "nicht nur keine Kampfjets, sondern auch keine Panzer", "not only
   no jets but also no tanks", "will send Ukraine no fighter jets", "will send no jets and no tanks" are refused
   (cue_patterns.py; "not only" adds to a giving unless "no" follows it, status_cues._NOT_ONLY_NONE; "no later
   than", "no fewer than", "no details" are no refusal). Before: promised.
6. A donor in a comparison ("Unlike Poland, which sent 20 tanks, Hungary refused ...", "Like Poland, which ...")
   that opens its own relative clause of giving gives what the clause tells (donor_places.compared, as the base
   of "more ... than" already did). Before: the main clause's subject took the tanks.
7. A clause after ";" that opens with another donor and a verb of remark ("; Oslo stressed the importance of air
   defence", "; Oslo a souligné", "; Oslo betonte") is that donor's view, no giving, though it takes the status
   the clause before hands on (sentence_reading._a_remark_of_its_own). Before: Norway's promise.
8. A count of countries before a thing counts the countries ("mit Geld aus einem Dutzend Ländern Granaten"):
   the thing has no count (items._GIVERS_COUNTED). Before: 12 shells.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, R
from tests.support.wire_reading import figures

# 1. Sums told as a range with a dash, "to", "à" or "bis": the lower bound, one record.
MONEY_RANGES = [
    ("en", "Germany pledged €1-2 billion in military aid to Ukraine.", {("DE", MONEY, P, 1e9)}),
    ("en", "The United States will provide $1–1.5bn in military aid to Ukraine.", {("US", MONEY, P, 1e9)}),
    ("en", "Britain will give Ukraine £1 to 2 billion in military aid this year.", {("GB", MONEY, P, 1e9)}),
    ("en", "Germany will send Ukraine air defence worth €1-2 billion.", {("DE", AIR, P, 1e9)}),
    ("en", "Denmark will give €200 million-€300 million for artillery ammunition for Ukraine.",
     {("DK", AMMO, P, 200e6)}),
    ("en", "Sweden will give Ukraine SEK 1-2 billion for air defence.", {("SE", AIR, P, 1e9)}),
    ("de", "Deutschland stellt der Ukraine 1 bis 2 Milliarden Euro Militärhilfe bereit.", {("DE", MONEY, P, 1e9)}),
    ("de", "Die Niederlande sagten der Ukraine 300-400 Millionen Euro für Munition zu.",
     {("NL", AMMO, P, 300e6)}),
    ("fr", "La France va fournir 1 à 2 milliards d'euros d'aide militaire à l'Ukraine.", {("FR", MONEY, P, 1e9)}),
    ("fr", "Le Danemark donnera de 200 à 300 millions d'euros pour des munitions pour l'Ukraine.",
     {("DK", AMMO, P, 200e6)}),
]

# 2. Round-ups: each giver its own thing.
ROUND_UPS = [
    ("de", "Beim Treffen in Ramstein sagten Italien der Ukraine zwei SAMP/T-Systeme, Spanien vier Hawk-Starter "
     "und Portugal Munition zu.",
     {("IT", AIR, P, 2), ("ES", AIR, P, 4), ("PT", AMMO, P, None)}),
    ("de", "Italien sagte der Ukraine zwei SAMP/T-Systeme, Spanien vier Hawk-Starter und Portugal 5000 Granaten zu. "
     "Das Treffen dauerte zwei Tage.",
     {("IT", AIR, P, 2), ("ES", AIR, P, 4), ("PT", AMMO, P, 5000)}),
    ("de", "In Brüssel sicherten Schweden zehn Schützenpanzer, Finnland drei Haubitzen sowie Dänemark Munition zu.",
     {("SE", ARMOUR, P, 10), ("FI", "artillery", P, 3), ("DK", AMMO, P, None)}),
    ("fr", "Lors de la réunion, l'Italie a promis deux systèmes SAMP/T, l'Espagne ses Hawk et le Portugal des "
     "munitions.",
     {("IT", AIR, P, 2), ("ES", AIR, P, None), ("PT", AMMO, P, None)}),
    ("fr", "L'Italie a promis deux systèmes SAMP/T à l'Ukraine, l'Espagne quatre lanceurs Hawk et le Portugal des "
     "munitions.",
     {("IT", AIR, P, 2), ("ES", AIR, P, 4), ("PT", AMMO, P, None)}),
    ("en", "Italy promised two SAMP/T systems, Spain its Hawk launchers and Portugal 5,000 shells.",
     {("IT", AIR, P, 2), ("ES", AIR, P, None), ("PT", AMMO, P, 5000)}),
]

# 3. Year lists with the verb left out: one record a year.
YEAR_LISTS = [
    ("en", "France delivered 30 Caesar guns to Ukraine in 2024; in 2025, 40.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40)}),
    ("en", "France delivered 30 Caesar guns to Ukraine in 2024 and 40 in 2025.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40)}),
    ("en", "Sweden sent Ukraine 12 Archer howitzers in 2023; in 2024, 8; in 2025, 14.",
     {("SE", "artillery", D, 12), ("SE", "artillery", D, 8), ("SE", "artillery", D, 14)}),
    ("fr", "La France a livré 30 canons Caesar à l'Ukraine en 2024 ; en 2025, 40.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40)}),
    ("fr", "La France a livré 30 canons Caesar à l'Ukraine en 2024 et 40 en 2025.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40)}),
    ("de", "Frankreich lieferte der Ukraine 2024 30 Caesar-Haubitzen; 2025 dann 40.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40)}),
    ("de", "Frankreich lieferte der Ukraine 2024 30 Caesar-Haubitzen, 2025 weitere 40.",
     {("FR", "artillery", D, 30), ("FR", "artillery", D, 40)}),
]

# 4. Units told by their strength, and trainees that train.
TRAINING = [
    ("en", "A 1,200-strong unit of Ukrainian gunners will train in Germany.", {("DE", "training", P, 1200)}),
    ("en", "Germany will train a 1,200-strong Ukrainian brigade.", {("DE", "training", P, 1200)}),
    ("en", "Britain has trained 1,200 Ukrainian gunners.", {("GB", "training", D, 1200)}),
    ("de", "Eine 1200 Mann starke ukrainische Einheit wird in Deutschland ausgebildet.",
     {("DE", "training", D, 1200)}),
    ("de", "1200 ukrainische Soldaten sollen in Deutschland ausgebildet werden.", {("DE", "training", P, 1200)}),
    ("de", "Ukrainische Soldaten werden derzeit in Deutschland ausgebildet.", {("DE", "training", D, None)}),
    ("de", "1200 ukrainische Soldaten werden in Deutschland ausgebildet werden.", {("DE", "training", P, 1200)}),
    ("fr", "Une unité ukrainienne forte de 1 200 soldats sera formée en France.", {("FR", "training", P, 1200)}),
    ("fr", "Une unité de 1 200 artilleurs ukrainiens s'entraînera en Allemagne.", {("DE", "training", P, 1200)}),
]

# 5. "No" after the giving verb, alone or in a "not only ... but also" pair.
NEGATED = [
    ("de", "Deutschland liefert der Ukraine nicht nur keine Kampfjets, sondern auch keine Panzer.",
     {("DE", "aircraft", R, None), ("DE", "tanks", R, None)}),
    ("en", "Germany will send Ukraine not only no fighter jets but also no tanks.",
     {("DE", "aircraft", R, None), ("DE", "tanks", R, None)}),
    ("en", "Germany will send Ukraine no fighter jets, the chancellor said.", {("DE", "aircraft", R, None)}),
    ("en", "Germany will send no fighter jets and no tanks to Ukraine.",
     {("DE", "aircraft", R, None), ("DE", "tanks", R, None)}),
    ("en", "Germany will give Ukraine no Taurus missiles, Berlin said.", {("DE", "missiles", R, None)}),
]

# 6. The compared donor's own relative clause.
COMPARED = [
    ("en", "Unlike Poland, which sent 20 tanks, Hungary refused to send weapons to Ukraine.",
     {("PL", "tanks", D, 20)}),
    ("en", "Like Poland, which sent 20 tanks, Slovakia has delivered fighter jets to Ukraine.",
     {("PL", "tanks", D, 20), ("SK", "aircraft", D, None)}),
    ("en", "Hungary refused to send weapons to Ukraine, unlike Poland, which sent 20 tanks.",
     {("PL", "tanks", D, 20)}),
]

# 7. A remark after ";" by another donor.
REMARKS = [
    ("en", "Germany will send Ukraine two IRIS-T systems; Oslo stressed the importance of air defence.",
     {("DE", AIR, P, 2)}),
    ("fr", "L'Allemagne va livrer deux systèmes IRIS-T ; Oslo a souligné l'importance de la défense aérienne.",
     {("DE", AIR, P, 2)}),
    ("de", "Deutschland liefert zwei IRIS-T-Systeme; Oslo betonte die Bedeutung der Luftverteidigung.",
     {("DE", AIR, P, 2)}),
]

# 8. A count of the countries that pay.
COUNTRIES_COUNTED = [
    ("de", "Die tschechische Initiative lieferte der Ukraine mit Geld aus einem Dutzend Ländern Granaten.",
     {("CZ", AMMO, D, None)}),
    ("de", "Mit dem Geld von einem Dutzend Staaten kaufte Tschechien Granaten für die Ukraine.",
     {("CZ", AMMO, P, None)}),
]

# The same words where no range is told: read as before (main at fef27625).
UNCHANGED = [
    ("en", "Germany will increase its aid to Ukraine from 1 to 2 billion euros.", {("DE", MONEY, P, 2e9)}),
    ("de", "Deutschland erhöht die Hilfe für die Ukraine von 1 auf 2 Milliarden Euro.", {("DE", MONEY, P, 2e9)}),
    ("en", "In 2023-2024 Germany gave Ukraine €2 billion in military aid.", {("DE", MONEY, D, 2e9)}),
    ("en", "Germany pledged €2 billion for 2024-2025 for Ukraine.", {("DE", MONEY, P, 2e9)}),
    ("en", "Canada pledged between $200 million and $300 million in military aid to Ukraine.",
     {("CA", MONEY, P, 200e6)}),
    # (round-ups read so already, and German "zu" after a list that is no promise)
    ("de", "Italien will der Ukraine zwei SAMP/T-Systeme, Spanien vier Hawk-Starter und Portugal Munition liefern.",
     {("IT", AIR, P, 2), ("ES", AIR, P, 4), ("PT", AMMO, P, None)}),
    ("en", "Italy promised two SAMP/T systems, Spain four Hawk launchers and Portugal 5,000 shells.",
     {("IT", AIR, P, 2), ("ES", AIR, P, 4), ("PT", AMMO, P, 5000)}),
    ("de", "Der Kanzler sagte, Deutschland, Frankreich und Polen stimmten dem Plan zu.", set()),
    # (counts beside two years that are no year list)
    ("en", "France delivered 30 Caesar guns in 2024, up from 20 in 2023.", {("FR", "artillery", D, 30)}),
    ("en", "Germany has delivered 18 Leopard tanks since 2023, including 12 in 2024.", {("DE", "tanks", D, 18)}),
    ("en", "Germany delivered 30 Leopard tanks to Ukraine in 2024; in 2025, it will deliver 40.",
     {("DE", "tanks", D, 30), ("DE", "tanks", P, 40)}),
    ("de", "Deutschland hat 2023 und 2024 insgesamt 30 Leopard-Panzer geliefert, davon 12 im Jahr 2024.",
     {("DE", "tanks", D, 30)}),
    # (a strength that trains no one; "entraîner" as "to bring about")
    ("en", "A 5,000-strong crowd protested in Berlin against the aid to Ukraine.", set()),
    ("fr", "Selon Berlin, le départ de 1 200 soldats entraînera des retards.", set()),
    ("en", "Germany will train 1,200 Ukrainian soldiers.", {("DE", "training", P, 1200)}),
    # ("not only" that adds, and "no" that is a deadline, a floor or words withheld)
    ("en", "Germany will send Ukraine not only fighter jets but also tanks.",
     {("DE", "aircraft", P, None), ("DE", "tanks", P, None)}),
    ("de", "Deutschland liefert der Ukraine nicht nur Kampfjets, sondern auch Panzer.",
     {("DE", "aircraft", P, None), ("DE", "tanks", P, None)}),
    ("fr", "L'Allemagne ne livrera à l'Ukraine non seulement aucun avion de combat, mais aussi aucun char.",
     {("DE", "aircraft", R, None), ("DE", "tanks", R, None)}),
    ("en", "Germany will deliver the tanks to Ukraine no later than May.", {("DE", "tanks", P, None)}),
    ("en", "Germany will send Ukraine no fewer than 20 tanks.", {("DE", "tanks", P, 20)}),
    ("en", "Germany will give no details on the number of tanks it will send to Ukraine.",
     {("DE", "tanks", P, None)}),
    # (comparisons without a clause of their own, or told in French and German already)
    ("en", "Unlike Poland, Hungary refused to send tanks to Ukraine.", {("HU", "tanks", R, None)}),
    ("fr", "Contrairement à la Pologne, qui a livré 20 chars, la Hongrie refuse de livrer des armes.",
     {("PL", "tanks", D, 20)}),
    ("de", "Anders als Polen, das 20 Panzer geliefert hat, weigert sich Ungarn, Waffen zu liefern.",
     {("PL", "tanks", D, 20)}),
    # (a clause after ";" with a giving of its own, or a gapped giver; counts of things after countries)
    ("en", "Germany pledged two IRIS-T systems; Oslo stressed it would send NASAMS launchers.",
     {("DE", AIR, P, 2), ("NO", AIR, P, None)}),
    ("en", "Germany will send 10 tanks; Norway 8 howitzers.", {("DE", "tanks", P, 10), ("NO", "artillery", P, 8)}),
    ("en", "The Czech-led initiative has delivered 500,000 shells to Ukraine with money from a dozen countries.",
     {("CZ", AMMO, D, 500000)}),
    ("fr", "L'Italie a promis deux systèmes SAMP/T à l'Ukraine, l'Espagne des Hawk et le Portugal des munitions.",
     {("IT", AIR, P, 2), ("ES", AIR, P, None), ("PT", AMMO, P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MONEY_RANGES + ROUND_UPS + YEAR_LISTS + TRAINING + NEGATED + COMPARED + REMARKS + COUNTRIES_COUNTED)
def test_the_leftovers_of_earlier_stops(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_the_same_words_in_other_senses(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
