"""Pledges, review 46: the sixth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress: per
language a story with negations and exclusions ("does not include", "ni ... ni", "ohne", "no longer", "not
yet delivered"), a rumour followed by the government's reaction (a newspaper citing sources; the ministry
declining to comment, denying or confirming), a sentence several donors share ("each", "respectively",
"chacun", "jeweils", lists cut by semicolons), a comparison with earlier aid ("the largest since", "doubling
last year's", "weniger als im Vorjahr"), a minister's social-media post quoted in full (first person, emoji,
hashtags), a story with an appended correction, and two ordinary wire stories. Donors beyond the big ones
(Norway, Canada, the Baltic states, Iceland, Croatia, Belgium, Portugal, Greece, Switzerland, Slovakia, ...),
every status, money and counts. Every text and figure is invented for this file; none is taken from the
real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and
tests/data/README.md, as (donor, category, status, figure): the figure is the count of things stated, else
the sum of money, else None. The lead's conventions: money paid into a fund or initiative is a funding
record of the payer; a count or sum given jointly by several givers is on no giver's record (each giver gets
a record without the figure). Choices of mine where the conventions leave a case open:
- a thing a package is said not to include ("does not include", "ni ... ni" after a package, "ohne",
  "nicht Teil des Pakets") gives no record; a government saying it will not send a thing ("will no longer
  send", "n'enverra ni ... ni") is a refusal of it;
- a thing promised and "not yet delivered" / "noch nicht geliefert" is pledged;
- a newspaper's report of a planned delivery that the government does not confirm (declines to comment) is
  discussed; once the government confirms it, pledged; when the government denies that any is planned
  ("aucune livraison n'est prévue à ce stade"), refused, with the rumoured count;
- a sum or count named only as a comparison base ("doubling last year's", "weniger als die 18 im
  vergangenen Jahr") gives no record; the figure an appended correction says was wrong gives none;
- money for several named kinds of thing is a funding record with the sum and a record without figure for
  each kind; money for one named kind is that kind's record with the sum (review 44's convention); money paid
  to buy from Ukrainian makers is a production record of the thing's category (review 45's convention);
- a permission for private firms to sell to Ukraine is discussed (as an export approval alone); a
  government blocking a re-export is that government's refusal; the country whose re-export is blocked gets
  no record.

First run (2026-12-05, this branch = main at 114662f, labels unchanged; load average about 25): 8 of 24
articles fully right (EN 1 of 8, FR 4 of 8, DE 3 of 8); records as (donor, category, status) matched 50 /
labelled 68 / predicted 71 (P 0.70, R 0.74); with their figures too, 46 of 68. By form, fully right:
negations 0 of 3, rumour and reaction 1 of 3 (the German leak confirmed), shared sentences 1 of 3 (the
French "chacun" / "respectivement" / semicolons), comparisons 2 of 3, social-media posts 1 of 3 (the
Estonian one, whose post names its country), corrections 2 of 3 (the wrong figure a correction names is
never read, but the English note's "shells delivered" is read as a delivery of the giver before it), wire
stories 1 of 6. The 16 left are strict xfails (LEFT) saying what is read instead. Three hold a call of mine
a reader could make otherwise, two of them beside other misses: air defence radars, which the extractor
reads as equipment (other) by design (EN post, FR Lithuanian wire: the Lithuanian article's only miss); the
drones bought from Ukrainian makers, which I labelled production and the extractor reads pledged (DE shared).

After pledges round 36 (tests/pledges/test_pledges_wire_36.py: a giving being prepared known from the press or
told in the French conditional is discussed; the bare past "paid <sum>" is a payment made; an appended correction
note gives no record; "is also considering sending" is discussed): 11 of 24 fully right (the Canadian rumour and
the Czech initiative's correction now plain tests; the Croatian wire's tanks now discussed, its US helicopters
left; the German package "erneut ohne Taurus" now right: what "ohne"/"without"/"sans" leaves out is not given; "the
first missiles" now read as the air defence missiles named before), records matched 53 / labelled 68 / predicted 70
(P 0.76, R 0.78). The labelling calls on radars (C3) and on drones bought from Ukrainian makers (C4) are left as the
code reads them, for the lead to decide.

After pledges round 37 (tests/pledges/test_pledges_wire_37.py: sums told "respectively" of several givers are
each giver's own; French "n'enverra ni ... ni ...", "will send neither ... nor", "weder ... noch" refuse both
members, and a headline's "mais ni ... ni ..." after a delivery gives none of them; a counted record told by
its general word stands beside an older promise of a named system of its kind, "promised in January" / "not yet
delivered"): 13 of 24 fully right (the Belgian F-16 story and the Norwegian package now plain tests; the Baltic
story's Danish and Finnish sums now right, its Icelandic medics left), records matched 55 / labelled 68 /
predicted 68 (P 0.81, R 0.81; the Norwegian fix mends a figure, not a record). Then "aucune livraison ... n'est prévue" refuses what it
names: the Mirage story's denial now reads (FR, aircraft, refused) but without the rumoured count, so it stays
left; records matched 56 / labelled 68 / predicted 69 (P 0.81, R 0.82).

Relabelled at stop 45 to the lead's convention on shares (as tests/pledges/test_pledges_wire_6.py reads a
share in one sentence): a share of a stated total told with "of which / dont / davon" stays inside the total,
which is the funding record; the named thing's record carries no sum. The Dutch package's ammunition is now
labelled without the 500 million.

After pledges round 38 (tests/pledges/test_pledges_wire_38.py: the day or "again" between a refusal and the
permission it refuses; arms refused in general kept beside precise things only allowed; "signed off on"
approves; medics and technicians are trainees; "poursuit la formation" is training under way): 16 of 24
fully right (the Baltic meeting, the Swiss re-export and the Slovak refusal now plain tests; the Dutch post
now reads its sum, drones and munitions, its radars left as other by design; the French Mirage story's
Cazaux training now read), records matched 61 / labelled 68 / predicted 73 (P 0.84, R 0.90). Then the
Black Hawks that replace Croatia's helicopters are no US giving, and the Latvian post's "Weitere folgen!" no
promise: 18 of 24 (the Croatian and Latvian stories now plain tests), records matched 62 / labelled 68 /
predicted 72 (P 0.86, R 0.91).

After pledges round 41 (2026-12-05, tests/pledges/test_pledges_wire_41.py; labels unchanged): 19 of 24 fully
right (the Dutch package now a plain test: "Davon sollen 500 Millionen Euro in die Beschaffung von
Artilleriemunition fließen" is a share of the 3,5 Milliarden, no funding record of its own), records matched
62 / labelled 68 / predicted 72 (P 0.86, R 0.91), figures 63/68.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
NEGATION, RUMOUR, SHARED, COMPARISON, POST, CORRECTION, WIRE = (
    "negation", "rumour", "shared", "comparison", "post", "correction", "wire")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    (NEGATION, "Norway's new Ukraine package brings air defence but no fighter jets",
     "OSLO, March 4 (Wire) - Norway will give Ukraine a military aid package worth 4 billion crowns that "
     "includes 12 air defence launchers and artillery ammunition, the defence ministry said on Wednesday. The "
     "package does not include F-16 jets. Two NASAMS launchers promised in January have not yet been "
     "delivered, the ministry added. Norway will no longer send M109 howitzers, which its own army now needs, "
     "it said.",
     {("NO", MONEY, P, 4000000000), ("NO", AIR, P, 12), ("NO", AMMO, P, None), ("NO", AIR, P, 2),
      ("NO", "artillery", R, None)}),
    # A newspaper's report the ministry will not confirm: discussed.
    (RUMOUR, "Canada preparing to send 20,000 shells to Ukraine, paper reports",
     "OTTAWA, April 9 (Wire) - Canada is preparing to send about 20,000 artillery shells from army stocks to "
     "Ukraine, a Toronto newspaper reported on Thursday, citing two government sources. The Department of "
     "National Defence declined to comment on the report. A spokesperson said Canada's support for Ukraine "
     "remained steadfast but that the department did not discuss deliveries before they were made.",
     {("CA", AMMO, X, 20000)}),
    (SHARED, "Baltic states each pledge 1,000 drones at Riga meeting",
     "RIGA, May 14 (Wire) - Estonia, Latvia and Lithuania each pledged 1,000 first-person-view drones to "
     "Ukraine at a meeting in Riga on Tuesday, while Denmark and Finland will pay 90 million euros and 60 "
     "million euros respectively for artillery shells. Iceland said it would train 50 Ukrainian combat medics; "
     "Norway, whose minister did not attend, made no new pledge.",
     {("EE", "drones", P, 1000), ("LV", "drones", P, 1000), ("LT", "drones", P, 1000),
      ("DK", AMMO, P, 90000000), ("FI", AMMO, P, 60000000), ("IS", "training", P, 50)}),
    # The 600 million euros of last year is only a comparison base: no record.
    (COMPARISON, "Spain doubles military aid to Ukraine with largest package yet",
     "MADRID, June 2 (Wire) - Spain will send Ukraine military aid worth 1.2 billion euros this year, doubling "
     "the 600 million euros it gave last year, the defence minister said on Monday. The package, the largest "
     "Madrid has announced since the start of the war, includes four more Hawk launchers and 20 Leopard 2A4 "
     "tanks taken out of storage.",
     {("ES", MONEY, P, 1200000000), ("ES", AIR, P, 4), ("ES", "tanks", P, 20)}),
    # First person in the post; the donor is the minister's country.
    (POST, "Dutch minister announces new Ukraine package on X",
     "THE HAGUE, July 7 (Wire) - The Dutch defence minister announced a new aid package on X on Monday. "
     "\"Today I signed off on our next package for Ukraine \U0001F1FA\U0001F1E6: 350 million euros for drones, "
     "air defence radars and munitions for the F-16s. Their fight is our fight. #StandWithUkraine\", he wrote. "
     "The ministry said later that the first radars would arrive before the winter.",
     {("NL", MONEY, P, 350000000), ("NL", "drones", P, None), ("NL", AIR, P, None), ("NL", AMMO, P, None)}),
    # The 50,000 of the correction is the wrong figure: no record. Belgium's payment into the initiative is paid.
    (CORRECTION, "Czech-led initiative has delivered 500,000 shells this year",
     "PRAGUE, Aug 20 (Wire) - The Czech-led ammunition initiative has delivered 500,000 large-calibre shells "
     "to Ukraine so far this year, the Czech government said on Thursday. Belgium paid 100 million euros into "
     "the initiative last month, it added.\n\n"
     "(Corrects number of shells in headline and first paragraph: an earlier version of this story misstated "
     "the number of shells delivered as 50,000.)",
     {("CZ", AMMO, D, 500000), ("BE", MONEY, D, 100000000)}),
    # The Black Hawks go to Croatia, not to Ukraine.
    (WIRE, "Croatia hands eight Mi-8 helicopters to Ukraine",
     "ZAGREB, Sept 3 (Wire) - Croatia has handed over eight Mi-8 transport helicopters to Ukraine, the "
     "government said on Wednesday, after the United States agreed to replace them with Black Hawks. Zagreb "
     "is also considering sending M-84 tanks, the prime minister said, but no decision has been taken.",
     {("HR", "aircraft", D, 8), ("HR", "tanks", X, None)}),
    (WIRE, "Britain signs contract for 5,000 air defence missiles for Ukraine",
     "LONDON, Oct 1 (Wire) - Britain has signed a 1.6 billion pound contract with Thales for more than 5,000 "
     "lightweight air defence missiles for Ukraine, the defence ministry said on Wednesday. The first missiles "
     "will be handed over next year. Britain also said it had trained 45,000 Ukrainian recruits since 2022.",
     {("GB", AIR, M, 5000), ("GB", "training", D, 45000)}),
]

FRENCH = [
    (NEGATION, "La Belgique livre ses premiers F-16 à l'Ukraine, mais ni chars ni missiles",
     "BRUXELLES, 12 mars (Agence) - La Belgique a livré à l'Ukraine ses deux premiers avions de combat F-16, "
     "a annoncé mercredi le ministre de la Défense. Les 28 autres appareils promis n'ont pas encore été livrés "
     "et le seront d'ici 2028. Bruxelles n'enverra ni chars ni missiles à longue portée, a-t-il précisé.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 28), ("BE", "tanks", R, None), ("BE", "missiles", R, None)}),
    # Denied by the ministry: refused, with the rumoured count.
    (RUMOUR, "Mirage pour l'Ukraine : le ministère des Armées dément une livraison",
     "PARIS, 3 avril (Agence) - La France s'apprêterait à livrer six Mirage 2000 supplémentaires à l'Ukraine "
     "d'ici l'été, selon un quotidien citant des sources proches du dossier. Le ministère des Armées a démenti "
     "jeudi, assurant qu'« aucune nouvelle livraison d'avions n'est prévue à ce stade ». Paris poursuit en "
     "revanche la formation de pilotes ukrainiens sur la base de Cazaux.",
     {("FR", "aircraft", R, 6), ("FR", "training", D, None)}),
    # Romania, present, announced nothing: no record.
    (SHARED, "Groupe de contact : l'Espagne, le Portugal et la Grèce promettent chacun 50 millions d'euros",
     "RAMSTEIN, 15 mai (Agence) - L'Espagne, le Portugal et la Grèce ont promis chacun 50 millions d'euros pour "
     "l'achat de munitions destinées à l'Ukraine, lors de la réunion du groupe de contact mardi. La Suède et la "
     "Norvège fourniront respectivement 12 et 8 canons Archer ; le Canada, des missiles NASAMS "
     "supplémentaires ; la Roumanie, dont le ministre était présent, n'a rien annoncé.",
     {("ES", AMMO, P, 50000000), ("PT", AMMO, P, 50000000), ("GR", AMMO, P, 50000000),
      ("SE", "artillery", P, 12), ("NO", "artillery", P, 8), ("CA", AIR, P, None)}),
    # Danish money for guns made in Ukraine: a production record of artillery (review 45's convention).
    (COMPARISON, "Le Danemark annonce son plus important paquet d'aide militaire depuis 2023",
     "COPENHAGUE, 4 juin (Agence) - Le Danemark va fournir à l'Ukraine une aide militaire de 9 milliards de "
     "couronnes, son paquet le plus important depuis 2023 et près du double de celui de l'an dernier, a annoncé "
     "le ministère danois de la Défense. L'enveloppe financera notamment 18 canons automoteurs produits en "
     "Ukraine ainsi que des drones maritimes.",
     {("DK", MONEY, P, 9000000000), ("DK", "artillery", M, 18), ("DK", "drones", P, None)}),
    (POST, "« L'Estonie tiendra parole » : le ministre estonien annonce un 30e paquet sur X",
     "TALLINN, 8 juillet (Agence) - Le ministre estonien de la Défense a annoncé sur X une nouvelle aide : "
     "« Aujourd'hui, j'ai approuvé notre 30e paquet pour l'Ukraine : 10 000 obus de 155 mm et des "
     "lance-roquettes antichars. L'Estonie tiendra parole. \U0001F1EA\U0001F1EA\U0001F1FA\U0001F1E6 "
     "#SlavaUkraini ». Le paquet représente 0,25 % du PIB estonien, a précisé le ministère.",
     {("EE", AMMO, P, 10000), ("EE", ARMS, P, None)}),
    # "un second système" is an ordinal, no count; the 400 of the correction is the wrong figure.
    (CORRECTION, "L'Italie a livré un second système SAMP/T à l'Ukraine",
     "ROME, 22 août (Agence) - L'Italie a livré à l'Ukraine un second système de défense antiaérienne SAMP/T, "
     "a indiqué vendredi le ministère italien de la Défense, sans préciser la date. Rome a aussi envoyé 40 "
     "véhicules blindés Lince.\n\n"
     "Rectificatif : dans une version précédente de cette dépêche, nous indiquions par erreur que l'Italie "
     "avait livré 400 véhicules Lince ; il s'agit de 40 véhicules.",
     {("IT", AIR, D, None), ("IT", ARMOUR, D, 40)}),
    # Switzerland blocks the re-export: its refusal; Germany, which cannot send them, gets no record.
    (WIRE, "La Suisse refuse à nouveau la réexportation de munitions vers l'Ukraine",
     "BERNE, 9 septembre (Agence) - Le Conseil fédéral suisse a de nouveau refusé mardi d'autoriser "
     "l'Allemagne à réexporter vers l'Ukraine 12 000 cartouches pour chars Gepard de fabrication suisse, "
     "invoquant la neutralité du pays.",
     {("CH", AMMO, R, 12000)}),
    (WIRE, "La Lituanie va acheter des radars de défense antiaérienne pour l'Ukraine",
     "VILNIUS, 2 octobre (Agence) - La Lituanie va acheter pour 30 millions d'euros de radars de défense "
     "antiaérienne destinés à l'Ukraine, a annoncé jeudi son ministère de la Défense. Les premiers équipements "
     "seront livrés avant la fin de l'année. Vilnius a déjà remis à Kiev 3 500 drones depuis janvier.",
     {("LT", AIR, P, 30000000), ("LT", "drones", D, 3500)}),
]

GERMAN = [
    # "erneut ohne Taurus" and "nicht Teil des Pakets": no record; the Patriots not yet delivered: pledged.
    (NEGATION, "Neues Militärpaket für Kiew – erneut ohne Taurus",
     "BERLIN (Agentur) - Die Bundesregierung hat der Ukraine ein weiteres Militärhilfepaket zugesagt, erneut "
     "ohne Taurus-Marschflugkörper. Das Paket umfasse vier IRIS-T-SLM-Feuereinheiten und 30 Schützenpanzer vom "
     "Typ Marder, teilte das Verteidigungsministerium am Montag mit. Kampfjets seien nicht Teil des Pakets. "
     "Die bereits im Frühjahr zugesagten Patriot-Systeme sind noch nicht geliefert.",
     {("DE", AIR, P, 4), ("DE", ARMOUR, P, 30), ("DE", AIR, P, None)}),
    # Confirmed the same day: pledged.
    (RUMOUR, "Bericht über Gripen-Lieferung an Kiew – Stockholm bestätigt",
     "STOCKHOLM (Agentur) - Schweden will der Ukraine nach einem Zeitungsbericht bis zu 14 Kampfjets vom Typ "
     "Gripen C überlassen. Die Zeitung berief sich auf Quellen im Verteidigungsministerium. Am Nachmittag "
     "bestätigte der schwedische Verteidigungsminister die Pläne: Die ersten Maschinen sollen im kommenden "
     "Jahr übergeben werden.",
     {("SE", "aircraft", P, 14)}),
    # Money to buy Ukrainian drones: production records of drones; the 200 vehicles are joint: no figure.
    (SHARED, "Nordische Länder zahlen jeweils 100 Millionen Euro für ukrainische Drohnen",
     "KOPENHAGEN (Agentur) - Dänemark, Schweden und Finnland stellen jeweils 100 Millionen Euro für den Kauf "
     "ukrainischer Langstreckendrohnen bereit. Zusammen mit Norwegen liefern die drei Länder zudem 200 "
     "Schützenpanzer; Island beteiligt sich mit 5 Millionen Euro an der Ausbildung ukrainischer Soldaten.",
     {("DK", "drones", M, 100000000), ("SE", "drones", M, 100000000), ("FI", "drones", M, 100000000),
      ("DK", ARMOUR, P, None), ("SE", ARMOUR, P, None), ("FI", ARMOUR, P, None), ("NO", ARMOUR, P, None),
      ("IS", "training", P, 5000000)}),
    # The 18 of last year is a comparison base: no record.
    (COMPARISON, "Niederlande: Größtes Ukraine-Paket seit Kriegsbeginn",
     "DEN HAAG (Agentur) - Die Niederlande stellen der Ukraine in diesem Jahr 3,5 Milliarden Euro an "
     "Militärhilfe bereit, so viel wie nie seit Kriegsbeginn und eine Milliarde mehr als im Vorjahr. Davon "
     "sollen 500 Millionen Euro in die Beschaffung von Artilleriemunition fließen. Zudem wollen die "
     "Niederlande zwölf weitere Panzerhaubitzen 2000 übergeben, weniger als die 18 im vergangenen Jahr.",
     {("NL", MONEY, P, 3500000000), ("NL", AMMO, P, None), ("NL", "artillery", P, 12)}),
    (POST, "Lettlands Verteidigungsminister auf X: 40 Fahrzeuge an die Ukraine übergeben",
     "RIGA (Agentur) - Lettland hat der Ukraine weitere gepanzerte Fahrzeuge übergeben. \"Heute haben wir 40 "
     "gepanzerte Fahrzeuge an die Ukraine übergeben. Weitere folgen! \U0001F1F1\U0001F1FB\U0001F91D"
     "\U0001F1FA\U0001F1E6 #StandWithUkraine\", schrieb der Verteidigungsminister auf der Plattform X. Lettland "
     "hatte im Frühjahr zudem 2.000 Drohnen zugesagt.",
     {("LV", ARMOUR, D, 40), ("LV", "drones", P, 2000)}),
    (CORRECTION, "Tschechien liefert 20 Raketenwerfer an die Ukraine",
     "PRAG (Agentur) - Tschechien hat der Ukraine 20 Raketenwerfer vom Typ RM-70 geliefert, wie das "
     "Verteidigungsministerium am Dienstag mitteilte. Die Systeme seien bereits an der Front im Einsatz.\n\n"
     "Korrektur: In einer früheren Version dieser Meldung hieß es, Tschechien habe 200 Raketenwerfer "
     "geliefert. Richtig ist 20.",
     {("CZ", "artillery", D, 20)}),
    # "keine Waffen" names no kind: other, refused; private firms allowed to sell: discussed.
    (WIRE, "Slowakei liefert keine Waffen mehr aus Armeebeständen",
     "BRATISLAVA (Agentur) - Die slowakische Regierung wird der Ukraine keine Waffen aus Armeebeständen mehr "
     "liefern, sagte der Ministerpräsident am Mittwoch. Private Rüstungsfirmen dürften aber weiterhin Munition "
     "an die Ukraine verkaufen.",
     {("SK", "other", R, None), ("SK", AMMO, X, None)}),
    # Joint financing: no figure on either giver; the payment into PURL is paid.
    (WIRE, "Norwegen und Deutschland finanzieren gemeinsam IRIS-T für Kiew",
     "OSLO (Agentur) - Norwegen und Deutschland finanzieren gemeinsam zwei IRIS-T-SLM-Systeme für die Ukraine "
     "im Wert von 300 Millionen Euro. Das erste soll bis Jahresende geliefert werden. Zudem hat Norwegen 100 "
     "Millionen Euro in den Nato-Fonds PURL eingezahlt.",
     {("NO", AIR, P, None), ("DE", AIR, P, None), ("NO", MONEY, D, 100000000)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Dutch minister announces new Ukraine package on X": (
        "reads (NL, other, pledged, None) for the 'air defence radars', equipment by design (a call of mine a "
        "reader could make otherwise: I labelled them air defence). Until pledges round 38 the first-person "
        "post 'Today I signed off on our next package ...' gave nothing ('signed off on' was no cue)"),
    "Mirage pour l'Ukraine : le ministère des Armées dément une livraison": (
        "reads (FR, aircraft, pledged, None) from the headline's 'dément une livraison' and the body's "
        "'s'apprêterait à livrer six Mirage' (discussed 6 since pledges round 36) is not kept beside it; 'a "
        "démenti ..., assurant qu'« aucune nouvelle livraison d'avions n'est prévue »' gives (FR, aircraft, "
        "refused, None) since pledges round 37, without the rumoured six (before: nothing); "
        "'poursuit la formation de pilotes ukrainiens' is training under way since pledges round 38"),
    "La Lituanie va acheter des radars de défense antiaérienne pour l'Ukraine": (
        "reads (LT, other, pledged, 30000000): radars are equipment by design, whatever they serve (a call of "
        "mine a reader could make otherwise: I labelled air defence radars air defence)"),
    "Nordische Länder zahlen jeweils 100 Millionen Euro für ukrainische Drohnen": (
        "the drones bought from Ukraine ('für den Kauf ukrainischer Langstreckendrohnen') are read pledged, not "
        "production (a call of mine a reader could make otherwise). ('Island beteiligt sich mit 5 Millionen "
        "Euro an der Ausbildung' went to DK, SE and FI as (training, pledged, None) until pledges round 48, "
        "which reads German 'Island' in German copy as Iceland: (IS, training, pledged, 5000000) as labelled)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: negations, a rumour and its reaction, a sentence
    several donors share, a comparison with earlier aid, a quoted social-media post, an appended correction
    and 2 wire stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([NEGATION, RUMOUR, SHARED, COMPARISON, POST, CORRECTION, WIRE, WIRE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
