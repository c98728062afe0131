"""Gapping: a second giver told with the verb left out.

"Finland sent three tanks, Norway eight" (the same thing, its own count),
"Germany promised two IRIS-T systems, the Netherlands €300 million, and Sweden a €1.5
billion package" (its own thing), "et huit pour la Norvège", "und Dänemark 19". Each
reading here starts from a separator before the donor (_GAP_BEFORE) and gives that
donor the earlier verb's thing or status; item_records.py and given_items.py ask here.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.passes.records import Cue, Item, Mention
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.pledges.quantities.numbers import Count, parse_numeral
from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy


def gapped_vague_object(
    folded: str, item: Mention, precise: list[Item], donors: list[tuple[str, int, int]]
) -> bool:
    """Whether a vague thing ("a new aid package") is what a gapped giver after a precise
    thing gives: "Germany promised two IRIS-T systems, and Sweden a new aid package" (its
    giver is then found by gapped_giver)."""
    for _, donor_start, donor_end in donors:
        if (
            0 < item.start - donor_end <= 24
            and _GAPPED_ARTICLE.fullmatch(folded, donor_end, item.start)
            and any(p.end <= donor_start for p in precise)
            and _GAP_BEFORE.search(folded, max(0, donor_start - 16), donor_start)
        ):
            return True
    return False


# A second giver told with its count and the verb and thing left out ("Finland sent three
# tanks, Norway eight", "und Dänemark 19", "et huit pour la Norvège", "contre 19 pour le
# Danemark"): after a separator, the donor then the bare count, or (French) the count then
# "pour" and the donor; nothing after the count but the sentence's end or a separator.
_GAP_BEFORE = lazy(
    r"(?:,|;|\band|\bet|\bund|\bwhile|\bwhereas|\btandis que|\balors que|\bwahrend|\bcontre)\s*"
    r"(?:(?:and|et|und)\s+)?(?:the |la |le |l'|les |die |der )?$"
)
_GAP_END = lazy(r"\s*(?:[,.;:)]|$|(?:and|et|und)\b)")
_GAP_FOR = lazy(r"\s+(?:pour|chez)\s+(?:la |le |l'|les )?$")

# Between a gapped giver and its own thing: nothing, an indefinite or French partitive article
# ("la Belgique des obus : 3 000"), or a package whose amount follows ("Sweden a package worth
# €1.5 billion", "la Suède un paquet de 1,5 milliard d'euros", "Schweden ein Paket von 1,5
# Milliarden Euro"). (Folded text.) French opens a thing without a count by its partitive: "la Lituanie
# des obus", "l'Estonie du carburant"; a giver's own stock by a possessive: "Spain its Hawk launchers",
# "l'Espagne ses Hawk", "Spanien seine Hawk-Starter".
_GAPPED_OBJECT_GAP = lazy(
    r"\s+(?:(?:(?:a|an|un|une|ein|eine|einen|des|du|de la|its|their|ses|son|sa|leurs?|seine|seinen|ihre|ihren)\s+|de l')"
    r"(?:[\w-]+\s+)?)?(?:(?:[\w-]+\s+)?(?:package|paquet|enveloppe|paket|hilfspaket)"
    r"\s+(?:of|worth|de|d'|von|im wert von)\s*)?"
)

# Between a gapped giver's count and its thing's name: blanks, or one word that says what the named
# system is ("quatre lanceurs Hawk", "four launchers of"): folded text.
_COUNTED_NAME_GAP = lazy(r"\s*|\s+[a-z][\w-]*\s+(?:(?:of|de|d')\s*)?")

# A vague thing opened by an article, one word between at most ("Sweden a new aid package").
_GAPPED_ARTICLE = lazy(r"\s+(?:a|an|un|une|ein|eine|einen|un nouveau|une nouvelle)\s+(?:[\w-]+\s+)?")


def gapped_giver(
    sentence: Sentence, item: Item, cue: Cue, items: list[Item], counts: list[Count], parties: Parties
) -> tuple[str, ...]:
    """The giver of a gapped clause that names its own thing, the verb left out: "Germany
    promised two IRIS-T systems, the Netherlands €300 million, and Sweden a €1.5 billion
    package", "l'Allemagne a promis ..., les Pays-Bas 300 millions d'euros", "sagte
    Deutschland ... zu, die Niederlande 300 Millionen Euro": the donor group right before
    the item, after the cue and after another thing given, opened by a separator
    (_GAP_BEFORE). The thing must open as an object does (an amount, a count, "a"): in
    "tanks and German air defence" the nationality only says whose air defence it is."""
    folded = sentence.folded
    for group_start, group_end, codes in parties.groups:
        if group_end > item.start or group_start < cue.end or item.start - group_end > 40:
            continue
        # (a count may stand between: "Norway eight Leopard tanks", "la Belgique quatre F-16", and a
        # word for what the system is before its name: "l'Espagne quatre lanceurs Hawk")
        count = next((c for c in counts if group_end < c.start < item.start), None)
        object_start = count.start if count is not None else item.start
        if count is not None and not (
            count.end == item.start or _COUNTED_NAME_GAP.fullmatch(folded, count.end, item.start)
        ):
            continue
        if not _GAPPED_OBJECT_GAP.fullmatch(folded, group_end, object_start):
            continue
        opens_as_object = (
            count is not None or item.value is not None or not folded[group_end:object_start].isspace()
            or _counted_after_a_colon(folded, item)
            or _named_giver_then_bare_thing(sentence, group_start, group_end, item)
        )
        if not opens_as_object:
            continue
        earlier = [other for other in items if other is not item and other.end <= group_start]
        if not earlier or not _GAP_BEFORE.search(folded, max(earlier[-1].end, group_start - 16), group_start):
            continue
        return codes
    return ()


# A giver told by its country's name, not its nationality, then a bare thing that closes the clause:
# "Spain will send tanks, Italy howitzers and Portugal ammunition", "und Portugal Munition" (a
# name is capitalised and ends in none of the English nationality endings, which "German air
# defence" or "Portuguese shells" do; German nationalities are written lower case there:
# "und deutsche Munition").
_NATIONALITY_ENDING = lazy(r"(?:ese|ish|an|ch|ic|ek|ak|ss|i)$")
_CLAUSE_CLOSES = lazy(r"\s*(?:[,.;:)]|$|(?:and|et|und|sowie)\b)")


def _named_giver_then_bare_thing(sentence: Sentence, group_start: int, group_end: int, item: Item) -> bool:
    written = sentence.full[group_start:group_end]
    if not written[:1].isupper() or sentence.full[group_start:item.start].count(" ") > 3:
        return False
    last = fold(written).split()[-1]
    if _NATIONALITY_ENDING.search(last):
        return False
    return _CLAUSE_CLOSES.match(sentence.folded, item.end, sentence.end) is not None


# (folded text) The thing's count told after it and a colon, as a list told as text gives it
# ("and Norway NASAMS: 2", "; la Belgique des obus : 3 000", "und Norwegen NASAMS: 2"): the
# clause names its own thing and count, the verb left out, as "Norway two NASAMS" does.
_COLON_THEN_COUNT = lazy(r"(?:\s*[\w/-]{1,10}(?:\s?mm)?){0,2}\s?:\s*\d")


def _counted_after_a_colon(folded: str, item: Item) -> bool:
    return item.quantity is not None and _COLON_THEN_COUNT.match(folded, item.end) is not None


def gapped_records(
    sentence: Sentence, item: Item, record: Pledge, counts: list[Count], donors: list[tuple[str, int, int]]
) -> list[Pledge]:
    """Records of the givers a gapped clause after the sentence's last item names: the
    item's record with that giver and count (see _GAP_BEFORE)."""
    folded, end = sentence.folded, sentence.end
    found: list[Pledge] = []
    # (where each donor starts and ends: only those at a count's edge can be its giver, so a
    # list of thousands of counts and givers no longer tries every giver for every count)
    by_start: dict[int, list[int]] = {}
    by_end: dict[int, list[int]] = {}
    for index, (_, donor_start, donor_end) in enumerate(donors):
        by_start.setdefault(donor_start, []).append(index)
        by_end.setdefault(donor_end, []).append(index)
    for count in counts:
        if count.start < item.end:
            continue
        bare = _GAP_END.match(folded, count.end, end) is not None
        code = None
        for donor, donor_start, donor_end in _donors_at_the_edges(folded, count, donors, by_start, by_end):
            if donor_start < item.end or donor == record.donor:
                continue
            if bare and donor_end <= count.start and folded[donor_end : count.start].isspace() and _GAP_BEFORE.search(
                folded, max(item.end, donor_start - 16), donor_start
            ):
                code = donor  # "..., Norway eight"
            elif count.end <= donor_start <= count.end + 16 and _GAP_FOR.fullmatch(
                folded, count.end, donor_start
            ) and _GAP_BEFORE.search(folded, max(item.end, count.start - 12), count.start) and _GAP_END.match(
                folded, donor_end, end
            ):
                code = donor  # "..., et huit pour la Norvège"
            if code:
                break
        if code is not None:
            found.append(replace(record, donor=code, quantity=count.value))
        elif record.quantity is not None and count.value != record.quantity and _dated_gap(folded, item, count, end):
            found.append(replace(record, quantity=count.value))  # "...; in 2025, 40"
    return found


# A year list with the verb and thing left out after a first full clause that tells its year:
# "France delivered 30 Caesar guns in 2024; in 2025, 40", "; en 2025, 40", "; 2025 dann 40",
# "and 40 in 2025", "et 40 en 2025", "und 2025 weitere 40": the same giver, thing and status,
# the later year's count (folded text). The count opens its clause after a separator, the year
# right before it or right after it; a count after "from" ("up from 20 in 2023") is a
# comparison, and a count with words of its own after it ("40 are planned") a clause of its own.
_YEAR = r"(?:19|20)\d\d"
_DATED_GAP_BEFORE = lazy(
    rf"(?:;|,|\band|\bet|\bund)\s*(?:(?:in|en|im(?: jahr)?)\s+)?{_YEAR},?\s+"
    r"(?:(?:then|dann|puis|another|a further|further|weitere|encore|nochmals)\s+)?$"
)
_BARE_GAP_BEFORE = lazy(r"(?:;|,|\band|\bet|\bund)\s*(?:(?:another|a further|weitere|encore)\s+)?$")
_YEAR_AFTER = lazy(rf"\s+(?:in|en|im(?: jahr)?)\s+{_YEAR}")
_YEAR_TOLD = lazy(rf"\b{_YEAR}\b")


def _dated_gap(folded: str, item: Item, count: Count, end: int) -> bool:
    """Whether `count`, after the sentence's last item, is a later year's in a year list
    (_DATED_GAP_BEFORE, _YEAR_AFTER) whose first clause told its own year."""
    low = max(item.end, count.start - 40)
    before = _DATED_GAP_BEFORE.search(folded, low, count.start)
    if before is not None:
        clause_start = before.start()
        if _GAP_END.match(folded, count.end, end) is None:
            return False
    else:
        after = _YEAR_AFTER.match(folded, count.end)
        if (
            after is None or _GAP_END.match(folded, after.end(), end) is None
            or not _BARE_GAP_BEFORE.search(folded, max(item.end, count.start - 16), count.start)
        ):
            return False
        clause_start = count.start
    # (the first clause's year is told near its thing: a bounded search, so that a list of
    # thousands of counts costs no square)
    return _YEAR_TOLD.search(folded, max(0, item.start - 80), min(clause_start, item.end + 80)) is not None


# The same, as a clause of its own after ";" (extract.py splits there): "...; in 2025, 40",
# "; en 2025, 40.", "; 2025 dann 40." (folded text: the whole clause, its count in digits).
_DATED_CLAUSE = lazy(
    rf"\s*(?:(?:in|en|im(?: jahr)?)\s+)?(?P<year>{_YEAR}),?\s+"
    r"(?:(?:then|dann|puis|another|a further|further|weitere|encore|nochmals)\s+)?"
    r"(?P<count>\d{1,3}(?:[,.\s]\d{3})*)\s*[.;]?\s*"
)


def dated_clause_count(folded: str, start: int, end: int, lang: str | None) -> int | None:
    """The count of a clause that is nothing but a year and a count ("in 2025, 40"), else None."""
    clause = _DATED_CLAUSE.fullmatch(folded, start, end)
    if clause is None:
        return None
    value = parse_numeral(clause.group("count"), lang)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def next_year_record(before: list[Pledge], count: int, evidence: str) -> Pledge | None:
    """The record a year clause's count continues: the one counted record of the clause
    before ("France delivered 30 Caesar guns in 2024"), whose own sentence told its year,
    with the new count and the clause as its evidence (dedupe keeps a year's record apart)."""
    counted = [p for p in before if p.quantity is not None]
    if len(counted) != 1 or counted[0].quantity == count or not _YEAR_TOLD.search(fold(counted[0].evidence)):
        return None
    return replace(counted[0], quantity=count, evidence=evidence)


def _donors_at_the_edges(
    folded: str, count: Count, donors: list[tuple[str, int, int]], by_start: dict[int, list[int]],
    by_end: dict[int, list[int]]
) -> list[tuple[str, int, int]]:
    """The donors, in their order, that may give a gapped count: ending before it with only
    blanks between ("Norway eight") or starting within 16 characters after it ("huit pour la
    Norvège"). gapped_records tries these alone: no other passes its tests."""
    blanks_from = count.start
    while blanks_from > 0 and folded[blanks_from - 1].isspace():
        blanks_from -= 1
    indices = {i for at in range(blanks_from, count.start + 1) for i in by_end.get(at, ())}
    indices.update(i for at in range(count.end, count.end + 17) for i in by_start.get(at, ()))
    return [donors[i] for i in sorted(indices)]
