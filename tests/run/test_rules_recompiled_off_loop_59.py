"""A rule change is compiled off the event loop before the next poll (stop 59).

After an admin's /rule_add the next poll compiled the changed rules on the loop
(App.analyzer): 0.36-1.19 s during which no alert went out and no chat was answered
(bench/README.md, "Chat commands that write"). `run` now asks App.analyzer_ready before each
poll: the rules of a new version are compiled on a thread, once however many feeds are due,
and the poll finds them compiled. Rules that do not compile are left to App.analyzer, which
keeps the last good ones and says so once (tests/run/test_broken_rules_54.py).

Real parts: SQLite, the shipped rules, the rule changed through RuleAdmin as /rule_add does."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.rule_admin import RuleAdmin
from tests.support.rule_writes import write_behind_the_bots_back
from tests.support.scratch_apps import prepared_app

pytestmark = pytest.mark.timeout(120)


def _compiles_recorded(monkeypatch) -> list[int]:
    threads: list[int] = []
    original = RuleAdmin.compile_these

    def recorded(admin, rules, threshold):
        threads.append(threading.get_ident())
        return original(admin, rules, threshold)

    monkeypatch.setattr(RuleAdmin, "compile_these", recorded)
    return threads


def test_a_changed_rule_set_is_compiled_on_a_thread_once_and_the_poll_finds_it(tmp_path, monkeypatch):
    app = prepared_app(tmp_path, analysis_workers=0)
    try:
        app.analyzer()  # the start's compile
        app.rules.add("aid", "Quessary AND howitzer", actor="test")  # an invented word
        version = app.rules.version()
        threads = _compiles_recorded(monkeypatch)

        async def go():
            loop_thread = threading.get_ident()
            # Five feeds due at once: one compile for them all.
            await asyncio.gather(*(app.analyzer_ready() for _ in range(5)))
            return loop_thread, app.analyzer()

        loop_thread, analyzer = asyncio.run(go())
        assert len(threads) == 1 and threads[0] != loop_thread
        assert app._analyzer_version == version
        assert any("Quessary" in rule.expression for rule in analyzer.ruleset.rules)
    finally:
        app.close()


def test_unchanged_rules_are_not_compiled_again(tmp_path, monkeypatch):
    app = prepared_app(tmp_path, analysis_workers=0)
    try:
        first = app.analyzer()
        threads = _compiles_recorded(monkeypatch)
        asyncio.run(app.analyzer_ready())
        assert threads == [] and app.analyzer() is first
    finally:
        app.close()


def test_rules_that_do_not_compile_are_left_to_the_poll_which_keeps_the_last_good_ones(tmp_path, caplog):
    app = prepared_app(tmp_path, analysis_workers=0)
    try:
        good = app.analyzer()
        write_behind_the_bots_back(str(tmp_path / "bot.db"), "tank AND (")
        asyncio.run(app.analyzer_ready())
        assert app.analyzer() is good
        assert any("do not compile" in r.getMessage() for r in caplog.records)
    finally:
        app.close()
