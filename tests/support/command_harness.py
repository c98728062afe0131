"""The chat command table on a real store, as the command tests drive it: chat contexts,
a small rule set, the `admin` and `table` fixtures (and the fuzz tests' shared `fuzz_table`),
made available to every test by tests/conftest.py."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta

import pytest

from bot.core.chat.command_list import parse_command_line
from bot.core.chat.commands import CommandTable
from bot.core.chat.services import ChatContext
from bot.core.models import Entry, Feed, Pledge
from bot.rule_admin import RuleAdmin
from bot.store_chat_services import StoreChatServices
from tests.conftest import seed_texts
from tests.support.fakes import FakeClock
from tests.support.migrated_store import migrated_store

RULES_TOML = """
threshold = 2.0

[[rule]]
topic = "tanks"
expression = '(tank* OR char OR chars OR Panzer) AND @ukraine'
weight = 1.0

[[rule]]
topic = "air_defence"
expression = '@system:air_defence OR "défense anti-aérienne"'
weight = 1.0

[[rule]]
topic = "nato_meeting"
expression = 'Otan OR NATO'
weight = 1.0

[[rule]]
topic = "trap"
expression = '"think tank"'
weight = -3.0
"""

USER = ChatContext("console", "c1", "u1", is_admin=False, can_manage_chat=True)
ADMIN = ChatContext("console", "c1", "boss", is_admin=True, can_manage_chat=True)
MEMBER = ChatContext("console", "g1", "u2", is_admin=False, can_manage_chat=False)
GROUP_ADMIN = ChatContext("console", "g1", "u3", is_admin=False, can_manage_chat=True)


@pytest.fixture
def admin(store, clock) -> RuleAdmin:
    rules = RuleAdmin(store, clock)
    rules.import_if_empty(RULES_TOML)
    return rules


@pytest.fixture
def table(store, admin, clock) -> CommandTable:
    return CommandTable(StoreChatServices(store, admin), clock, admin.entities)


def run(table: CommandTable, ctx: ChatContext, line: str) -> str:
    parsed = parse_command_line(line)
    assert parsed is not None, line
    return table.handle(ctx, *parsed).text


def snapshot(store) -> tuple:
    """Everything an admin command could change."""
    rules = [asdict(r) for r in store.list_rules(include_disabled=True)]
    feeds = [asdict(f) for f in store.list_feeds(include_disabled=True)]
    return rules, feeds, store.get_setting("rules_version"), len(store.audit_log(limit=1000))


def add_story_with_pledges(store, clock, pledges_by_age: list[tuple[int, Pledge]]) -> None:
    feed_id, _ = store.add_feed(Feed(url="https://news.example/rss", name="Wire FR"), clock.now())
    text = seed_texts()[0]
    entry = Entry(feed_url="https://news.example/rss", guid="g1", url="https://news.example/a1",
                  title="L'Otan veut accélérer ses livraisons d'armes", content=text, published=clock.now())
    entry_id = store.insert_entry(feed_id, entry, entry.url, clock.now())
    story_id = store.create_story(entry.title, entry.url, clock.now(), clock.now(), "{}", ["nato_meeting"], 3.0)
    store.add_story_source(story_id, entry_id, feed_id, "Wire FR", entry.url, clock.now())
    for days, pledge in pledges_by_age:
        store.add_pledges(story_id, entry_id, [pledge], clock.now() - timedelta(days=days))


@pytest.fixture(scope="module")
def fuzz_table(tmp_path_factory):
    """A command table on a real store with RULES_TOML, one per test module: the property
    tests run it on hundreds of examples, and a store per example would cost more than them."""
    store = migrated_store(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    clock = FakeClock()
    admin = RuleAdmin(store, clock)
    admin.import_if_empty(RULES_TOML)
    yield CommandTable(StoreChatServices(store, admin), clock, admin.entities)
    store.close()
