"""Database schema, as an ordered list of migrations recorded in a version table.

Each migration runs once, inside a transaction (a long rewrite of a big table done
before it in several, see migrate), and its number is stored in
`schema_migrations`; a database created by an older pledgewatch is brought up to
date on start. Never edit a released migration: append a new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from bot.adapters.sqlite_db import Database
from bot.core.feeds.republished import content_key

Migration = Callable[[Database], None]

log = logging.getLogger(__name__)


def _m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            lang TEXT,
            interval INTEGER,
            enabled INTEGER NOT NULL DEFAULT 1,
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            content_hash TEXT,
            last_polled TEXT,
            last_success TEXT,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_poll TEXT
        );

        -- One row per item ever seen. Deduplicated twice: by (feed, guid) and by the
        -- canonical URL, so the same article syndicated by two feeds is stored once.
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            canonical_url TEXT,
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            published TEXT,
            fetched_at TEXT NOT NULL,
            lang TEXT,
            relevant INTEGER NOT NULL DEFAULT 0,
            score REAL NOT NULL DEFAULT 0,
            story_id INTEGER REFERENCES stories(id),
            UNIQUE (feed_id, guid)
        );
        CREATE UNIQUE INDEX entries_canonical_url ON entries(canonical_url)
            WHERE canonical_url IS NOT NULL;
        CREATE INDEX entries_fetched_at ON entries(fetched_at);
        CREATE INDEX entries_story ON entries(story_id);

        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            published TEXT,
            fingerprint TEXT NOT NULL DEFAULT '{}',
            topics TEXT NOT NULL DEFAULT '[]',
            score REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_first_seen ON stories(first_seen);

        CREATE TABLE story_sources (
            story_id INTEGER NOT NULL REFERENCES stories(id),
            entry_id INTEGER NOT NULL REFERENCES entries(id),
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            source TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            PRIMARY KEY (story_id, entry_id)
        );

        CREATE TABLE matches (
            entry_id INTEGER NOT NULL REFERENCES entries(id),
            rule_id INTEGER,
            topic TEXT NOT NULL,
            weight REAL NOT NULL,
            words TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX matches_entry ON matches(entry_id);

        -- One row per pledge per story; every article reporting it is in pledge_sources.
        CREATE TABLE pledges (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES stories(id),
            donor TEXT NOT NULL,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            system TEXT NOT NULL DEFAULT '',
            item TEXT NOT NULL DEFAULT '',
            quantity INTEGER,
            value REAL,
            currency TEXT,
            evidence TEXT NOT NULL DEFAULT '',
            reported_at TEXT NOT NULL,
            UNIQUE (story_id, donor, category, status, system)
        );
        CREATE INDEX pledges_reported ON pledges(reported_at);
        CREATE INDEX pledges_donor ON pledges(donor);

        CREATE TABLE pledge_sources (
            pledge_id INTEGER NOT NULL REFERENCES pledges(id),
            entry_id INTEGER NOT NULL REFERENCES entries(id),
            PRIMARY KEY (pledge_id, entry_id)
        );

        CREATE TABLE rules (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            expression TEXT NOT NULL,
            weight REAL NOT NULL DEFAULT 1.0,
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            topics TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1,
            mode TEXT NOT NULL DEFAULT 'instant',
            digest_time TEXT,
            lang TEXT NOT NULL DEFAULT 'en',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (platform, chat_id)
        );

        -- The durable outbox. UNIQUE(platform, chat_id, story_id) is what makes an
        -- alert impossible to queue twice for one chat, whatever crashes in between.
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            story_id INTEGER NOT NULL REFERENCES stories(id),
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT NOT NULL,
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (platform, chat_id, story_id)
        );
        CREATE INDEX outbox_due ON outbox(state, platform, next_attempt);

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            before TEXT,
            after TEXT
        );
        """
    )
    # Full-text search over what people search for; triggers keep it in step.
    # sqlite-utils writes the FTS table and its triggers; imported here, when a database
    # is created, not by every process that opens one (bot.adapters.sqlite_db).
    from bot.adapters.sqlite_import import sqlite_utils

    sqlite_utils.Database(db.conn, execute_plugins=False)["entries"].enable_fts(
        ["title", "summary", "content"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


def _m002_indexes_for_retention(db: Database) -> None:
    # Retention deletes entries; without these, every deleted row scans the link
    # tables for foreign-key references (measured: 72k deletions took 43 s).
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS story_sources_entry ON story_sources(entry_id);
        CREATE INDEX IF NOT EXISTS pledge_sources_entry ON pledge_sources(entry_id);
        CREATE INDEX IF NOT EXISTS entries_unrelated ON entries(relevant, fetched_at);
        """
    )


def _m003_feed_site(db: Database) -> None:
    # The site a feed's articles usually come from, to notice a feed serving another
    # site's content (see bot.core.feeds.urls.check_site).
    db.executescript(
        """
        ALTER TABLE feeds ADD COLUMN site TEXT;
        ALTER TABLE feeds ADD COLUMN foreign_polls INTEGER NOT NULL DEFAULT 0;
        """
    )


def _m004_quiet_polls(db: Database) -> None:
    # Adaptive polling: how many polls in a row brought nothing new.
    db.execute("ALTER TABLE feeds ADD COLUMN quiet_polls INTEGER NOT NULL DEFAULT 0")


def _m005_websub(db: Database) -> None:
    # One WebSub subscription per feed (see bot/core/feeds/websub.py for the states).
    db.execute(
        "CREATE TABLE websub ("
        " feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,"
        " hub TEXT NOT NULL, topic TEXT NOT NULL, secret TEXT NOT NULL, state TEXT NOT NULL,"
        " requested_at TEXT NOT NULL, lease_expires TEXT, last_error TEXT)"
    )


def _m006_search_index_follows_text_only(db: Database) -> None:
    # The full-text index was rewritten on every UPDATE of an entry, even one that
    # only records its verdict (thousands per poll cycle); only the text matters.
    db.execute("DROP TRIGGER IF EXISTS entries_au")
    db.execute(
        'CREATE TRIGGER entries_au AFTER UPDATE OF title, summary, content ON entries BEGIN '
        "INSERT INTO entries_fts (entries_fts, rowid, title, summary, content) "
        "VALUES ('delete', old.rowid, old.title, old.summary, old.content); "
        "INSERT INTO entries_fts (rowid, title, summary, content) "
        "VALUES (new.rowid, new.title, new.summary, new.content); END"
    )


def _m007_alert_edits(db: Database) -> None:
    # Story updates edit the alert already sent (bot/core/stories/updates.py): the sent
    # message's id per chat, the story's current alert, and one pending edit per sent
    # alert (an update arriving before the edit went out replaces its payload and bumps
    # its revision, so edits coalesce and none is lost). Edits are idempotent, so a
    # crash mid-edit sends it again; the alert itself is never sent twice.
    db.executescript(
        """
        ALTER TABLE outbox ADD COLUMN message_id TEXT;

        CREATE TABLE story_alerts (
            story_id INTEGER PRIMARY KEY REFERENCES stories(id),
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE outbox_edits (
            outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id) ON DELETE CASCADE,
            payload TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT NOT NULL,
            last_error TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outbox_edits_due ON outbox_edits(state, next_attempt);
        """
    )


def _m008_story_merges(db: Database) -> None:
    # A report that links two stories of one event merges them (bot/core/stories/merges.py):
    # the absorbed story's rows move to the survivor, and the absorbed story row stays,
    # empty, pointing at it. It is kept rather than deleted so that story ids only grow
    # (the poller's story index relies on it) and a link to it can still be followed;
    # everything that lists stories skips it. Merging asks whether a story's alert went
    # out to any chat: the outbox is searched by story.
    db.executescript(
        """
        ALTER TABLE stories ADD COLUMN merged_into INTEGER REFERENCES stories(id);
        CREATE INDEX IF NOT EXISTS outbox_story ON outbox(story_id);
        """
    )


def _m020_indexes_for_the_web_pages(db: Database) -> None:
    # The web pages (bot/web) filter pledges by donor, category, system or status and show
    # them newest first (or by value), a page at a time: with (filter column, reported_at)
    # SQLite reads only the page's rows in order instead of sorting every match (64k
    # pledges at the footprint benchmark's full size). Numbered 20, apart from the next sequential
    # numbers, so a migration added meanwhile on another branch keeps its own; IF NOT
    # EXISTS keeps it harmless if renumbered.
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS pledges_donor_time ON pledges(donor, reported_at DESC);
        CREATE INDEX IF NOT EXISTS pledges_category_time ON pledges(category, reported_at DESC);
        CREATE INDEX IF NOT EXISTS pledges_status_time ON pledges(status, reported_at DESC);
        CREATE INDEX IF NOT EXISTS pledges_system_time ON pledges(system, reported_at DESC);
        CREATE INDEX IF NOT EXISTS pledges_value ON pledges(value, reported_at);
        -- "What did Germany pledge in air defence in the last 30 days": both equalities and the period.
        CREATE INDEX IF NOT EXISTS pledges_donor_category_time ON pledges(donor, category, reported_at DESC);
        -- Totals group by (donor, category, status, currency) and sum quantity and value:
        -- this index holds every column they read, in group order, so they never touch the
        -- table (at 64k pledges: 0.8 s -> 0.1 s under load).
        CREATE INDEX IF NOT EXISTS pledges_totals
            ON pledges(donor, category, status, currency, reported_at, quantity, value);
        """
    )


def _m021_no_feed_credentials_in_sources(db: Database) -> None:
    # A story's source is the feed's name when the report joined it. A feed named by
    # nothing but its URL was stored with that URL whole, so a private feed's user name,
    # password or key reached alerts, `stories`, exports and the web tracker from rows
    # written before sources were stored without them (bot.core.feeds.urls.shown_feed_url).
    # The alerts built from those rows (a story's alert, and the copies waiting in the
    # outbox and its edits) carry the same names. Only names that are URLs change.
    import json

    from bot.core.feeds.urls import shown_feed_url

    def shown(name: str) -> str:
        return shown_feed_url(name) if "://" in name else name

    rows = list(db.query("SELECT rowid AS id, source FROM story_sources WHERE source LIKE '%://%'"))
    for row in rows:
        db.execute("UPDATE story_sources SET source = ? WHERE rowid = ?", [shown(row["source"]), row["id"]])
    # Whole statements per table rather than a formatted table name: no SQL here is built
    # from strings (tests/store/test_sql_safety.py).
    alert_tables = (
        ("SELECT rowid AS id, payload FROM story_alerts WHERE payload LIKE '%://%'",
         "UPDATE story_alerts SET payload = ? WHERE rowid = ?"),
        ("SELECT rowid AS id, payload FROM outbox WHERE payload LIKE '%://%'",
         "UPDATE outbox SET payload = ? WHERE rowid = ?"),
        ("SELECT rowid AS id, payload FROM outbox_edits WHERE payload LIKE '%://%'",
         "UPDATE outbox_edits SET payload = ? WHERE rowid = ?"),
    )
    for select, update in alert_tables:
        rows = list(db.query(select))
        for row in rows:
            try:
                alert = json.loads(row["payload"])
            except ValueError:
                continue  # not an alert this code wrote: left for the reader to refuse, as before
            sources = alert.get("sources") if isinstance(alert, dict) else None
            if isinstance(sources, list) and any(isinstance(name, str) and "://" in name for name in sources):
                alert["sources"] = [shown(name) if isinstance(name, str) else name for name in sources]
                db.execute(update, [json.dumps(alert, ensure_ascii=False), row["id"]])


def _m022_search_index_written_per_transaction(db: Database) -> None:
    # SQLite (3.40 measured) opens a statement savepoint for every INSERT into entries
    # (its constraints and triggers may abort it), and FTS5 writes its pending terms out
    # as a new index segment at every savepoint: indexing each entry from its own INSERT
    # wrote one segment per entry, and merging them was most of the index's cost (a
    # first poll of 10,000 entries: 1.26 s of CPU for the index, 0.52 s written once per
    # transaction, the same index). So a new entry is only queued here, and the store
    # indexes the queue with one statement before its transaction commits
    # (EntryStore._index_queued_entries). An entry still queued is not in the index
    # yet: deleting or editing it must not touch the index (FTS5 would remove terms it
    # never had), and deleting it takes it off the queue.
    db.executescript(
        """
        CREATE TABLE entries_unindexed (id INTEGER PRIMARY KEY);

        DROP TRIGGER IF EXISTS entries_ai;
        CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entries_unindexed (id) VALUES (new.id);
        END;

        DROP TRIGGER IF EXISTS entries_ad;
        CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, summary, content)
                SELECT 'delete', old.id, old.title, old.summary, old.content
                WHERE NOT EXISTS (SELECT 1 FROM entries_unindexed WHERE id = old.id);
            DELETE FROM entries_unindexed WHERE id = old.id;
        END;

        DROP TRIGGER IF EXISTS entries_au;
        CREATE TRIGGER entries_au AFTER UPDATE OF title, summary, content ON entries
        WHEN NOT EXISTS (SELECT 1 FROM entries_unindexed WHERE id = old.id) BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, summary, content)
                VALUES ('delete', old.id, old.title, old.summary, old.content);
            INSERT INTO entries_fts (rowid, title, summary, content)
                VALUES (new.id, new.title, new.summary, new.content);
        END;
        """
    )


def _m023_shared_figures(db: Database) -> None:
    # The givers one figure is told of ("Norway and Germany will jointly buy ... worth NOK 2
    # billion"), comma-separated; '' when the figure is the donor's own. Each partner's row
    # carries the whole figure, and totals across donors count it once (PledgeStore.
    # pledge_groups). Rows stored before this version read as their donor's own.
    db.executescript(
        """
        ALTER TABLE pledges ADD COLUMN shared_with TEXT NOT NULL DEFAULT '';
        -- Totals number a shared figure's rows in this order (PledgeStore.pledge_groups):
        -- partial, so it holds only shared rows, and covering, so they are read from it alone
        -- (64k pledges, 3% shared: 73 ms sorting the table's rows, 10 ms from this index).
        CREATE INDEX IF NOT EXISTS pledges_shared
            ON pledges(story_id, category, status, system, shared_with, currency, donor, quantity, value)
            WHERE shared_with != '';
        """
    )


def _m024_feeds_added_from_chat(db: Database) -> None:
    # Which feeds a chat admin added (/feed_add): they are fetched under chat_feed_addresses
    # as well as feed_addresses (bot.adapters.feed_http), so that the loopback allowance meant
    # for the operator cannot be used from chat. Feeds stored before this version are marked
    # from what the audit log says: the latest feed.add of each feed was by a chat user
    # ("telegram:123", "discord:456"), not the CLI. Feeds the settings imported have no
    # feed.add and stay the operator's.
    db.executescript(
        """
        ALTER TABLE feeds ADD COLUMN from_chat INTEGER NOT NULL DEFAULT 0;
        -- One pass over the audit log (it also holds every feed anomaly), not one per feed.
        WITH last_add AS (SELECT MAX(id) AS id FROM audit WHERE action = 'feed.add' GROUP BY target)
        UPDATE feeds SET from_chat = 1 WHERE CAST(id AS TEXT) IN (
            SELECT audit.target FROM audit JOIN last_add ON audit.id = last_add.id
            WHERE audit.actor NOT IN ('cli', '')
        );
        """
    )


def _m025_chat_of_feeds_added_from_chat(db: Database) -> None:
    # In which chat ("telegram:-100123") a feed was added from chat, so that one chat's
    # admins can add at most max_feeds_per_chat feeds. Feeds added from chat before this
    # version were audited by who added them, not where: they count for no chat.
    db.executescript("ALTER TABLE feeds ADD COLUMN added_in TEXT;")


def _m026_topics_a_chat_left(db: Database) -> None:
    # The topics a chat that follows every topic has left ("/unsubscribe tanks"): it keeps
    # every other topic, those the rules add later included. Before, the chat's topics
    # became the list of the others, and topics added later never reached it.
    db.executescript("ALTER TABLE subscriptions ADD COLUMN excluded_topics TEXT NOT NULL DEFAULT '[]';")


def _m027_where_a_feed_moved(db: Database) -> None:
    # The address a feed answered from when every redirect on the way was permanent (301,
    # 308), as of its last successful fetch: the stored address stays the operator's (the
    # settings' feeds list adds it back at each start), so `feeds list` and `status` show
    # where it moved, for the operator to give the feed that address.
    # And the entries of a feed by publication moment: an item whose id and link are new is
    # looked up by its feed, moment and words (EntryStore.items_with_words), which read every
    # entry of the feed without it (10 ms for 5,000 entries on a loaded machine, 0.2 ms with).
    db.executescript(
        """
        ALTER TABLE feeds ADD COLUMN moved_to TEXT;
        CREATE INDEX IF NOT EXISTS entries_feed_published ON entries(feed_id, published);
        """
    )


def _m028_evidence_of_each_report(db: Database) -> None:
    # The sentence each article gave for a pledge: a pledge row kept the first report's
    # only, and a reader checking it (the web tracker's page of a pledge) could not see
    # what the second and third outlet wrote. Reports stored before this version have ''
    # (not known).
    db.executescript("ALTER TABLE pledge_sources ADD COLUMN evidence TEXT NOT NULL DEFAULT '';")


def _m029_outbox_by_chat(db: Database) -> None:
    # A chat's alerts: whether one was ever sent to it (OutboxStore.ever_sent_to, asked on each
    # Telegram join or unblock and Discord server join) read every sent alert of the platform
    # without it; a paused chat's waiting alerts (waiting_since, hold_pending) likewise.
    db.executescript("CREATE INDEX IF NOT EXISTS outbox_chat ON outbox(platform, chat_id, state);")


def _m030_delivery_waits_kept(db: Database) -> None:
    # Kept across restarts, as bot.delivery had them in memory only:
    # - since when the platform has failed on each alert and edit (its first outage answer): MAX_OUTAGE
    #   counted from the queueing, and an alert queued days ago behind a paused chat failed at
    #   the first 5xx of a platform outage.
    # - the chats refusing messages for now (a closed topic, an archived thread): a restart
    #   forgot them, sent each waiting alert into the refusal again and gave the chat a new
    #   week (PAUSED_LIMIT) from its next refusal.
    db.executescript(
        """
        ALTER TABLE outbox ADD COLUMN failing_since TEXT;
        ALTER TABLE outbox_edits ADD COLUMN failing_since TEXT;
        CREATE TABLE paused_chats (
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            refused_since TEXT NOT NULL,
            ask_again_at TEXT NOT NULL,
            PRIMARY KEY (platform, chat_id)
        );
        """
    )


def _m031_server_of_each_chat(db: Database) -> None:
    # The Discord server a subscribed channel or thread belongs to (NULL: not known, and on
    # Telegram). A server removing the bot ended the subscriptions of its channels and active
    # threads only: discord.py forgets a thread once it is archived, and its subscription
    # lived on until a week of refused alerts.
    db.executescript("ALTER TABLE subscriptions ADD COLUMN server_id TEXT;")


def _m032_entries_without_canonical_url_by_link(db: Database) -> None:
    # /rule_test <url> finds an article by its canonical link (a unique index); the few stored
    # without one (items sharing one link in their feed, items without a link) are found by
    # their link, and `canonical_url = ? OR url = ?` read the whole entries table at each
    # question, with both chat adapters waiting on it.
    db.executescript("CREATE INDEX IF NOT EXISTS entries_unkeyed_url ON entries(url) WHERE canonical_url IS NULL;")


def _m034_stories_by_report_time(db: Database) -> None:
    # The web tracker's stories over a range of days are those first reported in it (their
    # first article's date, else when the bot first saw them: EntryStore's _STORY_REPORTED),
    # and every /stories page asks the latest report time too. Without an index on that
    # expression, each read every story (17k at the footprint benchmark's size, a year's worth
    # ten times that). Only unmerged stories are listed, so only they are indexed. (33 is left
    # to another change of the same stop.)
    db.executescript("CREATE INDEX IF NOT EXISTS stories_reported ON stories(coalesce(published, first_seen)) "
                     "WHERE merged_into IS NULL;")


def _m038_entries_by_content_key(db: Database) -> None:
    # Each entry's words as a number (bot/core/feeds/republished.py, content_key) and the
    # feed's entries by it: an item whose id, link AND date are new is known by its feed and
    # words among what the feed stored within the retention window (EntryStore.items_with_words),
    # one indexed lookup per new item. Entries stored before are given theirs by migration 39
    # (stop 48; until then a feed rotating its items stored each once more after the upgrade).
    # And each feed's entries by fetch time: the broad-rule check of /rule_add samples the
    # newest entries of each feed (EntryStore.newest_entries_per_feed_since), so that one
    # feed flooding the database does not decide alone whether a rule fires on "nearly
    # everything"; without it each feed's newest were found by reading all of its entries.
    # (35-37 are left to other changes of the same stop.)
    db.executescript(
        """
        ALTER TABLE entries ADD COLUMN content_key INTEGER;
        CREATE INDEX IF NOT EXISTS entries_feed_content ON entries(feed_id, content_key)
            WHERE content_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS entries_feed_fetched ON entries(feed_id, fetched_at);
        """
    )


def _m041_stories_by_newest_report(db: Database) -> None:
    # The lists of stories (the tracker's /stories, /latest in chat) sort by a story's newest
    # report: by first sight, the first poll of a feed's archive listed it in arrival order,
    # dates shuffled. `newest_dated` is the latest date among the story's articles, each no
    # later than the bot read it (a feed's date in the future must not pin a story on top);
    # NULL while none of them gives a date, where the lists fall back to the story's first
    # article's date, else its first sight (EntryStore's _STORY_NEWEST, which the index is on).
    # Computed in SQL at each page it cost 236 ms a page and 451 ms for /latest at the footprint
    # benchmark's full size (17k stories): kept here instead, by triggers on story_sources, so
    # that every way a source comes or goes (a report joining, a merge, a split) keeps it. An
    # insert only raises it; a delete reads the story's sources again only when the article
    # leaving held its date. (40 was written and withdrawn in one stop: never released.)
    db.executescript(
        """
        ALTER TABLE stories ADD COLUMN newest_dated TEXT;
        UPDATE stories SET newest_dated = (
            SELECT max(min(e.published, e.fetched_at)) FROM story_sources ss JOIN entries e ON e.id = ss.entry_id
            WHERE ss.story_id = stories.id);
        CREATE INDEX IF NOT EXISTS stories_newest ON stories(coalesce(newest_dated, published, first_seen))
            WHERE merged_into IS NULL;
        CREATE TRIGGER IF NOT EXISTS story_sources_newest_ai AFTER INSERT ON story_sources BEGIN
            UPDATE stories SET newest_dated = (
                SELECT min(e.published, e.fetched_at) FROM entries e WHERE e.id = NEW.entry_id)
            WHERE id = NEW.story_id
              AND (SELECT min(e.published, e.fetched_at) FROM entries e WHERE e.id = NEW.entry_id) IS NOT NULL
              AND (newest_dated IS NULL OR newest_dated < (
                SELECT min(e.published, e.fetched_at) FROM entries e WHERE e.id = NEW.entry_id));
        END;
        CREATE TRIGGER IF NOT EXISTS story_sources_newest_ad AFTER DELETE ON story_sources BEGIN
            UPDATE stories SET newest_dated = (
                SELECT max(min(e.published, e.fetched_at)) FROM story_sources ss JOIN entries e ON e.id = ss.entry_id
                WHERE ss.story_id = OLD.story_id)
            WHERE id = OLD.story_id AND newest_dated = (
                SELECT min(e.published, e.fetched_at) FROM entries e WHERE e.id = OLD.entry_id);
        END;
        """
    )


def _m042_undated_reports_count_when_read(db: Database) -> None:
    # Migration 41's triggers took no date from an article without one (SQLite's min() of NULL and
    # its fetch time is NULL), so a story that had just been given an undated report stayed where its
    # dated articles put it in /stories and /latest, while a story of undated articles alone sorted by
    # when the bot first saw it. An undated article now counts from when the bot read it, as story
    # grouping reads it (StoryAttacher.attach matches it as published when fetched): a user who sees a
    # story get a report expects it to rise. It lifts no old story to the top: an undated article joins
    # only a story within reach of its fetch time (story_window_hours, a late report's reach). The
    # stories that have an undated article are read again; the triggers are made anew with the same
    # names (41's are dropped: their body is what changes).
    # An article's time: its date, no later than it was read; when it has none, when it was read
    # (min(coalesce(e.published, e.fetched_at), e.fetched_at) below; fetched_at is never NULL).
    db.executescript(
        """
        DROP TRIGGER IF EXISTS story_sources_newest_ai;
        DROP TRIGGER IF EXISTS story_sources_newest_ad;
        UPDATE stories SET newest_dated = (
            SELECT max(min(coalesce(e.published, e.fetched_at), e.fetched_at))
            FROM story_sources ss JOIN entries e ON e.id = ss.entry_id WHERE ss.story_id = stories.id)
        WHERE id IN (SELECT ss.story_id FROM story_sources ss JOIN entries e ON e.id = ss.entry_id
                     WHERE e.published IS NULL);
        CREATE TRIGGER story_sources_newest_ai AFTER INSERT ON story_sources BEGIN
            UPDATE stories SET newest_dated = (
                SELECT min(coalesce(e.published, e.fetched_at), e.fetched_at) FROM entries e
                WHERE e.id = NEW.entry_id)
            WHERE id = NEW.story_id AND (newest_dated IS NULL OR newest_dated < (
                SELECT min(coalesce(e.published, e.fetched_at), e.fetched_at) FROM entries e
                WHERE e.id = NEW.entry_id));
        END;
        CREATE TRIGGER story_sources_newest_ad AFTER DELETE ON story_sources BEGIN
            UPDATE stories SET newest_dated = (
                SELECT max(min(coalesce(e.published, e.fetched_at), e.fetched_at))
                FROM story_sources ss JOIN entries e ON e.id = ss.entry_id WHERE ss.story_id = OLD.story_id)
            WHERE id = OLD.story_id AND newest_dated = (
                SELECT min(coalesce(e.published, e.fetched_at), e.fetched_at) FROM entries e
                WHERE e.id = OLD.entry_id);
        END;
        """
    )


# How many ids of entries migration 39 keys in one transaction of its own: a range's
# rewritten pages are all the write-ahead log holds at once (its automatic checkpoint reuses
# the file after each commit), and another process waits for the write lock one range at
# most, not the whole table.
WORDS_KEY_IDS_A_TRANSACTION = 20_000


@contextmanager
def _words_key_function(db: Database) -> Iterator[None]:
    """content_key (bot/core/feeds/republished.py, the poll's own function) as the SQL
    function pledgewatch_words_key(title, summary, content) on this connection, meanwhile."""
    def key(title: str | None, summary: str | None, content: str | None) -> int | None:
        return content_key(title or "", "\n".join((summary or "", content or "")))

    db.conn.create_function("pledgewatch_words_key", 3, key, deterministic=True)
    try:
        yield
    finally:
        db.conn.create_function("pledgewatch_words_key", 3, None)


def _words_keys_in_ranges(db: Database) -> None:
    # Run by migrate() before migration 39's own transaction, each range of ids in one of
    # its own: one transaction rewriting every entry left a write-ahead log of about the
    # database's size (0.9x at 100,000 entries, review reread48h), could fail for want of
    # disk at every start, and logged nothing while it ran. Safe to stop and run again: an
    # entry keyed is not read twice (content_key IS NULL); a title-only one keeps NULL and
    # is read again only by a run that was stopped. Measured (a database migrated to 38, one
    # feed's generated entries of ~1.3 KB of text, 2026-12-06 ~06:00 UTC, load 10-12): 100,000
    # entries (157 MB) in 5.7 s wall, 1.6 s CPU, the WAL 29.5 MB after (one transaction, as
    # hostile48 did it: 12.0 s, 1.7 s, a WAL of 139 MB); 500,000 (786 MB) in 97 s wall, 10.7 s
    # CPU (the test suite running beside it), the WAL 37.5 MB after.
    left = next(db.query("SELECT COUNT(*) AS n, MIN(id) AS low, MAX(id) AS high FROM entries "
                         "WHERE content_key IS NULL"))
    if not left["n"]:
        return
    log.info("migration 39: making the words key of %d entries stored before migration 38, "
             "%d ids a transaction (once, before the first poll)", left["n"], WORDS_KEY_IDS_A_TRANSACTION)
    with _words_key_function(db):
        for low in range(left["low"], left["high"] + 1, WORDS_KEY_IDS_A_TRANSACTION):
            with db.atomic(immediate=True):
                db.execute("UPDATE entries SET content_key = pledgewatch_words_key(title, summary, content) "
                           "WHERE id BETWEEN ? AND ? AND content_key IS NULL",
                           [low, low + WORDS_KEY_IDS_A_TRANSACTION - 1])


def _m043_kind_of_a_feeds_error(db: Database) -> None:
    # What kind of problem a feed's last error was (FeedError.kind: "http", "dns", "timeout"...)
    # and its details as JSON ({"status": 404}): /status told the stored English message in a
    # French or German chat; with its kind it is told in the chat's language, as /feed_add tells
    # it. Errors stored before this version have none and are shown as they were written.
    db.executescript(
        """
        ALTER TABLE feeds ADD COLUMN last_error_kind TEXT;
        ALTER TABLE feeds ADD COLUMN last_error_details TEXT;
        """
    )


def _m039_words_keys_of_entries_stored_before_38(db: Database) -> None:
    # The words key (migration 38) of each entry stored before it: without one, a feed
    # rotating its items' ids, links and dates stored each of them once more after the upgrade
    # (EntryStore.items_with_words finds only keyed entries). Every entry, not those within
    # retention_days only (a setting the store does not know): prune deleted the older
    # entries no rule matched, so the few left outside the window are those a rule matched,
    # and the lookup bounds its window by fetch time anyway. The work is done before this
    # step, in ranges of ids (_words_keys_in_ranges, see its measure there); this step, under
    # the migration's lock, keys what an entry written meanwhile left (the rows it writes are
    # only those given a key: title-only entries keep NULL, as a poll stores them). The key is
    # made by the same function as a poll's, so the two agree.
    with _words_key_function(db):
        db.execute("UPDATE entries SET content_key = pledgewatch_words_key(title, summary, content) "
                   "WHERE content_key IS NULL AND pledgewatch_words_key(title, summary, content) IS NOT NULL")


def _m044_one_row_per_feed(db: Database) -> None:
    # A feed an older version stored under two spellings of its address (before
    # bot/config/feed_spelling.py) was fetched twice a round until `feeds remove`: made one,
    # keeping every entry and its history (bot/adapters/store/feed_merge.py, which logs each).
    from bot.adapters.store.feed_merge import merge_feeds_stored_twice

    merge_feeds_stored_twice(db)


# Work a migration has done before its own transaction, in transactions of its own (a long
# rewrite of a big table), by the migration it prepares. Each must be safe to run again.
_BEFORE_ITS_TRANSACTION: dict[Migration, Migration] = {
    _m039_words_keys_of_entries_stored_before_38: _words_keys_in_ranges,
}


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema", _m001_initial),
    (2, "indexes for retention", _m002_indexes_for_retention),
    (3, "feed site", _m003_feed_site),
    (4, "adaptive polling", _m004_quiet_polls),
    (5, "websub subscriptions", _m005_websub),
    (6, "search index follows the text only", _m006_search_index_follows_text_only),
    (7, "alert edits", _m007_alert_edits),
    (8, "story merges", _m008_story_merges),
    (20, "indexes for the web pages", _m020_indexes_for_the_web_pages),
    (21, "no feed credentials in story sources", _m021_no_feed_credentials_in_sources),
    (22, "search index written once per transaction", _m022_search_index_written_per_transaction),
    (23, "figures shared by several givers", _m023_shared_figures),
    (24, "feeds added from chat", _m024_feeds_added_from_chat),
    (25, "the chat each feed was added in", _m025_chat_of_feeds_added_from_chat),
    (26, "topics a chat following every topic left", _m026_topics_a_chat_left),
    (27, "where a feed moved for good; entries by feed and date", _m027_where_a_feed_moved),
    (28, "the evidence sentence of each report of a pledge", _m028_evidence_of_each_report),
    (29, "outbox by chat", _m029_outbox_by_chat),
    (30, "delivery's waits kept across restarts", _m030_delivery_waits_kept),
    (31, "the server of each chat", _m031_server_of_each_chat),
    (32, "entries without a canonical link, by link", _m032_entries_without_canonical_url_by_link),
    (34, "stories by report time", _m034_stories_by_report_time),
    (38, "entries by feed and words, and by feed and fetch time", _m038_entries_by_content_key),
    (39, "words keys of the entries stored before 38", _m039_words_keys_of_entries_stored_before_38),
    (41, "stories by newest report", _m041_stories_by_newest_report),
    (42, "an undated report counts from when it was read", _m042_undated_reports_count_when_read),
    (43, "the kind of a feed's last error", _m043_kind_of_a_feeds_error),
    (44, "one row per feed, whatever spelling an older version stored", _m044_one_row_per_feed),
]


def migrate(db: Database, migrations: list[tuple[int, str, Migration]] | None = None) -> list[int]:
    """Apply every migration (of `migrations`, by default MIGRATIONS) the database has not
    recorded; return the versions applied.

    By what is recorded, not by the highest version: migration 20 came before 8 (they were
    written on different branches), and a database at 20 still needs 8.

    Two processes may start at once on a database that needs a migration (`run` and a
    `poll --once` after an upgrade): each migration is applied under the write lock, and
    the list is read again once the lock is held, so the second finds it done instead of
    applying it again (an added column twice is an error). A long rewrite of a big table
    is done before its migration's transaction, in transactions of its own
    (_BEFORE_ITS_TRANSACTION), and the migration then finishes it under the lock."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied: list[int] = []
    for version, name, step in MIGRATIONS if migrations is None else migrations:
        if version in recorded_migrations(db):
            continue
        before = _BEFORE_ITS_TRANSACTION.get(step)
        if before is not None:
            before(db)
        with db.atomic(immediate=True):
            if version in recorded_migrations(db):
                continue  # another process applied it while this one waited for the lock
            step(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [version, name, datetime.now(timezone.utc).isoformat()],
            )
        applied.append(version)
    return applied


def newer_migrations(db: Database) -> set[int]:
    """The migrations the database records that this code does not have: a newer
    pledgewatch applied them."""
    return recorded_migrations(db) - {version for version, _, _ in MIGRATIONS}


def recorded_migrations(db: Database) -> set[int]:
    """The migrations the database records as applied."""
    return {row["version"] for row in db.query("SELECT version FROM schema_migrations")}
