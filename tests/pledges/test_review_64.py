"""Pledges, review 64: the fourth held-out probe of the pledge reader on FEED ITEMS (a headline and an RSS summary), the
shape the real set and the held-back set are made of, by someone who did not write (or read) the reader. 48 items
(16 EN, 16 FR, 16 DE; tests/support/review_64_articles.py), each a headline and a summary of 190-750 characters, nine
of them long (600 or more) with two to seven donors and mixed statuses, on ground reviews 62, 62b and 63 did not
cover: the RECIPIENT's voice (Ukraine's defence ministry, president and commander-in-chief: "Ukraine has received ...
from Sweden", "Kyiv expects a further ten", "thanked Norway for", "L'Ukraine a reçu ... achetés pour elle par la
Belgique", "s'attend à recevoir", "Die Ukraine hat ... aus Deutschland und Dänemark erhalten", "hat sich bei den
Niederlanden für ... bedankt", "Von Italien seien ... eingetroffen", passive deliveries naming no donor); parliaments
and budgets (the House passing a bill, the Senate stalling one, the Seimas' and Luxembourg's budget lines for next
year, "Le Parlement a définitivement adopté", "Der Haushaltsausschuss ... hat ... freigegeben", "Im Haushalt für das
kommende Jahr sind ... eingeplant", an opposition motion that "scheiterte", the Conseil national rejecting a motion on
re-export, a package "auf Eis" in a coalition crisis, a Belgian caretaker government suspending F-16s, courts: the
Swiss Federal Administrative Court upholding a refusal, Karlsruhe dismissing an urgent application); running totals
beside a new pledge ("brings total Dutch military support since 2022 to", "portant le montant total", "Le montant total
de l'aide luxembourgeoise atteint", "Damit summiert sich ... auf insgesamt", "la France a fourni au total"), numbered
packages ("its 21st", "son 20e paquet", "sein 27. Militärhilfepaket", "sein 30. Hilfspaket") and conversions in
brackets ("€310 million ($335 million)", "C$500 million (about US$360 million)", "(environ 1,2 milliard d'euros)",
"(rund 560 Mio. Euro)", "1,5 Mrd. Pfund (rund 1,8 Mrd. Euro)", "15 Mio. Fr."); loans and assets (the G7's ERA loans
paid by Canada, the EU and Germany; windfall profits transferred to buy arms; the Danish model paid by Sweden, Norway
and Lithuania; a Czech and a French joint venture financed by the state; a licensed shell plant); a Russian claim of
a destroyed Mirage or Leopard beside a new promise; sabotage and espionage halting deliveries ("halted for three
days", "suspendues pendant deux semaines", "vorläufig gestoppt") and their resumption; outlets from Belgium,
Switzerland (French and German, "ausschliesslich"), Canada (English and French), Poland, Czechia, the Nordic and
Baltic states, the Netherlands, Austria (APA), Korea, Japan and Australia. Donors: the U.S., Sweden, Norway, Spain,
Germany, Belgium, Greece, Portugal, Canada, Hungary, the Netherlands, the EU, Czechia, Poland, South Korea,
Australia, Switzerland, Lithuania, Latvia, Estonia, Luxembourg, France, Italy, Austria, Slovakia, Romania, Britain,
Denmark, Finland and Japan. Years 2022-2027. Every text, name and figure is invented for this file; none is taken
from the real-article set.

Each item was labelled by hand before its first run, following ../shared/eval/README.md ("from the title and
summary only"), the lead's rulings (docs/reading-pledges.md) and earlier reviews' choices, as (donor, category,
status, figure): the figure is the count of things stated, else the sum of money, else None. My calls where the
conventions leave a case open (unsure ones say so):
- the recipient's voice: what Ukraine "has received" from or "thanked" a donor for is that donor's delivery; what
  Kyiv "expects" is discussed (the README's "expected"; unsure: "receiving" in the future promises in the rulings),
  but things "promised by" a donor that Kyiv awaits stay that donor's promise ("attendre ... les 40 véhicules
  blindés promis par les Pays-Bas", "Die von Kanada zugesagten ... würden im Frühjahr erwartet"); "Belgium's
  promised F-16s have not yet arrived" is a promise; a delivery told with no donor ("has been delivered to
  brigades", "übergeben worden", "s'attend à recevoir ... sans préciser leur provenance") gives no record; a
  joint count of two donors ("25 weitere ... aus Deutschland und Dänemark") is on neither; things "paid for by
  Germany" that arrived are Germany's delivery; a total Ukraine received from abroad with no donor gives nothing;
- parliaments and budgets: a chamber passing aid ("passed a $48 billion ... package", "a définitivement adopté le
  budget ... qui prévoit", "hat ... freigegeben", a budget that "sets aside" or where money is "eingeplant") is the
  country's promise; a bill that "stalled"/"fell short" in the Senate is discussed (unsure: the headline says
  "block", which could be read as refused; the bill is not dead); a motion voted down ("scheiterte mit einem
  Antrag, zusätzlich Marschflugkörper zu liefern", "a rejeté ... une motion qui demandait ... d'autoriser la
  réexportation") leaves the giving discussed (the rulings' motions.py; unsure for the Swiss re-export, category
  other); a package "auf Eis" until a budget deal is discussed with its contents; a delivery "suspendue jusqu'à la
  formation d'un nouveau gouvernement" or a handover "vorläufig gestoppt" that "werde ... fortgesetzt" keeps its
  promise (unsure: a suspension could be read as a refusal); "contre 2,1 milliards cette année" (last year's line
  as a comparison) gives nothing (unsure); a court dismissing an appeal against the government's refusal keeps the
  government's refusal with its count (CH ammunition refused 12,000); Karlsruhe dismissing an urgent application
  leaves "wie angekündigt acht Flugkörper ... übergeben" a promise with its count;
- totals and packages: a running total beside the news is background (no record, round 52); a numbered package
  gives its sum and its contents at the package's status; an ordinal ("the sixth it has sent", "un second
  système", "its 21st") is no count; a conversion in brackets adds nothing, the figure is the first currency's sum
  (C$500 million as 500,000,000; 4,2 Mrd. Kronen as 4,200,000,000);
- money for one kind ("C$500 million ... to buy air defence missiles", "1,5 Mrd. Pfund ... für die Flugabwehr",
  "200 millions de dollars canadiens ... pour l'achat de munitions") is that kind with the sum; money transferred
  "to buy air defence systems and artillery ammunition" (two kinds) is funding with the sum, delivered, and each
  kind promised with no figure (unsure: the kinds may take the transfer's status); a package's named uses ("Mit dem
  Geld sollen vor allem Munition und Ersatzteile ... gekauft werden") are promised, spare parts as other;
- loans and assets: a G7 ERA loan share transferred for "defence needs" / "dépenses militaires" / "für den Kauf von
  Waffen" is the payer's funding, delivered, with the sum (unsure: the loan is the budget's too);
- the Danish model and joint ventures: a state paying for things built by Ukrainian makers is production in their
  category with their count, else the sum (Sweden 18 Bohdana, Lithuania 1,500 drones, Norway 600 million kroner of
  drones, Norway's 2,000 drones thanked for in the recipient's voice); a state financing a joint venture's first
  rounds or first order is production of those things (CZ 100,000 rounds; FR drones with the sum), the companies
  no donors; a licensed shell plant the government ordered is category production with its capacity count
  (150,000 a year; unsure: the 400 Mio. Euro may be the figure meant);
- Russian claims about donated kit give nothing; the promise beside them keeps its record; resumed deliveries
  ("has resumed weapons deliveries", "a repris ses livraisons d'obus") are deliveries (Poland's through its hub as
  Poland's own, other; unsure: the hub carries others' aid too);
- neutral and non-lethal givers: a general refusal of weapons beside non-lethal kit given instead is other
  refused, and the kit (demining machines, "15 Mio. Fr. für Maschinen zur humanitären Minenräumung") other
  promised with its count or sum (the rulings' kit_beside_refusals; unsure for the Swiss humanitarian demining);
  Japan shipping Patriot missiles to the U.S. gives nothing to Ukraine, but its refusal of a direct delivery is
  refused, and "Washington hatte zuvor eigene Raketen an die Ukraine abgegeben" is a U.S. delivery (unsure: it is
  background);
- the Estonian coalition "arguing over whether to cut its contribution to the Czech ammunition initiative" is
  ammunition discussed (unsure: it may give nothing).

First run (2026-12-07 23:23 UTC, this branch = main at da4056f9, labels as committed in 8d8e082f before any run): 20
of 48 items fully right (EN 7 of 16, FR 8 of 16, DE 5 of 16); records as (donor, category, status) matched 68 /
predicted 102 / labelled 100 (P 0.67, R 0.68); with their figures too, 64 of the 100 labelled. What passes: the
recipient's voice for most donors ("Ukraine has received ... from Sweden" with its count, "Kyiv expects a further
ten", "thanked Norway for two additional NASAMS", "thanked Portugal for 20 more", "paid for by Germany",
"Belgium's promised F-16s have not yet arrived", "a reçu six canons ... achetés pour elle par la Belgique", "a
remercié ... le Luxembourg pour les drones ... livrés", "hat sich bei den Niederlanden für drei ... bedankt", the
joint "25 weitere ... aus Deutschland und Dänemark"), passive deliveries and expectations with no donor (nothing read),
the long multi-donor summaries' other records (Hungary's and Austria's general refusals, Spain's and Romania's
considering, Italy's "une centaine de missiles Aster", Slovakia's refusal, Finland's 30th package, Sweden's two ASC
890, Norway's "prüft"), the Seimas' and Latvia's budget lines, Luxembourg's budget with its running total left out,
the Dutch and Danish numbered packages with conversions and totals, the windfall-profits transfer and its two kinds,
Canada's ERA loan share, Sweden's Danish-model Bohdana and its Archers, the Swiss court upholding the refusal with its
count, Seoul's refusal beside 40 demining machines, Britain's "1,5 Mrd. Pfund ... für die Flugabwehr" and its
ordered missiles, the Russian claims giving nothing beside the promises (Mirage, Leopard), Prague's resumed shell
deliveries, the Conseil national's motion. What fails is, by cause (LEFT, 28 strict xfails): (1) givers: a bracketed
conversion's "US$" read as the giver (Canada's C$500 million, Australia's A$150 million and its running total); a
thank-you's giver and status carried back over a promise ("les 40 véhicules blindés promis par les Pays-Bas, et a
remercié la Norvège"); the G7 read as a payer of Germany's loan share; (2) parliaments and budgets: the House's
passed package (no sum; its contents discussed through the Senate's "expected"), the Senate's stalled bill, the
Parlement's budget with no country named, the Haushalt's "eingeplant" line, a motion that "scheiterte", a package
"auf Eis", Karlsruhe's "kann damit wie angekündigt acht Flugkörper ... übergeben" all read as nothing; (3) status: a
resumed delivery "halted for three days" after explosives read as ammunition refused, "suspendue" read as refused,
"vorläufig gestoppt" read as delivered, "schließt Tokio aus" read as discussed, promised things "erwartet" read as
discussed, "talks with Greece ... are continuing" and Estonia's argument not read; (4) totals: a running total read as
the package's sum ("portant le montant total ... à plus de 100 milliards"), a group's total read as the last
country's funding, Ukraine's total "aus dem Ausland erhalten" read as Germany's delivery; (5) production: the Danish
model's payments ("a versé ... à des fabricants ukrainiens pour produire", "bezahlt, die von ukrainischen Herstellern
gebaut werden") read as a delivery or a promise beside a production with no figure, a state's financing of a joint
venture's rounds read as a promise, a joint venture read as category production without its drones and sum, a
licensed plant's shells and building sum read as records of their own; (6) things: radars for air defence read as
other (label unsure), money "pour l'achat de munitions" read twice, "envisage de former des pilotes" not read, "15
Mio. Fr." not read and "Waffen liefert die Schweiz weiterhin nicht" not read, SAMP/T launchers read as tanks, a
meeting's topics read as the allies' discussion.
"""

from __future__ import annotations

import pytest

from tests.support.review_64_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (1) Givers: a currency's country read as a giver, a thank-you's or a sentence's giver carried to the next
    # sentence's things, an organisation of the loan read as its payer.
    "L'Ukraine a reçu six canons CAESAR financés par la Belgique":
        "'Le ministère dit aussi attendre d'ici mars les 40 véhicules blindés promis par les Pays-Bas, et a remercié "
        "la Norvège pour le financement de 2 000 drones fabriqués par des entreprises ukrainiennes' gives NO "
        "armoured delivered 40 (the thank-you's giver and status carried back to the Dutch promise) and NO drones "
        "delivered 2000 (the Danish model's financing read as a delivery); 'la Slovaquie ... ne céderait pas ses "
        "derniers lance-roquettes RM-70, ..., tandis que la Roumanie examine l'envoi d'un second système Patriot' "
        "adds RO artillery discussed (the rocket launchers carried to Romania); expected NL armoured pledged 40, "
        "NO drones production 2000",
    # (2) Parliaments and budgets: a chamber's vote, a budget line, a package on hold, a court's leave to deliver.
    "Senate Republicans block $20 billion Ukraine bill in procedural vote":
        "'A $20 billion bill to fund weapons for Ukraine stalled in the Senate ... when it fell short of the 60 "
        "votes' gives nothing; expected US funding discussed 20,000,000,000 (label unsure: the headline's 'block' "
        "could be read as refused)",
    "Koalitionskrise: Neues Ukraine-Paket vorerst auf Eis":
        "'Das geplante Hilfspaket für die Ukraine über 3 Mrd. Euro liegt ... vorerst auf Eis. Über das Paket, das "
        "vor allem Flugabwehr enthalten sollte, werde erst nach einer Einigung ... entschieden' gives nothing (the "
        "giver is told only by 'in der Koalition' and the dateline-like 'in Berlin' at the end); expected DE "
        "funding discussed 3,000,000,000 and air_defence discussed",
    # (3) Status: deliveries halted, suspended or resumed; expectations of promised things; talks; a ruling-out.
    "Japan liefert Patriot-Raketen an die USA – zur Weitergabe an Kiew?":
        "'Eine direkte Lieferung an Kiew schließt Tokio aus' gives JP air_defence discussed (the headline's "
        "question weighed over the body's ruling-out), and 'Washington hatte zuvor eigene Raketen an die Ukraine "
        "abgegeben' US missiles delivered; expected JP air_defence refused, US air_defence delivered (label unsure: "
        "'eigene Raketen' points back to the Patriot interceptors, and it is background)",
    "Lithuanian parliament sets aside €200 million for Ukraine's military in 2026 budget":
        "'Estonia's coalition is still arguing over whether to cut its contribution to the Czech ammunition "
        "initiative' gives nothing; expected EE ammunition discussed (label unsure: it may give nothing)",
    # (4) Totals and packages: a running total read as the package's sum or as a giving of its own.
    "Militärhilfe: Schweden liefert, Finnland sagt zu, Norwegen prüft, Schweiz lehnt ab":
        "'Insgesamt haben die nordischen Staaten der Ukraine seit 2022 Militärhilfe im Wert von mehr als 25 Mrd. "
        "Euro geleistet' gives CH funding delivered 25,000,000,000 (a group's total given to the last country "
        "named), and 'Die Schweiz lehnte ... ein Gesuch Kiews ab, Minenräumpanzer direkt zu liefern' gives CH armoured "
        "refused; expected no record of the total and CH other refused (label unsure: a mine-clearing tank may be "
        "armour)",
    # (5) Production: the Danish model, joint ventures and a licensed plant read as promises or deliveries.
    "Une coentreprise franco-ukrainienne va produire des drones en Ukraine":
        "'L'État français financera la première commande à hauteur de 100 millions d'euros' gives FR funding pledged "
        "with no sum (since fix64b the venture's own sentence gives nothing, its partners firms; the order's sum is "
        "not read as the venture's drones of the sentence before); expected FR drones production 100,000,000",
    # (6) Things: kinds, non-lethal kit beside a refusal, a meeting's topics.
    "Bund zahlt 15 Mio. Fr. für Entminungsmaschinen in der Ukraine":
        "'Die Schweiz stellt der Ukraine weitere 15 Mio. Fr. für Maschinen zur humanitären Minenräumung zur "
        "Verfügung' gives CH other pledged with no figure (since fix64b 'Mio. Fr.' is read as francs, but money told "
        "as humanitarian is no military sum, the rulings' humanitarian aid); 'Waffen liefert die Schweiz weiterhin "
        "nicht' gives CH other refused since fix64b; expected CH other pledged 15,000,000 (label unsure: humanitarian "
        "demining may be no military aid)",
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_items_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """16 feed items a language, each of a different outlet kind, each a headline and a summary of 190-750 characters,
    at least two a language long (600 or more); no headline twice."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        assert len(articles) == 16
        assert len({kind for kind, _, _, _ in articles}) == 16
        lengths = [len(summary) for _, _, summary, _ in articles]
        assert all(190 <= length <= 750 for length in lengths)
        assert sum(length >= 600 for length in lengths) >= 2
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 48
