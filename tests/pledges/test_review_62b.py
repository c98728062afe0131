"""Pledges, review 62b: the second held-out probe of the pledge reader on FEED ITEMS (a headline and an RSS summary),
the shape the real set and the held-back set are made of, by someone who did not write (or read) the reader. 48
items (16 EN, 16 FR, 16 DE; tests/support/review_62b_articles.py), each a headline and a summary of 80-1,000
characters (most 180-360), covering ground review 62 (tests/pledges/test_review_62.py) did not: summaries that are
only the first one or two sentences of a longer story, so that the pledge is told only in the headline (Croatia's
30 M-84, Slovenia's 20 Schützenpanzer, Iceland's 30 000 obus) or only half told ("Part of the money will go toward
buying drones and"); headlines with colons, quotes and question marks ("Taurus für Kiew?", « Pas à l'ordre du
jour », "Will Canada send ...?", "Weitere Patriots ...?"); a headline's figure the summary does not repeat ("£1.5bn
for 5,000 air defence missiles" over "thousands of ... missiles"), and summaries telling a total beside the new part
("bringing Australia's total ... to more than $1.5 billion", "portant à 3,5 milliards le total", "um 2 Mrd. Euro auf
nun 8 Mrd. Euro"); round-ups of four donors in one summary (EN, FR, DE); numbers written "1,000", "2,500", "1 000",
"100 000", "30 000", "1.000", "100.000", "1.5bn", "€1,5 Mrd.", "1,5 milliard", "2 Mrd. Euro", "400 Mio. Euro",
"$1.2B", "1,2 Mrd. Dollar", "C$500M", "€250m" and in words ("douze", "drei weitere"); weapons by local names and
abbreviations (Leopard 1A5 / 2A4, „Leos“, PzH 2000, RCH 155, Radhaubitze, Mehrfachraketenwerfer, M270, LRU,
obusiers Caesar, "les Rafale", 'Patriots', Bushmaster, Mi-8, M-84); financing jargon (USAI, PDA / drawdown,
"prélevées sur les stocks", PURL, EPF / FEP / Facilité européenne pour la paix, Ertüchtigungsinitiative); regional
and far-flung outlets (Ouest-France-, La Dépêche-, Süddeutsche-, NDR-, BR-like; Australian, Canadian (English and
French), Indian, Gulf, Israeli, Baltic, Balkan and Nordic English-language papers; Belgian, Swiss and Austrian
broadcasters); questions and denials ("dismissed a newspaper report", "dément", "dementiert", "refuse de
trancher"). Donors: Australia, Canada, the U.S., Britain, Norway, Estonia, the Netherlands, Croatia, Sweden,
Finland, Denmark, Latvia, the EU, Montenegro, Germany, Israel, France, Belgium, Italy, Spain, Iceland, Poland,
Slovenia. Every text, name and figure is invented for this file; none is taken from the real-article set. Years
2022-2026 (the items give no year, or the year of the budget they tell).

Each item was labelled by hand before its first run, following ../shared/eval/README.md ("from the title and
summary only"), the lead's rulings (docs/reading-pledges.md) and earlier reviews' choices, as (donor, category,
status, figure): the figure is the count of things stated, else the sum of money, else None. My calls where the
conventions leave a case open:
- a pledge told only in the headline ("Croatia to hand Ukraine 30 more M-84 tanks" over "had agreed a new package
  with Kyiv") is that pledge with the headline's count; a headline's count beside a summary's vaguer words
  ("5,000 air defence missiles" / "thousands of lightweight multirole missiles") keeps the count, and the
  headline's "£1.5bn for" those missiles is their worth, not a second record;
- a package's worth beside its contents gives the payer's funding and a record of each thing (review 62's model):
  Australia's $245 million with 30 Bushmasters, the PDA's $250M with HIMARS rockets and Bradleys, Washington's 425
  millions de dollars "dont des missiles pour ... NASAMS et des véhicules blindés Stryker", Spain's €1,5 Mrd. with
  spare parts (other) and air-defence missiles, the Dutch 1,5 milliard "dont une partie pour des drones et des
  munitions", the EU's €1.5bn through the EPF "on air defence and artillery ammunition" and its 5 milliards of the
  FEP "pour financer des livraisons d'armes et de munitions" (ammunition only: "armes" is the umbrella word);
  rockets for HIMARS are ammunition; a share told with its total ("dont 150 millions pour des drones") gives the
  drones with no figure (the rulings count it once, in the total);
- a running total told beside the news ("bringing Australia's total ... to more than $1.5 billion", "portant à 3,5
  milliards le total") gives nothing; the Ertüchtigungsinitiative raised "um 2 Mrd. Euro auf nun 8 Mrd. Euro" is
  the 2 Mrd. promised (the 8 Mrd. is the year's budget, a total), with the PzH 2000 (artillery; "2000" is no count)
  and the ammunition it is to buy; a ranking of donors by an institute ("Deutschland liegt mit rund 11 Mrd. Euro
  auf Platz zwei") gives nothing (the lead's ruling of stop 54);
- money for one kind of thing is that kind's worth: Norway's 1.5bn kroner for air defence, the Dutch €250m and
  Germany's 500 Millionen Dollar into PURL for interceptors (air defence; NATO and the U.S. as the scheme's owner
  and seller give nothing), Iceland's 30 000 obus (their count), Britain's 100 000 drones "pour un coût de 350
  millions de livres" (the count); USAI money "to buy interceptors ... from American manufacturers" is production
  of air defence with the sum ($1.2B); a joint payment by three donors ("jointly pay for a $500 million package")
  gives each donor funding and each thing with no figure (the total is not split, not copied);
- a report denied by its government: "dismissed a newspaper report ..., 'no such plans'" and "dementiert, wonach
  ... überlassen werde. 'Solche Pläne gibt es nicht'" refuse; "a démenti ... « Aucune décision n'a été prise »" is
  discussed (the rulings); "« Pas à l'ordre du jour »" for the Rafale refuses (a "not now"); "refuse de dire si
  Berlin livrerait" and a question with "examine la possibilité" or "prüft, ob" are discussed; a question headline
  over a body that only weighs ("Will Canada send its old CF-18s?" / "is looking at whether") is discussed;
- a government's order from a maker for Ukraine (the DGA's douze Caesar, Berlin's 100.000 Granaten in Unterlüß) is
  the government's production with its count; a possible sale approved by the State Department ("möglichen Verkauf
  ... genehmigt", 1,2 Mrd. Dollar) is an export approval, discussed, with the sale's worth (unsure: the sum may be
  left out of a discussed record);
- deliveries: "has sent another 2,500 FPV drones", "handed over six Mi-8 helicopters", "übergibt ... 1.000
  Drohnen", "remises ... à la marine ukrainienne" (two patrol boats paid by France: other), "sont arrivés en
  Ukraine" (Mirage), "übergeben worden ... Bezahlt hat die Geschütze die Bundesregierung" (the payer is the donor),
  Leopard 1A5 "refurbished with German and Danish money have reached" units (both donors) and Spain's missiles
  delivered "pour ses batteries Patriot déployées en Ukraine" (air defence) are delivered; training "formés",
  "ausgebildet" with a count, and the U.S. Army training Ukrainians at Grafenwöhr ("bildet ... derzeit aus") are
  training delivered; France's trainer is named only as "l'armée de Terre" (review 62's cause (6): my label is FR);
- Israel's "turned down a Ukrainian request for Iron Dome" is air defence refused; Montenegro's "approved the
  donation of 120mm mortar shells and 1,000 assault rifles" gives ammunition and small arms pledged.

One label changed after the first run, as a convention, not a judgement: the two Croatian Mi-8 lines were
labelled "helicopters", a category the reader does not have (earlier rounds label helicopters "aircraft",
tests/pledges/test_pledges_wire_54p.py); they are "aircraft" now. Nothing else was changed.

First run (2026-12-07 17:31 UTC, this branch = main at 4aad9258, labels as committed in f8489707 before any run): 21
of 48 items fully right (EN 8 of 16, FR 8 of 16, DE 5 of 16); records as (donor, category, status) matched 61 /
predicted 87 / labelled 83 (P 0.70, R 0.73); with their figures too, 58 of the 83 labelled. With the Mi-8 lines
labelled "aircraft": still 21 of 48, matched 63 / 87 / 83 (P 0.72, R 0.76), figures 60 of 83. What passes: the
notations "1,000", "2,500", "1 000", "100 000", "30 000", "100.000", "1.000" (a count), "1.5bn", "€1,5 Mrd.", "1,5
milliard", "C$500M", "400 Mio. Euro"; PzH 2000, Leopard 2A4, 1A5, MiG-29, RCH 155 and "155mm" giving no count;
pledges told only in the headline (Croatia's 30 M-84, Slovenia's 20 Schützenpanzer, Iceland's 30 000 obus); the
running totals beside the news ("bringing Australia's total ...", "portant à 3,5 milliards le total"); the joint
PURL package of three donors; the LRU, Mirage, Caesar order, M270 Mehrfachraketenwerfer, Montenegro's rifles; the
questions that only weigh ("Will Canada send ...?", "examine la possibilité", "prüft, ob"); the Taurus "nicht
liefern"; the EPF's €1.5bn with its two purposes. What fails is, by cause (LEFT, 27 strict xfails): (1) number
notation ("$1.2B" read as one dollar; the "1,2 Mrd. Dollar" of an export approval dropped: label unsure); (2)
denials, refusals and non-answers not read or misread ("dismissed a newspaper report ... 'no such plans'" read as a
promise; "turned down a Ukrainian request"; « pas à l'ordre du jour » la cession; "a refusé de dire si ...
livrerait"; "einen Medienbericht dementiert, wonach ... überlassen werde"; "a démenti ... « Aucune décision n'a été
prise »" read refused, not discussed); (3) the headline and the summary read together: a pledge with the receiver
as subject or told in the passive ("Die Ukraine soll ... 25 Kampfpanzer ... erhalten", "sind ... übergeben
worden", "ont été remises") lost and the payer's next sentence ("Die Bundesregierung finanziert die
Instandsetzung", "Bezahlt hat ...", "Financées par la France") read as money or a promise instead; a trainer named
by its army only; a summary's vaguer words ("multirole missiles") or its refurbishing money read as a second
record; a round-up's headline of donors adding funding delivered to each; (4) financing jargon and money beside
things ("will draw $250 million in weapons from its own stocks" read as nothing; "pour 425 millions de dollars
d'armes ..., dont" losing the money; "um 2 Mrd. Euro ... aufgestockt" nothing; FEP money "pour financer des
livraisons d'armes et de munitions" losing the munitions; PURL money with its purpose in the next sentence read as
funding; "pour un coût de 350 millions de livres" read as a second gift); (5) things not given read as given
(the Bradley Ukrainians train on, training "in Minenräumung", a maker's start of serial production, an
institute's ranking of donors, a Patriot unit's radar: label unsure); (6) a round-up's historic present
("Dienstag: Lettland übergibt ... 1.000 Drohnen") read as a promise.
"""

from __future__ import annotations

import pytest

from tests.support.review_62b_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) A number notation lost: "$1.2B" read as 1, a sum in "Mrd. Dollar" beside an export approval dropped.
    # ("US announces $1.2B ... under USAI; contracts to take years": fixed by leftovers63, the money's kind and
    # recipient before the programme and the purpose after its comma join the sum; the headline's fragment after
    # ';' inherits a status but names no order of its own)
    "Ertüchtigungsinitiative: Haushälter geben 2 Mrd. Euro mehr für die Ukraine frei":
        "'Der Haushaltsausschuss hat die Mittel der Ertüchtigungsinitiative ... um 2 Mrd. Euro auf nun 8 Mrd. Euro ... "
        "aufgestockt. Damit sollen ... weitere PzH 2000 und Munition beschafft werden' gives nothing: no donor is "
        "named ('Haushaltsausschuss' and 'Haushälter' name no country in config/entities.toml; as a name of Germany "
        "the committee made review 51's Taurus motion, voted down, a promise, so leftovers63 took it back); with "
        "'Deutschland' as the subject the sentences give DE funding pledged 2,000,000,000 and DE artillery pledged "
        "as labelled (the label relabelled at stop 63, see the item)",
    # ("USA billigen möglichen Verkauf ...": fixed by leftovers63, the worth told after "Flugabwehrraketen und
    # Zubehör" is the missiles', as "missiles worth" is; the label kept)
    # (2) A denial, a refusal or a non-answer not read, or read with the wrong status.
    "Israel again turns down Kyiv's request for Iron Dome batteries":
        "'has again turned down a Ukrainian request for Iron Dome air defense batteries' gives nothing; expected IL "
        "air_defence refused (fix62b: Israel is no donor in config/entities.toml, only a country the rules know; "
        "'Germany turned down a Ukrainian request for Taurus missiles' reads DE missiles refused)",
    # (3) Headline and summary read together: a pledge told in the headline lost, a summary's vaguer words or
    # its payer's sentence read as a second or a different record.
    "Tarn : 400 soldats ukrainiens formés au camp du Causse":
        "'l'armée de Terre a accueilli ... des recrues venues d'Ukraine' and the headline's '400 soldats ukrainiens "
        "formés' give nothing (fix62b: 'armée de Terre' names France now, and the item is relevant, but the body's "
        "'accueilli ... des recrues' is no training verb and the headline names no trainer); expected FR training "
        "delivered 400 (the count only in the headline)",
    # ("UK pledges £1.5bn for 5,000 air defence missiles": fixed by leftovers63, the lightweight multirole missile
    # is an air-defence system in config/entities.toml, so the summary's missiles are the headline's)
    # (4) Financing jargon and money beside things: the sum lost, split from its purpose, or a thing's cost read
    # as a second gift.
    "PURL: Deutschland zahlt 500 Millionen Dollar für US-Abfangraketen":
        "'beteiligt sich mit 500 Millionen Dollar an der Nato-Initiative PURL' then 'Mit dem Geld werden "
        "Patriot-Abfangraketen gekauft' gives DE funding pledged 500,000,000 (the headline alone gives DE "
        "air_defence 500,000,000); expected DE air_defence pledged 500,000,000 (the purpose told in the next "
        "sentence, 'Mit dem Geld')",
    # (fixed by leftovers63: 'die ersten beiden' counts two; 'refurbished with German and Danish money' orders
    # nothing; the round-up's PURL money with its purpose after the scheme's name is the interceptors' worth, the
    # lead's ruling of stop 63; '425 millions de dollars d'armes ..., dont' keeps the money; the Haushaltsausschuss
    # names Germany; the FEP's and the Ertüchtigungsinitiative's items relabelled, see the items)
    # (5) Something not given read as given: what trainees train on or in, a maker's start of production, a
    # ranking of donors, a Patriot unit's radar.
    # ("Germany, Netherlands to provide two more 'Patriots' for Ukraine": fixed by leftovers64, a radar told with
    # launchers, "the launchers and radar", is a battery's parts, air defence by the ruling on radars of stop 63)
    # (6) A round-up's present tense: a handover read as a promise (fix62b: read as labelled now).
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_items_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """16 feed items a language, each of a different outlet kind, each a headline and a summary of 80-1,000
    characters, most (two thirds or more) of 150-450; no headline twice."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        assert len(articles) == 16
        assert len({kind for kind, _, _, _ in articles}) == 16
        lengths = [len(summary) for _, _, summary, _ in articles]
        assert all(80 <= length <= 1000 for length in lengths)
        assert sum(150 <= length <= 450 for length in lengths) >= 11
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 48
