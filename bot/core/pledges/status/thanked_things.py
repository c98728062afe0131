"""What a thank-you tells of: the things it names after its "for / pour / für" ("and thanked Norway for
its 20 howitzers", "et a remercié la Norvège pour le financement de", "und bedankte sich bei Norwegen für"),
not the things told before it in the sentence, which keep their own verb and giver ("attendre d'ici mars
les 40 véhicules blindés promis par les Pays-Bas, et a remercié la Norvège pour ...": the Dutch vehicles
are still a promise, and not Norway's). A thank-you for what was told before says so with a pronoun
("thanked Norway for them", "l'en a remercié", "dafür"): that one still reaches back."""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded text) a thanks cue's opening (cue_patterns.py, "delivered"), verb first.
_THANKS_VERB_FIRST = lazy(r"(?:thank|remerci|merci |dank|bedank)")
# (folded text) the cue closes on its "for", and a word of its own things follows, no pronoun
# pointing back ("for them", "for it", "for this", "pour cela", "pour ça", "pour eux").
_FOR_ITS_OWN_THINGS_AFTER = lazy(
    r"(?:\s*[\"\u201c\u201e\u00ab]\s?)?\s*(?!(?:them|it|this|that|these|those|cela|ca|eux|elles|celles?-ci|ceux-ci|"
    r"sie|es|diese)\b)[\w\"\u201c\u201e\u00ab]"
)
_CLOSING_FOR = ("for", "pour", "fur")


def thanks_for_things_after(folded: str, cue: Cue) -> bool:
    """Whether the cue is a thank-you, verb first, for things it names after itself: it tells
    nothing of an item before it."""
    return (
        _THANKS_VERB_FIRST.match(folded, cue.start) is not None
        and folded[cue.start : cue.end].rstrip().endswith(_CLOSING_FOR)
        and _FOR_ITS_OWN_THINGS_AFTER.match(folded, cue.end) is not None
    )
