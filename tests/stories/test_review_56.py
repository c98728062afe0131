"""Stories, review 56: the sixteenth held-out probe of story grouping, three small busy days of reports written
by someone who did not write the grouping rules. Every text and figure is invented for this file; none is
taken from the real-article set. Each report was labelled by hand with its event before the first run,
following ../shared/eval/README.md (reports of one announcement, meeting or delivery share an event).
The traps: one donor (Norway) with two distinct announcements on one day, fuel and body armour shipped (told
by quantity in litres and sets, three languages) and two NASAMS launchers promised (two languages, one
recalling the morning's shipment), beside a wire's one-line "URGENT" flash on Belgium's F-16s and its full
version in the same feed, and a French report of it (they should be one story), with Japanese blankets and
Indian guns for Armenia as look-alikes; two donors' Leopard 1 tanks on one day with the same count (twenty
Danish tanks handed over, told once through Denmark's embassy, and twenty Greek tanks promised once
replacements arrive), beside a chancellor's speech listing aid by year, with the Bundeswehr's own Leopard 2A8
order and a handball match against Ukraine as look-alikes; and a Czech promise told with "not only ... but
also", a Slovak refusal told with "neither ... nor" whose French report recalls the Czech promise, Poland's and
Lithuania's drones told with "both ... each", and a German general's retirement profile, with Harpoons for
Taiwan and rugby's "artillerie lourde" as look-alikes. Where the conventions leave a case open:
- the flash and the full version of one wire story, and another outlet's report of it, are one event;
- Norway's fuel shipment and its NASAMS promise of the same day are two events (two announcements, two kinds
  of aid), even where the afternoon's report recalls the morning's ("hours after");
- the Danish delivery and the Greek promise are two events though both are twenty Leopard 1s on one day (two
  donors, two phases); the Danish embassy's report of the handover is the Danish event;
- Slovakia's refusal is its own event, also in the report that recalls Prague's promise ("contrairement à
  Prague"); Poland's and Lithuania's drones, told in one sentence, are one event (one report of both);
- the retiring general's profile is an event of its own (a relevant report of no other event: it must not be
  hidden).

First run (2026-12-06 23:29 UTC, this branch = main at 9ad51099, labels as committed in c12c2a86 before any run;
load average about 5), in 7 orders (the file's, 5 shuffles, newest first), dated now and as published; every
relevant report stored and no look-alike stored on any day, no event hidden:
- Day A: 5 of 7 pairs joined, none wrong, in every order and both date modes (precision 1.00, recall 0.71): the
  flash, its full version and the French report of Belgium's F-16s are one story, and Norway's NASAMS stay apart
  from its fuel, but the English report of the fuel stays apart from the French and German ones (LEFT says why).
- Day B: 5 of 5 pairs joined, none wrong (1.00 / 1.00) in both date modes: the Danish Leopard 1s (the embassy's
  report with them) and the Greek Leopard 1s, twenty each on one day, stay two stories, and the chancellor's
  speech is one.
- Day C: in 3 orders 3 of 5 pairs joined, none wrong (1.00 / 0.60); in 4 orders 2 of 5 joined, 2 wrong (0.50 /
  0.40), in both date modes: the German report of the Czech promise stays apart, and the French report of
  Slovakia's refusal joins the Czech story through the promise it recalls; the Polish-Lithuanian drones and the
  general's profile are right.
What is left is a strict xfail (LEFT) per check, day and date mode.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests, report

EN, EN2, FR, FR2, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Journal FR", "Agentur DE", "Zeitung DE"

# Day A, Tuesday 4 April 2028: Norway's fuel and body armour in the morning and its NASAMS in the afternoon;
# Belgium's F-16s as a flash, its full version and a French report; blankets and Armenia (look-alikes).
DAY_A = [
    report("NA-EN-01", "en", EN, "2028-04-04", "no-fuel",
           "Norway ships 3 million litres of diesel and body armour to Ukraine",
           "OSLO, April 4 (Wire) - Norway has shipped 3 million litres of diesel and 12,000 sets of body armour to "
           "Ukraine's armed forces, the defence ministry said on Tuesday morning."),
    report("NA-FR-01", "fr", FR, "2028-04-04", "no-fuel",
           "La Norvège livre du gazole et des gilets pare-balles à l'armée ukrainienne",
           "OSLO (Agence) - La Norvège a livré à l'Ukraine trois millions de litres de gazole et 12 000 gilets "
           "pare-balles, a annoncé mardi matin le ministère norvégien de la Défense."),
    report("NA-DE-01", "de", DE, "2028-04-04", "no-fuel",
           "Norwegen liefert Diesel und Schutzwesten an die Ukraine",
           "OSLO (Agentur) - Norwegen hat der ukrainischen Armee drei Millionen Liter Diesel und 12.000 "
           "Schutzwesten geliefert, teilte das Verteidigungsministerium am Dienstagvormittag mit."),
    report("NA-EN-02", "en", EN2, "2028-04-04", "no-nasams",
           "Norway to send Ukraine two more NASAMS launchers",
           "OSLO (Paper) - Norway will send Ukraine two more NASAMS air defence launchers, the government said on "
           "Tuesday afternoon, hours after announcing a shipment of diesel and body armour."),
    report("NA-DE-02", "de", DE2, "2028-04-04", "no-nasams",
           "Norwegen sagt der Ukraine zwei weitere NASAMS-Startgeräte zu",
           "OSLO (Zeitung) - Norwegen wird der Ukraine zwei weitere Startgeräte für das Flugabwehrsystem NASAMS "
           "liefern, kündigte die Regierung am Dienstagnachmittag an."),
    report("NA-EN-03", "en", EN, "2028-04-04", "be-f16",
           "URGENT - Belgium to send Ukraine four more F-16s - minister",
           "BRUSSELS, April 4 (Wire) - Belgium will send Ukraine four more F-16 fighter jets, Defence Minister Luc "
           "Peeters said on Tuesday. More follows."),
    report("NA-EN-04", "en", EN, "2028-04-04", "be-f16",
           "Belgium to send Ukraine four more F-16s and 3,000 shells",
           "BRUSSELS, April 4 (Wire) - Belgium will send Ukraine not only four more F-16 fighter jets but also "
           "3,000 artillery shells, Defence Minister Luc Peeters said on Tuesday, adding that the jets would leave "
           "before the end of the year."),
    report("NA-FR-02", "fr", FR2, "2028-04-04", "be-f16",
           "La Belgique enverra quatre F-16 de plus à l'Ukraine",
           "BRUXELLES (Journal) - La Belgique enverra quatre chasseurs F-16 supplémentaires et 3 000 obus à "
           "l'Ukraine, a annoncé mardi le ministre de la Défense, Luc Peeters."),
    report("NA-EN-05", "en", EN2, "2028-04-04", "x-blankets",
           "Japan sends 30 tonnes of blankets and generators to Ukraine",
           "TOKYO (Paper) - Japan has sent 30 tonnes of blankets and generators to help hospitals in Kharkiv "
           "through the spring, the embassy in Kyiv said on Tuesday.",
           relevant=False),
    report("NA-FR-03", "fr", FR, "2028-04-04", "x-armenia",
           "Arménie : des canons indiens livrés à Erevan",
           "EREVAN (Agence) - L'Arménie a reçu mardi des obusiers et des lance-roquettes achetés à l'Inde, sur fond "
           "de tensions avec l'Azerbaïdjan.",
           relevant=False),
]

# Day B, Tuesday 11 April 2028: twenty Danish Leopard 1s handed over (one report through the embassy) and twenty
# Greek Leopard 1s promised once replacements arrive; a chancellor's speech listing aid by year; the Bundeswehr's
# own order and a handball match (look-alikes).
DAY_B = [
    report("NB-EN-01", "en", EN, "2028-04-11", "dk-leopard",
           "Denmark hands Ukraine 20 more Leopard 1A5 tanks",
           "COPENHAGEN, April 11 (Wire) - Denmark has handed over 20 more refurbished Leopard 1A5 tanks to Ukraine, "
           "the Danish defence ministry said on Tuesday."),
    report("NB-DE-01", "de", DE, "2028-04-11", "dk-leopard",
           "Dänemark übergibt der Ukraine 20 weitere Leopard-1-Panzer",
           "KOPENHAGEN (Agentur) - Dänemark hat der Ukraine 20 weitere instand gesetzte Kampfpanzer vom Typ Leopard "
           "1A5 übergeben, teilte das Verteidigungsministerium am Dienstag mit."),
    report("NB-FR-01", "fr", FR2, "2028-04-11", "dk-leopard",
           "L'ambassade du Danemark annonce la livraison de 20 Leopard 1 à Kiev",
           "KIEV (Journal) - Vingt chars Leopard 1A5 remis en état offerts par le Danemark sont arrivés en Ukraine, "
           "a annoncé mardi l'ambassade du Danemark à Kiev sur les réseaux sociaux."),
    report("NB-FR-02", "fr", FR, "2028-04-11", "gr-leopard",
           "La Grèce cédera 20 Leopard 1 à l'Ukraine une fois ses chars de remplacement reçus",
           "ATHÈNES (Agence) - La Grèce livrera à l'Ukraine 20 chars Leopard 1 dès qu'elle aura reçu les véhicules "
           "de remplacement commandés à l'Allemagne, a indiqué mardi le ministère grec de la Défense."),
    report("NB-EN-02", "en", EN2, "2028-04-11", "gr-leopard",
           "Greece to send Ukraine 20 Leopard 1 tanks once replacements arrive",
           "ATHENS (Paper) - Greece will send Ukraine 20 Leopard 1 tanks once it receives the replacement vehicles "
           "it ordered from Germany, the defence ministry said on Tuesday."),
    report("NB-DE-02", "de", DE2, "2028-04-11", "de-speech",
           "Kanzler Feld: Militärhilfe für die Ukraine steigt 2028 auf 9 Milliarden Euro",
           "BERLIN (Zeitung) - Deutschland hat der Ukraine 2026 Militärhilfe im Wert von 7 Milliarden Euro "
           "geleistet, 2027 waren es 8 Milliarden; für 2028 sind 9 Milliarden Euro vorgesehen, sagte Kanzler Markus "
           "Feld am Dienstag im Bundestag."),
    report("NB-EN-03", "en", EN, "2028-04-11", "de-speech",
           "Germany to raise Ukraine military aid to 9 billion euros this year, Feld says",
           "BERLIN, April 11 (Wire) - Germany gave Ukraine military aid worth 7 billion euros in 2026 and 8 billion "
           "euros in 2027, and this year's budget holds 9 billion euros, Chancellor Markus Feld told parliament on "
           "Tuesday."),
    report("NB-DE-03", "de", DE, "2028-04-11", "x-bundeswehr",
           "Bundeswehr bestellt 105 Leopard 2A8 für die Brigade in Litauen",
           "BERLIN (Agentur) - Der Haushaltsausschuss des Bundestages gab am Dienstag die Mittel für 105 Kampfpanzer "
           "vom Typ Leopard 2A8 für die Panzerbrigade in Litauen frei.",
           relevant=False),
    report("NB-DE-04", "de", DE2, "2028-04-11", "x-handball",
           "Handball-EM: Deutschland wirft die Ukraine mit 34:25 aus dem Turnier",
           "HAMBURG (Zeitung) - Die deutsche Abwehr stand am Dienstagabend wie eine Panzerwand, lobte der "
           "Bundestrainer nach dem Sieg über die Ukraine.",
           relevant=False),
]

# Day C, Thursday 20 April 2028: a Czech promise of tanks and shells, a Slovak refusal (one report recalling
# Prague's promise), Poland's and Lithuania's drones, a German general's retirement; Taiwan and rugby
# (look-alikes).
DAY_C = [
    report("NC-DE-01", "de", DE, "2028-04-20", "cz-t72",
           "Tschechien liefert nicht nur Panzer, sondern auch Munition",
           "PRAG (Agentur) - Tschechien wird der Ukraine nicht nur 20 weitere Kampfpanzer vom Typ T-72 liefern, "
           "sondern auch 50.000 Schuss Artilleriemunition, teilte die Regierung am Donnerstag mit."),
    report("NC-EN-01", "en", EN, "2028-04-20", "cz-t72",
           "Czechs to send Ukraine 20 T-72 tanks and 50,000 shells",
           "PRAGUE, April 20 (Wire) - The Czech Republic will send Ukraine 20 more T-72 tanks and 50,000 artillery "
           "shells, the government said on Thursday."),
    report("NC-FR-01", "fr", FR, "2028-04-20", "cz-t72",
           "Prague enverra 20 chars T-72 et 50 000 obus à Kiev",
           "PRAGUE (Agence) - La République tchèque enverra non seulement 20 chars T-72 supplémentaires à "
           "l'Ukraine mais aussi 50 000 obus d'artillerie, a annoncé jeudi le gouvernement."),
    report("NC-DE-02", "de", DE2, "2028-04-20", "sk-refusal",
           "Weder Kampfjets noch Flugabwehr: Slowakei lehnt Lieferungen an Kiew ab",
           "BRATISLAVA (Zeitung) - Die Slowakei wird der Ukraine weder Kampfjets noch Flugabwehrsysteme abgeben, "
           "sagte Regierungschef Pavol Hudec am Donnerstag."),
    report("NC-FR-02", "fr", FR2, "2028-04-20", "sk-refusal",
           "La Slovaquie ne livrera ni avions ni défense aérienne à l'Ukraine",
           "BRATISLAVA (Journal) - Contrairement à Prague, qui a promis jeudi 20 chars T-72 à Kiev, la Slovaquie ne "
           "livrera ni avions de combat ni systèmes de défense aérienne à l'Ukraine, a déclaré le chef du "
           "gouvernement, Pavol Hudec."),
    report("NC-EN-02", "en", EN2, "2028-04-20", "pl-lt-drones",
           "Poland and Lithuania each hand Ukraine 1,000 drones",
           "WARSAW (Paper) - Both Poland and Lithuania have handed over 1,000 drones each to Ukraine, their defence "
           "ministries said on Thursday."),
    report("NC-DE-03", "de", DE, "2028-04-20", "pl-lt-drones",
           "Polen und Litauen übergeben der Ukraine jeweils 1.000 Drohnen",
           "WARSCHAU (Agentur) - Sowohl Polen als auch Litauen haben der Ukraine jeweils 1.000 Drohnen übergeben, "
           "teilten die Verteidigungsministerien am Donnerstag mit."),
    report("NC-DE-04", "de", DE2, "2028-04-20", "de-general",
           "General, der Leopard-Lieferungen an Kiew organisierte, geht in den Ruhestand",
           "BERLIN (Zeitung) - Generalleutnant Jörg Brandt, der die Lieferung von 18 Leopard-2-Panzern an die "
           "Ukraine organisierte, geht nach 41 Dienstjahren in den Ruhestand."),
    report("NC-EN-03", "en", EN, "2028-04-20", "x-taiwan",
           "Taiwan receives Harpoon coastal defence missiles from U.S.",
           "TAIPEI, April 20 (Wire) - Taiwan has received the first Harpoon coastal defence systems from the United "
           "States, meant to deter an invasion, the defence ministry said on Thursday.",
           relevant=False),
    report("NC-FR-03", "fr", FR, "2028-04-20", "x-rugby",
           "Rugby : le XV de France sort l'artillerie lourde contre l'Irlande",
           "PARIS (Agence) - Les Bleus alignent tous leurs cadres jeudi pour le match décisif du Tournoi.",
           relevant=False),
]

DAYS = {"A": DAY_A, "B": DAY_B, "C": DAY_C}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What the probe leaves: (check, day, dates) -> what is read instead (strict xfails). After the first run the
# English litres ("3 million litres", no count since fix56s) and the Czech "nicht nur" (a giving since fix56s) read
# as their twins, and the French Slovak refusal's "Contrairement à Prague, qui a promis ..." is background
# (recalled_clauses): nothing is left.
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


# The six checks every held-out probe runs (tests/support/busy_days.py).
TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
