"""The dataclasses' generated methods compiled once across processes (bot.dataclass_code):
classes made through the remembering exec behave as those made without it, the
file is read back only when it checks out and is this user's, and a command through
`python -m bot` writes it once and then compiles nothing."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot import dataclass_code
from bot.cache_directory import private_directory_problem
from bot.dataclass_code import CompiledTexts

REPO = Path(__file__).resolve().parents[2]


def _define():
    """A dataclass with what the generated methods handle: frozen, slots, defaults, a
    default factory, a field left out of repr and compare, an annotation by name."""

    @dataclass(frozen=True, slots=True)
    class Sample:
        url: str
        name: str = "x"
        tags: tuple[str, ...] = field(default_factory=tuple)
        secret: str = field(default="", repr=False, compare=False)

    return Sample


def _behaviour(cls) -> dict:
    a, b = cls("u", tags=("t",), secret="s"), cls("u", tags=("t",))
    try:
        a.name = "y"
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return {"repr": repr(a), "eq": a == b, "hash": hash(a) == hash(b), "frozen": frozen,
            "init": cls.__init__.__annotations__, "fields": [f.name for f in dataclasses.fields(cls)],
            "replace": repr(dataclasses.replace(a, name="z"))}


def test_classes_made_through_it_behave_as_without_it(monkeypatch) -> None:
    plain = _behaviour(_define())
    texts = CompiledTexts()
    monkeypatch.setattr(dataclasses, "exec", texts.exec, raising=False)
    first = _behaviour(_define())
    assert texts.compiled > 0
    # Read back from its bytes, nothing is compiled again, and the class is the same.
    again = CompiledTexts.from_bytes(texts.to_bytes())
    monkeypatch.setattr(dataclasses, "exec", again.exec, raising=False)
    second = _behaviour(_define())
    assert again.compiled == 0 and again.used
    # __init__'s annotations are the fields' types, not the names of exec's locals
    # ('_type_url'), which compiling with bot.dataclass_code's own future import would make.
    assert plain == first == second and plain["init"]["url"] == "str"


def test_exec_with_the_callers_namespaces_when_none_given() -> None:
    texts = CompiledTexts()
    marker = "here"  # noqa: F841 - read by the executed text
    found: dict = {}
    texts.exec("found['marker'] = marker")
    assert found == {"marker": "here"}


@pytest.mark.parametrize("damage", ["flip", "truncate", "magic"])
def test_a_damaged_file_is_refused(damage: str) -> None:
    blob = bytearray(_compiled().to_bytes())
    if damage == "flip":
        blob[-5] ^= 1
    elif damage == "truncate":
        del blob[-10:]
    else:
        blob[:4] = b"XXXX"
    with pytest.raises(ValueError):
        CompiledTexts.from_bytes(bytes(blob))


def _compiled() -> CompiledTexts:
    texts = CompiledTexts()
    texts.exec("def f():\n return 1", {}, {})
    return texts


def test_only_this_users_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / dataclass_code.file_name()
    dataclass_code.write(path, _compiled())
    assert len(dataclass_code.read(path).codes) == 1
    link = tmp_path / "link.bin"
    link.symlink_to(path)
    assert dataclass_code.read(link).codes == {}
    assert dataclass_code.read(tmp_path / "absent.bin").codes == {}


def test_not_used_when_the_cache_is_off_or_others_may_write(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", "")
    dataclass_code.use_cache()
    assert "exec" not in vars(dataclasses)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", str(shared))
    dataclass_code.use_cache()
    assert "exec" not in vars(dataclasses)


def test_not_used_when_another_user_could_swap_the_directory(monkeypatch, tmp_path: Path) -> None:
    """The directory is this user's and private, but a folder above it is writable by
    others without the sticky bit: they could rename it away and put their own in its
    place between the check and the read."""
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    above = tmp_path / "above"
    cache = above / "middle" / "cache"
    cache.mkdir(mode=0o700, parents=True)
    above.chmod(0o777)  # two levels up: the whole "middle" can be swapped
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", str(cache))
    dataclass_code.use_cache()
    assert "exec" not in vars(dataclasses)
    problem = private_directory_problem(cache)
    assert problem == (f"others may write to {above} (above {cache}, without the sticky bit) and could swap the "
                       "cache for another"), problem
    above.chmod(0o1777)  # as /tmp: only an entry's owner may rename it
    assert private_directory_problem(cache) is None
    above.chmod(0o755)
    assert private_directory_problem(cache) is None


def test_a_link_on_the_way_is_followed_and_its_target_folders_checked(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "real").mkdir(parents=True)
    shared.chmod(0o777)
    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").symlink_to(shared / "real")
    problem = private_directory_problem(home / "cache" / "pledgewatch")
    assert problem is not None and f"others may write to {shared} " in problem, problem


@pytest.mark.skipif(os.getuid() != 0, reason="giving a folder to another user needs root")
def test_not_used_under_a_folder_or_through_a_link_of_another_user(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    (theirs / "cache").mkdir(parents=True, mode=0o700)
    theirs.chmod(0o755)
    os.chown(theirs, 4242, 4242)  # the owner of a folder may rename anything in it
    problem = private_directory_problem(theirs / "cache")
    assert problem is not None and f"{theirs} (above {theirs / 'cache'}) belongs to another user" in problem, problem
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    link = tmp_path / "link"
    link.symlink_to(mine)
    assert private_directory_problem(link / "cache") is None
    os.lchown(link, 4242, 4242)  # their link: they may point it elsewhere at any time
    problem = private_directory_problem(link / "cache")
    assert problem is not None and f"{link} (on the way to {link / 'cache'}) is a link of another user" in problem


def test_the_rule_cache_under_a_folder_others_may_write_to_is_off_with_one_warning(env, capsys, monkeypatch) -> None:
    from bot.cli import main

    above = env / "open"
    above.mkdir()
    above.chmod(0o777)
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", str(above / "pledgewatch"))
    assert main(["rules", "test", "Germany sends Patriot air defence systems to Ukraine"]) == 0
    captured = capsys.readouterr()
    assert "fires" in captured.out or "relevant" in captured.out
    assert captured.err.count("rule cache off") == 1, captured.err
    assert f"others may write to {above} " in captured.err
    assert not list((above / "pledgewatch").glob("*/*")), "nothing written there"


def test_a_command_writes_the_file_once_then_compiles_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "PLEDGEWATCH_CACHE_DIR": str(cache)}
    count = ("import atexit, dataclasses, runpy, sys\n"
             "atexit.register(lambda: print(getattr(dataclasses.exec, '__self__').compiled))\n"
             "sys.argv = ['pledgewatch', '--version']\n"
             "runpy.run_module('bot', run_name='__main__')\n")
    runs = [subprocess.run([sys.executable, "-c", count], cwd=REPO, env=env, capture_output=True, text=True,
                           timeout=60, check=False) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    compiled = [int(r.stdout.split()[-1]) for r in runs]
    assert compiled[0] > 50 and compiled[1] == 0
    assert (cache / dataclass_code.file_name()).stat().st_mode & 0o077 == 0
