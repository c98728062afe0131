"""The compiled-rules cache (bot.core.rules.lexicon, bot.adapters.lexicon_cache) gives the
rules exactly the matches the lemmatiser gives them, and a cache that is damaged or
not ours is never trusted."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from bot.adapters.lexicon_cache import DiskLexicon, FileMembers
from bot.adapters.simplemma_files import dictionary_records
from bot.config import load_entities
from bot.core.models import Rule
from bot.core.rules import lexicon, match_keys
from bot.core.rules.engine import RuleSet
from bot.core.rules.files import load_rules_toml
from bot.core.rules.lexicon import Members
from bot.core.rules.syntax import WORD_RE
from bot.core.text.safe_text import clean_text
from tests.conftest import texts_to_try_rules_on

ROOT = Path(__file__).parents[2]

# Rules whose words reach every step simplemma takes for a word it does not know
# (written for this test): German compound nouns (suffix rules), German verbs with a
# separable prefix (prefix decomposition), English -tion/-ized words (suffix rules).
PROBES = [
    Rule("probe", "Panzerlieferung OR Drohnenabwehr OR abliefern OR nachliefern", 1.0),
    Rule("probe", "organization OR sanction OR modernized", 1.0),
]
PROBE_WORDS = (
    "Panzerlieferungen Panzerlieferung PANZERLIEFERUNGEN panzerlieferungen Drohnenabwehren "
    "abliefern ablieferten abgeliefert Abliefern ABLIEFERN nachlieferte nachgeliefert nachzuliefern "
    "organizations reorganizations Organizations sanctions SANCTIONS modernizeds modernized "
    "Munitionslieferungen Lieferungen liefern geliefert Auslieferung"
).split()




@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    shipped, _ = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    return shipped + PROBES


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lexicon-cache")


@pytest.fixture(scope="module")
def fast(rules, cache) -> RuleSet:
    return RuleSet.compile(rules, threshold=2.0, entities=load_entities(), lexicon=DiskLexicon(cache))


def indexed(ruleset: RuleSet, keys: tuple[str, ...]) -> set[str]:
    """The keys of a word that can match anything: every key but lemma keys of lemmas
    no rule word has (those only the lemmatiser path computes)."""
    return {k for k in keys if k[2:3] != ":" or k in ruleset._by_key}


def test_the_table_is_used(fast) -> None:
    assert fast._keys_of is not match_keys.word_keys
    assert lexicon.supported(DiskLexicon(None).version), "the installed simplemma is the one the steps follow"


def test_every_word_gets_the_lemmatisers_keys(fast, rules) -> None:
    words = set(PROBE_WORDS)
    for text in texts_to_try_rules_on():
        # as the analysis meets them: cleaned as every text from outside (bot.core.text.safe_text),
        # which writes the modifier letter apostrophe of "itʼs" as "it’s" (simplemma reads that
        # letter as an apostrophe, a step the table does not take: a rule lemma "its" had failed here)
        words.update(WORD_RE.findall(clean_text(text)))
    for rule in rules:
        words.update(WORD_RE.findall(rule.expression))
    for lang in match_keys.LEMMA_LANGS:  # a sample of each dictionary, in its cases
        for i, (form, _) in enumerate(dictionary_records(lang)):
            if i % 997 == 0:
                text = form.decode()
                words.update((text, text.lower(), text.capitalize(), text.upper()))
    words = sorted(w for w in words if w and not w.isdigit() and WORD_RE.fullmatch(w))
    assert len(words) > 5000
    for word in words:
        assert indexed(fast, fast._keys_of(word)) == indexed(fast, match_keys.word_keys(word)), word


def test_unknown_inflections_match_as_with_the_lemmatiser(fast, rules) -> None:
    slow = RuleSet.compile(rules, threshold=2.0, entities=load_entities())
    for word in PROBE_WORDS:
        assert fast.analyze(word) == slow.analyze(word), word
    assert fast.analyze("Panzerlieferungen").hits, "an unknown compound's suffix rule"
    assert fast.analyze("organizations").hits


def test_analyses_equal_those_without_the_table(fast, rules) -> None:
    slow = RuleSet.compile(rules, threshold=2.0, entities=load_entities())
    for text in texts_to_try_rules_on():
        assert fast.analyze(text) == slow.analyze(text)


def test_a_warm_cache_compiles_without_the_lemmatiser(fast, rules, cache, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the lemmatiser was called")

    monkeypatch.setattr(match_keys, "_lemmatize", refuse)
    monkeypatch.setattr(match_keys, "_keys_cache", {})
    again = RuleSet.compile(rules, threshold=2.0, entities=load_entities(), lexicon=DiskLexicon(cache))
    for text in texts_to_try_rules_on()[:50]:
        assert again.analyze(text) == fast.analyze(text)


def test_a_damaged_file_is_rebuilt_not_used(fast, rules, cache, caplog) -> None:
    (forms,) = cache.glob("*/forms-*.bin")
    good = forms.read_bytes()
    forms.write_bytes(good[:-40] + b'"Panzer": "tank"}}}' + good[-21:])  # same size, other content
    with caplog.at_level(logging.WARNING):
        again = RuleSet.compile(rules, threshold=2.0, entities=load_entities(), lexicon=DiskLexicon(cache))
    assert "damaged" in caplog.text
    assert forms.read_bytes() == good  # rebuilt and written again
    for text in texts_to_try_rules_on()[:50]:
        assert again.analyze(text) == fast.analyze(text)


@pytest.mark.parametrize("block", [1, 4, 2048])
def test_a_members_file_answers_as_the_table_in_memory(tmp_path: Path, monkeypatch, block: int) -> None:
    """FileMembers searches the file with remembered steps, then reads the last range
    at once (_BLOCK): every form is found, and every word between two forms, before
    the first and after the last is not, whatever the block size."""
    forms = sorted({f"{prefix}{n}".encode() for prefix in ("Ab", "Panzer", "liefern", "zz", "Ärger")
                    for n in range(0, 3000, 7)})
    path = tmp_path / "members-de.bin"
    path.write_bytes(Members.of(forms).to_bytes())
    monkeypatch.setattr(FileMembers, "_BLOCK", block)
    with path.open("rb") as handle:
        members = FileMembers(handle)
        words = [f.decode() for f in forms]
        absent = [w + "x" for w in words] + ["", "A", "zzz", "Panzer", "\U0010ffff", "\ud800"]
        assert all(w in members for w in words)
        assert not any(w in members for w in absent)
        assert [w in members for w in words + absent] == [w in Members.of(forms) for w in words + absent]
    truncated = tmp_path / "members-en.bin"
    truncated.write_bytes(path.read_bytes()[:-100])
    with truncated.open("rb") as handle, pytest.raises(ValueError):
        FileMembers(handle)


def test_files_check_their_content() -> None:
    members = Members.of([b"Abwehr", b"Panzer", b"liefern"])
    assert "Panzer" in members and "panzer" not in members and "" not in members
    blob = members.to_bytes()
    assert "liefern" in Members.from_bytes(blob)
    for damaged in (blob[:-1], blob[:12] + b"x" + blob[13:], b"PWMEMBERS2", b"", blob.replace(b"PWMEMBERS2", b"PWFORMS1")):
        with pytest.raises(ValueError):
            Members.from_bytes(damaged)
    with pytest.raises(ValueError):
        lexicon.forms_from_bytes(lexicon.keys_to_bytes({"tank": ("tank",)}))
    keys = lexicon.keys_to_bytes({"tank": ("tank", "en:tank")})
    assert lexicon.keys_from_bytes(keys) == {"tank": ("tank", "en:tank")}


def test_a_directory_others_may_write_to_is_not_used(tmp_path, caplog) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    lexicon_dir = DiskLexicon(shared)
    assert lexicon_dir.directory is not None
    assert (lexicon_dir.directory.stat().st_mode & 0o777) == 0o700
    os.chmod(lexicon_dir.directory, 0o777)
    with caplog.at_level(logging.WARNING):
        assert DiskLexicon(shared).directory is None
    assert "others may write" in caplog.text


def test_an_empty_setting_turns_the_cache_off(monkeypatch) -> None:
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", "")
    assert DiskLexicon.from_environment().directory is None
    monkeypatch.delenv("PLEDGEWATCH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert DiskLexicon.from_environment()._base == Path("/somewhere/pledgewatch")


def test_a_running_app_builds_a_new_table_in_the_background(fast, rules, cache) -> None:
    edited = [*rules, Rule("probe", "Minenräumung OR demining", 1.0)]  # new lemmas: a new table
    running = DiskLexicon(cache)
    running.build_now = False
    during = RuleSet.compile(edited, threshold=2.0, entities=load_entities(), lexicon=running)
    assert during._keys_of is match_keys.word_keys, "no table yet: words lemmatised as they come"
    assert during.analyze("Minenräumungen").hits
    (thread,) = [t for t in __import__("threading").enumerate() if t.name == "rule-tables"]
    thread.join(timeout=600)
    before = set(cache.glob("*/forms-*.bin"))
    after_restart = RuleSet.compile(edited, threshold=2.0, entities=load_entities(), lexicon=DiskLexicon(cache))
    assert after_restart._keys_of is not match_keys.word_keys
    assert set(cache.glob("*/forms-*.bin")) == before, "the table built in the background was used"
    for text in [*texts_to_try_rules_on()[:30], "Minenräumungen", "demining"]:
        assert after_restart.analyze(text) == during.analyze(text)


def test_the_command_builds_the_cache_once_then_reads_it(tmp_path) -> None:
    import subprocess
    import sys

    lines = "".join(json.dumps({"id": i, "title": t, "summary": s, "lang": "de"}) + "\n" for i, (t, s) in enumerate([
        ("Deutschland liefert der Ukraine weitere Leopard-Panzer und Munition",
         "Die Bundesregierung hat die Lieferung von 20 Kampfpanzern an Kiew zugesagt."),
        ("Ein Panzerknacker im Museum", "Die Ausstellung zeigt Tresore."),
    ]))
    outputs, said = [], []
    for cache in ("", str(tmp_path / "cache"), str(tmp_path / "cache")):
        env = dict(os.environ, PLEDGEWATCH_CACHE_DIR=cache, PLEDGEWATCH_DB=str(tmp_path / f"db{len(outputs)}.sqlite"))
        done = subprocess.run([sys.executable, "-m", "bot", "analyze"], input=lines, capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=900, check=True)
        outputs.append(done.stdout)
        said.append("preparing the rules' word tables" in done.stderr)
    assert outputs[0] == outputs[1] == outputs[2]  # no cache, cache built, cache read
    assert said == [False, True, False]  # the seconds the build takes are said, once
    assert json.loads(outputs[0].splitlines()[0])["relevant"]
    assert len(list((tmp_path / "cache").glob("*/forms-*.bin"))) == 1


def test_validating_with_the_rule_sets_table_gives_the_lemmatisers_warnings(rules, cache, fast) -> None:
    """RuleAdmin.import_toml validates rule by rule with the whole set's table
    (SharedTable): the same warnings as with the lemmatiser, for the shipped rules and
    for rules that draw warnings; a rule whose lemmas the table lacks falls back."""
    from bot.core.rules.language import validate_rule
    from bot.core.rules.match_keys import SharedTable

    shared = SharedTable(DiskLexicon(cache), fast.lemma_table)
    doubtful = [Rule("x", "NOT panzer", 1.0), Rule("x", "der OR die OR das OR le OR la OR the", 1.0),
                Rule("x", "Lieferungen", 0.0)]
    for rule in rules + doubtful:
        assert validate_rule(rule, entities=load_entities(), lexicon=shared) == validate_rule(
            rule, entities=load_entities()), rule
    assert shared.rule_lemmas({"de": frozenset({"neverarulelemma"})}) is None


def test_the_suffix_rules_loaded_by_file_are_simplemmas() -> None:
    """simplemma_files.simplemma_suffix_rules loads two of simplemma's rule modules by
    themselves: the functions must be the ones simplemma's own RULE_FUNCTIONS holds
    for the rule languages (French has none)."""
    from simplemma.strategies.defaultrules import RULE_FUNCTIONS

    from bot.adapters.simplemma_files import simplemma_suffix_rules

    loaded = simplemma_suffix_rules()
    assert {lang for lang in match_keys.LEMMA_LANGS if lang in RULE_FUNCTIONS} == set(loaded)
    words = PROBE_WORDS + ["Lehrerinnen", "LehrerInnen", "abgespeckt", "Panzerlieferungen", "agencies"]
    for lang, function in loaded.items():
        assert function.__code__.co_code == RULE_FUNCTIONS[lang].__code__.co_code
        assert [function(w) for w in words] == [RULE_FUNCTIONS[lang](w) for w in words]


def test_the_simplemma_version_is_the_one_its_metadata_gives() -> None:
    """The cache directory is named after it; read from the dist-info without importlib.metadata."""
    from importlib.metadata import version

    from bot.adapters.simplemma_files import simplemma_version

    assert simplemma_version() == version("simplemma")
    assert DiskLexicon(None).version == version("simplemma")


def test_a_members_file_is_hashed_in_full_once_per_version_of_it(fast, cache, monkeypatch, caplog) -> None:
    """Later processes trust the record of a verified file while the file is unchanged;
    written in place (other content, same size) it is verified again, found damaged and
    rebuilt (see DiskLexicon._verified_before)."""
    import hashlib
    import time

    from bot.adapters import lexicon_cache

    (members,) = cache.glob("*/members-en.bin")
    record = members.with_name("members-en.bin.verified")
    record.unlink(missing_ok=True)
    hashed = []
    real = hashlib.file_digest

    def counting(handle, digest):
        hashed.append(Path(handle.name).name)
        return real(handle, digest)

    monkeypatch.setattr(lexicon_cache.hashlib, "file_digest", counting)
    assert "tanks" in DiskLexicon(cache).members_of("en")
    assert hashed == ["members-en.bin"] and record.is_file()
    assert "tanks" in DiskLexicon(cache).members_of("en")
    assert hashed == ["members-en.bin"]  # the record vouched for it
    record.write_bytes(b"{not json")
    assert "tanks" in DiskLexicon(cache).members_of("en")
    assert hashed == ["members-en.bin"] * 2  # a record that does not parse: verified again

    good = members.read_bytes()
    before = os.stat(members)
    time.sleep(0.05)  # past the file system's clock tick, as any later write is
    with members.open("r+b") as handle:  # in place: the same inode and size
        handle.seek(len(good) - 3)
        handle.write(bytes([good[-3] ^ 0x20]))
    assert lexicon_cache._identity(os.stat(members)) != lexicon_cache._identity(before)
    with caplog.at_level(logging.WARNING):
        again = DiskLexicon(cache).members_of("en")
    assert "damaged" in caplog.text
    assert members.read_bytes() == good  # rebuilt
    assert "tanks" in again and len(hashed) == 3
