"""A company's own gift: "A Swedish truck maker said it would donate 50 trucks to Ukraine's army",
"Ein Münchner Rüstungsunternehmen kündigte an, der Ukraine auf eigene Kosten 30 Systeme zu
schenken", "un constructeur suédois a offert 50 camions". No state pays, so the sentence gives no
record: neither the firm's nationality nor the last sentence's giver (the lead's ruling on non-state
donors). A firm named bare still counts as its country (config/entities.toml `firms`): only a firm told
by its noun and a gift of its own is read here."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) a firm told by its noun, a few words before it ("a Swedish truck maker", "ein
# Münchner Rüstungsunternehmen", "un constructeur suédois de camions", "the company"), then,
# within its clause, a gift of its own: a verb of donating or a cost it bears itself.
_FIRM_GIVES_ITS_OWN = lazy(
    r"\b(?:an?|the|ein|eine|einer|der|die|das|un|une|le|la|l')\s*(?:[\w-]+\s+){0,3}?"
    r"((?:makers?|manufacturers?|compan(?:y|ies)|firms?|producers?|\w*unternehmen|\w*konzern|\w*hersteller|\w*firma|"
    r"constructeur|fabricant|entreprise|groupe|industriel|societe)\b)"
    r"[^.;:!?\n]{0,120}?\b((?:donat(?:e|es|ed|ing)|gift(?:s|ed)?|(?:zu )?schenken|schenkt|schenkte|spendet|spendete|"
    r"gespendet|(?:a|ont|va|vont) offert|offr(?:e|ira|ent|iront)|"
    r"at (?:its|their) own (?:expense|cost)|auf eigene kosten|a ses (?:propres )?frais|free of charge)\b)"
)


_FIRM_WORDS_AFTER = 24


def company_gives_its_own(folded: str, start: int, end: int, donors: list[tuple[str, int, int]]) -> bool:
    """Whether the sentence folded[start:end] tells a firm's gift of its own (see above): no donor
    the sentence names stands outside the firm's own words ("Sweden will donate trucks a Swedish
    company makes", "a Dutch firm will donate, the Netherlands said" keep their state)."""
    for found in _FIRM_GIVES_ITS_OWN.finditer(folded, start, end):
        # (the firm's words: its noun and the few after it, French putting the nationality there,
        # "un constructeur suédois de camions")
        firm_end = min(found.end(1) + _FIRM_WORDS_AFTER, found.start(2))
        if all(found.start() <= s and e <= firm_end for _, s, e in donors if start <= s < end):
            return True
    return False
