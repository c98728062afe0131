"""Story grouping measured on the real-article set (../shared/eval/, read at run time;
skipped with the reason when absent) by the set's own scorer, score_stories.py: every
labelled item is served in its outlet's feed on loopback and read by one real
`pledgewatch poll --once`.

Issue 12's goal, in both conditions: pair precision >= 0.97, pair recall >= 0.85, no
hidden event (busy day: at most 1 in 50). The bounds (STORY_BOUNDS, in
tests/support/quality_floors.py) are that goal, met by this code (README and the commit
messages give the figures); raise them as grouping improves, never lower them to let a
change land.

The busy day ("today": every item dated now) varied between runs before: feeds are
fetched concurrently, so the order in which reports reach the story matcher varies. Every
report of a story must agree with a newcomer, a newcomer is compared in wording with each
of them, and a report that qualifies for two stories opened apart merges them (see
bot/core/stories/merges.py); bench/bench_story_orders.py replays 31 feed orders in process.
"""

from __future__ import annotations

import pytest

from tests.support.quality_floors import STORY_BOUNDS
from tests.support.real_eval import run_scorer


@pytest.mark.parametrize(("dates", "min_precision", "min_recall", "max_hidden"), STORY_BOUNDS,
                         ids=[b[0] for b in STORY_BOUNDS])
def test_story_grouping_on_real_articles(dates, min_precision, min_recall, max_hidden):
    run = run_scorer("score_stories.py", "--rules", "config/rules.toml", "--dates", dates, "--min-p", "0",
                     "--min-r", "0")
    figures = run.figures
    assert {"pairP", "pairR", "hidden_events"} <= set(figures), run.summary()
    assert figures["pairP"] >= min_precision, run.summary()
    assert figures["pairR"] >= min_recall, run.summary()
    assert figures["hidden_events"] <= max_hidden, run.summary()
