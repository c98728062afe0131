"""Keyword rules: the language, and the entry points the pipeline, CLI and chat use.

A rule is a topic, an expression and a weight. When the expression matches a text,
the text scores the weight for that topic. A text is relevant when its total score
reaches the threshold (2.0 by default) and at least one positive topic fired.
`Analysis.topics` lists the topics whose summed weight is positive, highest first;
negative-weight rules (topic `trap` by convention) only lower the score.

The rule language
-----------------
Topic: 1 to 40 characters, `[a-z][a-z0-9_]*` (no markup, no spaces).
Weight: a finite number from -100 to 100 (default 1.0).
Expression: at most 2,000 characters and 200 terms, built from:

- `tank` -- a bare word. Case and accents never matter (Défense = defense), and a
  bare word also matches its inflected forms in English, French and German:
  tank~tanks, munition~munitions, livraison~livraisons, livré~livrés,
  Panzer~Panzern. Two words match when they share their folded spelling, their
  lemma in one of the three languages (simplemma's; see bot.core.rules.lexicon), or
  their spelling minus a plural "s" (for names the lemmatiser does not know:
  Leopards, Patriots). Forms it does not know need an OR or a wildcard.
- `"think tank"` -- a phrase: these words next to each other, in this order. Quoted
  words match as written (still ignoring case and accents): `"training"` does not
  match "train". Add `*` for plurals: `"think tank*"`.
- `F-16`, `l'Ukraine`, `155mm` -- a bare word holding punctuation is a phrase of its
  parts. Letters and digits are separate words everywhere, so 155mm = "155 mm" and
  F16 = F-16 = "F 16", in rules and in articles alike.
- `livr*` -- prefix wildcard (livraison, livrer, livrés), 3+ characters before `*`.
  For German compounds `*panzer` (ends with: Kampfpanzer) and `*haubitze*`
  (contains: Panzerhaubitzen), 4+ characters. Wildcards compare folded spellings
  (no lemmas). A `*` anywhere else is an error.
- `@ukraine`, `@donor`, `@system`, `@country` -- any name from the entity lists
  (config/entities.toml): Ukraine and its leaders, donors, weapon systems, and every
  country but Ukraine by its place names (the country, its adjectives, its people:
  donors that are countries, never-donors, other countries). Filters:
  `@country:ru` (one country's code),
  `@system:air_defence` (a category), `@donor:fr` (a donor code). Multi-word names
  ("Storm Shadow", "PzH 2000") are phrases; names the lists mark case-sensitive
  ("US", "UK") match only as written; other names inflect like bare words.
- `@support:fr`, `@support` -- a named word list (config/words.toml, see
  bot.core.rules.word_lists): the French variant, or every variant at once. A list is an
  expression written once and shared by many rules; it reads as if written out.
- `re:/pattern/` -- for experts: an RE2 regular expression, case-insensitive,
  searched in the folded text (accents removed: write patterns without accents).
  `\\/` is a slash. RE2 runs in linear time, so no pattern can hang; patterns are
  capped at 500 characters and an RE2 program size of 2,000. Example:
  `re:/\\bm\\d{3}\\b/`.
- `a AND b`, `a OR b`, `NOT a`, parentheses. They look at the whole text.
- `a NEAR/5 b` -- both within 5 words of each other, in either order, in one
  sentence (counted from the end of one match to the start of the other:
  neighbours are 1 apart). n is 1 to 50. Sentences end at . ! ? ; or a line break,
  not at abbreviations ("650 Mio. Dollar", "U.S. officials", "M. Macron").
- `a BEFORE/5 b` -- as NEAR, with the match of a ending before the match of b
  starts: `deliver BEFORE/8 ("to" BEFORE/1 @country)` takes "deliver tanks to
  Poland" and not "Poland to deliver tanks".
- `a EXCEPT b` -- the matches of a that share no word with a match of b:
  `tank EXCEPT "think tank*"` drops the tank of a think tank but keeps real tanks in
  the same text. Use it when a look-alike can sit in a relevant article (aid news
  often cites a think tank); use a negative weight when the look-alike means the
  whole article is unrelated (fish tanks, the New England Patriots).

NEAR, BEFORE and EXCEPT take words, phrases, @lists and OR/NEAR/BEFORE/EXCEPT groups of
them (not AND, NOT or regexes). Precedence, tightest first: NEAR, BEFORE and EXCEPT (left to right),
NOT, AND, OR: `a OR b AND NOT c NEAR/3 d` is `a OR (b AND (NOT (c NEAR/3 d)))`.
Operators are keywords in capitals only; lower-case "and", "or", "not", "near",
"except" are plain words, since English text uses them. Two terms side by side
without an operator are an error, not an implicit AND: `tank top` is refused; write
`"tank top"` for the phrase or `tank AND top` for both words anywhere.

The title of an article is analysed as its first sentence and weighs like any other
sentence, so a score stays a plain sum of rule weights. The `lang` of an item is not
needed: every word is compared in the three languages at once (feeds mislabel their
language, and rules mix languages).

Errors raise `RuleError(message, position, expected)`; `position` is the 0-based
character offset in the expression (None for a bad topic or weight). A rule too costly
to evaluate (a long chain of NEARs, an @list ORed many times, slow regexes) is refused:
bot.core.rules.cost says how the cost is estimated and where the cap lies. A valid but
doubtful rule gets warnings from `validate_rule`: it matches most of a built-in
sample of unrelated sentences, or it matches a text without any of its words (a
bare NOT), or its weight is 0.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from bot.core.feeds.host_scripts import MixedLabel, mixed_script_label
from bot.core.models import Rule
from bot.core.rules.compiler import check_rule
from bot.core.rules.cost import check_cost, rule_cost
from bot.core.rules.engine import RuleSet
from bot.core.rules.syntax import Expr, Phrase, parse_expression
from bot.errors import RuleError

__all__ = ["Expr", "RuleSet", "UNRELATED_SAMPLE", "parse_expression", "validate_rule", "validate_rules"]

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
# The sample's sentences by their language: a word every English sentence has ("the") is
# in only 7 of the 20, yet a rule on it fires on every English article.
_SAMPLE_LANGUAGES = (("English", UNRELATED_SAMPLE[:7]), ("French", UNRELATED_SAMPLE[7:13]),
                     ("German", UNRELATED_SAMPLE[13:]))


def validate_rule(rule: Rule, *, entities=None, lexicon=None) -> list[str]:
    """Check `rule` completely (topic, weight, expression, list filters); raise
    RuleError if it is invalid, else return warnings for a valid but doubtful rule.
    `lexicon` (a Lexicon: same answers) spares lemmatising the sample sentences."""
    check_rule(rule)
    expr = parse_expression(rule.expression)
    ruleset = RuleSet.compile([Rule(rule.topic, rule.expression, 1.0)], threshold=1.0, entities=entities,
                              lexicon=lexicon, name_rules=False)
    check_cost(rule_cost(expr, ruleset.roots[0], ruleset.infixes))
    warnings: list[str] = []
    if rule.weight == 0:
        warnings.append("weight 0: this rule never changes a score")
    if isinstance(expr, Phrase) and _OPERATOR_IN_QUOTES.search(rule.expression):
        # `pledgewatch chat` then `/rule_add tanks "Leopard NEAR/3 Ukraine"`, as the README's
        # one-shot example quotes it for the shell: quoted whole, the rule is the one phrase
        # "Leopard NEAR 3 Ukraine", which no article holds.
        warnings.append("the whole expression is one phrase in double quotes, so its operators are read as words "
                        "to find side by side: write it without the outer quotes")
    if mixed := _mixed_script_word(expr):
        # "lеopard" with a Cyrillic "е", pasted or typed on the wrong layout, looks right in
        # /rules and matches no article written in Latin letters: the rule is dead.
        warnings.append(f"a word mixes scripts, {mixed.describe()}: it matches only text written with the same "
                        "look-alike letters")
    if unspaced := _unspaced_script_word(rule.expression):
        # A rule matches whole words, and these scripts run a sentence's words together:
        # "坦克" (tank) is one word of the rule but inside "乌克兰提供坦克" no word of the text.
        word, script = unspaced
        warnings.append(f"{word!r} is in {script}, a writing that does not part words with spaces, while rules "
                        "match whole words: it matches only where it stands apart in a text, hardly ever inside a "
                        "sentence")
    if ruleset.analyze("").hits:
        warnings.append("matches texts that contain none of its words (a bare NOT?)")
    fired = {sentence for sentence in UNRELATED_SAMPLE if ruleset.analyze(sentence).hits}
    if len(fired) > _TOO_MANY * len(UNRELATED_SAMPLE):
        warnings.append(
            f"matches almost everything: {len(fired)} of {len(UNRELATED_SAMPLE)} unrelated sample sentences"
        )
    else:
        for language, sentences in _SAMPLE_LANGUAGES:
            if (matched := len(fired.intersection(sentences))) > _TOO_MANY * len(sentences):
                warnings.append(f"matches almost everything in {language}: {matched} of {len(sentences)} "
                                f"unrelated {language} sample sentences")
                break
    return warnings


# An operator inside a phrase: NEAR/3 or BEFORE/8, or AND, OR, NOT, EXCEPT in capitals, as
# operators are written (a phrase's own words are seldom capitals).
_OPERATOR_IN_QUOTES = re.compile(r"\b(?:NEAR|BEFORE)/[0-9]+|\b(?:AND|OR|NOT|EXCEPT)\b")


def _mixed_script_word(expr: Expr) -> MixedLabel | None:
    """The first word of `expr` whose letters come from scripts not written together (as a
    host label's are checked: bot.core.feeds.host_scripts), else None."""
    if isinstance(expr, Phrase):
        return next((found for word in expr.words if (found := mixed_script_label(word.text))), None)
    children = [getattr(expr, name) for name in ("operand", "left", "right") if hasattr(expr, name)]
    children += list(getattr(expr, "operands", ()))
    return next((found for child in children if (found := _mixed_script_word(child))), None)


# Scripts whose writing does not part words with spaces, by the first word of their
# characters' Unicode names (Korean parts its words, so Hangul is not here).
_UNSPACED_SCRIPTS = {"CJK": "Chinese characters", "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana",
                     "THAI": "Thai script", "LAO": "Lao script", "KHMER": "Khmer script",
                     "MYANMAR": "Myanmar script", "TIBETAN": "Tibetan script"}


def _unspaced_script_word(expression: str) -> tuple[str, str] | None:
    """The first word of `expression` (as typed: the rule's words lose their combining
    marks when read) holding a letter of a script written without spaces between words,
    with that script's name; else None. The rule language's own syntax is ASCII."""
    for word in expression.split():
        for char in word:
            if not char.isascii() and (script := _UNSPACED_SCRIPTS.get(unicodedata.name(char, "").split(" ")[0])):
                return word.strip("\"()"), script
    return None


def validate_rules(rules: list[Rule], *, entities=None, lexicon=None) -> None:
    """Check every rule of a file, enabled or not, as `validate_rule` checks one, and raise
    RuleError naming the first bad one by its number in the file and its topic ("rule #3
    (aid): ..."). The rules are compiled together once: compiling each alone cost ~4 s of
    CPU for the shipped ones (73 when measured), paid on every first start (and by every test that starts
    on a new database), most of it expanding the same @lists again for each rule.
    Warnings are not computed: an imported file is taken as it is."""

    def named(number: int, rule: Rule, exc: RuleError) -> RuleError:
        return exc.about(f"rule #{number} ({rule.topic})")

    # Disabled rules are checked too, as validate_rule checks any rule it is given.
    as_checked = [replace(rule, enabled=True) for rule in rules]
    try:
        ruleset = RuleSet.compile(as_checked, threshold=1.0, entities=entities, lexicon=lexicon)
    except RuleError:
        # Some rule does not parse or compile. One by one, the first bad rule is found in file
        # order (an earlier one may be too costly), worded as when checked alone.
        for number, rule in enumerate(rules, 1):
            try:
                validate_rule(rule, entities=entities, lexicon=lexicon)
            except RuleError as exc:
                raise named(number, rule, exc) from None
        raise
    infixes = ruleset.infixes
    for number, (rule, root) in enumerate(zip(rules, ruleset.roots), 1):
        try:
            check_cost(rule_cost(parse_expression(rule.expression), root, infixes))
        except RuleError as exc:
            raise named(number, rule, exc) from None
