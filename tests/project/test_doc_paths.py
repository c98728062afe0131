"""Every path README.md and docs/*.md name exists: in prose, in tables, in backticks or not, and
every link between them resolves. A module renamed or moved leaves its old path behind in the
pages otherwise (the README named a renamed module for a stop; docs/performance-history.md
named `bot/collector.py` after it became `bot/gc_pauses.py`). tests/project/test_docs.py
checks the backticked paths of the README and the pages it links; this reads every page of
docs/ whole, and the bare module names (`extract.py`) of docs/ as the module-map test reads
the README's."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PAGES = ["README.md", *sorted(path.relative_to(REPO).as_posix() for path in (REPO / "docs").glob("*.md"))]
# Written by a test run, never committed.
GENERATED = ("tests/output/",)
# A path of the repository's own folders, written anywhere: `bot/core/`, bot/app.py, (docs/x.md).
_PATH = re.compile(r"(?<![\w./-])((?:bot|tests|bench|config|docs)/[\w./*-]*[\w*/])")
# "OLD, since renamed NEW" / "OLD (since renamed NEW" keeps the name a figure was measured under.
_RENAMED = re.compile(r"((?:bot|tests|bench|config|docs)/[\w./-]*\w)`?,? \(?since renamed `?"
                      r"((?:bot|tests|bench|config|docs)/[\w./-]*\w)")
# A bare module name: `extract.py`, not `bot/extract.py`, not `*_chat.py`, not `NAME.py`.
_BARE = re.compile(r"(?<![\w/*.-])(\w+\.py)\b")
# Named as such but no module of this repository: the Discord library, the evaluation set's scorers.
NOT_OURS = {"discord.py", "score_analyze.py", "score_stories.py"}


def missing_paths(text: str, repo: Path) -> list[str]:
    """The paths `text` names that `repo` does not hold (a glob matches at least one file)."""
    renamed = dict(_RENAMED.findall(text))
    named = set(_PATH.findall(text))
    missing = []
    for path in sorted(named):
        if path.startswith(GENERATED):
            continue
        if path in renamed:
            path = renamed[path]  # the old name stands for history; its new one must exist
        if not list(repo.glob(path.rstrip("/"))):
            missing.append(path)
    return sorted(set(missing))


def missing_modules(text: str, repo: Path) -> list[str]:
    names = {name for name in _BARE.findall(text) if not name[:-3].isupper()} - NOT_OURS
    present = {path.name for folder in ("bot", "tests", "bench") for path in (repo / folder).rglob("*.py")}
    return sorted(names - present)


def heading_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation but `-` and `_` dropped,
    blanks made `-` (`## [[feed]] url` is `#feed-url`)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def broken_links(page: str, text: str, repo: Path) -> list[str]:
    """Relative links of `page` ([text](target)) whose file is not there, read from the page's
    folder, or whose `#anchor` no heading of that Markdown file gives."""
    folder = (repo / page).parent
    links = re.findall(r"\]\(((?!https?:|mailto:)[^)\s]+)\)", text)
    broken = []
    for link in links:
        target, _, anchor = link.partition("#")
        path = folder / target if target else repo / page
        if not path.exists():
            broken.append(link)
        elif anchor and path.suffix == ".md":
            headings = re.findall(r"^#+ (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
            if anchor not in {heading_anchor(heading) for heading in headings}:
                broken.append(link)
    return broken


def test_every_path_the_readme_and_docs_name_exists():
    problems = {}
    for page in PAGES:
        text = (REPO / page).read_text(encoding="utf-8")
        found = missing_paths(text, REPO) + [f"{name} (module)" for name in missing_modules(text, REPO)]
        if found:
            problems[page] = found
    assert len(PAGES) >= 5, PAGES
    assert not problems, f"pages name what the repository does not hold: {problems}"


def test_every_relative_link_of_the_readme_and_docs_resolves():
    broken = {page: links for page in PAGES
              if (links := broken_links(page, (REPO / page).read_text(encoding="utf-8"), REPO))}
    assert not broken, broken


def test_a_path_gone_is_caught_in_prose_tables_and_backticks(tmp_path):
    (tmp_path / "bot" / "core").mkdir(parents=True)
    (tmp_path / "bot" / "core" / "here.py").write_text("", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "modules.md").write_text("", encoding="utf-8")
    text = ("The map is bot/core/here.py and bot/core/gone.py.\n"
            "| `bot/core/*.py` | `bench/nothing.py` |\n"
            "Measured in bot/old.py, since renamed bot/core/here.py; bot/older.py, since renamed bot/none.py.\n"
            "See [the map](docs/modules.md) and [x](docs/x.md); tests/output/web/ is written by a run.\n"
            "`here.py` and `missing.py`, `discord.py`, `*_chat.py`, `NAME.py`.")
    assert missing_paths(text, tmp_path) == ["bench/nothing.py", "bot/core/gone.py", "bot/none.py", "docs/x.md"]
    assert missing_modules(text, tmp_path) == ["missing.py"]
    assert broken_links("README.md", text, tmp_path) == ["docs/x.md"]
    assert broken_links("docs/page.md", "[up](../README.md) [map](modules.md) [no](gone.md)", tmp_path) == [
        "../README.md", "gone.md"]
    (tmp_path / "docs" / "modules.md").write_text("# Map\n\n## [[feed]] url\n\n## The compiled-rules cache\n")
    assert broken_links("README.md", "[a](docs/modules.md#feed-url) [b](docs/modules.md#the-compiled-rules-cache) "
                        "[c](docs/modules.md#feed-name)", tmp_path) == ["docs/modules.md#feed-name"]
