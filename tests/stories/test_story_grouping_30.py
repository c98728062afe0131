"""Story grouping round 30: the general causes of review 50's day B split (tests/stories/test_review_50.py),
each checked on texts invented for this file (none from the real-article set or a probe):
- a donor's numbered package told in a report that names several donors (an explainer of the day's package
  retelling other donors' older gifts) had no package number, "whose twelfth would be a guess": now the number
  is keyed by the donor its sentence names before it, when that sentence names no donor after it
  (package_ordinals.numbered_packages); an analysis of that numbered package then reads its retold gifts as no
  pledges of its news (events.event_evidence), so it no longer leads with "other news" than the package's
  reports (a 'lead' conflict);
- a delivery told as the last part of a promise ("the last three of the 12 Archer howitzers") was read as the
  last part's count, sharing nothing with the other outlets' "delivery of all 12 completed": now it is read as
  the delivery of the whole (figures_told.completed_deliveries).
"""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.models import Pledge
from bot.core.stories.figures.figures_told import completed_deliveries
from bot.core.stories.figures.package_ordinals import numbered_packages
from bot.core.stories.scoring.same_event import compare
from bot.core.text import fold
from tests.support.story_pairs import report_fingerprint


@pytest.mark.parametrize(("opening", "keys"), [
    # The sentence's donor before the number, none after it: keyed.
    ("Analyse : ce que Berlin et Oslo ont promis\n\nLa Norvège a approuvé mardi son 12e paquet d'aide. "
     "L'Allemagne avait livré des chars l'hiver dernier.", {"NO|12"}),
    ("La Norvège a approuvé mardi son 12e paquet d'aide, après les livraisons allemandes de l'hiver.", set()),
    ("Explainer: Nordic aid to Kyiv\n\nNorway approved its 12th aid package on Tuesday. Denmark had sent "
     "its F-16s before.", {"NO|12"}),
    ("Hintergrund: Nordische Hilfe\n\nNorwegen hat am 4. März sein 12. Hilfspaket beschlossen. Dänemark "
     "lieferte schon früher.", {"NO|12"}),
    # Another donor named after the number in its sentence, or none before it: a guess, not keyed.
    ("Norway approved its 12th package on a day when Denmark also promised jets", set()),
    ("Germany welcomed the 12th package Norway announced on Tuesday", set()),
    ("The 12th package: what Norway and Denmark give", set()),
])
def test_a_package_number_in_a_report_of_several_donors_is_its_sentences_donors(opening, keys):
    folded = fold(opening)
    assert numbered_packages(folded, {"NO", "DK", "DE"}, load_entities().find_donors(folded)) == keys


def test_one_donors_report_keys_its_package_number_as_before():
    assert numbered_packages(fold("Norway approves its 12th package for Ukraine"), {"NO"}) == {"NO|12"}


_NEWS = ("Norway approves 12th aid package for Ukraine with air defence missiles",
         "OSLO (Wire) - Norway will send Ukraine air defence missiles worth 3 billion crowns in its 12th "
         "military aid package, the government said on Tuesday.")
_EXPLAINER = ("Analyse : ce que les pays nordiques ont déjà donné à Kiev",
              "PARIS (Agence) - La Norvège a approuvé mardi son 12e paquet d'aide militaire à l'Ukraine, d'une "
              "valeur de 3 milliards de couronnes. Auparavant, le Danemark avait livré ses F-16 et la Suède des "
              "canons Archer.")


def test_an_explainer_of_a_numbered_package_shares_its_number_and_does_not_conflict(analyzer):
    news = report_fingerprint(analyzer, "en", *_NEWS, feed=1)
    explainer = report_fingerprint(analyzer, "fr", *_EXPLAINER, feed=2)
    assert explainer.event.package_ordinals == {"NO|12"}
    verdict = compare(news.event, explainer.event)
    assert verdict.conflict == "" and verdict.event_keys == 1, verdict


_LAST_PART = [
    ("en", "The last three of the 12 Archer howitzers Sweden promised have arrived in Ukraine, the ministry said."),
    ("fr", "Les trois derniers des 12 obusiers Archer promis par la Suède sont arrivés en Ukraine."),
    ("de", "Die letzten drei der 12 Archer-Haubitzen, die Schweden zugesagt hatte, sind in der Ukraine angekommen."),
]


@pytest.mark.parametrize(("lang", "sentence"), _LAST_PART)
def test_the_last_part_of_a_promise_arriving_is_the_delivery_of_the_whole(lang, sentence):
    told = Pledge("SE", "artillery", "delivered", system="Archer", quantity=3, evidence=sentence)
    assert [p.quantity for p in completed_deliveries((told,), lang)] == [12]


@pytest.mark.parametrize(("status", "sentence"), [
    ("delivered", "The last three Archer howitzers arrived in Ukraine on Tuesday."),  # no whole told
    ("delivered", "Sweden delivered three of the 12 Archer howitzers it promised."),  # a part, not the last
    ("pledged", "Sweden will send the last three of the 12 Archer howitzers in May."),  # not arrived
])
def test_other_parts_and_promises_keep_their_counts(status, sentence):
    told = Pledge("SE", "artillery", status, system="Archer", quantity=3, evidence=sentence)
    assert completed_deliveries((told,), "en") == (told,)


def test_a_milestone_told_as_its_last_part_agrees_with_one_told_as_its_whole(analyzer):
    last_part = report_fingerprint(
        analyzer, "en", "Last of 12 Swedish Archer guns arrive in Ukraine",
        "STOCKHOLM (Wire) - The last three of the 12 Archer howitzers Sweden promised Ukraine in the spring have "
        "arrived, the Swedish defence ministry said on Thursday.", feed=1)
    whole = report_fingerprint(
        analyzer, "de", "Schweden hat alle 12 Archer-Haubitzen an die Ukraine geliefert",
        "STOCKHOLM (Agentur) - Schweden hat die Lieferung von 12 Radhaubitzen vom Typ Archer an die Ukraine "
        "abgeschlossen, teilte das Verteidigungsministerium am Donnerstag mit.", feed=2)
    verdict = compare(last_part.event, whole.event)
    assert verdict.conflict == "" and verdict.pledges_agree and verdict.details >= 1, verdict
