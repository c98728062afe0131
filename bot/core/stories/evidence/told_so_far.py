"""Earlier givings recalled as what a donor has given to date.

A report hangs on its news a sentence of what the same donor has given up to now: "Germany has
so far handed over three Patriot systems", "L'Allemagne a jusqu'ici livré trois systèmes
Patriot", "Deutschland hat bislang drei Patriot-Systeme übergeben". One outlet keeps it and the
next leaves it out, so it is background, as a total "since the start of the war" is
(pledge_news.RUNNING_TOTAL): its delivery and its count are none of the day's event. Read as the
report's own, the recalled delivery of 3 kept the German report of Germany examining more
Patriots apart from the English one that does not recall it (tests/stories/test_review_59.py,
day B).

The headline and the body's first sentence are the news, never background: a report whose news is
a total to date ("has delivered 1.5 million rounds so far this year") tells it there
(tests/stories/test_story_wire_clusters.py, wire_clusters_2).

Only a sentence that holds both an adverb of "up to now" ("so far", "to date", "thus far",
"jusqu'ici", "jusqu'à présent", "à ce jour", "bislang", "bisher", "bis jetzt") and a perfect of
giving ("has delivered", "a livré", "hat ... übergeben") counts: "already" and "bereits" are
left out, a delivery of the day is often told with them ("has already delivered the first
two"); and only deliveries are recalled so (a promise "so far" is no delivery of the report's).
"""

from __future__ import annotations

import re

from bot.core.models import Pledge
from bot.core.text import fold

# (folded text) the adverb of "up to now"
_UP_TO_NOW = re.compile(
    r"\b(?:so far|to date|thus far|until now|up to now"
    r"|jusqu'ici|jusqu'a present|jusqu'a maintenant|a ce jour"
    r"|bislang|bisher|bis jetzt|bis heute)\b"
)
# ... and the perfect of a verb of giving, its participle within the clause (German puts it last)
_PERFECT_OF_GIVING = re.compile(
    r"\b(?:has|have)\s+(?:[\w-]+\s+){0,3}?(?:delivered|sent|supplied|provided|handed over|given|donated|transferred|shipped)\b"
    r"|\b(?:a|ont)\s+(?:[\w'-]+\s+){0,3}?(?:livre|envoye|fourni|cede|donne|transfere|remis)(?:e?s?)\b"
    r"|\b(?:hat|haben)\b[^.;:!?]{0,120}?\b(?:geliefert|ubergeben|uberlassen|geschickt|bereitgestellt|abgegeben|gespendet)\b"
)
# (one sentence of folded text: up to its full stop, not a decimal point's)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\d))+[.!?]?")


def so_far_spans(folded_lead: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a folded lead (its headline, a blank line, its body's
    opening) that recalls what a donor has given so far, the headline and the first sentence after it
    left out: there a total to date is the news ("has delivered 1.5 million rounds so far this year")."""
    told = list(_SENTENCE.finditer(folded_lead))
    return [m.span() for m in told[_NEWS_SENTENCES:] if _recalls_so_far(m.group(0))]


def told_so_far(pledge: Pledge, news: str) -> bool:
    """A delivery whose sentence recalls it as given so far, outside the report's `news` (its headline
    and first sentence): background to that news."""
    evidence = pledge.evidence.strip()
    return (
        pledge.status == "delivered" and _recalls_so_far(fold(evidence))
        and evidence[:_NEWS_PREFIX] not in news
    )


_NEWS_SENTENCES = 2  # the headline and the body's first sentence
_NEWS_PREFIX = 60  # (a sentence's start is enough to find it in the news, however each splitter ends it)


def _recalls_so_far(sentence: str) -> bool:
    return bool(_UP_TO_NOW.search(sentence) and _PERFECT_OF_GIVING.search(sentence))
