"""Stop 58's shortcuts give the answers of the plain way (issue 15): fewer calls, not other ones.

- the article gate's wrapper takes `pos` and `endpos` by name, with `re`'s defaults, instead of
  passing *args on (a tuple and the generic call path on each of ~880 calls a relevant article);
- a guarded pattern's scan (finditer) asks the article gate first, as its search does;
- a thing's clause is not cut out for a battle claim when its article or sentence holds no claimant
  word (the sentence looked at once for all its things);
- a sentence's cues are not searched for a rejected suit when none is a cue a suit could ask;
- the promises told arriving are not read when the sentence tells no delivery.
Each skipped step is one whose answer the plain way then throws away; the tests below compare the
answers with the plain ones on texts written from the patterns' own pieces, and check that the
skipped step is skipped."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from bot.core.pledges.passes import sentence_scans
from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.special_pieces import battle_claims, court_rulings
from bot.core.pledges.status import status_cues
from bot.core.text import lazy_pattern
from bot.core.text.lazy_pattern import gate_text, guarded, lazy


def test_a_gated_method_takes_pos_and_endpos_as_re_does() -> None:
    pattern = lazy(r"\bhowitzers?\b")
    plain = re.compile(pattern.pattern)
    for article in ("the howitzers arrived", "no guns here at all"):
        gate_text(article)
        for method in ("search", "match", "fullmatch"):
            gated, direct = getattr(pattern, method), getattr(plain, method)
            for args, kwargs in (((), {}), ((4,), {}), ((4, 13), {}), ((), {"pos": 4}), ((), {"pos": 4, "endpos": 13}),
                                 ((-3, 99), {}), ((), {"endpos": sys.maxsize})):
                found, expected = gated(article, *args, **kwargs), direct(article, *args, **kwargs)
                assert (found and found.span()) == (expected and expected.span()), (article, method, args, kwargs)


def test_a_guarded_scan_asks_the_article_gate_before_cutting_the_range(monkeypatch) -> None:
    pattern = guarded(r"\b(?:zqxsending|zqxgiving)\b", ("zqxsending", "zqxgiving"))
    gate_text("zqxsending")
    pattern.search("zqxsending")  # (its words become the gate's literals ...)
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (... which the set, built again, looks for)
    article = "the tanks arrived in kyiv on monday, a long way from the front"
    gate_text(article)
    assert pattern.absent_from_article(article)
    assert not pattern.absent_from_article("x " + article)  # another string: the gate cannot tell
    scanned: list[str] = []

    class Recording:
        def finditer(self, string, *args):
            scanned.append(string)
            return iter(())

    monkeypatch.setitem(pattern.__dict__, "_compiled", Recording())
    assert list(pattern.finditer(article, 3, 40)) == [] and scanned == []
    with_words = article + " zqxgiving more"
    gate_text(with_words)
    assert not pattern.absent_from_article(with_words)
    list(pattern.finditer(with_words, 0, len(with_words)))
    assert scanned == [with_words]


_CLAIM_PIECES = st.sampled_from(
    ["russia", "russia's", "moscow", "russland", "la russie", "claimed to have", "nach eigenen angaben",
     "destroyed", "shot down", "abgeschossen", "detruit", "struck", "germany", "delivered", "sent", "pledged",
     "geliefert", "livre", "hat", "; ", " - ", ". ", ", ", " ", " ", "  ", "leopard", "tanks", "patriot", "x", "é"]
)


def _plain_claimed_as_hit(folded: str, start: int, end: int, item: Item) -> bool:
    # the function as written before stop 58: the clause cut out first, the claimant looked for in it
    shortcut = battle_claims.holds_any
    try:
        battle_claims._CLAIMANT.absent_from_article = lambda text: False  # type: ignore[method-assign]
        battle_claims.holds_any = lambda *args: True
        return battle_claims.claimed_as_hit(folded, start, end, item)
    finally:
        del battle_claims._CLAIMANT.absent_from_article
        battle_claims.holds_any = shortcut


@given(st.lists(_CLAIM_PIECES, max_size=24), st.lists(_CLAIM_PIECES, max_size=12), st.integers(0, 8))
@example(["russia", " ", "destroyed", " "], ["germany", " ", "sent", " "], 0)
@example(["germany", " ", "sent", " "], [" ", "more"], 2)
def test_a_battle_claim_is_read_as_the_plain_way_reads_it(before: list[str], after: list[str], cut: int) -> None:
    folded = "".join(before) + "leopard tanks" + "".join(after)
    item = Item(len("".join(before)), len("".join(before)) + len("leopard tanks"), "tanks", None)
    start = min(cut, item.start)
    assert battle_claims.claimed_as_hit(folded, start, len(folded), item) == _plain_claimed_as_hit(
        folded, start, len(folded), item
    )


def test_a_sentence_naming_no_claimant_is_not_cut_into_clauses(monkeypatch) -> None:
    def no_clause(*args):
        raise AssertionError("the clause was cut out")

    monkeypatch.setattr(battle_claims, "_clause", no_clause)
    folded = "germany will send ten leopard tanks; the first arrive in may."
    item = Item(folded.index("leopard"), folded.index(";"), "tanks", None)
    assert battle_claims.claimed_as_hit(folded, 0, len(folded), item) is False


def test_cues_no_suit_could_ask_are_not_searched_for_a_suit(monkeypatch) -> None:
    folded = "a court dismissed the lawsuit; germany delivered ten tanks and pledged more."
    cues = [Cue(folded.index("delivered"), folded.index("delivered") + 9, "delivered"),
            Cue(folded.index("pledged"), folded.index("pledged") + 7, "pledged")]
    assert court_rulings.without_the_suits_words(folded, 0, len(folded), cues) == cues

    class NoSearch:
        def search(self, *args):
            raise AssertionError("searched for a suit")

    monkeypatch.setattr(court_rulings, "_SUIT_REJECTED", NoSearch())
    assert court_rulings.without_the_suits_words(folded, 0, len(folded), cues) is cues


def test_a_suit_rejected_still_drops_its_claimants_ask() -> None:
    folded = "a court dismissed the lawsuit seeking to block the delivery; germany will send ten tanks."
    ask = Cue(folded.index("block"), folded.index("block") + 5, "refused")
    sent = Cue(folded.index("will send"), folded.index("will send") + 9, "pledged")
    assert court_rulings.without_the_suits_words(folded, 0, len(folded), [ask, sent]) == [sent]


def test_promises_are_not_read_in_a_sentence_telling_no_delivery(monkeypatch) -> None:
    folded = "germany promised ten tanks and pledged more."
    cues = [Cue(folded.index("promised"), folded.index("promised") + 8, "pledged"),
            Cue(folded.index("pledged"), folded.index("pledged") + 7, "pledged")]

    class NoMatch:
        def match(self, *args):
            raise AssertionError("a promise's words were read")

    monkeypatch.setattr(status_cues, "_PROMISE_WORD", NoMatch())
    assert status_cues._promises_told_arriving(folded, cues, 0, len(folded)) == set()


def test_a_sentence_is_looked_at_once_for_a_guarded_patterns_words() -> None:
    folded = "russia said it destroyed two leopard tanks; germany will send more."
    sentence_scans.holds_any.cache_clear()
    words = battle_claims._CLAIMANT.needs
    assert sentence_scans.holds_any(words, folded, 0, len(folded))
    assert not sentence_scans.holds_any(words, folded, folded.index(";"), len(folded))
    sentence_scans.holds_any(words, folded, 0, len(folded))
    assert sentence_scans.holds_any.cache_info().hits == 1
