"""The one composition root: builds the store, the rules, the feed source, the poller,
the chats, push and the web server from Settings. `pledgewatch run` runs them with
bot/run_loop.py; the other commands use the parts they need."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from bot import gc_pauses
from bot.adapters.console_chat import CONSOLE_CHAT_ID, ConsoleChat
from bot.adapters.lexicon_cache import DiskLexicon
from bot.adapters.sqlite_store import SqliteStore
from bot.config import Settings, load_entities, read_seed_rules, seed_rules_file
from bot.core.analysis import Analyzer
from bot.core.chat.i18n import t
from bot.core.models import Feed, PollResult
from bot.core.ports import ChatSender, Clock, SystemClock
from bot.core.text import one_line
from bot.cpu_share import WorkerChoice, choose_analysis_workers
from bot.errors import ConfigError, RuleError, StoreError, naming_the_rules_file
from bot.instance_lock import hold_instance_lock
from bot.rule_admin import RuleAdmin, checked_rules_toml

# The settings row saying the console's subscription was ended by a start with a chat
# token set (use_chats), not by its /unsubscribe: its topics are to be kept, not reset.
CONSOLE_PARKED = "console_parked_for_tokens"
# The settings row saying the console's user sent /unsubscribe from every topic in
# `pledgewatch chat`: `run` leaves it unsubscribed (no alert, no digest) until /subscribe.
# It had subscribed the console again at the next start, so a digest still came after
# "Stop alerts: /unsubscribe", as the console's alerts and digests say.
CONSOLE_LEFT = "console_unsubscribed_by_user"

# Polling, push, chat commands and delivery are imported where they are first used:
# commands that only read the database or analyse text (analyze, rules, pledges,
# status...) start without aiohttp, feedparser and the chat layers (issue 15: start-up).
if TYPE_CHECKING:
    from bot.adapters.feed_http import HttpFeedSource
    from bot.adapters.websub import WebSubService
    from bot.analysis_worker import AnalysisWorkers
    from bot.core.chat.commands import CommandTable
    from bot.delivery import OutboxDispatcher
    from bot.pipeline import FeedPoller
    from bot.story_attachment import StoryAttacher
    from bot.web.server import WebServer


log = logging.getLogger(__name__)


def check_seed_rules(settings: Settings) -> None:
    """The seed rules read and validated as their import will, without a database: run
    before a command makes one, so a seed file that fails stops it before any file is
    made. Made first, the database stayed without a single rule, and the commands that
    read it showed none (`rules list`) or found nothing relevant (`analyze`)."""
    try:
        checked_rules_toml(read_seed_rules(settings), load_entities(), DiskLexicon.from_environment())
    except (ConfigError, RuleError) as exc:
        raise naming_the_rules_file(exc, f"seed rules {seed_rules_file(settings)}") from None


class App:
    def __init__(self, settings: Settings, clock: Clock | None = None):
        if "multiprocessing" in sys.modules:  # else no analysis worker: a plain start is spared the import
            from bot.analysis_worker import exit_if_main_module_reran

            exit_if_main_module_reran()
        self.settings = settings
        self.clock = clock or SystemClock()
        self.store = SqliteStore(settings.database)
        self.rules = RuleAdmin(self.store, self.clock, lexicon=DiskLexicon.from_environment())
        self._analyzer: Analyzer | None = None
        self._analyzer_version: str | None = None
        self._broken_rules_version: str | None = None  # rules that did not compile, told once
        # The rules version being compiled off the loop after a change, and its compile (analyzer_ready).
        self._recompiling: tuple[str, asyncio.Future[Analyzer]] | None = None
        # The processes that analyse large polls (setting analysis_workers; None when 0), made
        # with the first poller and ended by close() (or at the end of run): one set for the
        # process's life, as the compiled rules, so a warm worker serves every poll.
        self._analysis_workers: AnalysisWorkers | None = None
        self._worker_choice: WorkerChoice | None = None
        # The window's stories kept parsed (bot.story_attachment), given to every poller: each
        # poll_once of a process (a warm benchmark, the demo) made a new poller, which parsed
        # every story of the window again at its first relevant entry (~10 ms for 30 stories);
        # `run` keeps one poller, so one index, for its whole life.
        self._story_attacher: StoryAttacher | None = None
        self.chats: list[ChatSender] = []
        self.dispatchers: list[OutboxDispatcher] = []
        self._lock_file = None
        self.seeded_rules = 0  # rules imported by prepare() (a database that had none)

    # -- preparation ------------------------------------------------------

    def prepare(self) -> None:
        """Migrate, import configured feeds and (on first start) the seed rules."""
        self.store.migrate()
        self.store.import_feeds(self.settings.feeds, self.clock.now())
        if self.store.rule_count():
            return
        text = read_seed_rules(self.settings)
        try:
            self.seeded_rules = self.rules.import_if_empty(text)
        except (ConfigError, RuleError) as exc:
            raise naming_the_rules_file(exc, f"seed rules {seed_rules_file(self.settings)}") from None

    def open_to_read(self, *, older_schema_ok: bool = False) -> None:
        """For commands that only read: the database as it is, neither migrated, nor given
        the settings' feeds or the seed rules. A read that changed the database would
        upgrade it before `db backup` copied it (the copy meant to be kept from before an
        upgrade), and write beside a running `run`. A database this code has migrations
        for is refused (not read: its tables may lack what is read) unless `older_schema_ok`."""
        missing = self.store.missing_migrations()
        if not missing or older_schema_ok:
            return
        from bot.adapters.migrations import MIGRATIONS

        if len(missing) == len(MIGRATIONS):
            raise StoreError(f"database {self.settings.database} holds no pledgewatch tables (an empty file?); "
                             "`pledgewatch run` sets it up")
        raise StoreError(f"database {self.settings.database} is from an older pledgewatch (it lacks schema "
                         f"version {', '.join(map(str, missing))}); `pledgewatch db upgrade` upgrades it, as `run` "
                         "and `poll` do at start (`pledgewatch db backup FILE` first keeps a copy as it is)")

    def analyzer(self) -> Analyzer:
        """The compiled rules, rebuilt only when an admin changed them.

        Rules the database holds that no longer compile (a rule saved by an older
        pledgewatch that this one reads more strictly, or one written into the database
        behind the bot's back) leave a running process on the last rules that did: every
        poll had failed at this point, each feed backed off for hours and the items it
        rotated out meanwhile lost. The error goes to the log and the audit log (`/audit`
        in chat, `pledgewatch audit`) once per rules version; the next change is compiled
        again, so mended rules are picked up at the next poll."""
        version = self.rules.version()
        if self._analyzer is not None and version in (self._analyzer_version, self._broken_rules_version):
            return self._analyzer
        if self._analyzer is None or version != self._analyzer_version:
            # The first set lives as long as the process; a recompiled one replaces it.
            try:
                with gc_pauses.paused(keep=self._analyzer is None):  # see bot.gc_pauses
                    compiled = Analyzer(self.rules.compile(), self.rules.entities)
            except (RuleError, ConfigError) as exc:
                if self._analyzer is None:
                    raise  # nothing to go on with: said where the process starts
                self._tell_broken_rules(version, exc)
                return self._analyzer
            self._install(compiled, version)
        return self._analyzer

    async def analyzer_ready(self) -> None:
        """The rules compiled again off the event loop when an admin changed them, so that the
        next poll's analyzer() finds them compiled. Compiled by analyzer() itself, on the loop,
        a rule change held every alert and chat 0.36–1.19 s at the next poll (bench/README.md,
        "Chat commands that write"). The first compile stays analyzer()'s (a start compiles
        before it polls), and so do rules that do not compile: it tells of them, once."""
        version = self.rules.version()
        if self._analyzer is None or version in (self._analyzer_version, self._broken_rules_version):
            return
        if self._recompiling is None or self._recompiling[0] != version:
            # One compile per version, however many feeds are due at once: they wait for the same.
            rules, threshold = self.rules.rules(), self.rules.threshold()  # read here: the loop's connection
            self._recompiling = (version, asyncio.ensure_future(asyncio.to_thread(self._compiled, rules, threshold)))
        compiling = self._recompiling[1]
        try:
            compiled = await asyncio.shield(compiling)
        except (RuleError, ConfigError):
            return  # analyzer() compiles them again at the poll, and says what is wrong
        finally:
            if self._recompiling is not None and self._recompiling[1] is compiling and compiling.done():
                self._recompiling = None
        if self.rules.version() == version and self._analyzer_version != version:
            self._install(compiled, version)

    def _compiled(self, rules: list, threshold: float) -> Analyzer:
        # Without gc_pauses: the collector is the process's, and the loop goes on meanwhile.
        return Analyzer(self.rules.compile_these(rules, threshold), self.rules.entities)

    def _install(self, compiled: Analyzer, version: str) -> None:
        self._analyzer = compiled
        self._analyzer_version = version
        self._broken_rules_version = None
        if self.rules.lexicon is not None:  # see DiskLexicon.build_now
            self.rules.lexicon.build_now = False

    def _tell_broken_rules(self, version: str, exc: Exception) -> None:
        self._broken_rules_version = version
        log.error("rules: the database's rules (version %s) do not compile: %s. Polling goes on with the "
                  "rules of version %s; mend the rule (`pledgewatch rules edit`, /rule_edit, /rule_undo) "
                  "and the next poll takes it", version, exc, self._analyzer_version)
        try:
            self.store.audit("poller", "rules.broken", version, None,
                             {"error": str(exc), "kept_version": self._analyzer_version}, self.clock.now())
        except Exception as audit_exc:  # noqa: BLE001 - a locked database must not stop the poll either
            log.warning("rules: the broken rules could not be written to the audit log: %s", audit_exc)
        self._tell_admins_of_broken_rules(version, exc)

    def _tell_admins_of_broken_rules(self, version: str, exc: Exception) -> None:
        """One message to the bot admins' chats (a chat adapter's `tell_admins`: Telegram's admins in
        their private chats), in each chat's language, once per broken version as the log's line:
        the log and /audit are read when something is already known to be wrong, and the admins
        had no word that alerts now come from rules older than the ones they see in /rules."""
        error = one_line(str(exc))[:300]
        kept = self._analyzer_version or "?"

        def text_in(lang: str) -> str:
            return t(lang, "rules_broken_admins", version=version, kept=kept, error=error)

        for chat in self.chats:
            tell = getattr(chat, "tell_admins", None)
            if tell is None:
                continue
            try:
                asyncio.get_running_loop()  # (sent in the background of the running bot; a CLI command has none)
                tell(text_in)
            except Exception as tell_exc:  # noqa: BLE001 - telling must not stop the poll
                log.warning("rules: the admins could not be told of the broken rules on %s: %s", chat.platform,
                            tell_exc)

    def acquire_instance_lock(self) -> None:
        """One running pledgewatch per database (bot.instance_lock): a second one refuses
        to start. Held until close()."""
        self._lock_file = hold_instance_lock(self.settings.database)

    def use_chats(self, chats: Iterable[ChatSender]) -> None:
        from bot.delivery import OutboxDispatcher

        self.chats = list(chats)
        self.dispatchers = [OutboxDispatcher(self.store, chat, self.clock) for chat in self.chats]
        if any(chat.platform == "console" for chat in self.chats):
            self.subscribe_console()
        else:
            # Without the console (chat tokens set), queueing console alerts would only
            # fill the outbox with rows nobody sends. Parked, not unsubscribed: the topics
            # and mode chosen in `pledgewatch chat` come back at the next start without a token.
            if self.store.deactivate("console", CONSOLE_CHAT_ID, self.clock.now()):
                self.store.set_setting(CONSOLE_PARKED, "1")

    def subscribe_console(self) -> None:
        """The console prints alerts whenever no token is set: subscribed to every topic
        unless it follows some already (chosen in `pledgewatch chat`), was parked with
        them while a token was set (see use_chats), or its user unsubscribed it from every
        topic (console_left: it stays so until /subscribe)."""
        if any(s.chat_id == CONSOLE_CHAT_ID for s in self.store.subscriptions("console")):
            return
        if self.store.get_setting(CONSOLE_PARKED) == "1":
            self.store.reactivate("console", CONSOLE_CHAT_ID, self.clock.now())
        elif self.console_unsubscribed():
            return
        else:  # never subscribed: every topic, as README says
            self.store.subscribe("console", CONSOLE_CHAT_ID, (), self.clock.now())
        self.unpark_console()

    def unpark_console(self) -> None:
        """Forget that the console was parked: its /unsubscribe from all was the user's
        choice, kept at the next start (console_left)."""
        if self.store.get_setting(CONSOLE_PARKED) not in (None, "0"):
            self.store.set_setting(CONSOLE_PARKED, "0")

    def console_left(self, left: bool) -> None:
        """Record that the console's user unsubscribed it from every topic (True), or
        subscribed it again (False)."""
        if left != self.console_unsubscribed():
            self.store.set_setting(CONSOLE_LEFT, "1" if left else "0")

    def console_unsubscribed(self) -> bool:
        """Whether the console's user unsubscribed it from every topic in `pledgewatch chat`."""
        return self.store.get_setting(CONSOLE_LEFT) == "1"

    def command_table(self) -> CommandTable:
        """The one command table every chat platform answers from."""
        from bot.core.chat.commands import CommandTable
        from bot.store_chat_services import StoreChatServices

        services = StoreChatServices(self.store, self.rules, self.settings.feed_addresses,
                                     self.settings.chat_feed_addresses, self.settings.max_feeds_per_chat)
        return CommandTable(services, self.clock, self.rules.entities)

    def default_chats(self) -> list[ChatSender]:
        """The chats whose tokens are set; the console when there are none.
        Platform libraries are imported only when their adapter is used."""
        chats: list[ChatSender] = []
        checker = None
        if self.settings.telegram.enabled or self.settings.discord.enabled:
            from bot.adapters.feed_check import FeedChecker

            checker = FeedChecker(self.feed_source)  # /feed_add fetches the new feed once
        if self.settings.telegram.enabled:
            from bot.adapters.telegram_chat import TelegramChat

            chats.append(TelegramChat(self.settings.telegram, self.command_table(), self.store, self.clock,
                                      feed_checker=checker))
        if self.settings.discord.enabled:
            from bot.adapters.discord_chat import DiscordChat

            chats.append(DiscordChat(self.settings.discord, self.command_table(), self.store, self.clock,
                                     feed_checker=checker))
        if not chats:
            chats.append(ConsoleChat(lang_of=self.console_lang))
        return chats

    def console_lang(self, chat_id: str) -> str:
        """The language the console chat chose with /lang in `pledgewatch chat`, which its
        alerts speak (English until then): they stayed English whatever /lang said."""
        from bot.core.chat.services import chosen_lang
        from bot.store_chat_services import StoreChatServices

        return chosen_lang(StoreChatServices(self.store, self.rules), "console", chat_id)

    # -- polling ----------------------------------------------------------------

    def poller(self, source: HttpFeedSource | None) -> FeedPoller:
        with gc_pauses.paused(keep=True):  # see bot.gc_pauses: imported once, kept for good
            from bot.pipeline import FeedPoller, PollLimits

            processes = self.analysis_workers_choice().processes
            if processes and self._analysis_workers is None:
                from bot.analysis_worker import AnalysisWorkers

                self._analysis_workers = AnalysisWorkers(processes)
        limits = PollLimits(
            poll_interval=self.settings.poll_interval,
            max_alerts_per_poll=self.settings.max_alerts_per_poll,
            story_window=timedelta(hours=self.settings.story_window_hours),
            retention=timedelta(days=self.settings.retention_days),
        )
        if self._story_attacher is None:
            from bot.story_attachment import StoryAttacher

            self._story_attacher = StoryAttacher(self.store, limits.story_window, limits.max_alerts_per_poll)
        return FeedPoller(self.store, source, self.analyzer, self.clock, limits, on_alerts_queued=self._wake_all,
                          analysis_workers=self._analysis_workers, story_attacher=self._story_attacher)

    def analysis_workers_choice(self) -> WorkerChoice:
        """How many analysis worker processes the setting asks for on this machine, and why
        (`run` says it at start-up): "auto" reads the CPUs the process may use, once."""
        if self._worker_choice is None:
            self._worker_choice = choose_analysis_workers(self.settings.analysis_workers)
        return self._worker_choice

    def feed_source(self) -> HttpFeedSource:
        with gc_pauses.paused(keep=True):  # see bot.gc_pauses: imported once, kept for good
            from bot.adapters.feed_http import HttpFeedSource

        return HttpFeedSource(timeout=self.settings.fetch_timeout, max_bytes=self.settings.max_feed_bytes,
                              max_connections=max(self.settings.max_concurrent_fetches, 10),
                              addresses=self.settings.feed_addresses,
                              chat_addresses=self.settings.chat_feed_addresses)

    def websub(self, poller: FeedPoller) -> WebSubService | None:
        """The push side, when the settings give a public callback URL: feeds that name a
        hub get subscribed when polled, and what the hub pushes goes through the poller."""
        if not self.settings.websub.enabled:
            return None
        from bot.adapters.websub import WebSubService

        service = WebSubService(self.settings.websub, self.store, poller.ingest, self.clock,
                                max_bytes=self.settings.max_feed_bytes, timeout=self.settings.fetch_timeout,
                                addresses=self.settings.feed_addresses,
                                chat_addresses=self.settings.chat_feed_addresses)
        pending: set[asyncio.Task] = set()

        def subscribe(feed: Feed, hub: str, topic: str) -> None:
            # In the background: a slow hub must not hold up the poll that found it.
            task = asyncio.create_task(service.ensure(feed, hub, topic))
            pending.add(task)
            task.add_done_callback(pending.discard)

        poller.on_hub = subscribe
        return service

    def web_server(self, host: str, port: int, listen_from: str = "web.listen") -> WebServer:
        """The read-only web tracker on its own connection to the database. `listen_from`
        names where the address came from, for the error when it cannot be used."""
        from bot.web.server import WebServer

        return WebServer(self.settings.database, self.rules.entities, self.clock, host, port, listen_from,
                         public_url=self.settings.web.public_url)

    async def poll_once(self, feed_url: str | None = None, *, failure_log_level: int = logging.WARNING
                        ) -> list[PollResult]:
        """Poll every feed (or one) once, with bounded concurrency, then deliver. A failing
        feed is logged at `failure_log_level` (a caller that reports each result itself
        lowers it)."""
        feeds = self.store.list_feeds()
        if feed_url:
            feeds = [f for f in feeds if f.url == feed_url]
        async with self.feed_source() as source:
            poller = self.poller(source)
            poller.failure_log_level = failure_log_level
            limit = asyncio.Semaphore(self.settings.max_concurrent_fetches)

            results = await asyncio.gather(*(poller.poll(feed, fetch_slots=limit) for feed in feeds))
        await self.deliver_once()
        return list(results)

    async def deliver_once(self) -> None:
        for dispatcher in self.dispatchers:
            await dispatcher.drain()

    def _wake_all(self) -> None:
        for dispatcher in self.dispatchers:
            dispatcher.wake()

    def close_analysis_workers(self) -> None:
        if self._analysis_workers is not None:
            self._analysis_workers.close()

    def close(self) -> None:
        self.close_analysis_workers()
        self.store.close()
        if self._lock_file is not None:
            self._lock_file.close()
