"""A headline headed by a person's surname: whose news it is. Pure.

Wire copy heads a minister's announcement by the surname alone ("Feldmann sagt in Ramstein zwei weitere IRIS-T-Systeme
zu") and introduces the person in the lead with title and full name ("Verteidigungsminister Jonas Feldmann"). The
entity lists know leaders, not every minister: the headline's only name they found was the meeting's place (Ramstein,
the contact group), so the report read as a group's headline, and the matcher's 'subject' conflict (a meeting beside
one government's pledge made at it) kept it from the country-first report of the same pledge ("Germany pledges two
more IRIS-T systems at Ramstein"). A person is no group: the surname stands for the government the person speaks
for, which the report's pledges name, as a known leader's surname names it (config/entities.toml: "Pistorius").
"""

from __future__ import annotations

import re

from bot.core.models import Pledge
from bot.core.pledges.donors.people import titled_surnames
from bot.core.pledges.passes.entities import GROUP_DONORS

# The headline's first word, after a wire's label ("EXCLUSIVE-", "Ramstein:" is a label too, but a place, not a
# person): a capitalised name, then the rest of the headline.
_FIRST_WORD = re.compile(r"\s*([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+)?)\s+(?!:)")


def government_of_heading_person(
    title: str, lead: str, pledges: tuple[Pledge, ...], named: list[tuple[str, int, int]]
) -> str | None:
    """The donor the headline's first word stands for, when that word is the surname of a person the lead introduces
    with a title and a first name, no donor is named before it (`named`: the title's donor mentions), and the
    report's pledges are one government's (production and groups aside); else None."""
    found = _FIRST_WORD.match(title)
    if found is None or any(start < found.end(1) for _, start, _ in named):
        return None
    if found.group(1) not in titled_surnames(lead):
        return None
    givers = {p.donor for p in pledges if p.status != "production"} - GROUP_DONORS
    return next(iter(givers)) if len(givers) == 1 else None
