"""Who gives things held up on their way (stop 58, review 57's stuck shells): a nationality of the
people blocking them, "Polish farmers", "des routiers hongrois", "slowakische Demonstranten", names no
government and gives nothing; and a dateline's city ("WARSAW (Wire) -") is not kept as a giver because the
article names its country again only as a border ("the Polish border", "la frontière polonaise", "an der
polnischen Grenze"): that naming says where the things wait, not who acts. The giver is the government the
article gives the things to ("donated by Lithuania", "die Estland der Ukraine überlassen hat").
Every text is invented for this file. Only who gives and the count are checked: the phase of stuck things
is the pledge reading's own rule (docs/reading-pledges.md)."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import in_three_languages, readings

ENGLISH = [
    # the blockers' nationality opens the sentence
    ("", "PRAGUE (Wire) - Hungarian truckers are blocking lorries carrying 2,000 rockets that the Czech Republic "
     "donated to Ukraine, the government said on Monday.", {("CZ", 2000)}),
    ("", "Slovak protesters on Monday stopped a train carrying 40 rocket launchers that Denmark gave Ukraine.",
     {("DK", 40)}),
    ("", "Romanian farmers are blocking lorries carrying 300 armoured vehicles that Bulgaria sent to Ukraine.",
     {("BG", 300)}),
]

FRENCH = [
    ("", "Des routiers hongrois bloquent depuis lundi des camions transportant 2 000 roquettes données par la "
         "République tchèque à l'Ukraine.", {("CZ", 2000)}),
    ("", "Des manifestants slovaques bloquent depuis lundi un train transportant 40 lance-roquettes offerts par le "
         "Danemark à l'Ukraine.", {("DK", 40)}),
    # a dateline in the country whose border holds the things, named again only as that border
    ("Des obus de mortier estoniens pour l'Ukraine bloqués à la frontière polonaise",
     "VARSOVIE (Agence) - Des camions transportant 5 000 obus de mortier offerts par l'Estonie à l'Ukraine sont "
     "bloqués depuis dimanche à un poste-frontière, a indiqué lundi Tallinn.", {("EE", 5000), ("EE", None)}),
]

GERMAN = [
    ("", "Ungarische Spediteure blockieren seit Montag Lastwagen mit 2.000 Raketen, die Tschechien der Ukraine "
         "geschenkt hat.", {("CZ", 2000)}),
    ("", "Rumänische Bauern halten seit Sonntag Lastwagen mit 300 Schützenpanzern auf, die Bulgarien der Ukraine "
         "geschickt hat.", {("BG", 300)}),
    ("Estnische Mörsergranaten für die Ukraine an polnischer Grenze festgehalten",
     "WARSCHAU (Agentur) - Lastwagen mit 5.000 Mörsergranaten, die Estland der Ukraine überlassen hat, stehen "
     "seit Sonntag an einem Grenzübergang, teilte Tallinn am Montag mit.", {("EE", 5000)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), in_three_languages(ENGLISH, FRENCH, GERMAN))
def test_the_blockers_and_the_border_give_nothing(lang: str, title: str, text: str, expected: set) -> None:
    assert readings(text, lang, "donor", "quantity", title=title) == expected
