"""Story merging (issue 12) as a user meets it: `python -m bot run` as a real subprocess,
its feeds served over loopback HTTP, its chats on the Telegram stand-in
(tests/support/telegram_stub.py) driven by the real python-telegram-bot, and in one test on
the Discord stand-in too.

Three reports of one event from three outlets. Alpha's (A) and Bravo's (B) are not
alike enough to be one story; Charlie's (C) is a rewrite of Alpha's that adds Bravo's
count, day and place, so it qualifies for both stories and they become one.

Whether subscribers see one alert depends on what had left the outbox when C arrived:
- both alerts still pending (the chats take a daily digest): one alert for the merged
  story, with the three outlets, and no edit;
- Alpha's alert already sent: that message is edited to add the outlets, and no second
  full alert follows; a chat that only follows what Bravo's report is about (training)
  never had Alpha's alert, so it gets the merged story's, once. A Discord channel
  (tests/support/discord_stub.py, the real discord.py) sees its embed edited the same way;
- an alert still on its way (its post held in flight by the stand-in) counts as seen:
  its story survives, though C matched the other one better.

The feeds hold each report back until the test lets it out (the first round of `run`
polls every feed once, right after start), so the order is the test's, not the
scheduler's. tests/stories/test_story_merges_crash.py kills `run` in the middle of the merge.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.discord_stub import MANAGE_CHANNELS, DiscordStub
from tests.support.merge_scenes import (
    ALPHA,
    BRAVO,
    CHANNEL,
    CHARLIE,
    DEADLINE,
    DISCORD_TOKEN,
    GROUP,
    GUILD_ID,
    OUTLETS,
    REPO,
    REPORTS,
    USER,
    Chats,
    HeldFeeds,
    alerts_to,
    check_consistent,
    check_sent_alert_absorbed,
    digest_time,
    edit_then_release,
    edits,
    merges,
    outbox,
    sent_and_pending,
    settled,
    sources_line,
    start_run,
    stop_run,
    story_rows,
    wait_until,
    write_settings,
)
from tests.support.poll_harness import Harness, OnePoller
from tests.support.run_process import clean_environment
from tests.support.servers import rss
from tests.support.telegram_stub import TelegramStub, check_telegram_html

# Whole `run` subprocesses: a few seconds each alone, far more on two busy cores.
pytestmark = pytest.mark.timeout(300)


# -- the tests -------------------------------------------------------------------------------------


def test_the_reports_link_two_stories_as_the_scenes_need(store, clock, feed_server):
    """The premise of the scenes below, checked in process on the real poller (fast, and
    plain when the matcher changes): A and B open a story each, C joins them into one;
    B's report is about training, A's is not (what the group follows)."""
    harness = Harness(store, clock, feed_server)
    analyzer = harness.current_analyzer()  # the shipped rules, compiled once
    poller = OnePoller(harness, analyzer=lambda: analyzer)
    results = []
    for report in REPORTS:
        item = {"title": report.title, "guid": report.path, "description": report.text, "pubDate": report.published,
                "link": f"https://news.example{report.path}"}
        feed_server.set_feed(report.path, rss([item], lang=report.lang))
        results.append(poller.poll(harness.feed(report.path, report.outlet)))
    assert [(r.matches, r.new_stories, r.stories_merged) for r in results] == [(1, 1, 0), (1, 1, 0), (1, 0, 1)]
    topics = {report.outlet: set(analyzer.analyze(report.title, report.text, report.lang).topics) for report in REPORTS}
    assert "training" in topics[BRAVO.outlet] and "training" not in topics[ALPHA.outlet] | topics[CHARLIE.outlet]


def test_two_pending_alerts_become_one_alert_of_the_merged_story(tmp_path, feed_server):
    feeds = HeldFeeds(feed_server)
    db = tmp_path / "run.db"
    with TelegramStub() as api:  # Telegram's real limits
        proc = start_run(write_settings(tmp_path, feed_server, api), tmp_path)
        try:
            chats = Chats(api, proc, tmp_path)
            chats.connected()
            at = digest_time()
            for chat_id, topics in ((USER, ""), (GROUP, " training")):
                chats.command(chat_id, "/subscribe" + topics)
                chats.command(chat_id, f"/mode digest {at}")
            feeds.let_out(ALPHA, BRAVO)
            # Two stories: Alpha's alert waits for the user's digest, Bravo's for both chats'.
            wait_until(lambda: len(outbox(db)) == 3, proc, "the alerts of A and B queued", tmp_path)
            assert len(story_rows(db)) == 2 and {state for *_, state in outbox(db)} == {"pending"}
            feeds.let_out(CHARLIE)
            wait_until(lambda: merges(db), proc, "C to merge the two stories", tmp_path)
            for chat_id in (USER, GROUP):
                chats.command(chat_id, "/mode instant")  # what waited goes out now
            wait_until(lambda: settled(db), proc, "every alert sent", tmp_path)
            chats.command(USER, "/latest")
        finally:
            feeds.let_all_out()
            stop_run(proc, tmp_path)

        survivor = check_consistent(db)
        assert outbox(db) == [(str(GROUP), survivor, "sent"), (str(USER), survivor, "sent")]
        # The lists show the merged story only: in chat, and for scripts.
        latest = check_telegram_html(api.messages_to(USER)[-1]["text"])
        assert ALPHA.title in latest and BRAVO.title not in latest and "3 outlets" in latest, latest
        listed = subprocess.run([sys.executable, "-m", "bot", "--config", str(tmp_path / "settings.toml"), "stories",
                                 "--json"], check=True, cwd=REPO, env=clean_environment(), capture_output=True,
                                text=True, timeout=DEADLINE)
        [story] = [json.loads(line) for line in listed.stdout.splitlines()]
        assert story["id"] == survivor and sorted(s["outlet"] for s in story["sources"]) == sorted(OUTLETS)
        for chat_id in (USER, GROUP):
            [(_, alert)] = alerts_to(api, chat_id)  # one alert for the event, in each chat
            assert ALPHA.title in alert, "the survivor is the story C matched best: Alpha's"
            assert all(outlet in sources_line(alert) for outlet in OUTLETS), alert
            assert api.edits_to(chat_id) == [], "a pending alert goes out complete: nothing to edit"
        assert api.too_many_requests == 0


def test_a_sent_alert_absorbs_the_pending_story_and_is_edited_not_repeated(tmp_path, feed_server):
    feeds = HeldFeeds(feed_server)
    db = tmp_path / "run.db"
    with TelegramStub() as api:
        proc = start_run(write_settings(tmp_path, feed_server, api), tmp_path)
        try:
            chats = Chats(api, proc, tmp_path)
            chats.connected()
            sent = sent_and_pending(chats, feeds, db)
            feeds.let_out(CHARLIE)
            # The user's message is edited; the group (which never had Alpha's alert) gets
            # the merged story's once it leaves digest mode. So does nothing more for the user.
            edit_then_release(chats, proc, db, tmp_path)
        finally:
            feeds.let_all_out()
            stop_run(proc, tmp_path)
        check_sent_alert_absorbed(api, db, sent)



class Channel:
    """The Discord channel, where a member who manages channels types slash commands."""

    def __init__(self, discord: DiscordStub, proc: subprocess.Popen, workdir: Path):
        self.discord, self.proc, self.workdir = discord, proc, workdir
        wait_until(lambda: discord.commands.get(str(GUILD_ID)), proc, "the slash commands synced", workdir)

    def command(self, name: str, value: str | None = None) -> None:
        """/name [value], once answered (the only option used here is /mode's)."""
        option = {"mode": {"mode": value}}.get(name) if value else None
        token = self.discord.slash_command(name, option, channel_id=CHANNEL, guild_id=GUILD_ID, user_id=8,
                                           permissions=MANAGE_CHANNELS)
        wait_until(lambda: self.discord.interaction_replies(token), self.proc, f"the answer to /{name}", self.workdir)


def test_a_sent_discord_embed_is_edited_like_the_telegram_message(tmp_path, feed_server):
    """Both platforms in one run: Alpha's alert reached a Telegram chat and a Discord
    channel, both then take a digest; the merge edits the message in each (Discord:
    PATCH of the embed), and neither gets a second alert."""
    feeds = HeldFeeds(feed_server)
    db = tmp_path / "run.db"
    with TelegramStub() as api, DiscordStub(token=DISCORD_TOKEN, guilds={GUILD_ID: [CHANNEL]}) as discord:
        proc = start_run(write_settings(tmp_path, feed_server, api, discord), tmp_path)
        try:
            chats = Chats(api, proc, tmp_path)
            chats.connected()
            channel = Channel(discord, proc, tmp_path)
            chats.command(USER, "/subscribe")
            channel.command("subscribe")
            feeds.let_out(ALPHA)
            wait_until(lambda: [state for *_, state in outbox(db)] == ["sent", "sent"], proc, "Alpha's alerts sent",
                       tmp_path)
            [(message_id, _)] = alerts_to(api, USER)
            chats.command(USER, f"/mode digest {digest_time()}")
            channel.command("mode", f"digest {digest_time()}")
            feeds.let_out(BRAVO)
            wait_until(lambda: len(outbox(db)) == 4, proc, "Bravo's alerts queued", tmp_path)
            feeds.let_out(CHARLIE)
            wait_until(lambda: merges(db), proc, "C to merge the two stories", tmp_path)
            wait_until(lambda: [state for _, state in edits(db)] == ["done", "done"], proc, "both edits made",
                       tmp_path)
            chats.command(USER, "/mode instant")
            channel.command("mode", "instant")
            wait_until(lambda: settled(db), proc, "nothing left to send", tmp_path)
        finally:
            feeds.let_all_out()
            stop_run(proc, tmp_path)

    survivor = check_consistent(db)
    assert survivor == 1 and outbox(db) == [(str(USER), 1, "sent"), (str(CHANNEL), 1, "sent")]
    # Telegram: the one alert, then its edit naming the three outlets.
    [(first_id, first)] = alerts_to(api, USER)
    assert first_id == message_id and sources_line(first) == f"Sources: {ALPHA.outlet}"
    assert [int(edit["message_id"]) for edit in api.edits_to(USER)] == [message_id]
    assert all(outlet in sources_line(check_telegram_html(api.message_text(USER, message_id))) for outlet in OUTLETS)
    # Discord: one embed posted (Alpha's), then that message patched with the three outlets.
    [posted] = [m for m in discord.messages(CHANNEL) if m.get("embeds")]
    assert posted["embeds"][0]["title"] == ALPHA.title
    assert ALPHA.outlet in _embed_sources(posted) and BRAVO.outlet not in _embed_sources(posted)
    [patched] = discord.edits(CHANNEL)
    assert patched["embeds"][0]["title"] == ALPHA.title
    assert all(outlet in _embed_sources(patched) for outlet in OUTLETS), patched


def _embed_sources(body: dict) -> str:
    """The embed's Sources field (each outlet linked to its report, in Markdown)."""
    return next(f["value"] for f in body["embeds"][0]["fields"] if f["name"] == "Sources")


@pytest.mark.parametrize("post", ["accepted", "refused"])
def test_a_report_that_links_the_stories_while_an_alert_is_on_its_way(tmp_path, feed_server, post):
    """Charlie's report arrives while Bravo's alert is being posted to a Discord channel
    (the post is held in flight). Charlie's best match is Alpha's story, but Bravo's may
    have been seen (an alert being sent counts as seen): so Bravo's story survives and
    absorbs Alpha's. The Telegram group, which only follows training (Bravo's topic),
    gets the merged story's alert once. The channel:
    - post accepted: Bravo's embed as it was claimed, then its edit naming the three
      outlets; Alpha's alert, read by the busy sender before the merge, is not sent;
    - post refused for good (400): the merged story's embed, once; the event is not
      lost because the alert the merge would have dropped was still waiting."""
    feeds = HeldFeeds(feed_server)
    db = tmp_path / "run.db"
    with TelegramStub() as api, DiscordStub(token=DISCORD_TOKEN, guilds={GUILD_ID: [CHANNEL]}) as discord:
        proc = start_run(write_settings(tmp_path, feed_server, api, discord), tmp_path)
        try:
            chats = Chats(api, proc, tmp_path)
            chats.connected()
            Channel(discord, proc, tmp_path).command("subscribe")
            chats.command(GROUP, "/subscribe training")
            chats.command(GROUP, f"/mode digest {digest_time()}")
            discord.hold(CHANNEL)
            feeds.let_out(BRAVO)
            wait_until(lambda: (str(CHANNEL), 1, "sending") in outbox(db), proc, "Bravo's alert on its way", tmp_path)
            feeds.let_out(ALPHA)  # the channel's sender is busy: Alpha's alert waits
            wait_until(lambda: len(outbox(db)) == 3, proc, "Alpha's alert queued", tmp_path)
            assert outbox(db) == [(str(GROUP), 1, "pending"), (str(CHANNEL), 1, "sending"), (str(CHANNEL), 2, "pending")]
            feeds.let_out(CHARLIE)
            wait_until(lambda: merges(db), proc, "C to merge the two stories", tmp_path)
            if post == "refused":
                discord.fail_channel(CHANNEL, 400, 50035, times=1)  # Invalid Form Body: this message only
            discord.let_through(CHANNEL)
            if post == "accepted":
                wait_until(lambda: edits(db) == [(str(CHANNEL), "done")], proc, "the edit of the channel's embed",
                           tmp_path)
            chats.command(GROUP, "/mode instant")
            wait_until(lambda: settled(db), proc, "nothing left to send", tmp_path)
        finally:
            discord.let_through(CHANNEL)
            feeds.let_all_out()
            stop_run(proc, tmp_path)

    survivor = check_consistent(db)
    assert survivor == 1, "the story whose alert was on its way survives"
    assert outbox(db) == [(str(GROUP), 1, "sent"), (str(CHANNEL), 1, "sent")]
    [posted] = [m for m in discord.messages(CHANNEL) if m.get("embeds")]
    assert posted["embeds"][0]["title"] == BRAVO.title
    if post == "accepted":
        assert ALPHA.outlet not in _embed_sources(posted)
        [patched] = discord.edits(CHANNEL)
        assert patched["embeds"][0]["title"] == BRAVO.title
        assert all(outlet in _embed_sources(patched) for outlet in OUTLETS), patched
    else:
        assert all(outlet in _embed_sources(posted) for outlet in OUTLETS), posted
        assert discord.edits(CHANNEL) == [] and edits(db) == []
    [(_, alert)] = alerts_to(api, GROUP)
    assert alert.startswith(BRAVO.title) and all(outlet in sources_line(alert) for outlet in OUTLETS), alert
