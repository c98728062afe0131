"""Story grouping round 25: a busy WEEK of wire copy (Monday 10 to Sunday 16 May 2027), 48 reports in
English, French and German from five outlets, replayed through the real poller in several feed orders and
both date modes. The earlier busy days hold 8-12 reports; a week is where a story that grows by chaining
(A joins B, B joins C) could swallow events no single pair would join.

Every text and figure is invented for this file (none from the real-article set or a probe). Each report
was labelled by hand with its event BEFORE the first run, following ../shared/eval/README.md (reports of
one announcement, meeting or delivery share an event; an analysis reports the event it explains; a
round-up of a meeting is the meeting). The choices where the conventions leave room:
- a package told on four days is four events when each day is its own step: Norway's government
  announcing 5 billion crowns subject to parliament (Monday), the Storting's vote (Wednesday), the first
  NASAMS of it arriving (Saturday) are three events (an announcement, a decision, a delivery), as
  round 23 tells an announcement apart from its approval; Kyiv thanking Norway on Sunday for the launchers
  received is the delivery's follow-up (it reports that arrival, nothing new);
- two chambers' votes on one aid bill are two events: the House's Tuesday vote and the Senate's Friday
  vote are two sittings on two days, each a decision of its own; the second makes the bill law, the news
  a reader wants an alert for (a Senate report recalling the House's vote is the Senate's);
- the Ramstein-style meeting's round-ups (three languages) are the meeting; the Netherlands' and Sweden's
  pledges made there, reported on their own, are each their own announcement; an analysis of the meeting
  two days later is the meeting;
- look-alike headlines ("Germany pledges more air defence for Ukraine" from one wire on Monday and on
  Thursday) are two events: two systems (IRIS-T, Patriot), two days;
- an agency's CORRECTED- or UPDATE 1- re-send of its own report is that report's event;
- an analysis of Germany's Monday IRIS-T pledge filed on Tuesday is that pledge's event;
- not relevant (labelled so, not counted): the Bundeswehr ordering IRIS-T for itself, a UN humanitarian
  convoy, the Czech army's own Leopard tanks.

First run (2026-12-05, this branch = main at 416c538, labels unchanged; load average about 1), 7 orders (the
file's, 5 shuffles, newest first), dated now and as published: 45 of 45 relevant reports stored as
relevant, 17 events, 42 pairs of one event, nothing hidden in any order, the largest story 4 reports (the
IRIS-T pledge with its analysis, or the meeting's round-ups with its analysis: right).
- Dated as published, every order: pair precision 1.00, recall 0.88 (37 of 42).
- Dated now: 6 orders as above; in shuffle 2 precision 0.95, recall 0.83: the House's English report
  joined the Senate's story (the two votes read alike: approval given, same donor, sum and phase).
- Missed in every order and both modes: the House's English report apart from its French and German
  copies (they were read as "approval pending": "la Chambre des représentants" and "das
  Repräsentantenhaus" were no chambers, and "le Sénat doit encore voter" then read as the step to come),
  and Kyiv's Sunday thanks apart from Saturday's delivery of the launchers (each names its own weekday).
No chaining: no story took a report of another event, though the Norwegian package's three steps, Germany's
two look-alike headlines and the meeting's national pledges sat in the week side by side.
After this branch's fixes (bot/core/stories/evidence/approvals.py: which chamber voted; the chambers named in the
two languages): both modes, every order, precision 1.00, recall 0.93 (39 of 42), nothing hidden; then
(bot/core/stories/evidence/thanks.py: a headline's thanks for a delivery, a day or two after the arrival, of the
same donor and system, is its follow-up) Kyiv's thanks joins the arrival: 1.00 / 1.00 (42 of 42), every
order, both modes.

Chaining, found on short chains written after the week (at the end of this file, labelled before their first
run): a story opened by "Denmark to send 19 more Caesar" that a report naming no count joined ("Dänemark
schickt weitere Caesar-Haubitzen", the same Monday) took "Dänemark schickt acht weitere Caesar-Haubitzen",
which agreed with the figureless member on every question and contradicted the opening report's count only;
and two stories (the 19 and the 8) that the figureless report qualified for were merged. Decided
(bot/core/stories/scoring/chains.py): a report telling a story's pledges with other figures than one of its reports
(same_event.figures_contradict: same donors, kinds and status, counts or sums neither shared nor close)
joins only if it would join that report alone; two stories merge only when no report of one so contradicts
one of the other. A report and its outlet's marked revision never contradict, nor does a report its own
story holds a revision of. What stays open is the pair itself: the figureless report, when it arrives after
the other batch opened a story, may join that one (nothing in it tells the batches apart).
"""

from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks, report
from tests.support.story_pairs import matcher_joins, pair_case

WIRE, PAPER, AGENCE, AGENTUR, ZEITUNG = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"
MON, TUE, WED, THU, FRI, SAT, SUN = (f"2027-05-{day}" for day in range(10, 17))

WEEK = [
    # --- Monday ------------------------------------------------------------------------------------------
    # Germany's first air defence pledge of the week: two IRIS-T SLM.
    report("WK-EN-01", "en", WIRE, MON, "de-iris",
           "Germany pledges more air defence for Ukraine",
           "BERLIN (Wire) - Germany will send two more IRIS-T SLM air defence systems to Ukraine before the "
           "autumn, Defence Minister Hans Keller said on Monday during a visit to the manufacturer."),
    report("WK-DE-01", "de", AGENTUR, MON, "de-iris",
           "Deutschland sagt der Ukraine zwei weitere IRIS-T-Systeme zu",
           "BERLIN (Agentur) - Deutschland liefert der Ukraine bis zum Herbst zwei weitere "
           "Flugabwehrsysteme vom Typ IRIS-T SLM. Das kündigte Verteidigungsminister Hans Keller am Montag "
           "beim Hersteller an."),
    report("WK-FR-01", "fr", AGENCE, MON, "de-iris",
           "Berlin promet deux systèmes IRIS-T supplémentaires à Kiev",
           "BERLIN (Agence) - L'Allemagne va livrer deux systèmes de défense antiaérienne IRIS-T SLM "
           "supplémentaires à l'Ukraine d'ici l'automne, a annoncé lundi le ministre de la Défense Hans Keller."),
    # Norway's package, step one: announced, parliament still to approve.
    report("WK-EN-02", "en", WIRE, MON, "no-announced",
           "Norway proposes 5 billion crown military package for Ukraine",
           "OSLO (Wire) - Norway's government proposed on Monday a 5 billion crown military aid package for "
           "Ukraine, including NASAMS air defence launchers, subject to approval by parliament."),
    report("WK-FR-02", "fr", AGENCE, MON, "no-announced",
           "La Norvège propose une aide militaire de 5 milliards de couronnes à l'Ukraine",
           "OSLO (Agence) - Le gouvernement norvégien a proposé lundi une aide militaire de 5 milliards de "
           "couronnes à l'Ukraine, comprenant des lanceurs NASAMS. Le Parlement doit encore l'approuver."),
    report("WK-DE-02", "de", ZEITUNG, MON, "bw-iris",
           "Bundeswehr bestellt sechs IRIS-T-Feuereinheiten für die eigene Luftwaffe",
           "KOBLENZ (Zeitung) - Das Beschaffungsamt der Bundeswehr hat bei Diehl Defence sechs weitere "
           "Feuereinheiten IRIS-T SLM für die deutsche Luftwaffe bestellt.", relevant=False),
    # --- Tuesday -----------------------------------------------------------------------------------------
    # An analysis of Monday's pledge: that pledge's event.
    report("WK-EN-03", "en", PAPER, TUE, "de-iris",
           "Analysis: Why two more IRIS-T systems matter for Ukraine's cities",
           "LONDON (Paper) - Germany's promise on Monday of two more IRIS-T SLM systems would let Kyiv cover "
           "two more cities against Russian drones and cruise missiles, analysts say, though interceptor "
           "missiles remain scarce."),
    # The lower chamber's vote: its own event (see above).
    report("WK-EN-04", "en", WIRE, TUE, "us-house",
           "U.S. House passes $45 billion Ukraine military aid bill",
           "WASHINGTON (Wire) - The U.S. House of Representatives passed a $45 billion military aid bill for "
           "Ukraine on Tuesday by 281 votes to 146. The measure still needs the approval of the Senate."),
    report("WK-FR-03", "fr", AGENCE, TUE, "us-house",
           "La Chambre américaine adopte 45 milliards de dollars d'aide militaire à l'Ukraine",
           "WASHINGTON (Agence) - La Chambre des représentants a adopté mardi un projet de loi prévoyant 45 "
           "milliards de dollars d'aide militaire américaine à l'Ukraine. Le texte doit encore être voté par "
           "le Sénat."),
    report("WK-DE-03", "de", AGENTUR, TUE, "us-house",
           "US-Repräsentantenhaus billigt 45 Milliarden Dollar Militärhilfe für Kiew",
           "WASHINGTON (Agentur) - Das US-Repräsentantenhaus hat am Dienstag Militärhilfe für die Ukraine "
           "in Höhe von 45 Milliarden Dollar gebilligt. Der Senat muss noch zustimmen."),
    # Britain's missiles, and the wire's corrected re-send (another count): one event.
    report("WK-EN-05", "en", WIRE, TUE, "uk-brimstone",
           "Britain to send 300 Brimstone missiles to Ukraine",
           "LONDON (Wire) - Britain will send 300 Brimstone missiles to Ukraine in the coming weeks, the "
           "defence secretary told parliament on Tuesday."),
    report("WK-EN-06", "en", WIRE, TUE, "uk-brimstone",
           "CORRECTED-Britain to send 200 Brimstone missiles to Ukraine",
           "LONDON (Wire) - Britain will send 200 Brimstone missiles to Ukraine in the coming weeks, the "
           "defence secretary told parliament on Tuesday. (Corrects number of missiles to 200, not 300.)"),
    report("WK-FR-04", "fr", AGENCE, TUE, "uk-brimstone",
           "Londres va envoyer 200 missiles Brimstone à l'Ukraine",
           "LONDRES (Agence) - Le Royaume-Uni va fournir 200 missiles Brimstone à l'Ukraine dans les "
           "prochaines semaines, a annoncé mardi le ministre britannique de la Défense devant les députés."),
    # France's howitzers.
    report("WK-FR-05", "fr", AGENCE, TUE, "fr-caesar",
           "La France va livrer 12 canons Caesar supplémentaires à l'Ukraine",
           "PARIS (Agence) - La France livrera 12 canons Caesar supplémentaires à l'Ukraine d'ici l'été, a "
           "annoncé mardi le ministre des Armées."),
    report("WK-EN-07", "en", PAPER, TUE, "fr-caesar",
           "France to deliver 12 more Caesar howitzers to Kyiv",
           "PARIS (Paper) - France will deliver 12 more Caesar self-propelled howitzers to Ukraine by the "
           "summer, the armed forces minister said on Tuesday."),
    # --- Wednesday ---------------------------------------------------------------------------------------
    # The contact group meeting: three round-ups (the meeting), two national pledges made there (each its
    # own announcement).
    report("WK-EN-08", "en", WIRE, WED, "ramstein",
           "Allies pledge drones and artillery at Ramstein meeting on Ukraine",
           "RAMSTEIN (Wire) - Defence ministers of the Ukraine Defense Contact Group met at Ramstein air base "
           "on Wednesday and pledged more drones, artillery and air defence for Kyiv. The Netherlands "
           "promised 300 million euros for drones and Sweden eight Archer howitzers."),
    report("WK-FR-06", "fr", AGENCE, WED, "ramstein",
           "Réunion de Ramstein : les alliés promettent drones et artillerie à l'Ukraine",
           "RAMSTEIN (Agence) - Les ministres de la Défense du groupe de contact pour l'Ukraine, réunis "
           "mercredi à Ramstein, ont promis davantage de drones, d'artillerie et de défense antiaérienne à "
           "Kiev."),
    report("WK-DE-04", "de", AGENTUR, WED, "ramstein",
           "Ukraine-Kontaktgruppe in Ramstein: Verbündete sagen Drohnen und Artillerie zu",
           "RAMSTEIN (Agentur) - Die Verteidigungsminister der Ukraine-Kontaktgruppe haben am Mittwoch in "
           "Ramstein weitere Drohnen, Artillerie und Flugabwehr für Kiew zugesagt."),
    report("WK-EN-09", "en", WIRE, WED, "nl-drones",
           "Netherlands pledges 300 million euros for Ukrainian drones",
           "RAMSTEIN (Wire) - The Netherlands will spend 300 million euros on long-range drones for Ukraine, "
           "the Dutch defence minister said on Wednesday at the contact group meeting."),
    report("WK-DE-05", "de", ZEITUNG, WED, "nl-drones",
           "Niederlande geben 300 Millionen Euro für Drohnen für die Ukraine",
           "RAMSTEIN (Zeitung) - Die Niederlande stellen 300 Millionen Euro für Langstreckendrohnen für die "
           "Ukraine bereit, sagte der niederländische Verteidigungsminister am Mittwoch in Ramstein."),
    report("WK-EN-10", "en", PAPER, WED, "se-archer",
           "Sweden to send eight more Archer howitzers to Ukraine",
           "RAMSTEIN (Paper) - Sweden will send eight more Archer self-propelled howitzers to Ukraine, its "
           "defence minister said on Wednesday on the sidelines of the contact group meeting."),
    report("WK-FR-07", "fr", AGENCE, WED, "se-archer",
           "La Suède va envoyer huit obusiers Archer supplémentaires à l'Ukraine",
           "RAMSTEIN (Agence) - La Suède va envoyer huit obusiers automoteurs Archer supplémentaires à "
           "l'Ukraine, a indiqué mercredi son ministre de la Défense en marge de la réunion de Ramstein."),
    # Norway's package, step two: the Storting's vote (recalling Monday's proposal).
    report("WK-EN-11", "en", WIRE, WED, "no-approved",
           "Norway's parliament approves 5 billion crown Ukraine package",
           "OSLO (Wire) - Norway's parliament on Wednesday approved the government's 5 billion crown military "
           "aid package for Ukraine, which includes NASAMS launchers, two days after it was proposed."),
    report("WK-DE-06", "de", AGENTUR, WED, "no-approved",
           "Norwegisches Parlament billigt Militärhilfe über 5 Milliarden Kronen",
           "OSLO (Agentur) - Das norwegische Parlament hat am Mittwoch das Militärhilfepaket der Regierung für "
           "die Ukraine über 5 Milliarden Kronen gebilligt. Es umfasst auch NASAMS-Startgeräte."),
    # --- Thursday ----------------------------------------------------------------------------------------
    # Germany's second air defence pledge: the same wire headline as Monday's, another system.
    report("WK-EN-12", "en", WIRE, THU, "de-patriot",
           "Germany pledges more air defence for Ukraine",
           "BERLIN (Wire) - Germany will give Ukraine a third Patriot air defence system from Bundeswehr "
           "stocks, Defence Minister Hans Keller said on Thursday, three days after promising two IRIS-T "
           "systems."),
    report("WK-DE-07", "de", AGENTUR, THU, "de-patriot",
           "Deutschland gibt der Ukraine ein drittes Patriot-System",
           "BERLIN (Agentur) - Deutschland überlässt der Ukraine ein drittes Patriot-Flugabwehrsystem aus "
           "Beständen der Bundeswehr, teilte Verteidigungsminister Hans Keller am Donnerstag mit."),
    report("WK-FR-08", "fr", AGENCE, THU, "de-patriot",
           "L'Allemagne va céder un troisième système Patriot à l'Ukraine",
           "BERLIN (Agence) - L'Allemagne va céder à l'Ukraine un troisième système de défense antiaérienne "
           "Patriot prélevé sur les stocks de la Bundeswehr, a annoncé jeudi le ministre Hans Keller."),
    # France's jets: handed over.
    report("WK-FR-09", "fr", AGENCE, THU, "fr-mirage",
           "Les premiers Mirage 2000 français livrés à l'Ukraine",
           "PARIS (Agence) - Les trois premiers avions de combat Mirage 2000-5 promis par la France ont été "
           "livrés à l'Ukraine, a annoncé jeudi le ministère des Armées."),
    report("WK-DE-08", "de", ZEITUNG, THU, "fr-mirage",
           "Frankreich übergibt der Ukraine die ersten Mirage-Kampfjets",
           "PARIS (Zeitung) - Frankreich hat der Ukraine die ersten drei Kampfflugzeuge vom Typ Mirage 2000-5 "
           "übergeben, teilte das Armeeministerium am Donnerstag mit."),
    report("WK-EN-13", "en", WIRE, THU, "un-convoy",
           "UN convoy brings food and medicine to Kharkiv region",
           "KHARKIV (Wire) - A United Nations convoy of 14 trucks delivered food, water and medicine to "
           "villages in the Kharkiv region on Thursday.", relevant=False),
    # --- Friday ------------------------------------------------------------------------------------------
    # The upper chamber's vote: its own event, recalling the House's.
    report("WK-EN-14", "en", WIRE, FRI, "us-senate",
           "U.S. Senate passes $45 billion Ukraine aid bill, sending it to the president",
           "WASHINGTON (Wire) - The U.S. Senate passed the $45 billion military aid bill for Ukraine on "
           "Friday by 70 votes to 29, sending it to the president to sign. The House approved it on Tuesday."),
    report("WK-DE-09", "de", AGENTUR, FRI, "us-senate",
           "US-Senat billigt 45 Milliarden Dollar Militärhilfe für die Ukraine",
           "WASHINGTON (Agentur) - Nach dem Repräsentantenhaus hat am Freitag auch der US-Senat die "
           "Militärhilfe für die Ukraine in Höhe von 45 Milliarden Dollar gebilligt. Nun muss der Präsident "
           "das Gesetz unterzeichnen."),
    report("WK-FR-10", "fr", AGENCE, FRI, "us-senate",
           "Le Sénat américain adopte à son tour l'aide militaire de 45 milliards de dollars à l'Ukraine",
           "WASHINGTON (Agence) - Le Sénat américain a adopté vendredi le projet de loi de 45 milliards de "
           "dollars d'aide militaire à l'Ukraine, déjà voté mardi par la Chambre des représentants."),
    # An analysis of Wednesday's meeting: the meeting.
    report("WK-EN-15", "en", PAPER, FRI, "ramstein",
           "Analysis: Ramstein meeting leaves Ukraine short of air defence interceptors",
           "LONDON (Paper) - Wednesday's contact group meeting at Ramstein brought drones and howitzers for "
           "Ukraine but few of the air defence interceptors Kyiv asked for, officials and analysts say."),
    # Britain's second package of the week, and the wire's update of its own report.
    report("WK-EN-16", "en", WIRE, FRI, "uk-drones",
           "Britain to supply 10,000 drones to Ukraine this year",
           "LONDON (Wire) - Britain will supply 10,000 attack drones to Ukraine this year under a new 350 "
           "million pound contract, the defence ministry said on Friday."),
    report("WK-EN-17", "en", WIRE, FRI, "uk-drones",
           "UPDATE 1-Britain to supply 10,000 drones to Ukraine this year",
           "LONDON (Wire) - Britain will supply 10,000 attack drones to Ukraine this year under a new 350 "
           "million pound contract, the defence ministry said on Friday. The drones will be built by British "
           "firms, the defence secretary added."),
    report("WK-DE-10", "de", AGENTUR, FRI, "uk-drones",
           "Großbritannien liefert der Ukraine 10.000 Drohnen",
           "LONDON (Agentur) - Großbritannien liefert der Ukraine in diesem Jahr 10.000 Angriffsdrohnen im "
           "Rahmen eines Vertrags über 350 Millionen Pfund, teilte das Verteidigungsministerium am Freitag mit."),
    # --- Saturday ----------------------------------------------------------------------------------------
    # Norway's package, step three: the first NASAMS arrive (recalling the vote).
    report("WK-EN-18", "en", WIRE, SAT, "no-delivered",
           "First NASAMS launchers from Norway's new package arrive in Ukraine",
           "OSLO (Wire) - The first two NASAMS launchers of Norway's 5 billion crown package have arrived in "
           "Ukraine, the Norwegian defence ministry said on Saturday, three days after parliament approved "
           "the aid."),
    report("WK-FR-11", "fr", AGENCE, SAT, "no-delivered",
           "Les premiers lanceurs NASAMS norvégiens sont arrivés en Ukraine",
           "OSLO (Agence) - Les deux premiers lanceurs NASAMS du paquet norvégien de 5 milliards de couronnes "
           "sont arrivés en Ukraine, a indiqué samedi le ministère norvégien de la Défense."),
    report("WK-DE-11", "de", AGENTUR, SAT, "no-delivered",
           "Erste NASAMS-Startgeräte aus Norwegen in der Ukraine eingetroffen",
           "OSLO (Agentur) - Die ersten zwei NASAMS-Startgeräte aus dem norwegischen Hilfspaket über 5 "
           "Milliarden Kronen sind in der Ukraine eingetroffen, teilte das Verteidigungsministerium am Samstag "
           "mit."),
    # The Netherlands' second package of the week: armoured vehicles ordered for Ukraine.
    report("WK-EN-19", "en", PAPER, SAT, "nl-cv90",
           "Netherlands orders 20 CV90 infantry fighting vehicles for Ukraine",
           "THE HAGUE (Paper) - The Netherlands has ordered 20 CV90 infantry fighting vehicles for Ukraine "
           "from BAE Systems Hägglunds for 400 million euros, the Dutch defence ministry said on Saturday."),
    report("WK-DE-12", "de", ZEITUNG, SAT, "nl-cv90",
           "Niederlande bestellen 20 CV90-Schützenpanzer für die Ukraine",
           "DEN HAAG (Zeitung) - Die Niederlande haben für die Ukraine 20 Schützenpanzer vom Typ CV90 für 400 "
           "Millionen Euro bestellt, teilte das Verteidigungsministerium am Samstag mit."),
    # Sweden's second package of the week: its 22nd.
    report("WK-EN-20", "en", WIRE, SAT, "se-22nd",
           "Sweden unveils 22nd military aid package for Ukraine worth 3 billion crowns",
           "STOCKHOLM (Wire) - Sweden unveiled its 22nd military aid package for Ukraine on Saturday, worth 3 "
           "billion crowns and including air surveillance radars and patrol boats."),
    report("WK-FR-12", "fr", AGENCE, SAT, "se-22nd",
           "La Suède annonce un 22e paquet d'aide militaire à l'Ukraine",
           "STOCKHOLM (Agence) - La Suède a annoncé samedi son 22e paquet d'aide militaire à l'Ukraine, d'une "
           "valeur de 3 milliards de couronnes, avec des radars de surveillance aérienne et des patrouilleurs."),
    # --- Sunday ------------------------------------------------------------------------------------------
    # Kyiv's thanks for the launchers received: the delivery's follow-up.
    report("WK-EN-21", "en", PAPER, SUN, "no-delivered",
           "Ukraine thanks Norway for NASAMS launchers",
           "KYIV (Paper) - Ukraine's defence minister thanked Norway on Sunday for the two NASAMS launchers "
           "that arrived this week, saying they were already protecting the capital."),
    # Germany's third news of the week: a delivery.
    report("WK-DE-13", "de", AGENTUR, SUN, "de-gepard",
           "Deutschland hat der Ukraine 15 weitere Gepard-Panzer geliefert",
           "BERLIN (Agentur) - Deutschland hat der Ukraine 15 weitere Flugabwehrkanonenpanzer vom Typ Gepard "
           "geliefert, teilte die Bundesregierung am Sonntag mit."),
    report("WK-EN-22", "en", WIRE, SUN, "de-gepard",
           "Germany has delivered 15 more Gepard anti-aircraft guns to Ukraine",
           "BERLIN (Wire) - Germany has delivered 15 more Gepard self-propelled anti-aircraft guns to Ukraine, "
           "the German government said on Sunday."),
    report("WK-FR-13", "fr", AGENCE, SUN, "cz-leopard",
           "L'armée tchèque reçoit ses premiers chars Leopard 2A8",
           "PRAGUE (Agence) - L'armée tchèque a reçu dimanche ses deux premiers chars Leopard 2A8 commandés "
           "en Allemagne.", relevant=False),
]

# Chaining (bot/core/stories/scoring/chains.py). Invented reports, labelled before their first run: Denmark's 19
# Caesar of Monday (the wire with the count, an agency without it, both naming Monday) and another batch of
# eight told with no day; Belgium's six F-16 of Wednesday (with and without the count) and twelve more told
# the next day with no day named. The report without a figure agrees with either batch; the story it joined
# must not take the other batch through it.
_DK_19_EN = ("en", "Denmark to send 19 more Caesar howitzers to Ukraine",
             "COPENHAGEN (Wire) - Denmark will send 19 more Caesar self-propelled howitzers to Ukraine, the "
             "defence minister said on Monday.")
_DK_19_DE = ("de", "Dänemark schickt weitere Caesar-Haubitzen in die Ukraine",
             "KOPENHAGEN (Agentur) - Dänemark schickt der Ukraine weitere Radhaubitzen vom Typ Caesar, sagte der "
             "Verteidigungsminister am Montag.")
_DK_8_DE = ("de", "Dänemark schickt acht weitere Caesar-Haubitzen in die Ukraine",
            "KOPENHAGEN (Zeitung) - Dänemark schickt der Ukraine acht weitere Radhaubitzen vom Typ Caesar aus "
            "einem gemeinsamen Kauf mit Frankreich.")
_BE_6_EN = ("en", "Belgium to give Ukraine six more F-16 jets this year",
            "BRUSSELS (Wire) - Belgium will give Ukraine six more F-16 fighter jets this year, the Belgian defence "
            "minister said on Wednesday.")
_BE_6_FR = ("fr", "La Belgique va donner des F-16 supplémentaires à l'Ukraine",
            "BRUXELLES (Agence) - La Belgique va céder d'autres avions de combat F-16 à l'Ukraine cette année, a "
            "annoncé mercredi le ministre belge de la Défense.")
_BE_12_FR = ("fr", "Bruxelles cédera douze F-16 de plus à Kiev d'ici 2029",
             "BRUXELLES (Journal) - La Belgique cédera douze avions de combat F-16 de plus à l'Ukraine d'ici 2029, "
             "selon le Premier ministre belge.")
# Controls: an agency's corrected re-send changes its figure (the other outlets then tell the corrected
# one), and outlets giving close figures for one delivery (one event, round 24).
_NO_SHELLS_EN = ("en", "Norway has delivered about 60,000 artillery shells to Ukraine this year",
                 "OSLO (Wire) - Norway has delivered about 60,000 artillery shells to Ukraine this year, the "
                 "defence minister said on Thursday.")
_NO_SHELLS_DE = ("de", "Norwegen hat der Ukraine in diesem Jahr rund 60.000 Artilleriegranaten geliefert",
                 "OSLO (Agentur) - Norwegen hat der Ukraine in diesem Jahr rund 60.000 Artilleriegranaten geliefert, "
                 "sagte der Verteidigungsminister am Donnerstag.")
_NO_SHELLS_FR = ("fr", "La Norvège a livré 70 000 obus à l'Ukraine depuis janvier",
                 "OSLO (Agence) - La Norvège a livré 70 000 obus d'artillerie à l'Ukraine depuis janvier, a indiqué "
                 "jeudi le ministre norvégien de la Défense.")


# The chains of the end of this file replayed (in 7 orders, both date modes, as the week): Denmark's 19
# Caesar of Monday (the wire with the count, an agency without it) and a batch of eight told the next day with
# no day named; Belgium's six F-16 of Wednesday (with and without the count) and twelve more told the next
# day with no day named. Labelled before their first run; the twelve F-16 were first written as the same
# French agency's report, which the matcher read as that agency's update of its figureless one (same feed,
# 0.8 alike), and moved to another outlet in other words, label unchanged.
CHAINS = [
    report("CH-EN-01", "en", WIRE, MON, "dk-19", *_DK_19_EN[1:]),
    report("CH-DE-01", "de", AGENTUR, MON, "dk-19", *_DK_19_DE[1:]),
    report("CH-DE-02", "de", ZEITUNG, TUE, "dk-8", *_DK_8_DE[1:]),
    report("CH-EN-02", "en", WIRE, WED, "be-f16-6", *_BE_6_EN[1:]),
    report("CH-FR-01", "fr", AGENCE, WED, "be-f16-6", *_BE_6_FR[1:]),
    report("CH-FR-02", "fr", "Journal FR", THU, "be-f16-12", *_BE_12_FR[1:]),
]

DAYS = {"week": WEEK, "chains": CHAINS}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the week leaves: (check, day, dates) -> what is read instead (strict xfails). Kyiv's Sunday thanks
# (conflict 'weekday' with Saturday's arrival) was left here until thanks.py read it as the delivery's
# follow-up.
# The chains on main's code (at 416c538), every order and both modes: each chain one story (pair precision
# 0.33), 2 of 4 events hidden. With chains.py, right in the file's order, shuffle 2 and newest first (6 of 14
# runs); in shuffles 1, 3, 4 and 5 the report naming no figure, arriving after the other batch opened a
# story (or opening the story that batch then joins), was in that batch's story (it agrees with both): 1 or 2
# wrong pairs, and in shuffles 1, 4 and 5 one event hidden (the story the other batch joined was led by the
# figureless report). Round 27 (bot/core/stories/resplits.py): the figureless report sides with the batch it
# shares more of what names one event with (the weekday both name), whichever came first: a newcomer kept out
# of a story by the other batch's members takes their place when the story's opening report sides with it
# (they leave for a story of their own, with its own alert), or leaves with the figureless members siding
# with it; a report qualifying for both batches' stories joins the one it sides with. Every order, both
# modes: precision and recall 1.00, nothing hidden.
LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_week_is_as_briefed() -> None:
    """40-60 reports over seven days, in English, French and German, ids unique."""
    assert 40 <= len(WEEK) <= 60
    assert len({item["date"] for item in WEEK}) == 7
    assert {item["lang"] for item in WEEK} == {"en", "fr", "de"}
    assert len({item["id"] for item in WEEK}) == len(WEEK)


def _told(report_id: str) -> tuple[str, str, str]:
    item = next(item for item in WEEK if item["id"] == report_id)
    return item["lang"], item["title"], item["summary"]


# Two chambers' votes on one bill (two events, see the docstring), published hours apart (dated now) and three
# days apart (as published); and the reports of one chamber's vote in three languages (one event).
CHAMBER_PAIRS = [
    pair_case("house-then-senate-same-day-en", _told("WK-EN-04"), _told("WK-EN-14"), 3, False),
    pair_case("house-then-senate-same-day-en-fr", _told("WK-EN-04"), _told("WK-FR-10"), 3, False),
    pair_case("house-then-senate-same-day-de-fr", _told("WK-DE-03"), _told("WK-FR-10"), 3, False),
    pair_case("house-then-senate-three-days-de-fr", _told("WK-DE-03"), _told("WK-FR-10"), 72, False),
    # The Senate's report recalls the House's Tuesday: a weekday shared.
    pair_case("house-then-senate-three-days-en-fr", _told("WK-EN-04"), _told("WK-FR-10"), 72, False),
    pair_case("house-then-senate-three-days-fr-de", _told("WK-FR-03"), _told("WK-DE-09"), 72, False),
    pair_case("one-house-vote-en-fr", _told("WK-EN-04"), _told("WK-FR-03"), 3, True),
    pair_case("one-house-vote-en-de", _told("WK-EN-04"), _told("WK-DE-03"), 3, True),
    pair_case("one-senate-vote-en-de", _told("WK-EN-14"), _told("WK-DE-09"), 3, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), CHAMBER_PAIRS)
def test_chamber_votes(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("lead", "told"), [
    ("U.S. House passes aid bill\n\nThe House passed the bill on Tuesday.", {"lower chamber vote"}),
    # The headline's chamber is the news, though the lead recalls the other's vote.
    ("Senate passes aid bill\n\nThe House approved it on Tuesday; the Senate passed it on Friday.",
     {"upper chamber vote"}),
    ("La Chambre des représentants a adopté mardi le texte.", {"lower chamber vote"}),
    ("Das US-Repräsentantenhaus hat am Dienstag die Hilfe gebilligt.", {"lower chamber vote"}),
    ("Le Sénat américain a adopté vendredi le texte, déjà voté par la Chambre.", {"upper chamber vote"}),
    ("US-Senat billigt Militärhilfe", {"upper chamber vote"}),
    # A parliament or congress with no chamber named: no chamber; a vote still to come: none.
    ("Norway's parliament on Wednesday approved the package.", set()),
    ("Congress passed the bill on Friday.", set()),
    ("The bill still needs the approval of the Senate.", set()),
])
def test_the_chamber_that_voted(lead, told):
    from bot.core.stories.evidence.approvals import chamber_voting
    from bot.core.text import fold

    assert chamber_voting(fold(lead)) == told


def _story_of(analyzer, *reports):
    """The fingerprint of a story the reports joined in this order (each its own feed)."""
    from tests.support.story_pairs import report_fingerprint

    first, *rest = [report_fingerprint(analyzer, *told, feed=feed) for feed, told in enumerate(reports, start=1)]
    for joining in rest:
        first = first.with_member(joining)
    return first


def _joins(analyzer, story_reports, newcomer, hours: float = 3, feed: int = 99) -> bool:
    """Whether `newcomer` (from feed `feed`; the story's reports come from feeds 1, 2, ...) joins the story
    of `story_reports`, published `hours` after it opened."""
    from datetime import UTC, datetime, timedelta

    from bot.core.stories.matching import StoryCandidate, matching_stories
    from tests.support.story_pairs import report_fingerprint

    opened = datetime(2027, 5, 10, 9, tzinfo=UTC)
    story = StoryCandidate(1, _story_of(analyzer, *story_reports), opened, frozenset(range(1, len(story_reports) + 1)))
    fp = report_fingerprint(analyzer, *newcomer, feed=feed)
    return bool(matching_stories(fp, opened + timedelta(hours=hours), [story]))


@pytest.mark.parametrize(("story", "newcomer", "one_event"), [
    # The chain: the story holds the count, the newcomer another one, and only the figureless member agrees.
    pytest.param((_DK_19_EN, _DK_19_DE), _DK_8_DE, False, id="dk-19-story-takes-no-8"),
    pytest.param((_BE_6_EN, _BE_6_FR), _BE_12_FR, False, id="be-6-story-takes-no-12"),
    # The figureless report alone agrees with either batch (no figure to tell them apart): the pair rules.
    pytest.param((_DK_19_DE,), _DK_8_DE, True, id="dk-figureless-alone-takes-8"),
    # Controls: the story's own copies join as before.
    pytest.param((_DK_19_DE, _DK_19_EN), _DK_19_EN, True, id="dk-19-copy-joins"),
    pytest.param((_BE_6_FR, _BE_6_EN), _BE_6_EN, True, id="be-6-copy-joins"),
    # Close figures of one delivery ("about 60,000", "70 000") still join a story of the rough one.
    pytest.param((_NO_SHELLS_EN, _NO_SHELLS_DE), _NO_SHELLS_FR, True, id="close-figures-join"),
])
def test_a_story_grown_by_chaining_takes_no_report_contradicting_its_figures(story, newcomer, one_event, analyzer):
    assert _joins(analyzer, story, newcomer) is one_event


def test_a_corrected_figure_holds_nothing_against_the_copies_of_the_correction(analyzer):
    """The wire's "300 Brimstone" and its CORRECTED- "200" in one story: the agency's "200" joins it."""
    story = (_told("WK-EN-05"), _told("WK-EN-06"))
    assert _joins(analyzer, story, _told("WK-FR-04"))


def test_a_first_version_joins_the_story_of_its_correction(analyzer):
    """Control: the correction ("200") and the agency's copy of it in one story: the wire's first version ("300"),
    arriving late from the same wire, is revised by the story's correction and so held to nothing
    (chains._revised)."""
    story = (_told("WK-EN-06"), _told("WK-FR-04"))
    assert _joins(analyzer, story, _told("WK-EN-05"), feed=1)


def test_a_lead_number_that_counts_no_pledge_contradicts_nothing(analyzer):
    """Only the pledges' own counts are held against a newcomer: "hundreds of missiles" or "more than
    ten launchers in Ukraine" beside the news count nothing given (same_event.figures_contradict)."""
    explainer = ("en", "Explainer: why Denmark's Caesar howitzers matter to Ukraine",
                 "COPENHAGEN (Paper) - Denmark's promise on Monday of more Caesar howitzers will take the "
                 "number of the French-made guns in Ukraine well beyond 100, analysts say.")
    assert _joins(analyzer, (_DK_19_EN, _DK_19_DE), explainer)


def test_two_stories_a_figureless_report_links_are_not_merged_when_their_figures_contradict(analyzer):
    """Denmark's 19 and 8 opened two stories; the report without a count qualifies for both (it agrees
    with each): they stay two stories (merges.may_merge), though it joins one."""
    from datetime import UTC, datetime

    from bot.core.stories.matching import StoryCandidate
    from bot.core.stories.merges import plan_merge
    from tests.support.story_pairs import report_fingerprint

    opened = datetime(2027, 5, 10, 9, tzinfo=UTC)
    nineteen = StoryCandidate(1, report_fingerprint(analyzer, *_DK_19_EN, feed=1), opened, frozenset({1}))
    eight = StoryCandidate(2, report_fingerprint(analyzer, *_DK_8_DE, feed=2), opened, frozenset({2}))
    figureless = report_fingerprint(analyzer, *_DK_19_DE, feed=3)
    assert plan_merge([nineteen, eight], shown=set(), newcomer=figureless) is None


# A recipient's thanks for a delivery (thanks.py): the arrival's follow-up a day later, not a promise's.
_THANKS_FOR_THE_PACKAGE = ("en", "Ukraine thanks Norway for 5 billion crown aid package",
                           "KYIV (Paper) - Ukraine's defence minister thanked Norway on Thursday for the 5 billion "
                           "crown military aid package its parliament approved, which includes NASAMS launchers.")
THANKS_PAIRS = [
    pair_case("thanks-a-day-after-the-arrival", _told("WK-EN-18"), _told("WK-EN-21"), 24, True),
    pair_case("thanks-a-day-after-the-arrival-fr", _told("WK-FR-11"), _told("WK-EN-21"), 24, True),
    # Thanks for the package approved is no follow-up of the launchers' arrival (a decision, not a delivery).
    pair_case("thanks-for-the-package-apart-from-the-arrival", _told("WK-EN-18"), _THANKS_FOR_THE_PACKAGE, 24,
              False),
    # The delivery's reports and the announcement of the package stay apart, thanks or not.
    pair_case("thanks-apart-from-the-announcement", _told("WK-EN-02"), _told("WK-EN-21"), 24, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), THANKS_PAIRS)
def test_thanks(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
