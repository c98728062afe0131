"""A thirty-first round of wire copy: the general causes the third held-out probe of review 43
(tests/pledges/test_review_43.py, causes in the review's notes) traced its misses to, each told
again here in other words and, where the phenomenon exists there, other languages, in articles
written for these tests (none is taken from the real-article set or from the probe). Each was
labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and tests/data/README.md, as (donor, category, status, figure): the
count of things stated, else the sum of money, else none.

The causes, in the order they were worked on (the review's numbers):
- 18: jammers and electronic-warfare kit are a kind of thing (equipment, recorded as "other"),
  not the drones they counter ("drone jammers", "Störsender zur Abwehr von Drohnen",
  "brouilleurs ... pour contrer les drones");
- 1: a year and a spaced dash before a count in a dated list line ("January 2025 - 20 M113")
  read as a model number and its variant, the count dropped;
- 2: a month name before a count read as a date also in French and German, which write the
  day first ("im November 20 Schützenpanzer");
- 3: "anderthalb" / "eineinhalb" (one and a half) before a scale word;
- 6: the month "May" opening a dated line ("May 2024 - ...") read as the modal "may";
- 16: a German correction "16 und nicht 20" read as a refusal of the corrected figure;
- 7: a dated line that says what a step "includes" took the status of the line before it;
- 8: a clause after ";" with a participle and no subject or item ("pledged; delivered in
  April") did not tell the later stage of the things before it;
- 9: a bare participle joined by "and" to one under "would be" read as a delivery (the
  review's Australian update is its test: this round's article passes on main);
- 11, 12: "könnte ... überlassen / abgeben" and "eine Entscheidung ... sei nicht gefallen";
- 14: training that "will begin" / "will start";
- 5: a sum spent with a gerund of buying ("spend $400 million buying drones");
- 4: "une quinzaine"; 10: "recoilless" read as French "reçoit"; 13: "setzt ... fort",
  "wird fortgesetzt"; 15: aid "maintenue" / "maintient"; 20: engineers and sappers as trainees.
  (17, a plant where tanks were modernised, is the review's Czech update alone.)

First run (2026-12-05, main at 96af266 with review 43's probe, labels unchanged): 1 of the first 12
articles right (the French correction "12 ..., et non 20"): the jammers were read as drones given, as
air defence or as nothing, the dated lines lost their counts or read "May" as a modal, the German months
and "eineinhalb"/"anderthalb" lost their figures, "30 und nicht 40" was a refusal of 40. After cause 18,
5 of 12; after causes 1, 2, 3, 6 and 16, 11 of 12. The next 8 (causes 7, 8, 9, 11, 12, 14), written after
those fixes, ran 1 of 8 right on their first run (the British drones, cause 9, right on main too); the
Austrian headline's trucks were missing from its label, added after that run (a slip of mine, not the
extractor's). A second cause-9 article, added later, failed its first run only because its headline
named drones its body does not (rewritten); it is right on main too. The last 10 (causes 5, 4, 10, 13,
15, 20) ran 3 of 10 right first. At the end 30 of 31; main reads 6 of 31. The one left is a strict
xfail (LEFT).

The held-out batch (HELD_OUT, 10 articles written after the fixes, labelled before their one run; three
were reworded before it, none after: a "together with Denmark" and "a drone coalition" that would have
tested other conventions, "artillery crews" beside jammers, a stray country in a headline): 9 of 10 right
on its first run (2026-12-05, load ~20); main reads 0 of 10. The one left is a strict xfail (HELD_OUT_LEFT).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, X
from tests.support.wire_reading import figures, left_as_xfails

EQUIPMENT = "other"  # jammers, radars and the like are recorded as "other"

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 18: jammers are what is given; the drones they counter are not
    ("en", "Latvia hands Kyiv counter-drone jammers",
     "RIGA (Reuters) - Latvia has handed over 250 drone jammers to Ukraine to protect its infantry against "
     "Russian drones, the defence ministry said on Friday.",
     {("LV", EQUIPMENT, D, 250)}),
    ("en", "Denmark to fund electronic warfare kit for Ukraine",
     "COPENHAGEN (Reuters) - Denmark will send Ukraine 30 electronic warfare systems built to counter Russian "
     "glide bombs and drones, the government said.",
     {("DK", EQUIPMENT, P, 30)}),
    ("de", "Estland liefert Störsender an die Ukraine",
     "TALLINN (dpa) - Estland hat der Ukraine 150 tragbare Störsender zur Abwehr russischer Drohnen geliefert, "
     "teilte das Verteidigungsministerium mit.",
     {("EE", EQUIPMENT, D, 150)}),
    ("fr", "La Pologne va envoyer des brouilleurs à Kiev",
     "VARSOVIE (AFP) - La Pologne enverra 80 brouilleurs à l'Ukraine pour contrer les drones russes, a "
     "annoncé jeudi le ministre de la Défense.",
     {("PL", EQUIPMENT, P, 80)}),
    # 1 and 6: dated list lines, a count after "<month> <year> - ", the month May opening a line
    ("en", "TIMELINE-Portugal's military aid to Ukraine",
     "LISBON (Reuters) - Portugal's government listed its main aid to Ukraine on Tuesday:\n"
     "* June 2023 - 28 M113 armoured personnel carriers handed over.\n"
     "* May 2024 - 100 million euros pledged for ammunition.\n"
     "* February 2025 - 12 more M113 carriers delivered.",
     {("PT", ARMOUR, D, 28), ("PT", AMMO, P, 100000000), ("PT", ARMOUR, D, 12)}),
    ("en", "FACTBOX-Belgium's aid to Ukraine",
     "BRUSSELS (Reuters) - Main steps of Belgium's military support for Ukraine:\n"
     "- May 2023 - Belgium pledged 300 million euros in military aid.\n"
     "- October 2024 - 2 F-16 fighter jets delivered.",
     {("BE", MONEY, P, 300000000), ("BE", "aircraft", D, 2)}),
    # 2: a German month before a count
    ("de", "Tschechien liefert Haubitzen",
     "PRAG (dpa) - Tschechien hat der Ukraine im Oktober 24 Haubitzen vom Typ Dana übergeben, wie das "
     "Verteidigungsministerium mitteilte.",
     {("CZ", "artillery", D, 24)}),
    ("de", "Norwegen schickt weitere Panzer",
     "OSLO (dpa) - Norwegen will der Ukraine im März 30 Schützenpanzer CV90 liefern, sagte der Minister.",
     {("NO", ARMOUR, P, 30)}),
    # 3: one and a half before a scale word
    ("de", "Schweden sagt Kiew weitere Milliarden zu",
     "STOCKHOLM (dpa) - Schweden stellt der Ukraine im kommenden Jahr eineinhalb Milliarden Euro an "
     "Militärhilfe bereit, kündigte die Regierung an.",
     {("SE", MONEY, P, 1500000000)}),
    ("de", "Belgien zahlt anderthalb Milliarden",
     "BRÜSSEL (dpa) - Belgien hat der Ukraine Militärhilfe in Höhe von anderthalb Milliarden Euro zugesagt.",
     {("BE", MONEY, P, 1500000000)}),
    # 16: a corrected figure, "X und nicht Y" / "X et non Y"
    ("de", "Polen korrigiert Zahl gelieferter Panzer",
     "WARSCHAU (dpa) - Polen hat der Ukraine nach Angaben des Ministeriums 30 und nicht 40 Kampfpanzer "
     "übergeben.",
     {("PL", "tanks", D, 30)}),
    ("fr", "La Norvège rectifie le nombre de véhicules livrés",
     "OSLO (AFP) - La Norvège a livré 12 véhicules blindés à l'Ukraine, et non 20 comme annoncé lundi, a "
     "précisé le ministère.",
     {("NO", ARMOUR, D, 12)}),
    # 7: an "include" line of a timeline is a step of its own, not the status of the line before
    ("fr", "REPÈRES - L'aide militaire de la Grèce à l'Ukraine",
     "ATHÈNES (AFP) - Les grandes étapes du soutien grec à Kiev :\n"
     "- Mars 2023 : des blindés BMP-1 livrés à l'Ukraine.\n"
     "- Septembre 2025 : un nouveau paquet, qui comprend des obus d'artillerie.",
     {("GR", ARMOUR, D, None), ("GR", AMMO, P, None)}),
    ("en", "TIMELINE-Greece's arms for Ukraine",
     "ATHENS (Reuters) - Key steps of Greece's military aid to Ukraine:\n"
     "* April 2023 - Greek BMP-1 infantry fighting vehicles delivered to Ukraine.\n"
     "* October 2025 - A new package that includes artillery shells.",
     {("GR", ARMOUR, D, None), ("GR", AMMO, P, None)}),
    # 8: an elliptical clause after ";" with a status and no item of its own
    ("en", "FACTBOX-Dutch support for Kyiv",
     "THE HAGUE (Reuters) - Main steps of Dutch aid to Ukraine:\n"
     "* 2023 - Eight Leopard 1 tanks promised; handed over in June after overhaul.",
     {("NL", "tanks", D, 8)}),
    # 9: two participles under one "will be": the second is no delivery told
    ("en", "Britain to fund drones for Ukraine",
     "LONDON (Reuters) - Britain will pay for 1,000 long-range drones for Ukraine, which will be assembled in "
     "Wales and shipped next spring, the defence ministry said.",
     {("GB", "drones", P, 1000)}),
    ("en", "Australia to give Kyiv armoured vehicles",
     "CANBERRA (Reuters) - Australia will give Ukraine 60 light armoured vehicles, the government said. The "
     "minister said the vehicles would be refitted by a local company and shipped before the winter.",
     {("AU", ARMOUR, P, 60)}),
    # 11: "könnte ... überlassen / abgeben"
    ("de", "Österreich könnte Kiew Lastwagen überlassen",
     "WIEN (dpa) - Die Niederlande könnten der Ukraine weitere Panzerhaubitzen abgeben, sagte der Minister.",
     # (the headline's Austrian trucks were left out of the label written before the run; added
     # after it: "könnte ... überlassen" is discussed for Austria too)
     {("NL", "artillery", X, None), ("AT", EQUIPMENT, X, None)}),
    # 12: "eine Entscheidung ist noch nicht gefallen"
    ("de", "Spanien: Keine Entscheidung über Patriot",
     "MADRID (dpa) - Über die Lieferung weiterer Patriot-Raketen an die Ukraine ist in Spanien noch keine "
     "Entscheidung gefallen. Eine Entscheidung über Kampfpanzer sei ebenfalls nicht gefallen, sagte die "
     "Ministerin.",
     {("ES", "air_defence", X, None), ("ES", "tanks", X, None)}),
    # 14: training that "will begin" / "will start" is promised training
    ("en", "Denmark to train Ukrainian crews",
     "COPENHAGEN (Reuters) - Denmark will start training 200 Ukrainian tank crews in May, the defence "
     "ministry said on Monday.",
     {("DK", "training", P, 200)}),
    ("en", "Training of Ukrainian pilots to begin in Romania",
     "BUCHAREST (Reuters) - Training of 40 Ukrainian pilots by Romania will begin in the autumn, the Romanian "
     "defence ministry said.",
     {("RO", "training", P, 40)}),
    # 5: a sum spent with a gerund of buying is the things' money
    ("en", "Sweden to spend more on drones for Ukraine",
     "STOCKHOLM (Reuters) - Sweden will spend 300 million euros buying long-range drones for Ukraine, the "
     "government said on Wednesday.",
     {("SE", "drones", P, 300000000)}),
    ("en", "Dutch money for Ukrainian shells",
     "THE HAGUE (Reuters) - The Netherlands will spend $250 million acquiring artillery shells for Ukraine's "
     "army, the defence minister told parliament.",
     {("NL", AMMO, P, 250000000)}),
    # 4: "une quinzaine", "une douzaine" as approximate counts
    ("fr", "La Finlande promet des blindés à Kiev",
     "HELSINKI (AFP) - La Finlande fournira à l'Ukraine une quinzaine de véhicules blindés Patria, a annoncé "
     "mardi le gouvernement.",
     {("FI", ARMOUR, P, 15)}),
    ("fr", "Des canons danois pour l'Ukraine",
     "COPENHAGUE (AFP) - Le Danemark a livré une douzaine de canons Caesar à l'Ukraine, selon le ministère.",
     {("DK", "artillery", D, 12)}),
    # 10: "recoilless" is no receipt
    ("en", "Estonia sends recoilless rifles to Ukraine",
     "TALLINN (Reuters) - Estonia has sent 80 recoilless rifles to Ukraine, the defence ministry said.",
     {("EE", "small_arms", D, 80)}),
    # 13: German training continued is training under way
    ("de", "Ausbildung ukrainischer Soldaten geht in Polen weiter",
     "WARSCHAU (dpa) - Die Ausbildung ukrainischer Soldaten durch Polen wird im kommenden Jahr fortgesetzt, "
     "teilte das Verteidigungsministerium mit.",
     {("PL", "training", D, None)}),
    ("de", "Litauen setzt Ausbildung fort",
     "VILNIUS (dpa) - Litauen setzt die Ausbildung ukrainischer Soldaten fort, sagte der Minister.",
     {("LT", "training", D, None)}),
    # 15: a sum kept ("maintient", "est maintenue") and "sera versée"
    ("fr", "Les Pays-Bas maintiennent leur aide",
     "LA HAYE (AFP) - Les Pays-Bas maintiennent leur aide militaire de 2 milliards d'euros à l'Ukraine pour "
     "2027, a indiqué le gouvernement.",
     {("NL", MONEY, P, 2000000000)}),
    ("fr", "Une nouvelle tranche d'aide danoise",
     "COPENHAGUE (AFP) - Une aide militaire danoise de 500 millions d'euros sera versée à l'Ukraine en "
     "janvier, a annoncé le gouvernement du Danemark.",
     {("DK", MONEY, P, 500000000)}),
    # 20: engineers and sappers are trainees
    ("en", "Britain to train Ukrainian sappers",
     "LONDON (Reuters) - Britain will train 500 Ukrainian combat engineers in mine clearance this year, the "
     "defence ministry said.",
     {("GB", "training", P, 500)}),
]

# What the round leaves, by headline: what is read instead (strict xfails).
LEFT: dict[str, str] = {
    "TIMELINE-Portugal's military aid to Ukraine": (
        "of two deliveries of M113 in two dated lines (28, then 12 more) only one record is kept (the same "
        "donor, kind and stage); '100 million euros pledged for ammunition' is read right since round 32"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_31_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# Written after the fixes above and labelled before their one run (HELD_OUT_FIRST_RUN says what it gave).
HELD_OUT = [
    ("en", "TIMELINE-Norway's support for Ukraine's forces",
     "OSLO (Reuters) - Norway's defence ministry listed the main steps of its aid on Friday:\n"
     "* August 2023 - 14 Leopard 2 tanks pledged.\n"
     "* May 2025 - 400 million crowns pledged in military aid.\n"
     "* March 2026 - A new package that includes NASAMS missiles.",
     {("NO", "tanks", P, 14), ("NO", MONEY, P, 400000000), ("NO", AIR, P, None)}),
    ("en", "Finland ships anti-drone jammers to Kyiv",
     "HELSINKI (Reuters) - Finland has shipped 120 jammers to Ukraine to shield its troops against "
     "Russian drones, the defence ministry said on Tuesday. It will also send 6 howitzers in June.",
     {("FI", EQUIPMENT, D, 120), ("FI", "artillery", P, 6)}),
    ("en", "Canada to spend C$200 million purchasing shells for Ukraine",
     "OTTAWA (Reuters) - Canada will spend C$200 million purchasing artillery shells for Ukraine, the defence "
     "minister said on Wednesday.",
     {("CA", AMMO, P, 200000000)}),
    ("fr", "L'Allemagne a livré des obusiers, selon Berlin",
     "BERLIN (AFP) - L'Allemagne a livré 8 obusiers PzH 2000 à l'Ukraine, et non 10 comme annoncé, a "
     "précisé le ministère. Berlin enverra en mars 30 véhicules blindés supplémentaires.",
     {("DE", "artillery", D, 8), ("DE", ARMOUR, P, 30)}),
    ("fr", "REPÈRES - Le soutien militaire suédois",
     "STOCKHOLM (AFP) - Les grandes étapes de l'aide suédoise à Kiev :\n"
     "- Janvier 2024 : 10 chars Strv 122 livrés.\n"
     "- Mars 2025 : un paquet d'aide, qui comprend des drones.",
     {("SE", "tanks", D, 10), ("SE", "drones", P, None)}),
    ("fr", "Le Portugal maintient son enveloppe",
     "LISBONNE (AFP) - Le Portugal maintient son aide militaire de 220 millions d'euros à l'Ukraine pour "
     "l'an prochain, a déclaré le ministre de la Défense.",
     {("PT", MONEY, P, 220000000)}),
    ("de", "Dänemark übergibt Störsender und Haubitzen",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine im Dezember 40 Drohnen-Störsender übergeben. Zudem sollen "
     "im Februar 12 Haubitzen folgen, teilte das Ministerium mit.",
     {("DK", EQUIPMENT, D, 40), ("DK", "artillery", P, 12)}),
    ("de", "Die Niederlande zahlen eineinhalb Milliarden",
     "DEN HAAG (dpa) - Die Niederlande stellen der Ukraine im kommenden Jahr eineinhalb Milliarden Euro "
     "Militärhilfe bereit.",
     {("NL", MONEY, P, 1500000000)}),
    ("de", "Schweden könnte Kampfjets abgeben",
     "STOCKHOLM (dpa) - Schweden könnte der Ukraine einige Gripen-Kampfjets überlassen. Eine Entscheidung über "
     "weitere Archer-Haubitzen ist noch nicht gefallen, sagte der Minister.",
     {("SE", "aircraft", X, None), ("SE", "artillery", X, None)}),
    ("de", "Tschechien korrigiert Angaben zu Panzern",
     "PRAG (dpa) - Tschechien hat der Ukraine nach korrigierten Angaben 12 und nicht 15 Schützenpanzer "
     "übergeben, teilte das Ministerium mit.",
     {("CZ", ARMOUR, D, 12)}),
]

# What the held-out batch's one run gave (see the module's docstring).
# (its one miss, a French list line whose participle stands after the things, "- Janvier 2024 : 10
# chars Strv 122 livrés.", is read since round 32: tests/pledges/test_pledges_wire_32.py)
HELD_OUT_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_round_31_held_out_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
