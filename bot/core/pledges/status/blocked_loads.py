"""Things held up by people in their way: "Polish farmers are blocking lorries carrying 8,000 shells",
"des agriculteurs bloquent des camions", "Landwirte blockieren Lastwagen mit 8.000 Granaten".

A verb of blocking is a refusal when a giver blocks its own aid ("Hungary blocks the EU's fund"); when
its subject is private people (farmers, protesters, truckers, named with or without their nationality:
non_givers.py says they give nothing) it tells things stuck on their way to Ukraine, which
docs/reading-pledges.md reads as promised, whatever participle names their giver ("that Lithuania
donated", "die Litauen der Ukraine geschenkt hat", "offerts par la Lituanie"): the sentence's news is that
they have not arrived (stop 58, review 57's stuck shells).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) the blockers, then at most a few words (an auxiliary, a day, a place) before the verb;
# the blockers open their clause, or follow an article or a nationality
_BLOCKERS_BEFORE = lazy(
    r"(?:^|[.;:,]\s*|\b(?:some|hundreds of|dozens of|des|les|die|einige|hunderte|dutzende)\s+|\b[\w-]+\s+)"
    r"(?:farmers?|protesters?|demonstrators?|hauliers?|haulers?|truckers?|(?:lorry|truck) drivers?|"
    r"landwirte|bauern|demonstranten|spediteure|fuhrunternehmer|lkw-fahrer|"
    r"agriculteurs|paysans|manifestants|routiers|camionneurs|transporteurs)"
    r"(?:\s+(?:[\w'-]+\s+){0,3}?)?\s*(?:have |has |are |is |ont |haben |hatten )?(?:been )?(?:still |now |"
    r"toujours |weiter |seit \w+ )?$"
)
# (folded text) the verbs of blocking a refusal's patterns hold, as they start
_BLOCKING = ("block", "bloqu", "blockier", "stopp", "halt", "arret", "aufgehalten", "hielten")


def blocked_by_people(folded: str, start: int, s: int) -> bool:
    """Whether the refusal cue at folded[s:] is a verb of blocking whose subject, just before it in
    the sentence folded[start:], is private people."""
    if not folded.startswith(_BLOCKING, s):
        return False
    return bool(_BLOCKERS_BEFORE.search(folded, max(start, s - 60), s))
