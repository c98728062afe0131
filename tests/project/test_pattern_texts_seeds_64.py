"""Every regular expression a module of pledgewatch defines has the same text in every process.

The compiled-regex cache (bot/regex_code.py) looks a pattern's code up by its text. Two patterns
of the number reader were built from sets sorted by length alone, so their words of one length
came in the set's order, which changes with the process's hash seed: each process compiled its
own variant and wrote it to the cache, which grew by two patterns a process (5.9 MB and ~2,000
patterns where a first cycle uses ~1,000, stop 64; every process reads the file whole at its start).
Here the modules a poll and its analysis import are imported under two hash seeds, and the text
and flags of every pattern their module globals hold (directly or in a tuple, list or dict) compared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_LIST_PATTERNS = r"""
import json, re, sys
import bot.pipeline, bot.analysis_worker, bot.core.analysis, bot.core.pledges.extract  # noqa: F401
from bot.core.text.lazy_pattern import LazyPattern


def texts(value):
    if isinstance(value, LazyPattern):
        yield [value.pattern, value.flags_given]
    elif isinstance(value, re.Pattern):
        yield [value.pattern if isinstance(value.pattern, str) else value.pattern.decode("latin-1"), value.flags]
    elif isinstance(value, (tuple, list)):
        for item in value:
            if isinstance(item, (LazyPattern, re.Pattern, tuple)):
                yield from texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            if isinstance(item, (LazyPattern, re.Pattern, tuple)):
                yield from texts(item)


found = {}
for name, module in sorted(sys.modules.items()):
    if name == "bot" or name.startswith("bot."):
        for attribute, value in sorted(vars(module).items()):
            for number, text in enumerate(texts(value)):
                found[f"{name}.{attribute}[{number}]"] = text
print(json.dumps(found, sort_keys=True))
"""


def _patterns_under(seed: str) -> dict[str, list]:
    environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _LIST_PATTERNS], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def test_every_module_pattern_has_one_text_whatever_the_hash_seed():
    first, second = _patterns_under("1"), _patterns_under("2")
    assert len(first) > 500  # the pledges' and stories' patterns were found at all
    assert first.keys() == second.keys()
    differing = sorted(name for name in first if first[name] != second[name])
    assert differing == []
