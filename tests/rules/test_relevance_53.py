"""Relevance, round 53: two conditions of round 52's rules read by the sentence that fired the rule, not by the whole
article, and the farmers of humanitarian demining told in a sentence of their own. Every item is invented for this
file (none is taken from the real-article set); each was labelled by hand before the rules were changed, following
../shared/eval/README.md (humanitarian aid is a look-alike; military financing is aid).

- Money a donor has transferred for weapons, in a roundup whose other sentence tells budget support paid to Ukraine
  by someone else: the budget support no longer hides the transfer (it did anywhere in the article). Budget support
  told in the transfer's own sentence still gets nothing (tests/rules/test_relevance_52.py).
- Demining machines for farmers, in an article whose other sentence tells the army demining at the front: the trap
  for humanitarian demining still fires (the front line named anywhere lifted it). Machines for the army, with
  farmers waiting for their fields in another sentence, stay aid: the army named in the demining's sentence lifts it.
- Demining machines a government offers, the farmers they are for told in the next sentence ("Elles permettront aux
  agriculteurs de cultiver leurs champs"): humanitarian demining, not aid; the trap read the farmers only beside the
  demining word.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, fired, read

HUMANITARIAN_DEMINING_TRAP = "Humanitarian demining"
TRANSFER_RULE = "Money a donor has transferred to Ukraine"

# (lang, headline, lead, relevant)
TRANSFERS_BESIDE_BUDGET_SUPPORT = [
    ("en", "Norway has transferred $250 million to Ukraine",
     "The money will go to air-defence interceptors and artillery shells, the defence ministry in Oslo said. The "
     "European Commission, for its part, has disbursed EUR 4 billion in budget support to Ukraine for pensions.",
     True),
    ("fr", "La Norvège a versé 250 millions d'euros à Kiev",
     "L'argent servira à des obus d'artillerie et des missiles antiaériens, selon Oslo. De son côté, la Commission "
     "européenne a versé 4 milliards d'euros de soutien budgétaire à l'Ukraine pour les retraites.",
     True),
    ("de", "Niederlande überweisen Kiew 300 Millionen Euro",
     "Das Geld ist für Artilleriemunition und Drohnenabwehr der ukrainischen Armee bestimmt, teilte Den Haag mit. Die "
     "EU-Kommission zahlte der Ukraine zudem 4 Milliarden Euro Budgethilfe für Renten aus.",
     True),
]

DEMINING_BY_SENTENCE = [
    # The gift is for farmers; the army's demining at the front is another sentence's news.
    ("en", "Japan donates 20 demining machines to Ukraine",
     "Tokyo will give Ukraine 20 demining machines so that farmers can sow farmland in the Kharkiv region again. "
     "Ukraine's army says demining along the front line will take decades.",
     False),
    ("fr", "Le Japon offre 20 machines de déminage à l'Ukraine",
     "Tokyo donnera à l'Ukraine 20 machines de déminage pour que les agriculteurs puissent de nouveau semer leurs "
     "terres agricoles. Selon l'armée ukrainienne, le déminage de la ligne de front prendra des décennies.",
     False),
    ("de", "Japan schenkt der Ukraine 20 Minenräummaschinen",
     "Tokio gibt der Ukraine 20 Minenräummaschinen, damit Landwirte ihre Ackerflächen bei Charkiw wieder bestellen "
     "können. Die Minenräumung an der Front werde Jahrzehnte dauern, teilte die ukrainische Armee mit.",
     False),
    # The gift is for the army; farmers waiting for their fields are another sentence's news.
    ("en", "Sweden gives Ukraine's army 30 armoured mine-clearing vehicles",
     "Stockholm will hand the Ukrainian army 30 armoured mine-clearing vehicles for its engineers, the defence "
     "minister said. Farmers near Kharkiv have waited two years for their fields to be cleared.",
     True),
    ("de", "Schweden liefert der ukrainischen Armee 30 Minenräumpanzer",
     "Stockholm übergibt der ukrainischen Armee 30 gepanzerte Minenräumfahrzeuge für ihre Pioniere, sagte der "
     "Verteidigungsminister. Landwirte bei Charkiw warten seit zwei Jahren darauf, dass ihre Felder geräumt werden.",
     True),
]

FARMERS_IN_THE_NEXT_SENTENCE = [
    ("fr", "La Suisse offre des machines de déminage à l'Ukraine",
     "Berne livrera dix machines de déminage à Kiev d'ici l'été. Elles permettront aux agriculteurs de la région de "
     "Kharkiv de cultiver à nouveau leurs champs.",
     False),
    ("en", "Switzerland gives Ukraine ten demining machines",
     "Bern will deliver ten demining machines to Kyiv by the summer. They will let farmers in the Kharkiv region sow "
     "their fields again.",
     False),
    ("de", "Schweiz schenkt der Ukraine zehn Minenräummaschinen",
     "Bern liefert Kiew bis zum Sommer zehn Minenräummaschinen. Damit sollen Landwirte in der Region Charkiw ihre "
     "Felder wieder bestellen können.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"),
                         TRANSFERS_BESIDE_BUDGET_SUPPORT + DEMINING_BY_SENTENCE + FARMERS_IN_THE_NEXT_SENTENCE)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), TRANSFERS_BESIDE_BUDGET_SUPPORT)
def test_budget_support_in_another_sentence_leaves_the_transfer(defaults: RuleSet, lang, headline, lead, relevant):
    assert fired(read(defaults, headline, lead), TRANSFER_RULE)


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), DEMINING_BY_SENTENCE + FARMERS_IN_THE_NEXT_SENTENCE)
def test_the_trap_follows_the_sentence_that_tells_the_demining(defaults: RuleSet, lang, headline, lead, relevant):
    # The trap fires exactly on the look-alikes: a relevant item's army lifts it, a look-alike's front line does not.
    assert fired(read(defaults, headline, lead), HUMANITARIAN_DEMINING_TRAP) is not relevant
