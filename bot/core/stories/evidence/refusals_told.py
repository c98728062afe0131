"""Refusals and denials as an article's opening tells them: a refusal named by a noun, the
governments a refusal concerns, a denial of a report and what it denies.
"""

from __future__ import annotations

import re

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.text import fold
from bot.core.text.literal_gate import gated


def refusal_told(title: str, headline_countries: set[str]) -> frozenset[str]:
    """"refusal told" when the headline names a government and tells its refusal as a thing
    already made, by a noun ("Swiss veto leaves Ukraine's guns short of shells", "Was das
    Schweizer Nein für Kiew bedeutet", "le refus allemand"), not one it lifts: a comment, an
    explainer or an analysis of that refusal, filed a day later under its own day and often
    leading with what the refusal blocks (another government's guns, promised long
    before). See same_event._follows_up."""
    folded = fold(title)
    if (not headline_countries or not _REFUSAL_NOUN.search(folded) or _REFUSAL_LIFTED.search(folded)
            or _REFUSAL_RESTATED.search(folded)):
        return frozenset()
    return frozenset({"refusal told"})


def denial(folded_opening: str) -> frozenset[str]:
    """"denial" when the headline or first sentence denies a report ("Pentagon denies pause
    in Patriot deliveries", "le Pentagone a démenti", "dementiert", "weist den Bericht
    zurück", "calls a report of a pause wrong"): the news is the denial, whose pledges the
    extraction reads as the thing denied (a refusal, a pause) or as the deliveries said to
    go on, one outlet one way and the next the other. See same_event.compare."""
    return frozenset({"denial"}) if _DENIES.search(folded_opening) else frozenset()


def refusal_parties(opening: str, pledges: tuple[Pledge, ...], occasions: frozenset[str],
                     entities: Entities | None) -> frozenset[str]:
    """The governments the opening names, when it tells a refusal (a refused pledge, or a
    headline telling one by a noun). All of them, the refusing one too: which of two
    governments named is read refusing is the pledge extraction's guess ("Switzerland bars
    Denmark from passing ..." read as Denmark refusing), whom the refusal concerns is not.
    Ukraine, what every refusal here concerns, and the groups are left out; so is a
    government named only as where the refusal was said ("said on a visit to Paris": one
    outlet names the venue, the next does not, and the venue would set two copies apart)."""
    if entities is None or not ("refusal told" in occasions or any(p.status == "refused" for p in pledges)):
        return frozenset()
    folded = fold_aligned(opening)  # offsets into it are the opening's, as find_donors gives them
    beside = {code for code, start, _ in entities.find_donors(opening) if not _SAID_IN.search(folded, 0, start)}
    return frozenset(beside - GROUP_DONORS - {"UA"})


# Where something was said, before a place (folded): "in Paris", "on a visit to Warsaw",
# "bei einem Besuch in Paris", "lors d'une visite a Varsovie". Not French "a" alone, nor "to"
# or "an": "refuse a Copenhague", "re-export to Poland", "an Polen" name whom a refusal concerns.
_SAID_IN = re.compile(r"(?:\bin|\bvisit(?:ing| to)|\bvisite a)\s+$")


def denied_matters(folded_opening: str) -> frozenset[str]:
    """The kinds of thing a denial's opening says the report claimed (`_DENIED_MATTERS`)."""
    return frozenset(kind for kind, pattern in _DENIED_MATTERS.items() if pattern.search(folded_opening))


# What a report that a government denies may claim (folded text): a halt of deliveries, a
# withdrawal of its forces or systems, a ban on their use, a cut. Two denials of one day by
# one government are one event only when what they deny is of one kind (or one of them does
# not say): "denies pausing Patriot deliveries" and "dément vouloir retirer ses Patriot de
# Pologne" are two reports denied.
_DENIED_MATTERS = {
    "pause": re.compile(
        r"\b(?:paus|stop|suspen|freez|froze|interrupt)\w*|\bhalt(?:s|ed|ing)\b|\bhalt (?:to|of|in)\b"
        r"|\bceas(?:e|ed|es|ing)\b|\barret\w*|\bcess\w*"
        r"|\bstopp\w*|\bausgesetzt\b|\baussetz\w*|\beingestellt\b|\beinstell\w*|\bgestoppt\b"
        # A freeze in French and German ("tout gel de ses livraisons", "a gelé", "eingefroren").
        r"|\bgel(?:e|es|ee|ees|er|ent|ait|aient)?\b|\beingefroren\b|\beinfrier\w*|\bfriert\b[^.;]{0,60}\bein\b"
    ),
    "withdrawal": re.compile(
        r"\bwithdr[ae]w\w*|\bpull(?:s|ed|ing)? (?:\w+ ){0,3}out\b|\bretir\w*|\bretrait\b|\babzug\w*|\babzieh\w*"
        r"|\babgezogen\b"
    ),
    "ban": re.compile(
        r"\bbar(?:s|red|ring)?\b|\bforb[ai]d\w*|\bbann?(?:ed|ing|s)?\b|\binterdi\w*|\bverbot\w*|\bverbiet\w*"
        r"|\buntersag\w*"
    ),
    "cut": re.compile(r"\bcut(?:s|ting)?\b|\breduc\w*|\bredui\w*|\bkurzung\w*|\bkurzt\b|\bgekurzt\b|\breduzier\w*"),
}


# Denying a report (folded text).
_DENIES = gated(
    r"\bden(?:y|ies|ied|ying)\b|\brejects? (?:a|the) (?:\w+ )?reports?\b"
    r"|\bcall(?:s|ed)? (?:a|the) (?:\w+ )?reports?\b[^.;]{0,60}\b(?:wrong|false|untrue|inaccurate)\b"
    r"|\bdement(?:i|ent|ait)?\b|\bdementi\b"
    r"|\bdementier\w*|\b(?:weist|wies)\b[^.;]{0,60}\bzuruck\b|\bzuruckgewiesen\b"
)


# A refusal named by a noun in a headline (folded text): "veto", "refusal", "rejection",
# "refus", "le non", "Nein", "Absage", "Weigerung", "Ablehnung". ("No" alone is every
# headline's "no decision yet".)
_REFUSAL_NOUN = gated(
    r"\bveto\b|\brefusal\b|\brejection\b|\brefus\b|\ble non\b|\bnein\b|\babsage\b|\bweigerung\b|\bablehnung\b"
)
# ... unless the headline tells it lifted: "Berlin drops its veto", "lève son veto", "gibt
# ihr Nein auf", "Veto aufgehoben" (a reversal is an event of its own).
_REFUSAL_LIFTED = re.compile(
    r"\b(?:lifts?|lifted|drops?|dropped|ends?|ended|reverses?|reversed|abandons?|scraps?|u-turn)\b"
    r"|\b(?:leve|levent|renonce|abandonne)\b|\baufgehoben\b|\bgibt\b.*\bauf\b|\bkehrtwende\b|\brucknahme\b"
)

# ... nor restated: "Greece sticks to its no", "bleibt beim Nein", "maintient son refus", "reaffirms its
# refusal" (the government saying no again, on the day its lead names, is news of that day).
_REFUSAL_RESTATED = re.compile(
    r"\b(?:sticks? to|stands? by|maintains?|maintained|reaffirms?|reaffirmed|reiterates?|reiterated|repeats?)\b"
    r"|\b(?:maintient|maintiennent|reaffirme|reitere|confirme)\b|\bbleib(?:t|en) (?:bei|beim)\b|\bbekraftig\w*"
)
