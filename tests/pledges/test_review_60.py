"""Pledges, review 60: the twentieth held-out probe of the pledge extractor, on ORDINARY full-length wire copy of
kinds review 59 did not write, by someone who did not write (or read) the extractor. 24 articles (8 EN, 8 FR,
8 DE) of 1,800-3,200 characters with their headline, each language with one article of each kind: a summit or
ministers' meeting where several donors announce something (with a communiqué line and a press-conference
quote), a parliament's vote on money or arms (the government's request, the opposition's amendment), a
delivery told from the receiving side ("the first four of the eight", "the remaining ... by the spring"), a
joint venture or licence production paid for by a government, an updated or corrected story ("UPDATE 2",
"(Mise à jour)", "(Neufassung)", "Berichtigung") whose corrected figure is the one to read, an aid tracker's
ranking whose totals are background beside one new pledge (or none), a delay or shortfall ("only 20 of the 50",
"n'a livré que", "verzögert sich") with the promised and delivered numbers, and an interview with a minister or
an army chief telling past and future steps in quotes. Donors: Denmark, the Netherlands, Norway, Sweden,
Iceland, Czechia (background), Britain, Estonia, Lithuania, Luxembourg, Slovenia, Croatia, Hungary (a veto),
Bulgaria, Poland, Greece, the EU, the allies in a summit's communiqué, Germany, Latvia, the U.S., Ireland
(non-lethal) and South Korea (a refusal). Every text, name and figure is invented for this file; none is taken
from the real-article set. The articles span 2022-2026 (their datelines give no year; the facts place them).

Each article was labelled by hand before its first run, following ../shared/eval/README.md, the lead's rulings
(docs/reading-pledges.md) and review 59's choices, as (donor, category, status, figure): the figure is the count
of things stated, else the sum of money, else None. Choices of mine where the conventions leave a case open:
- a delivery of part of a promise ("the first four of the eight ... Sweden promised", "Von den 35 zugesagten ...
  erst zwölf", "n'a livré que 410 000 des 1 million promis") gives the part delivered with its count and the
  promise pledged with its whole count, since the rest is still to come (review 57's shares); "the remaining
  four", "die übrigen 20" are that promise, no record of their own;
- a corrected story is read as it stands after the correction: the correction note's wrong figure gives
  nothing, the body's corrected figure is the record; the note's "adds details" gives nothing;
- a tracker's ranking, totals per country and shares of GDP give nothing (the lead's ruling of stop 54); the
  day's new pledge told beside them is a record; a tracker story with no new pledge gives none;
- a government's request and the committee's approval of the same sum are one record (pledged); an
  opposition amendment voted down that would have limited or removed the aid gives nothing; an opposition
  motion voted down that urged a giving (Taurus) leaves that giving discussed (motions.py's ruling);
- money paid into a fund or an initiative that buys things is the payer's funding (the lead's convention),
  the things it buys no record; a contract's worth told beside the things' count is their price, no record;
- a joint venture or licence plant a government pays for gives that government production of the things it
  pays for, with their count (else its sum); the firms, the venture's shares and the licence give nothing;
- a donor's own replacements ("replaced by new ones ordered", "durch neue ... ersetzen"), a ring exchange's
  tanks for the giver (Germany's Leopards for Croatia) and a maker's sales to third countries give nothing;
- "helicopters" are aircraft; body armour, helmets and demining equipment are "other"; Javelin is small_arms.

First run (2026-12-07 11:37 UTC, this branch = main at b72a337b, labels as committed in 1fe4ba9e before any run):
2 of 24 articles fully right (EN 1 of 8: Britain's joint venture; FR 0 of 8; DE 1 of 8: the NATO summit); records
as (donor, category, status) matched 79 / predicted 125 / labelled 98 (P 0.63, R 0.81); with their figures too, 76
of the 100 labelled (128 predicted). After the run four labels were corrected to conventions the lead's rulings
state and I had missed (no reading of the code): a request addressed to a donor is discussed for the donor asked
("Kiew bat Warschau ... um weitere Flugabwehrsysteme" PL air defence, "Kiew hatte Seoul ... um Flugabwehrsysteme
und Granaten gebeten" KR air defence and ammunition), and a sum for aid the things exemplify is that kind's worth
("20 Millionen Euro für nicht-tödliche militärische Ausrüstung wie Minenräumgeräte" IE other, not funding); with
them: matched 82 / predicted 125 / labelled 101 (P 0.66, R 0.81), figures 79 of 103 (128 predicted), still 2 of 24.
The news of the day (the headline and lede's giving, its figure and status) is read in most articles; what fails
is the rest of a full-length article. By cause (LEFT, 22 strict xfails): (1) reactions, an analyst, a law, a
request to no one or a closing paragraph read as givings (Moscow's "Western weapons deliveries", "Nous avions
promis" read as aircraft, "Das südkoreanische Recht verbietet", the K9's users, Korean sales to Poland, "Westliche
Kampfpanzer ... im Einsatz"); (2) a tracker's totals and ranking read as pledges, a country's figure given to the
one named before it (Britain's 12 billion pounds on the U.S.); (3) a figure lost or swapped in a part of a promise
("n'a livré que 410 000 des 1 million" delivered 1,000,000; "Von den 35 zugesagten ... erst zwölf" the promise
without 35; "had reached 50,000 soldiers", "ont déjà livré 24 avions" without their counts); (4) a correction note
read as a giving ("corrects number of howitzers ... to 18" pledged); (5) a donor's own replacements or plants, or
Ukraine's own output, read as aid; (6) givings not read at all or given to the wrong giver (Croatia's 300 trainees,
Hungary's veto, "Le pays avait déjà envoyé" ALLIES, Greece's naval training, Poland's ammunition, the opposition's
Taurus motion voted down read pledged). Labels I am unsure of: Iceland's "2.4 billion crowns to buy artillery
shells ... through a Czech-led initiative" as funding (an initiative's payer) rather than the shells' worth; "La
Norvège a déjà livré avec les États-Unis des NASAMS ..., ainsi que des obus" giving the shells to Norway alone; the
German budget's "bereits acht Milliarden Euro ... eingeplant; mit der Freigabe steigt die Summe auf elf" as a
record of 8 billion (the running total's base); "the first four of the eight ... The remaining four are expected"
as delivered 4 and pledged 8 (review 57's shares); the Polish venture's plant as no record of its own.

Fix 60b (causes 2, 3 and 6): the German budget's 8 billion is taken out of the labels by the rulings on running
totals (round 52: a running total tied to the news, "mit der Freigabe steigt die Summe auf elf Milliarden", is no
record, and the sum "bereits ... eingeplant" before it is the same total before the news, background as well).

Pledges61 settles the two labels left to the lead by the real set's own labels (docs/reading-pledges.md): Iceland's
crowns "to buy artillery shells ... through a Czech-led initiative" are the shells' worth (IS ammunition pledged,
as review 43 labels the same form and the real set labels a donor's sum "for artillery shells" beside an
initiative's), and Poland's "sowie Ersatzteile" are PL other pledged (as round 18 labels them and the real set
labels every listed thing, helmets and motor vehicles among them).
"""

from __future__ import annotations

import pytest

from tests.support.review_60_articles import (
    DELAY, DELIVERY, ENGLISH, FRENCH, GERMAN, INTERVIEW, PARLIAMENT, SUMMIT, TRACKER, UPDATED, VENTURE,
)
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) A reaction, an analyst, a law, a request to no one or a closing paragraph read as a giving.
    # (Iceland's article: fixed by pledges62, "defence spending" is the country's own budget, a noun, no promise)
    # (the K9 article: fixed by fix60a and pledges61, an afterthought after a comma, "..., ainsi que des obus", is
    # the giver's alone)
    # (the EU's shells article: fixed by fix60a and pledges61, a purchase proposed and the initiative weighed are
    # under discussion, money for a capacity to make is category production, the shells ordered told again no
    # contract of their own)
    # (South Korea's interview: fixed by fix60a and pledges61, the quote's "wir" borrows Seoul, the subject of the
    # reported clause before it)
    # (2) An aid tracker's totals and ranking read as pledges: fixed (fix 60b).
    # (3) A delivered or promised figure lost or swapped: fixed (fix 60b).
    # (4) A corrected or updated story's note read as a giving: fixed (fix60a).
    # (5) A donor's own forces, replacements or plants, or the recipient's own industry, read as aid.
    # (Sweden's Archer article: fixed by fix60a and pledges61, each thing received takes the nation named with it,
    # Ukraine's guns and shells compared with Russia's are none given)
    # (Latvia's venture: fixed by pledges61, the venture, its contract and its partner told again are no second
    # making, Kyiv canvassing partners is a request to no one)
    # (6) A giving not read at all, or given to the wrong giver.
    # (Poland's BWP-1 article: its spare parts labelled PL other pledged by pledges61, as round 18 labels "sowie
    # Ersatzteile" and the real set labels every listed thing, helmets and motor vehicles among them)
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 full-length articles a language (1,800-3,200 characters with their headline), each language with one
    of each kind the brief names: a summit, a parliament's vote, a delivery told by the receiver, a joint
    venture, an updated or corrected story, a tracker's ranking, a delay and an interview."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([SUMMIT, PARLIAMENT, DELIVERY, VENTURE, UPDATED, TRACKER, DELAY, INTERVIEW])
        for _, title, text, _ in articles:
            assert 1800 <= len(title) + 1 + len(text) <= 3200, title
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
