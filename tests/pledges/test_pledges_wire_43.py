"""A forty-third round of wire copy: the status and figure causes review 48 (tests/pledges/test_review_48.py)
left, each told in other words in articles written for these tests (none taken from the real-article set or
from the probe), in English, French and German where the form exists. Each was labelled by hand before it
was run, following the real-article set's conventions (../shared/eval/README.md), tests/data/README.md and
the lead's calls, as (donor, category, status, figure): the count of things stated, else the sum of money,
else none.

The causes, by the review's numbers:
- 9: "commits / committed / is committing <sum> to Ukraine" and the French "engage" / German "verpflichtet
  sich zu" are pledges; a yearly sum keeps its yearly figure;
- 10: suspension and resumption: a suspension in force ("halts / suspends / pauses ... shipments /
  transfers", "suspend ses envois", "stoppt") is refused, as the README's "not now"; a resumption ("resumes
  deliveries", "lifted the suspension", "reprend ses livraisons", "setzt ... wieder fort", "nimmt ... wieder
  auf") is pledged, deliveries to come ("will send"); Ukraine may be only the adjective of the things;
- 11: a running total ("bringing the number of ... to N", "portant à N le nombre de", "womit die Zahl ...
  auf N steigt") is no new pledge and does not take the place of the promised count;
- 12: a cancelling verb's status stops at a clause with its own verb ("cancels X, sends Y instead");
- 13: a past refusal the news reverses ("had long refused", "avait jusqu'ici refusé", "hatte bisher
  abgelehnt") gives no refusal;
- 15: a share "of which / dont / davon" takes the total's status; money that "remains blocked by a veto" is
  undecided, discussed;
- 16: "crew members", "crewmen", "membres d'équipage", "Besatzungsmitglieder" are trainees;
- 17, 18: a German training count with an adverb between the verb and the count ("bildet ... derzeit 24
  Piloten aus"), and trainees counted as the subject before the training word ("the first 50 soldiers have
  begun their training");
- 20: bearing the cost ("covers the cost of", "prend en charge le coût", "übernimmt die Kosten") of
  something for Ukraine is the payer's funding record, pledged.
(Cause 19, a sum that buys counted things, is not here: the real-article set labels "400 Millionen € für den
Kauf von Langstreckendrohnen" as the drones alone with the sum in their item, no funding record beside them,
the opposite of the probe's label; left for the lead.)

First run (2026-12-05, main's code at 04ad7ff, labels as committed before the run): 16 of 38. Right already:
the English "halts ... shipments", "suspends transfers", the French "suspend ses envois", the German "setzt ...
wieder fort" and "nimmt ... wieder auf", the three running totals, the three cancellations with "instead / à
la place / stattdessen" (the probe's "buys drones instead" has no giving verb of its own, see below), the
German past refusal, the French and German "engage" / "verpflichtet sich". Wrong: "committed / commits /
committing <sum>" gave nothing (the cue took one digit, so its closing word boundary failed inside "300");
"crewmen", "crew members", "membres d'équipage", "Besatzungsmitglieder" were no trainees; the German count
after "bildet <subject> <adverb>" and the trainees counted as the subject before the training were lost; the
English and French past refusals ("had long refused", "avait jusqu'ici refusé") read refused; the French
"livraisons d'obus destinés aux canons ukrainiens" read nothing (the things' Ukrainian platform read as
Ukraine's own things); "mortar round deliveries" read artillery; a share "of which / dont" took its own
"earmarked / destinés" as pledged; money "blocked by a veto" read refused; bearing a cost gave nothing.

The fixes: cue_patterns (commit(s|ted|ting) with the whole count); items (crew words among the trainees; the
German split "bildet ... aus" counts trainees after a subject and an adverb; trainees as the subject before
the training, with a verb of theirs between); restatements (a refusal told in the pluperfect beside a
giving of the same donor and kind is dropped; a headline's system named by its family, "Leopard", is the
body's "Leopard 2" when a headline's present promise gives way to the body's delivery); nearest_cue (a
refusal before a comma does not reach a clause that names its things as the replacement, "instead / à la
place / stattdessen"); given_items (a thing for a Ukrainian platform, "pour les canons ukrainiens", is given,
not Ukraine's own; a running total, "portant à N le nombre de", "bringing the number of", "womit die Zahl der",
gives no item; the things whose repair a borne cost pays for, "die Kosten für die Instandsetzung der M113",
or a headline's paying verb right before the repair, "zahlen Wartung ...", are no things given); item_words
("mortar round", "artillery shell" as a compound's first part); nearest_cue again (a share "of which / dont /
davon" told by its purpose, "earmarked", "destinés à l'achat", takes the whole's stage; a verb after a comma
and a subject of its own, "..., la formation a commencé", tells nothing of the things before the comma);
cue_patterns again ("remain blocked by a veto", "restent bloqués par le veto", "bleiben durch das Veto ...
blockiert" are discussed, the one vetoing no giver, item_records; bearing a cost, "cover the cost of", "prend
en charge le coût de", "übernimmt die Kosten", is paying; "ont déjà commencé"). After them: 37 of 38 (LEFT
says what the last one reads). Resumption:
the extractor's existing convention is kept (deliveries resumed are under way, delivered, as round 8
labelled "has resumed weapons deliveries"; a resumption to come, "will resume", "reprend", "setzt ... wieder
fort", is pledged; a lifted suspension is pledged).

Held out (HELD_OUT, eight articles written after the fixes in the forms fixed, labelled and committed before
their first run, not tuned to; 2026-12-05, this branch): 8 of 8 on their first run (on main's code at 04ad7ff
4 of 8: the Canadian "is committing ... a year" gave nothing, the Swedish "avait longtemps refusé" read a
refusal, the Lithuanian "first 40 Ukrainian crew members have completed their training" lost its count, and
the German report of France bearing a repair's cost, "übernimmt die Kosten für die Reparatur ... in Höhe von
40 Millionen Euro", read the vehicles as given and not the sum). That first run had German "ukrainischer
Haubitzen" read as Ukraine's own things, as English "Ukrainian howitzers" is; it broke two older German
texts ("die Entwicklung ukrainischer Langstreckendrohnen", Ukrainian-made things paid for) and was taken back;
with it gone the French repair's headline, "Frankreich zahlt Reparatur ukrainischer Schützenpanzer", adds the
vehicles again: 7 of 8 (LEFT).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, R, X
from tests.support.wire_reading import figures, left_as_xfails

TRAINING = "training"

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 9: committing a sum
    ("en", "Finland commits 300 million euros in military aid to Ukraine",
     "HELSINKI (Reuters) - Finland committed 300 million euros in military aid to Ukraine on Tuesday, the "
     "defence ministry said, its largest single contribution so far.",
     {("FI", MONEY, P, 300_000_000)}),
    ("en", "Denmark signs security accord with Kyiv",
     "COPENHAGEN (Reuters) - Denmark signed a security accord with Ukraine on Friday, committing 2 billion "
     "crowns a year in military support until 2030, the government said.",
     {("DK", MONEY, P, 2_000_000_000)}),
    ("en", "Sweden commits further 400 million euros to Ukraine",
     "STOCKHOLM (AP) - Sweden commits another 400 million euros to Ukraine's armed forces, the defence "
     "minister told reporters on Monday.",
     {("SE", MONEY, P, 400_000_000)}),
    ("fr", "La Norvège engage 200 millions d'euros pour l'armée ukrainienne",
     "OSLO (AFP) - La Norvège a engagé 200 millions d'euros d'aide militaire supplémentaire pour l'Ukraine, "
     "a annoncé mardi le gouvernement.",
     {("NO", MONEY, P, 200_000_000)}),
    ("de", "Dänemark verpflichtet sich zu jährlicher Militärhilfe",
     "KOPENHAGEN (dpa) - Dänemark verpflichtet sich, der Ukraine bis 2029 jährlich 500 Millionen Euro an "
     "Militärhilfe bereitzustellen, teilte die Regierung am Dienstag mit.",
     {("DK", MONEY, P, 500_000_000)}),
    # 10: suspension in force: refused
    ("en", "Sweden halts artillery shell shipments to Ukraine",
     "STOCKHOLM (Reuters) - Sweden has halted shipments of 155 mm artillery shells to Ukraine while it refills "
     "its own depots, the defence ministry said on Thursday.",
     {("SE", AMMO, R, None)}),
    ("en", "Poland suspends transfers of MiG-29 jets to Ukraine",
     "WARSAW (AP) - Poland suspended transfers of MiG-29 fighter jets to Ukraine on Monday pending a review "
     "of spare parts, a government spokesman said.",
     {("PL", "aircraft", R, None)}),
    ("fr", "Le Danemark suspend ses envois de drones à l'Ukraine",
     "COPENHAGUE (AFP) - Le Danemark a suspendu ses envois de drones de reconnaissance à l'Ukraine, le temps "
     "d'un audit de ses contrats, a indiqué lundi le ministère de la Défense.",
     {("DK", "drones", R, None)}),
    # 10: resumption: pledged, deliveries to come
    ("en", "Belgium resumes mortar round deliveries to Ukraine",
     "BRUSSELS (Reuters) - Belgium will resume deliveries of 120 mm mortar rounds to Ukraine next week after "
     "lifting a month-long suspension, the defence ministry said on Tuesday.",
     {("BE", AMMO, P, None)}),
    ("en", "Norway lifts suspension of shell shipments for Ukrainian guns",
     "OSLO (AP) - Norway lifted the suspension of its shipments of artillery shells for Ukrainian howitzers "
     "on Wednesday, after inspectors cleared the batch, the government said.",
     {("NO", AMMO, P, None)}),
    ("fr", "La Suède reprend ses livraisons d'obus pour les canons ukrainiens",
     "STOCKHOLM (AFP) - La Suède a levé mercredi la suspension de ses livraisons d'obus destinés aux canons "
     "ukrainiens, après un contrôle de ses stocks, a indiqué le ministère de la Défense.",
     {("SE", AMMO, P, None)}),
    ("de", "Norwegen setzt Munitionslieferungen an die Ukraine wieder fort",
     "OSLO (dpa) - Norwegen setzt die Lieferung von Artilleriemunition an die Ukraine nach einer "
     "zweiwöchigen Pause wieder fort, teilte das Verteidigungsministerium am Montag mit.",
     {("NO", AMMO, P, None)}),
    ("de", "Finnland nimmt Lieferung von Mörsergranaten wieder auf",
     "HELSINKI (dpa) - Finnland nimmt die Lieferung von Mörsergranaten für ukrainische Truppen wieder auf, "
     "nachdem eine Prüfung der Bestände abgeschlossen ist, sagte ein Sprecher am Mittwoch.",
     {("FI", AMMO, P, None)}),
    # 11: a running total is no new pledge and does not take the promised count's place
    ("en", "Sweden hands Ukraine four more Gripen jets",
     "STOCKHOLM (Reuters) - Sweden has delivered four more Gripen fighter jets to Ukraine, bringing the number "
     "of aircraft handed over to 10. The last eight of the 18 jets it promised are due next year, the defence "
     "ministry said.",
     {("SE", "aircraft", D, 4), ("SE", "aircraft", P, 18)}),
    ("fr", "Deux F-16 belges supplémentaires livrés à Kiev",
     "BRUXELLES (AFP) - La Belgique a livré deux F-16 supplémentaires à l'Ukraine, portant à six le nombre "
     "d'avions remis depuis l'été. Les vingt-quatre restants des trente appareils promis arriveront d'ici "
     "2028, a précisé le ministère.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
    ("de", "Dänemark übergibt fünf weitere Leopard 1A5",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine fünf weitere Kampfpanzer Leopard 1A5 übergeben, womit die "
     "Zahl der gelieferten Panzer auf 45 steigt, teilte das Verteidigungsministerium mit.",
     {("DK", "tanks", D, 5)}),
    # 12: a cancelling verb's status stops at a clause with its own verb
    ("en", "Norway scraps plan to send 6 howitzers to Ukraine, sends shells instead",
     "OSLO (Reuters) - Norway has dropped a plan to send 6 M109 howitzers to Ukraine because of their "
     "condition, and will send 155 mm shells instead, the defence ministry said on Monday.",
     {("NO", "artillery", R, 6), ("NO", AMMO, P, None)}),
    ("fr", "L'Espagne annule le transfert de 10 chars, envoie des drones à la place",
     "MADRID (AFP) - L'Espagne a annulé le transfert de 10 chars Leopard 2A4 à l'Ukraine, jugés en trop "
     "mauvais état, et enverra des drones à la place, a annoncé lundi le ministère de la Défense.",
     {("ES", "tanks", R, 10), ("ES", "drones", P, None)}),
    ("de", "Belgien streicht Lieferung von 12 Kampfjets, schickt stattdessen Drohnen",
     "BRÜSSEL (dpa) - Belgien hat die geplante Lieferung von 12 Kampfjets an die Ukraine gestrichen und "
     "schickt stattdessen Drohnen, teilte die Regierung am Montag mit.",
     {("BE", "aircraft", R, 12), ("BE", "drones", P, None)}),
    # 13: a past refusal the news reverses gives no refusal
    ("en", "Spain to send Patriot launcher to Ukraine",
     "MADRID (Reuters) - Spain will send a Patriot launcher to Ukraine, the government said on Monday. Madrid "
     "had long refused to part with its air defence systems, citing its own needs.",
     {("ES", AIR, P, None)}),
    ("fr", "L'Italie va céder des chars à l'Ukraine",
     "ROME (AFP) - L'Italie va céder à l'Ukraine 20 chars Leopard 1, a annoncé lundi le ministère de la "
     "Défense. Rome avait jusqu'ici refusé de se séparer de ses blindés lourds.",
     {("IT", "tanks", P, 20)}),
    ("de", "Griechenland liefert Schützenpanzer an die Ukraine",
     "ATHEN (dpa) - Griechenland wird der Ukraine 40 Schützenpanzer BMP-1 überlassen, teilte die Regierung am "
     "Montag mit. Athen hatte bisher die Abgabe schwerer Waffen abgelehnt.",
     {("GR", ARMOUR, P, 40)}),
    # 15: a share takes the total's status; money blocked by a veto is discussed
    ("en", "EU pays Ukraine 2 billion euros from asset profits",
     "BRUSSELS (Reuters) - The European Union has paid Ukraine 2 billion euros from the profits of frozen "
     "Russian assets, of which 800 million euros is earmarked for artillery shells, the Commission said.",
     {("EU", MONEY, D, 2_000_000_000), ("EU", AMMO, D, None)}),
    ("fr", "L'UE verse 1 milliard d'euros à Kiev",
     "BRUXELLES (AFP) - L'Union européenne a versé jeudi 1 milliard d'euros à l'Ukraine, dont 400 millions "
     "destinés à l'achat de drones, a indiqué la Commission.",
     {("EU", MONEY, D, 1_000_000_000), ("EU", "drones", D, None)}),
    ("en", "EU fund money for Ukraine stays blocked",
     "BRUSSELS (AP) - Some 5 billion euros of European Peace Facility money for Ukraine remain blocked by "
     "Hungary's veto, diplomats said on Tuesday.",
     {("EU", MONEY, X, 5_000_000_000)}),
    ("de", "EU-Gelder für die Ukraine weiter blockiert",
     "BRÜSSEL (dpa) - Rund 5 Milliarden Euro aus der Europäischen Friedensfazilität für die Ukraine bleiben "
     "durch das Veto Ungarns blockiert, sagten Diplomaten am Dienstag.",
     {("EU", MONEY, X, 5_000_000_000)}),
    # 16: crew members are trainees
    ("en", "Polish instructors train Ukrainian crews",
     "WARSAW (Reuters) - Polish instructors have trained 90 Ukrainian crewmen at a base near Poznan, the "
     "defence ministry said on Friday.",
     {("PL", TRAINING, D, 90)}),
    ("en", "Britain trains Ukrainian crews",
     "LONDON (AP) - Britain has trained 200 Ukrainian crew members since January, the Ministry of Defence "
     "said on Friday.",
     {("GB", TRAINING, D, 200)}),
    ("fr", "La France a formé des équipages ukrainiens",
     "PARIS (AFP) - La France a formé 120 membres d'équipage ukrainiens depuis le printemps, a indiqué "
     "vendredi le ministère des Armées.",
     {("FR", TRAINING, D, 120)}),
    ("de", "Bundeswehr bildet ukrainische Besatzungen aus",
     "BERLIN (dpa) - Die Bundeswehr hat seit Januar 80 ukrainische Besatzungsmitglieder ausgebildet, teilte "
     "das Verteidigungsministerium am Freitag mit.",
     {("DE", TRAINING, D, 80)}),
    # 17: an adverb between the German training verb and its count
    ("de", "Dänemark bildet ukrainische Piloten aus",
     "KOPENHAGEN (dpa) - Dänemark bildet gegenwärtig 12 ukrainische Piloten aus, sagte der "
     "Verteidigungsminister am Donnerstag.",
     {("DK", TRAINING, D, 12)}),
    ("de", "Polen bildet ukrainische Soldaten aus",
     "WARSCHAU (dpa) - Auf einem Übungsplatz bei Breslau bildet Polen zurzeit 300 ukrainische Soldaten aus, "
     "teilte das Verteidigungsministerium mit.",
     {("PL", TRAINING, D, 300)}),
    # 18: trainees as the subject before the training word
    ("en", "Norway to send NASAMS, Ukrainian crews start training",
     "OSLO (Reuters) - Norway will send two more NASAMS fire units to Ukraine, the defence ministry said. The "
     "first 60 Ukrainian soldiers have begun training on the system in Norway.",
     {("NO", AIR, P, 2), ("NO", TRAINING, D, 60)}),
    ("fr", "Des canons suédois pour Kiev, la formation a commencé",
     "STOCKHOLM (AFP) - La Suède va livrer 12 canons Archer à l'Ukraine, a annoncé le gouvernement. Les 50 "
     "premiers soldats ukrainiens ont déjà commencé leur formation en Suède.",
     {("SE", "artillery", P, 12), ("SE", TRAINING, D, 50)}),
    ("de", "Gepard-Panzer für die Ukraine, Ausbildung läuft",
     "BERLIN (dpa) - Deutschland liefert der Ukraine 15 weitere Flakpanzer Gepard. Die ersten 40 "
     "ukrainischen Soldaten haben die Ausbildung am Gepard bereits begonnen, teilte das Ministerium mit.",
     {("DE", AIR, P, 15), ("DE", TRAINING, D, 40)}),
    # 20: bearing the cost of something for Ukraine
    ("en", "Norway to pay for repairs of Ukrainian tanks",
     "OSLO (Reuters) - Norway will cover the cost of repairing damaged Ukrainian tanks, some 30 million "
     "euros, the defence ministry said on Thursday.",
     {("NO", MONEY, P, 30_000_000)}),
    ("fr", "La Suède paiera la réparation de blindés ukrainiens",
     "STOCKHOLM (AFP) - La Suède prendra en charge le coût de la réparation des blindés ukrainiens, soit "
     "15 millions d'euros, a indiqué jeudi le gouvernement.",
     {("SE", MONEY, P, 15_000_000)}),
    ("de", "Niederlande zahlen Wartung ukrainischer Haubitzen",
     "DEN HAAG (dpa) - Die Niederlande übernehmen die Kosten für die Wartung ukrainischer Panzerhaubitzen in "
     "Höhe von 20 Millionen Euro, teilte die Regierung am Donnerstag mit.",
     {("NL", MONEY, P, 20_000_000)}),
]

# Written after the fixes, labelled before their first run (see the docstring).
HELD_OUT = [
    ("en", "Canada commits yearly military aid to Ukraine",
     "OTTAWA (Reuters) - Canada is committing 500 million Canadian dollars a year in military aid to Ukraine "
     "until 2028, the prime minister said on Thursday.",
     {("CA", MONEY, P, 500_000_000)}),
    ("fr", "Le Portugal relance ses envois de munitions",
     "LISBONNE (AFP) - Le Portugal a levé la suspension de ses envois de munitions destinées aux chars "
     "ukrainiens, a indiqué mardi le ministère de la Défense.",
     {("PT", AMMO, P, None)}),
    ("de", "Norwegen übergibt weitere F-16",
     "OSLO (dpa) - Norwegen hat der Ukraine vier weitere Kampfjets vom Typ F-16 übergeben, womit die Zahl der "
     "gelieferten Maschinen auf zwölf steigt, teilte die Regierung mit.",
     {("NO", "aircraft", D, 4)}),
    ("en", "Italy shelves plan to send 4 fighter jets to Ukraine, offers air defence missiles instead",
     "ROME (AP) - Italy has shelved a plan to send 4 fighter jets to Ukraine, and will send air defence "
     "missiles instead, the government said on Friday.",
     {("IT", "aircraft", R, 4), ("IT", AIR, P, None)}),
    ("fr", "La Suède va céder des Gripen à Kiev",
     "STOCKHOLM (AFP) - La Suède va céder six avions de combat Gripen à l'Ukraine, a annoncé jeudi le "
     "gouvernement. Stockholm avait longtemps refusé de se défaire de ses appareils.",
     {("SE", "aircraft", P, 6)}),
    ("de", "EU zahlt Ukraine weitere Milliarden aus",
     "BRÜSSEL (dpa) - Die EU hat der Ukraine 1,5 Milliarden Euro ausgezahlt, davon 600 Millionen Euro für "
     "Drohnen, teilte die Kommission am Mittwoch mit.",
     {("EU", MONEY, D, 1_500_000_000), ("EU", "drones", D, None)}),
    ("en", "Ukrainian crews finish training in Lithuania",
     "VILNIUS (Reuters) - The first 40 Ukrainian crew members have completed their training in Lithuania, "
     "the Lithuanian defence ministry said on Monday.",
     {("LT", TRAINING, D, 40)}),
    ("de", "Frankreich zahlt Reparatur ukrainischer Schützenpanzer",
     "PARIS (dpa) - Frankreich übernimmt die Kosten für die Reparatur beschädigter ukrainischer "
     "Schützenpanzer in Höhe von 40 Millionen Euro, teilte das Verteidigungsministerium mit.",
     {("FR", MONEY, P, 40_000_000)}),
]

# What the fixes leave, by headline (strict xfails).
LEFT: dict[str, str] = {
    "Norway to send NASAMS, Ukrainian crews start training": (
        "adds (NO, training, pledged, None): the headline's 'to send' reaches over the comma to 'Ukrainian crews "
        "start training', a clause with a subject and a verb of its own (no cue)"),
    "Frankreich zahlt Reparatur ukrainischer Schützenpanzer": (
        "adds (FR, armoured_vehicles, pledged, None): the headline over this body gives the vehicles whose "
        "repair is paid (the headline alone gives nothing, and the body's 'übernimmt die Kosten für die "
        "Reparatur ... in Höhe von 40 Millionen Euro' reads right)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES + HELD_OUT, LEFT))
def test_round_43_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
