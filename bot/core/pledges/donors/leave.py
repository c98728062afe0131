"""Leave to give: a request for leave, not for the things ("asked Germany for permission
to send", "a demandé à Berlin l'autorisation de livrer"); the one asked for it and the
one whose leave it is, who only permit; leave asked before the giving, which makes the
giving the asker's wish."""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# A request for leave to give: "asked Germany for permission to send", "a demandé à
# Berlin l'autorisation de livrer", "hatte Berlin um die Erlaubnis gebeten, ... zu
# liefern" (folded text). The one asked only permits; the one asking would give.
_LEAVE = (
    r"(?:approval|permission|authori[sz]ation|green light|go-ahead|nod|consent|blessing|autorisation|feu vert|"
    r"erlaubnis|genehmigung|zustimmung|einverstandnis)"
)
# French "accord" and "aval" are leave only as someone's: "sollicité l'accord de Berlin".
_SOMEONES_ACCORD = r"(?:l'|son |leur )(?:accord|aval)\b"
# (whose leave it is may be told between: "requested Finland's consent to send")
_LEAVE_ASKED = lazy(
    rf"\b(?:for |um |l'|le |son |leur |[\w.-]+'s )(?:the |an? |die |eine )?{_LEAVE}\b|"
    rf"\b{_SOMEONES_ACCORD}"
)
# (German may name what the leave is for between: "um die Zustimmung zur Weitergabe von
# Haubitzen an die Ukraine gebeten")
_LEAVE_ASKED_BEFORE = lazy(rf"\bum (?:die |eine )?{_LEAVE}\s+(?:(?:zur|zum|fur)\s+(?:[\w-]+\s+){{1,8}})?$")


def asks_leave_to_give(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether the request asks for leave to give, not for the things themselves (the
    cue may take in whom it asks and the leave: "asked germany for permission to send")."""
    return bool(
        _LEAVE_ASKED.search(folded, cue.start, cue.end + 50)
        or _LEAVE_ASKED_BEFORE.search(folded, max(sentence_start, cue.start - 110), cue.start)
    )


# ... nor is the one asked for leave to give: "Polen hat Deutschland um die Erlaubnis
# gebeten, Leopard-Panzer ... zu liefern", "a demandé à l'Allemagne son feu vert pour
# livrer" (the asker gives, see asks_leave_to_give).
# (English puts "for" between: "has asked Germany for permission to send")
ASKED_FOR_LEAVE_AFTER = lazy(rf"\s+(?:um (?:die |eine |ihre |seine )?|(?:son |leur |l')|for (?:the |an? )?){_LEAVE}\b")


# ... nor is the one whose leave is sought or given: "has sought Germany's approval to
# send", "a sollicité l'accord de l'Allemagne pour livrer", "die Zustimmung der
# Bundesregierung", "hat bei der Bundesregierung eine Genehmigung ... beantragt" (it only
# permits; the real set gives an export approval to the exporter).
_LEAVE_OWNER_AFTER = lazy(rf"(?:'s|')?\s+{_LEAVE}\b")
_LEAVE_OWNED_BEFORE = lazy(
    r"\b(?:accord|aval|feu vert|autorisation|approbation|consentement)\s+(?:de l'|de la |du |des |d'|de )$|"
    r"\b(?:zustimmung|genehmigung|erlaubnis|einverstandnis)\s+(?:der |des |von |aus )?$"
)
_ASKED_AT_BEFORE = lazy(r"\bbei\s+(?:der |dem |den )?$")
_LEAVE_SOON_AFTER = lazy(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:eine |die |um (?:die |eine )?)?{_LEAVE}\b")


def leave_owner(folded: str, sentence_start: int, s: int, e: int) -> bool:
    """Whether the donor group at s..e is the one whose leave to give is sought or given."""
    lo = max(sentence_start, s - 30)
    return bool(
        _LEAVE_OWNER_AFTER.match(folded, e)
        or _LEAVE_OWNED_BEFORE.search(folded, lo, s)
        or _ASKED_AT_BEFORE.search(folded, lo, s) and _LEAVE_SOON_AFTER.match(folded, e)
    )


# Leave asked before a giving told next: "um die Erlaubnis gebeten, ... zu liefern", "a
# demandé ... son feu vert pour livrer", "asked ... for permission to send": the giving is
# the asker's wish, under discussion, not a promise (folded text, up to the giving cue's end).
LEAVE_ASKED_BEFORE_GIVING = lazy(
    rf"(?:\bum (?:die |eine |ihre |seine )?{_LEAVE}\s+(?:gebeten|ersucht)\w*|"
    rf"\b(?:demande\w*|sollicit\w*)\s+(?:[\w'-]+\s+){{0,4}}?(?:son |leur |l')?{_LEAVE}|"
    rf"\b(?:demande\w*|sollicit\w*)\s+(?:[\w'-]+\s+){{0,4}}?{_SOMEONES_ACCORD}|"
    rf"\b(?:ask|asked|asks|request|requests|requested|seek|sought|seeks)\s+(?:[\w.'-]+\s+){{0,4}}?(?:for )?(?:the )?{_LEAVE})"
)


# German tells the leave before the giving and the asking last: "hat eine Genehmigung für
# die Lieferung von Leopard-Panzern beantragt" (folded text: the leave right before the
# giving cue, the asking after it in the sentence).
_LEAVE_FOR_BEFORE = lazy(rf"\b{_LEAVE}\s+(?:fur|zur|zum)\s+(?:die |den |das )?$")
# (a headline puts the asking first: "Polen beantragt Genehmigung für Leopard-Lieferung")
_ASKING = lazy(r"\b(?:beantrag\w*|angefragt|ersucht|erbeten|gebeten|bittet|bitten|bat)\b")


def leave_sought_for_giving(folded: str, start: int, end: int, cue: Cue) -> bool:
    """Whether the giving cue names what leave is sought for, the asking told last (or,
    in a headline, first): the giving is the asker's wish, under discussion."""
    return bool(
        _LEAVE_FOR_BEFORE.search(folded, max(start, cue.start - 40), cue.start)
        and _ASKING.search(folded, start, end)
    )
