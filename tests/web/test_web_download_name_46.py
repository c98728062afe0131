"""Stop 46, a journalist's walk from the README: every download was saved as "pledges.csv", so a
second view downloaded became "pledges (1).csv", and neither file said what it held nor as of
when. The file name now gives the view's filter words and days, or the day it was made for a
view that does not end on a day. Real SQLite file, real tracker on loopback HTTP."""

from __future__ import annotations

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask, serving, tracker_over


def test_a_download_is_named_by_its_view_and_its_days(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Report", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 2, evidence="Two.")], 3)
    names = {}
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        for path in ("/pledges.csv", "/pledges.json?q=germany+air_defence+30d",
                     "/pledges.csv?q=%22iris-t+slm%22+pledged&from=2023-02-01&to=2023-02-13",
                     "/pledges.csv?q=germany&from=2023-02-01"):
            status, headers, body = ask(port, path)
            assert status == 200 and body, path
            names[path] = headers["Content-Disposition"]
    assert {path: name.removeprefix('attachment; filename="').removesuffix('"') for path, name in names.items()} == {
        "/pledges.csv": "pledges_as_of_2023-02-14.csv",
        "/pledges.json?q=germany+air_defence+30d": "pledges_DE_air_defence_30d_as_of_2023-02-14.json",
        # The system as the filter reads it (its family's name), the range's two days.
        "/pledges.csv?q=%22iris-t+slm%22+pledged&from=2023-02-01&to=2023-02-13":
            "pledges_IRIS-T_pledged_2023-02-01_to_2023-02-13.csv",
        "/pledges.csv?q=germany&from=2023-02-01": "pledges_DE_from_2023-02-01_as_of_2023-02-14.csv",
    }
    assert all(name.startswith('attachment; filename="') for name in names.values())
