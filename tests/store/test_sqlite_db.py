"""bot.adapters.sqlite_db: the store's database calls on sqlite3 alone keep the
transaction behaviour the store had with sqlite-utils."""

from __future__ import annotations

import sqlite3

import pytest

from bot.adapters.sqlite_db import Database, column_keys, first_keyword, statements


def _db(tmp_path) -> Database:
    db = Database(sqlite3.connect(tmp_path / "t.db"))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    return db


def _other_connection_sees(tmp_path) -> list[str]:
    other = sqlite3.connect(tmp_path / "t.db")
    try:
        return [row[0] for row in other.execute("SELECT name FROM t ORDER BY id")]
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path):
    db = _db(tmp_path)
    db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    assert not db.conn.in_transaction
    assert _other_connection_sees(tmp_path) == ["a"]


def test_a_failed_write_leaves_no_transaction_open(tmp_path):
    db = _db(tmp_path)
    db.execute("INSERT INTO t (name) VALUES ('a')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES ('a')")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (name) VALUES ('b')")
    assert _other_connection_sees(tmp_path) == ["a", "b"]


def test_query_returns_dicts_and_commits_a_returning_write(tmp_path):
    db = _db(tmp_path)
    rows = list(db.query("INSERT INTO t (name) VALUES (?) RETURNING id, name", ["a"]))
    assert rows == [{"id": 1, "name": "a"}]
    assert _other_connection_sees(tmp_path) == ["a"]
    assert next(db.query("SELECT id, name, id FROM t")) == {"id": 1, "name": "a", "id_2": 1}


def test_query_refuses_a_statement_without_rows_and_undoes_it(tmp_path):
    db = _db(tmp_path)
    with pytest.raises(ValueError):
        db.query("INSERT INTO t (name) VALUES ('a')")
    assert _other_connection_sees(tmp_path) == []
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('b')")
        with pytest.raises(ValueError):
            db.query("INSERT INTO t (name) VALUES ('c')")
    assert _other_connection_sees(tmp_path) == ["b"]


def test_atomic_commits_all_or_nothing_and_nests(tmp_path):
    db = _db(tmp_path)
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('a')")
        raise RuntimeError
    assert _other_connection_sees(tmp_path) == []
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('b')")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('c')")
            raise RuntimeError
        with db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('d')")
    assert _other_connection_sees(tmp_path) == ["b", "d"]


def test_executescript_inside_a_transaction_does_not_commit_it(tmp_path):
    db = _db(tmp_path)
    script = """
        CREATE TABLE log (name TEXT);
        CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.name); END;
    """
    with pytest.raises(RuntimeError), db.atomic():
        db.executescript(script)
        raise RuntimeError
    assert "log" not in db.table_names()
    with db.atomic():
        db.executescript(script)
    db.execute("INSERT INTO t (name) VALUES ('a')")
    assert [row["name"] for row in db.query("SELECT name FROM log")] == ["a"]


def test_recursive_triggers_are_on_as_sqlite_utils_had_them(tmp_path):
    assert _db(tmp_path).conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_helpers():
    assert first_keyword("  -- note\n /* x */ insert into t") == "INSERT"
    assert first_keyword("\ufeff;SELECT 1") == "SELECT"
    assert column_keys(["id", "id", "id_2"]) == ["id", "id_3", "id_2"]
    assert list(statements("CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END; SELECT 3;")) == [
        "CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;", " SELECT 3;"]
