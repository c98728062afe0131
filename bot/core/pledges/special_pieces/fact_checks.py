"""Fact checks: a claim of a delivery reported as false gives no record, and neither does its denial.

The lead's ruling (stop 58, docs/reading-pledges.md): an article checking a viral claim ("Posts claim that
Greece has sent 20 F-16 jets", "une vidéo virale affirme que la France a livré 12 Rafale", "ein Video, das
angeblich die Übergabe von 50 Taurus zeigt") gives no record for the claim, which is no delivery; nor does the
plain denial of the fact ("it had transferred no aircraft", "aucun Rafale n'avait été cédé", "hat bislang keine
Taurus geliefert", a headline "has not sent"): a refusal needs a decision (refuses, will not, rules out, lehnt
ab, exclut), and the denial of a fact tells none. What the article tells was truly delivered or promised is read
as usual.

Only in an article that calls something false: a verdict ("This is false", "C'est faux", "Die Behauptung ist
falsch", "is misleading") or a fact check's label at the headline's start ("Fact check:", "Faktencheck:", "Non,
..."), with a claim retold. Elsewhere "has not delivered" keeps its reading (the real set labels a donor's own
account of what it has not yet delivered as it reads).
"""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.text.lazy_pattern import lazy

# (folded text) A verdict that something told is false.
_VERDICT = lazy(
    r"\b(?:(?:this|that|it|the claim|the post|the video|such claims?|these claims|both claims) (?:is|are|was) "
    r"(?:false|fake|misleading|untrue|not true|fabricated)|"
    r"c'est (?:faux|une (?:intox|infox|fausse information)|trompeur)|(?:est|sont) (?:faux|fausses?|trompeu\w+|infondee?s?)|"
    r"(?:ist|sind|war) (?:falsch|irrefuhrend|frei erfunden|eine falschung)|stimmt nicht)\b"
)
# (folded text, at the headline's start) A fact check's label, or the "No," that answers a claim.
_LABEL = lazy(
    r"\W*(?:(?:afp|dpa|reuters|ap|correctiv|full fact)\W{1,3})?"
    r"(?:fact\W{0,2}check|fakten\W?check|faktenfinder|vrai ou faux|intox|desintox|(?:no|non|nein)\s*,)"
)
# (folded text) A claim retold: its verb or noun of claiming, or "allegedly".
CLAIM = lazy(
    r"\b(?:claim(?:s|ed)? (?:that|to)|purport(?:s|ed|ing)? to|(?:is|are) said to|allegedly|supposedly|"
    r"affirm(?:e|ent|ait|aient) que|pretend(?:ent|ait|aient)? que|montrerai(?:t|ent)|censee?s? montrer|"
    r"angeblich|behauptung,|behaupte(?:t|n|te|ten),)"
)
# (folded text) The claim's sentence may also tell what was truly given, set against it: read as written.
_CONTRAST = lazy(r"\b(?:however|but|though|although|whereas|mais|en revanche|par contre|dagegen|jedoch|aber|hingegen)\b")
# (folded text) A decision not to give: what makes a negated giving a refusal.
DECISION = lazy(
    r"\b(?:refus\w*|reject\w*|rules? out|ruled out|will not|won't|would not|wouldn't|declin\w*|no plans?|"
    r"lehn\w*|ablehn\w*|verweiger\w*|schlie(?:s|ss)t \w+ aus|ausgeschlossen|wird\b[^.;]*\b(?:keine?\w*|nicht)|"
    r"werden\b[^.;]*\b(?:keine?\w*|nicht)|exclu\w*|ecart\w*|ne (?:\w+ )?(?:livrera|enverra|fournira|cedera|livreront|"
    r"enverront|fourniront|va|vont)\b|pas question|hors de question|n'a pas l'intention)"
)

# (folded text) A giving denied as a fact, in the past: "has not sent", "transferred no", "n'a pas livré", "aucun
# Rafale n'avait été cédé", "hat ... keine Taurus geliefert".
_DENIED_FACT = lazy(
    r"\b(?:(?:has|have|had|did)(?: not|n't| never)(?: yet)? (?:sent|send|delivered|deliver|supplied|supply|transferred|"
    r"transfer|given|give|shipped|donated|handed)|(?:sent|delivered|supplied|transferred|given|shipped|donated|"
    r"handed over) no\b|n'(?:a|ont|avait|avaient) (?:pas|jamais|rien) (?:\w+ )?(?:livre|envoye|fourni|cede|donne|transfere)|"
    r"aucun\w* [^.;]*?n'(?:a|ont|avait|avaient) (?:ete |pas )?(?:\w+ )?(?:livre|envoye|fourni|cede|donne|transfere)|"
    r"(?:hat|haben|hatte|hatten)\b[^.;]*\b(?:keine?\w*|nicht|nie|niemals)\b[^.;]*\b(?:ge(?:liefert|schickt|sendet|spendet)|"
    r"ubergeben|uberlassen))"
)


def is_fact_check(folded: str, title_end: int) -> bool:
    """Whether the article (headline first, folded) checks a claim and calls something false."""
    if CLAIM.search(folded) is None:
        return False
    return _VERDICT.search(folded) is not None or (title_end > 0 and _LABEL.match(folded, 0, title_end) is not None)


def claim_sentences(folded: str, spans: list[tuple[int, int]], title_end: int = 0) -> set[int]:
    """The sentences of a fact check that retell the claim it checks (and tell nothing set against it), and
    its headline when the headline asks the claim ("Vrai ou faux : la Pologne a-t-elle livré 40 chars ?",
    "Fact check: Did Spain send ...?"): a question under a fact check's label is the claim, not its answer."""
    claims = {
        index for index, (start, end) in enumerate(spans)
        if (claim := CLAIM.search(folded, start, end)) is not None and _CONTRAST.search(folded, claim.end(), end) is None
    }
    if title_end and spans and _LABEL.match(folded, 0, title_end) and "?" in folded[spans[0][0] : title_end]:
        claims.add(0)
    return claims


def without_denied_facts(pledges: list[Pledge]) -> list[Pledge]:
    """A fact check's records less what its denials of a fact give: a refusal told with no decision, and a
    delivery with no figure read from a sentence that denies one ("it had transferred no aircraft"; the
    same sentence's "mais a livré 40 000 obus" keeps its count and its record)."""
    kept = []
    for pledge in pledges:
        evidence = fold_aligned(pledge.evidence)
        if pledge.status == "refused" and DECISION.search(evidence) is None:
            continue
        if pledge.status == "delivered" and pledge.quantity is None and pledge.value is None and (
            _DENIED_FACT.search(evidence) is not None
        ):
            continue
        kept.append(pledge)
    return kept
