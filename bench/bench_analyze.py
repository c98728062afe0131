"""How fast does `pledgewatch analyze` (rules + pledges) get through news items on one
core, compared with what popular feed bots do (one big case-insensitive regex of
keywords per rule)?

    python bench/bench_analyze.py [--items 10000] [--repeat 3] [--cli]

Items are the labelled evaluation set (tests/data/eval_items.jsonl), cycled up to
--items. Start-up (reading the rules and entity lists, compiling the rules: this
is when the lemmatiser's dictionaries are loaded) is timed on its own, with the
memory it takes, and so is the first pass over the distinct items, where every
spelling is new and gets its lemmas looked up (once per process). Then, on the
same texts:

- rules + pledges: `Analyzer.analyze(title, body, lang)`, exactly what
  `pledgewatch analyze` and the feed poller call (pledges only for relevant items);
- rules alone: `RuleSet.analyze`;
- the baseline: per rule, one case-insensitive regex of all its words, phrases and
  list names (no NEAR, NOT, EXCEPT, inflection or pledges), so its precision and
  recall are printed too.

Each is run --repeat times and the best run is reported (other work on the machine
only ever slows a run down). --cli also times the real command, `python -m bot
analyze`, in a subprocess on a scratch database: start-up and items/s apart.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.core.analysis import Analyzer  # noqa: E402
from bot.config import load_entities  # noqa: E402
from bot.core.entities import Entities  # noqa: E402
from bot.core.rule_files import load_rules_toml  # noqa: E402
from bot.core.rule_syntax import ListRef, Phrase, Regex, iter_terms, parse_expression  # noqa: E402
from bot.core.rules import RuleSet  # noqa: E402

Item = tuple[str, str, str | None, bool]  # title, body, lang, relevant


def load_items(path: Path, count: int) -> list[Item]:
    """(title, body, lang, relevant) for `count` items, cycling the evaluation set."""
    base = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            base.append((item["title"], item["text"], item.get("lang"), item["relevant"]))
    return [base[i % len(base)] for i in range(count)]


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MiB (Linux /proc)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value
    return tuple(int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))  # type: ignore[return-value]


def _list_names(ref: ListRef, entities: Entities) -> list[str]:
    if ref.name == "ukraine":
        return list(entities.ukraine_names)
    if ref.name == "donor":
        donors = [d for d in entities.donors.values() if ref.filter in (None, d.code.lower())]
        return [n for d in donors for n in (*d.names, *d.case_sensitive)]
    systems = [s for s in entities.systems.values() if ref.filter in (None, s.category)]
    return [n for s in systems for n in (s.name, *s.names, *s.case_sensitive)]


def _word_pattern(word) -> str:
    body = re.escape(word.text)
    return (r"\w*" if word.suffix else "") + body + (r"\w*" if word.prefix else "")


def baseline_regex(expression: str, entities: Entities) -> re.Pattern[str]:
    """One alternation of every word, phrase and list name of a rule."""
    alternatives = []
    for term in iter_terms(parse_expression(expression)):
        if isinstance(term, Phrase):
            alternatives.append(r"\W+".join(_word_pattern(w) for w in term.words))
        elif isinstance(term, ListRef):
            for name in _list_names(term, entities):
                parts = re.findall(r"\w+", name.rstrip("*"))
                alternatives.append(r"\W+".join(map(re.escape, parts)) + (r"\w*" if name.endswith("*") else ""))
        elif isinstance(term, Regex):
            alternatives.append(term.pattern)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def quality(verdicts: list[bool], items: list[Item]) -> tuple[float, float]:
    tp = sum(1 for v, item in zip(verdicts, items) if v and item[3])
    fp = sum(1 for v, item in zip(verdicts, items) if v and not item[3])
    fn = sum(1 for v, item in zip(verdicts, items) if not v and item[3])
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def best_rate(run: Callable[[], list[bool]], count: int, repeat: int) -> tuple[float, list[bool]]:
    """Items/s of the fastest of `repeat` runs, and the verdicts."""
    best = float("inf")
    verdicts: list[bool] = []
    for _ in range(repeat):
        started = time.perf_counter()
        verdicts = run()
        best = min(best, time.perf_counter() - started)
    return count / best, verdicts


def time_cli(items: list[Item], repeat: int) -> tuple[float, float]:
    """(start-up seconds, items/s) of `python -m bot analyze` on a scratch database:
    a run on no input gives the start-up, which a run on all items then subtracts."""
    lines = "".join(
        json.dumps({"id": i, "title": t, "summary": b, "lang": lang}, ensure_ascii=False) + "\n"
        for i, (t, b, lang, _) in enumerate(items)
    )

    def wall(stdin: str, database: Path) -> float:
        env = dict(os.environ, PLEDGEWATCH_DB=str(database))
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--log-level", "WARNING", "analyze"],
            input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, check=True,
        )
        elapsed = time.perf_counter() - started
        assert done.stdout.count("\n") == stdin.count("\n"), "one output line per item"
        return elapsed

    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "bench.db"
        wall("", database)  # creates and seeds the database once
        start_up = min(wall("", database) for _ in range(repeat))
        total = min(wall(lines, database) for _ in range(repeat))
    return start_up, len(items) / max(total - start_up, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000, help="number of items to analyse")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the best is shown")
    parser.add_argument("--cli", action="store_true", help="also time `python -m bot analyze` in a subprocess")
    parser.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    parser.add_argument("--eval", type=Path, default=ROOT / "tests" / "data" / "eval_items.jsonl")
    args = parser.parse_args()
    items = load_items(args.eval, args.items)

    rss_before, _ = rss_mib()
    started = time.perf_counter()
    rules, threshold = load_rules_toml(args.rules.read_text(encoding="utf-8"))
    entities = load_entities()
    analyzer = Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities), entities)
    start_up = time.perf_counter() - started
    rss_after, _ = rss_mib()
    ruleset = analyzer.ruleset
    distinct = list(dict.fromkeys(items))
    started = time.perf_counter()
    for title, body, lang, _ in distinct:
        analyzer.analyze(title, body, lang)
    first_rate = len(distinct) / (time.perf_counter() - started)

    full_rate, verdicts = best_rate(
        lambda: [analyzer.analyze(title, body, lang).relevant for title, body, lang, _ in items],
        len(items), args.repeat,
    )
    pledges = sum(len(analyzer.analyze(t, b, lang).pledges) for t, b, lang, _ in distinct)
    rules_rate, _ = best_rate(
        lambda: [ruleset.analyze(f"{t}\n\n{b}" if b else t, title=t, lang=lang).relevant for t, b, lang, _ in items],
        len(items), args.repeat,
    )
    baseline = [(baseline_regex(rule.expression, entities), rule.weight) for rule in rules if rule.enabled]

    def run_baseline() -> list[bool]:
        return [
            sum(weight for pattern, weight in baseline if pattern.search(f"{t}\n\n{b}")) >= threshold
            for t, b, _, _ in items
        ]

    base_rate, base_verdicts = best_rate(run_baseline, len(items), args.repeat)
    _, peak = rss_mib()

    precision, recall = quality(verdicts, items)
    base_precision, base_recall = quality(base_verdicts, items)
    print(f"{len(items)} items ({len(distinct)} distinct), {len(rules)} rules, one core, best of {args.repeat}")
    print(f"start-up        : {start_up:9.2f} s      (rules + entity lists + compile; RSS "
          f"{rss_before:.0f} -> {rss_after:.0f} MiB, peak {peak:.0f} MiB)")
    print(f"first sight     : {first_rate:9.0f} items/s   (the {len(distinct)} distinct items once: every spelling new)")
    print(f"rules + pledges : {full_rate:9.0f} items/s   precision {precision:.3f}  recall {recall:.3f}  "
          f"({pledges} pledges in one pass over the distinct items)")
    print(f"rules alone     : {rules_rate:9.0f} items/s")
    print(f"regex per rule  : {base_rate:9.0f} items/s   precision {base_precision:.3f}  recall {base_recall:.3f}")
    print(f"ratio           : {full_rate / base_rate:9.2f}x  (rules + pledges / regex per rule)")
    if args.cli:
        cli_start_up, cli_rate = time_cli(items, args.repeat)
        print(f"pledgewatch analyze (subprocess): start-up {cli_start_up:.2f} s, then {cli_rate:.0f} items/s "
              "(JSON in and out included)")


if __name__ == "__main__":
    main()
