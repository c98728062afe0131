"""Things Ukraine received, told in a relative clause on what another giver's things are
for: "shells for the AS90 howitzers that Ukraine received from Britain", "des obus pour
les Leopard 2 que Kiev a reçus de l'Allemagne", "Munition für die Gepard-Panzer, die Kiew
von Deutschland erhalten hatte".

The sentence's news is the first giver's (the shells); the relative clause adds, as
background, who delivered the guns they are for. That giver delivered those guns (a
record of their own category, no count: the sentence counts the shells), and is no
giver of the shells. Read here, before the sentence's items are given out, so the
clause's donor can be taken out of the sentence's givers (sentence_reading.py).

So are things another giver delivered, told after them, whose upkeep the sentence's giver
pays: "will pay $80 million for the maintenance of F-16 jets already delivered by Denmark",
"pour l'entretien des chars déjà livrés par l'Allemagne", "für die Wartung der Leopard-Panzer,
die Deutschland der Ukraine bereits geliefert hat" (the clause's cues tell only of that giving).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from bot.core.pledges.donors.group_search import ending_within, starting_at
from bot.core.pledges.passes.records import Mention
from bot.core.text.lazy_pattern import lazy

_UKRAINE = r"(?:ukraine|kyiv|kiev|kiew|kyjiw|l'ukraine|die ukraine)"
# (folded text, right after the thing received: the relative pronoun, Ukraine as the
# subject, the receiving verb and the word that opens its source)
_RECEIVED_FROM_AFTER = lazy(
    rf"\s*,?\s*(?:that|which)\s+{_UKRAINE}\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|previously\s+|earlier\s+)?"
    r"(?:received|got|obtained)\s+from\s+(?:the\s+)?|"
    rf"\s*,?\s*(?:que|qu')\s*{_UKRAINE}\s+(?:a|avait)\s+(?:deja\s+)?(?:recu|recus|recue|recues|obtenu|obtenus)\s+"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)"
)
# ... German names the source before its verb, "die Kiew von Deutschland erhalten hatte",
# and may close the main clause on its participle first: "... für die Gepard-Panzer
# übergeben, die Kiew von Deutschland erhalten hatte"
_GERMAN_RECEIVED_FROM_AFTER = lazy(
    rf"(?:\s+\w+(?:en|t))?\s*,\s*(?:die|den|das)\s+{_UKRAINE}\s+(?:bereits\s+|zuvor\s+|schon\s+)?(?:von|aus)\s+(?:der\s+|dem\s+|den\s+)?"
)
_GERMAN_RECEIVED_AFTER = lazy(r"\s+(?:erhalten|bekommen)(?:\s+(?:hatte|hat|hatten|haben))?\b")

# Things told as given before by another giver, right after them: a participle with its
# agent ("F-16 jets already delivered to Ukraine by Denmark", "des F-16 déjà fournis par
# les Pays-Bas") or a relative clause whose subject is the giver ("the tanks that Germany
# delivered", "les chars que l'Allemagne a livrés", "der Leopard-Panzer, die Deutschland
# der Ukraine bereits geliefert hat"). Upkeep paid for them, or shells for them, are the
# sentence's news when another giver is named before the things and pays for their upkeep
# ("for the maintenance of", "pour l'entretien des", "für die Wartung der"); the earlier
# giver delivered them, and gives nothing else here.
_GIVEN_BY_AFTER = lazy(
    r"\s+(?:already\s+|previously\s+|earlier\s+)?(?:delivered|supplied|provided|sent|donated|given|handed over)\s+"
    rf"(?:to\s+{_UKRAINE}\s+)?by\s+(?:the\s+)?|"
    r"\s+(?:deja\s+|precedemment\s+)?(?:livre|fourni|envoye|donne|cede|remis)(?:e|s|es)?\s+"
    rf"(?:a\s+(?:l'ukraine|kiev)\s+)?par\s+(?:la\s+|le\s+|les\s+|l')?|"
    r"\s*,?\s*(?:that|which)\s+(?:the\s+)?|\s*,?\s*(?:que|qu')\s*(?:la\s+|le\s+|les\s+|l')?|"
    # (German may close the main clause on its verb's last word first: "stellt 30 Millionen
    # Euro für Ersatzteile der F-16 bereit, die Dänemark ... übergeben hat")
    r"(?:\s+\w+)?\s*,\s*(?:die|den|das)\s+"
)
# ... and the giving verb after the giver, in a relative clause (German puts it last)
_GIVER_GAVE_AFTER = lazy(
    rf"\s+(?:(?:has|had|have)\s+)?(?:already\s+|previously\s+)?(?:delivered|sent|supplied|provided|donated)(?:\s+to\s+{_UKRAINE})?\b|"
    r"\s+(?:a|avait|ont|avaient)\s+(?:deja\s+)?(?:livre|fourni|envoye|cede|donne)(?:e|s|es)?\b|"
    rf"\s+(?:(?:an\s+)?(?:der\s+|die\s+)?(?:ukraine|kiew|kyjiw)\s+)?(?:bereits\s+|schon\s+|zuvor\s+)?"
    r"(?:geliefert|ubergeben|uberlassen|geschickt|bereitgestellt)(?:\s+(?:hat|hatte|haben|hatten))?\b"
)
# (folded text before the things: their upkeep, what the first giver pays for)
_UPKEEP_BEFORE = lazy(
    r"\b(?:maintenance|upkeep|repairs?|servicing|spare parts|entretien|reparations?|pieces de rechange|"
    r"pieces detachees|wartung|instandhaltung|instandsetzung|reparatur\w*|ersatzteil\w*)\s+"
    r"[\w'/\s-]{0,50}$"
)
# (what opened the clause: an agent's preposition, after which no verb follows)
_AGENT_WORD = lazy(r".*\b(?:by|par)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?$")


@dataclass(frozen=True, slots=True)
class RelativeReceipt:
    """A giver told in a relative clause as the source of things Ukraine received."""

    codes: tuple[str, ...]
    category: str  # the category of the things received (the guns, not the shells)
    group_start: int
    item_start: int  # where the things received are named
    item_end: int
    clause_end: int = -1  # where the clause telling the giving ends (its cues tell only of it)


def relative_receipts(
    folded: str, mentions: list[Mention], groups: list[tuple[int, int, tuple[str, ...]]],
    donors: list[tuple[str, int, int]],
) -> list[RelativeReceipt]:
    """The receipts told in relative clauses right after an item word (see the module).
    The source is a giver group, or a donor read as a place ("aus Deutschland")."""
    if not donors:
        return []
    inside_a_group = _spans_covering(groups)
    # (in the order they are named, so a thing finds the group it looks for by bisection: group_search.py)
    groups = sorted(groups + [(s, e, (code,)) for code, s, e in donors if not inside_a_group(s)])
    found = []
    for mention in mentions:
        if mention.category in ("", "other", "funding", "training", "production"):
            continue
        match = _RECEIVED_FROM_AFTER.match(folded, mention.end)
        german = match is None
        if german:
            match = _GERMAN_RECEIVED_FROM_AFTER.match(folded, mention.end)
        if match is None:
            given = _given_by_after(folded, mention, groups, donors) or _given_by_before(folded, mention, groups)
            if given is not None:
                found.append(given)
            continue
        group = starting_at(groups, match.end())
        if group is None or (german and not _GERMAN_RECEIVED_AFTER.match(folded, group[1])):
            continue
        named = _system_of_the_phrase(folded, mention, mentions)
        category = named.category if named is not None else mention.category
        start = named.start if named is not None else mention.start
        found.append(RelativeReceipt(group[2], category, group[0], start, mention.end))
    return found


def _given_by_after(
    folded: str, mention: Mention, groups: list[tuple[int, int, tuple[str, ...]]], donors: list[tuple[str, int, int]]
) -> RelativeReceipt | None:
    """Things told as given before by another giver, right after them (_GIVEN_BY_AFTER)."""
    match = _GIVEN_BY_AFTER.match(folded, mention.end)
    if match is None:
        return None
    group = starting_at(groups, match.end())
    if group is None:
        return None
    group = _closed_list(folded, group, donors)
    if not any(e <= mention.start and codes != group[2] for _, e, codes in groups):
        # no other giver before the things: their giving is the sentence's news ("the first
        # four Leopard 2 tanks supplied by Poland", "aux 18 Caesar déjà livrés par la France")
        return None
    if not _UPKEEP_BEFORE.search(folded, max(0, mention.start - 80), mention.start):
        # only the upkeep of things is another giver's news about them: "the tanks that
        # Slovakia sent have arrived", "in exchange for Leopard 2 tanks supplied by Germany"
        # tell that giving itself
        return None
    if _AGENT_WORD.match(folded, match.start(), match.end()):
        clause_end = group[1]  # "delivered to Ukraine by Denmark": the verb came first
    else:
        verb = _GIVER_GAVE_AFTER.match(folded, group[1])
        if verb is None:
            return None
        clause_end = verb.end()
    return RelativeReceipt(group[2], mention.category, group[0], mention.start, mention.end, clause_end)


# German tells the earlier giving before the things, as an attribute with its agent: "Ersatzteile für die von
# Deutschland gelieferten Panzer", "die Wartung der bereits von Dänemark übergebenen F-16" (folded text: the
# agent's "von" before the giver; the participle between the giver and the things).
_AGENT_VON_BEFORE = lazy(r"\bvon\s+(?:der\s+|den\s+|dem\s+)?$")
_ATTRIBUTE_GIVEN_BETWEEN = lazy(
    r"\s+(?:an\s+(?:die\s+)?(?:ukraine|kiew|kyjiw)\s+)?(?:bereits\s+|schon\s+|zuvor\s+|fruher\s+)?"
    r"(?:gelieferte|ubergebene|uberlassene|geschickte|bereitgestellte|abgegebene)[nmrs]?\s+(?:[\w-]+\s+){0,2}?$"
)


_PARTICIPLE_BEFORE = lazy(
    r"\b(?:gelieferte|ubergebene|uberlassene|geschickte|bereitgestellte|abgegebene)[nmrs]?\s+(?:[\w-]+\s+){0,2}?$"
)


def _given_by_before(
    folded: str, mention: Mention, groups: list[tuple[int, int, tuple[str, ...]]]
) -> RelativeReceipt | None:
    """Things told as given before by another giver in a German attribute before them, with the
    upkeep or parts of another giver before that (_ATTRIBUTE_GIVEN_BETWEEN), as _given_by_after
    reads "spare parts for the tanks supplied by Germany"."""
    # (only where the participle stands right before the things: one short search a thing, then the groups
    # ending in that reach; a list of thousands of things and givers costs no square)
    if not _PARTICIPLE_BEFORE.search(folded, max(0, mention.start - 40), mention.start):
        return None
    for start, end, codes in ending_within(groups, mention.start - 60, mention.start):
        if not _ATTRIBUTE_GIVEN_BETWEEN.fullmatch(folded, end, mention.start):
            continue
        if not _AGENT_VON_BEFORE.search(folded, max(0, start - 12), start):
            continue
        if not _UPKEEP_BEFORE.search(folded, max(0, start - 80), start):
            return None
        if not any(e <= start and other != codes for _, e, other in groups):
            return None  # no other giver before: "die von Deutschland gelieferten Panzer sind eingetroffen"
        return RelativeReceipt(codes, mention.category, start, mention.start, mention.end, end)
    return None


def _closed_list(
    folded: str, group: tuple[int, int, tuple[str, ...]], donors: list[tuple[str, int, int]]
) -> tuple[int, int, tuple[str, ...]]:
    """The group up to the comma after its "and": "by Denmark and Norway, the Swedish
    government said" names two givers, then who reports."""
    joined = _LAST_MEMBER.search(folded, group[0], group[1])
    comma = folded.find(",", joined.end(), group[1]) if joined else -1
    if comma < 0:
        return group
    codes = tuple(dict.fromkeys(code for code, s, _ in donors if group[0] <= s < comma))
    return (group[0], comma, codes) if codes else group


_LAST_MEMBER = lazy(r"\s(?:and|et|und)\s")


def _system_of_the_phrase(folded: str, head: Mention, mentions: list[Mention]) -> Mention | None:
    """A system named in the noun phrase ending on `head`: "the Gepard anti-aircraft guns"
    are air defence, whatever "guns" alone would be."""
    return next((
        m for m in mentions
        if m.system and m.end <= head.end and head.start - m.end <= 30
        and _SAME_PHRASE.fullmatch(folded, m.end, head.start)
    ), None)


# (folded text: only words and hyphens between a system's name and its phrase's head)
_SAME_PHRASE = lazy(r"[\w\s-]*")


def _spans_covering(groups: list[tuple[int, int, tuple[str, ...]]]):
    """A test of whether a position lies inside one of the groups' spans: the spans sorted by
    start, with the furthest end reached so far, searched by bisection (each donor of a
    sentence naming thousands looked through every group)."""
    spans = sorted((start, end) for start, end, _ in groups)
    starts = [start for start, _ in spans]
    furthest: list[int] = []
    for _, end in spans:
        furthest.append(max(end, furthest[-1]) if furthest else end)

    def covers(position: int) -> bool:
        before = bisect_right(starts, position)
        return before > 0 and furthest[before - 1] > position

    return covers
