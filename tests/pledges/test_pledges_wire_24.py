"""A twenty-fourth round of wire copy: 30 articles written for these tests (none is taken from
the real-article set), 10 each in English, French and German, in the style of Reuters, AFP and
dpa. They cover what the real set still got wrong on main (its 14 missed and 17 false records,
grouped by phenomenon, no text copied): leave one country gives others ("approved requests from
allies to send", "le feu vert américain à une éventuelle livraison ... par"), a would-be giver a
re-export is forbidden to, readiness known only from a newspaper, a decision left open or still
to fall, a resolve to keep aid going, a headline telling a shipment over a body telling the
decision, a payer of a package that has arrived, the worth of things made to order and of
contracts, country lists, number words, meetings, paying industry instead of giving; and the
leftovers of earlier rounds: hedges in relative clauses ("qui pourrait comprendre", "die
Deutschland möglicherweise liefern könnte"), an accord "sur la défense aérienne", German "Mit
Dänemark hat Deutschland ... geliefert", "each with its own radar", a receipt told in a relative
clause ("the Gepard guns that Ukraine received from Germany"). Each article was labelled by hand
before it was run, following the real-article set's conventions (../shared/eval/README.md), as
(donor, category, status, figure): the count of things stated, else the sum of money, else none.
Run first (on this branch as it began, which reads as main), 5 of the 30 were fully right
(records (donor, category, status) matched 32 / labelled 58 / predicted 60; with their figures
27 of 58). The fixes, each in general words: the approver of others' giving is under discussion
(a country let give by name promises, "allies" in general do not, the agents of a giving only
made possible discuss it: bot/core/pledges/donors/approvals.py); the one a transfer is forbidden to
discusses it (the object after a German auxiliary, "que l'Allemagne", "au Danemark de"); a
receipt told in a relative clause on what another giver's things are for is its source's
delivery, of the system the phrase names (bot/core/pledges/donors/relative_receipts.py); readiness
followed by a press report ("reported", "a rapporté", "berichtete", "- report") is discussed; a
decision left open or still to fall, and a resolve to keep supplying, are discussed; "in May to
send" names the month; a system's own radar, and air defence as an accord's topic or attribute,
are no things given; German "Mit X hat Y" opens a partner; a payment in the past passive of a
package told as arrived is delivered, a purchase participle describing the things ("bought
under", "gekaufte") is background; a headline's past-tense shipment makes the body's promise of
the same thing its history; a contract's value prices the one thing it buys, and a worth
holding one kind of thing made to order is the made things' value; nationals who estimate
("British analysts") give nothing. After them, 21 of 30 (54 / 58 / 61; figures 51 of 58); the
nine left are strict xfails saying what is read instead (one was right for a while: a headline
promising the worth the body tells at a later stage was dropped as its restatement, which split
a story of tests/stories; undone). Three strict xfails of the round 22 review and the one of
round 23 now pass.
A held-out batch of 11, written after the fixes, read 5 right on its first run (15 / 21 / 21,
figures 14 of 21; main 1, 12 / 21 / 20, figures 10); after the fixes it showed (a headline's
source after a dash, "air defence pact", the French dative of a ban, a receipt's source read as
a place, things "to be delivered" under a contract), 10 of 11 (19 / 21 / 20, figures 19 of 21).
The real-article set: pledges predicted 197 / labelled 193 / matched 183 (P 0.93, R 0.95; main
196 / 193 / 179): found now the approvals of EN-014 and FR-020, the forbidden giver of DE-010,
the resolve of FR-023, and no longer the promise behind EN-009's shipment nor EN-027's funding
beside its drones. Relevance P/R 0.99/0.99 and stories (pairP 1.00, pairR 0.86 (24/0/4) today,
0.96 (27/0/1) as published, hidden 0/72) as on main. In tests/data, 13 texts change their
records, all read again by hand: contract values on the thing bought (one on a headline's thing
misread before, "Himars-Raketen" as artillery, now priced beside the body's rockets) and the
forbidden giver discussed. Earlier tests that pinned the approver or the forbidden giver as giving
nothing, or the body's promise beside a headline's shipment, now say why they changed.
The earlier rounds are tests/pledges/test_pledges_wire.py to _23."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages, left_as_xfails

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure).

ENGLISH = [
    # leave given by a third country: the one who approves examines, the allowed give nothing yet
    ("US clears allies to send F-16 jets to Ukraine",
     "WASHINGTON (Reuters) - The United States has approved requests from European allies to send F-16 fighter jets "
     "to Ukraine, a senior administration official said on Friday.\n"
     "No decision has yet been taken on how many jets would go to Kyiv, the official added.",
     {("US", "aircraft", X, None)}),
    # a receipt told in a relative clause on the thing another giver's shells are for
    ("Poland sends shells for Ukraine's British howitzers",
     "WARSAW (Reuters) - Poland has delivered 40,000 artillery shells for the AS90 howitzers that Ukraine received "
     "from Britain, the defence ministry said on Tuesday.\n"
     "Warsaw also plans to send 20 more Krab howitzers before the winter.",
     {("PL", AMMO, D, 40000), ("GB", "artillery", D, None), ("PL", "artillery", P, 20)}),
    # a headline telling the shipment over a body telling only the secret decision
    ("US quietly shipped cluster munitions to Ukraine",
     "WASHINGTON (Reuters) - The United States secretly agreed in May to send cluster munitions to Ukraine, two U.S. "
     "officials said on Wednesday, a step that had been kept from the public for weeks amid unease among allies.",
     {("US", AMMO, D, None)}),
    # a sum that is the worth of an initiative whose drones Ukrainian firms make
    ("Germany unveils drone initiative worth 300 million euros for Ukraine",
     "BERLIN (Reuters) - Germany will finance an initiative worth about 300 million euros that includes thousands "
     "of long-range drones built by Ukrainian manufacturers, Defence Minister Boris Pistorius said on Thursday.\n"
     "Berlin has also delivered more IRIS-T missiles to Kyiv, he added.",
     {("DE", "drones", M, 300e6), ("DE", AIR, D, None)}),
    # the payer of a package that has arrived paid: its funding is delivered with the package
    ("First NATO-brokered US arms package reaches Ukraine, paid for by the Netherlands",
     "BRUSSELS (Reuters) - The first package of U.S. weapons bought under NATO's PURL scheme has reached Ukraine, "
     "the alliance said on Monday.\n"
     "The package, worth 500 million dollars, was fully funded by the Netherlands, NATO Secretary-General Mark Rutte "
     "said.",
     {("NL", MONEY, D, 500e6)}),
    # a decision still awaited
    ("Germany still undecided on Taurus missiles for Ukraine",
     "BERLIN (Reuters) - Germany has yet to decide whether to send Taurus cruise missiles to Ukraine, a government "
     "spokesman said on Monday, adding that a decision would come in the coming days.\n"
     "Kyiv has been asking Berlin for the missiles for months.",
     {("DE", "missiles", X, None)}),
    # a pledge itself the subject of talks; what the speaker expects allies to announce
    ("NATO ministers to discuss long-term funding for Ukraine",
     "BRUSSELS (Reuters) - NATO defence ministers will discuss a long-term financial pledge for Ukraine when they meet "
     "on Thursday, Secretary-General Mark Rutte said.\n"
     "He said he expected allies to announce more air defence systems for Kyiv in the coming weeks.",
     {("NATO", MONEY, X, None), ("ALLIES", AIR, X, None)}),
    # a system's own radar is part of the system
    ("Germany to send two more IRIS-T systems to Ukraine",
     "BERLIN (Reuters) - Germany will send Ukraine two more IRIS-T air defence systems, each with its own radar, by "
     "the end of the year, the defence ministry said on Wednesday.\n"
     "Berlin has already delivered four IRIS-T systems to Kyiv.",
     {("DE", AIR, P, 2), ("DE", AIR, D, 4)}),
    # contracts with Ukrainian firms are production, not drones given; then a delivery
    ("Netherlands signs drone contracts with Ukrainian firms",
     "AMSTERDAM (Reuters) - The Netherlands will sign contracts worth 200 million euros with Ukrainian defence "
     "companies to produce long-range drones, the defence ministry said on Tuesday.\n"
     "The Dutch government has also handed Kyiv the last of its F-16 fighter jets.",
     {("NL", "drones", M, 200e6), ("NL", "aircraft", D, None)}),
    # a list of countries said to be ready to give; an analysts' estimate is no pledge
    ("Four European countries ready to send F-16s to Ukraine, report says",
     "NEW YORK (Reuters) - Belgium, Denmark, the Netherlands and Norway are ready to send F-16 fighter jets to Ukraine, "
     "the New York Times reported on Sunday, citing officials.\n"
     "Their fleets could provide at least 100 combat-ready jets, British analysts estimated.",
     {("BE", "aircraft", X, None), ("DK", "aircraft", X, None), ("NL", "aircraft", X, None),
      ("NO", "aircraft", X, None)}),
]

FRENCH = [
    # a hedge in a relative clause on the package: its contents are discussed
    ("Berlin prépare un nouveau paquet d'aide pour Kiev",
     "BERLIN (AFP) - L'Allemagne prépare un nouveau paquet d'aide militaire pour l'Ukraine, qui pourrait comprendre "
     "des obus d'artillerie et des drones, a indiqué lundi une source gouvernementale.\n"
     "Berlin a déjà livré trois systèmes IRIS-T à Kiev.",
     {("DE", AMMO, X, None), ("DE", "drones", X, None), ("DE", AIR, D, 3)}),
    # an accord "sur la défense aérienne" between partners is a topic, not a thing given
    ("Berlin signe un accord de défense aérienne avec ses voisins",
     "BERLIN (AFP) - L'Allemagne a signé mardi avec la Pologne et les pays baltes un accord sur la défense aérienne du "
     "flanc est de l'Otan, a annoncé le ministère allemand de la Défense.\n"
     "Berlin a par ailleurs annoncé l'envoi de dix chars Leopard 1 supplémentaires à l'Ukraine.",
     {("DE", "tanks", P, 10)}),
    # a green light given by a third country to a possible delivery by others
    ("Washington donne son feu vert à des F-16 norvégiens et belges pour Kiev",
     "WASHINGTON (AFP) - Les États-Unis ont donné vendredi leur feu vert à une éventuelle livraison d'avions de "
     "combat F-16 à l'Ukraine par la Norvège et la Belgique, a indiqué un responsable américain.\n"
     "Oslo n'a pas encore précisé combien d'appareils il pourrait céder.",
     {("US", "aircraft", X, None), ("NO", "aircraft", X, None), ("BE", "aircraft", X, None)}),
    # a count in words; Kyiv "could receive" more, from several countries
    # (read since pledges round 25: "selon la presse allemande" no longer names a giver)
    ("Berlin annonce une première livraison de quatorze chars à Kiev",
     "BERLIN (AFP) - L'Allemagne a annoncé mercredi une première livraison de quatorze chars Leopard 2 à l'Ukraine, "
     "a indiqué le chancelier Olaf Scholz.\n"
     "Selon la presse allemande, Kiev pourrait recevoir à terme jusqu'à 80 chars de ce type de la part de plusieurs "
     "pays européens.",
     {("DE", "tanks", P, 14), ("ALLIES", "tanks", X, 80)}),
    # a resolve to keep supplying is not a promise
    ("Austin veut maintenir le ravitaillement de Kiev en munitions",
     "RAMSTEIN (AFP) - Le secrétaire américain à la Défense Lloyd Austin s'est dit vendredi « déterminé » à maintenir "
     "le ravitaillement de l'Ukraine en munitions, à l'issue d'une réunion du groupe de contact à Ramstein.\n"
     "Une cinquantaine de pays ont participé à la réunion.",
     {("US", AMMO, X, None)}),
    # a programme in place whose carrying out the host's officials discuss
    ("Varsovie accueille des discussions sur les obus pour l'Ukraine",
     "VARSOVIE (AFP) - Des représentants polonais et européens ont discuté lundi à Varsovie de la mise en oeuvre d'un "
     "programme européen de 2 milliards d'euros destiné à fournir des obus à l'Ukraine, a indiqué la Commission.",
     {("EU", AMMO, P, 2e9)}),
    # a transfer forbidden by the maker's country: it refuses, the would-be giver is discussed
    ("La Suisse bloque à nouveau des munitions pour les Gepard ukrainiens",
     "BERNE (AFP) - La Suisse a de nouveau refusé que l'Allemagne transmette à l'Ukraine des munitions pour les chars "
     "antiaériens Gepard fabriquées sur son sol, invoquant sa neutralité.\n"
     "Berlin a livré 52 Gepard à Kiev depuis le début de la guerre.",
     {("CH", AMMO, R, None), ("DE", AMMO, X, None), ("DE", AIR, D, 52)}),
    # a receipt told in a relative clause, in French
    ("Oslo livre des obus pour les Leopard ukrainiens",
     "OSLO (AFP) - La Norvège a livré à l'Ukraine des obus pour les chars Leopard 2 que Kiev a reçus de l'Allemagne, "
     "a annoncé jeudi le ministère norvégien de la Défense.\n"
     "Oslo prévoit aussi d'envoyer deux systèmes NASAMS supplémentaires.",
     {("NO", AMMO, D, None), ("DE", "tanks", D, None), ("NO", AIR, P, 2)}),
    # a sum that endows a production instrument is the production's worth
    ("Bruxelles propose 500 millions d'euros pour doper la production d'obus",
     "BRUXELLES (AFP) - La Commission européenne a proposé mercredi un instrument doté de 500 millions d'euros pour "
     "accélérer la production européenne d'obus, afin d'aider l'Ukraine et de reconstituer les stocks des Vingt-Sept.",
     {("EU", "production", M, 500e6)}),
    # several countries said to be ready, the verb after them
    ("Plusieurs pays prêts à livrer des Leopard à Kiev",
     "BERLIN (AFP) - L'Ukraine peut compter sur la Pologne, la Finlande et l'Espagne, qui se sont dites prêtes à livrer "
     "des chars Leopard 2 à Kiev, a rapporté jeudi le quotidien Handelsblatt.",
     {("PL", "tanks", X, None), ("FI", "tanks", X, None), ("ES", "tanks", X, None)}),
]

GERMAN = [
    # a verb-last hedge in a relative clause
    ("Berlin berät über neues Ukraine-Paket",
     "BERLIN (dpa) - Die Bundesregierung berät über ein neues Paket für die Ukraine. Im Gespräch sind nach Angaben aus "
     "Regierungskreisen auch Leopard-1-Panzer, die Deutschland möglicherweise im Frühjahr liefern könnte.\n"
     "Deutschland hat der Ukraine bereits drei Patriot-Systeme übergeben.",
     {("DE", "tanks", X, None), ("DE", AIR, D, 3)}),
    # a partner opening the clause with "mit" gives with the subject
    ("Deutschland und Dänemark liefern Leopard-1-Panzer",
     "BERLIN (dpa) - Mit Dänemark hat Deutschland der Ukraine bislang 100 Leopard-1-Panzer geliefert. Das teilte "
     "das Verteidigungsministerium am Montag mit.\n"
     "Weitere 50 Panzer sollen bis zum Sommer folgen.",
     {("DE", "tanks", D, 100), ("DK", "tanks", D, 100), ("DE", "tanks", P, 50), ("DK", "tanks", P, 50)}),
    # a receipt told in a relative clause, in German
    ("Niederlande liefern Munition für Gepard",
     "DEN HAAG (dpa) - Die Niederlande haben der Ukraine 20.000 Schuss Munition für die Gepard-Flugabwehrpanzer "
     "übergeben, die Kiew von Deutschland erhalten hatte. Das teilte das Verteidigungsministerium in Den Haag am "
     "Mittwoch mit.",
     {("NL", AMMO, D, 20000), ("DE", AIR, D, None)}),
    # a decision left open
    ("Scholz lässt Taurus-Entscheidung offen",
     "BERLIN (dpa) - Bundeskanzler Olaf Scholz hat eine Entscheidung über die Lieferung von Taurus-Marschflugkörpern "
     "an die Ukraine weiter offengelassen. Man prüfe sorgfältig, sagte er am Dienstag in Berlin.\n"
     "Eine Entscheidung soll aber in den kommenden Wochen fallen.",
     {("DE", "missiles", X, None)}),
    # a transfer forbidden by the maker's country, in German
    ("Schweiz verbietet erneut Weitergabe von Gepard-Munition",
     "BERN (dpa) - Die Schweiz hat Deutschland erneut untersagt, in der Schweiz hergestellte Munition für den "
     "Flugabwehrpanzer Gepard an die Ukraine weiterzugeben. Bern verwies auf die Neutralität des Landes.",
     {("CH", AMMO, R, None), ("DE", AMMO, X, None)}),
    # paying industry's deliveries instead of giving from stocks; what Kyiv picked from a list
    ("Berlin bezahlt Rüstungskäufe Kiews bei der Industrie",
     "BERLIN (dpa) - Statt Waffen aus Beständen der Bundeswehr abzugeben, will die Bundesregierung Lieferungen der "
     "Rüstungsindustrie an die Ukraine bezahlen. Kiew habe sich aus einer Liste der Hersteller bereits "
     "Panzerabwehrwaffen und Munition ausgesucht, sagte ein Regierungssprecher.",
     {("DE", MONEY, P, None)}),
    # an umbrella word ("schwere Waffen") told with the precise thing after a colon
    ("Kontaktgruppe berät in Ramstein über Militärhilfe",
     "RAMSTEIN (dpa) - Verteidigungsminister aus rund 50 Ländern beraten am Freitag in Ramstein über weitere "
     "Militärhilfe für die Ukraine. Beim ersten Treffen im April 2022 hatte Deutschland erstmals die Lieferung "
     "schwerer Waffen zugesagt: 30 Flugabwehrpanzer vom Typ Gepard.",
     {("DE", AIR, P, 30)}),
    # contracts with Ukrainian firms are production; launchers of two systems received
    ("Deutschland lässt Langstreckendrohnen in der Ukraine bauen",
     "LONDON (dpa) - Deutschland will Verträge mit ukrainischen Rüstungsunternehmen im Wert von rund 300 Millionen "
     "Euro unterzeichnen, um dort Langstreckendrohnen bauen zu lassen. Das sagte Verteidigungsminister Boris "
     "Pistorius am Mittwoch in London.\n"
     "Die Ukraine hat zudem die ersten Startgeräte von zwei Patriot-Systemen aus Deutschland erhalten.",
     {("DE", "drones", M, 300e6), ("DE", AIR, D, None)}),
    # the payer of a package that has arrived, in German
    ("Erste PURL-Lieferung erreicht die Ukraine",
     "BRÜSSEL (dpa) - Die erste über die Nato-Initiative PURL gekaufte Lieferung amerikanischer Waffen ist in der "
     "Ukraine angekommen. Das Paket wurde vollständig von Deutschland bezahlt, wie Nato-Generalsekretär Mark Rutte am "
     "Dienstag mitteilte.",
     {("DE", MONEY, D, None)}),
    # a count in words, then more to follow
    ("Polen übergibt Kiew Leopard-Panzer",
     "WARSCHAU (dpa) - Polen hat der Ukraine vierzehn Leopard-2-Panzer übergeben. Weitere zehn sollen im Herbst "
     "folgen, sagte Verteidigungsminister Mariusz Blaszczak am Donnerstag.",
     {("PL", "tanks", D, 14), ("PL", "tanks", P, 10)}),
]


# What the round leaves, by headline: what is read instead (strict xfails).
LEFT = {
    "Germany unveils drone initiative worth 300 million euros for Ukraine": (
        "the headline's 'drone initiative worth 300 million euros' stays drones promised with that worth beside the "
        "body's drones made for it (dropping a headline's promise whose worth the body tells at a later stage split "
        "busy day 15's story of the same sum, tests/stories/test_story_busy_day.py)"),
    "Varsovie accueille des discussions sur les obus pour l'Ukraine": (
        "talks on carrying out a programme in place ('ont discuté ... de la mise en oeuvre d'un programme') read the "
        "programme's shells as discussed, and the officials' nationalities ('polonais et européens') as its givers"),
    "Bruxelles propose 500 millions d'euros pour doper la production d'obus": (
        "money for making shells is read as ammunition in production (round 19's convention for money earmarked "
        "for making things), not as production capacity"),
    "Deutschland und Dänemark liefern Leopard-1-Panzer": (
        "'Weitere 50 Panzer sollen ... folgen' borrows both partners but not the count: a figure told of several "
        "borrowed givers is read as a total spread over them"),
    "Berlin bezahlt Rüstungskäufe Kiews bei der Industrie": (
        "'Lieferungen der Rüstungsindustrie ... bezahlen' reads the deliveries (other) as promised; German "
        "'bezahlen' is no paying word here (as one, it would drop round 15's refused 'Waffen aus Beständen')"),
    "Kontaktgruppe berät in Ramstein über Militärhilfe": (
        "ministers of 50 countries meeting 'über weitere Militärhilfe' read as the allies' funding discussed, "
        "beside Germany's Gepard"),
    "Deutschland lässt Langstreckendrohnen in der Ukraine bauen": (
        "'die ersten Startgeräte von zwei Patriot-Systemen' gives the delivered launchers the systems' count (2)"),
    "Erste PURL-Lieferung erreicht die Ukraine": (
        "'die erste über die Nato-Initiative PURL gekaufte Lieferung ... ist angekommen' reads NATO, the scheme's "
        "owner and the only donor named, as delivering"),
}


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    left_as_xfails(in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT),
)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the held-out batch
# Written after the fixes, labelled by hand before its first run, as above.
# Each is (lang, headline, body, records).

HELD_OUT = [
    ("en", "Netherlands, Belgium prepared to hand Kyiv more F-16s - report",
     "AMSTERDAM (Reuters) - The Netherlands and Belgium are prepared to hand Ukraine more F-16 fighter jets, Dutch "
     "daily De Telegraaf reported on Friday, citing government sources.",
     {("NL", "aircraft", X, None), ("BE", "aircraft", X, None)}),
    ("fr", "La Suède laisse en suspens sa décision sur les Gripen",
     "STOCKHOLM (AFP) - Le gouvernement suédois n'a pas encore tranché sur l'envoi d'avions de combat Gripen à "
     "l'Ukraine, la décision restant ouverte, a indiqué mardi le ministre de la Défense.\n"
     "Stockholm a en revanche livré dix chars à Kiev le mois dernier.",
     {("SE", "aircraft", X, None), ("SE", "tanks", D, 10)}),
    ("de", "Italien liefert zwei weitere SAMP/T-Systeme",
     "ROM (dpa) - Italien will der Ukraine zwei weitere SAMP/T-Flugabwehrsysteme, jeweils mit eigenem Radar, liefern. "
     "Das kündigte Verteidigungsminister Guido Crosetto am Donnerstag an.\n"
     "Rom hatte Kiew bereits Storm-Shadow-Marschflugkörper übergeben.",
     {("IT", AIR, P, 2), ("IT", "missiles", D, None)}),
    ("en", "Poland and Germany sign air defence pact, Berlin sends shells",
     "WARSAW (Reuters) - Poland and Germany signed an agreement on air defence for NATO's eastern flank on Tuesday, "
     "the two governments said.\n"
     "Germany also said it had delivered 100,000 artillery shells to Ukraine this month.",
     {("DE", AMMO, D, 100000)}),
    ("fr", "La Suisse interdit au Danemark de réexporter des blindés vers Kiev",
     "BERNE (AFP) - La Suisse a interdit au Danemark de réexporter vers l'Ukraine 22 blindés Piranha fabriqués sur son "
     "sol, a annoncé jeudi le Conseil fédéral.",
     {("CH", ARMOUR, R, 22), ("DK", ARMOUR, X, 22)}),
    ("de", "Dänemark und Niederlande übergeben Leopard-Panzer",
     "KOPENHAGEN (dpa) - Mit den Niederlanden hat Dänemark der Ukraine 14 Leopard-2-Panzer übergeben. Zudem lieferte "
     "Norwegen Munition für die Leopard-Panzer, die Kiew aus Deutschland bekommen hatte.",
     {("DK", "tanks", D, None), ("NL", "tanks", D, None), ("NO", AMMO, D, None), ("DE", "tanks", D, None)}),
    ("en", "Sweden-funded PURL package arrives in Ukraine",
     "STOCKHOLM (Reuters) - A package of American weapons bought through NATO's PURL scheme has arrived in Ukraine, "
     "Sweden's defence ministry said on Wednesday.\n"
     "The shipment was paid for by Sweden and Norway, it said.",
     {("SE", MONEY, D, None), ("NO", MONEY, D, None)}),
    ("fr", "Washington autorise la Grèce à céder des missiles Patriot à Kiev",
     "WASHINGTON (AFP) - Les États-Unis ont autorisé la Grèce à céder à l'Ukraine une batterie de missiles Patriot, a "
     "indiqué mercredi le département d'État.\n"
     "Athènes n'a pas encore dit quand elle livrerait le système.",
     {("US", AIR, X, None), ("GR", AIR, P, None)}),
    ("de", "USA lieferten heimlich ATACMS an die Ukraine",
     "WASHINGTON (dpa) - Die USA hatten bereits im Februar zugesagt, der Ukraine ATACMS-Raketen mit größerer "
     "Reichweite zu liefern. Das bestätigte ein Sprecher des Außenministeriums am Mittwoch.",
     {("US", "missiles", D, None)}),
    ("en", "Britain 'determined' to keep arming Ukraine, Typhoon decision open",
     "LONDON (Reuters) - Britain is determined to keep supplying Ukraine with artillery ammunition, Defence Secretary "
     "John Healey said on Monday, adding that a decision on Typhoon jets remained open.",
     {("GB", AMMO, X, None), ("GB", "aircraft", X, None)}),
    ("en", "Denmark orders Ukrainian-made howitzers for Kyiv",
     "COPENHAGEN (Reuters) - Denmark has signed a contract worth 400 million crowns with a Ukrainian manufacturer for "
     "18 Bohdana howitzers to be delivered to Ukraine's army, the defence ministry said.",
     {("DK", "artillery", M, 18)}),
]


# What the held-out batch leaves, by headline: what is read instead (strict xfails).
HELD_OUT_LEFT = {
    "Sweden-funded PURL package arrives in Ukraine": (
        "the payers of 'The shipment was paid for by Sweden and Norway' are read (funding delivered, since round "
        "26), but the package that arrived is also read as Sweden's (the ministry that reports it) delivered"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the readings the round mended, and their neighbours


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # readiness known from a newspaper is discussed; said by the giver, a promise
    ("en", "Belgium is ready to send F-16 jets to Ukraine, the New York Times reported.", {("BE", "aircraft", X, None)}),
    ("en", "Belgium is ready to send F-16 jets to Ukraine, Prime Minister Alexander De Croo said.",
     {("BE", "aircraft", P, None)}),
    # a decision left open is discussed; a decision taken, a promise
    ("de", "Scholz hat die Entscheidung über Taurus-Lieferungen an die Ukraine offengelassen.",
     {("DE", "missiles", X, None)}),
    ("de", "Scholz hat entschieden, der Ukraine Taurus-Marschflugkörper zu liefern.", {("DE", "missiles", P, None)}),
    # a system's own radar is part of it; radars given beside systems are equipment
    ("en", "Germany will send Ukraine two IRIS-T systems, each with its own radar.", {("DE", AIR, P, 2)}),
    ("en", "Germany will send Ukraine two IRIS-T systems and four radars.", {("DE", AIR, P, 2), ("DE", "other", P, 4)}),
    # air defence as an accord's topic is no thing given
    ("fr", "L'Allemagne a signé avec la Pologne un accord sur la défense aérienne. Berlin livrera des chars à Kiev.",
     {("DE", "tanks", P, None)}),
    # a receipt in a relative clause is its source's delivery, as a plain receipt is
    ("en", "Norway delivered shells for the Gepard guns that Ukraine received from Germany.",
     {("NO", AMMO, D, None), ("DE", AIR, D, None)}),
    ("en", "Ukraine received 30 Gepard guns from Germany.", {("DE", AIR, D, 30)}),
    # leave to others is the approver's question; leave to give one's own is a promise
    ("en", "Washington allowed allies to send F-16 jets to Ukraine.", {("US", "aircraft", X, None)}),
    ("fr", "Berlin a donné son feu vert à la livraison de chars Leopard à l'Ukraine.", {("DE", "tanks", P, None)}),
    # the one forbidden to give discusses; the one who vetoes is no forbidden giver
    ("fr", "La Suisse a refusé que le Danemark réexporte des blindés Piranha vers l'Ukraine.",
     {("CH", ARMOUR, R, None), ("DK", ARMOUR, X, None)}),
    ("en", "EU ministers failed to release 6.6 billion euros for arms for Ukraine, as Hungary kept up its veto.",
     {("EU", MONEY, R, 6.6e9)}),
    # "May" the month is no modal
    ("en", "In May Germany sent 10 tanks to Ukraine.", {("DE", "tanks", D, 10)}),
    ("en", "Germany may send tanks to Ukraine.", {("DE", "tanks", X, None)}),
    # a contract's value prices the one thing it buys
    ("en", "The Netherlands will sign contracts worth 200 million euros with Ukrainian firms to produce drones.",
     {("NL", "drones", M, 200e6)}),
    # German "Mit Dänemark" opening the clause is a partner; "Mit Sorge" is none
    ("de", "Mit Dänemark hat Deutschland der Ukraine 100 Leopard-1-Panzer geliefert.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("de", "Mit Sorge hat Deutschland die Lage betrachtet und der Ukraine 20 Panzer geliefert.", {("DE", "tanks", D, 20)}),
])
def test_the_readings_the_round_mended(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
