"""A figure told second-hand, then denied: the giving stays under discussion, without the figure.

An interviewer or a report states a figure ("Reports say you will send 200 armoured vehicles. Is
that right?", "Es heißt, Polen werde 100 Kampfpanzer liefern", "Selon nos informations, la
Belgique enverra 40 drones") and the minister answers that the figure is wrong ("That figure is
wrong", "Diese Zahl stimmt nicht", « Ce chiffre est inexact »). A denial of the figure is not a
denial of any giving: the talks stay open (a later "we have promised no tanks" refuses on its own),
so the report's things are discussed and the denied figure is nobody's count (review 55's ruling).
extract.py reads the denial with the other denials of a report (stop 54).

In a transcript the denial comes after the question's own "Is that right?" and a bare "No.":
sentences that name no thing between the report and its denial do not part them.
"""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.text.lazy_pattern import lazy

# (folded text) "that figure is wrong", "the number is not right", "these figures are inaccurate",
# "ce chiffre est faux / inexact / n'est pas le bon", "cette information est fausse", "diese Zahl
# stimmt nicht", "die Zahl ist falsch".
FIGURE_DENIED = lazy(
    r"\b(?:(?:that|this|the|these|those) (?:figures?|numbers?) (?:is|are|was|were) (?:simply |just )?"
    r"(?:wrong|not right|not correct|incorrect|inaccurate|false|too high|exaggerated)|"
    r"(?:ce|le|ces|les) (?:chiffres?|nombres?) (?:est|sont) (?:faux|fausse|inexacts?|errone\w*|exagere\w*)|"
    # (the positive words only denied: "ce chiffre est exact" confirms)
    r"(?:ce|le|ces|les) (?:chiffres?|nombres?) (?:n'est|ne sont) pas (?:exacts?|justes?|corrects?|le bon|les bons|vrai)|"
    r"(?:diese|die|solche) (?:zahl|zahlen|angabe|angaben) (?:stimm\w* nicht|(?:ist|sind|sei|seien) (?:falsch|nicht richtig|"
    r"ubertrieben|nicht korrekt)))"
)

# (folded text) A giving reported by an unnamed voice: "reports say", "es heißt", "heißt es",
# "selon nos informations", "Berichten zufolge" (added to the second-hand forms of stop 54).
REPORTED = lazy(
    r"\b(?:reports? (?:say|said|suggest\w*|indicate\w*)|it is reported|"
    r"(?:selon|d'apres) (?:nos|des|plusieurs) (?:informations|sources)|il se dit|"
    r"es hei(?:ss|s)t|hei(?:ss|s)t es|berichten zufolge|laut (?:berichten|medienberichten|medien))\b"
)

# Sentences that may stand between the report and its denial, naming no thing: the question's
# "Is that right?", a bare "No." (at most two).
MAY_PART = 2


def parted_only_by_empty(report: int, denial: int, has_things: list) -> bool:
    """Whether the sentences between the report's (index `report`) and the denial's (`denial`)
    are at most MAY_PART and name no thing (`has_things[i]`: what sentence i names)."""
    between = range(report + 1, denial)
    return len(between) <= MAY_PART and not any(has_things[i] for i in between)


def talks_refused_after(pledges: list[Pledge], denied: set[tuple[str, str, str]]) -> list[Pledge]:
    """The article's records without the talks a figure's denial left (`denied`: their donor,
    category and sentence) when the answer also refuses that donor's kind of thing ("Diese Zahl
    stimmt nicht. Wir haben keine weiteren Kampfpanzer zugesagt."): the refusal is the answer."""
    refused = {(p.donor, p.category) for p in pledges if p.status == "refused"}
    return [
        p for p in pledges
        if not (p.status == "discussed" and (p.donor, p.category, p.evidence) in denied
                and (p.donor, p.category) in refused)
    ]
