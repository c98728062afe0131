"""The analysis (`Analyzer.analyze`: rules and pledges) of the two seed articles,
checked against pledges labelled by hand (tests/data/analysis_expected.jsonl), and of
a few pathological texts, checked for what any answer must satisfy.

The expectation file says what the seed texts really support, read by a person under
the labelling rules of the real-article set (../shared/eval/README.md): `pledges` must
all be found, `tolerated` are defensible readings that are neither required nor
wrong, and `never` are readings the text contradicts (a refusal where the text says
"no decision", Ukraine as a donor). It replaced a file that pinned the old code's own
answers, wrong ones included (issue 14 item 6): nothing here was copied from the
extractor's output. `donor` lists the codes that each satisfy a label ("NATO allies"),
`category` may list several, "*" matches anything.

The pathological texts (thousands of NEAR matches, a sentence thousands of words long,
many amounts) must not crash, must give a bounded output and the same answer twice.
"""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyzer
from bot.core.models import Pledge
from bot.core.pledges.extract import extract_pledges
from bot.core.text import sentences
from tests.support.seed_labels import DATA, analyzer, labels, seed_forms

# Share of the seeds' records that are labelled or tolerated (a ratchet: measured 1.0
# when the labels were written, 0.9 on seed 000 until round 13 read "les munitions pour
# les armements fournis" as the weapons given; the extractor may not fall below this).
MIN_SEED_PRECISION = 1.0


def _mixed(count: int) -> str:
    """Words of aid news in a fixed pseudo-random order (a plain LCG: the same on
    every Python), rarely a full stop: NEAR matches by the thousand, many spellings."""
    vocabulary = (
        "tank tanks Tank TANKS send sends sent deliver delivers supply Ukraine Kyiv Ukrainian Leopard Leopards "
        "Patriot Patriots IRIS-T air defence missiles livrer livraisons chars Panzer Panzern liefern l'Ukraine "
        "munitions munition think fuel weapons arms aid military package 14 155mm shells "
        "F-16 jets pledged will could refused Militärhilfe Kampfpanzer Gepard Marder HIMARS"
    ).split()
    state, words = 12345, []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2**31
        words.append(vocabulary[state % len(vocabulary)])
        if state % 97 == 0:
            words[-1] += "."
    return " ".join(words)


# Texts that push the limits the evaluation sets never reach: more than 1,000 NEAR
# matches (the cap), one sentence thousands of words long, many amounts.
STRESS = {
    "mixed": _mixed(3000),
    "near-cap": "tank send Ukraine " * 400,
    "long-names": "Leopard 2 tanks will be sent to Ukraine, Germany said. " * 60,
    "one-sentence": "Ukraine " * 2000 + "tank send",
    "amounts": " ".join(
        f"Germany will send {n} Leopard 2 tanks worth €{n}.5 million and $ {n},000 to Ukraine;"
        for n in range(1, 40)
    ),
}


@pytest.fixture(scope="module")
def built() -> Analyzer:
    return analyzer()


def _fits(label: dict, pledge: Pledge) -> bool:
    def one(wanted, value) -> bool:
        if wanted == "*":
            return True
        return value in wanted if isinstance(wanted, list) else value == wanted

    return one(label["donor"], pledge.donor) and one(label["category"], pledge.category) and one(
        label["status"], pledge.status
    )


def test_every_seed_is_labelled() -> None:
    assert sorted(label["seed"] for label in labels()) == sorted(p.stem for p in (DATA / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    "form", [form for label in labels() for form in seed_forms(label)], ids=lambda form: form[0]
)
def test_seed_pledges_match_the_hand_labels(built, form) -> None:
    name, title, body, lang = form
    label = next(lab for lab in labels() if name.startswith(lab["seed"]))
    verdict = built.analyze(title, body, lang)
    assert verdict.relevant is label["relevant"]
    found = list(verdict.pledges)
    missing = [lab for lab in label["pledges"] if not any(_fits(lab, p) for p in found)]
    assert not missing, f"{name}: labelled pledges not found: {missing}\nfound: {found}"
    wrong = [p for p in found if any(_fits(lab, p) for lab in label["never"])]
    assert not wrong, f"{name}: readings the text contradicts: {wrong}"
    allowed = label["pledges"] + label["tolerated"]
    right = [p for p in found if any(_fits(lab, p) for lab in allowed)]
    assert len(right) / len(found) >= MIN_SEED_PRECISION, f"{name}: unlabelled records: {set(found) - set(right)}"


def test_labels_use_the_vocabulary() -> None:
    statuses = {"pledged", "delivered", "discussed", "refused", "production", "*"}
    for label in labels():
        for lab in label["pledges"] + label["tolerated"] + label["never"]:
            assert lab["status"] in statuses, lab
            assert lab["donor"] == "*" or isinstance(lab["donor"], list), lab


@pytest.mark.parametrize("name", sorted(STRESS))
def test_pathological_text_gives_a_bounded_answer(built, name) -> None:
    text = STRESS[name]
    verdict = built.analyze("", text, None)
    pledges = extract_pledges(text, entities=built.entities)
    # At most one record per donor, category, status and system, so never more than
    # a few per sentence, and every record quotes at most its own sentence.
    longest = max(len(s) for s in sentences(text))
    assert len(pledges) <= 10 * len(sentences(text))
    assert all(len(p.evidence) <= longest for p in pledges)
    assert len(set(pledges)) == len(pledges)
    assert {p.donor for p in pledges}.isdisjoint({"UA", "RU", "BY"})
    # Word caches, the last text's sentences and names: nothing carries over.
    assert built.analyze("", text, None) == verdict
    assert extract_pledges(text, entities=built.entities) == pledges
