"""Stop 54, hostile: the rules going bad while the bot runs.

The rules file is read once, to seed a new database; after that the database is the truth,
and every way the bot offers to change it (`rules add`, `edit`, `import`, /rule_add...)
validates first and refuses a rule that does not compile. A database's rules can still stop
compiling: a rule saved by an older pledgewatch that this one reads more strictly, or one
written into the database behind the bot's back. Every poll then failed where it asked for
the rules (App.analyzer): each feed backed off for hours, and the items a busy feed rotated
out meanwhile were never read. Now the running process keeps the last rules that compiled,
says what is wrong once per rules version (the log and the audit log, which admins read with
/audit), and picks up the mended rules at the next poll.

Real parts: the loopback feed server, SQLite, the shipped rules; the rule is broken as an
outside writer would, through sqlite3. Checked to fail before the fix: the second poll
failed with "the expression ends where a term was expected"."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.app import App
from bot.config import settings_from_dict
from bot.core.models import Feed
from tests.support.poll_rows import aid_and_other_items
from tests.support.rule_writes import write_behind_the_bots_back
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)


def test_rules_that_stop_compiling_leave_the_bot_on_the_last_good_ones_said_once(tmp_path, feed_server, caplog):
    items = aid_and_other_items(12)
    database = str(tmp_path / "bot.db")
    app = App(settings_from_dict({"database": database, "analysis_workers": 0}, base_dir=tmp_path, environ={}))
    try:
        app.prepare()
        app.store.add_feed(Feed(url=feed_server.url("/wire.xml"), name="Wire"), app.clock.now(), actor="cli")
        feed_server.set_feed("/wire.xml", rss(items[:4]))
        first = asyncio.run(app.poll_once())
        assert first[0].error is None and first[0].matches == 2
        good = app.analyzer()

        write_behind_the_bots_back(database, "tank AND (")
        with caplog.at_level(logging.ERROR, logger="bot.app"):
            feed_server.set_feed("/wire.xml", rss(items[:8]))
            second = asyncio.run(app.poll_once())
            feed_server.set_feed("/wire.xml", rss(items))
            third = asyncio.run(app.poll_once())
        # the polls go on, read with the last good rules: nothing rotated out is lost
        assert second[0].error is None and second[0].matches == 2
        assert third[0].error is None and third[0].matches == 2
        told = [r.getMessage() for r in caplog.records if "do not compile" in r.getMessage()]
        assert len(told) == 1 and "the expression ends where a term was expected" in told[0], told
        broken = [row for row in app.store.audit_log(limit=20) if row["action"] == "rules.broken"]
        assert len(broken) == 1 and "ends where a term was expected" in broken[0]["after"]["error"]

        write_behind_the_bots_back(database, '"zeitenwende"')  # mended (another rule)
        mended = app.analyzer()
        assert mended is not good  # compiled anew: the mended rules are the ones read from now on
    finally:
        app.close()


def test_rules_that_do_not_compile_at_start_still_stop_the_start(tmp_path):
    database = str(tmp_path / "bot.db")
    app = App(settings_from_dict({"database": database, "analysis_workers": 0}, base_dir=tmp_path, environ={}))
    try:
        app.prepare()
        write_behind_the_bots_back(database, "tank AND (")
        with pytest.raises(Exception, match="ends where a term was expected"):
            app.analyzer()  # no rules to go on with: said where the process starts, as before
    finally:
        app.close()
