"""A busy Monday and Wednesday of round 54y (tests/stories/test_story_grouping_54y.py), replayed through the real poller
in 7 orders and both date modes. Every text is invented (the reviewer's day of reread54s, widened); each report was
labelled with its event before the first run. The traps: one EU fund top-up told as 5 billion, as 5.2 billion with no
"about", as the fund's new total and as its two parts, beside another EU decision of that Monday (2 billion euros of
drones); a US package one outlet heads "aims to cut Russia's edge"; Germany's budget one outlet heads "aid spared
from budget cuts"; Germany's pledge and, on Wednesday, its cut told as "halves", "lowers ... instead of the 500
million it had promised" and "kürzt".

Main's code (8761e138), in all 7 orders and both date modes: 3 of 10 true pairs joined, 7 missed (the top-up's
reports split on sums not equal, the package's and the budget's on "cut" read as a cut of aid, the cut's on a cut
read from the headline only), 2 wrong (the "lowers" cut joined the pledge: its headline was read as no cut), the
pledge hidden in 2 of 7 orders. This branch (2026-12-06 18:43 UTC): 10 of 10 joined, no wrong pair, nothing hidden,
in every order and both date modes.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_checks, report

EN, EN2, EN3, FR, DE = "Wire EN", "Paper EN", "Daily EN", "Agence FR", "Agentur DE"
MON, WED = "2028-09-04", "2028-09-06"

BUSY_DAY = [
    report("Y-EN-1", "en", EN, MON, "eu-top-up",
           "EU Council approves 5 billion euros more for Ukraine military aid fund",
           "BRUSSELS (Wire) - The Council of the European Union on Monday approved a 5 billion euro top-up of the "
           "Ukraine Assistance Fund to pay for weapons and ammunition for Kyiv, the Council said in a statement."),
    report("Y-EN-2", "en", EN2, MON, "eu-top-up", "EU approves 5.2 billion euro top-up of Ukraine arms fund",
           "BRUSSELS (Paper) - European Union governments on Monday approved a 5.2 billion euro top-up of the fund "
           "that pays for weapons and ammunition sent to Ukraine, the Council said."),
    report("Y-EN-3", "en", EN3, MON, "eu-top-up", "EU raises Ukraine military aid fund to 17 billion euros",
           "BRUSSELS (Daily) - European Union governments on Monday raised the Ukraine Assistance Fund to 17 billion "
           "euros, paying for weapons and ammunition for Kyiv, the Council said."),
    report("Y-FR-1", "fr", FR, MON, "eu-drones", "L'UE va acheter des drones ukrainiens pour l'armée de Kiev",
           "BRUXELLES (Agence) - Les gouvernements de l'Union européenne ont décidé lundi de consacrer 2 milliards "
           "d'euros à l'achat de drones fabriqués en Ukraine pour ses forces armées, selon des diplomates."),
    report("Y-EN-4", "en", EN, MON, "eu-drones", "EU agrees to buy Ukrainian-made drones for Kyiv's army",
           "BRUSSELS (Wire) - European Union governments on Monday agreed to spend 2 billion euros on drones made "
           "in Ukraine for its armed forces, diplomats said after a meeting of the Council."),
    report("Y-EN-5", "en", EN, MON, "us-package", "US unveils $2 billion weapons package for Ukraine",
           "WASHINGTON (Wire) - The United States on Monday announced a 2 billion dollar package of weapons for "
           "Ukraine including Patriot interceptors and artillery shells, the Pentagon said."),
    report("Y-EN-6", "en", EN2, MON, "us-package", "New US package aims to cut Russia's edge in artillery",
           "WASHINGTON (Paper) - The United States on Monday announced a new 2 billion dollar weapons package for "
           "Ukraine including Patriot interceptors and artillery shells, the Pentagon said."),
    report("Y-DE-1", "de", DE, MON, "de-budget", "Bundesregierung plant acht Milliarden Euro Ukraine-Hilfe für 2029",
           "BERLIN (Agentur) - Die Bundesregierung hat am Montag im Haushaltsentwurf für 2029 acht Milliarden Euro "
           "Militärhilfe für die Ukraine eingeplant, teilte das Finanzministerium mit."),
    report("Y-EN-7", "en", EN2, MON, "de-budget", "Ukraine aid spared from budget cuts in Germany's 2029 plan",
           "BERLIN (Paper) - Germany's government on Monday set aside 8 billion euros for military aid to Ukraine in "
           "its draft budget for 2029, the finance ministry said."),
    report("Y-DE-2", "de", DE, MON, "de-pledge", "Deutschland sagt der Ukraine weitere Militärhilfe zu",
           "BERLIN (Agentur) - Deutschland sagt der Ukraine für dieses Jahr weitere Militärhilfe im Umfang von 500 "
           "Millionen Euro zu, teilte das Verteidigungsministerium in Berlin mit."),
    report("Y-EN-8", "en", EN, MON, "de-pledge", "Germany pledges more military aid to Ukraine",
           "BERLIN (Wire) - Germany pledged Ukraine more military aid worth 500 million euros for this year, the "
           "defence ministry in Berlin said."),
    report("Y-EN-9", "en", EN, WED, "de-cut", "Germany halves military aid promised to Ukraine",
           "BERLIN (Wire) - Germany will give Ukraine 250 million euros in military aid this year instead of the 500 "
           "million euros it had promised, the defence ministry said on Wednesday."),
    report("Y-EN-10", "en", EN2, WED, "de-cut", "Germany lowers Ukraine military aid to 250 million euros",
           "BERLIN (Paper) - Germany will give Ukraine 250 million euros in military aid this year instead of the "
           "500 million euros it had promised, the defence ministry in Berlin said on Wednesday."),
    report("Y-DE-3", "de", DE, WED, "de-cut", "Deutschland kürzt zugesagte Militärhilfe für die Ukraine",
           "BERLIN (Agentur) - Deutschland kürzt die der Ukraine für dieses Jahr zugesagte Militärhilfe im Umfang "
           "von 500 Millionen Euro um die Hälfte, teilte das Verteidigungsministerium am Mittwoch mit."),
]

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays({"54y": BUSY_DAY}, 6, LEFT)

(test_busy_day_54y_every_relevant_report_is_stored, test_busy_day_54y_no_story_joins_two_events,
 test_busy_day_54y_no_event_is_hidden, test_busy_day_54y_every_report_joins_its_events_story) = busy_day_checks(
    BUSY_DAYS)
