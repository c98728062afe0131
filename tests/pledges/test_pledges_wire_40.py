"""A fortieth round of wire copy: the giver, category and figure causes review 47
(tests/pledges/test_review_47.py) left, each told in other words in articles written for these tests (none
taken from the real-article set or from the probe), in English, French and German where the form exists.
Each was labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md), tests/data/README.md and the lead's calls (money paid into a fund is the payer's
funding record, what the fund buys is no record of the payer), as (donor, category, status, figure): the
count of things stated, else the sum of money, else none.

The causes, by the review's numbers:
- 1: a thanks list with the verb said once, "I thank Denmark for ..., and Sweden for ...": each thanked
  country gives its own thing;
- 2: "more ... than X" (and a headline's "overtakes X"): X is the base of a comparison, no giver;
- 10: radar surveillance aircraft are aircraft, not radars;
- 12: German "Feuereinheit(en)" is an air-defence system's unit, as "fire units" is;
- 26: sums told "respectively" paid into a fund: each payer's funding record with its own sum, "120 et 80
  millions" sharing one unit;
- 6: what a fund buys with the money paid in ("à l'initiative tchèque qui achète des obus", "Mit dem Geld
  sollen ... gekauft werden" after money paid into a fund) is no record of the payer;
- (noticed) a thing's use told of what it is for ("5,000 shells for the howitzers already in service") is
  no delivery of it.

First run (2026-12-05, main's code at 1555ad2, labels unchanged): the first fourteen (causes 1, 2 with a
donor as subject, 10, 12, 26) 4 of 14 (the three "more ... than" texts with a donor subject and the Dutch
"zwei Feuereinheiten des Flugabwehrsystems" right; the thanks lists gave every thanked country every thing
in English and French and nothing in German ("Ich danke" was no cue); radar aircraft read other; the
German "drei weitere Feuereinheiten" nothing; the sums paid "respectively" into a fund none). One label
was mine in error: "Lenkflugkörper für IRIS-T" labelled missiles; an air-defence system's missiles are its
interceptors, air defence (as the probe and the extractor read them): relabelled, the only label changed.
Cause 2 again with no donor as subject (three texts written after the first fix, run first on main's
code): 0 of 3 (the base after "than" / "als" took the things, and the headline's "overtakes Washington's"
gave the United States). The noticed "in service" (three texts): 1 of 3 on main (the French "qui sont déjà
en service" made the shells delivered; the German also made the howitzers a delivery). Cause 6 (four
texts): 1 of 4 on main.

The fixes: givers._thanked_for (the country right before "for / pour / für" and the thing, after a word of
thanks, gives it) and cue_patterns ("Ich danke ... für"); donor_places.compared (the donor after "more /
plus de / davantage / mehr ... than / que / als", and after "overtakes / dépasse / überholt"); item_words
(radar-carrying aircraft, before the radar words); references (German "Feuereinheit(en)" counts units of
the system named before); numbers._with_shared_scale ("120 et 80 millions d'euros") and money_items (a
"respectively" list paying for no thing is the funding, one sum a giver); given_items (a fund's relative
with no comma, "qui achète"; a sentence opening on the money as its means, "with the money / mit dem Geld /
avec cet argent", after money paid into a fund; a paying verb standing for a headline's missing sum; German
"Mechanismus"); status_cues (an "in service" told of what the things are for is dropped, not in thanks);
article_passes.without_a_crossed_list (a headline crossing several givers with several things, "thanks
Denmark and Sweden for jets and guns", keeps only the pairs the body tells). After them: 13 of 14, 1 of 3,
2 of 3, 4 of 4 (in all 20 of 24); left (LEFT) what other causes hold.

Held out (HELD_OUT, eight articles written after the fixes in the forms fixed, labelled before their
first run and not tuned to; 2026-12-05, this branch): 8 of 8 on their first run (on main's code 4 of 8:
the English thanks list, the German "Zwei weitere Feuereinheiten", the English "400 and 150 million euros
respectively" into a fund and the German "Mit dem Geld ..." after money paid into a NATO fund fail there).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 1: a thanks list with the verb left out after the first thanked country: each its own thing
    ("en", "Zelensky thanks Denmark and Sweden for jets and guns",
     "KYIV (Reuters) - \"I thank Denmark for the F-16 jets that now fly over our east, and Sweden for the "
     "Archer howitzers already firing at the front,\" Ukraine's president said on Monday.",
     {("DK", "aircraft", D, None), ("SE", "artillery", D, None)}),
    ("fr", "Zelensky remercie la Pologne et la Lituanie",
     "KIEV (AFP) - « Je remercie la Pologne pour les chars arrivés cet été, et la Lituanie pour ses drones "
     "de reconnaissance », a déclaré lundi le président ukrainien.",
     {("PL", "tanks", D, None), ("LT", "drones", D, None)}),
    ("de", "Selenskyj dankt Norwegen und Finnland",
     "KIEW (dpa) - „Ich danke Norwegen für die Flugabwehrsysteme und Finnland für die 30 Mörser, die schon "
     "an der Front sind“, sagte der ukrainische Präsident am Montag.",
     {("NO", AIR, D, None), ("FI", "artillery", D, 30)}),
    # 2: "more ... than X": the country after "than / que / als" is the comparison's base, no giver
    ("en", "Poland out-gives Washington on tanks",
     "WARSAW (Reuters) - Poland has delivered more tanks to Ukraine since 2022 than the United States, the "
     "Polish defence minister said on Tuesday.",
     {("PL", "tanks", D, None)}),
    ("fr", "La Pologne a livré plus de chars que Washington",
     "VARSOVIE (AFP) - La Pologne a livré davantage de chars à l'Ukraine depuis 2022 que les États-Unis, a "
     "affirmé mardi le ministre polonais de la Défense.",
     {("PL", "tanks", D, None)}),
    ("de", "Polen lieferte mehr Panzer als die USA",
     "WARSCHAU (dpa) - Polen hat der Ukraine seit 2022 mehr Kampfpanzer geliefert als die Vereinigten "
     "Staaten, sagte der polnische Verteidigungsminister am Dienstag.",
     {("PL", "tanks", D, None)}),
    # 10: radar surveillance aircraft are aircraft
    ("en", "Norway to send radar planes to Ukraine",
     "OSLO (Reuters) - Norway will send two radar surveillance aircraft to Ukraine next year, the defence "
     "ministry said on Wednesday.",
     {("NO", "aircraft", P, 2)}),
    ("fr", "La Finlande va céder des avions radar à Kiev",
     "HELSINKI (AFP) - La Finlande va céder à l'Ukraine deux avions de surveillance radar, a annoncé "
     "mercredi le gouvernement finlandais.",
     {("FI", "aircraft", P, 2)}),
    ("de", "Dänemark gibt Radarflugzeuge ab",
     "KOPENHAGEN (dpa) - Dänemark wird der Ukraine zwei Aufklärungsflugzeuge mit Radar überlassen, teilte "
     "das Verteidigungsministerium am Mittwoch mit.",
     {("DK", "aircraft", P, 2)}),
    # 12: German "Feuereinheit(en)" is an air-defence system's word, as "fire units" is
    ("de", "Berlin kündigt weitere Flugabwehr für Kiew an",
     "BERLIN (dpa) - Deutschland hat der Ukraine weitere Lenkflugkörper für IRIS-T geliefert. Im Frühjahr "
     "sollen drei weitere Feuereinheiten folgen, sagte ein Sprecher am Donnerstag.",
     {("DE", AIR, D, None), ("DE", AIR, P, 3)}),
    ("de", "Niederlande geben Skynex-Feuereinheit ab",
     "DEN HAAG (dpa) - Die Niederlande liefern der Ukraine zwei Feuereinheiten des Flugabwehrsystems "
     "Skynex, teilte die Regierung am Freitag mit.",
     {("NL", AIR, P, 2)}),
    # 26: sums paid "respectively" into a fund: each payer's funding record with its own sum
    ("en", "Denmark, Belgium pay into NATO fund for Ukraine",
     "BRUSSELS (Reuters) - Denmark and Belgium will pay 300 million euros and 100 million euros "
     "respectively into a NATO fund that buys weapons for Ukraine, the alliance said on Monday.",
     {("DK", MONEY, P, 300_000_000), ("BE", MONEY, P, 100_000_000)}),
    ("fr", "La Suède et la Finlande abondent un fonds pour Kiev",
     "BRUXELLES (AFP) - La Suède et la Finlande vont verser respectivement 120 et 80 millions d'euros au "
     "fonds de l'Otan qui achète des armes pour l'Ukraine, a indiqué lundi l'Alliance.",
     {("SE", MONEY, P, 120_000_000), ("FI", MONEY, P, 80_000_000)}),
    ("de", "Schweden und Finnland zahlen in Nato-Fonds ein",
     "BRÜSSEL (dpa) - Schweden und Finnland zahlen 120 beziehungsweise 80 Millionen Euro in einen "
     "Nato-Fonds ein, der Waffen für die Ukraine kauft, teilte das Bündnis am Montag mit.",
     {("SE", MONEY, P, 120_000_000), ("FI", MONEY, P, 80_000_000)}),
    # 2 again, the subject no donor (as in the review): only the base after "than / que / als" is
    # named, and it must not give
    ("en", "Europe's aid to Kyiv overtakes Washington's",
     "LONDON (Reuters) - European governments have pledged more artillery shells to Ukraine this year than "
     "the United States, a think tank said on Thursday. Norway delivered 40,000 of them in June.",
     {("NO", AMMO, D, 40000)}),
    ("fr", "L'aide européenne dépasse celle de Washington",
     "LONDRES (AFP) - Les gouvernements européens ont promis cette année plus d'obus à l'Ukraine que les "
     "États-Unis, selon un institut de recherche. La Norvège en a livré 40 000 en juin.",
     {("NO", AMMO, D, 40000)}),
    ("de", "Europas Hilfe übertrifft die der USA",
     "LONDON (dpa) - Die europäischen Regierungen haben der Ukraine in diesem Jahr mehr Artilleriegranaten "
     "zugesagt als die Vereinigten Staaten, teilte ein Institut mit. Norwegen lieferte im Juni 40.000 davon.",
     {("NO", AMMO, D, 40000)}),
    # noticed: use told of what the things are for ("for the systems already in service") is no delivery
    ("en", "Norway sends more shells to Ukraine",
     "OSLO (Reuters) - Norway will send 5,000 artillery shells to Ukraine for the howitzers already in "
     "service with its army, the defence ministry said on Friday.",
     {("NO", AMMO, P, 5000)}),
    ("fr", "La Norvège envoie des obus à Kiev",
     "OSLO (AFP) - La Norvège va envoyer à l'Ukraine 5 000 obus pour les obusiers qui sont déjà en service "
     "dans son armée, a indiqué vendredi le ministère de la Défense.",
     {("NO", AMMO, P, 5000)}),
    ("de", "Norwegen schickt Granaten",
     "OSLO (dpa) - Norwegen schickt der Ukraine 5000 Artilleriegranaten für die bereits im Einsatz "
     "befindlichen Haubitzen, teilte das Verteidigungsministerium am Freitag mit.",
     {("NO", AMMO, P, 5000)}),
    # 6: what a fund buys with the money paid in is no record of the payer (the fund convention)
    ("en", "Norway pays into NATO's PURL for Ukraine",
     "BRUSSELS (Reuters) - Norway will pay 150 million dollars into NATO's PURL mechanism, the alliance said "
     "on Monday. With the money, Patriot interceptors are to be bought from US stocks for Ukraine.",
     {("NO", MONEY, P, 150_000_000)}),
    ("fr", "Les Pays-Bas abondent le mécanisme PURL",
     "BRUXELLES (AFP) - Les Pays-Bas vont verser 250 millions d'euros au mécanisme PURL de l'Otan, a annoncé "
     "lundi l'Alliance. Avec cet argent doivent être achetés des missiles pour les systèmes Patriot ukrainiens.",
     {("NL", MONEY, P, 250_000_000)}),
    ("de", "Dänemark zahlt in Munitionsfonds ein",
     "BRÜSSEL (dpa) - Dänemark zahlt 100 Millionen Euro in den Munitionsfonds der Nato ein, teilte das Bündnis "
     "am Montag mit. Mit dem Geld sollen Artilleriegranaten für die Ukraine gekauft werden.",
     {("DK", MONEY, P, 100_000_000)}),
    ("fr", "La Suède verse 100 millions à l'initiative tchèque",
     "PRAGUE (AFP) - La Suède va verser 100 millions d'euros à l'initiative tchèque qui achète des obus pour "
     "l'Ukraine, a annoncé lundi le gouvernement suédois.",
     {("SE", MONEY, P, 100_000_000)}),
]

# Written after the fixes, labelled before their first run (see the docstring).
HELD_OUT = [
    ("en", "Ukraine's defence minister thanks two allies for armour",
     "KYIV (AP) - Ukraine's defence minister said on Wednesday: \"We thank the Netherlands for the 14 Leopard "
     "tanks that reached our brigades, and Norway for its mine-clearing vehicles.\"",
     {("NL", "tanks", D, 14), ("NO", ARMOUR, D, None)}),
    ("fr", "Zelensky remercie deux pays baltes",
     "VILNIUS (AFP) - Le président ukrainien a remercié mercredi la Lituanie pour ses 20 véhicules blindés "
     "M577 et l'Estonie pour les obus d'artillerie arrivés en octobre.",
     {("LT", ARMOUR, D, 20), ("EE", AMMO, D, None)}),
    ("fr", "Berlin souligne son rôle dans la défense aérienne ukrainienne",
     "BERLIN (AFP) - L'Allemagne a fourni à l'Ukraine davantage de systèmes de défense aérienne que la France "
     "et l'Italie réunies, a souligné jeudi le chancelier.",
     {("DE", AIR, D, None)}),
    ("de", "Schweden übergibt Frühwarnflugzeuge",
     "STOCKHOLM (dpa) - Schweden hat der Ukraine zwei Frühwarnflugzeuge vom Typ ASC 890 übergeben, teilte die "
     "Regierung am Dienstag mit.",
     {("SE", "aircraft", D, 2)}),
    ("de", "Weiteres IRIS-T-System für Kiew",
     "BERLIN (dpa) - Deutschland hat der Ukraine ein weiteres Flugabwehrsystem vom Typ IRIS-T SLM übergeben, "
     "wie die Bundesregierung am Freitag mitteilte. Zwei weitere Feuereinheiten sind bis Jahresende zugesagt.",
     {("DE", AIR, D, None), ("DE", AIR, P, 2)}),
    ("en", "Norway, Finland add to Ukraine fund",
     "OSLO (Reuters) - Norway and Finland will contribute 400 and 150 million euros respectively to the "
     "International Fund for Ukraine, the two governments said on Thursday.",
     {("NO", MONEY, P, 400_000_000), ("FI", MONEY, P, 150_000_000)}),
    ("de", "Niederlande zahlen in Nato-Fonds ein",
     "DEN HAAG (dpa) - Die Niederlande zahlen weitere 300 Millionen Euro in den Nato-Fonds für die Ukraine "
     "ein. Mit dem Geld sollen unter anderem Drohnenabwehrsysteme gekauft werden, hieß es in Den Haag.",
     {("NL", MONEY, P, 300_000_000)}),
    ("en", "Italy to send Aster missiles to Kyiv",
     "ROME (Reuters) - Italy will send 30 Aster missiles to Ukraine for the SAMP/T batteries already in use "
     "there, the defence ministry said on Tuesday.",
     {("IT", AIR, P, 30)}),
]

# What the fixes leave, by headline (strict xfails).
LEFT: dict[str, str] = {
    "Europe's aid to Kyiv overtakes Washington's": (
        "reads nothing for (NO, ammunition, delivered, 40000): 'Norway delivered 40,000 of them in June' (a "
        "count 'of them' as the object of its verb stands for nothing; as a subject it does)"),
    "L'aide européenne dépasse celle de Washington": (
        "adds (EU, ammunition, pledged, None): 'Les gouvernements européens ont promis ... plus d'obus' reads "
        "the European governments as the EU (in English and German they give nothing)"),
    "Norwegen schickt Granaten": (
        "adds (NO, artillery, pledged, None): the howitzers the shells are for, told after the German "
        "attributive 'für die bereits im Einsatz befindlichen Haubitzen', are read as given too (the English "
        "and French 'for the howitzers' are not)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES + HELD_OUT, LEFT))
def test_round_40_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
