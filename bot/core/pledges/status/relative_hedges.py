"""A hedge told of the bill in a relative clause, not of what the bill holds: "The bill, which the
Senate is expected to take up next week, includes money for air defence", "Le texte, que le Sénat
devrait examiner la semaine prochaine, prévoit ...", "Das Paket, über das der Senat noch abstimmen
soll, umfasst ...". The clause tells the bill's next step; its contents take the bill's status
(a chamber's vote passed: a promise), as "includes" gives a package's things elsewhere."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, ending at the hedge) the relative clause opened after a comma, no comma since
_RELATIVE_OPENED_BEFORE = lazy(
    r",\s*(?:(?:uber|fur|an|auf|in|mit|sur|dont|on|of|for)\s+)?"
    r"(?:which|that|qui|que|lequel|laquelle|das|der|die|dem|den|welche[srnm]?)\s+[^,;:.]{0,80}$"
)
# (folded text, right after the hedge) the clause closing on a comma, then the bill's verb of holding
_CONTENTS_AFTER = lazy(
    r"[^,;:.]{0,60},\s*(?:includ\w*|contain\w*|provid\w*|comprend\w*|contient|prevoi\w*|inclut|"
    r"umfass\w*|enthal\w*|beinhalt\w*|sieht)\b"
)


def hedge_on_the_bill(folded: str, sentence_start: int, cue_start: int, cue_end: int, sentence_end: int) -> bool:
    """Whether the discussed cue at folded[cue_start:cue_end] is a relative clause's, told of the bill
    whose contents the sentence's verb then names."""
    return bool(
        _RELATIVE_OPENED_BEFORE.search(folded, max(sentence_start, cue_start - 100), cue_start)
        and _CONTENTS_AFTER.match(folded, cue_end, sentence_end)
    )
