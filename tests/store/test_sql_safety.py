"""No SQL built from data: every statement passed to the database is a literal (or a
concatenation of literals), with values bound as parameters.

The scan reads bot/**/*.py with the ast module and looks at the first argument of
every call to a SQL-running method. It fails on f-strings with placeholders, `%`
formatting, `.format()` and `+` / `+=` with anything but string literals, whether
written in the call or in a local variable later passed to it. The few sites that
format SQL from values chosen by code (never by a user) are allowlisted below, one
by one, with the reason.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"

# Methods that run SQL: sqlite3 / sqlite-utils, and the store's and chat services' wrappers.
SQL_METHODS = {"execute", "executemany", "executescript", "query", "_rows", "_exec", "_query", "_execute"}

# (file relative to bot/, enclosing function) -> why the formatted SQL cannot carry user data.
ALLOWLIST: dict[tuple[str, str], str] = {
    ("adapters/store/base.py", "StoreBase.__init__"):
        "PRAGMA busy_timeout takes no bound parameters; the value is the module constant BUSY_TIMEOUT_MS",
    ("adapters/store/base.py", "StoreBase._wait_for_locks"):
        "PRAGMA busy_timeout takes no bound parameters; the value is an int, BUSY_TIMEOUT_MS or LOCKED_BUSY_MS",
    ("adapters/store/feeds.py", "FeedStore.remove_feed"):
        'the column name is "id" or "url", picked by code from key.isdigit(); the key itself is bound',
    ("adapters/store/feeds.py", "FeedStore.list_feeds"):
        'the WHERE fragment is "" or the literal "WHERE enabled = 1", picked by a boolean',
    ("adapters/store/rules.py", "RuleStore.list_rules"):
        'the WHERE fragment is "" or the literal "WHERE enabled = 1", picked by a boolean',
    ("adapters/store/base.py", "StoreBase.stats"):
        "the table name comes from a literal tuple of table names in the loop header",
    ("adapters/store/pledges.py", "PledgeStore.pledge_rows"):
        "the WHERE clause is joined from literal fragments by _pledge_filter (values bound), and the "
        "sources sub-select is a literal chosen by a boolean, the ORDER BY a literal of PLEDGE_ORDERS "
        "picked by key",
    ("adapters/store/entries.py", "EntryStore.stories_since"):
        "_STORY_COLUMNS is a module constant made of string literals; the period is bound",
    ("adapters/store/entries.py", "EntryStore.story_page"):
        "_STORY_COLUMNS is a module constant made of string literals, the WHERE clause joined by _story_window "
        "from literal terms (a column name picked by a boolean, one term per bound given); the range and page "
        "are bound",
    ("adapters/store/entries.py", "EntryStore.story_count"):
        "the WHERE clause is joined by _story_window from literal terms (a column name picked by a boolean, one "
        "term per bound given); the range is bound",
    ("adapters/store/entries.py", "EntryStore.latest_story_time"):
        "the WHERE clause is joined by _story_window from literal terms (a column name picked by a boolean, one "
        "term per bound given), the aggregate's column the module constant _STORY_REPORTED; the range is bound",
    ("adapters/store/pledges.py", "PledgeStore.pledge_counts_by"):
        "the WHERE clause is joined from literal fragments by _pledge_filter (every value bound); the grouped "
        "column a literal of _COUNTED_COLUMNS picked by key",
    ("adapters/store/pledges.py", "PledgeStore.pledge_groups"):
        "the WHERE clause is joined from literal fragments by _pledge_filter; every value is bound",
    ("adapters/store/pledges.py", "PledgeStore.latest_report_time"):
        "the WHERE clause is joined from literal fragments by _pledge_filter (values bound); the aggregate "
        "is the literal min or max, picked by a boolean",
    ("adapters/store/pledges.py", "PledgeStore.donor_months"):
        "the WHERE clause is joined from literal fragments by _pledge_filter; every value is bound",
}


@dataclass(frozen=True)
class Site:
    file: str
    line: int
    function: str
    how: str

    def __str__(self) -> str:
        return f"bot/{self.file}:{self.line} in {self.function}: SQL built by {self.how}"


Assignments = dict[str, list[tuple[ast.AST, bool]]]


def _is_literal_text(node: ast.AST, local: Assignments | None = None, seen: frozenset[str] = frozenset()) -> bool:
    """A string constant, an f-string without placeholders, literals joined with +,
    or a local variable only ever given such values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_literal_text(node.left, local, seen) and _is_literal_text(node.right, local, seen)
    if isinstance(node, ast.Name) and local is not None and node.id not in seen and node.id in local:
        inner = seen | {node.id}
        return all(_is_literal_text(value, local, inner) for value, _ in local[node.id])
    return False


def _formatting(node: ast.AST, local: Assignments) -> str | None:
    """How `node` builds text from non-literal parts, or None when it does not."""
    if isinstance(node, ast.JoinedStr) and not _is_literal_text(node):
        return "an f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return "% formatting"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and not _is_literal_text(node, local):
        return "+ concatenation"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return f".{node.func.attr}()"
    return None


class _Scanner(ast.NodeVisitor):
    def __init__(self, file: str):
        self.file = file
        self.scope: list[str] = []
        self.assignments: list[Assignments] = [{}]
        self.sites: list[Site] = []
        self.calls_seen = 0

    # Scopes: classes name functions; each function has its own local assignments.
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.assignments.append(_local_assignments(node))
        self.generic_visit(node)
        self.assignments.pop()
        self.scope.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if name in SQL_METHODS and node.args:
            self.calls_seen += 1
            self._check(node.args[0])
        self.generic_visit(node)

    def _check(self, sql: ast.AST) -> None:
        function = ".".join(self.scope) or "<module>"
        local = self.assignments[-1]
        how = _formatting(sql, local)
        if how:
            self.sites.append(Site(self.file, sql.lineno, function, how))
            return
        if isinstance(sql, ast.Name):
            # A local variable: every value it is given must be literal too.
            for value, augmented in local.get(sql.id, []):
                how = _formatting(value, local)
                if augmented and not _is_literal_text(value, local):
                    how = how or "+= of a non-literal"
                if how:
                    self.sites.append(Site(self.file, value.lineno, function, f"{how} (via {sql.id!r})"))


def _local_assignments(function: ast.AST) -> Assignments:
    """name -> [(value, is_augmented)] for plain and += assignments in one function."""
    found: Assignments = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append((node.value, False))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.setdefault(node.target.id, []).append((node.value, False))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            found.setdefault(node.target.id, []).append((node.value, True))
    return found


def scan_source(source: str, file: str = "<test>") -> tuple[list[Site], int]:
    """Formatted-SQL sites in one module's source, and how many SQL calls were looked at."""
    scanner = _Scanner(file)
    scanner.visit(ast.parse(source))
    return scanner.sites, scanner.calls_seen


def scan_bot() -> tuple[list[Site], int]:
    sites: list[Site] = []
    calls = 0
    for path in sorted(BOT.rglob("*.py")):
        found, seen = scan_source(path.read_text(encoding="utf-8"), path.relative_to(BOT).as_posix())
        sites += found
        calls += seen
    return sites, calls


def test_no_sql_is_built_by_string_formatting_outside_the_allowlist():
    sites, calls = scan_bot()
    assert calls > 50, "the scan found almost no SQL calls: has the store been renamed?"
    offending = [str(s) for s in sites if (s.file, s.function) not in ALLOWLIST]
    assert offending == [], "SQL built by string formatting (bind the values as parameters):\n" + "\n".join(offending)


def test_every_allowlisted_site_still_exists():
    """A stale allowlist entry would silently permit formatting at that site later."""
    sites, _ = scan_bot()
    present = {(s.file, s.function) for s in sites}
    assert sorted(set(ALLOWLIST) - present) == []


def test_the_scanner_catches_every_way_of_formatting_sql():
    source = '''
class Store:
    def a(self, name):
        self._rows(f"SELECT * FROM feeds WHERE name = '{name}'")
    def b(self, name):
        self.db.execute("SELECT * FROM feeds WHERE name = '%s'" % name)
    def c(self, name):
        self.db.query("SELECT * FROM feeds WHERE name = '{}'".format(name))
    def d(self, name):
        self._exec("DELETE FROM feeds WHERE name = '" + name + "'")
    def e(self, name):
        sql = "SELECT * FROM feeds"
        sql += " WHERE name = '" + name + "'"
        self._rows(sql)
    def f(self, name):
        sql = f"SELECT * FROM {name}"
        return self.db.query(sql, [])
    def ok(self, name, since):
        sql = "SELECT * FROM feeds "
        sql += "WHERE name = ? "
        self._rows(sql + "ORDER BY id", [name])
        self._exec(f"SELECT 1", [])
        self.db.execute("SELECT " "2")
'''
    sites, calls = scan_source(source)
    assert sorted(s.function for s in sites) == ["Store.a", "Store.b", "Store.c", "Store.d", "Store.e", "Store.f"]
    assert calls == 9
