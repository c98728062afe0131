"""Pledges, a review of round 24 (stop 39): probes of over-reach, written for this file in the style of
wire copy (EN, FR, DE), labelled by hand before their first run, as (donor, category, status, figure)
like tests/pledges/test_review_38.py.

Round 24 read leave given to others (bot/core/pledges/donors/approvals.py: the approver's leave under
discussion, a country let give by name promising), things Ukraine received told in a relative clause
(relative_receipts.py: that source's delivery), the would-be giver a ban names as discussed, and a
contract's value as the price of the one thing it buys. Probes aimed at them: a leave that is
transit or a role, not a giving; a country let lead a coalition while another sends tanks; a
relative receipt with two sources; a ban whose forbidden giver also gives something else; a
contract buying two kinds of things; a country simply deciding its own delivery.
First run 3 of 9. Three labels were wrong and are corrected: contracts are production (the real
set's labelling conventions), also the Norwegian contract for one kind of thing, and the approver's
leave carries the count it allows (German "erlaubt Polen, 14 Leopard-Panzer ... zu liefern").
Round 24's over-reach found: "Germany allowed the Netherlands to lead the tank coalition, and Berlin
will send 10 Leopard tanks" made the Netherlands the one let give (its 10) and Berlin's own tanks a
leave under discussion. Now a party named between the one let do something and the giving makes
the leave something else (approvals._another_party_before_cue): Berlin's 10 are pledged; the
Netherlands keep a tanks pledge of no count from "the tank coalition" (strict xfail). Left as strict
xfails too: a transit leave ("to move ... tanks bound for Ukraine", nothing read), the ammunition a
ban forbids taking the next clause's "has delivered", and a contract's worth buying two kinds of
things dropped. HELD_OUT, 2 written after the fix: 2 of 2 on their first run. The real-article set
does not move (pledges predicted 197, labelled 193, matched 183).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, M, P, X
from tests.support.wire_reading import figures

PROBES = [
    # a country simply deciding its own delivery: no leave to others
    ("en", "The Dutch government approved the delivery of 18 F-16 fighter jets to Ukraine on Friday, the defence "
     "ministry said.", {("NL", "aircraft", P, 18)}),
    # leave to lead a coalition is no leave to give; the giver is the one sending tanks
    # (read since pledges round 25: a coalition's name gives way to the things told outside it)
    ("en", "Germany allowed the Netherlands to lead the tank coalition, and Berlin will send 10 Leopard tanks to "
     "Ukraine itself.", {("DE", "tanks", P, 10)}),
    # transit: the country letting tanks cross gives nothing
    # (read since pledges round 25: leave to carry things across is the carrier's giving)
    ("en", "Poland cleared Germany to move 14 Leopard tanks bound for Ukraine across its territory by rail.",
     {("DE", "tanks", P, 14)}),
    # leave to a named country, German: the allowed country's promise, the approver discussed
    ("de", "Die Bundesregierung erlaubt Polen, 14 Leopard-Panzer an die Ukraine zu liefern.",
     {("PL", "tanks", P, 14), ("DE", "tanks", X, 14)}),  # label corrected: the leave is for the 14
    # relative receipt with two sources
    ("en", "Romania will train Ukrainian pilots on the F-16 jets that Ukraine received from Denmark and Norway.",
     {("RO", "training", P, None), ("DK", "aircraft", D, None), ("NO", "aircraft", D, None)}),
    # relative receipt, French: the shells are Spain's, the Leopards Germany's delivery
    ("fr", "L'Espagne va livrer des obus pour les chars Leopard que Kiev a reçus de l'Allemagne, a annoncé "
     "Madrid mardi.", {("ES", AMMO, P, None), ("DE", "tanks", D, None)}),
    # a ban whose forbidden giver delivers something else the same sentence
    # (read since pledges round 25, "barred ... from" a ban; label corrected: the one who bars refuses, as
    # the real set labels a Swiss ban)
    ("en", "Switzerland barred Germany from re-exporting Gepard ammunition to Ukraine, but Germany has delivered "
     "three IRIS-T systems.", {("CH", AMMO, "refused", None), ("DE", AMMO, X, None), ("DE", AIR, D, 3)}),
    # a contract buying two kinds of things: its worth prices neither alone
    # label corrected: contracts are production (the real set's labelling conventions)
    # (read since pledges round 25: the worth of a contract for several kinds of things is the contract's money)
    ("en", "Germany signed a 900 million euro contract with Rheinmetall for shells and Skyranger air defence vehicles "
     "for Ukraine.", {("DE", AMMO, M, None), ("DE", AIR, M, None), ("DE", MONEY, M, 900e6)}),
    # a contract buying one thing: the price of that thing
    ("de", "Norwegen hat für die Ukraine einen Vertrag über 500 Millionen Kronen für Artilleriemunition "
     "unterzeichnet.", {("NO", AMMO, M, 500e6)}),  # label corrected: a contract is production
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROBES)
def test_review_probes(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Written after the fix, labelled before their first run.
HELD_OUT = [
    ("en", "Sweden allowed Finland to send its Archer howitzers to Ukraine.",
     {("FI", "artillery", P, None), ("SE", "artillery", X, None)}),
    ("en", "The United States cleared Norway to hand Ukraine six F-16 jets, and Belgium will deliver two more.",
     {("NO", "aircraft", P, 6), ("US", "aircraft", X, 6), ("BE", "aircraft", P, 2)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HELD_OUT)
def test_held_out(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
