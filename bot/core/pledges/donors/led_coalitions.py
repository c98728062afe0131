"""A capability coalition told as the subject together with the countries that lead it: the
coalition gives, as the allies together, and its leaders give nothing of their own.

Communiqués and wire copy name the allies' capability coalitions (drones, demining, IT,
air defence ...) with their leaders inside the subject: "The drone coalition led by Latvia
and Britain will deliver up to 40,000 interceptor drones", "La coalition pour le déminage,
dirigée par la Lituanie et l'Islande, livrera 30 engins", "Die von Estland und Luxemburg
geführte IT-Koalition wird ... bereitstellen". What the coalition delivers is its members'
together (ALLIES, the ruling of stop 47 and review 53's labels); the leaders only run it, so
reading them as the givers splits the coalition's count over two countries that do not pay
for it all.
"""

from __future__ import annotations

from bot.core.pledges.donors.schemes import leads_a_scheme
from bot.core.text.lazy_pattern import lazy

# (folded text) What a capability coalition gathers ("the drone coalition", "die Drohnenkoalition",
# "la coalition maritime", "la coalition pour le déminage", "die IT-Koalition").
_CAPABILITY = (
    r"(?:drones?|maritime|armou?r(?:ed)?|tanks?|jets?|fighter(?: jet)?|air[- ]defen[cs]e|artillery|demining|"
    r"mine[- ]clearing|it|cyber|capabilit(?:y|ies)|long[- ]range)"
)
_FRENCH_CAPABILITY = (
    r"(?:maritime|blindee|informatique|cyber|(?:de |des |pour (?:le |la |les |l')?)(?:l')?"
    r"(?:drones|capacites|blindes|chars|defense aerienne|deminage|informatique|cyberdefense|it|artillerie))"
)
CAPABILITY_COALITION = lazy(
    r"\b" + _CAPABILITY + r"[- ]coalition\b|"
    r"\w*(?:drohnen|panzer|kampfjet|luftverteidigungs|minenraum|entminungs|fahigkeits|artillerie|it-|cyber-?)"
    r"koalition\b|"
    r"maritime koalition\b|"
    r"coalition " + _FRENCH_CAPABILITY + r"\b"
)
# (folded text, at a sentence's subject) A determiner opening the subject phrase.
_DETERMINER = lazy(r"(?:the|this|a|la|cette|une|die|diese|eine)\s")
# How far into the subject its coalition word may stand: past a German pre-nominal phrase of
# its leaders ("die von Estland und Luxemburg geführte IT-Koalition").
_SUBJECT_REACH = 80


def coalition_led_subject(folded: str, at: int, end: int, donors: list[tuple[str, int, int]]) -> bool:
    """Whether the sentence's subject (from `at`) is a capability coalition told with the
    donors that lead it: every donor named before the coalition's word, or right after it,
    leads it ("led by", "dirigée par", "von ... geführte", "unter Führung"), and one does."""
    if not donors or not _DETERMINER.match(folded, at):
        return False
    coalition = CAPABILITY_COALITION.search(folded, at, min(end, at + _SUBJECT_REACH))
    if coalition is None:
        return False
    # the leaders' phrase stands before the word (German) or follows it at once (English, French)
    within = [d for d in donors if d[1] < coalition.end() + _SUBJECT_REACH]
    leaders = coalition_leaders(folded, within)
    before = [d for d in donors if d[1] < coalition.start()]
    return bool(leaders) and all(d in leaders for d in before)


def coalition_leaders(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The donors that lead a scheme, with the partners listed after the first of them ("led
    by Latvia and Britain", "dirigée par la Lituanie et l'Islande", "von Estland und
    Luxemburg geführte": the pattern of leading stands by one member only)."""
    ordered = sorted(donors, key=lambda d: d[1])
    leaders: list[tuple[str, int, int]] = []
    for donor in ordered:
        if leads_a_scheme(folded, donor[1], donor[2]) or (
            leaders and _LIST_JOINT.fullmatch(folded, leaders[-1][2], donor[1])
        ):
            leaders.append(donor)
    # (German names the leading after the last member: "von Estland und Luxemburg geführte")
    for donor in reversed(ordered):
        later = [d for d in leaders if d[1] > donor[1]]
        if donor not in leaders and later and _LIST_JOINT.fullmatch(folded, donor[2], later[0][1]):
            leaders.append(donor)
    return leaders


def joins_as_member(folded: str, end: int) -> bool:
    """A donor told joining the coalition ("with Slovakia and New Zealand joining as new
    members", "rejoints par la Slovaquie", "der die Slowakei als neues Mitglied beitritt"):
    a member's entry, no giving of its own."""
    return _JOINING_AFTER.match(folded, end) is not None


# (folded text, after a donor, or after the last of a list of them)
_JOINING_AFTER = lazy(
    r"(?:\s*(?:,|and|et|und)\s*(?:the |la |le |l')?[\w' -]{2,30}?)?\s+"
    r"(?:joining|(?:having |who have |which have )?joined|rejoignant|(?:qui )?(?:ont |a )?rejoint|"
    r"als neue(?:s|r)? mitglied(?:er)?|beigetreten|beitreten|as (?:a )?new members?)\b"
)
# (folded text, between two members of a list)
_LIST_JOINT = lazy(r"\s*(?:,|and|et|und|as well as|sowie)\s*(?:the |la |le |les |l'|den |dem |der )?")
