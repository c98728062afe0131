"""Rules as a TOML file (config/rules.toml), read with tomllib and written by hand.

    threshold = 2.0

    [[rule]]
    topic = "tanks"
    expression = '(tank OR Panzer) AND @ukraine'
    weight = 1.0
    # optional: enabled = false, id = 7

`dump_rules_toml` then `load_rules_toml` gives back exactly the same rules and
threshold. Loading checks every rule: bad TOML or a wrong type is a ConfigError, an
invalid topic, weight or expression is a RuleError naming the rule.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable

from bot.core.models import Rule
from bot.core.rules.compiler import check_rule
from bot.core.rules.syntax import parse_expression
from bot.core.text.lookalike_letters import latin_lookalikes_folded
from bot.errors import ConfigError, RuleError

DEFAULT_THRESHOLD = 2.0
_RULE_KEYS = {"topic", "expression", "weight", "enabled", "id"}


def load_rules_toml(text: str) -> tuple[list[Rule], float]:
    """The rules and threshold of a rules file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rules: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or table: "a = [[[[..."
        raise ConfigError("rules: invalid TOML: arrays or tables nested too deeply") from None
    unknown = set(data) - {"threshold", "rule"}
    if unknown:
        raise ConfigError(f"rules: unknown key(s) {', '.join(sorted(unknown))}; expected threshold and [[rule]]")
    threshold = data.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not math.isfinite(threshold):
        raise ConfigError(f"rules: threshold must be a finite number, not {threshold!r}")
    if threshold <= 0:
        # At 0 or below any article one rule fires on would be relevant whatever the traps
        # (negative rules) take off: an alert for every item that names a weapon.
        raise ConfigError(f"rules: threshold must be above 0, not {threshold!r}")
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise ConfigError("rules: 'rule' must be an array of tables ([[rule]])")
    rules = [_rule(entry, number) for number, entry in enumerate(entries, 1)]
    _refuse_repeats(rules)
    return rules, float(threshold)


def rule_key(rule: Rule) -> tuple[str, str]:
    """What two rules that are one rule written twice have alike: the topic and the
    expression (its spacing aside). Both enabled, each adds its weight to every article
    it matches."""
    return rule.topic, " ".join(rule.expression.split())


def _refuse_repeats(rules: list[Rule]) -> None:
    """A rule written twice, or two rules under one id, is refused naming both. The first
    counted its weight twice, silently: one match then reached a threshold meant for two
    (a rule pasted twice into the file). The second failed the import in the database with
    "UNIQUE constraint failed: rules.id", read as the database's fault."""
    first_with_id: dict[int, int] = {}
    first_as_written: dict[tuple[str, str], int] = {}
    for number, rule in enumerate(rules, 1):
        if rule.id is not None:
            if rule.id in first_with_id:
                raise ConfigError(f"rules: rule #{number} ({rule.topic}) has id {rule.id}, as rule "
                                  f"#{first_with_id[rule.id]} has; give each rule its own id, or none")
            first_with_id[rule.id] = number
        if not rule.enabled:
            continue
        key = rule_key(rule)
        if key in first_as_written:
            raise ConfigError(f"rules: rule #{number} ({rule.topic}) repeats rule #{first_as_written[key]}: its "
                              "weight would count twice for every article it matches; remove one (or give the "
                              "other the weight of both)")
        first_as_written[key] = number


def _rule(entry: object, number: int) -> Rule:
    where = f"rules: rule #{number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("topic", "expression"):
        if not isinstance(entry.get(key), str):
            raise ConfigError(f"{where}: '{key}' must be a string")
    weight = entry.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)):
        raise ConfigError(f"{where}: 'weight' must be a number")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}: 'enabled' must be true or false")
    rule_id = entry.get("id")
    if rule_id is not None and (isinstance(rule_id, bool) or not isinstance(rule_id, int)):
        raise ConfigError(f"{where}: 'id' must be an integer")
    # A Latin word written with a lookalike Cyrillic or Greek letter matches no article (their
    # text is folded to Latin letters, bot.core.text.lookalike_letters): folded here as typed rules are.
    rule = Rule(entry["topic"], latin_lookalikes_folded(entry["expression"]), float(weight), rule_id, enabled)
    try:
        check_rule(rule)
        parse_expression(rule.expression)
    except RuleError as exc:
        raise exc.about(f"rule #{number} ({rule.topic})") from None
    return rule


def dump_rules_toml(rules: Iterable[Rule], threshold: float = DEFAULT_THRESHOLD) -> str:
    """TOML text for `rules` and `threshold` that `load_rules_toml` reads back unchanged."""
    lines = [f"threshold = {_float(threshold)}"]
    for rule in rules:
        lines += ["", "[[rule]]"]
        if rule.id is not None:
            lines.append(f"id = {int(rule.id)}")
        lines.append(f"topic = {_string(rule.topic)}")
        lines.append(f"expression = {_string(rule.expression)}")
        lines.append(f"weight = {_float(rule.weight)}")
        if not rule.enabled:
            lines.append("enabled = false")
    return "\n".join(lines) + "\n"


def _float(value: float) -> str:
    value = float(value)
    if not math.isfinite(value):
        raise ConfigError(f"rules: cannot write the non-finite number {value!r}")
    text = repr(value)  # shortest text that reads back as the same float
    return text if any(c in text for c in ".en") else text + ".0"


def _string(value: str) -> str:
    """A literal string when nothing needs escaping (rules are full of backslashes and
    double quotes), a multi-line literal string for expressions written over several
    lines, else a basic string with TOML escapes."""
    unsafe = any(_needs_escape(c) for c in value if c != "\n")
    if "'" not in value and "\n" not in value and not unsafe:
        return f"'{value}'"
    if "\n" in value and not unsafe and "'''" not in value and not value.endswith("'"):
        # TOML drops a newline right after the opening quotes, so the value starts clean.
        return "'''\n" + value + "'''"
    out = ['"']
    for char in value:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif _needs_escape(char):
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _needs_escape(char: str) -> bool:
    # TOML forbids control characters (except tab) in literal and basic strings.
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        raise ConfigError("rules: a lone surrogate character cannot be written to TOML")
    return code < 0x20 or code == 0x7F
