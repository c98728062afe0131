"""Story grouping round 18: no arrival order hides a distinct event.

(The figures and what was fixed are written below the days once measured.)
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.file_rules import analyzer_from_rules_file
from tests.support.story_replay import by_outlet, orders, pair_figures, replay

EN, FR, DE, LIVE = "Wire EN", "Agence FR", "Agentur DE", "Live blog"


def _report(id_, lang, source, date, event, title, summary, relevant=True) -> dict:
    return {"id": id_, "lang": lang, "title": title, "summary": summary, "source": source, "date": date,
            "relevant": relevant, "event": event}


# Busy day 42 (Monday 12 April 2027): Norway's two news of one press conference in Oslo, two NASAMS
# pledged (three agencies, the English copy closing on the other news, a live entry of thanks) and
# its F-35s ruled out (two agencies); Poland's twelve Krab handed over (the wire's report and its
# "UPDATE 1-", the French copy); the Nordic defence ministers' meeting in Oslo the same day, whose
# round-ups tell Norway's pledge in their bodies.
DAY_42 = [
    _report("R42-EN-01", "en", EN, "2027-04-12", "no-nasams",
            "Norway to give Ukraine two more NASAMS air defence systems",
            "Norway will give Ukraine two more NASAMS air defence systems worth 3 billion crowns, Defence Minister "
            "Tore O. Sandvik said in Oslo on Monday. He added that Norway had no plans to send its F-35 fighter "
            "jets."),
    _report("R42-DE-01", "de", DE, "2027-04-12", "no-nasams",
            "Norwegen sagt Kiew zwei weitere NASAMS zu",
            "Norwegen stellt der Ukraine zwei weitere Flugabwehrsysteme vom Typ NASAMS im Wert von drei Milliarden "
            "Kronen zur Verfügung. Das gab Verteidigungsminister Tore O. Sandvik am Montag in Oslo bekannt."),
    _report("R42-FR-01", "fr", FR, "2027-04-12", "no-nasams",
            "La Norvège va livrer deux systèmes NASAMS supplémentaires à Kiev",
            "La Norvège fournira à l'Ukraine deux systèmes de défense antiaérienne NASAMS supplémentaires, d'une "
            "valeur de 3 milliards de couronnes, a annoncé lundi à Oslo le ministre de la Défense Tore O. Sandvik."),
    _report("R42-LV-01", "en", LIVE, "2027-04-12", "no-nasams", "",
            "Zelenskiy thanks Norway for its decision to send two more NASAMS systems. \"Our cities will be "
            "safer,\" he writes."),
    _report("R42-EN-02", "en", EN, "2027-04-12", "no-f35",
            "Norway rules out sending F-35 jets to Ukraine",
            "Norway will not send any of its F-35 fighter jets to Ukraine, Defence Minister Tore O. Sandvik said on "
            "Monday, saying the aircraft were needed to guard NATO's northern flank."),
    _report("R42-DE-02", "de", DE, "2027-04-12", "no-f35",
            "Oslo: Keine F-35 für die Ukraine",
            "Norwegen wird der Ukraine keine Kampfjets vom Typ F-35 überlassen. Die Maschinen würden zur Sicherung "
            "der NATO-Nordflanke gebraucht, sagte Verteidigungsminister Tore O. Sandvik am Montag."),
    _report("R42-EN-03", "en", EN, "2027-04-12", "pl-krab",
            "Poland hands over 12 more Krab howitzers to Ukraine",
            "Poland has handed over 12 more Krab self-propelled howitzers to Ukraine, the defence ministry in "
            "Warsaw said on Monday."),
    _report("R42-EN-04", "en", EN, "2027-04-12", "pl-krab",
            "UPDATE 1-Poland hands over 12 more Krab howitzers to Ukraine, ammunition to follow",
            "Poland has handed over 12 more Krab self-propelled howitzers to Ukraine, the defence ministry in "
            "Warsaw said on Monday, adding that a first batch of ammunition for them would follow in May. The guns "
            "were paid for from Poland's own defence budget."),
    _report("R42-FR-03", "fr", FR, "2027-04-12", "pl-krab",
            "Varsovie a livré douze nouveaux obusiers Krab à l'Ukraine",
            "La Pologne a remis à l'Ukraine douze obusiers automoteurs Krab supplémentaires, a indiqué lundi le "
            "ministère polonais de la Défense."),
    _report("R42-EN-05", "en", EN, "2027-04-12", "nordic-meeting",
            "Nordic defence ministers pledge more support for Ukraine at Oslo meeting",
            "Defence ministers of the five Nordic countries met in Oslo on Monday and pledged to keep up military "
            "support for Ukraine, with host Norway pointing to its new NASAMS pledge and Denmark and Sweden "
            "promising more ammunition."),
    _report("R42-DE-05", "de", DE, "2027-04-12", "nordic-meeting",
            "Nordische Verteidigungsminister beraten in Oslo über Ukraine-Hilfe",
            "Die Verteidigungsminister der fünf nordischen Staaten haben am Montag in Oslo über weitere "
            "Militärhilfe für die Ukraine beraten. Dänemark und Schweden stellten zusätzliche Munition in Aussicht, "
            "Gastgeber Norwegen verwies auf seine neuen NASAMS-Zusagen."),
]

# Busy day 43 (Wednesday 14 and Thursday 15 April 2027): Britain's two news of one Wednesday,
# more Storm Shadow missiles pledged (three agencies, an untitled live entry, a German analysis the
# next day that names France's SCALP too) and its first Raven air defence systems arrived (two
# agencies); a US package whose headlines each pick another of its systems (HIMARS rockets,
# Bradleys, the sum); the Czech-led initiative's 100,000 more shells delivered, told on Thursday.
DAY_43 = [
    _report("R43-EN-01", "en", EN, "2027-04-14", "uk-storm",
            "Britain to send Ukraine more Storm Shadow missiles",
            "Britain will send Ukraine a further batch of Storm Shadow cruise missiles, Defence Secretary John "
            "Healey told parliament on Wednesday, without saying how many."),
    _report("R43-FR-01", "fr", FR, "2027-04-14", "uk-storm",
            "Londres va livrer de nouveaux missiles Storm Shadow à Kiev",
            "Le Royaume-Uni va fournir à l'Ukraine un nouveau lot de missiles de croisière Storm Shadow, a annoncé "
            "mercredi devant le Parlement le ministre de la Défense John Healey, sans en préciser le nombre."),
    _report("R43-DE-01", "de", DE, "2027-04-14", "uk-storm",
            "Großbritannien liefert weitere Storm-Shadow-Raketen",
            "Großbritannien wird der Ukraine weitere Marschflugkörper vom Typ Storm Shadow liefern. Das kündigte "
            "Verteidigungsminister John Healey am Mittwoch im Parlament in London an."),
    _report("R43-LV-01", "en", LIVE, "2027-04-14", "uk-storm", "",
            "Healey tells MPs that more Storm Shadow missiles will go to Ukraine. He gives no number."),
    _report("R43-DE-02", "de", DE, "2027-04-15", "uk-storm",
            "Analyse: Was Londons neue Storm Shadow für Kiew bedeuten",
            "Die weiteren Storm-Shadow-Marschflugkörper, die Großbritannien am Mittwoch zugesagt hat, erlauben der "
            "Ukraine Angriffe auf Ziele tief hinter der Front. Militärexperten erwarten, dass Frankreich mit "
            "SCALP-Raketen nachzieht."),
    _report("R43-EN-02", "en", EN, "2027-04-14", "uk-raven",
            "UK says first Raven air defence systems have arrived in Ukraine",
            "The first Raven air defence systems built by Britain for Ukraine have arrived and are in service, the "
            "Ministry of Defence in London said on Wednesday."),
    _report("R43-FR-02", "fr", FR, "2027-04-14", "uk-raven",
            "Les premiers systèmes antiaériens Raven britanniques sont arrivés en Ukraine",
            "Les premiers systèmes de défense antiaérienne Raven fabriqués par le Royaume-Uni pour l'Ukraine sont "
            "arrivés et sont déjà en service, a indiqué mercredi le ministère britannique de la Défense."),
    _report("R43-EN-03", "en", EN, "2027-04-14", "us-package",
            "U.S. unveils $350 million arms package for Ukraine",
            "The United States will send Ukraine $350 million in weapons from its stocks, including rockets for "
            "HIMARS launchers and Bradley fighting vehicles, the Pentagon said on Wednesday."),
    _report("R43-FR-03", "fr", FR, "2027-04-14", "us-package",
            "Washington envoie des roquettes HIMARS à Kiev dans un nouveau paquet",
            "Les Etats-Unis vont fournir à l'Ukraine des roquettes pour lanceurs HIMARS et des véhicules de combat "
            "Bradley dans le cadre d'une nouvelle aide militaire de 350 millions de dollars, a annoncé mercredi le "
            "Pentagone."),
    _report("R43-DE-03", "de", DE, "2027-04-14", "us-package",
            "USA schicken weitere Bradley-Schützenpanzer in die Ukraine",
            "Die USA liefern der Ukraine weitere Schützenpanzer vom Typ Bradley sowie Raketen für HIMARS-Werfer. "
            "Das Paket im Wert von 350 Millionen Dollar gab das Pentagon am Mittwoch bekannt."),
    _report("R43-EN-04", "en", EN, "2027-04-15", "cz-shells",
            "Czech-led initiative delivers 100,000 more shells to Ukraine",
            "A Czech-led initiative has delivered another 100,000 artillery shells to Ukraine since February, the "
            "government in Prague said on Thursday."),
    _report("R43-DE-04", "de", DE, "2027-04-15", "cz-shells",
            "Tschechische Initiative liefert 100.000 weitere Granaten",
            "Über die tschechische Munitionsinitiative sind seit Februar weitere 100.000 Artilleriegranaten an die "
            "Ukraine geliefert worden. Das teilte die Regierung in Prag am Donnerstag mit."),
]
