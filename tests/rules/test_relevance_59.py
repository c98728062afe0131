"""Relevance, stop 59: aircraft given to Ukraine told only by a generic word. Every item is invented for this file
(none is taken from the real-article set or a probe); each was labelled by hand by ../shared/eval/README.md.

Review 58's day C held a minister's quote whose sentence gives Ukraine "[the remaining] 10 [aircraft]" in French
("les 10 [derniers appareils]"), under a headline naming the F-16 and its giving but not Ukraine, as French headlines
often leave it out: only the aircraft rule fired (the weapon rules need a weapon word in the sentence naming
Ukraine; NEAR never crosses a sentence). A generic word for aircraft ("jets", "planes", "appareils", "avions",
"Maschinen", "Flugzeuge") near a giving word and Ukraine, in an article naming an aircraft system, is the second
signal now, one rule a language. Not the words alone (airliners, devices, machines), nor a generic word beside a
system or a weapon word for aircraft in its sentence (the weapon rules read that sentence already: one sentence is
not counted twice, so a replacement purchase's trap still outweighs it).
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (lang, headline, lead, relevant)
ITEMS = [
    ("fr", "La Norvège remettra ses derniers F-16 avant l'hiver, selon son ministre",
     "« Nous remettrons à l'Ukraine les six derniers appareils d'ici novembre », a déclaré jeudi le ministre.",
     True),
    ("en", "Last Belgian F-16s to be handed over in September, minister says",
     "\"We will deliver the last eight jets to Ukraine in September,\" the defence minister said on Friday.",
     True),
    ("de", "Niederlande übergeben bis Juli ihre letzten F-16",
     "\"Wir werden der Ukraine die letzten sechs Maschinen bis Juli liefern\", sagte der Minister am Dienstag.",
     True),
    # The generic words without an aircraft system: an airline's planes, a hospital's devices.
    ("en", "Airline to resume flights as planes return to Lviv",
     "The carrier will send two planes to Ukraine's western city each week from May, it said on Monday.",
     False),
    ("fr", "Un hôpital lyonnais envoie des appareils de dialyse",
     "L'établissement fera livrer à l'Ukraine dix appareils de dialyse la semaine prochaine.",
     False),
    # A replacement purchase: the generic word beside the system in its sentence counts no second time.
    ("de", "Slowakei erhält F-16 als Ersatz für abgegebene MiG-29",
     "Bratislava bekommt vergünstigt F-16-Kampfjets, nachdem es seine alten Jets der Ukraine überlassen hatte.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
