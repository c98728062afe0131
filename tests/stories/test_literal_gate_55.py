"""The story patterns that read a whole lead are gated by their words (bot.core.text.literal_gate,
stop 55, issue 15): a call on a text holding none of the literal strings one of which every match
holds answers "no match" without running `re`. The answers must be the plain patterns' answers:

- every gated pattern of bot/core/stories answers each method as the plain compiled pattern on
  the folded leads of the project's labelled texts (tests/data), with and without their words;
- every match of a gated pattern holds one of its words: on the matches hypothesis writes from
  each pattern (written without its look-arounds, which read no part of a match), and on every
  match in the labelled texts;
- a case-blind pattern is not gated; a text without the words runs no search.

No text here is new: the labelled texts are the project's own. Measured in bench/README.md,
"The story fingerprint's patterns gated by their words" (stop 55)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.core.stories
from bot.core.text import fold
from bot.core.text.lazy_pattern import literals_of_every_match
from bot.core.text.literal_gate import LiteralGated, gated
from tests.support.module_values import module_values

_DATA = Path(__file__).parents[1] / "data"
_LOOK_AROUND = re.compile(r"\(\?<?[=!](?:[^()\\]|\\.)*\)")


def _gated_patterns() -> list[tuple[str, LiteralGated]]:
    found = [(name, value) for name, value in module_values(bot.core.stories, LiteralGated)]
    # (and those kept in a module-level dict: gatherings.MEETINGS)
    found += [(f"{name}[{key}]", pattern) for name, table in module_values(bot.core.stories, dict)
              for key, pattern in table.items() if isinstance(pattern, LiteralGated)]
    return sorted(found, key=lambda item: item[0])


_GATED = _gated_patterns()


def _folded_leads() -> list[str]:
    leads = []
    for path in sorted(_DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict) and isinstance(row.get("title"), str):
                body = row.get("summary") or row.get("text") or ""
                leads.append(fold(f"{row['title']}\n\n{body[:1200]}"))
    return leads


_LEADS = _folded_leads()


def test_the_costly_story_patterns_are_gated() -> None:
    # (each of these read the whole lead at ~30-400 us a search; a gate whose words could not be
    # read would leave every call running)
    names = {name for name, _ in _GATED}
    assert {"approvals._CONDITION_AHEAD", "approvals._PENDING", "gatherings._GATHERING",
            "gatherings._ANNOUNCEMENT_AHEAD", "gatherings.MEETINGS[UDCG]", "supply_told._SUPPLY"} <= names
    assert len({id(pattern) for _, pattern in _GATED}) >= 39
    for name, pattern in _GATED:
        assert literals_of_every_match(pattern.pattern, pattern.flags), name


def _same(found, expected) -> bool:
    if isinstance(expected, re.Match) or expected is None:
        return (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    return found == expected


@pytest.mark.parametrize("name, pattern", _GATED, ids=[name for name, _ in _GATED])
def test_a_gated_pattern_answers_as_the_plain_one_on_the_labelled_leads(name: str, pattern: LiteralGated) -> None:
    plain = re.compile(pattern.pattern, pattern.flags)
    for lead in _LEADS:
        assert _same(pattern.search(lead), plain.search(lead)), (name, lead)
        assert pattern.sub("_", lead) == plain.sub("_", lead), (name, lead)
    # every other method, on fewer leads (each runs the plain pattern over the whole lead)
    for lead in _LEADS[::10]:
        for method in ("search", "match", "fullmatch"):
            for pos, end in ((7, len(lead)), (0, 40), (3, 2)):
                assert _same(getattr(pattern, method)(lead, pos, end), getattr(plain, method)(lead, pos, end)), (
                    name, method, lead)
        assert [m.span() for m in pattern.finditer(lead, 5)] == [m.span() for m in plain.finditer(lead, 5)]
        assert pattern.findall(lead) == plain.findall(lead)
        assert pattern.subn("_", lead, 1) == plain.subn("_", lead, 1)
        assert pattern.split(lead) == plain.split(lead)


def test_every_match_in_the_labelled_leads_holds_one_of_the_words() -> None:
    matches = 0
    for name, pattern in _GATED:
        needs = literals_of_every_match(pattern.pattern, pattern.flags)
        for lead in _LEADS:
            for match in pattern.compiled.finditer(lead):
                matches += 1
                assert any(word in match.group() for word in needs), (name, match.group(), needs)
    assert matches > 500


# Patterns with nested look-arounds are left to the labelled texts' tests above.
_GENERATED = [(name, pattern) for name, pattern in _GATED
              if not any(mark in _LOOK_AROUND.sub("", pattern.pattern) for mark in ("(?=", "(?!", "(?<"))]


@pytest.mark.parametrize("name, pattern", _GENERATED, ids=[name for name, _ in _GENERATED])
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_holds_one_of_the_words(name: str, pattern: LiteralGated, data) -> None:
    form = _LOOK_AROUND.sub("", pattern.pattern)
    text = data.draw(st.from_regex(re.compile(form, pattern.flags), fullmatch=True), label="match")
    needs = literals_of_every_match(pattern.pattern, pattern.flags)
    assert any(word in text for word in needs), (text, needs)


def test_a_text_without_the_words_runs_no_search() -> None:
    pattern = gated(r"\b(?:parliament|congress) (?:approved|passed)\b")
    assert pattern.search("congress passed it").span() == (0, 15)  # (its words read at this first call)
    ran: list[str] = []

    class Recording:
        # the compiled pattern's stand-in: records each call that reaches it
        def search(self, string, *args):
            ran.append(string)
            return None

    pattern.compiled = Recording()
    assert pattern.search("the ministry announced a package on monday") is None
    assert list(pattern.finditer("no vote was told")) == []
    assert pattern.sub(" ", "a text with none of them") == "a text with none of them"
    assert ran == []
    assert pattern.search("congress passed it") is None  # (the stand-in's answer: it ran)
    assert ran == ["congress passed it"]


def test_a_case_blind_pattern_is_not_gated() -> None:
    assert isinstance(gated(r"\bcorrects\b", re.IGNORECASE), re.Pattern)
    assert isinstance(gated(r"(?i)\bcorrects\b"), re.Pattern)
    assert isinstance(gated(r"\bcorrects\b"), LiteralGated)


def test_a_gated_pattern_shows_the_compiled_ones_attributes() -> None:
    pattern = gated(r"(?P<chamber>senate|house) (?:passed|approved)")
    assert pattern.pattern == r"(?P<chamber>senate|house) (?:passed|approved)"
    assert pattern.groupindex == {"chamber": 1}
    assert pattern.groups == 1
    assert pattern.match("senate passed it").group("chamber") == "senate"
