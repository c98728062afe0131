"""The core stays pure: importing every bot.core module loads no adapter library."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import bot.core

ADAPTER_LIBRARIES = {"feedparser", "httpx", "sqlite_utils", "sqlite3", "telegram", "discord", "apscheduler", "aiohttp"}


def test_core_imports_no_adapter_library():
    modules = [f"bot.core.{m.name}" for m in pkgutil.iter_modules(bot.core.__path__)]
    assert len(modules) >= 8
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout))
    assert not loaded & ADAPTER_LIBRARIES, f"bot.core pulled in {sorted(loaded & ADAPTER_LIBRARIES)}"
