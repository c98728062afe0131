"""docs/modules.md names every module of bot/, one line each on its job, under the heading of
its folder, and nothing that is not there: a module added, moved or removed without its line
fails here, so a newcomer's map of the code stays whole."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MAP = REPO / "docs" / "modules.md"
# Built into the wheel from config/ (pyproject.toml), never a source folder of its own.
NOT_SOURCE = ("bot/defaults",)


def modules_of(package: Path, root: Path | None = None) -> set[str]:
    """Every .py file below `package`, as its path from `root` (the package's parent)."""
    root = root or package.parent
    return {path.relative_to(root).as_posix() for path in package.rglob("*.py")
            if not path.relative_to(root).as_posix().startswith(NOT_SOURCE)}


def map_entries(text: str) -> dict[str, str]:
    """module path -> the folder heading it stands under, for each line `- `path`: job`."""
    entries, folder = {}, ""
    for line in text.splitlines():
        if heading := re.fullmatch(r"## `([\w/]+)/`", line):
            folder = heading[1]
        elif entry := re.match(r"- `([\w/]+\.py)`: \S", line):
            entries[entry[1]] = folder
    return entries


def map_problems(package: Path, text: str, root: Path | None = None) -> list[str]:
    """What the map's lines for `package` (those whose path starts with it, from `root`) miss or
    name wrongly."""
    root = root or package.parent
    prefix = package.relative_to(root).as_posix() + "/"
    modules = modules_of(package, root)
    entries = {path: folder for path, folder in map_entries(text).items() if path.startswith(prefix)}
    problems = [f"no line for {path}" for path in sorted(modules - set(entries))]
    problems += [f"a line for {path}, which does not exist" for path in sorted(set(entries) - modules)]
    problems += [f"{path} stands under {folder}/" for path, folder in sorted(entries.items())
                 if path in modules and path.rsplit("/", 1)[0] != folder]
    return problems


def test_the_module_map_names_every_module_under_its_folder():
    assert map_problems(REPO / "bot", MAP.read_text(encoding="utf-8")) == []


def test_the_map_names_every_shared_test_helper():
    """The tests' shared helpers (tests/support/) are listed too: where a new round file finds
    what to import."""
    assert map_problems(REPO / "tests" / "support", MAP.read_text(encoding="utf-8"), REPO) == []


def test_the_readme_sends_a_reader_to_the_map():
    assert "](docs/modules.md)" in (REPO / "README.md").read_text(encoding="utf-8")


def test_a_module_missing_misplaced_or_gone_is_caught(tmp_path):
    (tmp_path / "bot" / "core").mkdir(parents=True)
    for name in ("__init__.py", "app.py", "core/__init__.py", "core/models.py"):
        (tmp_path / "bot" / name).write_text("", encoding="utf-8")
    text = ("## `bot/`\n\n- `bot/__init__.py`: the package.\n- `bot/core/models.py`: values.\n"
            "- `bot/gone.py`: removed.\n\n## `bot/core/`\n\n- `bot/core/__init__.py`: the core.\n")
    assert map_problems(tmp_path / "bot", text) == [
        "no line for bot/app.py", "a line for bot/gone.py, which does not exist",
        "bot/core/models.py stands under bot/"]


def bare_module_names(text: str) -> set[str]:
    """The modules a text names by file name alone (`extract.py`), not by path; `NAME.py`
    stands for any name."""
    return {name for name in re.findall(r"`(\w+\.py)`", text) if not name[:-3].isupper()}


def test_every_module_the_readme_names_by_file_name_exists():
    """The README's "Tests" and the layers in prose ("How it works" until 2026-12-06, now in
    docs/modules.md) name most modules by file name alone, where a path check cannot see them: a
    module renamed leaves its old name there. Each must still be a file of bot/, tests/ or bench/."""
    names = bare_module_names((REPO / "README.md").read_text(encoding="utf-8"))
    assert len(names) >= 25, names  # the README stopped naming modules this way: this test no longer reads it
    prose = MAP.read_text(encoding="utf-8").split("## The layers, in prose", 1)[1].split("\n## `", 1)[0]
    in_prose = bare_module_names(prose)
    assert len(in_prose) >= 50, in_prose  # the map's prose moved or stopped naming modules this way
    names |= in_prose
    present = {path.name for folder in ("bot", "tests", "bench") for path in (REPO / folder).rglob("*.py")}
    assert sorted(names - present) == []


def test_a_module_named_by_file_name_alone_is_read():
    assert bare_module_names("`extract.py` and `bot/app.py`, `commands/NAME.py`, `NAME.py`") == {"extract.py"}
