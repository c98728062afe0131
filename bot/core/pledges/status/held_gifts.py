"""Things a giver gave, told held up on their way: "the 12 howitzers donated by Portugal are stuck
at the border", "les obusiers livrés par le Portugal sont bloqués au port", "Portugal donated 12
howitzers, which are stuck in a Polish port" (pledges59).

The participle of giving only names the things by who gave them; the sentence's news is that
they are stuck, not yet in Ukraine: a promise (fix57a's ruling on logistics, docs/reading-pledges.md).
The participle's delivery, the nearer cue to the things, would otherwise win over the stuck one
(status_cues.find_status_cues drops it here).
"""

from __future__ import annotations

from bot.core.pledges.status.status_matches import StatusMatches
from bot.core.text.lazy_pattern import lazy

# (folded text, the delivered cue: a participle of giving followed by its giver, "by" in the cue
# or after it)
_GIVEN = (
    r"(?:donated|delivered|sent|supplied|provided|given|gifted|shipped|handed over|transferred|"
    r"(?:livre|envoye|donne|fourni|cede|offert|transfere)(?:e|s|es)?)"
)
_GIVEN_BY = lazy(_GIVEN + r"\s+(?:by|par)")
_GIVEN_ALONE = lazy(_GIVEN)
_BY_AFTER = lazy(r"\s+(?:by|par)\s")
# (folded text, a promised cue after it: the things stuck on their way, cue_patterns' logistics)
_HELD = lazy(r"stuck|stranded|held|bloque|coince|immobilise|retenu|fest")


# (folded text, between a finite giving and the held cue) The relative clause that tells the things
# given held: "donated 12 howitzers, which are stuck", "a donné 12 obusiers, qui sont retenus",
# "hat 12 Haubitzen gespendet, die ... feststecken" (the clause's pronoun right after the comma, and no
# other clause or sentence opened before the held cue).
_CLAUSE_REACH = 200  # characters from the giving to the held cue: a clause's, not a long list's
_HELD_THINGS_CLAUSE = lazy(
    r"[^.;!?]*?,\s*(?:which|that|qui|lesquels|lesquelles|die|welche)\b[^,.;!?]*$"
)


def given_but_held(folded: str, start: int, end: int, sentence_end: int, statuses: StatusMatches) -> bool:
    """Whether the delivered cue folded[start:end] gives things the sentence then tells held up on
    their way: a participle naming their giver ("donated by Portugal ... are stuck"), or a finite
    giving whose things a relative clause tells held ("Portugal donated 12 howitzers, which are
    stuck in a Polish port")."""
    held = [(s, e) for s, e in statuses.within("pledged", end, sentence_end) if _HELD.search(folded, s, e)]
    if not held:
        return False
    if _GIVEN_BY.fullmatch(folded, start, end) or _GIVEN_ALONE.fullmatch(folded, start, end) and _BY_AFTER.match(folded, end):
        return True
    return any(s - end <= _CLAUSE_REACH and _HELD_THINGS_CLAUSE.fullmatch(folded, end, s) for s, _ in held)
