"""Relevance, review 64: the fourth held-out probe of the shipped rules (config/rules.toml) on FEED ITEMS (a headline
and an RSS summary), written by someone who did not write (or read) the rules: the 48 items of the pledge probe
(tests/support/review_64_articles.py; every one is aid news: the recipient's voice, parliaments and budgets, long
summaries with several donors, running totals and numbered packages, loans and Russian assets, the Danish model and
joint ventures, Russian claims beside aid news, halted and resumed deliveries) and 24 look-alikes of the same shapes,
8 a language: a Ukrainian ministry on its own domestic production; a parliament's vote on its own country's defence
budget; a Russian claim of destroyed Western kit with no aid news; frozen Russian assets spent on reconstruction
only; arms for Taiwan and Israel; sanctions; a court on an export to Israel; a donor's own re-armament after giving.
Every text is invented for this file; none is taken from the real-article set. Each was labelled by hand before its
first run, following ../shared/eval/README.md. Choices of mine: a Ukrainian maker's or ministry's own production
with no donor's money named is not aid news (it is Ukraine's, not NATO's or the West's); a Russian claim of
destroying Western-supplied kit with nothing given, promised or refused is not (review 62's call on pro-Kremlin
claims); money from Russian assets spent on rebuilding power plants and homes is reconstruction, not military aid; a
donor's own purchase that names what it gave Ukraine only as what it replaces is not (review 62b's and 63's call).

First run (2026-12-07 23:23 UTC, this branch = main at da4056f9, labels as committed in 8d8e082f before any run): 69
of 72 read as labelled: precision 1.00 (45 of 45 kept are aid news; all 24 look-alikes left out), recall 0.94 (45
of 48; EN 15 of 16, FR 15 of 16, DE 15 of 16). Left (3 strict xfails): two G7 ERA loan items whose money is for
"defence needs" / "dépenses militaires" (no rule fires on the English; the French funding rule is cancelled by the
trap on "dépenses militaires"), and a German item where Berlin's promise of ten Leopard 1A5 follows a Russian claim
of destroyed Leopards (no rule fires). What passes: the recipient's-voice items (received, thanked, expected, passive
with no donor), parliaments and budgets (the House, the Senate, the Seimas, the Parlement, the Haushaltsausschuss,
the Conseil national's motion, Karlsruhe), the long multi-donor summaries, the windfall-profits transfer, the Danish
model and joint ventures, the halted and resumed deliveries; and every look-alike: Ukraine's own production (EN, FR,
DE), a parliament's vote on its own defence budget (Poland, France, Austria), Russian claims of destroyed Abrams,
Leopard and F-16 with no aid news, Russian-asset money for reconstruction, arms for Taiwan and Israel, export courts
on Israel and Saudi Arabia, sanctions, Japan's Patriot export to the U.S., Denmark's and Belgium's replacement orders.

Fix 64c: the two G7 loan items pass (a funding rule of a loan whose money Kyiv spends on its defence needs,
config/rules.toml; tests/rules/test_review_fixes_64c.py); one strict xfail is left.
"""

from __future__ import annotations

from tests.support.review_64_articles import ENGLISH, FRENCH, GERMAN
from tests.support.wire_reading import probe_key, relevance_probe_test

# The 48 items of the pledge probe, all aid news.
ARTICLES = [(lang, title, text, True)
            for lang, articles in (("en", ENGLISH), ("fr", FRENCH), ("de", GERMAN))
            for _, title, text, _ in articles]

# Look-alike feed items, labelled by hand before the first run.
LOOK_ALIKES = [
    ("en", "Ukraine's defence ministry says domestic drone output tripled this year",
     "KYIV — Ukrainian manufacturers produced three times as many long-range strike drones this year as last, the "
     "Ministry of Strategic Industries said on Thursday, crediting new state contracts and simpler certification. "
     "More than 500 companies now make drones in Ukraine, the ministry said.",
     False),
    ("en", "Polish parliament approves record defence budget of 4.8% of GDP",
     "WARSAW — Poland's Sejm on Friday approved next year's defence budget, a record 4.8% of gross domestic "
     "product, to pay for K2 tanks, Apache helicopters and new air defence for the Polish army. The bill now goes "
     "to the Senate.",
     False),
    ("en", "Russia says it destroyed a US-made Abrams tank near Avdiivka",
     "MOSCOW, March 3 - Russia's defence ministry said on Sunday that its forces had destroyed a U.S.-made Abrams "
     "tank near Avdiivka, publishing drone footage of a burning vehicle. The claim could not be independently "
     "verified.",
     False),
    ("en", "World Bank channels Russian-asset profits into rebuilding Ukraine's power grid",
     "WASHINGTON — A World Bank fund financed by profits from immobilised Russian assets will spend $1.1 billion "
     "on repairing Ukraine's power plants, substations and district heating networks before next winter, the bank "
     "said on Tuesday.",
     False),
    ("en", "Japan approves export of Patriot interceptors to the United States",
     "TOKYO — Japan's government on Friday approved the export of licence-built Patriot interceptor missiles to the "
     "United States to replenish American stocks, its first such sale under relaxed export rules. Tokyo said the "
     "missiles would stay in U.S. inventories.",
     False),
    ("en", "Canada bans exports of some military goods to Israel after court challenge",
     "OTTAWA — Canada will stop issuing new export permits for military goods to Israel after a federal court "
     "agreed to hear a challenge by human rights groups, the foreign minister said on Tuesday. Existing permits "
     "are under review.",
     False),
    ("en", "Norway adds 40 entities to its Russia sanctions list",
     "OSLO — Norway has aligned itself with the EU's latest sanctions against Russia, adding 40 companies and "
     "individuals accused of helping Moscow evade export controls, the foreign ministry said on Wednesday.",
     False),
    ("en", "Denmark orders 16 CAESAR howitzers to rebuild its artillery",
     "COPENHAGEN — Denmark has ordered 16 new CAESAR Mk II self-propelled howitzers from KNDS France to rebuild its "
     "artillery, the Danish Acquisition and Logistics Organisation said on Monday. The guns replace those the army "
     "gave to Ukraine in 2023 and will arrive from 2027.",
     False),
    ("fr", "Kiev annonce une hausse de 40 % de sa production d'obus",
     "L'Ukraine a produit cette année 40 % d'obus de plus que l'an dernier, a affirmé jeudi le ministre ukrainien "
     "des Industries stratégiques, qui cite l'ouverture de trois nouvelles usines dans l'ouest du pays financées "
     "par le budget national.",
     False),
    ("fr", "L'Assemblée adopte la hausse du budget des armées pour 2026",
     "L'Assemblée nationale a adopté mardi en première lecture la hausse du budget des armées pour 2026, qui "
     "atteindra 64 milliards d'euros, destinés notamment à l'achat de Rafale, de frégates et de munitions pour "
     "l'armée française. Le Sénat doit se prononcer en décembre.",
     False),
    ("fr", "Moscou affirme avoir détruit un char Leopard livré par l'Allemagne",
     "Le ministère russe de la Défense a affirmé mardi avoir détruit un char Leopard 2 de fabrication allemande "
     "dans la région de Koursk, diffusant une vidéo d'un véhicule en feu. Cette affirmation n'a pas pu être "
     "vérifiée de source indépendante.",
     False),
    ("fr", "Avoirs russes gelés : 2 milliards d'euros pour reconstruire les écoles et hôpitaux ukrainiens",
     "La Commission européenne a annoncé mercredi que 2 milliards d'euros issus des revenus des avoirs russes "
     "immobilisés serviront à reconstruire des écoles, des hôpitaux et des réseaux d'eau en Ukraine, via la "
     "Facilité pour l'Ukraine.",
     False),
    ("fr", "Taïwan : Paris autorise la vente de pièces détachées pour Mirage 2000",
     "Le gouvernement français a autorisé l'exportation de pièces détachées pour la flotte de Mirage 2000 de "
     "Taïwan, a-t-on appris de source diplomatique. Pékin a protesté et convoqué l'ambassadeur de France.",
     False),
    ("fr", "Un tribunal néerlandais interdit l'exportation de pièces de F-35 vers Israël",
     "LA HAYE - La cour d'appel de La Haye a ordonné lundi au gouvernement néerlandais de cesser toute "
     "exportation de pièces détachées de F-35 vers Israël, estimant qu'il existe un risque clair de violations du "
     "droit humanitaire à Gaza.",
     False),
    ("fr", "La Suisse reprend les sanctions européennes contre la flotte fantôme russe",
     "BERNE - Le Conseil fédéral a décidé mercredi de reprendre le dernier paquet de sanctions de l'Union "
     "européenne contre la Russie, qui vise une centaine de pétroliers de la flotte fantôme et plusieurs banques.",
     False),
    ("fr", "La Belgique commande de nouveaux blindés pour remplacer ceux cédés à Kiev",
     "BRUXELLES - La Défense belge a commandé 24 véhicules blindés Griffon supplémentaires pour sa composante "
     "terrestre, qui remplaceront en partie les véhicules de transport de troupes cédés à l'Ukraine en 2023, a "
     "annoncé lundi le ministère.",
     False),
    ("de", "Ukraine baut eigene Raketenproduktion aus",
     "Kiew (dpa) - Die Ukraine will ihre Produktion von Marschflugkörpern im kommenden Jahr verdoppeln. Das "
     "teilte das Ministerium für strategische Industrien am Mittwoch mit. Finanziert werde der Ausbau aus dem "
     "ukrainischen Staatshaushalt.",
     False),
    ("de", "Nationalrat beschließt Aufstockung des Bundesheer-Budgets",
     "Wien (APA) - Der Nationalrat hat am Donnerstag die Erhöhung des Verteidigungsbudgets auf 1,5 Prozent der "
     "Wirtschaftsleistung beschlossen. Das Geld soll vor allem in neue Hubschrauber, Radpanzer und die "
     "Luftraumüberwachung des Bundesheeres fließen.",
     False),
    ("de", "Russland meldet Abschuss eines F-16-Kampfjets über der Ostukraine",
     "Moskau (AFP) - Die russische Luftabwehr hat nach Angaben des Verteidigungsministeriums in Moskau über der "
     "Region Donezk einen Kampfjet vom Typ F-16 abgeschossen. Eine unabhängige Bestätigung gab es zunächst nicht; "
     "Kiew äußerte sich nicht.",
     False),
    ("de", "Erträge aus russischem Vermögen fließen in Wiederaufbau ukrainischer Kraftwerke",
     "Brüssel (dpa) - Die EU stellt weitere 1,2 Mrd. Euro aus den Zinserträgen eingefrorener russischer "
     "Vermögen für den Wiederaufbau zerstörter Kraftwerke und Wohnhäuser in der Ukraine bereit. Das Geld fließt "
     "über die Europäische Investitionsbank an ukrainische Energieversorger.",
     False),
    ("de", "Bundesregierung genehmigt Rüstungsexporte nach Israel in Millionenhöhe",
     "Berlin (Reuters) - Die Bundesregierung hat seit Jahresbeginn Rüstungsexporte nach Israel im Wert von rund "
     "160 Mio. Euro genehmigt. Das geht aus einer Antwort des Wirtschaftsministeriums auf eine Anfrage der "
     "Linken hervor.",
     False),
    ("de", "Schweiz übernimmt neues EU-Sanktionspaket gegen Russland",
     "Bern (sda) - Der Bundesrat hat das jüngste Sanktionspaket der EU gegen Russland übernommen. Betroffen sind "
     "weitere Tanker der sogenannten Schattenflotte sowie mehrere Banken, teilte das Wirtschaftsdepartement mit.",
     False),
    ("de", "Taiwan erhält erste HIMARS-Raketenwerfer aus den USA",
     "Taipeh (dpa) - Taiwan hat die ersten Mehrfachraketenwerfer vom Typ HIMARS aus den USA erhalten. Das "
     "Verteidigungsministerium in Taipeh sprach von einem wichtigen Schritt zur Abschreckung gegenüber China.",
     False),
    ("de", "Verwaltungsgericht: Klage gegen Exportgenehmigung für Saudi-Arabien abgewiesen",
     "Berlin (epd) - Das Verwaltungsgericht Berlin hat die Klage einer Friedensorganisation gegen die Genehmigung "
     "von Rüstungsexporten nach Saudi-Arabien abgewiesen. Die Kläger hätten kein Klagerecht, urteilten die Richter.",
     False),
]

ITEMS = ARTICLES + LOOK_ALIKES

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    # (2) A Russian claim beside a promise: the promise does not lift the claim.
    "Moskau meldet zerstörte Leopard – Berlin setzt Lieferungen fort":
        "left out, no rule fired: 'Die Bundesregierung kündigte unterdessen an, wie geplant bis Jahresende zehn "
        "weitere Leopard 1A5 zu liefern' (after a Russian claim of two destroyed Leopards) keeps nothing; expected "
        "aid news (a promise of tanks)",
}

test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)


def test_the_probe_is_as_briefed() -> None:
    """72 feed items, 24 a language: the 16 items of the pledge probe and 8 look-alikes, each a headline and a summary
    of 80-1,200 characters, no item named twice."""
    for lang in ("en", "fr", "de"):
        labels = [relevant for item_lang, _, _, relevant in ITEMS if item_lang == lang]
        assert (len(labels), sum(labels)) == (24, 16), lang
    assert all(80 <= len(text) <= 1200 for _, _, text, _ in ITEMS)
    assert len({probe_key(headline, lead) for _, headline, lead, _ in ITEMS}) == len(ITEMS) == 72
