"""Earlier givings recalled as what a donor has given to date.

A report hangs on its news a sentence of what the same donor has given up to now: "Germany has
so far handed over three Patriot systems", "L'Allemagne a jusqu'ici livré trois systèmes
Patriot", "Deutschland hat bislang drei Patriot-Systeme übergeben". One outlet keeps it and the
next leaves it out, so it is background, as a total "since the start of the war" is
(pledge_news.RUNNING_TOTAL): its delivery and its count are none of the day's event. Read as the
report's own, the recalled delivery of 3 kept the German report of Germany examining more
Patriots apart from the English one that does not recall it (tests/stories/test_review_59.py,
day B).

Only a sentence that holds both an adverb of "up to now" ("so far", "to date", "thus far",
"jusqu'ici", "jusqu'à présent", "à ce jour", "bislang", "bisher", "bis jetzt") and a perfect of
giving ("has delivered", "a livré", "hat ... übergeben") counts: "already" and "bereits" are
left out, a delivery of the day is often told with them ("has already delivered the first
two"), and so is a future ("will so far"...) or a promise ("has so far promised" is a giving of
its own kind, the status the matcher compares: only deliveries are recalled so).
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


def so_far_spans(folded: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `folded` that recalls what a donor has given so far."""
    return [m.span() for m in _SENTENCE.finditer(folded) if _recalls_so_far(m.group(0))]


def told_so_far(pledge: Pledge) -> bool:
    """A delivery whose sentence recalls it as given so far: background to the report's news."""
    return pledge.status == "delivered" and _recalls_so_far(fold(pledge.evidence))


def _recalls_so_far(sentence: str) -> bool:
    return bool(_UP_TO_NOW.search(sentence) and _PERFECT_OF_GIVING.search(sentence))
