"""A forty-first round of wire copy: the forms the seven probes (tests/pledges/test_review_41.py ...
test_review_47.py) and the last code reviews left, each told in other words in articles written for these
tests (none taken from the real-article set or from the probes), in English, French and German where the
form exists. Each was labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md), tests/data/README.md and the lead's calls, as (donor, category, status,
figure): the count of things stated, else the sum of money, else none.

The forms:
- an object pronoun standing for the things named just before ("said it would send them", "qu'il les
  livrerait", "wird sie ... liefern"): the promise is of those things, with their count;
- deliveries said to go on ("will continue", "vont se poursuivre", "sollen weitergehen") promise more of
  the thing;
- arms refused in general ("will send no weapons", "n'enverra aucune arme"): the refusal of no category;
- a training headline in the present ("Britain trains Ukrainian medics") over a body that promises the
  training: the body's promise, no delivery beside it;
- two sums sharing one unit and one purpose ("300 and 200 million euros for air defence"): both for that
  purpose;
- a payer's own giving told after money paid into a fund ("With the money, Norway will also send ..."):
  the payer's record of the thing, beside its funding.

First run (2026-12-05, main's code at 2491bcd, labels unchanged): 7 of 20 right (the deliveries said to go
on in all three languages, the German "keine Waffen liefern", the English training headline, the English
"With that money, Norway will also send" and the pronoun standing for people). The object pronouns gave no
record (4 of 4 wrong), "will send no weapons" read a promise and "n'enverra aucune arme" nothing, the French
and German training headlines added a delivery beside the body's promise, the first of two sums sharing a
unit was funding (English, French) or the German sentence gave nothing (its "stellen ... bereit" spans 16
words), and the French and German payer's own giving after "Avec cet argent" / "Mit dem Geld" was dropped.

The fixes: references (an object pronoun of a giving verb, "send them", "les livrerait", "wird sie ...
liefern", is a mention of the last thing named, with that thing's count, records.Mention.count, read by
items.item_phrases; not when the things go "a few at a time"); given_items (a pronoun takes no genitive:
"sie der Ukraine" is to Ukraine; the payer named again after "With the money" gives its own things);
cue_patterns ("send no weapons / arms", "n'enverra aucune", German "stellt ... bereit" over up to 18
words); item_words (the singular "arme"); restatements and extract (a headline's training in the present
gives way to the body's promise of it, unless the body tells it delivered); money_items (the first of two
sums sharing their unit pays for what the second pays for, a record of its own). After them: 19 of 20;
left (LEFT) the French "consacrer ... à la défense aérienne" ("à" after "consacrer" is no purpose; with
"pour" it reads).

Review 47's Bulgarian "Munitionslieferungen ... sollen dagegen weitergehen" still read nothing: a compound
holding the thing ("Munitionslieferungen", "Granatenlieferungen") was no delivery noun to go on. A
twenty-first text in that form was written and labelled then (main reads it as (CZ, production)), and
cue_patterns reads "<...>lieferungen ... sollen ... weitergehen" as a promise, item_words
"Granatenlieferungen" as ammunition: 20 of 21.
Last, the French sum devoted "à la défense aérienne" (items._FOR_PURPOSE, and given_items._PAID_FOR_OWN_GAP
for Ukraine's own air defence, as "pour la défense aérienne de l'Ukraine" reads): 21 of 21, nothing left.

Checks on the other rounds' texts showed three things the fixes first did wrong, each then narrowed: a
maker's "Der Hersteller KNDS soll sie bis 2027 liefern" gave a jointly bought count to one payer (a maker
as the pronoun's subject now gives none); "..., hieß es in Den Haag" after the things bought with a fund's
money counted as the payer named again (the payer must stand before the things); and "Slovakia will send no
weapons", a refusal now, gave way, as an umbrella, to the transit of tanks refused in the next sentence (a
general refusal told apart from the one precise refusal of its giver is kept, as a headline's is).

Shares (SHARES, review 46's "Davon sollen 500 Millionen Euro in die Beschaffung von Artilleriemunition
fließen", three texts written and labelled after the held-out run): on the code before the fix the French
and German shares became the funding record in place of the total (the total dropped as the same giver's
funding), and the English "Of this, ... will go to" gave no shells. money_items: a sentence opening on a
share of the total before it ("Davon", "Of this", "Sur ce montant") with a sum earmarked for a thing named
after it gives the sum no record. After it 2 of 3; the English "will go to" (no cue) is left (LEFT).

Held out (HELD_OUT, eight articles written after the fixes in the forms fixed, labelled before their first
run and not tuned to; 2026-12-05, this branch): 8 of 8 on their first run (on main's code at 2491bcd 1 of
8: only the French "Les livraisons de drones polonais ... vont se poursuivre").
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.core.pledges.passes.records import as_ascii
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.pledges.things import references
from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, P, R
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # object pronouns: the things named just before, with their count
    ("en", "",
     "OSLO (Reuters) - Norway has 12 M270 rocket launchers in storage. The government said on Monday it "
     "would send them to Ukraine before the winter.",
     {("NO", "artillery", P, 12)}),
    ("en", "",
     "COPENHAGEN (Reuters) - The Danish army is retiring its 19 Caesar howitzers. Denmark will hand them "
     "over to Ukraine in March, the defence minister said on Tuesday.",
     {("DK", "artillery", P, 19)}),
    ("fr", "",
     "MADRID (AFP) - L'Espagne a retiré du service 20 chars Leopard 2A4. Le gouvernement espagnol a annoncé "
     "lundi qu'il les livrerait à l'Ukraine au printemps.",
     {("ES", "tanks", P, 20)}),
    ("de", "",
     "ATHEN (dpa) - Griechenland hat 30 Schützenpanzer vom Typ BMP-1 ausgemustert. Die Regierung wird sie "
     "bis zum Sommer an die Ukraine liefern, sagte ein Sprecher am Montag.",
     {("GR", ARMOUR, P, 30)}),
    # ... and a pronoun standing for people, or for no thing given, gives nothing of its own
    ("en", "",
     "BERLIN (Reuters) - Germany thanked its allies for their help and said it would support them at the "
     "summit, a government spokesman said on Monday.",
     set()),
    # deliveries said to go on: a promise of more of the thing
    ("en", "",
     "BRATISLAVA (Reuters) - Slovak deliveries of artillery shells to Ukraine will continue next year, the "
     "defence minister said on Tuesday.",
     {("SK", AMMO, P, None)}),
    ("fr", "",
     "BRATISLAVA (AFP) - Les livraisons d'obus slovaques à l'Ukraine vont se poursuivre l'an prochain, a "
     "déclaré mardi le ministre de la Défense.",
     {("SK", AMMO, P, None)}),
    ("de", "",
     "BRATISLAVA (dpa) - Die Lieferungen slowakischer Artilleriegranaten an die Ukraine sollen auch im "
     "kommenden Jahr weitergehen, sagte der Verteidigungsminister am Dienstag.",
     {("SK", AMMO, P, None)}),
    # ... and told by a compound holding the thing (written after the first run, when review 47's
    # Bulgarian "Munitionslieferungen ... sollen dagegen weitergehen" was traced: nothing on main)
    ("de", "",
     "PRAG (dpa) - Die Granatenlieferungen aus tschechischen Fabriken an die Ukraine sollen auch 2027 "
     "weitergehen, sagte der Regierungschef am Freitag.",
     {("CZ", AMMO, P, None)}),
    # arms refused in general: a refusal of no category
    ("en", "",
     "BUDAPEST (Reuters) - Hungary will send no weapons to Ukraine, the foreign minister said on Monday.",
     {("HU", "other", R, None)}),
    ("fr", "",
     "BUDAPEST (AFP) - La Hongrie n'enverra aucune arme à l'Ukraine, a répété lundi le ministre des "
     "Affaires étrangères.",
     {("HU", "other", R, None)}),
    ("de", "",
     "BUDAPEST (dpa) - Ungarn wird der Ukraine keine Waffen liefern, bekräftigte der Außenminister am "
     "Montag.",
     {("HU", "other", R, None)}),
    # a training headline in the present over a body promising the training
    ("en", "Britain trains Ukrainian medics",
     "LONDON (Reuters) - Britain will train 200 Ukrainian combat medics next year, the defence ministry said "
     "on Thursday.",
     {("GB", "training", P, 200)}),
    ("fr", "La France forme des pilotes ukrainiens",
     "PARIS (AFP) - La France va former 30 pilotes ukrainiens supplémentaires l'an prochain, a annoncé jeudi "
     "le ministère des Armées.",
     {("FR", "training", P, 30)}),
    ("de", "Dänemark bildet ukrainische Piloten aus",
     "KOPENHAGEN (dpa) - In Dänemark sollen im kommenden Jahr 24 ukrainische Piloten ausgebildet werden, "
     "teilte das Verteidigungsministerium am Donnerstag mit.",
     {("DK", "training", P, 24)}),
    # two sums sharing one unit and one purpose: both for that purpose
    ("en", "",
     "BERLIN (Reuters) - Germany will provide 300 and 200 million euros for air defence systems for Ukraine "
     "in 2026 and 2027, the finance ministry said on Monday.",
     {("DE", AIR, P, 300_000_000), ("DE", AIR, P, 200_000_000)}),
    ("fr", "",
     "STOCKHOLM (AFP) - La Suède va consacrer 100 et 150 millions d'euros à la défense aérienne de l'Ukraine "
     "en 2026 et en 2027, a annoncé lundi le gouvernement.",
     {("SE", AIR, P, 100_000_000), ("SE", AIR, P, 150_000_000)}),
    ("de", "",
     "DEN HAAG (dpa) - Die Niederlande stellen 400 und 250 Millionen Euro für die Luftverteidigung der "
     "Ukraine in den Jahren 2026 und 2027 bereit, teilte die Regierung mit.",
     {("NL", AIR, P, 400_000_000), ("NL", AIR, P, 250_000_000)}),
    # a payer's own giving after money paid into a fund: its own record beside the funding
    ("en", "",
     "OSLO (Reuters) - Norway will pay 300 million dollars into NATO's PURL scheme. With that money, Norway "
     "will also send 4 NASAMS launchers to Ukraine, the ministry said on Wednesday.",
     {("NO", MONEY, P, 300_000_000), ("NO", AIR, P, 4)}),
    ("fr", "",
     "LA HAYE (AFP) - Les Pays-Bas vont verser 100 millions d'euros au fonds de l'Otan. Avec cet argent, les "
     "Pays-Bas vont aussi livrer 12 drones à l'Ukraine, a indiqué mercredi le ministère.",
     {("NL", MONEY, P, 100_000_000), ("NL", "drones", P, 12)}),
    ("de", "",
     "STOCKHOLM (dpa) - Schweden zahlt 150 Millionen Euro in den Nato-Fonds ein. Mit dem Geld wird Schweden "
     "zudem 20 Schützenpanzer an die Ukraine liefern, teilte die Regierung am Mittwoch mit.",
     {("SE", MONEY, P, 150_000_000), ("SE", ARMOUR, P, 20)}),
]

# A share of the total told in the sentence before, earmarked for a thing (review 46's "Davon sollen
# 500 Millionen Euro in die Beschaffung von Artilleriemunition fließen"): the total stays the funding
# record, the thing a record without the share's sum (written and labelled after the held-out run).
SHARES = [
    ("en", "",
     "OSLO (Reuters) - Norway will give Ukraine 2 billion crowns in military aid this year, the government said "
     "on Monday. Of this, 500 million crowns will go to artillery shells.",
     {("NO", MONEY, P, 2_000_000_000), ("NO", AMMO, P, None)}),
    ("fr", "",
     "BRUXELLES (AFP) - La Belgique va débloquer 1 milliard d'euros d'aide militaire pour l'Ukraine cette année, "
     "a annoncé lundi le gouvernement. Sur ce montant, 300 millions d'euros serviront à l'achat de drones.",
     {("BE", MONEY, P, 1_000_000_000), ("BE", "drones", P, None)}),
    ("de", "",
     "STOCKHOLM (dpa) - Schweden stellt der Ukraine in diesem Jahr 2 Milliarden Kronen an Militärhilfe bereit, "
     "teilte die Regierung am Montag mit. Davon sollen 400 Millionen Kronen in den Kauf von Drohnen fließen.",
     {("SE", MONEY, P, 2_000_000_000), ("SE", "drones", P, None)}),
]

# Written after the fixes, labelled before their first run (see the docstring).
HELD_OUT = [
    ("en", "",
     "WARSAW (Reuters) - Poland still has 14 Krab self-propelled howitzers in reserve. Warsaw said on "
     "Thursday it would deliver them to Kyiv by the end of the year.",
     {("PL", "artillery", P, 14)}),
    ("fr", "",
     "ROME (AFP) - L'Italie a reçu de son industrie six lanceurs SAMP/T rénovés. Rome a fait savoir mardi "
     "qu'elle les enverrait en Ukraine avant l'hiver.",
     {("IT", AIR, P, 6)}),
    ("de", "",
     "WIEN (dpa) - Die Slowakei hat 12 Kampfjets vom Typ MiG-29 außer Dienst gestellt. Die Regierung in "
     "Bratislava werde sie der Ukraine überlassen, sagte ein Sprecher am Montag.",
     {("SK", "aircraft", P, 12)}),
    ("en", "",
     "VIENNA (Reuters) - Austria will supply no weapons to Ukraine and will keep to its neutrality, the "
     "chancellor said on Sunday.",
     {("AT", "other", R, None)}),
    ("de", "Schweden bildet ukrainische Mechaniker aus",
     "STOCKHOLM (dpa) - Schweden wird im kommenden Frühjahr 80 ukrainische Mechaniker ausbilden, teilte die "
     "Regierung am Dienstag mit.",
     {("SE", "training", P, 80)}),
    ("en", "",
     "OTTAWA (Reuters) - Canada will spend 150 and 100 million Canadian dollars on artillery ammunition for "
     "Ukraine in 2026 and 2027, the defence minister said.",
     {("CA", AMMO, P, 150_000_000), ("CA", AMMO, P, 100_000_000)}),
    ("de", "",
     "KOPENHAGEN (dpa) - Dänemark zahlt 200 Millionen Euro in die tschechische Munitionsinitiative ein. Mit "
     "dem Geld wird Dänemark außerdem 30 Haubitzen an die Ukraine liefern, sagte der Minister.",
     {("DK", MONEY, P, 200_000_000), ("DK", "artillery", P, 30)}),
    ("fr", "",
     "VARSOVIE (AFP) - Les livraisons de drones polonais à l'Ukraine vont se poursuivre en 2027, a affirmé "
     "jeudi le ministre polonais de la Défense.",
     {("PL", "drones", P, None)}),
]

# What the round leaves, by headline or the start of an untitled body (strict xfails).
LEFT: dict[str, str] = {
    "OSLO (Reuters) - Norway will give Ukrain": (
        "misses (NO, ammunition, pledged, None): 'Of this, 500 million crowns will go to artillery shells' has "
        "no cue ('will go to' is no giving); the share's sum is no record either way"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES + HELD_OUT + SHARES, LEFT))
def test_round_41_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


# The object pronouns are looked for from where their RE2 hint first matches (references._scan): the
# same matches as a full scan of the pattern, on random joins of their words and of characters that
# tell the two engines apart (letters and digits that are not ASCII, white space only `re` calls so).
_PRONOUN_PIECES = st.sampled_from(
    ["send", "sent", "hand", "them", "les", "livrerait", "enverra", "ceder", "remettre", "wird", "soll", "sie",
     "der", "ukraine", "liefern", "uberlassen", "bis", "zum", "sommer", "over", "é", "ü", "٣", "_", "x", ".", ","]
    + [" ", " ", "  ", "\n", "\u00a0", "\x0b", "\x1c"]
)


@given(st.lists(_PRONOUN_PIECES, max_size=24).map("".join))
@example("wird sie der ukraine liefern")
@example("send\u00a0them")
def test_object_pronouns_looked_for_from_their_hint_are_those_of_a_full_scan(text: str) -> None:
    folded = fold_aligned(text)
    data = as_ascii(folded)
    pattern, hint = references._OBJECT_PRONOUN, references._OBJECT_PRONOUN_HINT
    spans = [m.span() for m in references._scan(pattern, hint, folded, data)]
    assert spans == [m.span() for m in pattern.finditer(folded)]
