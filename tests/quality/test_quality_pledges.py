"""Pledge extraction measured on real published articles (issue 11).

Runs the real-article set's own scorer (`../shared/eval/score_analyze.py`) on this
checkout and holds pledge precision and recall over (donor, category, status) triples
to the figures reached so far: a ratchet a little under the measured values, raised
as the extractor improves. The issue's goal is precision >= 0.90 and recall >= 0.85;
it is met on this set. The precision floor is the goal itself (0.90: measured 0.911, two
matches to spare); the recall floor sits a little under the measured figure, above the goal. Relevance figures belong to the
rules and are checked elsewhere. Skips, saying why, when the set is absent.
"""

from __future__ import annotations

from tests.support.real_eval import run_scorer

# Issue 11 goal: pledge precision >= 0.90, recall >= 0.85 on real articles.
# Measured when these were set: precision 0.911 (175/192), recall 0.907 (175/193)
# (from 0.82 / 0.82 at the start of that round, 0.57 / 0.37 at the start of the issue).
MIN_PLEDGE_PRECISION = 0.90
MIN_PLEDGE_RECALL = 0.88


def test_pledge_triples_on_real_articles() -> None:
    run = run_scorer("score_analyze.py", "--show", "40")
    precision, recall = run.figures["pledgeP"], run.figures["pledgeR"]
    assert precision >= MIN_PLEDGE_PRECISION, run.summary()
    assert recall >= MIN_PLEDGE_RECALL, run.summary()
