"""A thirtieth round of wire copy: the general classes behind the misses the probes of reviews 41 and
42 (tests/pledges/test_review_41.py, test_review_42.py) still left after rounds 28 and 29, each told
again here in other words and, where the phenomenon exists there, other languages, in articles
written for these tests (none is taken from the real-article set or from the probes). Each was
labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and tests/data/README.md, as (donor, category, status, figure): the count
of things stated, else the sum of money, else none.

The classes:
- O: the first ones of a promised batch handed over with no count of their own ("the first of the
  18 F-16s ... without disclosing how many", "les premiers des 50", "die ersten von zwölf"): only
  numbers stated are counts, so the ordinal is no count of one unless it is singular;
- U: a purpose or destination clause ("to produce", "pour fabriquer", "destinés aux canons Caesar",
  "für ... bestimmt", "für Aufträge verplant") tells what a thing is for, no giving of its own;
- K: calibres and model numbers ("de 155 mm", "155-mm howitzers", "im Kaliber 105 Millimeter") are
  no count and no ammunition;
- A: a pronoun or an anaphora naming the thing ("les siens", "dieses Typs", "more of them") keeps
  the second clause's count with the thing named before; a pronoun in a background clause ("ceux-ci
  manquent de missiles") is no giving;
- Q: a request answered in the same sentence gives only the answer's record (the real set records
  no request as anything: "la demande ukrainienne d'avions de chasse ... prématurée" is labelled
  the refusal alone, "ont accepté la demande de Kiev" the promise, "Ukraine requested ATACMS" nothing);
- F: a relative clause telling what a fund buys ("NATO's fund, which pays for fuel") does not make
  the payer the giver of those things.

First run (2026-12-05, main at 96af266, labels unchanged): 9 of 25 right (EN 4 of 9, FR 3 of 8, DE 2 of
8), records 29 / 33 / 39 (matched / labelled / predicted), figures 24 of 33. After the fixes 25 of 25
(33 / 33 / 33, figures 33 of 33); a 26th (the Dutch "geben ... ab"), written after the first run, reads
its count here and none on main. Three misses had other causes than the class they were written for,
each mended in general terms too: the headline "signs shell contract" (a singular "shell" before a
contract word is ammunition, "Shell" alone the oil company), the headline's "Gepard-Munition" named
beside the body's "150 Millionen Euro für Munition" (the sum told for the thing by its general word
carries to the named record, restatements.dedupe, as a count already did), and the plural "geben ...
ab" (only "gibt ... ab" promised). In review 41's probe the interceptor drones' extra production record
came from "on a visit to a drone factory", not from "to build": a plant visited is a place, no making.

The held-out batch (HELD_OUT, 10 articles written after the fixes, labelled before their one run): 8 of 10
right on its first run (records 12 / 13 / 13, figures 11 of 13); main at 96af266 reads 3 of 10. The two
misses: "mais ceux-ci manquent d'obus" (the lack's pattern wanted a space after "d'": mended, the probe
sentence of FR round 30 had "de missiles") and "Estonia said it would add four more of the same type"
("add" is no giving verb: the four K9 went to Finland, whose eight were then lost beside them as one
record). Reading "add" with a count as a promise was tried and dropped: the pledged pattern's RE2 program
grew from 15,882 to 16,119 and RE2's DFA ran out of memory on the real set ("DFA out of memory", the
search falling back), so it stays a strict xfail: 9 of 10 after the run.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, left_as_xfails, with_language

# Each is (headline, body, records), the records labelled by hand before the first run.

ENGLISH = [
    # O: the first ones handed over, how many not told
    ("Netherlands hands over first F-16s to Ukraine",
     "AMSTERDAM (Reuters) - The Netherlands has handed over the first of the 18 F-16 fighter jets it pledged to "
     "Ukraine, the defence ministry said on Tuesday, without disclosing how many had been delivered.",
     {("NL", "aircraft", D, None), ("NL", "aircraft", P, 18)}),
    ("First British Challenger tanks reach Ukraine",
     "LONDON (Reuters) - The first of the 14 Challenger 2 tanks Britain promised Ukraine have arrived in the "
     "country, the Ministry of Defence said on Monday.",
     {("GB", "tanks", D, None), ("GB", "tanks", P, 14)}),
    # U: a purpose clause tells what the contract is for
    ("Denmark signs shell contract for Ukraine",
     "COPENHAGEN (Reuters) - Denmark has signed a 90 million euro contract with a domestic producer to make "
     "30,000 artillery shells for Ukraine, the defence ministry said on Wednesday.",
     {("DK", AMMO, M, 30000)}),
    # K: a calibre joined to the guns is no ammunition
    ("Canada sends more howitzers to Ukraine",
     "OTTAWA (Reuters) - Canada has delivered four more 155-mm howitzers to Ukraine, the defence minister said "
     "on Thursday.",
     {("CA", "artillery", D, 4)}),
    ("Norway to send three more M270 launchers",
     "OSLO (Reuters) - Norway will send three more M270 rocket launchers to Ukraine before the spring, the "
     "government said.",
     {("NO", "artillery", P, 3)}),
    # A: "more of them" keeps the tanks named before
    ("Spain and Portugal add Leopard tanks",
     "MADRID (Reuters) - Spain will send Ukraine ten Leopard 2A4 tanks, and Portugal will provide three more of "
     "them, the two defence ministries said on Friday.",
     {("ES", "tanks", P, 10), ("PT", "tanks", P, 3)}),
    # Q: a request answered in its own sentence
    ("Spain turns down Kyiv's plea for Patriot missiles",
     "MADRID (Reuters) - Ukraine asked Spain for more Patriot missiles last month, a request Madrid declined on "
     "Tuesday, saying its own stocks were too low.",
     {("ES", AIR, R, None)}),
    ("Norway grants Kyiv's request for NASAMS launchers",
     "OSLO (Reuters) - Kyiv asked Oslo for more NASAMS launchers, a request Norway granted on Monday, the "
     "defence ministry said.",
     {("NO", AIR, P, None)}),
    # F: what the fund buys is the fund's
    ("Iceland pays into NATO fund for Ukraine",
     "REYKJAVIK (Reuters) - Iceland will give $20 million to NATO's support fund for Ukraine, which pays for "
     "fuel, medical kits and winter clothing for Ukrainian soldiers, the foreign ministry said.",
     {("IS", MONEY, P, 20e6)}),
]

FRENCH = [
    # O
    ("Les premiers CV90 suédois livrés à Kiev",
     "STOCKHOLM (AFP) - Les premiers des 50 véhicules de combat CV90 promis par la Suède à l'Ukraine ont été "
     "livrés, a annoncé lundi le ministère suédois de la Défense.",
     {("SE", ARMOUR, D, None), ("SE", ARMOUR, P, 50)}),
    # U
    ("La France commande des drones pour l'Ukraine",
     "PARIS (AFP) - La France a signé un contrat de 60 millions d'euros avec deux entreprises françaises pour "
     "fabriquer 2 000 drones destinés à l'armée ukrainienne, a annoncé mardi le ministère des Armées.",
     {("FR", "drones", M, 2000)}),
    ("La Belgique enverra des obus pour les Caesar",
     "BRUXELLES (AFP) - La Belgique va livrer à l'Ukraine 5 000 obus destinés aux canons Caesar, a annoncé "
     "mercredi la ministre de la Défense.",
     {("BE", AMMO, P, 5000)}),
    # K and A: a count "of these" guns, their calibre no ammunition
    ("L'Espagne promet six obusiers de plus",
     "MADRID (AFP) - L'Espagne enverra six obusiers tractés supplémentaires à l'Ukraine, a annoncé la ministre. "
     "Madrid a déjà livré 12 de ces pièces de 155 mm depuis l'été.",
     {("ES", "artillery", P, 6), ("ES", "artillery", D, 12)}),
    # A: "les siens" names the guns named before
    ("L'Italie livre des obusiers, la Grèce réfléchit",
     "ROME (AFP) - L'Italie a livré à l'Ukraine huit obusiers automoteurs PzH 2000. La Grèce, qui en possède "
     "aussi, envisage de céder les siens, selon un diplomate.",
     {("IT", "artillery", D, 8), ("GR", "artillery", X, None)}),
    # A: a pronoun in a background clause gives nothing
    ("Les NASAMS norvégiens manquent de missiles",
     "OSLO (AFP) - La Norvège a fourni à l'Ukraine deux systèmes NASAMS, mais ceux-ci manquent de missiles, selon "
     "l'état-major ukrainien.",
     {("NO", AIR, D, 2)}),
    # Q
    ("Berne refuse des chars à Kiev",
     "BERNE (AFP) - L'Ukraine a demandé à la Suisse des chars Leopard 2 stockés, ce que Berne a refusé jeudi au "
     "nom de sa neutralité.",
     {("CH", "tanks", R, None)}),
    # F
    ("Le Luxembourg verse 10 millions au fonds de l'Otan",
     "LUXEMBOURG (AFP) - Le Luxembourg versera 10 millions d'euros au fonds de l'Otan pour l'Ukraine, qui achète "
     "des gilets pare-balles et des rations pour l'armée ukrainienne, a annoncé le gouvernement.",
     {("LU", MONEY, P, 10e6)}),
]

GERMAN = [
    # O
    ("Erste tschechische Haubitzen eingetroffen",
     "PRAG (dpa) - Die ersten von zwölf zugesagten Haubitzen aus Tschechien sind in der Ukraine eingetroffen, "
     "teilte das Verteidigungsministerium in Prag mit.",
     {("CZ", "artillery", D, None), ("CZ", "artillery", P, 12)}),
    # U
    ("Berlin zahlt für Gepard-Munition",
     "BERLIN (dpa) - Die Bundesregierung stellt der Ukraine 150 Millionen Euro für Munition bereit, die für die "
     "Flugabwehrpanzer vom Typ Gepard bestimmt ist.",
     {("DE", AMMO, P, 150e6)}),
    ("Niederlande stellen 500 Millionen Euro bereit",
     "DEN HAAG (dpa) - Die Niederlande stellen der Ukraine weitere 500 Millionen Euro an Militärhilfe bereit. Ein "
     "großer Teil davon ist bereits für Aufträge verplant, die im Vorjahr erteilt wurden.",
     {("NL", MONEY, P, 500e6)}),
    # K
    ("Belgien übergibt leichte Geschütze",
     "BRÜSSEL (dpa) - Belgien hat der Ukraine 14 leichte Geschütze im Kaliber 105 Millimeter übergeben, teilte "
     "das Verteidigungsministerium mit.",
     {("BE", "artillery", D, 14)}),
    # A: "dieses Typs" keeps the second clause's count with the launchers
    ("Raketenwerfer aus Deutschland und Norwegen",
     "BERLIN (dpa) - Deutschland wird der Ukraine sechs Mehrfachraketenwerfer vom Typ Mars II übergeben, Norwegen "
     "will drei weitere Systeme dieses Typs bereitstellen.",
     {("DE", "artillery", P, 6), ("NO", "artillery", P, 3)}),
    # A: the jets named before, a background clause on what they lack
    ("Dänische Jets brauchen Munition",
     "KOPENHAGEN (dpa) - Dänemark hat der Ukraine 19 F-16 übergeben. Diesen fehlt es nach Angaben aus Kiew aber "
     "an Munition.",
     {("DK", "aircraft", D, 19)}),
    # A: the plural "geben ... ab" with no recipient between promises as "gibt ... ab" does
    # (written after the first run, from review 41's second clause "die Niederlande geben
    # weitere fünf Geschütze dieses Typs ab", labelled before its own run)
    ("Niederlande geben Panzerhaubitzen ab",
     "DEN HAAG (dpa) - Die Niederlande geben acht Panzerhaubitzen aus Beständen der Armee ab, teilte das "
     "Verteidigungsministerium mit. Die Geschütze sollen im Frühjahr in der Ukraine eintreffen.",
     {("NL", "artillery", P, 8)}),
    # Q
    ("Irland lehnt Kiews Bitte ab",
     "DUBLIN (dpa) - Die Ukraine hatte Irland um Flugabwehrsysteme gebeten, doch die Regierung in Dublin lehnte "
     "die Anfrage ab.",
     {("IE", AIR, R, None)}),
    # F
    ("Österreich zahlt in NATO-Fonds ein",
     "WIEN (dpa) - Österreich zahlt 15 Millionen Euro in den NATO-Treuhandfonds für die Ukraine ein, aus dem "
     "Treibstoff, Schutzwesten und Feldlazarette für die ukrainische Armee bezahlt werden.",
     {("AT", MONEY, P, 15e6)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(with_language("en", ENGLISH) + with_language("fr", FRENCH) + with_language("de", GERMAN), LEFT),
)
def test_round_30_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# A held-out batch of 10, written and labelled after the fixes above, run once: see the
# module's docstring for its first run.
HELD_OUT = [
    ("en", "Sweden hands first Gripen jets to Ukraine",
     "STOCKHOLM (Reuters) - The first of the 14 Gripen fighter jets Sweden pledged to Ukraine have been handed "
     "over, the Swedish defence ministry said on Thursday, without giving a number.",
     {("SE", "aircraft", D, None), ("SE", "aircraft", P, 14)}),
    ("fr", "Les premiers Leopard belges sont arrivés",
     "BRUXELLES (AFP) - Les premiers des douze chars Leopard 1 promis par la Belgique sont arrivés en Ukraine, a "
     "indiqué dimanche le ministère belge de la Défense.",
     {("BE", "tanks", D, None), ("BE", "tanks", P, 12)}),
    ("de", "Norwegen bezahlt Panzergranaten",
     "OSLO (dpa) - Norwegen bezahlt 20.000 Panzergranaten für die Ukraine, die für die Leopard-2-Panzer der "
     "ukrainischen Armee bestimmt sind.",
     {("NO", AMMO, P, 20000)}),
    ("en", "Poland orders mortar rounds for Ukraine",
     "WARSAW (Reuters) - Poland has signed a contract with a state-owned arms maker to manufacture 50,000 mortar "
     "rounds for Ukraine, the defence ministry said on Monday.",
     {("PL", AMMO, M, 50000)}),
    ("en", "Australia to send more howitzers",
     "CANBERRA (Reuters) - Australia will send Ukraine six more M777 155mm howitzers, the defence minister said "
     "on Sunday.",
     {("AU", "artillery", P, 6)}),
    ("de", "Italien übergibt Feldhaubitzen",
     "ROM (dpa) - Italien hat der Ukraine zehn Feldhaubitzen im Kaliber 155 Millimeter vom Typ FH70 übergeben.",
     {("IT", "artillery", D, 10)}),
    ("en", "Finland and Estonia add K9 howitzers",
     "HELSINKI (Reuters) - Finland will give Ukraine eight K9 howitzers, and Estonia said it would add four more "
     "of the same type.",
     {("FI", "artillery", P, 8), ("EE", "artillery", P, 4)}),
    ("fr", "Des Caesar sans obus",
     "PARIS (AFP) - La France a livré 30 canons Caesar à l'Ukraine, mais ceux-ci manquent d'obus, selon des "
     "responsables ukrainiens.",
     {("FR", "artillery", D, 30)}),
    ("fr", "Madrid décline une demande de Kiev",
     "MADRID (AFP) - Kiev a demandé à l'Espagne des systèmes de défense antiaérienne Aspide, une requête que "
     "Madrid a déclinée mardi.",
     {("ES", AIR, R, None)}),
    ("en", "Greece pays into NATO package for Ukraine",
     "ATHENS (Reuters) - Greece will contribute 5 million euros to NATO's Comprehensive Assistance Package for "
     "Ukraine, a fund that pays for medical supplies, fuel and mine-clearing equipment.",
     {("GR", MONEY, P, 5e6)}),
]

# What the held-out batch leaves, by headline: what is read instead (strict xfails).
# ("Finland and Estonia add K9 howitzers" was one until stories round 63: "..., and Estonia said it would add four
# more of the same type" gave Estonia's four K9 to Finland; a later clause's own subject now gives them,
# bot/core/pledges/donors/later_subjects.py.)
HELD_OUT_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
