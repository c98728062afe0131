"""feedparser's own test corpus (the sdist's tests/ folder for the installed version),
downloaded once with pip into a cache directory ($PLEDGEWATCH_TEST_CACHE, else
~/.cache/pledgewatch-test) and reused: tests/feeds/test_feed_corpus.py serves it through the fetch
and parse path, tests/feeds/test_feedparser_lookups_54.py parses it with and without
feed_parse's changes to feedparser (results_changed_by, for the later ones)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import feedparser
import pytest

from tests.support.feedparser_results import plain_result

# How feedparser is asked: as pledgewatch asks it (feed_parse.parse_feed_document), and its default.
PARSE_MODES = ({"sanitize_html": False, "resolve_relative_uris": False}, {})


def _cache_dir() -> Path:
    configured = os.environ.get("PLEDGEWATCH_TEST_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "pledgewatch-test"


def corpus_dir() -> Path | str:
    """feedparser's tests/ folder for the installed version, or why it is unavailable."""
    version = feedparser.__version__
    target = _cache_dir() / f"feedparser-{version}-tests"
    if (target / "wellformed").is_dir():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot create the cache directory {target.parent}: {exc}"
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                 "--disable-pip-version-check", "--quiet", "-d", scratch, f"feedparser=={version}"],
                capture_output=True, text=True, timeout=120,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"pip download failed to run: {exc}"
        archives = list(Path(scratch).glob("feedparser-*.tar.gz"))
        if proc.returncode != 0 or not archives:
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return f"cannot download the feedparser {version} sdist (no package index?): {last[:200]}"
        extracted = Path(scratch) / "x"
        with tarfile.open(archives[0]) as archive:
            members = [m for m in archive.getmembers() if "/tests/" in m.name and m.isfile()]
            # filter="data" refuses absolute paths, links out of the folder and devices.
            archive.extractall(extracted, members=members, filter="data")
        tests = next(extracted.glob("*/tests"), None)
        if tests is None:
            return f"the feedparser {version} sdist has no tests/ folder"
        # Move into place in one step, so a half-extracted corpus is never reused.
        shutil.rmtree(target, ignore_errors=True)
        tests.rename(target)
    return target


def corpus_documents() -> list[bytes]:
    """Every XML document of the corpus (the test is skipped, saying why, when it is unavailable)."""
    root = corpus_dir()
    if isinstance(root, str):
        pytest.skip(root)
    documents = [path.read_bytes() for path in sorted(root.rglob("*.xml"))]
    assert len(documents) > 2000
    return documents


def results_changed_by(install: Callable[[], None], documents: list[bytes]) -> int:
    """How many of `documents` feedparser reads otherwise, in either of PARSE_MODES, once
    `install()` has changed it (each result as plain data: tests/support/feedparser_results.py)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = [[plain_result(feedparser.parse(document, **mode)) for mode in PARSE_MODES] for document in documents]
        install()
        after = [[plain_result(feedparser.parse(document, **mode)) for mode in PARSE_MODES] for document in documents]
    return sum(1 for a, b in zip(before, after) if a != b)
