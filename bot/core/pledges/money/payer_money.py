"""Money named by its payer ("with Danish money", "mit Geld aus Norwegen", "avec de l'argent
norvégien"): a production cue (cue_patterns.py, round 55) that tells who paid for things made
for Ukraine. Two limits on it:

- it names its payer or it is no cue: money "from a dozen countries", "from allies", "from
  several donors" names none, and the cue would hand the making to whoever was named before
  ("the ammunition scheme, which buys shells with money from a dozen countries" is no Czech order);
- it ends where a thing joined by "and" follows it: in "18 howitzers built in Ukraine with Danish
  money and 155mm shells" the shells are the sentence's other thing, not money and not made
  with it; their own verb ("includes") gives their stage. ("With Norwegian money, Ukraine will
  build 24 howitzers and 40 mortars": the mortars do not follow the money, both are made.)
"""

from __future__ import annotations

from bot.core.pledges.donors.givers import money_of_a_payer
from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Sentence
from bot.core.text.lazy_pattern import lazy

# (folded text) From the money cue's end to a thing: a conjunction, then at most three words
# (an article, a count, a calibre: "and 155mm", "et des", "und 5.000"). A German relative clause
# may close first, its verb last ("Haubitzen, die in der Ukraine mit dänischem Geld gebaut werden,
# und 155-mm-Granaten"): a word or two and its comma; words with no comma are the money's own
# clause going on ("with Danish money Kyiv builds drones and shells": both made).
_JOINED_THING_AFTER = lazy(
    r"(?:(?:\s+[\w-]+){1,2}\s*,)?\s+(?:and|et|und|sowie|as well as|ainsi que|plus)\s+(?:[\w.,'/-]+\s+){0,3}"
)


def is_payer_money(folded: str, cue: Cue) -> bool:
    """Whether the cue is the production cue of money named by its payer."""
    return cue.status == "production" and money_of_a_payer(folded, cue.start)


def without_payerless_money(sentence: Sentence, cues: list[Cue], donors: list[tuple[str, int, int]]) -> list[Cue]:
    """The cues less money of a payer that names none inside it ("with money from a dozen
    countries"): the adjective of "with Danish money" and the country of "money from Norway"
    are donors inside the cue."""
    folded = sentence.folded
    return [
        c for c in cues
        if not (is_payer_money(folded, c) and not any(c.start <= s < c.end for _, s, _ in donors))
    ]


def joined_after_the_money(folded: str, cue: Cue, item: Item) -> bool:
    """Whether the item follows the payer's money joined to it by "and", with no more than
    an article or a count between: a thing of the sentence beside the ones made, not made."""
    if not is_payer_money(folded, cue) or item.start < cue.end or item.start - cue.end > 40:
        return False
    return _JOINED_THING_AFTER.fullmatch(folded, cue.end, item.start) is not None
