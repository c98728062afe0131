"""Rules: the rule language and validation (language), its parser (syntax), the compiler
and evaluator (engine), rule files (files), named word lists (word_lists) and the lemma
tables (lexicon). Importing the package loads none of them."""
