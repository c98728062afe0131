"""Stories round 63 (bot/core/pledges/donors/later_subjects.py): a second giver opening a clause of its own after the
giving cue, its verb no cue ("announced", "ont annoncé", "ankündigte"), gives what its clause names; the first
clause's subject gave it before (a round-up's "..., where Denmark and Belgium announced Caesar howitzers" read as the
headline government's own report). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

P = "pledged"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Sweden promised Ukraine two more Archer howitzers on Friday at the meeting, where Finland announced "
               "Patria armoured vehicles.",
         {("SE", "artillery", P, None), ("FI", "armoured_vehicles", P, None)}),
        ("en", "Sweden promised Ukraine two more Archer howitzers on Friday, and Finland announced Patria armoured "
               "vehicles.",
         {("SE", "artillery", P, None), ("FI", "armoured_vehicles", P, None)}),
        ("fr", "La Suède a promis vendredi deux obusiers Archer à l'Ukraine lors de la réunion des alliés, où la "
               "Finlande a annoncé des blindés Patria.",
         {("SE", "artillery", P, None), ("FI", "armoured_vehicles", P, None)}),
        ("de", "Beim Treffen in Brüssel sagte Schweden der Ukraine zwei Archer-Haubitzen zu, wo Finnland "
               "Patria-Radpanzer ankündigte.",
         {("SE", "artillery", P, None), ("FI", "armoured_vehicles", P, None)}),
    ],
)
def test_a_later_clauses_subject_gives_what_it_names(lang, text, expected):
    assert {(d, c, s, None) for d, c, s, _ in figures(text, lang)} >= expected
    assert ("SE", "armoured_vehicles", P, None) not in {(d, c, s, None) for d, c, s, _ in figures(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "giver"),
    [
        # a nationality right before the thing says whose thing it is, not who gives it
        ("en", "Sweden will send Ukraine howitzers and Finnish ammunition.", "SE"),
        # a source named in passing, its verb closed by a comma, gives nothing
        ("en", "Sweden will send Ukraine, the Finnish minister said, two Archer howitzers.", "SE"),
        # a place is no subject
        ("en", "Sweden promised Ukraine at the meeting in Finland two Archer howitzers.", "SE"),
        # a later clause whose verb tells something else than a giving of its own (a swap paid back to the giver)
        ("fr", "La Suède va céder 20 obusiers Archer à l'Ukraine, Helsinki compense avec des canons neufs.", "SE"),
    ],
)
def test_no_later_subject_where_none_opens_a_clause(lang, text, giver):
    assert {d for d, _, _, _ in figures(text, lang)} == {giver}
