"""A thirteenth round of wire copy, on short articles written for these tests (none is taken
from the real-article set), in English, French and German, aimed at what is under
discussion and its neighbours: requests from Kyiv, calls by allies, debates in
parliaments, offers under conditions, things being considered, weighed, examined
("prüft", "envisage"), next to refusals and actual pledges. Each article was labelled by
hand before it was run, following the real-article set's conventions
(../shared/eval/README.md) and the earlier rounds'.
Run first (on this branch after the leftovers, and on main alike), 27 of the 50 were fully
right (records matched 57 / labelled 82 / predicted 73); after the fixes below, 44 (75 / 81 /
79). Two labels were corrected after the first run, each to a convention written down
before this round: a package whose contents are not told is "other", dropped beside the
precise item it includes (round 12's classified Italian package), so Italy's package under
a vote is its SAMP/T alone; and "NATO expects the allies to announce" is NATO's, as the real
set labels that shape. The six left are strict xfails with what is read instead.
The earlier rounds are tests/pledges/test_pledges_wire.py to _12."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, M, P, R, X
from tests.support.seed_labels import analyzer, labels, seed_forms
from tests.support.wire_reading import in_three_languages, readings, records

# ------------------------------------------------------------ leftovers of round 12


# Not ruling out is keeping the door open, in every negated form: "can't rule out",
# "won't rule out", "refused to rule out", "n'a pas exclu", "n'a jamais exclu", "schließt
# ... nicht kategorisch aus", "will ... nicht ausschließen". Ruling out still refuses.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Britain can't rule out sending more tanks to Ukraine, the minister said.", {("GB", "tanks", X)}),
        ("en", "Britain can\u2019t rule out sending more tanks to Ukraine.", {("GB", "tanks", X)}),
        ("en", "Britain won't rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("en", "Britain couldn't rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("en", "Britain has refused to rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("en", "Britain declined to rule out sending fighter jets to Ukraine.", {("GB", "aircraft", X)}),
        ("fr", "La France n'exclut pas d'envoyer des chars en Ukraine.", {("FR", "tanks", X)}),
        ("fr", "La France n'a pas exclu d'envoyer des chars en Ukraine.", {("FR", "tanks", X)}),
        ("fr", "Paris n'a jamais exclu d'envoyer des chars en Ukraine.", {("FR", "tanks", X)}),
        ("de", "Die Bundesregierung schließt nicht aus, Taurus-Marschflugkörper an die Ukraine zu liefern.",
         {("DE", "missiles", X)}),
        ("de", "Berlin schließt die Lieferung von Taurus nicht kategorisch aus.", {("DE", "missiles", X)}),
        ("de", "Berlin schließt die Lieferung von Taurus nicht länger aus.", {("DE", "missiles", X)}),
        ("de", "Deutschland will die Lieferung von Kampfjets nicht ausschließen.", {("DE", "aircraft", X)}),
        # ruling out is still a refusal
        ("en", "Britain has ruled out sending fighter jets to Ukraine.", {("GB", "aircraft", R)}),
        ("fr", "La France a exclu d'envoyer des chars en Ukraine.", {("FR", "tanks", R)}),
        ("de", "Berlin schließt die Lieferung von Taurus aus.", {("DE", "missiles", R)}),
    ],
)
def test_not_ruling_out_is_under_discussion(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A French sentence adverb between the auxiliary and the participle ("a pourtant livré",
# "a toutefois fourni", "a bel et bien livré") leaves a perfect: delivered, not the
# present "livre" of a promise.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La France a pourtant livré des canons Caesar à l'Ukraine.", {("FR", "artillery", D)}),
        ("fr", "La France a pourtant livré 30 canons Caesar à l'Ukraine depuis 2022.", {("FR", "artillery", D)}),
        ("fr", "La France a toutefois fourni des canons Caesar à l'Ukraine.", {("FR", "artillery", D)}),
        ("fr", "Les Pays-Bas ont bel et bien livré des chasseurs F-16 à l'Ukraine.", {("NL", "aircraft", D)}),
        # the present still promises
        ("fr", "La France livre 30 canons Caesar à l'Ukraine.", {("FR", "artillery", P)}),
    ],
)
def test_a_french_adverb_inside_the_perfect(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A reimbursement a member holds up is the EU's money under discussion even when no
# body is named (paying members back for arms sent to Ukraine is the European Peace
# Facility's job); the member blocking it refuses nothing of its own. Round 12 read the
# blocker's refusal there.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Hungary blocks the reimbursement of member states' deliveries of weapons to Ukraine.",
         {("EU", "funding", X)}),
        ("en", "BRUSSELS (Reuters) - Hungary is blocking the reimbursement of member states for arms sent to Ukraine, "
         "diplomats said.", {("EU", "funding", X)}),
        ("fr", "La Hongrie bloque le remboursement des livraisons d'armes des États membres à l'Ukraine.",
         {("EU", "funding", X)}),
        ("de", "Ungarn blockiert die Rückerstattung für Waffenlieferungen der Mitgliedstaaten an die Ukraine.",
         {("EU", "funding", X)}),
        # a member blocking arms of its own still refuses; asking to be paid back blocks nothing
        ("en", "Hungary blocks arms deliveries to Ukraine through its territory.", {("HU", "other", R)}),
        ("en", "Germany has sent tanks to Ukraine and will seek reimbursement.", {("DE", "tanks", D)}),
    ],
)
def test_a_blocked_reimbursement_is_the_eus(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# The CV90's variants are named by their gun's calibre, joined or not ("CV9040",
# "CV90-40", "CV 90/40", "CV9035NL"): one armoured vehicle, the CV90, and the calibre
# is no count.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Sweden will send CV9040 infantry fighting vehicles to Ukraine.", {("SE", ARMOUR, "CV90", None)}),
        ("en", "Sweden will send 50 CV90-40 vehicles to Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
        ("en", "Sweden will send 50 CV 90 vehicles to Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
        ("en", "Sweden will send 50 CV 90/40 to Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
        ("en", "Denmark will send 20 CV9035NL to Ukraine.", {("DK", ARMOUR, "CV90", 20)}),
        ("de", "Schweden liefert der Ukraine 50 Schützenpanzer CV9040.", {("SE", ARMOUR, "CV90", 50)}),
        ("fr", "La Suède va livrer 50 CV90-40 à l'Ukraine.", {("SE", ARMOUR, "CV90", 50)}),
    ],
)
def test_cv90_variants_are_one_vehicle(lang: str, text: str, expected: set) -> None:
    assert readings(text, lang, "donor", "category", "system", "quantity") == expected


# The countries config/entities.toml lists for the rules' @country (Israel, Serbia, the
# UAE...) give nothing to Ukraine: a sentence about one borrows no earlier donor, as a
# sentence about Russia or Iran does not.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany will send 20 tanks to Ukraine. Israel will also deliver Patriot systems.", {("DE", "tanks", P)}),
        ("en", "Germany will send 20 tanks to Ukraine. Serbia will deliver air defence systems.", {("DE", "tanks", P)}),
        ("en", "Germany will send 20 tanks to Ukraine. The UAE will deliver air defence systems.", {("DE", "tanks", P)}),
        ("de", "Deutschland liefert 20 Panzer an die Ukraine. Israel hat Patriot-Systeme abgegeben.", {("DE", "tanks", P)}),
        # a sentence naming none still borrows
        ("en", "Germany will send 20 tanks to Ukraine. It will also deliver Patriot systems.",
         {("DE", "tanks", P), ("DE", AIR, P)}),
    ],
)
def test_other_countries_borrow_no_donor(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ the user's seeds


# A participle right after "X for the Y" ("les munitions pour les armements fournis aux
# Ukrainiens", "ammunition for the weapons supplied to Ukraine"), or before Y in German
# ("Munition für die gelieferten Waffen"), says Y was given before: it reports no giving
# of X (seed 000 read "ALLIES — ammunition — delivered" there).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les munitions pour les armes livrées à l'Ukraine sont devenues la priorité des alliés.", set()),
        ("en", "Ammunition for the weapons supplied to Ukraine has become the allies' priority.", set()),
        ("de", "Munition für die an die Ukraine gelieferten Waffen ist zur Priorität der Verbündeten geworden.", set()),
        # the thing itself given keeps its verb
        ("en", "Germany will send ammunition for the weapons supplied to Ukraine.", {("DE", "ammunition", P)}),
        ("en", "Ammunition for the tanks was delivered to Ukraine by Germany.", {("DE", "ammunition", D)}),
        ("fr", "L'Allemagne a livré des munitions pour les armes fournies à l'Ukraine.", {("DE", "ammunition", D)}),
    ],
)
def test_a_participle_after_what_a_thing_is_for(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# One thing made, one record: a system's making told as a contract for it and again as a
# production line ("des contrats pour relancer la production de munitions pour les
# Gepard", "une ligne de production de munitions pour les chars Gepard") is the donor's
# making (category production), not also an ammunition record (seed 004 gave both).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Pistorius a annoncé que des contrats pour relancer la production de munitions pour les chars Gepard "
         "avaient été signés. L'Allemagne va relancer une ligne de production de munitions pour les chars Gepard.",
         {("DE", "production", M)}),
        ("en", "Germany has signed contracts to restart production of ammunition for Gepard tanks for Ukraine. Berlin "
         "will reopen a production line for Gepard ammunition.", {("DE", "production", M)}),
        # a contract alone stays the thing bought
        ("en", "Germany has signed contracts for Gepard ammunition for Ukraine.", {("DE", "ammunition", M)}),
    ],
)
def test_one_record_for_one_thing_made(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


def test_the_seeds_give_one_record_per_donor_thing_and_stage() -> None:
    built = analyzer()
    for label in labels():
        for name, title, body, lang in seed_forms(label):
            found = built.analyze(title, body, lang).pledges
            things = [(p.donor, p.status, p.system) for p in found if p.system]
            assert len(things) == len(set(things)), f"{name}: {found}"


# ------------------------------------------------------------ the round's articles


ENGLISH = [
    ("KYIV (Reuters) - Ukraine has asked Germany for more IRIS-T air defence systems ahead of winter, President "
     "Volodymyr Zelensky said on Thursday, as Berlin confirmed it would deliver 20 more Marder infantry fighting "
     "vehicles.",
     {("DE", AIR, X), ("DE", ARMOUR, P)}),
    ("WASHINGTON (Reuters) - The U.S. administration is weighing whether to send longer-range ATACMS missiles to "
     "Ukraine, two officials said on Friday, as the Pentagon announced a $300 million package that includes "
     "artillery rounds.",
     {("US", "missiles", X), ("US", "funding", P), ("US", "ammunition", P)}),
    ("OTTAWA (Reuters) - Canada is considering a Ukrainian request for its retired CF-18 fighter jets, a defence "
     "ministry spokesperson said, adding that no decision had been made.",
     {("CA", "aircraft", X)}),
    ("BRUSSELS (Reuters) - NATO Secretary General Mark Rutte urged allies on Wednesday to send more air defence "
     "systems to Ukraine, saying Patriot batteries were the most urgent need.",
     # (the allies called on as a whole are no one in particular: the lead's ruling for pledges
     # round 39; until then ALLIES, discussed)
     set()),
    ("STOCKHOLM (Reuters) - Sweden will not send its Gripen fighter jets to Ukraine for now, Defence Minister Pal "
     "Jonson said on Monday, but the government is examining whether it can supply more CV90 infantry fighting "
     "vehicles.",
     {("SE", "aircraft", R), ("SE", ARMOUR, X)}),
    pytest.param(
        "BERLIN (Reuters) - German lawmakers debated on Thursday a motion calling on the government to deliver Taurus "
        "cruise missiles to Ukraine; Chancellor Olaf Scholz has so far refused.",
        {("DE", "missiles", X), ("DE", "missiles", R)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the debate and the refusal; no record: the motion 'calling on the government to deliver' asks a government the sentence names by no country, and 'has so far refused' after the semicolon has no object to refuse"))),
    pytest.param(
        "WARSAW (Reuters) - Poland would hand over more MiG-29 jets to Ukraine if NATO allies replaced them, the deputy "
        "defence minister said on Tuesday, while confirming the delivery of 60 more T-72 tanks.",
        {("PL", "aircraft", X), ("PL", "tanks", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled Poland's confirmation; the tanks go to NATO, the subject of the condition just before: a participle clause ('while confirming') does not reach back to the main clause's subject"))),
    ("THE HAGUE (Reuters) - The Netherlands has offered to send Patriot launchers to Ukraine on condition that the "
     "United States replaces them, the Dutch defence ministry said.",
     {("NL", AIR, X)}),
    ("PARIS (Reuters) - France is studying the possibility of sending Mirage 2000 jets to Ukraine, an Elysee official "
     "said, a day after President Emmanuel Macron promised six more Caesar howitzers.",
     {("FR", "aircraft", X), ("FR", "artillery", P)}),
    ("ROME (Reuters) - Italy's parliament will vote next week on a new military aid package for Ukraine that is "
     "expected to include a second SAMP/T air defence system, Defence Minister Guido Crosetto said.",
     {("IT", AIR, X)}),
    ("KYIV (Reuters) - Zelensky called on the United States and Germany to speed up deliveries of Patriot systems, "
     "saying Ukraine needed at least seven more batteries.",
     {("US", AIR, X), ("DE", AIR, X)}),
    ("OSLO (Reuters) - Norway has decided to donate two more NASAMS fire units to Ukraine and is assessing a request "
     "for F-16 spare parts, the defence ministry said on Wednesday.",
     {("NO", AIR, P), ("NO", "other", X)}),
    ("MADRID (Reuters) - Spain has no plans to send more Leopard 2 tanks to Ukraine, the defence minister said on "
     "Friday, adding that Madrid was open to supplying further Hawk air defence missiles.",
     {("ES", "tanks", R), ("ES", AIR, X)}),
    # (an xfail until round 14: counted 'rounds' are ammunition)
    ("PRAGUE (Reuters) - The Czech government is discussing with allies the purchase of a further 800,000 artillery "
     "shells for Ukraine, Prime Minister Petr Fiala said, after the initiative delivered its first million rounds "
     "this year.",
     {("CZ", "ammunition", X), ("CZ", "ammunition", D)}),
    pytest.param(
        "WASHINGTON (AP) - Senators pressed the Pentagon on Tuesday to send F-16 jets to Ukraine faster, while Defense "
        "Secretary Lloyd Austin said the first aircraft were expected to arrive by summer.",
        {("US", "aircraft", P)},
        marks=pytest.mark.xfail(strict=True, reason=(
            "labelled the scheduled arrival (a promise); read as the senators' request only: 'the first aircraft were expected to arrive' after 'while ... said' takes no giver"))),
    ("HELSINKI (Reuters) - Finland's government is preparing its 25th military aid package for Ukraine, expected to "
     "be worth about 200 million euros, the defence ministry said, without giving details.",
     {("FI", "funding", X)}),
    ("LONDON (Reuters) - Britain said on Wednesday it would not block Ukraine from using Storm Shadow missiles on "
     "Russian territory and pledged 100 more of the missiles.",
     {("GB", "missiles", P)}),
    ("BERLIN (Reuters) - Germany is examining a request from Kyiv for more Leopard 1 tanks, a government spokesman "
     "said, while Denmark announced it would send 30 more of the tanks.",
     {("DE", "tanks", X), ("DK", "tanks", P)}),
]

FRENCH = [
    ("KIEV (AFP) - L'Ukraine a demandé à la France de lui fournir davantage de missiles Aster pour ses systèmes "
     "SAMP/T, a indiqué jeudi le ministre ukrainien de la Défense.",
     {("FR", AIR, X)}),
    ("PARIS (AFP) - La France envisage de livrer des chars Leclerc à l'Ukraine, mais aucune décision n'a été prise, a "
     "indiqué mercredi le ministère des Armées.",
     {("FR", "tanks", X)}),
    ("BRUXELLES (AFP) - Les ministres de la Défense de l'UE ont débattu mardi d'une nouvelle enveloppe de 5 milliards "
     "d'euros pour l'aide militaire à l'Ukraine, sans parvenir à un accord, la Hongrie s'y opposant.",
     {("EU", "funding", X)}),
    ("BERLIN (AFP) - L'Allemagne refuse toujours de livrer des missiles Taurus à Kiev, mais étudie l'envoi de "
     "systèmes de défense aérienne Iris-T supplémentaires, selon un porte-parole du gouvernement.",
     {("DE", "missiles", R), ("DE", AIR, X)}),
    ("VARSOVIE (AFP) - La Pologne serait prête à céder ses derniers MiG-29 à l'Ukraine si elle recevait rapidement "
     "des F-35, a affirmé mardi le vice-ministre de la Défense.",
     {("PL", "aircraft", X)}),
    ("OTTAWA (AFP) - Le Canada a annoncé lundi l'envoi de 50 véhicules blindés supplémentaires à l'Ukraine et se "
     "penche sur une demande ukrainienne de munitions d'artillerie.",
     {("CA", ARMOUR, P), ("CA", "ammunition", X)}),
    ("ROME (AFP) - L'Italie examine la possibilité de fournir un troisième système SAMP/T à l'Ukraine, a déclaré le "
     "ministre de la Défense, qui a exclu en revanche l'envoi d'avions de combat.",
     {("IT", AIR, X), ("IT", "aircraft", R)}),
    ("LONDRES (AFP) - Le Royaume-Uni a appelé mercredi l'Allemagne à livrer des missiles Taurus à l'Ukraine, au "
     "lendemain de l'envoi par Londres de nouveaux missiles Storm Shadow.",
     {("DE", "missiles", X), ("GB", "missiles", D)}),
    ("KIEV (AFP) - Volodymyr Zelensky a réclamé aux Etats-Unis des systèmes Patriot supplémentaires, tandis que les "
     "Pays-Bas ont annoncé la livraison de 18 chasseurs F-16 d'ici la fin de l'année.",
     {("US", AIR, X), ("NL", "aircraft", P)}),
    ("STOCKHOLM (AFP) - La Suède n'exclut pas de livrer des avions Gripen à l'Ukraine, mais pas avant l'arrivée de "
     "ses nouveaux appareils, a indiqué le ministre de la Défense.",
     {("SE", "aircraft", X)}),
    ("MADRID (AFP) - L'Espagne a livré dix chars Leopard 2A4 supplémentaires à l'Ukraine et réfléchit à l'envoi de "
     "missiles antiaériens Aspide, a annoncé le ministère espagnol de la Défense.",
     {("ES", "tanks", D), ("ES", AIR, X)}),
    ("PRAGUE (AFP) - Le Parlement tchèque a débattu mardi de l'initiative de Prague pour l'achat d'obus destinés à "
     "l'Ukraine, que l'opposition veut réduire.",
     {("CZ", "ammunition", X)}),
    ("WASHINGTON (AFP) - Le Pentagone a décidé d'envoyer à l'Ukraine des obus de 155 mm supplémentaires, mais examine "
     "encore la demande ukrainienne de missiles ATACMS à longue portée.",
     {("US", "ammunition", P), ("US", "missiles", X)}),
    ("OSLO (AFP) - La Norvège envisage d'acheter des drones pour l'Ukraine auprès de fabricants ukrainiens, a indiqué "
     "le gouvernement, qui a déjà livré des systèmes NASAMS.",
     {("NO", "drones", X), ("NO", AIR, D)}),
    ("BRUXELLES (AFP) - L'Otan s'attend à ce que les alliés annoncent de nouvelles livraisons de défense aérienne lors "
     "de la réunion de jeudi, a indiqué un responsable de l'Alliance.",
     {("NATO", AIR, X)}),
    ("LA HAYE (AFP) - Les Pays-Bas ont approuvé l'exportation vers l'Ukraine de 14 chars Leopard 2 remis en état par "
     "l'industrie, a indiqué le gouvernement néerlandais.",
     {("NL", "tanks", X)}),
]

GERMAN = [
    ("BERLIN (dpa) - Die Bundesregierung prüft eine Anfrage der Ukraine nach weiteren Patriot-Systemen, sagte ein "
     "Regierungssprecher am Mittwoch. Eine Entscheidung sei noch nicht gefallen.",
     {("DE", AIR, X)}),
    ("KIEW (dpa) - Präsident Selenskyj hat Deutschland und Frankreich um zusätzliche Luftabwehrsysteme gebeten.",
     {("DE", AIR, X), ("FR", AIR, X)}),
    ("BERLIN (dpa) - Der Bundestag debattiert am Donnerstag über einen Antrag der Union, der Ukraine "
     "Taurus-Marschflugkörper zu liefern. Kanzler Scholz lehnt eine Lieferung weiterhin ab.",
     {("DE", "missiles", X), ("DE", "missiles", R)}),
    ("WARSCHAU (dpa) - Polen erwägt, der Ukraine weitere Kampfjets vom Typ MiG-29 zu überlassen, hat aber die "
     "Lieferung von 30 Kampfpanzern bereits abgeschlossen.",
     {("PL", "aircraft", X), ("PL", "tanks", D)}),
    # (two xfails until round 14: the reported passive 'würden ... geliefert', and one's own
    # air defence strengthened)
    ("PARIS (dpa) - Frankreich denkt über die Lieferung von Mirage-Kampfjets an die Ukraine nach, wie "
     "Verteidigungsminister Sébastien Lecornu sagte. Caesar-Haubitzen würden weiterhin geliefert.",
     {("FR", "aircraft", X), ("FR", "artillery", P)}),
    ("STOCKHOLM (dpa) - Schweden ist offen für die Lieferung von Gripen-Kampfjets an die Ukraine, will aber zuvor "
     "die eigene Luftverteidigung stärken, sagte Verteidigungsminister Pål Jonson.",
     {("SE", "aircraft", X)}),
    ("WASHINGTON (dpa) - Die USA haben der Ukraine ein weiteres Militärpaket im Wert von 250 Millionen Dollar "
     "zugesagt. Über die Lieferung von ATACMS-Raketen mit größerer Reichweite werde noch beraten, hieß es.",
     {("US", "funding", P), ("US", "missiles", X)}),
    ("BRÜSSEL (dpa) - Die EU-Außenminister konnten sich nicht auf eine weitere Milliarde Euro für Munition für die "
     "Ukraine einigen. Ungarn blockiert die Mittel.",
     {("EU", "ammunition", X)}),
    ("OSLO (dpa) - Norwegen will der Ukraine weitere Luftabwehrsysteme vom Typ NASAMS liefern und prüft zudem die "
     "Abgabe von F-16-Kampfjets, teilte das Verteidigungsministerium mit.",
     {("NO", AIR, P), ("NO", "aircraft", X)}),
    ("KIEW (dpa) - Die Ukraine hat Großbritannien um Langstreckenraketen vom Typ Storm Shadow gebeten; London "
     "lehnte eine Zusage zunächst ab.",
     {("GB", "missiles", X), ("GB", "missiles", R)}),
    ("ROM (dpa) - Italien diskutiert über die Entsendung eines weiteren SAMP/T-Systems in die Ukraine. Ein Beschluss "
     "des Parlaments werde im Januar erwartet.",
     {("IT", AIR, X)}),
    ("MADRID (dpa) - Spanien hat der Ukraine weitere Leopard-Panzer zugesagt und erwägt die Lieferung von "
     "Patriot-Raketen, sagte Verteidigungsministerin Margarita Robles.",
     {("ES", "tanks", P), ("ES", AIR, X)}),
    ("BERLIN (dpa) - Rheinmetall hat von der Bundesregierung einen Auftrag für Skynex-Flugabwehrsysteme für die "
     "Ukraine erhalten. Die Regierung prüft zudem den Kauf weiterer Munition.",
     {("DE", AIR, M), ("DE", "ammunition", X)}),
    ("DEN HAAG (dpa) - Die Niederlande würden der Ukraine weitere F-16 überlassen, wenn die USA zustimmen, sagte "
     "Verteidigungsminister Ruben Brekelmans.",
     {("NL", "aircraft", X)}),
    ("KOPENHAGEN (dpa) - Dänemark will die Ausbildung ukrainischer Piloten fortsetzen und denkt über die Abgabe "
     "weiterer Caesar-Haubitzen nach.",
     {("DK", "training", P), ("DK", "artillery", X)}),
    ("PRAG (dpa) - Tschechien lehnt die Lieferung von Kampfjets an die Ukraine ab, liefert aber weiter "
     "Artilleriemunition, sagte Ministerpräsident Petr Fiala.",
     {("CZ", "aircraft", R), ("CZ", "ammunition", P)}),
]


ARTICLES = in_three_languages(ENGLISH, FRENCH, GERMAN)


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_wire_articles_give_their_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# ------------------------------------------------------------ readings the round showed


# A clause of its own announcing something ("..., as the Pentagon announced a package",
# "tandis que les Pays-Bas ont annoncé la livraison de", "a annoncé l'envoi de ... et se
# penche sur", "während Paris ... angekündigt hat") tells that announcement, whatever the
# other clause weighs or asks.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The US is weighing whether to send ATACMS to Ukraine, as the Pentagon announced a $300 million package.",
         {("US", "missiles", X), ("US", "funding", P)}),
        ("fr", "Zelensky a réclamé aux Etats-Unis des systèmes Patriot, tandis que les Pays-Bas ont annoncé la "
         "livraison de 18 chasseurs F-16.", {("US", AIR, X), ("NL", "aircraft", P)}),
        ("de", "Berlin prüft die Lieferung von Taurus, während Paris neue Scalp-Raketen angekündigt hat.",
         {("DE", "missiles", X), ("FR", "missiles", P)}),
        # one clause: the announcement is what is weighed
        ("en", "The US is weighing the announcement of a $300 million package.", {("US", "funding", X)}),
    ],
)
def test_an_announcement_in_a_clause_of_its_own(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A request examined is still a question, however the request is worded after it: "se
# penche sur une demande ukrainienne de munitions", "examine une demande ukrainienne de".
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le Canada se penche sur une demande ukrainienne de munitions d'artillerie.", {("CA", "ammunition", X)}),
        ("fr", "Le Canada examine une demande ukrainienne de munitions d'artillerie.", {("CA", "ammunition", X)}),
        ("fr", [a for a in FRENCH if "Canada a annoncé" in str(a)][0][0],
         {("CA", ARMOUR, P), ("CA", "ammunition", X)}),
        # a request alone asks nobody
        ("fr", "Une demande ukrainienne de munitions d'artillerie a été transmise.", set()),
    ],
)
def test_a_request_examined(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A purchase weighed is not made: "is discussing the purchase of", "envisage d'acheter",
# "prüft den Kauf", "a débattu de l'initiative pour l'achat d'obus".
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Czech government is discussing the purchase of more shells for Ukraine.", {("CZ", "ammunition", X)}),
        ("fr", "La Norvège envisage d'acheter des drones pour l'Ukraine.", {("NO", "drones", X)}),
        ("de", "Die Regierung in Berlin prüft den Kauf weiterer Munition für die Ukraine.", {("DE", "ammunition", X)}),
        ("fr", "Le Parlement tchèque a débattu mardi de l'initiative de Prague pour l'achat d'obus destinés à l'Ukraine.",
         {("CZ", "ammunition", X)}),
        # a purchase decided is a promise
        ("en", "Germany will buy more shells for Ukraine.", {("DE", "ammunition", P)}),
    ],
)
def test_a_purchase_weighed(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# An offer told with its condition is a question still open ("has offered to send ... on
# condition that", "proposent de livrer ... à condition que", "bieten ... an, sofern");
# an offer alone is a promise.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Netherlands has offered to send Patriot launchers to Ukraine on condition that the United States "
         "replaces them.", {("NL", AIR, X)}),
        ("fr", "Les Pays-Bas proposent de livrer des lanceurs Patriot à l'Ukraine à condition que les Etats-Unis les "
         "remplacent.", {("NL", AIR, X)}),
        ("de", "Die Niederlande bieten der Ukraine Patriot-Startgeräte an, sofern die USA sie ersetzen.", {("NL", AIR, X)}),
        ("en", "The Netherlands has offered to send Patriot launchers to Ukraine.", {("NL", AIR, P)}),
        ("de", "Die Niederlande bieten der Ukraine Patriot-Startgeräte an.", {("NL", AIR, P)}),
    ],
)
def test_an_offer_with_its_condition(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A vote still to come is a decision still to take ("will vote next week on", "votera",
# "soll ... abstimmen"); "confirming the delivery of" confirms it as "confirmed" does;
# German "will ... fortsetzen" (to continue) promises.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Italy's parliament will vote next week on sending a SAMP/T air defence system to Ukraine.", {("IT", AIR, X)}),
        ("fr", "Le Parlement italien votera la semaine prochaine sur l'envoi d'un système SAMP/T à l'Ukraine.",
         {("IT", AIR, X)}),
        ("de", "Der Bundestag soll am Donnerstag über die Lieferung von Taurus an die Ukraine abstimmen.",
         {("DE", "missiles", X)}),
        ("en", "Poland ruled out sending jets to Ukraine while confirming the delivery of 60 more T-72 tanks.",
         {("PL", "aircraft", R), ("PL", "tanks", P)}),
        ("de", "Dänemark will die Ausbildung ukrainischer Piloten fortsetzen.", {("DK", "training", P)}),
        ("de", "Dänemark will die Lieferungen von Munition an die Ukraine fortsetzen.", {("DK", "ammunition", P)}),
    ],
)
def test_a_vote_to_come_a_confirmation_and_continuing(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A handover named as a noun with its agent before the things ("au lendemain de l'envoi
# par Londres de nouveaux missiles", "après la livraison par Londres de") is the agent's
# delivery; an arrival awaited as a time ("mais pas avant l'arrivée de ses nouveaux
# appareils", "before the arrival of its F-35 jets") delivers nothing.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", [a for a in FRENCH if "LONDRES" in str(a)][0][0], {("DE", "missiles", X), ("GB", "missiles", D)}),
        ("fr", "L'Allemagne hésite, après la livraison par Londres de nouveaux missiles Storm Shadow.",
         {("GB", "missiles", D)}),
        ("fr", "La Suède n'exclut pas de livrer des avions Gripen à l'Ukraine, mais pas avant l'arrivée de ses nouveaux "
         "appareils.", {("SE", "aircraft", X)}),
        ("en", "Poland will not give more MiG-29s to Ukraine before the arrival of its F-35 jets.", {("PL", "aircraft", R)}),
    ],
)
def test_a_handover_with_its_agent_and_an_arrival_awaited(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A handover refused as a noun with no object ("Kanzler Scholz lehnt eine Lieferung
# weiterhin ab", "London lehnte eine Zusage ab", "Paris refuse une telle livraison",
# "Berlin rejected the request") refuses the thing named just before.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Der Bundestag debattiert über einen Antrag, der Ukraine Taurus-Marschflugkörper zu liefern. Kanzler "
         "Scholz lehnt eine Lieferung weiterhin ab.", {("DE", "missiles", X), ("DE", "missiles", R)}),
        ("de", [a for a in GERMAN if "Großbritannien um" in str(a)][0][0], {("GB", "missiles", X), ("GB", "missiles", R)}),
        ("fr", "Kiev a demandé des Mirage à la France. Paris refuse une telle livraison.",
         {("FR", "aircraft", X), ("FR", "aircraft", R)}),
        ("en", "Kyiv asked Germany for Taurus missiles. Berlin rejected the request.",
         {("DE", "missiles", X), ("DE", "missiles", R)}),
        # its object named, it refuses that
        ("de", "Scholz lehnt eine Lieferung von Taurus ab.", {("DE", "missiles", R)}),
    ],
)
def test_a_handover_refused_without_its_object(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A fresh check, written and labelled after the fixes above and before running them: more
# of the same kinds of copy in other words (options reviewed, talks between two donors, a
# decision not yet taken, ministers failing to agree, an appeal to two donors, a proposal
# judged unrealistic, a purchase studied beside a delivery, a conditional beside a promise).
# Run first: 9 of 15 fully right, records matched 18 / labelled 25 / predicted 21 (main
# before this round: 8 of 15, 17 / 25 / 21). Two misses were mended after the run
# (test_the_fresh_checks_misses_mended below): now 11 of 15 (21 / 25 / 22); the four left are
# strict xfails.
_FRESH_MISS = "fresh check, left: "
FRESH = [
    ("en", "OTTAWA/KYIV (Reuters) - Canada is reviewing options to supply Ukraine with more armoured vehicles, the "
     "defence minister said on Monday, after Kyiv asked for 100 of them.",
     {("CA", ARMOUR, X)}),
    # (an xfail until round 14: one 'in talks with' the giver is a partner)
    ("en", "LONDON (Reuters) - Britain is in talks with Germany about jointly funding long-range drones for Ukraine, a "
     "government source said, while the Netherlands pledged 200 million euros for drones on Friday.",
     {("GB", "drones", X), ("DE", "drones", X), ("NL", "drones", P)}),
    pytest.param(
        "en", "WASHINGTON (Reuters) - The White House has not yet decided whether to approve a new package of weapons for "
        "Ukraine, a spokesman said, adding that Patriot interceptors remained Kyiv's top request.",
        {("US", "other", X)},
        marks=pytest.mark.xfail(strict=True, reason=_FRESH_MISS + "labelled the package undecided; no record: the vague 'package of weapons' gives way to the precise Patriot in the sentence, which Kyiv asks of no one")),
    ("en", "BRUSSELS (Reuters) - EU foreign ministers failed to agree on Monday on a 6.5 billion euro fund for weapons "
     "for Ukraine, with France insisting the money be spent on European-made arms.",
     {("EU", "funding", X)}),
    ("en", "OSLO (Reuters) - Norway would consider sending more F-16 jets to Ukraine once its F-35 fleet is complete, "
     "the defence minister said, and confirmed an order for 10,000 artillery shells from Nammo for Kyiv.",
     {("NO", "aircraft", X), ("NO", "ammunition", M)}),
    ("fr", "PARIS (AFP) - La France envisage de céder des hélicoptères Gazelle à l'Ukraine, a indiqué le ministère des "
     "Armées, qui a par ailleurs confirmé la livraison de 12 canons Caesar.",
     {("FR", "aircraft", X), ("FR", "artillery", P)}),
    ("fr", "BERLIN (AFP) - Le chancelier allemand a de nouveau rejeté mardi les appels de Kiev à livrer des missiles "
     "Taurus, tout en promettant de nouveaux systèmes Iris-T.",
     {("DE", "missiles", R), ("DE", AIR, P)}),
    ("fr", "VILNIUS (AFP) - La Lituanie étudie l'achat de drones pour l'Ukraine auprès d'un fabricant letton, a indiqué "
     "le ministère, alors que la Lettonie a déjà livré plus de 2 000 drones à Kiev.",
     {("LT", "drones", X), ("LV", "drones", D)}),
    ("fr", "KIEV (AFP) - Le président ukrainien a exhorté le Japon et la Corée du Sud à fournir des obus d'artillerie à "
     "l'Ukraine.",
     {("JP", "ammunition", X), ("KR", "ammunition", X)}),
    ("fr", "BRUXELLES (AFP) - L'Otan réfléchit à un fonds de 100 milliards de dollars sur cinq ans pour l'Ukraine, une "
     "proposition que plusieurs alliés jugent irréaliste.",
     {("NATO", "funding", X)}),
    ("de", "BERLIN (dpa) - Die Bundesregierung erwägt nach Angaben aus Regierungskreisen, der Ukraine weitere "
     "Gepard-Flakpanzer zu liefern. Auch die Lieferung von Marder-Schützenpanzern werde geprüft.",
     {("DE", AIR, X), ("DE", ARMOUR, X)}),
    pytest.param(
        "de", "WIEN (dpa) - Österreich wird der Ukraine wegen seiner Neutralität keine Waffen liefern, will aber "
        "Minenräumgeräte finanzieren.",
        {("AT", "other", R)},
        marks=pytest.mark.xfail(strict=True, reason=_FRESH_MISS + "labelled the refusal only; demining equipment ('Minenräumgeräte') is read as equipment promised and the refused 'Waffen', an umbrella word, gives way to it (the label may have missed the equipment)")),
    ("de", "KIEW (dpa) - Selenskyj hat die Niederlande um weitere F-16-Kampfjets gebeten. Den Haag prüft die Bitte "
     "nach Angaben des Verteidigungsministeriums.",
     {("NL", "aircraft", X)}),
    ("de", "PARIS (dpa) - Frankreich würde der Ukraine weitere Mirage-Kampfjets liefern, falls Griechenland seine "
     "Maschinen abgibt, sagte Präsident Macron. Zugleich sagte er zehn Caesar-Haubitzen zu.",
     {("FR", "aircraft", X), ("FR", "artillery", P)}),
    pytest.param(
        "de", "ROM (dpa) - Italiens Parlament hat am Mittwoch das zehnte Militärhilfepaket für die Ukraine gebilligt. "
        "Über ein weiteres SAMP/T-System werde noch verhandelt.",
        {("IT", "funding", P), ("IT", AIR, X)},
        marks=pytest.mark.xfail(strict=True, reason=_FRESH_MISS + "labelled the package approved as funding; a package of untold contents is 'other' (round 12), and an umbrella gives way to the donor's precise item even at another stage")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRESH)
def test_the_fresh_check_gives_its_labelled_records(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Mended after the fresh check's first run (9 of 15 then): a request turned down with a
# time and an adverb between ("a de nouveau rejeté mardi les appels de Kiev à livrer")
# refuses; German "wird geprüft" and "wird verhandelt" are under discussion.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", FRESH[6][1], FRESH[6][2]),
        ("fr", "Le chancelier allemand a de nouveau rejeté mardi les appels de Kiev à livrer des missiles Taurus.",
         {("DE", "missiles", R)}),
        ("de", FRESH[10][1], FRESH[10][2]),
        ("de", "Die Lieferung von Marder-Schützenpanzern an die Ukraine wird geprüft, sagte Berlin.", {("DE", ARMOUR, X)}),
        ("de", "Über ein weiteres SAMP/T-System für die Ukraine werde noch verhandelt, sagte Rom.", {("IT", AIR, X)}),
        # a request granted is still a promise
        ("fr", "Le chancelier allemand a accepté la demande de Kiev de livrer des chars.", {("DE", "tanks", P)}),
    ],
)
def test_the_fresh_checks_misses_mended(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# Paying for things made in Ukraine is an order from Ukraine's industry (production), in
# every language and word order: "built in Ukraine" after the thing, German "in der Ukraine
# gebaute" before it, the making named with its place ("la production en Ukraine de 18
# canons", "den Bau von 18 Haubitzen in der Ukraine"), as the real set labels money for
# Ukrainian-made drones. Things sent to Ukraine stay a promise. Where the making itself is
# named ("den Bau von", "la production en Ukraine de", "the production of"), the things keep
# their category too (the lead's ruling of stop 48, which withdrew round 42's category
# "production" for them), as things bought "built in Ukraine" do.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Denmark will finance 18 Bohdana howitzers built in Ukraine.", {("DK", "artillery", M)}),
        ("de", "Dänemark finanziert 18 in der Ukraine gebaute Bohdana-Haubitzen.", {("DK", "artillery", M)}),
        ("de", "Dänemark wird 18 in der Ukraine hergestellte Haubitzen finanzieren.", {("DK", "artillery", M)}),
        ("de", "Dänemark finanziert den Bau von 18 Haubitzen in der Ukraine.", {("DK", "artillery", M)}),
        ("fr", "Le Danemark finance la production en Ukraine de 18 canons automoteurs.", {("DK", "artillery", M)}),
        ("en", "Denmark will finance the production of 18 howitzers in Ukraine.", {("DK", "artillery", M)}),
        ("de", "Mit dem Geld aus Schweden sollen in der Ukraine gebaute Abfangdrohnen gekauft werden.",
         {("SE", "drones", M)}),
        # sent to Ukraine: a promise
        ("de", "Dänemark liefert 18 Haubitzen in die Ukraine.", {("DK", "artillery", P)}),
        ("fr", "Le Danemark va livrer 18 canons en Ukraine.", {("DK", "artillery", P)}),
    ],
)
def test_paying_for_making_in_ukraine_in_every_language(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected


# A counted batch after "the" is a batch of its own, not a repeat of the system named
# before ("Germany is examining a request for more Leopard 1 tanks, while Denmark announced
# it would send 30 more of the tanks"); uncounted, "the tanks" still repeats it.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany is examining a request for more Leopard 1 tanks, while Denmark announced it would send 30 more "
         "of the tanks.", {("DE", "tanks", X), ("DK", "tanks", P)}),
        ("en", "Germany will send 12 Leopard 1 tanks to Ukraine, and the tanks will arrive in May.",
         {("DE", "tanks", P)}),
    ],
)
def test_a_counted_batch_is_no_repeat(lang: str, text: str, expected: set) -> None:
    assert records(text, lang=lang) == expected
