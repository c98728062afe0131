"""Relevance round 49: the leftovers of round 48 (tests/rules/test_rules_relevance_48b.py).

1. Fact-checks with no label and no desk. A headline that opens on the footage it denies ("No, this photo does not
   show ...", "Non, cette vidéo ne montre pas ...", "Nein, dieses Video zeigt keine ...") or on a "No" and a delivery
   denied in the past tense ("Non, l'Allemagne n'a pas livré ...") is a fact-check: a denial of a claimed delivery is
   no aid news (the lead's ruling). A refusal is aid news ("No, Germany will not send Taurus"), and so is a "No" that
   denies nothing ("No more waiting: ... has delivered").
2. Digests. A newsletter gives each item a sentence; the sport trap stepped aside only for an aid item told as
   weapons going "to"/"for" Ukraine, so a one-sentence item told otherwise (Kyiv receiving jets, Zelensky thanking a
   donor, military aid named next to Ukraine, a German "sagt der Ukraine ... zu") was cancelled by the football item
   beside it. A sport report keeps its trap: a striker's missile, a fencer's quote, a player's father whose brigade
   "bekommen hat" Marder.
3. The NFL in digests: the Patriots trap (-5) cancelled a digest's Patriot air defence for Ukraine; it now steps
   aside as the sport trap does, and the NFL's words are sport words, so an NFL sentence is never the aid item.
4. The German weapon rule costs less for the same hits: room under the cost test's 12 for more giving words.

Every item was written for this file in the style of wire copy and labelled before the rules were run on it; none is
taken from the real-article set or a review's probe. On main's rules (263f62d) 19 of the 28 items fail (the 8
no-label fact-checks, the 9 one-sentence digest items, the 2 NFL digests) and the 9 guards pass; both rule tests
fail there (the German weapon rule at 11.99; no @attack:de).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.models import Rule
from bot.core.rules.cost import rule_cost
from bot.core.rules.engine import RuleSet
from bot.core.rules.files import load_rules_toml
from bot.core.rules.syntax import parse_expression
from tests.support.real_eval import texts_with_and_without_the_eval_set
from tests.support.wire_reading import assert_relevance, fired, read

REPO = Path(__file__).resolve().parents[2]
HEADLINE_FACT_CHECK = "A fact-check, named by its headline"
SPORT_TRAP = "Sport, song contests and fashion"
PATRIOTS_TRAP = "Patriots that are not air defence"
GERMAN_WEAPON_RULE = "aid (de): a weapon close to a support word, close to Ukraine."

# 1: fact-checks with no label or desk, denying a claimed delivery: not aid. (headline, lead)
FACT_CHECKS = [
    ("No, this photo does not show German tanks in Kyiv",
     "A picture shared thousands of times claims to show Leopard tanks sent by Berlin rolling through the Ukrainian "
     "capital. It was taken at a parade in Lithuania in 2019."),
    ("This viral video doesn't show Dutch F-16s landing in Ukraine",
     "Posts on social media say the clip shows the first Dutch jets arriving at a Ukrainian air base. The footage "
     "comes from an air show in Belgium."),
    ("No, Spain has not sent Patriot missiles to Kyiv",
     "A post viewed 200,000 times claims Madrid secretly delivered two Patriot launchers to Ukraine last week. The "
     "defence ministry said the report was invented."),
    ("Non, cette vidéo ne montre pas des chars français livrés à l'Ukraine",
     "Des internautes affirment que des images tournées sur un quai de gare montrent des chars Leclerc en route vers "
     "Kiev. Il s'agit d'un exercice de l'armée française en 2021."),
    ("Non, ces photos ne montrent pas des canons Caesar à Odessa",
     "Des publications partagées sur les réseaux sociaux prétendent que la France a livré douze canons à l'Ukraine "
     "cette semaine. Les clichés datent d'un salon de l'armement en 2022."),
    ("Non, l'Allemagne n'a pas livré de missiles Taurus à l'Ukraine",
     "Une publication virale affirme que Berlin a secrètement envoyé des missiles de croisière à Kiev. Le "
     "gouvernement allemand dément."),
    ("Nein, dieses Video zeigt keine deutschen Panzer auf dem Weg in die Ukraine",
     "In sozialen Netzwerken heißt es, die Aufnahmen zeigten Leopard-Panzer, die Deutschland an Kiew geliefert habe. "
     "Tatsächlich stammen sie von einer Übung in Bayern."),
    ("Nein, Deutschland hat keine Taurus-Marschflugkörper an die Ukraine geliefert",
     "Ein viraler Beitrag behauptet, die Bundesregierung habe die Waffen heimlich nach Kiew geschickt. Das "
     "Verteidigungsministerium widerspricht."),
]

# 1, guards: refusals and a "No" that denies nothing are aid news. (headline, lead)
REFUSALS_AND_DELIVERIES = [
    ("No, Germany will not send Taurus missiles to Ukraine, Scholz says",
     "The chancellor ruled out delivering the long-range cruise missiles to Kyiv, saying it could draw Germany into "
     "the war."),
    ("No more waiting: Norway has delivered the first F-16 jets to Ukraine",
     "OSLO (Reuters) - Norway has handed over the first of its F-16 fighter jets to Ukraine, the defence ministry "
     "said on Tuesday."),
    ("Non, Paris ne livrera pas de Mirage à Kiev cette année",
     "PARIS (AFP) - La France ne livrera pas d'avions de combat Mirage 2000 à l'Ukraine avant l'an prochain, a "
     "indiqué le ministère des Armées."),
    ("Nein zu Taurus: Berlin schickt der Ukraine keine Marschflugkörper",
     "BERLIN (dpa) - Bundeskanzler Scholz lehnt die Lieferung der Taurus-Marschflugkörper an die Ukraine weiterhin ab."),
]

# 2: digests whose aid item is one sentence beside a sport item: aid news. (headline, lead)
EN_SPORT = "Arsenal beat Chelsea 2-1 in the Premier League. "
FR_SPORT = "Le PSG s'impose en Ligue des champions. "
DE_SPORT = "Bayern gewinnt in der Bundesliga. "
DIGESTS = [
    ("Evening briefing", EN_SPORT + "Kyiv receives its first F-16 jets from Norway."),
    ("Evening briefing", EN_SPORT + "Ukraine gets 300 drones from Denmark."),
    ("Evening briefing", EN_SPORT + "Zelensky thanks Berlin for two more Patriot systems."),
    ("Evening briefing", EN_SPORT + "The Pentagon announced $400 million in military aid for Ukraine."),
    ("Le point du soir", FR_SPORT + "L'Ukraine reçoit ses premiers Mirage 2000 de la France."),
    ("Le point du soir", FR_SPORT + "L'aide militaire française à l'Ukraine atteint 3 milliards d'euros."),
    ("Der Abend kompakt", DE_SPORT + "Deutschland sagt der Ukraine weitere Iris-T-Systeme zu."),
    ("Der Abend kompakt", DE_SPORT + "Die Ukraine erhält weitere Patriot-Systeme aus Deutschland."),
    ("Der Abend kompakt", DE_SPORT + "Die Bundesregierung stockt die Militärhilfe für die Ukraine auf."),
]

# 2, guards: sport reports keep the sport trap. (headline, lead)
SPORT = [
    ("Shakhtar striker fires missile as Ukrainians beat Celtic",
     "The Ukrainian forward sent a missile into the top corner to give Shakhtar a 1-0 win in the Champions League."),
    ("Le gardien ukrainien, un mur face à l'attaque française",
     "Le gardien de but ukrainien a tout arrêté samedi en Coupe du monde. Son frère sert dans une brigade qui a reçu "
     "des blindés de la France l'an dernier, mais l'Ukraine manque encore d'obus."),
    ("Ukrainischer Stürmer trifft wie eine Rakete",
     "Der ukrainische Stürmer traf in der Bundesliga mit einem Schuss wie eine Rakete. Sein Bruder dient in einer "
     "Brigade, die Leopard-Panzer aus Deutschland bekommen hat."),
]

# 3: the NFL in a digest beside a Patriot air defence item: aid news; NFL reports: not. (headline, lead, relevant)
NFL = [
    ("Evening briefing",
     "The New England Patriots beat the Bills in the NFL. Germany will send two more Patriot systems to Ukraine.",
     True),
    ("Morning digest: Super Bowl odds, Patriot batteries for Kyiv",
     "Bookmakers make the Chiefs favourites for the Super Bowl. The Netherlands pledged two Patriot batteries for "
     "Kyiv on Monday.", True),
    ("Patriots quarterback dedicates win to Ukraine",
     "The New England Patriots quarterback said he would send his jersey to Kyiv after a 24-17 NFL win.", False),
    ("Patriots rally past Jets",
     "FOXBOROUGH (AP) - The New England Patriots scored twice late and beat the Jets 20-17 in the NFL on Sunday.",
     False),
]


@pytest.mark.parametrize(("headline", "lead"), FACT_CHECKS)
def test_a_fact_check_with_no_label_denying_a_delivery_is_no_aid(defaults, headline, lead):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), REFUSALS_AND_DELIVERIES)
def test_a_refusal_or_a_no_that_denies_nothing_stays_aid(defaults, headline, lead):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), DIGESTS)
def test_a_digests_one_sentence_aid_item_outweighs_its_sport_item(defaults, headline, lead):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), SPORT)
def test_sport_reports_keep_the_sport_trap(defaults, headline, lead):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead", "relevant"), NFL)
def test_the_nfl_in_a_digest_leaves_its_patriot_item(defaults, headline, lead, relevant):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, PATRIOTS_TRAP) != relevant, defaults.explain(analysis)
    assert_relevance(defaults, analysis, relevant)


def _german_weapon_rule() -> str:
    rules, _ = load_rules_toml((REPO / "config" / "rules.toml").read_text(encoding="utf-8"))
    text = (REPO / "config" / "rules.toml").read_text(encoding="utf-8")
    # The rule after the comment that names it (rules are found by their comment, as tests/support/wire_reading does).
    before = text[: text.index(GERMAN_WEAPON_RULE)].count("[[rule]]")
    return rules[before].expression


def test_the_german_weapon_rule_leaves_room_for_more_giving_words():
    # It stood at 11.99 of the 12 that test_rule_cost.py allows a rule naming @support: four more words of
    # @support:de or @given_elsewhere:de (0.0035 each) and the cost test failed.
    expression = _german_weapon_rule()
    ruleset = RuleSet.compile([Rule("aid", expression, 1.0)], entities=load_entities(), name_rules=False)
    estimate = rule_cost(parse_expression(expression), ruleset.roots[0], ruleset.infixes)
    assert sum(estimate.parts.values()) <= 11.95, estimate.parts


def _texts() -> list[str]:
    return texts_with_and_without_the_eval_set()


def test_the_german_weapon_rule_excepts_only_the_german_attack_words_it_could_meet():
    # @attack:de in place of @attack: an English or French attack phrase shares no word with a German weapon word,
    # so the rule's hits are those it had with all three languages' attack words.
    expression = _german_weapon_rule()
    assert "@attack:de" in expression
    entities = load_entities()
    narrow = RuleSet.compile([Rule("aid", expression, 1.0, id=1)], threshold=1.0, entities=entities)
    wide = RuleSet.compile([Rule("aid", expression.replace("@attack:de", "@attack"), 1.0, id=1)], threshold=1.0,
                           entities=entities)
    texts = _texts()
    hits = [[(hit.rule_id, hit.words) for hit in narrow.analyze(text).hits] for text in texts]
    assert hits == [[(hit.rule_id, hit.words) for hit in wide.analyze(text).hits] for text in texts]
    assert sum(1 for found in hits if found) >= 100  # the texts do test it: many fire the rule


# 5: a review of a film, a book or a series, named by its headline's label: not aid (the story's weapons are its
# plot); a review that is not the headline's label (an audit of aid) stays aid. (headline, lead, relevant)
REVIEWS = [
    ("Film review: 'Night Convoy' turns a weapons run to Ukraine into a dull chase",
     "The thriller about two drivers taking howitzer shells to Kyiv wastes a fine cast.", False),
    ("Critique : « Le dernier convoi », des armes pour l'Ukraine et peu de suspense",
     "Le film suit un chauffeur qui livre des obus à Kiev ; la réalisatrice s'égare.", False),
    ("Filmkritik: „Der letzte Konvoi“ schickt Waffen in die Ukraine und langweilt",
     "Das Drama über einen Fahrer, der Granaten nach Kiew liefert, verschenkt seine Besetzung.", False),
    ("Pentagon review of Ukraine aid finds Patriot deliveries on schedule",
     "WASHINGTON (Reuters) - An internal review found that the Patriot missiles pledged to Ukraine were delivered "
     "on time, the Pentagon said.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), REVIEWS)
def test_a_film_or_book_review_is_no_aid(defaults, headline, lead, relevant):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


# Round 49's review (fix49m): four ways the rules above reached too far. Every item below was written for this file
# after the review's own probes, in their shapes, and labelled before the rules were run on it; on the rules merged
# with round 49 (f4699d75) 14 of the 15 are read the wrong way, and the book review, a guard, is read right.
FILM_TRAP = "Animals, brands, films that share a weapon's name"

# 6: a "No" that opens aid news. The fact-check branch asked only for a no-word at the start, and the aid-news exception
# cannot save a delivery denied in the past tense (its "has not delivered" is itself a denial near Ukraine), so a
# minister's account of deliveries still missing, or a "No <noun>:" label, was cancelled. A fact-check answers a
# claim: "No," with its comma, and the claim's words (a post, a claim, a rumour). (headline, lead)
NO_THAT_IS_NEWS = [
    ("No, Washington has not yet delivered all the HIMARS it promised, Kyiv says",
     "KYIV (Reuters) - Ukraine's defence minister said on Monday that only half of the rocket launchers the United "
     "States pledged last year had reached the front."),
    ("No sign of the jets: Norway has not delivered F-16s to Ukraine, Kyiv says",
     "KYIV (Reuters) - Ukraine's air force said on Tuesday that Norway has not delivered any of the fighter jets it "
     "promised."),
    ("Non-lethal only: Canada has not sent weapons to Ukraine since May",
     "OTTAWA (Reuters) - Canada's latest aid package for Ukraine holds helmets, radios and medical kits but no "
     "weapons, the defence minister said."),
    ("Non-livraison des Leclerc : la France n'a pas livré les chars promis à l'Ukraine",
     "PARIS (AFP) - Les chars Leclerc annoncés pour l'Ukraine au printemps n'ont toujours pas quitté la France, a "
     "reconnu mardi le ministère des Armées."),
    ("Non, Paris n'a pas livré tous les obus promis à Kiev, reconnaît le ministre",
     "PARIS (AFP) - Le ministre des Armées a admis que la France n'a pas livré à l'Ukraine la moitié des obus "
     "annoncés."),
    ("Nein, Deutschland hat der Ukraine noch keine Iris-T-Systeme geliefert, sagt Pistorius",
     "BERLIN (dpa) - Deutschland hat die zugesagten Luftabwehrsysteme noch nicht an die Ukraine geliefert, sagte "
     "Pistorius."),
]


@pytest.mark.parametrize(("headline", "lead"), NO_THAT_IS_NEWS)
def test_a_no_that_opens_aid_news_is_no_fact_check(defaults, headline, lead):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


# 7: athletes' money is not a state's aid. The traps' digest exception took "military aid" near Ukraine with no giver
# named, so a player's bonus or a charity match "for military aid to Ukraine" slipped past the sport trap; it now
# asks for a giver (a state, a government, a minister) as the weapons branch does. (headline, lead)
ATHLETES_CHARITY = [
    ("Goalkeeper gives World Cup bonus to the army", "He thanked fans for their military aid to Ukraine."),
    ("Coupe du monde : les joueurs ukrainiens versent leurs primes à l'armée",
     "Les joueurs ont annoncé qu'ils donneraient leurs primes à l'aide militaire à l'Ukraine."),
    ("Bundesliga: Benefizspiel von Schachtar Donezk in Dortmund",
     "Das Spiel bringt Geld für die Militärhilfe für die Ukraine, teilte der Verein mit."),
]

# 8: who thanks whom. Thanks near Ukraine took a club or a fan thanking Ukrainians, at a match, for aid news; only
# Ukraine (its president, its army) thanking a donor is. (headline, lead, trap that must fire)
THANKS_AT_A_GAME = [
    ("Berlin thanks Ukraine's Patriots fans",
     "The NFL game in Munich drew thousands of Ukrainian supporters of the New England Patriots.", PATRIOTS_TRAP),
    ("La France remercie l'Ukraine pour ses missiles",
     "Les attaquants ukrainiens ont marqué trois fois face aux Bleus en Coupe du monde samedi.", SPORT_TRAP),
    ("Deutschland dankt der Ukraine für ihre Raketen",
     "Die ukrainischen Stürmer trafen beim Spiel der Weltmeisterschaft dreimal gegen die DFB-Elf.", SPORT_TRAP),
]


@pytest.mark.parametrize(("headline", "lead"), ATHLETES_CHARITY)
def test_athletes_charity_keeps_the_sport_trap(defaults, headline, lead):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead", "trap"), THANKS_AT_A_GAME)
def test_thanks_at_a_game_keep_their_trap(defaults, headline, lead, trap):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, trap), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


# 9: "Critique :" is a review's label only where the text names a work (a film, a book, a series, a show); wire copy
# also heads a reproach with "Critique:" (the news is aid, the critique someone's). (headline, lead, relevant)
CRITIQUE_LABELS = [
    ("Critique : Berlin envoie des Leopard à l'Ukraine, Moscou proteste",
     "BERLIN (AFP) - L'Allemagne va livrer quatorze chars Leopard 2 à l'Ukraine ; la Russie dénonce une escalade.",
     True),
    ("Critique: the US has sent too few ATACMS to Ukraine, senators say",
     "WASHINGTON (Reuters) - A group of senators said the United States had delivered only a fraction of the ATACMS "
     "missiles Kyiv asked for.", True),
    ("Critique : « Les convois de l'hiver », des obus pour Kiev et un roman sans souffle",
     "Le livre suit une chauffeuse qui livre des obus à l'Ukraine ; l'autrice s'y perd.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), CRITIQUE_LABELS)
def test_critique_is_a_reviews_label_only_with_a_work_named(defaults, headline, lead, relevant):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, FILM_TRAP) != relevant, defaults.explain(analysis)
    assert_relevance(defaults, analysis, relevant)
