"""The article gate's answer kept per pattern and declaration (bot.core.text.lazy_pattern,
stop 62, issue 15): a gated pattern tests the article's literal set at its first call on a
declared article and keeps (the declaration's serial number, the answer), so that its later
calls on that article cost an identity test. The answers must stay the plain method's:

- the set test is made once per pattern and declaration, and a new declaration (even of the
  same string object, after the set has learned more literals) is asked afresh;
- the kept answer holds no article: ~600 patterns must not keep old articles alive;
- a pattern asked on a string other than the declared article runs plainly, whatever it
  kept; the hand-guarded patterns keep their answer the same way.

The texts are invented for these tests."""

from __future__ import annotations

import re

import bot.core.text.lazy_pattern as lazy_pattern
from bot.core.text.lazy_pattern import gate_text, guarded, lazy


def _counting_absent_from(monkeypatch) -> list[str]:
    asked: list[str] = []
    real = lazy_pattern._absent_from

    def counting(string, gate):
        asked.append(string)
        return real(string, gate)

    monkeypatch.setattr(lazy_pattern, "_absent_from", counting)
    return asked


def test_the_set_is_asked_once_per_pattern_and_declaration(monkeypatch) -> None:
    pattern = lazy(r"\bzqxmortars?\b")
    article = "the trucks reached the border on tuesday"
    gate_text(article)
    pattern.search(article)  # (its literal becomes the gate's ...)
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (... which the set, built again, looks for)
    asked = _counting_absent_from(monkeypatch)
    gate_text(article)
    for pos, end in ((0, len(article)), (4, 10), (11, 30)):
        assert pattern.search(article, pos, end) is None
        assert pattern.match(article, pos, end) is None
    assert asked == [article] * 2  # search and match are gated apart, each once
    holding = "the zqxmortars reached the border"
    gate_text(holding)
    assert pattern.search(holding).span() == (4, 14)
    assert pattern.search(holding, 5) is None
    assert asked == [article, article, holding]


def test_the_same_article_declared_again_is_asked_again(monkeypatch) -> None:
    # A set that cannot read the article (RE2 out of memory: the sentinel unreported) gives no
    # answer, so the pattern runs plainly; once the set is built again, a new declaration of the
    # very same string gates it. (Not a pattern first used after the set was built: the literals
    # the set has not learned yet are looked for one by one, test_gate_late_literals_62.py.)
    pattern = lazy(r"\bzqxcannons?\b")
    article = "the lorries reached the depot on friday"
    gate_text(article)
    assert pattern.search(article) is None
    ran: list[str] = []
    real = pattern.compiled

    class Recording:
        def search(self, string, *args):
            ran.append(string)
            return real.search(string, *args)

    gated = lazy_pattern._text_gate(Recording().search, ("zqxcannon",))
    known = len(lazy_pattern._literals_by_id)  # (as many as are met: not rebuilt at the next article)
    monkeypatch.setattr(lazy_pattern, "_scanner", (known, lazy_pattern._build_scanner(["zqxnothing"])))
    gate_text(article)
    gated(article)
    assert ran == [article]  # the set could not tell: no answer, a plain search
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))
    gate_text(article)  # the same object, declared anew: the set, rebuilt, knows the literal
    gated(article)
    gated(article, 3, 20)
    assert ran == [article]


def test_a_kept_answer_holds_no_article() -> None:
    pattern = lazy(r"\bzqxrifles?\b")
    article = "a long article about shells " * 40
    gate_text(article)
    pattern.search(article)
    gate_text("the next article")
    kept = [cell.cell_contents for cell in pattern.search.__closure__ or ()]
    assert not any(value is article for value in kept)
    assert not any(isinstance(value, tuple) and any(part is article for part in value) for value in kept)


def test_another_string_is_searched_plainly_whatever_was_kept() -> None:
    pattern = lazy(r"\b(?:zqxsends|zqxdelivers) (?:tanks|jets)\b")
    plain = re.compile(pattern.pattern)
    article = "nothing of the kind here"
    gate_text(article)
    assert pattern.search(article) is None  # the answer "absent" kept for this declaration
    other = "berlin zqxsends tanks"
    assert pattern.search(other).span() == plain.search(other).span()
    assert pattern.match(other, 7).span() == plain.match(other, 7).span()


def test_a_guarded_pattern_keeps_its_answer_per_declaration(monkeypatch) -> None:
    pattern = guarded(r"\bzqxswap\w*", ("zqxswap",))
    plain = re.compile(pattern.pattern)
    gate_text("a zqxswap")
    pattern.search("a zqxswap")
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))
    asked = _counting_absent_from(monkeypatch)
    for article in ("no exchange at all", "a zqxswap of tanks", "no exchange at all"):
        gate_text(article)
        for pos, end in ((0, len(article)), (2, 9), (5, len(article))):
            found, expected = pattern.search(article, pos, end), plain.search(article, pos, end)
            assert (found and found.span()) == (expected and expected.span()), (article, pos, end)
    assert len(asked) == 3  # once per declaration
    assert pattern._verdict[0] != -1 and not isinstance(pattern._verdict[0], str)
