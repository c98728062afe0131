"""Parser of the rule language: text in, a small syntax tree out, or a RuleError that
says where (0-based character position) and what was expected.

The language itself is documented in `bot.core.rules.language`. This module only knows the
grammar; compiling lives in `bot.core.rules.compiler`, matching in `bot.core.rules.engine`.

Grammar (keywords are upper case; lower-case "and", "or", "not", "near", "except" are
words):

    expression := or
    or         := and ( "OR" and )*
    and        := not ( "AND" not )*
    not        := "NOT" not | near
    near       := primary ( ( "NEAR/" n | "BEFORE/" n | "EXCEPT" ) primary )*     n in 1..50
    primary    := word | "phrase" | @list | re:/pattern/ | "(" expression ")"

Two terms side by side with no operator between them are an error: "tank top"
must be quoted to be a phrase, or joined with AND to mean both words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Union

import re2

from bot.core.text import WORD_PIECE, fold
from bot.errors import RuleError

MAX_EXPRESSION_CHARS = 2000
MAX_TERMS = 200
MAX_DEPTH = 32
MAX_NEAR = 50
MAX_REGEX_CHARS = 500
MAX_REGEX_PROGRAM = 2000  # RE2 program size (roughly, compiled instructions)
MAX_REGEX_MEMORY = 1 << 20  # bytes RE2 may use for one pattern
MIN_WILDCARD_CHARS = 3
MIN_SUFFIX_CHARS = 4  # '*ung' would already be too broad in German
# The entity lists (config/entities.toml); other @names are word lists (bot.core.rules.word_lists),
# which only the compiler knows, so the parser accepts any well-formed name.
ENTITY_LISTS = ("donor", "system", "ukraine", "country")

# Words are runs of letters or runs of digits: "155mm" is "155 mm" and "F16" is
# "F 16", so rules and articles agree however a designation is written. The
# engine splits articles with the same pattern (bot.core.text.word_pieces).
WORD_RE = WORD_PIECE

_EXPECT_OPERAND = "a word, a phrase, an @list, re:/pattern/ or '('"
_EXPECT_OPERATOR = "AND, OR, NEAR/n, BEFORE/n, EXCEPT, ')' or the end"
_BARE_STOP = frozenset(' \t\r\n\f\v()"')
_LIST_RE = re.compile(r"@([A-Za-z_]*)(?::([A-Za-z0-9_]*))?")
_NEAR_ANY_CASE = re.compile(r"(?:near|before)/\S*", re.IGNORECASE)


# ---------------------------------------------------------------- syntax tree


@dataclass(frozen=True, slots=True)
class Word:
    """One word. `text` keeps the author's spelling (accents and case matter to the
    lemmatiser); `folded` is what the text is compared with. `prefix` marks `livr*`,
    `suffix` marks `*panzer` (both: `*lieferung*`, anywhere in a word); `exact` marks
    words of quoted phrases, which do not match inflected forms."""

    text: str
    folded: str
    prefix: bool = False
    exact: bool = False
    suffix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Consecutive words ("think tank", or a bare `F-16`)."""

    words: tuple[Word, ...]
    position: int


@dataclass(frozen=True, slots=True)
class ListRef:
    """`@donor`, `@system`, `@ukraine` or a named word list (`@support`), optionally
    filtered: `@system:air_defence`, `@donor:fr`, `@support:fr`."""

    name: str
    filter: str | None
    position: int


@dataclass(frozen=True, slots=True)
class Regex:
    """`re:/pattern/`, searched in the folded text by RE2."""

    pattern: str
    position: int


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr
    position: int


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Expr, ...]
    position: int


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Expr, ...]
    position: int


@dataclass(frozen=True, slots=True)
class Near:
    """`left NEAR/n right`, or with `ordered` `left BEFORE/n right`: the left match ends
    before the right one starts ("deliver ... to Poland", not "Poland to deliver")."""

    left: Expr
    right: Expr
    distance: int
    position: int
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class Except:
    """Matches of `left` that share no word with a match of `right`."""

    left: Expr
    right: Expr
    position: int


Expr = Union[Phrase, ListRef, Regex, Not, And, Or, Near, Except]
Term = (Phrase, ListRef, Regex)


def is_positional(expr: Expr) -> bool:
    """True when `expr` matches at word positions, so NEAR can measure distances:
    words, phrases, @lists and OR/NEAR/BEFORE/EXCEPT groups of them (not NOT, AND or regexes)."""
    if isinstance(expr, (Phrase, ListRef, Near, Except)):
        return True
    if isinstance(expr, Or):
        return all(is_positional(op) for op in expr.operands)
    return False


def iter_terms(expr: Expr):
    """Every word, phrase, @list and regex of `expr`, left to right."""
    if isinstance(expr, Term):
        yield expr
    elif isinstance(expr, Not):
        yield from iter_terms(expr.operand)
    elif isinstance(expr, (And, Or)):
        for op in expr.operands:
            yield from iter_terms(op)
    elif isinstance(expr, (Near, Except)):
        yield from iter_terms(expr.left)
        yield from iter_terms(expr.right)


# ---------------------------------------------------------------- lexer


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "AND", "OR", "NOT", "NEAR", "BEFORE", "EXCEPT", "TERM", "END"
    position: int
    value: object = None


def _split_words(raw: str, position: int, *, exact: bool) -> tuple[Word, ...]:
    """Split a bare word or a phrase body into Words, honouring a trailing `*` per word."""
    words: list[Word] = []
    for chunk in re.finditer(r"\S+", raw):
        piece = chunk.group(0)
        suffix = piece.startswith("*")
        prefix = len(piece) > 1 and piece.endswith("*")
        body = piece[1 if suffix else 0 : len(piece) - 1 if prefix else len(piece)]
        star = body.find("*")
        if star != -1:
            raise RuleError(
                "'*' is only allowed at the start or the end of a word",
                position + chunk.start() + int(suffix) + star,
                "a word with '*' at its start or end",
            )
        # Accents composed first: "de" + U+0301 + "fense" (as macOS writes "défense") was
        # the two words "de" and "fense", and the rule matched no article.
        body = unicodedata.normalize("NFC", body)
        parts = WORD_RE.findall(body)
        if suffix and prefix and len(parts) != 1:
            raise RuleError("'*word*' takes a single word", position + chunk.start(), "one word between the stars")
        if prefix and not _wild_ok(body, parts, at_end=True):
            raise RuleError(
                f"a wildcard needs at least {MIN_WILDCARD_CHARS} letters or digits before '*'",
                position + chunk.start(),
                f"{MIN_WILDCARD_CHARS} or more letters before '*'",
            )
        if suffix and not _wild_ok(body, parts, at_end=False):
            raise RuleError(
                f"a leading wildcard needs at least {MIN_SUFFIX_CHARS} letters or digits after '*'",
                position + chunk.start(),
                f"{MIN_SUFFIX_CHARS} or more letters after '*'",
            )
        for i, part in enumerate(parts):
            words.append(
                Word(
                    part,
                    fold(part),
                    prefix=prefix and i == len(parts) - 1,
                    exact=exact,
                    suffix=suffix and i == 0,
                )
            )
    return tuple(words)


def _wild_ok(body: str, parts: list[str], *, at_end: bool) -> bool:
    """A wildcard must touch a long enough word: 'livr*' yes, 'li*', 'F-*', '*-16' no."""
    if not parts:
        return False
    if at_end:
        return len(fold(parts[-1])) >= MIN_WILDCARD_CHARS and body.endswith(parts[-1])
    return len(fold(parts[0])) >= MIN_SUFFIX_CHARS and body.startswith(parts[0])


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, i))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end == -1:
                raise RuleError("unterminated phrase: the closing '\"' is missing", i, "'\"'")
            words = _split_words(text[i + 1 : end], i + 1, exact=True)
            if not words:
                raise RuleError("empty phrase: put at least one word between the quotes", i, "a word inside the quotes")
            tokens.append(_Token("TERM", i, Phrase(words, i)))
            i = end + 1
        elif ch == "@":
            match = _LIST_RE.match(text, i)
            assert match is not None  # the pattern accepts a lone "@"
            name, filt = match.group(1), match.group(2)
            if not name:
                raise RuleError(
                    "'@' without a list name", i, "a list such as " + ", ".join("@" + name for name in ENTITY_LISTS)
                )
            if filt is not None and not filt:
                raise RuleError(f"@{name}: missing filter after ':'", match.end(), "a filter name after ':'")
            end = match.end()
            if end < n and text[end] not in _BARE_STOP:
                raise RuleError(f"unexpected {text[end]!r} after @{name}", end, "a space, ')' or the end")
            tokens.append(_Token("TERM", i, ListRef(name.lower(), filt.lower() if filt else None, i)))
            i = end
        elif text.startswith("re:/", i):
            regex, i = _read_regex(text, i)
            tokens.append(_Token("TERM", regex.position, regex))
        else:
            start = i
            while i < n and text[i] not in _BARE_STOP:
                i += 1
            tokens.append(_bare(text[start:i], start))
    tokens.append(_Token("END", n))
    return tokens


def _read_regex(text: str, start: int) -> tuple[Regex, int]:
    """`re:/.../`: the pattern runs to the next '/' not preceded by a backslash; `\\/`
    stands for a slash."""
    i = start + 4
    chars: list[str] = []
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] == "/":
            chars.append("/")
            i += 2
            continue
        if ch == "/":
            break
        chars.append(ch)
        i += 1
    else:
        raise RuleError("unterminated regex: the closing '/' is missing", start, "'/' closing the regex")
    pattern = "".join(chars)
    if not pattern:
        raise RuleError("empty regex", start, "a pattern between the slashes")
    if len(pattern) > MAX_REGEX_CHARS:
        raise RuleError(
            f"regex longer than {MAX_REGEX_CHARS} characters", start, f"at most {MAX_REGEX_CHARS} characters"
        )
    end = i + 1
    if end < len(text) and text[end] not in _BARE_STOP:
        raise RuleError(f"unexpected {text[end]!r} after the regex", end, "a space, ')' or the end")
    compile_regex(pattern, start)
    return Regex(pattern, start), end


def compile_regex(pattern: str, position: int = 0) -> re2._Regexp:
    """Compile `pattern` with RE2 (linear-time matching: no pattern can hang), case-
    insensitive, within the memory and program-size caps; RuleError if it is invalid
    or too big."""
    options = re2.Options()
    options.max_mem = MAX_REGEX_MEMORY
    options.log_errors = False
    options.never_capture = True
    options.case_sensitive = False
    try:
        compiled = re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise RuleError(f"invalid regex: {detail}", position, "a valid RE2 regular expression") from None
    if compiled.programsize > MAX_REGEX_PROGRAM:
        raise RuleError(
            f"regex too complex (program size {compiled.programsize} > {MAX_REGEX_PROGRAM})",
            position,
            "a simpler regular expression",
        )
    return compiled


def _bare(raw: str, position: int) -> _Token:
    if raw in ("AND", "OR", "NOT", "EXCEPT"):
        return _Token(raw, position)
    for operator in ("NEAR", "BEFORE"):
        if raw == operator or raw.startswith(operator + "/"):
            digits = raw[len(operator) + 1:]
            if not digits.isdigit() or not (1 <= int(digits) <= MAX_NEAR) or not digits.isascii():
                raise RuleError(
                    f"bad proximity {raw!r}: the distance must be a whole number from 1 to {MAX_NEAR}",
                    position + min(len(raw), len(operator) + 1),
                    f"a distance from 1 to {MAX_NEAR}, as in {operator}/5",
                )
            return _Token(operator, position, int(digits))
    if _NEAR_ANY_CASE.fullmatch(raw):
        operator = raw.split("/")[0].upper()
        raise RuleError(f"operators are written in capitals: {operator}/n", position, f"{operator}/n in capitals")
    words = _split_words(raw, position, exact=False)
    if not words:
        raise RuleError(f"{raw!r} has no letters or digits", position, _EXPECT_OPERAND)
    if len(words) == 1:
        return _Token("TERM", position, Phrase(words, position))
    # A hyphenated or dotted bare word (F-16, l'Ukraine, IRIS-T) is a phrase of its parts.
    return _Token(
        "TERM", position, Phrase(tuple(Word(w.text, w.folded, w.prefix, True, w.suffix) for w in words), position)
    )


# ---------------------------------------------------------------- parser


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _lex(text)
        self.i = 0
        self.depth = 0
        self.terms = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.i]

    def advance(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Expr:
        if self.current.kind == "END":
            raise RuleError("empty expression", 0, _EXPECT_OPERAND)
        expr = self.parse_or()
        token = self.current
        if token.kind == ")":
            raise RuleError("unbalanced ')': no '(' opens it", token.position, "AND, OR, NEAR/n or the end")
        if token.kind != "END":
            self.fail_operator(token)
        return expr

    def fail_operator(self, token: _Token) -> None:
        if token.kind == "NOT":
            raise RuleError("NOT after a term needs AND: write 'a AND NOT b'", token.position, _EXPECT_OPERATOR)
        raise RuleError(
            "two terms without an operator: join them with AND/OR, or quote them as a phrase",
            token.position,
            _EXPECT_OPERATOR,
        )

    def enter(self, position: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise RuleError(f"expression nested deeper than {MAX_DEPTH} levels", position, "fewer nested groups",
                            bound="too_deep", values={"limit": MAX_DEPTH})

    def parse_or(self) -> Expr:
        start = self.current.position
        operands = [self.parse_and()]
        while self.current.kind == "OR":
            self.advance()
            operands.append(self.parse_and())
        return operands[0] if len(operands) == 1 else Or(tuple(operands), start)

    def parse_and(self) -> Expr:
        start = self.current.position
        operands = [self.parse_not()]
        while self.current.kind == "AND":
            self.advance()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else And(tuple(operands), start)

    def parse_not(self) -> Expr:
        token = self.current
        if token.kind != "NOT":
            return self.parse_near()
        self.advance()
        self.enter(token.position)
        operand = self.parse_not()
        self.depth -= 1
        return Not(operand, token.position)

    def parse_near(self) -> Expr:
        left = self.parse_primary()
        while self.current.kind in ("NEAR", "BEFORE", "EXCEPT"):
            op = self.advance()
            right = self.parse_primary()
            for side in (left, right):
                if not is_positional(side):
                    raise RuleError(
                        f"{op.kind} works on words, phrases, @lists and OR-groups of them (not AND, NOT or regexes)",
                        side.position,
                        "a word, a phrase, an @list or an OR-group",
                    )
            if op.kind in ("NEAR", "BEFORE"):
                left = Near(left, right, int(op.value), op.position, op.kind == "BEFORE")  # type: ignore[arg-type]
            else:
                left = Except(left, right, op.position)
        return left

    def parse_primary(self) -> Expr:
        token = self.current
        if token.kind == "TERM":
            self.advance()
            self.terms += 1
            if self.terms > MAX_TERMS:
                raise RuleError(f"more than {MAX_TERMS} terms", token.position, f"at most {MAX_TERMS} terms")
            return token.value  # type: ignore[return-value]
        if token.kind == "(":
            self.advance()
            self.enter(token.position)
            if self.current.kind == ")":
                raise RuleError("empty parentheses", self.current.position, _EXPECT_OPERAND)
            inner = self.parse_or()
            closing = self.current
            if closing.kind != ")":
                if closing.kind == "END":
                    raise RuleError("unbalanced '(': it is never closed", token.position, "')'")
                self.fail_operator(closing)
            self.advance()
            self.depth -= 1
            return inner
        if token.kind == "END":
            raise RuleError("the expression ends where a term was expected", token.position, _EXPECT_OPERAND)
        if token.kind == ")":
            raise RuleError("unexpected ')'", token.position, _EXPECT_OPERAND)
        raise RuleError(f"unexpected {token.kind}", token.position, _EXPECT_OPERAND)


def parse_expression(text: str) -> Expr:
    """The syntax tree of a rule expression; RuleError(message, position, expected) if
    it is not valid."""
    if not isinstance(text, str):
        raise RuleError("the expression must be text", 0, "a string")
    if len(text) > MAX_EXPRESSION_CHARS:
        raise RuleError(
            f"expression longer than {MAX_EXPRESSION_CHARS} characters",
            MAX_EXPRESSION_CHARS,
            f"at most {MAX_EXPRESSION_CHARS} characters",
            bound="too_long",
            values={"limit": MAX_EXPRESSION_CHARS},
        )
    return _Parser(text).parse()
