"""Stop 60a's shortcut gives the answer of the plain way (issue 15): an article the extractor
declared (gate_text) that holds none of the words of an audit's news is told no audit without
`re` scanning its headline and lead; any other string is searched as before."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from bot.core.pledges.special_pieces import audits
from bot.core.pledges.special_pieces.audits import tells_an_audit
from bot.core.text.lazy_pattern import gate_text

_HEADLINES = [
    "the auditor general found that 12 tanks were never delivered\n\nthe report covers 2023.",
    "an inquiry into the missing shells says the ministry lost track\n\nit was published today.",
    "la cour des comptes critique les livraisons de canons\n\nle rapport date de mars.",
    "der bundesrechnungshof rugt die lieferung von panzern\n\ndas ministerium widerspricht.",
    "sweden will send 20 tanks to ukraine\n\nthe defence minister said so on monday.",
    "after the audit, norway resumed its deliveries of shells\n\nthe pause had lasted a month.",
    "la france livre douze canons caesar\n\nles premiers sont arrives.",
]


def _answer_declared(text: str, start: int, end: int) -> bool:
    gate_text(text)
    try:
        return tells_an_audit(text, start, end)
    finally:
        gate_text("")


def _answer_plain(text: str, start: int, end: int) -> bool:
    copy = "".join(list(text))  # another string object: never the declared article
    assert copy is not text
    return tells_an_audit(copy, start, end)


def test_a_declared_article_is_told_as_a_copy_of_it_is() -> None:
    for text in _HEADLINES:
        for start, end in ((0, len(text)), (0, text.index("\n")), (text.index("\n") + 2, len(text))):
            assert _answer_declared(text, start, end) == _answer_plain(text, start, end), (text, start, end)


def test_an_article_without_the_words_is_never_scanned() -> None:
    text = "la france livre douze canons caesar\n\nles premiers sont arrives."
    scanned = []
    plain = audits._AUDIT_NEWS.finditer  # (looked up first: compiled and kept on the pattern)
    audits._AUDIT_NEWS.finditer = lambda *args: scanned.append(args) or plain(*args)
    try:
        assert _answer_declared(text, 0, len(text)) is False
        assert scanned == []
        assert _answer_plain(text, 0, len(text)) is False
        assert len(scanned) == 1
    finally:
        del audits._AUDIT_NEWS.finditer
        audits._AUDIT_NEWS.__dict__["finditer"] = plain


_PIECES = ["the ", "auditor ", "audit ", "report ", "inquiry ", "into ", "found ", "after ", "while ", "annual ",
           "cour des comptes ", "rechnungshof ", "tanks ", "sent ", ", ", ". ", "\n\n", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_texts_of_the_patterns_pieces_are_told_alike(pieces: list[str]) -> None:
    text = "".join(pieces)
    assume(len(text) > 1)  # (an empty or one-letter string is shared: no copy of it is another object)
    assert _answer_declared(text, 0, len(text)) == _answer_plain(text, 0, len(text))
