"""Stop 43's review finding on package numbers (bot/core/stories/figures/package_counts.py); failed
before its fix: a period in the same sentence but past a comma was read as the period the
ordinal counts in, so "This week, Denmark announced its second ..." and "its second ...
package, worth ... this year" lost Denmark's series number (a join signal between its
reports). The sentences are written for this test in wire style."""

from __future__ import annotations

import pytest

from bot.core.stories.figures.package_ordinals import numbered_packages
from bot.core.text import fold


@pytest.mark.parametrize("opening", [
    "This week, Denmark announced its second military aid package for Ukraine.",
    "Denmark approved its second aid package, worth 500 million this year.",
    "Cette semaine, Copenhague livre son deuxième paquet d'aide militaire.",
])
def test_a_period_past_a_comma_does_not_make_the_series_number_a_count_of_the_period(opening):
    assert numbered_packages(fold(opening), {"DK"}) == {"DK|2"}


@pytest.mark.parametrize("opening", [
    "Denmark announced a new package, its second aid package this month.",
    "Denmark announced its second aid package in a week.",
])
def test_a_period_in_the_ordinals_own_clause_still_counts_the_period(opening):
    assert numbered_packages(fold(opening), {"DK"}) == frozenset()
