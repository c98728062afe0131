"""Keyword rules: the language, and the entry points the pipeline, CLI and chat use.

A rule is a topic, an expression and a weight. When the expression matches a text,
the text scores the weight for that topic. A text is relevant when its total score
reaches the threshold (2.0 by default) and at least one positive topic fired;
negative weights (topic `trap`) cancel look-alikes such as "think tank".

The rule language
-----------------
Topic: 1 to 40 characters, `[a-z][a-z0-9_]*` (no markup, no spaces).
Weight: a finite number from -100 to 100 (default 1.0).
Expression (at most 2,000 characters and 200 terms):

- `tank` -- a bare word. Case and accents never matter (Défense = defense), and a
  bare word also matches its inflected forms in English, French and German:
  tank~tanks, munition~munitions, livraison~livraisons, livré~livrés,
  Panzer~Panzern. Two words match when they share their folded spelling, their
  lemma in one of the three languages (simplemma, cached per spelling), or their
  spelling minus a final plural "s" (for names the lemmatiser does not know:
  Leopards, Patriots). Irregular forms it does not know need an OR or a wildcard.
- `livr*` -- a prefix wildcard: every word starting with "livr" (livraison,
  livrer, livrés...), at least 3 letters before the `*`. For German compounds,
  `*panzer` matches words ending in "panzer" (Kampfpanzer) and `*haubitze*` words
  containing "haubitze" (Panzerhaubitzen), at least 4 letters. Wildcards compare
  the folded spelling only (no lemmas). `*` anywhere else is an error.
- `"think tank"` -- a phrase: these words next to each other, in this order. Words
  inside quotes match exactly as written (still ignoring case and accents), so
  `"training"` does not match "train"; add `*` for plurals: `"think tank*"`.
- `F-16`, `l'Ukraine`, `155mm` -- a bare word holding punctuation is a phrase of its
  parts. Letters and digits are separate words everywhere, so 155mm = "155 mm",
  F16 = F-16 = "F 16", in rules and in articles alike.
- `@ukraine`, `@donor`, `@system` -- any name from the entity lists
  (config/entities.toml): Ukraine and its leaders, donor countries and
  organisations, weapon systems. Filters: `@system:air_defence` (a category),
  `@donor:fr` (a donor code). Multi-word names ("Storm Shadow", "PzH 2000") are
  phrases; names marked case-sensitive in the lists ("US", "UK") only match as
  written; other names inflect like bare words.
- `re:/pattern/` -- for experts: an RE2 regular expression searched in the folded
  text (lower case, accents removed: write patterns without accents). Write `\\/`
  for a slash. RE2 runs in linear time, so no pattern can hang; patterns are capped
  at 500 characters and an RE2 program size of 2,000. A regex cannot be used in
  NEAR. Example: `re:/\\b(m|f)-?\\d{2,3}\\b/`.
- `a AND b`, `a OR b`, `NOT a`, parentheses. Precedence, tightest first: NEAR, NOT,
  AND, OR; so `a OR b AND NOT c` is `a OR (b AND (NOT c))`.
- `a NEAR/5 b` -- both within 5 words of each other, in either order, in the same
  sentence (counted from the end of one match to the start of the other: neighbours
  are 1 apart). n is 1 to 50. Both sides must be words, phrases, @lists, or OR/NEAR
  groups of them: `(tank* OR Panzer) NEAR/8 (@ukraine OR Kyiv)`. Sentences end at
  . ! ? or a line break, but not at abbreviations ("Mio.", "U.S.", "M. Macron").

Operators are keywords in capitals only: lower-case "and", "or", "not", "near" are
plain words (English text uses them). Two terms side by side without an operator
are an error (not an implicit AND): `tank top` is refused; write `"tank top"` for the
phrase or `tank AND top` for both words anywhere.

AND, OR and NOT look at the whole text (title included); only NEAR looks at
sentences. The article's title is analysed as the first sentence and weighs like any
other sentence: scores stay a plain sum of rule weights.

Errors raise `RuleError(message, position, expected)`, `position` being the 0-based
character offset in the expression (None for a bad topic or weight).
"""

from __future__ import annotations

from bot.core.models import Rule
from bot.core.rule_engine import RuleSet, check_rule, word_keys
from bot.core.rule_syntax import Expr, parse_expression

__all__ = ["Expr", "RuleSet", "parse_expression", "validate_rule", "word_keys", "UNRELATED_SAMPLE"]

# Everyday sentences in the three languages, about nothing military. A rule that
# matches most of them would flag most of the news.
UNRELATED_SAMPLE = (
    "The city council approved a new budget for public libraries on Tuesday.",
    "Heavy rain is expected across the region this weekend, forecasters said.",
    "The striker scored twice as the home side won the cup final.",
    "Shares in the carmaker rose after strong quarterly sales.",
    "The museum will reopen in spring after two years of renovation work.",
    "Scientists have found a new species of frog in the rainforest.",
    "The festival drew thousands of visitors despite the heat.",
    "Le conseil municipal a voté mardi soir le budget des écoles.",
    "De fortes pluies sont attendues ce week-end dans le sud du pays.",
    "L'équipe locale a remporté le match grâce à un but en fin de partie.",
    "Le prix du pain a encore augmenté ce mois-ci dans les boulangeries.",
    "Le musée rouvrira ses portes au printemps après des travaux.",
    "Une nouvelle ligne de tramway sera inaugurée en septembre.",
    "Der Stadtrat hat am Dienstag den Haushalt für die Schulen beschlossen.",
    "Am Wochenende wird im ganzen Süden starker Regen erwartet.",
    "Die Mannschaft gewann das Pokalfinale mit zwei späten Toren.",
    "Die Aktien des Autobauers stiegen nach guten Quartalszahlen.",
    "Das Museum öffnet im Frühjahr nach langer Renovierung wieder.",
    "Forscher haben im Regenwald eine neue Froschart entdeckt.",
    "Die Bäckerei an der Ecke verkauft jetzt auch Kaffee.",
)
_TOO_MANY = 0.5


def validate_rule(rule: Rule, *, entities=None) -> list[str]:
    """Check `rule` completely (topic, weight, expression, list filters); raise
    RuleError if it is invalid, else return warnings for a valid but doubtful rule."""
    check_rule(rule)
    parse_expression(rule.expression)
    ruleset = RuleSet.compile([Rule(rule.topic, rule.expression, 1.0)], threshold=1.0, entities=entities)
    warnings: list[str] = []
    if rule.weight == 0:
        warnings.append("weight 0: this rule never changes a score")
    if ruleset.analyze("").hits:
        warnings.append("matches texts that contain none of its words (a bare NOT?)")
    matched = sum(1 for sentence in UNRELATED_SAMPLE if ruleset.analyze(sentence).hits)
    if matched > _TOO_MANY * len(UNRELATED_SAMPLE):
        warnings.append(
            f"matches almost everything: {matched} of {len(UNRELATED_SAMPLE)} unrelated sample sentences"
        )
    return warnings
