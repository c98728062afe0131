"""Weapons given to Ukraine and then replaced, the replacing told in the next sentence with a pronoun for them ("Il faut
donc les remplacer", "must now replace them", "muss sie ersetzen"): a donor's budget or procurement story, whose
giving is only the reason for its purchase. The trap for weapons bought to replace those given read the replacing only
in the sentence of the giving (NEAR/8); the pronoun phrase now counts anywhere beside a past giving to Ukraine, and not
when the article tells a giving now or to come (its exception, as before)."""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import read, readings

# the pronoun phrases of the trap's branch (config/rules.toml), as its hits name them
REPLACEMENT_TRAP = ("replace them", "replacing them", "les remplacer", "les remplacera", "les remplaceront", "sie ersetzen",
                    "sie zu ersetzen", "diese ersetzen", "diese zu ersetzen")

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
    # more restocking stories, the pronoun in each language's other forms
    ("Swedish army to rebuild its artillery",
     "STOCKHOLM (Reuters) - Sweden sent eight Archer howitzers to Ukraine in 2023, and the army is replacing them with "
     "new guns from the maker, the procurement agency said.", True),
    ("L'armée de terre veut racheter des canons",
     "PARIS (AFP) - Une trentaine de canons Caesar ont été livrés à l'Ukraine depuis 2022. Les industriels les "
     "remplaceront d'ici 2027, selon le ministère.", True),
    ("",
     "Die Niederlande haben zwölf Panzerhaubitzen an die Ukraine abgegeben. Das Heer plant, diese zu ersetzen, sobald "
     "der Haushalt steht.", True),
]

# (headline, lead, lang, donor): a new giving told by a pledge, an approval, a commitment, an announcement or a verb that
# looks ahead, then the earlier givings to be replaced: the new aid is the news, and the restocking trap stays off.
NEW_GIVINGS = [
    ("Sweden pledges more Archer howitzers to Ukraine",
     "STOCKHOLM (Reuters) - Sweden pledged 12 more Archer howitzers to Ukraine on Monday. The Archers sent to Ukraine in "
     "2023 came from army stocks, and the maker will replace them by 2028.", "en", "SE"),
    ("Norway approves two NASAMS batteries for Ukraine",
     "OSLO (Reuters) - Norway approved two more NASAMS batteries for Ukraine on Friday. The launchers delivered to "
     "Ukraine earlier were taken from the air force, and Kongsberg will replace them.", "en", "NO"),
    ("Canada commits armoured vehicles to Ukraine",
     "OTTAWA (Reuters) - Canada committed 40 new armoured vehicles to Ukraine on Tuesday. The vehicles donated to "
     "Ukraine last year came from the army, which will replace them next year.", "en", "CA"),
    ("US to provide Ukraine with more HIMARS",
     "WASHINGTON (AP) - The United States will provide Ukraine with six more HIMARS launchers. Those given to Ukraine in "
     "2022 came from Army units, and the Pentagon is replacing them.", "en", "US"),
    ("Le Danemark s'engage à donner six F-16 de plus à l'Ukraine",
     "COPENHAGUE (AFP) - Le Danemark s'est engagé à donner six F-16 de plus à l'Ukraine. Les F-16 déjà livrés à "
     "l'Ukraine venaient de l'armée de l'air; Copenhague les remplacera par des F-35.", "fr", "DK"),
    ("La Suède promet dix canons Archer à l'Ukraine",
     "STOCKHOLM (AFP) - La Suède promet dix canons Archer supplémentaires à l'Ukraine. Ceux envoyés à l'Ukraine l'an "
     "dernier venaient des stocks de l'armée, qui doit désormais les remplacer.", "fr", "SE"),
    ("La France approuve l'envoi de douze Caesar à l'Ukraine",
     "PARIS (AFP) - La France a approuvé l'envoi de douze canons Caesar à l'Ukraine. Les Caesar cédés à l'Ukraine "
     "en 2022 sont usés; les industriels les remplaceront d'ici 2026.", "fr", "FR"),
    ("Deutschland schickt der Ukraine zwei weitere Patriot-Systeme",
     "BERLIN (dpa) - Deutschland will der Ukraine zwei weitere Patriot-Systeme schicken. Die bereits an die Ukraine "
     "gelieferten Systeme stammen aus der Luftwaffe; Berlin will sie ersetzen.", "de", "DE"),
    ("Bundesregierung sagt der Ukraine weitere IRIS-T zu",
     "BERLIN (dpa) - Die Bundesregierung hat der Ukraine vier weitere IRIS-T-Systeme zugesagt. Die an die Ukraine "
     "gelieferten Gepard sind verschlissen; die Bundeswehr muss sie ersetzen.", "de", "DE"),
    ("Niederlande stellen der Ukraine Panzerhaubitzen bereit",
     "DEN HAAG (dpa) - Die Niederlande stellen der Ukraine acht weitere Panzerhaubitzen zur Verfügung. Die an die "
     "Ukraine abgegebenen Geschütze fehlen dem Heer; Den Haag will sie ersetzen.", "de", "NL"),
]


@pytest.mark.parametrize(("headline", "lead", "trap"), ITEMS)
def test_a_replacing_told_by_a_pronoun_after_the_giving_is_the_replacement_trap(defaults: RuleSet, headline: str,
                                                                                lead: str, trap: bool):
    analysis = read(defaults, headline, lead)
    tripped = any(hit.weight < 0 and any(word in REPLACEMENT_TRAP for word in hit.words) for hit in analysis.hits)
    assert tripped == trap, defaults.explain(analysis)


@pytest.mark.parametrize(("headline", "lead", "lang", "donor"), NEW_GIVINGS)
def test_a_new_giving_beside_the_replacing_of_earlier_ones_is_aid(defaults: RuleSet, headline: str, lead: str, lang: str,
                                                                  donor: str):
    analysis = read(defaults, headline, lead)
    tripped = any(hit.weight < 0 and any(word in REPLACEMENT_TRAP for word in hit.words) for hit in analysis.hits)
    assert not tripped, defaults.explain(analysis)
    assert analysis.relevant, defaults.explain(analysis)
    assert donor in {found for (found,) in readings(lead, lang, "donor", title=headline)}
