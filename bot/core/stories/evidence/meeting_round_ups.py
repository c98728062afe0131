"""A meeting's round-up headed by one government: "Germany pledges more air defence as NATO ministers meet", its lead
telling that "the Netherlands, Norway and Sweden also announced new aid" there.

Its headline names the one government whose news it tells first, as the report of that government's own
announcement does, and the two share the donor, the system, the phase and the day: on a busy day the round-up
joined the announcement's story, or the announcement joined the round-up's, and whichever came second told its news
only as an outlet added to the other's alert (the lead's ruling of stop 58: a round-up of several announcements made
at one meeting is its own story). What sets the round-up apart is where the other governments stand: its opening
(the headline and the first two sentences of the body, where wire copy puts the news and its frame, "..., where the
Netherlands and Norway also announced new aid", "Das sagte ... beim Treffen, bei dem auch die Niederlande ...
ankündigten") names two governments or more, besides the headline's, that give something the article tells. The
report of one announcement recalls the others, if at all, in a closing paragraph ("The Netherlands and Norway also
announced aid at the meeting"), which one outlet keeps and another drops.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.text import sentences

# The body's sentences that, with the headline, make the round-up's opening: a German or French lead often gives the
# news in its first sentence and the meeting, with who else announced there, in the second.
_OPENING_SENTENCES = 2
# Governments besides the headline's that the opening names and the article tells giving: with one, the report is as
# often one government's joint act with a partner ("... with Denmark paying half").
OTHER_GIVERS = 2


def other_givers_in_opening(body: str, pledges: Collection[Pledge], headline_countries: Collection[str],
                            entities: Entities | None) -> frozenset[str]:
    """The governments, none the headline's and no group, that the article's pledges tell giving and that the first
    _OPENING_SENTENCES sentences of `body` name: a meeting's round-up names OTHER_GIVERS or more of them (see
    `rounds_up_a_meeting`). A government paying for arms made in Ukraine counts ("Norway said it would pay for drones
    made in Ukraine" is read as production): at a meeting it is one more announcement. A partner in the headline
    government's joint act is none (`_partner_in_the_headlines_act`)."""
    if entities is None or not body:
        return frozenset()
    headed = set(headline_countries)
    givers = {p.donor for p in pledges if not _partner_in_the_headlines_act(p, pledges, headed)} - GROUP_DONORS - headed
    if len(givers) < OTHER_GIVERS:
        return frozenset()
    opening = " ".join(sentences(body)[:_OPENING_SENTENCES])
    return frozenset(code for code, _, _ in entities.find_donors(opening) if code in givers)


def rounds_up_a_meeting(occasions: Collection[str], headline_countries: Collection[str],
                        others_in_opening: Collection[str]) -> bool:
    """A lead telling a gathering, a headline naming one government, and OTHER_GIVERS governments or more named giving
    in the opening: the meeting's round-up, not that government's own report."""
    return "meeting" in occasions and len(headline_countries) == 1 and len(others_in_opening) >= OTHER_GIVERS


def _partner_in_the_headlines_act(pledge: Pledge, pledges: Collection[Pledge], headed: set[str]) -> bool:
    """`pledge` is a partner's share of the headline government's act: read as shared with it ("paid for jointly with
    Denmark and the Netherlands", Pledge.shared_with), or the same kind of thing read from the sentence that tells the
    headline government's pledge. Each outlet names the partners or not; the act is one announcement."""
    if headed & set(pledge.shared_with):
        return True
    return any(p.donor in headed and p.category == pledge.category and p.evidence == pledge.evidence for p in pledges)
