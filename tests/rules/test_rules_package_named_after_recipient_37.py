"""Review of relevance round 12: an Israel or Taiwan package is a trap only in Ukraine's breath.

Round 12 made "an arms package or aid bill named after its recipient, Israel or Taiwan" a trap
(-1) wherever it stands, for "Senate approves Israel arms package, Ukraine vote put off": Ukraine
there is named in the same breath as the other package. An aid item whose last sentence tells,
separately, of a vote on an Israel package then lost a point it needed ("... will send Ukraine 18
more F-16 jets ... Separately, parliament approved the Israel aid package"). The texts below were
written for this review in the style of Reuters and dpa copy and labelled by hand before the
first run. First run: 4 of 4 aid items missed (the package named in a sentence of its own, or
at a sentence's end past the aid; one also loses a point to the trap of arms for Taiwan), the 2
look-alikes right. Now the package is a trap when Ukraine is named within 8 words of it: 4 of 4
and 2 of 2; round 12's items do not move. HELD_OUT, 4 texts written after the change and
labelled before their run: 4 of 4 on the first run. The real-article set does not move:
relevance P/R 0.99/0.99, pledges 196/193/179.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import analyze, assert_relevance

TEXTS = [
    ("Netherlands to send Ukraine 18 more F-16 jets",
     "THE HAGUE (Reuters) - The Netherlands will send Ukraine 18 more F-16 fighter jets by the summer, the "
     "defence minister said on Thursday. Separately, parliament approved the Israel aid package the same day.",
     True),
    ("Deutschland liefert der Ukraine vier weitere Patriot-Startgeräte",
     "BERLIN (dpa) - Deutschland liefert der Ukraine vier weitere Patriot-Startgeräte, teilte das "
     "Verteidigungsministerium am Mittwoch mit. Im Bundestag steht am Freitag zudem das Israel-Paket zur "
     "Abstimmung.", True),
    ("Congress clears Ukraine weapons money alongside Taiwan",
     "WASHINGTON (Reuters) - Congress cleared 20 billion dollars for weapons for Ukraine on Saturday, in a "
     "vote held alongside the Taiwan aid bill, sending both to the president.", True),
    ("Le Canada livrera 200 blindés à l'Ukraine",
     "OTTAWA (AFP) - Le Canada livrera 200 véhicules blindés à l'Ukraine d'ici l'été, a annoncé mardi la "
     "ministre de la Défense, au lendemain du vote du Taiwan bill au Congrès américain.", True),
    ("House passes Taiwan aid bill, Ukraine funding left for later",
     "WASHINGTON (Reuters) - The House of Representatives passed an 8 billion dollar aid bill for Taiwan on "
     "Wednesday, leaving a vote on weapons for Ukraine for later.", False),
    ("Bundestag billigt Israel-Paket, Ukraine-Hilfe vertagt",
     "BERLIN (dpa) - Der Bundestag hat am Donnerstag ein Paket mit Rüstungsgütern für Israel gebilligt; über "
     "weitere Waffen für die Ukraine wird erst im Januar beraten.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), TEXTS)
def test_a_package_named_after_israel_or_taiwan(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, analyze(defaults, headline, lead), relevant)


# Written after the change and labelled before their first run.
HELD_OUT = [
    ("Sweden to give Ukraine two surveillance planes",
     "STOCKHOLM (Reuters) - Sweden will give Ukraine two ASC 890 surveillance planes and train their crews, the "
     "government said on Monday. Lawmakers in Washington meanwhile debated the Taiwan package.", True),
    ("Israel-Hilfe beschlossen, Ukraine wartet",
     "BERLIN (dpa) - Das Kabinett hat am Mittwoch ein Hilfspaket für Israel beschlossen; die Ukraine muss auf "
     "weitere Waffen bis zum Frühjahr warten.", False),
    ("Taiwan arms bill passes Senate as Ukraine aid stalls",
     "WASHINGTON (Reuters) - The Senate passed a bill on Tuesday speeding arms sales to Taiwan, while a separate "
     "request for weapons for Ukraine remained stalled in the House.", False),
    ("Ukraine, Israel and Taiwan aid package signed into law",
     "WASHINGTON (Reuters) - The president signed into law the 95 billion dollar aid package for Ukraine, Israel "
     "and Taiwan on Wednesday, including 61 billion dollars for Ukraine's weapons.", True),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), HELD_OUT)
def test_texts_written_after_the_change(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = analyze(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)
