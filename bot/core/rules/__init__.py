"""Rules: the rule language and validation (language), its parser (syntax), the compiler
(compiler) into the nodes a text runs (nodes), the rule set that evaluates and explains
(engine), when two words match (match_keys), rule files (files), named word lists
(word_lists), the lemma tables (lexicon) and rule costs (cost). Importing the package
loads none of them."""
