"""A busy wire day (stop 50, round 52): one donor's four events of a day, two donors announcing the same kind of
thing in the same hour, flashes, an update and a correction, from five feeds in three languages. Every text, name
and figure is invented for this file; none is taken from the real-article set. Each report was labelled with its
event before the first run (ruling of ../shared/eval/README.md: the reports of one announcement, delivery or
decision share an event).

Wednesday 17 May 2028. The Netherlands makes four pieces of news:
- nl-cv90: a pledge of 20 more CV90 infantry fighting vehicles (the English wire's flash, its write-up and its
  "UPDATE 1-" adding Kyiv's thanks; a German and a French agency's copies);
- nl-f16-done: the last of the 24 F-16s it promised in 2023 handed over, the pledge delivered in full (an English
  paper, the French agency's "ALERTE INFO -" flash and its write-up, a German paper);
- nl-training: 1,500 Ukrainian combat engineers to be trained at Dutch bases this summer (the wire, the German
  agency);
- nl-drones: the cabinet's 400 million euros for Ukrainian long-range drones (the German agency's first version
  gave 300 million and its "KORREKTUR:" the right sum, the wire, the English paper).
Denmark and Norway each pay for Bohdana howitzers built in Ukraine, within the same hour (dk-bohdana: 18 guns,
three outlets; no-bohdana: 12 guns, three outlets, one of them headed "Norway joins Denmark ..."). The Dutch army's
own order of CV90s (a German paper) is a look-alike, no aid to Ukraine.
Where the conventions leave a case open:
- the four Dutch events are four events: four acts (a pledge, a completed delivery of an old pledge, a training
  plan, a funding decision), each its own alert, though one donor, one day and one wire tell them;
- the German agency's first version with the wrong sum and its correction are one event, the drones' funding;
- the French flash of the F-16 handover and the paper's report are the delivery's event (the "tous les F-16
  promis" is the old pledge delivered, not a new one);
- "Norway joins Denmark in paying for Ukrainian-made howitzers" is Norway's news: its headline's first donor and
  its lead tell Norway's payment; Denmark's is the background it joins.

Day B, Thursday 18 May 2028, is harder: Germany's four events of the day are all about one system, IRIS-T SLM, so
donor and system agree across them and only the act and its figures tell them apart:
- de-iris-pledge: three more systems pledged by the minister in Berlin (the German agency's "+++ Eilmeldung +++"
  flash and its write-up under a headline naming no system, the English wire and its "UPDATE 1-", the French
  agency's "Flash Info :" line, its only report of it);
- de-iris-seventh: the seventh system handed over (the wire's first version called it the sixth; its
  "CORRECTED-" says seventh; a German paper, the French agency);
- de-iris-training: 200 Ukrainian soldiers to be trained as IRIS-T crews at a Bundeswehr school (an English
  paper, the German and French agencies);
- de-iris-funding: the Bundestag's budget committee frees 1.2 billion euros for IRIS-T missiles for Ukraine (the
  wire, a German paper, an English paper).
Norway (1 billion Norwegian crowns) and Sweden (600 million Swedish crowns) each pay for IRIS-T missiles for
Ukraine, half an hour apart (no-iris-missiles, se-iris-missiles: three outlets each; Sweden's German and English
papers say it follows Norway). The Bundeswehr's reorder of IRIS-T missiles for itself is a look-alike.
Rulings: the correction and its first version are one event (the seventh handover); a training plan for a
system's crews is no pledge of the system (an event of its own); the committee's vote is the funding decision,
not the minister's pledge of the morning.

First runs (2026-12-06 11:10-11:15 UTC, load average 6-16; 7 orders: the file's, 5 shuffles, newest first; both date
modes, the same in each), day A labelled in de2435b6 and day B in 31a7afd3 before either was run:
- main's code (0445f1d2): day A 21 of 21 relevant stored, precision 1.00, recall 0.90, nothing hidden (the French
  flash apart from its write-up: "ALERTE INFO -" was no flash mark). Day B precision 0.45-0.60, recall 0.61-0.75,
  one or two events hidden in 13 of 14 runs: the training plan joined the pledge's story or the handover's (the
  headlines' shared system), the committee's vote the pledge's (agreeing pledges), the correction the pledge's.
- this round (French and German flash marks, conflict "act", a vote beside a minister's word:
  tests/stories/test_story_grouping_52.py): day A 1.00 / 1.00; day B precision 0.81, recall 0.75, nothing hidden,
  in every order. What is left of day B is the extractor's (LEFT).
"""

from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks, report

WIRE, DAILY, AGENCE, AGENTUR, ZEITUNG = "Wire EN", "Daily EN", "Agence FR", "Agentur DE", "Zeitung DE"


def _at(hour_minute: str) -> str:
    return f"2028-05-17T{hour_minute}"


BUSY_DAY = [
    # --- nl-cv90: the pledge ----------------------------------------------------------------------------------
    report("B52-01", "en", WIRE, _at("09:05"), "nl-cv90",
           "FLASH: Netherlands to send Ukraine 20 more CV90 infantry fighting vehicles - minister",
           "THE HAGUE (Wire) - The Netherlands will send Ukraine 20 more CV90 infantry fighting vehicles, the Dutch "
           "defence minister said on Wednesday. More follows."),
    report("B52-02", "en", WIRE, _at("09:25"), "nl-cv90",
           "Dutch pledge 20 CV90 fighting vehicles to Ukraine in deal worth about 1 billion euros",
           "THE HAGUE (Wire) - The Netherlands will give Ukraine 20 more CV90 infantry fighting vehicles in a deal "
           "worth about 1 billion euros, Defence Minister Ruben Brekelmans told parliament on Wednesday. The "
           "vehicles will come partly from Dutch army stocks and partly from new production in Sweden, and the "
           "first should reach Ukraine before the end of the year, he said."),
    report("B52-03", "en", WIRE, _at("11:40"), "nl-cv90",
           "UPDATE 1-Dutch pledge 20 CV90 fighting vehicles to Ukraine, Zelenskiy thanks The Hague",
           "THE HAGUE (Wire) - The Netherlands will give Ukraine 20 more CV90 infantry fighting vehicles in a deal "
           "worth about 1 billion euros, Defence Minister Ruben Brekelmans told parliament on Wednesday. The "
           "vehicles will come partly from Dutch army stocks and partly from new production in Sweden. President "
           "Volodymyr Zelenskiy thanked the Dutch government on social media, saying the vehicles would help "
           "brigades in the east."),
    report("B52-04", "de", AGENTUR, _at("09:40"), "nl-cv90",
           "Niederlande sagen der Ukraine 20 weitere CV90-Schützenpanzer zu",
           "DEN HAAG (Agentur) - Die Niederlande liefern der Ukraine 20 weitere Schützenpanzer vom Typ CV90. Das "
           "kündigte Verteidigungsminister Ruben Brekelmans am Mittwoch im Parlament an. Das Paket hat einen Wert "
           "von rund einer Milliarde Euro."),
    report("B52-05", "fr", AGENCE, _at("10:15"), "nl-cv90",
           "Les Pays-Bas promettent 20 blindés CV90 supplémentaires à l'Ukraine",
           "LA HAYE (Agence) - Les Pays-Bas vont fournir à l'Ukraine 20 véhicules de combat d'infanterie CV90 "
           "supplémentaires, pour environ un milliard d'euros, a annoncé mercredi le ministre néerlandais de la "
           "Défense, Ruben Brekelmans, devant les députés."),
    # --- nl-f16-done: the old pledge delivered in full -----------------------------------------------------------
    report("B52-06", "en", DAILY, _at("13:10"), "nl-f16-done",
           "Netherlands completes delivery of the 24 F-16 jets it promised Ukraine",
           "The Netherlands has handed over the last of the 24 F-16 fighter jets it promised Ukraine in 2023, the "
           "Dutch defence ministry said on Wednesday. The final aircraft were flown from a training base in "
           "Romania, where Ukrainian pilots learned to fly them."),
    report("B52-07", "fr", AGENCE, _at("13:30"), "nl-f16-done",
           "ALERTE INFO - Les Pays-Bas ont livré à l'Ukraine tous les F-16 promis",
           "LA HAYE (Agence) - Les Pays-Bas ont livré à l'Ukraine la totalité des 24 avions de combat F-16 promis, "
           "a indiqué mercredi le ministère néerlandais de la Défense. Plus de détails à suivre."),
    report("B52-08", "fr", AGENCE, _at("13:50"), "nl-f16-done",
           "Les derniers F-16 néerlandais sont arrivés en Ukraine",
           "LA HAYE (Agence) - Les Pays-Bas ont achevé la livraison des 24 avions de combat F-16 promis à l'Ukraine, "
           "a annoncé mercredi le ministère néerlandais de la Défense. Les derniers appareils ont décollé d'une "
           "base d'entraînement en Roumanie, où des pilotes ukrainiens ont été formés."),
    report("B52-09", "de", ZEITUNG, _at("15:00"), "nl-f16-done",
           "Alle 24 zugesagten F-16-Kampfjets aus den Niederlanden sind übergeben",
           "DEN HAAG (Zeitung) - Die Niederlande haben alle 24 F-16-Kampfjets, die sie der Ukraine 2023 zugesagt "
           "hatten, übergeben. Die letzten Maschinen seien von einem Ausbildungszentrum in Rumänien aus "
           "überführt worden, teilte das Verteidigungsministerium am Mittwoch mit."),
    # --- nl-training -----------------------------------------------------------------------------------------------
    report("B52-10", "en", WIRE, _at("14:05"), "nl-training",
           "Netherlands to train 1,500 Ukrainian combat engineers this summer",
           "THE HAGUE (Wire) - The Netherlands will train 1,500 Ukrainian combat engineers in mine clearing and "
           "fortification at Dutch army bases this summer, the defence ministry said on Wednesday. Dutch and "
           "Belgian instructors will run the six-week courses."),
    report("B52-11", "de", AGENTUR, _at("14:30"), "nl-training",
           "Niederlande bilden 1500 ukrainische Pioniere aus",
           "DEN HAAG (Agentur) - Die Niederlande wollen in diesem Sommer 1500 ukrainische Pioniersoldaten auf "
           "niederländischen Stützpunkten ausbilden. Die sechswöchigen Lehrgänge zur Minenräumung sollen "
           "niederländische und belgische Ausbilder leiten, teilte das Verteidigungsministerium am Mittwoch mit."),
    # --- nl-drones: the funding decision, a wrong first version and its correction ---------------------------------
    report("B52-12", "de", AGENTUR, _at("16:00"), "nl-drones",
           "Niederlande geben 300 Millionen Euro für ukrainische Langstreckendrohnen",
           "DEN HAAG (Agentur) - Die niederländische Regierung stellt 300 Millionen Euro für die Produktion "
           "ukrainischer Langstreckendrohnen bereit. Das beschloss das Kabinett am Mittwoch, wie Ministerpräsident "
           "Dick Schoof mitteilte."),
    report("B52-13", "de", AGENTUR, _at("16:40"), "nl-drones",
           "KORREKTUR: Niederlande geben 400 Millionen Euro für ukrainische Langstreckendrohnen",
           "(Berichtigt wird die Summe im ersten Satz: 400 statt 300 Millionen Euro) DEN HAAG (Agentur) - Die "
           "niederländische Regierung stellt 400 Millionen Euro für die Produktion ukrainischer "
           "Langstreckendrohnen bereit. Das beschloss das Kabinett am Mittwoch, wie Ministerpräsident Dick Schoof "
           "mitteilte."),
    report("B52-14", "en", WIRE, _at("16:10"), "nl-drones",
           "Dutch cabinet approves 400 million euros for Ukrainian long-range drones",
           "THE HAGUE (Wire) - The Dutch cabinet on Wednesday approved 400 million euros to pay for long-range "
           "drones made by Ukrainian manufacturers, Prime Minister Dick Schoof said, adding that the money would "
           "be spent this year."),
    report("B52-15", "en", DAILY, _at("17:30"), "nl-drones",
           "Netherlands funds Ukraine's long-range drone makers with 400 million euros",
           "The Netherlands will spend 400 million euros on long-range drones built in Ukraine, after the cabinet "
           "signed off the money on Wednesday. Prime Minister Dick Schoof said Ukrainian factories could build "
           "more than they are paid for."),
    # --- dk-bohdana and no-bohdana: two donors, one kind of thing, one hour ------------------------------------------
    report("B52-16", "en", WIRE, _at("11:05"), "dk-bohdana",
           "Denmark to pay for 18 Ukrainian-made Bohdana howitzers",
           "COPENHAGEN (Wire) - Denmark will pay for 18 Bohdana self-propelled howitzers built in Ukraine, worth "
           "about 560 million crowns, Defence Minister Troels Lund Poulsen said on Wednesday."),
    report("B52-17", "fr", AGENCE, _at("11:20"), "dk-bohdana",
           "Le Danemark finance 18 obusiers Bohdana fabriqués en Ukraine",
           "COPENHAGUE (Agence) - Le Danemark va financer 18 obusiers automoteurs Bohdana produits en Ukraine, "
           "pour environ 560 millions de couronnes, a annoncé mercredi le ministre danois de la Défense."),
    report("B52-18", "de", ZEITUNG, _at("12:00"), "dk-bohdana",
           "Dänemark bezahlt 18 Bohdana-Haubitzen aus ukrainischer Produktion",
           "KOPENHAGEN (Zeitung) - Dänemark finanziert 18 in der Ukraine gebaute Radhaubitzen vom Typ Bohdana. Der "
           "Auftrag hat einen Wert von rund 560 Millionen Kronen, sagte Verteidigungsminister Troels Lund Poulsen am "
           "Mittwoch."),
    report("B52-19", "en", WIRE, _at("11:30"), "no-bohdana",
           "Norway to finance 12 Bohdana howitzers for Ukraine",
           "OSLO (Wire) - Norway will finance 12 Bohdana self-propelled howitzers made in Ukraine, at a cost of "
           "about 800 million Norwegian crowns, Defence Minister Tore O. Sandvik said on Wednesday."),
    report("B52-20", "de", AGENTUR, _at("11:45"), "no-bohdana",
           "Norwegen finanziert zwölf Bohdana-Haubitzen für die Ukraine",
           "OSLO (Agentur) - Norwegen bezahlt zwölf in der Ukraine hergestellte Radhaubitzen vom Typ Bohdana. Die "
           "Kosten von rund 800 Millionen Kronen trage der Staat, sagte Verteidigungsminister Tore O. Sandvik am "
           "Mittwoch."),
    report("B52-21", "en", DAILY, _at("12:15"), "no-bohdana",
           "Norway joins Denmark in paying for Ukrainian-made howitzers",
           "Norway will pay for 12 Bohdana howitzers built by Ukrainian industry, its defence minister said on "
           "Wednesday, an hour after Denmark announced it would fund 18 of the guns."),
    # --- A look-alike: the Dutch army's own order --------------------------------------------------------------------
    report("B52-22", "de", ZEITUNG, _at("10:30"), "x-nl-own-cv90",
           "Niederländisches Heer bestellt neue CV90 für die eigene Truppe",
           "DEN HAAG (Zeitung) - Das niederländische Heer bestellt in Schweden 30 neue Schützenpanzer vom Typ CV90 "
           "für die eigenen Verbände. Sie ersetzen ältere Fahrzeuge, teilte das Verteidigungsministerium am "
           "Mittwoch mit.",
           relevant=False),
]



def _thursday(hour_minute: str) -> str:
    return f"2028-05-18T{hour_minute}"


BUSY_DAY_B = [
    # --- de-iris-pledge ------------------------------------------------------------------------------------------
    report("B52B-01", "de", AGENTUR, _thursday("10:02"), "de-iris-pledge",
           "+++ Eilmeldung +++ Deutschland sagt der Ukraine drei weitere IRIS-T-Systeme zu",
           "BERLIN (Agentur) - Deutschland liefert der Ukraine drei weitere Flugabwehrsysteme vom Typ IRIS-T SLM. "
           "Das sagte Verteidigungsminister Boris Pistorius am Donnerstag in Berlin. Weitere Einzelheiten folgen."),
    report("B52B-02", "de", AGENTUR, _thursday("10:20"), "de-iris-pledge",
           "Pistorius verspricht Kiew mehr Schutz gegen Raketenangriffe",
           "BERLIN (Agentur) - Deutschland liefert der Ukraine drei weitere Flugabwehrsysteme vom Typ IRIS-T SLM. "
           "Verteidigungsminister Boris Pistorius kündigte die Zusage am Donnerstag in Berlin nach einem Treffen "
           "mit seinem ukrainischen Amtskollegen an. Die Systeme sollen aus der laufenden Produktion von Diehl "
           "Defence kommen und im kommenden Jahr übergeben werden."),
    report("B52B-03", "en", WIRE, _thursday("10:30"), "de-iris-pledge",
           "Germany pledges three more IRIS-T air defence systems for Ukraine",
           "BERLIN (Wire) - Germany will supply Ukraine with three more IRIS-T SLM air defence systems, Defence "
           "Minister Boris Pistorius said on Thursday after meeting his Ukrainian counterpart in Berlin. The systems "
           "will come from Diehl Defence's current production and be handed over next year."),
    report("B52B-04", "en", WIRE, _thursday("12:15"), "de-iris-pledge",
           "UPDATE 1-Germany pledges three more IRIS-T air defence systems for Ukraine as Russian strikes intensify",
           "BERLIN (Wire) - Germany will supply Ukraine with three more IRIS-T SLM air defence systems, Defence "
           "Minister Boris Pistorius said on Thursday after meeting his Ukrainian counterpart in Berlin. The systems "
           "will come from Diehl Defence's current production and be handed over next year. Russia fired more than "
           "400 drones and missiles at Ukrainian cities overnight, Kyiv's air force said."),
    report("B52B-05", "fr", AGENCE, _thursday("10:50"), "de-iris-pledge",
           "Flash Info : l'Allemagne promet trois systèmes IRIS-T supplémentaires à l'Ukraine",
           "BERLIN (Agence) - L'Allemagne va livrer à l'Ukraine trois systèmes de défense antiaérienne IRIS-T SLM "
           "supplémentaires, a annoncé jeudi le ministre allemand de la Défense, Boris Pistorius."),
    # --- de-iris-seventh: a handover, first told as the sixth ------------------------------------------------------
    report("B52B-06", "en", WIRE, _thursday("13:00"), "de-iris-seventh",
           "Germany hands Ukraine sixth IRIS-T air defence system",
           "BERLIN (Wire) - Germany has handed over a sixth IRIS-T SLM air defence system to Ukraine, the defence "
           "ministry said on Thursday. The system, with its radar and launchers, is already in service."),
    report("B52B-07", "en", WIRE, _thursday("13:45"), "de-iris-seventh",
           "CORRECTED-Germany hands Ukraine seventh IRIS-T air defence system",
           "(Corrects to seventh from sixth in headline and paragraph 1) BERLIN (Wire) - Germany has handed over a "
           "seventh IRIS-T SLM air defence system to Ukraine, the defence ministry said on Thursday. The system, with "
           "its radar and launchers, is already in service."),
    report("B52B-08", "de", ZEITUNG, _thursday("14:10"), "de-iris-seventh",
           "Siebtes IRIS-T-System an die Ukraine übergeben",
           "BERLIN (Zeitung) - Deutschland hat der Ukraine ein siebtes Flugabwehrsystem vom Typ IRIS-T SLM "
           "übergeben. Das System sei bereits im Einsatz, teilte das Verteidigungsministerium am Donnerstag mit."),
    report("B52B-09", "fr", AGENCE, _thursday("14:30"), "de-iris-seventh",
           "L'Allemagne a livré un septième système IRIS-T à l'Ukraine",
           "BERLIN (Agence) - L'Allemagne a remis à l'Ukraine un septième système de défense antiaérienne IRIS-T SLM, "
           "déjà en service, a indiqué jeudi le ministère allemand de la Défense."),
    # --- de-iris-training ------------------------------------------------------------------------------------------
    report("B52B-10", "en", DAILY, _thursday("11:00"), "de-iris-training",
           "German army to train 200 Ukrainian IRIS-T crews in Bavaria",
           "Germany's army will train 200 Ukrainian soldiers to operate IRIS-T SLM air defence systems at its air "
           "defence school in Bavaria from June, the defence ministry said on Thursday. The courses last ten weeks."),
    report("B52B-11", "de", AGENTUR, _thursday("11:30"), "de-iris-training",
           "Bundeswehr bildet 200 ukrainische Soldaten am IRIS-T aus",
           "BERLIN (Agentur) - Die Bundeswehr bildet ab Juni 200 ukrainische Soldaten an Flugabwehrsystemen vom Typ "
           "IRIS-T SLM aus. Die zehnwöchigen Lehrgänge finden an der Flugabwehrschule in Bayern statt, teilte das "
           "Verteidigungsministerium am Donnerstag mit."),
    report("B52B-12", "fr", AGENCE, _thursday("12:00"), "de-iris-training",
           "L'Allemagne va former 200 soldats ukrainiens au système IRIS-T",
           "BERLIN (Agence) - L'armée allemande va former à partir de juin 200 soldats ukrainiens au maniement du "
           "système de défense antiaérienne IRIS-T SLM, dans son école de défense antiaérienne en Bavière, a "
           "indiqué jeudi le ministère de la Défense."),
    # --- de-iris-funding -------------------------------------------------------------------------------------------
    report("B52B-13", "en", WIRE, _thursday("16:05"), "de-iris-funding",
           "German lawmakers approve 1.2 billion euros for IRIS-T missiles for Ukraine",
           "BERLIN (Wire) - The German parliament's budget committee on Thursday approved 1.2 billion euros to buy "
           "IRIS-T SLM missiles for Ukraine, freeing money the government had asked for in March."),
    report("B52B-14", "de", ZEITUNG, _thursday("16:30"), "de-iris-funding",
           "Haushaltsausschuss gibt 1,2 Milliarden Euro für IRIS-T-Raketen frei",
           "BERLIN (Zeitung) - Der Haushaltsausschuss des Bundestages hat am Donnerstag 1,2 Milliarden Euro für "
           "Lenkflugkörper vom Typ IRIS-T SLM für die Ukraine freigegeben. Die Regierung hatte das Geld im März "
           "beantragt."),
    report("B52B-15", "en", DAILY, _thursday("17:00"), "de-iris-funding",
           "Bundestag committee clears 1.2 billion euros for Ukraine's air defence missiles",
           "German lawmakers on the budget committee on Thursday cleared 1.2 billion euros for IRIS-T SLM "
           "missiles for Ukraine, money the government requested in March."),
    # --- no-iris-missiles and se-iris-missiles: two donors, one kind of thing, half an hour apart -------------------
    report("B52B-16", "en", WIRE, _thursday("15:05"), "no-iris-missiles",
           "Norway to pay 1 billion crowns for IRIS-T missiles for Ukraine",
           "OSLO (Wire) - Norway will pay 1 billion Norwegian crowns for IRIS-T SLM missiles for Ukraine, Defence "
           "Minister Tore O. Sandvik said on Thursday."),
    report("B52B-17", "de", AGENTUR, _thursday("15:20"), "no-iris-missiles",
           "Norwegen bezahlt IRIS-T-Raketen für die Ukraine",
           "OSLO (Agentur) - Norwegen bezahlt Lenkflugkörper vom Typ IRIS-T SLM für die Ukraine im Wert von einer "
           "Milliarde Kronen. Das kündigte Verteidigungsminister Tore O. Sandvik am Donnerstag an."),
    report("B52B-18", "fr", AGENCE, _thursday("15:40"), "no-iris-missiles",
           "La Norvège financera des missiles IRIS-T pour l'Ukraine",
           "OSLO (Agence) - La Norvège va financer des missiles IRIS-T SLM pour l'Ukraine à hauteur d'un milliard de "
           "couronnes norvégiennes, a annoncé jeudi le ministre de la Défense, Tore O. Sandvik."),
    report("B52B-19", "en", WIRE, _thursday("15:35"), "se-iris-missiles",
           "Sweden to fund IRIS-T missiles for Ukraine with 600 million crowns",
           "STOCKHOLM (Wire) - Sweden will spend 600 million Swedish crowns on IRIS-T SLM missiles for Ukraine, "
           "Defence Minister Pal Jonson said on Thursday."),
    report("B52B-20", "de", ZEITUNG, _thursday("15:50"), "se-iris-missiles",
           "Auch Schweden finanziert IRIS-T-Raketen für Kiew",
           "STOCKHOLM (Zeitung) - Nach Norwegen bezahlt auch Schweden Lenkflugkörper vom Typ IRIS-T SLM für die "
           "Ukraine. Stockholm stellt dafür 600 Millionen Kronen bereit, sagte Verteidigungsminister Pal Jonson am "
           "Donnerstag."),
    report("B52B-21", "en", DAILY, _thursday("16:00"), "se-iris-missiles",
           "Sweden follows Norway in paying for German-made air defence missiles for Ukraine",
           "Sweden will spend 600 million crowns on IRIS-T missiles for Ukraine, its defence minister said on "
           "Thursday, half an hour after Norway announced a similar purchase."),
    # --- A look-alike: the Bundeswehr's own order ------------------------------------------------------------------
    report("B52B-22", "de", ZEITUNG, _thursday("09:30"), "x-bw-iris-order",
           "Bundeswehr bestellt IRIS-T-Lenkflugkörper nach",
           "KOBLENZ (Zeitung) - Die Bundeswehr bestellt bei Diehl Defence weitere Lenkflugkörper vom Typ IRIS-T SLM "
           "für die eigene Flugabwehr. Der Vertrag wurde am Donnerstag unterzeichnet.",
           relevant=False),
]

# What is left of day B after round 52 (tests/stories/test_story_grouping_52.py), the same in every order and both
# date modes. None hides an event; each is a reading of the extractor (bot/core/pledges), not of story grouping.
_CORRECTION_READ_AS_A_PLEDGE = (
    "the wire's CORRECTED- report opens its text with the bracketed note, and the extractor drops the note's sentence, "
    "which runs on into the lead (no full stop after the bracket): its IRIS-T is read from the headline alone as "
    "pledged, so it agrees with the wire's pledge report (a revision by likeness, 0.50) and conflicts in phase with "
    "the handover's reports")
_LEFT_B = (
    _CORRECTION_READ_AS_A_PLEDGE + "; the German agency's training report ('bildet ... aus') is read as a delivery, "
    "apart in phase from its English and French copies; Sweden's English paper ('Sweden follows Norway ...') reads "
    "Norway's pledge in its headline and crowns of no country, apart from Sweden's story")
# (day B's "apart" check passes since fix63a, in both date modes: its strict xfails removed; why is not traced yet,
# the correction's reading above may have changed with review 63's fixes, the "joined" entries stay)
LEFT = {
    ("joined", "52B", "today"): _LEFT_B,
    ("joined", "52B", "real"): _LEFT_B,
}

BUSY_DAYS = BusyDays({"52": BUSY_DAY, "52B": BUSY_DAY_B}, 6, LEFT)

(test_busy_day_52_every_relevant_report_is_stored, test_busy_day_52_no_story_joins_two_events,
 test_busy_day_52_no_event_is_hidden, test_busy_day_52_every_report_joins_its_events_story) = busy_day_checks(
    BUSY_DAYS)


@pytest.mark.parametrize(("day", "donor"), [(BUSY_DAY, "nl-"), (BUSY_DAY_B, "de-")], ids=["52", "52B"])
def test_the_days_are_as_briefed(day, donor):
    """20+ reports from 5 feeds in 3 languages on one day; four events of one donor; no id twice."""
    assert len(day) >= 20
    assert len({item["source"] for item in day}) == 5
    assert {item["lang"] for item in day} == {"en", "fr", "de"}
    assert len({item["date"][:10] for item in day}) == 1
    assert len({item["event"] for item in day if item["event"].startswith(donor)}) == 4
    assert len({item["id"] for item in BUSY_DAY + BUSY_DAY_B}) == len(BUSY_DAY + BUSY_DAY_B)
