"""RuleStore: one part of SqliteStore (bot/adapters/sqlite_store.py), which combines
the parts over one connection."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.adapters.store.base import StoreBase
from bot.core.iso_times import utc_iso
from bot.core.models import Rule


def _rule(row: dict) -> Rule:
    return Rule(topic=row["topic"], expression=row["expression"], weight=row["weight"], id=row["id"],
                enabled=bool(row["enabled"]))


class RuleStore(StoreBase):
    """Rules, settings and the audit log of who changed what."""

    def list_rules(self, include_disabled: bool = False) -> list[Rule]:
        where = "" if include_disabled else "WHERE enabled = 1"
        return [_rule(r) for r in self._rows(f"SELECT * FROM rules {where} ORDER BY id")]

    def get_rule(self, rule_id: int) -> Rule | None:
        rows = self._rows("SELECT * FROM rules WHERE id = ?", [rule_id])
        return _rule(rows[0]) if rows else None

    def insert_rule(self, rule: Rule, now: datetime) -> int:
        rows = self._rows(
            "INSERT INTO rules (id, topic, expression, weight, enabled, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [rule.id, rule.topic, rule.expression, rule.weight, int(rule.enabled), utc_iso(now), utc_iso(now)],
        )
        return rows[0]["id"]

    def update_rule(self, rule: Rule, now: datetime) -> None:
        self._exec(
            "UPDATE rules SET topic = ?, expression = ?, weight = ?, enabled = ?, updated_at = ? WHERE id = ?",
            [rule.topic, rule.expression, rule.weight, int(rule.enabled), utc_iso(now), rule.id],
        )

    def delete_rule(self, rule_id: int) -> bool:
        return self._exec("DELETE FROM rules WHERE id = ?", [rule_id]).rowcount > 0

    def delete_all_rules(self) -> None:
        self._exec("DELETE FROM rules")

    def rule_count(self) -> int:
        return self._rows("SELECT count(*) AS n FROM rules")[0]["n"]

    def get_setting(self, name: str, default: str | None = None) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE name = ?", [name])
        return rows[0]["value"] if rows else default

    def set_setting(self, name: str, value: str) -> None:
        self._exec(
            "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            [name, value],
        )

    def audit(self, actor: str, action: str, target: str, before: Any, after: Any, now: datetime) -> int:
        rows = self._rows(
            "INSERT INTO audit (at, actor, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            [
                utc_iso(now),
                actor,
                action,
                target,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ],
        )
        return rows[0]["id"]

    def audit_log(self, limit: int = 50, action_prefix: str = "") -> list[dict]:
        rows = self._rows(
            "SELECT * FROM audit WHERE action LIKE ? ORDER BY id DESC LIMIT ?", [action_prefix + "%", limit]
        )
        for row in rows:
            row["before"] = json.loads(row["before"]) if row["before"] else None
            row["after"] = json.loads(row["after"]) if row["after"] else None
        return rows
