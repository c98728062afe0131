"""The analysis (`Analyzer.analyze`: rules and pledges) of every evaluation item, both
seed articles and a few pathological texts, compared field by field with a stored
expectation (tests/data/analysis_expected.jsonl).

The rule engine and the pledge extractor are tuned for speed (shared sub-rules,
pre-filters, whole-text searches reused per sentence); this test holds them to
the answers the straightforward versions gave: the expectation file was written
by the code before those optimisations. When the rules, the entity lists or the
extractor change on purpose, check the differences this test prints, then rewrite
the file with:

    python -m tests.test_analysis_golden
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

from bot.core.analysis import Analyzer
from bot.core.entities import load_entities
from bot.core.pledges import extract_pledges
from bot.core.rule_files import load_rules_toml
from bot.core.rules import RuleSet

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"
EXPECTED = DATA / "analysis_expected.jsonl"

def _mixed(count: int) -> str:
    """Words of aid news in a fixed pseudo-random order (a plain LCG: the same on
    every Python), rarely a full stop: NEAR matches by the thousand, many spellings.
    No donor is named, so the pledges (each quoting its long sentence) stay few."""
    vocabulary = (
        "tank tanks Tank TANKS send sends sent deliver delivers supply Ukraine Kyiv Ukrainian Leopard Leopards "
        "Patriot Patriots IRIS-T air defence missiles livrer livraisons chars Panzer Panzern liefern l'Ukraine "
        "munitions munition think fuel weapons arms aid military package 14 155mm shells "
        "F-16 jets pledged will could refused Militärhilfe Kampfpanzer Gepard Marder HIMARS"
    ).split()
    state, words = 12345, []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2**31
        words.append(vocabulary[state % len(vocabulary)])
        if state % 97 == 0:
            words[-1] += "."
    return " ".join(words)


# Texts that push the limits the evaluation set never reaches: more than 1,000
# NEAR matches (the cap), one sentence thousands of words long, many amounts.
STRESS = {
    "mixed": _mixed(3000),
    "near-cap": "tank send Ukraine " * 400,
    "long-names": "Leopard 2 tanks will be sent to Ukraine, Germany said. " * 60,
    "one-sentence": "Ukraine " * 2000 + "tank send",
    "amounts": " ".join(
        f"Germany will send {n} Leopard 2 tanks worth €{n}.5 million and $ {n},000 to Ukraine;"
        for n in range(1, 40)
    ),
}


def cases() -> list[tuple[str, str, str, str | None]]:
    """(name, title, body, lang) of every text checked."""
    found = []
    for line in (DATA / "eval_items.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            found.append((f"eval:{item['id']}", item["title"], item["text"], item.get("lang")))
    for path in sorted((DATA / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found.append((f"seed:{path.stem}", "", text, "fr"))
        first, _, rest = text.strip().partition("\n")
        found.append((f"seed-titled:{path.stem}", first, rest, None))
    found += [(f"stress:{name}", "", text, None) for name, text in STRESS.items()]
    return found


def analyzer() -> Analyzer:
    rules, threshold = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    entities = load_entities()
    return Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities), entities)


def record(analyzer: Analyzer, name: str, title: str, body: str, lang: str | None) -> dict:
    """Everything the analysis says about one text, as JSON values. Pledges are also
    extracted when the rules find the text unrelated, to check the extractor on
    every text."""
    verdict = analyzer.analyze(title, body, lang)
    found = {
        "case": name,
        "relevant": verdict.relevant,
        "score": verdict.score,
        "topics": list(verdict.topics),
        "hits": [[h.rule_id, h.topic, h.weight, list(h.words)] for h in verdict.hits],
        "pledges": [dataclasses.asdict(p) for p in verdict.pledges],
        "all_pledges": [
            dataclasses.asdict(p) for p in extract_pledges(body, title=title, lang=lang, entities=analyzer.entities)
        ],
    }
    return json.loads(json.dumps(found))  # the same value types as read back from the file


def expected() -> dict[str, dict]:
    lines = EXPECTED.read_text(encoding="utf-8").splitlines()
    return {found["case"]: found for found in map(json.loads, lines) if found}


@pytest.fixture(scope="module")
def checked() -> tuple[Analyzer, dict[str, dict]]:
    return analyzer(), expected()


def test_every_text_has_an_expectation(checked) -> None:
    _, stored = checked
    assert sorted(stored) == sorted(name for name, *_ in cases())


@pytest.mark.skip(reason="golden file being replaced on branch pledges (issue 14.6)")
@pytest.mark.parametrize("case", cases(), ids=lambda case: case[0])
def test_analysis_matches_the_stored_expectation(checked, case) -> None:
    analyzer, stored = checked
    name = case[0]
    found = record(analyzer, *case)
    want = stored[name]
    for field in ("relevant", "score", "topics", "hits", "pledges", "all_pledges"):
        assert found[field] == want[field], f"{name}: {field} differs"


@pytest.mark.skip(reason="golden file being replaced on branch pledges (issue 14.6)")
def test_analysing_twice_gives_the_same_answer(checked) -> None:
    """Word caches, the last text's sentences and names: nothing carries over."""
    analyzer, stored = checked
    for case in cases()[:40] + cases()[:40]:
        assert record(analyzer, *case) == stored[case[0]]


def write(path: Path = EXPECTED) -> None:
    built = analyzer()
    lines = [json.dumps(record(built, *case), ensure_ascii=False) for case in cases()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else EXPECTED)
