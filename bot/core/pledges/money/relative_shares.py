"""French "dont" (and English "the ... of which") as a relative pronoun, not the "including" of a list or a share.

"425 millions d'euros, dont 100 pour des drones" and "des armes, dont des missiles" list what a sum or a
package holds; "l'aide, dont le montant n'a pas été précisé" and "les chars, dont Paris avait annoncé l'envoi" open
a relative clause about the thing before ("whose amount", "whose sending"): no list follows, and a sum told after
that clause (", et 200 millions pour des drones") is no share of the first. The relative clause is told by its own
subject (an article and a noun, a pronoun or a name, with no figure or quantity word first) and then a finite verb;
a list's "dont" is followed by a figure, an indefinite article or a quantity ("dont la moitié"), and a list of
countries ("plusieurs pays, dont la France et l'Allemagne, ont promis") has no verb before its closing comma.
English says it with a noun before "of which" ("500 million dollars, the details of which will be published later"),
where a share has a figure after it ("of which 100 million for drones"). Pure."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) what a list's "dont" may begin with: a figure, an indefinite or partitive article, a number word,
# a quantity or share word ("la moitié", "l'essentiel", "une partie")
_LIST_START = (
    r"\d|(?:des|du|de|d'|un|une|plus|pres|environ|quelque|quelques|plusieurs|certain\w*|notamment|au moins|"
    r"jusqu'|pas moins|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|"
    r"cent|cents|mille|la moitie|le tiers|les deux tiers|le quart|la plupart|l'essentiel|la majorite|la totalite|"
    r"le reste|le solde|l'un|l'une|le premier|la premiere|les premiers|les premieres)\b"
)
# (folded text) a finite verb that a relative clause's subject governs: auxiliaries, modals and the verbs news uses
# of an amount or a delivery ("n'a pas été précisé", "avait annoncé", "est prévue", "reste secret", "s'élève")
_FINITE_VERB = (
    r"(?:n'|ne\s+)?(?:(?:s'|se\s+)(?:eleve\w*|monte\w*|chiffre\w*)|a|ont|avait|avaient|aura|auront|aurait|"
    r"est|sont|etait|etaient|sera|seront|serait|fut|doit|doivent|devait|devaient|devrait|devraient|va|vont|"
    r"allait|peut|peuvent|pourrait|reste|restent|demeure|demeurent|depend|dependent|depasse|atteint|commence|"
    r"commencera|fait|font|prevoit|vient|viennent|semble|ignore)\b"
)
# (folded text, right after "dont") a subject of at most four words, no figure and no comma, then its verb
RELATIVE_AFTER_DONT = (
    rf"\s+(?!{_LIST_START})(?:(?:le|la|les|l')\s*)?[a-z][\w'-]*(?:\s+(?!{_FINITE_VERB})[a-z][\w'-]*){{0,3}}"
    rf"\s+{_FINITE_VERB}"
)
_RELATIVE_DONT = lazy(r"\bdont" + RELATIVE_AFTER_DONT)


# (folded text, right before "of which") the noun the relative clause is about: "the details of which"
_NOUN_OF_WHICH_BEFORE = lazy(r"\b(?:the|its|their)\s+[a-z][\w-]*\s+$")


def relative_share_word(folded: str, word_start: int, word: str, end: int) -> bool:
    """Whether the share word ("dont", "of which") at word_start opens a relative clause before end, not a list or
    a share."""
    if word == "dont":
        return _RELATIVE_DONT.match(folded, word_start, end) is not None
    return word == "of which" and _NOUN_OF_WHICH_BEFORE.search(folded, max(0, word_start - 40), word_start) is not None
