"""`/pledges summary` and `pledgewatch pledges summary`/`chart`: commitments counted
apart from refusals and talks, money summed per currency and kept apart from counts."""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.pledges.listing.totals import pledge_totals
from tests.support.command_harness import USER, add_story_with_pledges, run


def test_refusals_and_talks_are_not_counted_as_pledges_and_money_is_summed_per_currency(table, store, clock):
    add_story_with_pledges(store, clock, [
        (1, Pledge("ALLIES", "aircraft", "refused", item="fighter jets")),
        (1, Pledge("ALLIES", "tanks", "discussed", item="tanks")),
        (1, Pledge("ALLIES", "artillery", "pledged", item="shells", quantity=1000)),
        (2, Pledge("US", "funding", "pledged", item="$2 billion", value=2e9, currency="USD")),
        (3, Pledge("GB", "funding", "pledged", item="£300 million", value=3e8, currency="GBP")),
        (4, Pledge("DE", "funding", "delivered", item="2.7 billion euros", value=2.7e9, currency="EUR")),
        (5, Pledge("DE", "air_defence", "production", item="IRIS-T", quantity=4)),
    ])
    text = run(table, USER, "/pledges summary")
    assert "on record: 5 in total" in text
    # The statuses by the names the pledge lines give them (stop 41: they were the codes).
    assert "refused 1" in text and "under discussion 1" in text and "pledged 3" in text
    assert "ordered from industry 1" in text
    assert "Allies: 1 pledge(s), 1000 unit(s) counted" in text  # the refusal and the talks are not among them
    assert "aircraft" not in text.split("By category:")[1].split("Money")[0]
    assert "USD 2,000,000,000 in 1 pledge(s)" in text and "GBP 300,000,000 in 1 pledge(s)" in text
    assert "EUR 2,700,000,000 in 1 pledge(s)" in text


def test_totals_keep_counts_and_money_apart():
    totals = pledge_totals([
        {"donor": "US", "category": "funding", "status": "pledged", "value": 2e9, "currency": "USD"},
        {"donor": "US", "category": "funding", "status": "delivered", "value": 3e8, "currency": "USD"},
        {"donor": "US", "category": "tanks", "status": "pledged", "quantity": 31},
        {"donor": "US", "category": "aircraft", "status": "refused", "quantity": 12},
    ])
    assert totals.commitments == 3 and totals.others == 1
    assert totals.donors["US"] == 3 and totals.donor_units["US"] == 31  # money is not units
    assert dict(totals.money) == {"USD": 2.3e9} and dict(totals.money_pledges) == {"USD": 2}


def test_the_chart_counts_commitments_only(table, store, clock, monkeypatch):
    seen: list[list[dict]] = []
    monkeypatch.setattr(type(table.services), "pledge_chart", lambda self, rows, title, flt, lang: seen.append(rows) or b"png")
    add_story_with_pledges(store, clock, [
        (1, Pledge("ALLIES", "aircraft", "refused", item="fighter jets")),
        (1, Pledge("DE", "tanks", "pledged", item="Leopard 2", quantity=14)),
    ])
    reply = table.handle(USER, "pledges", "chart")
    assert reply.photo == b"png" and [r["status"] for r in seen[0]] == ["pledged"]
    assert "1 in total" in reply.text
