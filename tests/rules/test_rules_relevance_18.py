"""Relevance on wire copy, an eighteenth round (stop 43, stories round 20): trainer jets and combat aircraft.

Talk of jets for Ukraine names more than F-16, Mirage and Gripen: retired CF-18s, Alpha Jet and Hawk trainers, L-39s,
Harriers, Tornados; and it names the kind ("trainer jets", "avions d'entraînement", "Schulflugzeuge") as often as
the type. config/entities.toml knew few of these names, and the rules no word for a trainer aircraft, so a trainer
jet handed to Ukraine counted as no weapon at all.

Every text here was written for this file in the style of Reuters, AFP and dpa copy and labelled by hand before the
rules were run on it; none is taken from the real-article set. WIRE: 12 aid items (4 a language) and 8 look-alikes
(a storm, Russia's Tornado-S rockets fired at Kharkiv, a policy "hawk", an air show, trainers a country buys for its
own air force, a bird of prey).
First run on main's rules and entities (2026-12-05, 14:01 UTC, `python -m bot analyze`): 15 of 20, the 8
look-alikes kept out and 5 of 12 aid items missed, all at 0, each naming its aircraft by a type main did not know or
by its kind alone: Belgium's Alpha Jet trainer aircraft in English and in French, France's "avions d'entraînement",
Spain's Harriers, the German "Tornado-Jets". Now: the
trainer kinds are aid words of the weapon and aircraft rules in the three languages ("trainer jet*", "training
aircraft", "avion* d'entraînement", "avion* école*", Schulflugzeug*, Trainingsflugzeug*, ...), and the names are
systems of the aircraft category (CF-18 as the F/A-18, Alpha Jet, the BAE Hawk named with a word of its kind, L-159,
Harrier, the Panavia Tornado named with a word of its kind, Su-27, L-39 and Gripen variants; Mirage 2000, Bradley,
Marder, SAMP/T and IRIS-T variants were found already, by their name's first words): 20 of 20. Each name costs the
three weapon rules, which name @system, a little; they stand at 11.94, 11.45 and 11.97 of the 12 the cost test
allows (11.86, 11.36 and 11.89 on main), so the names are few and the trainer words are three rules of their own. Left: the rules' @system:air_defence still reads the "Hawk" inside "Hawk trainer jets" (an air_defence topic
beside the aircraft one; the verdict is right).

Of the 1,751 texts of tests/data (1,568) and the real set (183), rescored before and after (`python -m bot analyze`):
no verdict, score, topic or pledge moves.
"""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.rules.language import RuleSet
from tests.support.wire_reading import read

WIRE = [
    # ---- aid, English
    ("Canada to hand Ukraine retired CF-18 fighters",
     "OTTAWA (Reuters) - Canada will give Ukraine a batch of its retired CF-18 fighter jets, to be used for spare "
     "parts and ground training, Defence Minister said on Monday. The aircraft left service this year.", True),
    ("Britain to send Hawk trainer jets so Ukrainian pilots can train at home",
     "LONDON (Reuters) - Britain will send Ukraine six Hawk jets from its training fleet, the Ministry of Defence said "
     "on Tuesday, so that pilots can learn to fly fast jets before they move on to F-16s.", True),
    ("Czech Republic offers Ukraine L-159 light attack jets",
     "PRAGUE (Reuters) - The Czech Republic has offered to supply Ukraine with four L-159 light combat aircraft from "
     "its air force reserve, the defence ministry in Prague said on Wednesday.", True),
    ("Belgium confirms Alpha Jet trainers will go to Ukraine's air force",
     "BRUSSELS (Reuters) - Belgium will transfer its remaining Alpha Jet trainer aircraft to Ukraine next year, the "
     "government said on Thursday, after the jets leave Belgian service.", True),
    # ---- aid, French
    ("La France va céder des avions d'entraînement à l'Ukraine",
     "PARIS (AFP) - La France va livrer à l'Ukraine six avions d'entraînement pour la formation de ses pilotes, a "
     "annoncé lundi le ministère des Armées. Les appareils seront remis d'ici l'été.", True),
    ("La Belgique va livrer ses Alpha Jet à Kiev",
     "BRUXELLES (AFP) - La Belgique fournira à l'Ukraine ses derniers Alpha Jet, retirés du service, a indiqué "
     "jeudi le gouvernement belge.", True),
    ("Des Mirage 2000-5F supplémentaires promis à l'Ukraine",
     "PARIS (AFP) - Paris enverra à l'Ukraine un nouveau lot de Mirage 2000-5F, a annoncé mercredi le ministre des "
     "Armées, sans en préciser le nombre.", True),
    ("L'Espagne envisage de céder des Harrier à l'Ukraine",
     "MADRID (AFP) - L'Espagne étudie la possibilité de transférer à l'Ukraine une partie de ses Harrier, retirés du "
     "service en 2026, selon le ministère de la Défense.", True),
    # ---- aid, German
    ("Tschechien will der Ukraine Schulflugzeuge liefern",
     "PRAG (dpa) - Tschechien will der Ukraine vier Schulflugzeuge vom Typ L-39NG liefern, teilte das "
     "Verteidigungsministerium am Dienstag mit.", True),
    ("Deutschland prüft Abgabe ausgemusterter Tornado-Jets an die Ukraine",
     "BERLIN (dpa) - Die Bundesregierung prüft, ausgemusterte Tornado-Jets an die Ukraine abzugeben, sagte ein "
     "Sprecher des Verteidigungsministeriums am Mittwoch. Eine Entscheidung gebe es noch nicht.", True),
    ("Schweden sagt der Ukraine Gripen C/D zu",
     "STOCKHOLM (dpa) - Schweden sagt der Ukraine 14 Kampfjets vom Typ JAS 39C zu, teilte die Regierung am "
     "Donnerstag mit.", True),
    ("Kanada übergibt der Ukraine ausgemusterte CF-18",
     "OTTAWA (dpa) - Kanada hat der Ukraine ausgemusterte CF-18-Kampfjets übergeben, teilte das kanadische "
     "Verteidigungsministerium am Freitag mit.", True),
    # ---- look-alikes
    ("Tornado tears through Oklahoma town, aid sent",
     "OKLAHOMA CITY (Reuters) - A tornado destroyed dozens of homes in central Oklahoma on Monday, and the state "
     "sent emergency aid and the National Guard to the town.", False),
    ("Russia fires Tornado-S rockets at Kharkiv",
     "KYIV (Reuters) - Russian forces fired Tornado-S rockets at residential districts of Kharkiv overnight, "
     "killing three people, Ukraine's military said on Tuesday.", False),
    ("Budget hawk quits finance committee",
     "BERLIN (Reuters) - A leading budget hawk of Germany's ruling coalition stepped down from the finance committee "
     "on Wednesday, saying he would not support more borrowing.", False),
    ("Alpha Jet display team thrills crowds at air show",
     "PARIS (AFP) - The Patrouille de France flew its Alpha Jet trainers over Le Bourget on Sunday, opening an air "
     "show that drew 200,000 visitors.", False),
    ("Poland buys 24 trainer jets for its own pilots",
     "WARSAW (Reuters) - Poland signed a contract on Thursday to buy 24 trainer jets for the Polish air force's pilot "
     "school, the defence ministry said.", False),
    ("Le Portugal commande des avions d'entraînement pour son armée de l'air",
     "LISBONNE (AFP) - Le Portugal a commandé douze avions d'entraînement pour sa propre armée de l'air, a indiqué "
     "mardi le ministère portugais de la Défense.", False),
    ("Harrier hawks return to Scottish moor",
     "EDINBURGH (Reuters) - Hen harriers have returned to breed on a Scottish grouse moor for the first time in a "
     "decade, a wildlife charity said on Friday.", False),
    ("Bundeswehr fliegt letzte Tornado-Mission",
     "BÜCHEL (dpa) - Die Luftwaffe hat am Freitag die letzte Übungsmission mit Tornado-Jets geflogen; die Maschinen "
     "werden durch F-35 ersetzt.", False),
]


@pytest.mark.parametrize(("headline", "lead", "relevant"), WIRE)
def test_wire_items(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant == relevant, defaults.explain(analysis)


# The names wire copy gives these aircraft, each read as one system of its kind.
@pytest.mark.parametrize(("text", "system"), [
    ("Canada sends CF-18 jets", "F/A-18"),
    ("F/A-18 Hornet", "F/A-18"),
    ("Alpha Jet trainers", "Alpha Jet"),
    ("Hawk trainer jets", "BAE Hawk"),
    ("L-39NG trainers", "L-39"),
    ("Harrier jump jets", "Harrier"),
    ("Tornado-Jets", "Panavia Tornado"),
    ("Mirage 2000-5F", "Mirage 2000"),
    ("14 JAS 39C jets", "Gripen"),
    ("SAMP/T NG", "SAMP/T"),
    ("KM-SAM", "Cheongung"),
    ("M2A2 ODS Bradley", "Bradley"),
    ("Marder 1A5", "Marder"),
])
def test_wire_names_of_systems(text: str, system: str):
    assert [name for name, _, _ in load_entities().find_systems(text)] == [system]


@pytest.mark.parametrize("text", [
    "A tornado hit the town",
    "Tornado-S rockets",
    "a budget hawk",
    "Hen harriers return",
])
def test_look_alike_words_name_no_aircraft(text: str):
    assert not [name for name, _, _ in load_entities().find_systems(text)
                if load_entities().category_of(name) == "aircraft"]


# Trainers told by their kind alone, with no type and no word of training beside it (written after the first run:
# on main's rules and entities each scored 0).
@pytest.mark.parametrize(("headline", "lead"), [
    ("Norway to give Ukraine jet trainers", "OSLO (Reuters) - Norway will give Ukraine four jet trainers from its air "
     "force, the government said on Monday."),
    ("Paris va céder six avions d'entraînement à Kiev", "PARIS (AFP) - La France va livrer à l'Ukraine six avions "
     "d'entraînement, a annoncé lundi le ministère des Armées."),
    ("Tschechien liefert der Ukraine Trainingsflugzeuge", "PRAG (dpa) - Tschechien liefert der Ukraine vier "
     "Trainingsflugzeuge, teilte die Regierung am Montag mit."),
])
def test_trainers_told_by_their_kind(defaults: RuleSet, headline: str, lead: str):
    analysis = read(defaults, headline, lead)
    assert analysis.relevant, defaults.explain(analysis)
    assert "aircraft" in analysis.topics, defaults.explain(analysis)
