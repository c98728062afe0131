"""Leave to re-export gives no record: "Germany allowed Poland to re-export its Leopard tanks", "l'Allemagne a
autorisé la Pologne à réexporter ses chars", "Deutschland erlaubte Polen die Weitergabe seiner Leopard-Panzer".

The lead's ruling of stop 59 (docs/reading-pledges.md), the same in every language: the approving country gives
nothing (its leave is no giving of its own), and the re-exporter has a record only where the sentence tells its
own giving besides the leave ("..., which Warsaw will send next week", "; Den Haag will sie bis Ende 2027
liefern": status as that verb tells); the leave alone gives no record to anyone. A re-export refused or vetoed
is a refusal and stays one (the one refused still meaning to give), and so does leave asked for (leave.py);
leave to give told without a re-export's words ("Washington allowed Denmark to send F-16 jets") is
approvals.py's, as the real set labels it. Pure.
"""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.text.lazy_pattern import guarded, lazy

# (folded text) A re-export's words: "re-export", "réexporter", "réexportation", "Weitergabe", "weiterzugeben",
# "Wiederausfuhr". Guarded by their stems: most sentences hold none.
_REEXPORT = guarded(
    r"\b(?:re-?export\w*|weitergabe\w*|weiterzugeben|weitergeben|weitergegeben|wiederausfuhr\w*)",
    ("export", "weiterg", "weiterzug", "wiederausfuhr"),
)
# (folded text) Leave given, as a verb or a noun.
_LEAVE = lazy(
    r"\b(?:approv\w*|clear(?:s|ed|ing)?|authori[sz]\w*|allow\w*|permit\w*|green[- ]light\w*|go-ahead|"
    r"autoris\w*|feu vert|erlaub\w*|genehmig\w*|grunes licht|zustimm\w*|zugestimmt|freigegeben|freigabe)\b"
)
# (folded text) Leave asked for, not given: "asked Germany for approval to re-export", "um die Genehmigung der
# Weitergabe gebeten", "a demandé l'autorisation de réexporter" (leave.py reads the asker's wish).
_LEAVE_ASKED = lazy(
    r"\b(?:ask\w*|request\w*|sought|seek\w*|appl(?:y|ies|ied) for|beantrag\w*|gebeten|bitte[tn]?|bat\b|ersuch\w*|"
    r"anfrage|demand\w*|sollicit\w*)"
)
# (folded text) Leave refused or withheld: "a refusé à l'Allemagne l'autorisation de réexporter", "did not approve
# the re-export", "verweigerte die Weitergabe" (the veto's reading stands, and the one refused still means to give).
_LEAVE_WITHHELD = lazy(
    r"\b(?:refus\w*|reject\w*|declin\w*|den(?:y|ies|ied)|veto\w*|block\w*|bloqu\w*|not|n't|never|verweiger\w*|"
    r"untersag\w*|verbot\w*|verbiet\w*|abgelehnt|lehnt\w*|nicht|kein\w*|interdi\w*|pas|jamais)\b"
)
# (folded text) A giving verb of its own besides the leave's re-export: the re-exporter sending, shipping,
# delivering what it may now pass on (any tense: the record takes that verb's status).
_OWN_GIVING = lazy(
    r"\b(?:send|sends|sending|sent|ship|ships|shipping|shipped|deliver\w*|hand(?:s|ed|ing)? over|suppl(?:y|ies|ied|ying)|"
    r"livr(?:er|era|eront|e|es|ent|ait|aient|ee|ees)\b|envo(?:ie|ient|yer|ye|yes|yee|yees)\b|enverr\w*|"
    r"fourni(?:r|ra|ront|t|s)?\b|liefer\w*|geliefert|schick\w*|geschickt|ubergeb\w*|ubergib\w*|uberlass\w*)"
)


def without_reexport_leave(pledges: list[Pledge]) -> list[Pledge]:
    """The records less those a sentence's leave to re-export gives: the approver's (discussed), and a promise
    read from the leave where the sentence tells no giving of the re-exporter's own."""
    # (the records of one sentence quote it alike: each sentence read once, not once a record)
    own_giving_in: dict[str, bool | None] = {}
    kept = []
    for pledge in pledges:
        if pledge.status in ("discussed", "pledged"):  # (a veto, or a delivery told by its own verb, stays)
            if pledge.evidence not in own_giving_in:
                own_giving_in[pledge.evidence] = _own_giving_beside_leave(fold_aligned(pledge.evidence))
            own_giving = own_giving_in[pledge.evidence]
            if own_giving is not None and (pledge.status == "discussed" or not own_giving):
                continue
        kept.append(pledge)
    return kept


def _own_giving_beside_leave(evidence: str) -> bool | None:
    """Where the folded sentence gives leave to re-export, whether it also tells a giving of its own; None where
    it gives no such leave (no re-export, no leave, or leave asked for or withheld)."""
    reexport = _REEXPORT.search(evidence)
    if reexport is None or _LEAVE.search(evidence) is None:
        return None
    if _LEAVE_ASKED.search(evidence) or _LEAVE_WITHHELD.search(evidence):
        return None
    return any(
        not (reexport.start() <= giving.start() < reexport.end()) for giving in _OWN_GIVING.finditer(evidence)
    )
