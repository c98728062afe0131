"""Where an analysed item's time goes: one pass of `Analyzer.analyze` over the same varied
texts, ready for callgrind, cProfile or a per-pattern account.

    python bench/count_analysis.py [--texts 300] [--warmup 300] [--only relevant|not-relevant|all]
                                   [--pass first|warm] [--cprofile FILE] [--patterns N] [--stages]

The texts are bench_analyze.py's varied items (the same seed, recombined at run time from
the real articles): `--warmup` of them are analysed first (patterns compiled, the words
of the set seen), then the next `--texts` (with `--only relevant`, the next ones whose
source is aid news: the same texts whatever the code finds in them, so two versions of
the code read the same input). The measured pass is run inside `functools.reduce`, so

    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce python bench/count_analysis.py --pass first

counts the instructions of that pass alone: `first` is the texts' first sight (new texts,
their words mostly seen), `warm` a second pass over them. Outside valgrind it prints the
process time of both passes (one core), the counts of relevant items and records, and
with `--cprofile` writes the chosen pass's profile; `--patterns N` lists the N regular
expressions (Python's `re` through bot/core's module-level patterns, RE2's status scans)
that took most time in the chosen pass, each call's process time taken through a wrapper (which adds
its own cost: compare the patterns with each other, not with the process time). `--stages`
splits the chosen pass's process time by step: the rules, then the pledge extractor's steps
as extract.py calls them (each through a wrapper: the few calls per text cost little, but the
sentence steps run ~5-7 times a text; the first gated pattern of an article pays the article
gate's scan, usually inside "item words").
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_analyze import REAL_ARTICLES, load_articles, varied_items  # noqa: E402

from bot.config import load_entities  # noqa: E402
from bot.core.analysis import Analyzer  # noqa: E402
from bot.core.rules.files import load_rules_toml  # noqa: E402
from bot.core.rules.language import RuleSet  # noqa: E402

try:  # the compiled-rules cache (absent from older versions)
    from bot.adapters.lexicon_cache import cached_lexicon  # noqa: E402
except ImportError:  # pragma: no cover
    cached_lexicon = None


def the_texts(articles, warmup: int, count: int, only: bool | None):
    """`warmup` texts, then `count` more: all, or only those of aid news (only=True) or only
    the others (only=False), chosen by their source's label, whatever the code finds."""
    generator = varied_items(articles)
    before = [next(generator) for _ in range(warmup)]
    chosen = []
    while len(chosen) < count:
        item = next(generator)
        if only is None or item[3] == only:
            chosen.append(item)
    return before, chosen


def analyse_all(analyzer: Analyzer, items) -> list:
    # functools.reduce is callgrind's switch (--toggle-collect=functools_reduce)
    return functools.reduce(lambda done, item: (done.append(analyzer.analyze(item[0], item[1], item[2])), done)[1],
                            items, [])


class _Timed:
    """A pattern's stand-in that times each call of its matching methods."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "Match")

    def __init__(self, name: str, pattern, table: dict):
        self._name, self._pattern, self._table = name, pattern, table

    def __getattr__(self, attribute: str):
        value = getattr(self._pattern, attribute)
        if attribute not in self._METHODS:
            return value
        row = self._table[self._name]

        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                result = value(*args, **kwargs)
                if attribute in ("finditer",):
                    result = list(result)
                    row[2] += len(result)
                    result = iter(result)
                return result
            finally:
                row[0] += time.process_time() - started
                row[1] += 1

        return timed


def time_patterns(table: dict) -> int:
    """Put a timing stand-in in place of every module-level pattern of bot/core (and the
    values of module-level dicts of patterns). Returns how many were wrapped."""
    from bot.core.text.lazy_pattern import LazyPattern

    def is_pattern(value) -> bool:
        return isinstance(value, (re.Pattern, LazyPattern)) or type(value).__name__ in ("_Regexp", "Set")

    wrapped = 0
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("bot.core") or module is None:
            continue
        short = module_name.removeprefix("bot.core.")
        for attribute, value in list(vars(module).items()):
            if is_pattern(value):
                setattr(module, attribute, _Timed(f"{short}.{attribute}", value, table))
                wrapped += 1
            elif isinstance(value, dict) and value and all(is_pattern(v) for v in value.values()):
                for key in list(value):
                    value[key] = _Timed(f"{short}.{attribute}[{key}]", value[key], table)
                    wrapped += 1
    # RE2 patterns read through byte_scans.match_spans, which takes their automaton: timed
    # there, under the name of the stand-in it is given
    from bot.core.pledges.passes import byte_scans

    plain = byte_scans.match_spans

    def match_spans(pattern, data):
        started = time.process_time()
        try:
            return plain(pattern, data)
        finally:
            row = table[getattr(pattern, "_name", "byte_scans (unnamed pattern)") + " (match_spans)"]
            row[0] += time.process_time() - started
            row[1] += 1

    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("bot.core") and getattr(module, "match_spans", None) is plain:
            module.match_spans = match_spans
    # the article gate's one RE2 scan of each article, apart from the pattern that asks first
    from bot.core.text import lazy_pattern

    scan = lazy_pattern._literals_in

    def literals_in(text):
        started = time.process_time()
        try:
            return scan(text)
        finally:
            row = table["text.lazy_pattern: the article gate's scan (_literals_in)"]
            row[0] += time.process_time() - started
            row[1] += 1

    lazy_pattern._literals_in = literals_in
    return wrapped


# The pledge extractor's steps, as bot/core/pledges/extract.py names them: what --stages times.
_STAGES = {
    "item_mentions": "item words (the entity names, the item scan, the article gate's scan, references)",
    "find_status_cues": "status cues per sentence",
    "sentence_pledges": "records per sentence (items, givers, checks)",
    "StatusMatches": "status set scan",
    "find_money": "money",
    "find_counts": "counts",
    "condition_clause": "condition clauses",
    "dedupe": "dedupe",
    "one_reading": "one reading per item",
}


def time_stages(analyzer: Analyzer, table: dict) -> None:
    """Put a timing wrapper around the rules' analyze and the extractor's steps."""
    import bot.core.pledges.extract as extract

    def timed(name: str, function):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                table[name][0] += time.process_time() - started
                table[name][1] += 1
        return wrapper

    analyzer.ruleset.analyze = timed("rules (all texts)", analyzer.ruleset.analyze)
    extract.extract_pledges = timed("pledge extraction (relevant texts), in all", extract.extract_pledges)
    for attribute, label in _STAGES.items():
        setattr(extract, attribute, timed(f"  {label}", getattr(extract, attribute)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--only", choices=("relevant", "not-relevant", "all"), default="all")
    parser.add_argument("--pass", dest="measured", choices=("first", "warm"), default="first")
    parser.add_argument("--cprofile", type=Path)
    parser.add_argument("--patterns", type=int, default=0, metavar="N")
    parser.add_argument("--stages", action="store_true", help="split the pass's time by step")
    parser.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    parser.add_argument("--articles", type=Path, default=REAL_ARTICLES)
    args = parser.parse_args()

    articles, source = load_articles(args.articles)
    print(f"texts: {source}")  # (from a worktree, pass --articles: the default path is the checkout's sibling)
    before, texts = the_texts(articles, args.warmup, args.texts, {"relevant": True, "not-relevant": False}.get(args.only))
    rules, threshold = load_rules_toml(args.rules.read_text(encoding="utf-8"))
    entities = load_entities()
    extra = {"lexicon": cached_lexicon()} if cached_lexicon is not None else {}
    analyzer = Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities, **extra), entities)
    for title, body, lang, _ in before:
        analyzer.analyze(title, body, lang)

    table: dict = defaultdict(lambda: [0.0, 0, 0])
    if args.patterns:
        print(f"patterns wrapped: {time_patterns(table)}")
    stages: dict = defaultdict(lambda: [0.0, 0])
    results, times = None, {}
    for name in ("first", "warm"):
        measured = name == args.measured
        profile = cProfile.Profile() if measured and args.cprofile else None
        if measured and args.patterns:
            table.clear()
        if measured and args.stages:
            time_stages(analyzer, stages)
        started = time.process_time()
        if profile is not None:
            profile.enable()
        if measured:
            done = analyse_all(analyzer, texts)
        else:
            done = [analyzer.analyze(t, b, lang) for t, b, lang, _ in texts]
        if profile is not None:
            profile.disable()
            profile.dump_stats(str(args.cprofile))
        times[name] = time.process_time() - started
        if measured and args.patterns:
            top = sorted(table.items(), key=lambda row: -row[1][0])[: args.patterns]
        results = done
        if name == args.measured:
            break  # the pass after the measured one is not needed
    relevant = sum(1 for result in results if result.relevant)
    records = sum(len(result.pledges) for result in results)
    print(f"{len(texts)} texts ({args.only}), {relevant} found relevant, {records} records; process time "
          + ", ".join(f"{name} pass {seconds * 1e3 / len(texts):.3f} ms a text" for name, seconds in times.items()))
    if args.patterns:
        total = sum(row[0] for row in table.values())
        print(f"patterns, the {args.measured} pass: {total * 1e3 / len(texts):.3f} ms a text in the wrappers")
        for name, (seconds, calls, found) in top:
            print(f"  {seconds * 1e6 / len(texts):8.1f} us a text  {calls / len(texts):6.1f} calls  {name}")
    if args.stages:
        whole = times[args.measured]
        print(f"steps, the {args.measured} pass ({whole * 1e3 / len(texts):.3f} ms a text, through the wrappers):")
        for name, (seconds, calls) in stages.items():
            print(f"  {seconds * 1e6 / len(texts):8.1f} us a text {100 * seconds / whole:5.1f}%"
                  f"  {calls / len(texts):5.1f} calls  {name}")


if __name__ == "__main__":
    main()
