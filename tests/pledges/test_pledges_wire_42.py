"""A forty-second round of wire copy: the giver, category and relevance-free causes review 48
(tests/pledges/test_review_48.py) left that round 42 takes, each told in other words in articles written
for these tests (none taken from the real-article set or from the probe), in English, French and German
where the form exists. Each was labelled by hand before it was run, following the real-article set's
conventions (../shared/eval/README.md), tests/data/README.md and the lead's calls (money paid to help
Ukraine buy things is the payer's funding record alone, as money paid into a fund; paying for the making
of things in Ukraine is category production), as (donor, category, status, figure): the count of things
stated, else the sum of money, else none.

The causes, by the review's numbers:
- 1: a ring exchange's leg to the middle country is no aid to Ukraine, also when it is told in a sentence
  of its own ("In return, Germany will deliver ... to the Czech army", "replace them in Croatian service",
  "the training of 50 Croatian crews", "à l'armée slovène");
- 2: German "gibt / liefert dafür ... an die Ukraine" in a swap is the Ukrainian leg itself;
- 4: money as the subject of its move to Kyiv ("went to Kyiv", "sont allés à Kiev", "flossen an Kiew"),
  the article's speaker the payer;
- 5: paying for the making of things in Ukraine is category production;
- 6: munitions "for" a platform are the munitions, not the platform;
- 7: a training centre named after a jet gives no jet;
- 8: money sent "to help Ukraine buy" things is the payer's funding record alone (since the stop-47 ruling,
  only things of several kinds or a general word: one kind is that thing's record carrying the sum).

First run (2026-12-05, main's code at 04ad7ff, labels unchanged): 5 of 21 (right: the English swap told "In
return, ... to the Czech army", the second German "dafür" text, the English money that "went to Kyiv", the
French munitions for the F-16s, the French training centre). The rest: a swap's leg to the middle country
told in its own sentence read as aid (Croatian service and crews, "à l'armée slovène", "der tschechischen
Armee", "liefert der Slowakei"); paid making in Ukraine kept the thing's category; "guided bombs" / "Lenkbomben
für ... F-16" read as the jets; a jet-named training centre gave the jet (and the German lost the training);
money "to help Ukraine buy" gave the things beside or instead of the sum; the French and German money going to
Kyiv gave no funding record.

The fixes: destinations (a donor's forces as where the things go in a clause naming no Ukraine: "in Croatian
service", "the training of 50 Croatian crews", "à l'armée slovène 40 camions", "liefert der Slowakei 15
Leopard"; a swap's partner as "lui / leur" in a sentence of its own); cue_patterns (German "gibt ... an die
Ukraine ab" over more words, as a ring exchange's Ukrainian leg "gibt dafür 20 Panzer vom Typ T-72 an die
Ukraine ab" tells it); item_records (the making in Ukraine named: category production); items (a missile word
before the jets it is for keeps its category; a system naming a training place, "F-16 training centre",
"Leopard-Ausbildungszentrum", "centre de formation F-16", is no thing, and the place's training word gives way
to the training told after it); given_items (what a sum sent "to help Ukraine buy / pour aider l'Ukraine à
acheter / um der Ukraine den Kauf von ... zu ermöglichen" buys is no thing of the payer; jets named after
"munitions for" are no jets given); extract / article_passes (a headline's things over a body telling that
money as helping Ukraine buy, or telling the making paid for, are the body's record). Older rounds' labels of
paid making in Ukraine (rounds 12, 13, 15, 18, 19, 20, 22: the thing's category) were relabelled to production
as the lead ruled. After them: 17 of 21; left (LEFT) the French and German money going to Kyiv (cause 4, not
done), the English training "in Romania" (the place read as the giver) and the German count after "bildet
Deutschland" (review 48's cause 17, pledges round 43's).

Later (LATER, three texts written after the first fixes for shapes the probe's stories showed, labelled before
their first run): on main 0 of 3, on this branch 2 of 3 (left: "munitions for the F-16 jets it gave Ukraine"
takes "gave" as the munitions' status).

Held out (HELD_OUT, eight articles written after the fixes in the forms fixed, labelled before their first
run and not tuned to; 2026-12-05, this branch): 8 of 8 on their first run (on main's code 2 of 8: the English
swap "In exchange, ... to the Slovenian army" and the French training centre read there already).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, M, P
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # 1: the swap's leg to the middle country, told in its own sentence
    ("en", "Czechs to give Ukraine 20 T-72 tanks in swap deal",
     "PRAGUE (Reuters) - The Czech Republic will give Ukraine 20 T-72 tanks from its reserves, the defence "
     "ministry said on Monday. In return, Germany will deliver 14 Leopard 2A4 tanks to the Czech army by "
     "the end of the year.",
     {("CZ", "tanks", P, 20)}),
    ("en", "Croatia hands Ukraine 30 M-84 tanks",
     "ZAGREB (Reuters) - Croatia will hand 30 M-84 tanks to Ukraine, the government said on Tuesday. Germany "
     "will supply 30 Leopard 2A8 tanks to replace them in Croatian service and will pay for the training of "
     "50 Croatian crews.",
     {("HR", "tanks", P, 30)}),
    ("fr", "La Slovénie cède 28 chars M-84 à Kiev",
     "LJUBLJANA (AFP) - La Slovénie va céder 28 chars M-84 à l'Ukraine, a annoncé mardi le gouvernement. En "
     "contrepartie, l'Allemagne fournira à l'armée slovène 40 camions militaires.",
     {("SI", "tanks", P, 28)}),
    ("de", "Tschechien gibt der Ukraine 20 T-72",
     "PRAG (dpa) - Tschechien gibt der Ukraine 20 Kampfpanzer T-72 ab, teilte das Verteidigungsministerium "
     "am Montag mit. Im Gegenzug liefert Deutschland der tschechischen Armee 14 Leopard 2A4.",
     {("CZ", "tanks", P, 20)}),
    # 2: German "dafür" in a swap: the Ukrainian leg itself
    ("de", "Ringtausch mit Berlin",
     "BERLIN (dpa) - Deutschland liefert der Slowakei 15 Leopard 2A4. Bratislava gibt dafür 30 "
     "Schützenpanzer BMP-1 an die Ukraine ab, teilte das Verteidigungsministerium am Dienstag mit.",
     {("SK", "armoured_vehicles", P, 30)}),
    ("de", "Neuer Ringtausch",
     "BERLIN (dpa) - Griechenland erhält aus Deutschland 40 Schützenpanzer Marder. Athen liefert dafür 40 "
     "Schützenpanzer BMP-1 an die Ukraine, sagte ein Sprecher am Mittwoch.",
     {("GR", "armoured_vehicles", P, 40)}),
    # 4: money as the subject of its move to Kyiv; the article's speaker pays
    ("en", "EU says 1.2 billion euros from asset profits reached Kyiv",
     "BRUSSELS (Reuters) - Another 1.2 billion euros from the proceeds of frozen Russian assets went to Kyiv "
     "in March, the European Commission said on Monday.",
     {("EU", MONEY, D, 1_200_000_000)}),
    ("fr", "800 millions d'euros de plus pour Kiev",
     "BRUXELLES (AFP) - Quelque 800 millions d'euros tirés des avoirs russes gelés sont allés à Kiev en "
     "mars, a indiqué lundi la Commission européenne.",
     {("EU", MONEY, D, 800_000_000)}),
    ("de", "Weitere EU-Gelder für Kiew",
     "BRÜSSEL (dpa) - Aus den Erträgen eingefrorener russischer Vermögen flossen im März 600 Millionen Euro "
     "an Kiew, wie die EU-Kommission am Montag mitteilte.",
     {("EU", MONEY, D, 600_000_000)}),
    # 5: paying for the making of things in Ukraine is category production
    ("en", "Sweden to fund Ukrainian-made howitzers",
     "STOCKHOLM (Reuters) - Sweden will pay for the production of 12 Bohdana howitzers in Ukraine, the "
     "government said on Thursday.",
     {("SE", "artillery", M, 12)}),
    ("fr", "La Norvège finance des canons ukrainiens",
     "OSLO (AFP) - La Norvège va financer la production de 30 canons Bohdana par l'industrie ukrainienne, a "
     "annoncé jeudi le gouvernement norvégien.",
     {("NO", "artillery", M, 30)}),
    ("de", "Dänemark bezahlt ukrainische Haubitzen",
     "KOPENHAGEN (dpa) - Dänemark bezahlt die Herstellung von 18 Haubitzen vom Typ Bohdana in der Ukraine, "
     "teilte die Regierung am Donnerstag mit.",
     {("DK", "artillery", M, 18)}),
    # 6: munitions "for" a platform are the munitions
    ("en", "Norway to send guided bombs for Ukraine's F-16s",
     "OSLO (Reuters) - Norway will send 200 guided bombs for Ukraine's F-16 fighter jets, the defence "
     "ministry said on Friday.",
     {("NO", "missiles", P, 200)}),
    ("fr", "La Belgique va livrer des munitions pour les F-16 ukrainiens",
     "BRUXELLES (AFP) - La Belgique va livrer à l'Ukraine des munitions pour les F-16 qu'elle lui a cédés, a "
     "annoncé vendredi le ministère de la Défense.",
     {("BE", AMMO, P, None)}),
    ("de", "Dänemark liefert Lenkbomben",
     "KOPENHAGEN (dpa) - Dänemark liefert der Ukraine 100 Lenkbomben für ihre F-16-Kampfjets, teilte das "
     "Verteidigungsministerium am Freitag mit.",
     {("DK", "missiles", P, 100)}),
    # 7: a training centre named after a jet gives no jet
    ("en", "Dutch train Ukrainian pilots in Romania",
     "BUCHAREST (Reuters) - At the F-16 training centre in Romania, the Netherlands is training 12 Ukrainian "
     "pilots, the Dutch defence ministry said on Tuesday.",
     {("NL", "training", D, 12)}),
    ("fr", "Le Danemark forme des pilotes ukrainiens",
     "COPENHAGUE (AFP) - Au centre de formation F-16 de Skrydstrup, le Danemark forme 10 pilotes ukrainiens, "
     "a indiqué mardi le ministère de la Défense.",
     {("DK", "training", D, 10)}),
    ("de", "Ausbildung in Munster",
     "MUNSTER (dpa) - Im Leopard-Ausbildungszentrum in Munster bildet Deutschland 40 ukrainische Soldaten aus, "
     "teilte die Bundeswehr am Dienstag mit.",
     {("DE", "training", D, 40)}),
    # 8: money sent to help Ukraine buy things: the funding record alone
    ("en", "Sweden sends Ukraine 300 million dollars for air defence",
     "STOCKHOLM (Reuters) - Sweden has transferred 300 million dollars to help Ukraine buy air defence "
     "systems and ammunition, the government said on Wednesday.",
     {("SE", MONEY, D, 300_000_000)}),
    # (relabelled to the stop-47 ruling (real set P-DE-022): one kind bought, the drones' record carries the sum)
    ("fr", "Le Canada verse 200 millions à Kiev",
     "OTTAWA (AFP) - Le Canada a versé 200 millions de dollars pour aider l'Ukraine à acheter des drones, a "
     "annoncé mercredi le gouvernement.",
     {("CA", "drones", D, 200_000_000)}),
    ("de", "Norwegen überweist Geld für Munition",
     "OSLO (dpa) - Norwegen hat 500 Millionen Kronen überwiesen, um der Ukraine den Kauf von Munition zu "
     "ermöglichen, teilte die Regierung am Mittwoch mit.",
     # (relabelled to the stop-47 ruling (real set P-DE-022): one kind bought, the munitions' record carries the sum)
     {("NO", AMMO, D, 500_000_000)}),
]

# Written after the first fixes, when the probe's stories showed three more shapes of causes 1 and 6 (labelled
# before their first run; see the docstring).
LATER = [
    ("en", "Netherlands to send munitions for its donated F-16s",
     "THE HAGUE (Reuters) - The Netherlands will send munitions for the F-16 jets it gave Ukraine, the defence "
     "ministry said on Monday.",
     {("NL", AMMO, P, None)}),
    ("de", "Belgien liefert Munition für F-16",
     "BRÜSSEL (dpa) - Belgien liefert Munition für die an die Ukraine übergebenen F-16-Kampfjets, teilte die "
     "Regierung am Montag mit.",
     {("BE", AMMO, P, None)}),
    ("fr", "La Slovaquie cède 30 BMP-1 à Kiev",
     "BRATISLAVA (AFP) - La Slovaquie va céder 30 véhicules BMP-1 à l'Ukraine ; l'Allemagne lui livrera en "
     "échange 15 chars Leopard 2A4, a annoncé lundi le gouvernement.",
     {("SK", "armoured_vehicles", P, 30)}),
]

# Written after the fixes in the forms fixed, labelled before their first run, not tuned to (see the docstring).
HELD_OUT = [
    ("en", "Slovenia to give Ukraine 20 M-55S tanks",
     "LJUBLJANA (Reuters) - Slovenia will give Ukraine 20 M-55S tanks, the government said on Friday. In "
     "exchange, Germany will deliver 35 military trucks to the Slovenian army next year.",
     {("SI", "tanks", P, 20)}),
    ("de", "Ringtausch mit Athen",
     "BERLIN (dpa) - Griechenland bekommt aus Deutschland 50 Schützenpanzer Marder. Athen gibt dafür 40 "
     "Schützenpanzer vom Typ BMP-1 an die Ukraine ab, sagte eine Sprecherin am Freitag.",
     {("GR", "armoured_vehicles", P, 40)}),
    ("fr", "Le Canada finance des drones ukrainiens",
     "OTTAWA (AFP) - Le Canada va financer la fabrication de 400 drones d'interception par l'industrie "
     "ukrainienne, a annoncé vendredi le gouvernement.",
     {("CA", "drones", M, 400)}),
    ("en", "Belgium to pay for Ukrainian shell production",
     "BRUSSELS (Reuters) - Belgium will spend 60 million euros on the production of artillery shells in Ukraine, "
     "the defence minister said on Friday.",
     {("BE", "ammunition", M, 60_000_000)}),
    ("de", "Norwegen liefert Raketen für F-16",
     "OSLO (dpa) - Norwegen liefert der Ukraine 50 Lenkraketen für ihre F-16-Kampfjets, teilte die Regierung am "
     "Freitag mit.",
     {("NO", "missiles", P, 50)}),
    ("fr", "Formation de pilotes ukrainiens en Belgique",
     "BRUXELLES (AFP) - Au centre d'entraînement F-16 de Florennes, la Belgique forme 8 pilotes ukrainiens, a "
     "indiqué lundi le ministère de la Défense.",
     {("BE", "training", D, 8)}),
    ("fr", "La Norvège verse 150 millions à Kiev",
     "OSLO (AFP) - La Norvège a versé 150 millions d'euros pour permettre à l'Ukraine d'acheter des munitions "
     "d'artillerie, a annoncé jeudi le gouvernement.",
     # (relabelled to the stop-47 ruling (real set P-DE-022): one kind bought, its record carries the sum)
     {("NO", AMMO, D, 150_000_000)}),
    ("en", "Denmark transfers 90 million euros to Kyiv",
     "COPENHAGEN (Reuters) - Denmark has transferred 90 million euros to help Ukraine purchase air defence "
     "missiles, the government said on Thursday.",
     # (relabelled to the stop-47 ruling (real set P-DE-022): one kind bought, its record carries the sum)
     {("DK", AIR, D, 90_000_000)}),
]

# What the fixes leave, by headline (strict xfails).
LEFT: dict[str, str] = {
    "800 millions d'euros de plus pour Kiev": (
        "reads nothing for (EU, funding, delivered, 800 million): money as the subject of 'sont allés à Kiev', the "
        "payer only the speaker ('a indiqué ... la Commission européenne'), is no cue (review 48's cause 4)"),
    "Dutch train Ukrainian pilots in Romania": (
        "reads (RO, training, delivered, 12) for (NL, ...): the place of the training, 'in Romania', is read as "
        "the giver before the subject after the comma ('the Netherlands is training')"),
    "Netherlands to send munitions for its donated F-16s": (
        "adds (NL, ammunition, delivered, None): the jets' relative clause 'it gave Ukraine' gives the munitions "
        "its past status"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES + LATER + HELD_OUT, LEFT))
def test_round_42_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
