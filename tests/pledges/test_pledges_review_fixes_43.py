"""Fixes for the pledge extractor's findings of stop 43's code review (numbers are the review's).
Each check is a sentence the reviewer ran (verified) or a variant written for this file; none is
taken from the real-article set. Records are (donor, category, status).
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import readings, records


# 1: "according to" is no French "accordé", and "which"/"but" open no answer by themselves.
@pytest.mark.parametrize("text, donor", [
    ("Ukraine has asked Germany for Taurus missiles, but according to Die Welt, Berlin remains reluctant.", "DE"),
    ("Kyiv asked Spain for Patriot missiles, which according to officials are scarce.", "ES"),
    ("Ukraine asked Italy for more artillery shells, but according to a ministry source, Rome is undecided.", "IT"),
])
def test_according_to_after_a_request_answers_nothing(text: str, donor: str):
    assert all(status != "pledged" for d, _, status in records(text) if d == donor)


def test_a_french_request_granted_is_still_pledged():
    text = "Kiev a demandé à l'Espagne des missiles Patriot, ce que Madrid a accordé."
    assert ("ES", "air_defence", "pledged") in records(text, lang="fr")


# 2: a clause after ";" opening with "delivered" upgrades only what was pledged, and not when
# it tells a hypothesis ("delivered earlier, they could have") or names other things.
@pytest.mark.parametrize("text, donor, status", [
    ("Germany refused to send Taurus missiles; delivered earlier, they could have changed the war.", "DE", "refused"),
    ("Britain is still considering sending Storm Shadow missiles; delivered now, they would help Kyiv.",
     "GB", "discussed"),
    ("Germany will deliver 10 tanks; all delivered vehicles will be refitted first.", "DE", "pledged"),
    ("Norway will send 6 howitzers; delivered in winter, they would freeze.", "NO", "pledged"),
])
def test_a_clause_of_delivery_after_a_semicolon_keeps_other_stages(text: str, donor: str, status: str):
    found = {(d, s) for d, _, s in records(text) if d == donor}
    assert found == {(donor, status)}


def test_a_pledge_then_its_delivery_after_a_semicolon_is_still_delivered():
    text = "Denmark pledged six F-16 jets; delivered in April, they now fly over Ukraine."
    assert ("DK", "aircraft", "delivered") in records(text)


# 3: "will add" promises only a sum or to an aid package.
@pytest.mark.parametrize("text", [
    "Rheinmetall's new plant in Germany will add 200,000 shells a year.",
    "France will add Ukraine to the list of partners of its new drone programme.",
    "Norway will also add 10 NASAMS launchers to its own air defence.",
])
def test_will_add_without_aid_promises_nothing(text: str):
    assert all(status != "pledged" for _, _, status in records(text))


def test_will_add_a_sum_of_aid_is_still_a_pledge():
    text = "Australia will add A$95 million in military aid for Ukraine, the defence minister said."
    assert any(d == "AU" and s == "pledged" for d, _, s in records(text))


# 4: the oil company Shell is no ammunition, nor is electronic warfare without its kit.
def test_shell_the_company_supplies_no_ammunition():
    assert not any(c == "ammunition" for _, c, _ in
                   records("Shell supplies Ukraine with diesel, Britain said."))


def test_electronic_warfare_as_a_challenge_is_no_item():
    found = records("La France livre des canons Caesar et la guerre électronique reste un défi.", lang="fr")
    assert found == {("FR", "artillery", "pledged")}


# 5: a factbox or Q+A heading tells background, whatever its wording.
@pytest.mark.parametrize("title, lang", [
    ("FAKTEN: Deutsche Panzer für die Ukraine", "de"),
    ("Q+A-German tanks for Ukraine", "en"),
])
def test_factbox_headings_give_no_pledge(title: str, lang: str):
    assert records("", title=title, lang=lang) == set()


# 1 (second part): an answer that names other things says yes to those, not to the request.
def test_an_answer_naming_other_things_leaves_the_request_unpledged():
    text = "Ukraine asked Germany for more Patriot systems, but Germany has accepted to send IRIS-T instead."
    assert ("Patriot", "pledged") not in readings(text, None, "system", "status")
    text = "Ukraine asked Germany for more tanks, but Germany has agreed to send howitzers instead."
    assert records(text) == {("DE", "tanks", "discussed"), ("DE", "artillery", "pledged")}


def test_a_plain_yes_to_a_request_is_still_pledged():
    assert ("DE", "tanks", "pledged") in records("Ukraine asked Germany for more tanks, but Berlin agreed.")
