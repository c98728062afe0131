"""A fifty-second round of wire copy: the leftovers reviews 50 and 51 and the lead's brief named, each a
phenomenon of agency copy, in sentences written for these tests (none taken from the probes nor from
the real-article set), in English, French and German, labelled by hand as (donor, category, status,
figure) before the fix was run. Negative cases show the ordinary copy beside each form read as before.

The causes, as read on main (0445f1d):
- half of a large scale ("half a million shells", "un demi-million d'obus", "eine halbe Million
  Granaten") was found but given no value: read, it had joined an announcement and a later delivery
  report into one story, because the delivery report recalled the announced figure in a statement
  dated by its month ("said in February that ... 500,000 shells could be bought"), a recall the story
  evidence did not know, so the report took the decision phase beside its delivery;
- a running total told beside the news read as a second record of the donor (funding);
- a bare count given after an order for the donor's own forces ("and give four to Ukraine") was lost
  with the order, or read with no count;
- English and French adverbial gerunds of giving ("by sending", "en livrant") were no cue;
- "delivered the last of them" was no object of the delivery;
- a correction note's right figure inside the note was never read.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, shipped_analyzer  # noqa: F401 - the analyzer fixture
from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, P, R, X
from tests.support.wire_reading import figures

# ------------------------------------------------------------------ half of a large scale

HALVES = [
    ("en", "LONDON (Wire) - Britain will send Ukraine half a million artillery shells next year, the "
     "ministry said.", {("GB", AMMO, P, 500_000)}),
    ("en", "OSLO (Wire) - Norway has delivered a half million rounds of ammunition to Ukraine.",
     {("NO", AMMO, D, 500_000)}),
    ("en", "OTTAWA (Wire) - Canada will give Ukraine half a billion dollars in military aid.",
     {("CA", MONEY, P, 500_000_000)}),
    ("fr", "PARIS (Agence) - La France va livrer un demi-million d'obus à l'Ukraine d'ici à l'été.",
     {("FR", AMMO, P, 500_000)}),
    ("fr", "BRUXELLES (Agence) - La Belgique a livré un demi million de cartouches à l'Ukraine.",
     {("BE", AMMO, D, 500_000)}),
    ("fr", "MADRID (Agence) - L'Espagne va accorder un demi-milliard d'euros d'aide militaire à l'Ukraine.",
     {("ES", MONEY, P, 500_000_000)}),
    ("de", "BERLIN (Agentur) - Deutschland will der Ukraine eine halbe Million Artilleriegranaten liefern.",
     {("DE", AMMO, P, 500_000)}),
    ("de", "WIEN (Agentur) - Die Niederlande haben der Ukraine eine halbe Million Schuss Munition geliefert.",
     {("NL", AMMO, D, 500_000)}),
    # what is no half of a scale keeps its reading
    ("en", "KYIV (Wire) - Poland has delivered half a dozen howitzers to Ukraine.",
     {("PL", "artillery", D, 6)}),
    ("fr", "PARIS (Agence) - La France va livrer une demi-douzaine de canons Caesar à l'Ukraine.",
     {("FR", "artillery", P, 6)}),
    ("de", "BERLIN (Agentur) - Deutschland liefert der Ukraine eine Million Schuss Munition.",
     {("DE", AMMO, P, 1_000_000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HALVES)
def test_half_of_a_large_scale_is_its_half(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# An announcement of 500,000 shells, and months later (the same day, in a replay dated today) the
# report of the first delivery, which recalls the figure in a statement dated by its month: two
# events. The recalled statement is context, so the delivery report keeps its own phase; read as
# news, its figure in the decision phase joined the announcement (half a million written in words
# shares it since this round).
def _pair(lang: str, figure: str, announced: str, recalled: str) -> tuple:
    title, body = announced.split("|")
    delivery_report, recall = recalled.split("|")
    report = f"{delivery_report}\n{recall.format(figure)}"
    return (lang, title.format(figure), body.format(figure)), (lang, "", report)


_EN = ("Nordic states to buy {} shells for Ukraine|Denmark, Norway and Sweden will pay for {} artillery shells "
       "for Ukraine, the Danish prime minister announced.",
       "Denmark has delivered the first of the shells to Ukraine, the Danish defence minister said on Friday.|The "
       "Danish prime minister said in March that {} shells could be bought outside Europe once the money was found.")
_FR = ("Le Danemark va acheter {}obus pour l'Ukraine|Le Danemark va financer {}obus pour l'Ukraine, "
       "a annoncé la Première ministre danoise.",
       "Le Danemark a livré les premiers obus à l'Ukraine, a indiqué vendredi le ministre danois de la Défense.|La "
       "Première ministre avait déclaré en mars : {}obus pourraient être achetés hors d'Europe.")
_DE = ("Dänemark kauft {} Granaten für die Ukraine|Dänemark wird {} Artilleriegranaten für die Ukraine bezahlen, "
       "kündigte die dänische Regierungschefin an.",
       "Die Ukraine hat die ersten von Dänemark gekauften Granaten erhalten, teilte der dänische "
       "Verteidigungsminister am Freitag mit.|Die Regierungschefin hatte im März erklärt, {} Granaten könnten "
       "außerhalb Europas gekauft werden.")
ANNOUNCEMENT_AND_LATER_DELIVERY = [
    _pair("en", "500,000", *_EN), _pair("en", "half a million", *_EN),
    _pair("fr", "500 000 ", *_FR), _pair("fr", "un demi-million d'", *_FR),
    _pair("de", "500.000", *_DE), _pair("de", "eine halbe Million", *_DE),
]


@pytest.mark.parametrize(("first", "second"), ANNOUNCEMENT_AND_LATER_DELIVERY)
def test_a_figure_recalled_by_its_month_joins_no_announcement_to_a_delivery(analyzer, first, second) -> None:
    assert not matcher_joins(analyzer, first, second, hours=6)


# ------------------------------------------------------------------ running totals

# A running total told beside the news is background: the donor's news is its record, the total no
# second one. (Where the total and the news are one (donor, category, status), the total was already
# merged away; these are the forms where it stood as a record of its own.)
RUNNING_TOTALS = [
    ("en", "BERLIN (Wire) - Germany pledged two more IRIS-T systems to Ukraine, bringing its total military aid "
     "to 4 billion euros.", {("DE", AIR, P, 2)}),
    ("en", "OTTAWA (Wire) - Canada will give Ukraine $200 million for drones, raising its overall military aid "
     "since 2022 to $4.5 billion.", {("CA", "drones", P, 200_000_000)}),
    ("en", "OSLO (Wire) - Norway delivered 20 armoured vehicles to Ukraine, which brings the total value of its "
     "military aid to $3 billion.", {("NO", ARMOUR, D, 20)}),
    ("fr", "PARIS (Agence) - La France va livrer 12 canons Caesar à l'Ukraine, portant à 3 milliards d'euros le "
     "total de son aide.", {("FR", "artillery", P, 12)}),
    ("fr", "ROME (Agence) - L'Italie a livré 20 blindés à l'Ukraine, ce qui porte le montant total de son aide "
     "militaire à 2 milliards d'euros.", {("IT", ARMOUR, D, 20)}),
    ("de", "KOPENHAGEN (Agentur) - Dänemark gibt der Ukraine weitere 200 Millionen Euro für Munition, womit sich "
     "die dänische Militärhilfe auf insgesamt 9 Milliarden Euro summiert.", {("DK", AMMO, P, 200_000_000)}),
    ("de", "WARSCHAU (Agentur) - Polen hat der Ukraine 14 Panzerhaubitzen geliefert und damit seine Militärhilfe "
     "auf insgesamt 3 Milliarden Euro erhöht.", {("PL", "artillery", D, 14)}),
    # what is no running total keeps its reading: a package's own total, the money of the news
    ("en", "BERLIN (Wire) - Germany will send two aid packages worth a total of 500 million euros to Ukraine.",
     {("DE", "other", P, 500_000_000)}),
    ("en", "THE HAGUE (Wire) - The Netherlands will give Ukraine 350 million euros in military aid.",
     {("NL", MONEY, P, 350_000_000)}),
    ("fr", "LA HAYE (Agence) - Les Pays-Bas débloquent 350 millions d'euros d'aide militaire pour l'Ukraine.",
     {("NL", MONEY, P, 350_000_000)}),
    ("de", "BERLIN (Agentur) - Deutschland sagt der Ukraine weitere 500 Millionen Euro Militärhilfe zu.",
     {("DE", MONEY, P, 500_000_000)}),
    # ... and aid raised to a sum with no total's noun: the raise is the news
    ("fr", "ROME (Agence) - L'Italie a porté à 2 milliards d'euros son aide militaire à l'Ukraine pour cette "
     "année.", {("IT", MONEY, P, 2_000_000_000)}),
    ("de", "BERLIN (Agentur) - Deutschland liefert der Ukraine zehn Panzer. Damit erhöht Berlin seine "
     "Militärhilfe auf 8 Milliarden Euro.", {("DE", "tanks", P, 10), ("DE", MONEY, P, 8_000_000_000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RUNNING_TOTALS)
def test_a_running_total_beside_the_news_is_no_record(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ a bare count borrowing its noun

# A donor buying for its own forces and giving some to Ukraine: the count given without a noun of its
# own ("give four to Ukraine", "en céder quatre", "gibt vier an die Ukraine") stands for the thing
# ordered, and the order itself stays no aid. On main the gift was lost with the order, or read with
# no count.
BARE_COUNTS = [
    ("en", "COPENHAGEN (Wire) - Denmark will buy six NASAMS launchers to refill its own stocks and give four to "
     "Ukraine.", {("DK", AIR, P, 4)}),
    ("en", "COPENHAGEN (Wire) - Denmark will buy six NASAMS launchers for its own army and give four to Ukraine.",
     {("DK", AIR, P, 4)}),
    ("en", "LONDON (Wire) - Britain will order 20 Archer howitzers for the British Army and send 8 to Ukraine.",
     {("GB", "artillery", P, 8)}),
    ("fr", "STOCKHOLM (Agence) - La Suède va commander 10 canons Archer pour son armée et en céder quatre à "
     "l'Ukraine.", {("SE", "artillery", P, 4)}),
    ("fr", "STOCKHOLM (Agence) - La Suède va commander 10 canons Archer pour reconstituer ses stocks et en livrer "
     "4 à l'Ukraine.", {("SE", "artillery", P, 4)}),
    ("fr", "STOCKHOLM (Agence) - La Suède va commander 10 canons Archer pour son armée et en donnera 4 à "
     "l'Ukraine.", {("SE", "artillery", P, 4)}),
    ("de", "KOPENHAGEN (Agentur) - Dänemark kauft sechs Caesar-Haubitzen für die eigenen Streitkräfte und gibt "
     "vier an die Ukraine.", {("DK", "artillery", P, 4)}),
    ("de", "KOPENHAGEN (Agentur) - Dänemark bestellt zehn Caesar-Haubitzen für die eigene Armee und gibt vier "
     "davon an die Ukraine ab.", {("DK", "artillery", P, 4)}),
    # what is no bare count keeps its reading: a count with its own noun, "more" after a delivery, a
    # French year
    ("en", "LONDON (Wire) - Britain will buy 12 Archers for the British Army and send 14 AS90s to Ukraine.",
     {("GB", "artillery", P, 14)}),
    ("en", "OTTAWA (Wire) - Canada has delivered 8 Leopard 2 tanks to Ukraine and will send 12 more.",
     {("CA", "tanks", D, 8), ("CA", "tanks", P, 12)}),
    ("fr", "PARIS (Agence) - La France livrera 12 canons Caesar à l'Ukraine en un an.",
     {("FR", "artillery", P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARE_COUNTS)
def test_a_bare_count_given_after_an_own_order_stands_for_the_thing_ordered(lang: str, text: str,
                                                                             expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ gerund givings

# A giving told by an adverbial gerund ("by sending", "while sending", ", delivering", "en livrant",
# ", envoyant") is a cue, told as the manner of what the main clause does: done or under way after a
# past or present main verb (round 38b: "épaule les unités au front en livrant des obus chaque mois"
# is no promise), promised only when the main clause or the sentence tells a time to come. German
# tells it with "indem" and a verb of its own, read before. On main the English and French gerunds
# gave nothing.
GERUNDS = [
    ("en", "BERLIN (Wire) - Germany stepped up its support for Ukraine on Tuesday, sending 4 billion euros in "
     "military aid.", {("DE", MONEY, D, 4_000_000_000)}),
    ("en", "LONDON (Wire) - Britain kept up the pressure on Moscow by sending 200 armoured vehicles to Ukraine.",
     {("GB", ARMOUR, D, 200)}),
    ("en", "LONDON (Wire) - Britain will keep up the pressure on Moscow by sending 200 armoured vehicles to "
     "Ukraine.", {("GB", ARMOUR, P, 200)}),
    ("en", "OTTAWA (Wire) - Canada is supporting Ukraine by supplying 50 armoured vehicles.",
     {("CA", ARMOUR, D, 50)}),
    ("en", "OTTAWA (Wire) - Canada will support Ukraine next year by supplying 50 armoured vehicles.",
     {("CA", ARMOUR, P, 50)}),
    ("en", "OSLO (Wire) - Norway has helped Ukraine's artillery while delivering 20 howitzers.",
     {("NO", "artillery", D, 20)}),
    ("fr", "PARIS (Agence) - La France soutient l'Ukraine en livrant 12 canons Caesar.",
     {("FR", "artillery", D, 12)}),
    ("fr", "PARIS (Agence) - La France a soutenu l'Ukraine en lui livrant 12 canons Caesar.",
     {("FR", "artillery", D, 12)}),
    ("fr", "PARIS (Agence) - La France va soutenir l'Ukraine en lui fournissant 12 canons Caesar.",
     {("FR", "artillery", P, 12)}),
    ("fr", "ROME (Agence) - L'Italie a renforcé son aide, envoyant 20 blindés à l'Ukraine.",
     {("IT", ARMOUR, D, 20)}),
    ("de", "BERLIN (Agentur) - Deutschland hat die Ukraine unterstützt, indem es 20 Marder-Schützenpanzer "
     "geliefert hat.", {("DE", ARMOUR, D, 20)}),
    ("de", "BERLIN (Agentur) - Deutschland unterstützt die Ukraine, indem es 20 Marder-Schützenpanzer liefert.",
     {("DE", ARMOUR, P, 20)}),
    # a gerund that is the object of another verb is that verb's: weighed, ruled out
    ("en", "BERLIN (Wire) - Germany is considering sending Taurus missiles to Ukraine.",
     {("DE", "missiles", X, None)}),
    ("en", "BERLIN (Wire) - Germany ruled out sending Taurus missiles to Ukraine.",
     {("DE", "missiles", R, None)}),
    ("fr", "PARIS (Agence) - La France envisage d'envoyer des Mirage à l'Ukraine.",
     {("FR", "aircraft", X, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GERUNDS)
def test_an_adverbial_gerund_gives_as_its_main_clause_tells(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ the last of them

# "Delivered the last of them" after the promise of the things: the last part delivered completes
# the whole, so the things promised are delivered, all of them, and the promise its sentence recalls
# is no record beside that delivery (review 51's convention: "pledged three ... delivered the last of
# them" is the three delivered). "The first of them" keeps both: the promise is still open. On main
# the last of them was no object of the delivery (read only before a verb).
LAST_OF_THEM = [
    ("en", "BERLIN (Wire) - Germany, which pledged three Patriot systems in 2024, delivered the last of them in "
     "the spring.", {("DE", AIR, D, 3)}),
    ("en", "OSLO (Wire) - Norway, which pledged 24 howitzers in 2023, handed over the last of them on Monday.",
     {("NO", "artillery", D, 24)}),
    ("fr", "BERLIN (Agence) - L'Allemagne, qui avait promis trois systèmes Patriot, a livré le dernier d'entre eux "
     "au printemps.", {("DE", AIR, D, 3)}),
    ("fr", "OSLO (Agence) - La Norvège, qui avait promis 24 obusiers, a remis les derniers d'entre eux lundi.",
     {("NO", "artillery", D, 24)}),
    ("de", "BERLIN (Agentur) - Deutschland, das drei Patriot-Systeme zugesagt hatte, hat das letzte davon im "
     "Frühjahr geliefert.", {("DE", AIR, D, 3)}),
    ("de", "OSLO (Agentur) - Norwegen, das 24 Haubitzen zugesagt hatte, hat die letzten davon am Montag "
     "übergeben.", {("NO", "artillery", D, 24)}),
    # the first of them leaves the promise open; another thing delivered keeps the promise apart
    ("en", "BERLIN (Wire) - Germany, which pledged three Patriot systems in 2024, delivered the first of them in "
     "the spring.", {("DE", AIR, D, None), ("DE", AIR, P, 3)}),
    ("de", "BERLIN (Agentur) - Deutschland, das drei Patriot-Systeme zugesagt hatte, hat im Frühjahr zwei "
     "Leopard-Panzer geliefert.", {("DE", AIR, P, 3), ("DE", "tanks", D, 2)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LAST_OF_THEM)
def test_the_last_of_them_delivered_completes_the_promise(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ a correction's right figure

# A correction note that tells its right figure inside it ("... said Norway would send 12 F-16 jets;
# the right figure is 14", "il s'agit de 18 drones navals", "richtig sind 18") gives its claim with
# the right figure, read as news: the story may not tell the figure anywhere else. A note telling no
# right figure still gives nothing (the story tells it), nor does its wrong figure. On main every
# note was left unread.
CORRECTIONS = [
    ("en", "OSLO (Wire) - Norway will send F-16 jets to Ukraine, the ministry said. An earlier version of this "
     "story said Norway would send 12 F-16 jets; the right figure is 14.", {("NO", "aircraft", P, 14)}),
    ("en", "KYIV (Wire) - Zelensky asked for more jets on Friday. An earlier version of this story said Denmark "
     "had delivered 6 F-16 jets; the correct number is 8.", {("DK", "aircraft", D, 8)}),
    ("fr", "KIEV (Agence) - Le ministre a demandé davantage d'avions. Dans une version précédente de cette "
     "dépêche, il était indiqué que les Pays-Bas avaient promis 80 drones navals ; il s'agit de 18 drones "
     "navals.", {("NL", "drones", P, 18)}),
    ("fr", "KIEV (Agence) - Les Pays-Bas ont promis des drones navals à l'Ukraine. Rectificatif : une version "
     "précédente indiquait que les Pays-Bas avaient promis 80 drones navals ; le bon chiffre est de 18.",
     {("NL", "drones", P, 18)}),
    ("de", "KIEW (Agentur) - Die Niederlande haben der Ukraine Seedrohnen zugesagt. In einer früheren Fassung "
     "hieß es, die Niederlande hätten 80 Seedrohnen zugesagt; richtig sind 18.", {("NL", "drones", P, 18)}),
    # the story telling the right figure itself, and a note with no right figure, as before
    ("en", "OSLO (Wire) - Norway will send 14 F-16 jets to Ukraine. An earlier version of this story said Norway "
     "would send 12 F-16 jets; the right figure is 14.", {("NO", "aircraft", P, 14)}),
    ("en", "OSLO (Wire) - Norway will send 14 F-16 jets to Ukraine. An earlier version of this story misstated "
     "the number of jets.", {("NO", "aircraft", P, 14)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CORRECTIONS)
def test_a_corrections_right_figure_inside_its_note_is_read(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
