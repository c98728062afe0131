"""Stop 52, hostile: one sentence listing thousands of things ("Germany pledges 10 Leopard tanks
and 10 Leopard tanks and ... to Ukraine", a feed's text without full stops). Its records are
ranked against each other when one sum is restated, and each ranking searched the whole
sentence for a running total ("in all", "insgesamt"): 5,000 things (100,000 characters) cost
53 s of CPU, three quarters of it there. The sentence is searched once now. The text is made up."""

from __future__ import annotations

from bot.config import load_entities
from bot.core.pledges import restatements
from bot.core.pledges.extract import extract_pledges


def test_a_sentence_shared_by_many_records_is_searched_for_a_running_total_once(monkeypatch):
    searched: list[int] = []
    pattern = restatements._RUNNING_TOTAL

    class Counting:
        def search(self, text, *args):
            searched.append(len(text))
            return pattern.search(text, *args)

    monkeypatch.setattr(restatements, "_RUNNING_TOTAL", Counting())
    getattr(restatements, "_tells_a_running_total", None) and restatements._tells_a_running_total.cache_clear()
    text = "Germany pledges " + " and ".join(["10 Leopard tanks"] * 300) + " to Ukraine."
    found = extract_pledges(text, lang="en", entities=load_entities())
    assert found and found[0].donor == "DE"
    long_searches = [size for size in searched if size >= len(text) - 1]
    assert len(long_searches) <= 2, f"{len(long_searches)} searches of the whole sentence (598 before)"
