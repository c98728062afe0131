"""Record what the analysis answers on a few thousand texts, to check that a speed change
changes no answer.

    python bench/analysis_answers.py record FILE [--articles PATH]
    python bench/analysis_answers.py compare FILE [--articles PATH]

The texts: the real articles (read at run time, never copied; their recorded answers stay
out of the repository too), and every string literal of 40 characters or more in the
project's pledge, rule and story tests (the held-out probes' wire copy among them). Each
text is read three ways: `Analyzer.analyze` with the shipped rules (relevance, score,
topics, hits, pledges), and `extract_pledges` on it whatever its relevance, with no
language and a publication date, so that the extractor's answers count on the
look-alikes too. `record` writes one repr line per text and reading; `compare` reads them
back and names the texts whose answers differ (exit status 1 when any does); texts added to the
tests since the record are counted, not compared.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import load_entities  # noqa: E402
from bot.core.analysis import Analyzer  # noqa: E402
from bot.core.rules.files import load_rules_toml  # noqa: E402
from bot.core.rules.language import RuleSet  # noqa: E402

REAL_ARTICLES = ROOT.parent / "shared" / "eval" / "articles.jsonl"
_TEST_DIRS = ("tests/pledges", "tests/rules", "tests/stories")
_PUBLISHED = date(2025, 3, 14)


def test_texts() -> list[tuple[str, str, str | None]]:
    """(title, body, lang) from the tests' long string literals: the first line is the title."""
    seen: set[str] = set()
    texts = []
    for directory in _TEST_DIRS:
        for path in sorted((ROOT / directory).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 40:
                    text = node.value
                    if text in seen or text.lstrip().startswith(('"""', "Pledges,")):
                        continue
                    seen.add(text)
                    title, _, body = text.strip().partition("\n")
                    texts.append((title, body.strip(), None))
    return texts


def real_texts(path: Path) -> list[tuple[str, str, str | None]]:
    if not path.exists():
        print(f"(no real articles at {path}: the tests' texts only)")
        return []
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        texts.append((item.get("title") or "", item.get("summary") or "", item.get("lang")))
    return texts


def answers(texts) -> list[str]:
    from bot.core.pledges.extract import extract_pledges

    try:
        from bot.adapters.lexicon_cache import cached_lexicon

        extra = {"lexicon": cached_lexicon()}
    except ImportError:  # pragma: no cover
        extra = {}
    rules, threshold = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    entities = load_entities()
    analyzer = Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities, **extra), entities)
    lines = []
    for title, body, lang in texts:
        key = hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()[:12]
        lines.append(f"{key} analyze {analyzer.analyze(title, body, lang)!r}")
        lines.append(f"{key} extract {extract_pledges(body, title=title, lang=None, entities=entities)!r}")
        lines.append(f"{key} dated {extract_pledges(body, title=title, lang=lang, entities=entities, published=_PUBLISHED)!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--articles", type=Path, default=REAL_ARTICLES)
    args = parser.parse_args()
    texts = real_texts(args.articles) + test_texts()
    lines = answers(texts)
    if args.action == "record":
        args.file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(texts)} texts, {len(lines)} answers recorded")
        return
    # (compared text by text, by the key of each answer: a test added since the record brings
    # texts the record lacks, which are counted, not compared)
    recorded = dict(_by_key(args.file.read_text(encoding="utf-8").splitlines()))
    now = dict(_by_key(lines))
    differ = [(recorded[key], now[key]) for key in now if key in recorded and recorded[key] != now[key]]
    for old, new in differ[:20]:
        print(f"- {old[:400]}\n+ {new[:400]}")
    print(f"{len(texts)} texts, {len(now)} answers, {sum(1 for key in now if key in recorded)} of them recorded, "
          f"{len(differ)} differ, {sum(1 for key in recorded if key not in now)} recorded answers no longer asked")
    sys.exit(1 if differ else 0)


def _by_key(lines: list[str]):
    """(text key and reading, the line) of each answer line; a text met twice keeps its first."""
    seen = set()
    for line in lines:
        key = tuple(line.split(" ", 2)[:2])
        if key not in seen:
            seen.add(key)
            yield key, line


if __name__ == "__main__":
    main()
