"""Stories, review 42: a held-out probe of story grouping on three small busy days of wire copy written by
someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event). Where
the conventions leave a case open: an agency's update ("UPDATE 1-") reports the event of the report it
updates; a round-up mentioning several of the day's events reports the one it leads with (its headline and
first sentence), as a round-up of a meeting is the meeting.

- Day A (Monday 12 April 2027, 11 reports, EN/FR/DE and a live entry): Canada's two announcements at one
  press conference, 40 armoured vehicles pledged (English and French, and the English wire's "UPDATE 1-"
  of its own report) and its CF-18 jets ruled out (English and German); Latvia handing over 500 drones
  (English, German); the Czech initiative's 100,000th shell of the year delivered (French, German); a
  live entry rounding up the day, led by Canada's vehicles and naming Latvia's drones and the Czech shells;
  Poland buying Patriot batteries for itself (not aid: labelled not relevant).
- Day B (Thursday 15 and Friday 16 April 2027, 9 reports): Italy's 11th package, contents secret (English
  and French on Thursday, German retelling it on Friday); Britain ordering 5,000 Martlet missiles for
  Ukraine from a Belfast plant (English, French, Thursday); the contact group meeting on Friday (English
  and German round-ups that recall Italy's package and Britain's order); Estonia's money for next year
  (German, Friday); Romania buying K9 howitzers for itself (not relevant).
- Day C (Tuesday 20 April 2027, 10 reports): France's two news of one day, its first Mirage 2000-5
  delivered (French, English) and 100 million euros for Ukrainian drones (French, German); Spain's six
  Leopard 2A4 pledged (English, French, and the English wire's "UPDATE 1-" adding crew training); Denmark
  paying for 18 Bohdana howitzers (German); an English round-up led by the Mirage delivery; the Bundeswehr
  receiving its own Leopard 2A8 (not relevant).

Each day is replayed through the real poller (tests/support/story_replay.py, as tests/stories/
test_review_41.py does) in 7 feed orders (the file's, 5 shuffles, newest first), all dated now and dated
as published, and counted as ../shared/eval/score_stories.py counts: pair precision and recall over the
reports labelled relevant and stored as relevant, and hidden events.

First run (2026-12-05, this branch = main at d02602e, labels unchanged; the two date modes gave the same
figures in every order): every report labelled relevant stored as relevant (10, 8, 9; the three purchases
for the buyers' own armies not stored as relevant); no event hidden in any day, order or date mode.
- Day A: 9 pairs of one event; pair precision 1.00, recall 0.89 (8 of 9) in all 7 orders: Canada's refusal
  of its CF-18 jets, told by the English and the German agency, never shares a story (each copy its own).
  The update and the live round-up join the story of Canada's vehicles in every order.
- Day B: 5 pairs; precision 1.00, recall 0.60 (3 of 5) in all 7 orders: the German copy retelling on
  Friday Italy's 11th package of Thursday stays apart from the English and French copies. The contact-group
  round-ups that recall Italy's package and Britain's order join each other, and no other story.
- Day C: 7 pairs; precision 0.71 (5 of 7), recall 0.71 (5 of 7) in 6 orders, precision 0.62 (5 of 8) in
  shuffle 2: the English round-up led by the Mirage arrival joins France's drone money (6 orders) or
  Spain's Leopards (shuffle 2), never the Mirage story. The English "UPDATE 1-" of Spain's tanks joins.
What is left is a strict xfail (LEFT) per check, day and date mode.

After story grouping round 19 (tests/stories/test_story_grouping_19.py, same day, both date modes, all 7
orders): day A 1.00 / 1.00, day B 1.00 / 1.00, day C 1.00 / 0.71 (5 of 7) in every order, no event hidden.
What is left of day C is the English wire's round-up kept apart from the same wire's Mirage report (a
feed's own reports join only as near-copies or revisions).

After story grouping round 20 (tests/stories/test_story_grouping_20.py, 2026-12-05): day C 1.00 / 1.00 in every
order and both date modes, no event hidden: an outlet's two reports leading with the same first delivery (or n-th
delivery, or a donor's n-th package) join.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_checks, report

EN, FR, DE, LIVE = "Wire EN", "Agence FR", "Agentur DE", "Live blog"


DAY_A = [
    report("SA-EN-01", "en", EN, "2027-04-12", "ca-lav",
            "Canada pledges 40 armoured vehicles to Ukraine",
            "Canada will send Ukraine 40 more LAV 6 armoured vehicles from its army's stocks, Defence Minister "
            "David McGuinty told reporters in Ottawa on Monday."),
    report("SA-FR-01", "fr", FR, "2027-04-12", "ca-lav",
            "Le Canada promet 40 véhicules blindés à l'Ukraine",
            "Le Canada va fournir à l'Ukraine 40 véhicules blindés LAV 6 supplémentaires prélevés sur les stocks "
            "de son armée, a annoncé lundi à Ottawa le ministre de la Défense David McGuinty."),
    report("SA-EN-02", "en", EN, "2027-04-12", "ca-jets",
            "Canada rules out giving Ukraine its CF-18 fighter jets",
            "Canada will not transfer its ageing CF-18 fighter jets to Ukraine, Defence Minister David McGuinty "
            "said on Monday, because the air force needs them until its new F-35s enter service."),
    report("SA-DE-02", "de", DE, "2027-04-12", "ca-jets",
            "Kanada schließt Abgabe von CF-18-Kampfjets an Kiew aus",
            "Kanada wird der Ukraine keine Kampfflugzeuge vom Typ CF-18 überlassen. Die Luftwaffe brauche die "
            "Maschinen, bis die neuen F-35 einsatzbereit seien, sagte Verteidigungsminister David McGuinty am "
            "Montag in Ottawa."),
    # The English wire's update of its own report: the same event.
    report("SA-EN-03", "en", EN, "2027-04-12", "ca-lav",
            "UPDATE 1-Canada pledges 40 armoured vehicles to Ukraine, first to ship in May",
            "Canada will send Ukraine 40 more LAV 6 armoured vehicles, the first of them in May, Defence Minister "
            "David McGuinty said on Monday, adding that Canadian instructors would train the Ukrainian crews in "
            "Poland."),
    report("SA-EN-04", "en", EN, "2027-04-12", "lv-drones",
            "Latvia hands over 500 drones to Ukraine",
            "Latvia has handed over 500 reconnaissance drones made by Latvian firms to Ukraine, the defence "
            "ministry in Riga said on Monday."),
    report("SA-DE-04", "de", DE, "2027-04-12", "lv-drones",
            "Lettland übergibt der Ukraine 500 Drohnen",
            "Lettland hat der Ukraine 500 Aufklärungsdrohnen aus lettischer Produktion übergeben, wie das "
            "Verteidigungsministerium in Riga am Montag mitteilte."),
    report("SA-FR-05", "fr", FR, "2027-04-12", "cz-shells",
            "L'initiative tchèque a livré 100 000 obus à Kiev depuis janvier",
            "L'initiative tchèque d'achat de munitions a livré à l'Ukraine 100 000 obus d'artillerie depuis le "
            "début de l'année, a indiqué lundi le gouvernement à Prague."),
    report("SA-DE-05", "de", DE, "2027-04-12", "cz-shells",
            "Tschechische Initiative: 100.000 Granaten seit Januar an Kiew geliefert",
            "Über die tschechische Munitionsinitiative sind seit Jahresbeginn 100.000 Artilleriegranaten in die "
            "Ukraine gelangt. Das teilte die Regierung in Prag am Montag mit."),
    # A live round-up led by Canada's vehicles, naming the day's other news.
    report("SA-LV-06", "en", LIVE, "2027-04-12", "ca-lav", "",
            "Canada is sending Ukraine 40 more armoured vehicles, its defence minister says. Earlier today "
            "Latvia said it had handed over 500 drones, and Prague said its ammunition initiative had delivered "
            "100,000 shells since January."),
    report("SA-EN-07", "en", EN, "2027-04-12", "pl-patriot",
            "Poland buys two more Patriot batteries for its own army",
            "Poland signed a $4 billion deal on Monday for two more Patriot air defence batteries for its own "
            "army, the defence ministry in Warsaw said.", relevant=False),
]

DAY_B = [
    report("SB-EN-01", "en", EN, "2027-04-15", "it-package",
            "Italy approves 11th military aid package for Ukraine",
            "Italy's government approved its 11th package of military aid for Ukraine on Thursday, Defence "
            "Minister Guido Crosetto said, without disclosing its contents, which remain classified."),
    report("SB-FR-01", "fr", FR, "2027-04-15", "it-package",
            "L'Italie adopte un 11e paquet d'aide militaire à l'Ukraine",
            "Le gouvernement italien a adopté jeudi un 11e paquet d'aide militaire à l'Ukraine, dont le contenu "
            "reste classifié, a indiqué le ministre de la Défense Guido Crosetto."),
    # The same event retold the next day in another language.
    report("SB-DE-01", "de", DE, "2027-04-16", "it-package",
            "Italien schnürt elftes Militärpaket für Kiew",
            "Die italienische Regierung hat am Donnerstag ein elftes Paket mit Militärhilfe für die Ukraine "
            "beschlossen. Der Inhalt bleibt geheim, wie Verteidigungsminister Guido Crosetto in Rom sagte."),
    report("SB-EN-02", "en", EN, "2027-04-15", "gb-martlet",
            "Britain orders 5,000 Martlet missiles for Ukraine from Belfast plant",
            "Britain has ordered 5,000 Martlet lightweight missiles for Ukraine from Thales in Belfast in a "
            "contract worth 200 million pounds, the Ministry of Defence said on Thursday."),
    report("SB-FR-02", "fr", FR, "2027-04-15", "gb-martlet",
            "Londres commande 5 000 missiles Martlet pour l'Ukraine",
            "Le Royaume-Uni a commandé 5 000 missiles légers Martlet destinés à l'Ukraine à l'usine Thales de "
            "Belfast, pour 200 millions de livres, a annoncé jeudi le ministère britannique de la Défense."),
    # Round-ups of Friday's meeting that recall Thursday's two announcements.
    report("SB-EN-03", "en", EN, "2027-04-16", "contact-group",
            "Ukraine's allies pledge more air defence at contact group meeting",
            "Defence ministers of the Ukraine Defense Contact Group promised more air defence for Ukraine at a "
            "meeting in Brussels on Friday. Italy presented the 11th aid package it approved on Thursday and "
            "Britain its order of 5,000 Martlet missiles."),
    report("SB-DE-03", "de", DE, "2027-04-16", "contact-group",
            "Ukraine-Kontaktgruppe sagt mehr Flugabwehr zu",
            "Die Ukraine-Kontaktgruppe hat Kiew bei einem Treffen in Brüssel am Freitag mehr Flugabwehr "
            "zugesagt. Italien verwies auf sein tags zuvor beschlossenes elftes Hilfspaket, Großbritannien auf "
            "die Bestellung von 5.000 Martlet-Raketen."),
    report("SB-DE-04", "de", DE, "2027-04-16", "ee-money",
            "Estland sagt Kiew 120 Millionen Euro Militärhilfe für 2028 zu",
            "Estland will der Ukraine im Jahr 2028 Militärhilfe im Wert von 120 Millionen Euro leisten. Das "
            "kündigte der estnische Verteidigungsminister am Freitag am Rande des Treffens in Brüssel an."),
    report("SB-FR-05", "fr", FR, "2027-04-15", "ro-k9",
            "La Roumanie achète 54 obusiers sud-coréens K9",
            "La Roumanie a signé jeudi un contrat pour l'achat de 54 obusiers automoteurs K9 sud-coréens afin de "
            "moderniser son artillerie, a annoncé le ministère roumain de la Défense.", relevant=False),
]

DAY_C = [
    report("SC-FR-01", "fr", FR, "2027-04-20", "fr-mirage",
            "Les premiers Mirage 2000-5 français sont arrivés en Ukraine",
            "Les premiers avions de combat Mirage 2000-5 cédés par la France sont arrivés en Ukraine, a annoncé "
            "mardi la ministre des Armées, sans en préciser le nombre."),
    report("SC-EN-01", "en", EN, "2027-04-20", "fr-mirage",
            "First French Mirage jets arrive in Ukraine",
            "The first Mirage 2000-5 fighter jets promised by France have arrived in Ukraine, the French armed "
            "forces minister said on Tuesday, without saying how many."),
    report("SC-FR-02", "fr", FR, "2027-04-20", "fr-drones",
            "Paris débloque 100 millions d'euros pour des drones ukrainiens",
            "La France va consacrer 100 millions d'euros à l'achat de drones fabriqués en Ukraine, a annoncé "
            "mardi la ministre des Armées, le jour même de l'arrivée des premiers Mirage à Kiev."),
    report("SC-DE-02", "de", DE, "2027-04-20", "fr-drones",
            "Frankreich gibt 100 Millionen Euro für ukrainische Drohnen",
            "Frankreich stellt 100 Millionen Euro für den Kauf von Drohnen aus ukrainischer Fertigung bereit. Das "
            "kündigte die französische Verteidigungsministerin am Dienstag in Paris an."),
    report("SC-EN-03", "en", EN, "2027-04-20", "es-leopard",
            "Spain to send Ukraine six more Leopard tanks",
            "Spain will send Ukraine six more Leopard 2A4 tanks from its reserve, Defence Minister Margarita "
            "Robles said in Madrid on Tuesday."),
    report("SC-FR-03", "fr", FR, "2027-04-20", "es-leopard",
            "L'Espagne va livrer six chars Leopard de plus à Kiev",
            "L'Espagne livrera six chars Leopard 2A4 supplémentaires à l'Ukraine, a annoncé mardi à Madrid la "
            "ministre de la Défense Margarita Robles."),
    # The English wire's update of its own report: the same event.
    report("SC-EN-04", "en", EN, "2027-04-20", "es-leopard",
            "UPDATE 1-Spain to send Ukraine six more Leopard tanks, train crews",
            "Spain will send Ukraine six more Leopard 2A4 tanks from its reserve and train their Ukrainian crews "
            "in Zaragoza, Defence Minister Margarita Robles said on Tuesday."),
    report("SC-DE-05", "de", DE, "2027-04-20", "dk-bohdana",
            "Dänemark bezahlt 18 Bohdana-Haubitzen für die Ukraine",
            "Dänemark finanziert die Herstellung von 18 Radhaubitzen vom Typ Bohdana in der Ukraine. Das teilte "
            "das Verteidigungsministerium in Kopenhagen am Dienstag mit."),
    # A round-up led by the Mirage delivery, naming the day's other aid.
    report("SC-EN-06", "en", EN, "2027-04-20", "fr-mirage",
            "French jets reach Ukraine as European aid picks up",
            "France's first Mirage 2000-5 jets have reached Ukraine, capping a day on which Paris also set aside "
            "100 million euros for Ukrainian-made drones and Spain promised six more Leopard tanks."),
    report("SC-DE-07", "de", DE, "2027-04-20", "de-leopard-own",
            "Bundeswehr erhält erste Leopard 2A8",
            "Die Bundeswehr hat die ersten Kampfpanzer vom Typ Leopard 2A8 von KNDS erhalten. Sie sollen zunächst "
            "an die Panzerbrigade in Litauen gehen.", relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
# Fixed by tests/stories/test_story_grouping_19.py's round (now plain tests): Canada's CF-18 refusal in
# English and German shares a story (copies telling nothing but one government's refusal of the same
# kinds of thing on the same day named, story_score.story_score); the German copy retelling Italy's
# "elftes" package joins the "11th" and "11e" copies (ordinals in words, bot/core/stories/
# ordinal_words.py); the round-up led by the Mirage arrival joins no other event's story in any order
# (same_event._lead_untold).
# Fixed by tests/stories/test_story_grouping_20.py's round (now a plain test): the English round-up led by the
# Mirage arrival shares its story with the English wire's own Mirage report in every order, as one outlet's two
# reports leading with the same first delivery (same_feed.own_reports_of_one_numbered_event).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_probe_is_as_briefed() -> None:
    """Three days of 8-12 reports in the three languages, ids unique."""
    for items in DAYS.values():
        assert 8 <= len(items) <= 12
        assert {item["lang"] for item in items} == {"en", "fr", "de"}
    ids = [item["id"] for items in DAYS.values() for item in items]
    assert len(ids) == len(set(ids))
