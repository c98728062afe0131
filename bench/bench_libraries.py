"""Hand-written text helpers against the well-kept libraries that do the same job.

Three pairs, each on the real articles (read at run time from ../shared/eval/articles.jsonl,
never copied) and on cases written here, with expectations checked by hand:

  (a) sentences   bot.core.text.sentence_spans      vs pysbd.Segmenter (en/fr/de)
  (b) numbers     bot.core.pledges.quantities.numbers (number_word,     vs text2num (text2num / alpha2digit)
                  find_counts, find_money)
  (c) URLs        bot.core.feeds.urls.canonical_url       vs w3lib.url.canonicalize_url
                                                       (alone, and with url_query_cleaner
                                                       dropping our tracking parameters)

Prints figures; it is not a test. pysbd and w3lib are not dependencies of the project
(text2num is, since it was adopted): `pip install pysbd w3lib` first. `--show N` prints N sentence disagreements
(context from the articles goes to the terminal only).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import common  # noqa: F401  (puts the repository on sys.path)

from bot.config import load_entities
from bot.core.feeds.urls import _is_tracking, canonical_url
from bot.core.pledges import extract as our_pledges
from bot.core.pledges.quantities import numbers as our_numbers
from bot.core.pledges.quantities.numbers import find_counts, find_money, number_word
from bot.core.text import _sentence_spans as our_sentence_spans  # uncached: what a new text costs

try:
    import pysbd
    from text_to_num import alpha2digit, text2num
    from w3lib.url import canonicalize_url, url_query_cleaner
except ImportError as missing:  # pragma: no cover
    sys.exit(f"{missing}: run `pip install pysbd w3lib` (not project dependencies; text2num is one)")

ARTICLES = common.ROOT.parent / "shared" / "eval" / "articles.jsonl"


def load_articles(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(f"the real-article set is not at {path}: this benchmark measures on it")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def full_text(article: dict) -> str:
    """Title and lead joined as the pledge extractor joins them."""
    title = (article.get("title") or "").strip()
    return f"{title}\n\n{article['summary']}" if title else article["summary"]


def per_call_us(function: Callable[[], object], calls: int, repeat: int = 3) -> float:
    """Best of `repeat` runs, in microseconds per call (CPU time of this process)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best / calls * 1e6


# ================================================================ (a) sentences

_SEGMENTERS: dict[str, pysbd.Segmenter] = {}


def pysbd_starts(text: str, lang: str) -> set[int]:
    """Where pysbd's sentences after the first begin, as offsets into `text`. pysbd returns
    strings (char_span=True is slower still), so each is found again after the last."""
    segmenter = _SEGMENTERS.setdefault(lang, pysbd.Segmenter(language=lang, clean=False))
    starts, position = [], 0
    for segment in segmenter.segment(text):
        piece = segment.strip()
        if not piece:
            continue
        found = text.find(piece, position)
        if found < 0:  # pysbd changed the text (it should not with clean=False)
            continue
        starts.append(found)
        position = found + len(piece)
    return {first_word(text, start) for start in starts[1:]}


def our_starts(text: str) -> set[int]:
    return {first_word(text, start) for start, _ in our_sentence_spans(text)[1:]}


_WORD_CHAR = re.compile(r"\w")


def first_word(text: str, start: int) -> int:
    """A sentence start moved to its first letter or digit, so that a closing quote or an
    elision mark ("[...]") put on either side of a break counts as the same break."""
    found = _WORD_CHAR.search(text, start)
    return found.start() if found else start


_INITIAL = re.compile(r"(?:^|[\s(])(?:\w\.)+$")
_ABBREV = re.compile(r"(?:^|\s)(?:[A-Za-zÄÖÜäöüéÉ]{1,5})\.$")


def kind_of_break(text: str, start: int) -> str:
    """What sits before a contested sentence start (for the disagreement table)."""
    before = text[max(0, start - 12) : start].rstrip()
    if "\n" in text[max(0, start - 8) : start]:
        return "line break"
    if before.endswith((":", ";")):
        return "colon / semicolon"
    if re.search(r"[\"'»”“)\]]$", before):
        return "closing quote / bracket"
    if re.search(r"\d\.$", before):
        return "number + dot (ordinal, date, model)"
    if _INITIAL.search(before):
        return "initials (U.S., M.)"
    if _ABBREV.search(before) and text[start : start + 1].isupper():
        return "short word + dot + capital (abbreviation or end?)"
    if re.search(r"[!?]$", before):
        return "! or ?"
    return "other"


# Cases written for this benchmark: (lang, text, the offsets where sentences 2.. begin
# are given by the "|" marks, removed before splitting). Each tests one phenomenon.
SENTENCE_CASES = [
    ("abbreviation Mio.", "de", "Der Bund gibt 1,5 Mio. Euro für Munition aus. |Die Lieferung folgt im Mai."),
    ("abbreviation Mrd.", "de", "Berlin sagt weitere 2 Mrd. Euro zu. |Das Paket enthält Flugabwehr."),
    ("ordinal date", "de", "Am 24. Februar trafen die Minister zusammen. |Sie berieten über Panzer."),
    ("initials U.S.", "en", "U.S. officials said more rockets are coming. |The package is the tenth."),
    ("initials mid-sentence", "en", "The U.S. Army will train crews in Germany. |Training starts soon."),
    ("title Mr.", "en", "Mr. Austin met his counterparts in Brussels. |They discussed air defence."),
    ("M. Macron", "fr", "M. Macron a promis des canons. |Ils partiront cet été."),
    ("decimal", "en", "The package is worth 1.5 billion dollars. |It includes shells."),
    ("decimal fr", "fr", "L'aide atteint 2,5 milliards d'euros. |Elle comprend des obus."),
    ("quote ends sentence", "en", 'He said: "We will send the tanks." |Officials confirmed it later.'),
    ("guillemets", "fr", "« Nous livrerons ces blindés. » |Le ministre l'a confirmé mardi."),
    ("model number at end", "en", "Kyiv will receive the F-16. |Pilots are in training."),
    ("question", "en", "Will Berlin send Taurus missiles? |The chancellor has not decided."),
    ("no. abbreviation", "en", "Package No. 5 was announced on Friday. |It is the largest yet."),
    ("bzw.", "de", "Die Panzer bzw. Haubitzen kommen aus Beständen der Bundeswehr. |Sie sind einsatzbereit."),
    ("lower-case after dot", "en", "The figure rose to approx. three hundred vehicles. |More will follow."),
    ("headline line break", "en", "Germany pledges tanks|\n\nBerlin will send fourteen Leopard tanks."),
    ("plain", "fr", "La France livrera des Caesar. |L'Allemagne enverra des Leopard."),
]


def marked(text: str) -> tuple[str, set[int]]:
    starts, plain = set(), []
    for piece in text.split("|"):
        if plain:
            starts.add(len("".join(plain)) + len(piece) - len(piece.lstrip()))
        plain.append(piece)
    return "".join(plain), starts


def bench_sentences(articles: list[dict], show: int) -> None:
    print("\n(a) sentence splitting: bot.core.text.sentence_spans vs pysbd (clean=False)")
    totals: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = {"only ours": Counter(), "only pysbd": Counter()}
    samples: list[tuple[str, str, str, str]] = []
    for article in articles:
        text, lang = full_text(article), article["lang"]
        ours, theirs = our_starts(text), pysbd_starts(text, lang)
        both = ours & theirs
        totals[lang].update(both=len(both), ours=len(ours - theirs), pysbd=len(theirs - ours),
                            articles=1, identical=int(ours == theirs))
        for who, starts in (("only ours", ours - theirs), ("only pysbd", theirs - ours)):
            for start in sorted(starts):
                kind = kind_of_break(text, start)
                kinds[who][kind] += 1
                samples.append((who, article["id"], kind, text[max(0, start - 70) : start + 30]))
    print(f"  {'lang':4} {'articles':>8} {'same split':>10} {'breaks agreed':>13} {'only ours':>9} "
          f"{'only pysbd':>10} {'agreement':>9}")
    for lang in sorted(totals) + ["all"]:
        t = sum(totals.values(), Counter()) if lang == "all" else totals[lang]
        union = t["both"] + t["ours"] + t["pysbd"]
        print(f"  {lang:4} {t['articles']:8} {t['identical']:10} {t['both']:13} {t['ours']:9} {t['pysbd']:10} "
              f"{t['both'] / union if union else 1:9.1%}")
    for who, counter in kinds.items():
        print(f"  breaks {who}, by what precedes them: "
              + ", ".join(f"{kind} {n}" for kind, n in counter.most_common()))
    for who, article_id, kind, context in samples[:show]:
        print(f"    {who:10} {article_id:9} {kind:40} {context!r}")

    right = Counter()
    print("  written cases (expected sentence starts marked by hand):")
    for name, lang, case in SENTENCE_CASES:
        text, expected = marked(case)
        ours_ok = our_starts(text) == expected
        pysbd_ok = pysbd_starts(text, lang) == expected
        right.update(ours=ours_ok, pysbd=pysbd_ok)
        if ours_ok != pysbd_ok or not ours_ok:
            print(f"    {name:24} ours {'right' if ours_ok else 'WRONG'}, pysbd {'right' if pysbd_ok else 'WRONG'}")
    print(f"    right: ours {right['ours']}/{len(SENTENCE_CASES)}, pysbd {right['pysbd']}/{len(SENTENCE_CASES)}")

    texts = [(full_text(a), a["lang"]) for a in articles]
    mean_chars = sum(len(t) for t, _ in texts) / len(texts)
    ours_us = per_call_us(lambda: [our_sentence_spans(t) for t, _ in texts], len(texts))
    pysbd_us = per_call_us(lambda: [pysbd_starts(t, lang) for t, lang in texts], len(texts), repeat=1)
    print(f"  speed per article (mean {mean_chars:.0f} chars): ours {ours_us:.0f} µs, pysbd {pysbd_us:.0f} µs "
          f"({pysbd_us / ours_us:.0f}x)")


# ================================================================ (b) numbers

# Number words and numerals of the kinds found in the articles, plus harder ones
# written here; the value each stands for, checked by hand. None: not a count
# (an article, an ordinal, a fraction).
WORD_CASES: list[tuple[str, str, int | None]] = [
    ("en", "two", 2), ("en", "Four", 4), ("en", "five", 5), ("en", "one", 1), ("en", "fourteen", 14),
    ("en", "twenty-five", 25), ("en", "ninety-nine", 99), ("en", "dozen", 12), ("en", "first", None),
    ("fr", "deux", 2), ("fr", "douze", 12), ("fr", "quatorze", 14), ("fr", "dix-huit", 18), ("fr", "onze", 11),
    ("fr", "quinze", 15), ("fr", "vingt-cinq", 25), ("fr", "soixante-douze", 72), ("fr", "quatre-vingts", 80),
    ("fr", "quatre-vingt-quinze", 95), ("fr", "vingt-et-un", 21), ("fr", "douzaine", 12), ("fr", "première", None),
    ("de", "zwei", 2), ("de", "vier", 4), ("de", "sieben", 7), ("de", "zehn", 10), ("de", "zwölf", 12),
    ("de", "fünfundzwanzig", 25), ("de", "einundzwanzig", 21), ("de", "dreißig", 30), ("de", "Dutzend", 12),
    ("de", "ersten", None),
]

# Phrases as the extractor reads them: (lang, phrase, kind, value). kind "count" is what
# find_counts should return (a list: each count in order), "money" the amount.
PHRASE_CASES: list[tuple[str, str, str, list[float]]] = [
    ("fr", "douze canons Caesar", "count", [12]),
    ("de", "zwölf Panzer", "count", [12]),
    ("en", "fourteen Challenger tanks", "count", [14]),
    ("fr", "une douzaine de canons", "count", [12]),
    ("en", "two dozen howitzers", "count", [24]),
    ("fr", "un million d'obus", "count", [1_000_000]),
    ("en", "three million shells", "count", [3_000_000]),
    ("de", "drei Millionen Schuss", "count", [3_000_000]),
    ("en", "two hundred drones", "count", [200]),
    ("fr", "deux cents drones", "count", [200]),
    ("de", "zweihundert Drohnen", "count", [200]),
    ("fr", "vingt et un chars", "count", [21]),
    ("en", "a system", "count", []),
    ("fr", "un système Patriot", "count", []),
    ("de", "ein System", "count", []),
    ("en", "the first tranche", "count", []),
    ("de", "die ersten Panzer", "count", []),
    ("en", "two-thirds of members", "count", []),
    ("en", "14 Leopard tanks", "count", [14]),
    ("de", "1.500 Raketen", "count", [1500]),
    ("en", "1,500 rockets", "count", [1500]),
    ("de", "1,5 Milliarden Euro", "money", [1.5e9]),
    ("fr", "2,5 milliards d'euros", "money", [2.5e9]),
    ("en", "$2.5 billion", "money", [2.5e9]),
    ("en", "two billion dollars", "money", [2e9]),
    ("fr", "deux milliards d'euros", "money", [2e9]),
    ("de", "zwei Milliarden Euro", "money", [2e9]),
    ("en", "500 million euros", "money", [5e8]),
]


def text2num_word(word: str, lang: str) -> int | None:
    """text2num as a drop-in for number_word (which has no language: tried in `lang`)."""
    try:
        return text2num(word, lang)
    except ValueError:
        return None


def library_text(text: str, lang: str) -> str:
    """The text as alpha2digit rewrites it (threshold 1: "two" counts, "one" does not)."""
    return alpha2digit(text, lang, threshold=1)


def phrase_values(text: str, lang: str, kind: str, rewrite: bool) -> list[float]:
    if rewrite:
        text = library_text(text, lang)
    if kind == "money":
        return [m.value for m in find_money(text, lang)]
    return [c.value for c in find_counts(text, lang)]


_ORDINAL_OUT = re.compile(r"\d+(?:st|nd|rd|th|er|re|ère|ème|e|ers|ères|\.)$")
_NUMBER_OUT = re.compile(r"^(\W*?)(\d+)(\W*)$")


def library_word_counts(text: str, lang: str) -> list[our_numbers.Count]:
    """Counts written in words as alpha2digit finds them, mapped back onto `text`: the
    text is rewritten, the words compared, and each run of words replaced by a number
    becomes a Count over the original run. Ordinals ("1st", "1er", German "1.") and
    scale words standing alone ("millions of") are left out, as find_counts does."""
    tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    rewritten = library_text(text, lang).split()
    matcher = difflib.SequenceMatcher(None, [t for t, _, _ in tokens], rewritten, autojunk=False)
    found = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or j2 - j1 != 1:
            continue
        new = rewritten[j1]
        old_last = tokens[i2 - 1][0]
        number = _NUMBER_OUT.match(new)
        if number is None or (_ORDINAL_OUT.search(new) and not old_last.endswith(new[-1])):
            continue
        value = int(number.group(2))
        start = tokens[i1][1] + len(number.group(1))
        end = tokens[i2 - 1][2] - len(number.group(3))
        if value <= 0 or our_numbers._NOT_A_COUNT_AFTER.match(our_numbers.fold_aligned(text[end : end + 12])):
            continue
        if i2 - i1 == 1 and not re.search(r"(?i)^\W*(?:un|une|ein|eine|a|one)?\W*\w*$", text[start:end]):
            continue
        if i2 - i1 == 1 and value in (10, 100, 1000, 10**6, 10**9) and re.fullmatch(
            r"(?i)\W*(?:tens|hundreds|thousands|millions?|millionen|milliards?|milliarden|billions?)\W*", old_last
        ):
            continue  # a scale word alone: "millions of", "Millionen Besucher"
        found.append(our_numbers.Count(value, start, end))
    return found


def library_find_counts(text, lang=None, money=None, folded=None):
    """find_counts with its written-out numbers found by alpha2digit instead of ours."""
    ours = find_counts(text, lang, money, folded)
    digits = [c for c in ours if text[c.start : c.start + 1].isdigit()]
    words = library_word_counts(text, lang or "en") if lang in ("en", "fr", "de") else []
    return sorted(digits + words, key=lambda c: c.start)


def quantity_figures(articles: list[dict], finder) -> tuple[int, int, int, float]:
    """(labelled quantities found among the extracted pledges' quantities, labelled,
    extracted quantities that match a labelled one, extracted) over the relevant
    articles, with `finder` as the pledge extractor's find_counts."""
    entities = load_entities()
    original = our_pledges.find_counts
    our_pledges.find_counts = finder
    try:
        found = labelled = matching = extracted = 0
        for article in articles:
            if not article["relevant"]:
                continue
            title = (article.get("title") or "").strip()
            pledges = our_pledges.extract_pledges(article["summary"], title=title, lang=article["lang"],
                                                  entities=entities)
            want = Counter(p["quantity"] for p in article["pledges"] if isinstance(p.get("quantity"), int))
            got = Counter(p.quantity for p in pledges if p.quantity is not None)
            labelled += sum(want.values())
            found += sum((want & got).values())
            extracted += sum(got.values())
            matching += sum((got & want).values())
        return found, labelled, matching, extracted
    finally:
        our_pledges.find_counts = original


def bench_numbers(articles: list[dict]) -> None:
    print("\n(b) number words: bot.core.pledges.quantities.numbers (its number words valued by text2num since "
          "2026-12-02) vs text2num 3 alone (text2num / alpha2digit)")
    right = Counter()
    for lang, word, expected in WORD_CASES:
        ours, theirs = number_word(word), text2num_word(word, lang)
        right.update(ours=ours == expected, lib=theirs == expected)
        if ours != expected or theirs != expected:
            print(f"    word {lang} {word!r:24} expected {expected}: ours {ours}, text2num {theirs}")
    print(f"  single words right: ours {right['ours']}/{len(WORD_CASES)}, text2num {right['lib']}/{len(WORD_CASES)}")

    right = Counter()
    for lang, phrase, kind, expected in PHRASE_CASES:
        ours = phrase_values(phrase, lang, kind, rewrite=False)
        rewritten = phrase_values(phrase, lang, kind, rewrite=True)
        if kind == "count":
            counted = [c.value for c in library_find_counts(phrase, lang)]
            right.update(mapped=counted == expected)
        else:
            counted = None
        right.update(ours=ours == expected, rewrite=rewritten == expected)
        if ours != expected or rewritten != expected or (counted is not None and counted != expected):
            print(f"    {kind:5} {lang} {phrase!r:30} expected {expected}: ours {ours}, "
                  f"after alpha2digit {rewritten} ({library_text(phrase, lang)!r})"
                  + (f", alpha2digit counts {counted}" if counted is not None else ""))
    n_count = sum(1 for case in PHRASE_CASES if case[2] == "count")
    print(f"  phrases right: ours {right['ours']}/{len(PHRASE_CASES)}; our parsers on the text alpha2digit "
          f"rewrote {right['rewrite']}/{len(PHRASE_CASES)}; counts with alpha2digit's words mapped back "
          f"{right['mapped']}/{n_count} (of {n_count} count phrases)")

    # What alpha2digit changes in the real articles: each rewritten run, by language.
    changed: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        text, lang = full_text(article), article["lang"]
        before, after = text.split(), library_text(text, lang).split()
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
            if op == "replace":
                new = " ".join(after[j1:j2])
                kind = ("ordinal" if _ORDINAL_OUT.search(new.rstrip(",;:)")) and not before[i2 - 1].endswith(".")
                        else "scale word after a numeral" if i1 and re.search(r"\d$", before[i1 - 1])
                        else "number")
                changed[lang][kind] += 1
    print("  alpha2digit rewrites in the real articles: "
          + "; ".join(f"{lang} " + ", ".join(f"{k} {n}" for k, n in c.most_common()) for lang, c in sorted(changed.items())))

    print("  quantities of extracted pledges against the labelled ones (relevant articles):")
    for name, finder in (("ours", find_counts), ("alpha2digit words", library_find_counts)):
        found, labelled, matching, extracted = quantity_figures(articles, finder)
        print(f"    {name:18} labelled found {found}/{labelled}, extracted that are labelled {matching}/{extracted}")

    texts = [(full_text(a), a["lang"]) for a in articles]
    words = [(w, lang) for lang, w, _ in WORD_CASES]
    ours_us = per_call_us(lambda: [number_word(w) for w, _ in words], len(words))
    lib_us = per_call_us(lambda: [text2num_word(w, lang) for w, lang in words], len(words))
    print(f"  speed per word: number_word {ours_us:.1f} µs, text2num {lib_us:.1f} µs")
    ours_us = per_call_us(lambda: [find_counts(t, lang) for t, lang in texts], len(texts))
    a2d_us = per_call_us(lambda: [alpha2digit(t, lang, threshold=1) for t, lang in texts], len(texts))
    lib_us = per_call_us(lambda: [library_find_counts(t, lang) for t, lang in texts], len(texts))
    print(f"  speed per article: find_counts {ours_us:.0f} µs; alpha2digit alone {a2d_us:.0f} µs; "
          f"find_counts with alpha2digit's words mapped back {lib_us:.0f} µs")


# ================================================================ (c) URLs


def w3lib_plain(url: str) -> str:
    return canonicalize_url(url.strip())


def w3lib_clean(url: str) -> str:
    """w3lib with our tracking parameters dropped first (w3lib keeps every parameter)."""
    url = url.strip()
    query = urlsplit(url).query
    names = [pair.split("=", 1)[0] for pair in query.split("&") if pair]
    tracking = [name for name in names if _is_tracking(name)]
    if tracking:
        url = url_query_cleaner(url, tracking, remove=True, keep_fragments=True)
    return canonicalize_url(url)


def ours_after_w3lib(url: str) -> str:
    """Ours on w3lib's spelling of the address (it decodes escapes of unreserved
    characters, "%7E" -> "~", and encodes what must be, " " -> "%20"); what is not
    an http(s) URL, or what w3lib cannot read, is ours alone."""
    if canonical_url(url) == url.strip() and not url.strip().lower().startswith(("http://", "https://")):
        return canonical_url(url)
    try:
        return canonical_url(canonicalize_url(url.strip(), keep_fragments=False))
    except ValueError:
        return canonical_url(url)


CANONICALISERS: dict[str, Callable[[str], str]] = {
    "ours": canonical_url,
    "w3lib": w3lib_plain,
    "w3lib + our tracking list": w3lib_clean,
    "ours after w3lib": ours_after_w3lib,
}


def _with(url: str, **changes) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(**changes))


def _add_query(url: str, extra: str) -> str:
    query = urlsplit(url).query
    return _with(url, query=f"{query}&{extra}" if query else extra)


# How the same article reaches a reader under another address, applied to each real URL.
VARIANTS: dict[str, Callable[[str], str]] = {
    "utm_* tags": lambda u: _add_query(u, "utm_source=newsletter&utm_medium=email&utm_campaign=x"),
    "fbclid": lambda u: _add_query(u, "fbclid=IwAR0abc"),
    "Piano xtor": lambda u: _add_query(u, "xtor=RSS-3208"),
    "#fragment": lambda u: _with(u, fragment="comments"),
    "http scheme": lambda u: _with(u, scheme="http"),
    "host in capitals": lambda u: _with(u, netloc=urlsplit(u).netloc.upper()),
    "default port": lambda u: _with(u, netloc=urlsplit(u).netloc + (":443" if u.startswith("https") else ":80")),
    "trailing slash": lambda u: _with(u, path=urlsplit(u).path.rstrip("/") + "/"),
    "no trailing slash": lambda u: _with(u, path=urlsplit(u).path.rstrip("/") or "/"),
    "query reordered": lambda u: _with(u, query="&".join(reversed(urlsplit(u).query.split("&")))),
    "%-escapes lower case": lambda u: re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), u),
    "whitespace around": lambda u: f"  {u}\n",
}

# Pairs written for this benchmark: (a, b, same article?).
URL_CASES: list[tuple[str, str, bool]] = [
    ("https://news.example/a/b?id=7&utm_source=x", "https://news.example/a/b?id=7", True),
    ("https://news.example/a?UTM_Source=x", "https://news.example/a", True),
    ("https://news.example/a?fbclid=1&gclid=2", "https://news.example/a", True),
    ("http://news.example/a", "https://news.example/a", True),
    ("https://NEWS.example:443/a", "https://news.example/a", True),
    ("https://news.example/a/", "https://news.example/a", True),
    ("https://news.example/a#top", "https://news.example/a", True),
    ("https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2", True),
    ("https://news.example/caf%c3%a9", "https://news.example/caf%C3%A9", True),
    ("https://news.example/%7Euser", "https://news.example/~user", True),
    ("https://news.example/a b", "https://news.example/a%20b", True),
    ("https://news.example.:443/a", "https://news.example/a", True),
    ("https://news.example/article?id=1", "https://news.example/article?id=2", False),
    ("https://news.example/A", "https://news.example/a", False),
    ("https://www.news.example/a", "https://news.example/a", False),
    ("https://news.example:8080/a", "https://news.example/a", False),
    ("https://news.example/a?ref_id=5", "https://news.example/a", False),
    ("https://news.example/a?page=2", "https://news.example/a", False),
]


def safe(function: Callable[[str], str], url: str) -> str:
    try:
        return function(url)
    except Exception as error:  # noqa: BLE001 - the figure is whether it raises
        return f"<raised {type(error).__name__}>"


def bench_urls(articles: list[dict]) -> None:
    print("\n(c) URL canonicalisation: bot.core.feeds.urls.canonical_url vs w3lib.url.canonicalize_url")
    urls = [a["url"] for a in articles if a.get("url")]
    print(f"  {len(urls)} real URLs ({len(set(urls))} distinct, {sum('?' in u for u in urls)} with a query)")
    width = max(map(len, VARIANTS))
    header = "  " + " " * width + "".join(f"{name:>27}" for name in CANONICALISERS)
    print(header + "   (real URLs whose variant maps to the same key)")
    for variant, make in VARIANTS.items():
        cells = []
        for function in CANONICALISERS.values():
            same = sum(safe(function, make(u)) == safe(function, u) for u in urls)
            cells.append(f"{same:>23}/{len(urls)}")
        print(f"  {variant:{width}}" + "".join(cells))
    cells = []
    for function in CANONICALISERS.values():
        keys = [safe(function, u) for u in urls]
        cells.append(f"{len(urls) - len(set(keys)):>27}")
    print(f"  {'false merges, real URLs':{width}}" + "".join(cells))
    print("  written pairs (same article or not, decided by hand):")
    for name, function in CANONICALISERS.items():
        wrong = [(a, b, same) for a, b, same in URL_CASES if (safe(function, a) == safe(function, b)) != same]
        print(f"    {name:26} right {len(URL_CASES) - len(wrong)}/{len(URL_CASES)}"
              + "".join(f"\n      {'merged' if not same else 'kept apart'}: {a}  vs  {b}" for a, b, same in wrong))
    odd = ["not a url", "urn:uuid:1234", "https://[::1", "https://news.example:99999/a", "ftp://x/y", ""]
    for name, function in CANONICALISERS.items():
        print(f"    {name:26} on feed guids that are not http URLs: "
              + ", ".join(f"{u!r}->{safe(function, u)!r}" for u in odd))
    variants = [make(u) for u in urls for make in VARIANTS.values()]
    for name, function in CANONICALISERS.items():
        us = per_call_us(lambda f=function: [safe(f, u) for u in variants], len(variants))
        print(f"  speed {name:26} {us:.1f} µs per URL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--show", type=int, default=0, help="sentence disagreements to print (with context)")
    parser.add_argument("--only", choices=("sentences", "numbers", "urls"))
    args = parser.parse_args()
    articles = load_articles(args.articles)
    print(f"{len(articles)} real articles from {args.articles.parent.name}/{args.articles.name} (read at run time)")
    if args.only in (None, "sentences"):
        bench_sentences(articles, args.show)
    if args.only in (None, "numbers"):
        bench_numbers(articles)
    if args.only in (None, "urls"):
        bench_urls(articles)


if __name__ == "__main__":
    main()
