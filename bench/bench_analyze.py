"""How fast does `pledgewatch analyze` (rules + pledges) get through news on one core,
on varied text as well as on repeated items, next to the keyword filters popular feed
bots use (one case-insensitive regex per topic, or per rule)?

    python bench/bench_analyze.py [--items 10000] [--repeat 3] [--relevant-share 0.01 0.05 0.2] [--cli]
                                  [--stream 100000] [--no-per-rule]

Text. Real feeds bring new texts, and new words, all the time; a benchmark that repeats
a few hundred items measures a warm word cache. So the main figures are on *varied*
items: each one a headline and 2-9 sentences drawn at random (fixed seed) from the real
articles of one language and one label (aid news or look-alike), about 900 characters
on average, all distinct. The
real articles are read at run time from ../shared/eval/articles.jsonl (beside the
repository, never copied into it; --articles names another file). Without that file
the same recombination is done on the project's own labelled items
(tests/data/eval_items.jsonl) and a note says so. *Repeated* items are the real articles
cycled up to --items, with their relevance labels, so precision and recall are printed.

What is timed:
- start-up, in a fresh process: importing the analysis code, reading the rules and
  entity lists and compiling the rules (with the compiled-rules cache warm, and cold);
- in this process, each over the same items: `Analyzer.analyze` (what `pledgewatch
  analyze` and the poller call: rules, then pledges of relevant items) on the real
  articles once, every word new to the process; on the varied items, every text new;
  then on the repeated items; then the regex filters on the varied items; then the
  varied items the rules found relevant apart from the others (per-item cost of each,
  and the ratio to the regex filter that mixes with 5% and 20% relevant would give);
- --relevant-share S [S ...]: mixes of --items varied items, a share S of them drawn from
  the aid-news articles and the rest from the look-alikes (real feeds carry ~1% aid news,
  the default draw about half), each timed like "first sight" beside the regex filter on
  the same items;
- --cli: the real command, `python -m bot analyze`, fresh process, on a scratch
  database: start-up (empty input) and items/s (JSON in and out included) on the varied
  and the repeated items;
- --stream N: the real command on N varied items piped through one process, its
  resident memory (VmRSS, and the peak VmHWM) read at checkpoints: it must level off.
  The varied items reuse the real articles' words, so the per-spelling caches of the
  rules and the extractor fill slowly and never reach their caps; --novel-words K puts
  K invented words (names, codes, accented words) into every streamed item, the worst
  case of a feed that never repeats a word, so every cap is reached within the stream.

Each timing is the best of --repeat runs (other work on the machine only slows a run
down), in CPU seconds of the process doing the work, with wall-clock seconds beside:
on a shared machine the wall clock mostly measures the other processes. Figures go
to bench/README.md and README.md's Performance table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from common import regex_per_rule, regex_per_topic  # noqa: E402  (bench/ is on sys.path when run as a script)

from bot.config import load_entities  # noqa: E402
from bot.core.analysis import Analyzer  # noqa: E402
from bot.core.rules.files import load_rules_toml  # noqa: E402
from bot.core.rules.language import RuleSet  # noqa: E402
from bot.core.text import sentences  # noqa: E402

try:  # the compiled-rules cache (absent from versions before it, which the bench also measures)
    from bot.adapters.lexicon_cache import cached_lexicon  # noqa: E402
except ImportError:  # pragma: no cover
    cached_lexicon = None

Item = tuple[str, str, "str | None", bool]  # title, body, lang, relevant

REAL_ARTICLES = ROOT.parent / "shared" / "eval" / "articles.jsonl"
OWN_ITEMS = ROOT / "tests" / "data" / "eval_items.jsonl"


# ---------------------------------------------------------------- the text


def load_articles(path: Path) -> tuple[list[Item], str]:
    """(title, body, lang, relevant) of every article, and where they came from. The
    real set when `path` exists, else the project's own items."""
    if path.is_file():
        source = f"real articles from {path.name} ({path.parent.name}/, read at run time)"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        items = []
        for row in rows:
            body = row["summary"]
            title = row.get("title") or (sentences(body)[:1] or [body])[0]  # as a feed would carry one
            items.append((title, body, row.get("lang"), bool(row["relevant"])))
        return items, source
    source = (f"NOTE: {path} is absent, so the text is recombined from the project's own items "
              f"({OWN_ITEMS.relative_to(ROOT)}), not from real articles")
    rows = [json.loads(line) for line in OWN_ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["title"], r["text"], r.get("lang"), bool(r["relevant"])) for r in rows], source


def varied_items(articles: list[Item], seed: int = 15) -> Iterator[Item]:
    """Endless items recombined from `articles`: per item one article drawn at random
    gives the language and the label (relevant or not); the headline and the sentences
    come from articles of that language and label, drawn until a length between 300
    and 1,500 characters is reached. The label is kept as the item's (a mix of aid
    news stays aid news; a mix of look-alikes mostly does not become aid news)."""
    rng = random.Random(seed)
    pools: dict[tuple[str, bool], tuple[list[str], list[str]]] = {}
    for title, body, lang, relevant in articles:
        titles, pool = pools.setdefault((lang or "en", bool(relevant)), ([], []))
        titles.append(title)
        pool.extend(s for s in sentences(body) if len(s) > 20)
    while True:
        _, _, lang, relevant = rng.choice(articles)
        titles, pool = pools[(lang or "en", bool(relevant))]
        target = rng.randint(300, 1500)
        chosen: list[str] = []
        while sum(len(s) + 1 for s in chosen) < target and len(chosen) < 9:
            chosen.append(rng.choice(pool))
        yield rng.choice(titles), " ".join(chosen), lang, relevant


def mixed_items(articles: list[Item], count: int, relevant_share: float, seed: int) -> list[Item]:
    """`count` varied items (varied_items with a seed of their own: texts new to the
    process) of which `relevant_share` come from aid news and the rest from look-alikes,
    in a shuffled order: a feed's mix, where ~1% of the items are aid news, not the
    benchmark's default draw (about half)."""
    generator = varied_items(articles, seed=seed)
    wanted = {True: round(count * relevant_share), False: count - round(count * relevant_share)}
    chosen: dict[bool, list[Item]] = {True: [], False: []}
    while any(len(chosen[label]) < wanted[label] for label in chosen):
        item = next(generator)
        if len(chosen[item[3]]) < wanted[item[3]]:
            chosen[item[3]].append(item)
    mix = chosen[True] + chosen[False]
    random.Random(seed).shuffle(mix)
    return mix


def with_novel_words(items: Iterator[Item], per_item: int, seed: int = 17) -> Iterator[Item]:
    """`items` with `per_item` words no text has used before put between their sentences:
    lower-case words, capitalised names, accented words and model codes ("KX-4172"), so
    every spelling cache (rules, names, folding) meets new keys all the time."""
    rng = random.Random(seed)
    letters, accented = "abcdefghijklmnopqrstuvwxyz", "éèàüöäçñ"
    shapes = (
        lambda w: w,
        str.capitalize,
        lambda w: w[:3] + rng.choice(accented) + w[3:],
        lambda w: f"{w[:2].upper()}-{rng.randint(100, 99999)}",
    )
    for title, body, lang, relevant in items:
        words = ["".join(rng.choices(letters, k=rng.randint(5, 11))) for _ in range(per_item)]
        invented = " ".join(rng.choice(shapes)(w) for w in words)
        yield title, f"{body} {invented}.", lang, relevant


def repeated_items(articles: list[Item], count: int) -> list[Item]:
    return [articles[i % len(articles)] for i in range(count)]


def as_jsonl(items: list[Item]) -> str:
    return "".join(
        json.dumps({"id": i, "title": t, "summary": b, "lang": lang}, ensure_ascii=False) + "\n"
        for i, (t, b, lang, _) in enumerate(items)
    )


# ---------------------------------------------------------------- timing helpers


def rss_mib(pid: int | str = "self") -> tuple[float, float]:
    """(current, peak) resident set size of a process in MiB (Linux /proc)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value
    return tuple(int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))  # type: ignore[return-value]


class Rate:
    """Items per CPU second and per wall-clock second."""

    def __init__(self, count: int, cpu: float, wall: float):
        self.cpu, self.wall = count / max(cpu, 1e-9), count / max(wall, 1e-9)

    def __str__(self) -> str:
        return f"{self.cpu:8.0f} items/s CPU ({self.wall:.0f} wall)"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_rate(run: Callable[[], list], count: int, repeat: int) -> tuple[Rate, list]:
    """The fastest of `repeat` runs (by CPU time), and the last run's result."""
    best_cpu = best_wall = float("inf")
    result: list = []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        result = run()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - started)
    return Rate(count, best_cpu, best_wall), result


def quality(verdicts: list[bool], items: list[Item]) -> tuple[float, float]:
    tp = sum(1 for v, item in zip(verdicts, items) if v and item[3])
    fp = sum(1 for v, item in zip(verdicts, items) if v and not item[3])
    fn = sum(1 for v, item in zip(verdicts, items) if not v and item[3])
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


_STARTUP_CODE = """
import time
started, cpu = time.perf_counter(), time.process_time()
from bot.core.analysis import Analyzer
from bot.config import load_entities
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet
imported, imported_cpu = time.perf_counter(), time.process_time()
try:
    from bot.adapters.lexicon_cache import cached_lexicon
    extra = {{"lexicon": cached_lexicon()}}
except ImportError:
    extra = {{}}
rules, threshold = load_rules_toml(open({rules!r}, encoding="utf-8").read())
entities = load_entities()
Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities, **extra), entities)
done, done_cpu = time.perf_counter(), time.process_time()
print(imported_cpu - cpu, done_cpu - imported_cpu, imported - started, done - imported)
"""


def time_startup(rules: Path, repeat: int, env: dict[str, str]) -> tuple[float, ...]:
    """(import CPU s, rules + compile CPU s, the same in wall-clock s) in a fresh
    process (interpreter start-up not counted), best of `repeat`."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", _STARTUP_CODE.format(rules=str(rules))],
                              capture_output=True, text=True, cwd=ROOT, env=env, check=True)
        runs.append(tuple(float(x) for x in done.stdout.split()))
    return tuple(min(r[i] for r in runs) for i in range(4))


class Cli:
    """`python -m bot analyze` in fresh processes on one scratch database."""

    def __init__(self, scratch: Path, env: dict[str, str]):
        self.env = dict(env, PLEDGEWATCH_DB=str(scratch / "bench.db"))
        self.command = [sys.executable, "-m", "bot", "--log-level", "WARNING", "analyze"]
        self.run(b"")  # creates and seeds the database once

    def run(self, stdin: bytes) -> tuple[float, float]:
        """(CPU, wall) seconds of one whole run of the command, interpreter included."""
        started, cpu = time.perf_counter(), children_cpu()
        done = subprocess.run(self.command, input=stdin, capture_output=True, cwd=ROOT, env=self.env, check=True)
        elapsed, used = time.perf_counter() - started, children_cpu() - cpu
        assert done.stdout.count(b"\n") == stdin.count(b"\n"), "one output line per item"
        return used, elapsed

    def start_up(self, repeat: int) -> tuple[float, float]:
        runs = [self.run(b"") for _ in range(repeat)]
        return min(r[0] for r in runs), min(r[1] for r in runs)

    def rate(self, items: list[Item], start_up: tuple[float, float], repeat: int) -> Rate:
        """Items/s after start-up: a run on the items less a run on no input."""
        data = as_jsonl(items).encode()
        runs = [self.run(data) for _ in range(repeat)]
        cpu, wall = min(r[0] for r in runs), min(r[1] for r in runs)
        return Rate(len(items), cpu - start_up[0], wall - start_up[1])

    def stream(self, items: Iterator[Item], count: int, checkpoints: list[int]) -> list[tuple[int, float, float]]:
        """Pipe `count` items through one process; (items done, RSS, peak RSS) at checkpoints."""
        process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT, env=self.env)

        def feed() -> None:
            assert process.stdin is not None
            for i in range(count):
                title, body, lang, _ = next(items)
                line = json.dumps({"id": i, "title": title, "summary": body, "lang": lang}, ensure_ascii=False)
                process.stdin.write(line.encode() + b"\n")
            process.stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        figures = []
        done = 0
        assert process.stdout is not None
        for _ in process.stdout:
            done += 1
            if done in checkpoints:
                figures.append((done, *rss_mib(process.pid)))
        writer.join()
        process.wait()
        return figures


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000, help="number of items per measurement")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the best is shown")
    parser.add_argument("--cli", action="store_true", help="also time `python -m bot analyze` in fresh processes")
    parser.add_argument("--stream", type=int, default=0, metavar="N",
                        help="pipe N varied items through one `python -m bot analyze`, report its memory")
    parser.add_argument("--novel-words", type=int, default=0, metavar="K",
                        help="with --stream: put K never-seen words into every streamed item (worst case)")
    parser.add_argument("--relevant-share", type=float, nargs="+", default=[], metavar="SHARE",
                        help="also time mixes of varied items with this share drawn from aid news (e.g. 0.01 0.05 0.2: "
                             "real feeds are ~1%% aid news), beside the regex filter on the same items")
    parser.add_argument("--no-per-rule", action="store_true",
                        help="leave out the one-regex-per-rule filter (~75 s of CPU at 3,000 items on a loaded machine)")
    parser.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    parser.add_argument("--articles", type=Path, default=REAL_ARTICLES)
    args = parser.parse_args()

    articles, source = load_articles(args.articles)
    generator = varied_items(articles)
    varied = [next(generator) for _ in range(args.items)]
    repeated = repeated_items(articles, args.items)
    distinct = len({(t, b) for t, b, _, _ in varied})
    mean_chars = sum(len(t) + len(b) for t, b, _, _ in varied) / len(varied)
    print(f"text: {source}")
    print(f"varied: {len(varied)} items, {distinct} distinct, mean {mean_chars:.0f} characters; "
          f"repeated: {len(articles)} articles cycled to {len(repeated)}")

    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        # A cache directory of the benchmark's own: "cold" and "warm" mean what they say.
        env = dict(os.environ, PLEDGEWATCH_CACHE_DIR=str(scratch / "cache"))
        cold = time_startup(args.rules, 1, env)
        warm = time_startup(args.rules, max(args.repeat, 3), env)
        print(f"start-up, fresh process, CPU: imports {warm[0]:.2f} s + rules and compile {warm[1]:.2f} s "
              f"(wall {warm[2]:.2f} + {warm[3]:.2f} s); the first ever, cache cold: compile {cold[1]:.2f} s CPU, "
              f"{cold[3]:.2f} s wall")

        rss_before, _ = rss_mib()
        rules, threshold = load_rules_toml(args.rules.read_text(encoding="utf-8"))
        entities = load_entities()
        os.environ["PLEDGEWATCH_CACHE_DIR"] = env["PLEDGEWATCH_CACHE_DIR"]
        extra = {"lexicon": cached_lexicon()} if cached_lexicon is not None else {}
        analyzer = Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities, **extra), entities)
        rss_after, _ = rss_mib()

        def run(items: list[Item]) -> Callable[[], list[bool]]:
            return lambda: [analyzer.analyze(t, b, lang).relevant for t, b, lang, _ in items]

        # The real articles once, in a process that has seen none of their words: what a
        # new word costs (the lemma of each new spelling). Then the varied items: new
        # texts, but their words soon all seen (they are the same articles' words).
        articles_rate, _ = best_rate(run(articles), len(articles), 1)
        first_rate, varied_verdicts = best_rate(run(varied), len(varied), 1)  # every text new
        again_rate, _ = best_rate(run(varied), len(varied), args.repeat)
        repeated_rate, repeated_verdicts = best_rate(run(repeated), len(repeated), args.repeat)
        per_topic = regex_per_topic(rules, entities)
        per_rule = None if args.no_per_rule else regex_per_rule(rules, entities, threshold)
        topic_rate, topic_verdicts = best_rate(
            lambda: [per_topic(f"{t}\n\n{b}") for t, b, _, _ in varied], len(varied), args.repeat)
        rule_rate = None if args.no_per_rule else best_rate(
            lambda: [per_rule(f"{t}\n\n{b}") for t, b, _, _ in varied], len(varied), args.repeat)[0]
        _, repeated_topic_verdicts = best_rate(lambda: [per_topic(f"{t}\n\n{b}") for t, b, _, _ in repeated],
                                               len(repeated), 1)
        _, peak = rss_mib()

        relevant = sum(varied_verdicts)
        varied_quality = quality(varied_verdicts, varied)
        precision, recall = quality(repeated_verdicts, repeated)
        topic_precision, topic_recall = quality(repeated_topic_verdicts, repeated)
        topic_varied = quality(topic_verdicts, varied)
        print(f"in process ({len(rules)} rules, one core, best of {args.repeat}; RSS {rss_before:.0f} -> "
              f"{rss_after:.0f} MiB after compiling, peak {peak:.0f} MiB):")
        print(f"  every word new       : {articles_rate}  (the {len(articles)} articles, first thing in the process)")
        print(f"  varied, first sight  : {first_rate}  ({relevant} found relevant, pledges extracted from them; "
              f"against the labels of their sources: precision {varied_quality[0]:.3f} recall {varied_quality[1]:.3f})")
        print(f"  varied, second pass  : {again_rate}")
        print(f"  repeated real        : {repeated_rate}  precision {precision:.3f} recall {recall:.3f}")
        print(f"  regex per topic      : {topic_rate}  precision {topic_precision:.3f} "
              f"recall {topic_recall:.3f} on the repeated, {topic_varied[0]:.3f} / {topic_varied[1]:.3f} on the varied")
        print(f"  regex per rule       : {rule_rate if rule_rate is not None else '(left out: --no-per-rule)'}")
        print(f"  ratio                : {topic_rate.cpu / first_rate.cpu:8.2f}x  (regex per topic / rules + pledges, "
              "varied first sight, CPU; goal <= 2)")
        # Where the gap is: the cost of an item the rules find relevant (rules, then pledge
        # extraction) against one they do not, next to the regex filter's, and what the
        # ratio would be on mixes with fewer relevant items (this one is aid news and
        # look-alikes only).
        found = [item for item, verdict in zip(varied, varied_verdicts) if verdict]
        others = [item for item, verdict in zip(varied, varied_verdicts) if not verdict]
        if found and others:
            found_rate, _ = best_rate(run(found), len(found), args.repeat)
            others_rate, _ = best_rate(run(others), len(others), args.repeat)
            costs = [1e3 / rate.cpu for rate in (found_rate, others_rate, topic_rate)]
            shares = ", ".join(f"{share:.0%} relevant {(share * costs[0] + (1 - share) * costs[1]) / costs[2]:.1f}x"
                               for share in (0.05, 0.2))
            print(f"  per item             : {costs[0]:.2f} ms found relevant, {costs[1]:.2f} ms not, regex per topic "
                  f"{costs[2]:.2f} ms (CPU); the ratio on mixes with fewer relevant items: {shares}")

        # Measured, not extrapolated: the same kind of varied text drawn to a given share of
        # aid news (real feeds: ~1%), the rules and the regex filter on the same items.
        for number, share in enumerate(args.relevant_share):
            mix = mixed_items(articles, args.items, share, seed=100 + number)
            mix_rate, mix_verdicts = best_rate(run(mix), len(mix), 1)  # every text new, as "first sight"
            mix_topic, _ = best_rate(lambda: [per_topic(f"{t}\n\n{b}") for t, b, _, _ in mix], len(mix), args.repeat)
            print(f"  mix {share:5.1%} aid news : {mix_rate}, regex per topic {mix_topic.cpu:.0f} items/s CPU: "
                  f"{mix_topic.cpu / mix_rate.cpu:.2f}x ({sum(mix_verdicts)} of {len(mix)} found relevant by the rules)")

        if args.cli:
            cli = Cli(scratch, env)
            start_up = cli.start_up(max(args.repeat, 3))
            print(f"pledgewatch analyze, fresh process: start-up {start_up[0]:.2f} s CPU ({start_up[1]:.2f} s wall; "
                  f"interpreter, imports, database, rules; empty input), then")
            print(f"  varied   : {cli.rate(varied, start_up, args.repeat)}  (JSON in and out included)")
            print(f"  repeated : {cli.rate(repeated, start_up, args.repeat)}")
        if args.stream:
            cli = Cli(scratch, env)
            marks = sorted({min(args.stream, m) for m in (1_000, 10_000, 25_000, 50_000, 75_000, args.stream)}
                           | set(range(100_000, args.stream, 50_000)))
            streamed = varied_items(articles, seed=16)
            if args.novel_words:
                streamed = with_novel_words(streamed, args.novel_words)
            started, cpu = time.perf_counter(), children_cpu()
            figures = cli.stream(streamed, args.stream, marks)
            rate = Rate(args.stream, children_cpu() - cpu, time.perf_counter() - started)
            novel = f", {args.novel_words} never-seen words in each" if args.novel_words else ""
            print(f"stream of {args.stream:,} varied items{novel} through one pledgewatch analyze ({rate.cpu:.0f} "
                  f"items/s CPU, {rate.wall:.0f} wall):")
            for n, rss, hwm in figures:
                print(f"  after {n:7,} items: RSS {rss:4.0f} MiB, peak {hwm:4.0f} MiB")


if __name__ == "__main__":
    main()
