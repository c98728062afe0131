"""Leave given to others: one country approves what other countries would give.

"The United States has approved requests from European allies to send F-16 jets",
"Washington clears allies to send F-16s", "Les États-Unis ont donné leur feu vert à une
éventuelle livraison de F-16 par la Norvège", "Die USA erlauben Dänemark, F-16 zu liefern".
The approver gives nothing itself: like an export approval, its leave is under
discussion (labelling rules: "an export approval alone" is discussed; the real set labels
Washington's leave for others' F-16s so). A country it lets give, named as the leave's
object, asked and now may: its promise ("Berlin allowed Poland to send its Leopards");
"allies" in general so let ("allowing allies to send", "requests from allies") announced
nothing. Named as the agent of a giving only made possible ("une éventuelle livraison ...
par la Norvège"), their giving is at most under discussion. A country approving its own giving ("Berlin donne son feu vert à la livraison
de chars Leopard") is not read here: no other giver is named.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.text.lazy_pattern import lazy

# (folded text: the leave, as a verb or a noun)
_LEAVE_GIVEN = lazy(
    r"\b(?:approv\w*|clear(?:s|ed|ing)?|authori[sz]\w*|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|"
    r"(?:donn\w*|accord\w*) (?:son |leur |le )?feu vert|feu vert|autoris\w*|green[- ]light\w*|"
    r"erlaub\w*|genehmig\w*|grunes licht)\b"
)
# (between the leave and the others: "requests from", "the request of", "à une
# éventuelle livraison de ...")
_OTHERS_AS_OBJECT_BEFORE = lazy(
    r"(?:\b(?:requests?|bids?|plans?|demands?) (?:from|by|of) (?:the |its )?(?:[\w-]+ ){0,2}"
    r"|\b(?:clear(?:s|ed|ing)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz]\w*|erlaub\w*|autoris\w*) "
    r"(?:the |its )?(?:[\w-]+ ){0,1})$"
)
_THEN_TO_GIVE_AFTER = lazy(r"\s*,?\s+(?:to|zu|a|de|d')\b|\s*,\s")
_AGENT_BEFORE = lazy(r"\b(?:par|by|durch)\s+(?:la |le |les |l'|the |die |den )?$")


# (folded text, in the giving cue: a carrying, not a giving)
_CARRYING = lazy(r"\b(?:move|transport|carry|acheminer|transporter|transiter|transportieren)\b")

_UNNAMED = ("ALLIES", "NATO", "EU", "G7")


@dataclass(frozen=True, slots=True)
class LeaveToOthers:
    """Who approves, and the others it lets give: as the leave's object, or as agents."""

    approver: tuple[str, ...]
    allowed: tuple[str, ...]
    agents: tuple[str, ...]

    @property
    def named_allowed(self) -> tuple[str, ...]:
        """The countries let give, by name: they asked, and now may ("Berlin allowed Poland to
        send its Leopards": Poland's promise). "Allies" in general promised nothing."""
        return tuple(code for code in self.allowed if code not in _UNNAMED)


def leave_to_others(sentence: Sentence, item: Item, cue: Cue, parties: Parties) -> LeaveToOthers | None:
    """The leave given to others that governs the item's cue, if the sentence tells one.
    A nationality right after the item is its giver, as elsewhere ("feu vert à des F-16
    norvégiens"): an agent."""
    folded = sentence.folded
    leave = None
    for leave in _LEAVE_GIVEN.finditer(folded, max(sentence.start, cue.start - 90), cue.end):
        pass
    if leave is None or _CARRYING.search(folded, cue.start, cue.end):
        # leave to carry things across one's land is no leave to give: the approver lets
        # them pass, the one carrying them gives them (the permission cue tells that)
        return None
    # The approver: a nationality right after the leave told as a noun ("le feu vert
    # américain"), else the subject before it, else the donor an earlier sentence named
    # ("The administration backed away from its refusal. Allowing allies to send jets ...").
    noun = folded[leave.start() : leave.end()].endswith(("feu vert", "light", "licht"))
    approver = next((codes for s, _, codes in parties.groups if noun and 0 <= s - leave.end() <= 1), ()) or next(
        (codes for s, _, codes in reversed(parties.groups) if s < leave.start()), ()
    ) or parties.borrowed
    if not approver:
        return None
    allowed: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    for s, e, codes in parties.groups:
        if s < leave.end() or codes == approver:
            continue
        if s <= cue.end and _OTHERS_AS_OBJECT_BEFORE.search(folded, max(leave.start(), s - 40), s) and (
            _THEN_TO_GIVE_AFTER.match(folded, e) and not _another_party_before_cue(parties, e, cue)
        ):
            allowed += codes
        elif _AGENT_BEFORE.search(folded, max(leave.end(), s - 12), s) or 0 <= s - item.end <= 1:
            agents += codes
    if not allowed and not agents:
        return None
    return LeaveToOthers(approver, allowed, agents)


def _another_party_before_cue(parties: Parties, allowed_end: int, cue: Cue) -> bool:
    """Another party named between the ones let do something and the giving: the leave was for
    something else and the giving is that party's ("Germany allowed the Netherlands to lead the
    tank coalition, and Berlin will send 10 Leopard tanks")."""
    return any(allowed_end < s < cue.start for s, _, _ in parties.groups)
