"""Story grouping, round 53r (review 53, causes d1 and d2). Every text is invented for this file (none is taken from
the real-article set or from the review's probe).

- d1: a German or French headline headed by a minister's surname and the meeting's place ("Solbakken sagt in
  Ramstein vier weitere NASAMS-Werfer zu"), the person introduced in the lead with title and full name. The entity
  lists know leaders, not every minister, so the only name the headline gave was Ramstein (the contact group): read
  as a group's headline, it stayed apart from the country-first report of the same pledge (the 'subject' conflict).
  A person is no group: the surname stands for the government whose pledges the report reads
  (bot/core/stories/evidence/headline_people.py). A headline that names the allies still heads a meeting's round-up.
- d2: a correction of a figure ("16 howitzers, not 24") filed by another outlet, beside the reports of the first
  figure: it shared no count with them (the wrong figure read as an earlier batch recalled) and joined none. The
  figure it names as wrong is theirs (bot/core/stories/figures/figures_corrected.py), when the report says it
  corrects (an error, "corrects", "korrigiert", "rectifie"): a government cutting its pledge a day later ("eight
  rather than the
  12 announced on Monday") is news of its own. Two pledges of one donor with their own counts ("eight more, on top of
  the 24 pledged in May") stay two.
"""

from __future__ import annotations

import pytest

from bot.core.models import Pledge
from bot.core.stories.evidence.headline_people import government_of_heading_person
from bot.core.stories.figures.figures_corrected import corrected_counts
from bot.core.text import fold
from tests.support.story_pairs import matcher_joins

NORWAY_EN = ("en", "Norway pledges four more NASAMS launchers for Ukraine at Ramstein",
             "RAMSTEIN, Germany (Wire) - Norway will give Ukraine four more NASAMS air defence launchers before "
             "winter, Defence Minister Erik Solbakken told the Ukraine Defence Contact Group on Friday.")
NORWAY_DE = ("de", "Solbakken sagt in Ramstein vier weitere NASAMS-Werfer zu",
             "RAMSTEIN (Agentur) - Norwegen wird der Ukraine vor dem Winter vier weitere Startgeräte des "
             "Flugabwehrsystems NASAMS liefern. Das kündigte Verteidigungsminister Erik Solbakken am Freitag beim "
             "Treffen der Ukraine-Kontaktgruppe in Ramstein an.")
NORWAY_FR = ("fr", "Solbakken promet à Ramstein quatre lanceurs NASAMS de plus",
             "RAMSTEIN (Agence) - La Norvège livrera à l'Ukraine quatre lanceurs NASAMS supplémentaires avant "
             "l'hiver, a annoncé vendredi le ministre norvégien de la Défense Erik Solbakken devant le groupe de "
             "contact.")
ALLIES_ROUND_UP = ("en", "Allies pledge more air defence for Ukraine at Ramstein meeting",
                   "RAMSTEIN, Germany (Wire) - Ukraine's allies promised more air defence systems on Friday at the "
                   "contact group's meeting, where Norway said it would send four more NASAMS launchers.")


@pytest.mark.parametrize("surnamed", [NORWAY_DE, NORWAY_FR])
def test_a_headline_headed_by_a_ministers_surname_joins_the_country_first_report(analyzer, surnamed):
    assert matcher_joins(analyzer, NORWAY_EN, surnamed, hours=1)
    assert matcher_joins(analyzer, surnamed, NORWAY_EN, hours=1)


def test_a_headline_naming_the_allies_still_heads_the_meetings_round_up(analyzer):
    assert not matcher_joins(analyzer, ALLIES_ROUND_UP, NORWAY_DE, hours=1)


def _pledge(donor: str, status: str = "pledged") -> Pledge:
    return Pledge(donor=donor, item="NASAMS", category="air_defence", quantity=4, status=status, evidence="")


@pytest.mark.parametrize(("title", "lead", "pledges", "government"), [
    (NORWAY_DE[1], NORWAY_DE[2], (_pledge("NO"),), "NO"),
    # The surname never introduced with a title and a first name: no person known.
    ("Solbakken sagt in Ramstein vier weitere NASAMS-Werfer zu", "Norwegen liefert der Ukraine vier NASAMS-Werfer.",
     (_pledge("NO"),), None),
    # A place as the headline's label, not a person.
    ("Ramstein: Norwegen sagt vier NASAMS-Werfer zu", NORWAY_DE[2], (_pledge("NO"),), None),
    # Two governments' pledges: whose minister is not told.
    (NORWAY_DE[1], NORWAY_DE[2], (_pledge("NO"), _pledge("SE")), None),
])
def test_the_government_a_heading_surname_stands_for(title, lead, pledges, government):
    assert government_of_heading_person(title, lead, pledges, []) == government


DENMARK_EN = ("en", "Denmark to send Ukraine 24 Caesar howitzers",
              "COPENHAGEN (Wire) - Denmark will send Ukraine 24 Caesar self-propelled howitzers from its army's "
              "stocks, the defence minister said on Wednesday.")
DENMARK_DE = ("de", "Dänemark schickt der Ukraine 24 Caesar-Haubitzen",
              "KOPENHAGEN (Agentur) - Dänemark wird der Ukraine 24 Radhaubitzen vom Typ Caesar aus Beständen der "
              "Armee liefern, teilte das Verteidigungsministerium am Mittwoch mit.")
CORRECTION_EN = ("en", "Denmark corrects Caesar figure: 16 howitzers, not 24, for Ukraine",
                 "COPENHAGEN (Paper) - Denmark will send Ukraine 16 Caesar howitzers, not 24 as first announced, the "
                 "defence ministry said on Wednesday evening, citing an error in the minister's statement.")
CORRECTION_DE = ("de", "Dänemark korrigiert: 16 statt 24 Caesar-Haubitzen für die Ukraine",
                 "KOPENHAGEN (Zeitung) - Dänemark wird der Ukraine 16 und nicht 24 Radhaubitzen vom Typ Caesar "
                 "liefern, teilte das Verteidigungsministerium am Mittwochabend mit.")
SECOND_BATCH = ("en", "Denmark to send Ukraine eight more Caesar howitzers",
                "COPENHAGEN (Paper) - Denmark will send Ukraine eight more Caesar howitzers, on top of the 24 it "
                "pledged on Wednesday, the defence minister said.")


@pytest.mark.parametrize("first", [DENMARK_EN, DENMARK_DE])
@pytest.mark.parametrize("correction", [CORRECTION_EN, CORRECTION_DE])
def test_a_correction_of_a_figure_joins_the_reports_it_corrects(analyzer, first, correction):
    assert matcher_joins(analyzer, first, correction, hours=6)


def test_another_batch_with_its_own_count_stays_apart(analyzer):
    assert not matcher_joins(analyzer, DENMARK_EN, SECOND_BATCH, hours=6)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Denmark corrects Caesar figure: 16 howitzers, not 24, for Ukraine", {24}),
    ("will send 16 Caesar howitzers, not 24 as first announced, citing an error", {24}),
    ("Korrektur: Dänemark liefert sechzehn statt 24 Haubitzen", {24}),
    ("Dänemark liefert 16 Haubitzen statt wie irrtümlich gemeldet 24.", {24}),
    ("le Danemark livrera 16 canons Caesar et non 24, a rectifié le ministère", {24}),
    ("Correction: 16 instead of 24 howitzers", {24}),
    # No correction: a choice between two things, a share, a negation with no figure corrected.
    ("Correction: Denmark will send 16 howitzers, not 24 tanks", set()),
    ("Correction: a 16 percent rise, not 24 percent", set()),
    ("Correction: Denmark sent 16 howitzers, not all of them new", set()),
    # No word of a correction: a decision changed, news of its own.
    ("Denmark will send 16 howitzers rather than the 24 announced on Monday", set()),
    ("le Danemark ne livrera que 16 canons, et non 24 comme annoncé la veille", set()),
])
def test_the_figure_a_correction_names_as_wrong(text, wrong):
    assert corrected_counts(fold(text)) == wrong
