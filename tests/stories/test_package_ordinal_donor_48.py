"""Whose numbered package a report with several donors tells (review reread48s, finding 6): the number
is keyed only when the part of its sentence before it names exactly one donor. Keyed to the last donor
named before it, "France followed Germany with its 12th package" was Germany's twelfth, which can join the
French report to a German 12th-package story (a package number is strong same-event evidence).
Shipped entities and analyzer; invented sentences."""

from __future__ import annotations

from bot.core.stories.evidence.events import event_evidence


def _ordinals(analyzer, title: str, body: str) -> frozenset[str]:
    pledges = analyzer.analyze(title, body, "en").pledges
    return event_evidence(title, body, pledges, analyzer.entities, "en").package_ordinals


def test_a_package_number_after_two_donors_is_keyed_to_neither(analyzer):
    # Two donors in the headline, and two before the number in its sentence: whose twelfth is not said.
    assert _ordinals(analyzer, "France and Germany send more weapons to Ukraine",
                     "PARIS (Wire) - France followed Germany on Monday with its 12th military aid package.") == set()


def test_a_package_number_after_its_one_donor_is_still_keyed(analyzer):
    # The case the keying is for: the number's sentence names one donor, another is named in a later one.
    assert _ordinals(analyzer, "Finland and Norway send more weapons to Ukraine",
                     "HELSINKI (Wire) - Finland announced its 31st military aid package on Wednesday. "
                     "Before it, Norway had delivered air defence systems.") == {"FI|31"}


def test_a_datelines_city_is_not_a_second_donor(analyzer):
    # "PARIS (Wire) - Norway ...": the dateline names where the outlet wrote, so Norway is the one donor.
    assert _ordinals(analyzer, "Norway and Denmark send more weapons to Ukraine",
                     "PARIS (Wire) - Norway approved its 12th military aid package on Tuesday. "
                     "Earlier, Denmark had delivered F-16 jets.") == {"NO|12"}
