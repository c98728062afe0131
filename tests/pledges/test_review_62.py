"""Pledges, review 62: the twenty-second held-out probe of the pledge reader, on FEED ITEMS (a headline and an RSS
summary), the shape the real set and the held-back set are made of, by someone who did not write (or read) the
reader. 48 items (16 EN, 16 FR, 16 DE; tests/support/review_62_articles.py), each a headline and a summary of
120-900 characters (most 200-450), each language in the style of 16 different kinds of outlet: a national paper's
RSS, broadcasters (a short news line, a byline'd "hero" item, radio, TV, a regional channel, a live ticker), a wire
re-posted by a finance site (a maker's shares rising on a Ukraine order), Ukrainian outlets writing in English,
French and German ("Ukraine received", "handed over to the Armed Forces", thanks), pro-Kremlin sites ("NATO pumps
weapons", "le régime de Kiev", "Kiewer Regime"), Turkish outlets (Ankara's mediation told beside the news), blog
aggregators ("The post ... appeared first on", "Cet article ... est apparu en premier sur", "Der Beitrag ...
erschien zuerst auf"), a wire re-post, Asian, Pacific, Swiss and Austrian outlets and a machine-translated
German item. Summaries are cut mid-sentence ("...", "[&#8230;]", "(...)"), end on "Lire la suite",
"Weiterlesen", a copyright line, and keep HTML entities (&nbsp; &#8217; &quot; &#8364;). The news spans new
pledges, deliveries, refusals (neutral Austria and Switzerland, Slovakia, South Korea, Türkiye, Ireland's
lethal weapons, Germany's Taurus, Sweden's Gripen "not now"), undecided cases (Taurus, F-16 at Ramstein),
military financing, production contracts, training and meetings with no pledge. Donors: the U.S., Germany, the
Netherlands, Luxembourg, Greece, Norway, Türkiye, Portugal, Ireland, South Korea, Japan, New Zealand, Bulgaria,
France, Belgium, Austria, Sweden, Lithuania, Denmark, Canada, Finland, Spain, Slovakia, Italy, Australia,
Switzerland, the Czech Republic, Poland, Romania. Every text, name and figure is invented for this file; none is
taken from the real-article set. Years 2022-2026 (the items give no year; the facts place them).

Each item was labelled by hand before its first run, following ../shared/eval/README.md ("from the title and
summary only"), the lead's rulings (docs/reading-pledges.md) and earlier reviews' choices, as (donor, category,
status, figure): the figure is the count of things stated, else the sum of money, else None. My calls where the
conventions leave a case open:
- a meeting with no concrete pledge ("no new commitments were announced", "Aucune nouvelle livraison n'a été
  annoncée") gives nothing; "no decision on jets" with two donors "examining" F-16 gives each discussed;
- a government ordering from a maker for Ukraine is that government's production of the thing ("the federal
  government had ordered 155mm artillery shells for Ukraine", "commande de l'agence suédoise ... destinés à
  l'Ukraine", "Auftrag über weitere Skynex"); the order's worth ("a high three-digit million euro sum") gives no
  figure; a donor paying Ukrainian makers ("finanzieren mit 150 Millionen Euro die Herstellung von
  Langstreckendrohnen in der Ukraine") is production of the things with no figure (review 61's model; fix62a
  relabelled it with the sum, 150 million, as the real set labels a sum for Ukrainian-made drones);
- money for one kind of thing is that kind's worth (the rulings): Luxembourg's EUR 12 million "to buy drones",
  Canada's 50 million for shells through the Czech initiative (ammunition), Ireland's EUR 20m "for non-lethal
  equipment such as body armour, helmets and demining kits" and Austria's 3 million "pour des équipements de
  déminage" (other, with the sum); a package's worth beside its contents ("d'une valeur de 150 millions d'euros
  et comprenant des munitions") is the payer's funding with each thing a record;
- a refusal of weapons in general ("no plans to send additional weapons", "will not provide lethal weapons
  directly", "ne livrera pas d'armes", "ne fournirait plus d'aide militaire") is "other", refused (review 61);
  Ireland's "neutrality rules out supplying lethal weapons" is a refusal beside its non-lethal pledge (two
  records of "other"); a neutral's refusal of one thing names it (Switzerland's Gepard ammunition and M109
  howitzers, Austria's part in the shell initiative: ammunition refused);
- a Ukrainian outlet's "Ukraine has received", "handed over to the Armed Forces" is the donor's delivery; the
  pro-Kremlin and Turkish slant (Moscow's warnings, Ankara's call for talks) gives nothing; Japan's "trucks and
  minivans" are other, delivered with their count; "drone detection systems" are other; jammers are other;
- a report of the press ("Selon la presse italienne, il comprendrait un second système SAMP/T") under a decree
  adopted is Italy's air defence pledged; Romania's "eines seiner Patriot-Flugabwehrsysteme" has no figure;
- a budget committee's release ("Haushaltsausschuss ... freigegeben") is pledged (review 60); its purpose
  ("sollen vor allem Flugabwehr und Munition beschafft werden") gives a record of each thing beside the money
  (review 61's "earmarked for drones and armoured vehicles");
- training: French trainees "ont été formés" is delivered with their count; Patriot training "seit Anfang der
  Woche" is delivered; New Zealand extending its instructors' stay is pledged, with no figure.

First run (2026-12-07 17:20 UTC, this branch = main at 67076c29, labels as committed in d8d1e778 before any run): 37
of 48 items fully right (EN 14 of 16, FR 12 of 16, DE 11 of 16); records as (donor, category, status) matched 52 /
predicted 60 / labelled 57 (P 0.87, R 0.91); with their figures too, 49 of the 57 labelled (60 predicted). The
feed realities mostly pass: cut summaries, "Lire la suite"/"Weiterlesen", the blogs' "The post ... appeared first
on" lines repeating the headline, bylines, datelines and most entities (&#8217; &nbsp; &quot;) give no record and
lose none; the Ukrainian outlets' "received"/"handed over"/thanks and the Turkish outlets' calls for talks are read
as labelled. What fails is, by cause (LEFT, 11 strict xfails): (1) a pro-Kremlin or slanted phrasing's other
party read as the giver ("NATO capitals pumping weapons" makes NATO the donor of Norway's NASAMS, "fidèle allié de
Washington" adds the U.S.); (2) an HTML entity for the currency ("&#8364;20m") loses the sum; (3) a refusal beside
something given or negated lost or doubled (Austria's "ne livrera pas d'armes" beside its demining money lost;
Austria's "wird sich nicht ... beteiligen" also read pledged); (4) the category of a refusal or of money for one
kind (Slovakia's "aide militaire" refused as funding; Canada's 50 million for shells through the Czech initiative
as funding with the ammunition uncounted; Ireland's non-lethal money as funding); (5) a thing named only as what
another is for or against ("munitions ... pour les chars antiaériens Gepard" adds air defence refused; "Systeme
zur Erkennung von Drohnen" read as drones); (6) a donor implied by its army only (the Bundeswehr training
Ukrainians on Patriot, no country named) not read; (7) the figure of a donor paying Ukrainian makers (my label
None, read 150 million: unsure, see LEFT).

fix62a (tests/pledges/test_review_fixes_62a.py): 8 of the 11 mended (the slanted givers, the Austrian refusals, the
Slovak refusal's category, the Gepard, the drone detection systems; the Dutch drones relabelled with their sum after
the real set's labels), the entity decoded; left: Ireland's and Canada's money paid into a fund or initiative for one
kind (the rulings disagree: docs/reading-pledges.md, fix 62a) and the Bundeswehr's Patriot training.
"""

from __future__ import annotations

import pytest

from tests.support.review_62_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (2, 4) Money paid into a fund or an initiative for one kind (mended at stop 63 by the lead's ruling: Ireland's
    # "&#8364;20m to the European Peace Facility for non-lethal equipment" is that kit's worth; Canada's "an der ...
    # Initiative zum Kauf von Artilleriegranaten" is its funding alone, relabelled).
    # (5) A donor implied by its army only (mended at stop 63: the Bundeswehr item's cause was the middle field,
    # "werden seit Anfang der Woche ukrainische Soldaten am Flugabwehrsystem Patriot ausgebildet" holds nine words
    # where cue_patterns' present passive of training read eight; it reads twelve now).
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_items_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """16 feed items a language, each of a different outlet kind, each a headline and a summary of 120-900
    characters, most (two thirds or more) of 200-450; no headline twice."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        assert len(articles) == 16
        assert len({kind for kind, _, _, _ in articles}) == 16
        lengths = [len(summary) for _, _, summary, _ in articles]
        assert all(120 <= length <= 900 for length in lengths)
        assert sum(200 <= length <= 450 for length in lengths) >= 11
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 48
