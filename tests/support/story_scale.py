"""Many relevant reports alike, for measuring how story matching grows with their number
(bench/bench_story_scale.py, tests/stories/test_story_scale_40.py).

The texts are generated here in the style of a wire's short pledge reports: a donor, a
system, a count and a day, in a few templates. Two of them tell two pledges (another
donor, system or count), so none joins another and each opens a story: the case where
every later report is a candidate of every story opened before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from unittest import mock

from bot.core.stories import matching, story_index
from bot.core.stories.scoring import story_score

DONORS = ("Germany", "France", "the Netherlands", "Norway", "Denmark", "Poland", "Sweden", "Canada")
SYSTEMS = ("Leopard 2 tanks", "IRIS-T launchers", "Patriot launchers", "CV90 vehicles", "Caesar howitzers",
           "F-16 jets", "Gepard guns")
TEMPLATES = (
    ("{donor} to send {count} {system} to Ukraine",
     "{donor} will send {count} {system} to Ukraine, the defence ministry said on Tuesday. "
     "The {system} are part of a new military aid package worth {amount} million euros, "
     "officials told reporters in the capital. Deliveries are due to begin within weeks."),
    ("{donor} pledges {count} more {system} for Kyiv",
     "{donor} on Tuesday pledged {count} more {system} for Ukraine's armed forces, "
     "the government announced, adding that the package was worth {amount} million euros. "
     "Kyiv has asked its allies for more armour and air defence."),
)


def alike_item(number: int, when: datetime) -> dict:
    """The `number`th report: its donor, system and count differ from its neighbours'."""
    donor = DONORS[number % len(DONORS)]
    system = SYSTEMS[(number // len(DONORS)) % len(SYSTEMS)]
    title, text = TEMPLATES[number % len(TEMPLATES)]
    words = {"donor": donor, "system": system, "count": 3 + number, "amount": 50 + 5 * number}
    return {"title": title.format(**words)[0].upper() + title.format(**words)[1:],
            "guid": f"alike-{number}", "link": f"https://wire.example/alike-{number}",
            "description": text.format(**words)[0].upper() + text.format(**words)[1:],
            "pubDate": when - timedelta(minutes=number % 600)}


def alike_items(size: int, when: datetime) -> list[dict]:
    return [alike_item(number, when) for number in range(size)]


@dataclass
class ScoreCount:
    calls: int = 0


@contextmanager
def counted_story_scores() -> Iterator[ScoreCount]:
    """Count the scored comparisons of an article with a story (story_score.story_score),
    the work that grows with the pairs compared."""
    count = ScoreCount()
    score = story_score.story_score

    def counted(*args, **kwargs):
        count.calls += 1
        return score(*args, **kwargs)

    # Counted where it is called: the index (a poll's path) and matching_stories.
    with mock.patch.object(story_index, "story_score", counted), mock.patch.object(matching, "story_score", counted):
        yield count
