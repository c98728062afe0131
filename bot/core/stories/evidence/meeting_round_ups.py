"""A meeting's round-up headed by one government: "Germany pledges more air defence as NATO ministers meet", its lead
telling that "the Netherlands, Norway and Sweden also announced new aid" there.

Its headline names the one government whose news it tells first, as the report of that government's own
announcement does, and the two share the donor, the system, the phase and the day: on a busy day the round-up
joined the announcement's story, or the announcement joined the round-up's, and whichever came second told its news
only as an outlet added to the other's alert (the lead's ruling of stop 58: a round-up of several announcements made
at one meeting is its own story). What sets the round-up apart is where the other governments stand: its opening
(the headline and the first two sentences of the body, where wire copy puts the news and its frame, "..., where the
Netherlands and Norway also announced new aid", "Das sagte ... beim Treffen, bei dem auch die Niederlande ...
ankündigten") names two governments or more besides the headline's, one of them at least giving something the
article tells. The report of one announcement recalls the others, if at all, in a closing paragraph ("The
Netherlands and Norway also announced aid at the meeting"), which one outlet keeps and another drops.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.text import fold, sentences

# The body's sentences that, with the headline, make the round-up's opening: a German or French lead often gives the
# news in its first sentence and the meeting, with who else announced there, in the second.
_OPENING_SENTENCES = 2
# A sentence that only says who spoke, or quotes them, frames the news before it and tells none of its own: German
# wire copy gives the news, then "Das sagte ... beim Treffen der Nato-Verteidigungsminister", and the others who
# announced there third; English and French copy often put a quote second. Such a sentence does not count among the
# opening's (stories round 61: a round-up naming the others from its third sentence on joined one government's report).
_ONLY_WHO_SPOKE = re.compile(
    r"^(?:[\"\u201c\u201e\u00ab\u2018]|(?:das|dies) (?:sagte|kundigte|teilte|gab|erklarte|bestatigte|betonte)\b)")
# Governments besides the headline's that the opening names: with one, the report is as often one government's joint
# act with a partner ("... with Denmark paying half") or its talks with a counterpart.
OTHERS_NAMED = 2


def rounds_up_a_meeting(body: str, pledges: Collection[Pledge], headline_countries: Collection[str],
                        occasions: Collection[str], entities: Entities | None) -> bool:
    """A lead telling a gathering, a headline naming one government (or two), and an opening (the first _OPENING_SENTENCES
    sentences of `body`) naming OTHERS_NAMED governments or more besides it, one of them at least giving something
    the article tells: the meeting's round-up, not that government's own report. The others are often named by
    their ministers ("his Dutch and Norwegian counterparts also announced new aid") and their pledges told
    further down, in a gapped list the reading may half miss ("the Dutch promised F-16 ammunition and the
    Norwegians drones"); counterparts met and named giving nothing ("after talks with his US and British
    counterparts") make no round-up. A government paying for arms made in Ukraine gives ("Norway said it would pay
    for drones made in Ukraine" is read as production): at a meeting it is one more announcement. A partner in the
    headline government's joint act gives nothing of its own (`_partner_in_the_headlines_act`). A headline naming two
    governments ("Groupe de Ramstein : Berlin promet quatre IRIS-T, Copenhague ... des Caesar") heads such a round-up
    too when its opening names two more giving there (stories round 63); three or more make one by the headline alone
    (EventEvidence.heads_several_governments_at_a_meeting)."""
    if entities is None or not body or "meeting" not in occasions or not headline_countries:
        return False
    headed = set(headline_countries)
    named = {code for code, _, _ in entities.find_donors(" ".join(_opening(body)))}
    named -= GROUP_DONORS | headed
    givers = {p.donor for p in pledges if not _partner_in_the_headlines_act(p, pledges, headed)}
    return len(named) >= OTHERS_NAMED and bool(named & givers)


def _partner_in_the_headlines_act(pledge: Pledge, pledges: Collection[Pledge], headed: set[str]) -> bool:
    """`pledge` is a partner's share of the headline government's act: read as shared with it ("paid for jointly with
    Denmark and the Netherlands", Pledge.shared_with), or the same kind of thing read from the sentence that tells the
    headline government's pledge. Each outlet names the partners or not; the act is one announcement."""
    if headed & set(pledge.shared_with):
        return True
    return any(p.donor in headed and p.category == pledge.category and p.evidence == pledge.evidence for p in pledges)


def _opening(body: str) -> list[str]:
    """The body's first _OPENING_SENTENCES sentences, a sentence after the first that only says who spoke or quotes them
    (`_ONLY_WHO_SPOKE`) not counted, once: "Frankreich wird ... liefern. Das sagte Ministerin Morel beim Nato-Treffen.
    Auch Kanada und Norwegen sagten dort Flugabwehr zu." is all opening."""
    told = sentences(body)
    framing = [i for i, sentence in enumerate(told[1:_OPENING_SENTENCES], start=1)
               if _ONLY_WHO_SPOKE.match(fold(sentence))]
    return told[:_OPENING_SENTENCES + (1 if framing else 0)]
