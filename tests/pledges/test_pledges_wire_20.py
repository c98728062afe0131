"""A twentieth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, each a headline and one or two
sentences. It aims at what earlier rounds covered least: pledges told in a minister's
quoted words ("We will send ...", said X; »Wir werden ...«, sagte Y; « Nous allons
livrer ... »), lists after a colon ("The package includes: ..."), sums in pounds,
crowns, złoty and yen, counts told with "more than", "up to", "jusqu'à", "mehr als",
money split across years, money paid through an alliance's fund (NATO's PURL, the
European Peace Facility, the G7's ERA loans: the payer is the giver), reports denied and
earlier promises walked back, and German clauses with the verb at the end. A last group
takes up open readings of earlier rounds. Each article was labelled by hand before it
was run, following the real-article set's conventions (../shared/eval/README.md) and the
earlier rounds', with its figure: the count of things stated, else the sum of money, else
none.
Run first (on this branch as it began, which reads as main), 32 of the 39 articles were
fully right (records (donor, category, status) matched 45 / labelled 47 / predicted 51; with
their figures 42 of 48), and none of the six earlier readings (3 / 10 / 8). The fixes, each
in general words: money Ukraine "erhält" in the German present is announced (things
received in the present still arrive); "4,1 Milliarden" is a whole sum (the float product
was 4099999999.9999995); "la production d'obus" (the elided "d'") and buying "from
Ukrainian manufacturers" / "auprès d'industriels ukrainiens" / "bei ukrainischen
Herstellern" are production; who asks for leave to give ("asked Germany for permission to
send", "a demandé à la Pologne l'autorisation de", "um die Erlaubnis gebeten") would give,
not the one asked; the owner of a scheme the giving goes through ("under NATO's PURL
scheme", "dans le cadre du mécanisme PURL de l'Otan", "im Rahmen der Nato-Initiative") and
the make of the things paid for ("a package of U.S. weapons") give nothing; a sum paid for
Ukraine's own forces ("for Ukraine's air defence", "pour renforcer la défense aérienne de
l'Ukraine") buys for them; a headline telling no time over a body telling the same aid
given is that aid; the first ones delivered with the total told after them ("d'un total de
30 promis") give the total promised too; a swap's two legs ("in exchange for") are two
things; a package split across years is one record a year. After them, 38 of 39 (47 / 47 /
48; figures 47 of 48) and all six earlier readings; the one left (a package's worth and
what it holds, told by a participle) is a strict xfail saying what is read instead. Four earlier strict
xfails now pass (round 16's leave asked in German; round 19's PURL package, its Belgian
F-16 total and its swap). A held-out batch of 12, written after the fixes, read 9 right
on its first run (11 / 14 / 13, figures 11 of 14; main 8, 10 / 14 / 13, figures 10); after
two fixes it showed (France's Rafale was no known system; the French "l'autorisation" was
not read as leave asked), 11 of 12; leave asked with the giving told after it ("um die
Erlaubnis gebeten, ... zu liefern", "son feu vert pour livrer") is now a wish, discussed. The real-article set reads as before (pledges predicted
196 / labelled 193 / matched 179; stories pairP 1.00 pairR 0.86, hidden 0/72 in both date
modes).
The earlier rounds are tests/pledges/test_pledges_wire.py to _19.

Relabelled in round 42 (tests/pledges/test_pledges_wire_42.py): paying for the making of things in Ukraine
("the production of ... in Ukraine", "la production de ... en Ukraine", "die Herstellung von ... in der Ukraine")
is category production, as the lead ruled; these labels named the thing made until then.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages

# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure), the figure the count of things stated, else the
# sum of money, else None.

ENGLISH = [
    ("Britain to send 20,000 more drones to Ukraine, Healey says",
     "LONDON, Nov 10 (Reuters) - \"We will send a further 20,000 drones to Ukraine in the coming months,\" Defence "
     "Secretary John Healey told reporters on Monday. The drones will be paid for from Britain's 4.5 billion pound "
     "military aid budget for this year.",
     {("GB", "drones", P, 20000)}),
    ("Sweden unveils 4 billion crown aid package for Ukraine",
     "STOCKHOLM (Reuters) - Sweden will send Ukraine a new military aid package worth 4 billion crowns, the "
     "government said on Thursday. The package includes: air defence missiles, artillery ammunition and 20 CV90 "
     "infantry fighting vehicles.",
     {("SE", MONEY, P, 4e9), ("SE", AIR, P, None), ("SE", AMMO, P, None), ("SE", ARMOUR, P, 20)}),
    ("Britain to provide Ukraine with more than 5,000 air defence missiles",
     "LONDON (Reuters) - Britain will provide Ukraine with more than 5,000 air defence missiles worth 1.6 billion "
     "pounds, the government said on Sunday. The first deliveries are expected this year.",
     {("GB", AIR, P, 5000)}),
    ("Denmark to buy Ukrainian-made howitzers for Kyiv",
     "COPENHAGEN (Reuters) - Denmark will spend 1.2 billion Danish crowns on buying Bohdana howitzers from Ukrainian "
     "manufacturers for the Ukrainian army, the defence ministry said on Tuesday.",
     {("DK", "artillery", M, 1.2e9)}),
    ("Japan to pay into NATO fund for Ukraine",
     "TOKYO (Reuters) - Japan will contribute 4.5 billion yen to a NATO trust fund that buys non-lethal equipment for "
     "Ukraine's armed forces, the foreign ministry said on Friday.",
     {("JP", MONEY, P, 4.5e9)}),
    ("Netherlands sets aside Ukraine aid for 2026 and 2027",
     "THE HAGUE (Reuters) - The Netherlands will set aside 3.5 billion euros for military support to Ukraine in 2026 "
     "and another 3 billion euros in 2027, the defence ministry said on Friday.",
     {("NL", MONEY, P, 3.5e9), ("NL", MONEY, P, 3e9)}),
    ("Italy denies plan to send second SAMP/T to Ukraine",
     "ROME (Reuters) - Italy's defence ministry on Tuesday denied a newspaper report that Rome was preparing to send "
     "a second SAMP/T air defence system to Ukraine. \"There is no such decision,\" the ministry said in a statement.",
     {("IT", AIR, R, None)}),
    ("Canada joins NATO scheme to buy U.S. arms for Ukraine",
     "OTTAWA (Reuters) - Canada will contribute 500 million Canadian dollars to buy U.S. weapons for Ukraine through "
     "NATO's Prioritized Ukraine Requirements List (PURL), Prime Minister Mark Carney said on Wednesday.",
     {("CA", MONEY, P, 500e6)}),
    ("Hungary blocks EU weapons money for Ukraine again",
     "BRUSSELS (Reuters) - Hungary again blocked the release of 6.6 billion euros from the European Peace Facility to "
     "reimburse EU states for weapons sent to Ukraine, diplomats said on Monday.",
     {("EU", MONEY, X, 6.6e9)}),
    ("Japan pays out G7 loan money to Ukraine",
     "TOKYO (Reuters) - Japan has disbursed 471.9 billion yen to Ukraine under the G7's ERA loans, which are repaid "
     "from the profits of immobilised Russian assets, the finance ministry said on Friday.",
     {("JP", MONEY, D, 471.9e9)}),
    ("Merz promises Kyiv four more Patriot systems",
     "BERLIN (Reuters) - \"Germany will deliver four more Patriot systems to Ukraine this year,\" Chancellor "
     "Friedrich Merz told a news conference in Berlin on Thursday.",
     {("DE", AIR, P, 4)}),
    ("Slovakia will not deliver shells promised by previous government",
     "BRATISLAVA (Reuters) - Slovakia will not deliver the 30,000 artillery shells promised to Ukraine by the "
     "previous government, Prime Minister Robert Fico said on Wednesday.",
     {("SK", AMMO, R, 30000)}),
    ("Czech-led initiative has sent 1.8 million shells to Ukraine this year",
     "PRAGUE (Reuters) - The Czech-led ammunition initiative has delivered more than 1.8 million large-calibre shells "
     "to Ukraine this year, the Czech government said on Monday.",
     {("CZ", AMMO, D, 1.8e6)}),
]

FRENCH = [
    ("Vautrin promet six Mirage de plus à Kiev",
     "PARIS (AFP) - « Nous allons livrer six Mirage 2000 supplémentaires à l'Ukraine d'ici l'été », a déclaré "
     "dimanche la ministre française des Armées, Catherine Vautrin.",
     {("FR", "aircraft", P, 6)}),
    ("La Belgique annonce un milliard d'euros d'aide militaire à Kiev",
     "BRUXELLES (AFP) - La Belgique a annoncé mardi une nouvelle aide militaire d'un milliard d'euros à l'Ukraine pour "
     "2026. Le paquet comprend : des munitions, des drones de reconnaissance et deux avions de combat F-16.",
     {("BE", MONEY, P, 1e9), ("BE", AMMO, P, None), ("BE", "drones", P, None), ("BE", "aircraft", P, 2)}),
    ("La Suède débloque 2 milliards de couronnes pour la défense aérienne ukrainienne",
     "STOCKHOLM (AFP) - La Suède va débloquer 2 milliards de couronnes (environ 180 millions d'euros) pour renforcer "
     "la défense aérienne de l'Ukraine, a annoncé jeudi le gouvernement suédois.",
     {("SE", AIR, P, 2e9)}),
    ("Les Pays-Bas versent 500 millions d'euros au mécanisme PURL",
     "LA HAYE (AFP) - Les Pays-Bas vont verser 500 millions d'euros au mécanisme PURL de l'Otan, qui achète des armes "
     "américaines pour l'Ukraine, a annoncé lundi le ministre néerlandais de la Défense.",
     {("NL", MONEY, P, 500e6)}),
    ("Rome dément vouloir livrer un deuxième SAMP/T",
     "ROME (AFP) - Le gouvernement italien a démenti mercredi les informations de presse selon lesquelles l'Italie "
     "s'apprêtait à livrer un deuxième système SAMP/T à l'Ukraine.",
     {("IT", AIR, R, None)}),
    ("Berlin va porter son aide militaire à Kiev à 11,5 milliards d'euros",
     "BERLIN (AFP) - L'Allemagne va porter son aide militaire à l'Ukraine à 11,5 milliards d'euros en 2026, contre "
     "8 milliards cette année, selon le projet de budget adopté mercredi par le gouvernement.",
     {("DE", MONEY, P, 11.5e9)}),
    ("Ottawa fournira jusqu'à 50 blindés à l'Ukraine",
     "OTTAWA (AFP) - Le Canada va fournir à l'Ukraine jusqu'à 50 véhicules blindés LAV supplémentaires, a annoncé "
     "vendredi le ministre canadien de la Défense.",
     {("CA", ARMOUR, P, 50)}),
    ("Feu vert des Vingt-Sept à 5 milliards d'euros pour armer Kiev",
     "BRUXELLES (AFP) - Les Vingt-Sept se sont mis d'accord lundi pour débloquer 5 milliards d'euros de la Facilité "
     "européenne pour la paix afin de financer des armes pour l'Ukraine, a annoncé le chef de la diplomatie "
     "européenne.",
     {("EU", MONEY, P, 5e9)}),
    ("Plus de 30 canons Caesar livrés à l'Ukraine",
     "PARIS (AFP) - La France a livré plus de 30 canons Caesar à l'Ukraine depuis le début de la guerre, selon le "
     "ministère des Armées.",
     {("FR", "artillery", D, 30)}),
    ("Merz exclut toujours les Taurus",
     "BERLIN (AFP) - « Il n'est pas question d'envoyer des missiles Taurus à l'Ukraine », a répété jeudi le "
     "chancelier allemand Friedrich Merz lors d'une conférence de presse.",
     {("DE", "missiles", R, None)}),
    ("Oslo consacre 1,5 milliard de couronnes à des obus pour Kiev",
     "OSLO (AFP) - La Norvège va consacrer 1,5 milliard de couronnes à l'achat d'obus d'artillerie pour l'Ukraine, a "
     "indiqué mardi le gouvernement norvégien.",
     {("NO", AMMO, P, 1.5e9)}),
    # (a strict xfail until round 22: the worth read as money beside the munitions)
    ("Varsovie livre son 47e paquet d'aide militaire à Kiev",
     "VARSOVIE (AFP) - La Pologne a remis à l'Ukraine son 47e paquet d'aide militaire, d'une valeur de 325 millions "
     "de zlotys, comprenant principalement des munitions, a indiqué le ministère polonais de la Défense.",
     {("PL", AMMO, D, 325e6)}),
    ("La mission européenne a formé 80 000 soldats ukrainiens",
     "BRUXELLES (AFP) - La mission d'assistance militaire de l'Union européenne a formé plus de 80 000 soldats "
     "ukrainiens depuis son lancement fin 2022, a indiqué vendredi un porte-parole.",
     {("EU", "training", D, 80000)}),
]

GERMAN = [
    ("Regierung bestätigt zwei weitere Patriot für Kiew",
     "BERLIN (dpa) - Die Bundesregierung hat bestätigt, dass Deutschland der Ukraine zwei weitere Patriot-Systeme "
     "liefern wird. Das sagte ein Regierungssprecher am Mittwoch.",
     {("DE", AIR, P, 2)}),
    ("Pistorius kündigt vier IRIS-T für Kiew an",
     "BERLIN (dpa) - »Wir werden der Ukraine noch in diesem Jahr vier weitere IRIS-T-Systeme liefern«, sagte "
     "Verteidigungsminister Boris Pistorius am Dienstag in Berlin.",
     {("DE", AIR, P, 4)}),
    ("Dänemark gibt 1,7 Milliarden Kronen für Munition",
     "KOPENHAGEN (dpa) - Dänemark stellt der Ukraine weitere 1,7 Milliarden Kronen für den Kauf von "
     "Artilleriemunition zur Verfügung. Das teilte das Verteidigungsministerium am Freitag mit.",
     {("DK", AMMO, P, 1.7e9)}),
    ("Neues deutsches Militärpaket für die Ukraine",
     "BERLIN (dpa) - Deutschland hat der Ukraine ein weiteres Militärpaket zugesagt. Es umfasst: Munition für "
     "Flugabwehrsysteme, Aufklärungsdrohnen und 20 Schützenpanzer vom Typ Marder.",
     {("DE", AMMO, P, None), ("DE", "drones", P, None), ("DE", ARMOUR, P, 20)}),
    ("Niederlande geben 300 Millionen Euro für Drohnen",
     "DEN HAAG (dpa) - Die Ukraine erhält von den Niederlanden weitere 300 Millionen Euro für Drohnen. Das kündigte "
     "Verteidigungsminister Ruben Brekelmans am Montag an.",
     {("NL", "drones", P, 300e6)}),
    ("Polen: Militärhilfe für Kiew übersteigt 15 Milliarden Zloty",
     "WARSCHAU (dpa) - Polen hat der Ukraine seit Kriegsbeginn Militärhilfe im Wert von mehr als 15 Milliarden Zloty "
     "geleistet. Das sagte Verteidigungsminister Władysław Kosiniak-Kamysz am Sonntag.",
     {("PL", MONEY, D, 15e9)}),
    ("Berlin beteiligt sich an Nato-Initiative PURL",
     "BERLIN (dpa) - Deutschland beteiligt sich mit 500 Millionen Dollar an der Nato-Initiative PURL, über die "
     "amerikanische Waffen für die Ukraine gekauft werden.",
     {("DE", MONEY, P, 500e6)}),
    ("Bund will Ukraine-Hilfe auf 11,5 Milliarden Euro erhöhen",
     "BERLIN (dpa) - Die Bundesregierung will die Militärhilfe für die Ukraine im kommenden Jahr auf 11,5 Milliarden "
     "Euro erhöhen. Das geht aus dem Haushaltsentwurf hervor, den das Kabinett am Mittwoch beschlossen hat.",
     {("DE", MONEY, P, 11.5e9)}),
    ("Ministerium dementiert Taurus-Bericht",
     "BERLIN (dpa) - Das Verteidigungsministerium hat einen Bericht dementiert, wonach Deutschland der Ukraine "
     "Taurus-Marschflugkörper liefern wolle. Eine solche Entscheidung gebe es nicht, sagte ein Sprecher.",
     {("DE", "missiles", R, None)}),
    ("Kanada hat mehr als 200 Panzerfahrzeuge an Kiew geliefert",
     "OTTAWA (dpa) - Kanada hat der Ukraine bis Ende Oktober mehr als 200 gepanzerte Fahrzeuge geliefert, wie das "
     "Verteidigungsministerium in Ottawa mitteilte.",
     {("CA", ARMOUR, D, 200)}),
    ("Litauen sagt weitere Munition zu",
     "VILNIUS (dpa) - Litauen sagt der Ukraine weitere Munition im Wert von 30 Millionen Euro zu. Das kündigte "
     "Verteidigungsministerin Dovilė Šakalienė am Donnerstag an.",
     {("LT", AMMO, P, 30e6)}),
    ("EU zahlt weitere Tranche aus G7-Kredit aus",
     "BRÜSSEL (dpa) - Die EU-Kommission hat der Ukraine eine weitere Tranche von 4,1 Milliarden Euro aus dem "
     "ERA-Kredit der G7-Staaten ausgezahlt. Das Geld kann Kiew auch für seine Verteidigung nutzen.",
     {("EU", MONEY, D, 4.1e9)}),
    ("Tajani: Keine Langstreckenraketen für Kiew",
     "ROM (dpa) - Italien werde keine Langstreckenraketen an die Ukraine liefern, sagte Außenminister Antonio Tajani "
     "am Mittwoch nach einem Treffen mit seinem ukrainischen Kollegen.",
     {("IT", "missiles", R, None)}),
]

ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ earlier rounds' open readings
# Each is (lang, headline, body, records), labelled as above.

EARLIER = [
    ("fr", "", "PARIS (AFP) - La France va financer la production d'obus de 155 mm en Ukraine, a annoncé le ministre "
     "des Armées.", {("FR", "ammunition", M, None)}),
    ("de", "", "DEN HAAG (dpa) - Die Ukraine erhält 200 Millionen Euro für Artilleriemunition, teilte die "
     "niederländische Regierung mit.", {("NL", AMMO, P, 200e6)}),
    ("en", "", "WARSAW (Reuters) - Poland asked Germany for permission to send Leopard 2 tanks to Ukraine, the "
     "Polish defence minister said.", {("PL", "tanks", X, None)}),
    ("en", "", "Norway and Sweden will pay for a 500 million dollar package of U.S. weapons for Ukraine under NATO's "
     "PURL scheme, including Patriot interceptors, the alliance said on Thursday.",
     {("NO", MONEY, P, None), ("SE", MONEY, P, None), ("NO", AIR, P, None), ("SE", AIR, P, None)}),
    ("fr", "", "BRUXELLES (AFP) - La Belgique a remis à l'Ukraine les deux premiers F-16 d'un total de 30 promis "
     "d'ici 2028.", {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
    ("en", "", "Poland will give Ukraine 30 T-72 tanks in exchange for Leopard 2 tanks supplied by Germany.",
     {("PL", "tanks", P, 30)}),
]

@pytest.mark.parametrize(("lang", "title", "text", "expected"), EARLIER)
def test_earlier_rounds_open_readings(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ readings the round mended


# Money Ukraine "erhält" in the German present is announced (things received in the
# present arrive, as before); a receiving told under way or in the perfect stays done.
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ukraine erhält von Schweden weitere 150 Millionen Euro für Artilleriemunition.", {("SE", AMMO, P, 150e6)}),
    ("Kiew bekommt aus Norwegen 2 Milliarden Kronen für Flugabwehr, teilte Oslo mit.", {("NO", AIR, P, 2e9)}),
    ("Die Ukraine erhält seit Monaten Millionen Euro für Munition aus Deutschland.", {("DE", AMMO, D, None)}),
    ("Die Ukraine hat von Schweden 150 Millionen Euro für Artilleriemunition erhalten.", {("SE", AMMO, D, 150e6)}),
    ("Kiew bekommt weitere Leopard-Panzer aus Polen.", {("PL", "tanks", D, None)}),
])
def test_money_received_in_the_german_present_is_announced(text: str, expected: set) -> None:
    assert figures(text, "de") == expected


# A sum told with a decimal comma and its scale word is the same sum as anywhere else.
def test_a_decimal_comma_and_a_scale_word_give_a_whole_sum() -> None:
    text = "Die EU-Kommission hat der Ukraine weitere 4,1 Milliarden Euro ausgezahlt."
    assert figures(text, "de") == {("EU", MONEY, D, 4.1e9)}


# Paying for the making of things is production, the French "d'" joined to the thing too;
# buying from Ukraine's own makers is production as "made in Ukraine" is.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le Danemark va financer la production d'obusiers Bohdana en Ukraine.", {("DK", "artillery", M, None)}),
    ("fr", "La Suède va financer la fabrication d'obus en Ukraine.", {("SE", "ammunition", M, None)}),
    ("fr", "La France va financer l'achat d'obus pour l'Ukraine.", {("FR", AMMO, P, None)}),
    ("en", "Norway will buy drones from Ukrainian manufacturers for the Ukrainian army.", {("NO", "drones", M, None)}),
    # (relabelled by fix63a, from pledged: a purchase to come from makers for Ukraine, whoever they are, is an order,
    # production, the brief of review 63's fixes: "will jointly buy ... from Diehl Defence for Ukraine")
    ("en", "Norway will buy Patriot missiles from American manufacturers for Ukraine.", {("NO", AIR, M, None)}),
    ("fr", "Le Danemark va acheter des drones auprès d'industriels ukrainiens pour l'armée ukrainienne.",
     {("DK", "drones", M, None)}),
    ("de", "Dänemark kauft Drohnen bei ukrainischen Herstellern für die ukrainische Armee.", {("DK", "drones", M, None)}),
])
def test_paying_for_making_or_buying_from_ukraines_makers_is_production(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Who asks for leave to give would give; the one asked only permits. A plain request
# still names the one asked.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Poland has asked Berlin for approval to re-export Leopard tanks to Ukraine.", {("PL", "tanks", X, None)}),
    ("en", "Ukraine asked Germany for more IRIS-T air defence systems.", {("DE", AIR, X, None)}),
])
def test_who_asks_for_leave_to_give_would_give(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# The owner of the scheme a giving goes through, and the make of the things paid for,
# are not the giver: the payer is.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Denmark will pay for a package of U.S. weapons for Ukraine, including Patriot interceptors.",
     {("DK", AIR, P, None)}),
    ("fr", "Les Pays-Bas vont acheter des missiles Patriot pour l'Ukraine dans le cadre du mécanisme PURL de l'Otan.",
     {("NL", AIR, P, None)}),
    ("de", "Die Niederlande kaufen im Rahmen der Nato-Initiative PURL amerikanische Waffen für die Ukraine, darunter "
           "Patriot-Abfangraketen.",
     {("NL", AIR, P, None)}),
    ("en", "Germany will send a package of German weapons including Patriot interceptors to Ukraine.",
     {("DE", AIR, P, None)}),
])
def test_a_schemes_owner_or_the_things_make_is_not_the_giver(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A sum paid for Ukraine's own forces ("for Ukraine's air defence", "pour renforcer la
# défense aérienne de l'Ukraine", "zur Stärkung der ukrainischen Flugabwehr") buys for
# them; strengthened without a sum, they are still no gift.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Norway will give 2 billion crowns to strengthen Ukraine's air defence.", {("NO", AIR, P, 2e9)}),
    ("en", "Russia hit Ukraine's air defence overnight, and Norway will give 2 billion crowns to Ukraine.",
     {("NO", MONEY, P, 2e9)}),
    ("fr", "La Suède va débloquer 200 millions d'euros pour la défense aérienne ukrainienne.", {("SE", AIR, P, 200e6)}),
    ("fr", "La Suède va renforcer la défense aérienne ukrainienne.", set()),
    ("de", "Schweden stellt 2 Milliarden Kronen zur Stärkung der ukrainischen Flugabwehr bereit.", {("SE", AIR, P, 2e9)}),
])
def test_a_sum_for_ukraines_own_forces_buys_for_them(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A headline telling no time (verbless, or a package in the present) over a body telling
# the same aid given or paid out is that aid, not a promise beside it.
@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    ("de", "Patriot-Raketen für Kiew",
     "BERLIN (dpa) - Deutschland hat der Ukraine weitere Patriot-Raketen geliefert.", {("DE", AIR, D, None)}),
    ("en", "EU pays out new tranche to Ukraine",
     "BRUSSELS (Reuters) - The European Commission has paid 3 billion euros to Ukraine under the G7 loans.",
     {("EU", MONEY, D, 3e9)}),
])
def test_a_headline_telling_no_time_is_the_bodys_aid(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# The first ones delivered, with the total told after them ("d'un total de 30", "out of a
# total of 30"): those delivered, and the total promised.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Belgium has handed Ukraine the first two F-16 jets out of a total of 30 promised by 2028.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
    ("fr", "La Norvège a livré les trois premiers systèmes NASAMS sur un total de six promis à Kiev.",
     {("NO", AIR, D, 3), ("NO", AIR, P, 6)}),
    ("en", "Belgium has handed Ukraine two F-16 jets out of 30 in its fleet.", {("BE", "aircraft", D, 2)}),
])
def test_the_first_ones_with_the_total_after_them(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A swap's two legs are two things, not one phrase: what comes after "in exchange for",
# "en échange de", "im Gegenzug für" is what the partner gets back, whoever supplies it.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Poland will give Ukraine 30 T-72 tanks in return for Leopard 2 tanks from Germany.", {("PL", "tanks", P, 30)}),
    ("fr", "La Pologne va céder 30 chars T-72 à l'Ukraine en échange de chars Leopard 2 fournis par l'Allemagne.",
     {("PL", "tanks", P, 30)}),
])
def test_a_swaps_two_legs_are_two_things(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------ the held-out batch
# Written after the fixes above and labelled by hand before its first run, as above.

HELD_OUT = [
    ("en", "Norway to send Ukraine more air defence, Sandvik says",
     "OSLO (Reuters) - \"Norway will send two more NASAMS fire units to Ukraine before winter,\" Defence Minister "
     "Tore O. Sandvik told parliament on Tuesday.",
     {("NO", AIR, P, 2)}),
    ("en", "Sweden pays into NATO's PURL scheme for Ukraine",
     "STOCKHOLM (Reuters) - Sweden will contribute 275 million dollars to NATO's PURL scheme, which buys American "
     "weapons for Ukraine, the government said on Monday.",
     {("SE", MONEY, P, 275e6)}),
    # (a strict xfail until round 22: 'four air defence radars' read as air defence)
    ("en", "Britain lists new Ukraine package: drones, radars and shells",
     "LONDON (Reuters) - Britain will send Ukraine a new military aid package, the defence ministry said on Friday. "
     "It includes: 5,000 drones, four air defence radars and 50,000 artillery shells.",
     {("GB", "drones", P, 5000), ("GB", AMMO, P, 50000), ("GB", "other", P, 4)}),
    ("en", "Poland denies it will hand Ukraine more MiG jets",
     "WARSAW (Reuters) - Poland's defence ministry on Thursday denied a media report that it was preparing to hand "
     "Ukraine its last MiG-29 fighter jets.",
     {("PL", "aircraft", R, None)}),
    ("fr", "Copenhague débloque 3 milliards de couronnes pour des obus",
     "COPENHAGUE (AFP) - Le Danemark va débloquer 3 milliards de couronnes pour l'achat d'obus d'artillerie destinés "
     "à l'Ukraine, a annoncé mercredi le ministère danois de la Défense.",
     {("DK", AMMO, P, 3e9)}),
    ("fr", "« Nous fournirons des Rafale », promet Paris",
     "PARIS (AFP) - « La France fournira à l'Ukraine jusqu'à 100 avions Rafale dans les dix prochaines années », a "
     "déclaré lundi le président Emmanuel Macron.",
     {("FR", "aircraft", P, 100)}),
    ("fr", "L'Espagne a livré plus de 40 chars Leopard",
     "MADRID (AFP) - L'Espagne a livré plus de 40 chars Leopard 2A4 à l'Ukraine depuis le début de la guerre, a "
     "indiqué jeudi le ministère espagnol de la Défense.",
     {("ES", "tanks", D, 40)}),
    ("fr", "Krab pour Kiev : Helsinki sollicite le feu vert de Varsovie",
     "VARSOVIE (AFP) - La Finlande a demandé à la Pologne l'autorisation de livrer à l'Ukraine des obusiers Krab, a "
     "indiqué le ministère finlandais de la Défense.",
     {("FI", "artillery", X, None)}),
    ("de", "Schweden liefert Kiew weitere CV90",
     "STOCKHOLM (dpa) - Die schwedische Regierung hat angekündigt, dass Schweden der Ukraine bis zu 30 weitere "
     "Schützenpanzer vom Typ CV90 liefern wird.",
     {("SE", ARMOUR, P, 30)}),
    ("de", "Großbritannien zahlt in Nato-Fonds ein",
     "LONDON (dpa) - Großbritannien zahlt 150 Millionen Pfund in die Nato-Initiative PURL ein, über die "
     "US-Waffen für die Ukraine gekauft werden. Das teilte das Verteidigungsministerium mit.",
     {("GB", MONEY, P, 150e6)}),
    ("de", "Kiew erhält 500 Millionen Kronen aus Norwegen",
     "OSLO (dpa) - Die Ukraine erhält von Norwegen weitere 500 Millionen Kronen für Drohnen. Das kündigte die "
     "Regierung in Oslo am Freitag an.",
     {("NO", "drones", P, 500e6)}),
    ("de", "Spanien: Keine Patriot für die Ukraine",
     "MADRID (dpa) - Spanien werde der Ukraine keine weiteren Patriot-Systeme überlassen, sagte Verteidigungsministerin "
     "Margarita Robles am Montag.",
     {("ES", AIR, R, None)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HELD_OUT)
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ mended after the held-out batch


# France's Rafale is a fighter jet; who asks for leave to give would give, in French too
# ("a demandé à la Pologne l'autorisation de livrer").
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La France fournira à l'Ukraine des avions Rafale, a déclaré le président.", {("FR", "aircraft", P, None)}),
    ("en", "France has ruled out sending Rafale jets to Ukraine for now.", {("FR", "aircraft", R, None)}),
    ("fr", "La Slovaquie a demandé à l'Allemagne l'autorisation de céder des obusiers Zuzana à l'Ukraine.",
     {("SK", "artillery", X, None)}),
])
def test_mended_after_the_held_out_batch(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Leave asked with the verb last or the giving told after it ("hat Deutschland um die
# Erlaubnis gebeten, ... zu liefern", "a demandé à l'Allemagne son feu vert pour livrer"):
# the one asking wishes to give (under discussion), the one asked gives nothing; leave
# granted is still a promise.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Polen hat Deutschland um die Erlaubnis gebeten, Leopard-Panzer an die Ukraine zu liefern.",
     {("PL", "tanks", X, None)}),
    ("fr", "La Pologne a demandé à l'Allemagne son feu vert pour livrer des chars Leopard à l'Ukraine.",
     {("PL", "tanks", X, None)}),
    ("de", "Polen hat die Erlaubnis erhalten, Leopard-Panzer an die Ukraine zu liefern.", {("PL", "tanks", P, None)}),
    ("fr", "La Pologne a obtenu le feu vert de Berlin pour livrer des chars Leopard à l'Ukraine.",
     {("PL", "tanks", P, None)}),
])
def test_leave_asked_with_the_giving_told_after_it(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A package split across years is one record a year; a sum compared with another year's
# is one record, the news.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Niederlande stellen 2026 für die Ukraine 3,5 Milliarden Euro bereit, 2027 weitere 3 Milliarden Euro.",
     {("NL", MONEY, P, 3.5e9), ("NL", MONEY, P, 3e9)}),
    ("fr", "Les Pays-Bas consacreront 3,5 milliards d'euros à l'aide militaire à l'Ukraine en 2026 et 3 milliards en "
           "2027.",
     {("NL", MONEY, P, 3.5e9), ("NL", MONEY, P, 3e9)}),
    ("en", "Germany will provide Ukraine with 11.5 billion euros in military aid in 2026, up from 8 billion euros in "
           "2025.",
     {("DE", MONEY, P, 11.5e9)}),
])
def test_a_package_split_across_years_is_one_record_a_year(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
