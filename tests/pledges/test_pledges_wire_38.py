"""A thirty-eighth round of wire copy: the leftovers of the six probes (tests/pledges/test_review_41.py to
test_review_46.py), each told again here in other words and, where the form exists there, other languages,
in articles written for these tests (none is taken from the real-article set or from a probe). Each was
labelled by hand before it was run, following the real-article set's conventions (../shared/eval/README.md),
tests/data/README.md and the probes' calls, as (donor, category, status, figure): the count of things
stated, else the sum of money, else none.

The forms:
- POST: a minister's first-person post quoted after a sentence naming the minister's country ("The Danish
  defence minister ...": "I signed off on our package ...") is that country's; "signed off on" approves;
- TRAINEES: medics, technicians, nurses ("Sanitäter", "infirmiers", "techniciens", "Techniker") trained are
  training counted in them, not the things they will look after;
- CONTINUES: "poursuit la formation de", "continues to train", "setzt die Ausbildung ... fort" is training
  under way (delivered);
- PERMISSION: a refusal to allow a re-export with the day or "again" between ("refused on Tuesday to
  allow", "a refusé jeudi d'autoriser") is the refusing country's refusal of the thing, with its count, and
  the one stopped gets no pledge (the real set labels such a would-be giver discussed when told so: here
  the one stopped is not told as wanting to give, so no record);
- REFUSAL: a government refusing weapons in general beside precise things only allowed or talked about
  ("keine Waffen mehr ... Firmen dürfen aber Munition verkaufen") keeps its refusal, headline or not; a
  headline refusing weapons in general over a body refusing precise things is those refusals told vaguely;
- BACKFILL: an ally replacing a donor's stocks ("after Germany agreed to replace them") gives the donor,
  not Ukraine: no record of the ally;
- GERUND: the French gerund of paying after another verb ("compensera en versant 30 millions d'euros")
  pays; money into a coalition's fund is its payer's funding;
- SPLIT: German training with the thing trained on between trainees and verb ("an den Haubitzen
  ausgebildet") is training of the trainees;
- TOTAL: a package without a sum and a running total in its sentence ("portant le total de son aide à",
  "bringing its total aid to") were two records: the package (other, or what it names) and the total
  (funding); relabelled in round 52 by the lead's ruling: a running total told beside the news is
  background, no second record of the donor (tests/pledges/test_pledges_wire_52.py);
- SLOGAN: "more to follow", "Weitere folgen", "d'autres suivront" in a post after a delivery promise no thing.

First run (2026-12-05, main's code at 416c538, labels unchanged; one headline changed after it, see below):
6 of 26 (the two refused re-exports read the one stopped as giving, the refusal not reaching across the
day; the Hungarian refusal lost beside the firms' ammunition; the Bulgarian headline's weapons added
beside the body's precise refusals; "signed off on" no cue; medics and technicians no trainees, the
Belgian technicians' tanks given; "poursuit la formation", "continues to train" nothing; the back-filled
Marders and helicopters given by the ally; "en versant" read as refused; the German training on the
howitzers, the running totals and the slogans as in the probes). The Spanish gerund's headline first said
Madrid "paie pour des drones", which my label did not follow (no drones labelled): the headline was
changed to name no drones, its label kept.
After the fixes (status_cues: the day or "again" between a refusal and the permission it refuses;
restatements: arms refused in general stand beside precise things only talked about, and a headline's
general refusal gives way to the body's precise refusals of the same giver; cue_patterns: "signed off
on" approves, "techniciens"/"infirmiers" are trainees of "forme/forment"; item_words and items: medics,
nurses, technicians, "Techniker", "Sanitäter" are trainees; given_items: what trainees will look after,
"to service the ...", "chargés de la maintenance des ...", "für die Wartung von ...", is no thing given,
nor what technicians are trained on; items: German training told after what it trains on, "an den
Panzern ausgebildet", is training; cue_patterns: "poursuit la formation", "continues to train" is training
under way): 16 of 26. Then (given_items: what an ally puts in the place of a giver's things, "agreed to
replace them with", "les remplacer par", "ersetzt sie durch", is no giving to Ukraine; slogans.py: a post's
bare "More to follow!", "Weitere folgen!", "D'autres suivront !" gives no record; cue_patterns: the French
gerund of giving after a verb in the future, "compensera en versant", promises, and given_items: a
coalition named by its thing, "à la coalition des drones", "into the drone coalition", is a fund paid into;
restatements: a package without a sum stands beside a running total, "portant le total de son aide à",
"bringing its total military aid to"): 23 of 26.

Held out (HELD_OUT: eight articles written and labelled after those fixes, in the forms fixed but not tuned
to; first run 2026-12-05 on this branch): 3 of 8 (main's code: 1 of 8). Right: the Norwegian "poursuit
également la formation", the Danish "aidera l'Ukraine en versant ... au fonds de l'Otan", the Czech weapons
refused beside the firms' shells. Missed: "I signed off today on" (the day between was no cue: the count
lost); the Czech T-72s' headline "after German promise" read as Germany promising tanks (the body alone is
right); the Swiss headline "dit non à la réexportation de chars par les Pays-Bas" gives the Netherlands a
refusal (the body alone is right); the Dutch medics' present-tense headline "bilden ... aus" adds training
delivered beside the body's promise; the Estonian post's "40 mortars are on their way to the front" reads
pledged 40 beside the delivery (the real set's README counts "en route" as pledged: my label is the one at
odds; "More to come!" itself gives nothing). After the first run "signed off today on" was made a cue
(cue_patterns): 4 of 8; the other four are left (LEFT).
Last (cue_patterns: the German passive "sollen ... ausgebildet werden" promises training, the giver that of
the sentence before when none is named): the Czech article's body now reads as labelled (its present-tense
headline still adds a delivery: left); 23 of 26 and 4 of 8 as before.
Since pledges round 41 a headline's training in the present gives way to the body's promise of it
(restatements.without_present_training_the_body_promises): the Czech article is a plain test. (The Dutch
medics' body, "werden 120 ukrainische Sanitäter an ihrer Militärklinik ausbilden", gives nothing on its own
at 2491bcd, the place after "an" being read as the thing trained on: still left.)
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AMMO, ARMOUR, D, MONEY, P, R, X
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # POST: the first-person post of a minister whose country the sentence before names
    ("en", "Danish minister posts new Ukraine package",
     "COPENHAGEN (Reuters) - The Danish defence minister unveiled a new aid package on social media on Friday. "
     "\"This morning I signed off on our 27th package for Ukraine: 1.5 billion crowns for artillery shells. "
     "Denmark stands firm. #Ukraine\", he wrote.",
     {("DK", AMMO, P, 1_500_000_000)}),
    ("en", "Finland's minister: new package approved",
     "HELSINKI (Reuters) - Finland's defence minister announced the country's latest aid on X on Tuesday. "
     "\"I have just signed off on our next package for Ukraine, with 20 more armoured personnel carriers\", "
     "he wrote.",
     {("FI", ARMOUR, P, 20)}),
    ("fr", "Le ministre norvégien annonce sur X une nouvelle aide",
     "OSLO (AFP) - Le ministre norvégien de la Défense a annoncé jeudi une nouvelle aide sur le réseau X. « Ce "
     "matin, j'ai approuvé notre nouveau paquet pour l'Ukraine : 12 lanceurs NASAMS supplémentaires », a-t-il "
     "écrit.",
     {("NO", "air_defence", P, 12)}),
    ("de", "Schwedens Minister kündigt auf X neues Paket an",
     "STOCKHOLM (dpa) - Der schwedische Verteidigungsminister hat am Montag auf X ein neues Hilfspaket "
     "angekündigt. \"Heute habe ich unser nächstes Paket für die Ukraine freigegeben: 18 weitere "
     "Schützenpanzer CV90\", schrieb er.",
     {("SE", ARMOUR, P, 18)}),
    # TRAINEES: medics, technicians, nurses are trainees
    ("en", "Ireland to train Ukrainian army medics",
     "DUBLIN (Reuters) - Ireland will train 80 Ukrainian army medics at its military college this year, the "
     "defence forces said on Wednesday.",
     {("IE", "training", P, 80)}),
    ("en", "Norway has trained 150 Ukrainian technicians",
     "OSLO (Reuters) - Norway has trained 150 Ukrainian technicians to service the NASAMS air defence systems "
     "it donated, the defence ministry said on Monday.",
     {("NO", "training", D, 150)}),
    ("fr", "La Belgique forme des techniciens ukrainiens",
     "BRUXELLES (AFP) - La Belgique a achevé la formation de 25 techniciens ukrainiens chargés de la "
     "maintenance des chars Leopard, a indiqué lundi l'armée belge.",
     {("BE", "training", D, 25)}),
    ("fr", "Le Luxembourg va former des infirmiers ukrainiens",
     "LUXEMBOURG (AFP) - Le Luxembourg va former 40 infirmiers militaires ukrainiens au cours de l'année, a "
     "annoncé mardi le ministère de la Défense.",
     {("LU", "training", P, 40)}),
    ("de", "Österreich bildet ukrainische Sanitäter aus",
     "WIEN (dpa) - Österreich hat bisher 60 ukrainische Sanitäter ausgebildet, teilte das "
     "Verteidigungsministerium am Dienstag mit.",
     {("AT", "training", D, 60)}),
    ("de", "Schweden bildet Techniker für Gripen aus",
     "STOCKHOLM (dpa) - Schweden hat 45 ukrainische Techniker für die Wartung von Kampfjets ausgebildet, sagte "
     "ein Sprecher der Luftwaffe am Freitag.",
     {("SE", "training", D, 45)}),
    # CONTINUES: training under way
    ("fr", "Berlin poursuit la formation de soldats ukrainiens",
     "BERLIN (AFP) - L'Allemagne poursuit la formation de soldats ukrainiens sur son territoire, a indiqué "
     "mercredi le ministère de la Défense.",
     {("DE", "training", D, None)}),
    ("en", "Britain continues training Ukrainian recruits",
     "LONDON (Reuters) - Britain continues to train Ukrainian recruits at bases across the country, the "
     "defence ministry said on Thursday.",
     {("GB", "training", D, None)}),
    # PERMISSION: a refusal to allow a re-export across a day or "again"
    ("fr", "Berne bloque des blindés danois pour Kiev",
     "BERNE (AFP) - Le gouvernement suisse a refusé vendredi d'autoriser le Danemark à céder à l'Ukraine 22 "
     "blindés Piranha de fabrication suisse.",
     {("CH", ARMOUR, R, 22)}),
    ("en", "Switzerland blocks Spanish re-export of anti-aircraft guns",
     "BERN (Reuters) - Switzerland refused on Monday to allow Spain to send two Swiss-made anti-aircraft guns "
     "to Ukraine, citing its neutrality.",
     {("CH", "air_defence", R, 2)}),
    # REFUSAL: weapons refused in general beside precise things only allowed; a headline's vague refusal
    # over precise ones
    ("de", "Ungarn liefert keine Waffen an die Ukraine",
     "BUDAPEST (dpa) - Die ungarische Regierung wird der Ukraine auch künftig keine Waffen liefern, sagte der "
     "Außenminister am Montag. Ungarische Firmen dürften aber weiterhin Munition an Kiew verkaufen.",
     {("HU", "other", R, None), ("HU", AMMO, X, None)}),
    ("en", "Austria will not send weapons to Ukraine",
     "VIENNA (Reuters) - Austria will not send weapons to Ukraine, the chancellor said on Tuesday, adding that "
     "Austrian firms could still sell helmets to Kyiv.",
     {("AT", "other", R, None), ("AT", "other", X, None)}),
    ("fr", "La Bulgarie ne livrera pas d'armes",
     "SOFIA (AFP) - La Bulgarie ne livrera ni chars ni avions de combat à l'Ukraine, a déclaré lundi le "
     "Premier ministre.",
     {("BG", "tanks", R, None), ("BG", "aircraft", R, None)}),
    # BACKFILL: the ally replaces the donor's stocks
    ("en", "Greece sends BMP-1 vehicles to Ukraine",
     "ATHENS (Reuters) - Greece has sent 40 BMP-1 infantry fighting vehicles to Ukraine, after Germany agreed "
     "to replace them with Marder vehicles, the defence ministry said on Friday.",
     {("GR", ARMOUR, D, 40)}),
    ("en", "North Macedonia hands jets to Ukraine",
     "SKOPJE (Reuters) - North Macedonia has handed over four Su-25 jets to Ukraine after the United States "
     "agreed to replace them with new helicopters, the government said.",
     {("MK", "aircraft", D, 4)}),
    # GERUND: "en versant" after another verb
    ("fr", "Madrid renonce à livrer des chars à Kiev",
     "MADRID (AFP) - L'Espagne a renoncé à livrer de nouveaux chars à l'Ukraine et compensera en versant 30 "
     "millions d'euros au fonds de l'OTAN pour l'Ukraine, a annoncé jeudi le ministère.",
     {("ES", "tanks", R, None), ("ES", MONEY, P, 30_000_000)}),
    # SPLIT: German training with the thing trained on between
    ("de", "Tschechien bildet ukrainische Soldaten aus",
     "PRAG (dpa) - In Tschechien sollen rund 150 ukrainische Soldaten an den Haubitzen ausgebildet werden, "
     "teilte das Verteidigungsministerium am Mittwoch mit.",
     {("CZ", "training", P, 150)}),
    # TOTAL: a package without a sum beside the running total of its sentence
    ("fr", "L'Espagne approuve un nouveau paquet d'aide militaire",
     "MADRID (AFP) - Le gouvernement espagnol a approuvé mardi un nouveau paquet d'aide militaire à "
     "l'Ukraine, dont le détail n'a pas été rendu public, portant le total de son aide à 2 milliards d'euros.",
     {("ES", "other", P, None)}),  # (the running total: no record since round 52)
    ("en", "Portugal approves new aid package for Ukraine",
     "LISBON (Reuters) - Portugal's government approved a new military aid package for Ukraine on Thursday, "
     "whose contents were not disclosed, bringing its total military aid to 500 million euros.",
     {("PT", "other", P, None)}),  # (the running total: no record since round 52)
    # SLOGAN: "more to follow" promises no thing
    ("en", "Lithuania hands armoured vehicles to Ukraine",
     "VILNIUS (Reuters) - Lithuania has handed 30 armoured vehicles to Ukraine. \"Today we delivered 30 "
     "armoured vehicles to our Ukrainian friends. More to follow!\", the defence minister wrote on X.",
     {("LT", ARMOUR, D, 30)}),
    ("de", "Estland übergibt Haubitzen an die Ukraine",
     "TALLINN (dpa) - Estland hat der Ukraine sechs Haubitzen übergeben. \"Heute haben wir sechs Haubitzen an "
     "die Ukraine übergeben. Weitere folgen!\", schrieb der Verteidigungsminister auf X.",
     {("EE", "artillery", D, 6)}),
    ("fr", "La Lettonie livre des drones à l'Ukraine",
     "RIGA (AFP) - La Lettonie a livré 500 drones à l'Ukraine. « Aujourd'hui, nous avons livré 500 drones à "
     "l'Ukraine. D'autres suivront ! », a écrit le ministre de la Défense sur X.",
     {("LV", "drones", D, 500)}),
]

# Held out: written and labelled after the fixes above, in the forms fixed but not tuned to; their first
# run is recorded in the docstring, what it left is in LEFT beside the round's own.
HELD_OUT = [
    ("en", "Belgian minister approves drone package",
     "BRUSSELS (Reuters) - Belgium's defence minister posted details of new aid on Wednesday. \"I signed off "
     "today on our latest package for Ukraine: 2,000 interceptor drones\", she wrote.",
     {("BE", "drones", P, 2000)}),
    ("de", "Niederlande bilden ukrainische Sanitäter aus",
     "DEN HAAG (dpa) - Die Niederlande werden 120 ukrainische Sanitäter an ihrer Militärklinik ausbilden, "
     "kündigte das Verteidigungsministerium am Donnerstag an.",
     {("NL", "training", P, 120)}),
    ("fr", "La Norvège poursuit la formation de soldats ukrainiens",
     "OSLO (AFP) - La Norvège poursuit également la formation de soldats ukrainiens au déminage, a indiqué "
     "vendredi son ministère de la Défense.",
     {("NO", "training", D, None)}),
    ("en", "Czechs send T-72 tanks after German promise",
     "PRAGUE (Reuters) - The Czech Republic has sent 15 T-72 tanks to Ukraine after Germany agreed to replace "
     "them with Leopard 2 tanks, the defence ministry said on Tuesday.",
     {("CZ", "tanks", D, 15)}),
    ("fr", "Berne dit non à la réexportation de chars par les Pays-Bas",
     "BERNE (AFP) - Le Conseil fédéral a refusé mercredi d'autoriser les Pays-Bas à réexporter vers l'Ukraine "
     "six chars de fabrication suisse.",
     {("CH", "tanks", R, 6)}),
    ("en", "Estonia delivers mortars, minister promises more",
     "TALLINN (Reuters) - Estonia has delivered 40 mortars to Ukraine. \"40 mortars are on their way to the "
     "front. More to come!\", the defence minister wrote on X.",
     {("EE", "artillery", D, 40)}),
    ("fr", "Le Danemark aidera Kiev en versant 50 millions d'euros",
     "COPENHAGUE (AFP) - Le Danemark aidera l'Ukraine en versant 50 millions d'euros au fonds de l'Otan pour "
     "l'achat d'armes, a annoncé lundi le ministère de la Défense.",
     {("DK", MONEY, P, 50_000_000)}),
    ("de", "Tschechien liefert keine Waffen mehr",
     "PRAG (dpa) - Die tschechische Regierung will der Ukraine keine Waffen aus Armeebeständen mehr liefern. "
     "Tschechische Firmen dürften aber weiter Granaten an die Ukraine verkaufen, sagte der Regierungschef.",
     {("CZ", "other", R, None), ("CZ", AMMO, X, None)}),
]

# What the first run left, by headline (strict xfails), filled in after it.
LEFT: dict[str, str] = {
    "Finland's minister: new package approved": (
        "adds (FI, funding, pledged, None) from 'announced the country's latest aid' beside the post's 20 "
        "carriers (aid told without a sum is a funding record beside precise things, as the real set labels "
        "it: my label is the one at odds)"),
    "Austria will not send weapons to Ukraine": (
        "'Austrian firms could still sell helmets to Kyiv' gives no (AT, other, discussed): a sale by firms "
        "of equipment is not read as an export permission"),
    "Czechs send T-72 tanks after German promise": (
        "adds (DE, tanks, pledged, None) from the headline's 'after German promise' (the body alone reads as "
        "labelled: the Leopards that replace the T-72s are no German giving)"),
    "Berne dit non à la réexportation de chars par les Pays-Bas": (
        "adds (NL, tanks, refused, None) from the headline's 'dit non à la réexportation de chars par les "
        "Pays-Bas': the refusal goes to the country named in the headline (the body alone reads as labelled)"),
    "Niederlande bilden ukrainische Sanitäter aus": (
        "adds (NL, training, delivered, None) from the present-tense headline 'bilden ... aus' beside the "
        "body's promise of 120 (the body alone reads as labelled)"),
    "Estonia delivers mortars, minister promises more": (
        "adds (EE, artillery, pledged, 40) from the post's '40 mortars are on their way to the front' (en "
        "route is pledged by the real set's README: my label is the one at odds)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_38_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, LEFT))
def test_round_38_held_out_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
