"""Where pledgewatch keeps its cache: `$PLEDGEWATCH_CACHE_DIR`, else
`$XDG_CACHE_HOME/pledgewatch`, else `~/.cache/pledgewatch`; an empty
PLEDGEWATCH_CACHE_DIR turns the cache off.

A module of its own, importing nothing of pledgewatch, because the process entry
(bot.launch, through bot.dataclass_code) needs the place before anything else is
imported; the rule engine's tables (bot.adapters.lexicon_cache) live there too.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "PLEDGEWATCH_CACHE_DIR"


def default_directory() -> Path | None:
    """Where the cache lives (see the module docstring); None when turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "pledgewatch"
