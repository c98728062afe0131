"""A parliament's approval as a lead tells it: given ("Norway's parliament approved the package",
"le Parlement a approuvé", "der Bundestag hat ... gebilligt") or still to come ("subject to approval by
parliament", "doit encore être approuvé", "Das Parlament muss noch zustimmen"). Pure.

A government announcing a package that parliament must still approve, and the parliament approving it
days later, are two steps and two events (a new announcement: a reader wants its alert), told with the
same donor, sum and system and in the same phase (a decision). Dated now, as a feed without dates gives
them, nothing else tells them apart; each step's reports name its own (same_event.compare: "step").

A lead telling a chamber's vote as done is a report of that vote, even when it adds that another chamber must
still vote ("The House passed ...; the bill still needs the approval of the Senate", "Der Bundestag hat ...
gebilligt. Der Bundesrat muss noch zustimmen"): read as approval given, like the reports of the same vote
that leave the second chamber out (tests/stories/test_story_grouping_23b.py).

Two chambers' votes on one aid bill are two events (tests/stories/test_story_grouping_25.py): each is a
decision of its own, taken at its own sitting on its own day (the House on Tuesday, the Senate on Friday),
and the second is news a reader wants an alert for (it sends the bill to be signed). A report of a vote
therefore also says which chamber voted, when it names one (`chamber_voting`): the lower or the upper one.
Reports naming a parliament, a congress or lawmakers in general say no chamber, and conflict with none.
"""

from __future__ import annotations

import re

APPROVAL_GIVEN = "approval given"
APPROVAL_PENDING = "approval pending"
LOWER_CHAMBER_VOTE = "lower chamber vote"
UPPER_CHAMBER_VOTE = "upper chamber vote"

# The approval still to come (folded text).
_PENDING = re.compile(
    r"\bsubject to (?:the )?(?:parliament(?:ary|'s)? |congressional |lawmakers' )?approval\b"
    r"|\bpending (?:parliamentary |congressional )?approval\b"
    r"|\b(?:still )?(?:needs|requires) (?:the )?(?:approval|backing|consent) of (?:the )?(?:\w+ )?"
    r"(?:parliament|lawmakers|legislators|congress|senate|house|storting|bundestag)\b"
    r"|\b(?:still )?(?:needs|requires) (?:parliament(?:ary|'s)?|congressional|lawmakers') (?:approval|backing|consent)\b"
    r"|\bmust (?:still |first )?be approved\b"
    r"|\bsous reserve (?:de l.approbation|du vote|du feu vert)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:encore |d.abord )?(?:etre )?(?:approuvee?s?|validee?s?|votee?s?|adoptee?s?)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:encore |d.abord )(?:l.|les? |la )?(?:approuver|valider|voter|adopter)\b"
    r"|\b(?:muss|mussen|musse) (?:\w+ ){0,3}(?:noch|erst) (?:\w+ ){0,2}(?:zustimmen|billigen|genehmigen)\b"
    r"|\bvorbehaltlich der zustimmung\b|\bzustimmung (?:des|der) \w+ steht noch aus\b"
)
# A legislature approving, told as done (folded text): the chamber first, its vote within a few words
# ("Norway's parliament on Wednesday approved", "Le Parlement norvégien a approuvé mercredi", "Der
# Bundestag hat ... gebilligt"). "approuve" is the French present and participle at once.
# "The House passed" is how wire copy tells the US lower chamber's vote after its first naming; the White
# House is no chamber. French wire copy calls the US lower chamber "la Chambre (des représentants)", German
# "das (US-)Repräsentantenhaus".
_LOWER = (r"(?<!white )house|bundestag|assemblee nationale|deputes|chambre(?! haute)|reprasentantenhaus"
          r"|unterhaus")
_UPPER = r"senate|senators|senat|senateurs|chambre haute|oberhaus"
_CHAMBER = (rf"(?:parliament|lawmakers|legislators|congress|storting|parlement|parlament|haushaltsausschuss"
            rf"|abgeordneten|{_LOWER}|{_UPPER})")
# Words of an approval still to come ("parliament must still approve before it is passed", "das Parlament
# muss noch zustimmen, bevor ... verabschiedet werden kann"): between a chamber and a verb of approval, they
# make it no vote told as done.
_TO_COME = (r"must|needs?|need|requires?|still|yet|before|will|would|expected|set|due|to be|has to|have to"
            r"|doit|doivent|devra|devront|encore|avant|muss|mussen|musse|noch|erst|bevor|soll|sollen|wird|werden")
_GIVEN = re.compile(
    rf"\b(?P<chamber>{_CHAMBER})\b(?:(?!\b(?:{_TO_COME})\b)[\w' ,-]){{0,60}}?\b(?:approved|approves|passed|passes|voted|cleared|endorsed|backed"
    r"|a approuve|ont approuve|approuve|a adopte|ont adopte|adopte|a vote|ont vote|a valide|ont valide"
    r"|gebilligt|billigt|billigte|zugestimmt|stimmte|verabschiedet|beschlossen)\b"
)


def approval_told(folded_lead: str) -> frozenset[str]:
    """APPROVAL_GIVEN when the lead tells a chamber approving, as done, whatever other approval it says is
    still to come (another chamber's vote); else APPROVAL_PENDING when it tells a parliament's approval as
    still to come; neither when it tells no approval."""
    if _GIVEN.search(folded_lead):
        return frozenset({APPROVAL_GIVEN})
    if _PENDING.search(folded_lead):
        return frozenset({APPROVAL_PENDING})
    return frozenset()


def chamber_voting(folded_lead: str) -> frozenset[str]:
    """LOWER_CHAMBER_VOTE or UPPER_CHAMBER_VOTE: the chamber whose vote, told as done, the lead tells first
    (its headline's, when the headline tells one: "Senate passes ...; the House approved it on Tuesday" is
    the Senate's vote); nothing when that vote is a parliament's or a congress's with no chamber named."""
    told = _GIVEN.search(folded_lead)
    if told is None:
        return frozenset()
    chamber = told.group("chamber")
    if re.fullmatch(_UPPER, chamber):
        return frozenset({UPPER_CHAMBER_VOTE})
    if re.fullmatch(_LOWER, chamber):
        return frozenset({LOWER_CHAMBER_VOTE})
    return frozenset()
