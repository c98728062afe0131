"""The pledge list and the summary count the same thing (hostile-input round, stop 34).

`/pledges` said "Pledges (17)" while `/pledges summary` of the same filter said "16 in
total": the list counted every record, the summary only commitments (a discussed or
refused record is no pledge, see bot/core/pledges/listing/totals.py). Now the list's header gives
the commitments and the discussed or refused records beside them, and the web tracker's
count does the same. Each test failed before the change. Real command table over a real
SQLite store (tests/support/command_harness.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from bot.core.models import Pledge
from tests.support.command_harness import USER, add_story_with_pledges, run


@pytest.fixture
def mixed(store, clock):
    add_story_with_pledges(store, clock, [
        (1, Pledge("DE", "air_defence", "pledged", item="IRIS-T", system="IRIS-T", quantity=2)),
        (2, Pledge("NO", "artillery", "delivered", item="howitzers", quantity=8)),
        (3, Pledge("US", "aircraft", "discussed", item="F-16", system="F-16")),
        (4, Pledge("FR", "tanks", "refused", item="Leclerc", system="Leclerc")),
    ])


def _summary_total(text: str) -> int:
    return int(re.search(r": (\d+) in total", text.splitlines()[0]).group(1))


def test_the_list_header_counts_what_the_summary_counts(table, mixed):
    listed = run(table, USER, "/pledges").splitlines()
    assert listed[0] == "Pledges (2, and 2 discussed or refused), newest first:"
    assert len(listed) == 1 + 4  # every record is still listed
    assert _summary_total(run(table, USER, "/pledges summary")) == 2


def test_a_list_of_commitments_only_keeps_its_plain_header(table, mixed):
    assert run(table, USER, "/pledges delivered").splitlines()[0] == "Pledges (1), newest first:"
    assert _summary_total(run(table, USER, "/pledges delivered summary")) == 1


def test_a_list_of_talks_and_refusals_says_they_are_not_pledges(table, mixed):
    assert run(table, USER, "/pledges refused").splitlines()[0] == "Discussed or refused, not pledged (1), newest first:"
    run(table, USER, "/lang fr")
    assert run(table, USER, "/pledges").splitlines()[0] == (
        "Promesses (2, et 2 discutées ou refusées), les plus récentes d'abord :")


def test_the_demo_counts_its_pledges_as_the_summary_it_points_to(tmp_path):
    # "demo done ... 17 pledges", then `pledges summary` on its database: "16 in total".
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    db = tmp_path / "demo.db"
    demo = subprocess.run([sys.executable, "-m", "bot", "demo", "--db", str(db)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path, env=env)
    said = re.search(r"alerts, (\d+) pledges", demo.stdout)
    summary = subprocess.run([sys.executable, "-m", "bot", "pledges", "summary"], capture_output=True, text=True,
                             timeout=120, cwd=tmp_path, env={**env, "PLEDGEWATCH_DB": str(db)})
    assert said and int(said.group(1)) == _summary_total(summary.stdout), (demo.stdout, summary.stdout)
