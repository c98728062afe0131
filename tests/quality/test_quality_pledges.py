"""Pledge extraction measured on real published articles (issue 11).

Runs the real-article set's own scorer (`../shared/eval/score_analyze.py`) on this
checkout and holds pledge precision and recall over (donor, category, status) triples
to the figures reached so far (MIN_PLEDGE_PRECISION and MIN_PLEDGE_RECALL, in
tests/support/quality_floors.py): a ratchet a little under the measured values, raised
as the extractor improves. The issue's goal is precision >= 0.90 and recall >= 0.85;
it is met on this set. Both floors sit a little under the measured figures (raised at stop 40,
after pledges round 25), above the goal. Relevance figures belong to the
rules and are checked elsewhere. Skips, saying why, when the set is absent.
"""

from __future__ import annotations

from tests.support.quality_floors import MIN_PLEDGE_PRECISION, MIN_PLEDGE_RECALL
from tests.support.real_eval import run_scorer


def test_pledge_triples_on_real_articles() -> None:
    run = run_scorer("score_analyze.py", "--show", "40")
    precision, recall = run.figures["pledgeP"], run.figures["pledgeR"]
    assert precision >= MIN_PLEDGE_PRECISION, run.summary()
    assert recall >= MIN_PLEDGE_RECALL, run.summary()
