"""A forty-sixth round of wire copy: review 49's leftovers (tests/pledges/test_review_49.py), each told in
other words in articles written for these tests (none taken from the real-article set or from the probe), in
English, French and German. Each was labelled by hand before it was run, following the real-article set's
conventions (../shared/eval/README.md) and the lead's rulings of stop 47, as (donor, category, status,
figure): the count of things stated, else the sum of money, else none.

The causes:
- under NATO's PURL the United States sells what the allies pay for: "Washington provides the weapons but
  does not pay for them", "Les États-Unis fournissent les armes, mais ne les paient pas", "Die USA liefern
  die Waffen, bezahlen sie aber nicht", "will come from US stocks", "proviendront des stocks américains",
  "stammen aus US-Beständen" give the US no record (the payer's funding is the article's record);
- the things a PURL package holds ("a package that includes Patriot interceptors") are the payer's own
  records at its payment's status (the real set's P-EN-031), not at the "delivered" the sentence before told
  of the scheme ("the mechanism through which allies pay for US arms delivered to Ukraine");
- NATO, which runs PURL, gives nothing under it: told as the one who says what the money buys ("The money
  will buy interceptor missiles ..., NATO said", "a indiqué l'Otan", "teilte die Nato mit"), the things are
  each payer's, at its payment's status;
- a German package's worth: told in the Konjunktiv of reported speech ("seien Teil eines Pakets über 25
  Millionen Euro", as "sind Teil eines" was) and of the declined package ("Teil eines Hilfspakets im Wert
  von 12 Millionen Euro": "Hilfspakets" was no package, so the sum was read as the price of the thing);
- German names the United Kingdom in the dative and genitive too ("dem Vereinigten Königreich", "des
  Vereinigten Königreichs"): config/entities.toml had only "Vereinigtes/Vereinigte Königreich".
"""

from __future__ import annotations

from tests.support.wire_labels import AIR, MONEY, D, P
from tests.support.wire_reading import figures

import pytest

OTHER, TANKS = "other", "tanks"

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # the seller of a PURL package
    ("en", "Norway pays for US weapons for Ukraine via NATO's PURL",
     "OSLO (Wire) - Norway will pay $250 million for American weapons for Ukraine under NATO's PURL scheme, "
     "the government said on Friday. The interceptors will come from US stocks and should reach Ukraine "
     "within weeks. Washington provides the weapons but does not pay for them.",
     {("NO", MONEY, P, 250000000)}),
    ("fr", "PURL : l'Irlande paie des armes américaines pour Kiev",
     "DUBLIN (Agence) - L'Irlande versera 60 millions d'euros au mécanisme PURL de l'Otan pour l'achat "
     "d'armes américaines destinées à l'Ukraine. Les États-Unis fournissent les armes, mais ne les paient "
     "pas. Les obus proviendront des stocks américains.",
     {("IE", MONEY, P, 60000000)}),
    ("de", "Luxemburg zahlt in PURL ein",
     "LUXEMBURG (Agentur) - Luxemburg zahlt 40 Millionen Euro in das Nato-Programm PURL ein, mit dem die "
     "Ukraine amerikanische Waffen erhält. Die USA liefern die Waffen, bezahlen sie aber nicht. Die Raketen "
     "stammen aus US-Beständen.",
     {("LU", MONEY, P, 40000000)}),
    # a PURL package's contents at the payment's status, not the delivered told of the scheme before
    ("en", "Belgium adds $90 million to PURL",
     "BRUSSELS (Wire) - Belgium will contribute $90 million to NATO's Priority Ukraine Requirements List "
     "(PURL), the mechanism through which allies pay for US arms delivered to Ukraine, the government said. "
     "The money goes to a package that includes Patriot interceptors.",
     {("BE", MONEY, P, 90000000), ("BE", AIR, P, None)}),
    # NATO, which runs PURL and says what the money buys, is no giver: the things are each payer's
    ("en", "Spain and Greece fund US weapons for Kyiv under PURL",
     "MADRID (Wire) - Spain and Greece will fund a new package of American weapons for Ukraine under NATO's "
     "PURL mechanism. Madrid will pay $80 million and Athens $40 million. The money will buy interceptor "
     "missiles for Ukraine's Patriot systems, NATO said.",
     {("ES", MONEY, P, 80000000), ("GR", MONEY, P, 40000000), ("ES", AIR, P, None), ("GR", AIR, P, None)}),
    ("fr", "PURL : la Suède et la Finlande financent des armes américaines",
     "STOCKHOLM (Agence) - La Suède et la Finlande vont financer un paquet d'armes américaines pour l'Ukraine "
     "dans le cadre du mécanisme PURL. Stockholm versera 70 millions de dollars et Helsinki 30 millions de "
     "dollars. Ces fonds permettront d'acheter des intercepteurs pour les systèmes Patriot ukrainiens, a "
     "indiqué l'Otan.",
     {("SE", MONEY, P, 70000000), ("FI", MONEY, P, 30000000), ("SE", AIR, P, None), ("FI", AIR, P, None)}),
    ("de", "Österreich und Irland finanzieren PURL-Paket",
     "WIEN (Agentur) - Österreich und Irland finanzieren über das Nato-Programm PURL ein Paket amerikanischer "
     "Waffen für die Ukraine. Wien zahlt 50 Millionen Euro, Dublin 20 Millionen Euro. Mit dem Geld würden "
     "Abfangraketen für die ukrainischen Patriot-Systeme gekauft, teilte die Nato mit.",
     {("AT", MONEY, P, 50000000), ("IE", MONEY, P, 20000000), ("AT", AIR, P, None), ("IE", AIR, P, None)}),
    # a German package's worth: the Konjunktiv of reported speech, the declined package
    ("de", "Lettland schickt Panzerabwehrwaffen",
     "RIGA (Agentur) - Lettland wird der Ukraine 400 Panzerabwehrwaffen liefern. Die Waffen seien Teil eines "
     "Pakets über 25 Millionen Euro, sagte der Verteidigungsminister.",
     {("LV", "small_arms", P, 400), ("LV", MONEY, P, 25000000)}),
    ("de", "Slowenien liefert Granaten",
     "LJUBLJANA (Agentur) - Slowenien liefert der Ukraine 5.000 Mörsergranaten. Die Granaten sind Teil eines "
     "Hilfspakets im Wert von 12 Millionen Euro, das die Regierung am Donnerstag beschlossen hat.",
     {("SI", "ammunition", P, 5000), ("SI", MONEY, P, 12000000)}),
    # the United Kingdom in the German dative and genitive
    ("de", "Boote für die Ukraine",
     "OSLO (Agentur) - Norwegen und Schweden liefern der Ukraine 20 Patrouillenboote, gemeinsam mit dem "
     "Vereinigten Königreich, teilte die Koalition am Mittwoch mit.",
     {("NO", OTHER, P, None), ("SE", OTHER, P, None), ("GB", OTHER, P, None)}),
    ("de", "Kampfpanzer an Kiew übergeben",
     "BRÜSSEL (Agentur) - Die Regierung des Vereinigten Königreichs hat der Ukraine 14 Kampfpanzer "
     "geliefert, wie ein Sprecher am Montag mitteilte.",
     {("GB", TANKS, D, 14)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), ARTICLES, ids=[a[1] for a in ARTICLES])
def test_round_46_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
