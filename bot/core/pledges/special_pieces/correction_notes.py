"""Correction notes appended to (or put before) wire copy: no news, no records.

Agencies correct a story by re-sending it with a note that says what was wrong:
"(Corrects paragraph 2 to show 16 vehicles, not 60)", "(An earlier version of this
story misstated ...)", "Rectificatif : une précédente version de cette dépêche
indiquait ...", "Korrektur: In einer früheren Fassung hieß es ...". The story itself
already tells the right figure; the note retells the wrong one, or the things and a
status of what went wrong ("misstated the number of shells delivered"), which read as
news would add a record the story does not give (its giver borrowed from the sentence
before). So the sentences of a note are not read for records (extract.py). A note that
tells the right figure inside it ("... said 12 F-16 jets; the right figure is 14", "il s'agit
de 18 drones navals") gives its claim with the right figure, read as news (round 52:
`corrected_claims`): the story may not tell it elsewhere.

A note opens a sentence with one of its markers. In brackets it runs to the bracket
that closes it; without, to the end of the sentence that holds it, across the
semicolons and colons the sentence splitter cuts at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.core.models import Pledge

from bot.core.text.lazy_pattern import lazy

# (folded text, at a sentence's start, after its opening bracket if any)
# A label that opens a note: "(Corrects ...)", "Korrektur: ...", "Rectificatif : ...". The same
# labels open a corrected story's headline ("KORREKTUR: Dänemark gibt ...") and may stand
# before its corrected lead, so a label alone opens a note only in brackets; unbracketed,
# the note must also speak of the error (_ERROR).
# An update's note opens with what it adds ("(Adds minister's comments ...; corrects number of
# howitzers in paragraph 2 to 18, not 16)", "(Ajoute la réaction du ministre)", "(Ergänzt um
# ...)"): the same kind of note, its things no news (review 60).
_LABEL = lazy(
    r"(?:corrects|clarifies|corrected)\b|(?:correction|clarification|editor's note)\s*:|"
    r"(?:adds|updates|recasts|rewrites|refiles|ajoute|actualise|erganzt|aktualisiert)\b|"
    r"(?:rectificatif|correctif)\b|"
    r"(?:korrektur|berichtigung|richtigstellung)\s*:|korrigiert\b"
)
# A sentence that opens by telling of the story's earlier version is a note however it
# stands: "An earlier version of this story ...", "Une précédente version de cette
# dépêche ...", "Dans une version précédente ...", "In einer früheren Fassung ..."
_EARLIER_VERSION = lazy(
    r"(?:an? )?(?:earlier|previous) version of this (?:story|article|report|item)\b|"
    r"this (?:story|article|report) (?:has been|was) corrected\b|"
    r"(?:dans )?une (?:precedente|premiere|ancienne) version\b|(?:dans )?une version (?:precedente|anterieure)\b|"
    r"(?:cette|cet) (?:depeche|article) (?:a ete|est) (?:corrige|rectifie)e?\b|"
    r"in einer (?:fruheren|vorherigen|alteren|ersten) (?:fassung|version)\b"
)
# What says the note is about an error (searched in the whole unbracketed note).
_ERROR = lazy(
    r"\b(?:(?:earlier|previous) version|misstated|misspelled|wrongly|incorrectly|erroneously|"
    r"precedente version|version precedente|premiere version|a tort|par erreur|erron\w*|"
    r"(?:fruheren|vorherigen) (?:fassung|version)|falschlich\w*|irrtumlich\w*)\b"
)
_BRACKET = lazy(r"\(\s*")
# What ends a sentence's span but not the note: the splitter also cuts at ";" and ":".
_CUT_INSIDE = lazy(r"[;:]\s*$")


def correction_note_sentences(folded: str, spans: list[tuple[int, int]], body_start: int = 0) -> set[int]:
    """The indexes of the sentence spans from `body_start` on that belong to a correction
    note (a headline is never one: its label tells the story was corrected)."""
    notes: set[int] = set()
    if _EARLIER_VERSION.absent_from_article(folded) and _LABEL.absent_from_article(folded):
        return notes  # (a note opens with one of them: neither's words in the article, no sentence to search)
    index = 0
    while index < len(spans):
        start, end = spans[index]
        bracket = _BRACKET.match(folded, start, end)
        opening = bracket.end() if bracket else start
        told = _EARLIER_VERSION.match(folded, opening, end) is not None
        if start < body_start or not (told or _LABEL.match(folded, opening, end)):
            index += 1
            continue
        # the note goes on while its bracket is open, or while its sentence was only cut
        # at a semicolon or a colon
        last = index
        while last + 1 < len(spans) and (
            (bracket and ")" not in folded[start : spans[last][1]])
            or (not bracket and _CUT_INSIDE.search(folded, spans[last][0], spans[last][1]))
        ):
            last += 1
        if told or bracket or _ERROR.search(folded, start, spans[last][1]):
            notes.update(range(index, last + 1))
        index = last + 1
    return notes


# (folded text, inside a note) The right figure the note tells after the wrong one: "the right
# figure is 14", "the correct number was 14", "it should have said 14", "il s'agit de 18", "le bon
# chiffre est de 18", "il fallait lire 18", "richtig sind 18", "korrekt ist 18", "die richtige Zahl
# lautet 18". The digits are the figure: a whole number that counts things, not a sum, a share or
# a scale ("the correct figure is 1.5 billion euros", "800 million euros", "richtig sind 800 Millionen
# Euro" correct the claim's money, not its count of things).
# A figure has at most six thousands groups after its first, or 21 digits (a number under 10^21,
# as numbers.py reads them): unbounded, a note telling a figure of thousands of digits ("the
# right figure is 999...") was read whole and then turned into an int, past Python's 4,300 digits
# a ValueError that lost the whole item.
_RIGHT_FIGURE = lazy(
    r"\b(?:the (?:right|correct|actual|accurate) (?:figure|number|total|count) (?:is|was)|"
    r"(?:it|the story) should have (?:said|read|stated)|"
    r"il s'agit (?:en fait |en realite )?de|le (?:bon|vrai) (?:chiffre|nombre) (?:est|etait)(?: de)?|"
    r"le (?:chiffre|nombre) (?:exact|correct) (?:est|etait)(?: de)?|il fallait lire|"
    r"(?:richtig|korrekt) (?:ist|sind|war|waren)|die (?:richtige|korrekte) (?:zahl|anzahl) (?:ist|lautet|war))"
    r"\s+(?P<figure>\d{1,3}(?:[ .,\u00a0\u202f]\d{3}){0,6}|\d{1,21})\b(?![.,]\d)"
    r"(?!\s?(?:%|per ?cent|pour ?cent|prozent|million|milliard|billion|bn\b|mrd|mio\b|thousand|tausend|"
    r"mille\b|euro|dollar|pound|pfund|livre|crown|kron|couronne|€|\$|£))"
)
# (folded text, inside a note) Where a claim told with its right figure first opens ("to show",
# "pour indiquer que", the label's colon) and the wrong figure that follows it (", not 12", "et non
# 12", "nicht 12", "instead of 12").
_CLAIM_OPENER = lazy(
    r"\bto (?:show|say|read|reflect|state|indicate)(?: that)?\s+|"
    r"\bpour (?:indiquer|preciser|montrer|lire|rectifier)(?: qu(?:e |'))?\s*|:\s*"
)
_WRONG_AFTER = lazy(
    r",?\s+(?:and |et )?(?:not|non|nicht|rather than|instead of|au lieu de|statt|anstatt)\s+(?:pas )?(?:de |d')?"
    r"(?P<wrong>\d{1,21})\b(?![.,]\d)"
)
# (original text, in the claim after the count the right figure replaces) A number standing on its
# own that no model name comes before ("worth 500 million euros", "the 114th Brigade", "within 18
# months", "im Wert von 500 Millionen"): the claim's last figure is not its count, so the note's right
# figure may correct that one; "F-16" and "Leopard 2" name a model.
_NUMBER = lazy(r"(?<![\w-])\d")
_MODEL_NAME_BEFORE = lazy(r"\b[A-Z][\w-]*\s$")
# (folded text, at the note's start) Its bracket and label or its earlier-version words, left
# out of the claim it retells.
_NOTE_OPENING = lazy(
    r"\(?\s*(?:(?:corrects|clarifies|corrected)\b|(?:correction|clarification|editor's note)\s*:|"
    r"(?:rectificatif|correctif)\s*:?|(?:korrektur|berichtigung|richtigstellung)\s*:|korrigiert\b)?\s*"
)


@dataclass(frozen=True)
class CorrectedClaim:
    """What a note says the story told, with the right figure in place of the wrong one."""

    text: str
    old: int
    right: int


def corrected_claims(full: str, folded: str, spans: list[tuple[int, int]], notes: set[int],
                     counts_of: Callable[[str], list[tuple[int, int, int]]]) -> list[CorrectedClaim]:
    """The claims of the notes that tell their right figure ("An earlier version said Norway
    would send 12 F-16 jets; the right figure is 14"): the claim before the right figure, its
    last count (the wrong figure: `counts_of` gives a text's counts as (value, start, end))
    replaced by the right one, the note's label or earlier-version words left out. A note that
    tells no right figure gives none: the story tells it."""
    claims = []
    for first, last in _runs(sorted(notes)):
        start, end = spans[first][0], spans[last][1]
        right = _RIGHT_FIGURE.search(folded, start, end)
        if right is None:
            first_told = _right_figure_first(full, folded, start, end, counts_of)
            if first_told is not None:
                claims.append(first_told)
            continue
        opening = _NOTE_OPENING.match(folded, start, right.start()).end()
        told = _EARLIER_VERSION.match(folded, opening, right.start())
        claim_start = told.end() if told else opening
        claim = full[claim_start : right.start()].rstrip(" ;:,.")
        wrong = counts_of(claim)
        if not wrong:
            continue
        old, s, e = wrong[-1]
        if _other_number_after(claim, e):
            continue
        figure = int(re.sub(r"\D", "", right.group("figure")))
        claims.append(CorrectedClaim(f"{claim[:s]}{figure}{claim[e:]}.", old, figure))
    return claims


def _right_figure_first(full: str, folded: str, start: int, end: int,
                        counts_of: Callable[[str], list[tuple[int, int, int]]]) -> CorrectedClaim | None:
    """The claim of a note that tells the right figure first and the wrong one after it
    ("(Corrects paragraph 1 to show Norway will send 14 jets, not 12)", "pour indiquer que la
    Norvège enverra 14 avions, et non 12", "Korrigiert: Norwegen schickt 14 Jets, nicht 12"): the
    claim between "to show" (or the label's colon) and "not", whose last count is the right figure
    (round 53). A claim naming no giver ("to show 14 jets, not 12") gives no record read alone:
    the story tells the figure."""
    wrong = _WRONG_AFTER.search(folded, start, end)
    if wrong is None:
        return None
    opener = None
    for opener in _CLAIM_OPENER.finditer(folded, start, wrong.start()):
        pass
    if opener is None:
        return None
    claim = full[opener.end() : wrong.start()].rstrip(" ;:,.")
    told = counts_of(claim)
    if not told:
        return None
    right, _, e = told[-1]
    old = int(wrong.group("wrong"))
    if right == old or _other_number_after(claim, e):
        return None
    return CorrectedClaim(f"{claim}.", old, right)


def _other_number_after(claim: str, start: int) -> bool:
    """Whether a number other than a model's ("F-16", "Leopard 2") stands in `claim` from `start` on."""
    return any(
        not _MODEL_NAME_BEFORE.search(claim, max(0, number.start() - 32), number.start())
        for number in _NUMBER.finditer(claim, start)
    )


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Consecutive indexes as (first, last) runs: the sentences of one note."""
    runs: list[tuple[int, int]] = []
    for index in indexes:
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def story_corrected(pledges: list[Pledge], claim: CorrectedClaim, named: frozenset[str] = frozenset()) -> list[Pledge]:
    """The story's records with a note's right figure, when its claim names no giver of its
    own ("(Corrects paragraph 3 to show 14, not 12)", "pour indiquer 14, et non 12"): the note
    speaks of the story's own giver, so the story's records that still tell the wrong figure
    take the right one (a story already telling the right one is left as it is).
    `named` holds the categories of the things the claim names ("to show 14 tanks, not 12"):
    then only the records of those kinds are corrected, the story's other things that share
    the old figure ("12 tanks and 12 howitzers") were not what the note corrects."""
    return [
        replace(p, quantity=claim.right) if p.quantity == claim.old and (not named or p.category in named) else p
        for p in pledges
    ]
