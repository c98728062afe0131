"""The analyzer `pledgewatch analyze` uses where nothing has run yet: the rules file
named by the settings (else the shipped one), compiled straight from the file.

Where a database exists, its rules are the truth (admins edit them from chat) and
`analyze` uses those. Where none exists, opening one would create it in the current
folder and import the seed rules into it: a side effect nobody asked for when piping
articles through a command, and a slower start (sqlite-utils is not needed at all).
"""

from __future__ import annotations

from bot.adapters import ruleset_cache
from bot.adapters.lexicon_cache import DiskLexicon
from bot.config import Settings, load_entities, read_seed_rules
from bot.core.analysis import Analyzer
from bot.core.rules.files import load_rules_toml


def analyzer_from_rules_file(settings: Settings) -> Analyzer:
    rules, threshold = load_rules_toml(read_seed_rules(settings))
    entities = load_entities()
    ruleset = ruleset_cache.compile_rules(rules, threshold=threshold, entities=entities,
                                          lexicon=DiskLexicon.from_environment())
    return Analyzer(ruleset, entities)
