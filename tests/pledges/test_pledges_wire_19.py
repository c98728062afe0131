"""A nineteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, each a headline and one to three
sentences. Its first part mends three known misreadings: a relative clause naming an
earlier gift ("the NASAMS systems it donated to Ukraine", "the F-16 jets it gave Ukraine",
"qu'elle a livrés", "die es der Ukraine geliefert hat") was read as the status of what the
sentence now gives (it is background now, as "the jets it promised" was); a dateline with
its month cut short ("BRUSSELS, Dec 3 (Reuters)") let "Brussels" stand for Belgium or the
EU; and the words of a package's worth told on its own were written twice (now
cue_patterns.PACKAGE_WORTH, read by the cues and by extract.py). Then 24 articles aimed at
what rounds 16 to 18 covered least: money for the upkeep or munitions of systems given
earlier, deliveries delayed or completed, swaps (what the partner gets in return: "in
exchange for", "en échange de", "Ringtausch"), loans, training told with its count,
datelines with their date, and sums earmarked for making things in Ukraine. Each article
was labelled by hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and the earlier rounds', with its figure: the count of things
stated, else the sum of money, else none.
Run first (on this branch after the first part's fixes), 15 of the 24 were fully right
(records (donor, category, status) matched 29 / labelled 32 / predicted 37; with their
figures 27 of 32; main as the branch began: 15, 28 / 32 / 36, figures 26). After the fixes
below, 21 (30 / 32 / 31; figures 30 of 32); the three left are strict xfails saying what is
read instead. A held-out batch of 8, written after the fixes, read 5 right on its first run
(7 / 8 / 10, figures 6 of 8; main 1, 5 / 8 / 13, figures 4); after three fixes it showed
(a headline's sum the body tells as a thing's price, a giver's return told as its second
verb, "finanziert mit ... die Produktion von"), 8 of 8. Busy day 25's two strict xfails
about "it donated" and "it gave" (tests/stories/test_story_busy_day_cases.py since stop 43) now pass. The
real-article set reads as before (pledges predicted 196 / labelled 193 / matched 179;
stories pairP 1.00 pairR 0.86, hidden 0/72 in both date modes). The earlier rounds are
tests/pledges/test_pledges_wire.py to _18.

Relabelled in round 42 (tests/pledges/test_pledges_wire_42.py): paying for the making of things in Ukraine
("the production of ... in Ukraine", "la production de ... en Ukraine", "die Herstellung von ... in der Ukraine")
is category production, as the lead ruled; these labels named the thing made until then.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, in_three_languages

# ------------------------------------------------------------ known misreadings, mended


# A relative clause recalling an earlier gift describes the thing; the sentence's news is
# the new money or promise. Alone in its sentence the gift still tells a delivery.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Canada will spend 300 million Canadian dollars on interceptors for the NASAMS batteries it donated to "
           "Ukraine last year, Ottawa said on Tuesday.",
     {("CA", AIR, P, 300e6)}),
    ("en", "Belgium will spend 120 million euros on ammunition for the F-16 fighter jets it gave Ukraine, the "
           "defence minister said.",
     {("BE", AMMO, P, 120e6)}),
    ("en", "Sweden will pay for spare parts for the CV90 vehicles that it has delivered to Kyiv.",
     {("SE", "other", P, None)}),
    ("fr", "La Norvège va financer des obus pour les canons Caesar qu'elle a livrés à l'Ukraine au printemps, a "
           "indiqué Oslo.",
     {("NO", AMMO, P, None)}),
    ("fr", "Le Danemark fournira des pièces détachées pour les chars Leopard qu'il avait cédés à Kiev en 2023.",
     {("DK", "other", P, None)}),
    ("de", "Deutschland wird 300 Millionen Euro für Munition für die Gepard-Panzer bereitstellen, die es der "
           "Ukraine geliefert hat.",
     {("DE", AMMO, P, 300e6)}),
    ("de", "Die Niederlande finanzieren Ersatzteile für die F-16-Kampfjets, die sie Kiew übergeben haben.",
     {("NL", "other", P, None)}),
])
def test_an_earlier_gift_in_a_relative_clause_is_not_the_news(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Norway has delivered the NASAMS systems it promised to Ukraine, the ministry said.", {("NO", AIR, D, None)}),
    ("de", "Polen, das der Ukraine bereits MiG-29 geliefert hat, will nun auch Panzer liefern.",
     {("PL", "tanks", P, None), ("PL", "aircraft", D, None)}),
    ("fr", "Le Portugal a livré à l'Ukraine les trois chars Leopard qu'il avait promis.", {("PT", "tanks", D, 3)}),
])
def test_a_gift_told_as_the_news_still_delivers(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A dateline names a place, whatever form its date takes: "BRUSSELS, Dec 3 (Reuters)" is
# no Belgian giving (as "BRUSSELS (Reuters)" and "BRUSSELS, 3 March" were not).
@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    ("en", "Belgium weighs more F-16s for Ukraine",
     "BRUSSELS, Dec 3 (Reuters) - Ukraine will receive 200 million euros for artillery shells, the Dutch government "
     "said.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
    ("en", "Belgium weighs more F-16s for Ukraine",
     "BRUSSELS, Sept. 14 (Reuters) - Ukraine will receive 200 million euros for artillery shells, the Dutch "
     "government said.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
    ("fr", "La Belgique envisage d'autres F-16 pour l'Ukraine",
     "BRUXELLES, déc. 3 (AFP) - L'Ukraine recevra 200 millions d'euros pour des obus d'artillerie, a annoncé le "
     "gouvernement néerlandais.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
    ("de", "Belgien erwägt weitere F-16 für die Ukraine",
     "BRÜSSEL, Dez. 3 (dpa) - Die Ukraine soll 200 Millionen Euro für Artilleriemunition erhalten, teilte die "
     "niederländische Regierung mit.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
])
def test_a_dateline_with_its_month_cut_short_names_nobody(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ the round's articles
# Each is (headline, body, records): the records labelled by hand before the first run,
# as (donor, category, status, figure), the figure the count of things stated, else the
# sum of money, else None.

ENGLISH = [
    ("Germany delays IRIS-T deliveries to Ukraine",
     "BERLIN, Nov 4 (Reuters) - The delivery of four IRIS-T SLM systems that Germany promised Ukraine will slip into "
     "next year because of supplier bottlenecks, the defence ministry said on Tuesday.",
     {("DE", AIR, P, 4)}),
    ("Canada to fund ammunition for Leopard tanks it sent Ukraine",
     "OTTAWA, Nov 18 (Reuters) - Canada will spend 150 million Canadian dollars on ammunition for the Leopard 2 tanks "
     "it sent to Ukraine in 2023, the defence minister said on Monday. The rounds will be made by a Canadian firm.",
     {("CA", AMMO, P, 150e6)}),
    ("Slovakia sent 30 BMP vehicles to Ukraine, gets German tanks in return",
     "BRATISLAVA (Reuters) - Slovakia, which sent 30 BMP-1 infantry fighting vehicles to Ukraine last year, will "
     "receive 15 Leopard 2A4 tanks from Germany in return, the Slovak defence ministry said.",
     {("SK", ARMOUR, D, 30)}),
    ("Netherlands completes F-16 deliveries to Ukraine",
     "THE HAGUE (Reuters) - The Netherlands has now delivered all 24 F-16 fighter jets it pledged to Ukraine, the "
     "defence ministry said on Monday. The last jets were flown in from a training centre in Romania.",
     {("NL", "aircraft", D, 24)}),
    ("Britain to lend Ukraine 2.26 billion pounds for weapons",
     "LONDON (Reuters) - Britain will lend Ukraine 2.26 billion pounds to buy weapons, to be repaid from profits on "
     "immobilised Russian assets, the finance ministry said on Sunday. The first tranche of 750 million pounds will "
     "be paid next week.",
     {("GB", MONEY, P, 2.26e9)}),
    ("Spain rules out more Leopards for Ukraine, offers shells instead",
     "MADRID (Reuters) - Spain will not send more Leopard 2A4 tanks to Ukraine because its remaining ones are needed "
     "at home, the defence minister said on Wednesday. Madrid will instead ship 100,000 rounds of artillery "
     "ammunition by the end of the year.",
     {("ES", "tanks", R, None), ("ES", AMMO, P, 100000)}),
    # (a strict xfail until round 20: the scheme's owner, 'under NATO's PURL scheme', gave NATO the air defence)
    ("Norway, Sweden to pay for U.S. Patriot interceptors for Ukraine",
     "WASHINGTON, Oct 2 (Reuters) - Norway and Sweden will pay for a 500 million dollar package of U.S. weapons for "
     "Ukraine under NATO's PURL scheme, including Patriot interceptors, the alliance said on Thursday.",
     {("NO", MONEY, P, None), ("SE", MONEY, P, None), ("NO", AIR, P, None), ("SE", AIR, P, None)}),
    ("UK-led programme has trained 50,000 Ukrainian recruits",
     "LONDON (Reuters) - Britain and its partners have trained more than 50,000 Ukrainian recruits since 2022 under "
     "Operation Interflex, the Ministry of Defence said on Friday. The programme will run until at least the end of "
     "next year.",
     {("GB", "training", D, 50000)}),
]

FRENCH = [
    ("Paris va livrer des missiles Aster pour les SAMP/T ukrainiens",
     "PARIS, 12 nov (AFP) - La France va livrer de nouveaux missiles Aster 30 pour les systèmes SAMP/T qu'elle a "
     "fournis à l'Ukraine avec l'Italie, a annoncé mercredi le ministère des Armées.",
     {("FR", AIR, P, None)}),
    ("Les Mirage 2000 promis à Kiev prennent du retard",
     "PARIS (AFP) - La livraison des Mirage 2000-5 promis par la France à l'Ukraine a pris du retard et "
     "n'interviendra pas avant le printemps, selon une source proche du dossier.",
     {("FR", "aircraft", P, None)}),
    # (a strict xfail until round 20: the total told after the first ones delivered, 'd'un total de 30 promis', gave no record)
    ("La Belgique remet ses premiers F-16 à l'Ukraine",
     "BRUXELLES, 4 déc (AFP) - La Belgique a remis à l'Ukraine les deux premiers F-16 d'un total de 30 promis d'ici "
     "2028, a annoncé jeudi le ministre de la Défense.",
     {("BE", "aircraft", D, 2), ("BE", "aircraft", P, 30)}),
    ("Pas de soldats, mais douze Caesar de plus pour Kiev",
     "PARIS (AFP) - La France n'enverra pas de soldats en Ukraine, mais fournira douze canons Caesar supplémentaires "
     "d'ici la fin de l'année, a déclaré mardi le ministre des Armées.",
     {("FR", "artillery", P, 12)}),
    ("La Norvège finance des drones ukrainiens",
     "OSLO, 20 oct (AFP) - La Norvège va financer à hauteur de 100 millions d'euros la production de drones à longue "
     "portée en Ukraine, a annoncé lundi le gouvernement norvégien.",
     {("NO", "drones", M, 100e6)}),
    ("L'UE verse 3 milliards d'euros à Kiev au titre du prêt du G7",
     "BRUXELLES, 9 janv (AFP) - La Commission européenne a versé jeudi une nouvelle tranche de 3 milliards d'euros à "
     "l'Ukraine dans le cadre du prêt du G7 adossé aux avoirs russes gelés.",
     {("EU", MONEY, D, 3e9)}),
    ("Athènes va céder des BMP à Kiev contre des Marder allemands",
     "ATHENES (AFP) - La Grèce va céder à l'Ukraine une quarantaine de véhicules blindés BMP-1, en échange de "
     "véhicules Marder fournis par l'Allemagne, a indiqué le ministère grec de la Défense.",
     {("GR", ARMOUR, P, 40)}),
    ("Plus de 2.000 soldats ukrainiens formés en France cette année",
     "PARIS (AFP) - L'armée française a formé plus de 2.000 soldats ukrainiens depuis janvier, a indiqué vendredi "
     "l'état-major.",
     {("FR", "training", D, 2000)}),
]

GERMAN = [
    ("Berlin zahlt Instandsetzung von Haubitzen für Kiew",
     "BERLIN, 5. Nov (dpa) - Die Bundesregierung stellt 150 Millionen Euro für die Instandsetzung der "
     "Panzerhaubitzen bereit, die sie der Ukraine überlassen hat. Das teilte das Verteidigungsministerium am "
     "Mittwoch mit.",
     {("DE", "artillery", P, 150e6)}),
    ("Skyranger für die Ukraine kommen später",
     "BERLIN (dpa) - Die Auslieferung der ersten Skyranger-Flugabwehrpanzer an die Ukraine verzögert sich bis ins "
     "kommende Jahr. Deutschland hatte der Ukraine 16 der Systeme zugesagt, wie ein Sprecher des Herstellers sagte.",
     {("DE", AIR, P, 16)}),
    ("Ringtausch: Tschechien gibt T-72 an Kiew",
     "PRAG (dpa) - Tschechien hat der Ukraine im Rahmen eines Ringtauschs 20 T-72-Kampfpanzer überlassen. Als Ersatz "
     "erhält Prag aus Deutschland 14 Leopard-2A4-Panzer, wie das Verteidigungsministerium mitteilte.",
     {("CZ", "tanks", D, 20)}),
    ("Norwegen schließt Lieferung der F-16 an Kiew ab",
     "OSLO (dpa) - Norwegen hat die Lieferung aller sechs zugesagten F-16-Kampfjets an die Ukraine abgeschlossen. Das "
     "teilte das Verteidigungsministerium in Oslo am Montag mit.",
     {("NO", "aircraft", D, 6)}),
    ("Weiter kein Taurus, aber zwei Patriot für Kiew",
     "BERLIN (dpa) - Die Bundesregierung schließt die Lieferung von Taurus-Marschflugkörpern an die Ukraine weiterhin "
     "aus. Stattdessen sagte Berlin Kiew zwei weitere Patriot-Systeme zu, wie ein Regierungssprecher am Freitag "
     "mitteilte.",
     {("DE", "missiles", R, None), ("DE", AIR, P, 2)}),
    ("Schweden bezahlt Granaten aus ukrainischer Fertigung",
     "STOCKHOLM (dpa) - Schweden zahlt 50 Millionen Euro für die Produktion von Artilleriegeschossen in der Ukraine. "
     "Das Geld fließt direkt an ukrainische Hersteller.",
     {("SE", "ammunition", M, 50e6)}),
    pytest.param(
        "Bundeswehr hat 10.000 ukrainische Soldaten ausgebildet",
        "BERLIN (dpa) - Die Bundeswehr hat seit Beginn des Krieges mehr als 10.000 ukrainische Soldaten ausgebildet. Im "
        "kommenden Jahr sollen weitere 5.000 hinzukommen.",
        {("DE", "training", D, 10000), ("DE", "training", P, 5000)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "'Im kommenden Jahr sollen weitere 5.000 hinzukommen' gives nothing: a bare count with 'hinzukommen' "
            "is read as no giving, so the 5,000 to be trained next year are not a promise of training"
        ))),
    ("Niederlande kaufen Patriot-Raketen für Kiew",
     "DEN HAAG, 3. Dez (dpa) - Die Niederlande kaufen für 250 Millionen Euro amerikanische Waffen für die Ukraine, "
     "darunter Patriot-Abfangraketen. Das Paket wird über die Nato-Initiative PURL abgewickelt.",
     {("NL", MONEY, P, 250e6), ("NL", AIR, P, None)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ readings the round showed


# Money earmarked for the making or buying of things, told in the ways the round showed
# ("on the production of", "à des munitions", "financer à hauteur de ... la production
# de"), is their value, not a second gift.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Denmark will spend 80 million euros on the production of artillery shells in Ukraine.",
     {("DK", "ammunition", M, 80e6)}),
    ("fr", "La Suède va consacrer 60 millions d'euros à des drones pour l'armée ukrainienne.", {("SE", "drones", P, 60e6)}),
    ("fr", "Le Danemark va financer à hauteur de 70 millions d'euros la production de drones en Ukraine.",
     {("DK", "drones", M, 70e6)}),
    ("de", "Finnland zahlt 40 Millionen Euro für die Herstellung von Artilleriegeschossen in der Ukraine.",
     {("FI", "ammunition", M, 40e6)}),
])
def test_money_earmarked_for_making_or_buying_things(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# What a swap's partner gets in return is no aid to Ukraine: received in a clause naming
# no Ukraine, or told after "in exchange for".
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Slovenia, which sent 28 M-55S tanks to Ukraine, will get 40 military trucks from Germany in return.",
     {("SI", "tanks", D, 28)}),
    # (a strict xfail until round 20: the swap's two legs were read as one phrase, the second's agent giving)
    ("en", "Poland will give Ukraine 30 T-72 tanks in exchange for Leopard 2 tanks supplied by Germany.",
     {("PL", "tanks", P, 30)}),
    ("fr", "La Slovaquie a cédé à l'Ukraine 30 véhicules BMP-1, en échange de chars Leopard fournis par l'Allemagne.",
     {("SK", ARMOUR, D, 30)}),
    ("de", "Tschechien gibt der Ukraine 20 T-72-Panzer, im Gegenzug für Leopard-Panzer aus Deutschland.",
     {("CZ", "tanks", P, 20)}),
])
def test_what_a_swap_partner_gets_in_return_is_no_aid(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A headline names a system by its family ("Leopard tanks") where the body names the
# model ("Leopard 2") with its sum: one record, the body's.
def test_a_headline_naming_the_family_of_the_bodys_model_is_one_record() -> None:
    title = "Finland to fund ammunition for Leopard tanks"
    text = "HELSINKI (Reuters) - Finland will spend 90 million euros on ammunition for the Leopard 2 tanks it sent to Ukraine."
    assert figures(text, "en", title=title) == {("FI", AMMO, P, 90e6)}


def test_two_models_of_one_family_stay_two() -> None:
    text = "Spain has delivered Leopard 2 tanks to Ukraine, and Denmark has delivered Leopard 1 tanks."
    assert figures(text, "en") == {("ES", "tanks", D, None), ("DK", "tanks", D, None)}


# ------------------------------------------------------------ the held-out batch
# Written after the fixes above and labelled by hand before its first run.

HELD_OUT = [
    ("en", "Denmark to fund munitions for F-16s it gave Ukraine",
     "COPENHAGEN, Jan 12 (Reuters) - Denmark will spend 500 million Danish crowns on munitions for the F-16 jets it "
     "handed to Ukraine, the defence ministry said on Monday.",
     {("DK", AMMO, P, 500e6)}),
    ("en", "Portugal pushes back Leopard delivery to Ukraine",
     "LISBON (Reuters) - Portugal's delivery of three more Leopard 2A6 tanks to Ukraine has been pushed back to March "
     "because of maintenance work, the army said on Wednesday.",
     {("PT", "tanks", P, 3)}),
    ("en", "Czechs hand Ukraine rocket launchers, get German tanks in exchange",
     "PRAGUE, Feb 2 (Reuters) - The Czech Republic has handed Ukraine 15 RM-70 rocket launchers and will receive "
     "Leopard 2A8 tanks from Germany in exchange, the Czech defence ministry said.",
     {("CZ", "artillery", D, 15)}),
    ("fr", "Berlin débloque 400 millions d'euros pour les IRIS-T ukrainiens",
     "BERLIN, 4 déc (AFP) - L'Allemagne va débloquer 400 millions d'euros pour des munitions destinées aux systèmes "
     "IRIS-T qu'elle a livrés à l'Ukraine, a annoncé jeudi le ministère de la Défense.",
     {("DE", AIR, P, 400e6)}),
    ("fr", "Paris consacre 200 millions d'euros à des obus pour Kiev",
     "PARIS (AFP) - La France va consacrer 200 millions d'euros à des obus de 155 mm pour l'Ukraine, a annoncé mardi "
     "le ministre des Armées.",
     {("FR", AMMO, P, 200e6)}),
    ("fr", "Varsovie a remis dix MiG-29 à Kiev",
     "VARSOVIE (AFP) - La Pologne a remis à l'Ukraine 10 chasseurs MiG-29 et recevra en échange des F-35 américains, "
     "a indiqué le ministère polonais de la Défense.",
     {("PL", "aircraft", D, 10)}),
    ("de", "Berlin zahlt Ersatzteile für Kiews Leopard-Panzer",
     "BERLIN, 2. Dez (dpa) - Deutschland stellt 200 Millionen Euro für Ersatzteile der Leopard-Panzer bereit, die es "
     "der Ukraine übergeben hat. Das kündigte der Verteidigungsminister am Dienstag an.",
     {("DE", "other", P, 200e6)}),
    ("de", "Norwegen finanziert Granatenproduktion in der Ukraine",
     "OSLO, 5. Jan (dpa) - Norwegen finanziert mit 100 Millionen Euro die Produktion von Artilleriegeschossen in der "
     "Ukraine. Das Geld geht direkt an ukrainische Rüstungsfirmen.",
     {("NO", "ammunition", M, 100e6)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HELD_OUT)
def test_the_held_out_batch_gives_its_labelled_records_and_figures(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


# ------------------------------------------------------------ mended after the held-out batch


# A headline's sum that the body tells as the price of what it buys is that price, not a
# second gift; a giver's second verb receiving something "in exchange" is its return,
# not Ukraine receiving; German pays "mit" a sum for "die Produktion von" things.
@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    ("en", "Rome frees 300 million euros for Ukraine's SAMP/T",
     "ROME (Reuters) - Italy will spend 300 million euros on missiles for the SAMP/T system it sent to Ukraine.",
     {("IT", AIR, P, 300e6)}),
    ("fr", "La Slovaquie a livré ses MiG-29 à Kiev",
     "BRATISLAVA (AFP) - La Slovaquie a livré à l'Ukraine 13 avions MiG-29 et recevra en contrepartie des "
     "hélicoptères américains, selon le gouvernement slovaque.",
     {("SK", "aircraft", D, 13)}),
    ("de", "",
     "KOPENHAGEN (dpa) - Dänemark finanziert mit 60 Millionen Euro die Herstellung von Drohnen in der Ukraine.",
     {("DK", "drones", M, 60e6)}),
])
def test_mended_after_the_held_out_batch(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
