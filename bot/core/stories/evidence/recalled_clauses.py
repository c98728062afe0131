"""Clauses that recall what the same government did just before the news.

Wire copy hangs the day's earlier announcement on the later one: "The Netherlands will send
two more Patriot launchers, hours after pledging EUR 500 million for drones", "..., quelques
heures après avoir promis 500 millions d'euros", "..., nachdem sie am Morgen 500 Millionen
Euro zugesagt hatten". The pledge extraction reads both promises (both were made); the
story's event is the first. Read as the report's own, the recalled sum is a detail it
shares with every report of the morning's announcement, and joined the afternoon's news to
the morning's story, where its alert was never sent (tests/stories/test_review_55.py, day A).

`recall_spans` finds such clauses in folded text (bot.core.text.fold); `recalled_pledges`
the pledges whose item is named only inside one. Only a clause opened by "after" and a verb
of giving or announcing counts: "after talks", "après la réunion" or "nach Angaben" recall
no act of giving, and a clause of the future ("will decide after consulting allies") names
no verb of giving.

A later sentence telling the day's earlier news ("Earlier on Wednesday Berlin announced a new 500 million euro
package", closing the report of a delivery; "Plus tôt dans la journée", "Bereits am Morgen hatte", "Zuvor hatte")
recalls the same way, and so does a later sentence setting the news beside another act ("The handover came hours
before Berlin announced ...", "Cette livraison intervient le jour où ...", "Die Übergabe erfolgt kurz nach ..."): read
as the report's own, its sum joined the delivery to the package's story (stories round 60).

A clause setting another donor's act in contrast with the news is background the same way:
"Contrairement à Prague, qui a promis jeudi 20 chars, la Slovaquie ne livrera ni ...",
"Unlike Prague, which pledged 20 tanks, Slovakia will not send ...", "Anders als Prag, das 20
Panzer zugesagt hat, ..." (tests/stories/test_review_56.py, day C: the refusal joined the
promise's story on its recalled count). The contrast runs from "unlike" to the comma that
ends the donor's name (none within 60 characters: no clause), with the relative clause after
it up to its own comma.
"""

from __future__ import annotations

import re

from bot.core.models import Pledge
from bot.core.text import fold
from bot.core.text.literal_gate import gated

# The act recalled: promising, announcing, approving, sending money or things.
_EN_ACTS = (r"(?:pledg|promis|announc|approv|unveil|commit|send|deliver|provid|donat|earmark|allocat"
            r"|sign|agree)ing|setting aside|handing over")
_FR_ACTS = (r"(?:promis|annonce|approuve|debloque|engage|livre|envoye|fourni|donne|octroye|alloue|signe|valide"
            r"|accorde)e?s?")
_DE_ACTS = (r"(?:zugesagt|versprochen|angekundigt|bewilligt|bereitgestellt|freigegeben|beschlossen|geliefert"
            r"|geschickt|ubergeben|zugesichert|unterzeichnet)")
# How long before: "hours after", "a day after", "shortly after", "quelques heures après",
# "peu après", "Stunden nachdem", "kurz nachdem" (or "after" alone).
_EN_BEFORE = r"(?:(?:hours|days|a day|a week|weeks|shortly|just|only|soon|minutes|moments)\s+)?"
_FR_BEFORE = r"(?:(?:quelques|deux|trois|\d+)\s+(?:heures|jours|semaines)\s+|peu\s+|juste\s+|au\s+lendemain\s+)?"
_DE_BEFORE = r"(?:(?:stunden|tage|wenige\s+stunden|kurz|einen\s+tag|zwei\s+tage)\s*,?\s+)?"
# The clause ends at the next comma, semicolon, colon, full stop or line end (the news goes on after it;
# a headline's clause never runs into the body).
_CLAUSE_REST = r"[^,;:.!?\n]{0,160}"
_WEEKDAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# (gated by its words, bot.core.text.literal_gate: four real leads in five hold none of them)
_RECALL = gated(
    r"\b" + _EN_BEFORE + r"after\s+(?:" + _EN_ACTS + r")\b" + _CLAUSE_REST
    + r"|\b" + _FR_BEFORE + r"apres\s+avoir\s+(?:deja\s+)?" + _FR_ACTS + r"\b" + _CLAUSE_REST
    # ... or its noun, the act named by its giver: "after its Patriot pledge", "après sa promesse de", "nach seiner
    # Zusage" (stories round 61: "in a second announcement of the day after its Patriot pledge" read the Patriot as the
    # drones report's own pledge)
    + r"|\b" + _EN_BEFORE + r"after\s+(?:its|their|his|her|the\s+morning's|an\s+earlier|the\s+earlier)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:pledge|promise|announcement|package)\b" + _CLAUSE_REST
    + r"|\b" + _FR_BEFORE + r"apres\s+(?:sa|son|leur|ses|leurs)\s+(?:promesse|annonce|engagement)\b" + _CLAUSE_REST
    + r"|\b" + _DE_BEFORE + r"nach\s+(?:seiner|ihrer|der\s+morgendlichen)\s+(?:[\w-]+\s+)?(?:zusage|ankundigung)\b"
    + _CLAUSE_REST
    # German puts the participle last: "nachdem sie am Morgen 500 Millionen Euro zugesagt hatten".
    + r"|\b" + _DE_BEFORE + r"nachdem\s[^,;:.!?\n]{0,160}?\b" + _DE_ACTS + r"\s+(?:hatten?|hat|haben|worden\s+war)\b"
    # Another's act in contrast: "unlike Prague, which promised ...", "contrairement à Prague, qui a
    # promis ...", "im Gegensatz zu Prag, das ... zugesagt hat" (the relative clause is optional:
    # "unlike Prague's promise of 20 tanks, ...").
    + r"|\b(?:unlike|in\s+contrast\s+(?:to|with)|contrairement\s+(?:a|au|aux)|a\s+la\s+difference\s+(?:de|du|des|d')"
    r"|anders\s+als(?!\s+(?:erwartet|geplant|angekundigt|bisher|zuvor|fruher|sonst|gedacht)\b)"
    r"|im\s+gegensatz\s+zu[mr]?)\s"
    # (the contrast ends at its comma, a thousands separator none: without one it names no clause of its own, and the
    # count after it is the news's: "anders als Polen wird Prag 20 Panzer liefern" is left)
    r"[^,;:.!?\n]{0,60},(?=\s)"
    + r"(?:\s+(?:which|who|that|qui|der|die|das|welche[rs]?)\s" + _CLAUSE_REST + r")?"
    # A later sentence telling the day's earlier news: "Earlier on Wednesday Berlin announced a new 500 million euro
    # package", "Plus tôt dans la journée, l'Italie a promis ...", "Bereits am Morgen hatte Berlin ... angekündigt",
    # "Zuvor hatte ...". Only after a full stop (never the headline or the body's first sentence, which tell the
    # news); the whole sentence, a decimal point inside a figure ("1.5 billion") no end of it.
    + r"|[.!?]\s+(?:earlier(?:\s+(?:on\s+" + _WEEKDAY_EN + r"|in\s+the\s+day|today|that\s+day|this\s+morning"
    r"|on\s+the\s+same\s+day))?|plus\s+tot(?:\s+(?:dans\s+la\s+journee|ce\s+jour-la|dans\s+la\s+matinee|"
    + _WEEKDAY_FR + r"))?|(?:bereits\s+|schon\s+)?am\s+(?:morgen|vormittag)\s+hatte|zuvor\s+hatte"
    # ... or setting the news beside another act: "The handover came hours before Berlin announced ...", "Cette
    # livraison intervient le jour où Berlin a annoncé ...", "Die Übergabe erfolgt kurz nach der Ankündigung ..."
    r"|(?:the|this|it)(?:\s+[\w-]+)?\s+(?:comes?|came)\s+(?:hours|minutes|a\s+day|days|on\s+the\s+(?:same\s+)?day"
    r"|the\s+same\s+day|as|after|before|shortly|just|only|a\s+week)"
    r"|(?:cette|cet|ce|la|le|l'|elle|il)\s*(?:[\w-]+\s+)?intervient"
    r"|(?:die|das|der|sie|es|er)(?:\s+[\w-]+)?\s+(?:kommt|erfolgt|folgt)\s+(?:wenige|kurz|stunden|einen|am|nach|vor|nur))\b"
    r"(?:[^.!?\n]|\.(?=\d)){0,240}"
)


def recall_spans(folded: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of `folded` that recalls an earlier act of giving."""
    return [m.span() for m in _RECALL.finditer(folded)]


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` falls inside one of `spans`."""
    return any(start <= at < end for start, end in spans)


def recalled_pledges(pledges: tuple[Pledge, ...]) -> frozenset[Pledge]:
    """The pledges whose item is named in their sentence only inside a recalling clause:
    the act the news was hung on, not the news."""
    recalled = set()
    for pledge in pledges:
        evidence, item = fold(pledge.evidence), fold(pledge.item).strip()
        if not item or not (spans := recall_spans(evidence)):
            continue
        places = [m.start() for m in re.finditer(re.escape(item), evidence)]
        if places and all(inside(spans, at) for at in places):
            recalled.add(pledge)
    return frozenset(recalled)
