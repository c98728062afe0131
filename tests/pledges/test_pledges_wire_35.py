"""A thirty-fifth round of wire copy: the general causes the fifth held-out probe of review 45
(tests/pledges/test_review_45.py, causes in the review's notes) traced its misses to, each told
again here in other words and, where the form exists there, other languages, in articles written
for these tests (none is taken from the real-article set or from the probe). Each was labelled by
hand before it was run, following the real-article set's conventions (../shared/eval/README.md),
tests/data/README.md and the probe's own calls (a loan paying for weapons is the lender's funding
record, paid out delivered; a sale to Ukraine is a production record of the seller's country; a
plant in Ukraine is (country, production, production)), as (donor, category, status, figure): the
count of things stated, else the sum of money, else none.

The causes, by the review's names:
- S1: assets frozen ("frozen Russian assets", "avoirs russes gelés") are no refusal;
- S2: a plan dropped, abandoned, shelved or scrapped ("a abandonné son projet de", "Pläne ...
  aufgegeben") is a refusal of what it planned;
- S3: a chamber that "passed" a bill that includes aid approves it;
- G1: a chamber named alone ("the House of Representatives", "l'Assemblée nationale") gives for
  its country;
- C1: a plant that makes arms ("an ammunition plant", "a plant in Ukraine to make") and German
  "fertigen" in any clause are making;
- C2: anti-tank launchers are small arms;
- S5: a sale to Ukraine ("sold ... to Ukraine", "a vendu à l'Ukraine", "an die Ukraine verkauft")
  is a contract;
- S7: German "kam/kommt ... hinzu" adds a package: a promise of its own;
- F2: "a half-dozen" is six, "ein halbes Dutzend" too;
- N1: a German package numbered by its ordinal ("ein 25. Hilfspaket") keeps its worth;
- F1: a sum "to replenish" things ("pour reconstituer") is what they cost;
- S4: the order delivered things come from, named after them ("the last four ... of an order placed
  by", "d'une commande passée par"), does not make them an order.

First run (2026-12-05, main's code at 89f3ea1, labels unchanged): 3 of 23 (the frozen assets read as a
refusal, the dropped plans as promises, the chambers, plants, sales and the numbered package gave nothing
or the wrong status, the half-dozens no count or 12). After the fixes 22 of 23. Found on the way and fixed
with them: "paid out" (the simple past and the headline's "pays out") is a payout made, as "disbursed" is
(the EU article read pledged without it); "Radpanzer" (a wheeled armoured vehicle) was read as a tank;
German "verabschiedet" (a bill passed) was no cue. Left: the Italian headline (LEFT).
F1 (2 articles, written after those fixes and labelled before their one run, on the code with the F1 fix):
1 of 2, the Norwegian headline's bare "missile" (LEFT). The German "Davon ... für" share of F1 was not
taken: a share told with its total is recorded without its sum by design (money_items, "counted in the
total once"), which the probe's label contradicts; that is the lead's call.
S4 (3 articles, written after the S4 fix in nearest_cue and labelled before their one run on it): 3 of 3.
In all 26 of 28.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, ARMS, MONEY, D, M, P, R
from tests.support.wire_reading import figures, left_as_xfails

# Each is (lang, headline, body, records), the records labelled by hand before the first run.
ARTICLES = [
    # S1: assets frozen are no refusal of what is given
    ("en", "EU sends Ukraine second loan payment",
     "BRUSSELS (Reuters) - The European Union paid out a second tranche of 3 billion euros to Ukraine on "
     "Thursday under its loan backed by frozen Russian assets, money Kyiv will spend on weapons, the Commission "
     "said.",
     {("EU", MONEY, D, 3_000_000_000)}),
    ("en", "Sweden to send Archer guns to Ukraine",
     "STOCKHOLM (Reuters) - Sweden will send Ukraine 10 Archer howitzers, paid for in part with the proceeds of "
     "frozen Russian assets, the government said on Tuesday.",
     {("SE", "artillery", P, 10)}),
    ("fr", "Bruxelles verse une nouvelle tranche à Kiev",
     "BRUXELLES (AFP) - La Commission européenne a versé jeudi 2 milliards d'euros à l'Ukraine au titre du "
     "prêt adossé aux avoirs russes gelés, une somme destinée à l'achat d'armes.",
     {("EU", MONEY, D, 2_000_000_000)}),
    # S2: a plan dropped is a refusal
    ("en", "Spain abandons plan to send more Leopards to Ukraine",
     "MADRID (Reuters) - Spain has abandoned a plan to send Ukraine 10 more Leopard 2A4 tanks because the "
     "vehicles need too much repair, the defence ministry said on Wednesday.",
     {("ES", "tanks", R, 10)}),
    ("en", "Italy shelves second SAMP/T for Kyiv",
     "ROME (Reuters) - Italy has shelved plans to deliver a second SAMP/T air defence system to Ukraine, two "
     "government sources said on Friday.",
     {("IT", AIR, R, None)}),
    ("fr", "Le Danemark renonce à ses F-16 pour Kiev",
     "COPENHAGUE (AFP) - Le Danemark a abandonné son projet de livrer huit avions F-16 à l'Ukraine, a indiqué "
     "mardi le ministère de la Défense.",
     {("DK", "aircraft", R, 8)}),
    ("de", "Niederlande geben Haubitzen-Pläne auf",
     "DEN HAAG (dpa) - Die Niederlande haben ihre Pläne zur Lieferung von 20 Panzerhaubitzen an die Ukraine "
     "aufgegeben, teilte das Verteidigungsministerium mit.",
     {("NL", "artillery", R, 20)}),
    # S3: "passed" a bill
    ("en", "Canada's parliament passes Ukraine aid",
     "OTTAWA (Reuters) - Canada's House of Commons on Tuesday passed a spending bill that includes C$500 million "
     "in military aid for Ukraine, the government said.",
     {("CA", MONEY, P, 500_000_000)}),
    ("de", "Norwegisches Parlament billigt Ukraine-Hilfe",
     "OSLO (dpa) - Das norwegische Parlament hat am Freitag einen Nachtragshaushalt verabschiedet, der 3 "
     "Milliarden Kronen Militärhilfe für die Ukraine vorsieht.",
     {("NO", MONEY, P, 3_000_000_000)}),
    # G1: a chamber named alone
    ("en", "House votes for new Ukraine weapons money",
     "WASHINGTON (Reuters) - The House of Representatives voted on Thursday to approve $8 billion in military "
     "aid for Ukraine, sending the measure to the Senate.",
     {("US", MONEY, P, 8_000_000_000)}),
    ("fr", "Les députés approuvent une aide militaire à Kiev",
     "PARIS (AFP) - L'Assemblée nationale a adopté mardi une loi de finances rectificative qui prévoit 500 "
     "millions d'euros d'aide militaire à l'Ukraine.",
     {("FR", MONEY, P, 500_000_000)}),
    # C1: plants and "fertigen"
    ("en", "BAE Systems to build gun barrel plant in Ukraine",
     "LONDON (Reuters) - BAE Systems will build a plant in Ukraine to make barrels for 155mm howitzers, the "
     "company said on Monday.",
     {("GB", "production", M, None)}),
    ("en", "Nammo opens ammunition plant in Ukraine",
     "OSLO (Reuters) - Norway's Nammo has opened an ammunition plant in Ukraine together with a Ukrainian state "
     "company, the Norwegian defence ministry said on Thursday.",
     {("NO", "production", M, None)}),
    ("de", "Patria will Radpanzer in der Ukraine bauen",
     "HELSINKI (dpa) - Der finnische Rüstungskonzern Patria soll künftig in der Ukraine 100 Radpanzer im Jahr "
     "fertigen, teilte das Unternehmen am Mittwoch mit.",
     {("FI", "production", M, 100)}),
    # C2: anti-tank launchers
    ("en", "Lithuania to send anti-tank launchers to Ukraine",
     "VILNIUS (Reuters) - Lithuania will send Ukraine 150 anti-tank launchers and ammunition for them, the "
     "defence minister said on Monday.",
     {("LT", ARMS, P, 150), ("LT", AMMO, P, None)}),
    # S5: a sale is a contract
    ("en", "Czech firm sells howitzers to Ukraine",
     "PRAGUE (Reuters) - Czechia has sold 40 self-propelled howitzers to Ukraine, the defence ministry said on "
     "Friday, stressing the deal was a sale and not a gift.",
     {("CZ", "artillery", M, 40)}),
    ("fr", "Varsovie vend des Krab à Kiev",
     "VARSOVIE (AFP) - La Pologne a vendu à l'Ukraine 60 obusiers automoteurs Krab, a indiqué lundi le "
     "ministère polonais de la Défense.",
     {("PL", "artillery", M, 60)}),
    ("de", "Schweden verkauft Schützenpanzer an Kiew",
     "STOCKHOLM (dpa) - Schweden hat 20 Schützenpanzer an die Ukraine verkauft, wie das Verteidigungsministerium "
     "am Dienstag mitteilte.",
     {("SE", ARMOUR, M, 20)}),
    # S7: "kam/kommt ... hinzu"
    ("de", "Finnland stockt Militärhilfe auf",
     "HELSINKI (dpa) - Finnland hat der Ukraine bereits 30 Schützenpanzer übergeben. Am Freitag kam ein neues "
     "Paket über 200 Millionen Euro hinzu, teilte die Regierung mit.",
     {("FI", ARMOUR, D, 30), ("FI", MONEY, P, 200_000_000)}),
    # F2: half a dozen
    ("en", "Denmark to hand over Caesar guns",
     "COPENHAGEN (Reuters) - Denmark will hand over a half-dozen Caesar howitzers to Ukraine next month, the "
     "defence ministry said.",
     {("DK", "artillery", P, 6)}),
    ("de", "Finnland liefert Schützenpanzer",
     "HELSINKI (dpa) - Finnland wird der Ukraine ein halbes Dutzend Schützenpanzer liefern, sagte der "
     "Verteidigungsminister am Montag.",
     {("FI", ARMOUR, P, 6)}),
    ("fr", "La Suède va livrer des blindés",
     "STOCKHOLM (AFP) - La Suède va livrer une demi-douzaine de véhicules blindés à l'Ukraine, a annoncé "
     "lundi le gouvernement.",
     {("SE", ARMOUR, P, 6)}),
    # F1 (written after the fixes above, labelled before its run): a sum "to replenish" things pays for them
    ("en", "Norway funds missile restock for Kyiv",
     "OSLO (Reuters) - Norway will provide 500 million crowns to replenish NASAMS missiles for Ukraine, the "
     "defence minister said on Friday.",
     {("NO", AIR, P, 500_000_000)}),
    ("fr", "Bruxelles finance des obus pour Kiev",
     "BRUXELLES (AFP) - La Belgique va verser 100 millions d'euros pour reconstituer les stocks d'obus de "
     "l'armée ukrainienne, a annoncé jeudi le gouvernement.",
     {("BE", AMMO, P, 100_000_000)}),
    # S4 (written after the fixes above, labelled before its run): the order the delivered things come from,
    # named after them, is no order of them
    ("en", "Rheinmetall hands Ukraine last air defence systems of Berlin order",
     "DUSSELDORF (Reuters) - Rheinmetall has delivered to Ukraine the last four Skynex air defence systems of an "
     "order placed by the German government, the company said on Tuesday.",
     {("DE", AIR, D, 4)}),
    ("fr", "Arquus achève ses livraisons de blindés à Kiev",
     "PARIS (AFP) - Arquus a livré à l'Ukraine les 30 derniers véhicules blindés d'une commande passée par le "
     "ministère des Armées, a indiqué l'industriel lundi.",
     {("FR", ARMOUR, D, 30)}),
    ("de", "Diehl übergibt letzte IRIS-T-Systeme",
     "ÜBERLINGEN (dpa) - Diehl Defence hat der Ukraine die letzten zwei IRIS-T-Systeme aus einem Auftrag der "
     "Bundesregierung übergeben, teilte das Unternehmen mit.",
     {("DE", AIR, D, 2)}),
    # N1: an ordinal before the package noun
    ("de", "Schweden schnürt 25. Hilfspaket",
     "STOCKHOLM (dpa) - Schweden stellt der Ukraine ein 25. Militärhilfepaket im Wert von 2 Milliarden Kronen "
     "bereit, teilte die Regierung mit.",
     {("SE", MONEY, P, 2_000_000_000)}),
]

# What the first run left, by headline (strict xfails), filled in after it.
LEFT: dict[str, str] = {
    "Italy shelves second SAMP/T for Kyiv": (
        "adds (IT, air_defence, pledged, None) from the headline: 'shelves' with the thing as its object and no "
        "plan named is read as no refusal (the body's 'has shelved plans to deliver' is refused); headlines also "
        "'shelve' decisions, which is no refusal, so it was left"),
}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(ARTICLES, LEFT))
def test_round_35_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected


# Held-out check: written after all the fixes above, in the probe's forms (receiving side, parliament,
# industry and loans, cumulative totals, numbers in words, wire), and labelled before their one run,
# which is recorded as it came out (HELD_OUT_LEFT says what it left).
HELD_OUT = [
    ("en", "Ukraine says more Danish F-16s have arrived",
     "KYIV (Reuters) - Ukraine has received six more F-16 fighter jets from Denmark, the air force said on "
     "Wednesday, and President Volodymyr Zelensky thanked the Czech Republic for 50,000 artillery shells "
     "delivered in March.",
     {("DK", "aircraft", D, 6), ("CZ", AMMO, D, 50_000)}),
    ("de", "Bundestag beschließt Haushalt mit Ukraine-Hilfe",
     "BERLIN (dpa) - Der Bundestag hat am Donnerstag den Haushalt für das kommende Jahr verabschiedet, der 8 "
     "Milliarden Euro Militärhilfe für die Ukraine vorsieht.",
     {("DE", MONEY, P, 8_000_000_000)}),
    ("en", "House passes defence bill with Ukraine money",
     "WASHINGTON (Reuters) - The House of Representatives passed a defence bill on Friday that includes $300 "
     "million for Ukraine's armed forces.",
     {("US", MONEY, P, 300_000_000)}),
    ("en", "Saab to open plant in Ukraine",
     "STOCKHOLM (Reuters) - Sweden's Saab will open a plant in Ukraine to build Carl-Gustaf recoilless rifles, "
     "the company said on Thursday.",
     {("SE", "production", M, None)}),
    ("en", "Japan pays out loan to Ukraine",
     "TOKYO (Reuters) - Japan disbursed a $1 billion loan backed by frozen Russian assets to Ukraine on Monday, "
     "money Kyiv will spend on weapons, the finance ministry said.",
     {("JP", MONEY, D, 1_000_000_000)}),
    ("de", "Norwegen liefert NASAMS und Drohnen",
     "OSLO (dpa) - Norwegen wird der Ukraine ein halbes Dutzend Flugabwehrsysteme vom Typ NASAMS und rund 300 "
     "Drohnen liefern, sagte der Verteidigungsminister am Montag.",
     {("NO", AIR, P, 6), ("NO", "drones", P, 300)}),
    ("de", "Schwedens Ukraine-Hilfe wächst weiter",
     "STOCKHOLM (dpa) - Schweden hat der Ukraine bisher Militärhilfe im Wert von insgesamt 5 Milliarden Euro "
     "geleistet. Am Dienstag kam ein 19. Paket über 1 Milliarde Euro hinzu.",
     {("SE", MONEY, D, 5_000_000_000), ("SE", MONEY, P, 1_000_000_000)}),
    ("fr", "Ottawa renonce à ses blindés pour Kiev",
     "OTTAWA (AFP) - Le Canada a abandonné son projet de livrer 20 véhicules blindés à l'Ukraine, mais enverra "
     "une dizaine de drones, a indiqué mardi le ministère de la Défense.",
     {("CA", ARMOUR, R, 20), ("CA", "drones", P, 10)}),
]

# What the held-out batch's one run left (strict xfails), filled in after it. The run (2026-12-05, this
# round's code with every fix above) read 8 of 8 right (main's code at 89f3ea1: 2 of 8).
HELD_OUT_LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "title", "text", "expected"), left_as_xfails(HELD_OUT, HELD_OUT_LEFT))
def test_round_35_held_out_articles_give_their_labelled_records(lang: str, title: str, text: str, expected: set):
    assert figures(text, lang, title=title) == expected
