"""Three misfires of traps and money rules found in review (stop 37, session of 2026-12-04, night).

Every text here was written for this file in the style of Reuters, AFP and dpa copy, labelled by hand before the
rules were run on it, and never taken from the real-article set. Each batch holds the review's misfire in EN, FR and
DE wording and look-alikes that must stay not relevant.
STOCKPILES, 10 items: the share-price trap read "defence stocks" as shares when they were a stockpile ("help Ukraine
refill its air defence stocks", -2, the aid item missed). First run 7 of 10: three aid items took the trap (two
missed, at 0 and 1; one kept at 2). Now "defence/defense/arms stocks" with an owner ("their", "Ukraine's", "Kyiv's",
"own", "national"), "air", or a verb of refilling or running down before them are a stockpile; "defence stocks rose
3%", "shares of Rheinmetall", "Rüstungsaktien" still take the trap. (The word "its" is not among the owners: in a
rule it showed a lexicon-table mismatch on "itʼs" with a modifier apostrophe, tests/rules/test_lexicon.py.)
PASSING_ELSEWHERE, 7 items: the trap of arms for another country (-1) sank a German IRIS-T item that added "Auch
Israel bat um Hilfe bei der Flugabwehr" (1 < 2). First run 3 of 7: that item missed, and the three look-alikes where
Israel's or Taiwan's request is the story raised (2, 3, 4). Now a country named with "also" ("auch", "aussi",
"également", "too", "ebenfalls") is a passing mention and trips nothing, unless "also" is told of Ukraine. The three
look-alikes stay strict xfails: @support reads asking as giving, and the trap takes only 1.
NEGATED_FLOWS, 8 items: the loan branch gave +1 to "none of it goes on weapons", the frozen-assets rule to "rather
than weapons". First run 3 of 8 (all five denials read as money into weapons). A new word list, @not_so (none, not,
rather than, instead of, aucun, plutôt que, au lieu de, kein, nicht, statt; not "not only", "nicht nur"), now keeps
weapons it denies out of the loan rule, the frozen-assets rule and the money rule. None of the five denials now earns
a money point; three stay raised by the weapon rules (loan for Ukraine and arms in one sentence) as strict xfails.
HELD_OUT, 9 items written after the changes: first run 7 of 9 (P 0.71, R 1.00; the share-price trap and the money
rules read all nine as labelled): an Israel item with a Patriot shipment to Ukraine in passing, raised as on main, and a World
Bank loan "non à acheter des armes", raised by the weapon rules; both strict xfails.

Round 13 (tests/rules/test_rules_relevance_13.py) added two traps that read six of the strict xfails here as labelled:
another country asking for weapons for itself (-3: "Israel hat Deutschland um Hilfe bei der Flugabwehr gebeten",
"Israel has asked the United States", "Taïwan a demandé aux États-Unis"; not "Auch Taiwan hatte ... gebeten", a
passing mention), and a loan for Ukraine its article says buys no weapons (-1: "None of it goes on weapons", "Kein
Cent soll in Waffen fließen", "non à acheter des armes"). "Aucun euro n'ira à des armes" stays a strict xfail.

Of the 1,303 texts of tests/data (with its two seeds) no score moves; of the 183 real articles one moves (a German
item labelled not relevant, 1 -> 0: the money rule no longer reads weapons it denies). The real-article set's figures
do not move: relevance P/R 0.99/0.99, pledges 196/193/179, stories pairP 1.00 pairR 0.86 today and 0.89 as published,
hidden 0/72. Rule costs: the share-price trap 1.1 -> 2.5, the trap of another country 7.2 -> 10.1, the money rule 7.9
-> 9.9, the loan rule 8.9 -> 11.0, the frozen-assets rule 7.6 -> 11.0; the costliest rule is unchanged at 14.6.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, fired

# The rules under test, named by the start of their comment in rules.toml.
SHARE_PRICE_TRAP = "An investor article about a defence stock"
LOAN_FLOW_RULE = "An amount of aid or a loan for Ukraine"
FROZEN_ASSETS_RULE = "Weapons paid for with frozen Russian assets"


def read(defaults: RuleSet, headline: str, lead: str):
    return analyze(defaults, headline, lead)


# What is read instead, for the items that stay strict xfails.
DENIED_WEAPONS = ("the weapon rules read a loan for Ukraine and arms in one sentence (2 points) and the money rule a "
                  "euro near arms (1), 'aucun euro n'ira à des armes' denying them six words off; the trap of a "
                  "loan that buys no weapons (round 13) takes only 1")
ISRAEL_STORY = ("a shipment of Patriots to Ukraine, told in passing in an item on Israel's interceptors, is read as aid "
                "news (3 points, the trap of another country takes 1)")


# 1. Stocks as a stockpile of weapons or ammunition, against stocks as shares.
STOCKPILES = [
    ("Germany to help Ukraine refill its air defence stocks",
     "BERLIN (Reuters) - Germany will send Ukraine another IRIS-T system and several hundred interceptors to help "
     "Ukraine refill its air defence stocks before the winter, the defence ministry said on Tuesday.", True),
    ("Nordic states pledge shells as Ukraine's defence stocks run low",
     "COPENHAGEN (Reuters) - Denmark, Sweden and Finland pledged 150,000 artillery shells to Ukraine on Friday, "
     "saying Kyiv's defence stocks were running low along the eastern front.", True),
    ("Netherlands to rebuild Kyiv's depleted air defence stocks",
     "THE HAGUE (AFP) - The Netherlands will deliver Patriot interceptors and NASAMS missiles to Ukraine to rebuild "
     "its depleted air defence stocks, the Dutch defence minister announced on Wednesday.", True),
    ("La France aidera Kiev à reconstituer ses stocks de défense antiaérienne",
     "PARIS (AFP) - La France livrera à l'Ukraine des missiles Aster supplémentaires pour l'aider à reconstituer ses "
     "stocks de défense antiaérienne, a annoncé mardi le ministère des Armées.", True),
    ("Deutschland füllt die Flugabwehrbestände der Ukraine auf",
     "BERLIN (dpa) - Deutschland liefert der Ukraine weitere IRIS-T-Lenkflugkörper, um die erschöpften "
     "Flugabwehrbestände des Landes vor dem Winter aufzufüllen, teilte das Verteidigungsministerium mit.", True),
    # look-alikes: shares
    ("European defence stocks rise as allies weigh more Ukraine aid",
     "LONDON (Reuters) - European defence stocks rose 3% on Monday, with shares of Rheinmetall and Saab leading "
     "gains, as investors bet on more orders for air defence and ammunition for Ukraine.", False),
    ("Shares of Rheinmetall hit record on ammunition orders",
     "FRANKFURT (Reuters) - Shares of Rheinmetall hit a record high on Thursday after the group won a new order "
     "for artillery shells, part of which will be sent to Ukraine.", False),
    ("Defence stocks slide on Ukraine ceasefire hopes",
     "LONDON (Reuters) - Defence stocks fell sharply on Tuesday as hopes of a ceasefire in Ukraine grew, with BAE "
     "Systems down 4% and Leonardo down 5%.", False),
    ("Les valeurs de la défense reculent à Paris après l'annonce d'une trêve",
     "PARIS (AFP) - Les valeurs de la défense ont reculé mardi à la Bourse de Paris, Thales cédant 4 %, après "
     "l'annonce d'une trêve en Ukraine.", False),
    ("Rüstungsaktien legen nach Ukraine-Gipfel zu",
     "FRANKFURT (dpa) - Rüstungsaktien haben am Montag nach dem Ukraine-Gipfel zugelegt; die Aktie von Hensoldt "
     "stieg um sechs Prozent.", False),
]

# 2. Another country named in passing in an aid item about Ukraine.
PASSING_ELSEWHERE = [
    ("Deutschland liefert der Ukraine weiteres IRIS-T-System",
     "BERLIN (dpa) - Deutschland liefert der Ukraine ein weiteres Flugabwehrsystem vom Typ IRIS-T. Das System soll "
     "noch vor dem Winter eintreffen, sagte ein Sprecher des Verteidigungsministeriums. Auch Israel bat zuletzt um "
     "Hilfe bei der Flugabwehr.", True),
    ("Germany sends Ukraine another IRIS-T battery",
     "BERLIN (Reuters) - Germany will deliver another IRIS-T air defence system to Ukraine this month, the defence "
     "ministry said. Israel has also asked Berlin for help with air defence, officials said.", True),
    ("L'Allemagne livre un nouveau système IRIS-T à l'Ukraine",
     "BERLIN (AFP) - L'Allemagne va livrer un nouveau système de défense antiaérienne IRIS-T à l'Ukraine d'ici la "
     "fin du mois. Israël a lui aussi demandé de l'aide pour sa défense antiaérienne.", True),
    ("Norwegen schickt der Ukraine NASAMS-Raketen",
     "OSLO (dpa) - Norwegen schickt der Ukraine weitere Raketen für das Flugabwehrsystem NASAMS. Auch Taiwan hatte "
     "zuletzt um Flugabwehrraketen gebeten.", True),
    # look-alikes: the other country is the story
    ("Israel bittet Deutschland um Flugabwehr",
     "BERLIN (dpa) - Israel hat Deutschland um Hilfe bei der Flugabwehr gebeten. Die Bundesregierung prüfe die "
     "Anfrage, sagte ein Sprecher. Die Ukraine hatte bereits mehrere IRIS-T-Systeme erhalten.", False),
    ("Israel asks U.S. for more interceptors",
     "WASHINGTON (Reuters) - Israel has asked the United States for more air defence interceptors, officials said "
     "on Monday, as stocks are also stretched by deliveries to Ukraine.", False),
    ("Taïwan demande des missiles antiaériens à Washington",
     "TAIPEI (AFP) - Taïwan a demandé aux États-Unis de lui livrer davantage de missiles antiaériens, alors que "
     "Washington continue d'équiper l'Ukraine.", False),
]

# 3. Money that does not go into weapons: negated or contrasted flows.
NEGATED_FLOWS = [
    ("EU loan for Ukraine to pay salaries, not arms",
     "BRUSSELS (Reuters) - The EU approved a 5 billion euro loan for Ukraine on Tuesday to pay pensions and public "
     "salaries. None of it goes on weapons, a Commission spokesman said.", False),
    ("Frozen Russian assets to rebuild Ukraine's grid rather than weapons",
     "BRUSSELS (AFP) - Profits from frozen Russian assets will be spent on rebuilding Ukraine's power grid rather "
     "than weapons, EU officials said on Wednesday.", False),
    pytest.param("Le prêt à l'Ukraine ne servira pas à acheter des armes",
     "BRUXELLES (AFP) - Le prêt de 3 milliards d'euros accordé à l'Ukraine financera les retraites et les "
     "hôpitaux ; aucun euro n'ira à des armes, a précisé la Commission.", False,
                 marks=pytest.mark.xfail(strict=True, reason=DENIED_WEAPONS)),
    ("Kredit für die Ukraine: Kein Geld fließt in Waffen",
     "BRÜSSEL (dpa) - Der Kredit für die Ukraine über zwei Milliarden Euro soll den Haushalt stützen. Kein Cent "
     "soll in Waffen fließen, sagte eine Sprecherin der Kommission.", False),
    ("Eingefrorene russische Vermögen für Schulen statt Waffen",
     "BRÜSSEL (dpa) - Die Erträge aus eingefrorenen russischen Vermögen sollen in der Ukraine in Schulen und "
     "Krankenhäuser statt in Waffen fließen, beschloss der Rat.", False),
    # look-alikes the other way: money that does go into weapons
    ("EU loan for Ukraine to go on air defence",
     "BRUSSELS (Reuters) - The EU approved a 5 billion euro loan for Ukraine on Tuesday. Most of it goes on air "
     "defence missiles and drones, a Commission spokesman said.", True),
    ("Les avoirs russes gelés financeront des obus pour Kiev",
     "BRUXELLES (AFP) - Les revenus des avoirs russes gelés serviront à acheter des obus pour l'Ukraine plutôt "
     "qu'à reconstruire des routes, a décidé l'UE.", True),
    ("Kredit für die Ukraine: Geld fließt nicht nur in Waffen",
     "BRÜSSEL (dpa) - Der Kredit für die Ukraine über vier Milliarden Euro ist beschlossen. Das Geld fließt nicht "
     "nur in Waffen, sondern auch in Munition und Drohnen für die Front.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), STOCKPILES)
def test_stocks_of_weapons_are_no_shares(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
    assert fired(analysis, SHARE_PRICE_TRAP) != relevant, defaults.explain(analysis)


@pytest.mark.parametrize(("headline", "lead", "relevant"), PASSING_ELSEWHERE)
def test_another_countrys_request_in_passing(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


@pytest.mark.parametrize(("headline", "lead", "relevant"), NEGATED_FLOWS)
def test_negated_money_flows_are_read(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


@pytest.mark.parametrize(("headline", "lead", "relevant"), [item.values if hasattr(item, "values") else item
                                                            for item in NEGATED_FLOWS])
def test_negated_money_flows_buy_no_weapons(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    money_into_weapons = fired(analysis, LOAN_FLOW_RULE) or fired(analysis, FROZEN_ASSETS_RULE)
    assert money_into_weapons == relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- held out

# Written after the three changes and labelled before their first run. Each item names the check it stands for:
# "relevance" alone, or with the share-price trap ("share") or the rules of money into weapons ("money").
HELD_OUT = [
    ("Britain to help replenish Ukraine's arms stocks with 100,000 shells",
     "LONDON (Reuters) - Britain will send Ukraine 100,000 artillery shells over the winter to help replenish "
     "Ukraine's arms stocks, the defence secretary told parliament on Monday.", True, "share"),
    ("Canada sends Ukraine rifles from its own defense stocks",
     "OTTAWA (Reuters) - Canada will send Ukraine 10,000 rifles and two million rounds of ammunition drawn from its "
     "own defense stocks, the defence minister said on Thursday.", True, "share"),
    ("Arms stocks climb after NATO summit",
     "LONDON (Reuters) - European arms stocks climbed on Thursday after NATO leaders agreed to raise spending, with "
     "Rheinmetall up 5%; the summit also promised continued support for Ukraine.", False, "share"),
    ("Dänemark gibt der Ukraine alle Caesar-Haubitzen",
     "KOPENHAGEN (dpa) - Dänemark schickt der Ukraine alle seine Caesar-Haubitzen, teilte das "
     "Verteidigungsministerium mit. Auch Indien hatte Interesse an dem Geschütz bekundet.", True, "relevance"),
    ("Le Japon livre des camions militaires à l'Ukraine",
     "TOKYO (AFP) - Le Japon va livrer 100 camions militaires à l'armée ukrainienne, a annoncé le ministère de la "
     "Défense. Taïwan a lui aussi demandé des véhicules de ce type.", True, "relevance"),
    pytest.param("Israel to receive more THAAD interceptors",
     "WASHINGTON (Reuters) - Israel will also receive more THAAD interceptors from the United States next month, the "
     "Pentagon said, a week after a separate shipment of Patriot missiles to Ukraine.", False, "relevance",
                 marks=pytest.mark.xfail(strict=True, reason=ISRAEL_STORY)),
    ("Banque mondiale : le prêt à l'Ukraine paiera les retraites, non des armes",
     "WASHINGTON (AFP) - Le nouveau prêt de la Banque mondiale à l'Ukraine, 1,5 milliard de dollars, servira à payer "
     "les retraites et non à acheter des armes, a précisé l'institution.", False, "money"),
    ("Ungarn: Zinsen aus russischem Vermögen nicht für Waffen",
     "BRÜSSEL (dpa) - Die Zinserträge aus den eingefrorenen russischen Vermögenswerten sollen nach dem Willen Ungarns "
     "nicht in Waffen fließen, sondern in den Wiederaufbau der Ukraine.", False, "money"),
    ("EU loan for Ukraine to go on drones, not pensions",
     "BRUSSELS (Reuters) - The first tranche of the EU loan for Ukraine backed by frozen Russian assets will go on "
     "drones and artillery shells rather than pensions, the Commission said.", True, "money"),
]


@pytest.mark.parametrize(("headline", "lead", "relevant", "check"), HELD_OUT)
def test_texts_written_after_the_changes(defaults: RuleSet, headline: str, lead: str, relevant: bool, check: str):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


@pytest.mark.parametrize(("headline", "lead", "relevant", "check"), [item.values if hasattr(item, "values") else item
                                                                     for item in HELD_OUT])
def test_held_out_rules_read_as_labelled(defaults: RuleSet, headline: str, lead: str, relevant: bool, check: str):
    """The share-price trap and the rules of money into weapons on the held-out items, whatever their verdict."""
    analysis = read(defaults, headline, lead)
    if check == "share":
        assert fired(analysis, SHARE_PRICE_TRAP) != relevant, defaults.explain(analysis)
    if check == "money":
        money_into_weapons = fired(analysis, LOAN_FLOW_RULE) or fired(analysis, FROZEN_ASSETS_RULE)
        assert money_into_weapons == relevant, defaults.explain(analysis)
