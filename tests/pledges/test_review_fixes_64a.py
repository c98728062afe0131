"""Fixes of review 64's causes (tests/pledges/test_review_64.py, fix64a's share: givers, halted and awaited
deliveries, running totals), each read as a form of a feed item in the three languages. Every sentence is
invented for this file.

- a currency named in a bracketed conversion of the sum before it ("C$400 million (about US$290 million)",
  "(environ 220 millions de dollars américains)", "(rund 290 Mio. US-Dollar)") is no giver
  (donors/conversions.py);
- a group's loan whose share a country pays ("its share of the G7 loan", "seinen Anteil am G7-Kredit") is the
  country's money, the group no payer (donors/loan_shares.py); Kyiv's plan for all the money it was given
  ("compte utiliser l'argent pour acheter des armes", "will das Geld für den Kauf von Waffen verwenden") is no
  promise of the donor's;
- a thank-you, verb first, tells of what it thanks for, after it: things promised by another before it keep
  their promise and their giver (status/thanked_things.py, status/awaited_promises.py); promised things awaited
  are the promise ("Die von Belgien zugesagten ... würden erwartet"; the German inflected participle is a cue
  only with its giver before it);
- a delivery resumed after a halt is a delivery, and things found by investigators are no aid
  (things/found_things.py); a halt stays a refusal for now (rounds 43 and 48; review 64's pledged halts are left);
- talks with a giver, told by Kyiv or by no one, are that giver's discussion ("talks with Portugal on more
  howitzers", "discussions avec le Portugal sur", "verhandle man mit Portugal"), while a donor in talks with
  another stays the one giving (donors/talks_partners.py);
- running totals: "portant le montant total de son aide à plus de" is the total, not the package's sum; a total
  since the war a word of summing up opens ("Insgesamt", "In total") is background; things received "from
  abroad" name no giver (money/running_totals.py, things/from_abroad.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, MONEY, P, R, X
from tests.support.wire_reading import figures

FIXED = [
    # a conversion's currency
    ("en", "Canada pledged C$400 million (about US$290 million) to buy anti-aircraft missiles for Ukraine.",
     {("CA", AIR, P, 400e6)}),
    ("en", "Australia will give Ukraine a further A$60 million (US$39 million) in military aid, including 20 more "
     "armoured vehicles.", {("AU", ARMOUR, P, 20), ("AU", MONEY, P, 60e6)}),
    ("de", "Kanada sagte der Ukraine 400 Mio. kanadische Dollar (rund 290 Mio. US-Dollar) für Flugabwehrraketen zu.",
     {("CA", AIR, P, 400e6)}),
    # a loan's share, and Kyiv's plan for the money
    ("en", "Norway has transferred its share of the G7 loan, 900 million euros, to Ukraine.",
     {("NO", MONEY, D, 900e6)}),
    ("de", "Norwegen hat der Ukraine seinen Anteil am G7-Kredit über 900 Mio. Euro überwiesen.",
     {("NO", MONEY, D, 900e6)}),
    ("fr", "La Norvège a versé 900 millions d'euros à l'Ukraine. Kiev compte utiliser l'argent pour acheter des "
     "armes.", {("NO", MONEY, D, 900e6)}),
    ("de", "Norwegen hat der Ukraine 900 Mio. Euro überwiesen. Kiew will das Geld für den Kauf von Waffen verwenden.",
     {("NO", MONEY, D, 900e6)}),
    # thanks and awaited promises
    ("en", "The ministry expects by May the 30 armoured vehicles promised by Belgium, and thanked Finland for its 12 "
     "howitzers.", {("BE", ARMOUR, P, 30), ("FI", "artillery", D, 12)}),
    ("fr", "Le ministère dit attendre d'ici mai les 30 véhicules blindés promis par la Belgique, et a remercié la "
     "Finlande pour ses 12 obusiers.", {("BE", ARMOUR, P, 30), ("FI", "artillery", D, 12)}),
    ("en", "Kyiv received 12 howitzers and thanked Norway for them.", {("NO", "artillery", D, 12)}),
    ("de", "Die von Belgien zugesagten Schützenpanzer würden im Mai erwartet.", {("BE", ARMOUR, P, None)}),
    ("de", "Portugal lehnt die Lieferung von F-16 ab. Nicht die Zahl der zugesagten Jets, sondern die Ausbildung "
     "sei das Problem.", {("PT", "aircraft", R, None)}),
    # halts
    ("en", "Italy has resumed arms deliveries to Ukraine, halted for two days after police found explosives near a "
     "depot.", {("IT", "other", D, None)}),
    ("en", "Spain has halted the delivery of Leopard tanks to Ukraine.", {("ES", "tanks", R, None)}),
    # talks
    ("en", "Kyiv said talks with Portugal on more howitzers are continuing.", {("PT", "artillery", X, None)}),
    ("fr", "Les discussions avec le Portugal sur des obusiers supplémentaires se poursuivent, selon Kiev.",
     {("PT", "artillery", X, None)}),
    ("de", "Über weitere Haubitzen verhandle man mit Portugal, hieß es in Kiew.", {("PT", "artillery", X, None)}),
    # totals
    ("fr", "La Finlande a annoncé son 25e paquet d'aide militaire, d'un montant de 200 millions d'euros, portant le "
     "montant total de son aide à plus de 3 milliards d'euros.", {("FI", MONEY, P, 200e6)}),
    ("de", "Insgesamt haben die baltischen Staaten der Ukraine seit 2022 Militärhilfe im Wert von mehr als 5 Mrd. "
     "Euro geleistet.", set()),
    ("en", "In total, the Nordic countries have given Ukraine more than 20 billion euros in military aid since 2022.",
     set()),
    ("de", "Die Ukraine hat 20 Haubitzen aus Polen erhalten. Insgesamt habe sie in diesem Jahr mehr als 200 "
     "Haubitzen aus dem Ausland erhalten.", {("PL", "artillery", D, 20)}),
    ("en", "Ukraine has received 20 howitzers from Poland. In all, it has received more than 200 howitzers from "
     "abroad this year.", {("PL", "artillery", D, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_64_forms_are_read(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
