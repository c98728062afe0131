"""The run lock follows the real database file; the audit log can be read from the CLI."""

from __future__ import annotations

import json

import pytest

from bot.app import App
from bot.cli import main
from bot.config import default_rules_path, settings_from_dict
from bot.core.rules.files import load_rules_toml
from bot.errors import StoreError


def _app(path) -> App:
    return App(settings_from_dict({"database": str(path)}, base_dir=path.parent, environ={}))


def test_a_symlink_to_the_same_database_finds_the_same_lock(tmp_path):
    real = tmp_path / "real.db"
    (tmp_path / "other").mkdir()
    link = tmp_path / "other" / "link.db"
    link.symlink_to(real)
    first, second = _app(real), _app(link)
    first.acquire_instance_lock()
    try:
        with pytest.raises(StoreError, match="already running"):
            second.acquire_instance_lock()
    finally:
        first.close()
        second.close()
    assert (tmp_path / "real.db.lock").exists() and not (tmp_path / "other" / "link.db.lock").exists()


def test_gitignore_covers_the_lock_file():
    from pathlib import Path

    ignored = (Path(__file__).resolve().parents[2] / ".gitignore").read_text().split()
    assert "*.db.lock" in ignored


def test_audit_lists_rule_changes_newest_first(env, capsys):
    assert main(["rules", "add", "tanks", '"Leopard 2" NEAR/5 @ukraine']) == 0
    assert main(["rules", "undo"]) == 0
    capsys.readouterr()
    assert main(["audit", "--action", "rule."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "rule.undo" in lines[0] and "rule.add" in lines[1] and 'tanks: "Leopard 2" NEAR/5 @ukraine' in lines[1]
    shipped = len(load_rules_toml(default_rules_path().read_text(encoding="utf-8"))[0])
    assert "rule.import" in lines[2] and lines[2].split(" UTC ", 1)[1].split()[0] == "seed" and f"[] -> {shipped} rules" in lines[2]
    assert main(["audit", "--json", "--limit", "1"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["action"] == "rule.undo" and record["actor"] == "cli"
