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
