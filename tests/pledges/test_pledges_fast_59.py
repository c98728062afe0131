"""Stop 59's shortcuts give the answers of the plain way (issue 15): `non_givers.not_a_giver` asks a
check nothing in an article that holds none of the words the check's patterns need (the article
gate's set, read once an article: `LazyPattern.absent_from_article`), instead of asking each of its
~19 checks for each donor word; and five steps run once an article (its polls, campaign promises,
correction notes, slogans, schemes named again) search no sentence or donor of an article without
their patterns' words. A check or search left out is one that could only have answered no; the tests
below check that every check answering yes for a donor is one the article lets not_a_giver ask (its
declared patterns complete), and compare not_a_giver with every check asked, on sentences where each
check answers yes through each of its branches, on texts drawn from the checks' own words, and on the
project's labelled texts;
the five steps on the declared article and on a copy of it (which the gate cannot tell: every
sentence searched); and check that what is left out is left out. (The sentences are invented.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.pledges.donors import non_givers, schemes
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.pledges.special_pieces import campaign_promises, correction_notes, slogans
from bot.core.text import lazy_pattern, sentence_spans
from bot.core.text.lazy_pattern import gate_text, lazy, literals_of_every_match

_ITEMS = Path(__file__).parents[1] / "data" / "eval_items.jsonl"
_ENTITIES = load_entities()


class _EveryCheck:
    names = frozenset(non_givers._CHECKS.needs)

    def that_may_answer(self, folded: str) -> frozenset[str]:
        return self.names


def _plain_not_a_giver(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    # the function as written before stop 59: every check asked for every donor
    shortcut = non_givers._CHECKS
    non_givers._CHECKS = _EveryCheck()  # type: ignore[assignment]
    try:
        return non_givers.not_a_giver(full, folded, donor)
    finally:
        non_givers._CHECKS = shortcut


def _answers(full: str, donors: list[tuple[str, int, int]]) -> list[tuple[bool, bool]]:
    folded = fold_aligned(full)
    gate_text(folded)  # (as extract_pledges declares it: the checks are skipped only on it)
    return [(non_givers.not_a_giver(full, folded, d), _plain_not_a_giver(full, folded, d)) for d in donors]


def _donor(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return ("DONOR", start, start + len(word))


def test_a_lazy_pattern_tells_an_article_without_its_literals(monkeypatch) -> None:
    pattern = lazy(r"\b(?:led|run) by zqxtheir\b")
    article = "the tanks were sent by poland on monday"
    gate_text(article)
    pattern.absent_from_article(article)  # (its words become the gate's literals ...)
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (... which the set, built again, looks for)
    gate_text(article)
    assert pattern.absent_from_article(article)
    assert not pattern.absent_from_article(article + "!")  # another string: the gate cannot tell
    with_words = article + ", a scheme led by zqxtheir allies"
    gate_text(with_words)
    assert not pattern.absent_from_article(with_words)
    nameless = lazy(r"\w+\s+\d+")  # (its parse tree names no literal: it can never tell)
    assert literals_of_every_match(nameless.pattern) is None
    gate_text(article)
    assert not nameless.absent_from_article(article)


# Each check of not_a_giver as it asks it (the patterns' own checks written out)
_CHECK_CALLS = {
    "maker": lambda full, folded, d: non_givers.names_a_maker(folded, d),
    "industry": lambda full, folded, d: non_givers.names_an_industry(folded, d[1], d[2]),
    "compared": lambda full, folded, d: non_givers.compared(folded, d[1], d[2]),
    "base": lambda full, folded, d: bool(non_givers.PLACE_AFTER.match(folded[d[2] : d[2] + 24])),
    "border": lambda full, folded, d: non_givers.at_a_border(folded, d[1], d[2]),
    "member": lambda full, folded, d: bool(
        non_givers._MEMBER_AFTER.match(folded[d[2] : d[2] + 16])
        or non_givers._MEMBER_BEFORE.search(folded, max(0, d[1] - 24), d[1])
    ),
    "welcomes": lambda full, folded, d: non_givers.welcomes_after(folded, d[2]),
    "request": lambda full, folded, d: bool(non_givers._REQUEST_FOR_THINGS_AFTER.match(folded, d[2])),
    "customers": lambda full, folded, d: bool(
        non_givers._CUSTOMERS_AFTER.match(folded, d[2]) or non_givers._CUSTOMERS_BEFORE.search(folded, max(0, d[1] - 16), d[1])
    ),
    "relative": lambda full, folded, d: non_givers._in_relative_clause(folded, d[1]),
    "bought once": lambda full, folded, d: non_givers._bought_them_once(folded, d[1], d[2]),
    "owns a scheme": lambda full, folded, d: non_givers.owns_a_scheme(folded, d[1], d[2]),
    "fund": lambda full, folded, d: non_givers.paid_into_a_fund(folded, d[1], d[2]),
    "leads a scheme": lambda full, folded, d: non_givers.leads_a_scheme(folded, d[1], d[2]),
    "weapons": lambda full, folded, d: non_givers.origin_of_weapons(folded, d[1], d[2]),
    "bought where": lambda full, folded, d: non_givers.where_bought(folded, d[1], d[2]),
    "chair": lambda full, folded, d: non_givers.chairs_a_meeting(full, folded, d[1], d[2]),
    "meeting or leading": lambda full, folded, d: bool(
        non_givers.MEETING_OF_BEFORE.search(folded, max(0, d[1] - 40), d[1])
    ) or non_givers.led_in_a_clause(folded, d[1], d[2]),
    "ally": lambda full, folded, d: non_givers.names_the_givers_ally(folded, d[1]),
    "ally word": lambda full, folded, d: non_givers.is_the_apposition_s_ally_word(folded, d[1], d[2]),
    "capitals": lambda full, folded, d: non_givers.alliance_of_capitals(folded, d[1], d[2]),
    "conversion": lambda full, folded, d: non_givers.names_a_converted_currency(folded, d[1], d[2]),
    "loan share": lambda full, folded, d: non_givers.names_the_loan_shared(folded, d[0], d[1], d[2]),
}


def test_every_check_is_written_out() -> None:
    assert set(_CHECK_CALLS) == set(non_givers._CHECKS.needs)


def _checks_that_answer_yes(full: str, donor: tuple[str, int, int]) -> tuple[set[str], frozenset[str]]:
    """The checks that answer yes for the donor, and those the article lets not_a_giver ask."""
    folded = fold_aligned(full)
    gate_text(folded)
    yes = {name for name, check in _CHECK_CALLS.items() if check(full, folded, donor)}
    return yes, non_givers._CHECKS.that_may_answer(folded)


# (the check, the donor word, a sentence where the check answers yes through one of its branches)
_YES = [
    ("maker", "Poland", "The howitzers were Poland-made, officials said."),
    ("maker", "Germany", "The missiles, made in Germany, will reach Kyiv next month."),
    ("maker", "Norway", "The drones are built by a Norway firm for the army."),
    ("maker", "Norvege", "Les drones sont fabriques par une entreprise Norvege pour l'armee."),
    ("compared", "Poland", "Hungary refused to send tanks, unlike Poland."),
    ("compared", "Italy", "France has delivered more tanks to Ukraine than Italy this year."),
    ("compared", "US", "Europe overtakes US as the biggest donor."),
    ("base", "Ramstein", "Ministers met near the Ramstein air base on Friday."),
    ("border", "Polish", "The trucks were stuck on the Polish border for days."),
    ("border", "polonais", "Les camions attendent au point de passage polonais depuis lundi."),
    ("member", "NATO", "Sweden became the newest NATO member in March."),
    ("welcomes", "NATO", "NATO welcomed the delivery of the jets."),
    ("welcomes", "Rutte", "Rutte hat die Lieferung der ersten Jets am Montag begrusst."),
    ("request", "German", "Brazil declined a German request for tank ammunition."),
    ("relative", "Finland", "Sweden, which borders Finland, will send shells, and Denmark too."),
    ("bought once", "Brazil", "Ukraine will receive the Gepard guns that Brazil bought in 2013."),
    ("owns a scheme", "Czech", "Denmark paid into the Czech initiative for shells."),
    ("owns a scheme", "tcheque", "Le Danemark a verse 30 millions a l'initiative tcheque pour les obus."),
    ("owns a scheme", "NATO", "Norway agreed to pay $300 million into a NATO trust fund."),
    ("fund", "NATO", "Norway agreed to pay $300 million into a NATO trust fund."),
    ("fund", "Otan", "La Norvege versera 300 millions dans le fonds de l'Otan."),
    ("leads a scheme", "Latvia", "The drone coalition led by Latvia met in Riga."),
    ("leads a scheme", "Latvia", "The Latvia-led coalition will meet again."),
    ("weapons", "US", "Allies will pay for US weapons under the scheme."),
    ("weapons", "americaines", "Les allies paieront des armes americaines pour Kiev."),
    ("bought where", "USA", "Die Raketen sollen in den USA gekauft werden."),
    ("bought where", "United States", "The shells will be bought in the United States."),
    ("bought where", "American", "The Netherlands will pay to buy from American stocks for Kyiv."),
    ("bought where", "americains", "Les Pays-Bas vont acheter des obus aux stocks americains."),
    ("bought where", "US", "Berlin will buy US weapons for Kyiv."),
    ("chair", "Britain", "Co-chair Britain said the group would meet again."),
    ("chair", "Healey", "Defence minister John Healey, co-chair of the group, said allies would send more."),
    ("meeting or leading", "ALLIES", "At a meeting of the ALLIES in Brussels, ministers agreed."),
    ("meeting or leading", "ALLIES", "Britain, which leads the ALLIES, will send drones."),
    ("ally", "Washington", "Canada, a loyal ally of Washington, will send tanks."),
    ("ally word", "ALLIES", "Canada, a loyal ALLIES of Washington, will send tanks."),
    ("capitals", "NATO", "Oslo joined the NATO capitals sending weapons."),
]


@pytest.mark.parametrize("check, word, sentence", _YES)
def test_each_check_that_answers_yes_is_asked(check: str, word: str, sentence: str) -> None:
    code = word if word in ("ALLIES", "NATO") else "DONOR"
    donor = (code, sentence.index(word), sentence.index(word) + len(word))
    yes, may = _checks_that_answer_yes(sentence, donor)
    assert check in yes, sentence  # (the sentence is one where this check answers yes ...)
    assert yes <= may  # (... and not_a_giver may ask it, as every other check answering yes)
    [(shortcut, plain)] = _answers(sentence, [donor])
    assert shortcut == plain is True


def test_a_check_is_not_asked_in_an_article_without_its_words(monkeypatch) -> None:
    text = "Germany will send ten tanks to Ukraine next month."
    folded = fold_aligned(text)
    gate_text(folded)
    non_givers._CHECKS.that_may_answer(folded)  # (the checks' words numbered as the gate's literals ...)
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (... which the set, built again, looks for)
    folded = fold_aligned(text + " ")  # (a new article)
    gate_text(folded)
    left_out = {"bought where", "chair", "owns a scheme", "fund", "weapons", "request", "bought once"}
    assert not left_out & non_givers._CHECKS.that_may_answer(folded)

    def asked(*args):
        raise AssertionError("a check was asked in an article without its words")

    for name in ("where_bought", "chairs_a_meeting", "owns_a_scheme", "paid_into_a_fund", "origin_of_weapons",
                 "_bought_them_once"):
        monkeypatch.setattr(non_givers, name, asked)
    assert non_givers.not_a_giver(text, folded, _donor(text, "Germany")) is False


_PIECES = st.sampled_from(sorted(
    {literal for patterns in non_givers._CHECKS.needs.values() for pattern in patterns
     for literal in (literals_of_every_match(pattern.pattern, pattern.flags_given) or ())}
    | {"germany", "poland", "nato", "allies", "the ", "a ", "la ", "die ", ", ", ". ", " ", " ", "  ", "-", "'s",
       "which ", "qui ", "tanks", "sent", "x", "é"}
))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_not_a_giver_answers_as_when_every_check_is_asked(pieces: list[str]) -> None:
    text = " ".join(pieces)
    donors = [(m.group().upper(), m.start(), m.end()) for m in re.finditer(r"germany|poland|nato|allies", text)]
    for shortcut, plain in _answers(text, donors):
        assert shortcut == plain, text
    for donor in donors:
        yes, may = _checks_that_answer_yes(text, donor)
        assert yes <= may, text


def test_the_labelled_texts_read_as_when_every_check_is_asked() -> None:
    rows = [json.loads(line) for line in _ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    compared = 0
    for row in rows:
        full = f"{row['title']}\n\n{row['text']}"
        donors = _ENTITIES.find_donors(full)
        for shortcut, plain in _answers(full, donors):
            assert shortcut == plain, row["title"]
            compared += 1
        for donor in donors:
            yes, may = _checks_that_answer_yes(full, donor)
            assert yes <= may, row["title"]
    assert compared > 500


def _once_an_article_steps(folded: str, spans: list[tuple[int, int]], donors: list[tuple[str, int, int]]) -> list:
    return [
        campaign_promises.poll_sentences(folded, spans), campaign_promises.campaign_sentences(folded, spans),
        correction_notes.correction_note_sentences(folded, spans), slogans.slogan_sentences(folded, spans),
        schemes.scheme_mentions(folded, donors),
    ]


_STEPS_YES = [
    "In a new poll, 61% of those asked back more aid for Kyiv.",
    "Opposition leader Jane Doe promised to send jets if elected.",
    "Correction: an earlier version of this article misstated the number of tanks.",
    "Ten tanks arrived today. More to follow!",
    "The Czech-led initiative bought shells; the initiative will buy more.",
]


@pytest.mark.parametrize("text", [*_STEPS_YES, "Germany will send ten tanks to Ukraine next month."])
def test_the_steps_run_once_an_article_answer_as_on_every_sentence(text: str) -> None:
    folded = fold_aligned(text)
    spans = sentence_spans(text)
    donors = _ENTITIES.find_donors(text)
    copy = (folded + " ")[:-1]  # (equal, but not the declared article: every sentence searched)
    gate_text(folded)
    assert _once_an_article_steps(folded, spans, donors) == _once_an_article_steps(copy, spans, donors)


def test_the_labelled_texts_steps_answer_as_on_every_sentence() -> None:
    rows = [json.loads(line) for line in _ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        full = f"{row['title']}\n\n{row['text']}"
        folded, spans, donors = fold_aligned(full), sentence_spans(full), _ENTITIES.find_donors(full)
        gate_text(folded)
        assert _once_an_article_steps(folded, spans, donors) == _once_an_article_steps(
            (folded + " ")[:-1], spans, donors
        ), row["title"]


def test_no_sentence_is_searched_in_an_article_without_the_steps_words(monkeypatch) -> None:
    text = "Germany will send ten tanks to Ukraine next month."
    patterns = [(campaign_promises, "_POLL"), (campaign_promises, "_IF_ELECTED"),
                (campaign_promises, "_CAMPAIGN_PROMISE"), (correction_notes, "_EARLIER_VERSION"),
                (correction_notes, "_LABEL"), (slogans, "_SLOGAN"), (schemes, "_SCHEME_AFTER"),
                (schemes, "_SCHEME_BEFORE")]
    gate_text(fold_aligned(text))
    for module, name in patterns:  # (their words numbered as the gate's literals ...)
        getattr(module, name).absent_from_article(fold_aligned(text))
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (... which the set, built again, looks for)

    class NotSearched:
        def __init__(self, pattern):
            self.absent_from_article = pattern.absent_from_article

        def __getattr__(self, name):
            raise AssertionError(f"a sentence was searched ({name})")

    for module, name in patterns:
        monkeypatch.setattr(module, name, NotSearched(getattr(module, name)))
    folded = fold_aligned(text)
    gate_text(folded)
    spans = sentence_spans(text)
    assert _once_an_article_steps(folded, spans, [_donor(text, "Germany")]) == [set(), set(), set(), set(), []]
