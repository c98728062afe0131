"""A decision to give is a promise, in English, French and German wire copy, on short
articles written for these tests (none is taken from the real-article set): "has decided
to send", "a décidé de livrer", "hat entschieden, ... zu liefern", "beschloss, ... zu
liefern", a green light given ("gave the green light to", "feu vert", "grünes Licht").
A decision still to take stays under discussion ("noch nicht entschieden, ... zu liefern"
is no refusal, nor is "has not decided whether to send"). Earlier rounds: tests/pledges/test_pledges_discussed.py."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import records

P, DI = "pledged", "discussed"

# (lang, title, body, expected (donor, category, status) records), exact.
CASES: list[tuple[str, str, str, set]] = [
    # --- German: a decision told with "entschieden" or "beschloss", and its infinitive clause
    ("de", "Bundesregierung zu Leopard-Panzern",
     "BERLIN (dpa) - Die Bundesregierung hat entschieden, weitere Leopard-Panzer zu liefern, sagte ein Sprecher am "
     "Mittwoch.", {("DE", "tanks", P)}),
    ("de", "Leopard-Panzer für Kiew",
     "BERLIN (dpa) - Die Bundesregierung hat am Mittwoch entschieden, der Ukraine weitere Leopard-Panzer zu liefern.",
     {("DE", "tanks", P)}),
    ("de", "Norwegen entscheidet sich für Abgabe",
     "OSLO (dpa) - Norwegen hat sich entschieden, der Ukraine weitere NASAMS-Systeme zu überlassen.",
     {("NO", "air_defence", P)}),
    ("de", "Gripen für die Ukraine",
     "STOCKHOLM (dpa) - Die schwedische Regierung beschloss am Montag, Gripen-Kampfjets an die Ukraine zu liefern.",
     {("SE", "aircraft", P)}),
    ("de", "Kabinett beschließt Lieferung",
     "BERLIN (dpa) - Das Bundeskabinett hat beschlossen, der Ukraine zwei weitere Iris-T-Systeme zu liefern.",
     {("DE", "air_defence", P)}),
    ("de", "Grünes Licht für Taurus",
     "BERLIN (dpa) - Die Bundesregierung hat grünes Licht für die Lieferung von Taurus-Marschflugkörpern an die "
     "Ukraine gegeben.", {("DE", "missiles", P)}),
    ("de", "Dänemark gibt grünes Licht für F-16",
     "KOPENHAGEN (dpa) - Dänemark gibt grünes Licht für die Abgabe weiterer F-16-Kampfjets an die Ukraine.",
     {("DK", "aircraft", P)}),
    # ... and the decision not taken yet, which the decision cue must not turn into a refusal
    ("de", "Noch keine Entscheidung über Leopard",
     "BERLIN (dpa) - Die Bundesregierung hat noch nicht entschieden, weitere Leopard-Panzer zu liefern.",
     {("DE", "tanks", DI)}),
    ("de", "Berlin zögert bei Leopard",
     "BERLIN (dpa) - Die Bundesregierung hat bislang nicht entschieden, weitere Leopard-Panzer zu liefern.",
     {("DE", "tanks", DI)}),
    ("de", "Noch keine Entscheidung über Taurus",
     "BERLIN (dpa) - Die Bundesregierung hat noch nicht entschieden, ob sie Taurus-Marschflugkörper an die Ukraine "
     "liefert.", {("DE", "missiles", DI)}),
    # --- French
    ("fr", "La France a décidé de livrer des Mirage",
     "PARIS (AFP) - La France a décidé de livrer des Mirage 2000 à l'Ukraine, a annoncé l'Élysée.",
     {("FR", "aircraft", P)}),
    ("fr", "Madrid décide d'envoyer des chars",
     "MADRID (AFP) - L'Espagne a décidé d'envoyer dix chars Leopard supplémentaires à l'Ukraine.",
     {("ES", "tanks", P)}),
    ("fr", "Feu vert pour les canons Caesar",
     "PARIS (AFP) - Le gouvernement français a donné son feu vert à la livraison de douze canons Caesar à l'Ukraine.",
     {("FR", "artillery", P)}),
    ("fr", "La Belgique donne le feu vert aux F-16",
     "BRUXELLES (AFP) - La Belgique a donné le feu vert à l'envoi de F-16 à l'Ukraine.", {("BE", "aircraft", P)}),
    ("fr", "Paris n'a pas décidé",
     "PARIS (AFP) - La France n'a pas encore décidé de livrer des Mirage à l'Ukraine.", {("FR", "aircraft", DI)}),
    # --- English: a green light given is consent, not a handover ("gave", "given")
    ("en", "US gives green light to ATACMS",
     "WASHINGTON (Reuters) - The United States gave the green light to sending ATACMS missiles to Ukraine, officials "
     "said.", {("US", "missiles", P)}),
    ("en", "Denmark greenlights F-16 transfer",
     "COPENHAGEN (Reuters) - Denmark has given the green light for the transfer of F-16 fighter jets to Ukraine.",
     {("DK", "aircraft", P)}),
    ("en", "Germany decides to send more Leopards",
     "BERLIN (Reuters) - Germany has decided to send more Leopard 2 tanks to Ukraine, a government spokesman said on "
     "Wednesday.", {("DE", "tanks", P)}),
    ("en", "Netherlands decided to deliver F-16s",
     "THE HAGUE (Reuters) - The Dutch government decided on Monday to deliver 18 more F-16 fighter jets to Ukraine.",
     {("NL", "aircraft", P)}),
    # a decision not taken is no refusal of what it is about; a decision not to give is one
    ("en", "Germany has yet to decide on Taurus",
     "BERLIN (Reuters) - Germany has not decided whether to send Taurus missiles to Ukraine, a spokesman said.",
     {("DE", "missiles", DI)}),
    ("en", "Taurus: no decision in Berlin",
     "BERLIN (Reuters) - Germany has not decided on sending Taurus missiles to Ukraine, a spokesman said.",
     {("DE", "missiles", DI)}),
    ("en", "Storm Shadow: London undecided",
     "LONDON (Reuters) - Britain hasn't decided if it will supply more Storm Shadow missiles to Ukraine.",
     {("GB", "missiles", DI)}),
    ("en", "Taurus: Berlin says no",
     "BERLIN (Reuters) - Germany has decided not to send Taurus missiles to Ukraine, a spokesman said.",
     {("DE", "missiles", "refused")}),
    ("en", "Biden to decide soon on ATACMS",
     "WASHINGTON (Reuters) - President Biden will decide soon whether to send ATACMS missiles to Ukraine.",
     {("US", "missiles", DI)}),
]


@pytest.mark.parametrize(("lang", "title", "body", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_a_decision_to_give_is_a_promise(lang: str, title: str, body: str, expected: set) -> None:
    assert records(body, title, lang) == expected
