"""Pledges, review 44: the fourth held-out probe of the pledge extractor on wire copy written by someone who
did not write the extractor. 24 articles (8 EN, 8 FR, 8 DE) in forms the earlier probes did not stress:
per language a feed item that is a headline only or a headline with a one-line teaser, an interview or
Q&A transcript (a minister answering questions), an article mixing Ukraine aid with aid to another country
or with the donor's own army's purchases, a story with several currencies or conversions ("DKK 2.2 billion
($320 million)", "2,5 Milliarden Kronen (rund 100 Millionen Euro)"), an indirect-speech story ("according
to", "selon", German Konjunktiv), a story with vague quantities ("dozens of", "plusieurs centaines",
"Dutzende", "several"), and two ordinary wire stories (Reuters, AFP, dpa). Donors beyond the big ones
(Estonia, Sweden, Denmark, Italy, Canada, Australia, Belgium, Norway, Spain, Poland, Greece, Lithuania,
Czechia, Latvia, Finland), every status (a cancelled transfer is labelled refused, as review 43 did), money
and counts. Every text and figure is invented for this file; none is taken from the real-article set.

Each article was labelled by hand before its first run, following ../shared/eval/README.md and
tests/data/README.md, as (donor, category, status, figure): the figure is the count of things stated,
else the sum of money, else None. Choices where the conventions leave a case open:
- a headline-only feed item is read as the feed gives it: its text is its headline;
- a sum given in two currencies is recorded in the first one stated (the conversion is the outlet's);
- a vague quantity ("dozens of", "plusieurs centaines", "Dutzende", "several", "a few") states no number:
  figure None; an approximate one that names a number ("une dizaine") is that number;
- an ordinal ("a second battery") is no count;
- a contract's value is not a funding record beside the contract (as review 43's order); the contract is
  a production record of the ordered thing's category;
- money for a named kind of thing is that thing's category (its figure the sum); money paid into a fund
  or initiative is a funding record of the payer (the lead's convention);
- aid to Israel, Taiwan or Moldova, and the donor's purchases for its own army, give no record.

First run (2026-12-05, this branch = main at 0f75c5e, labels unchanged): 13 of 24 articles fully right (EN 3
of 8, FR 7 of 8, DE 3 of 8); records as (donor, category, status) matched 41 / labelled 56 / predicted 52
(P 0.79, R 0.73); with their figures too, 38 of 56. By form, fully right: headline-only or teaser 3 of 3,
interviews 0 of 3, mixed stories 1 of 3, several currencies 1 of 3, indirect speech 3 of 3, vague
quantities 2 of 3, wire stories 3 of 6. The 11 left are strict xfails (LEFT) saying what is read instead.
One holds a call of mine a reader could make otherwise: the Danish package's howitzers "built in Ukraine
with Danish money", labelled pledged (the package's content), read as production, which the extractor
does on purpose (paying for a thing built in Ukraine is an order from Ukraine's industry); that article
has no other miss.

After pledges round 34 (tests/pledges/test_pledges_wire_34.py: interview transcripts, whose bare answers
"No." / "Nein." / "Non." / "Not this year." give the question's things their status and whose interviewee
stays the giver of every first-person answer; money paid into a fund or an initiative as the payer's
funding in German and French; trainers counting their trainees; a count before a calibre other than 155 mm;
a transfer scrapped in a headline; a package's worth told by a pronoun; "looking at whether"), 2026-12-05:
23 of 24 fully right (main at 4687792: 17), records 55 / 56 / 56 (P 0.98, R 0.98), figures 55 of 56; six
strict xfails became plain tests. The one left is the Danish package's howitzers, the call of mine above.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures, formed_in_three_languages, left_as_xfails

# The forms of the brief, one label each.
HEADLINE, INTERVIEW, MIXED, CURRENCY, INDIRECT, VAGUE, WIRE = (
    "headline", "interview", "mixed", "currency", "indirect", "vague", "wire")

# (form, headline, text, records), labelled by hand before the first run.
ENGLISH = [
    # A headline-only item: its text is its headline.
    (HEADLINE, "Estonia to send 40 more armoured personnel carriers to Ukraine",
     "Estonia to send 40 more armoured personnel carriers to Ukraine",
     {("EE", ARMOUR, P, 40)}),
    # "Not this year ... not on the table" is refused; "looking at whether ... can be spared" is discussed.
    (INTERVIEW, "Q&A: Swedish defence minister on Gripen, air defence and the next package",
     "Sweden's defence minister spoke to reporters in Stockholm on Tuesday. Excerpts, edited for length:\n"
     "Q: Will Sweden send Gripen fighters to Ukraine this year?\n"
     "A: Not this year. Our own air force needs every Gripen until the new aircraft arrive, so that is not on "
     "the table for 2027.\n"
     "Q: What has Ukraine received lately?\n"
     "A: We delivered two more RBS 70 air defence units last month. We are also looking at whether some of "
     "our Archer howitzers can be spared.\n"
     "Q: And the next package?\n"
     "A: The government approved it this morning. It is worth 4.5 billion kronor.",
     {("SE", "aircraft", R, None), ("SE", AIR, D, 2), ("SE", "artillery", X, None),
      ("SE", MONEY, P, 4500000000)}),
    # The Israeli sale and the Taiwanese financing give no record.
    (MIXED, "U.S. clears Patriot sale to Israel, unveils $400 million Ukraine package",
     "WASHINGTON (Reuters) - The State Department on Thursday approved the possible sale of Patriot "
     "interceptors worth $1.1 billion to Israel, and the Pentagon announced a $400 million weapons package "
     "for Ukraine.\n"
     "The Ukraine package includes ammunition for HIMARS launchers and 15 Bradley fighting vehicles, a "
     "Pentagon spokesman said. Separately, Congress was notified of $300 million in military financing for "
     "Taiwan.",
     {("US", MONEY, P, 400000000), ("US", AMMO, P, None), ("US", ARMOUR, P, 15)}),
    # The sum in Danish kroner first; the dollars are the outlet's conversion.
    (CURRENCY, "Denmark's new Ukraine package worth DKK 2.2 billion ($320 million)",
     "COPENHAGEN (Reuters) - Denmark will give Ukraine a 27th military aid package worth DKK 2.2 billion "
     "($320 million), the defence ministry said on Monday.\n"
     "It includes 18 Bohdana self-propelled howitzers built in Ukraine with Danish money and 155mm "
     "artillery shells, the ministry said.",
     {("DK", MONEY, P, 2200000000), ("DK", "artillery", P, 18), ("DK", AMMO, P, None)}),
    # "A second SAMP/T battery" is an ordinal: no count.
    (INDIRECT, "Italy has shipped second SAMP/T battery to Ukraine, sources say",
     "ROME (Reuters) - Italy has shipped a second SAMP/T air defence battery to Ukraine, according to two "
     "officials familiar with the matter, who spoke on condition of anonymity because the transfer has not "
     "been made public.\n"
     "Rome has also agreed to provide more Storm Shadow missiles, according to a government document seen by "
     "Reuters.",
     {("IT", AIR, D, None), ("IT", "missiles", P, None)}),
    # "Dozens of", "several hundred", "a few" state no number.
    (VAGUE, "Britain sends dozens of strike drones and hundreds of missiles to Kyiv",
     "LONDON (Reuters) - Britain has delivered dozens of long-range strike drones and several hundred "
     "Brimstone missiles to Ukraine over the past month, the Ministry of Defence said on Wednesday.\n"
     "A few more Challenger 2 tanks will follow by the spring, it said.",
     {("GB", "drones", D, None), ("GB", "missiles", D, None), ("GB", "tanks", P, None)}),
    # A cancelled transfer is refused, with the count it would have had; the money for drones is drones.
    (WIRE, "Canada scraps transfer of surplus shells to Ukraine, offers drone money instead",
     "OTTAWA (Reuters) - Canada has cancelled a planned transfer of 20,000 surplus 105mm artillery shells to "
     "Ukraine after tests found most of them unusable, Defence Minister David McGuinty said on Monday.\n"
     "Ottawa will instead give C$100 million for drones bought from Canadian manufacturers, he said.",
     {("CA", AMMO, R, 20000), ("CA", "drones", P, 100000000)}),
    (WIRE, "Australia says all 49 Abrams tanks have reached Ukraine",
     "SYDNEY (Reuters) - All 49 Abrams tanks Australia pledged to Ukraine have arrived, Defence Minister "
     "Richard Marles said on Friday.\n"
     "Canberra will add A$95 million in military aid, including drones, he said.",
     {("AU", "tanks", D, 49), ("AU", MONEY, P, 95000000), ("AU", "drones", P, None)}),
]

FRENCH = [
    # Un titre et une ligne d'accroche.
    (HEADLINE, "La Belgique livre ses premiers F-16 à l'Ukraine",
     "Deux appareils ont été remis lundi à des pilotes ukrainiens, a indiqué le ministère de la Défense.",
     {("BE", "aircraft", D, 2)}),
    # « Ce n'est pas à l'ordre du jour » est un refus ; la commande d'obus est une production.
    (INTERVIEW, "Entretien : « Trois Mirage partiront d'ici l'été », assure la ministre des Armées",
     "La ministre des Armées a répondu jeudi aux questions de notre rédaction.\n"
     "— Où en sont les livraisons d'avions de combat à l'Ukraine ?\n"
     "— Nous avons livré six Mirage 2000 à ce jour, et trois autres partiront d'ici l'été.\n"
     "— Des chars Leclerc pourraient-ils suivre ?\n"
     "— Non. Ce n'est pas à l'ordre du jour.\n"
     "— Et les obus ?\n"
     "— Nous venons de commander 8 000 obus de 155 mm à nos industriels pour l'armée ukrainienne.",
     {("FR", "aircraft", D, 6), ("FR", "aircraft", P, 3), ("FR", "tanks", R, None), ("FR", AMMO, M, 8000)}),
    # L'aide à l'armée moldave ne donne aucun record.
    (MIXED, "L'UE débloque 1,5 milliard d'euros pour Kiev et 60 millions pour l'armée moldave",
     "BRUXELLES (AFP) - Les Vingt-Sept ont approuvé mardi une enveloppe de 1,5 milliard d'euros d'aide "
     "militaire à l'Ukraine au titre de la Facilité européenne pour la paix.\n"
     "Le Conseil a également accordé 60 millions d'euros à l'armée moldave pour l'achat de radars et de "
     "véhicules de transport.",
     {("EU", MONEY, P, 1500000000)}),
    # La somme en couronnes d'abord ; les euros sont la conversion de l'agence. L'argent pour la défense
    # aérienne est de la défense aérienne.
    (CURRENCY, "La Norvège verse 3 milliards de couronnes pour la défense aérienne ukrainienne",
     "OSLO (AFP) - La Norvège va verser 3 milliards de couronnes (environ 255 millions d'euros) à l'Ukraine "
     "pour l'achat de systèmes de défense aérienne, a annoncé mercredi le gouvernement norvégien.\n"
     "Oslo avait livré en mars deux lanceurs NASAMS.",
     {("NO", AIR, P, 3000000000), ("NO", AIR, D, 2)}),
    # « Une dizaine » est 10 ; « s'est engagé à envoyer », même rapporté, est une promesse.
    (INDIRECT, "L'Espagne aurait livré des lanceurs Aspide à l'Ukraine, selon El País",
     "MADRID (AFP) - L'Espagne a livré à l'Ukraine une dizaine de lanceurs de missiles antiaériens Aspide au "
     "cours de l'hiver, selon le quotidien El País, qui cite des sources militaires.\n"
     "Madrid se serait également engagé à envoyer des chars Leopard 2A4 supplémentaires, toujours selon le "
     "journal. Le ministère de la Défense n'a pas commenté.",
     {("ES", AIR, D, 10), ("ES", "tanks", P, None)}),
    # « Plusieurs centaines », « des dizaines », « plusieurs batteries » : aucun nombre.
    (VAGUE, "La Pologne a livré plusieurs centaines de drones à Kiev depuis janvier",
     "VARSOVIE (AFP) - La Pologne a livré à l'Ukraine plusieurs centaines de drones FlyEye et des dizaines de "
     "véhicules blindés Rosomak depuis janvier, a indiqué vendredi le ministère polonais de la Défense.\n"
     "Plusieurs batteries de mortiers autopropulsés Rak doivent suivre d'ici la fin de l'année.",
     {("PL", "drones", D, None), ("PL", ARMOUR, D, None), ("PL", "artillery", P, None)}),
    # Le contrat est un record de production des obus ; sa valeur n'est pas un record de financement.
    (WIRE, "Les Pays-Bas commandent 200 000 obus pour l'Ukraine",
     "LA HAYE (AFP) - Les Pays-Bas ont signé un contrat de 500 millions d'euros avec le groupe Nammo pour la "
     "fabrication de 200 000 obus de 155 mm destinés à l'Ukraine, a annoncé lundi le ministère néerlandais "
     "de la Défense.",
     {("NL", AMMO, M, 200000)}),
    (WIRE, "La Grèce exclut de céder ses S-300 à l'Ukraine",
     "ATHÈNES (AFP) - Le gouvernement grec a exclu mercredi tout transfert de ses systèmes de défense "
     "antiaérienne S-300 à l'Ukraine, estimant qu'ils restent indispensables à la défense du pays.\n"
     "Athènes a en revanche livré 20 000 obus d'artillerie à Kiev l'an dernier.",
     {("GR", AIR, R, None), ("GR", AMMO, D, 20000)}),
]

GERMAN = [
    # Nur eine Schlagzeile: ihr Text ist die Schlagzeile; "schickt weitere" ist zugesagt, nicht geliefert.
    (HEADLINE, "Litauen schickt weitere Mörser und Munition in die Ukraine",
     "Litauen schickt weitere Mörser und Munition in die Ukraine",
     {("LT", "artillery", P, None), ("LT", AMMO, P, None)}),
    # "Daran hat sich nichts geändert" auf die Taurus-Frage ist die Absage; das Geld für Drohnen ist Drohnen.
    (INTERVIEW, "Interview: Pistorius zu Taurus, IRIS-T und Drohnen",
     "Verteidigungsminister Boris Pistorius (SPD) im Gespräch mit unserer Zeitung.\n"
     "Frage: Herr Minister, bekommt die Ukraine jetzt Taurus-Marschflugkörper?\n"
     "Pistorius: Nein. An dieser Entscheidung hat sich nichts geändert.\n"
     "Frage: Was tut Deutschland stattdessen für die Luftverteidigung?\n"
     "Pistorius: Wir haben in diesem Jahr zwei IRIS-T SLM geliefert, zwei weitere folgen bis Dezember. "
     "Außerdem stellen wir 400 Millionen Euro für weitreichende Drohnen bereit.",
     {("DE", "missiles", R, None), ("DE", AIR, D, 2), ("DE", AIR, P, 2), ("DE", "drones", P, 400000000)}),
    # Die Leopard 2A8 für die Bundeswehr sind kein Record.
    (MIXED, "Bundeswehr bekommt 105 Leopard 2A8, Ukraine weitere Gepard",
     "BERLIN (dpa) - Der Haushaltsausschuss des Bundestages hat am Mittwoch den Kauf von 105 Kampfpanzern "
     "Leopard 2A8 für die Bundeswehr gebilligt. In derselben Sitzung gab der Ausschuss 15 weitere "
     "Flugabwehrpanzer Gepard für die Ukraine frei.",
     {("DE", AIR, P, 15)}),
    # Geld in die Munitionsinitiative ist ein Finanzierungsrecord Tschechiens (Kronen zuerst genannt).
    (CURRENCY, "Prag zahlt 2,5 Milliarden Kronen in Munitionsinitiative ein",
     "PRAG (dpa) - Tschechien zahlt weitere 2,5 Milliarden Kronen (rund 100 Millionen Euro) in seine "
     "Initiative zum Kauf von Artilleriemunition für die Ukraine ein. Das beschloss die Regierung am Montag.\n"
     "Zudem übergab die Armee der Ukraine zwölf Raketenwerfer vom Typ RM-70 Vampire.",
     {("CZ", MONEY, P, 2500000000), ("CZ", "artillery", D, 12)}),
    (INDIRECT, "Kanada sagt Kiew weitere Radpanzer zu",
     "OTTAWA (dpa) - Kanada habe der Ukraine weitere 50 gepanzerte Fahrzeuge vom Typ LAV 6 zugesagt, sagte "
     "ein Sprecher des Verteidigungsministeriums am Dienstag. Das bereits versprochene NASAMS-System sei "
     "inzwischen in der Ukraine eingetroffen.",
     {("CA", ARMOUR, P, 50), ("CA", AIR, D, None)}),
    # "Dutzende", "mehrere Hundert", "mehrere": keine Zahl.
    (VAGUE, "Lettland liefert Dutzende Drohnen an die Ukraine",
     "RIGA (dpa) - Lettland hat der Ukraine Dutzende Aufklärungsdrohnen und mehrere Hundert "
     "Panzerabwehrwaffen vom Typ Carl Gustaf geliefert. Das teilte das Verteidigungsministerium in Riga am "
     "Donnerstag mit.\n"
     "Über die Abgabe mehrerer Stinger-Systeme berät die Regierung noch.",
     {("LV", "drones", D, None), ("LV", ARMS, D, None), ("LV", AIR, X, None)}),
    (WIRE, "Finnland beschließt 30. Hilfspaket für die Ukraine",
     "HELSINKI (dpa) - Finnland hat sein 30. Militärhilfepaket für die Ukraine im Wert von 190 Millionen Euro "
     "beschlossen. Das teilte das Verteidigungsministerium am Freitag mit.\n"
     "Seit 2023 haben finnische Ausbilder zudem 300 ukrainische Soldaten im Minenräumen ausgebildet.",
     {("FI", MONEY, P, 190000000), ("FI", "training", D, 300)}),
    (WIRE, "Frankreich übergibt Kiew zwölf weitere Caesar-Haubitzen",
     "PARIS (dpa) - Frankreich hat der Ukraine zwölf weitere Haubitzen vom Typ Caesar übergeben. Sechs "
     "weitere sollen bis Jahresende folgen, teilte das Verteidigungsministerium in Paris mit.\n"
     "Eine Lieferung von Leclerc-Kampfpanzern schloss das Ministerium erneut aus.",
     {("FR", "artillery", D, 12), ("FR", "artillery", P, 6), ("FR", "tanks", R, None)}),
]

# What the probe leaves, by headline: what is read instead (strict xfails), from the first run.
LEFT: dict[str, str] = {
    "Denmark's new Ukraine package worth DKK 2.2 billion ($320 million)": (
        "reads the 18 Bohdana howitzers 'built in Ukraine with Danish money' inside the package as production, "
        "not pledged (a call of mine a reader could make otherwise: the Danish model pays Ukrainian makers, and "
        "the extractor reads paying for a thing built in Ukraine as an order from Ukraine's industry on purpose); "
        "the '155mm artillery shells' after 'with Danish money and' are the package's, pledged, since pledges56 "
        "(before, production too)"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"),
                         left_as_xfails(formed_in_three_languages(ENGLISH, FRENCH, GERMAN), LEFT))
def test_review_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_the_probe_is_as_briefed() -> None:
    """8 articles a language, each language with its forms: a headline-only or teaser item, an interview,
    a mixed story, several currencies, indirect speech, vague quantities and 2 wire stories."""
    for articles in (ENGLISH, FRENCH, GERMAN):
        forms = [form for form, _, _, _ in articles]
        assert sorted(forms) == sorted([HEADLINE, INTERVIEW, MIXED, CURRENCY, INDIRECT, VAGUE, WIRE, WIRE])
    assert len({title for articles in (ENGLISH, FRENCH, GERMAN) for _, title, _, _ in articles}) == 24
