"""A twenty-eighth round of wire copy: the misses review 41's probe (tests/pledges/test_review_41.py)
still showed after rounds 26 and 27, each phenomenon told again here in other words and other
languages, in articles written for these tests (none is taken from the real-article set or from
the probe). Each was labelled by hand before it was run, following the real-article set's
conventions (../shared/eval/README.md), as (donor, category, status, figure): the count of things
stated, else the sum of money, else none; money for a named kind of thing is that thing's category.
Two conventions still open are kept out of these articles: a joint figure of several givers, and
one giver with several figures of one kind at one step.

The phenomena:
- interceptor drones ("interceptor drones", "drone interceptors", "drones intercepteurs",
  "Interceptor-Drohnen") are drones (the README's categories: drones), not air defence; a system's
  interceptors ("Patriot interceptors") stay air defence;
- an elliptic noun standing for the kind named before: "six pièces supplémentaires" after guns,
  "20 more pieces", "two more batteries" after an air-defence system, "zehn Rohre" after howitzers;
- a state that is no donor of the lists' in the giver's place (Brazil, Mexico) handed its
  refusal to the donor named before it;
- a second clause's count lost ("..., and five more in spring", "Finnland gibt weitere sechs
  Geschütze dieser Art ab");
- a cut ("halbieren", "halve", "réduire de moitié") told without another cue;
- missiles "for the system" named before ("Lenkflugkörper für das System", "missiles pour ce
  système") not read as that system's interceptors;
- a giver named in a relative clause after a sentence of another giver ("He also thanked Spain,
  which is preparing to ship ...", "remercié l'Espagne, qui prépare l'envoi ...");
- money for the upkeep of things others delivered ("for the maintenance of F-16 jets already
  delivered by Denmark") given to those who delivered them.

28 articles (11 EN, 9 FR, 8 DE), labelled before their first run: on main (d02602e) 4 of 28 read
right; after the fixes all 28 (interceptor drones: item_words; a headline's "orders ... for
Ukraine": cue_patterns; elliptic nouns, counts of the kind named before, "for the system":
references; Brazil a donor, Mexico a country: config/entities.toml; a non-donor state opening the
cue's clause: item_givers; a nationality before "request for": non_givers; cuts: cue_patterns; a
number before a sentence's opening pronoun ends it: bot/core/text; "24 of them", "20 davon zu":
references; "preparing to ship": cue_patterns; things given earlier by another giver, told after
them: relative_receipts).
Ten held-out articles (HELD_OUT) were written after those fixes, labelled, and run once: 6 of 10
right on that first run (main: 3 of 10). The misses were a count with a thousands separator in "the
first 200 of 1,000 ... it pledged" (attributive_cues), "à la réparation des" as a purpose (items),
a German relative clause after the main clause's last word, "an die Ukraine übergeben haben"
(relative_receipts), and the French cut below; after mending the first three, 9 of 10.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, M, P, R
from tests.support.wire_reading import figures, in_three_languages, left_as_xfails

# Each is (headline, body, records), the records labelled by hand before the first run.

ENGLISH = [
    # interceptor drones are drones
    ("Britain to send 3,000 interceptor drones to Ukraine",
     "LONDON (Reuters) - Britain will send 3,000 interceptor drones to Ukraine to help it protect its cities from "
     "Russian drone attacks, the defence ministry said on Friday.",
     {("GB", "drones", P, 3000)}),
    # ... and a system's interceptors stay air defence beside them
    ("Germany to send more Patriot interceptors and interceptor drones",
     "BERLIN (Reuters) - Germany will send Ukraine 100 more Patriot interceptors and 500 interceptor drones before "
     "the end of the year, the defence ministry said on Wednesday.",
     {("DE", AIR, P, 100), ("DE", "drones", P, 500)}),
    ("Dutch order drone interceptors for Kyiv",
     "THE HAGUE (Reuters) - The Netherlands has ordered 600 drone interceptors from a Dutch start-up for Ukraine, "
     "the defence minister told parliament on Tuesday.",
     {("NL", "drones", M, 600)}),
    # an elliptic noun for the kind named before
    ("Britain to send 20 more guns to Ukraine",
     "LONDON (Reuters) - Britain has sent 30 AS90 howitzers to Ukraine and will supply 20 more pieces in the "
     "spring, the defence ministry said.",
     {("GB", "artillery", D, 30), ("GB", "artillery", P, 20)}),
    ("Norway to send two more NASAMS batteries",
     "OSLO (Reuters) - Norway has delivered two NASAMS air defence systems to Ukraine and will send two more "
     "batteries next year, the defence ministry said.",
     {("NO", AIR, D, 2), ("NO", AIR, P, 2)}),
    # a state that gives nothing to Ukraine, named after a donor
    ("Brazil declines German request for tank ammunition",
     "BERLIN (Reuters) - Germany has delivered 30 Gepard anti-aircraft guns to Ukraine. Brazil has refused to "
     "sell Berlin ammunition for the guns, a government spokesman in Brasilia said on Friday.",
     {("DE", AIR, D, 30), ("BR", AMMO, R, None)}),
    ("Germany has sent 18 Leopard tanks, Mexico refuses shells",
     "BERLIN (Reuters) - Germany has delivered 18 Leopard 2 tanks to Ukraine. Mexico also refused to sell "
     "ammunition for them, officials said.",
     {("DE", "tanks", D, 18)}),
    # a second clause keeps its count
    ("Norway delivers tanks, more to come",
     "OSLO (Reuters) - Norway has delivered 10 tanks to Ukraine, and 20 more will follow in the spring, the "
     "defence ministry said on Monday.",
     {("NO", "tanks", D, 10), ("NO", "tanks", P, 20)}),
    # a cut told alone
    ("Norway halves planned military aid for Ukraine",
     "OSLO (Reuters) - Norway has halved its planned military aid for Ukraine next year to 10 billion crowns, the "
     "finance ministry said on Tuesday.",
     {("NO", MONEY, P, 10e9)}),
    # a giver in a relative clause after another giver's sentences
    ("Kyiv thanks Warsaw and Madrid",
     "KYIV (Reuters) - Ukraine has received the first Krab howitzers promised by Poland, its defence minister "
     "said. Warsaw had committed to sending 24 of them. He also thanked Spain, which is preparing to ship two "
     "Hawk air defence batteries.",
     {("PL", "artillery", D, None), ("PL", "artillery", P, 24), ("ES", AIR, P, 2)}),
    # upkeep money for what others delivered
    ("Sweden to pay for upkeep of jets given by Denmark and Norway",
     "STOCKHOLM (Reuters) - Sweden will pay $80 million for the maintenance of F-16 jets already delivered to "
     "Ukraine by Denmark and Norway, the Swedish government said on Thursday.",
     {("SE", "aircraft", P, 80e6), ("DK", "aircraft", D, None), ("NO", "aircraft", D, None)}),
]

FRENCH = [
    ("La France a livré 1 500 drones intercepteurs",
     "PARIS (AFP) - La France a livré 1 500 drones intercepteurs à l'Ukraine depuis l'été, a indiqué mardi le "
     "ministère des Armées.",
     {("FR", "drones", D, 1500)}),
    ("La France enverra six pièces de plus",
     "PARIS (AFP) - La France a livré 18 canons Caesar à l'Ukraine depuis le printemps. Elle enverra six pièces "
     "supplémentaires d'ici la fin de l'année, a annoncé mardi le ministère des Armées.",
     {("FR", "artillery", D, 18), ("FR", "artillery", P, 6)}),
    ("L'Italie remet douze obusiers à Kiev",
     "ROME (AFP) - L'Italie a remis douze obusiers à l'Ukraine, a indiqué jeudi le ministère italien de la "
     "Défense. Huit autres pièces doivent suivre au printemps.",
     {("IT", "artillery", D, 12), ("IT", "artillery", P, 8)}),
    ("Le Brésil refuse de vendre des obus pour les Gepard",
     "BERLIN (AFP) - L'Allemagne a fourni 50 chars antiaériens Gepard à l'Ukraine. Le Brésil a refusé mardi de "
     "lui vendre des obus pour ces blindés, a indiqué un porte-parole à Brasilia.",
     {("DE", AIR, D, 50), ("BR", AMMO, R, None)}),
    ("La Suède a livré dix chars, cinq autres suivront",
     "STOCKHOLM (AFP) - La Suède a livré dix chars à l'Ukraine, et cinq autres suivront au printemps, a annoncé "
     "le gouvernement suédois.",
     {("SE", "tanks", D, 10), ("SE", "tanks", P, 5)}),
    ("Paris va réduire de moitié son aide militaire à Kiev",
     "PARIS (AFP) - Le gouvernement va réduire de moitié son aide militaire à l'Ukraine l'an prochain, à 1,5 "
     "milliard d'euros, selon le projet de budget présenté mercredi.",
     {("FR", MONEY, P, 1.5e9)}),
    ("Rome promet des missiles pour son SAMP/T",
     "ROME (AFP) - L'Italie a livré son deuxième système SAMP/T à l'Ukraine au printemps. Rome s'est engagée "
     "jeudi à fournir 30 missiles supplémentaires pour ce système d'ici l'automne.",
     {("IT", AIR, D, None), ("IT", AIR, P, 30)}),
    ("Kiev remercie Paris et Madrid",
     "KIEV (AFP) - L'Ukraine a reçu les premiers canons Caesar promis par la France. Paris s'était engagé à en "
     "livrer 12. Le ministre ukrainien a aussi remercié l'Espagne, qui prépare l'envoi de deux batteries Hawk.",
     {("FR", "artillery", D, None), ("FR", "artillery", P, 12), ("ES", AIR, P, 2)}),
    ("Le Danemark paiera l'entretien des Leopard",
     "COPENHAGUE (AFP) - Le Danemark versera 50 millions d'euros pour l'entretien des chars Leopard 1 déjà livrés "
     "par l'Allemagne à l'Ukraine, a annoncé lundi le ministère danois de la Défense.",
     {("DK", "tanks", P, 50e6), ("DE", "tanks", D, None)}),
]

GERMAN = [
    ("Berlin liefert Abfangdrohnen",
     "BERLIN (dpa) - Deutschland will der Ukraine noch in diesem Winter 2.000 Interceptor-Drohnen liefern. Das "
     "kündigte das Verteidigungsministerium am Montag an.",
     {("DE", "drones", P, 2000)}),
    ("Weitere Haubitzen für Kiew",
     "BERLIN (dpa) - Deutschland hat der Ukraine bislang 14 Panzerhaubitzen 2000 überlassen. Weitere zehn Rohre "
     "sollen im Frühjahr folgen, teilte das Verteidigungsministerium mit.",
     {("DE", "artillery", D, 14), ("DE", "artillery", P, 10)}),
    ("Schweden und Finnland geben Haubitzen ab",
     "STOCKHOLM (dpa) - Schweden wird der Ukraine acht Archer-Haubitzen übergeben, Finnland gibt weitere sechs "
     "Geschütze dieser Art ab. Das teilten beide Regierungen am Freitag mit.",
     {("SE", "artillery", P, 8), ("FI", "artillery", P, 6)}),
    ("Brasilien lehnt Munitionsverkauf ab",
     "BERLIN (dpa) - Deutschland hat der Ukraine 40 Flugabwehrpanzer Gepard geliefert. Brasilien lehnte es ab, "
     "Munition für diese Panzer zu verkaufen, wie die Regierung in Brasília mitteilte.",
     {("DE", AIR, D, 40), ("BR", AMMO, R, None)}),
    ("Bund halbiert Ukraine-Hilfe",
     "BERLIN (dpa) - Die Bundesregierung halbiert im kommenden Jahr ihre Militärhilfe für die Ukraine auf 3,5 "
     "Milliarden Euro, wie aus Regierungskreisen verlautete.",
     {("DE", MONEY, P, 3.5e9)}),
    ("Berlin sagt Lenkflugkörper für IRIS-T zu",
     "BERLIN (dpa) - Deutschland hat der Ukraine ein fünftes IRIS-T-System übergeben. Zudem sagte Berlin 40 "
     "weitere Lenkflugkörper für das System zu, teilte die Bundesregierung mit.",
     {("DE", AIR, D, None), ("DE", AIR, P, 40)}),
    ("Kiew dankt Kopenhagen und Rom",
     "KIEW (dpa) - Die Ukraine hat die ersten Leopard-Panzer aus Dänemark erhalten. Kopenhagen hatte zugesagt, "
     "20 davon zu liefern. Der Minister dankte auch Italien, das die Lieferung von SAMP/T-Raketen vorbereitet.",
     {("DK", "tanks", D, None), ("DK", "tanks", P, 20), ("IT", AIR, P, None)}),
    ("Niederlande zahlen Wartung der Leopard",
     "DEN HAAG (dpa) - Die Niederlande zahlen 60 Millionen Euro für die Wartung der Leopard-Panzer, die "
     "Deutschland der Ukraine bereits geliefert hat. Das teilte das Verteidigungsministerium mit.",
     {("NL", "tanks", P, 60e6), ("DE", "tanks", D, None)}),
]


# What this round leaves, by headline: what is read instead (strict xfails).
LEFT = {
}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"), left_as_xfails(in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT)
)
def test_round_28_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Ten articles written after the fixes above, labelled before their one first run, on the same
# phenomena in other words (which of them the first run read right: see the module's docstring).
HELD_OUT = [
    ("en", "Ukraine receives first interceptor drones from Latvia",
     "RIGA (Reuters) - Latvia has handed Ukraine the first 200 of 1,000 interceptor drones it pledged in May, the "
     "Latvian defence ministry said on Wednesday.",
     {("LV", "drones", D, 200), ("LV", "drones", P, 1000)}),
    ("fr", "La Norvège livrera quatre unités de plus",
     "OSLO (AFP) - La Norvège a fourni deux batteries NASAMS à l'Ukraine et enverra quatre unités supplémentaires "
     "l'an prochain, a annoncé mardi son ministre de la Défense.",
     {("NO", AIR, D, 2), ("NO", AIR, P, 4)}),
    ("de", "Dänemark schickt Haubitzen",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine 19 Haubitzen geliefert, weitere acht Stück sollen bis zum Sommer "
     "folgen. Das teilte das Verteidigungsministerium mit.",
     {("DK", "artillery", D, 19), ("DK", "artillery", P, 8)}),
    ("en", "Germany pledges more IRIS-T, Israel says no to Kyiv",
     "BERLIN (Reuters) - Germany will send Ukraine two more IRIS-T air defence systems, the government said on "
     "Tuesday, while Israel again refused to provide air defence systems to Kyiv.",
     {("DE", AIR, P, 2)}),
    ("fr", "Le Danemark divise par deux son soutien",
     "COPENHAGUE (AFP) - Le Danemark va réduire son soutien militaire à l'Ukraine de moitié en 2026, à 8 milliards "
     "de couronnes, a indiqué le ministre des Finances.",
     {("DK", MONEY, P, 8e9)}),
    ("en", "U.S. to send more missiles for Ukraine's Patriot",
     "WASHINGTON (Reuters) - The United States delivered a second Patriot battery to Ukraine in April. The Pentagon "
     "said on Friday it would send 50 more interceptors for the system by the end of the summer.",
     {("US", AIR, D, None), ("US", AIR, P, 50)}),
    ("en", "Zelensky thanks Oslo and Rome",
     "KYIV (Reuters) - Ukraine has taken delivery of the first NASAMS launchers from Norway, President Volodymyr "
     "Zelensky said on Sunday. Oslo had promised six of them. Zelensky also thanked Italy, which is getting ready "
     "to send a SAMP/T system.",
     {("NO", AIR, D, None), ("NO", AIR, P, 6), ("IT", AIR, P, None)}),
    ("fr", "La Suède financera la réparation des chars",
     "STOCKHOLM (AFP) - La Suède consacrera 40 millions d'euros à la réparation des chars Leopard 2 que la Pologne "
     "a livrés à l'Ukraine, a annoncé lundi le gouvernement suédois.",
     {("SE", "tanks", P, 40e6), ("PL", "tanks", D, None)}),
    ("de", "Norwegen zahlt Ersatzteile für F-16",
     "OSLO (dpa) - Norwegen stellt 30 Millionen Euro für Ersatzteile der F-16-Kampfjets bereit, die Dänemark und "
     "die Niederlande an die Ukraine übergeben haben. Das teilte die Regierung mit.",
     {("NO", "other", P, 30e6), ("DK", "aircraft", D, None), ("NL", "aircraft", D, None)}),
    ("en", "Portugal delivers howitzers, more to follow",
     "LISBON (Reuters) - Portugal has delivered eight M109 howitzers to Ukraine, and another four guns will follow "
     "by the end of the year, the defence ministry said.",
     {("PT", "artillery", D, 8), ("PT", "artillery", P, 4)}),
]


# What the held-out articles leave, by headline (strict xfails).
HELD_OUT_LEFT = {
    "Le Danemark divise par deux son soutien": (
        "'va réduire son soutien militaire à l'Ukraine de moitié en 2026, à 8 milliards de couronnes' gives no "
        "record: the sum stands seven words after the aid, beyond the cut's reach (the status automaton is at "
        "its size: a longer reach makes RE2 run out of DFA memory)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_round_28_held_out_articles_give_their_labelled_records(
    lang: str, title: str, text: str, expected: set
) -> None:
    assert figures(text, lang, title=title) == expected
