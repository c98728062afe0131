"""The tests' own layout: no test module imports another. What several test modules share
(helpers, data, fixtures) lives in tests/support/, in a module named for what it gives, or in
a folder's conftest.py; a test module is only ever collected, never imported. Imported, its
tests would be collected a second time wherever a fixture name or a `from ... import *`
brings them in, and a newcomer reading a helper would have to find it among tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _names_a_test_module(module: str) -> bool:
    return any(part.startswith("test_") for part in module.split("."))


def imports_of_test_modules(root: Path = TESTS) -> list[str]:
    """`file:line: module` for each import, anywhere in a file below `root` (inside a
    function too), of a test module (a module named test_*)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = "." * node.level + (node.module or "")
                joint = "" if base.endswith(".") else "."
                modules = [base] + [f"{base}{joint}{alias.name}" for alias in node.names]
            else:
                continue
            for module in modules:
                if _names_a_test_module(module):
                    found.append(f"{path.relative_to(root).as_posix()}:{node.lineno}: {module}")
                    break
    return found


def test_no_test_module_imports_another():
    assert imports_of_test_modules() == []


def test_a_test_module_imported_is_caught(tmp_path):
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "test_pages.py").write_text(
        "from tests.web.test_web import serving\nimport tests.feeds.test_websub as websub\n"
        "from . import test_web\nfrom .test_web import get\nfrom tests.support.web_tracker import get\n"
        "def test_x():\n    from tests.quality.test_quality_stories import BOUNDS\n",
        encoding="utf-8",
    )
    assert [entry.split(": ", 1)[1] for entry in imports_of_test_modules(tmp_path)] == [
        "tests.web.test_web", "tests.feeds.test_websub", ".test_web", ".test_web", "tests.quality.test_quality_stories"]


def private_names_taken_from_support(root: Path = TESTS) -> list[str]:
    """`file:line: module.name` for each underscored name a file below `root` imports from
    tests.support: what test modules share has a public name (story_pairs' `_joined` and
    `_print` were imported by every stories round). An `as _alias` of a public name is fine."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests.support"):
                found += [f"{path.relative_to(root).as_posix()}:{node.lineno}: {node.module}.{alias.name}"
                          for alias in node.names if alias.name.startswith("_")]
    return found


def test_no_test_module_imports_a_private_name_from_support():
    assert private_names_taken_from_support() == []


def test_a_private_name_taken_from_support_is_caught(tmp_path):
    (tmp_path / "test_round.py").write_text(
        "from tests.support.story_pairs import _joined, report_fingerprint\n"
        "from tests.support.cli_lines import one_error_line as _one_error_line\n", encoding="utf-8")
    assert [entry.split(": ", 1)[1] for entry in private_names_taken_from_support(tmp_path)] == [
        "tests.support.story_pairs._joined"]
