"""Relevance on real published news: the real-article set's own scorer (score_analyze.py)
run on this checkout, overall and per language.

Issue 11's goal is precision >= 0.98 and recall >= 0.98 overall, and >= 0.95 for both in
each language (en, fr, de). The thresholds below are a ratchet just under what the rules
reach today (measured: P 0.99, R 0.99; de 1.00/1.00, en 1.00/1.00, fr 0.97/0.97): raise
them when the rules improve, never lower them to let a change pass. The set is read at run
time from ../shared/eval/ and skipped, with the reason, when absent.
"""

from __future__ import annotations

import re

import pytest

from tests.support.real_eval import ScorerRun, run_scorer

MIN_PRECISION = 0.98
MIN_RECALL = 0.98
# language -> (precision, recall)
MIN_BY_LANGUAGE = {"de": (0.97, 0.97), "en": (0.97, 0.97), "fr": (0.96, 0.96)}

_LANGUAGE_FIGURES = re.compile(r"(\w+) P=([0-9.]+) R=([0-9.]+)")


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> ScorerRun:
    # `pledgewatch analyze` reads its rules from the database once one exists (it is the
    # truth after the first start): a fresh database makes it import this checkout's
    # config/rules.toml instead of rules left by an earlier run in the working directory.
    database = tmp_path_factory.mktemp("relevance") / "pledgewatch.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLEDGEWATCH_DB", str(database))
        return run_scorer("score_analyze.py", "--show", "40")


def by_language(run: ScorerRun) -> dict[str, tuple[float, float]]:
    line = next((line for line in run.output.splitlines() if line.startswith("by language:")), None)
    assert line is not None, f"the scorer printed no 'by language:' line\n{run.summary()}"
    return {lang: (float(p), float(r)) for lang, p, r in _LANGUAGE_FIGURES.findall(line)}


def test_relevance_precision_and_recall_on_real_news(scored: ScorerRun):
    figures = scored.figures
    assert figures["P"] >= MIN_PRECISION and figures["R"] >= MIN_RECALL, scored.summary()


@pytest.mark.parametrize("language", sorted(MIN_BY_LANGUAGE))
def test_relevance_per_language_on_real_news(scored: ScorerRun, language: str):
    figures = by_language(scored)
    assert language in figures, f"no figures for {language}\n{scored.summary()}"
    precision, recall = figures[language]
    min_precision, min_recall = MIN_BY_LANGUAGE[language]
    assert precision >= min_precision and recall >= min_recall, scored.summary()
