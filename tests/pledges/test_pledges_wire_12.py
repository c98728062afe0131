"""A twelfth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, as agency copy runs: a
dateline (also a double one, "SEOUL/KYIV"), the news, reported speech, a background
paragraph with a running total or an earlier pledge, packages named by number, amounts
converted in brackets, joint projects of two governments, firms paid by a government,
refusals and an organisation's money blocked by a member, deliveries beside promises,
production and training. Each article was labelled by hand before it was run, following
the real-article set's conventions (../shared/eval/README.md) and the earlier rounds'.
Run first on main, 28 of the 50 were fully right (records matched 50 / labelled 77 /
predicted 64); after the fixes below, 39 (62 / 77 / 70). The eleven left are strict xfails
with what is read instead.

Conventions this round settles:
- a count several givers give together ("jointly", "gemeinsam", "conjointement") is each
  partner's, as the real set labels a joint project's figure on every partner (one
  Franco-Italian system is 1 for each); told of several givers without saying so it may be
  their total, spread over them, and stays nobody's share;
- the European Peace Facility named alone (EPF, FEP) is the EU: a member blocking its money
  is the EU's money under discussion, as round 11's "Hungary blocks EU aid";
- unable to give ("cannot send", "ne peut plus céder", "kann keine ... abgeben") is the real
  set's "not now": refused.
The earlier rounds are tests/pledges/test_pledges_wire.py to _11."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, M, P, R, X
from tests.support.wire_reading import in_three_languages, readings, records

ENGLISH = [
    ("KYIV, Dec 4 (Reuters) - Ukraine has received the first four of 12 Archer self-propelled howitzers that "
     "Sweden pledged in its 19th support package, the Ukrainian defence ministry said on Thursday.\n"
     "\"Archer gives our gunners range and speed,\" the ministry said in a statement.",
     {("SE", "artillery", D), ("SE", "artillery", P)}),
    ("WASHINGTON (AP) - The Pentagon on Friday announced a $250 million package of weapons for Ukraine, its 52nd "
     "drawdown from U.S. stocks since August 2021, including ammunition for HIMARS launchers, 155mm shells and "
     "Javelin anti-tank missiles.\n"
     "The package brings total U.S. military aid to Ukraine to more than $44 billion.",
     {("US", "funding", P), ("US", "ammunition", P), ("US", "small_arms", P)}),
    ("BERLIN (Reuters) - Germany and Denmark will jointly deliver 20 more Leopard 1A5 tanks to Ukraine in the "
     "first quarter, the two defence ministries said in a joint statement on Monday.",
     {("DE", "tanks", P), ("DK", "tanks", P)}),
    ("LONDON (Reuters) - Britain will train a further 10,000 Ukrainian recruits next year, bringing the number "
     "trained in the UK since 2022 to more than 55,000, Defence Secretary John Healey said on Tuesday.",
     {("GB", "training", P), ("GB", "training", D)}),
    ("BRUSSELS (Reuters) - Hungary on Tuesday again blocked the reimbursement of member states from the European "
     "Peace Facility for arms sent to Ukraine, three diplomats said.",
     {("EU", "funding", X)}),
    ("PARIS (Reuters) - France has ruled out sending Rafale fighter jets to Ukraine \"at this stage\" but will "
     "deliver more Mirage 2000 aircraft next year, an Elysee official said on Wednesday.",
     {("FR", "aircraft", R), ("FR", "aircraft", P)}),
    ("OSLO (Reuters) - Norway and Germany will jointly buy Patriot missiles worth 2 billion Norwegian crowns ($185 "
     "million) for Ukraine from U.S. manufacturer Raytheon, the Norwegian government said on Monday.",
     {("NO", AIR, P), ("DE", AIR, P)}),
    pytest.param(
        "WASHINGTON (Defense News) - The U.S. State Department has approved the possible sale of $150 million in air "
        "defence equipment and support to Ukraine, to be paid for with funds from Norway, the Defense Security "
        "Cooperation Agency said on Thursday.",
        {("NO", AIR, X)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled Norway, who pays, weighing a US sale (an export approval alone is discussed); read as the US's: 'to be paid for with funds from Norway' is not read as the buyer"))),
    ("KYIV (Kyiv Independent) - Ukraine's air force has begun flying Swedish-made Gripen C fighter jets in combat, "
     "weeks after Stockholm handed over six of the aircraft, an air force spokesperson said.",
     {("SE", "aircraft", D)}),
    ("OTTAWA (Reuters) - Canada will donate 50 armoured vehicles built by General Dynamics Land Systems-Canada and "
     "C$100 million for drones to Ukraine, Defence Minister David McGuinty said on Thursday, adding the vehicles "
     "would arrive by summer.",
     {("CA", ARMOUR, P), ("CA", "drones", P)}),
    ("ROME (Reuters) - Italy's government approved on Wednesday a tenth military aid package for Ukraine, whose "
     "contents remain classified, the defence ministry said.",
     {("IT", "other", P)}),
    pytest.param(
        "THE HAGUE (Reuters) - The Netherlands will spend 400 million euros on long-range drones made in Ukraine, "
        "Defence Minister Ruben Brekelmans said on Monday, part of a 3.5 billion euro budget set aside for Kyiv "
        "next year.",
        {("NL", "drones", P), ("NL", "funding", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled a promise of drones and of the budget; read as production: drones 'made in Ukraine' are read as bought from Ukraine's industry, and the budget takes the same stage (a judgement call the label may not share with the real set)"))),
    ("VILNIUS (Reuters) - Lithuania cannot send more air defence systems to Ukraine this year because its own "
     "stocks are depleted, the defence minister said, but it will keep supplying ammunition.",
     {("LT", AIR, R), ("LT", "ammunition", P)}),
    pytest.param(
        "BRUSSELS (AP) - Germany, the Netherlands and Sweden will each contribute to a $1 billion package of U.S. "
        "weapons for Ukraine under NATO's PURL scheme, Secretary General Mark Rutte said on Wednesday.",
        {("DE", "funding", P), ("NL", "funding", P), ("SE", "funding", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled each country's money; no record: 'contribute to a $1 billion package' gives the package no giver when three donors are listed with 'each'"))),
    ("KYIV (Reuters) - A Ukrainian brigade has started using Leopard 2A6 tanks supplied by Portugal and Spain, "
     "the army said, while 14 more tanks promised by the Netherlands have yet to arrive.",
     {("PT", "tanks", D), ("ES", "tanks", D), ("NL", "tanks", P)}),
    ("SEOUL/KYIV (Reuters) - South Korea has again ruled out supplying lethal weapons to Ukraine, a presidential "
     "spokesman said on Thursday, after Kyiv asked for air defence systems.",
     {("KR", "other", R)}),
    ("WASHINGTON (Defense News) - The Pentagon has placed a $522 million order with Raytheon for NASAMS "
     "interceptors for Ukraine, paid for with Ukraine Security Assistance Initiative funds, the Defense "
     "Department said on Friday.",
     {("US", AIR, M)}),
]

FRENCH = [
    pytest.param(
        "KIEV, 4 déc (AFP) - L'Ukraine a reçu les deux premiers systèmes de défense antiaérienne SAMP/T "
        "franco-italiens promis l'été dernier, a annoncé jeudi le ministre ukrainien de la Défense.",
        {("FR", AIR, D), ("IT", AIR, D)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled both partners of a joint system; 'franco-italiens' gives only Italy: the compound adjective's first part ('franco-') is no donor name"))),
    pytest.param(
        "PARIS (AFP) - La France livrera à l'Ukraine « d'ici la fin de l'année » une quarantaine de véhicules "
        "blindés VAB, a indiqué mercredi le ministère des Armées, portant à plus de 300 le nombre de blindés cédés "
        "depuis février 2022.",
        {("FR", ARMOUR, P), ("FR", ARMOUR, D)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the running total too; 'portant à plus de 300 le nombre de blindés cédés' (a total told with 'portant à') is not read as a record"))),
    # (read as a promise until round 13: tests/pledges/test_pledges_wire_13.py, "paying for making in Ukraine";
    # labelled artillery until round 42, when the lead ruled that paying for the making is category production)
    ("BERLIN (AFP) - L'Allemagne et le Danemark vont financer conjointement la production en Ukraine de 18 "
     "canons automoteurs, pour un montant de 120 millions d'euros, a annoncé lundi le ministère allemand de la "
     "Défense.",
     {("DE", "artillery", M), ("DK", "artillery", M)}),
    ("BRUXELLES (AFP) - La Hongrie bloque depuis un an le remboursement par la Facilité européenne pour la paix "
     "des armes livrées à Kiev par les États membres, ont déploré mardi des diplomates.",
     {("EU", "funding", X)}),
    ("STOCKHOLM (AFP) - La Suède a annoncé jeudi un 20e paquet d'aide militaire à l'Ukraine d'une valeur de 4,5 "
     "milliards de couronnes (environ 400 millions d'euros), comprenant des drones et des munitions "
     "d'artillerie.",
     {("SE", "funding", P), ("SE", "drones", P), ("SE", "ammunition", P)}),
    ("LONDRES (AFP) - Le Royaume-Uni n'enverra pas de troupes combattantes en Ukraine, a répété lundi le Premier "
     "ministre, qui a en revanche promis 5 000 missiles antiaériens légers supplémentaires.",
     {("GB", AIR, P)}),
    ("VARSOVIE (AFP) - Selon le ministre polonais de la Défense, la Pologne a livré à l'Ukraine plus de 320 chars "
     "depuis le début de l'invasion russe, dont des T-72 et des PT-91.",
     {("PL", "tanks", D)}),
    ("WASHINGTON (AFP) - Les Etats-Unis ont débloqué vendredi une nouvelle tranche d'aide militaire de 725 "
     "millions de dollars pour l'Ukraine, comprenant notamment des munitions pour les lance-roquettes Himars et "
     "des mines antichar.",
     {("US", "funding", P), ("US", "ammunition", P)}),
    ("OSLO (AFP) - La Norvège a signé avec le groupe Kongsberg un contrat de 1,2 milliard de couronnes pour la "
     "production de systèmes NASAMS destinés à l'Ukraine, a indiqué le gouvernement norvégien.",
     {("NO", AIR, M)}),
    ("LA HAYE (AFP) - Les Pays-Bas ont achevé la livraison des 24 chasseurs F-16 promis à l'Ukraine, a annoncé "
     "lundi la ministre néerlandaise de la Défense.",
     {("NL", "aircraft", D)}),
    ("ROME (AFP) - L'Italie n'autorisera pas l'utilisation de ses armes sur le territoire russe, a déclaré "
     "mercredi le ministre des Affaires étrangères, tout en confirmant l'envoi d'un nouveau système SAMP/T à "
     "Kiev.",
     {("IT", AIR, P)}),
    ("KIEV (AFP) - Des instructeurs français forment actuellement quelque 2 300 soldats ukrainiens d'une nouvelle "
     "brigade sur le sol français, a indiqué l'état-major ukrainien.",
     {("FR", "training", D)}),
    ("OTTAWA (AFP) - Le Canada étudie la possibilité de céder à l'Ukraine une partie de ses obusiers M777, a "
     "indiqué un porte-parole du ministère de la Défense nationale, précisant qu'aucune décision n'avait été "
     "prise.",
     {("CA", "artillery", X)}),
    ("PRAGUE (AFP) - L'initiative tchèque a permis de livrer à l'Ukraine 1,5 million d'obus de gros calibre en "
     "2024, a annoncé le Premier ministre tchèque, qui table sur un volume comparable l'an prochain.",
     {("CZ", "ammunition", D)}),
    ("BERLIN (AFP) - Le gouvernement allemand refuse toujours de livrer des missiles de croisière Taurus à "
     "l'Ukraine, malgré les appels de Londres et de Paris, qui ont déjà fourni des Storm Shadow et des Scalp.",
     {("DE", "missiles", R), ("GB", "missiles", D), ("FR", "missiles", D)}),
    pytest.param(
        "COPENHAGUE (AFP) - Le Danemark va acheter pour l'Ukraine des canons Caesar de fabrication française, pour "
        "un montant d'environ 200 millions d'euros, a indiqué lundi le ministère danois de la Défense.",
        {("DK", "artillery", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the purchase only; the amount after 'pour un montant de' is also kept as money of its own (the purchase named before it, with the item between, is not linked)"))),
    ("KIEV (AFP) - Trois systèmes Patriot supplémentaires, financés par l'Allemagne, sont arrivés en Ukraine, a "
     "affirmé dimanche le président Volodymyr Zelensky, sans donner de détails.",
     {("DE", AIR, D)}),
]

GERMAN = [
    ("BERLIN (dpa) - Deutschland hat der Ukraine weitere 18 Radhaubitzen RCH 155 zugesagt, die ersten sechs "
     "sollen noch in diesem Jahr geliefert werden, kündigte Verteidigungsminister Boris Pistorius an.",
     {("DE", "artillery", P)}),
    ("KIEW (dpa) - Die Ukraine hat nach eigenen Angaben die ersten Kampfjets vom Typ Mirage 2000 aus Frankreich "
     "erhalten. Wie viele Flugzeuge geliefert wurden, teilte das Verteidigungsministerium nicht mit.",
     {("FR", "aircraft", D)}),
    ("BRÜSSEL (dpa) - Ungarn blockiert weiterhin Rückerstattungen aus der Europäischen Friedensfazilität für "
     "Waffenlieferungen an die Ukraine, wie EU-Diplomaten am Dienstag bestätigten.",
     {("EU", "funding", X)}),
    ("STOCKHOLM (dpa) - Schweden und Dänemark liefern der Ukraine gemeinsam 50 Schützenpanzer vom Typ CV90, wie "
     "die Regierungen in Stockholm und Kopenhagen mitteilten. Die Fahrzeuge sollen bis 2026 übergeben werden.",
     {("SE", ARMOUR, P), ("DK", ARMOUR, P)}),
    ("WASHINGTON (dpa) - Die US-Regierung hat eine Bitte der Ukraine um weitere ATACMS-Raketen vorerst abgelehnt, "
     "berichtete eine Zeitung unter Berufung auf Regierungskreise.",
     {("US", "missiles", R)}),
    ("UNTERLÜSS (dpa) - Rheinmetall hat von der Bundesregierung einen weiteren Auftrag über 150.000 "
     "Artilleriegranaten für die Ukraine erhalten. Der Auftragswert liegt im dreistelligen Millionenbereich.",
     {("DE", "ammunition", M)}),
    ("KIEW (dpa) - Die ersten schwedischen CV90 sind bereits seit Wochen an der Front im Einsatz, sagte ein "
     "ukrainischer Offizier der Nachrichtenagentur.",
     {("SE", ARMOUR, D)}),
    ("WARSCHAU (dpa) - Polen will der Ukraine keine weiteren Kampfjets überlassen, solange die eigene Luftwaffe "
     "keinen Ersatz erhalten hat, sagte Verteidigungsminister Władysław Kosiniak-Kamysz.",
     {("PL", "aircraft", R)}),
    ("BERLIN (dpa) - Die Bundesregierung erwägt, der Ukraine zusätzliche Patriot-Systeme aus Beständen der "
     "Bundeswehr zu überlassen, hieß es am Mittwoch aus Koalitionskreisen. Eine Entscheidung sei noch nicht "
     "gefallen.",
     {("DE", AIR, X)}),
    ("HELSINKI (dpa) - Finnland hat der Ukraine sein 29. Militärhilfepaket im Wert von 198 Millionen Euro "
     "zugesagt. Damit steigt der Gesamtwert der finnischen Militärhilfe seit Kriegsbeginn auf rund 2,9 "
     "Milliarden Euro.",
     {("FI", "funding", P)}),
    # (read since pledges57: the German present passive "werden ... ausgebildet" is training under way)
    ("MÜNSTER (dpa) - Rund 600 ukrainische Soldaten werden derzeit in Deutschland am Flugabwehrsystem Iris-T "
     "ausgebildet, teilte das Einsatzführungskommando der Bundeswehr mit.",
     {("DE", "training", D)}),
    pytest.param(
        "PARIS (dpa) - Frankreich will der Ukraine Dutzende weitere Caesar-Haubitzen liefern, deren Produktion zum "
        "Teil von Dänemark finanziert wird, sagte Präsident Emmanuel Macron.",
        {("FR", "artillery", P), ("DK", "artillery", M)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled France's promise and Denmark paying production; the relative 'deren Produktion ... von Dänemark finanziert wird' makes Denmark the giver of the promise"))),
    pytest.param(
        "KIEW (dpa) - Die Ukraine hat nach Angaben von Präsident Selenskyj bislang nur etwa die Hälfte der von der "
        "EU zugesagten eine Million Artilleriegranaten erhalten.",
        {("EU", "ammunition", D), ("EU", "ammunition", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the half delivered and the million promised; the promise told as an attribute ('der von der EU zugesagten eine Million') gives no record of its own beside the receipt"))),
    ("ATHEN (dpa) - Griechenland lehnt die Abgabe seiner S-300-Flugabwehrsysteme an die Ukraine weiterhin ab, "
     "sagte ein Regierungssprecher am Freitag.",
     {("GR", AIR, R)}),
    pytest.param(
        "OSLO (dpa) - Norwegen stellt der Ukraine im kommenden Jahr 85 Milliarden Kronen (rund 7,2 Milliarden Euro) "
        "an Militärhilfe zur Verfügung, davon sollen 5 Milliarden Kronen in die Produktion von Drohnen fließen.",
        {("NO", "funding", P), ("NO", "drones", M)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the money promised and the drones' production; the drones are read as promised: money that "
            "'in die Produktion von Drohnen fließen' soll pays for making them (tried: paying words as a change of "
            "output; it turned 34 of the 4,010 ident outputs' drones into production, dropped)"))),
    ("TALLINN (dpa) - Estland hat der Ukraine nach Angaben des Verteidigungsministeriums bislang Militärhilfe im "
     "Wert von mehr als 500 Millionen Euro geleistet. Weitere Lieferungen von Artilleriemunition seien geplant.",
     {("EE", "funding", D), ("EE", "ammunition", P)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ leftovers of earlier rounds


def _entities_with(extra_firm_toml: str):
    """The shipped entity lists with a firm added under a country, as a user would add it."""
    from bot.config import packaged_file
    from bot.core.pledges.passes.entities import parse_entities

    text = packaged_file("entities.toml").read_text(encoding="utf-8")
    return parse_entities(text.replace('firms = ["Rheinmetall"', f'firms = [{extra_firm_toml}, "Rheinmetall"', 1))


# A firm named bare gives way to the government paying it, and alone counts as its
# country: the firms are one list, config/entities.toml's `firms` under each country, so a
# firm added there behaves as the shipped ones do.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Arms will deliver 100 Skynex systems to Ukraine.", {("DE", AIR, P)}),
        ("Acme Arms will deliver 100 Skynex systems to Ukraine, paid for by the Netherlands.", {("NL", AIR, P)}),
        ("Acme Arms will deliver shells to Ukraine under a contract with Denmark.", {("DK", "ammunition", M)}),
    ],
)
def test_a_firm_added_to_the_entities_file_gives_way_to_the_payer(text: str, expected: set) -> None:
    from bot.core.pledges.extract import extract_pledges

    found = extract_pledges(text, lang="en", entities=_entities_with('"Acme Arms"'))
    assert {(p.donor, p.category, p.status) for p in found} == expected


# The European Peace Facility named alone (its initials too: EPF, FEP; the German dative
# "aus der Europäischen Friedensfazilität") is the EU: a member blocking its money refuses
# nothing of its own, as with "EU aid" (round 11). A reimbursement is money at stake; what
# it pays back ("for arms sent to Ukraine") was given before and is no record here.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", ENGLISH[4][0], {("EU", "funding", X)}),
        ("fr", FRENCH[3][0], {("EU", "funding", X)}),
        ("de", GERMAN[2][0], {("EU", "funding", X)}),
        ("en", "Hungary blocks the EPF reimbursement for Ukraine.", {("EU", "funding", X)}),
        ("en", "Hungary blocks the European Peace Facility reimbursement for Ukraine.", {("EU", "funding", X)}),
        ("en", "Hungary blocks EPF funds for Ukraine.", {("EU", "funding", X)}),
        ("en", "Hungary is blocking the reimbursement of arms sent to Ukraine from the European Peace Facility.",
         {("EU", "funding", X)}),
        ("fr", "La Hongrie bloque le remboursement par la FEP des armes livrées à l'Ukraine.", {("EU", "funding", X)}),
        ("de", "Ungarn blockiert 500 Millionen Euro aus der Europäischen Friedensfazilität für die Ukraine.",
         {("EU", "funding", X)}),
        # a country refusing its own aid still refuses; things sent are still sent
        ("en", "Hungary refuses to send weapons to Ukraine.", {("HU", "other", R)}),
        ("en", "Germany has sent tanks to Ukraine and will seek reimbursement.", {("DE", "tanks", D)}),
    ],
)
def test_a_member_blocking_the_european_peace_facility(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A count several givers give, together or not, is no one giver's: not split, not copied
# (the lead's convention since pledges round 29, after the real set's labels of totals over
# several donors; until then a count told "together" was given to each partner).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany and Denmark will jointly deliver 20 tanks to Ukraine.",
         {("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
        ("en", ENGLISH[2][0], {("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
        ("fr", "L'Allemagne et le Danemark livreront conjointement 20 chars à l'Ukraine.",
         {("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
        ("de", GERMAN[3][0], {("SE", ARMOUR, P, None), ("DK", ARMOUR, P, None)}),
        # not told as joint: a total over both
        ("en", "Germany and Denmark will deliver 20 tanks to Ukraine.", {("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
        # (a joint statement is no joint gift)
        ("en", "Germany and Denmark will deliver 20 tanks to Ukraine, the two said in a joint statement.",
         {("DE", "tanks", P, None), ("DK", "tanks", P, None)}),
    ],
)
def test_a_count_given_together_is_no_partners_own(lang: str, text: str, expected: set) -> None:
    assert readings(text, lang, "donor", "category", "status", "quantity") == expected


# ------------------------------------------------------------ readings the round showed


# A story filed from two cities has a double dateline ("SEOUL/KYIV (Reuters) -",
# "WASHINGTON/KIEW (dpa) -"): where the copy was filed, like a single one.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "WASHINGTON/KYIV (Reuters) - Ukraine will get more tanks, officials said.", set()),
        ("en", "WASHINGTON/KYIV (Reuters) - Ukraine will get more tanks from Spain, officials said.",
         {("ES", "tanks", P)}),
        ("de", "BERLIN/KIEW (dpa) - Die Ukraine soll weitere Panzer aus Spanien erhalten, hieß es.", {("ES", "tanks", P)}),
        ("fr", "PARIS/KIEV (AFP) - L'Ukraine a reçu de nouveaux obus, a indiqué le ministère.", set()),
    ],
)
def test_a_double_dateline_is_no_giver(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# What Ukraine asks for, right after the request, is not what the sentence gives: the
# vague thing refused or sent beside it is the record ("ruled out supplying weapons, after
# Kyiv asked for air defence systems").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", [a for a in ENGLISH if "SEOUL/KYIV" in str(a)][0][0], {("KR", "other", R)}),
        ("en", "South Korea has ruled out supplying weapons to Ukraine, after Kyiv asked for air defence systems.",
         {("KR", "other", R)}),
        ("en", "Germany will send weapons to Ukraine, which asked for tanks.", {("DE", "other", P)}),
        # the request alone gives nothing; a precise thing given still outranks the vague one
        ("en", "Kyiv asked for air defence systems.", set()),
        ("en", "Germany will send weapons to Ukraine, including tanks.", {("DE", "tanks", P)}),
    ],
)
def test_what_is_asked_for_does_not_outrank_what_is_given(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# An order placed with a maker is an order (production): "has placed a $522 million order
# with Raytheon for", "placed an order with Rheinmetall for" (its value is the contract's).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", [a for a in ENGLISH if "placed a $522" in str(a)][0][0], {("US", AIR, M)}),
        ("en", "The Netherlands placed an order with Rheinmetall for 20 Skynex systems for Ukraine.", {("NL", AIR, M)}),
        ("en", "Poland has placed orders for shells for Ukraine.", {("PL", "ammunition", M)}),
        ("en", "The court placed the case on hold, and Germany will send tanks to Ukraine.", {("DE", "tanks", P)}),
    ],
)
def test_an_order_placed_with_a_maker(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Things still outstanding are promised: "have yet to arrive", "are still to be handed
# over"; past a contrast ("while", "but", "tandis que") a thing with a verb of its own
# after it does not take the verb before; and the agent of "promised by" gives.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", [a for a in ENGLISH if "started using" in str(a)][0][0],
         {("PT", "tanks", D), ("ES", "tanks", D), ("NL", "tanks", P)}),
        ("en", "The tanks promised by the Netherlands have yet to arrive.", {("NL", "tanks", P)}),
        ("en", "The jets are still to be handed over to Ukraine by Denmark.", {("DK", "aircraft", P)}),
        ("en", "Poland has sent tanks to Ukraine, while the jets promised by Norway have yet to arrive.",
         {("PL", "tanks", D), ("NO", "aircraft", P)}),
        ("fr", "Les chars promis par la France sont arrivés en Ukraine.", {("FR", "tanks", D)}),
        # arrived is arrived; with nothing after it the item keeps the verb before it
        ("en", "The tanks promised by the Netherlands have arrived.", {("NL", "tanks", D)}),
        ("en", "Poland has sent tanks to Ukraine, but also 20 howitzers.", {("PL", "tanks", D), ("PL", "artillery", D)}),
    ],
)
def test_things_still_outstanding_and_promised_by(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Unable to give is "not now", a refusal: "cannot send", "can't send", "is unable to
# supply" (the real set's "not now"); "cannot rule out" keeps the door open, as "does not
# rule out" does.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", [a for a in ENGLISH if "Lithuania cannot" in str(a)][0][0], {("LT", AIR, R), ("LT", "ammunition", P)}),
        ("en", "Britain can't send more tanks to Ukraine.", {("GB", "tanks", R)}),
        ("en", "Britain is unable to supply more tanks to Ukraine this year.", {("GB", "tanks", R)}),
        ("en", "Germany cannot rule out sending tanks to Ukraine.", {("DE", "tanks", X)}),
        ("en", "Britain can send more tanks to Ukraine.", {("GB", "tanks", X)}),
    ],
)
def test_unable_to_give_is_a_refusal(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A French perfect with an adverb of two words between its auxiliary and its participle
# ("qui a en revanche promis", "a pour sa part promis") is a verb, not an attribute; and a
# delivery confirmed ("tout en confirmant l'envoi de", "confirmed the delivery
# of", "bestätigte die Lieferung") is that giving's news, beside a refusal of something else.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", [a for a in FRENCH if "Royaume-Uni n'enverra" in str(a)][0][0], {("GB", AIR, P)}),
        ("fr", [a for a in FRENCH if "Italie n'autorisera" in str(a)][0][0], {("IT", AIR, P)}),
        ("fr", "Le Royaume-Uni n'enverra pas de troupes, a dit le ministre, qui a en revanche promis des chars.",
         {("GB", "tanks", P)}),
        ("fr", "La France a pour sa part promis des chars à l'Ukraine.", {("FR", "tanks", P)}),
        ("de", "Berlin lehnt Taurus ab, Pistorius bestätigte aber die Lieferung weiterer Panzer an die Ukraine.",
         {("DE", "missiles", R), ("DE", "tanks", P)}),
        # the participle with its agent still describes the things
        ("fr", "Les canons promis par la France sont arrivés en Ukraine.", {("FR", "artillery", D)}),
    ],
)
def test_a_french_perfect_with_an_adverb_and_a_confirmed_delivery(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Training under way told in the present with a count before the trainees: "forment
# actuellement quelque 2 300 soldats", "La France forme 300 soldats ukrainiens", "Britain
# trains 300 Ukrainian soldiers" (as "forme des soldats" and "is training" already were).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", [a for a in FRENCH if "instructeurs français" in str(a)][0][0], {("FR", "training", D)}),
        ("fr", "La France forme 300 soldats ukrainiens.", {("FR", "training", D)}),
        ("en", "Britain trains 300 Ukrainian soldiers a month.", {("GB", "training", D)}),
        ("en", "Britain will train 300 Ukrainian soldiers.", {("GB", "training", P)}),
        # a shape ("la forme") with a count is no training
        ("fr", "La France livre des chars à l'Ukraine sous la forme de 30 véhicules.", {("FR", "tanks", P)}),
    ],
)
def test_training_under_way_with_a_count(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A nationality before or after a system ("Swedish CV90", "CV90 suédois", "deutsche
# Leopard-Panzer") names its giver where the sentence names no other; beside a giver or a
# source it is the make ("German-made Leopards from Spain", "des chars Leopard allemands de
# l'Espagne": Spain gives).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "KYIV (Reuters) - The first Swedish CV90s will reach Ukraine in March.", {("SE", ARMOUR, P)}),
        ("fr", "L'Ukraine va recevoir des CV90 suédois.", {("SE", ARMOUR, P)}),
        ("de", GERMAN[6][0], {("SE", ARMOUR, D)}),
        ("en", "Ukraine receives more German-made Leopards from Spain.", {("ES", "tanks", D)}),
        ("en", "Ukraine receives more German Leopards from Spain.", {("ES", "tanks", D)}),
        ("de", "Spanien liefert der Ukraine weitere deutsche Leopard-Panzer.", {("ES", "tanks", P)}),
        ("fr", "L'Ukraine va recevoir des chars Leopard allemands de l'Espagne.", {("ES", "tanks", P)}),
        # donors joined with their preposition repeated are one group of givers
        ("fr", "Des chars du Danemark et de la Belgique sont arrivés en Ukraine.", {("DK", "tanks", D), ("BE", "tanks", D)}),
    ],
)
def test_a_nationality_before_a_system_and_the_source(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A fresh check, written and labelled after the fixes above and before running them: the
# same kinds of copy in other words (a double dateline, an order placed, a refusal beside a
# promise, things still outstanding, a joint gift, the EPF blocked, training with a count).
# Run first: 12 of 15 fully right, records matched 17 / labelled 20 / predicted 19 (main
# before this round: 9 of 15, 14 / 20 / 18). The three misses were mended after the run
# (test_the_fresh_checks_misses_mended below): now 15 of 15.
_FRESH_MISS = "fresh check, left: "
FRESH = [
    ("en", "BERLIN/KYIV (Reuters) - Germany will deliver two more IRIS-T SLM systems to Ukraine before the end of "
     "the year, a government spokesman said on Friday, while four Patriot launchers promised in the summer have yet "
     "to arrive.",
     {("DE", AIR, P)}),
    ("en", "OSLO (Reuters) - Norway has placed an order with Kongsberg for 12 NASAMS fire units for Ukraine, worth "
     "about 9 billion crowns ($830 million), the defence ministry said on Tuesday.",
     {("NO", AIR, M)}),
    ("en", "WARSAW (Reuters) - Poland cannot give Ukraine any more of its MiG-29 jets until its new F-35s arrive, "
     "the deputy defence minister said, but it will keep repairing Ukrainian tanks at its plants.",
     {("PL", "aircraft", R)}),
    ("en", "BRUSSELS (Reuters) - Hungary vetoed on Monday a 500 million euro payment from the European Peace Facility "
     "to countries that sent weapons to Ukraine, EU diplomats said.",
     {("EU", "funding", X)}),
    ("en", "LONDON (Reuters) - Britain trains some 1,000 Ukrainian recruits every month in southern England, the "
     "Ministry of Defence said, adding that more than 50,000 had completed the course since 2022.",
     {("GB", "training", D)}),
    ("fr", "LA HAYE/KIEV (AFP) - Les Pays-Bas et la Belgique vont livrer conjointement 12 chasseurs F-16 "
     "supplémentaires à l'Ukraine d'ici l'été, ont annoncé lundi les deux gouvernements.",
     {("NL", "aircraft", P), ("BE", "aircraft", P)}),
    ("fr", "VILNIUS (AFP) - La Lituanie ne peut plus céder de systèmes antiaériens à l'Ukraine, a déclaré le ministre "
     "de la Défense, qui a en revanche promis de nouvelles livraisons de drones.",
     {("LT", AIR, R), ("LT", "drones", P)}),
    ("fr", "BRUXELLES (AFP) - La Hongrie bloque toujours le déblocage de fonds de la FEP destinés à l'Ukraine, ont "
     "indiqué mardi des diplomates européens.",
     {("EU", "funding", X)}),
    ("fr", "PARIS (AFP) - La France forme actuellement 800 soldats ukrainiens sur son territoire, a indiqué jeudi le "
     "ministère des Armées, et va livrer six canons Caesar supplémentaires.",
     {("FR", "training", D), ("FR", "artillery", P)}),
    ("fr", "KIEV (AFP) - L'Ukraine a reçu des véhicules blindés Bushmaster australiens, a annoncé dimanche l'armée "
     "ukrainienne, sans préciser leur nombre.",
     {("AU", ARMOUR, D)}),
    ("de", "BERLIN/KIEW (dpa) - Deutschland und Norwegen liefern der Ukraine gemeinsam 16 weitere "
     "Radhaubitzen RCH 155, teilte das Verteidigungsministerium mit.",
     {("DE", "artillery", P), ("NO", "artillery", P)}),
    ("de", "BRÜSSEL (dpa) - Ungarn blockiert seit Monaten Gelder aus der Europäischen Friedensfazilität für die "
     "Ukraine, kritisierten EU-Diplomaten.",
     {("EU", "funding", X)}),
    ("de", "KIEW (dpa) - Die von Dänemark zugesagten F-16-Kampfjets sind noch nicht vollständig eingetroffen, "
     "sagte ein Sprecher der ukrainischen Luftwaffe.",
     {("DK", "aircraft", P)}),
    ("de", "WARSCHAU (dpa) - Polen kann der Ukraine derzeit keine weiteren Kampfpanzer abgeben, hat aber die "
     "Lieferung von Artilleriemunition bestätigt.",
     {("PL", "tanks", R), ("PL", "ammunition", P)}),
    ("de", "STOCKHOLM (dpa) - Schweden hat bei Saab weitere Luftabwehrsysteme für die Ukraine bestellt, der "
     "Auftrag hat einen Wert von umgerechnet rund 500 Millionen Euro.",
     {("SE", AIR, M)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRESH)
def test_the_fresh_check_gives_its_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Mended after the fresh check's first run (12 of 15 then): French "ne peut plus céder" and
# German "kann keine ... abgeben" refuse as "ne peut pas livrer" and "keine ... liefern" do;
# German "Gelder" is money; a delivery confirmed with the German participle last ("hat die
# Lieferung von Munition bestätigt") is a promise beside a refusal.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", FRESH[6][1], FRESH[6][2]),
        ("de", FRESH[11][1], FRESH[11][2]),
        ("de", FRESH[13][1], FRESH[13][2]),
        ("fr", "La Lituanie ne peut plus céder de systèmes antiaériens à l'Ukraine.", {("LT", AIR, R)}),
        ("de", "Polen kann der Ukraine keine weiteren Kampfpanzer abgeben.", {("PL", "tanks", R)}),
        ("de", "Ungarn blockiert Gelder für die Ukraine aus der Europäischen Friedensfazilität.", {("EU", "funding", X)}),
        # giving is not refused
        ("fr", "La Lituanie va céder des systèmes antiaériens à l'Ukraine.", {("LT", AIR, P)}),
    ],
)
def test_the_fresh_checks_misses_mended(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A German separable verb keeps its object across a converted amount in brackets ("stellt
# der Ukraine ... 8,7 Milliarden Kronen (rund 790 Millionen Euro) ... zur Verfügung").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Norwegen stellt der Ukraine im kommenden Jahr 85 Milliarden Kronen (rund 7,2 Milliarden Euro) an "
         "Militärhilfe zur Verfügung.", {("NO", "funding", P)}),
        ("de", "Schweden stellt der Ukraine Militärhilfe im Wert von 8,7 Milliarden Kronen (rund 790 Millionen Euro) "
         "zur Verfügung. Enthalten sind Archer-Haubitzen.", {("SE", "funding", P), ("SE", "artillery", P)}),
        ("de", "Norwegen stellt der Ukraine 85 Milliarden Kronen an Militärhilfe zur Verfügung.", {("NO", "funding", P)}),
    ],
)
def test_a_separable_verb_across_a_bracketed_conversion(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# What Ukraine received, named by the promise in a relative clause after it ("the first
# four of 12 Archer howitzers that Sweden pledged"), was received: the first of a total
# delivered, the total promised.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", ENGLISH[0][0], {("SE", "artillery", D), ("SE", "artillery", P)}),
        ("en", "Ukraine has received the first four of 12 Archer howitzers that Sweden pledged.",
         {("SE", "artillery", D), ("SE", "artillery", P)}),
        ("en", "Ukraine has received the tanks that Germany promised.", {("DE", "tanks", D)}),
        # a promise as the news stays one
        ("en", "Sweden pledged 12 Archer howitzers to Ukraine.", {("SE", "artillery", P)}),
    ],
)
def test_received_things_named_by_their_promise(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected
