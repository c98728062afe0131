"""Fixes of review 64's causes (tests/pledges/test_review_64.py, fix64c's share), each read as a form of a feed
item in the three languages. Every sentence is invented for this file.

- a handover halted is no handover (the lead's ruling on halts, stop 64): the handover noun ("Übergabe",
  "handover", "livraison") and the participle of the promise it stops ("zugesagte", "promised", "promise") name
  what the halt stops; the halt speaks for the things, a refusal for now, whether or not its end is told
  (status/halted_handovers.py);
- a contract of upkeep ("maintenance contract", "contrat d'entretien", "Wartungsvertrag") orders no new things
  (status/upkeep_contracts.py);
- a conversion in brackets between a sum and its purpose, however long its currency's name ("(environ 145
  millions de dollars américains)"), is the same money: the purpose takes the sum, once (things/items.py);
- a German count keeps its things across its giver told as the agent of a participle of giving ("die 24 von den
  Niederlanden zugesagten Haubitzen": things/items.py), and an air-defence system's launchers counted before its
  name ("drei Startgeräte für das System NASAMS", "trois lanceurs pour le système NASAMS": things/items.py); the
  system named right after its noun is no reference back to the things before (things/references.py);
- New Zealand's dollar ("NZ$30 million", "dollars néo-zélandais", "neuseeländische Dollar") is a currency
  (quantities/numbers.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, D, P, R
from tests.support.wire_reading import figures

FIXED = [
    # a handover halted
    ("de", "Tschechien hat die zugesagte Übergabe weiterer Hubschrauber an die Ukraine vorläufig gestoppt, nachdem "
     "ein Lagerhaus gebrannt hatte.", {("CZ", "aircraft", R, None)}),
    ("de", "Die Slowakei hat die Übergabe von zwölf Haubitzen an die Ukraine ausgesetzt. Sie werde im Frühjahr "
     "fortgesetzt, hieß es.", {("SK", "artillery", R, 12)}),
    ("en", "Norway has halted the promised handover of six more air defence launchers to Ukraine after a fault "
     "was found.", {("NO", AIR, R, 6)}),
    ("en", "Portugal suspended the handover of helicopters to Ukraine until an audit is complete.",
     {("PT", "aircraft", R, None)}),
    ("fr", "La Grèce a suspendu la livraison promise de nouveaux hélicoptères à l'Ukraine après un incident.",
     {("GR", "aircraft", R, None)}),
    ("fr", "La remise des obusiers promis par l'Espagne à l'Ukraine est suspendue jusqu'à nouvel ordre.",
     {("ES", "artillery", R, None)}),
    # ... a halt of one thing leaves the clause beside it alone
    ("en", "Norway has halted the handover of helicopters, but it delivered 20 howitzers to Ukraine last week.",
     {("NO", "aircraft", R, None), ("NO", "artillery", D, 20)}),
    # a contract of upkeep
    ("fr", "L'Espagne a promis des obusiers à l'Ukraine. Le contrat d'entretien des pièces doit encore être "
     "prolongé.", {("ES", "artillery", P, None)}),
    ("en", "Norway promised helicopters to Ukraine. The maintenance contract for the helicopters will be extended.",
     {("NO", "aircraft", P, None)}),
    ("de", "Norwegen hat der Ukraine Hubschrauber zugesagt. Der Wartungsvertrag für die Hubschrauber soll "
     "verlängert werden.", {("NO", "aircraft", P, None)}),
    # a long conversion in brackets between a sum and its purpose: the purpose's sum, once
    ("fr", "La Norvège a promis 900 millions de couronnes norvégiennes (environ 80 millions de dollars américains) "
     "pour l'achat de munitions d'artillerie.", {("NO", AMMO, P, 900e6)}),
    ("en", "Norway pledged 900 million Norwegian crowns (roughly 80 million US dollars) for the purchase of "
     "artillery ammunition.", {("NO", AMMO, P, 900e6)}),
    ("de", "Norwegen sagte 900 Mio. norwegische Kronen (umgerechnet rund 80 Mio. amerikanische Dollar) für den Kauf "
     "von Artilleriemunition zu.", {("NO", AMMO, P, 900e6)}),
    # a German count with its giver as the agent of a participle between it and the things
    ("de", "Kiew erwartet die 24 von den Niederlanden zugesagten Haubitzen bis Mai.", {("NL", "artillery", P, 24)}),
    ("de", "Die Ukraine hat die zwölf von der Slowakei versprochenen Hubschrauber erhalten.",
     {("SK", "aircraft", D, 12)}),
    # an air-defence system's launchers counted before the system's name, the system no reference back
    ("de", "Die Ukraine hat acht Leopard-Panzer aus Dänemark erhalten. Von Spanien seien zudem drei Startgeräte für "
     "das System NASAMS eingetroffen.", {("DK", "tanks", D, 8), ("ES", AIR, D, 3)}),
    ("fr", "L'Espagne a livré à l'Ukraine trois lanceurs pour le système NASAMS.", {("ES", AIR, D, 3)}),
    # New Zealand's dollar
    ("en", "New Zealand pledged NZ$30 million for Ukraine's artillery ammunition.", {("NZ", AMMO, P, 30e6)}),
    ("fr", "La Nouvelle-Zélande a promis 30 millions de dollars néo-zélandais pour des munitions d'artillerie.",
     {("NZ", AMMO, P, 30e6)}),
    ("de", "Neuseeland sagte der Ukraine 30 Mio. neuseeländische Dollar für Artilleriemunition zu.",
     {("NZ", AMMO, P, 30e6)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_64_forms_are_read(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
