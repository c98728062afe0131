"""Relevance round 48: review 50's relevance causes (tests/rules/test_review_50.py).

1. Fact-checks. The real-article set labels relevant what gives, refuses, discusses, pays for or makes aid, and
   labels an item that names aid only beside its own subject a look-alike; it holds no fact-check. A fact-check that
   denies a claimed delivery tells no aid of any of those kinds: its subject is a false post, and the delivery it
   retells is the claim it denies (and a refusal it recalls, "refuses any arms deliveries", is background). So it is
   not aid news, as review 50 labelled it. Two traps in config/rules.toml: a headline that starts with the genre's
   label ("Fact check:", "Vrai ou faux :", "Faktencheck:"; not "Reality check:", which also heads analyses of aid)
   with a verdict or a denial anywhere (-5), and a desk or fact-checkers named in the body beside their verdict
   (-3), which steps aside when the article tells a giving to Ukraine now or to come: aid news may recall a false
   post about its own weapons. A delivery story that denies something else ("C'est faux", "falsch" said of a report
   of delays) names no genre and trips neither.
2. Digests. The football trap (@sport, -3) cancelled the aid item of a morning newsletter whose other item was a
   football result. It now steps aside when the article tells weapons going to Ukraine ("for Ukraine", "der
   Ukraine", a giving now next to Ukraine) in a sentence with no sport word; a sport item whose weapon words share
   their sentence with the sport, or go to no one ("Der ukrainische Nationalspieler traf mit einem Schuss wie eine
   Rakete"), keeps the trap.
3. Vehicle words: "armoured carriers", "troop carriers", "transport(s) de troupes blindé(s)", "engin(s) blindé(s)",
   "Truppentransporter", "Panzerfahrzeuge" in the weapon rules and the armoured-vehicle rules (the French plurals
   were read already, by "blindés").

Every item was written for this file in the style of Reuters, AFP and dpa copy and labelled before the rules were
run on it (the "Reality check" guard was added after the first run); none is taken from the real-article set or
from review 50's probe. First run, with the changes: 30 of 31; the German sport item lost its trap, as "der" before
any Ukraine name, the adjective included ("Der ukrainische Nationalspieler"), counted as going to Ukraine: now only
the country and its capital after their prepositions do. On main's rules 25 of the 32 fail (the seven checks of aid
news beside a denial or under "Reality check" there because the traps they name are absent), and the 7 guards pass.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, fired, read

HEADLINE_FACT_CHECK = "A fact-check, named by its headline"
BODY_FACT_CHECK = "A fact-check told in the body"
SPORT_TRAP = "Sport, song contests and fashion"

# Fact-checks denying a claimed delivery: not aid news. (headline, lead)
FACT_CHECKS = [
    ("Fact Check-Photo does not show Polish Leopard tanks crossing into Ukraine",
     "An image shared on social media as proof that Poland delivered 50 more Leopard tanks to Ukraine last week was "
     "taken at a NATO exercise in Lithuania in 2021. Warsaw announced no such shipment; the claim is false."),
    ("Fact check: Norway has not sent Ukraine attack helicopters",
     "Posts claiming that Oslo handed eight attack helicopters to Kyiv in October are untrue. The photo they share "
     "shows German helicopters at an air show, and Norway's defence ministry said no such transfer was planned."),
    ("Vrai ou faux : la Belgique a-t-elle livré en secret ses F-16 à Kiev ?",
     "Des messages partagés sur les réseaux sociaux affirment que la Belgique a envoyé en cachette douze avions de "
     "combat à l'Ukraine. C'est faux : les appareils filmés sont des F-16 néerlandais photographiés lors d'un "
     "meeting aérien en 2019."),
    ("Désintox : la Grèce n'a pas envoyé de missiles Patriot à Kiev",
     "Une vidéo virale prétend montrer des missiles grecs chargés sur un cargo à destination de l'Ukraine. Les "
     "images datent d'un exercice de 2017 en Crète et sont sorties de leur contexte."),
    ("Faktencheck: Video zeigt keine slowakischen Kampfjets auf dem Weg in die Ukraine",
     "In sozialen Netzwerken wird behauptet, die Slowakei liefere heimlich weitere MiG-29 an Kiew. Die Aufnahmen "
     "stammen von einer Flugschau im Jahr 2018; die Behauptung ist falsch."),
    ("dpa-Faktencheck: Keine Taurus-Marschflugkörper für Kiew",
     "Ein im Netz verbreitetes Foto soll Marschflugkörper vom Typ Taurus auf dem Weg in die Ukraine zeigen. Das "
     "Bild entstand 2019 bei einem Manöver in Schweden; die Bundesregierung hat der Ukraine keine Taurus "
     "geliefert."),
]

# The genre told in the body, under a headline that does not name it.
BODY_FACT_CHECKS = [
    ("Video of 'Italian SAMP/T arriving in Odesa' is a video game clip",
     "A video viewed millions of times online claims to show Italian air defence systems being delivered to "
     "Ukraine. "
     "AFP Fact Check found the footage was taken from a video game and is fake."),
    ("Non, ces images ne montrent pas des chars suédois livrés à l'Ukraine",
     "Une vidéo partagée des milliers de fois affirme montrer des chars CV90 suédois livrés à l'armée "
     "ukrainienne. Selon AFP Factuel, elle est trompeuse : elle a été tournée lors d'un exercice en Suède."),
    ("Angebliche Lieferung von Taurus an die Ukraine: Bilder stammen aus Manöver",
     "Ein verbreitetes Foto soll Taurus-Marschflugkörper auf dem Weg in die Ukraine zeigen. Laut "
     "dpa-Faktencheck ist die Behauptung falsch: Das Bild entstand bei einem Manöver."),
]

# Aid news that mentions a fact-check or denies something else: still aid news. (headline, lead)
AID_WITH_A_DENIAL = [
    ("Reality check: Europe's promised shells are not yet in Ukraine",
     "BRUSSELS (Reuters) - The EU pledged to send one million artillery shells to Ukraine by March; about half "
     "have been delivered so far, officials said on Monday."),
    ("Denmark to hand Ukraine six more F-16 jets",
     "COPENHAGEN (Reuters) - Denmark will deliver six more F-16 fighter jets to Ukraine this month, the defence "
     "ministry said on Tuesday, a week after fact-checkers showed that a video of the jets being shot down was "
     "fake."),
    ("Germany to send two more IRIS-T systems, denies report of delays",
     "BERLIN (Reuters) - Germany will send two more IRIS-T air defence systems to Ukraine by the end of the month, "
     "the defence ministry said, calling a newspaper report that deliveries had stalled false."),
    ("La Suède livre ses premiers Gripen à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède a remis mardi à l'Ukraine ses trois premiers avions de combat Gripen, a annoncé "
     "le ministère de la Défense. Des vérificateurs avaient montré la semaine dernière qu'une vidéo de ces avions "
     "abattus était truquée."),
    ("Paris confirme l'envoi de douze canons Caesar supplémentaires à Kiev",
     "PARIS (AFP) - La France enverra douze canons Caesar supplémentaires à l'Ukraine d'ici le printemps, a "
     "indiqué le ministère des Armées. « C'est faux », a répondu le ministre aux critiques selon lesquelles les "
     "livraisons auraient pris du retard."),
    ("Niederlande liefern der Ukraine weitere Patriot-Raketen",
     "DEN HAAG (dpa) - Die Niederlande liefern der Ukraine weitere Abfangraketen für das Patriot-System, teilte "
     "das Verteidigungsministerium mit. Ein Faktencheck hatte zuvor ein Video als Fälschung entlarvt, das "
     "angeblich zerstörte niederländische Raketenwerfer zeigte."),
    ("Berlin sagt Kiew weitere Gepard-Munition zu",
     "BERLIN (dpa) - Die Bundesregierung wird der Ukraine weitere 200.000 Schuss Munition für den "
     "Flugabwehrpanzer Gepard liefern. Berichte über einen Lieferstopp wies ein Sprecher als falsch zurück."),
]

# Digests: an aid item told in a sentence of its own beside a sport item. (headline, lead)
DIGESTS = [
    ("Your morning briefing: rail strike in France, World Cup draw, Norwegian air defence for Ukraine",
     "Good morning. French rail workers walk out today; England were drawn against Brazil in the World Cup; and "
     "Norway will send two more NASAMS air defence systems to Ukraine, its defence minister said."),
    ("L'essentiel du matin : grève à la SNCF, Ligue des champions, obus pour Kiev",
     "La SNCF prévoit un trafic perturbé mercredi ; Lille s'est qualifié pour les huitièmes de la Ligue des "
     "champions ; et la Belgique livrera 20 000 obus d'artillerie à l'Ukraine d'ici mars."),
    ("Der Abend kompakt: Tarifstreit, Champions League, Haubitzen für Kiew",
     "Die Gewerkschaft droht mit Warnstreiks; Leipzig verliert in der Champions League gegen Madrid; und Schweden "
     "liefert der Ukraine acht weitere Archer-Haubitzen."),
]

# Sport items whose weapon words share their sentence with the sport or go to no one. (headline, lead)
SPORT = [
    ("Striker's 'missile' sends Ukraine to the World Cup",
     "KYIV (Reuters) - A 35-metre missile from Ukraine's captain in stoppage time sent his side to the World Cup "
     "finals, sparking celebrations in Kyiv."),
    ("Ukraine's 'tank' of a goalkeeper delivers again",
     "LONDON (Reuters) - The Ukrainian goalkeeper, nicknamed the Tank by fans, saved two penalties as his side "
     "reached the Champions League quarter-finals."),
    ("Ligue des champions : le « canon » de l'attaquant ukrainien offre la victoire à Kiev",
     "KIEV (AFP) - Le buteur ukrainien a inscrit un doublé d'une frappe surnommée « le canon » par les supporteurs, "
     "offrant au Dynamo sa première victoire en Ligue des champions."),
    ("Ukrainischer Nationalspieler trifft mit einer Rakete",
     "DORTMUND (dpa) - Der ukrainische Nationalspieler traf mit einem Schuss wie eine Rakete zum 2:1. Sein "
     "Verein bleibt damit Tabellenführer der Bundesliga."),
]

# Vehicle words: armour given to Ukraine (relevant, with the armoured-vehicle topic). (headline, lead)
VEHICLES = [
    ("Portugal to give Ukraine armoured carriers from army reserve",
     "LISBON (Reuters) - Portugal will give Ukraine 28 armoured carriers from its army's reserve, the defence "
     "ministry said on Thursday."),
    ("Norway shelves plan to send troop carriers to Kyiv",
     "OSLO (Reuters) - Norway has shelved a plan to send 30 tracked troop carriers to Ukraine after an inspection "
     "found most of them unfit for service, the defence ministry said."),
    ("Kiev reçoit le premier transport de troupes blindé promis par Madrid",
     "MADRID (AFP) - L'armée ukrainienne a reçu son premier transport de troupes blindé espagnol, sur les vingt "
     "promis par Madrid, a annoncé mardi la ministre de la Défense."),
    ("La France livre à l'Ukraine un engin blindé de déminage",
     "PARIS (AFP) - La France a livré à l'Ukraine un engin blindé de déminage, le premier d'une série de six, a "
     "indiqué le ministère des Armées."),
    ("Dänemark überlässt der Ukraine Truppentransporter",
     "KOPENHAGEN (dpa) - Dänemark wird der Ukraine 25 Truppentransporter aus Beständen seiner Armee überlassen, "
     "teilte das Verteidigungsministerium mit."),
    ("Belgien liefert Kiew weitere Panzerfahrzeuge",
     "BRÜSSEL (dpa) - Belgien liefert der Ukraine weitere 40 Panzerfahrzeuge, kündigte die "
     "Verteidigungsministerin an."),
]

# The same vehicles bought for a country's own army, Ukraine named as the war: not aid. (headline, lead)
VEHICLES_ELSEWHERE = [
    ("Romania to buy armoured troop carriers for its own army",
     "BUCHAREST (Reuters) - Romania will buy 150 armoured troop carriers for its own army, citing the war in "
     "Ukraine, the defence ministry said."),
    ("La Pologne commande des transports de troupes blindés pour son armée",
     "VARSOVIE (AFP) - La Pologne a commandé 120 transports de troupes blindés pour ses propres forces, invoquant "
     "la guerre en Ukraine."),
    ("Litauen kauft Truppentransporter für die eigene Armee",
     "VILNIUS (dpa) - Litauen kauft 90 gepanzerte Truppentransporter für die eigenen Streitkräfte, hieß es mit "
     "Blick auf den Krieg in der Ukraine."),
]


@pytest.mark.parametrize(("headline", "lead"), FACT_CHECKS)
def test_a_fact_check_headline_denying_a_delivery_is_no_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), BODY_FACT_CHECKS)
def test_a_fact_check_told_in_the_body_is_no_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, BODY_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), AID_WITH_A_DENIAL)
def test_aid_news_that_mentions_a_fact_check_or_a_denial_stays_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert not fired(analysis, BODY_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), DIGESTS)
def test_a_digest_keeps_its_aid_item_beside_a_sport_item(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), SPORT)
def test_sport_weapon_words_keep_the_sport_trap(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), VEHICLES)
def test_armoured_carriers_given_to_ukraine_are_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert "armoured_vehicles" in analysis.topics, defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), VEHICLES_ELSEWHERE)
def test_armoured_carriers_bought_for_a_countrys_own_army_are_no_aid(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, read(defaults, headline, lead), False)
