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
from bot.config import Settings, load_entities, read_seed_rules, seed_rules_file
from bot.core.analysis import Analyzer
from bot.core.rules.files import load_rules_toml
from bot.errors import ConfigError, RuleError, naming_the_rules_file


def analyzer_from_rules_file(settings: Settings) -> Analyzer:
    entities = load_entities()
    try:
        rules, threshold = load_rules_toml(read_seed_rules(settings))
        ruleset = ruleset_cache.compile_rules(rules, threshold=threshold, entities=entities,
                                              lexicon=DiskLexicon.from_environment())
    except (ConfigError, RuleError) as exc:
        # Named as a first start names it: "rule #1 (c): ..." alone left the user to guess which file.
        if str(exc).startswith("rules: cannot read"):  # read_seed_rules names the file already
            raise
        raise naming_the_rules_file(exc, f"seed rules {seed_rules_file(settings)}") from None
    return Analyzer(ruleset, entities)
