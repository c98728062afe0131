"""Story likeness reads the countries a fingerprint's sets name once per set (speed49).

`weighed_similarity` asks, for every pair it compares, which donor countries the other
report names (its names and headline) and which its headline names: in a first poll
cycle the same few stories meet every newcomer, and the answer was worked out again
each time, one Python call per name. It is remembered per set now; these tests hold the
answers to those of the plain computation and check that a second comparison of the
same fingerprints reads no name again.
"""

from __future__ import annotations

import itertools

from bot.core.stories.fingerprint import word_keys
from bot.core.stories.scoring import likeness
from bot.core.stories.scoring.likeness import similarity
from tests.support.story_events import EVENTS, fingerprint, fingerprint_of


def _prints():
    prints = [fingerprint_of(article) for versions in EVENTS.values() for article in versions]
    # Headlines naming capitals and countries, and one naming nobody's place.
    prints += [fingerprint("Berlin to send more Leopard tanks", "Germany will deliver Leopard 2 tanks to Ukraine."),
               fingerprint("Paris and Rome pledge SAMP/T", "France and Italy send a second SAMP/T battery."),
               fingerprint("Norway to donate F-16s", "Norway will give Ukraine six F-16 fighter jets.")]
    return prints


def test_the_remembered_countries_are_the_plain_ones():
    for print_ in _prints():
        for sets in ((print_.headline,), (print_.names, print_.headline)):
            assert likeness._countries_named(*sets) == word_keys.countries(frozenset().union(*sets))


def test_similarity_is_the_same_as_with_the_countries_read_each_time(monkeypatch):
    prints = _prints()
    remembered = [similarity(a, b) for a, b in itertools.product(prints, repeat=2)]
    monkeypatch.setattr(likeness, "_countries_named",
                        lambda *sets: frozenset(word_keys.countries(frozenset().union(*sets))))
    assert [similarity(a, b) for a, b in itertools.product(prints, repeat=2)] == remembered


def test_a_second_comparison_reads_no_name_for_its_countries(monkeypatch):
    prints = _prints()
    pairs = list(itertools.product(prints, repeat=2))
    for a, b in pairs:
        similarity(a, b)
    read: list[str] = []
    plain = word_keys.country_of

    def counted(name: str) -> str | None:
        read.append(name)
        return plain(name)

    monkeypatch.setattr(word_keys, "country_of", counted)
    for a, b in pairs:
        similarity(a, b)
    assert read == []
