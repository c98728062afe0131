"""Pledges, review 61: the twenty-first held-out probe of the pledge extractor, on ORDINARY full-length wire copy of
kinds reviews 59 and 60 did not write, by someone who did not write (or read) the extractor. 24 articles (8 EN,
8 FR, 8 DE) of 1,800-3,200 characters with their headline (tests/support/review_61_articles.py), each language
with one article of each kind: a bill or an arms-sales day with several recipients (Ukraine beside Israel, Taiwan,
Jordan, the Gulf, border security), Russia's suppliers (North Korean shells, Iranian drones, Chinese parts) told
beside Western aid, money from frozen Russian assets paying for weapons (a G7 loan's share, a tax on windfall
profits, the EU's reparations loan), an EU fund (the European Peace Facility's reimbursements, a top-up, a
member's veto, the Ukraine Assistance Fund), a front-line report with one aid paragraph near the end and donated
weapons already in use, a factbox ("What Australia has given", "Les principales livraisons", "Überblick"), a live
blog with one or two aid entries among unrelated ones, and a donor paying for weapons made elsewhere (Ukrainian
drone and howitzer makers, shells ordered from a Bulgarian maker). Donors: the U.S., Britain, Canada, the EU,
Italy, France, Australia, Spain, Finland, Belgium, Denmark (background), Romania, Portugal, Hungary (a veto),
Slovakia and Hungary (refusals), Lithuania, Germany, Turkey, the Czech Republic and Japan. Every text, name and
figure is invented for this file; none is taken from the real-article set. The articles span 2022-2026 (their
datelines give no year; the facts place them).

Each article was labelled by hand before its first run, following ../shared/eval/README.md, the lead's rulings
(docs/reading-pledges.md) and reviews 52, 59 and 60's choices, as (donor, category, status, figure): the figure is
the count of things stated, else the sum of money, else None. Choices of mine where the conventions leave a case
open:
- a bill or a budget with several recipients gives only what goes to Ukraine; Israel's interceptors, Taiwan's
  training, Jordan's border money, the Gulf's Rafale and a donor's own Eurofighters give nothing; a law that
  "allows the president to send" Ukraine a thing promises it (permission to give); a budget committee's
  approval is pledged though the plenary still has to vote (review 60's committee);
- Russia's suppliers (North Korea, Iran, China) are no donors: their shells, drones and parts, their denials
  and an analyst's comparison give nothing;
- money from frozen assets is its payer's: a G7 loan's share paid out ("has paid ... the first C$2 billion of
  its C$5 billion loan") gives the part delivered and the whole pledged (review 57's shares); money earmarked
  for things ("earmarked for drones and armoured vehicles", "à l'achat d'avions F-16 et de munitions") is the
  payer's funding with each thing a record of its own, as review 52 labels the EU's windfall tranche; money
  for "Waffen und Munition" (an umbrella phrase) gives the funding alone; money for Ukraine's budget or
  reconstruction gives nothing;
- the European Peace Facility's money is the EU's (review 59): a top-up, a reimbursement to one member
  ("Tschechien soll 150 Millionen Euro erhalten") and a fund are EU funding, pledged; paid out so far is
  delivered; the member reimbursed gives the things it handed over (delivered) and nothing for the money it
  receives; a veto its holder refuses to lift is its own refusal of the sum (the ruling on vetoes); a member
  abstaining gives nothing; money paid into the Czech initiative is the payer's funding;
- a front-line report: donated weapons in use told with their donor ("the French-supplied Caesar howitzers
  fired", "von Deutschland gelieferten Gepard", "Bayraktar TB2 aus der Türkei setzt die Ukraine ... ein") are
  delivered (README: "in use"; review 52 labels "Swedish-donated CV90 ... in action" so), with no figure;
  Russia's claims of destroyed Western weapons give nothing; the aid paragraph's news is read as any news;
- a factbox's lines are each a record with the status of the list's heading ("the main items Australia has
  provided", "livrées par l'Espagne", "die wichtigsten Lieferungen") unless the line tells its own ("promised
  last October", "À venir : ... doivent être livrés"); the day's news in the factbox's lead is pledged; a
  running total tied to the news ("taking its military assistance ... to about") gives nothing; the Czech
  initiative's "mehr als eine Million Granaten in die Ukraine gelangt" gives CZ ammunition delivered with its
  count (review 60 labels "The Czech initiative has so far delivered" CZ), beside the factbox line's own
  ammunition with no count;
- a live blog: only its aid entries give records; its other entries (shelling, energy, politics, talks
  mediated by Turkey) give nothing;
- a donor paying for weapons made elsewhere gives production of the things it pays for, with their count
  (review 60's Danish model and Latvian drones): Belgium's 25,000 drones, Lithuania's 20,000 shells ordered
  from a Bulgarian maker, Germany's 1,000 drones; the contract's price gives nothing, nor the made things'
  handover told after their making ("Les premiers obus doivent être livrés en juin"); a model's pioneer told
  in passing ("Denmark pioneered the model ..., paying Ukrainian factories for Bohdana howitzers", "Dänemark,
  das seit 2024 die Produktion ukrainischer Haubitzen bezahlt") is that donor's production with no figure;
- a refusal of weapons in general ("liefert selbst keine Waffen", "will send no more weapons") is "other",
  refused (review 52's "exclu de fournir des armes létales"); a request to no one gives nothing; "Hawk" and
  "Patriot" in one factbox line are one air-defence record; spare parts are "other".

First run (2026-12-07 14:17 UTC, this branch = main at e1c28553, labels as committed in d993ee7d before any run):
5 of 24 articles fully right (EN 1 of 8: the live blog; FR 3 of 8: Italy's SAMP/T beside Russia's suppliers, the
live blog, Lithuania's shells from Bulgaria; DE 1 of 8: the EU's reparations loan); records as (donor, category,
status) matched 78 / predicted 106 / labelled 97 (P 0.74, R 0.80); with their figures too, 76 of the 101 labelled
(107 predicted). After the run one label was corrected to a convention I had missed (makers are no givers, with no
reading of the code): the English front-line report's "U.S.-made Bradley fighting vehicles carried wounded
soldiers" names the maker, not a donor, so its US armoured_vehicles delivered is out; with it: 6 of 24 (EN 2 of 8),
matched 78 / predicted 106 / labelled 96 (P 0.74, R 0.81), figures 76 of 100 (107 predicted).
Russia's suppliers (North Korea, Iran, China) are read as no donors in all three articles that tell them, and the
live blogs' aid entries are cut from the others in all three; what fails is, by cause (LEFT, 18 strict xfails):
(1) another recipient's, a non-donor's or a described thing read as a giving (Taiwan's training, the UAE's Rafale
on Greece, the drones Britain's missiles shoot down, the EU's civil money, a NATO fund's purchases, the Peace
Facility's African training, a donor's own Eurofighters); (2) a factbox's lines (a line's own "promised" lost to the
list's, verbless lines not read, a running total tied to the news read, the donor's own transport planes); (3) a
donated weapon in the background not read ("livré par les États-Unis en 2022", "Bayraktar TB2 aus der Türkei setzt
die Ukraine ... ein", "die es ... an Kiew abgegeben hat"); (4) money: a share of a promise ("the remaining C$3
billion" read as a pledge, the whole C$5 billion lost), the Ukraine Assistance Fund's 5 billion lost in English
and French, a budget's 7.1 billion without its figure, a reimbursement to one member lost, Hungary's veto on the
EU; (5) refusals in general read as pledges ("will send no more weapons", "liefert selbst keine Waffen"); (6) the
category "production" for a donor paying for Ukrainian-made howitzers (Denmark, Finland), where review 60 labels
artillery. Labels I am unsure of: the Spanish factbox's closing "demandé davantage de systèmes de défense
aérienne" as nothing (a request naming no donor, told in Madrid); "Bayraktar TB2 aus der Türkei" as TR delivered
(a source named right after the thing, though Turkey's drones were largely sold by their maker); the French
minister's "Nous produisons désormais six Caesar par mois. L'Ukraine en est la première bénéficiaire" as nothing
(a national industry's output, no order for Ukraine); the Commission's proposal to route willing members'
contributions past Hungary as nothing (a mechanism for the members' money, no giving of the EU's); the DE budget
committee's 7.1 billion as pledged though the plenary still votes; the factbox beside its news as one event
(tests/stories/test_review_61.py).

After fix 61b (causes 2, 3, 5 and 6, tests/pledges/test_review_fixes_61b.py): 10 of 24 articles right (EN 4, FR 4,
DE 2), matched 92 / predicted 106 / labelled 96 (P 0.87, R 0.96), figures 91 of 100 (107 predicted); the LEFT
entries below say what each article still reads instead. After pledges62 (tests/pledges/test_leftovers_62.py), the
EU fund articles in English and French are right (the Ukraine Assistance Fund's 5 billion is read beside the other
sums), and so is the German one (Czechia's 150 million reimbursement, the EU's, read beside the 3.5 billion).
"""

from __future__ import annotations

import pytest

from tests.support.review_61_articles import (
    BILL, ENGLISH, EU_FUND, FACTBOX, FRENCH, FRONT, FROZEN, GERMAN, LIVE, MODEL, SUPPLIERS,
)
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) Another recipient's, a non-donor's or a described thing read as a giving (Taiwan's training, the Gulf's
    # Rafale, Russia's drones, the EU's civil money, a fund's or a facility's description, a donor's own army).
    "U.S. Congress approves $91 billion aid bill for Ukraine, Israel and Taiwan":
        "'ATACMS missiles, which the Pentagon has so far provided only in small numbers' gives no US missiles "
        "delivered (the permission to send more, pledged, is read); fix61a: 'The Taiwan money will fund training' "
        "gives nothing, and the lede's '$55 billion' in a bill given 'final approval' is pledged now",
    # ("Deutschland bezahlt 1.000 ukrainische Langstreckendrohnen": fixed by leftovers63, "nannte die Finanzierung
    # eine direkte Beteiligung" is a reaction naming the giving, no cue of its own)
    # (2) A factbox's lines: a line's own status lost to the list's, lines without a verb not read, a running
    # total tied to the news read as a record, the donor's own transport planes read as given.
    "Überblick: Tschechiens wichtigste Waffenlieferungen an die Ukraine":
        "the MUNITION line's CZ ammunition delivered with no figure is one record with the initiative's 'mehr als "
        "eine Million Granaten in die Ukraine gelangt' (delivered 1,000,000, read since fix 61b: the two are one "
        "triple, restatements keep the counted one); the verbless lines, the industry's growth and the initiative's "
        "description are read as labelled since fix 61b",
    "Les principales livraisons d'armes de l'Espagne à l'Ukraine":
        "the Ukrainian president's closing 'a remercié « le peuple espagnol » et demandé davantage de systèmes de "
        "défense aérienne' gives ES air_defence discussed (my label: nothing, a request naming no donor; unsure, "
        "he asks in Madrid); every factbox line is read as labelled",
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 full-length articles a language (1,800-3,200 characters with their headline), each language with one
    of each kind the brief names: a bill with several recipients, Russia's suppliers beside Western aid, frozen
    Russian assets paying for weapons, an EU fund, a front-line report, a factbox, a live blog and a donor
    paying for weapons made elsewhere."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([BILL, SUPPLIERS, FROZEN, EU_FUND, FRONT, FACTBOX, LIVE, MODEL])
        for _, title, text, _ in articles:
            assert 1800 <= len(title) + 1 + len(text) <= 3200, title
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
