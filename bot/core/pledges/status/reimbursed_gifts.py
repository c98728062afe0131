"""An earlier gift recalled in a relative clause after a reimbursement for it: "as a refund for the
T-72 tanks it has handed to Kyiv", "en remboursement des chars qu'elle a cédés à Kiev", "als
Erstattung für die Kampfpanzer, die es an Kiew abgegeben hat".

A relative clause recalling a gift is background where the sentence's news is what is given for the
things now (ammunition, spare parts: attributive_cues._gift_recalled_in_a_relative). A reimbursement
pays the giver back for the things themselves: the gift is what the news is about, and its handover
is read (review 61's European Peace Facility labels the member reimbursed as delivering them), and the
things, which a reimbursement's words otherwise make only the money's purpose (given_items.py), stay.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, before the relative clause's cue) A reimbursement for things, then the things and
# the relative pronoun, in the same sentence (no full stop between).
_REIMBURSEMENT_BEFORE = lazy(
    r"\b(?:reimburs\w*|refund\w*|compensat\w*|repa(?:y|id|ying|yment)|rembours\w*|compens\w*|"
    r"erstatt\w*|entschadig\w*|ruckerstatt\w*)\b(?:\s+(?:for|of|pour|des|du|de la|de|fur|von))?[^.;]*$"
)
_REACH = 160
# (folded text, after a thing a reimbursement names) The things' relative clause with a pronoun as its
# subject, the giver paid back: ", die es ... abgegeben hat", "qu'elle a cédés", "it has handed".
_OWN_GIFT_RELATIVE_AFTER = lazy(
    r"[^.;]{0,80}?(?:,\s*(?:die|den|das|welche)\s+(?:es|sie|er)\s|\s(?:qu'(?:il|elle|ils|elles)|"
    r"(?:that|which)\s+(?:it|they))\s|\s(?:it|they)\s+(?:has|have|had)\s)"
)


def reimbursed_gift(folded: str, cue_start: int) -> bool:
    """Whether the gift recalled at cue_start is what a reimbursement told before it pays back."""
    return _REIMBURSEMENT_BEFORE.search(folded, max(0, cue_start - _REACH), cue_start) is not None


def gift_recalled_after(folded: str, thing_end: int, sentence_end: int) -> bool:
    """Whether a thing that a reimbursement names is told, in a relative clause after it, as given by
    the one paid back ("die Kampfpanzer, die es an Kiew abgegeben hat"): a record, not only the money's
    purpose (given_items asks, where things after a reimbursement are otherwise the money at stake)."""
    return _OWN_GIFT_RELATIVE_AFTER.match(folded, thing_end, sentence_end) is not None
