"""A round of wire copy for review 51's STATUS and FIGURE causes (b1-b10 of the prober's list), each in
sentences written for these tests in other words than the probe's (none taken from it nor from the
real-article set), in English, French and German where the form exists in each, labelled by hand as
(donor, category, status, figure).

The causes, as read on main (18c66be):
- a sum split between Ukraine and other recipients ("$41 billion for Ukraine, $22 billion for Israel",
  or "zusammen 2,3 Milliarden ... Davon entfallen 2,2 Milliarden Euro auf die Ukraine") gave the whole
  told before the shares, or the other recipients' money, as Ukraine's;
- money refilling the donor's own stocks ("will replenish Pentagon stocks") was read as money given;
- an English participle after the thing ("tanks promised in the spring were handed over") won over
  the main verb after it;
- a German receiving verb with its modal after it ("die ... vier Systeme erhalten soll") was a receipt;
- a German request with an adverb between the one asked and "um" ("hat Deutschland erneut um ...
  gebeten") named no one asked;
- a list handed to envoys ("handed to U.S. envoys", "remise aux émissaires américains") was a
  delivery of the things it names by the envoys' country, over the refusal told after them;
- a request to a donor for more ("a demandé à la France de livrer davantage de Mirage") was dropped
  beside that donor's older promise of the kind, as if it were the promise told with caution;
- a motion urging the government, voted down ("Antrag ..., der die Bundesregierung auffordert, ...
  zu liefern, wurde ... abgelehnt"), was the government's refusal: the probe labels it discussed, as
  adopting such a motion is (a chamber declining to urge decides nothing; a binding bill voted down
  would be a refusal, and is left one).
Left: "the last of them" delivered beside the promise of the same things (b3's second form), a
correction telling its right figure inside the note (b9), and "half a million" (b5: read right it
joins two reports of the real set in one story, `score_stories --dates today` pairP 1.00 to 0.96).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, P, R, X
from tests.support.wire_reading import figures

ARTICLES = [
    # b1: only Ukraine's share of a sum split between recipients, whichever comes first
    ("en", "WASHINGTON (Wire) - The U.S. Congress approved a $90 billion defence bill that provides $50 billion "
     "for Ukraine, $25 billion for Israel and $15 billion for Taiwan.",
     {("US", MONEY, P, 50_000_000_000)}),
    ("en", "The United States pledged $14 billion for Israel and $48 billion for Ukraine in the new law.",
     {("US", MONEY, P, 48_000_000_000)}),
    ("fr", "PARIS (Agence) - La France débloque 420 millions d'euros, dont 350 millions pour l'Ukraine et 70 "
     "millions pour la Moldavie.",
     {("FR", MONEY, P, 350_000_000)}),
    ("de", "BERLIN (Agentur) - Deutschland sagte 900 Millionen Euro zu, davon 700 Millionen Euro für die "
     "Ukraine und 200 Millionen Euro für die Republik Moldau.",
     {("DE", MONEY, P, 700_000_000)}),
    # b1: Ukraine's share of a whole, told in the next sentence
    ("en", "WASHINGTON (Wire) - The United States approved a $60 billion package for Ukraine and Israel. Of "
     "this, $45 billion goes to Ukraine.",
     {("US", MONEY, P, 45_000_000_000)}),
    ("fr", "PARIS (Agence) - La France débloque 350 millions d'euros pour l'Ukraine et la Moldavie. Sur ce "
     "montant, 300 millions reviennent à l'Ukraine.",
     {("FR", MONEY, P, 300_000_000)}),
    ("de", "BERLIN (Agentur) - Die Bundesregierung stellt der Ukraine und der Republik Moldau zusammen 1,8 "
     "Milliarden Euro bereit. Davon gehen 1,5 Milliarden Euro an die Ukraine.",
     {("DE", MONEY, P, 1_500_000_000)}),
    # b2: money refilling the donor's own stocks is no gift; refilling Ukraine's is
    ("en", "WASHINGTON (Wire) - The United States will give Ukraine $6 billion in weapons, while $4 billion "
     "will replenish U.S. Army stocks of the arms sent so far.",
     {("US", MONEY, P, 6_000_000_000)}),
    ("fr", "PARIS (Agence) - La France consacrera 150 millions d'euros à reconstituer ses propres stocks après "
     "les cessions à l'Ukraine.",
     set()),
    # b3: a participle after the thing describes it; the main verb after it is the news
    ("en", "LONDON (Wire) - Britain will send Ukraine more drones. Eight Challenger 2 tanks pledged last year "
     "were handed over in May, the ministry said.",
     {("GB", "drones", P, None), ("GB", "tanks", D, 8)}),
    ("en", "OSLO (Wire) - Norway pledged NASAMS launchers in March. The 14 armoured vehicles promised in "
     "January arrived in Ukraine last week, the ministry said.",
     {("NO", AIR, P, None), ("NO", "armoured_vehicles", D, 14)}),
    # b6: the German modal after the receiving verb
    ("de", "BERLIN (Agentur) - Das Ministerium teilte mit, dass die Ukraine von Deutschland sechs weitere "
     "IRIS-T-Systeme erhalten soll.",
     {("DE", AIR, P, 6)}),
    ("de", "BERLIN (Agentur) - Die Ukraine, die von Deutschland zwei Patriot-Systeme erhalten könnte, wartet "
     "auf eine Entscheidung.",
     {("DE", AIR, X, 2)}),
    # b8: the one asked, an adverb between it and "um"
    ("de", "KIEW (Agentur) - Selenskyj hat Frankreich erneut um weitere SAMP/T-Systeme gebeten.",
     {("FR", AIR, X, None)}),
    ("de", "KIEW (Agentur) - Die Ukraine hat Schweden bereits im Sommer um Gripen-Kampfjets gebeten.",
     {("SE", "aircraft", X, None)}),
    # b4: a paper handed to envoys or officials is no delivery; the refusal after it is read
    ("en", "WASHINGTON (Wire) - Ukraine's shopping list, handed to U.S. officials last week, also includes ATACMS "
     "missiles, which Washington has so far refused to send.",
     {("US", "missiles", R, None)}),
    ("en", "KYIV (Wire) - The list of weapons Kyiv wants, handed to British envoys on Monday, also includes Storm "
     "Shadow missiles, which London has declined to supply.",
     {("GB", "missiles", R, None)}),
    ("fr", "KIEV (Agence) - La liste ukrainienne, remise aux émissaires américains mardi, comprend des missiles "
     "Tomahawk, que Washington refuse toujours de fournir.",
     {("US", "missiles", R, None)}),
    # b7: a request to a donor for more stays beside that donor's older promise of the kind
    ("fr", "KIEV (Agence) - Kiev réclame davantage de Mirage à la France. Paris a promis six Mirage en 2025.",
     {("FR", "aircraft", X, None), ("FR", "aircraft", P, 6)}),
    ("en", "KYIV (Wire) - Zelensky urged Britain to send more Storm Shadow missiles. Britain pledged Storm Shadow "
     "missiles in May.",
     {("GB", "missiles", X, None), ("GB", "missiles", P, None)}),
    ("de", "KIEW (Agentur) - Selenskyj hat Frankreich erneut um weitere Mirage gebeten. Paris hatte sechs Mirage "
     "zugesagt.",
     {("FR", "aircraft", X, None), ("FR", "aircraft", P, 6)}),
    # b10: a motion urging the government, voted down, leaves the giving under discussion
    ("de", "BERLIN (Agentur) - Der Bundestag hat einen Antrag der Union abgelehnt, der die Regierung auffordert, "
     "Taurus-Marschflugkörper an die Ukraine zu liefern.",
     {("DE", "missiles", X, None)}),
    ("en", "BERLIN (Wire) - The German parliament rejected a motion calling on the government to deliver Taurus "
     "missiles to Ukraine.",
     {("DE", "missiles", X, None)}),
    ("fr", "PARIS (Agence) - L'Assemblée nationale a rejeté une résolution invitant le gouvernement à livrer des "
     "missiles SCALP à l'Ukraine.",
     {("FR", "missiles", X, None)}),
]

# Ordinary copy the same changes must not misread, and forms of the same causes main read right
# already (they must stay so).
NEGATIVES = [
    ("fr", "La France a promis 250 millions d'euros à l'Ukraine et 60 millions à la Moldavie.",
     {("FR", MONEY, P, 250_000_000)}),
    ("de", "BERLIN (Agentur) - Deutschland stellt der Ukraine 400 Millionen Euro bereit; weitere 250 Millionen "
     "Euro sollen die Bestände der Bundeswehr auffüllen.",
     {("DE", MONEY, P, 400_000_000)}),
    ("de", "BERLIN (Agentur) - Die Ukraine, die von Deutschland zwei Patriot-Systeme bekommen soll, bittet um "
     "mehr Munition.",
     {("DE", AIR, P, 2)}),
    # one recipient, or the share of a package told with its total: as before
    ("en", "Germany pledged a 2 billion euro package for Ukraine, including 400 million euros for drones.",
     {("DE", MONEY, P, 2_000_000_000), ("DE", "drones", P, None)}),
    ("en", "Germany pledged 500 million euros for Ukraine in May, after 300 million in March.",
     {("DE", MONEY, P, 500_000_000)}),
    # a system's name or a scheme after "for"/"to" is no other recipient
    ("en", "Germany will give $300 million for Ukraine and $200 million for Patriot interceptors.",
     {("DE", MONEY, P, 300_000_000), ("DE", AIR, P, 200_000_000)}),
    ("en", "Denmark will pay 100 million euros to the Czech-led initiative and 50 million euros for Ukraine's "
     "drone makers.",
     {("DK", MONEY, P, 100_000_000), ("DK", "drones", P, 50_000_000)}),
    # a share of the whole for a purpose, not a recipient, leaves the whole
    ("en", "Germany pledged 2 billion euros for Ukraine. Of this, 500 million euros will go to air defence.",
     {("DE", MONEY, P, 2_000_000_000)}),
    ("de", "Deutschland stellt der Ukraine 2 Milliarden Euro bereit. Davon sollen 500 Millionen Euro in die "
     "Beschaffung von Drohnen fließen.",
     {("DE", MONEY, P, 2_000_000_000), ("DE", "drones", P, None)}),
    ("de", "BERLIN (Agentur) - Der Bundestag hat 2 Milliarden Euro für die Ukraine freigegeben. Davon sind 700 "
     "Millionen Euro für weitere IRIS-T-Flugkörper für Kiew vorgesehen.",
     {("DE", MONEY, P, 2_000_000_000), ("DE", AIR, P, None)}),
    # Ukraine's own stocks refilled, and the refill beside Ukraine's purpose, are aid
    ("en", "OSLO (Wire) - Norway will provide 700 million crowns to replenish IRIS-T missiles for Ukraine.",
     {("NO", AIR, P, 700_000_000)}),
    ("en", "The US pledged $2 billion to help Ukraine and replenish its stocks.",
     {("US", MONEY, P, 2_000_000_000)}),
    ("fr", "La Belgique va verser 80 millions d'euros pour reconstituer les stocks d'obus de l'armée "
     "ukrainienne.",
     {("BE", AMMO, P, 80_000_000)}),
    # a finite verb, or a clause opened after it, keeps the promise the news
    ("en", "Britain pledged 12 Challenger 2 tanks to Ukraine as Russian strikes were intensifying.",
     {("GB", "tanks", P, 12)}),
    ("en", "Britain has pledged 12 Challenger 2 tanks to Ukraine that were taken from its reserves.",
     {("GB", "tanks", P, 12)}),
    # "a million" stays a million; received, the German perfect stays a receipt
    ("de", "Deutschland wird der Ukraine eine Million Granaten liefern.",
     {("DE", AMMO, P, 1_000_000)}),
    ("de", "BERLIN (Agentur) - Das Ministerium teilte mit, dass die Ukraine von Deutschland sechs weitere "
     "IRIS-T-Systeme erhalten hat.",
     {("DE", AIR, D, 6)}),
    # asked in a place, not the place asked
    ("de", "KIEW (Agentur) - Selenskyj hat in Paris erneut um weitere SAMP/T-Systeme gebeten.",
     set()),
    # a handover to Ukraine stays a delivery; a request handed over with no "also" was read right
    ("en", "LONDON (Wire) - Ukraine's request, handed to British officials on Monday, also names Storm Shadow "
     "missiles, which London has so far refused to supply.",
     {("GB", "missiles", R, None)}),
    ("en", "Germany handed over to Ukraine two IRIS-T systems.", {("DE", AIR, D, 2)}),
    ("fr", "La France a remis aux forces ukrainiennes six canons Caesar.", {("FR", "artillery", D, 6)}),
    # the promise told with caution is still one plan; a journalist's question asks for nothing
    ("fr", "La France va livrer six Mirage à l'Ukraine. Elle pourrait en livrer davantage.",
     {("FR", "aircraft", P, 6)}),
    ("en", "Germany will send IRIS-T systems to Ukraine. When asked about more, the minister said Germany was "
     "considering more IRIS-T systems.",
     {("DE", AIR, P, None)}),
    # the government's own refusal, and calls rejected, stay refusals
    ("de", "Deutschland lehnt die Lieferung von Taurus-Marschflugkörpern an die Ukraine ab.",
     {("DE", "missiles", R, None)}),
    ("en", "Germany rejected calls to deliver Taurus missiles to Ukraine.", {("DE", "missiles", R, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLES)
def test_status_and_figure_causes_of_review_51(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVES)
def test_ordinary_copy_is_read_as_before(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
