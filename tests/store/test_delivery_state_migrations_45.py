"""Migrations 30 and 31 on a real SQLite file written by the release before them (migrations up
to 29): its waiting alert, its subscriptions and its pending edit are read as before, with no
failure time and no server known, and the new state is written and read back."""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Alert, Subscription
from tests.support.fakes import FakeClock


def test_a_database_of_the_release_before_keeps_its_outbox_and_takes_the_new_state(tmp_path):
    clock = FakeClock()
    path = tmp_path / "before.db"
    old = SqliteStore(path)
    migrate(old.db, [m for m in MIGRATIONS if m[0] <= 29])
    old.subscribe("discord", "thread-1", ("tanks",), clock.now())
    story = old.create_story("Aid", "https://example.org/a", clock.now(), None, "fp", ("tanks",), 1.0)
    alert = Alert(story, "Aid", "https://example.org/a", ("AFP",), clock.now(), ("tanks",))
    old.enqueue(alert, [Subscription("discord", "thread-1")], clock.now())  # as that release queued it
    old.close()

    upgraded = SqliteStore(path)
    try:
        assert upgraded.migrate() == [v for v, _, _ in MIGRATIONS if v >= 30]
        (waiting,) = upgraded.due_outbox("discord", clock.now())
        assert waiting.alert.title == alert.title and waiting.failing_since is None
        assert upgraded.chats_of_server("discord", "guild-1") == [] and upgraded.paused_chats("discord") == []
        upgraded.note_chat_server("discord", "thread-1", "guild-1")
        upgraded.note_chat_server("discord", "never-subscribed", "guild-1")  # no row: nothing kept
        assert upgraded.chats_of_server("discord", "guild-1") == ["thread-1"]
        upgraded.pause_chat("discord", "thread-1", "archived", clock.now(), clock.now() + timedelta(hours=1))
        upgraded.pause_chat("discord", "thread-1", "locked", clock.now() + timedelta(hours=1),
                            clock.now() + timedelta(hours=2))
        (paused,) = upgraded.paused_chats("discord")
        assert (paused.reason, paused.refused_since) == ("locked", clock.now())  # the first refusal stays
        upgraded.deactivate("discord", "thread-1", clock.now())
        assert upgraded.paused_chats("discord") == [] and upgraded.chats_of_server("discord", "guild-1") == []
        assert upgraded.subscriptions("discord", active_only=False)[0] == Subscription(
            "discord", "thread-1", ("tanks",), active=False)
    finally:
        upgraded.close()
