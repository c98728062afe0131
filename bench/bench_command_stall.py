"""How long the event loop stalls while a chat command is answered, on the loop or off it.

    python bench/bench_command_stall.py [--days 3] [--feeds 100] [--runs 3] [--where loop|readers|both]
                                        [--commands reads|writes|all]

A database is filled as bench_footprint.py fills it (--days of --feeds feeds, 50 entries a
feed a day, 3.5 % of them stories with their labelled pledges), with the shipped rules. Then
each command below is answered --runs times by the one command table, while a ticker task on
the same loop wakes every 5 ms and records the gaps between two of its turns: the longest is
how long an alert, a web page or another chat's command waited at worst. "loop" answers with
CommandTable.handle called on the loop (every command before stop 58); "readers" as the chat
adapters answer now (CommandReaders.answer: the commands that only read on their thread).
Each setting is measured in a process of its own, so that the first run of each command is
cold in both (matplotlib imported, the rules compiled: what the first /pledges chart or
/rule_test after a start costs).

--commands writes measures the commands that change the database instead (/rule_add with a
word no rule had, so that its word tables are made first, /rule_edit, /rule_undo, /rule_del,
/feed_add, /feed_del, /subscribe, /mode, /lang), each run adding its own rule and feed; the
rules' word tables are kept in a directory of their own, as `run` keeps them (DiskLexicon).
After /rule_add, the line "next poll's compile" is the rules compiled again on the loop, as the
next poll does after a change (App.analyzer), and what that costs the loop.

Prints, per command: the command's wall time and the loop's longest gap, first run and the
worst of the others. Wall times move with the machine's load; the gaps are what to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_footprint import add_fill_arguments, fill
from common import RULES_FILE

TICK = 0.005
# About 4 KB of an article pasted into /rule_test (the longest a Telegram message carries).
LONG_TEXT = " ".join(["The defence ministry said it would send more armoured vehicles and shells."] * 54)
COMMANDS = (("rule_test", LONG_TEXT), ("pledges", "chart"), ("pledges", ""), ("pledges", "germany summary"),
            ("search", "tanks"), ("latest", "20"), ("status", ""), ("feeds", ""), ("rules", ""), ("audit", ""))
# Invented words, one per run: each /rule_add brings a word the rules' tables do not hold yet.
NEW_WORDS = ("Vostrakel", "Brennimar", "Quandrelo", "Zephiroth", "Malvoren", "Tirquesse", "Orvandel", "Kestromir")


# Not a command: the rules compiled again, as the next poll does on the loop after a change (App.analyzer).
RECOMPILE = "next poll's compile"


def write_commands(run: int) -> tuple[tuple[str, str], ...]:
    """The commands that write, in an order each can run in: the rule /rule_add adds is the one
    /rule_edit changes (its id is looked up when its turn comes: "{added}")."""
    word = NEW_WORDS[run % len(NEW_WORDS)] + ("" if run < len(NEW_WORDS) else str(run))
    return (("rule_add", f"aid {word} AND (tank OR howitzer) --force"), (RECOMPILE, ""),
            ("rule_edit", f"{{added}} {word} AND (tank OR howitzer OR shells) --force"),
            ("rule_undo", ""), ("rule_undo", ""),
            ("feed_add", f"https://stall{run}.example/feed.xml Stall outlet {run}"), ("feed_del", "{feed}"),
            ("subscribe", ""), ("mode", "digest 08:00"), ("mode", "instant"), ("lang", "fr"), ("lang", "en"))


async def measure(answer, runs: int, commands: str = "reads", store=None) -> list[dict]:
    gaps: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        loop = asyncio.get_running_loop()
        last = loop.time()
        while not stop.is_set():
            await asyncio.sleep(TICK)
            now = loop.time()
            gaps.append(now - last - TICK)
            last = now

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)
    rows = []
    if commands != "writes":
        for name, args in COMMANDS:
            for run in range(runs):
                rows.append(await one_command(answer, gaps, name, args, run))
    if commands != "reads":
        # Run by run, each in its order; listed command by command, as the reads are.
        by_run = []
        for run in range(runs):
            done = []
            for name, args in write_commands(run):
                args = args.format(added=store.newest_rule_id() if "{added}" in args else "",
                                   feed=store.newest_feed_id() if "{feed}" in args else "")
                done.append(await one_command(answer, gaps, name, args, run))
            by_run.append(done)
        rows += [by_run[run][index] for index in range(len(by_run[0])) for run in range(runs)]
    stop.set()
    await ticking
    return rows


async def one_command(answer, gaps: list[float], name: str, args: str, run: int) -> dict:
    await asyncio.sleep(0.02)  # a few ticks between two commands
    gaps.clear()
    started = time.perf_counter()
    reply = await answer(name, args)
    wall = time.perf_counter() - started
    await asyncio.sleep(2 * TICK)  # the tick that was due when the command ended
    while any(thread.name == "rule-tables" for thread in threading.enumerate()):
        # A new word's tables, made aside (DiskLexicon): what they cost the loop is the command's.
        await asyncio.sleep(TICK)
    shown = re.sub(r"\d+|https://\S+|[A-Z][a-z]+(?= AND)", "", args)[:20]  # one line per command, whatever its run
    return {"command": f"/{name} {shown}".rstrip(), "run": run, "wall": wall,
            "longest_gap": max(gaps, default=0.0), "reply_chars": len(reply.text), "reply": reply.text[:80]}


class _Newest:
    """The ids the writing commands name, read from the database when their turn comes."""

    def __init__(self, database: str):
        import sqlite3

        self.database = database
        self._sqlite3 = sqlite3

    def _one(self, query: str) -> int:
        with self._sqlite3.connect(self.database) as connection:
            return connection.execute(query).fetchone()[0]

    def newest_rule_id(self) -> int:
        return self._one("SELECT max(id) FROM rules")

    def newest_feed_id(self) -> int:
        return self._one("SELECT max(id) FROM feeds")


def one_setting(database: str, where: str, runs: int, commands: str = "reads") -> list[dict]:
    from bot.adapters.command_readers import CommandReaders
    from bot.adapters.lexicon_cache import DiskLexicon
    from bot.adapters.sqlite_store import SqliteStore
    from bot.config import load_entities
    from bot.core.chat.commands import CommandTable
    from bot.core.chat.replies import Reply
    from bot.core.chat.services import ChatContext
    from bot.core.ports import SystemClock
    from bot.rule_admin import RuleAdmin
    from bot.store_chat_services import StoreChatServices

    clock = SystemClock()
    store = SqliteStore(database)
    entities = load_entities()
    # The word tables in a directory of their own, as `run` keeps them: a new word's are made first.
    # Made for the shipped rules before the ticker starts (a running bot's poller has made them).
    lexicon = DiskLexicon(Path(database).with_name(f"lexicon-{where}"))
    admin = RuleAdmin(store, clock, entities, lexicon)
    admin.compile()
    lexicon.build_now = False  # as App.analyzer leaves it after its first compile: later tables are made aside
    table = CommandTable(StoreChatServices(store, admin), clock, entities)
    ctx = ChatContext(platform="telegram", chat_id="1", user_id="1", is_admin=True, can_manage_chat=True)
    readers = CommandReaders()

    async def answer(name: str, args: str):
        if name == RECOMPILE:
            return Reply(text=f"{len(admin.compile().rules)} rules")
        if where == "loop":
            return table.handle(ctx, name, args)
        return await readers.answer(table, ctx, name, args)

    async def main() -> list[dict]:
        try:
            return await measure(answer, runs, commands, _Newest(database))
        finally:
            await readers.close()

    return asyncio.run(main())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_fill_arguments(parser)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--where", choices=("loop", "readers", "both"), default="both")
    parser.add_argument("--commands", choices=("reads", "writes", "all"), default="reads")
    parser.add_argument("--database", help=argparse.SUPPRESS)  # a child process: measure this one
    args = parser.parse_args(argv)
    if args.database:
        print(json.dumps(one_setting(args.database, args.where, args.runs, args.commands)))
        return 0
    from bot.adapters.sqlite_store import SqliteStore
    from bot.core.ports import SystemClock
    from bot.rule_admin import RuleAdmin

    with tempfile.TemporaryDirectory() as tmp:
        database = str(Path(tmp) / "stall.db")
        store = SqliteStore(database)
        store.migrate()
        RuleAdmin(store, SystemClock()).import_if_empty(RULES_FILE.read_text(encoding="utf-8"))
        counts = fill(store, args.days, args.feeds, args.per_day, args.relevant, args.batch)
        store.close()
        print(f"database: {counts['entries']} entries, {counts['stories']} stories, {counts['pledges']} pledges")
        wheres = ("loop", "readers") if args.where == "both" else (args.where,)
        results = {}
        for where in wheres:
            out = subprocess.run([sys.executable, __file__, "--database", database, "--where", where,
                                  "--runs", str(args.runs), "--commands", args.commands],
                                 check=True, capture_output=True, text=True).stdout
            results[where] = json.loads(out.strip().splitlines()[-1])
    print(f"{'command':28} " + " ".join(f"{w + ': wall first/worst, gap first/worst (ms)':>52}" for w in wheres))
    for index in range(0, len(results[wheres[0]]), args.runs):
        line = f"{results[wheres[0]][index]['command']:28}"
        for where in wheres:
            rows = results[where][index:index + args.runs]
            first, rest = rows[0], rows[1:] or rows[:1]
            line += (f" {first['wall'] * 1000:12.0f} /{max(r['wall'] for r in rest) * 1000:7.0f}"
                     f" {first['longest_gap'] * 1000:12.0f} /{max(r['longest_gap'] for r in rest) * 1000:7.0f}"
                     + " " * 9)
        print(line)
    for where in wheres:
        print(f"{where}: the loop's longest gap in all: {max(r['longest_gap'] for r in results[where]) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
