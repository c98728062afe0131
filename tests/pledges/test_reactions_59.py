"""Round 59 (fix59b): review 59's reactions, quotes and closing paragraphs (tests/pledges/test_review_59.py), each
read as a phenomenon of full-length wire copy in the three languages where it exists. Every sentence, name and
figure is invented for this file.

- other deeds told with a giving's words (bot/core/pledges/status/other_deeds.py): an accusation rejected ("an
  accusation London rejected", "une accusation que Paris a rejetée", "einen Vorwurf, den Berlin zurückwies") refuses
  no thing,
  and what it rejects is the accuser's view; a refusal to tell ("declined to give the value of the contract", "a
  refusé de préciser le montant", "lehnte es ab, den Wert ... zu nennen") and a question left open ("without saying
  whether Turkey had paid for them", "n'a pas précisé s'ils avaient été financés", "ließ offen, ob") refuse or
  fund nothing; a scheme's working told in the general present ("Under the scheme, allies and Canada pay for")
  gives none of those it names; a debate as the backdrop ("as the debate over aid in the United States
  continues") weighs nobody's giving; spending on one's own defence ("a NATO member that spends less on defence")
  is no money for Ukraine;
- words taken for givers: a country's industry ("we want British industry to supply more", "l'industrie
  française", "die deutsche Industrie") is its makers, no giver and no borrowed one; customers named by a
  nationality ("lost European customers", "des clients européens", "europäische Kunden") buy, they do not give;
  an organisation named as the giver's membership ("Membre de l'Otan, la Turquie", "A NATO member, Turkey", "Als
  Mitglied der Nato") gives nothing (non_givers.py, makers.py);
- words taken for things (item_words.py): what a vehicle resists ("résistants aux mines", "resistant to mines",
  "Schutz vor Minen") and drones intruding into an airspace ("drone incursions into members' airspace", "Drohnen
  in den Luftraum ... eingedrungen", "des drones ont pénétré dans l'espace aérien") are no things given; drone
  detectors ("détecteurs de drones", "drone detectors", "Drohnendetektoren") are equipment, not drones; an
  alliance's own air defences discussed ("the alliance's own air defences", "ses propres défenses aériennes",
  "die eigene Luftverteidigung") are its own forces (own_forces.py).
Each case's comment says whether it failed on main before fix59b (measured on its tree at 5bbbe601).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R
from tests.support.wire_reading import figures

OTHER_DEEDS = [
    # An accusation rejected (failed on main in English and French: the arms read refused; German passed).
    ("en", "Russia said British arms deliveries made London a party to the war, an accusation London rejected.",
     set()),
    ("fr", "Moscou a accusé Paris de prolonger la guerre par ses livraisons d'armes, une accusation que Paris a "
     "rejetée.", set()),
    ("de", "Moskau erklärte, die deutschen Waffenlieferungen machten Deutschland zur Kriegspartei, einen Vorwurf, "
     "den Berlin zurückwies.", set()),
    # ... the news before it kept; a denial of a giving told in a clause stays a refusal (guards).
    ("en", "Britain sent 20 more Challenger tanks to Ukraine last week. Moscow called the deliveries an escalation, "
     "a charge London rejected.", {("GB", "tanks", D, 20)}),
    ("en", "Britain denied reports that it would send Typhoon jets to Ukraine.", {("GB", "aircraft", R, None)}),
    # ... and the recipient's complaint keeps the promise it names, the accuser no non-giver (guards, read so on main;
    # tests/pledges/test_pledges_wire_45.py's Norwegian howitzers failed with the first version of this rule).
    ("en", "Ukraine accused Sweden of failing to deliver 40 promised armoured vehicles on time, an accusation "
     "Stockholm rejected.", {("SE", ARMOUR, P, 40)}),
    ("fr", "L'Ukraine a accusé la Suède de ne pas livrer à temps les 40 blindés promis, une accusation que Stockholm "
     "a rejetée.", {("SE", ARMOUR, P, 40)}),
    ("de", "Die Ukraine warf Dänemark vor, die zugesagten 30.000 Granaten nicht rechtzeitig zu liefern, einen "
     "Vorwurf, den Kopenhagen zurückwies.", {("DK", AMMO, P, 30000)}),
    # A refusal to tell, its sentence alone (passed on main: the first sentence's donor is not borrowed so far).
    ("en", "Britain signed a contract for 20 tanks for Ukraine. It declined to give the value of the contract.",
     {("GB", "tanks", M, 20)}),
    ("fr", "La France a commandé 20 canons Caesar pour l'Ukraine. Elle a refusé de préciser le montant du contrat.",
     {("FR", "artillery", M, 20)}),
    # ... and told after a spokesman's sentence (failed on main: the contract refused).
    ("de", "Deutschland hat mit einem Hersteller einen Vertrag über 30.000 Granaten für die Ukraine unterzeichnet, "
     "sagte ein Sprecher. Er lehnte es ab, den Wert des Vertrags zu nennen.", {("DE", AMMO, M, 30000)}),
    # ... a refusal to give stays one (guards)
    ("en", "Britain refused to send Typhoon jets to Ukraine.", {("GB", "aircraft", R, None)}),
    ("fr", "La France a refusé de livrer des chars Leclerc à l'Ukraine.", {("FR", "tanks", R, None)}),
    ("de", "Deutschland lehnte es ab, Taurus zu liefern.", {("DE", "missiles", R, None)}),
    # A question left open (failed on main in French: the paying read pledged).
    ("fr", "La Turquie a livré 50 blindés à l'Ukraine. Ils ont été remis aux forces ukrainiennes, selon cette "
     "source, qui n'a pas précisé s'ils avaient été financés par Ankara ou par un pays tiers.",
     {("TR", ARMOUR, D, 50)}),
    # (passed on main in English and German)
    ("en", "Turkey delivered 50 armoured vehicles to Ukraine but did not say whether they were funded by Ankara.",
     {("TR", ARMOUR, D, 50)}),
    ("de", "Die Türkei hat der Ukraine 50 gepanzerte Fahrzeuge geliefert, ließ aber offen, ob Ankara sie finanziert "
     "hat.", {("TR", ARMOUR, D, 50)}),
    # A scheme's working in the general present (failed on main in English and French: Canada's pledges).
    ("en", "Under the scheme, European allies and Canada pay for packages of U.S. equipment, mainly air defence "
     "interceptors and ammunition.", set()),
    ("fr", "Dans le cadre de ce mécanisme, les alliés européens et le Canada financent des équipements américains, "
     "surtout des intercepteurs et des munitions.", set()),
    ("de", "Im Rahmen des Programms bezahlen europäische Verbündete und Kanada amerikanische Ausrüstung, vor allem "
     "Abfangraketen und Munition.", set()),
    # ... a payer's own payment under it stays its pledge (guard)
    ("en", "Under the scheme, Canada will pay for 20 Patriot interceptors for Ukraine.", {("CA", AIR, P, 20)}),
    # A debate as the backdrop (failed on main in English: the last donor's aid discussed; French and German passed).
    ("en", "Hungary has for months held up reimbursements from the fund. European leaders said they will step up "
     "their own contribution as the debate over aid in the United States continues.", set()),
    ("fr", "La Norvège a promis 20 chars. Les dirigeants européens augmenteront leur contribution alors que le débat "
     "sur l'aide se poursuit aux États-Unis.", {("NO", "tanks", P, 20)}),
    ("de", "Norwegen hat 20 Panzer zugesagt. Die Europäer wollen ihren Beitrag erhöhen, während die Debatte über die "
     "Hilfe in den USA anhält.", {("NO", "tanks", P, 20)}),
    # Spending on one's own defence (failed on main in English: funding pledged; French and German passed).
    ("en", "Norway, which spends more on defence than most allies, has been praised for its aid.", set()),
    ("en", "Spain, a NATO member that spends less on defence as a share of economic output than most of its allies, "
     "has faced criticism from partners for the pace of its aid.", set()),
    ("fr", "L'Espagne, qui dépense moins pour sa défense que ses alliés, est critiquée pour le rythme de son aide.",
     set()),
    ("de", "Spanien, das weniger für Verteidigung ausgibt als die Partner, steht wegen seiner Hilfe in der Kritik.",
     set()),
]

GIVERS = [
    # A country's industry (failed on main in English and German: the nationality's pledge; French passed).
    ("en", "\"Ukraine needs shells every day, and we want British industry to supply more of them,\" the minister "
     "said.", set()),
    ("en", "Britain ordered 30,000 shells for Ukraine. \"We want British industry to supply more of them,\" the "
     "minister said.", {("GB", AMMO, M, 30000)}),
    ("fr", "« Nous voulons que l'industrie française fournisse davantage d'obus à l'Ukraine », a déclaré le "
     "ministre.", set()),
    ("de", "„Wir wollen, dass die deutsche Industrie der Ukraine mehr Munition liefert“, sagte der Minister.", set()),
    ("de", "Die deutsche Rüstungsindustrie liefert der Ukraine mehr Munition.", set()),
    # ... the state's own giving stays (guard)
    ("de", "Deutschland liefert der Ukraine mehr Munition aus der Industrie.", {("DE", AMMO, P, None)}),
    # Customers named by a nationality (failed on main in French: EU other discussed; English and German passed).
    ("fr", "Plusieurs fabricants d'armes du pays affirment avoir perdu des clients européens, qui jugent la Suisse "
     "peu fiable, et certains envisagent de déplacer leur production à l'étranger.", set()),
    ("en", "Several arms makers say they have lost European customers and are considering moving weapons production "
     "abroad.", set()),
    ("de", "Mehrere Waffenhersteller sagen, sie hätten europäische Kunden verloren, und erwägen, ihre "
     "Waffenproduktion ins Ausland zu verlagern.", set()),
    # An organisation named as the giver's membership (failed on main in French: NATO's drones and training;
    # English and German passed).
    ("fr", "Membre de l'Otan, la Turquie entretient des relations étroites avec Kiev. Elle a fourni à l'Ukraine des "
     "drones Bayraktar dès 2022 et formé des équipages ukrainiens.",
     {("TR", "drones", D, None), ("TR", "training", D, None)}),
    ("fr", "Membre de l'Otan, la Turquie a fourni des drones Bayraktar à l'Ukraine.", {("TR", "drones", D, None)}),
    ("en", "A NATO member, Turkey has supplied Bayraktar drones to Ukraine.", {("TR", "drones", D, None)}),
    ("de", "Als Mitglied der Nato hat die Türkei der Ukraine Bayraktar-Drohnen geliefert.", {("TR", "drones", D, None)}),
]

THINGS = [
    # What a vehicle resists (failed on main in the three languages: ammunition delivered).
    ("fr", "La Turquie a livré 50 véhicules blindés résistants aux mines à l'Ukraine.", {("TR", ARMOUR, D, 50)}),
    ("en", "Turkey has delivered 50 armoured vehicles resistant to mines to Ukraine.", {("TR", ARMOUR, D, 50)}),
    ("de", "Die Türkei hat der Ukraine 50 gepanzerte Fahrzeuge mit Schutz vor Minen geliefert.",
     {("TR", ARMOUR, D, 50)}),
    # ... mines given stay ammunition (guard)
    ("en", "Turkey has delivered 5,000 anti-tank mines to Ukraine.", {("TR", AMMO, D, 5000)}),
    # Drone detectors (failed on main in the three languages: drones delivered).
    ("fr", "Le Japon a livré des gilets pare-balles et des détecteurs de drones à l'Ukraine.", {("JP", "other", D, None)}),
    ("en", "Japan has delivered drone detectors to Ukraine.", {("JP", "other", D, None)}),
    ("de", "Japan hat der Ukraine Drohnendetektoren geliefert.", {("JP", "other", D, None)}),
    # ... drones given stay drones (guard)
    ("fr", "Le Japon a livré des drones de reconnaissance à l'Ukraine.", {("JP", "drones", D, None)}),
    # Drones intruding into an airspace (failed on main in the three languages: NATO drones discussed).
    ("de", "Die Verteidigungsminister der Nato berieten über die Ostflanke, nachdem mehrfach Drohnen in den Luftraum "
     "von Mitgliedstaaten eingedrungen waren.", set()),
    ("en", "NATO defence ministers discussed the eastern flank after a series of drone incursions into members' "
     "airspace.", set()),
    ("fr", "Les ministres de l'Otan ont discuté du flanc est, après que des drones ont pénétré dans l'espace aérien "
     "de plusieurs membres.", set()),
    # An alliance's own air defences (failed on main in English: the last donor's air defence discussed; French
    # and German passed).
    ("en", "Finland will give 100 million euros to the scheme. The meeting, chaired by NATO's secretary general, also "
     "discussed the alliance's own air defences.", {("FI", MONEY, P, 100000000)}),
    ("fr", "La Finlande versera 100 millions d'euros au mécanisme. Les ministres ont aussi discuté de leurs propres "
     "défenses aériennes.", {("FI", MONEY, P, 100000000)}),
    ("de", "Finnland zahlt 100 Millionen Euro in das Programm ein. Die Minister berieten zudem über die eigene "
     "Luftverteidigung.", {("FI", MONEY, P, 100000000)}),
]


# Guards on the reach of these rules (each read so on main too): threats named before a refusal, a question about a
# giving still to decide (discussed, as "ob ... liefern wird" is), spending for Ukraine's forces, a minister of
# industry, drones given to watch an airspace.
GUARDS = [
    ("en", "Despite Russian threats, Germany refused to send Taurus missiles to Ukraine.", {("DE", "missiles", R, None)}),
    ("en", "Scholz did not say whether Germany would send Taurus missiles.", {("DE", "missiles", "discussed", None)}),
    ("de", "Scholz ließ offen, ob Deutschland Taurus liefern wird.", {("DE", "missiles", "discussed", None)}),
    ("en", "Britain will spend more on military equipment for Ukraine.", {("GB", "other", P, None)}),
    ("en", "The German Industry Minister said Germany would deliver 10 tanks to Ukraine.", {("DE", "tanks", P, 10)}),
    ("en", "France will deliver drones to monitor Ukrainian airspace.", {("FR", "drones", P, None)}),
    ("fr", "La France livrera des drones pour surveiller l'espace aérien ukrainien.", {("FR", "drones", P, None)}),
]

# A refusal to tell after a sentence of what the order becomes (failed on main in the three languages: the contract
# refused). Only the refusal is asserted: the sentence before is read as it was.
UNTOLD = [
    ("en", "Britain has signed a contract with a domestic maker for 30,000 shells for Ukraine. The shells will be "
     "delivered next year, a spokesman said. He declined to give the value of the contract."),
    ("fr", "La France a signé un contrat avec un industriel pour 30 000 obus destinés à l'Ukraine. Les obus seront "
     "livrés l'an prochain, a dit un porte-parole. Il a refusé de préciser le montant du contrat."),
    ("de", "Deutschland hat mit einem Hersteller einen Vertrag über 30.000 Granaten für die Ukraine unterzeichnet. "
     "Die Granaten sollen im nächsten Jahr geliefert werden. Ein Sprecher lehnte es ab, den Wert des Vertrags zu "
     "nennen."),
]


@pytest.mark.parametrize(("lang", "text"), UNTOLD)
def test_a_refusal_to_tell_refuses_nothing(lang: str, text: str) -> None:
    read = figures(text, lang)
    assert (next(iter({d for d, _, _, _ in read})), AMMO, M, 30000) in read
    assert not [record for record in read if record[2] == R]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_DEEDS + GIVERS + THINGS + GUARDS)
def test_reactions_quotes_and_closing_paragraphs_give_no_giving(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
