"""Stories, review 52: the twelfth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: one donor announcing two distinct packages on one day (Britain's air defence missiles in the
morning, its demining money and vehicles in the evening, told by other outlets), beside a Baltic donor's
handover, British defence shares and a British jet sale to Turkey (look-alikes); one EU payment from the
windfall profits of frozen Russian assets told in three languages by three outlets whose figures round
differently ("EUR 1.5 billion", "1,48 milliard", "knapp 1,5 Milliarden") and a follow-up the next day,
beside the Ukraine Facility's civil budget money (a look-alike), the receiving side of an earlier Swedish
pledge and an Estonian package; an Australian pledge, Zelensky's thanks for it the next day and a Russian
claim of destroying Australian vehicles (a look-alike), South Korea's refusal in two languages, a brigade
showing donated tanks in use, and a Korean tank sale to Poland (a look-alike). Where the conventions leave a
case open:
- Britain's missiles and its demining aid are two events (two announcements, of different things, at
  different hours and places), though one donor and one day tell them;
- the next day's report of the EU payment, with Moscow's reaction, reports the same payment: its event;
- the receiving side of Sweden's earlier pledge ("Kyiv says the Archers arrived") is the delivery's event,
  told by Kyiv and by a second outlet; it shares no event with the pledge of months before (not on the day);
- Zelensky's thanks the next day for Australia's Bushmasters reports the pledge: the pledge's event (a
  thanks is a reaction to the announcement, not an act of its own);
- a brigade showing tanks given a year ago in use is an event of its own.

First run (2026-12-06 11:09 UTC, this branch = main at 0445f1d, labels as committed in 413b369 before any run;
load average about 7), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published, the
same in both date modes and every order; no look-alike is stored on any day:
- Day A: 5 of 6 relevant stored; 3 pairs among them; precision 1.00, recall 1.00, no event hidden. Britain's
  morning missiles (three languages) join and stay apart from its evening demining aid; the English report of
  the demining aid is not stored (LEFT says why).
- Day B: 6 of 7 relevant stored; 1 of 4 pairs joined; precision 1.00, recall 0.25, no event hidden. Sweden's
  Archers told by Kyiv and by Wire join; the EU's windfall payment is three stories and its German report is
  not stored (LEFT says why); the Ukraine Facility's civil money is not stored.
- Day C: 6 of 6 relevant stored; 2 of 4 pairs joined; precision 1.00, recall 0.50, no event hidden. South
  Korea's refusal joins across languages; the brigade's Abrams stay apart; Zelensky's thanks of the next day
  stays apart from Australia's pledge (LEFT says why); Russia's claim about the Bushmasters is not stored.
What is left is a strict xfail (LEFT) per check, day and date mode.
Since fix52rg (tests/rules/test_relevance_52.py: money transferred, armoured demining vehicles told for the
front) the English demining report (RA-EN-02) and the German windfall report (RB-DE-01) are stored; day B's and
day C's grouping stay LEFT.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 9 May 2028: Britain's two packages (air defence missiles in the morning, demining in the
# evening), Latvia's drones, and two look-alikes (defence shares, a jet sale to Turkey).
DAY_A = [
    report("RA-EN-01", "en", EN, "2028-05-09", "gb-missiles",
           "Britain to send Ukraine 300 more Starstreak missiles",
           "LONDON, May 9 (Wire) - Britain will send Ukraine 300 more Starstreak air defence missiles within "
           "weeks to counter Russian drones and glide bombs, Defence Secretary Ian Hartley said on Tuesday "
           "morning at a base in Wiltshire."),
    report("RA-DE-01", "de", DE, "2028-05-09", "gb-missiles",
           "London schickt Kiew 300 weitere Starstreak-Raketen",
           "LONDON (Agentur) - Großbritannien wird der Ukraine in den kommenden Wochen 300 weitere "
           "Flugabwehrraketen vom Typ Starstreak liefern. Das kündigte Verteidigungsminister Ian Hartley am "
           "Dienstagmorgen an."),
    report("RA-FR-01", "fr", FR2, "2028-05-09", "gb-missiles",
           "Le Royaume-Uni va livrer 300 missiles Starstreak supplémentaires à l'Ukraine",
           "LONDRES (Journal) - Le Royaume-Uni livrera d'ici quelques semaines 300 missiles antiaériens "
           "Starstreak supplémentaires à l'Ukraine, a annoncé mardi matin le ministre britannique de la "
           "Défense."),
    report("RA-EN-02", "en", EN2, "2028-05-09", "gb-demining",
           "UK pledges £40 million and 25 mine-clearing vehicles for Ukraine",
           "GENEVA (Paper) - Britain will give Ukraine £40 million and 25 armoured mine-clearing vehicles to "
           "clear farmland and front-line roads, Foreign Secretary Clare Dunmore told a demining conference in "
           "Geneva on Tuesday evening."),
    report("RA-FR-02", "fr", FR, "2028-05-09", "gb-demining",
           "Déminage : Londres débloque 40 millions de livres pour l'Ukraine",
           "GENÈVE (Agence) - Le Royaume-Uni va consacrer 40 millions de livres et 25 véhicules blindés de "
           "déminage à l'Ukraine, a annoncé mardi soir la cheffe de la diplomatie britannique lors d'une "
           "conférence sur le déminage à Genève."),
    report("RA-DE-02", "de", DE2, "2028-05-09", "lv-drones",
           "Lettland übergibt der Ukraine 400 Abfangdrohnen",
           "RIGA (Zeitung) - Lettland hat der Ukraine 400 Abfangdrohnen übergeben, teilte das "
           "Verteidigungsministerium in Riga am Dienstag mit."),
    report("RA-EN-03", "en", EN, "2028-05-09", "x-shares",
           "BAE Systems shares hit record on European order book",
           "LONDON, May 9 (Wire) - Shares in BAE Systems rose 4% to a record on Tuesday after the British arms "
           "maker reported a 20% rise in orders from European armies.",
           relevant=False),
    report("RA-FR-03", "fr", FR, "2028-05-09", "x-turkey",
           "Le Royaume-Uni vend 20 Typhoon à la Turquie",
           "LONDRES (Agence) - Le Royaume-Uni a signé mardi la vente de 20 avions de combat Typhoon à la "
           "Turquie, pour un montant de 6 milliards de livres.",
           relevant=False),
]

# Day B, Tuesday 16 and Wednesday 17 May 2028: the EU's windfall payment in three languages with rounded
# figures and a follow-up the next day; the Ukraine Facility's civil money (a look-alike); Kyiv and an
# outlet on Sweden's Archers arriving; Estonia's ammunition package.
DAY_B = [
    report("RB-EN-01", "en", EN, "2028-05-16", "eu-windfall",
           "EU releases EUR 1.5 billion from frozen Russian assets for Ukraine's arms",
           "BRUSSELS, May 16 (Wire) - The European Union on Tuesday paid Ukraine EUR 1.5 billion from the "
           "windfall profits of frozen Russian central bank assets, to buy air defence and artillery "
           "ammunition, the European Commission said."),
    report("RB-FR-01", "fr", FR, "2028-05-16", "eu-windfall",
           "L'UE verse 1,48 milliard d'euros issus des avoirs russes gelés pour armer Kiev",
           "BRUXELLES (Agence) - L'Union européenne a versé mardi à l'Ukraine 1,48 milliard d'euros tirés des "
           "revenus des avoirs gelés de la banque centrale russe, qui serviront à acheter de la défense "
           "aérienne et des munitions."),
    report("RB-DE-01", "de", DE2, "2028-05-16", "eu-windfall",
           "EU überweist Kiew knapp 1,5 Milliarden Euro aus russischem Vermögen",
           "BRÜSSEL (Zeitung) - Die EU hat der Ukraine am Dienstag knapp 1,5 Milliarden Euro aus den Erträgen "
           "eingefrorener russischer Zentralbankgelder überwiesen. Das Geld ist für Flugabwehr und "
           "Artilleriemunition bestimmt."),
    report("RB-EN-02", "en", EN2, "2028-05-17", "eu-windfall",
           "Moscow threatens retaliation after EU sends frozen-asset billions to Kyiv's military",
           "MOSCOW (Paper) - The Kremlin on Wednesday threatened to seize European assets in Russia after the "
           "European Union paid Ukraine about 1.5 billion euros from frozen Russian funds for air defence and "
           "ammunition a day earlier."),
    report("RB-FR-02", "fr", FR2, "2028-05-16", "x-facility",
           "Facilité pour l'Ukraine : Bruxelles verse 4 milliards d'euros au budget ukrainien",
           "BRUXELLES (Journal) - La Commission européenne a versé mardi 4 milliards d'euros à l'Ukraine au titre "
           "de la Facilité pour l'Ukraine, destinés à payer les retraites et les salaires des fonctionnaires.",
           relevant=False),
    report("RB-DE-02", "de", DE, "2028-05-16", "se-archer-arrived",
           "Ukraine hat die von Schweden zugesagten Archer-Haubitzen erhalten",
           "KIEW (Agentur) - Die Ukraine hat die acht von Schweden im Februar zugesagten Radhaubitzen vom Typ "
           "Archer erhalten, teilte das ukrainische Verteidigungsministerium am Dienstag mit."),
    report("RB-EN-03", "en", EN, "2028-05-16", "se-archer-arrived",
           "Sweden's Archer howitzers reach Ukraine, Kyiv says",
           "KYIV, May 16 (Wire) - Eight Archer self-propelled howitzers pledged by Sweden in February have "
           "arrived in Ukraine, the Ukrainian defence ministry said on Tuesday."),
    report("RB-DE-03", "de", DE2, "2028-05-16", "ee-ammo",
           "Estland kündigt Munitionspaket für die Ukraine an",
           "TALLINN (Zeitung) - Estland wird der Ukraine Artilleriemunition im Wert von 60 Millionen Euro "
           "liefern, teilte die Regierung in Tallinn am Dienstag mit."),
]

# Day C, Thursday 25 and Friday 26 May 2028: Australia's Bushmaster pledge, Zelensky's thanks the next day,
# a Russian claim about Australian vehicles (a look-alike); South Korea's refusal in two languages; a brigade
# showing Abrams in use; Korean tanks for Poland (a look-alike).
DAY_C = [
    report("RC-EN-01", "en", EN, "2028-05-25", "au-bushmaster",
           "Australia to send Ukraine 40 more Bushmaster vehicles",
           "CANBERRA, May 25 (Wire) - Australia will send Ukraine 40 more Bushmaster protected mobility "
           "vehicles, Defence Minister Anna Whitfield said on Thursday."),
    report("RC-DE-01", "de", DE, "2028-05-25", "au-bushmaster",
           "Australien schickt 40 weitere Bushmaster in die Ukraine",
           "CANBERRA (Agentur) - Australien wird der Ukraine 40 weitere geschützte Fahrzeuge vom Typ Bushmaster "
           "liefern, kündigte Verteidigungsminister Anna Whitfield am Donnerstag an."),
    report("RC-FR-01", "fr", FR, "2028-05-26", "au-bushmaster",
           "Zelensky remercie Canberra pour les 40 Bushmaster",
           "KIEV (Agence) - Volodymyr Zelensky a remercié vendredi l'Australie pour les 40 véhicules blindés "
           "Bushmaster promis la veille, « qui sauvent la vie de nos soldats »."),
    report("RC-EN-02", "en", EN2, "2028-05-25", "kr-refusal",
           "South Korea again rules out sending weapons to Ukraine",
           "SEOUL (Paper) - South Korea will not supply lethal weapons to Ukraine, the presidential office said "
           "on Thursday, rejecting a fresh request from Kyiv for air defence missiles."),
    report("RC-FR-02", "fr", FR2, "2028-05-25", "kr-refusal",
           "Séoul exclut toujours de livrer des armes à Kiev",
           "SÉOUL (Journal) - La Corée du Sud ne fournira pas d'armes létales à l'Ukraine, a répété jeudi la "
           "présidence sud-coréenne, rejetant une nouvelle demande de missiles antiaériens."),
    report("RC-EN-03", "en", EN, "2028-05-26", "au-abrams-in-use",
           "Ukrainian brigade shows Australian-donated Abrams tanks in action",
           "KYIV, May 26 (Wire) - Ukraine's 47th Mechanised Brigade on Friday released video of Abrams tanks "
           "donated by Australia last year firing on Russian positions near Pokrovsk."),
    report("RC-DE-02", "de", DE2, "2028-05-26", "x-claim",
           "Moskau: Australische Bushmaster bei Pokrowsk zerstört",
           "MOSKAU (Zeitung) - Russische Truppen haben nach Angaben des Verteidigungsministeriums in Moskau drei "
           "australische Bushmaster-Fahrzeuge bei Pokrowsk zerstört. Überprüfen ließ sich das nicht.",
           relevant=False),
    report("RC-DE-03", "de", DE, "2028-05-25", "x-k2-poland",
           "Südkorea liefert Polen weitere 60 K2-Kampfpanzer",
           "SEOUL (Agentur) - Südkorea hat Polen weitere 60 Kampfpanzer vom Typ K2 geliefert, teilte der "
           "Hersteller am Donnerstag mit.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
_WINDFALL_APART = (
    "recall 0.57 in every order and both date modes (stories round 53, tests/stories/test_story_grouping_53.py: "
    "the group's sum shared on the day named joins RB-FR-01's '1,48 milliard', 0.04 alike, to RB-EN-01 and "
    "RB-DE-01). Left: the next day's RB-EN-02 (the Kremlin's threat 'on Wednesday' after the EU 'paid Ukraine "
    "about 1.5 billion euros ... a day earlier') names its own weekday, the reaction's, which conflicts with "
    "Tuesday's reports; a reaction of another government is news of its own as often as a retelling")
# Mended by stories round 53 (tests/stories/test_story_grouping_53.py): Zelensky's thanks on Friday for 'les 40
# véhicules blindés Bushmaster promis la veille' (RC-FR-01) joins the pledge's story as a thanks for an arrival
# did (a thanks adds no news of its own).
LEFT: dict[tuple[str, str, str], str] = {
    ("joined", "B", "today"): _WINDFALL_APART, ("joined", "B", "real"): _WINDFALL_APART,
}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
