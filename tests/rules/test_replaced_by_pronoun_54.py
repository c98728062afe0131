"""Weapons given to Ukraine and then replaced, the replacing told in the next sentence with a pronoun for them ("Il faut
donc les remplacer", "must now replace them", "muss sie ersetzen"): a donor's budget or procurement story, whose
giving is only the reason for its purchase. The trap for weapons bought to replace those given read the replacing only
in the sentence of the giving (NEAR/8); the pronoun phrase now counts anywhere beside a past giving to Ukraine, and not
when the article tells a giving now or to come (its exception, as before)."""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import read

REPLACEMENT_TRAP = ("replace them", "les remplacer", "sie ersetzen")

# (headline, lead, trap): the pronoun's replacing after a past giving trips the trap; a giving to come keeps it off.
ITEMS = [
    ("Danish army plans its artillery after the war",
     "COPENHAGEN (Reuters) - Denmark has donated all 19 of its Caesar howitzers to Ukraine. The army must now replace "
     "them, and it has opened talks with two makers, the defence ministry said.", True),
    ("",
     "Le Danemark a envoyé ses 19 canons Caesar à l'Ukraine. L'armée danoise doit désormais les remplacer, et deux "
     "industriels sont en lice.", True),
    ("Bundeswehr plant Ersatz für ihre Haubitzen",
     "BERLIN (dpa) - Deutschland hat 14 Panzerhaubitzen an die Ukraine abgegeben. Nun muss das Heer sie ersetzen, "
     "sagte ein Sprecher des Ministeriums.", True),
    # a giving to come is the news: no trap
    ("Germany to send more IRIS-T to Ukraine",
     "BERLIN (Reuters) - Germany will send two more IRIS-T systems to Ukraine this year. The Bundeswehr has already "
     "sent three to Ukraine and will order new ones to replace them.", False),
]


@pytest.mark.parametrize(("headline", "lead", "trap"), ITEMS)
def test_a_replacing_told_by_a_pronoun_after_the_giving_is_the_replacement_trap(defaults: RuleSet, headline: str,
                                                                                lead: str, trap: bool):
    analysis = read(defaults, headline, lead)
    tripped = any(hit.weight < 0 and any(word in REPLACEMENT_TRAP for word in hit.words) for hit in analysis.hits)
    assert tripped == trap, defaults.explain(analysis)
