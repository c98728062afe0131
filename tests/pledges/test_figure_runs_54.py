"""Stop 54, hostile: a run of thousands of figures a space (or comma, or dot) apart in one
sentence ("100 101 102 ...", a table pasted into a feed item) cost the square of its length:
a numeral's thousands groups were unbounded, so each pattern that reads a count or a sum
read the whole run from each of its digits, then failed, and the next digit began again
(2,000 figures, 2 s of CPU in the extractor; 8,000, 39 s for `analyze` of one item). A
numeral now has at most six groups after its first: the same readings (the real set's and
tests/data's, byte for byte), time growing with the length. The texts are made up."""

from __future__ import annotations


from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from tests.support.extraction_cost import extraction_cpu


def _sentence(n: int, figure: str) -> str:
    return "Germany will send Ukraine " + figure * n + " Leopard tanks."


def _cpu(text: str, entities) -> float:
    return extraction_cpu(text, entities)


def test_four_times_the_figures_cost_about_four_times_the_cpu():
    entities = load_entities()
    for figure in ("100 ", "100,", "100."):
        _cpu(_sentence(20, figure), entities)
        small, large = _cpu(_sentence(600, figure), entities), _cpu(_sentence(2400, figure), entities)
        # (16 times before, the square)
        assert large < 8 * small, f"{figure!r}: {small:.2f} s then {large:.2f} s of CPU"


def test_a_run_of_figures_leaves_the_things_after_it_read():
    entities = load_entities()
    short = extract_pledges(_sentence(1, "100 "), lang="en", entities=entities)
    long = extract_pledges(_sentence(3000, "100 "), lang="en", entities=entities)
    assert [(p.donor, p.system) for p in long] == [(p.donor, p.system) for p in short] == [("DE", "Leopard")]


def test_a_number_of_seven_groups_is_still_one_number():
    (pledge,) = extract_pledges("Germany will give Ukraine 999,000,000,000,000,000,000 euros for tanks.", lang="en",
                                entities=load_entities())
    assert pledge.value == 999e18
