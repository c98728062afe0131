"""Stop 50, hostile: one sentence listing thousands of things ("Germany pledges 10 Leopard tanks
and 10 Leopard tanks and ... to Ukraine", a feed's text without full stops). Its records are
ranked against each other when one sum is restated, and each ranking searched the whole
sentence for a running total ("in all", "insgesamt"): 5,000 things (100,000 characters) cost
53 s of CPU, three quarters of it there. The sentence is searched once now; and a payment
("pays", "zahlt") is looked for before a thing only when the thing is named as a fund's purpose.
2,000 things (42,000 characters) cost 2.1 s after the first change, 1.1 s after both (0.06 s for
250: the clause searches of destinations.py still grow with the square, see the stop's report).
The text is made up."""

from __future__ import annotations

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.passes import restatements


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


def test_things_that_name_no_funds_purpose_are_not_searched_for_a_payment_before_them(monkeypatch):
    """The payment is looked for in the whole sentence before each thing; it matters only for a
    thing named as a fund's purpose ("paid into the drone coalition"), which reads 140 characters."""
    from bot.core.pledges.things import given_items

    searched: list[int] = []
    pattern = given_items._PAYING_IN

    class Counting:
        def search(self, text, start=0, end=None):
            searched.append(end - start if end is not None else len(text) - start)
            return pattern.search(text, start, len(text) if end is None else end)

    monkeypatch.setattr(given_items, "_PAYING_IN", Counting())
    text = "Germany pledges " + " and ".join(["10 Leopard tanks"] * 300) + " to Ukraine."
    assert extract_pledges(text, lang="en", entities=load_entities())
    assert len(searched) <= 2, f"{len(searched)} searches for a payment (300 before)"
