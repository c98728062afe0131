"""Stop 55, hostile: the number patterns of correction notes and of references had no bound.
A correction note telling a figure of thousands of digits ("the right figure is 999...", "...,
not 999...") was read whole, then turned into an int: past Python's 4,300 digits a ValueError,
and the item was lost. A reference's count ("the next 100,100,100,...") was read to the end of
its run from each figure it was tried at. They now read a figure as numbers.py does (at most 21
digits, six thousands groups after the first): the same readings of every real figure (the real
set's and tests/data's, byte for byte), a run of digits no figure. The texts are made up."""

from __future__ import annotations

import re

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.things import references
from tests.support.extraction_cost import extraction_steps

_STORY = "OSLO (Wire) - Norway will send F-16 jets to Ukraine, the ministry said. "


def _read(text: str) -> set[tuple]:
    return {(p.donor, p.category, p.status, p.quantity)
            for p in extract_pledges(text, lang="en", entities=load_entities())}


@pytest.mark.parametrize("note", [
    "An earlier version of this story said Norway would send 12 F-16 jets; the right figure is {}.",
    "(Corrects paragraph 1 to show Norway will send 14 F-16 jets, not {})",
])
def test_a_note_telling_a_figure_of_thousands_of_digits_leaves_the_story_read(note):
    assert _read(_STORY + note.format("9" * 5000)) == {("NO", "aircraft", "pledged", None)}


def test_a_figure_of_several_thousands_groups_is_still_the_right_figure():
    note = "An earlier version of this story said Norway would send 12 F-16 jets; the right figure is 1,400."
    assert _read(_STORY + note) == {("NO", "aircraft", "pledged", 1400)}


def _line(n: int, piece: str, where: str) -> str:
    run = piece * n
    return {
        "note": _STORY + f"An earlier version of this story said Norway would send 12 F-16 jets; the right figure is {run}.",
        "corrects": _STORY + f"(Corrects paragraph 1 to show Norway will send {run} F-16 jets, not 12)",
        "next": "Germany sent Leopard tanks. The next " + run + " will follow.",
    }[where]


@pytest.mark.parametrize("where", ["note", "corrects", "next"])
@pytest.mark.parametrize("piece", ["1", "1, ", "100,"])
def test_a_line_of_digits_or_figures_costs_steps_growing_with_its_length(where, piece):
    entities = load_entities()
    size = 12_000 // len(piece)
    one, two, four = extraction_steps([_line(k * size, piece, where) for k in (1, 2, 4)], entities)
    assert two < 4 * one and four < 8 * one, f"{one}, {two}, {four} steps"


def test_a_reference_count_is_not_read_to_the_end_of_a_run_of_figures():
    # ("the first 100,100,... of them": tried at each figure of the run, unbounded, 20 times the
    # CPU for 4 times the run.) What a reference's count reads at each figure is bounded: seven
    # thousands groups at most, so a run of 8,000 is never read whole from any of its figures
    # (counted so: the cost lies inside the regex engine, where no step of Python is).
    for piece in ("100,", "100.", "1, ", "1"):
        run = "the first " + piece * 8000
        longest = max(len(found.group()) for found in re.finditer(references._SMALL_NUMBER, run))
        assert longest <= 27, f"{piece!r}: a count read over {longest} characters"
    assert not list(references._BACK_REFERENCE.finditer("the first " + "100," * 8000))
