"""Regressions a reread of round 53's pledge rules found (defects B and C of reviewer reread53p), in
invented wire sentences (the reviewer's and variants of ours; none from the real-article set), English,
French and German, labelled by hand as (donor, category, status, figure).

- The German arrival "traf/trafen ... ein", "kam/kamen ... an" read as a delivery when people arrive (a
  minister, a delegation, the foreign ministers): it tells things arriving only when things are its
  subject (status_cues._people_arriving); and things "bislang nicht angekommen" are late, not refused
  (cue_qualifiers).
- A batch more told by a time alone ("30 more this year") was read as the donor's next batch even when
  the receiver wants or needs it: the count of a wish replaced the real one (references._wished_batch).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, AMMO, D, P, R, X
from tests.support.wire_reading import figures

# (lang, sentence, records that must be read, statuses that must not be read)
PEOPLE_ARRIVING = [
    ("de", "BERLIN (dpa) - Verteidigungsminister Pistorius traf am Montag in Kiew ein und kündigte weitere 10 "
     "Leopard-Panzer an.", {("DE", "tanks", P, 10)}),
    ("de", "BERLIN (dpa) - Pistorius kam am Montag zu einem unangekündigten Besuch in Kiew an und kündigte 10 "
     "weitere IRIS-T-Systeme an.", {("DE", AIR, P, 10)}),
    ("de", "BRÜSSEL (dpa) - Die Außenminister der Nato trafen am Dienstag in Brüssel ein, um über weitere "
     "Patriot-Systeme für die Ukraine zu beraten.", {("NATO", AIR, X, None)}),
    ("de", "PARIS (dpa) - Der französische Präsident Macron kam am Freitag in Berlin an und sagte der Ukraine "
     "zwölf weitere Caesar-Haubitzen zu.", {("FR", "artillery", P, 12)}),
    ("de", "KIEW (dpa) - Kanzler Scholz traf am Samstag zu Gesprächen in Kiew ein und versprach weitere 20 "
     "Marder-Schützenpanzer.", {("DE", ARMOUR, P, 20)}),
]

# People arriving, then doing something that is no delivery: at least no delivery is read.
PEOPLE_ARRIVING_NO_DELIVERY = [
    ("de", "KIEW (dpa) - Eine Delegation aus Deutschland traf am Montag in Kiew ein, um über die Lieferung von "
     "Taurus-Marschflugkörpern zu sprechen."),
    ("de", "BERLIN (dpa) - Pistorius traf am Montag in Kiew ein, wo er der Ukraine 10 Leopard-Panzer zusagte."),
    ("de", "KIEW (dpa) - Macron und Scholz trafen am Abend in Kiew ein, wo sie weitere Waffenlieferungen "
     "ankündigten."),
]

# Things arriving stay a delivery; things not yet arrived stay promised, nobody refused them.
THINGS_ARRIVING = [
    ("de", "BERLIN (dpa) - Die ersten 500 Granaten aus Deutschland trafen im Juni in der Ukraine ein.",
     {("DE", AMMO, D, 500)}),
    ("de", "BERLIN (dpa) - Die 18 Leopard-Panzer aus Deutschland kamen am Montag in der Ukraine an.",
     {("DE", "tanks", D, 18)}),
    ("de", "BERLIN (dpa) - Die 18 Leopard-Panzer aus Deutschland trafen am Montag in der Ukraine ein.",
     {("DE", "tanks", D, 18)}),
    # an office named as the agent of the things' promise or order is no person arriving
    ("de", "BERLIN (dpa) - Die von Verteidigungsminister Pistorius zugesagten 18 Leopard-Panzer trafen am Montag "
     "in der Ukraine ein.", {("DE", "tanks", D, 18)}),
    ("de", "BERLIN (dpa) - Die vom Verteidigungsministerium bestellten 500 Granaten trafen im Juni in der Ukraine "
     "ein.", {("DE", AMMO, D, 500)}),
    ("de", "BERLIN (dpa) - Am Montag trafen die ersten 18 Leopard-Panzer aus Deutschland in der Ukraine ein, "
     "sagte Pistorius.", {("DE", "tanks", D, 18)}),
    ("de", "BERLIN (dpa) - Die zugesagten 20 Marder aus Deutschland kamen bislang nicht an.",
     {("DE", ARMOUR, P, 20)}),
]

WISHED_MORE = [
    ("en", "BERLIN (Wire) - Germany has sent 18 tanks, and Kyiv wants 30 more this year.", {("DE", "tanks", D, 18)}),
    ("en", "BERLIN (Wire) - Germany delivered 20 tanks; Ukraine needs 30 more before the winter.",
     {("DE", "tanks", D, 20)}),
    ("en", "BERLIN (Wire) - Germany pledged 20 tanks; Ukraine hopes to get 30 more next year.",
     {("DE", "tanks", P, 20)}),
    ("en", "PARIS (Wire) - France has delivered 18 Caesar howitzers, and Ukraine would like 12 more by the summer.",
     {("FR", "artillery", D, 18)}),
    ("fr", "PARIS (Agence) - L'Allemagne a livré 18 chars, et Kiev en réclame 30 de plus cette année.",
     {("DE", "tanks", D, 18)}),
    ("fr", "PARIS (Agence) - L'Allemagne a livré 18 chars et Kiev en veut 30 autres d'ici à l'été.",
     {("DE", "tanks", D, 18)}),
    ("de", "BERLIN (dpa) - Deutschland hat 18 Panzer geliefert, Kiew fordert 30 weitere bis Jahresende.",
     {("DE", "tanks", D, 18)}),
    ("de", "BERLIN (dpa) - Deutschland hat 18 Panzer geliefert, die Ukraine braucht 30 weitere bis zum Winter.",
     {("DE", "tanks", D, 18)}),
    # the donor's own next batch stays its own, and so does one the receiver is told to get
    ("en", "WASHINGTON (Wire) - The US has delivered 31 Abrams tanks and Ukraine will receive 10 more next year.",
     {("US", "tanks", D, 31), ("US", "tanks", P, 10)}),
    ("en", "BERLIN (Wire) - Germany has sent 18 tanks and will ship 4 more this year.",
     {("DE", "tanks", D, 18), ("DE", "tanks", P, 4)}),
    ("fr", "PARIS (Agence) - L'Allemagne a livré 18 chars et en livrera six autres d'ici à l'été.",
     {("DE", "tanks", D, 18), ("DE", "tanks", P, 6)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PEOPLE_ARRIVING + THINGS_ARRIVING + WISHED_MORE)
def test_reads_as_labelled(lang, text, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), PEOPLE_ARRIVING_NO_DELIVERY)
def test_people_arriving_deliver_nothing(lang, text):
    assert not any(status in (D, R) for _, _, status, _ in figures(text, lang))
