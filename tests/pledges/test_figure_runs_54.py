"""Stop 54, hostile: a run of thousands of figures a space (or comma, or dot) apart in one
sentence ("100 101 102 ...", a table pasted into a feed item) cost the square of its length:
a numeral's thousands groups were unbounded, so each pattern that reads a count or a sum
read the whole run from each of its digits, then failed, and the next digit began again
(2,000 figures, 2 s of CPU in the extractor; 8,000, 39 s for `analyze` of one item). A
numeral now has at most six groups after its first: the same readings (the real set's and
tests/data's, byte for byte), time growing with the length. The texts are made up."""

from __future__ import annotations

import re

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.quantities import numbers
from tests.support.extraction_cost import extraction_steps


def _sentence(n: int, figure: str) -> str:
    return "Germany will send Ukraine " + figure * n + " Leopard tanks."


def test_four_times_the_figures_cost_about_four_times_the_steps():
    entities = load_entities()
    for figure in ("100 ", "100,", "100."):
        small, large = extraction_steps([_sentence(600, figure), _sentence(2400, figure)], entities)
        # (16 times the CPU before, the square)
        assert large < 8 * small, f"{figure!r}: {small} then {large} steps"


def test_a_numeral_is_never_read_over_more_than_seven_groups_of_a_run():
    # The square's cause, inside the regex engine where no step of Python is counted: a numeral
    # read the whole run from each of its digits.
    for figure in ("100 ", "100,", "100.", "100\u202f"):
        longest = max(len(found.group()) for found in re.finditer(numbers._NUMERAL, figure * 2400))
        assert longest <= len("100,") * 7 + len(",100"), f"{figure!r}: a numeral of {longest} characters"


def test_a_run_of_figures_leaves_the_things_after_it_read():
    entities = load_entities()
    short = extract_pledges(_sentence(1, "100 "), lang="en", entities=entities)
    long = extract_pledges(_sentence(3000, "100 "), lang="en", entities=entities)
    assert [(p.donor, p.system) for p in long] == [(p.donor, p.system) for p in short] == [("DE", "Leopard")]


def test_a_number_of_seven_groups_is_still_one_number():
    (pledge,) = extract_pledges("Germany will give Ukraine 999,000,000,000,000,000,000 euros for tanks.", lang="en",
                                entities=load_entities())
    assert pledge.value == 999e18
