"""Compiled rule sets kept between runs (bot.adapters.ruleset_cache): read back, they
give the analyses a compilation gives; a damaged, planted or foreign file is ignored
and written again; another rule set, entity list or lexicon never reads another's."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.adapters import ruleset_cache
from bot.adapters.lexicon_cache import DiskLexicon
from bot.config import load_entities
from bot.core.models import Rule
from bot.core.rules.engine import RuleSet
from bot.core.rules.files import load_rules_toml
from tests.conftest import texts_to_try_rules_on

ROOT = Path(__file__).parents[2]
# A regex rule and a rare German compound (its lemma found through the members file).
EXTRA = [
    Rule("probe", r"re:/leopard.?2a?[0-9]/ AND @ukraine", 0.5, id=901),
    Rule("probe", "Panzerlieferung OR abliefern", 0.5, id=902),
]


def texts() -> list[str]:
    extra = ["Leopard 2A6 für die Ukraine", "Deutschland will Panzerlieferungen an die Ukraine abliefern"]
    return texts_to_try_rules_on() + extra


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    shipped, _ = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    return [replace(rule, id=number) for number, rule in enumerate(shipped, 1)] + EXTRA


@pytest.fixture(scope="module")
def entities():
    return load_entities()


@pytest.fixture(scope="module")
def cache(tmp_path_factory, rules, entities) -> Path:
    """A cache directory whose word tables are built (once: seconds)."""
    base = tmp_path_factory.mktemp("ruleset-cache")
    RuleSet.compile(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    return base


def compiled_files(base: Path) -> list[Path]:
    return sorted(base.glob("*/ruleset-*.bin"))


def fresh_cache(cache: Path, tmp_path: Path) -> Path:
    """A copy of the built tables without any compiled set."""
    target = tmp_path / "cache"
    for path in cache.rglob("*"):
        if path.is_file() and not path.name.startswith("ruleset-"):
            copy = target / path.relative_to(cache)
            copy.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            copy.write_bytes(path.read_bytes())
            copy.chmod(0o600)
    return target


def no_compiling(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("compiled although the cache held this rule set")

    monkeypatch.setattr(RuleSet, "compile", refuse)


def test_a_set_read_back_gives_the_same_analyses(cache, rules, entities, tmp_path, monkeypatch) -> None:
    base = fresh_cache(cache, tmp_path)
    compiled = ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    assert len(compiled_files(base)) == 1
    with monkeypatch.context() as patch:
        no_compiling(patch)
        read = ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    assert read is not compiled and read.rules == compiled.rules and read.threshold == compiled.threshold
    matched = 0
    for text in texts():
        verdict = read.analyze(text)
        assert verdict == compiled.analyze(text), text[:80]
        matched += bool(verdict.hits)
    assert matched > 50
    probes = read.analyze("Deutschland will Panzerlieferungen an die Ukraine abliefern. Leopard 2A6 für Kiew.")
    assert {901, 902} <= {hit.rule_id for hit in probes.hits}


def test_anything_that_changes_the_set_changes_the_file(cache, rules, entities, tmp_path, monkeypatch) -> None:
    base = fresh_cache(cache, tmp_path)
    lexicon = DiskLexicon(base)
    tag = lexicon.directory.name
    key = ruleset_cache.ruleset_key(rules, 2.0, entities, tag)
    assert key == ruleset_cache.ruleset_key(list(rules), 2.0, load_entities(), tag)  # same inputs, same key
    edited = [replace(rules[0], expression=rules[0].expression + " OR Panzerfaust"), *rules[1:]]
    others = [
        ruleset_cache.ruleset_key(edited, 2.0, entities, tag),
        ruleset_cache.ruleset_key([replace(rules[0], weight=rules[0].weight + 1), *rules[1:]], 2.0, entities, tag),
        ruleset_cache.ruleset_key([replace(rules[0], enabled=False), *rules[1:]], 2.0, entities, tag),
        ruleset_cache.ruleset_key(rules[1:], 2.0, entities, tag),
        ruleset_cache.ruleset_key(rules, 2.5, entities, tag),
        ruleset_cache.ruleset_key(rules, 2.0, replace(entities, ukraine_names=entities.ukraine_names[1:]), tag),
        ruleset_cache.ruleset_key(rules, 2.0, entities, tag + "-other"),
    ]
    assert len({key, *others}) == len(others) + 1
    monkeypatch.setattr(ruleset_cache, "_code_digest", ["another version of the engine"])
    assert ruleset_cache.ruleset_key(rules, 2.0, entities, tag) != key
    monkeypatch.undo()
    # An edited rule set compiles (and is kept) beside the first.
    ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=lexicon)
    added = [*rules, Rule("probe", "Panzerfaust", 3.0, id=904)]
    after = ruleset_cache.compile_rules(added, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    assert [hit.rule_id for hit in after.analyze("Panzerfaust").hits] == [904]
    assert len(compiled_files(base)) == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "other magic"])
def test_a_damaged_file_is_ignored_and_written_again(cache, rules, entities, tmp_path, caplog, damage) -> None:
    base = fresh_cache(cache, tmp_path)
    expected = ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    [path] = compiled_files(base)
    good = path.read_bytes()
    bad = {
        "flip": good[:-100] + bytes([good[-100] ^ 0xFF]) + good[-99:],
        "truncate": good[: len(good) // 2],
        "empty": b"",
        "other magic": b"PWRULESET9" + good[10:],
    }[damage]
    path.write_bytes(bad)
    with caplog.at_level(logging.WARNING, logger="bot.adapters.ruleset_cache"):
        again = ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    assert "damaged" in caplog.text
    assert path.read_bytes() != bad  # written again
    for text in texts()[:40]:
        assert again.analyze(text) == expected.analyze(text)


def test_a_planted_pickle_runs_nothing(cache, rules, entities, tmp_path, caplog) -> None:
    """A file whose checksum is right but whose content would call a function: refused."""
    base = fresh_cache(cache, tmp_path)
    lexicon = DiskLexicon(base)
    key = ruleset_cache.ruleset_key(rules, 2.0, entities, lexicon.directory.name)
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    payload = pickle.dumps(Planted(), protocol=5)
    (lexicon.directory / f"ruleset-{key}.bin").write_bytes(b"PWRULESET1" + hashlib.sha256(payload).digest() + payload)
    with caplog.at_level(logging.WARNING, logger="bot.adapters.ruleset_cache"):
        found = ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=lexicon)
    assert not marker.exists()
    assert "not part of a compiled rule set" in caplog.text
    assert isinstance(found, RuleSet) and found.analyze("Leopard 2A6 für die Ukraine").hits


def test_a_file_of_another_user_or_a_link_is_not_read(cache, rules, entities, tmp_path, monkeypatch) -> None:
    base = fresh_cache(cache, tmp_path)
    ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    [path] = compiled_files(base)
    elsewhere = tmp_path / "elsewhere.bin"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    calls = []
    real = RuleSet.compile.__func__

    def counting(cls, *args, **kwargs):
        calls.append(1)
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(RuleSet, "compile", classmethod(counting))
    ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    assert calls == [1]
    assert path.is_file() and not path.is_symlink()  # replaced by a file of its own


def test_no_cache_directory_compiles_as_before(rules, entities) -> None:
    got = ruleset_cache.compile_rules(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(None))
    assert got.analyze("Leopard 2A6 für die Ukraine") == RuleSet.compile(
        rules, threshold=2.0, entities=entities).analyze("Leopard 2A6 für die Ukraine")


def test_a_set_compiled_without_its_word_table_is_not_kept(cache, rules, entities, tmp_path) -> None:
    base = fresh_cache(cache, tmp_path)
    lexicon = DiskLexicon(base)
    lexicon.build_now = False  # the running app: a missing table is built in the background
    edited = [*rules, Rule("probe", "Nachschublieferung", 1.0, id=903)]  # a lemma no table has yet
    got = ruleset_cache.compile_rules(edited, threshold=2.0, entities=entities, lexicon=lexicon)
    assert got.lemma_table is None
    assert compiled_files(base) == []


def test_only_the_most_recent_sets_are_kept(cache, rules, entities, tmp_path) -> None:
    base = fresh_cache(cache, tmp_path)
    for threshold in range(1, 12):
        ruleset_cache.compile_rules(rules, threshold=float(threshold), entities=entities, lexicon=DiskLexicon(base))
    assert len(compiled_files(base)) == ruleset_cache._KEEP


WRITER = """
import sys
from bot.adapters import ruleset_cache
from bot.adapters.lexicon_cache import DiskLexicon
from bot.config import load_entities
from bot.core.rules.files import load_rules_toml
rules, threshold = load_rules_toml(open(sys.argv[2], encoding="utf-8").read())
sys.stdin.readline()  # both processes start compiling together
for _ in range(3):
    ruleset_cache.store(DiskLexicon(ruleset_cache.Path(sys.argv[1])), "shared",
                        ruleset_cache.RuleSet.compile(rules, threshold=threshold, entities=load_entities(),
                                                      lexicon=DiskLexicon(ruleset_cache.Path(sys.argv[1]))))
print("ok")
"""


def test_two_processes_writing_at_once_leave_a_whole_file(cache, rules, entities, tmp_path) -> None:
    base = fresh_cache(cache, tmp_path)
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(base), str(ROOT / "config" / "rules.toml")],
                                cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for _ in range(2)]
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert out.strip() == "ok", err
    lexicon = DiskLexicon(base)
    read = ruleset_cache.load(lexicon, "shared")
    assert isinstance(read, RuleSet)
    assert [p.name for p in lexicon.directory.iterdir() if p.name.startswith(".")] == []  # no temporary left
    shipped, threshold = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    plain = RuleSet.compile(shipped, threshold=threshold, entities=entities)
    for text in texts()[:40]:
        assert read.analyze(text) == plain.analyze(text)


def test_the_pickle_names_only_allowed_classes(cache, rules, entities, tmp_path) -> None:
    base = fresh_cache(cache, tmp_path)
    compiled = RuleSet.compile(rules, threshold=2.0, entities=entities, lexicon=DiskLexicon(base))
    out = io.BytesIO()
    ruleset_cache._Pickler(out).dump(compiled)
    named = set()

    class Recording(ruleset_cache._SafeUnpickler):
        def find_class(self, module, name):
            named.add((module, name))
            return super().find_class(module, name)

    Recording(io.BytesIO(out.getvalue()), DiskLexicon(base)).load()
    assert named <= ruleset_cache._SafeUnpickler.ALLOWED
    assert ("bot.core.rules.engine", "RuleSet") in named


# -- the entity lists ----------------------------------------------------------


def entity_texts() -> tuple[str, str]:
    defaults = ROOT / "config"  # installed as the package bot.defaults
    return (defaults / "entities.toml").read_text(encoding="utf-8"), (defaults / "words.toml").read_text(encoding="utf-8")


def plain_parse(entities_text: str, words_text: str):
    from bot.config import _parse_entity_lists

    return _parse_entity_lists(entities_text, words_text)


def as_plain(word_lists) -> dict:
    return {name: dict(variants) for name, variants in word_lists.items()}


def test_entity_lists_read_back_are_the_parsed_ones(tmp_path) -> None:
    lexicon = DiskLexicon(tmp_path / "cache")
    entities_text, words_text = entity_texts()
    calls = []

    def parse(a: str, b: str):
        calls.append(1)
        return plain_parse(a, b)

    first = ruleset_cache.parse_entity_lists(entities_text, words_text, parse, lexicon)
    again = ruleset_cache.parse_entity_lists(entities_text, words_text, parse, DiskLexicon(tmp_path / "cache"))
    assert calls == [1] and again is not first
    assert again == first and as_plain(again.word_lists) == as_plain(first.word_lists)
    assert type(again.word_lists).__name__ == "mappingproxy"
    for text in texts():
        assert again.find_donors(text) == first.find_donors(text)
        assert again.find_systems(text) == first.find_systems(text)
        assert again.find_ukraine(text) == first.find_ukraine(text)
    # The rules compile alike with either.
    shipped, threshold = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    one = RuleSet.compile(shipped, threshold=threshold, entities=first)
    other = RuleSet.compile(shipped, threshold=threshold, entities=again)
    for text in texts()[:60]:
        assert one.analyze(text) == other.analyze(text)
    # Other texts are other lists.
    edited = entities_text + "\n# an edit\n"
    ruleset_cache.parse_entity_lists(edited, words_text, parse, lexicon)
    assert calls == [1, 1]


def test_damaged_or_planted_entity_lists_are_parsed_again(tmp_path, caplog) -> None:
    lexicon = DiskLexicon(tmp_path / "cache")
    entities_text, words_text = entity_texts()
    expected = ruleset_cache.parse_entity_lists(entities_text, words_text, plain_parse, lexicon)
    [path] = lexicon.directory.glob("entities-*.bin")
    good = path.read_bytes()
    path.write_bytes(good[:-50] + bytes([good[-50] ^ 0x01]) + good[-49:])
    with caplog.at_level(logging.WARNING, logger="bot.adapters.ruleset_cache"):
        again = ruleset_cache.parse_entity_lists(entities_text, words_text, plain_parse, lexicon)
    assert "damaged" in caplog.text and again == expected and path.read_bytes() == good
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    payload = pickle.dumps(Planted(), protocol=5)
    path.write_bytes(b"PWRULESET1" + hashlib.sha256(payload).digest() + payload)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.adapters.ruleset_cache"):
        again = ruleset_cache.parse_entity_lists(entities_text, words_text, plain_parse, lexicon)
    assert not marker.exists() and "not part of the entity lists" in caplog.text and again == expected


def test_without_a_cache_directory_the_lists_are_parsed(monkeypatch) -> None:
    from bot.config import load_entities

    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", "")
    load_entities.cache_clear()
    try:
        assert load_entities() == plain_parse(*entity_texts())
    finally:
        load_entities.cache_clear()
