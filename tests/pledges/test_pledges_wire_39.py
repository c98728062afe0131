"""A thirty-ninth round of wire copy: the status causes review 47 (tests/pledges/test_review_47.py, causes in
the review's notes) found, and the French private giver the lead's ruling asks for, each told again here in
other words and, where the form exists there, other languages, in articles written for these tests (none is
taken from the real-article set or from the probe). Each was labelled by hand before it was run, following
the real-article set's conventions (../shared/eval/README.md), tests/data/README.md and the lead's rulings on
the probe (non-state donors give no record; the making itself is category production), as (donor, category,
status, figure): the count of things stated, else the sum of money, else none.

The causes, by the review's numbers:
- 5: a French private campaign ("une cagnotte lancée par un journaliste") gives no record, as in EN and DE;
- 14: a dated timeline's historic present ("- mai : Madrid livre ...", "June 2: Oslo sends ...") is a past
  step: the verb's own meaning, delivered for a delivery verb, pledged for a promise;
- 15: the German separable present "schließen ... ab" of training or a delivery is done (delivered);
- 16: thanks told "Merci à X pour", "Thank you, X, for", "Danke an X für" are thanks;
- 18: French "devrait/pourrait (words) annoncer/présenter" is an expected step, discussed;
- 19: French "a/ont alloué <sum>" is pledged;
- 20: "n'est plus à l'ordre du jour" refuses;
- 21: a participle "remis (day) à une brigade" after the things delivers them;
- 22: an object pronoun ("them", "les", "sie") after things named in the sentence before stands for them;
- 17: Kyiv calling on others to send or speed up gives no record;
- 24: a tracker's ranking ("the largest donor with <sum>", "followed by X with <sum>") is each donor's
  pledged total;
- 25: "finances the production of weapons in Ukraine" is production.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, D, M, MONEY, P, R, X
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 5: a French private campaign gives nothing; the government beside it does
    ("fr", "Des drones offerts par une cagnotte lituanienne",
     "VILNIUS (AFP) - Une cagnotte lancée par un journaliste lituanien a permis d'offrir 150 drones à l'armée "
     "ukrainienne. Le gouvernement lituanien a pour sa part promis 20 véhicules blindés à Kiev.",
     {("LT", ARMOUR, P, 20)}),
    ("fr", "Une collecte d'un youtubeur tchèque finance un radar pour l'Ukraine",
     "PRAGUE (AFP) - Une collecte organisée par un youtubeur tchèque a réuni 2 millions d'euros pour acheter "
     "un radar destiné à l'armée ukrainienne, ont annoncé mercredi ses organisateurs.",
     set()),
    # 14: a dated timeline's historic present is a past step, of the verb's own meaning
    ("fr", "L'Espagne va envoyer six lanceurs Hawk à l'Ukraine",
     "MADRID (AFP) - L'Espagne va envoyer six lanceurs de missiles Hawk à l'Ukraine, a annoncé lundi la "
     "ministre de la Défense.\n"
     "Les précédentes étapes :\n"
     "- mai : Madrid livre 10 chars Leopard 2 ;\n"
     "- septembre : l'Espagne promet 20 véhicules blindés M113.",
     {("ES", AIR, P, 6), ("ES", "tanks", D, 10), ("ES", ARMOUR, P, 20)}),
    ("en", "Norway to send more air defence missiles to Ukraine",
     "OSLO (Reuters) - Norway will send more NASAMS missiles to Ukraine, the defence ministry said on Friday.\n"
     "Earlier steps:\n"
     "- June 2: Oslo sends 22 M109 howitzers.\n"
     "- Aug. 14: Norway pledges 30 armoured vehicles.",
     {("NO", AIR, P, None), ("NO", "artillery", D, 22), ("NO", ARMOUR, P, 30)}),
    ("de", "Schweden schickt weitere Archer-Haubitzen",
     "STOCKHOLM (dpa) - Schweden wird der Ukraine acht weitere Archer-Haubitzen liefern, teilte die Regierung "
     "am Dienstag mit.\n"
     "Bisherige Schritte:\n"
     "3. März: Stockholm liefert 50 Schützenpanzer vom Typ CV90.\n"
     "11. Juni: Schweden sagt zwei Aufklärungsflugzeuge zu.",
     {("SE", "artillery", P, 8), ("SE", ARMOUR, D, 50), ("SE", "aircraft", P, 2)}),
    # 15: the separable present "schließen ... ab" tells training or a delivery done
    ("de", "Ukrainische Piloten beenden Ausbildung in Rumänien",
     "BUKAREST (dpa) - Zwölf ukrainische Piloten schließen in dieser Woche ihre Ausbildung an F-16-Kampfjets "
     "in Rumänien ab, teilte das rumänische Verteidigungsministerium mit.",
     {("RO", "training", D, 12)}),
    ("de", "Belgien beendet Minenräumer-Lieferung",
     "BRÜSSEL (dpa) - Belgien schließt die Lieferung von vier Minenräumbooten an die Ukraine ab, sagte die "
     "Verteidigungsministerin am Montag.",
     {("BE", "other", D, 4)}),
    # 16: thanks by the noun or the interjection
    ("fr", "Zelensky remercie le Danemark et l'Estonie",
     "KIEV (AFP) - « Merci au Danemark pour les F-16 désormais en service, et merci à l'Estonie pour les "
     "obusiers livrés cette semaine », a écrit lundi le président ukrainien sur Telegram.",
     {("DK", "aircraft", D, None), ("EE", "artillery", D, None)}),
    ("en", "Zelensky thanks Lithuania for air defence",
     "KYIV (Reuters) - \"Thank you, Lithuania, for the NASAMS launchers that are already protecting Kyiv,\" "
     "Ukrainian President Volodymyr Zelensky wrote on Tuesday.",
     {("LT", AIR, D, None)}),
    ("de", "Selenskyj dankt Finnland",
     "KIEW (dpa) - „Danke an Finnland für die 30 Haubitzen, die an der Front angekommen sind“, schrieb der "
     "ukrainische Präsident am Mittwoch.",
     {("FI", "artillery", D, 30)}),
    # 18: an expected announcement is discussed
    ("fr", "L'Espagne pourrait annoncer des Patriot jeudi",
     "MADRID (AFP) - L'Espagne pourrait, lors de la réunion de jeudi, annoncer l'envoi de nouveaux missiles "
     "Patriot à l'Ukraine, selon une source diplomatique.",
     {("ES", AIR, X, None)}),
    ("fr", "Le Portugal devrait présenter un paquet d'aide",
     "LISBONNE (AFP) - Le Portugal devrait de son côté présenter jeudi un nouveau paquet d'aide comprenant des "
     "drones navals, selon des diplomates.",
     {("PT", "drones", X, None)}),
    # 19: "a alloué" / "ont alloué" a sum
    ("fr", "La Norvège a alloué 2 milliards d'euros à Kiev",
     "OSLO (AFP) - La Norvège a alloué 2 milliards d'euros d'aide militaire à l'Ukraine depuis le début de "
     "l'année, selon le ministère de la Défense.",
     {("NO", MONEY, P, 2_000_000_000)}),
    # 20: "n'est plus à l'ordre du jour" refuses
    ("fr", "Madrid renonce aux chars pour Kiev",
     "MADRID (AFP) - L'envoi de chars Leopard 2 à l'Ukraine, évoqué au printemps, n'est plus à l'ordre du "
     "jour, a indiqué mardi le gouvernement espagnol.",
     {("ES", "tanks", R, None)}),
    # 21: "remis (day) à une brigade" after the things delivers them
    ("fr", "Les Pays-Bas achètent des drones pour Kiev",
     "LA HAYE (AFP) - Les Pays-Bas ont acheté 200 drones de reconnaissance, remis vendredi à une brigade "
     "ukrainienne, a annoncé le ministère de la Défense.",
     {("NL", "drones", D, 200)}),
    ("en", "Dutch drones reach Ukrainian brigade",
     "THE HAGUE (Reuters) - The Netherlands bought 200 reconnaissance drones, handed on Friday to a Ukrainian "
     "brigade, the defence ministry said.",
     {("NL", "drones", D, 200)}),
    # 22: an object pronoun after things named in the sentence before
    ("en", "Spain to send stored Leopard tanks to Ukraine",
     "MADRID (Reuters) - Spain has 10 Leopard 2A4 tanks in storage in Zaragoza. The defence minister said on "
     "Monday that Madrid would send them to Ukraine in the spring.",
     {("ES", "tanks", P, 10)}),
    ("fr", "La Belgique enverra ses obusiers en réserve",
     "BRUXELLES (AFP) - La Belgique dispose de 8 obusiers en réserve. Le ministre de la Défense a indiqué "
     "jeudi que Bruxelles les livrerait à l'Ukraine d'ici l'été.",
     {("BE", "artillery", P, 8)}),
    ("de", "Portugal will Leopard-Panzer an Kiew abgeben",
     "LISSABON (dpa) - Portugal hat noch sechs Leopard-2-Panzer im Depot. Die Regierung will sie der Ukraine "
     "im Frühjahr liefern, sagte der Verteidigungsminister am Montag.",
     {("PT", "tanks", P, 6)}),
    # 17: Kyiv calling on others gives no record
    ("fr", "Zelensky presse les Européens",
     "KIEV (AFP) - Le président ukrainien a appelé jeudi les Européens à accélérer les livraisons d'obus "
     "d'artillerie.",
     set()),
    ("en", "Zelensky urges allies to speed up deliveries",
     "KYIV (Reuters) - Ukrainian President Volodymyr Zelensky on Thursday called on European allies to speed "
     "up deliveries of artillery shells.",
     set()),
    ("de", "Selenskyj ruft Europäer zu schnelleren Lieferungen auf",
     "KIEW (dpa) - Der ukrainische Präsident hat die Europäer am Donnerstag aufgerufen, die Lieferung von "
     "Artilleriegranaten zu beschleunigen.",
     set()),
    # 24: a tracker's ranking is each donor's pledged total
    ("en", "Tracker: Nordic states climb Ukraine aid ranking",
     "KIEL (Reuters) - Sweden was the third-largest donor of military aid with 3.2 billion euros, followed "
     "by Denmark with 2.9 billion, according to the tracker.",
     {("SE", MONEY, P, 3_200_000_000), ("DK", MONEY, P, 2_900_000_000)}),
    ("fr", "Aide militaire : le classement des donateurs",
     "KIEL (AFP) - L'Allemagne reste le premier donateur européen avec 17 milliards d'euros, suivie de la "
     "Norvège avec 6 milliards, selon l'institut.",
     {("DE", MONEY, P, 17_000_000_000), ("NO", MONEY, P, 6_000_000_000)}),
    # 25: paying for the making in Ukraine is production
    ("en", "Sweden funds arms production in Ukraine",
     "STOCKHOLM (Reuters) - Sweden, which finances the production of drones in Ukraine, will add 100 million "
     "euros to the scheme, the government said.",
     {("SE", "production", M, 100_000_000)}),
    ("fr", "La Norvège finance la production d'armes en Ukraine",
     "OSLO (AFP) - La Norvège finance la production d'armes en Ukraine, a rappelé mardi le ministre de la "
     "Défense.",
     {("NO", "production", M, None)}),
    ("de", "Finnland finanziert Waffenproduktion in der Ukraine",
     "HELSINKI (dpa) - Finnland finanziert die Produktion von Waffen in der Ukraine, teilte die Regierung am "
     "Dienstag mit.",
     {("FI", "production", M, None)}),
]

# What the first run left, by headline (strict xfails), filled in after it.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_39_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
