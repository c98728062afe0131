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
  pledged total (relabelled at pledges61, by the brief: in an article naming a tracker or a ranking, as these
  three do, the ranking is a tally and gives no record; without one it stays each donor's total);
- 25: "finances the production of weapons in Ukraine" is production.

First run (2026-12-05, main's code at bd40867, labels unchanged): 2 of 27 right (the English "Thank you,
Lithuania, for" and the German "Danke an Finnland für" already read as thanks). The rest read as the review
found: the French private campaigns gave their nationality's state a record; the timelines' present steps
were promises; "schließen ... ab" gave nothing or a promise; "Merci à X pour" nothing (the one thanked taken
for a place); "pourrait, lors de ..., annoncer" and "devrait ... présenter" promises; "a alloué" nothing;
"n'est plus à l'ordre du jour" a promise; the purchase before "remis vendredi à" / "handed on Friday to" a
promise; the pronouns' things lost their count; a call on "les Européens" or "European allies" the group's
debate; the rankings nothing; paying for the production a funding record.
After the fixes, 21 of 27 (23 of 29 with the two planned lists below):
- 5: non_givers: French private-campaign words before a nationality ("collecte", "cagnotte", "citoyenne",
  "journaliste", "animateur", "radio", "youtubeur", ...);
- 14: timeline_steps.py: a line opening with its date tells a past step, its present giving verb a delivery;
  a list whose heading names it planned ("Upcoming deliveries:", "Geplante Lieferungen:", "Le calendrier
  prévu") is a schedule and keeps its promises (two texts written after the fix, labelled before their
  run: both wrong without that limit, both right with it);
- 15: cue_patterns (delivered): "schließt/schließen ... Ausbildung/Lieferung/Übergabe ... ab";
- 16: cue_patterns (delivered): "Thank you, X, for", "Merci à X pour", "Danke an X für"; donor_places: the
  one thanked so is no place; givers: the one thanked inside a thanks cue gave, not a donor thanked before;
- 17: asked_givers: the allies or the Europeans called on as a whole are no one in particular
  (tests/data/eval_items.jsonl labels Kyiv's calls on the Western partners en-008, fr-075 and de-084 with
  no record, now read so); cue_patterns (requested): "aufgerufen, ... zu <verb>";
- 18: denials.announcement_to_come: French "devrait/pourrait" with up to six words and commas before the
  verb; cue_patterns (announced): the infinitive "présenter";
- 19: cue_patterns (pledged): "a/ont alloué";
- 20: cue_patterns (refused): "n'est plus à l'ordre du jour", "n'est plus d'actualité";
- 21: cue_patterns (delivered): "remis (day) à", "handed (on day) to"; nearest_cue: a handover participle
  right after the things' comma, a purchase before them, tells them;
- 24: cue_patterns (announced): a ranking ("the largest donor with", "followed by X with", "premier
  donateur avec", "suivie de X avec", "größter Geber mit", "gefolgt von X mit"); givers: the sum after "with"
  is the ranked donor's (the subject, or the one named inside "followed by X with");
- 25: sentence_reading: paying for the production of weapons in general, no precise thing named, is that
  production, not funding (a precise thing keeps its own category, made, as rounds 13, 18, 20 and 22 read
  it; a first try that made every "finances the production of" category production broke those).
Left (LEFT): cause 22 (object pronouns, skipped: a reference with its count needs more than a cue), a
German reconnaissance aircraft (no item word), trainees counted before "schließen ... ab", and the Swedish
money "added to the scheme", read as funding into a fund (the lead's convention), where I labelled it
production.
Since pledges round 41 (tests/pledges/test_pledges_wire_41.py) the object pronouns stand for the things
named before them, with their count: the Spanish, Belgian and Portuguese texts are plain tests.

Held-out check (eight articles in HELD_OUT, written and labelled after the fixes, in the forms fixed, not
tuned to): first run 8 of 8 right (timelines in EN and FR, "Danke an", "devrait, selon ..., annoncer", "a
alloué" with "n'est plus d'actualité", "remis jeudi aux", a ranking beside a call on "European allies",
"schließen die Übergabe ... ab"). They are close in form to the round's own texts, so they show the fixes
are not tied to one sentence, not that they reach every wording.

Merged with pledges round 40 (stop 45): its aircraft words ("Aufklärungsflugzeuge") make the Swedish timeline's
reconnaissance aircraft read, so that strict xfail is a plain test now.
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
    # 14, its limit (written after the fix, labelled before its run): a list its heading names as planned
    # is a schedule, its present a promise
    ("en", "Norway to send air defence missiles to Ukraine",
     "OSLO (Reuters) - Norway will send air defence missiles to Ukraine, the ministry said.\n"
     "Upcoming deliveries:\n"
     "- May: Oslo sends 40 armoured vehicles.",
     {("NO", AIR, P, None), ("NO", ARMOUR, P, 40)}),
    ("de", "Deutschland liefert weitere Flugabwehr",
     "BERLIN (dpa) - Deutschland wird der Ukraine weitere Flugabwehr liefern, teilte die Regierung mit.\n"
     "Geplante Lieferungen:\n"
     "- Juni: Berlin liefert 30 Schützenpanzer.",
     {("DE", AIR, P, None), ("DE", ARMOUR, P, 30)}),
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
    # 24: a tracker's ranking is each donor's pledged total, but not in an article naming the tracker (pledges61)
    ("en", "Tracker: Nordic states climb Ukraine aid ranking",
     "KIEL (Reuters) - Sweden was the third-largest donor of military aid with 3.2 billion euros, followed "
     "by Denmark with 2.9 billion, according to the tracker.",
     set()),
    ("fr", "Aide militaire : le classement des donateurs",
     "KIEL (AFP) - L'Allemagne reste le premier donateur européen avec 17 milliards d'euros, suivie de la "
     "Norvège avec 6 milliards, selon l'institut.",
     set()),
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

# The held-out check: eight articles written after the fixes, in the forms fixed but not tuned to, each
# labelled by hand before its first run (recorded in the module's docstring).
HELD_OUT = [
    ("en", "Poland to send more Krab howitzers to Ukraine",
     "WARSAW (Reuters) - Poland will send another 10 Krab howitzers to Ukraine, the defence ministry said on "
     "Wednesday.\n"
     "Key steps so far:\n"
     "- April 9: Warsaw hands over 14 PT-91 tanks.\n"
     "- July 1: Poland delivers 2,000 mortar rounds.",
     {("PL", "artillery", P, 10), ("PL", "tanks", D, 14), ("PL", AMMO, D, 2000)}),
    ("fr", "L'Allemagne va livrer quatre Patriot supplémentaires",
     "BERLIN (AFP) - L'Allemagne va livrer quatre systèmes Patriot supplémentaires à l'Ukraine, a annoncé "
     "mardi le ministère de la Défense.\n"
     "Les étapes précédentes :\n"
     "- 12 février : Berlin envoie 5 000 obus ;\n"
     "- 3 juin : l'Allemagne livre deux systèmes IRIS-T.",
     {("DE", AIR, P, 4), ("DE", AMMO, D, 5000), ("DE", AIR, D, 2)}),
    ("de", "Selenskyj dankt den Niederlanden",
     "KIEW (dpa) - „Danke an die Niederlande für die Munition, die bereits an der Front ist“, schrieb "
     "Selenskyj am Freitag in sozialen Netzwerken.",
     {("NL", AMMO, D, None)}),
    ("fr", "Réunion à Bruxelles : la Suède pourrait annoncer des canons",
     "BRUXELLES (AFP) - La Suède devrait, selon plusieurs diplomates, annoncer jeudi un nouveau paquet "
     "comprenant des obusiers Archer.",
     {("SE", "artillery", X, None)}),
    ("fr", "L'Italie et l'aide militaire à Kiev",
     "ROME (AFP) - L'Italie a alloué 1,5 milliard d'euros d'aide militaire à l'Ukraine depuis 2022. L'envoi "
     "d'avions de combat n'est plus d'actualité, a indiqué mercredi le ministre de la Défense.",
     {("IT", MONEY, P, 1_500_000_000), ("IT", "aircraft", R, None)}),
    ("fr", "Prague achète des drones pour l'armée ukrainienne",
     "PRAGUE (AFP) - La République tchèque a acheté 500 drones FPV, remis jeudi aux forces ukrainiennes, a "
     "indiqué le ministère de la Défense.",
     {("CZ", "drones", D, 500)}),
    ("en", "Tracker: Norway second only to Germany in Ukraine aid",
     "KIEL (Reuters) - Norway was the second-largest donor with 5.5 billion euros, followed by Poland with 3.1 "
     "billion, the tracker showed. Ukraine's president on Monday called on European allies to send more air "
     "defence systems.",
     set()),
    ("de", "Niederlande schließen F-16-Übergabe ab",
     "DEN HAAG (dpa) - Die Niederlande schließen in dieser Woche die Übergabe der letzten F-16-Kampfjets an "
     "die Ukraine ab, teilte das Verteidigungsministerium mit.",
     {("NL", "aircraft", D, None)}),
]

# What the first run left, by headline (strict xfails), filled in after it.
LEFT: dict[str, str] = {
    "Ukrainische Piloten beenden Ausbildung in Rumänien": (
        "reads (RO, training, delivered, None): the twelve pilots, named before the verb 'schließen ... ab', "
        "are not counted as trainees"),
    "Sweden funds arms production in Ukraine": (
        "reads (SE, production, production, None) and (SE, funding, pledged, 100 million): the 100 million "
        "'added to the scheme' is read as money into a fund, the payer's funding record (a reading the lead's "
        "convention on funds supports; my label gave the sum to the production)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES + HELD_OUT, LEFT))
def test_round_39_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
