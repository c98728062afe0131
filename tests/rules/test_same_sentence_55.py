"""Issue 15, stop 55: NEAR asks whether two words are in one sentence (Words.same_sentence),
told for a text's first pairs from the text between the two words alone
(bot.core.text.sentence_ends_between) rather than by splitting the whole text. The answer must
be the whole split's, for any two words of any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core.rules import nodes as rule_nodes
from bot.core.rules.language import RuleSet
from bot.core.models import Rule

_PIECES = st.sampled_from(
    ["Ukraine", "tanks", "155mm", "F-16", "U.S.", "M.", "Mrd.", "24.", "Macron", "The", "the", "Le", "on X.",
     "am 24. Februar", "12. Le", "mm.", "155 mm.", "IRIS-T.", "e.g.", "No.", "é", "1,5"]
    + [" ", "  ", ". ", "! ", "? ", "; ", "\n", "\n\n", ".\" ", "…", ", ", "-", "\u00a0", "\u2028", ".) ", "?! "]
)


@given(st.lists(_PIECES, max_size=40).map("".join), st.data())
def test_two_words_are_in_one_sentence_as_the_whole_split_tells(text: str, data) -> None:
    words = rule_nodes.split_words(text)
    if not words.words:
        return
    whole = rule_nodes.split_words(text).sentences
    for _ in range(rule_nodes._PAIRS_TOLD_APART + 3):  # told apart, then from the whole split
        first = data.draw(st.integers(0, len(words.words) - 1))
        last = data.draw(st.integers(first, len(words.words) - 1))
        assert words.same_sentence(first, last) == (whole[first] == whole[last]), (first, last)


def test_a_text_is_split_into_sentences_only_after_many_pairs(monkeypatch) -> None:
    split = []
    monkeypatch.setattr(rule_nodes, "_sentence_numbers",
                        lambda text, starts, number=rule_nodes._sentence_numbers: split.append(text)
                        or number(text, starts))
    text = "They send a tank. " * 20
    words = rule_nodes.split_words(text)
    assert [words.same_sentence(4 * k, 4 * k + 3) for k in range(rule_nodes._PAIRS_TOLD_APART)] == [True] * 8
    assert split == []
    assert words.same_sentence(3, 4) is False  # "tank. They"
    assert split == [text]


def test_near_finds_pairs_in_one_sentence_without_splitting_the_text(monkeypatch) -> None:
    ruleset = RuleSet.compile([Rule("t", "tank NEAR/3 send")])
    monkeypatch.setattr(rule_nodes, "_sentence_numbers", lambda text, starts: [0] * len(starts))  # a wrong split
    assert ruleset.analyze("They send a tank.").hits
    assert not ruleset.analyze("They send. A tank.").hits
