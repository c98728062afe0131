"""Pledges, leftovers of stop 59 (pledges60): misreadings the last session noted and left, each read as a form
of wire copy in English, French and German, with the same words in other senses that keep their reading. Every
sentence is written for this file; none is taken from the real-article set or from a review's articles.

1. Paying for the making of counted things told in the German perfect or passive, the verb last ("hat die
   Herstellung von 12 Haubitzen finanziert", "Die Fertigung von 30 Drohnen wird von Norwegen finanziert") is
   production, as "finanziert die Herstellung von" and "a financé la fabrication de" are (cue_patterns.py; the
   perfect's bracket "hat ... finanziert" is no payment of its own there, status_cues._GERMAN_MAKING_BRACKET);
   French "a payé la fabrication de" too. Before: delivered (German), pledged (French "payé").
2. A headline of aid in general ("New military aid for Ukraine", "Nouvelle aide militaire pour l'Ukraine",
   "Neue Militärhilfe für die Ukraine", "Norway announces new military aid") over a body telling the giver's
   records gives nothing of its own (things/headline_aid.py). Before: a funding record with no figure.
3. A giving denied with "any" ("has not delivered any tanks", "did not send any"), as with "no", "aucun",
   "keine" (denied_givings.py), gives no record; the things denied told as promised ("any of the 20 promised
   tanks", "aucun des 20 chars promis", "keinen der 20 zugesagten Panzer") are that promise, outstanding; the
   German perfect not yet done, its negation in the middle field ("hat ... noch nicht die 20 zugesagten Panzer
   geliefert"), is the promise as "have not yet been delivered" is (cue_qualifiers.py). Before: refused
   (English), delivered (French and German with a figure), promised with no promise told ("noch keine").
4. A donor's order told done of counted things in a sentence that names no Ukraine, no scheme for it and no
   purpose told before ("Schweden hat vier Patriot-Systeme bestellt", "Sweden has ordered four Patriot
   systems", "la Suède a commandé quatre systèmes Patriot") is its own (own_holdings.orders_for_itself).
   Before: production for Ukraine.
5. Review 59's three LEFT articles, by their forms: the pace of a giving blamed ("had taken too long to send
   the tanks", "a mis trop de temps à livrer", "habe zu lange gebraucht, um ... zu liefern"), things measured
   in general ("the number of jets on offer", "le nombre d'avions promis", "die Zahl der zugesagten Jets"), a
   fleet ("Portugal's F-16 fleet, bought second-hand"), a giving said impossible for the giver ("it is not
   possible for Portugal to give up aircraft") (refused), a rule's scope ("neutrality does not forbid
   funding"), an invitation to take part ("invited Vienna to take part in the funding"), all in
   other_deeds.py, own_holdings.py and cue_qualifiers.py; German "Schuss" counts rounds (item_words.py);
   declining to take part told in the present ("beteiligt sich nicht an", "is not taking part in") refuses,
   as "wird sich nicht ... beteiligen" does (cue_patterns.py). Before: the three articles' extra records.
6. Ordinary wire copy written for this file: an own air force that "flies" jets is its fleet (own_holdings.py);
   the ordered things told by their kind with their schedule after an order of counted things ("a contract for
   50,000 shells ... The shells will be delivered next year") are the order (restatements.one_reading); German
   "hat Schweden vier ... bestellt" is the own order of 4.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures

# 1. Paying for the making of counted things, the German verb last.
MAKING_PAID = [
    ("de", "Deutschland hat die Herstellung von 12 Haubitzen finanziert, teilte das Ministerium mit.",
     {("DE", "artillery", M, 12)}),
    ("de", "Dänemark hat die Produktion von zwölf Haubitzen für die Ukraine bezahlt.", {("DK", "artillery", M, 12)}),
    ("de", "Die Fertigung von 30 Drohnen für Kiew wird von Norwegen finanziert.", {("NO", "drones", M, 30)}),
    ("fr", "La France a financé la fabrication de 12 obusiers pour l'Ukraine, a annoncé le ministère.",
     {("FR", "artillery", M, 12)}),
    ("fr", "La France a payé la fabrication de 12 obusiers pour l'Ukraine.", {("FR", "artillery", M, 12)}),
    ("en", "Denmark has paid for the production of 12 howitzers for Ukraine, the ministry said.",
     {("DK", "artillery", M, 12)}),
    ("en", "Britain has paid for the manufacture of 12 howitzers for Ukraine.", {("GB", "artillery", M, 12)}),
]

# 2. A headline of aid in general over the body's records of its giver.
HEADLINE_AID = [
    ("en", "New military aid for Ukraine",
     "Norway will send Ukraine 20 armoured vehicles, the defence ministry said on Monday.", {("NO", ARMOUR, P, 20)}),
    ("en", "Norway announces new military aid for Ukraine",
     "Norway will send Ukraine 20 armoured vehicles and 300 million crowns, the ministry said.",
     {("NO", ARMOUR, P, 20), ("NO", MONEY, P, 300e6)}),
    ("fr", "Nouvelle aide militaire pour l'Ukraine",
     "La Norvège va envoyer 20 véhicules blindés à l'Ukraine, a annoncé lundi le ministère.", {("NO", ARMOUR, P, 20)}),
    ("de", "Neue Militärhilfe für die Ukraine",
     "Norwegen schickt der Ukraine 20 gepanzerte Fahrzeuge, teilte das Ministerium am Montag mit.",
     {("NO", ARMOUR, P, 20)}),
    ("de", "Norwegen: Neue Militärhilfe für die Ukraine", "Norwegen schickt der Ukraine 20 gepanzerte Fahrzeuge.",
     {("NO", ARMOUR, P, 20)}),
]

# 3. A giving denied with "any", and the promise it names.
DENIED = [
    ("en", "Norway has not delivered any tanks to Ukraine so far, the ministry said.", set()),
    ("en", "Italy has not sent any air defence systems to Ukraine, officials said.", set()),
    ("en", "Italy did not send any tanks to Ukraine last year.", set()),
    ("en", "Germany has not delivered any of the 20 promised Leopard tanks yet.", {("DE", "tanks", P, 20)}),
    ("en", "Germany has not yet delivered any of the 20 Leopard tanks it promised in March.",
     {("DE", "tanks", P, 20)}),
    ("fr", "L'Italie n'a encore livré aucun des 20 chars promis à l'Ukraine.", {("IT", "tanks", P, 20)}),
    ("fr", "L'Italie n'a pas livré de chars à l'Ukraine jusqu'ici.", set()),
    ("de", "Italien hat noch keinen der 20 zugesagten Leopard-Panzer geliefert.", {("IT", "tanks", P, 20)}),
    ("de", "Italien hat der Ukraine noch keine Panzer geliefert.", set()),
    ("de", "Italien hat der Ukraine noch nicht die 20 zugesagten Leopard-Panzer geliefert.", {("IT", "tanks", P, 20)}),
]

# 4. A donor's own order, no Ukraine in its sentence.
OWN_ORDERS = [
    ("de", "Schweden hat vier Patriot-Systeme bestellt, teilte die Regierung in Stockholm mit.", set()),
    ("de", "Zugleich hat Schweden vier Patriot-Systeme bestellt, um die eigene Luftabwehr zu stärken.", set()),
    ("en", "Sweden has ordered four Patriot systems, the government in Stockholm said.", set()),
    ("en", "Norway has ordered 24 new howitzers to replace those sent to Kyiv.", set()),
    ("fr", "La Suède a commandé quatre systèmes Patriot, a indiqué le gouvernement à Stockholm.", set()),
    ("fr", "La Norvège a commandé 24 obusiers, a précisé le ministre.", set()),
]

# 5. Review 59's forms: the pace blamed, things measured, a fleet, an impossibility, a rule, an invitation, rounds.
REVIEW_FORMS = [
    ("en", "Australia has delivered 49 Abrams tanks to Ukraine. The opposition said the government had taken "
           "too long to send the tanks.", {("AU", "tanks", D, 49)}),
    ("en", "Critics said Berlin was too slow to deliver the promised howitzers.", set()),
    ("fr", "L'opposition estime que le gouvernement a mis trop de temps à livrer les chars.", set()),
    ("de", "Die Opposition kritisierte, die Regierung habe zu lange gebraucht, um die Panzer zu liefern.", set()),
    ("en", "Portugal has refused to send F-16s. Officials say the pace of training, rather than the number of "
           "jets on offer, is the main limit.", {("PT", "aircraft", R, None)}),
    ("fr", "Le Portugal refuse d'envoyer des F-16. Selon des responsables, c'est la formation, plus que le nombre "
           "d'avions promis, qui limite Kiev.", {("PT", "aircraft", R, None)}),
    ("de", "Portugal lehnt die Lieferung von F-16 ab. Nicht die Zahl der zugesagten Jets, sondern die Ausbildung "
           "sei das Problem, heißt es.", {("PT", "aircraft", R, None)}),
    ("en", "Portugal's F-16 fleet, bought second-hand in the 1990s, is due to be replaced over the next decade.",
     set()),
    ("fr", "La flotte de F-16 du Portugal, achetée d'occasion dans les années 1990, doit être remplacée.", set()),
    ("de", "Portugals F-16-Flotte, in den 1990er-Jahren gebraucht gekauft, soll im kommenden Jahrzehnt ersetzt "
           "werden.", set()),
    ("en", "\"At the moment it is not possible for Portugal to give up aircraft,\" the minister said.",
     {("PT", "aircraft", R, None)}),
    ("de", "„Die österreichische Neutralität verbietet keine Finanzierung, aber sie ist ein Tabu“, sagte ein "
           "Politologe.", set()),
    ("en", "\"Austrian neutrality does not forbid funding, but it is a taboo at home,\" said a political scientist.",
     set()),
    ("fr", "« La neutralité autrichienne n'interdit pas le financement, mais c'est un tabou », a déclaré un "
           "politologue.", set()),
    ("de", "Die Regierung in Prag hatte Wien im Frühjahr eingeladen, sich an der Finanzierung zu beteiligen.", set()),
    ("en", "Prague had invited Vienna in the spring to take part in the funding.", set()),
    ("fr", "Prague avait invité Vienne au printemps à participer au financement.", set()),
    ("de", "Österreich beteiligt sich nicht an der von Tschechien geführten Initiative zum Kauf von Munition für "
           "die Ukraine. Die Initiative hat bislang mehr als eine Million Schuss geliefert.",
     {("AT", AMMO, R, None), ("CZ", AMMO, D, 1000000)}),
    ("de", "Tschechien hat bislang 500.000 Schuss an die Ukraine geliefert.", {("CZ", AMMO, D, 500000)}),
    # (declining to take part told in the present, verb second: a refusal, as "wird sich nicht ... beteiligen")
    ("en", "Austria is not taking part in the initiative to buy ammunition for Ukraine.", {("AT", AMMO, R, None)}),
]

# 6. Ordinary wire copy: an own air force's jets, an order's schedule.
WIRE_COPY = [
    ("en", "Poland has handed all of its remaining MiG-29 jets to Ukraine, the president said. Poland's air force "
           "now flies F-16 and FA-50 jets.", {("PL", "aircraft", D, None)}),
    ("en", "The Czech government has signed a contract with a domestic maker for 50,000 artillery shells for "
           "Ukraine. The shells will be delivered next year.", {("CZ", AMMO, M, 50000)}),
    ("fr", "Le gouvernement tchèque a signé un contrat avec un industriel national pour 50 000 obus destinés à "
           "l'Ukraine. Les obus seront livrés l'an prochain.", {("CZ", AMMO, M, 50000)}),
    ("de", "Die tschechische Regierung hat bei einem heimischen Hersteller 50.000 Artilleriegranaten für die "
           "Ukraine bestellt. Die Granaten sollen im kommenden Jahr geliefert werden.", {("CZ", AMMO, M, 50000)}),
    ("de", "Schweden hat der Ukraine Flugabwehrmunition im Wert von 200 Millionen Kronen zugesagt. Zugleich hat "
           "Schweden vier Patriot-Systeme bestellt, um die eigene Luftabwehr zu stärken.",
     {("SE", AMMO, P, 200e6)}),
]

# The same words in other senses, which keep their reading.
UNCHANGED = [
    # (making paid for: a delivery paid for, and things paid for that arrived)
    ("de", "Deutschland hat die Lieferung von 12 Haubitzen finanziert.", {("DE", "artillery", D, 12)}),
    ("de", "Deutschland hat 12 Haubitzen an die Ukraine geliefert.", {("DE", "artillery", D, 12)}),
    # (a denial with "will not" is a refusal; "any" after a decision too)
    ("en", "Italy will not send any air defence systems to Ukraine, officials said.", {("IT", AIR, R, None)}),
    ("en", "Italy refuses to send any air defence systems to Ukraine.", {("IT", AIR, R, None)}),
    ("en", "Italy has not ruled out sending any air defence systems to Ukraine.", {("IT", AIR, X, None)}),
    ("en", "Italy has not yet delivered the 20 Leopard tanks it promised in March.", {("IT", "tanks", P, 20)}),
    ("de", "Italien hat der Ukraine die Panzer nicht geliefert, sondern verkauft.", {("IT", "tanks", R, None)}),
    # (orders for Ukraine, named or tied by a purpose, and a purchase from Ukrainian makers)
    ("en", "Sweden has ordered four Patriot systems for Ukraine, the government in Stockholm said.",
     {("SE", AIR, M, 4)}),
    ("de", "Schweden hat vier Patriot-Systeme für die Ukraine bestellt.", {("SE", AIR, M, 4)}),
    ("fr", "La Suède a commandé quatre systèmes Patriot pour l'Ukraine.", {("SE", AIR, M, 4)}),
    ("de", "Deutschland hat bei Diehl zwölf IRIS-T-Systeme für Kiew bestellt.", {("DE", AIR, M, 12)}),
    ("en", "Sweden will send Ukraine 300 million euros for air defence. It has ordered four IRIS-T systems for "
           "that purpose.", {("SE", AIR, P, 300e6), ("SE", AIR, M, 4)}),
    ("en", "The Pentagon has ordered 18 howitzers under USAI.", {("US", "artillery", M, 18)}),
    ("en", "Denmark has ordered 30 drones from Ukrainian makers.", {("DK", "drones", M, 30)}),
    # (the pace of a giving told of the giving itself; a decision taking long)
    ("en", "Germany delivered 20 tanks too late to stop the offensive.", {("DE", "tanks", D, 20)}),
    ("en", "Norway will send 20 tanks, which it has taken too long to decide.", {("NO", "tanks", P, 20)}),
    # (hesitating weighs a giving, no pace blamed)
    ("de", "Berlin zögert bei Taurus-Marschflugkörpern, liefert aber weitere Panzer an die Ukraine.",
     {("DE", "missiles", X, None), ("DE", "tanks", P, None)}),
    # (a number changed by a giving verb, or changed itself; a whole fleet given; a fleet's share given)
    ("en", "Austria will raise the number of rifles it sends from 800 to 2,500.", {("AT", "small_arms", P, None)}),
    ("fr", "L'Italie va porter de 20 à 30 le nombre d'obusiers promis à l'Ukraine.", {("IT", "artillery", P, 30)}),
    ("de", "Italien erhöht die Zahl der zugesagten Panzer auf 30.", {("IT", "tanks", P, None)}),
    ("en", "Denmark will hand its entire F-16 fleet to Ukraine.", {("DK", "aircraft", P, None)}),
    ("en", "Norway will send its F-16 fleet to Ukraine by 2026.", {("NO", "aircraft", P, None)}),
    ("en", "Denmark will donate 19 F-16s to Ukraine, a third of its fleet.", {("DK", "aircraft", P, 19)}),
    # (a donor's own ban is its refusal)
    ("de", "Österreich verbietet die Durchfuhr von Waffen an die Ukraine.", {("AT", "other", R, None)}),
    # (a headline of aid in general with a body that tells nothing of its giver's things stays the news)
    ("en", "The government in Oslo said it would help Kyiv further.", set()),
]

UNCHANGED_HEADLINES = [
    ("en", "Norway announces new military aid for Ukraine", "The government in Oslo said it would help Kyiv further.",
     {("NO", MONEY, P, None)}),
    ("en", "New military aid for Ukraine", "Norway will provide further military aid to Ukraine, the ministry said.",
     {("NO", MONEY, P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MAKING_PAID + DENIED + OWN_ORDERS + REVIEW_FORMS + WIRE_COPY)
def test_the_leftovers_of_stop_59(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HEADLINE_AID)
def test_a_headline_of_aid_in_general_gives_nothing_of_its_own(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_the_same_words_in_other_senses(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), UNCHANGED_HEADLINES)
def test_a_headline_of_aid_stays_the_news_where_the_body_details_none(
    lang: str, title: str, text: str, expected: set
) -> None:
    assert figures(text, lang, title=title) == expected
