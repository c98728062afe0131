"""A newsletter's words about itself: "Our weekly round-up of military aid to Ukraine, sent every Saturday morning",
"Notre lettre hebdomadaire sur l'aide à l'Ukraine, envoyée chaque dimanche", "Unser wöchentlicher Überblick über
die Militärhilfe, jeden Freitag verschickt". The newsletter is what is sent; the aid it names is its topic, and
the donors its headline lists give nothing by it (their own lines below tell what they gave).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, from a sentence's start) The newsletter as the sentence's subject: a possessive of the outlet and a
# word for the letter.
_NEWSLETTER_SELF = lazy(
    r"\s*(?:our|this|notre|cette|unser(?:e|er)?|dieser|diese)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round-?ups?|newsletters?|digests?|briefings?|bulletins?|lettres?|recapitulatifs?|"
    r"uberblicke?|wochenuberblicke?|ruckblicke?|zusammenfassung(?:en)?)\b"
)


def a_newsletter_blurb(folded: str, start: int) -> bool:
    """Whether the sentence at `start` is the newsletter telling of itself: no records."""
    return _NEWSLETTER_SELF.match(folded, start) is not None
