"""A government's promise that awaits its own parliament's vote is a promise.

The lead's ruling (stop 58, docs/reading-pledges.md): a government that announces a giving
"subject to parliament's approval", "sous réserve de l'accord du Parlement", "sofern der
Bundestag zustimmt" or "if parliament approves" has decided; the vote is the normal path of
its pledge, not a condition on someone else. Approval by anyone else (an export licence,
another state's consent, "the Treasury") still leaves the giving under discussion
(cue_qualifiers), and so does a hypothetical that only a change of law would make real
("would only go ahead if parliament changes the law": conditional_offers.py).

Folded text throughout.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# A legislature or its members, by a name common to many countries or by its own.
LEGISLATURE = (
    r"(?:parliament\w*|parlement\w*|parlament\w*|congress\w*|senate|senat|house of commons|house of representatives|"
    r"lower house|chamber|chambre|kammer|assemblee|national assembly|nationalrat|conseil national|bundestag\w*|"
    r"storting\w*|riksdag\w*|folketing\w*|eduskunta|sejm\w*|seimas|saeima|riigikogu|knesset|lawmakers|legislat\w*|"
    r"mps|deputes|parlementaires|abgeordnet\w*|haushaltsausschuss\w*|budget committee|commission des finances)"
)
_LEGISLATURE = lazy(rf"\b{LEGISLATURE}\b")
# How far after the approving word its approver is told ("sous réserve de l'approbation de la
# Chambre des représentants", "vorbehaltlich der Zustimmung des Deutschen Bundestages").
_APPROVER_REACH = 40


def by_a_legislature(folded: str, start: int, end: int) -> bool:
    """Whether the approval told between start and end (a condition, "subject to parliamentary
    approval", "if parliament approves") is a legislature's, named in it or right after it."""
    return _LEGISLATURE.search(folded, start, min(len(folded), end + _APPROVER_REACH)) is not None
