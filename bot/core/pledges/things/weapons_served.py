"""Weapons served: a participle of giving that describes the weapons a thing is for.

"spare parts for the tanks already delivered", "Ersatzteile für die bereits übergebenen
Leopard-Panzer", "des pièces détachées pour les chars déjà livrés": the weapons were given
before; the parts, the shells or the training for them are the sentence's news, and that
participle tells nothing of them (nor gives the weapons a record of their own: they are
background, as the real set labels a package's spare parts). status_cues.find_status_cues
drops such a cue, so the things take the sentence's other verb (a package's "includes", a
decision told before).
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded text, right before the cue: "for the already", "für die bereits", "für die",
# "pour les chars", "for the tanks already"; the weapon's name may stand between in the
# orders where the participle follows it)
_FOR_THE_WEAPONS_BEFORE = lazy(
    # German puts the participle before the weapon, with its adjective ending
    r"\bfur (?:die|den|das|ihre|seine|deren) (?:(?:bereits|schon|zuvor|fruher|kurzlich|zuletzt) )?$|"
    # English before the weapon with an adverb of earlier ("for previously delivered tanks"),
    # or after it ("for the tanks already delivered")
    r"\bfor (?:the |those |these |its |their )?(?:(?:[\w-]+ ){1,3})?(?:already|previously|earlier|recently) $|"
    # French after the weapon: "pour les chars déjà livrés" (the adverb is inside the cue)
    r"\bpour (?:les |ces |ses |leurs |des |le |la |l')(?:[\w'-]+ ){1,3}(?:deja )?$"
)
_GERMAN_GIVEN_ATTRIBUTE = lazy(
    r"(?:geliefert|ubergeben|uberlassen|bereitgestellt|gespendet|geschickt|abgegeben)(?:e|en|er|es|em)"
)
_ENGLISH_GIVEN = lazy(r"delivered|supplied|donated|provided|sent|transferred|handed over|given")
_FRENCH_GIVEN = lazy(r"(?:deja )?(?:livre|fourni|cede|envoye|donne|transfere|remis)(?:e|s|es)?")


def describes_weapons_served(folded: str, cue: Cue, start: int) -> bool:
    """Whether the delivered cue (or the "supplied" participle, German "gelieferten") is a
    participle describing the weapons a thing is for."""
    if cue.status not in ("delivered", "supplied"):
        return False
    before = _FOR_THE_WEAPONS_BEFORE.search(folded, max(start, cue.start - 50), cue.start)
    if before is None:
        return False
    word = folded[cue.start : cue.end]
    told = before.group()
    if told.startswith("fur"):
        return _GERMAN_GIVEN_ATTRIBUTE.fullmatch(word) is not None
    if told.startswith("for"):
        return _ENGLISH_GIVEN.fullmatch(word) is not None
    # (French: an adverb of earlier, in the cue or before it, tells the weapons given
    # before; "pour les canons livrés à l'Ukraine" is read in nearest_cue)
    return _FRENCH_GIVEN.fullmatch(word) is not None and (word.startswith("deja ") or told.endswith("deja "))
