"""Stop 48, a code review of round 49 (services as things, leaders told by title alone):
wrong records it brought into ordinary wire copy, each read as nothing before round 49 and
again now. Sentences of the lead's own, in the reviewer's forms.

- A head of state or government told by title alone is the dateline's country only where the
  title's sentence, the one before or the one after tells of Ukraine: a London story's "The
  prime minister announced 2.5 billion pounds of extra defence spending" is Britain's own
  budget (untitled_leaders.py); a title that says whose leader it is ("the prime minister of
  Ukraine", "the prime minister, Denys Shmyhal,") is no untitled head.
- Money is civil through a civil word more than 60 characters after the sum only where the
  money goes to a fund ("to a World Bank fund that supports Ukraine's state budget"); "400
  million euros for drones ... as part of a package the cabinet added to its budget plans"
  keeps its sum on the drones (money_items._civil_money).
- Fuel traded, in transit or cut off is no gift ("Slovakia will stop diesel supplies ...
  unless transit resumes"), and "diesel generators" are no fuel (given_items._fuel_traded,
  item_words.FUEL_WORDS).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import D, P
from tests.support.wire_reading import figures

NOTHING_GIVEN = [
    ("en", "LONDON (Wire) - The prime minister announced 4 billion pounds of extra defence spending on Monday."),
    ("fr", "PARIS (Agence) - Le Premier ministre a annoncé une commande de 30 Rafale pour l'armée de l'air."),
    ("de", "BERLIN (Agentur) - Der Kanzler will 20 weitere F-35-Kampfjets für die Luftwaffe bestellen."),
    ("en", "LONDON (Wire) - The prime minister of Ukraine said Kyiv expected 80 more air defence missiles."),
    ("en", "WARSAW (Wire) - The prime minister, Yulia Svyrydenko, said Ukraine expected 60 more tanks."),
    ("en", "Slovakia will stop diesel supplies to Ukraine unless oil transit resumes, its prime minister said."),
    ("en", "Hungary threatened on Friday to halt fuel exports to Ukraine."),
    ("en", "Germany has sent 40 diesel generators to Ukraine's power companies."),
]

STILL_READ = [
    ("de", "BERLIN (Agentur) - Der Kanzler hat der Ukraine am Dienstag drei weitere IRIS-T-Systeme zugesagt.",
     {("DE", "air_defence", P, 3)}),
    ("fr", "PARIS (Agence) - Que recevra Kiev ? Le président de la République a promis jeudi 8 canons Caesar de plus.",
     {("FR", "artillery", P, 8)}),
    ("en", "Norway delivered 3,000 tonnes of diesel fuel to the Ukrainian army in November.", {("NO", "other", D, None)}),
    # (a civil word far after the sum, with no fund it goes to, is the clause's other news)
    ("en", "Belgium will give Ukraine 250 million euros for drones in 2027 as part of a package the government added "
     "to its budget plans.", {("BE", "drones", P, 250000000)}),
    ("en", "Germany pledged 500 million euros for Patriot missiles for Ukraine and said separately it was preparing "
     "more energy aid.", {("DE", "air_defence", P, 500000000)}),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_GIVEN)
def test_no_record(lang: str, text: str) -> None:
    assert figures(text, lang, title="") == set()


@pytest.mark.parametrize(("lang", "text", "expected"), STILL_READ)
def test_still_read(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang, title="") == expected
