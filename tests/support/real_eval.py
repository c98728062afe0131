"""The real-article evaluation set, read at run time from beside the repository.

The articles in ``../shared/eval/`` are excerpts of published news kept for evaluation only:
they are never copied into this repository. Tests that measure quality on them run the set's
own scorers (``score_analyze.py``, ``score_stories.py``) against this checkout's command line,
so the figures the tests enforce are the ones the steering team reads. When the folder is
absent (a clone used elsewhere) those tests skip and say why.

``PLEDGEWATCH_EVAL_DIR`` points somewhere else when the set lives elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(os.environ.get("PLEDGEWATCH_EVAL_DIR") or REPO.parent / "shared" / "eval")
ARTICLES = EVAL_DIR / "articles.jsonl"

# The command the scorers run: this checkout's CLI under the test's interpreter, so the
# figures are those of the code under test, not of whatever `pledgewatch` is on PATH.
CLI = f"{sys.executable} -m bot"


def require_eval_set() -> Path:
    """Skip the calling test, with the reason, unless the real-article set is present."""
    if not ARTICLES.is_file():
        pytest.skip(f"real-article evaluation set not found at {EVAL_DIR} "
                    "(set PLEDGEWATCH_EVAL_DIR, or place shared/eval beside the repository)")
    return EVAL_DIR


@dataclass(frozen=True)
class ScorerRun:
    returncode: int
    output: str
    figures: dict[str, float]

    def summary(self) -> str:
        """The scorer's last lines: the figures and the worst errors, for a failing assertion."""
        return "\n".join(self.output.splitlines()[-60:])


_FIGURE = re.compile(r"(\w+)=([0-9.]+)")


def run_scorer(script: str, *args: str, timeout: float = 600) -> ScorerRun:
    """Run one of the set's scorers on this checkout and read the figures of its last line.

    The scorer runs in an empty folder: `pledgewatch analyze` keeps its rules in the
    default database (``pledgewatch.db`` in the working directory), and one left in the
    checkout by an earlier run would be scored with that run's rules, not the shipped
    ones. Relative paths among `args` are taken from the repository root."""
    eval_dir = require_eval_set()
    args = tuple(str(REPO / a) if (REPO / a).is_file() else a for a in args)
    env = {k: v for k, v in os.environ.items() if k not in ("PLEDGEWATCH_DB", "PLEDGEWATCH_CONFIG")}
    with tempfile.TemporaryDirectory(prefix="pledgewatch-eval-") as workdir:
        proc = subprocess.run(
            [sys.executable, str(eval_dir / script), CLI, *args],
            capture_output=True, text=True, timeout=timeout, cwd=workdir, env=env,
        )
    output = proc.stdout + proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode == 2 or not lines:
        pytest.fail(f"{script} could not run:\n{output[-4000:]}")
    figures = {k: float(v) for k, v in _FIGURE.findall(lines[-1])}
    return ScorerRun(proc.returncode, output, figures)


def texts_with_and_without_the_eval_set() -> list[str]:
    """Every labelled text of tests/data, and the real-article set's when PLEDGEWATCH_EVAL_DIR names it, as
    "headline, blank line, body": what the tests that compare a rule change's hits before and after read."""
    files = sorted((REPO / "tests" / "data").glob("*.jsonl"))
    eval_dir = os.environ.get("PLEDGEWATCH_EVAL_DIR")
    if eval_dir and (Path(eval_dir) / "articles.jsonl").exists():
        files.append(Path(eval_dir) / "articles.jsonl")
    texts = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip().startswith("{") else None
            if isinstance(item, dict):
                title = item.get("title") or item.get("headline") or ""
                body = item.get("summary") or item.get("body") or item.get("text") or ""
                if isinstance(title, str) and isinstance(body, str) and (title or body):
                    texts.append(f"{title}\n\n{body}")
    return texts
