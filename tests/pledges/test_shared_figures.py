"""A figure several donors share ("Norway and Germany will jointly buy Patriot missiles
worth NOK 2 billion"): since pledges round 29 no partner's pledge carries it (the lead's
convention, after the real set's labels: a total over several donors is not split and not
copied), and the pledges name their partners. Rows stored before that carry the whole figure
on each partner; totals across donors (units per category, money per currency) count such a
figure once. A figure each donor gives on its own ("each", "chacun", "jeweils") is every
donor's and is counted for each."""

from __future__ import annotations

import sqlite3

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.config import load_entities
from bot.core.chat.alerts import alert_from_json, alert_to_json
from bot.core.chat.chart_spec import chart_spec
from bot.core.models import Alert, Pledge
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.listing.totals import pledge_totals, with_repeats_marked
from bot.core.pledges.listing.words import money_words
from tests.support.command_harness import USER, add_story_with_pledges, run


def pledges_of(text: str) -> list[Pledge]:
    return extract_pledges(text, entities=load_entities())


@pytest.mark.parametrize("text", [
    "OSLO (Reuters) - Norway and Germany will jointly buy 60 Patriot missiles worth 2 billion Norwegian crowns "
    "for Ukraine, the Norwegian defence ministry said on Tuesday.",
    "OSLO (NTB) - Die Regierungen Norwegens und Deutschlands wollen gemeinsam 60 Patriot-Raketen im Wert von "
    "zwei Milliarden Kronen für die Ukraine kaufen.",
])
def test_a_joint_figure_is_on_no_partner_and_the_partners_are_marked(text: str) -> None:
    found = [p for p in pledges_of(text) if p.category == "air_defence"]
    assert {p.donor for p in found} == {"NO", "DE"}
    assert all(p.quantity is None and p.value is None and p.currency is None for p in found)
    assert all(p.shared_with == ("DE", "NO") for p in found)


def test_a_figure_each_donor_gives_is_its_own() -> None:
    found = pledges_of("COPENHAGEN (Reuters) - Denmark and Norway will each send 10 Leopard 1 tanks to Ukraine "
                       "next spring, their defence ministers said on Friday.")
    tanks = [p for p in found if p.category == "tanks"]
    assert {p.donor for p in tanks} == {"DK", "NO"}
    assert [(p.quantity, p.shared_with) for p in tanks] == [(10, ()), (10, ())]


def test_one_donors_figure_is_not_shared() -> None:
    found = pledges_of("BERLIN (dpa) - Deutschland liefert der Ukraine vier weitere IRIS-T-Systeme, teilte das "
                       "Verteidigungsministerium am Montag mit.")
    assert found and all(p.shared_with == () for p in found)


def joint(donor: str, **figures) -> Pledge:
    return Pledge(donor, "air_defence", "pledged", item="Patriot missiles", system="Patriot",
                  currency="NOK", shared_with=("NO", "DE"), **figures)


def test_totals_across_donors_count_a_shared_figure_once(store, clock) -> None:
    add_story_with_pledges(store, clock, [
        (1, joint("NO", quantity=60, value=2e9)),
        (1, joint("DE", quantity=60, value=2e9)),
        (2, Pledge("NO", "air_defence", "delivered", item="NASAMS", quantity=2, value=1e8, currency="NOK")),
    ])
    totals = pledge_totals(store.pledge_groups())
    assert totals.donors == {"NO": 2, "DE": 1}
    assert totals.donor_units == {"NO": 62, "DE": 60}  # each partner's whole share
    assert totals.category_units["air_defence"] == 62  # 60 once, not 120, and Norway's own 2
    assert totals.money == {"NOK": 2.1e9} and totals.money_pledges == {"NOK": 2}

    germany = pledge_totals(store.pledge_groups(donor="DE"))  # a partner alone: its figure whole
    assert germany.category_units["air_defence"] == 60 and germany.money == {"NOK": 2e9}


def test_the_chat_summary_counts_a_shared_figure_once(table, store, clock) -> None:
    add_story_with_pledges(store, clock, [(1, joint("NO", value=2e9)), (1, joint("DE", value=2e9))])
    text = run(table, USER, "/pledges summary")
    assert "NOK 2,000,000,000 in 1 pledge(s)" in text
    assert "Norway: 1 pledge(s)" in text and "Germany: 1 pledge(s)" in text


def test_a_shared_figure_survives_the_round_trip_through_the_store(store, clock) -> None:
    add_story_with_pledges(store, clock, [(1, joint("NO", quantity=60))])
    story_id = store.pledge_rows()[0]["story_id"]
    assert store.story_pledges(story_id)[0].shared_with == ("NO", "DE")


def test_an_older_database_gains_the_column_and_keeps_its_pledges_as_each_donors_own(tmp_path, clock) -> None:
    path = tmp_path / "old.db"
    store = SqliteStore(path)
    store.migrate()
    add_story_with_pledges(store, clock, [(1, Pledge("NO", "tanks", "pledged", quantity=8)),
                                          (1, Pledge("DE", "tanks", "pledged", quantity=8))])
    store.close()
    with sqlite3.connect(path) as db:  # back to the shape of a database from before migration 23
        db.executescript("DROP INDEX pledges_shared; ALTER TABLE pledges DROP COLUMN shared_with; "
                         "DELETE FROM schema_migrations WHERE version = 23;")
    db.close()

    upgraded = SqliteStore(path)
    assert upgraded.migrate() == [23]  # only the migration taken back: later ones stay recorded
    totals = pledge_totals(upgraded.pledge_groups())
    assert totals.category_units["tanks"] == 16  # told of each donor apart: both counted
    upgraded.close()


def test_a_queued_alert_keeps_its_shared_figures() -> None:
    alert = Alert(story_id=1, title="Patriot", url="https://news.example/a", sources=("Wire",), published=None,
                  topics=("aid",), pledges=(joint("NO", quantity=60),))
    assert alert_from_json(alert_to_json(alert)) == alert


def test_a_joint_sum_in_crowns_adds_no_money_to_the_totals(store, clock) -> None:
    # (until pledges round 29 each partner carried the 2 billion, in one currency)
    found = pledges_of("OSLO (Reuters) - Norway and Denmark will jointly give Ukraine 2 billion crowns for "
                       "air defence, the two governments said on Monday.")
    assert {p.donor for p in found} == {"NO", "DK"}
    assert all(p.value is None and p.currency is None for p in found)
    add_story_with_pledges(store, clock, [(1, p) for p in found])
    assert pledge_totals(store.pledge_groups()).money == {}


def test_partners_are_named_alike_whatever_the_order_told() -> None:
    one = pledges_of("OSLO (Reuters) - Norway and Germany will jointly buy 60 Patriot missiles for Ukraine.")
    other = pledges_of("BERLIN (Reuters) - Germany and Norway will jointly buy 60 Patriot missiles for Ukraine.")
    assert {p.shared_with for p in one} == {p.shared_with for p in other} == {("DE", "NO")}


def test_a_group_of_repeats_only_adds_no_currency_line() -> None:
    totals = pledge_totals([
        {"donor": "DK", "category": "funding", "status": "pledged", "currency": "NOK", "n": 1, "quantity": 0,
         "value": 2e9, "n_valued": 1, "quantity_repeated": 0, "value_repeated": 0, "n_valued_repeated": 0},
        {"donor": "NO", "category": "funding", "status": "pledged", "currency": "NOK", "n": 1, "quantity": 0,
         "value": 2e9, "n_valued": 1, "quantity_repeated": 0, "value_repeated": 2e9, "n_valued_repeated": 1},
        {"donor": "SE", "category": "funding", "status": "pledged", "currency": "SEK", "n": 1, "quantity": 0,
         "value": 1e9, "n_valued": 1, "quantity_repeated": 0, "value_repeated": 1e9, "n_valued_repeated": 1},
    ])
    assert totals.money == {"NOK": 2e9} and totals.money_pledges == {"NOK": 1}


def test_single_rows_marked_give_the_totals_the_store_groups_give(store, clock) -> None:
    add_story_with_pledges(store, clock, [
        (1, joint("NO", quantity=60, value=2e9)),
        (1, joint("DE", quantity=60, value=2e9)),
        (1, Pledge("SE", "ammunition", "pledged", quantity=300, shared_with=("DK", "SE"))),
        (1, Pledge("DK", "ammunition", "pledged", quantity=300, shared_with=("DK", "SE"))),
        (2, Pledge("NO", "air_defence", "delivered", item="NASAMS", quantity=2, value=1e8, currency="NOK")),
    ])
    grouped = pledge_totals(store.pledge_groups())
    marked = pledge_totals(with_repeats_marked(store.pledge_rows()))
    unmarked = pledge_totals(store.pledge_rows())
    for field in ("donors", "donor_units", "categories", "category_units", "money", "money_pledges"):
        assert getattr(marked, field) == getattr(grouped, field), field
    assert unmarked.category_units["ammunition"] == 600  # what marking takes off
    assert marked.category_units["ammunition"] == 300


def test_the_charts_currency_footnote_counts_a_shared_figure_once(store, clock) -> None:
    # Counted once, Norway and Denmark's NOK 600 million is the smallest currency and goes
    # under the chart; counted per partner it would be 1.2 billion and push out a panel.
    own = [Pledge(donor, "funding", "pledged", value=1e9, currency=currency)
           for donor, currency in (("US", "USD"), ("DE", "EUR"), ("GB", "GBP"))]
    add_story_with_pledges(store, clock, [(1, p) for p in own] + [
        (1, Pledge(donor, "funding", "pledged", value=6e8, currency="NOK", shared_with=("DK", "NO")))
        for donor in ("NO", "DK")
    ])
    spec = chart_spec(store.pledge_rows(), "Pledges")
    assert [p.currency for p in spec.money] == ["EUR", "GBP", "USD"]
    assert money_words(6e8, "NOK", "en") in spec.footnote
    assert money_words(1.2e9, "NOK", "en") not in spec.footnote
