"""Pledge extraction measured on real published articles (issue 11).

Runs the real-article set's own scorer (`../shared/eval/score_analyze.py`) on this
checkout and holds pledge precision and recall over (donor, category, status) triples
to the figures reached so far: a ratchet a little under the measured values, raised
as the extractor improves. The issue's goal is precision >= 0.90 and recall >= 0.85;
it is met on this set. Both floors sit a little under the measured figures (raised at stop 40,
after pledges round 25), above the goal. Relevance figures belong to the
rules and are checked elsewhere. Skips, saying why, when the set is absent.
"""

from __future__ import annotations

from tests.support.real_eval import run_scorer

# Issue 11 goal: pledge precision >= 0.90, recall >= 0.85 on real articles.
# Measured when these were set (2026-12-05): precision 0.939 (185/197), recall 0.959 (185/193)
# (0.911 / 0.907 when the issue closed; 0.57 / 0.37 at its start). Four matches to spare on
# precision, five on recall: a round that loses more has made the extractor worse. After
# pledges round 26 (2026-12-05, one false record fewer): precision 0.944 (185/196), recall as
# before; the floors stay, still a little under.
MIN_PLEDGE_PRECISION = 0.92
MIN_PLEDGE_RECALL = 0.93


def test_pledge_triples_on_real_articles() -> None:
    run = run_scorer("score_analyze.py", "--show", "40")
    precision, recall = run.figures["pledgeP"], run.figures["pledgeR"]
    assert precision >= MIN_PLEDGE_PRECISION, run.summary()
    assert recall >= MIN_PLEDGE_RECALL, run.summary()
