"""Every reading of every text the repository and the real set hold, as JSON: the check that a
speed change changes no answer (run before and after, compare the two files byte for byte).

    PLEDGEWATCH_EVAL_DIR=<the real set> python bench/reading_scan.py OUT.json

Texts: every item of tests/data/*.jsonl and of the real set's articles.jsonl (title and body,
through the shipped rules and, for every item, the pledge extractor with the item's language
and with none), and every string of 40 characters or more in tests/pledges/test_review_*.py
and test_pledges_wire_*.py (through the extractor in English, French, German and undeclared).
Readings go through tests/support/wire_reading's reader (the shipped entities)."""

from __future__ import annotations

import ast
import dataclasses
import glob
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.wire_reading import shipped_extract, shipped_rules  # noqa: E402


def _pledges(text: str, title: str, lang: str | None) -> list:
    try:
        return [dataclasses.asdict(p) for p in shipped_extract(text, title=title, lang=lang)]
    except Exception as error:  # an error is a reading too
        return [f"ERROR {type(error).__name__}: {error}"]


def _items():
    files = sorted(glob.glob(str(ROOT / "tests" / "data" / "*.jsonl")))
    eval_dir = os.environ.get("PLEDGEWATCH_EVAL_DIR")
    if eval_dir:
        files.append(str(Path(eval_dir) / "articles.jsonl"))
    for name in files:
        for number, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines()):
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict):
                title = item.get("title") or item.get("headline") or ""
                body = item.get("summary") or item.get("body") or item.get("text") or ""
                if isinstance(title, str) and isinstance(body, str) and (title or body):
                    yield f"{Path(name).name}:{number}", title, body, item.get("lang")


def _test_strings():
    for pattern in ("test_review_*.py", "test_pledges_wire_*.py"):
        for name in sorted(glob.glob(str(ROOT / "tests" / "pledges" / pattern))):
            tree = ast.parse(Path(name).read_text(encoding="utf-8"))
            seen = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 40:
                    if node.value not in seen:
                        seen.add(node.value)
                        yield f"{Path(name).name}:{node.lineno}", node.value


def main() -> None:
    rules = shipped_rules()
    out = {}
    for key, title, body, lang in _items():
        text = f"{title}\n\n{body}" if body else title
        verdict = rules.analyze(text, title=title, lang=lang)
        out[key] = {
            "relevant": verdict.relevant, "score": verdict.score, "topics": list(verdict.topics),
            "hits": [repr(hit) for hit in verdict.hits],
            "pledges": _pledges(body, title, lang), "pledges_undeclared": _pledges(body, title, None),
        }
    for key, text in _test_strings():
        out[key] = {lang or "none": _pledges(text, "", lang) for lang in ("en", "fr", "de", None)}
    Path(sys.argv[1]).write_text(json.dumps(out, indent=0, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(len(out), "texts")


if __name__ == "__main__":
    main()
