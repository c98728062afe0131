"""Story grouping on synthetic wire copy of seven busy days (tests/data/wire_clusters*.jsonl):
how grouping generalises beyond the real-article set.

Each file is one news day: 7 to 12 events, each reported by one to four outlets in English,
French and German, in their own words (agency leads, quotes, background paragraphs about
earlier aid, a live-blog entry without a title, numbers written as words), beside same-day
hard negatives: one donor announcing two things, two donors sending the same system, a
delivery against the decision of the same system, a contact-group round-up against a pledge
made at the meeting, a budget article that mentions the aid in passing. The texts were
written for these tests (tests/data/README.md); none comes from a published article.

Every item is dated the same moment (the scorer's busy day), served as RSS one feed per
outlet, and read by the real poller (`FeedPoller.ingest`: analysis, pledge extraction, the
store, story matching and merging) in several feed orders. The figures are counted as
../shared/eval/score_stories.py counts them: pair precision, pair recall, and hidden events
(an event whose every report sits in a story another event opened: an alert never sent).

Files 3 to 6 were written after the fixes made on files 1 and 2, as held-out checks; file 3
then showed the round-up merged with the German pledge made at it (precision 0.65), file 5 one
government's two announcements of a day joined by the day every wire report names (0.67),
file 6 (aimed at the rules on attack-dated sentences, n-th deliveries, welcomers,
headline countries that give nothing and pledges dated "last week") a Danish report recalling
Sweden's pledge of last week joined with Sweden's new one, and a Norwegian payment for "US
weapons" with the Dutch one (0.62), which were fixed in turn. File 7, written before it was
measured and aimed at what the first six leave out (a live blog's entries of several events
under one title prefix, an agency's update and its correction of its own report, two donors'
Patriot news and one donor's two announcements of a day, a round-up beside each donor's own
report, an opinion piece, "1,5 Mrd." and "1,5 milliard", SAMP/T spelt three ways), kept every
event apart at once; it missed only the correction, which joined nothing of its own feed. The
bounds are ratchets at the
figures reached (see the commit messages for main's figures): raise them as grouping improves,
never lower them to let a change land.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict

import pytest

from bot.core.stories.own_reports.revisions import revision_headline
from tests.support.story_replay import AnalysedOnce, by_outlet, labelled_reports, orders, pair_figures, replay

# Feed orders per file: the order of the file, then shuffles with fixed seeds. Which fetch
# finishes first decides the order in a real poll, and grouping must not depend on it.
ORDERS = 4

# (file, items stored as relevant, pairs of one event among them, minimum pair recall); pair
# precision must be 1.0 and no event hidden, in every order. Every item is found relevant
# (the German EU transfer of frozen-asset proceeds and the "29. Hilfspaket" since the rules
# know money for named weapons, weapons made by an industry, defence goods and numbered aid
# packages).
BOUNDS = [
    # main before: pairP 0.76-0.87, pairR 0.83-0.87, 1 hidden (31 orders); 0.91 until the
    # French relative clause recalling a promise was read as background
    ("wire_clusters.jsonl", 29, 23, 1.0),
    # main before: pairP 1.00, pairR 0.77
    ("wire_clusters_2.jsonl", 27, 22, 0.95),
    # held out; main before: pairP 0.65, pairR 0.68, 1 hidden in some orders; 0.86 until the
    # German present "übergibt" and the Bohdana howitzers were read alike across languages;
    # the German EU transfer, now relevant, stayed apart from the English (0.95) until a
    # group's decided amount named in the opening was an event key
    ("wire_clusters_3.jsonl", 26, 23, 1.0),
    # held out; main before: pairP 1.00, pairR 0.93
    ("wire_clusters_4.jsonl", 22, 17, 1.0),
    # held out; main and this branch before its last fixes: pairP 0.67, pairR 0.73, 1 hidden;
    # 0.90 until "under review" was read as discussed
    ("wire_clusters_5.jsonl", 16, 11, 1.0),
    # held out, aimed at the rules of its day; main before: pairP 0.62-0.74, pairR 0.71-0.81,
    # 1 or 2 hidden (31 orders; 0.62/0.62/0.62/0.74 and 0.71/0.71/0.71/0.81, 1 hidden, in the
    # four here) until a donor recalled as "last week" and the country that made the weapons
    # another paid for were no donors of the news, a decree was read as a package and
    # "delivers third IRIS-T" as a delivery
    ("wire_clusters_6.jsonl", 24, 21, 1.0),
    # held out, written before measuring; main before: pairP 1.00, pairR 0.91-0.93 (31 orders,
    # both feed orders) until an outlet's marked correction ("CORRECTED-", another amount)
    # joined its first version
    ("wire_clusters_7.jsonl", 31, 44, 1.0),
]


@pytest.mark.parametrize(("name", "stored", "pairs", "min_recall"), BOUNDS, ids=[b[0] for b in BOUNDS])
def test_a_busy_day_of_wire_copy_gives_each_event_its_own_story(name, stored, pairs, min_recall, analyzer, tmp_path):
    items = labelled_reports(name)
    by_id = {item["id"]: item for item in items}
    analysed_once = AnalysedOnce(analyzer)  # the orders share each report's analysis
    for number, order in enumerate(orders(by_outlet(items), ORDERS)):
        story_of = asyncio.run(replay(order, analysed_once, tmp_path / f"order-{number}.db"))
        figures = pair_figures(story_of, order, by_id)
        assert figures.stored >= stored, f"order {number}: items stored as relevant: {figures}"
        assert figures.pairs >= pairs, figures
        assert figures.precision == 1.0, f"order {number}: {figures.wrong}"
        assert figures.hidden == [], f"order {number}: {figures.hidden}"
        assert figures.recall >= min_recall, f"order {number}: {figures.missed}"


def test_the_clusters_are_well_formed():
    for name, *_ in BOUNDS:
        items = labelled_reports(name)
        assert len({item["id"] for item in items}) == len(items), name
        assert len({item["date"] for item in items}) == 1, f"{name}: one news day"
        events = defaultdict(set)
        for item in items:
            assert item["lang"] in ("en", "fr", "de") and item["relevant"] and item["summary"], item["id"]
            events[item["event"]].add(item["source"])
        # Each event's reports come from distinct outlets (an outlet files one report per event),
        # but for an outlet's revisions of its own report, marked so in the headline.
        firsts = [i for i in items if not revision_headline(i["title"] or "")[0]]
        assert all(len(sources) == sum(i["event"] == e for i in firsts) for e, sources in events.items()), name
        assert sum(len(sources) >= 2 for sources in events.values()) >= 7, f"{name}: multi-outlet events"
