"""A court rejecting a suit against arms for Ukraine: "A court dismissed a lawsuit seeking to block the
delivery of 6 launchers that Norway promised", "le Conseil d'État a rejeté le recours d'une association
qui demandait la suspension des cessions", "das Verwaltungsgericht hat den Eilantrag gegen die Lieferung
von 25 Panzern abgelehnt". The rejection is of the suit, not of the giving: the court refuses nothing a
donor gives, so its verb is no refusal cue, and the suit's own words ("to block", "la suspension", "gegen
die Lieferung") are what the claimants asked, not what the donor did. The things keep the status the
article tells them (the donor's "promised", "déjà effectuée", "zugesagt"). Pure."""

from __future__ import annotations

from bot.core.text.lazy_pattern import guarded, lazy

# (folded text) a legal action, the object of a court's rejection: a suit, a challenge, an application
# for an injunction; "recours", "référé", "plainte"; "Klage", "Eilantrag", "Beschwerde",
# "Normenkontrollantrag" (not "appeals", "requête", "Antrag" alone: Kyiv's appeals and requests for
# arms are what a government rejects)
_LEGAL_ACTION = (
    r"(?:law)?suits?|legal (?:challenges?|bids?|actions?)|challenges?|complaints?|"
    r"injunctions?|applications? for an injunction|"
    r"recours|refere\w*|plaintes?|"
    r"klagen?|eilantra\w*|\w*beschwerden?|normenkontrollantra\w*|eilverfahren"
)
# (folded text) the legal action right after the rejecting verb ("rejected a lawsuit", "a rejeté
# vendredi le recours", "wies die Klage ... ab"), a time or an article between.
_ACTION_AFTER = lazy(
    r"\s+(?:(?:on \w+day|vendredi|lundi|mardi|mercredi|jeudi|samedi|dimanche|am \w+tag|the|a|an|its|their|le|la|les|"
    r"l'|un|une|den|die|das|eine[nm]?|einen)\s*){0,3}(?:" + _LEGAL_ACTION + r")\b"
)
# (folded text) the legal action before a German verb-last rejection in its clause ("hat den
# Eilantrag eines Vereins gegen die Lieferung von 25 Panzern abgelehnt", "die Klage ... abgewiesen")
_ACTION_BEFORE = guarded(
    r"\b(?:" + _LEGAL_ACTION + r")\b[^.;:!?\n]*$",
    ("suit", "challenge", "complaint", "injunction", "recours", "refere",
     "plainte", "klage", "antra", "beschwerde", "eilverfahren", "legal"),
)
# (folded text) the German rejecting verb that closes its clause
_VERB_LAST = lazy(r"abgelehnt|abgewiesen|zuruckgewiesen")


def rejects_a_legal_action(folded: str, start: int, s: int, e: int) -> bool:
    """Whether the refusal cue folded[s:e] in the sentence opening at `start` is a rejection of a
    legal action (see above): the action named right after the verb, or, for a German verb-last
    participle, in its clause before it."""
    if _ACTION_AFTER.match(folded, e):
        return True
    return _VERB_LAST.fullmatch(folded, s, e) is not None and _ACTION_BEFORE.search(folded, start, s) is not None


# (folded text) a suit rejected, the rejecting verb and the action in either order within a clause
# ("dismissed a lawsuit by a group seeking to", "a rejeté vendredi le recours", "wies die Klage ab",
# "hat den Eilantrag eines Vereins gegen ... abgelehnt"), or a claimant non-suited ("a débouté une ONG")
_SUIT_REJECTED = guarded(
    r"\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|threw out|thrown out|throws out|rejet(?:e|te|tent)|wies|weist)\b"
    r"[^.;:!?\n]{0,40}?\b(?:" + _LEGAL_ACTION + r")\b|"
    r"\b(?:" + _LEGAL_ACTION + r")\b[^.;:!?\n]{0,200}?\b(?:abgelehnt|abgewiesen|zuruckgewiesen|ab)\b|"
    r"\b(?:a|ont|avait|avaient) (?:[\w'-]+ ){0,4}?deboute\b",
    ("dismiss", "reject", "threw out", "thrown out", "throws out", "rejet", "wies", "weist", "abgelehnt",
     "abgewiesen", "zuruckgewiesen", "deboute", " ab", "suit", "challenge", "complaint", "injunction", "recours",
     "refere", "plainte", "klage", "antra", "beschwerde", "eilverfahren", "legal"),
)
# Cues of what the claimants asked or opposed, inside the clause of a suit rejected: "seeking to block",
# "demandait la suspension", "contestait la livraison"
_CLAIMANTS_ASK = frozenset({"requested", "refused", "discussed"})


def without_the_suits_words(folded: str, start: int, end: int, cues: list) -> list:
    """The sentence's cues without those of a suit a court rejected (see above): the claimants' ask,
    block or doubt, up to the clause's end (";"): a donor's refusal told after it stays."""
    if not any(c.status in _CLAIMANTS_ASK for c in cues):
        return cues  # (no cue a suit could have asked: the sentence is not searched for one)
    found = _SUIT_REJECTED.search(folded, start, end)
    if found is None:
        return cues
    clause_end = folded.find(";", found.end(), end)
    clause_end = end if clause_end < 0 else clause_end
    return [c for c in cues if not (c.status in _CLAIMANTS_ASK and start <= c.start < clause_end)]


# (folded text, before a thing) a legal action against it: "a lawsuit against the delivery of", "le
# recours d'une association contre les cessions de", "den Eilantrag eines Vereins gegen die Lieferung von"
_SUIT_AGAINST_BEFORE = lazy(
    r"\b(?:" + _LEGAL_ACTION + r")\b(?:[\s,]+[\w'-]+){0,4}?[\s,]+(?:against|contre|gegen)(?:[\s,]+[\w'-]+){0,6}[\s,]+$"
)


def sued_against(folded: str, start: int, at: int) -> bool:
    """Whether the thing at `at` (in the sentence opening at `start`) is what a legal action is
    against: the things a suit would stop are still given, at the status the article tells (a
    thing "against drones" is a purpose, given_items.py, but not the thing a suit is against)."""
    return _SUIT_AGAINST_BEFORE.search(folded, max(start, at - 120), at) is not None

