"""The default rules on the phenomena of real wire copy that decide relevance (issue 11).

Each case is a sentence written for this test (never taken from the real-article set) that
shows one phenomenon the rules in config/rules.toml treat: the rule's comment there names
the same phenomenon. A text is given as a headline, a blank line and the lead, as feeds
carry it. Where a trap or a signal is needed for the verdict, the test also checks that it
is the reason (the rule fired), so a case cannot pass by luck of other rules.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance, fired

# ---------------------------------------------------------------- support told in other words

@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # A leader's promise, German verb forms the lemmatiser misses (zugesagt*, verspricht).
        ("Der Kanzler verspricht der Ukraine weitere Flugabwehrsysteme", ""),
        ("Pistorius sagt weitere Iris-T zu",
         "Deutschland wird der Ukraine zwei zusätzliche Flugabwehrsysteme übergeben, kündigte der Minister an."),
        # French supply verbs: approvisionner, equipping Ukrainian units.
        ("Un programme pour approvisionner l'Ukraine",
         "Les ministres ont discuté de la fabrication d'obus. Le fonds servira à approvisionner l'Ukraine."),
        ("Le Danemark va équiper deux brigades ukrainiennes",
         "Copenhague financera des obusiers produits au Danemark."),
        # English: help / bolster Ukraine next to a weapon.
        ("Poland will help Ukraine defend its skies",
         "Warsaw said it would transfer MiG-29 fighter jets to Kyiv in the coming weeks."),
        # Ukraine as the subject that gets, obtains or bekommt the weapons.
        ("Ukraine gets first Gripen jets? Sweden still undecided",
         "Stockholm said no decision had been taken on the fighter aircraft."),
        ("Die Ukraine bekommt weitere Schützenpanzer", ""),
    ],
)
def test_support_told_with_other_verbs_is_found(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


# ---------------------------------------------------------------- buying is support only for Ukraine

@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Poland signs contract to buy 96 Apache helicopters and 250 Abrams tanks for its army",
         "Warsaw is modernising its forces as war rages next door in Ukraine."),
        ("Romania to purchase F-35 fighter jets as it strengthens its own air defence",
         "Bucharest said it would buy the aircraft from the United States, citing Russia's war in Ukraine."),
        ("Pologne : Varsovie achète 96 hélicoptères Apache pour son armée",
         "Le pays voisin de l'Ukraine modernise ses forces armées."),
        ("Polen kauft 250 Abrams-Panzer für die eigene Armee",
         "Warschau rüstet wegen des Kriegs in der Ukraine massiv auf."),
    ],
)
def test_a_neighbour_buying_weapons_for_its_own_army_is_not_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


def test_buying_weapons_for_ukraine_is_aid(defaults: RuleSet):
    analysis = analyze(defaults, "Die Niederlande kaufen Munition für Kiew",
                       "Das Geld fließt in Artilleriegranaten, die an die ukrainische Armee gehen.")
    assert analysis.relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- Ukraine not named

@pytest.mark.parametrize(
    ("headline", "lead", "signal"),
    [
        ("Britain hands over Storm Shadow missiles",
         "London also committed 100 million pounds for more missiles, the defence secretary told parliament.",
         "Implicit recipient"),
        ("After long hesitation, the Netherlands agreed to send its remaining F-16 jets",
         "The Dutch government said the last aircraft would leave by the end of the year.",
         "Reluctant donor"),
        ("L'Allemagne a finalement accepté de livrer des chars Leopard",
         "Après des semaines de pression des alliés, Berlin a cédé.", "Reluctant donor"),
        ("Canada pledges 300 million dollars for drones",
         "The contribution will pay for thousands of surveillance drones, the defence minister said.",
         "Money pledged for weapons"),
        ("The Czech-led ammunition initiative has pledged 500,000 shells",
         "Twenty countries take part, the government in Prague said.", "Capability coalitions"),
        # A refusal is aid news too ("no to the missiles"), here with a pledge of something else.
        ("Berlin refuses to send Taurus cruise missiles but promises more Gepard tanks",
         "The chancellor said the risk of escalation was too high.", "Reluctant donor"),
        ("Les alliés débattent de la livraison d'avions de combat",
         "Aucune décision n'a été prise lors de la réunion de Ramstein.", "A Ramstein meeting"),
    ],
)
def test_a_donor_giving_weapons_is_aid_without_naming_ukraine(
    defaults: RuleSet, headline: str, lead: str, signal: str
):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant and fired(analysis, signal), defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # A sale or a promise to an ally is one signal, not two.
        ("The US has pledged to deliver 32 F-35 jets to Poland by 2030", "Warsaw signed the deal last year."),
        ("France promised Greece 24 Rafale jets", "Athens will pay 2.5 billion euros for the aircraft."),
        # Another recipient named next to the weapons pulls the implicit-recipient signals down.
        ("Germany agreed to supply Eurofighter jets to Saudi Arabia after months of hesitation",
         "Berlin finally lifted its veto, the government spokesman said."),
    ],
)
def test_weapons_promised_to_other_countries_are_not_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- visits and meetings

def test_aid_told_through_a_visit_is_found(defaults: RuleSet):
    # Ukraine is named only in the visit; the weapons in a sentence of their own.
    analysis = analyze(defaults, "Zelensky visits Oslo",
                       "Norway will deliver more NASAMS launchers, the prime minister said after the talks.")
    assert analysis.relevant and fired(analysis, "Aid told through a visit"), defaults.explain(analysis)


def test_a_visit_without_weapons_is_not_aid(defaults: RuleSet):
    analysis = analyze(defaults, "Zelensky met the Pope in Rome",
                       "They discussed the return of deported children; the Pope promised prayers for peace.")
    assert not analysis.relevant, defaults.explain(analysis)


# ---------------------------------------------------------------- training

def test_training_by_a_named_trainer_is_aid(defaults: RuleSet):
    analysis = analyze(defaults, "British instructors will train 10,000 Ukrainian soldiers this year")
    assert analysis.relevant and "training" in analysis.topics, defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("A former Ukrainian soldier trains young footballers in Lviv", "He now coaches a youth team."),
        ("Ukrainian troops train in trenches near Bakhmut as Russia shells the town",
         "Russian artillery fired hundreds of shells at Ukrainian positions overnight."),
    ],
)
def test_ukrainians_training_on_their_own_are_not_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


# ---------------------------------------------------------------- look-alikes and their traps

@pytest.mark.parametrize(
    ("headline", "lead", "trap"),
    [
        ("Russian forces launched 90 drones against Ukraine overnight",
         "Ukraine's air force said air defence units shot down 70 of them and asked partners for more help.",
         "Weapons used against Ukraine"),
        ("Defence stocks soar: Rheinmetall shares hit record as investors bet on Ukraine orders",
         "The arms maker supplies ammunition to Ukraine and analysts raised their price target.",
         "An investor article"),
        ("Rüstungsaktien im Höhenflug: Hensoldt-Aktie steigt um 8 Prozent",
         "Anleger setzen auf Aufträge, da der Konzern Luftverteidigung an die Ukraine liefert. Das Kursziel wurde "
         "angehoben.", "An investor article"),
        ("L'action Thales bondit en Bourse",
         "Le groupe, qui fournit des missiles à l'Ukraine, a relevé ses prévisions ; les investisseurs saluent.",
         "An investor article"),
        ("UN appeals for $3 billion for Ukraine's civilians",
         "Western donors that backed Kyiv with billions in military aid will now fund food, water, blankets and "
         "generators for front-line towns, aid groups said.", "Humanitarian relief"),
        ("Poland orders 180 K2 tanks from South Korea to replace those it gave Ukraine",
         "The contract is worth 6 billion dollars.", "Weapons bought to replace"),
        ("Germany's defence budget rises to 90 billion euros",
         "The money will pay for new F-35 jets and replace howitzers sent to Ukraine.",
         "A country's own defence budget"),
        ("Germany agreed to supply Eurofighter jets to Saudi Arabia after months of hesitation", "",
         "Weapons or military aid for another country"),
        ("Ukrainian forces destroyed Russian tanks with Western-supplied Javelins",
         "Fighting raged near Avdiivka, the general staff said.", "Battle reports naming a weapon by its supplier"),
    ],
)
def test_look_alikes_are_held_back_by_their_trap(defaults: RuleSet, headline: str, lead: str, trap: str):
    analysis = analyze(defaults, headline, lead)
    assert not analysis.relevant and fired(analysis, trap), defaults.explain(analysis)


def test_military_aid_named_in_passing_counts_once(defaults: RuleSet):
    # "military aid" is the explicit-aid phrase (weight 2); the generic aid rule no longer
    # counts its word "military" as a weapon a second time.
    analysis = analyze(defaults, "Kyiv thanks partners for military aid")
    assert analysis.score == 2.0, defaults.explain(analysis)


def test_relief_goods_named_once_in_aid_news_do_not_hide_it(defaults: RuleSet):
    assert_relevance(defaults, analyze(defaults, "Germany pledges two Patriot systems and 300 generators to Ukraine"), True)


@pytest.mark.parametrize(
    "headline",
    [
        "Deutschland sagte der Ukraine weitere Luftabwehrsysteme zu.",
        "Die Niederlande sicherten Kiew zusätzliche Munition zu.",
        "Norwegen stellt der Ukraine weitere Drohnen bereit.",
    ],
)
def test_german_separable_verbs_of_giving_are_found(defaults: RuleSet, headline: str):
    analysis = analyze(defaults, headline)
    assert analysis.relevant and fired(analysis, "German separable verbs"), defaults.explain(analysis)


@pytest.mark.parametrize(
    "headline",
    [
        # "sagte ... zu" that is not a clause-final particle, and a promise of something else.
        "Der Minister sagte zu den Raketenangriffen auf die Ukraine, die Lage sei ernst.",
        "Er sagte seine Teilnahme am Gipfel zu; die Ukraine war kein Thema. Panzer wurden nicht erwähnt.",
    ],
)
def test_german_said_is_not_promised(defaults: RuleSet, headline: str):
    assert_relevance(defaults, analyze(defaults, headline), False)


def test_french_commitment_to_train_ukrainian_soldiers_is_training(defaults: RuleSet):
    analysis = analyze(defaults, "La France s'engage à former 2 000 soldats ukrainiens",
                       "Les formations auront lieu sur le sol français.")
    assert analysis.relevant and "training" in analysis.topics, defaults.explain(analysis)


def test_ramstein_the_air_base_is_not_the_contact_group(defaults: RuleSet):
    analysis = analyze(defaults, "Ramstein Air Base hosts US Air Force open day",
                       "Visitors saw F-16 jets and transport aircraft.")
    assert not analysis.relevant, defaults.explain(analysis)


def test_ships_the_noun_is_not_shipping_weapons(defaults: RuleSet):
    assert_relevance(defaults, analyze(defaults, "Ukraine's grain exports rise as ships avoid Russian missiles"), False)


def test_a_surveillance_aircraft_named_by_its_system_is_aid(defaults: RuleSet):
    # "airborne surveillance aircraft" is no fighter: the system's name makes it aircraft
    analysis = analyze(defaults, "Sweden to donate ASC 890 aircraft",
                       "Sweden has decided to donate two ASC 890 airborne surveillance aircraft to Ukraine.")
    assert analysis.relevant


# ---------------------------------------------------------------- defence goods, numbered packages, money for weapons

def test_defence_goods_given_to_ukraine_are_aid(defaults: RuleSet):
    analysis = analyze(defaults, "Schweden schickt neues Paket",
                       "Schweden stellt der Ukraine ein Paket mit Verteidigungsgütern im Wert von 50 Millionen Euro "
                       "zur Verfügung.")
    assert analysis.relevant, defaults.explain(analysis)


@pytest.mark.parametrize(
    "headline",
    ["Norwegen schickt 31. Hilfspaket an die Ukraine", "Norway sends its 31st military support package to Ukraine",
     "La Norvège envoie son 31e paquet d'aide à l'Ukraine"],
)
def test_a_numbered_aid_package_for_ukraine_is_a_signal(defaults: RuleSet, headline: str):
    assert fired(analyze(defaults, headline), "A numbered aid package for Ukraine")


@pytest.mark.parametrize(
    "headline",
    ["EU adopts 19th sanctions package against Russia over its war in Ukraine",
     "Die EU beschließt das 19. Sanktionspaket gegen Russland wegen des Kriegs in der Ukraine"],
)
def test_a_numbered_sanctions_package_is_no_aid_package(defaults: RuleSet, headline: str):
    analysis = analyze(defaults, headline)
    assert not fired(analysis, "A numbered aid package for Ukraine") and not analysis.relevant


def test_money_for_named_weapons_made_by_ukraine_is_military_financing(defaults: RuleSet):
    analysis = analyze(defaults, "Schweden überweist 300 Millionen Euro an die Ukraine",
                       "Schweden hat der Ukraine 300 Millionen Euro überwiesen. Das Geld ist für Drohnen und "
                       "Flugabwehr aus ukrainischer Produktion bestimmt.")
    assert analysis.relevant, defaults.explain(analysis)
    assert fired(analysis, "Money for the military support of Ukraine")


def test_money_for_rebuilding_is_not_military_financing(defaults: RuleSet):
    analysis = analyze(defaults, "Schweden überweist 300 Millionen Euro an die Ukraine",
                       "Das Geld ist für den Wiederaufbau von Schulen und Krankenhäusern bestimmt.")
    assert not analysis.relevant, defaults.explain(analysis)


# Weapons supplied to Russia: the trap holds back an article about them, and lets through
# aid news that mentions them beside a delivery to Ukraine (its -2 used to cancel the aid).
@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("North Korea ships shells to Russia",
         "Pyongyang has shipped millions of artillery shells to Russia for its war in Ukraine, Seoul's spy agency "
         "said on Monday."),
        ("L'Iran livre des drones à Moscou",
         "Téhéran a livré des centaines de drones à la Russie, qui les lance contre les villes ukrainiennes."),
    ],
)
def test_weapons_supplied_to_russia_are_not_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Berlin sends more air defence as Iran ships drones to Russia",
         "Germany will deliver two more IRIS-T air defence systems to Ukraine, the ministry said. Western "
         "officials say Iran has delivered hundreds of drones to Russia this year."),
        ("Paris promet des canons à Kiev",
         "La France va livrer douze canons Caesar supplémentaires à l'Ukraine. La Corée du Nord a de son côté "
         "livré des obus à la Russie, selon Séoul."),
        ("Deutschland schickt weitere Haubitzen",
         "Deutschland liefert der Ukraine sechs weitere Panzerhaubitzen. Iran hat nach Angaben westlicher "
         "Dienste Raketen nach Russland geliefert."),
    ],
)
def test_aid_news_naming_weapons_supplied_to_russia_stays_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant and not fired(analysis, "Weapons supplied to Russia"), defaults.explain(analysis)


# ---------------------------------------------------------------- deliberation and requests

@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # a donor weighing, examining or in talks about weapons for Ukraine
        ("Berlin weighs more Patriots for Kyiv",
         "BERLIN (Reuters) - Germany is weighing whether to send two more Patriot systems now and buy replacements "
         "for its own army later, officials said."),
        ("London examining Ukrainian plea for Storm Shadow",
         "LONDON (Reuters) - Britain is examining Kyiv's plea for more Storm Shadow cruise missiles, a government "
         "source said."),
        ("Canada in talks with Kyiv over more armoured vehicles",
         "OTTAWA (Reuters) - Canada is in talks with Ukraine over more LAV armoured vehicles, the defence minister "
         "said."),
        ("Berlin im Gespräch mit Kiew über weitere Patriot",
         "BERLIN (dpa) - Die Bundesregierung ist mit Kiew im Gespräch über weitere Patriot-Systeme, sagte ein "
         "Sprecher."),
        # Ukraine pressing, pleading or calling on a donor for weapons
        ("Zelensky presses Berlin for Taurus missiles",
         "BERLIN (AFP) - Ukrainian President Volodymyr Zelensky pressed Germany for Taurus cruise missiles during "
         "talks with the chancellor on Friday."),
        ("Zelensky calls on Washington for more interceptors",
         "KYIV (AFP) - Volodymyr Zelensky called on Washington for more Patriot interceptors after a night of "
         "Russian strikes."),
        ("Kyiv pleads with Berlin for IRIS-T",
         "KYIV (Reuters) - Ukraine pleaded with Germany for more IRIS-T air defence systems on Wednesday."),
        ("Selenskyj drängt Berlin zu mehr Flugabwehr",
         "BERLIN (dpa) - Der ukrainische Präsident Selenskyj hat Deutschland zu mehr Flugabwehrsystemen gedrängt."),
    ],
)
def test_weapons_weighed_or_asked_for_are_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant and fired(analysis, "Deliberation and requests"), defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # sanctions weighed or a ceasefire asked for after an attack: the weapons are the attack's
        ("EU weighs new sanctions on Russia over missile strikes",
         "BRUSSELS (Reuters) - The European Union is weighing new sanctions on Russia after missile strikes on Kyiv, "
         "diplomats said."),
        ("UN urges ceasefire as drones hit Kyiv",
         "GENEVA (AFP) - The UN secretary general urged an immediate ceasefire after Russian drone attacks on Kyiv."),
        ("EU berät über neue Sanktionen nach Raketenangriffen",
         "BRÜSSEL (dpa) - Die EU berät über neue Sanktionen gegen Russland nach den Raketenangriffen auf Kiew."),
        ("Kiev réclame des sanctions après une frappe de missile",
         "KIEV (AFP) - L'Ukraine a réclamé de nouvelles sanctions après une frappe de missile sur Odessa."),
        ("Kyiv asks for UN inquiry into drone strike",
         "KYIV (Reuters) - Ukraine asked the UN for an inquiry after a Russian drone strike on a hospital in Kharkiv."),
        # a "Waffenruhe" (ceasefire) is no weapon, a "Drohnenangriff" no drone given
        ("Kiew fordert Waffenruhe um Atomkraftwerk",
         "KIEW (dpa) - Die Ukraine fordert eine Waffenruhe um das Atomkraftwerk Saporischschja nach "
         "Drohnenangriffen."),
        # talks about something else, a sale to another country, a country's own budget
        ("Berlin im Gespräch mit Kiew über Handel",
         "BERLIN (dpa) - Die Bundesregierung ist mit Kiew im Gespräch über Handel und Energie, sagte ein Sprecher."),
        ("Germany considers selling Eurofighters to Turkey",
         "BERLIN (Reuters) - Germany is considering selling Eurofighter jets to Turkey, a government source said."),
        ("La France envisage de vendre des Rafale à l'Inde",
         "PARIS (AFP) - La France envisage de vendre 26 Rafale à l'Inde, selon le ministère des Armées."),
        ("Polen prüft höheren Wehretat",
         "WARSCHAU (dpa) - Polen prüft einen höheren Verteidigungshaushalt für neue Panzer der eigenen Armee, wegen "
         "des Kriegs in der Ukraine."),
        # Russia's own weapons, and weapons to be shot down, are neither weighed nor asked for
        ("Poland presses NATO to shoot down Russian drones over Ukraine",
         "WARSAW (Reuters) - Poland pressed NATO allies to shoot down Russian drones flying over western Ukraine "
         "near its border, the foreign minister said."),
        ("Polen drängt Nato zu Abschuss russischer Drohnen",
         "WARSCHAU (dpa) - Polen drängt die Nato, russische Drohnen über der Ukraine nahe der Grenze abzuschießen."),
        ("Berlin weighs police powers against drones at airports",
         "BERLIN (Reuters) - Germany is weighing whether to let the police shoot down drones over airports after "
         "sightings near Munich. Russia's war in Ukraine has shown how cheap drones disrupt infrastructure."),
        # relief asked for
        ("Kiew bittet um humanitäre Hilfe",
         "KIEW (dpa) - Die Ukraine bittet um humanitäre Hilfe, Decken, Generatoren und Medikamente nach russischen "
         "Raketenangriffen."),
    ],
)
def test_weighing_or_asking_for_other_things_is_not_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), False)


def test_weapons_asked_for_after_strikes_are_still_aid(defaults: RuleSet):
    # The attack is left out, the weapons asked for count.
    analysis = analyze(defaults, "Kyiv asks for more drones after Russian missile strikes",
                       "KYIV (Reuters) - Ukraine asked allies for more interceptor drones and Patriot missiles after "
                       "Russian missile strikes on Kyiv overnight.")
    assert analysis.relevant, defaults.explain(analysis)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Germany sends more Gepard to shoot down Russian drones",
         "BERLIN (dpa) - Germany will send Ukraine ten more Gepard anti-aircraft guns to help shoot down Russian "
         "drones, the defence ministry said."),
        ("Kiew bittet Berlin um mehr Flugabwehr gegen russische Drohnen",
         "KIEW (dpa) - Die Ukraine hat Deutschland um weitere Flugabwehrsysteme gebeten, um russische Drohnen "
         "abzuwehren, sagte Präsident Selenskyj."),
        ("La France envisage d'envoyer des drones à l'Ukraine",
         "PARIS (AFP) - La France envisage d'envoyer des drones de reconnaissance à l'Ukraine pour contrer les "
         "drones russes, a indiqué le ministère des Armées."),
    ],
)
def test_weapons_given_against_russian_drones_are_still_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, analyze(defaults, headline, lead), True)


def test_a_giving_to_come_with_replacements_bought_later_is_aid(defaults: RuleSet):
    # The replacement trap is about weapons already given ("sent", "gave"): "to send ... and
    # buy replacements later" announces the giving.
    analysis = analyze(defaults, "Berlin to send Patriots to Kyiv now, replacements later",
                       "BERLIN (Reuters) - Germany will send two Patriot systems to Kyiv now and buy replacements "
                       "for the Bundeswehr later, the defence ministry said.")
    assert analysis.relevant and not fired(analysis, "Weapons bought to replace"), defaults.explain(analysis)
