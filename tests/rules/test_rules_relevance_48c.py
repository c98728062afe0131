"""Relevance round 48, fixes after its review: the fact-check traps and the sport trap's step-aside
(config/rules.toml; round 48's own items are in tests/rules/test_rules_relevance_48b.py and read as labelled).

1. The body fact-check trap (-3) stepped aside only for a giving to Ukraine told in the present or to come with the
   verb before Ukraine. A delivery told in the past ("has delivered", "a envoyé"), Ukraine as the receiver ("Die
   Ukraine hat ... erhalten"), a German verb placed last ("wird der Ukraine ... liefern") or a refusal lost 3 points
   as soon as the article also debunked a post about those weapons. Both fact-check traps now step aside for any
   giving to Ukraine (@support near Ukraine) told in a sentence that holds neither the claim nor the verdict (no
   @debunked or denial word, no "claims", "soll", "prétend", no "video", "Foto", "social media" in it).
2. The body trap read the French label's own "faux" ("Vrai ou faux") as its verdict.
3. The headline trap (-5) took any negation anywhere ("not", "pas", "nicht") as the verdict, and any one or two words
   before the label ("Zelensky fact-checks ...", "Waffenhilfe im Faktencheck"). A denial now counts only in the
   headline; in the body only a verdict word (@debunked) does. Before the label only a desk's name may stand ("AFP
   Fact Check:", "dpa-Faktencheck:").
4. The sport trap stepped aside for any weapon "for Ukraine" in a sentence with no sport word, so a fencer's quote
   about her sabre, "my weapon for Ukraine", lifted it, as did any dative "der Ukraine". The aid sentence must now
   name a giver, and "der Ukraine" counts when a giving verb is near it.
5. The body trap's bare "vérificateurs" (also auditors and inspectors) is now "vérificateurs de l'AFP".

Every item was written for this file in the style of Reuters, AFP and dpa copy and labelled before the rules were
run on it; none is taken from the real-article set or from the review's own wording. On main's rules (at the
branch point) the aid items of 1-3 and 5 and the two sport look-alikes of 4 fail; the guards pass on both.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, fired, read

HEADLINE_FACT_CHECK = "A fact-check, named by its headline"
BODY_FACT_CHECK = "A fact-check told in the body"
SPORT_TRAP = "Sport, song contests and fashion"

# 1, 2, 5: aid news beside a debunked post, or under a label that confirms it. (headline, lead)
AID_BESIDE_A_DEBUNKED_POST = [
    ("Ukraine takes delivery of fifth IRIS-T launcher",
     "BERLIN (Reuters) - Germany has delivered a fifth IRIS-T SLM air defence launcher to Ukraine, a government "
     "spokesman said on Wednesday. Pictures said to show the launcher burning near Odesa were digitally altered, "
     "fact-checkers at AFP found."),
    ("Ukraine gets first Finnish howitzers",
     "HELSINKI (Reuters) - Ukraine has received the first K9 self-propelled howitzers from Finland, the Finnish "
     "defence ministry said. A clip circulating online that purports to show one captured was old footage, "
     "according to fact-checkers."),
    ("L'Ukraine reçoit des obusiers norvégiens",
     "OSLO (AFP) - La Norvège a envoyé à l'Ukraine une nouvelle série d'obusiers, a indiqué le ministère. Selon AFP "
     "Factuel, une vidéo prétendant montrer leur destruction est truquée."),
    ("Ukraine erhält weitere Iris-T-Starter",
     "BERLIN (dpa) - Die Ukraine hat aus Deutschland zwei weitere Flugabwehrsysteme vom Typ IRIS-T erhalten, teilte "
     "das Verteidigungsministerium mit. Ein Foto, das angeblich ein zerstörtes System zeigt, ist laut "
     "dpa-Faktencheck gefälscht."),
    ("Weitere Panzerhaubitzen aus Den Haag für Kiew",
     "DEN HAAG (dpa) - Die Niederlande werden der Ukraine acht weitere Panzerhaubitzen liefern, sagte die "
     "Verteidigungsministerin. Behauptungen, die bisher gelieferten Geschütze seien alle zerstört, sind laut "
     "Faktencheck falsch."),
    ("Wien schließt Panzerlieferung an Kiew aus",
     "WIEN (dpa) - Österreich schließt eine Lieferung von Schützenpanzern an die Ukraine weiter aus, sagte die "
     "Verteidigungsministerin. Ein Bild, das angeblich österreichische Panzer in der Ukraine zeigt, ist laut "
     "Correctiv manipuliert."),
    ("Obus pour Kiev : la Cour des comptes dément tout retard",
     "PARIS (AFP) - Les vérificateurs de la Cour des comptes jugent fausses les estimations selon lesquelles la "
     "moitié des obus promis par la France à l'Ukraine n'auraient pas été livrés, dans un rapport publié mardi."),
    ("Vrai ou faux : les chars AMX-10 promis sont-ils arrivés en Ukraine ?",
     "Vrai. Les chars AMX-10 RC livrés par la France sont arrivés en Ukraine, a confirmé l'état-major ukrainien "
     "mardi."),
]

# 3: aid news under a fact-check label, or a label with words before it. (headline, lead)
AID_UNDER_A_LABEL = [
    ("Vrai ou faux : l'Italie envoie-t-elle vraiment un second SAMP/T à Kiev ?",
     "Vrai. Rome a confirmé mardi l'envoi d'un second système de défense aérienne SAMP/T à l'Ukraine, qui n'était "
     "pas prévu dans le dernier paquet d'aide."),
    ("Fact check: Yes, Norwegian F-16s are now in Ukraine",
     "OSLO (Reuters) - Norway has delivered its first F-16 fighter jets to Ukraine, the Norwegian defence ministry "
     "confirmed. Posts saying that no Norwegian jet has arrived are not true."),
    ("Faktencheck: Was Frankreich der Ukraine tatsächlich liefert",
     "PARIS (dpa) - Frankreich hat der Ukraine bisher 30 Caesar-Haubitzen und zwei SAMP/T-Systeme geliefert, "
     "weitere Haubitzen sollen folgen. Kampfjets vom Typ Rafale liefert Paris dagegen nicht."),
    ("Waffenhilfe im Faktencheck: Was Oslo zugesagt hat",
     "OSLO (dpa) - Norwegen hat der Ukraine weitere NASAMS-Flugabwehrsysteme zugesagt. Eigene Kampfpanzer will "
     "die Regierung dagegen nicht abgeben."),
    ("Zelensky fact-checks Trump: US military aid was $70 billion, not $300 billion",
     "KYIV (Reuters) - Ukraine has received about $70 billion in US military aid, President Volodymyr Zelensky "
     "said, after Donald Trump put the sum at $300 billion. Washington will send more HIMARS rockets to Ukraine "
     "this month, the Pentagon said."),
]

# Guards: fact-checks denying a delivery, labelled by a desk or denied in the headline alone. (headline, lead)
FACT_CHECKS = [
    ("AFP Fact Check: No, Portugal has not sent Leopard tanks to Ukraine",
     "A video shared on social media claims to show Portuguese Leopard tanks being unloaded in Ukraine. The "
     "footage was filmed at an exercise in Spain in 2018."),
    ("Faktencheck: Keine dänischen F-16 über Kiew",
     "Ein im Netz verbreitetes Video soll dänische Kampfjets über der ukrainischen Hauptstadt zeigen. Die "
     "Aufnahmen stammen von einer Flugschau im Jahr 2019."),
    ("Des vidéos de chars belges livrés à Kiev sont trompeuses",
     "Une vidéo partagée sur les réseaux sociaux affirme montrer des chars belges livrés à l'Ukraine. Selon AFP "
     "Factuel, elle est trompeuse : elle a été filmée lors d'un exercice en 2020."),
]

# 4: sport reports whose weapon or Ukraine words name no giving: not aid. (headline, lead)
SPORT_LOOK_ALIKES = [
    ("Ukrainian fencer wins sabre gold at world championships",
     "MILAN (Reuters) - Ukraine's sabre fencer won gold at the world championships on Sunday, beating the "
     "Olympics champion in the final. 'This sabre is my weapon for Ukraine,' she told reporters."),
    ("Ukrainischer Torwart hält drei Elfmeter",
     "KÖLN (dpa) - Der ukrainische Torwart hielt beim 1:0 in der Bundesliga drei Elfmeter. Sein Vater dient in "
     "einer Brigade, die Marder-Schützenpanzer aus Deutschland bekommen hat, der Ukraine fehlen aber Granaten."),
]

# 4, guard: a digest whose aid item names its donor keeps it. (headline, lead)
DIGESTS = [
    ("Das Wichtigste am Morgen",
     "In der Bundesliga gewinnt Freiburg. Dänemark hat der Ukraine weitere Kampfjets vom Typ F-16 geliefert, "
     "teilte das Verteidigungsministerium mit. Die Bahn streikt."),
]


@pytest.mark.parametrize(("headline", "lead"), AID_BESIDE_A_DEBUNKED_POST)
def test_aid_news_beside_a_debunked_post_stays_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, BODY_FACT_CHECK), defaults.explain(analysis)
    assert not fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), AID_UNDER_A_LABEL)
def test_aid_news_under_a_fact_check_label_stays_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, HEADLINE_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)


@pytest.mark.parametrize(("headline", "lead"), FACT_CHECKS)
def test_a_fact_check_denying_a_delivery_is_still_no_aid(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, HEADLINE_FACT_CHECK) or fired(analysis, BODY_FACT_CHECK), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), SPORT_LOOK_ALIKES)
def test_a_sport_report_with_weapon_words_and_no_giving_keeps_its_trap(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, False)


@pytest.mark.parametrize(("headline", "lead"), DIGESTS)
def test_a_digest_whose_aid_item_names_its_donor_keeps_it(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert not fired(analysis, SPORT_TRAP), defaults.explain(analysis)
    assert_relevance(defaults, analysis, True)
