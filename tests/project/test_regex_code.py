"""The regular expressions' code compiled once across processes (bot.regex_code): a
pattern made from the remembered code is the pattern `re` makes (CPython's patterns are
equal only when their text, flags and code are), it finds what that one finds, the file is
read back only when it checks out and is this user's, and a command through `python -m bot`
writes it once and then compiles nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from bot import regex_code
from bot.cache_directory import write_quietly
from bot.regex_code import CompiledPatterns

pytestmark = pytest.mark.skipif(not regex_code._SUPPORTED, reason="only Python 3.11's re is replaced")

REPO = Path(__file__).resolve().parents[2]

# Sentences and patterns written for this test: named groups, inline and passed flags,
# verbose layout, look-around, back references, bytes, non-ASCII classes.
SAMPLES: list[tuple[str | bytes, int]] = [
    (r"\b(?P<count>\d{1,3}) (?P<thing>tanks?|howitzers?)\b", 0),
    (r"(?i)\bpanzerhaubitzen?\b", 0),
    (r"""
        (?P<donor>Norway|Norwegen)   # who
        \s+ (?:will\ send|liefert)   # the verb
     """, re.VERBOSE),
    (r"(?<=\s)(\w+)\s+\1\b", re.IGNORECASE),
    (r"[àâäéèêëîïôöùûüç]+", re.UNICODE),
    (rb"\x00\xff(?P<tail>.+)$", re.DOTALL | re.MULTILINE),
    (r"(?:envoi|livraison) de (?:\d+|deux|trois)(?! drones)", 0),
    (r"^$", 0),
]
TEXTS = ["Norway will send 12 tanks and 3 howitzers", "Norwegen liefert Panzerhaubitzen, panzerhaubitze",
         "the the envoi de deux chars", "livraison de trois drones, éèê", ""]


def _finds(pattern: re.Pattern) -> list:
    if isinstance(pattern.pattern, bytes):
        return [m.groupdict() for m in pattern.finditer(b"\x00\xffabc\n\x00\xffd")]
    return [(m.span(), m.groups(), m.groupdict()) for text in TEXTS for m in pattern.finditer(text)]


def test_patterns_made_from_the_remembered_code_are_those_re_makes() -> None:
    patterns = CompiledPatterns()
    first = [patterns.compile(text, flags) for text, flags in SAMPLES]
    assert patterns.compiled == len(SAMPLES)
    again = CompiledPatterns.from_bytes(patterns.to_bytes())
    second = [again.compile(text, flags) for text, flags in SAMPLES]
    assert again.compiled == 0 and len(again.used) == len(SAMPLES)
    for (text, flags), made, read_back in zip(SAMPLES, first, second, strict=True):
        plain = re._compiler.compile(text, flags) if regex_code._original_compile is None else \
            regex_code._original_compile(text, flags)
        assert made == plain and read_back == plain, text
        assert (read_back.flags, read_back.groups, read_back.groupindex) == (plain.flags, plain.groups,
                                                                             plain.groupindex)
        assert _finds(read_back) == _finds(plain)


def test_the_story_evidence_patterns_are_those_re_makes() -> None:
    """Every pattern the pipeline's import compiles, read back from the file's bytes."""
    import bot.core.stories.evidence.events as events

    found = [value for value in vars(events).values() if isinstance(value, re.Pattern)]
    assert found
    patterns = CompiledPatterns()
    for pattern in found:
        patterns.compile(pattern.pattern, pattern.flags)
    again = CompiledPatterns.from_bytes(patterns.to_bytes())
    for pattern in found:
        # flags as given: the pattern's own carry re.UNICODE, which re adds to every str pattern
        assert again.compile(pattern.pattern, pattern.flags) == pattern
    assert again.compiled == 0


def test_the_literals_read_from_a_pattern_are_kept_beside_its_code(monkeypatch) -> None:
    from bot.core.text import lazy_pattern

    monkeypatch.setattr(lazy_pattern, "known_literals", {})
    needs = lazy_pattern.literals_of_every_match(r"\b(?:Panzer|Haubitze)n? (?:liefert|schickt)", 0)
    assert needs == ("Haubitze", "Panzer") or needs == ("liefert", "schickt"), needs
    assert lazy_pattern.literals_of_every_match(r"(?i)panzer", 0) is None
    patterns = CompiledPatterns(literals=lazy_pattern.known_literals)
    again = CompiledPatterns.from_bytes(patterns.to_bytes())
    assert again.literals == lazy_pattern.known_literals and len(again.literals) == 2
    # read back, nothing is parsed again
    monkeypatch.setattr(lazy_pattern, "known_literals", dict(again.literals))
    monkeypatch.setattr(lazy_pattern, "_literals_read", None)
    assert lazy_pattern.literals_of_every_match(r"\b(?:Panzer|Haubitze)n? (?:liefert|schickt)", 0) == needs


def test_a_parsed_tree_and_a_dump_go_to_re_itself() -> None:
    scanner = re.Scanner([(r"\d+", lambda _s, token: int(token)), (r"\s+", None)])
    assert scanner.scan("12 34") == ([12, 34], "")
    patterns = CompiledPatterns()
    tree = re._parser.parse(r"a+b", 0)
    assert patterns.compile(tree).match("aab") and patterns.compiled == 0


def test_read_back_only_when_it_checks_out_and_is_this_users(tmp_path: Path) -> None:
    patterns = CompiledPatterns()
    patterns.compile(r"\bsends? (\d+)", 0)
    blob = patterns.to_bytes()
    with pytest.raises(ValueError):
        CompiledPatterns.from_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))
    with pytest.raises(ValueError):
        CompiledPatterns.from_bytes(b"PWRECODE0" + blob[9:])
    path = tmp_path / regex_code.file_name()
    write_quietly(path, patterns.to_bytes)
    assert len(regex_code.read(path).codes) == 1
    link = tmp_path / "link.bin"
    link.symlink_to(path)
    assert regex_code.read(link).codes == {}
    assert regex_code.read(tmp_path / "absent.bin").codes == {}
    path.write_bytes(blob[:20])
    assert regex_code.read(path).codes == {}


def test_nothing_but_patterns_and_their_code_is_read_back() -> None:
    import marshal

    from bot.cache_directory import sealed

    good = {("a", 0): (0, bytes(8), 0, {}, ())}
    for payload in ({"code": good | {("b", 0): (0, [1, 2], 0, {}, ())}, "literals": {}},
                    {"code": good | {("b", 0): (0, bytes(7), 0, {}, ())}, "literals": {}},
                    {"code": {("a", 0): compile("1", "<x>", "eval")}, "literals": {}},
                    {"code": good, "literals": {("a", 0): ("x", 1)}}, {"code": good}, good, [("a", 0)]):
        data = marshal.dumps(payload)
        with pytest.raises(ValueError):
            CompiledPatterns.from_bytes(sealed(regex_code._MAGIC, data))


def test_not_used_when_the_cache_is_off(monkeypatch) -> None:
    monkeypatch.setattr(regex_code, "_in_use", None)
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", "")
    before = re._compiler.compile
    regex_code.use_cache()
    assert re._compiler.compile is before and regex_code._in_use is None


def test_a_command_writes_the_file_once_then_compiles_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "PLEDGEWATCH_CACHE_DIR": str(cache)}
    count = ("import atexit, re, runpy, sys\n"
             "atexit.register(lambda: print(re._compiler.compile.__self__.compiled))\n"
             "sys.argv = ['pledgewatch', 'rules', 'list']\n"
             "runpy.run_module('bot', run_name='__main__')\n")
    runs = [subprocess.run([sys.executable, "-c", count], cwd=REPO, env=env, capture_output=True, text=True,
                           timeout=300, check=False) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]
    compiled = [int(r.stdout.split()[-1]) for r in runs]
    assert compiled[0] > 50 and compiled[1] == 0, compiled
    assert (cache / regex_code.file_name()).stat().st_mode & 0o077 == 0


def test_remembered_code_the_matcher_refuses_is_compiled_anew() -> None:
    """A file that checks out but holds code the matcher refuses (written by a build it misjudged) must not fail
    the import compiling that pattern at every start: the pattern is compiled as re would, and replaces it."""
    import marshal

    from bot.cache_directory import sealed

    text = r"\bsends? (\d+)"
    refused = {(text, 0): (int(re.UNICODE), array(regex_code._CODE_WORD, [999, 999]).tobytes(), 0, {}, (None,))}
    patterns = CompiledPatterns.from_bytes(sealed(regex_code._MAGIC, marshal.dumps({"code": refused, "literals": {}})))
    made = patterns.compile(text, 0)
    assert made == regex_code._original_compile(text, 0) and made.search("she sends 12").group(1) == "12"
    assert patterns.compiled == 1 and (text, 0) in patterns.new
    again = CompiledPatterns.from_bytes(patterns.to_bytes())
    assert again.compile(text, 0) == made and again.compiled == 0
