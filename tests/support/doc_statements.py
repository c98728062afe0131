"""What the README and its long-form pages state, read by the tests that hold each stated
figure to the code's: a fact may stand in a short row and in its long form, and all the
places must say the same."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def pages_text(pages: tuple[str, ...]) -> str:
    """README.md and `pages` (paths in the repository), as one text."""
    return "\n\n".join((REPO / page).read_text(encoding="utf-8") for page in ("README.md", *pages))


def stated(text: str, pattern: str, where: str) -> str:
    """Group 1 of `pattern` in `text` (read from `where`), failing when it is not said there or
    when two places say it differently."""
    found = re.search(pattern, text)
    assert found, f"{where} no longer say {pattern!r}: update this test with it"
    said = {match[1] for match in re.finditer(pattern, text)}
    assert len(said) == 1, f"{where} differ on {pattern!r}: {sorted(said)}"
    return found[1]
