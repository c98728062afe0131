"""A belligerent's claim of destroying or intercepting things: no news of giving.

War reports name given equipment as a target: "Russia's defence ministry said it destroyed three
German-supplied Leopards", "Moscou affirme avoir abattu des F-16 livrés par la Norvège", "Russland
meldet Abschuss von ATACMS-Raketen". The thing's donor (an adjective, "livrés par", "von Deutschland
gelieferte") tells where it came from, long ago; the clause's news is its loss, so the things of such a
clause give no record. A clause is told so when it names a claimant (Russia's forces, ministry or
capital, or a claim verb: "Il dit aussi avoir détruit") before a verb or noun of destroying, striking or intercepting. Clauses end
at ";", a spaced dash and a full stop: "Russia claims it destroyed a Patriot; Germany will send another"
keeps Germany's promise. A giver's things that destroyed the enemy's ("Gepard, die russische Drohnen
abgefangen haben") are no claim: the claimant must be named before the verb, not as its target.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence_scans import holds_any, last_end_before, search_after, search_before
from bot.core.text.lazy_pattern import guarded, lazy

# Who claims: Russia as a state, its ministry, army or capital (folded text), or a claim verb with
# "Russian" forces; "Russian drones" alone is the enemy's weapon, no claimant. Guarded by the words
# every alternative holds ("russ", the capital's three spellings' stems, "avoir" after the French verbs,
# "claim", "eigenen angaben"): ~30 alternatives after a word boundary, which `re` tries at each
# character of a clause that mostly holds none of them (10 clauses an aid article, stop 56).
_CLAIMANT = guarded(
    r"\b(?:russia|russia's|moscow|kremlin|"
    r"russian (?:defen[cs]e ministry|ministry|military|army|forces|troops|air defen[cs]es?|officials?)|"
    r"(?:la )?russie|moscou|kremlin|(?:le )?ministere russe|(?:l')?armee russe|(?:les )?forces russes|"
    r"(?:la )?defense (?:anti-?aerienne )?russe|"
    r"russland|russlands|moskau|(?:das |die |der )?russische[nr]? (?:verteidigungsministerium|armee|streitkrafte|"
    r"truppen|luftabwehr|militar)|"
    # (a claim told by its verb, whoever the pronoun stands for: "Il dit aussi avoir détruit",
    # "claimed to have shot down", "nach eigenen Angaben ... abgefangen")
    r"(?:dit|disent|affirme|affirment|assure|assurent|revendique|revendiquent) (?:aussi |encore |egalement )?avoir|"
    r"claim(?:s|ed)? (?:to have|it|that)|nach eigenen angaben)\b",
    ("russ", "mosc", "mosk", "kreml", "avoir", "claim", "eigenen angaben"),
)
# The act claimed: destroying, striking, downing or intercepting (verbs and nouns, three languages).
_BATTLE_ACT = lazy(
    r"\b(?:destroy(?:s|ed|ing)?|destruction|intercept(?:s|ed|ing)?|interception|shot down|shoot(?:s|ing)? down|"
    r"downed|struck|hit|knocked out|eliminated|"
    r"detrui(?:t|ts|te|tes|re|sait|saient)|destruction|intercepte(?:s|es)?|intercepter|abattu(?:s|es)?|abattre|"
    r"neutralise(?:s|es)?|frappe(?:s|es)?|"
    r"zerstort|zerstoren|zerstorung|abgefangen|abfangen|abgeschossen|abschuss|abschusse|vernichtet|"
    r"vernichtung|getroffen|ausgeschaltet)\b"
)
# A giving told between the act and the thing starts news of its own: "After Russia hit the grid,
# Germany pledged two IRIS-T" (a participle used as an adjective, "German-supplied", "livrés par",
# "supplied by", is background and no giving). Past participles count: "has handed over", "a livré",
# "hat ... geliefert" are the giver's perfect tense (the adjective "gelieferte" stays out by its ending).
_GIVING = lazy(
    r"\b(?:pledg\w*|promis\w*|to send|sends?|sent|deliver(?:s|ed)?(?! by)|announc\w*|donat\w*|provid\w*|"
    r"gives?|giving|(?<!-)supplie[sd](?! by)|supply|handed over|hands over|shipp(?:ed|ing)|ships?|"
    r"transferr(?:ed|ing)|"
    r"promet\w*|annonc\w*|livrer\w*|enverr\w*|fournir\w*|fournit|"
    r"(?:a|ont|avait|avaient) (?:deja |aussi |egalement )?(?:livre|envoye|fourni|remis|cede)(?!e?s? par)|"
    r"sagt\w*|zugesagt|liefer(?:t|n|te|ten)|geliefert|ubergeben|ubergibt|kundigt\w*|schickt\w*|stellt)\b"
)
# German's main clause after a subordinate one opens with its finite verb after the comma: "Nachdem
# Russland das Netz getroffen hatte, hat Deutschland ... geliefert" (the act is the subordinate clause's).
_MAIN_CLAUSE_TURN = lazy(
    r",\s+(?:hat|hatte|haben|hatten|wird|werden|will|liefert|liefern|schickt|sagt|sagte|stellt|ubergibt)\b"
)
# Where a clause of its own ends: a semicolon, a dash between spaces, a new sentence.
# (Written to open with one character class, the lookbehinds then telling which mark it was: the
# plain alternation ";|\s[-\u2013\u2014]\s|[.!?](?:\s|$)" gives `re` no first character to skip
# to, so it was tried at every character of each sentence scanned; the same matches.)
_CLAUSE_END = lazy(r"[;\s.!?](?:(?<=;)|(?<=\s)[-\u2013\u2014]\s|(?<=[.!?])(?:\s|$))")


def _clause(folded: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of the sentence [start, end) around position `at` (its marks found by one scan
    of the sentence, sentence_scans.py: every thing of a long list asks)."""
    low = last_end_before(_CLAUSE_END, folded, start, at, end)
    following = search_after(_CLAUSE_END, folded, at, start, end)
    return (start if low is None else low), (end if following is None else following.start())


def claimed_as_hit(folded: str, start: int, end: int, item: Item) -> bool:
    """Whether the item is what a belligerent claims to have destroyed, struck or intercepted:
    its clause names a claimant before the item and a battle act after the claimant, with no giving
    told between the act and the item (the act before it, as English and French tell it) or between
    the claimant and the item (the act after it, as German puts its participle last)."""
    # (no claimant word in the article or the sentence, so no claimant in the item's clause: its
    # marks are not read; the sentence is looked at once for all its things, sentence_scans.py)
    if _CLAIMANT.absent_from_article(folded) or not holds_any(_CLAIMANT.needs, folded, start, max(end, item.start)):
        return False
    low, high = _clause(folded, start, end, item.start)
    claimant = search_before(_CLAIMANT, folded, low, item.start, high)
    if claimant is None:
        return False
    act_end = last_end_before(_BATTLE_ACT, folded, claimant.end(), item.start, high)
    if (
        act_end is not None
        and not search_before(_GIVING, folded, act_end, item.start, high)
        and not search_before(_MAIN_CLAUSE_TURN, folded, act_end, item.start, high)
    ):
        return True
    # (the act after the thing is the claimant's only when no giving is told between them, on either
    # side of the thing: "hat Berlin der Ukraine drei Patriot-Systeme geliefert, die ... abgefangen haben")
    after = search_after(_BATTLE_ACT, folded, item.end, low, high)
    if after is None:
        return False
    return not (
        search_before(_GIVING, folded, claimant.end(), item.start, high)
        or search_after(_GIVING, folded, item.end, low, after.start())
    )
