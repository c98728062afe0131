"""Wire copy, stop 58: fact checks and election campaigns (the lead's rulings of stop 58, docs/reading-pledges.md),
in articles written for these tests (none taken from the probes nor from the real-article set), in English, French
and German, labelled by hand as (donor, category, status, figure) before the fix was run. Negative cases show the
ordinary copy beside each form, read as before.

- Fact checks: the viral claim of a delivery retold ("Posts claim that ...", "affirme que ...", "angeblich") gives
  nothing, and neither does the plain denial of the fact ("has not sent", "n'a livré aucun", "hat keine ...
  geliefert"): no refusal without a decision. What the article tells was truly given is read; a refusal told as a
  decision ("will not send") in a fact check stays a refusal; outside a fact check, a donor's own "has not yet
  delivered" keeps its reading.
- Campaigns: an opposition leader's or a candidate's promise ("if elected", "s'il était élue", "im Falle eines
  Wahlsiegs") gives no record, and a poll none either; the government's answer alone in the next sentence ("Die
  Regierung lehnt das ab") refuses the thing, with no figure; the government's own aid is read.
- A second verb of the subject after "et a" / "and has" tells its own status: "a déjà livré 4 canons et a
  annoncé une enveloppe de 200 millions pour des obus" promises the shells.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AMMO, ARMOUR, MONEY, D, P, R
from tests.support.wire_reading import figures

FACT_CHECKS = [
    ("en", "Fact check: Portugal has not sent Leopard tanks to Ukraine",
     "LISBON (Wire) - A video posted on social media claims that Portugal has sent 30 Leopard 2 tanks to Ukraine. "
     "That is false. The defence ministry said it had delivered no tanks this year.\n"
     "Portugal has, however, sent 14 M113 armoured personnel carriers to Ukraine since March, the ministry said.",
     {("PT", ARMOUR, D, 14)}),
    ("fr", "Non, l'Espagne n'a pas livré de chars Leopard à l'Ukraine",
     "MADRID (Agence) - Une publication virale affirme que l'Espagne a livré 40 chars Leopard à l'Ukraine. C'est "
     "faux : le ministère a précisé qu'aucun char n'avait été livré cette année.\n"
     "L'Espagne a en revanche livré 20 000 obus à Kiev depuis janvier.",
     {("ES", AMMO, D, 20000)}),
    ("de", "Faktencheck: Österreich hat keine Haubitzen an die Ukraine geliefert",
     "WIEN (Agentur) - In sozialen Netzwerken heißt es, Österreich habe angeblich 12 Haubitzen an die Ukraine "
     "übergeben. Die Behauptung ist falsch, sagte das Ministerium.\n"
     "Österreich hat der Ukraine bislang keine Haubitzen geliefert.",
     set()),
    # a decision told in a fact check is a refusal
    ("en", "Fact check: no, Ireland has not sent armoured vehicles to Ukraine",
     "DUBLIN (Wire) - Posts claim that Ireland has sent 20 armoured vehicles to Ukraine. This is false. Ireland "
     "will not send armoured vehicles to Ukraine, the defence minister said.",
     {("IE", ARMOUR, R, None)}),
]

# Outside a fact check: a donor's own account of what it has not yet delivered reads as before.
NOT_FACT_CHECKS = [
    ("en", "Belgium has delivered 6,000 shells to Ukraine",
     "BRUSSELS (Wire) - Belgium has delivered 6,000 artillery shells to Ukraine this year but has not yet delivered "
     "the F-16 jets it promised, the minister said.",
     {("BE", AMMO, D, 6000), ("BE", "aircraft", P, None)}),
]

CAMPAIGNS = [
    ("en", "Belgian opposition leader vows fighter jets for Ukraine if elected",
     "BRUSSELS (Wire) - The leader of the opposition, Marie Claes, promised on Sunday that a government led by "
     "her would send Ukraine 10 more fighter jets.\n"
     "The government has committed 200 million euros for ammunition this year.\n"
     "A poll published on Friday showed 58% of Belgians back military aid to Ukraine.",
     {("BE", AMMO, P, 200000000)}),
    ("fr", "Législatives : la candidate de l'opposition promet des chars à l'Ukraine",
     "BRUXELLES (Agence) - La candidate de l'opposition, Sophie Leroy, a promis que, si elle était élue, la "
     "Belgique enverrait 30 chars à l'Ukraine.\n"
     "Le gouvernement a déjà livré 4 canons et a annoncé une enveloppe de 200 millions d'euros pour des obus.",
     {("BE", "artillery", D, 4), ("BE", AMMO, P, 200000000)}),
    ("de", "Wahlkampf: Herausforderer verspricht der Ukraine Kampfpanzer",
     "WIEN (Agentur) - Der Spitzenkandidat der Opposition, Karl Huber, hat im Falle eines Wahlsiegs die Lieferung "
     "von 40 Kampfpanzern an die Ukraine versprochen. Die österreichische Regierung lehnt das ab.\n"
     "Laut einer Umfrage befürworten 41 Prozent der Österreicher die Lieferung von Kampfpanzern.",
     {("AT", "tanks", R, None)}),
]

# The government's own promise (no campaign) reads as before, and so does a tank named Challenger.
NOT_CAMPAIGNS = [
    ("en", "Britain hands over Challenger tanks to Ukraine",
     "LONDON (Wire) - Eight Challenger 2 tanks promised in January were handed over to Ukraine in May, the "
     "ministry said.",
     {("GB", "tanks", D, 8)}),
    ("en", "Belgium pledges 10 more F-16s to Ukraine",
     "BRUSSELS (Wire) - The Belgian government promised on Sunday to send Ukraine 10 more F-16 fighter jets.",
     {("BE", "aircraft", P, 10)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         FACT_CHECKS + NOT_FACT_CHECKS + CAMPAIGNS + NOT_CAMPAIGNS)
def test_fact_checks_and_campaigns_give_what_the_rulings_say(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
