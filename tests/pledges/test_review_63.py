"""Pledges, review 63: the third held-out probe of the pledge reader on FEED ITEMS (a headline and an RSS summary), the
shape the real set and the held-back set are made of, by someone who did not write (or read) the reader. 48 items
(16 EN, 16 FR, 16 DE; tests/support/review_63_articles.py), each a headline and a summary of 80-1,000 characters, or
a headline alone (three aggregator items, summary ""), on ground reviews 62 and 62b did not cover: defence trade
press (M113A2, CV90 Mk IV, IRIS-T SLM and SLS, SAMP/T and SAMP/T NG, CAESAR Mk II, RCH 155, Hawk, Mistral 3, TRML-4D,
Archer, makers beside governments, a contract number, "under a contract", an FMS case, BAAINBw, DGA, FMV);
aggregator items (a headline ending " - Outlet", a summary repeating the headline or listing related headlines);
live blogs and digests ("Live:", "EN DIRECT", "Liveticker", "ce qu'il faut retenir", "The day in brief", "Das
Wichtigste am Morgen") with one aid item among unrelated news; comment (op-ed, tribune, Kommentar), fact checks
("Fact check: No, ...", "Vrai ou faux", "Faktencheck: Nein, ..."), questions and answers ("What is ...?", "Qu'est-ce
que ...?", "Was ist ...?"), timelines of older pledges with their years; quantities in words and approximations ("a
dozen", "about 20", "several hundred", "up to 1,200", "une vingtaine", "une trentaine", "une centaine", "près de",
"au moins", "une poignée", "plusieurs centaines de millions", "ein Dutzend", "rund zwei Dutzend", "rund 40",
"mehrere hundert", "mehr als 100", "gut die Hälfte", "ein Drittel"); groups as donors (the Baltic states, "Nordische
Länder", Benelux, les Vingt-Sept, die EU-Staaten, the coalition of the willing) and one donor paying for another's
kit (Norway for Sweden's Archers, Denmark and Norway for Sweden's CV90s, EU money for a French order); a headline the
summary softens or corrects ("to send" over "is considering", "liefert" over "erwägt", "19 F-16" over "finalement 12
..., et non 19"); Swiss, Austrian, Belgian, Canadian (English and French) and African francophone outlets; agency
prefixes ("TALLINN, Dec 3 (Reuters) -", "ROME (AFP) -", "(AFP) -", "Vilnius (dpa) -", "BERLIN (dpa-AFX) -", "Brüssel
(APA/dpa) -", "OSLO (NTB) -"). Donors: the U.S., Belgium, Sweden, Denmark, Norway, Portugal, Czechia, Finland,
Canada, Germany, Spain, France, Italy, Estonia, Latvia, Lithuania, the EU, Poland, the Netherlands, Britain,
Australia, Switzerland, Luxembourg and the allies. Years 2022-2028. Every text, name and figure is invented for this
file; none is taken from the real-article set.

Each item was labelled by hand before its first run, following ../shared/eval/README.md ("from the title and
summary only"), the lead's rulings (docs/reading-pledges.md) and earlier reviews' choices, as (donor, category,
status, figure): the figure is the count of things stated, else the sum of money, else None. My calls where the
conventions leave a case open:
- approximations give their number ("about 20", "une vingtaine", "près de 300", "au moins 10", "up to 1,200", "a
  dozen", "mehr als 100", "rund zwei Dutzend" = 24, "une trentaine" = 30); words with no number ("several hundred",
  "mehrere hundert", "une poignée", "plusieurs centaines de millions", "gut die Hälfte", "a second batch") give none;
  an ordinal ("its 500,000th shell") is no count; a figure told of several donors together ("jointly buy a dozen",
  "gemeinsam ein Dutzend", "zusammen rund 40", "conjointement près de 100 000", "livrent ensemble une centaine") is
  on no partner's record;
- one donor paying for another's kit: both are givers (Norway paying for Sweden's 18 Archers: both pledged with the
  count; Denmark and Norway "each paying a third" of Sweden's CV90 order: each production, the count on the buyer;
  the EU's money for the DGA's 12 CAESAR: both production with the count; unsure, the count may belong to the one
  that delivers or orders only); a share of the cost ("die Kosten trägt zu einem Drittel Portugal") adds nothing to
  the joint pledge; a fund's third "soll noch in diesem Jahr fließen" (not yet paid) adds nothing;
- groups: a headline's group ("Baltic states", "Belges, Néerlandais et Luxembourgeois", "les trois pays du Benelux")
  gives way to the members the body names; a group alone ("Nordische Länder" in an aggregator item with no body) is
  the allies (ALLIES, the round-54 convention; unsure: the Nordic group was taken out of the entities at stop 54);
  "les Vingt-Sept" and "die EU-Staaten" are the EU; the coalition of the willing pledging "to keep arming its army"
  names no thing (no record; the reassurance force is troops, no aid);
- live blogs and digests: only the aid entry gives records (the unrelated entries nothing); a trainer "en Belgique,
  des instructeurs de l'armée" is Belgium, and "formation de 150 mécaniciens ukrainiens sur F-16" is training alone
  (the F-16 is what they train on);
- comment, fact checks and explainers: what they tell as fact is read ("Germany has refused for almost three years"
  refuses; "Paris a déjà cédé une poignée de Mirage" delivers; "its last Leopard 2A4 were handed over in 2024"
  delivers; "Die Bundesregierung lehnt eine Lieferung ... weiterhin ab" refuses; the Netherlands' Patriot missiles
  "bestellt" via FMS are production with the sum), what they argue for ("should send", "doit livrer") and the viral
  claim a fact check calls false give nothing; "aucune livraison de chars n'a eu lieu" is a denied fact, no refusal;
- timelines: each dated step keeps its own status ("Germany sent the first IRIS-T" and "Patriot batteries arrived
  from the U.S. and Germany" delivered, "the U.S. pledged NASAMS" pledged, "l'Australie promet 38 chars" pledged,
  "Zusage von drei weiteren IRIS-T SLM und 10 IRIS-T SLS-Startgeräten" two promises with their counts, "Berlin
  finanziert ... Flugabwehr aus ukrainischer Produktion" production); "Deutschland liefert ein Patriot-System" in a
  German Chronik is a delivery told in the historic present (one record with the first IRIS-T, "ein" no count);
- a headline the summary softens or corrects: the summary wins ("Italy to send" / "is considering ..., no decision"
  discussed; "Tschechien liefert ... 20 Kampfhubschrauber" / "Prag erwägt ... Über Zahl ... noch nicht entschieden"
  discussed with no figure; "va livrer 19 F-16" / "livrera finalement 12 ..., et non 19" pledged 12); unsure: the
  headline's words are published text too;
- a contact-group meeting with "keine neuen Zusagen für Kampfpanzer" and no figures gives no record (a meeting with
  no concrete pledge); unsure: it may be read as the tanks discussed;
- refusals of a re-export: the government forbidding is the refuser with the count ("rejeté ... une demande du
  Danemark ... une trentaine de blindés Piranha": CH armoured refused 30; "ein Gesuch Spaniens abgelehnt, rund zwei
  Dutzend Flugabwehrkanonen": CH air defence refused 24), the asking country no record; "Paris et Rome ont exclu d'en
  céder" refuses for both; Paris declining to pay into PURL ("n'y contribuerait pas") refuses funding;
- trade press: a government's contract with a maker for Ukraine is production with its count (the RCH 155's "Wert von
  rund 1,1 Mrd. Euro" is the guns' worth, no second record), or with its sum when no count is told ($318 million for
  Hawk interceptors); radars for air defence (TRML-4D) are air defence; Carl Gustaf launchers are small arms, "sowie
  Munition dafür" their own ammunition (part of their record).

First run (2026-12-07 20:20 UTC, this branch = main at 2123194f, labels as committed in 834e3260 before any run): 27
of 48 items fully right (EN 11 of 16, FR 9 of 16, DE 7 of 16); records as (donor, category, status) matched 54 /
predicted 80 / labelled 77 (P 0.68, R 0.70); with their figures too, 54 of the 77 labelled. What passes: the
approximations "about 20", "une vingtaine", "près de 300", "au moins 10", "up to 1,200", "rund zwei Dutzend" (24,
though on the wrong giver), "une trentaine", "mehr als 100", and "several hundred", "mehrere hundert", "une poignée"
giving no count; the three headline-only aggregator items and the summary repeating the headline with its outlet
("Portugal to send €100 million in drones"); the live blogs and digests ("Live:", "EN DIRECT", "+++ 11.20 Uhr",
"The day in brief", "Das Wichtigste am Morgen"), only their aid entry read; the trade press's contracts (Hawk $318M
under USAI with a contract number, RCH 155 by BAAINBw with its worth, the FMS case's 300 Mio. Dollar, Sweden's 14
CV90 by FMV), the M113A2 delivery with "about 20", the Archers Norway pays for and Sweden delivers; the op-ed's,
tribune's and fact checks' arguments and claims giving nothing (Spain's, Germany's); the coalition of the willing's
explainer giving nothing; the English timeline (five records, the years); the Vingt-Sept and the EU-Staaten as the EU
(with the fund's purposes; "Ein Drittel der Summe soll ... fließen" adding nothing); the Swiss refusal of the
Piranha; the joint "gemeinsam ein Dutzend" and "zusammen rund 40" on no partner; the Danish correction "finalement
12 ..., et non 19" over the headline's 19. What fails is, by cause (LEFT, 21 strict xfails): (1) status: "has
refused for almost three years to give" read as a promise; a headline's "to send" / "liefert ... 20" kept over a
body that only considers (labels unsure); "will jointly buy ... from Diehl ... for Ukraine" and "vont acheter
conjointement ... auprès de fabricants" read as promises, not production (the Benelux also read as Belgium alone
with the joint figure and worth); an aggregator headline's present "hands Ukraine its 500,000th shell" read as a
promise; a French timeline's date labels splitting no sentence and its historic present ("livrent ensemble") read
as a promise; a fact check's "aucune livraison ... n'a eu lieu" and "confirme ... l'envoi récent" read as promises;
(2) a delivery or promise not read: "Geliefert ist ... nur gut die Hälfte"; a second count of a second IRIS-T
variant ("drei weiteren IRIS-T SLM und 10 IRIS-T SLS-Startgeräten") merged; "Nordische Länder kaufen ... über PURL"
read as nothing (label unsure); (3) givers: the asking country read as the refuser ("ein Gesuch Spaniens
abgelehnt", the Bundesrat named no country); the DGA's order paid by EU money given to the EU alone (label unsure);
payers of shares of another's order ("with Denmark and Norway each paying a third") not read; a PURL explainer's
description read as a US promise, Paris's "n'y contribuerait pas" and the partners' "y ont déjà versé plusieurs
centaines de millions" not read; (4) things not given read as given: the F-16 mechanics train on (with their count),
a repair shop and a share of its cost ("ein Werk in Sevilla ... die Kosten trägt zu einem Drittel Portugal") as a
factory, a spare-parts reserve kept by the giver, "Munition dafür" as a second thing, a meeting's topics ("Im
Mittelpunkt standen Flugabwehr und Munition") as promises and its "keine neuen Zusagen" as a refusal, the TRML-4D
radars as other (label unsure).

After fix63a (causes 1 and 2, tests/pledges/test_review_fixes_63a.py): 37 of 48 items fully right (EN 15, FR 12, DE
10); records as (donor, category, status) matched 68 / predicted 78 / labelled 77 (P 0.87, R 0.88). Fixed: the op-ed's
refusal across "for almost three years", the headlines the summary weighs (Italy, Czechia), the Baltic and Benelux
purchases from makers (production; Benelux as its three members), "hands Ukraine its 500,000th shell", the French
timeline's date labels and historic present, the French fact check's denied delivery and "l'envoi récent", the
German comment's "Geliefert ist bis heute nur gut die Hälfte", the Chronik's second IRIS-T count. Left of these
causes: "Nordische Länder kaufen ... über PURL" (no record: the Nordic group stays out of the entities, stop 54's
choice, label unsure as the probe says).
"""

from __future__ import annotations

import pytest

from tests.support.review_63_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) Status: a verb of refusing, considering, buying or delivering read as a promise.
    # (2) A delivery or a promise not read: a German participle first, a second count, a group's purchase.
    "Nordische Länder kaufen Patriot-Raketen für Kiew über PURL - Ostsee-Anzeiger":
        "'Nordische Länder kaufen Patriot-Raketen für Kiew über PURL' (an aggregator's headline repeated) gives "
        "nothing; expected ALLIES air_defence pledged (label unsure: the Nordic group was taken out of "
        "config/entities.toml at stop 54, so no record may be the reader's chosen answer)",
    # (3) Givers: who forbids, who pays, who orders.
    # ("Qu'est-ce que le mécanisme PURL, auquel Paris refuse de contribuer ?": fixed by leftovers64, French "y"
    # before a verb of paying names the fund told before ("n'y contribuerait pas", "y ont déjà versé"), and a sum
    # with a vague count and no figure, "plusieurs centaines de millions de dollars", is money)
    # (4) Things not given read as given: what trainees train on, a repair shop, a spare-parts reserve, a
    # system's own ammunition, a meeting's topics.
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_items_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """16 feed items a language, each of a different outlet kind; one a language (an aggregator's) a headline alone,
    the others a headline and a summary of 80-1,000 characters, most (two thirds or more) of 150-450; no headline
    twice."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        assert len(articles) == 16
        assert len({kind for kind, _, _, _ in articles}) == 16
        lengths = [len(summary) for _, _, summary, _ in articles]
        assert lengths.count(0) == 1
        assert all(80 <= length <= 1000 for length in lengths if length)
        assert sum(150 <= length <= 450 for length in lengths) >= 10
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 48
