"""The floors the quality tests hold the real-article figures above (tests/quality), in one
place that the documentation tests (tests/project/test_docs.py) also read, to check that
every figure the README and docs state is above them. Raise a floor as the code improves,
never lower one to let a change land."""

from __future__ import annotations

# Issue 11 goal: pledge precision >= 0.90, recall >= 0.85 on real articles.
# Measured when these were set (2026-12-05): precision 0.939 (185/197), recall 0.959 (185/193)
# (0.911 / 0.907 when the issue closed; 0.57 / 0.37 at its start). Four matches to spare on
# precision, five on recall: a round that loses more has made the extractor worse. After
# pledges round 26 (2026-12-05, one false record fewer): precision 0.944 (185/196), recall as
# before; the floors stay, still a little under.
MIN_PLEDGE_PRECISION = 0.92
MIN_PLEDGE_RECALL = 0.93

# (condition, minimum pair precision, minimum pair recall, maximum hidden events)
STORY_BOUNDS = [
    # measured (scorer): pairP 1.00, pairR 0.96 (27 of 28; 0.86 until stories round 13: a report
    # from a meeting naming no day joins the preview naming the day it was published; 0.89 until
    # stories round 14: a headline naming several governments' announcements under an opening
    # naming the meeting heads the meeting's round-up), hidden 0/72;
    # bench/bench_story_orders.py, 31 feed orders through the real poller: pairP 1.00, pairR
    # 0.96 in every order, hidden 0.
    ("real", 0.97, 0.96, 0),
    # measured (scorer): pairP 1.00, pairR 0.86, hidden 0/72; 31 feed orders --dates today:
    # pairP 1.00, pairR 0.86 in every order, hidden 0
    ("today", 0.97, 0.85, 0),
]
