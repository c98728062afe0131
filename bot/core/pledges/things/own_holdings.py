"""What a donor has, operates or has on order for itself is no aid: its own equipment and stocks.

A full-length article tells the donor's own equipment beside its giving, as the reason it can or cannot
give more: "Romania has four Patriot systems on order, the first of which arrived in 2020", "La Belgique
dispose d'une cinquantaine de F-16", "Österreich verfügt über 15 Eurofighter". The possession verb is no
cue, so the things would take the sentence's other cue ("arrived" of its own delivery) or one borrowed from
the news before, and read as a giving to Ukraine.

Read as held (given_items leaves the thing out) when:
- a possession verb stands right before the thing, with only its count between ("has four", "flies", "dispose
  d'une cinquantaine de", "verfügt über rund 50") and Ukraine not its subject (Ukraine's own things
  are not a donor's, and "Ukraine has 30 tanks from Spain" keeps its reading);
- the thing is told "on order", "en commande" or "im Bestand" right after it (the donor's own order
  or stock); not "aus Beständen", which is where a giving takes the things from.
- the thing is told as a fleet ("Portugal's F-16 fleet, bought second-hand", "sa flotte de F-16", "die
  F-16-Flotte"): a fleet is who operates it, not what goes (not a whole fleet given, "its entire fleet").
Nothing here when the clause after the thing names Ukraine as its destination ("has 30 tanks ready
for Ukraine"): that is a giving told with a possession verb.

A donor's order told done, its counted things right after the verb ("Sweden has ordered four Patriot
systems", "la Suède a commandé quatre systèmes Patriot", "Schweden hat vier Patriot-Systeme bestellt"),
in a sentence that names no Ukraine, no scheme for it (USAI) and no money or purpose told before ("for
that purpose", "dafür", "à cet effet"), is an order for the donor's own forces (`orders_for_itself`, whose
spans own_forces.own_forces_orders adds to its own): wire copy tells it beside the aid, as the reason a
donor can give from its stocks. An order for Ukraine names Ukraine where it is told ("ordered 12 IRIS-T
systems for Ukraine"), or is a maker's ("Rheinmetall received an order").
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Sentence
from bot.core.text.lazy_pattern import lazy

# The words a count may be told with between the verb and the thing (folded text): numbers, number
# words, approximations and articles ("about 50", "une cinquantaine de", "rund 50", "four").
_COUNT_WORD = (
    r"(?:\d[\d.,]*|a|an|the|some|about|around|nearly|almost|roughly|only|just|more|than|over|fewer|less|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|dozens?|several|few|"
    r"un|une|d'une|d'un|de|d'|des|du|environ|pres|plus|moins|quelque|quelques|plusieurs|\w+aines?|"
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|vingt|trente|quarante|cinquante|soixante|cent|"
    r"rund|etwa|uber|mehr|als|knapp|fast|nur|noch|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|"
    r"\w+zig|hundert|dutzend|einige|mehrere|own|its|their|propres?|ses|sa|son|leurs?|eigenen?|seine|ihre)"
)
# A possession verb right before the thing (folded text, up to the thing's start): "has", "owns",
# "operates", "possède", "dispose de", "détient", "verfügt über", "besitzt", "betreibt".
_HELD_BEFORE = lazy(
    r"\b(?:has|have|owns|operates?|possess(?:es)?|fields|flies|fly|"
    r"possede(?:nt)?|dispose(?:nt)?|detien(?:t|nent)|"
    r"verfug(?:t|en) (?:derzeit |noch |selbst )?uber|besitz(?:t|en)|betreib(?:t|en))"
    rf"\s+(?:{_COUNT_WORD}\s+|{_COUNT_WORD}(?<='))*$"
)
# The thing told as an own order or stock right after it: "four Patriot systems on order", "deux
# systèmes en commande", "15 Eurofighter im Bestand" (a few words between).
_HELD_AFTER = lazy(r"(?:\s+[\w'-]+){0,2}?\s+(?:on order|en commande|im (?:eigenen )?bestand|in (?:seinem|ihrem) bestand)\b")
# The thing told as a fleet (folded text): the word right after it ("F-16 fleet", "F-16 fighter fleet",
# "F-16-Flotte") or "fleet of" right before it ("fleet of F-16s", "flotte de F-16", "Flotte von F-16"); a whole
# fleet is what a giving may hand over ("its entire fleet", "toute sa flotte", "die gesamte Flotte").
_FLEET_AFTER = lazy(r"(?:\s+[\w'-]+)?\s*-?\s*(?:fleet|flotte)\b")
_FLEET_BEFORE = lazy(r"\b(?:fleet|flotte)\s+(?:of|de|d'|des|du|von|aus)\s*(?:[\w'-]+\s+){0,2}$")
_WHOLE_FLEET = lazy(r"\b(?:entire|whole|all|toute|tout|entiere|gesamte\w*|ganze\w*)\s+(?:[\w'-]+\s+){0,3}$")
# Ukraine as the possessor, before the verb in its clause, or as the destination after the thing.
_UKRAINE = lazy(r"\b(?:ukrain\w*|kyiv|kiev|kiew)\b")
_CLAUSE_BREAK = lazy(r"[,;:]|\b(?:and|et|und|but|mais|aber|which|qui)\b")


def held_by_its_donor(sentence: Sentence, item: Item) -> bool:
    """Whether the sentence tells the item as a donor's own equipment (see the module's docstring)."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    held = _HELD_BEFORE.search(folded, max(start, item.start - 50), item.start)
    fleet = _FLEET_BEFORE.search(folded, max(start, item.start - 50), item.start)
    if fleet is None and (after := _FLEET_AFTER.match(folded, item.end, min(end, item.end + 30))) is not None:
        fleet = after
    if held is None and fleet is not None:
        low = fleet.start() if fleet.start() < item.start else item.start
        if _WHOLE_FLEET.search(folded, max(start, low - 40), low):
            return False
    elif held is not None:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, max(start, held.start() - 80), held.start())]
        subject_from = breaks[-1] if breaks else max(start, held.start() - 80)
        if _UKRAINE.search(folded, subject_from, held.start()):
            return False
    elif _HELD_AFTER.match(folded, item.end, min(end, item.end + 40)) is None:
        return False
    after_end = _CLAUSE_BREAK.search(folded, item.end, min(end, item.end + 80))
    return _UKRAINE.search(folded, item.end, after_end.start() if after_end else min(end, item.end + 80)) is None


# The order verbs told done, as the production cue reads them (folded text): the English past, the
# French participle after its auxiliary, the German participle.
_ORDER_VERB = lazy(r"ordered|commande(?:e|s|es)?|bestellt")
_AUXILIARY_BEFORE = lazy(
    r"\b(?:has|have|had|a|ont|avait|avaient)\s+(?:already |also |now |recently |deja |aussi |recemment )?$"
)
# The count between the order and its things (folded text, from the cue's end to the thing): "four",
# "une dizaine de", and a word of their kind before a system's name ("quatre systèmes Patriot").
_COUNT_BETWEEN = lazy(rf"\s+(?:{_COUNT_WORD}\s+|{_COUNT_WORD}(?<='))+(?:[\w'-]+\s+)?")
# German: the auxiliary and the count before the things, the participle after them ("hat vier
# Patriot-Systeme bestellt", the subject maybe between, "hat Schweden vier"; up to two words between the
# things and the participle).
_GERMAN_AUXILIARY_BEFORE = lazy(
    rf"\b(?:hat|haben|hatte|hatten)\s+(?:[\w-]+\s+){{0,2}}?(?:bereits |schon |auch |kurzlich |jetzt )?(?:{_COUNT_WORD}\s+)+$"
)
_WORDS_TO_THE_PARTICIPLE = lazy(r"[\w'-]*(?:\s+[\w'-]+){0,2}?\s+")
# What ties an order to Ukraine without naming it: a scheme for it, or a purpose or money told before.
_TIED_TO_UKRAINE = lazy(
    r"\b(?:usai|for (?:that|this) purpose|for (?:it|them)|with (?:the|that|this) money|dafur|hierfur|damit|davon|"
    r"mit (?:dem|diesem) geld|a cet effet|a cette fin|avec (?:cet|cette|ces) (?:argent|somme|fonds))\b"
)


# The donor's own forces named as an order's purpose (folded text): "to strengthen its own air defence", "pour
# renforcer sa propre défense aérienne", "um die eigene Luftverteidigung zu stärken".
_OWN_FORCES_NAMED = lazy(
    r"\b(?:(?:its|their) own (?:forces|army|armed forces|air defen[cs]es?|air force|military|stocks|troops|navy)|"
    r"(?:sa|leur|ses|leurs) propres? (?:forces|armee|armees|defense|stocks|troupes|marine)|"
    r"(?:die|der|den|seine|ihre|seiner|ihrer) eigenen? (?:streitkrafte|armee|luftverteidigung|luftabwehr|luftwaffe|"
    r"truppen|bestande|marine))\b"
)


def orders_for_itself(sentence: Sentence, cues: list[Cue], things: list) -> list[tuple[int, int, bool]]:
    """The spans of a sentence's orders told done of counted things that it ties to no Ukraine (see the
    module's docstring): from the order to its things' end, the German auxiliary to the participle, as
    own_forces' spans (no money paid in). An order whose sentence names the donor's own forces as its purpose
    ("hat beim Hersteller Patriot-Systeme bestellt, um die eigene Luftverteidigung zu stärken") is its own
    whatever its count: the whole sentence is its span."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    items = [t for t in things if start <= t.start and t.end <= end]  # (the things named: mentions or items)
    if not items or _UKRAINE.search(folded, start, end) or _TIED_TO_UKRAINE.search(folded, start, end):
        return []
    if _OWN_FORCES_NAMED.search(folded, start, end) and any(
        c.status == "production" and _ORDER_VERB.fullmatch(folded, c.start, c.end) for c in cues
    ):
        return [(start, end, False)]
    spans: list[tuple[int, int, bool]] = []
    for cue in cues:
        if cue.status != "production" or not _ORDER_VERB.fullmatch(folded, cue.start, cue.end):
            continue
        if folded.startswith("bestellt", cue.start):
            for item in items:
                if item.end <= cue.start and _WORDS_TO_THE_PARTICIPLE.fullmatch(folded, item.end, cue.start):
                    auxiliary = _GERMAN_AUXILIARY_BEFORE.search(folded, max(start, item.start - 50), item.start)
                    if auxiliary is not None:
                        spans.append((auxiliary.start(), cue.end, False))
            continue
        if folded.startswith("ordered", cue.start) or _AUXILIARY_BEFORE.search(folded, max(start, cue.start - 20), cue.start):
            first = next((i for i in items if i.start >= cue.end), None)
            if first is not None and _COUNT_BETWEEN.fullmatch(folded, cue.end, first.start):
                spans.append((cue.start, first.end, False))
    return spans
