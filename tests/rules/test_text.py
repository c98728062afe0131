"""Text normalisation and sentence splitting shared by rules, stories and pledges."""

from bot.core.text import fold, sentences


def test_fold_removes_case_and_accents():
    assert fold("Défense") == fold("DEFENSE") == "defense"
    assert fold("Œuvre Straße") == "oeuvre strasse"


def test_sentences_do_not_break_at_abbreviations_ordinals_initials_or_colons():
    text = ("Berlin liefert für 2,5 Mrd. Euro Waffen. Am 24. Februar kam es an. "
            "U.S. officials said: more. M. Macron a dit. It was 2023. Next one!\nNew line")
    assert sentences(text) == [
        "Berlin liefert für 2,5 Mrd. Euro Waffen.", "Am 24. Februar kam es an.", "U.S. officials said: more.",
        "M. Macron a dit.", "It was 2023.", "Next one!", "New line",
    ]


def test_a_system_name_ending_in_one_letter_ends_a_sentence():
    # "IRIS-T." and "SAMP/T." are no initials
    assert sentences("Berlin a livré un IRIS-T. Le quatrième suivra. Rome envoie un SAMP/T. Paris aussi.") == [
        "Berlin a livré un IRIS-T.", "Le quatrième suivra.", "Rome envoie un SAMP/T.", "Paris aussi.",
    ]


def test_a_letter_after_a_lower_case_word_ends_a_sentence_before_a_sentence_opener():
    # "on X." names the platform, no initial: the next sentence is one of its own (review 42)
    assert sentences("The jets arrived, he said in a post on X. The remaining aircraft will follow.") == [
        "The jets arrived, he said in a post on X.", "The remaining aircraft will follow.",
    ]
    assert sentences("Livrés, a écrit le ministre sur X. Les autres suivront. Selon lui, 12 sur X. 20 de plus.") == [
        "Livrés, a écrit le ministre sur X.", "Les autres suivront.", "Selon lui, 12 sur X.", "20 de plus.",
    ]
    assert sentences("Geliefert, schrieb er auf X. Weitere zehn folgen.") == ["Geliefert, schrieb er auf X.",
                                                                          "Weitere zehn folgen."]
    # ... while initials before a name stay in their sentence
    assert sentences("a dit M. Le Maire. Il a dit. Said John F. Kennedy. The end.") == [
        "a dit M. Le Maire.", "Il a dit.", "Said John F. Kennedy.", "The end.",
    ]


def test_the_fold_tables_stay_bounded_whatever_characters_feeds_send():
    # Feed text is anyone's: a feed serving every code point in turn grew the tables that
    # fold() and fold_aligned() fill on first sight to 1.1 M entries each (~360 MiB for
    # the life of the process). Past their limit they fold without remembering.
    from bot.core import text as text_module
    from bot.core.pledges.quantities import numbers

    unaccented, aligned = text_module._UNACCENTED, numbers._FOLD_TABLE
    kept = dict(unaccented), dict(aligned)
    try:
        unaccented.clear()
        aligned.clear()
        many = "".join(map(chr, range(0x20000, 0x20000 + 70_000)))
        for start in range(0, len(many), 5_000):
            chunk = many[start : start + 5_000]
            text_module.fold(chunk)
            assert len(numbers.fold_aligned(chunk)) == len(chunk)
        assert len(unaccented) <= 65_536 and len(aligned) <= 65_536
        # ... and a character met after the limit still folds right.
        assert text_module.fold("Ærø Č") == "aero c" and numbers.fold_aligned("Č’") == "c'"
    finally:  # the tables as other tests left them
        for table, before in zip((unaccented, aligned), kept):
            table.clear()
            table.update(before)


def test_folded_runs_are_remembered_within_bounds_and_fold_as_each_character():
    # fold_aligned remembers each run of non-ASCII characters it folded (articles repeat
    # "é", "ü", "’" dozens of times): a run met again, or met after the store started
    # afresh, folds as its characters do one by one, and the store stays bounded.
    from bot.core.pledges.quantities import numbers

    runs, kept = numbers._FOLDED_RUNS, dict(numbers._FOLDED_RUNS)
    letters = [chr(code) for code in range(0x100, 0x100 + 300)]
    pairs = [a + b for a in letters for b in letters]  # 90,000 distinct runs of two

    def one_by_one(text: str) -> str:
        return "".join(numbers._FOLD_TABLE[ord(c)] if not c.isascii() else c for c in text).lower()

    try:
        runs.clear()
        for start in range(0, len(pairs), 5_000):
            text = " ".join(pairs[start : start + 5_000]) + " Ærø, Ærø’s"
            assert numbers.fold_aligned(text) == one_by_one(text)
            assert numbers.fold_aligned(text) == one_by_one(text)  # the runs remembered
            assert len(runs) <= numbers._FoldedRuns.LIMIT
        assert len(runs) < len(pairs)  # it started afresh on the way
    finally:  # the store as other tests left it
        runs.clear()
        runs.update(kept)
