"""A warm compiled-rules cache (bot.adapters.lexicon_cache, ruleset_cache) for the shipped
rules, built once per test run and given to a test's subprocesses as a folder of its own.

Why: a `python -m bot` process with the cache off (as tests/conftest.py sets it for the
tests themselves) lemmatises its rules' words at every start: 1.9 s of CPU for `analyze` of
one item, 0.6 s with a warm cache (2026-12-07). The tests that start `run`, `demo` or
`analyze` on the shipped rules take a warm one from here instead of paying that, or the
3-9 s of a first build, in every process.

How: the first test that asks builds the cache with one `python -m bot analyze` on the
shipped settings into a folder every xdist worker shares (SHARED_VARIABLE, made by the
first process, xdist's controller, and inherited by the workers), under a file lock so
that two workers never build it at once. Each test then gets its own copy, made of hard
links (the cache only ever replaces a file by renaming a new one over it, so a test's
writes never reach the shared files): what one test writes there (a table for rules of
its own, a pruned compiled set) no other test sees, and every test starts from the same
warm state. The tests OF the cache (tests/rules/test_lexicon.py, test_ruleset_cache.py,
tests/cli/test_first_run.py ...) keep cold folders of their own and never come here.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The folder the shared cache is built in, named in the environment so that the xdist
# workers (started after tests/conftest.py ran in the controller) find the same one.
SHARED_VARIABLE = "TESTS_SHARED_RULES_CACHE"
_READY = "ready"  # written once the build succeeded, beside the cache, not in it
_ITEM = {"id": 1, "title": "Allies pledge artillery and air defence for Ukraine", "summary": "They promised more."}


def shared_folder() -> tuple[Path, tempfile.TemporaryDirectory | None]:
    """The run's shared folder (made here when this is the first process), and the
    TemporaryDirectory to keep alive where this process made it."""
    named = os.environ.get(SHARED_VARIABLE)
    if named:
        return Path(named), None
    made = tempfile.TemporaryDirectory(prefix="pledgewatch-test-rules-cache-")
    os.environ[SHARED_VARIABLE] = made.name
    return Path(made.name), made


def _built_cache() -> Path:
    """The shared warm cache, built by the first caller of the run (the others wait on the lock)."""
    shared = Path(os.environ[SHARED_VARIABLE])
    cache = shared / "cache"
    with (shared / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / _READY).exists():
            env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
            env |= {"PLEDGEWATCH_CACHE_DIR": str(cache), "PLEDGEWATCH_DB": str(shared / "none.db"),
                    "PYTHONPATH": str(REPO)}
            done = subprocess.run([sys.executable, "-m", "bot", "analyze"], input=json.dumps(_ITEM) + "\n",
                                  capture_output=True, text=True, env=env, cwd=shared, timeout=600)
            assert done.returncode == 0, f"building the shared rules cache failed: {done.stderr}"
            (shared / _READY).write_text("built\n", encoding="utf-8")
    return cache


def warm_rules_cache(folder: Path) -> Path:
    """`folder`, holding a copy of the shared warm cache: hard links, or copies where the
    file system refuses a link. Returns `folder`, for PLEDGEWATCH_CACHE_DIR; a folder that
    exists is returned as it is (a test's second process goes on with its first's cache,
    as a restarted command does)."""
    if folder.exists():
        return folder
    cache = _built_cache()
    folder.mkdir(mode=0o700, parents=True)
    for source in sorted(cache.rglob("*")):
        target = folder / source.relative_to(cache)
        if source.is_dir():
            target.mkdir(mode=0o700)
        elif not source.name.endswith(".verified"):  # a link moves the file's ctime: the record no longer vouches
            try:
                os.link(source, target)
            except OSError:
                target.write_bytes(source.read_bytes())
    return folder


def with_warm_rules_cache(env: dict[str, str], folder: Path) -> dict[str, str]:
    """`env` with PLEDGEWATCH_CACHE_DIR naming a new warm copy in `folder`."""
    return env | {"PLEDGEWATCH_CACHE_DIR": str(warm_rules_cache(folder))}
