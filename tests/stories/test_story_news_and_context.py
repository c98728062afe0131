"""Who a headline names, and which of an article's pledges are its news, as story grouping
reads them (bot/core/stories/evidence/events.py):

- a group or country that welcomes something in the headline is not its giver;
- a country the headline names that gives nothing the article reports, while others do,
  is not its giver either ("the first delivery of US weapons, paid by the Netherlands");
- a pledge the article dates before its news ("last week") is context, when the article
  reports others undated, and so is its donor;
- a country whose weapons another country in the headline pays for ("US weapons", "US-Waffen",
  "armes américaines") is not the headline's giver.

Sentences written for these tests."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Pledge
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.matching import StoryCandidate, match_story
from bot.core.stories.scoring.same_event import compare
from tests.support import story_readings
from tests.support.story_readings import NOW


# Every report of this file is written in English.
def evidence(title: str, body: str = "", pledges=()) -> EventEvidence:
    return story_readings.evidence(title, body, pledges, lang="en")


def fp(title: str, body: str, *pledges: Pledge) -> StoryFingerprint:
    return story_readings.fp(title, body, *pledges, lang="en")


def test_who_welcomes_in_a_headline_is_not_its_giver():
    patriot = Pledge("DE", "air_defence", "pledged", system="Patriot", evidence="Germany sends more Patriot systems.")
    found = evidence("NATO Secretary General welcomes Germany's decision to send more Patriot systems", "", (patriot,))
    assert found.headline_donors == {"DE"} and found.headline_groups == frozenset()
    abrams = Pledge("US", "tanks", "pledged", system="Abrams", evidence="Washington will send Abrams tanks.")
    assert evidence("Berlin welcomes the US decision to send Abrams tanks", "", (abrams,)).headline_donors == {"US"}
    # a group that gives stays the headline's subject
    assert evidence("NATO allies pledge more air defence for Ukraine").headline_groups == {"NATO"}


def test_a_headline_country_that_gives_nothing_reported_is_not_its_giver():
    funded = Pledge("NL", "funding", "pledged", evidence="The package is fully funded by the Netherlands.")
    found = evidence("NATO chief welcomes the first delivery of US weapons to Ukraine under the new scheme",
                     "The package is fully funded by the Netherlands.", (funded,))
    assert found.headline_donors == frozenset()
    # nor one of its donors: the same package paid for by Norway is another event
    assert found.donors == {"NL"}
    # A country that makes what the headline reports (a contract) is its actor.
    contract = Pledge("DE", "production", "production", evidence="Germany will produce Gepard ammunition again.")
    refusal = Pledge("CH", "ammunition", "refused", evidence="Switzerland still blocks the re-export.")
    made = evidence("Germany will produce Gepard ammunition again", "Switzerland still blocks the re-export.",
                    (contract, refusal))
    assert made.headline_donors == {"DE"}
    # With nothing read from the article, the headline's countries stay its givers; its
    # subject (the first name) stays whatever the body's giver is read to be.
    assert evidence("Germany to send Leopard tanks to Ukraine").headline_donors == {"DE"}
    czech = Pledge("CZ", "ammunition", "pledged", evidence="The Czech initiative buys shells.")
    dutch = evidence("Netherlands adds 100 million euros to Czech ammunition initiative", "", (czech,))
    assert dutch.headline_donors == {"NL", "CZ"}
    german = evidence("Niederlande geben 100 Millionen Euro für tschechische Munitionsinitiative", "", (czech,))
    assert "NL" in german.headline_donors


def test_a_pledge_dated_last_week_is_context_beside_undated_news():
    news = "Norway will send six more F-16 jets to Ukraine."
    recall = "Denmark delivered its first F-16 jets last week."
    found = evidence("Norway to send six more F-16 jets", f"{news} {recall}", (
        Pledge("NO", "aircraft", "pledged", system="F-16", quantity=6, evidence=news),
        Pledge("DK", "aircraft", "delivered", system="F-16", evidence=recall)))
    assert found.pledges == {"NO|aircraft|pledged"} and found.phases == {"decision"}
    for dated in ("Le Danemark a livré ses premiers F-16 la semaine dernière.",
                  "Dänemark hat vergangene Woche die ersten F-16 geliefert."):
        other = evidence("Norway to send six more F-16 jets", f"{news} {dated}", (
            Pledge("NO", "aircraft", "pledged", system="F-16", quantity=6, evidence=news),
            Pledge("DK", "aircraft", "delivered", system="F-16", evidence=dated)))
        assert other.pledges == {"NO|aircraft|pledged"}, dated
    # A report whose pledges are all dated tells them as its news (a weekly's report).
    weekly = "Germany handed over a third IRIS-T SLM system to Ukraine last week."
    found = evidence("", weekly, (Pledge("DE", "air_defence", "delivered", system="IRIS-T", evidence=weekly),))
    assert found.pledges == {"DE|air_defence|delivered"} and found.later_deliveries == {"IRIS-T|3"}


# One announcement told by two outlets: one headed by the alliance's welcome, recalling
# another donor's pledge of last week; the other by the donor's own pledge.
WELCOME = (
    "NATO Secretary General welcomed the first delivery of US military equipment to Ukraine under the new scheme",
    "The first package is fully funded by the Netherlands, the alliance said. The Secretary General thanked "
    "the Dutch government, building on the steps taken last week by Germany to provide more Patriot systems.",
)
PLEDGE = (
    "The Netherlands pledges 500 million euros to buy US weapons for Ukraine under the new NATO scheme",
    "The Dutch defence minister said the money would buy Patriot missiles and parts for Ukraine, with the "
    "first deliveries expected in the coming weeks.",
)


def test_a_welcome_and_the_donors_own_report_of_one_package_are_one_story():
    welcome = fp(*WELCOME,
                 Pledge("NL", "funding", "pledged", evidence="The first package is fully funded by the Netherlands, "
                                                             "the alliance said."),
                 Pledge("DE", "air_defence", "pledged", system="Patriot", evidence=WELCOME[1].split(". ")[1]))
    pledge = fp(*PLEDGE,
                Pledge("NL", "funding", "pledged", value=5e8, currency="EUR", evidence=PLEDGE[0]),
                Pledge("NL", "air_defence", "pledged", system="Patriot", evidence=PLEDGE[1]))
    verdict = compare(welcome.event, pledge.event)
    assert verdict.conflict == "" and verdict.pledges_agree
    assert match_story(pledge, NOW + timedelta(hours=3), [StoryCandidate(1, welcome, NOW)]) == 1
    # Another donor's package under the same scheme, the same day, is another event.
    norway = fp(PLEDGE[0].replace("The Netherlands pledges", "Norway pledges"),
                PLEDGE[1].replace("The Dutch", "The Norwegian"),
                Pledge("NO", "funding", "pledged", value=5e8, currency="EUR", evidence=PLEDGE[0]),
                Pledge("NO", "air_defence", "pledged", system="Patriot", evidence=PLEDGE[1]))
    assert match_story(norway, NOW + timedelta(hours=3), [StoryCandidate(1, welcome, NOW)]) is None
    assert match_story(norway, NOW + timedelta(hours=3), [StoryCandidate(2, pledge, NOW)]) is None


def test_a_donor_recalled_as_last_week_is_no_donor_of_the_news():
    # Finland's news recalls Estonia's pledge of last week; Estonia pledges again today.
    news = "Finland will give Ukraine 400 million euros for artillery ammunition."
    finnish = Pledge("FI", "ammunition", "pledged", value=4e8, currency="EUR", evidence=news)
    estonia_today = evidence("Estonia to send more air defence missiles to Ukraine",
                             "Estonia will send Ukraine more air defence missiles.",
                             (Pledge("EE", "air_defence", "pledged",
                                     evidence="Estonia will send Ukraine more air defence missiles."),))
    for recall in ("Last week Estonia pledged air defence missiles worth 100 million euros.",
                   "La semaine dernière, l'Estonie avait promis des missiles de défense antiaérienne.",
                   "Vergangene Woche hatte Estland Flugabwehrraketen zugesagt."):
        found = evidence("Finland pledges 400 million euros for shells", f"{news} {recall}", (
            finnish, Pledge("EE", "air_defence", "pledged", evidence=recall)))
        assert found.donors == {"FI"}, recall
        assert compare(found, estonia_today).conflict == "donors", recall
    # All dated, the recalled pledge is the report's news and its donor stays.
    weekly = "Estonia pledged air defence missiles last week."
    found = evidence("", weekly, (Pledge("EE", "air_defence", "pledged", evidence=weekly),))
    assert found.donors == {"EE"}


def test_the_country_whose_weapons_another_pays_for_is_not_the_headlines_giver():
    swedish = Pledge("SE", "funding", "pledged", value=3e8, currency="USD", evidence="Sweden pays.")
    danish = Pledge("DK", "funding", "pledged", value=3e8, currency="USD", evidence="Denmark pays.")
    for title, pledge, donor in (
        ("Sweden to pay $300 million for US weapons for Kyiv", swedish, "SE"),
        ("US-Waffen für die Ukraine: Dänemark zahlt 300 Millionen Dollar", danish, "DK"),
        ("Le Danemark paie 300 millions de dollars d'armes américaines pour Kiev", danish, "DK"),
        ("Schweden kauft amerikanische Waffen für die Ukraine", swedish, "SE"),
    ):
        assert evidence(title, "", (pledge,)).headline_donors == {donor}, title
    # The two payers are two events, though both name the maker.
    us = Pledge("US", "air_defence", "pledged", system="Patriot", evidence="American Patriot missiles.")
    first = evidence("Sweden to pay $300 million for US weapons for Kyiv", "", (swedish, us))
    second = evidence("US-Waffen für die Ukraine: Dänemark zahlt 300 Millionen Dollar", "", (danish,))
    assert compare(first, second).conflict == "donors"
    # Named alone, or with a kind of weapon, the country is the giver.
    assert evidence("US weapons arrive in Ukraine").headline_donors == {"US"}
    tanks = Pledge("DE", "tanks", "delivered", system="Leopard 2", evidence="German tanks arrive.")
    assert evidence("German tanks arrive in Ukraine, Norway pays for the fuel", "", (tanks,)).headline_donors >= {"DE"}
