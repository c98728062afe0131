"""A thirty-fourth round of wire copy: the general causes behind the strict xfails the four held-out
probes (tests/pledges/test_review_41.py .. test_review_44.py) still hold, each told again here in other
words and, where the form exists there, other languages, in articles written for these tests (none is
taken from the real-article set or from a probe). Each was labelled by hand before it was run, following
the real-article set's conventions (../shared/eval/README.md) and tests/data/README.md, as (donor,
category, status, figure): the count of things stated, else the sum of money, else none.

The causes, in the order they were worked on:
- 1: in an interview transcript (Q:/A: lines, "Frage:"/"Antwort:", dialogue lines opened by a dash),
  an answer that refuses or confirms without naming the thing ("No.", "Non.", "Nein.", "Not this
  year.") gives the question's thing that status; the interviewee's country stays the giver of the
  first-person answers however many lines come between;
- 2: money paid into a fund or initiative is the payer's funding record, with no record of its own for
  what the fund buys, in German and French too ("in den Fonds zum Kauf von Munition ... ein[zahlen]",
  "verser ... au fonds ... pour des munitions") and in English with a relative clause ("the initiative
  that buys artillery shells");
- 3: trainers as the subject ("Ausbilder haben 300 Soldaten ausgebildet") count the trainees of the
  training, not a thing given; the donor's own forces waiting for their new aircraft to arrive tell no
  delivery;
- 4: a count before a calibre ("30,000 120mm mortar rounds") keeps its count; a transfer called off in a
  headline beside money offered instead is no pledge of the things;
- 5: a package's worth told by a pronoun in the next sentence ("It is worth ...", "Il est d'une valeur
  de ...", "Es hat einen Wert von ...") is the package's funding record.

First run (2026-12-05, main at 4687792, labels unchanged): 1 of 18 (the Finnish refusal with its own air
force's new jets). The interviews read the question's things discussed and no answer, and lost the
first-person answers' records (the giver lapsed after two lines); every sum paid into a fund gave a record of
what the fund buys besides; trainers as the subject lost the trainees' count; counts before a calibre were
lost; the cancelled Belgian transfer read pledged; the pronoun's worth gave no sum.
After causes 1-4 (transcripts.py; 'nous avons livré' is a delivery; an arrival in an 'until' clause is no
delivery; a fund's purpose is no thing given; trainers count their trainees; 'im Minenräumen' is a skill, no
equipment; a calibre between a count and its things; 'scraps', 'called off' and 'drops ... transfer' refuse; a
verb after ', ' past the recipient governs what follows it): 14 of 18. After cause 5 (a pronoun's worth after a
package without a sum): 17 of 18.
Written after those fixes and labelled before their one run: an answer telling of the question's thing by a
pronoun ("A: We handed them over in October.") and, cause 6, "looking at whether ... can be sent" (review 44's
cause 5): 0 of 2 on that state (the pronoun answer gave nothing, so the question read discussed; "looking at
whether" was no cue). After reading a pronoun answer's status as the question's, "handed them over" as a
delivery, and "looking at whether" as discussed: 2 of 2. After the held-out run (below), two more (Portugal):
an alliance named in passing in an answer ("NATO's eastern flank needs every tank we have") was the giver the
next first-person answer borrowed, 0 of 2; in a transcript a sentence giving nothing no longer replaces the
interviewee as the giver: 2 of 2. Then, cause 6 again (review 41's "its first F-16s will come next year"),
three more labelled before their run: 2 of 3 on that state (the Norwegian launchers "for Ukraine" and the
decision on Taurus were already read right, the Danish jets that "will come next spring" gave nothing); "will
come" at a time to come made a promise, and the Taurus decision read pledged until a decision or answer named
before "will come" kept it out: 3 of 3. One more for German training that "soll ... beginnen" (review 41's
Idar-Oberstein), labelled before its run, failed and is left (LEFT: the cue tried read other texts wrong). In
all 25 of 27; the two left (LEFT) are that one and the Dutch minister's shells ordered "from Nammo", the firm
read as the giver.
Also here (CORRECTIONS): the correction "X und nicht Y" / "X, et non Y" / "X, not Y" is one form,
numbers.NOT_THE_OLD_FIGURE, read by both items._REPLACED_BETWEEN (the figure kept) and
cue_qualifiers._CORRECTION (no refusal); three articles labelled before their run, read right before and after.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 1: transcripts whose answers refuse or confirm without naming the thing
    ("en", "Q&A: Dutch defence minister on tanks and shells",
     "The Dutch defence minister answered questions from reporters in The Hague on Monday.\n"
     "Q: Will the Netherlands send more Leopard tanks to Ukraine?\n"
     "A: No. We have none left to spare.\n"
     "Q: And artillery shells?\n"
     "A: We ordered 50,000 shells for Ukraine from Nammo last week.",
     {("NL", "tanks", R, None), ("NL", AMMO, M, 50000)}),
    ("en", "Interview: Norway's defence minister on air defence and jets",
     "Norway's defence minister spoke to the newspaper on Friday.\n"
     "Q: Will Norway give Ukraine more NASAMS launchers this winter?\n"
     "A: Yes. The decision was taken this week.\n"
     "Q: Any fighter jets?\n"
     "A: Not this year.",
     {("NO", AIR, P, None), ("NO", "aircraft", R, None)}),
    ("fr", "Entretien : le ministre belge de la Défense sur les chars et les drones",
     "Le ministre belge de la Défense a répondu à nos questions mardi.\n"
     "— La Belgique enverra-t-elle des chars Leopard à l'Ukraine ?\n"
     "— Non. Ce n'est pas prévu.\n"
     "— Et les drones ?\n"
     "— Nous avons livré 300 drones de reconnaissance le mois dernier.",
     {("BE", "tanks", R, None), ("BE", "drones", D, 300)}),
    ("de", "Interview: Dänemarks Verteidigungsminister über Kampfjets und Munition",
     "Der dänische Verteidigungsminister im Gespräch mit unserer Redaktion.\n"
     "Frage: Gibt Dänemark weitere F-16-Kampfjets an die Ukraine ab?\n"
     "Antwort: Nein. Daran hat sich nichts geändert.\n"
     "Frage: Und die Munition?\n"
     "Antwort: Wir haben im Oktober 20.000 Artilleriegranaten geliefert.",
     {("DK", "aircraft", R, None), ("DK", AMMO, D, 20000)}),
    # 2: money paid into a fund or an initiative is the payer's funding
    ("de", "Berlin zahlt in Nato-Fonds für Kiew ein",
     "BERLIN (dpa) - Deutschland zahlt 300 Millionen Euro in den Nato-Fonds zum Kauf von Munition für die "
     "Ukraine ein, teilte das Finanzministerium mit.",
     {("DE", MONEY, P, 300000000)}),
    ("de", "Dänemark zahlt in Drohnenfonds ein",
     "KOPENHAGEN (dpa) - Dänemark zahlt weitere 500 Millionen Kronen in den internationalen Fonds zur "
     "Beschaffung von Drohnen für die Ukraine ein.",
     {("DK", MONEY, P, 500000000)}),
    ("fr", "Les Pays-Bas versent 200 millions d'euros au fonds tchèque",
     "LA HAYE (AFP) - Les Pays-Bas vont verser 200 millions d'euros au fonds de l'initiative tchèque pour des "
     "munitions destinées à l'Ukraine, a annoncé le gouvernement.",
     {("NL", MONEY, P, 200000000)}),
    ("en", "Norway pays into Czech shell initiative",
     "OSLO (Reuters) - Norway will pay 1 billion crowns into the Czech-led initiative that buys artillery "
     "shells for Ukraine, the government said on Wednesday.",
     {("NO", MONEY, P, 1000000000)}),
    # 3: trainers as the subject; the donor's own forces awaiting their new jets
    ("de", "Norwegische Ausbilder schulen Ukrainer",
     "OSLO (dpa) - Norwegische Ausbilder haben seit dem Frühjahr 600 ukrainische Soldaten an "
     "Flugabwehrsystemen ausgebildet, teilte das Militär mit.",
     {("NO", "training", D, 600)}),
    ("en", "British instructors train 2,000 more Ukrainian recruits",
     "LONDON (Reuters) - British instructors have trained 2,000 Ukrainian recruits in southern England since "
     "June, the Ministry of Defence said.",
     {("GB", "training", D, 2000)}),
    ("fr", "Des instructeurs français ont formé 400 soldats ukrainiens",
     "PARIS (AFP) - Des instructeurs français ont formé 400 soldats ukrainiens au déminage depuis janvier, a "
     "indiqué l'état-major.",
     {("FR", "training", D, 400)}),
    ("en", "Finland keeps its Hornets for now",
     "HELSINKI (Reuters) - Finland will not give its F/A-18 Hornet jets to Ukraine, the defence minister said. "
     "The country's own air force needs them until its new F-35 aircraft arrive in 2026.",
     {("FI", "aircraft", R, None)}),
    # 4: a count before a calibre; a transfer called off in a headline beside money offered instead
    ("en", "Spain sends 30,000 mortar rounds to Ukraine",
     "MADRID (Reuters) - Spain has delivered 30,000 120mm mortar rounds to Ukraine, the defence ministry said.",
     {("ES", AMMO, D, 30000)}),
    ("de", "Tschechien liefert Granaten an die Ukraine",
     "PRAG (dpa) - Tschechien hat der Ukraine 40.000 152-mm-Granaten geliefert, teilte das "
     "Verteidigungsministerium mit.",
     {("CZ", AMMO, D, 40000)}),
    ("en", "Belgium drops tank transfer to Ukraine, pledges cash instead",
     "BRUSSELS (Reuters) - Belgium has called off a planned transfer of 15 Leopard 1 tanks to Ukraine because "
     "spare parts could not be found, the defence ministry said on Tuesday. It will give 50 million euros for "
     "drones instead.",
     {("BE", "tanks", R, 15), ("BE", "drones", P, 50000000)}),
    # 5: a package's worth told by a pronoun in the next sentence
    ("en", "Sweden approves new aid package for Ukraine",
     "STOCKHOLM (Reuters) - The Swedish government approved its 19th military aid package for Ukraine on "
     "Thursday. It is worth 3.1 billion crowns, the defence minister said.",
     {("SE", MONEY, P, 3100000000)}),
    ("fr", "La Finlande approuve un nouveau paquet d'aide",
     "HELSINKI (AFP) - La Finlande a approuvé un nouveau paquet d'aide militaire pour l'Ukraine. Il est d'une "
     "valeur de 150 millions d'euros, selon le ministère.",
     {("FI", MONEY, P, 150000000)}),
    ("de", "Dänemark beschließt neues Hilfspaket",
     "KOPENHAGEN (dpa) - Dänemark hat sein 25. Militärhilfepaket für die Ukraine beschlossen. Es hat einen "
     "Wert von 1,7 Milliarden Kronen.",
     {("DK", MONEY, P, 1700000000)}),
    # 1 again (written after the first fixes): an answer telling of the question's thing by a pronoun
    ("en", "Q&A: Estonia's defence minister on howitzers",
     "Estonia's defence minister took questions from readers on Wednesday.\n"
     "Q: What happened to the howitzers promised in the spring?\n"
     "A: We handed them over in October.\n"
     "Q: And will Estonia send air defence?\n"
     "A: No. We need every launcher at home.",
     {("EE", "artillery", D, None), ("EE", AIR, R, None)}),
    # 1 again (written after the held-out run): an organisation named in an answer does not take over
    # from the interviewee as the giver of the next answer
    ("en", "Q&A: Portugal's defence minister",
     "Portugal's defence minister spoke to the paper on Thursday.\n"
     "Q: Will Portugal send more Leopard tanks to Ukraine?\n"
     "A: No. NATO's eastern flank needs every tank we have.\n"
     "Q: And ammunition?\n"
     "A: We delivered 10,000 shells in March.",
     {("PT", "tanks", R, None), ("PT", AMMO, D, 10000)}),
    ("fr", "Entretien : la ministre portugaise de la Défense",
     "La ministre portugaise de la Défense a répondu à nos questions jeudi.\n"
     "— Le Portugal enverra-t-il d'autres chars Leopard à l'Ukraine ?\n"
     "— Non. L'Otan a besoin de tous nos chars sur son flanc est.\n"
     "— Et les munitions ?\n"
     "— Nous avons livré 10 000 obus en mars.",
     {("PT", "tanks", R, None), ("PT", AMMO, D, 10000)}),
    # 6: things that "will come" at a time to come are promised (review 41's Belgian F-16s); a decision that
    # will come is still to take
    ("en", "Norway's first NASAMS for Kyiv due next month",
     "OSLO (Reuters) - Norway's first NASAMS launchers for Ukraine will come next month, the defence minister said "
     "on Tuesday.",
     {("NO", AIR, P, None)}),
    ("en", "Danish jets to follow next spring",
     "COPENHAGEN (Reuters) - Denmark has handed Ukraine six F-16 fighter jets. Its last F-16s will come next "
     "spring, the defence ministry said.",
     {("DK", "aircraft", D, 6), ("DK", "aircraft", P, None)}),
    ("en", "Berlin to decide on Taurus next week",
     "BERLIN (Reuters) - Germany's decision on sending Taurus missiles to Ukraine will come next week, a government "
     "spokesman said.",
     {("DE", "missiles", X, None)}),
    # 6: German training that "soll ... beginnen" is announced, as "will begin" is (review 41's Idar-Oberstein)
    ("de", "Berlin schickt weitere Marder",
     "BERLIN (dpa) - Deutschland schickt der Ukraine zehn weitere Marder-Schützenpanzer. Die Ausbildung "
     "ukrainischer Besatzungen soll im Januar in Munster beginnen.",
     {("DE", "armoured_vehicles", P, 10), ("DE", "training", P, None)}),
    # 6: "looking at whether" things can go is a question still open (review 44's cause 5)
    ("en", "Denmark weighs sending more Leopard tanks",
     "COPENHAGEN (Reuters) - Denmark is looking at whether more of its Leopard 1 tanks can be sent to Ukraine, "
     "the defence minister said on Friday.",
     {("DK", "tanks", X, None)}),
]

# What is left, by headline (strict xfails): filled in after the runs.
LEFT: dict[str, str] = {
    "Berlin schickt weitere Marder": (
        "no training record: 'soll ... beginnen' is no cue. Tried in this round as an announcement (as 'will "
        "begin' is): it read a plant's 'Die Produktion für ukrainische Raketen soll ... beginnen' "
        "(tests/data/busy_day_24.jsonl AA-DE-05) as Denmark's missiles promised and gave review 41's training in "
        "Idar-Oberstein to the Dutch co-giver too, so it was left out"),
    "Q&A: Dutch defence minister on tanks and shells": (
        "reads the shells ordered 'from Nammo' as (NO, ammunition, production, 50000): the firm named as the seller "
        "is taken as the giver before the interviewee's country the answer borrows"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_34_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


# A corrected figure ("22 und nicht 25", "14 ..., et non 10", "24 ..., not 18") is read by one form
# (numbers.NOT_THE_OLD_FIGURE): the new figure kept (items) and the denial no refusal of the giving
# (cue_qualifiers). Labelled before their run; they guard the two readers sharing the form.
CORRECTIONS = [
    ("en", "Norway corrects missile count",
     "OSLO (Reuters) - Norway has sent 24 NASAMS missiles to Ukraine, not 18 as first reported, the ministry said.",
     {("NO", AIR, D, 24)}),
    ("fr", "La Pologne corrige le nombre de chars livrés",
     "VARSOVIE (AFP) - La Pologne a livré 14 chars à l'Ukraine, et non 10 comme indiqué mardi.",
     {("PL", "tanks", D, 14)}),
    ("de", "Prag korrigiert Angaben zu Haubitzen",
     "PRAG (dpa) - Nach korrigierten Angaben hat Tschechien der Ukraine 22 und nicht 25 Haubitzen übergeben.",
     {("CZ", "artillery", D, 22)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), CORRECTIONS)
def test_a_corrected_figure_keeps_the_new_one_and_no_refusal(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


# Written after all the fixes above, not tuned to, labelled before their one run (HELD_OUT_LEFT
# says what that run left). The run (2026-12-05, this round's code): 5 of 8 (main at 4687792: 1 of 8).
HELD_OUT = [
    ("en", "Interview: Britain's armed forces minister",
     "Britain's armed forces minister answered listeners' questions on the radio on Sunday.\n"
     "Q: Will Britain give Ukraine its Typhoon fighters?\n"
     "A: No, they are needed for NATO's air policing.\n"
     "Q: What about artillery?\n"
     "A: We shipped 30 AS90 guns last year and more are coming.",
     {("GB", "aircraft", R, None), ("GB", "artillery", D, 30), ("GB", "artillery", P, None)}),
    ("de", "Interview: Brekelmans über F-16 und Munition",
     "Der niederländische Verteidigungsminister Ruben Brekelmans im Interview.\n"
     "Frage: Liefern die Niederlande weitere F-16 an die Ukraine?\n"
     "Brekelmans: Nein. Das steht nicht zur Debatte.\n"
     "Frage: Und die Munition?\n"
     "Brekelmans: Wir haben in diesem Jahr 100.000 Granaten für die Ukraine bestellt.",
     {("NL", "aircraft", R, None), ("NL", AMMO, M, 100000)}),
    ("fr", "Entretien : le ministre néerlandais de la Défense",
     "Le ministre néerlandais de la Défense a répondu à nos questions.\n"
     "— Les Pays-Bas vont-ils fournir des chars Leopard 2 à l'Ukraine ?\n"
     "— Oui. Dix-huit chars partiront au printemps.\n"
     "— Et la défense aérienne ?\n"
     "— Nous avons déjà remis deux batteries Patriot.",
     {("NL", "tanks", P, 18), ("NL", AIR, D, 2)}),
    ("de", "Schweden zahlt in Fonds für Kiew ein",
     "STOCKHOLM (dpa) - Schweden zahlt 1 Milliarde Kronen in den britischen Fonds zur Beschaffung von Luftabwehr "
     "für die Ukraine ein, teilte die Regierung mit.",
     {("SE", MONEY, P, 1000000000)}),
    ("fr", "Le Danemark abonde le fonds de l'Otan",
     "COPENHAGUE (AFP) - Le Danemark va verser 50 millions d'euros au fonds de l'Otan pour l'achat de carburant et "
     "d'équipements destinés à l'armée ukrainienne, a annoncé le ministère.",
     {("DK", MONEY, P, 50000000)}),
    ("en", "Canadian trainers have taught 900 Ukrainian soldiers",
     "OTTAWA (Reuters) - Canadian trainers have taught 900 Ukrainian soldiers to clear mines in Latvia this year, "
     "the defence department said.",
     {("CA", "training", D, 900)}),
    ("en", "Czechia sends 60,000 152mm shells",
     "PRAGUE (Reuters) - The Czech Republic has delivered 60,000 152mm artillery shells to Ukraine since January, "
     "the government said.",
     {("CZ", AMMO, D, 60000)}),
    ("en", "Norway unveils new Ukraine package",
     "OSLO (Reuters) - Norway announced a new military aid package for Ukraine on Monday. It is valued at 2 billion "
     "crowns, the government said.",
     {("NO", MONEY, P, 2000000000)}),
]

HELD_OUT_LEFT: dict[str, str] = {
    "Interview: Britain's armed forces minister": (
        "reads (GB, artillery, delivered, 30) only: the question's 'Typhoon fighters' is no item ('fighters' "
        "without 'jets' is no aircraft word, 'Typhoon' no system of the entity lists), so the bare 'No,' has "
        "nothing to refuse; 'more are coming' gives no promise. The one run read (NATO, artillery, delivered, 30): "
        "NATO, named in the answer 'No, they are needed for NATO's air policing', was the giver the next answer "
        "borrowed, fixed after the run (the two articles on Portugal above)"),
    "Entretien : le ministre néerlandais de la Défense": (
        "reads (NL, tanks, pledged, None): 'Oui.' gives the question's tanks their promise, but the answer's "
        "'Dix-huit chars partiront au printemps' has no cue of its own ('partiront' alone is none), so no count"),
    "Canadian trainers have taught 900 Ukrainian soldiers": (
        "no record: 'trainers' is no training word (only 'instructors'), and 'taught ... to clear mines' no cue"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_round_34_held_out_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
