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
# One giver only, in the singular ("weapons they have already sent" after "reimburse member states" names none).
_OWN_GIFT_RELATIVE_AFTER = lazy(
    r"[^.;]{0,80}?(?:,\s*(?:die|den|das|welche)\s+(?:es|er)\s|,\s*(?:die|den|das|welche)\s+sie\s[^.;,]*\b(?:hat|hatte)\b|"
    r"\s(?:qu'(?:il|elle)|(?:that|which)\s+it)\s|\sit\s+(?:has|had)\s)"
)


# (folded text, before the relative clause's cue) Its subject, one giver: "it has", "qu'elle a", "die es", "die sie
# ... hat" (the German "sie" with a singular auxiliary in the cue).
_ONE_GIVER_BEFORE = lazy(r"\b(?:it|qu'il|qu'elle|es|er|(?P<sie>sie))\s+(?:[\w'-]+\s+){0,8}$")
_SINGULAR_AUXILIARY = lazy(r".*\b(?:hat|hatte)$")


def reimbursed_gift(folded: str, cue_start: int, cue_end: int) -> bool:
    """Whether the gift recalled at folded[cue_start:cue_end] is what a reimbursement told before it pays back
    to one giver ("reimburse member states ... for weapons they have already sent" names none)."""
    giver = _ONE_GIVER_BEFORE.search(folded, max(0, cue_start - 80), cue_start)
    if giver is None or (giver.group("sie") and _SINGULAR_AUXILIARY.fullmatch(folded, cue_start, cue_end) is None):
        return False
    return _REIMBURSEMENT_BEFORE.search(folded, max(0, cue_start - _REACH), cue_start) is not None


def gift_recalled_after(folded: str, thing_end: int, sentence_end: int) -> bool:
    """Whether a thing that a reimbursement names is told, in a relative clause after it, as given by
    the one paid back ("die Kampfpanzer, die es an Kiew abgegeben hat"): a record, not only the money's
    purpose (given_items asks, where things after a reimbursement are otherwise the money at stake)."""
    return _OWN_GIFT_RELATIVE_AFTER.match(folded, thing_end, sentence_end) is not None
