"""The story matcher: same event in other words -> one story; other events -> apart.

The articles below were written for these tests in the style of wire copy. Each
event has two or three versions that differ in wording, outlet and sometimes
language; the distinct events deliberately share the vocabulary every aid story
uses (tanks, package, air defence, Ukraine, Pistorius, "14", ...).
"""

from __future__ import annotations

import itertools
import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.core.stories import (
    MAX_NAMES,
    MAX_TERMS,
    SAME_STORY_THRESHOLD,
    StoryCandidate,
    StoryFingerprint,
    fingerprint,
    match_story,
    similarity,
)
from bot.core.text import sentence_spans

SEEDS = Path(__file__).parent / "data" / "seeds"


def seed_article(name: str) -> tuple[str, str]:
    """A seed as (title, text): its first sentence is the title, the rest the text."""
    raw = (SEEDS / name).read_text(encoding="utf-8")
    raw = raw.strip().removeprefix("date 2023-02").strip()  # 004's stray prefix
    start, end = sentence_spans(raw)[0]
    return raw[start:end], raw[end:]


NATO_AFP = seed_article("000_eadfd1691317ba6e.txt")
NATO_DW = seed_article("004_2233b9385a34dce2.txt")

LEOPARD_EN_1 = (
    "Germany will send Leopard 2 tanks to Ukraine, Scholz says",
    "Chancellor Olaf Scholz said on Wednesday that Germany will deliver 14 Leopard 2A6 battle "
    "tanks to Ukraine from Bundeswehr stocks and will allow other European countries to "
    "re-export their own Leopards. The decision follows weeks of pressure from Poland and the "
    "Baltic states. Ukrainian crews are expected to begin training in Germany within days, "
    "defence minister Boris Pistorius said. The goal is to assemble two tank battalions "
    "quickly, the government said in a statement.",
)
LEOPARD_EN_2 = (
    "Berlin ends weeks of hesitation and approves Leopard deliveries",
    "The German government has agreed to supply Kyiv with a company of Leopard 2 tanks and "
    "cleared partner countries such as Poland to send theirs, a spokesman for Olaf Scholz "
    "announced. Fourteen tanks will come from the Bundeswehr's inventory. Pistorius told "
    "lawmakers that training of Ukrainian soldiers would start shortly on German soil. Kyiv "
    "had long asked for Western main battle tanks ahead of an expected Russian spring offensive.",
)
LEOPARD_FR = (
    "L'Allemagne va livrer des chars Leopard 2 à l'Ukraine",
    "Le chancelier Olaf Scholz a annoncé mercredi que l'Allemagne fournirait quatorze chars "
    "Leopard 2A6 prélevés sur les stocks de la Bundeswehr et autoriserait la Pologne et "
    "d'autres pays européens à réexporter les leurs. La formation des équipages ukrainiens "
    "commencera rapidement en Allemagne, a précisé le ministre de la Défense Boris Pistorius.",
)
PATRIOT_EN_1 = (
    "US announces $2bn aid package for Ukraine including Patriot air defence",
    "The United States will provide Ukraine with a Patriot missile battery as part of a new "
    "$1.85bn security assistance package, the Pentagon said on Wednesday. The package also "
    "includes JDAM guidance kits that turn unguided bombs into precision weapons. Defense "
    "Secretary Lloyd Austin said the Patriot system would help Ukraine defend its cities "
    "against Russian missile and drone attacks. Ukrainian troops will be trained to operate "
    "the system at Fort Sill, Oklahoma.",
)
PATRIOT_EN_2 = (
    "Washington to give Kyiv Patriot missiles in $1.85 billion package",
    "A Patriot surface-to-air missile battery is the centrepiece of a $1.85 billion military "
    "package unveiled by the Biden administration, officials said. It is the first time the "
    "United States has sent the long-range air defence system to Ukraine. The aid, announced "
    "as President Volodymyr Zelensky travelled to Washington, also contains precision-guided "
    "bomb kits (JDAM). Training for Ukrainian crews is due to take place at Fort Sill in "
    "Oklahoma, according to the Pentagon.",
)
HIMARS_EN = (
    "Pentagon unveils $400 million weapons package with HIMARS rockets",
    "The Pentagon announced a new $400 million military aid package for Ukraine on Friday, "
    "including additional rockets for HIMARS launchers, artillery rounds and Bradley fighting "
    "vehicles. The weapons will be drawn from existing US stocks under presidential drawdown "
    "authority, allowing faster delivery. Pentagon spokesman Patrick Ryder said Washington "
    "remained committed to supporting Ukraine for as long as it takes.",
)
CHALLENGER_EN = (
    "Britain to send Challenger 2 tanks to Ukraine, Sunak says",
    "Prime Minister Rishi Sunak told Volodymyr Zelensky on Saturday that the United Kingdom "
    "will provide 14 Challenger 2 main battle tanks and additional artillery systems. Downing "
    "Street said the tanks would help Ukraine push Russian troops back. Defence Secretary Ben "
    "Wallace is expected to give details to Parliament on Monday. London hopes the move will "
    "encourage Germany to approve Leopard deliveries.",
)
AMX_FR_1 = (
    "La France va livrer des chars légers AMX-10 RC à l'Ukraine",
    "Emmanuel Macron a promis mercredi à Volodymyr Zelensky la livraison de chars de combat "
    "légers AMX-10 RC, une première pour des blindés de conception occidentale, a annoncé "
    "l'Elysée. Le nombre de véhicules et le calendrier n'ont pas été précisés. Le président "
    "français a également évoqué l'envoi de véhicules de l'avant blindés. Paris répond ainsi "
    "aux demandes répétées de Kiev, qui réclame des chars lourds pour reprendre l'initiative.",
)
AMX_FR_2 = (
    "Kiev obtient ses premiers blindés de reconnaissance français",
    "L'Elysée a confirmé que des AMX-10 RC, des engins blindés à roues équipés d'un canon de "
    "105 mm, seront cédés à l'armée ukrainienne. L'annonce est intervenue à l'issue d'un "
    "entretien téléphonique entre Emmanuel Macron et son homologue ukrainien. Il s'agit du "
    "premier envoi de chars de fabrication occidentale à l'Ukraine depuis le début de "
    "l'invasion russe. Paris n'a pas précisé combien de véhicules seraient livrés.",
)
AMX_EN = (
    "France to send AMX-10 RC armoured vehicles to Ukraine",
    "President Emmanuel Macron has told Volodymyr Zelensky that France will deliver AMX-10 RC "
    "light tanks, the Elysee palace said, making Paris the first Western country to promise "
    "tanks of Western design. The wheeled reconnaissance vehicles carry a 105 mm gun. No figure "
    "was given for the number of vehicles or the timing of the delivery.",
)
CAESAR_FR = (
    "Paris va fournir douze canons Caesar supplémentaires à Kiev",
    "Le ministre des Armées Sébastien Lecornu a annoncé mardi que la France financerait la "
    "production de douze canons Caesar supplémentaires destinés à l'Ukraine. Les obusiers, "
    "fabriqués par Nexter (KNDS France), seront payés grâce au fonds spécial de soutien doté de "
    "200 millions d'euros. Les artilleurs ukrainiens apprécient la mobilité de ce système monté "
    "sur camion, a souligné le ministre.",
)
GEPARD_FR = (
    "L'Allemagne relance la production d'obus pour les blindés antiaériens Gepard",
    "Berlin a signé un contrat avec le groupe Rheinmetall pour relancer la fabrication de "
    "munitions de 35 mm destinées aux chars antiaériens Gepard livrés à l'Ukraine, a annoncé "
    "mardi le ministre allemand de la Défense Boris Pistorius. Les forces ukrainiennes "
    "utilisent ces canons automoteurs pour abattre les drones de fabrication iranienne, mais "
    "leurs stocks s'épuisent depuis que la Suisse a refusé la réexportation d'obus produits "
    "sur son sol. Les premières livraisons depuis la nouvelle ligne de production d'Unterlüss "
    "sont attendues cet été.",
)
IRIST_DE_1 = (
    "Deutschland liefert weiteres IRIS-T-System an die Ukraine",
    "Die Bundesregierung hat der Ukraine ein zweites Flugabwehrsystem vom Typ IRIS-T SLM "
    "übergeben, teilte das Verteidigungsministerium in Berlin am Montag mit. Das System des "
    "Herstellers Diehl Defence kann Marschflugkörper und Drohnen in bis zu 40 Kilometern "
    "Entfernung bekämpfen. Verteidigungsminister Boris Pistorius sagte, Deutschland werde die "
    "ukrainische Luftverteidigung weiter stärken. Zwei weitere Systeme sollen im Laufe des "
    "Jahres folgen.",
)
IRIST_DE_2 = (
    "Zweites IRIS-T SLM in der Ukraine eingetroffen",
    "Ein weiteres Luftverteidigungssystem IRIS-T SLM aus Deutschland ist in der Ukraine "
    "angekommen. Das bestätigte Pistorius in Berlin. Diehl Defence produziert die Raketen am "
    "Bodensee; die Reichweite liegt bei rund 40 Kilometern. Die ukrainische Armee setzt das "
    "erste System bereits seit Oktober gegen russische Drohnen und Marschflugkörper ein. Bis "
    "Jahresende sollen zwei weitere Einheiten geliefert werden.",
)
MARDER_DE = (
    "Bundesregierung sagt Kiew Marder-Schützenpanzer zu",
    "Deutschland wird der Ukraine 40 Schützenpanzer vom Typ Marder liefern, kündigte "
    "Bundeskanzler Olaf Scholz nach einem Telefonat mit US-Präsident Joe Biden an. Die "
    "Fahrzeuge stammen aus Beständen der Industrie und des Herstellers Rheinmetall. Zusätzlich "
    "soll ein Patriot-Flugabwehrsystem bereitgestellt werden. Die Ausbildung ukrainischer "
    "Soldaten an den Marder soll in Deutschland stattfinden.",
)

# Event name -> its versions. Everything in one group is one story; any two articles
# from different groups are different stories.
EVENTS: dict[str, list[tuple[str, str]]] = {
    "nato-meeting": [NATO_AFP, NATO_DW],
    "leopard": [LEOPARD_EN_1, LEOPARD_EN_2, LEOPARD_FR],
    "patriot": [PATRIOT_EN_1, PATRIOT_EN_2],
    "himars": [HIMARS_EN],
    "challenger": [CHALLENGER_EN],
    "amx": [AMX_FR_1, AMX_FR_2, AMX_EN],
    "caesar": [CAESAR_FR],
    "gepard": [GEPARD_FR],
    "iris-t": [IRIST_DE_1, IRIST_DE_2],
    "marder": [MARDER_DE],
}


def _fp(article: tuple[str, str]) -> StoryFingerprint:
    return fingerprint(*article)


def _same_event_pairs():
    for event, versions in EVENTS.items():
        for a, b in itertools.combinations(versions, 2):
            yield pytest.param(a, b, id=f"{event}:{a[0][:25]}|{b[0][:25]}")


def _different_event_pairs():
    for (event_a, versions_a), (event_b, versions_b) in itertools.combinations(EVENTS.items(), 2):
        for a in versions_a:
            for b in versions_b:
                yield pytest.param(a, b, id=f"{event_a}/{event_b}:{a[0][:20]}|{b[0][:20]}")


# --- the decisive ones -------------------------------------------------------------------


def test_the_two_seed_reports_of_the_nato_meeting_are_one_story():
    assert similarity(_fp(NATO_AFP), _fp(NATO_DW)) >= SAME_STORY_THRESHOLD


@pytest.mark.parametrize(("a", "b"), list(_same_event_pairs()))
def test_same_event_in_other_words_is_one_story(a, b):
    assert similarity(_fp(a), _fp(b)) >= SAME_STORY_THRESHOLD


@pytest.mark.parametrize(("a", "b"), list(_different_event_pairs()))
def test_different_events_stay_apart(a, b):
    assert similarity(_fp(a), _fp(b)) < SAME_STORY_THRESHOLD


def test_the_pairs_cover_what_the_brief_asks():
    same = list(_same_event_pairs())
    different = list(_different_event_pairs())
    assert len(same) >= 4 and len(different) >= 6
