"""Story grouping, round 31 (stop 49): leftovers of stop 48. Every text is invented for this file.

- A merged story's alert shows only what an alert of the merging stories listed: a report no alert lists (a feed
  flagged as serving a foreign site) adds neither its outlet nor its pledge to every chat's message through a
  merge, as stop 48 ruled for its count (tests/stories/test_story_unshown_count_48.py). Real parts: FeedPoller over
  HTTP on loopback feeds, a real SQLite store, PTB against the Telegram stand-in.
- A wire's flash ("FLASH:", "URGENT -", "EILMELDUNG:") and its full write-up minutes later come from one feed, and
  a feed's two reports join only as an outlet's revision: the write-up, under a headline of its own and unmarked,
  was none, so review 49's Swedish flash and write-up (tests/stories/test_review_49.py, day A) stayed apart in
  every order where no other outlet's report linked them. The flash now marks itself as the first version its
  write-up revises (revisions.marks_flash, revision_pairs.revision_of).
- /stories and /latest sort by a story's newest report; migration 41's triggers took no date from an undated
  article, so a story that had just been given one did not rise. Migration 42 counts it from when the bot read it,
  as story grouping reads it (real SQLite store).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.analysis import Analyzer
from bot.core.models import Entry, Feed
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.revisions import marks_flash, revision_headline
from bot.core.stories.scoring.story_score import same_event_score
from bot.pipeline import FeedPoller, PollLimits
from tests.support.busy_days import BusyDays, busy_day_checks, report
from tests.support.poll_harness import article_item
from tests.support.servers import rss
from tests.support.story_pairs import report_fingerprint
from tests.support.telegram_harness import USER, Bot
from tests.support.telegram_stub import check_telegram_html

# One Dutch pledge of PzH 2000 howitzers: the German agency's report opens the story, the flagged feed's report
# (which also names a second pledge, M113 carriers) opens one of its own, and an English report links the two.
AGENCY = ("Niederlande liefern der Ukraine weitere Panzerhaubitzen 2000",
          "DEN HAAG (Agentur) - Die Niederlande liefern der Ukraine weitere Panzerhaubitzen 2000, "
          "sagte ein Sprecher des Verteidigungsministeriums am Dienstag.")
FLAGGED = ("Netherlands to send more PzH 2000 howitzers and M113 carriers to Ukraine",
           "THE HAGUE (Wire) - The Netherlands will send more PzH 2000 self-propelled howitzers and M113 armoured "
           "personnel carriers to Ukraine, a defence ministry spokesman said on Tuesday.")
LINKING = ("Netherlands to send more PzH 2000 howitzers to Ukraine",
           "THE HAGUE (Other) - The Netherlands will send more PzH 2000 self-propelled howitzers to Ukraine, a "
           "defence ministry spokesman said on Tuesday.")


def _replay(tmp_path, stub, feed_server, flag_odd: bool):
    """The agency's report, the odd feed's (flagged as serving another site when `flag_odd`), then the linking
    report; returns each poll's result, the stored stories and pledges, and the text of the alert's last edit."""
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            analyzer = Analyzer(bot.rules.compile(), bot.rules.entities)
            feeds = {}
            paths = (("/agency.xml", "Agentur DE"), ("/odd.xml", "Odd"), ("/other.xml", "Other EN"))
            for path, name in paths:
                bot.store.add_feed(Feed(url=feed_server.url(path), name=name), bot.clock.now())
                feeds[path] = bot.store.feed_by_url(feed_server.url(path))
            if flag_odd:
                odd = feeds["/odd.xml"]
                bot.store.save_feed_state(odd.id, replace(bot.store.feed_state(odd.id), site="elsewhere.example"))
            published = bot.clock.now() - timedelta(hours=2)
            feed_server.set_feed("/agency.xml", rss([article_item(AGENCY, "nl-de-1", published)], lang="de"))
            feed_server.set_feed("/odd.xml",
                                 rss([article_item(FLAGGED, "nl-odd-1", published + timedelta(minutes=20))]))
            feed_server.set_feed("/other.xml",
                                 rss([article_item(LINKING, "nl-en-2", published + timedelta(minutes=40))]))
            results = {}
            async with HttpFeedSource(timeout=5) as source:
                poller = FeedPoller(bot.store, source, lambda: analyzer, bot.clock, PollLimits())
                for path, _ in paths:
                    results[path] = await poller.poll(feeds[path])
                    if path == "/agency.xml":  # the odd feed's alert, if any, is still pending at the merge
                        await bot.dispatcher.drain()
                    bot.clock.advance(minutes=5)
            await bot.dispatcher.drain()
            stories = {r["story_id"] for r in bot.store._rows("SELECT story_id FROM story_sources")}
            systems = sorted(r["system"] for r in bot.store._rows("SELECT system FROM pledges"))
            edits = stub.edits_to(USER)
            last = (check_telegram_html(stub.message_text(USER, int(edits[-1]["message_id"])))
                    if edits else None)
            return results, stories, systems, last

    return asyncio.run(go())


def test_a_merge_lists_no_outlet_and_no_pledge_only_a_flagged_report_told(tmp_path, stub, feed_server):
    """Stop 48 kept the flagged report's count out of the merged alert; its outlet and its own pledge went in,
    to every chat. Now the edit adds the linking report's outlet only."""
    results, stories, systems, last = _replay(tmp_path, stub, feed_server, flag_odd=True)
    assert results["/odd.xml"].foreign_site and results["/odd.xml"].new_stories == 1
    assert results["/other.xml"].stories_merged == 1 and len(stories) == 1, "the linking report merges the two"
    assert "M113" in systems, "the store keeps the flagged report's pledge (the tracker's business)"
    assert last is not None and "Other EN" in last, "the linking report's outlet is added"
    assert "Odd" not in last, "no alert listed the flagged report"
    assert "M113" not in last, "only the flagged report told the carriers"


def test_a_merge_of_two_alerted_stories_lists_both_alerts_outlets_and_pledges(tmp_path, stub, feed_server):
    """The same reports from an ordinary feed: its story's alert (still pending, so its story may be absorbed)
    listed its outlet and pledges, and the merge shows them in the surviving alert, as before."""
    results, stories, _, last = _replay(tmp_path, stub, feed_server, flag_odd=False)
    assert results["/other.xml"].stories_merged == 1 and len(stories) == 1
    assert last is not None and all(name in last for name in ("Agentur DE", "Odd", "Other EN"))
    assert "M113" in last


# --- A wire's flash and its write-up -------------------------------------------------------------------------

FLASH_EN = ("en", "FLASH: Denmark to pay $250 million for US weapons for Ukraine under NATO scheme",
            "COPENHAGEN (Wire) - Denmark will pay $250 million for American weapons for Ukraine through NATO's PURL "
            "scheme, the government said. More follows.")
WRITE_UP_EN = ("en", "Denmark pays $250 million for Patriot interceptors for Ukraine",
               "COPENHAGEN (Wire) - Denmark will pay $250 million for American Patriot interceptor missiles for "
               "Ukraine through NATO's Prioritised Ukraine Requirements List, the defence minister said on "
               "Thursday. It is Denmark's first payment under the scheme.")
FLASH_FR = ("fr", "URGENT - La Norvège va fournir deux systèmes NASAMS supplémentaires à l'Ukraine (ministre)",
            "OSLO (Agence) - La Norvège va fournir deux systèmes de défense aérienne NASAMS supplémentaires à "
            "l'Ukraine, a annoncé le ministre de la Défense. Plus de détails à suivre.")
WRITE_UP_FR = ("fr", "Défense aérienne : Oslo promet à Kiev deux nouveaux NASAMS",
               "OSLO (Agence) - La Norvège fournira à l'Ukraine deux systèmes de défense aérienne NASAMS "
               "supplémentaires, d'une valeur de 2,5 milliards de couronnes, a annoncé jeudi le ministre norvégien "
               "de la Défense, qui a précisé que le premier serait livré avant l'hiver.")
FLASH_DE = ("de", "EILMELDUNG: Schweden sagt der Ukraine 18 weitere Archer-Haubitzen zu",
            "STOCKHOLM (Agentur) - Schweden sagt der Ukraine 18 weitere Radhaubitzen vom Typ Archer zu. Das teilte "
            "die Regierung mit. Weitere Einzelheiten folgen.")
WRITE_UP_DE = ("de", "Stockholm stockt Artilleriehilfe für Kiew auf",
               "STOCKHOLM (Agentur) - Schweden wird der Ukraine 18 weitere Radhaubitzen vom Typ Archer überlassen. "
               "Das kündigte der Verteidigungsminister am Donnerstag in Stockholm an. Die Geschütze sollen bis zum "
               "Frühjahr übergeben werden.")
# The same wire's report of another event of the donor that day, and of another donor.
OTHER_PAYMENT_EN = ("en", "Denmark pays $100 million for HIMARS rockets for Ukraine",
                    "COPENHAGEN (Wire) - Denmark will pay $100 million for American HIMARS rockets for Ukraine "
                    "through NATO's PURL scheme, the defence minister said on Thursday.")
OTHER_DONOR_FR = ("fr", "La Finlande va livrer des obus d'artillerie supplémentaires à l'Ukraine",
                  "HELSINKI (Agence) - La Finlande va livrer des obus d'artillerie supplémentaires à l'Ukraine, a "
                  "annoncé jeudi le ministre finlandais de la Défense.")


@pytest.mark.parametrize(("title", "flash", "key"), [
    ("FLASH: Denmark to pay $250 million", True, "denmark to pay # million"),
    ("BREAKING: Germany pledges IRIS-T", True, "germany pledges iris t"),
    ("URGENT - La Norvège va fournir deux NASAMS", True, "la norvège va fournir deux nasams"),
    ("ALERTE - Le Canada promet des blindés", True, "le canada promet des blindés"),
    ("EILMELDUNG: Schweden sagt Archer zu", True, "schweden sagt archer zu"),
    ("+++ Eil +++ Schweden sagt Archer zu", True, "schweden sagt archer zu"),
    # Words of a headline, not a flash's mark.
    ("Flash floods hit Ukraine's south", False, "flash floods hit ukraine s south"),
    ("Urgent need for air defence, Kyiv says", False, "urgent need for air defence kyiv says"),
    ("Breaking the deadlock on Taurus", False, "breaking the deadlock on taurus"),
])
def test_a_flash_is_read_from_its_headline_and_its_mark_left_out_of_the_headline_key(title, flash, key):
    assert marks_flash(title) == flash
    assert revision_headline(title) == (False, key), "a flash marks no revision (no correction's day or figure)"


@pytest.mark.parametrize(("flash", "write_up"), [(FLASH_EN, WRITE_UP_EN), (FLASH_FR, WRITE_UP_FR),
                                                 (FLASH_DE, WRITE_UP_DE)], ids=["en", "fr", "de"])
@pytest.mark.parametrize("first", ["flash", "write-up"])
def test_a_feeds_flash_and_its_write_up_are_one_story(analyzer, flash, write_up, first):
    """Before round 31 each pair scored 0.0 from one feed (the write-up is no marked revision)."""
    a, b = report_fingerprint(analyzer, *flash, feed=1), report_fingerprint(analyzer, *write_up, feed=1)
    if first == "write-up":
        a, b = b, a
    assert same_event_score(b, a, same_feed=True, apart=timedelta(minutes=20)) > 0.0


@pytest.mark.parametrize(("flash", "other"), [(FLASH_EN, OTHER_PAYMENT_EN), (FLASH_FR, OTHER_DONOR_FR),
                                              (FLASH_DE, WRITE_UP_EN)],
                         ids=["same-donor-other-sum", "other-donor", "other-language-other-donor"])
def test_a_flash_and_its_feeds_report_of_another_event_stay_apart(analyzer, flash, other):
    a, b = report_fingerprint(analyzer, *flash, feed=1), report_fingerprint(analyzer, *other, feed=1)
    assert same_event_score(b, a, same_feed=True, apart=timedelta(minutes=20)) == 0.0
    assert same_event_score(a, b, same_feed=True, apart=timedelta(minutes=20)) == 0.0


def test_a_stored_fingerprint_keeps_its_flash(analyzer):
    stored = report_fingerprint(analyzer, *FLASH_EN, feed=1)
    assert stored.flash and StoryFingerprint.from_json(stored.to_json()) == stored
    assert not StoryFingerprint.from_json(report_fingerprint(analyzer, *WRITE_UP_EN).to_json()).flash


# A day of flashes (labelled by event before the first run, 2026-12-06 08:30 UTC): a wire's flash and write-up of
# Norway's NASAMS with two other outlets' copies; a German agency's flash and write-up of Sweden's Archers, which the
# English wire flashes too; the French agency's flash of a Danish payment, its only report; two look-alikes.
EN, EN2, FR, DE = "Wire EN", "Paper EN", "Agence FR", "Agentur DE"
FLASH_DAY = [
    report("FL-EN-01", "en", EN, "2028-11-09", "no-nasams",
           "FLASH: Norway to send Ukraine two more NASAMS air defence systems - minister",
           "OSLO (Wire) - Norway will send Ukraine two more NASAMS air defence systems, the defence minister said. "
           "More follows."),
    report("FL-EN-02", "en", EN, "2028-11-09", "no-nasams",
           "Norway to give Ukraine two NASAMS systems worth 2.5 billion crowns",
           "OSLO (Wire) - Norway will give Ukraine two more NASAMS air defence systems worth 2.5 billion crowns, "
           "the defence minister said on Thursday, adding that the first would arrive before winter and the "
           "second early next year."),
    report("FL-FR-01", "fr", FR, "2028-11-09", "no-nasams",
           "La Norvège va fournir deux systèmes NASAMS supplémentaires à l'Ukraine",
           "OSLO (Agence) - La Norvège va fournir deux systèmes de défense aérienne NASAMS supplémentaires à "
           "l'Ukraine, d'une valeur de 2,5 milliards de couronnes, a annoncé jeudi le ministre norvégien de la "
           "Défense."),
    report("FL-DE-01", "de", DE, "2028-11-09", "se-archer",
           "EILMELDUNG: Schweden sagt der Ukraine 18 weitere Archer-Haubitzen zu",
           "STOCKHOLM (Agentur) - Schweden sagt der Ukraine 18 weitere Radhaubitzen vom Typ Archer zu. Das teilte "
           "die Regierung mit. Weitere Einzelheiten folgen."),
    report("FL-DE-02", "de", DE, "2028-11-09", "se-archer",
           "Stockholm stockt Artilleriehilfe für Kiew auf",
           "STOCKHOLM (Agentur) - Schweden wird der Ukraine 18 weitere Radhaubitzen vom Typ Archer überlassen. Das "
           "kündigte der Verteidigungsminister am Donnerstag in Stockholm an. Die Geschütze sollen bis zum "
           "Frühjahr übergeben werden."),
    report("FL-EN-03", "en", EN, "2028-11-09", "se-archer",
           "FLASH: Sweden to send Ukraine 18 more Archer howitzers",
           "STOCKHOLM (Wire) - Sweden will send Ukraine 18 more Archer self-propelled howitzers, the government "
           "said on Thursday. More follows."),
    report("FL-FR-02", "fr", FR, "2028-11-09", "dk-ammo",
           "URGENT - Le Danemark va verser 100 millions d'euros pour des munitions destinées à l'Ukraine",
           "COPENHAGUE (Agence) - Le Danemark va verser 100 millions d'euros pour l'achat de munitions "
           "d'artillerie destinées à l'Ukraine, a annoncé jeudi le gouvernement. Plus de détails à suivre."),
    report("FL-EN-04", "en", EN2, "2028-11-09", "x-norway-own",
           "BREAKING: Norway orders more NASAMS launchers for its own army",
           "OSLO (Paper) - Norway has ordered more NASAMS launchers from Kongsberg to strengthen its own air "
           "defence, the defence ministry said on Thursday.",
           relevant=False),
    report("FL-FR-03", "fr", FR, "2028-11-09", "x-storm",
           "Alerte météo : des inondations soudaines frappent le sud de la France",
           "MARSEILLE (Agence) - Des pluies torrentielles ont provoqué jeudi des inondations dans le sud de la "
           "France, selon Météo-France.",
           relevant=False),
]
FLASH_BUSY_DAYS = BusyDays({"F": FLASH_DAY}, 6, {})

(test_flash_day_every_relevant_report_is_stored, test_flash_day_no_story_joins_two_events,
 test_flash_day_no_event_is_hidden, test_flash_day_every_report_joins_its_events_story) = busy_day_checks(
    FLASH_BUSY_DAYS)


# --- Review reread49s: a flash pairs only with its own feed's write-up -------------------------------------------
# Before the fix the flash's marker word ("EILMELDUNG") stayed in the words as a headline name and a term, so two
# flashes of one feed shared a rare name; and a flash counted as marked against any report (another flash, another
# feed's), which joined one agency's flashes of several events of a day and hid them. Every text is invented.

AGENCY_FEED = "Agentur Mitte"
MANY_FLASHES_DAY = [
    report("MF-DE-01", "de", AGENCY_FEED, "2028-11-14", "de-leopard",
           "EILMELDUNG: Bundesregierung sagt Kiew weitere Leopard-Panzer zu",
           "BERLIN (Agentur Mitte) - Die Bundesregierung sagt der Ukraine weitere Kampfpanzer vom Typ Leopard zu. "
           "Mehr in Kürze."),
    report("MF-DE-02", "de", AGENCY_FEED, "2028-11-14", "de-gepard",
           "EILMELDUNG: Bundesregierung sagt Kiew weitere Gepard-Flakpanzer zu",
           "BERLIN (Agentur Mitte) - Die Bundesregierung sagt der Ukraine weitere Flakpanzer vom Typ Gepard zu. "
           "Mehr in Kürze."),
    report("MF-DE-03", "de", AGENCY_FEED, "2028-11-14", "de-patriot",
           "EILMELDUNG: Berlin sichert Kiew neue Militärhilfe zu",
           "BERLIN (Agentur Mitte) - Deutschland sichert der Ukraine drei weitere Patriot-Systeme zu. "
           "Mehr in Kürze."),
    report("MF-DE-04", "de", AGENCY_FEED, "2028-11-14", "de-munition",
           "EILMELDUNG: Berlin sichert Kiew neue Militärhilfe zu",
           "BERLIN (Agentur Mitte) - Deutschland stellt der Ukraine 400 Millionen Euro für Artilleriemunition "
           "bereit. Mehr in Kürze."),
]
MANY_FLASHES = BusyDays({"M": MANY_FLASHES_DAY}, 4, {})

(test_many_flashes_every_relevant_report_is_stored, test_many_flashes_no_story_joins_two_events,
 test_many_flashes_no_event_is_hidden, test_many_flashes_every_report_joins_its_events_story) = busy_day_checks(
    MANY_FLASHES)


@pytest.mark.parametrize("marked", ["EILMELDUNG: ", "BREAKING: ", "URGENT - "])
def test_a_flash_marker_adds_no_word_to_its_fingerprint(analyzer, marked):
    """The marker is the wire's word on every flash: with it a flash shared a rare headline name with the
    feed's every other flash (likeness 0.09 -> 0.32 in the review's sweep). An update's marker ("UPDATE 2-")
    stays in the words, as before this stop: leaving it out split updates from their first versions."""
    title, text = ("Dänemark sagt der Ukraine weitere F-16 zu",
                   "KOPENHAGEN (Agentur) - Dänemark sagt der Ukraine weitere Kampfjets vom Typ F-16 zu.")
    bare, marked_fp = (report_fingerprint(analyzer, "de", title, text),
                       report_fingerprint(analyzer, "de", marked + title, text))
    assert (marked_fp.names, marked_fp.terms, marked_fp.phrases, marked_fp.headline, marked_fp.event) == (
        bare.names, bare.terms, bare.phrases, bare.headline, bare.event)


TEMPLATE_FLASH_A = ("de", "EILMELDUNG: Berlin sichert Kiew neue Militärhilfe zu",
                    "BERLIN (Agentur Mitte) - Deutschland sichert der Ukraine drei weitere Patriot-Systeme zu. "
                    "Mehr in Kürze.")
TEMPLATE_FLASH_B = ("de", "EILMELDUNG: Berlin sichert Kiew neue Militärhilfe zu",
                    "BERLIN (Agentur Mitte) - Deutschland stellt der Ukraine 400 Millionen Euro für Artilleriemunition "
                    "bereit. Mehr in Kürze.")
TEMPLATE_REPORT_B = ("de", "Berlin sichert Kiew neue Militärhilfe zu",
                     "BERLIN (Zeitung) - Deutschland stellt der Ukraine 400 Millionen Euro für Artilleriemunition "
                     "bereit. Mehr in Kürze.")


@pytest.mark.parametrize(("first", "second", "feeds"), [
    (TEMPLATE_FLASH_A, TEMPLATE_FLASH_B, (1, 1)),
    (TEMPLATE_FLASH_A, TEMPLATE_FLASH_B, (1, 2)),
    (TEMPLATE_FLASH_A, TEMPLATE_REPORT_B, (1, 2)),
], ids=["two-flashes-one-feed", "two-flashes-two-feeds", "flash-and-other-feeds-report"])
def test_a_flash_is_no_first_version_of_another_flash_or_another_feeds_report(analyzer, first, second, feeds):
    """One template headline over two packages: only the flash's own feed's unmarked write-up revises a flash."""
    a, b = report_fingerprint(analyzer, *first, feed=feeds[0]), report_fingerprint(analyzer, *second, feed=feeds[1])
    same_feed = feeds[0] == feeds[1]
    assert same_event_score(b, a, same_feed=same_feed, apart=timedelta(minutes=20)) == 0.0
    assert same_event_score(a, b, same_feed=same_feed, apart=timedelta(minutes=20)) == 0.0


# Stop 63's regression, mended in stories round 64: since fix63a a government buying from makers for Ukraine is
# production, and such a record now keys as the government's pledge of what it buys
# (bot/core/stories/evidence/government_purchases.py), so the shells differ from the update's PURL money.
def test_one_sum_told_as_money_and_as_a_thing_is_one_payment_only_between_a_flash_and_its_write_up(analyzer):
    """A wire's update and its other report of one donor's sum may tell two payments (one for PURL weapons, one
    for shells): the money-versus-thing reading is the flash's, whose one line names only the money."""
    update = report_fingerprint(analyzer, "en", "UPDATE 1-Belgium to pay $150 million for US weapons for Ukraine",
                                "BRUSSELS (Wire) - Belgium will pay $150 million for American weapons for Ukraine "
                                "under NATO's PURL scheme, the government said on Monday.", feed=1)
    shells = report_fingerprint(analyzer, "en", "Belgium to buy $150 million of artillery shells for Ukraine",
                                "BRUSSELS (Wire) - Belgium will buy $150 million of artillery shells for Ukraine "
                                "from European makers, the defence minister said on Monday.", feed=1)
    assert same_event_score(shells, update, same_feed=True, apart=timedelta(hours=3)) == 0.0
    assert same_event_score(update, shells, same_feed=True, apart=timedelta(hours=3)) == 0.0


@pytest.mark.parametrize(("title", "key"), [
    ("Flash-Ball: police weapons debated in Paris", "flash ball police weapons debated in paris"),
    ("Eil-Gipfel in Paris: Europa berät über Ukraine", "eil gipfel in paris europa berät über ukraine"),
    ("Breaking-News: Ukraine bekommt Panzer", "breaking news ukraine bekommt panzer"),
])
def test_a_hyphenated_word_is_no_flash_marker(title, key):
    assert not marks_flash(title)
    assert revision_headline(title) == (False, key)


# --- An undated report counts from when it was read (migration 42) --------------------------------------------

def _story_with_articles(store, clock, feed_id: int, title: str, articles) -> int:
    """A story of articles (days before now published, None: undated; days before now read)."""
    now = clock.now()
    story_id = store.create_story(title, f"https://wire.example/{title}", now, None, "{}", ["aid"], 2.0)
    for n, (age, read_days_ago) in enumerate(articles):
        url = f"https://wire.example/{title}/{n}"
        read = now - timedelta(days=read_days_ago)
        entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"{title}-{n}", url=url, title=title,
                                                     published=now - timedelta(days=age) if age is not None else None),
                                      url, read)
        store.add_story_source(story_id, entry_id, feed_id, "Wire", url, read)
    return story_id


def _latest_titles(store) -> list[str]:
    return [row["title"] for row in store.latest_stories(10)]


def test_a_story_rises_when_an_undated_report_joins_it_and_falls_back_when_the_report_leaves(store, clock):
    """Migration 41's triggers took no date from an undated article: the story stayed below one dated between."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    joined = _story_with_articles(store, clock, feed_id, "joined", [(5, 5), (None, 0)])
    _story_with_articles(store, clock, feed_id, "between", [(2, 2)])
    assert _latest_titles(store) == ["joined", "between"]
    undated = store._rows("SELECT entry_id FROM story_sources WHERE story_id = ? ORDER BY entry_id DESC LIMIT 1",
                          [joined])[0]["entry_id"]
    store.split_story(joined, [undated], "{}", clock.now())
    # The undated report left for a story of its own (read now, it heads the list); "joined" falls back to its
    # dated article, five days old.
    assert _latest_titles(store)[1:] == ["between", "joined"]


def test_an_undated_report_read_before_a_dated_one_does_not_lift_its_story_past_that_date(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    _story_with_articles(store, clock, feed_id, "old undated", [(6, 6), (None, 4)])
    _story_with_articles(store, clock, feed_id, "dated", [(3, 3)])
    assert _latest_titles(store) == ["dated", "old undated"]


def test_migration_42_reads_again_the_stories_with_an_undated_report(tmp_path, clock):
    old = SqliteStore(tmp_path / "before-42.db")
    try:
        assert 42 not in migrate(old.db, [m for m in MIGRATIONS if m[0] < 42])
        feed_id = old.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
        _story_with_articles(old, clock, feed_id, "joined", [(5, 5), (None, 0)])
        _story_with_articles(old, clock, feed_id, "between", [(2, 2)])
        assert _latest_titles(old) == ["between", "joined"], "as migration 41's triggers kept it"
        assert old.migrate()[0] == 42  # (then any later migration: 43 since stop 55)
        assert _latest_titles(old) == ["joined", "between"]
        # The triggers made anew count the next undated report too.
        _story_with_articles(old, clock, feed_id, "later", [(9, 9)])
        clock.advance(hours=1)
        _story_with_articles(old, clock, feed_id, "later-undated", [(None, 0)])
        assert _latest_titles(old)[0] == "later-undated"
    finally:
        old.close()
