"""The story modules are not imported before a process's first fetch (issue 15, stop 47).

bot.pipeline imported bot.story_attachment and bot.core.stories.fingerprints (through
bot.poll_analysis) at its own import: ~0.1 s of CPU, ~75% of that import, which App.poller()
paid before a single fetch of `poll --once` or of `run`'s first round was sent
(bench_poll_cycle.py --trace: the first cycle's requests reached the feed server ~70 ms
later than a steady cycle's). Now the poller makes its StoryAttacher at first use, the
fingerprint module is imported at the first relevant entry, and App.poller() starts their
import in a thread (bot.story_modules) that runs while the fetches wait for their answers.

Fresh interpreters (subprocess) so that nothing another test imported counts. Checked to
fail on the code before: importing bot.pipeline loaded both story modules.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest

from bot.app import App
from bot.config import settings_from_dict
from bot.core.models import Feed
from tests.support.poll_rows import aid_and_other_items
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(90)

STORY_MODULES = ("bot.story_attachment", "bot.core.stories.fingerprints", "bot.core.stories.events")


def _loaded_after(code: str) -> list[str]:
    """The STORY_MODULES loaded once `code` has run in a fresh interpreter."""
    script = code + f"\nimport json, sys\nprint(json.dumps([m for m in {STORY_MODULES!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=80)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_poller_loads_no_story_module():
    assert _loaded_after("import bot.app, bot.pipeline, bot.poll_analysis") == []


def test_making_a_poller_imports_the_story_modules_in_the_background(tmp_path):
    code = (
        "import threading\n"
        "from bot.app import App\n"
        "from bot.config import settings_from_dict\n"
        f"app = App(settings_from_dict({{'database': {str(tmp_path / 'bot.db')!r}, 'analysis_workers': 0}},"
        f" base_dir={str(tmp_path)!r}, environ={{}}))\n"
        "app.prepare()\n"
        "app.poller(None)\n"
        "for thread in threading.enumerate():\n"
        "    if thread.name == 'story-modules-import':\n"
        "        thread.join(60)\n"
        "app.close()\n"
    )
    assert _loaded_after(code) == list(STORY_MODULES)


def test_a_poll_puts_its_relevant_entries_into_stories_with_the_attacher_made_at_first_use(tmp_path, feed_server):
    items = aid_and_other_items(4)
    feed_server.set_feed("/wire.xml", rss(items))
    app = App(settings_from_dict({"database": str(tmp_path / "bot.db"), "analysis_workers": 0},
                                 base_dir=tmp_path, environ={}))
    try:
        app.prepare()
        app.store.add_feed(Feed(url=feed_server.url("/wire.xml"), name="Wire"), app.clock.now(), actor="cli")
        poller = app.poller(None)
        assert poller._story_attacher is None, "made at first use, not with the poller"
        (result,) = asyncio.run(app.poll_once())
        assert result.error is None and result.matches == 2 and app.store.newest_story_id() >= 1
        assert app.poller(None).story_attacher is poller.story_attacher, "one attacher for the App's pollers"
    finally:
        app.close()
