"""Stop 64 (leftovers64): the fact-check traps' contrast regex, written out in three rules because the rules file has
no home for a shared regex (word lists hold no regexes), stays one text in all three (the note in config/rules.toml)."""

from __future__ import annotations

import re
import tomllib

from tests.support.wire_reading import RULES_TOML

# (the regex's opening, as the rules write it: a contrast word before a giving verb in the past)
_CONTRAST_REGEX = re.compile(r"re:/\\b\(\?:however\|though\|(?:\\.|[^\\/])*/")


def test_the_fact_check_traps_share_one_contrast_regex() -> None:
    rules = tomllib.loads(RULES_TOML.read_text(encoding="utf-8"))["rule"]
    copies = [found for rule in rules for found in _CONTRAST_REGEX.findall(rule["expression"])]
    assert len(copies) == 3
    assert len(set(copies)) == 1
