"""Small helpers shared by the benchmarks: the repository on sys.path, resource
figures, percentiles, the labelled news items used as realistic feed text, and the
regex filters the analysis is compared with.

Benchmarks print figures; they are not tests. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.core.rules.syntax import ListRef, Phrase, Regex, iter_terms, parse_expression  # noqa: E402

if TYPE_CHECKING:
    from bot.core.pledges.passes.entities import Entities

EVAL_ITEMS = ROOT / "tests" / "data" / "eval_items.jsonl"
RULES_FILE = ROOT / "config" / "rules.toml"


@dataclass(frozen=True)
class NewsItem:
    title: str
    text: str
    lang: str
    relevant: bool


def news_items(path: Path = EVAL_ITEMS) -> list[NewsItem]:
    """The labelled evaluation items (EN/FR/DE wire-style news, about half relevant)."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            items.append(NewsItem(raw["title"], raw["text"], raw["lang"], bool(raw["relevant"])))
    return items


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children_now() -> list[int]:
    """This process's live child processes (Linux /proc)."""
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += [int(pid) for pid in (task / "children").read_text().split()]
        except OSError:
            pass
    return pids


def children_cpu() -> float:
    """User+system CPU seconds of this process's children: those still running (the
    analysis worker, read from /proc) and those ended and waited for."""
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = ended.ru_utime + ended.ru_stime
    for pid in _children_now():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def children_peak_rss_mb() -> float:
    """The peak RSS of the children still running, summed (MiB)."""
    total = 0.0
    for pid in _children_now():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0) / 1024
    return total


def workers_without_this_script() -> None:
    """A process spawned from here (pledgewatch's analysis worker, bot.analysis_worker) runs
    the main script again first when it is a file (multiprocessing's "spawn"): this
    script with the benchmark's imports, where a real pledgewatch's worker runs
    `pledgewatch` (two imports) or nothing (`python -m bot`). Forgetting the file name
    keeps the worker's figures a real one's. Only in a benchmark's child process."""
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is None and hasattr(main, "__file__"):
        del main.__file__


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: good enough for 50 timings, no interpolation surprises."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary_ms(seconds: list[float]) -> str:
    """'median X ms  p95 Y ms  max Z ms' for a list of durations in seconds."""
    ms = [s * 1000 for s in seconds]
    return f"median {statistics.median(ms):7.1f} ms  p95 {percentile(ms, 0.95):7.1f} ms  max {max(ms):7.1f} ms"


def human_bytes(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


def queue_fanout_alert(store, platform: str, chat_ids, clock):
    """Subscribe `chat_ids` on `platform` and queue one realistic alert to all of them
    (the fan-out benchmarks' set-up). Returns the alert."""
    from datetime import datetime, timezone

    from bot.core.models import Alert, Pledge

    now = clock.now()
    with store.transaction():
        for chat_id in chat_ids:
            store.subscribe(platform, str(chat_id), (), now)
    published = datetime(2023, 2, 13, 18, 40, tzinfo=timezone.utc)
    title = "NATO allies want to deliver faster"
    story_id = store.create_story(title, "https://example.org/seed-0", now, published, "bench", ("ammunition",), 1.0)
    alert = Alert(story_id=story_id, title=title, url="https://example.org/seed-0", sources=("AFP", "DW"),
                  published=published, topics=("ammunition",),
                  pledges=(Pledge(donor="DE", category="air_defence", status="pledged", system="Gepard"),),
                  summary="Allies meet in Brussels to speed up deliveries of arms and ammunition to Ukraine.")
    store.enqueue(alert, store.subscriptions(platform), now)
    return alert


# Neutral filler (local news, weather, sport, markets) in each language, written for the
# benchmarks, to bring the short labelled items up to the length of a real feed item's
# text (~1.3 KB). It names no weapon, donor or aid, so relevance stays the item's own.
_FILLER = {
    "en": ["The city council of {city} met on {day} to discuss the budget for road repairs.",
           "Forecasters expect {n} millimetres of rain in {city} over the coming days.",
           "Local train services between {city} and the coast ran {n} minutes late on average.",
           "A spokesperson for the regional office said more details would follow next week.",
           "Shares in the largest retailer rose {n} percent in morning trading.",
           "The football club from {city} won its home match on {day} in front of {n} fans.",
           "Residents were asked to keep an eye on older neighbours during the cold spell.",
           "The museum in {city} extends its opening hours until the end of the month."],
    "fr": ["Le conseil municipal de {city} s'est réuni {day} pour discuter du budget des routes.",
           "Les prévisionnistes attendent {n} millimètres de pluie à {city} ces prochains jours.",
           "Les trains régionaux entre {city} et la côte ont eu {n} minutes de retard en moyenne.",
           "Un porte-parole de la préfecture a indiqué que des précisions suivraient la semaine prochaine.",
           "L'action du premier distributeur a gagné {n} % en début de séance.",
           "Le club de football de {city} a gagné son match à domicile {day} devant {n} spectateurs.",
           "Les habitants sont invités à veiller sur leurs voisins âgés pendant la vague de froid.",
           "Le musée de {city} prolonge ses horaires d'ouverture jusqu'à la fin du mois."],
    "de": ["Der Stadtrat von {city} beriet am {day} über den Haushalt für Straßenreparaturen.",
           "Meteorologen erwarten in den kommenden Tagen {n} Millimeter Regen in {city}.",
           "Regionalzüge zwischen {city} und der Küste hatten im Schnitt {n} Minuten Verspätung.",
           "Ein Sprecher der Bezirksregierung kündigte weitere Einzelheiten für nächste Woche an.",
           "Die Aktie des größten Einzelhändlers stieg im frühen Handel um {n} Prozent.",
           "Der Fußballverein aus {city} gewann sein Heimspiel am {day} vor {n} Zuschauern.",
           "Die Anwohner wurden gebeten, während der Kältewelle auf ältere Nachbarn zu achten.",
           "Das Museum in {city} verlängert seine Öffnungszeiten bis zum Monatsende."],
}
_CITIES = ["Lyon", "Bremen", "Leeds", "Graz", "Nantes", "Porto", "Gent", "Basel", "Turku", "Split"]
_DAYS = {"en": ["Monday", "Tuesday", "Friday"], "fr": ["lundi", "mardi", "vendredi"],
         "de": ["Montag", "Dienstag", "Freitag"]}


def long_news_items(length: int = 1300, seed: int = 17) -> list[NewsItem]:
    """The labelled items, each text followed by neutral filler in its language up to
    about `length` characters (a realistic item body; generated, not copied)."""
    rng = random.Random(seed)
    return [padded_news_item(item, rng, length) for item in news_items()]


def padded_news_item(item: NewsItem, rng: random.Random, length: int = 1300) -> NewsItem:
    """`item` with its text followed by neutral filler in its language, drawn with `rng`
    (a random.Random), up to about `length` characters."""
    lang = item.lang if item.lang in _FILLER else "en"
    parts = [item.text]
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(rng.choice(_FILLER[lang]).format(city=rng.choice(_CITIES), n=rng.randint(2, 90),
                                                      day=rng.choice(_DAYS[lang])))
    return NewsItem(item.title, " ".join(parts), item.lang, item.relevant)


class DistinctNewsItems:
    """Item number -> a feed item whose title and text no other number gets: a labelled
    item's text followed by filler drawn for that number (long_news_items' pool and length).

    Why: since stop 47b pledgewatch knows an item by its feed and its words (title and text)
    within the retention window, so a farm that served the same ~290 padded texts under new
    ids and links had half of a steady cycle's "new" items skipped as copies, where reader
    stored them all: the comparison flattered pledgewatch. The number's own draw, with a
    second draw if it ever met a text made before, keeps every item new in words; the same
    number always gets the same item, so both sides (and every re-render) see the same."""

    def __init__(self, length: int = 1300) -> None:
        self.length = length
        self._made: dict[int, NewsItem] = {}
        self._words: set[tuple[str, str]] = set()

    def item(self, number: int, base: NewsItem) -> NewsItem:
        made = self._made.get(number)
        if made is None:
            for attempt in range(100):
                made = padded_news_item(base, random.Random(f"{number}/{attempt}"), self.length)
                words = (made.title.casefold(), " ".join(made.text.casefold().split()))
                if words not in self._words:
                    break
            else:  # about 10^-20 for a pair, so never; say so rather than serve a copy
                raise RuntimeError(f"no distinct text for item {number}")
            self._words.add(words)
            self._made[number] = made
        return made


# -- the regex filters: what a plain keyword bot does, the floor the rules are measured against --
# (bench_analyze times them on varied text; bench_poll_cycle on a first poll's items)


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


def _alternatives(expression: str, entities: Entities) -> list[str]:
    """Every word, phrase and list name of a rule as a regex alternative; a word list
    (@support:en) stands for the words of its expressions."""
    alternatives = []
    for term in iter_terms(parse_expression(expression)):
        if isinstance(term, Phrase):
            alternatives.append(r"\W+".join(_word_pattern(w) for w in term.words))
        elif isinstance(term, ListRef) and term.name in entities.word_lists:
            variants = entities.word_lists[term.name]
            for variant in ([variants[term.filter]] if term.filter else variants.values()):
                alternatives.extend(_alternatives(variant, entities))
        elif isinstance(term, ListRef):
            for name in _list_names(term, entities):
                parts = re.findall(r"\w+", name.rstrip("*"))
                alternatives.append(r"\W+".join(map(re.escape, parts)) + (r"\w*" if name.endswith("*") else ""))
        elif isinstance(term, Regex):
            alternatives.append(term.pattern)
    return alternatives


def _compile(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def regex_per_rule(rules, entities: Entities, threshold: float) -> Callable[[str], bool]:
    """Per rule one alternation of its words; relevant when the weights of the rules
    whose regex is found reach the threshold (no NEAR, NOT, EXCEPT or inflection)."""
    patterns = [(_compile(_alternatives(r.expression, entities)), r.weight) for r in rules if r.enabled]
    return lambda text: sum(w for p, w in patterns if p.search(text)) >= threshold


def regex_per_topic(rules, entities: Entities) -> Callable[[str], bool]:
    """What most keyword-alert bots do: per topic one alternation of the words of its
    positive rules; relevant when any topic's regex is found."""
    by_topic: dict[str, list[str]] = {}
    for rule in rules:
        if rule.enabled and rule.weight > 0:
            by_topic.setdefault(rule.topic, []).extend(_alternatives(rule.expression, entities))
    patterns = [_compile(list(dict.fromkeys(alts))) for alts in by_topic.values()]
    return lambda text: any(p.search(text) for p in patterns)
