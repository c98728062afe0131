"""Stories, review 49: the ninth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: a flash alert and its full write-up twenty minutes later from the same wire (the replay dates
reports by day only, so both carry the same date); two PURL packages paid by different allies on one day; a
coalition meeting where five members each announce something; Kyiv's complaint about a late delivery and the
donor's answer the next day; a backfill deal (a donor's given guns replaced by a new order) told beside the
original gift. Where the conventions leave a case open:
- the flash and its write-up are one event (one announcement);
- the two PURL packages are two events (two payers, two decisions), though both buy US weapons via NATO;
- the coalition meeting is one event, whichever member's announcement a report leads with: the members
  announce at one meeting, and the eval's convention puts one meeting's reports in one event (as a meeting's
  preview and its outcome are one event);
- the complaint and the donor's answer the next day are one event: one late delivery, the answer a reply
  that sets no new aid (a reader wants them in one story, the answer as its update); relabelled by the lead's
  stop-47 ruling: Kyiv's complaint and the donor's answer on another day are two events, each its own
  statement (events "fi-late" and "fi-answer"), as the grouping reads them;
- the gift (day 1) and the backfill order (day 2) are two events: two decisions by different parties (the
  giver's gift to Ukraine; the giver's purchase from the maker to refill its own army), though the backfill
  reports retell the gift as background.

First run (2026-12-06 01:52 UTC, this branch = main at b89c46b, labels as committed in 54ff812 before any run;
load average about 11-14), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published, the
same in both date modes:
- Day A: 7 of 7 relevant stored; 9 pairs; precision 1.00, recall 0.33 (0.44 in 2 orders), no event hidden. The
  two PURL payments never share a story, but the Swedish flash and its write-up are apart, and each payment's
  reports split by what their lead's money buys (funding, air defence or missiles for the same thing).
- Day B: 9 of 9 relevant stored; 12 pairs; precision 1.00, recall 0.08 in every order, no event hidden: the
  coalition's reports are four stories (one per member they lead with, the round-up alone), the complaint's two
  reports of day 1 are apart, and only the donor's answer's two reports are together.
- Day C: 6 of 7 relevant stored (the French backfill order read as not relevant); 4 pairs; precision 0.50,
  recall 0.75 in 6 of 7 orders (the German backfill report joins the gift's story), 1.00 / 1.00 in one; in one
  order the gift's event is hidden.
What is left is a strict xfail (LEFT) per check, day and date mode.

Day C relabelled (round 46, by the stop's ruling from the real set's N-FR-020: a donor replenishing its own
stocks, the gift only its reason, is not relevant): the three backfill-order reports are labelled not relevant.
On main's code (76ce6c8) in the same 7 orders and both date modes: 4 of 4 relevant stored, 3 pairs, precision
1.00, recall 1.00 in every order; the English and German orders are still stored as relevant (not counted by
these checks), and in one order (order 4) the German one opens the story the gift's reports join, hiding the
gift's event.
Round 48 (tests/rules/test_rules_relevance_48.py): a second replacement trap, "A backfill order" (-2), reads a
purchase whose replacement names the weapons already given after it: the three backfill orders are stored as not
relevant (scores 1, 1 and -1), and no order hides the gift's event any more (both date modes, 7 orders): day C's
strict xfail is a plain test.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"


DAY_A = [
    # The flash and its write-up: one event; the Swedish PURL payment.
    report("SA-EN-01", "en", EN, "2028-05-10", "se-purl",
           "FLASH: Sweden to pay $400 million for US weapons for Ukraine under NATO's PURL",
           "STOCKHOLM (Wire) - Sweden will pay $400 million for American weapons for Ukraine through NATO's "
           "PURL scheme, the government said. More follows."),
    report("SA-EN-02", "en", EN, "2028-05-10", "se-purl",
           "Sweden pays $400 million for US Patriot interceptors for Ukraine",
           "STOCKHOLM (Wire) - Sweden will pay $400 million for American Patriot interceptors for Ukraine "
           "through NATO's Prioritised Ukraine Requirements List, Defence Minister Pål Lindqvist said on "
           "Wednesday. The missiles will come from US stocks and should reach Ukraine within weeks, he said. "
           "It is Sweden's second PURL payment this year."),
    report("SA-FR-01", "fr", FR, "2028-05-10", "se-purl",
           "Otan : la Suède paie 400 millions de dollars d'armes américaines pour Kiev",
           "STOCKHOLM (Agence) - La Suède va financer à hauteur de 400 millions de dollars l'achat de missiles "
           "Patriot américains pour l'Ukraine, dans le cadre du mécanisme PURL de l'Otan, a annoncé mercredi "
           "le ministre de la Défense."),
    report("SA-DE-01", "de", DE, "2028-05-10", "se-purl",
           "Schweden finanziert Patriot-Raketen für Kiew über Nato-Programm",
           "STOCKHOLM (Agentur) - Schweden stellt 400 Millionen Dollar bereit, mit denen die Ukraine über das "
           "Nato-Programm PURL amerikanische Patriot-Abfangraketen erhält. Das teilte die Regierung am "
           "Mittwoch mit."),
    # The Canadian PURL payment the same day: another event.
    report("SA-EN-03", "en", EN2, "2028-05-10", "ca-purl",
           "Canada commits US$300 million to PURL for HIMARS rockets for Kyiv",
           "OTTAWA (Paper) - Canada will contribute US$300 million to NATO's PURL mechanism to buy American "
           "HIMARS rockets and artillery shells for Ukraine, the defence minister said on Wednesday."),
    report("SA-FR-02", "fr", FR, "2028-05-10", "ca-purl",
           "Le Canada débloque 300 millions de dollars pour des armes américaines destinées à l'Ukraine",
           "OTTAWA (Agence) - Ottawa versera 300 millions de dollars américains au mécanisme PURL de l'Otan "
           "pour l'achat de roquettes HIMARS et d'obus, a indiqué mercredi le ministre canadien de la "
           "Défense."),
    report("SA-DE-02", "de", DE2, "2028-05-10", "ca-purl",
           "Kanada zahlt 300 Millionen Dollar für US-Raketen an die Ukraine",
           "OTTAWA (Zeitung) - Kanada beteiligt sich mit 300 Millionen US-Dollar am Nato-Programm PURL. Mit "
           "dem Geld werden Raketen für HIMARS-Werfer und Artilleriegranaten aus den USA für die Ukraine "
           "gekauft."),
    # A look-alike: a US sale to another country.
    report("SA-EN-04", "en", EN2, "2028-05-10", "x-swiss",
           "US approves sale of Patriot missiles to Switzerland",
           "WASHINGTON (Paper) - The State Department approved the possible sale of 72 PAC-3 MSE missiles "
           "to Switzerland for its own air defence, worth $1.3 billion.",
           relevant=False),
]

DAY_B = [
    # The coalition meeting: five members announce something; one event. Checked against the real set's
    # convention (round 29): its Ramstein meeting of January 2023 puts the round-up, one member's own pledge
    # report and the meeting's preview in one event, so a capability coalition's sitting is labelled so too.
    report("SB-EN-01", "en", EN, "2028-09-15", "ad-coalition",
           "Air defence coalition members pledge more interceptors for Ukraine at Berlin meeting",
           "BERLIN (Wire) - Members of the German-led air defence coalition for Ukraine pledged new "
           "contributions at a meeting in Berlin on Monday. Germany will send two more IRIS-T SLM systems, "
           "the Netherlands two Patriot launchers, Denmark will pay 100 million euros for IRIS-T missiles, "
           "Norway will give one billion crowns and Canada will fund 50 interceptor drones, officials said."),
    report("SB-DE-01", "de", DE, "2028-09-15", "ad-coalition",
           "Luftverteidigungskoalition: Niederlande sagen zwei weitere Patriot-Startgeräte zu",
           "BERLIN (Agentur) - Beim Treffen der Luftverteidigungskoalition für die Ukraine in Berlin haben die "
           "Niederlande zwei weitere Patriot-Startgeräte zugesagt. Auch Deutschland, Dänemark, Norwegen und "
           "Kanada kündigten am Montag neue Beiträge an."),
    report("SB-FR-01", "fr", FR, "2028-09-15", "ad-coalition",
           "Coalition de défense aérienne : le Danemark financera des missiles IRIS-T pour Kiev",
           "BERLIN (Agence) - Le Danemark versera 100 millions d'euros pour l'achat de missiles IRIS-T "
           "destinés à l'Ukraine, a annoncé lundi son ministre de la Défense lors d'une réunion à Berlin de "
           "la coalition de défense aérienne menée par l'Allemagne."),
    report("SB-EN-02", "en", EN2, "2028-09-15", "ad-coalition",
           "Norway adds one billion crowns for Ukraine's air defence at coalition meeting",
           "OSLO (Paper) - Norway will give one billion crowns for Ukraine's air defence, its defence minister "
           "told a meeting of the air defence coalition in Berlin on Monday."),
    # Kyiv's complaint (day 1) and Helsinki's answer (day 2): two events (relabelled by the lead's
    # stop-47 ruling; first labelled one event, "fi-late").
    report("SB-EN-03", "en", EN, "2028-09-15", "fi-late",
           "Kyiv complains Finnish-promised armoured vehicles are months late",
           "KYIV (Wire) - Ukraine's defence ministry said on Monday that none of the 24 Patria armoured "
           "vehicles Finland promised in the spring had arrived, calling the delay \"hard to explain\"."),
    report("SB-DE-02", "de", DE2, "2028-09-15", "fi-late",
           "Kiew beklagt Verzögerung bei finnischen Radpanzern",
           "KIEW (Zeitung) - Die Ukraine wartet nach eigenen Angaben noch immer auf 24 gepanzerte Fahrzeuge "
           "vom Typ Patria, die Finnland im Frühjahr zugesagt hatte. Kein einziges sei bislang eingetroffen, "
           "hieß es am Montag in Kiew."),
    report("SB-FR-02", "fr", FR, "2028-09-16", "fi-answer",
           "La Finlande assure que ses blindés Patria pour l'Ukraine seront livrés en février",
           "HELSINKI (Agence) - La Finlande a répondu mardi aux critiques de Kiev en assurant que les 24 "
           "véhicules blindés Patria promis à l'Ukraine seraient livrés en février, après leur remise en "
           "état."),
    report("SB-DE-03", "de", DE, "2028-09-16", "fi-answer",
           "Finnland: Patria-Fahrzeuge für die Ukraine kommen im Februar",
           "HELSINKI (Agentur) - Finnland hat die Kritik der Ukraine an verspäteten Lieferungen "
           "zurückgewiesen. Die 24 zugesagten Patria-Radpanzer würden im Februar übergeben, sagte der "
           "Verteidigungsminister am Dienstag."),
    # Another donor's delivery that day, and a look-alike.
    report("SB-EN-04", "en", EN2, "2028-09-16", "pt-shells",
           "Portugal delivers 3,000 artillery shells to Ukraine",
           "LISBON (Paper) - Portugal has delivered 3,000 155 mm artillery shells to Ukraine, the defence "
           "ministry said on Tuesday."),
    report("SB-FR-03", "fr", FR, "2028-09-16", "x-iran",
           "Téhéran présente un nouveau missile balistique lors d'un défilé",
           "TÉHÉRAN (Agence) - L'Iran a présenté mardi un missile d'une portée de 2 000 km, lors d'un défilé "
           "militaire dans la capitale.",
           relevant=False),
]

DAY_C = [
    # The gift (day 1): one event.
    report("SC-EN-01", "en", EN, "2028-06-20", "dk-caesar-gift",
           "Denmark to give Ukraine all 19 of its Caesar howitzers",
           "COPENHAGEN (Wire) - Denmark will give Ukraine all 19 of its Caesar self-propelled howitzers, the "
           "defence minister said on Tuesday, leaving the Danish army without heavy guns until replacements "
           "arrive."),
    report("SC-FR-01", "fr", FR, "2028-06-20", "dk-caesar-gift",
           "Le Danemark cède à l'Ukraine l'ensemble de ses 19 canons Caesar",
           "COPENHAGUE (Agence) - Le Danemark va donner à l'Ukraine ses 19 canons automoteurs Caesar, a "
           "annoncé mardi le ministre danois de la Défense."),
    report("SC-DE-01", "de", DE, "2028-06-20", "dk-caesar-gift",
           "Dänemark gibt der Ukraine alle Caesar-Haubitzen",
           "KOPENHAGEN (Agentur) - Dänemark überlässt der Ukraine alle 19 Panzerhaubitzen vom Typ Caesar. Das "
           "kündigte der Verteidigungsminister am Dienstag an."),
    # The backfill order (day 2), retelling the gift: another event; relabelled not relevant by the stop's
    # ruling (the real set's N-FR-020: a donor replenishing its own stocks, the gift only its reason, is not
    # relevant); first labelled relevant.
    report("SC-EN-02", "en", EN2, "2028-06-21", "dk-backfill",
           "Denmark orders 24 new Caesar guns from KNDS to replace those sent to Ukraine",
           "COPENHAGEN (Paper) - Denmark has ordered 24 Caesar Mk II howitzers from KNDS France for about "
           "300 million euros, a day after it said it would give all 19 of its current Caesars to Ukraine, the "
           "ministry said on Wednesday. The first new guns are due in 2030.",
           relevant=False),
    report("SC-DE-02", "de", DE2, "2028-06-21", "dk-backfill",
           "KNDS liefert Dänemark Ersatz für an Kiew abgegebene Caesar-Geschütze",
           "KOPENHAGEN (Zeitung) - Dänemark bestellt bei KNDS 24 neue Haubitzen vom Typ Caesar Mk II für rund "
           "300 Millionen Euro. Sie ersetzen die 19 Geschütze, die Kopenhagen der Ukraine überlässt.",
           relevant=False),
    report("SC-FR-02", "fr", FR, "2028-06-21", "dk-backfill",
           "Copenhague commande 24 Caesar Mk II pour remplacer les canons donnés à Kiev",
           "COPENHAGUE (Agence) - Le Danemark a commandé mercredi 24 canons Caesar Mk II à KNDS France pour "
           "environ 300 millions d'euros, afin de remplacer les 19 pièces cédées à l'Ukraine.",
           relevant=False),
    # Another delivery and a look-alike.
    report("SC-EN-03", "en", EN, "2028-06-21", "cz-shells",
           "Czechia delivers 50,000 large-calibre shells to Ukraine in May",
           "PRAGUE (Wire) - Czechia delivered 50,000 rounds of large-calibre ammunition to Ukraine in May, the "
           "government said on Wednesday."),
    report("SC-FR-03", "fr", FR, "2028-06-21", "x-nk",
           "La Corée du Nord tire deux missiles balistiques en mer du Japon",
           "SÉOUL (Agence) - Pyongyang a tiré mercredi deux missiles de courte portée, selon l'état-major "
           "sud-coréen.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails), from the first run.
_FLASH_AND_PURL_SPLIT = (
    "recall 0.67 in 5 of 7 orders, 0.56 in 2 (both date modes; 0.56 in 5 and 0.67 in 2 before stories round 31, "
    "0.33/0.44 at the first run): round 29 (same_event.one_payment_told_two_ways) made a payment told as funding "
    "and as what it buys one lead, so the Canadian payment's three reports are one story in every order; round 31 "
    "(tests/stories/test_story_grouping_31.py) made the wire's flash SA-EN-01 the first version its own write-up "
    "SA-EN-02 revises (one feed's two reports joined only as a revision). Left: SA-DE-01 reads (SE, air_defence, "
    "delivered) from 'mit denen die Ukraine ... Patriot-Abfangraketen erhält' (what the money buys read as "
    "arrived: the pledge extractor's reading), which conflicts in phase with the write-up's Patriot, so whichever "
    "of the two joins the flash first keeps the other out")
_COALITION_AND_COMPLAINT_SPLIT = (
    "recall 0.25 in every order and both date modes (0.08 at the first run): the complaint's two reports of day 1 "
    "now join (SB-EN-03 reads the 24 Patria as pledged), and the answer's two are together. Left by design: the "
    "coalition's single-member reports (NL, DK, NO) conflict on donors with one another, and the round-up, whose "
    "headline names no government, shares no figure of its lead and too few words with each; the grouping keeps "
    "one government's pledge made at a meeting apart from the meeting's round-up and from another government's "
    "(docs/story-grouping.md: 'a headline naming only a group against one naming a country first'), where the "
    "probe labels the sitting one event")
LEFT: dict[tuple[str, str, str], str] = {
    **{("joined", "A", dates): _FLASH_AND_PURL_SPLIT for dates in ("today", "real")},
    **{("joined", "B", dates): _COALITION_AND_COMPLAINT_SPLIT for dates in ("today", "real")},
}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)


def test_the_backfill_orders_are_stored_as_not_relevant(analyzer) -> None:
    """Day C's backfill orders, as the poller reads them (round 48): stored as relevant, the German one could open
    the story the gift's reports then joined, hiding the gift's event."""
    backfills = [item for item in DAY_C if item["event"] == "dk-backfill"]
    assert len(backfills) == 3
    assert [item["id"] for item in backfills
            if analyzer.analyze(item["title"], item["summary"], item["lang"]).relevant] == []
