"""Relevance fix of review 64's loan items (tests/rules/test_review_64.py): a loan for Ukraine whose money Kyiv is to
spend on its defence ("its defence needs", "ses dépenses militaires", "seinen Verteidigungsbedarf") is military
financing, though it names no weapon, and the trap of a country's own defence spending does not cancel it (the
funding rule of loans spent on defence, config/rules.toml); a country's own defence budget and a loan for pensions
stay out. Every text is invented for this file."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import assert_relevance, read

ITEMS = [
    ("en", "Norway pays its part of the allied loan to Ukraine",
     "OSLO - Norway has paid NOK 3 billion to Ukraine as its part of the allied loans backed by frozen Russian assets. "
     "Kyiv will use the money for its defence needs, the ministry said.",
     True),
    ("fr", "La Suède verse sa part du prêt allié à l'Ukraine",
     "La Suède a versé jeudi à l'Ukraine 2 milliards de couronnes au titre du prêt des alliés. Kiev pourra consacrer "
     "ces fonds à ses dépenses militaires, selon Stockholm.",
     True),
    ("de", "Schweden zahlt seinen Anteil am Kredit für die Ukraine",
     "Schweden hat der Ukraine 2 Mrd. Kronen aus dem gemeinsamen Kredit der Verbündeten überwiesen. Kiew könne das "
     "Geld für seine Verteidigungsausgaben verwenden, hieß es in Stockholm.",
     True),
    # (a country's own defence budget, and a loan for Ukraine's pensions, stay out)
    ("en", "Norway raises defence spending by 10 percent",
     "Norway will use a state loan to raise its defence spending next year, the finance ministry said, citing the "
     "war in Ukraine as the reason.",
     False),
    ("fr", "Prêt à l'Ukraine : l'argent ira aux retraites",
     "Le prêt de 2 milliards d'euros accordé à l'Ukraine servira à payer les retraites et les salaires des "
     "enseignants, a précisé la Commission.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_review_64c_relevance_causes_read_in_general(defaults, lang: str, headline: str, lead: str,
                                                     relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
