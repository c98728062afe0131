"""What the README's settings table says beyond the default and the numeric range that
tests/project/test_docs.py reads: each "Env `VARIABLE` overrides" in a row, the range of a
setting whose default is a word (`analysis_workers`, "0 to 8" beside "auto"), the choices a
row names for a setting that takes one of a few words; and figures the Guarantees and the
diagram write in prose. Each check reads the README's own words and tries them on the code,
so a row edited without the code (or the code without its row) fails here."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import settings_from_dict
from bot.errors import ConfigError
from tests.support.doc_statements import pages_text, stated

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
# The Guarantees in full moved from the README to docs/guarantees.md (2026-12-06); the figures
# they write in prose are read from both, and must agree where both say them.
STATED = pages_text(("docs/guarantees.md",))


def _settings_rows() -> dict[tuple[str, str], tuple[str, str]]:
    """(section, key) -> (default cell, meaning cell) for every row of the settings table."""
    rows = {}
    for line in README.splitlines():
        row = re.match(r"^\| (?:`\[\[?(\w+)\]\]?` )?`(\w+)` \| ([^|]*) \|(.*)\|$", line)
        if row and row[3] not in ("default", "---"):
            rows[(row[1] or "", row[2])] = (row[3].strip(), row[4].strip())
    assert len(rows) >= 25, rows  # the table's format changed: this test no longer reads it
    return rows


def _setting(settings, section: str, key: str):
    return getattr(getattr(settings, section) if section else settings, key)


# A value each variable can carry, and how the setting reads it back.
_SAMPLES = {
    "PLEDGEWATCH_DB": ("elsewhere.db", lambda value: str(value)),
    "TELEGRAM_BOT_TOKEN": ("123456789:AAexampleexampleexampleexample", str),
    "DISCORD_BOT_TOKEN": ("MTA4.example.token-example_example", str),
    "TELEGRAM_API_URL": ("https://bot-api.example.org", str),
    "DISCORD_API_URL": ("https://discord-proxy.example.org/api/v10", str),
    "DISCORD_GATEWAY_URL": ("wss://gateway.example.org", str),
    "PLEDGEWATCH_WEBSUB_CALLBACK": ("https://bot.example.org/websub", str),
}


def test_every_variable_a_settings_row_names_gives_that_setting():
    """"Env `PLEDGEWATCH_DB` overrides", "Env `TELEGRAM_API_URL`": the variable sets that row's
    setting, over what the settings file says (a file value and the variable's differ)."""
    named = {key: re.search(r"Env `([A-Z_]+)`", meaning)[1]
             for key, (_, meaning) in _settings_rows().items() if "Env `" in meaning}
    assert len(named) >= 7, named  # the rows stopped naming variables this way: this test no longer reads them
    assert set(named.values()) <= set(_SAMPLES), f"a variable without a sample value here: {named}"
    wrong = []
    for (section, key), variable in named.items():
        value, read = _SAMPLES[variable]
        in_file = {"database": "infile.db", "callback_url": "https://file.example.org/websub"}.get(
            key, "https://file.example.org" if "url" in key else "")
        raw = {section: {key: in_file}} if section else {key: in_file}
        settings = settings_from_dict(raw, base_dir=Path("/nonexistent"), environ={variable: value})
        if read(_setting(settings, section, key)).rstrip("/") != value.rstrip("/"):
            wrong.append(f"{variable} does not set {section + '.' if section else ''}{key}: "
                         f"{_setting(settings, section, key)!r}")
    assert not wrong, wrong


def test_a_word_default_s_stated_range_is_the_code_s(tmp_path):
    """A row whose default is a word ("auto") and whose meaning gives a numeric range
    ("Worker processes (0 to 8)"): the ends are accepted, one beyond them refused, and the
    word itself accepted."""
    checked = 0
    for (section, key), (default, meaning) in _settings_rows().items():
        word = re.fullmatch(r'`"(\w+)"`', default)
        span = re.search(r"\(([\d,]+) to ([\d,]+)", meaning)
        if not (word and span):
            continue
        low, high = (int(end.replace(",", "")) for end in span.groups())

        def accepted(value, section=section, key=key) -> bool:
            try:
                settings_from_dict({section: {key: value}} if section else {key: value}, base_dir=tmp_path, environ={})
            except ConfigError:
                return False
            return True

        assert accepted(word[1]) and accepted(low) and accepted(high), (key, low, high)
        assert not accepted(low - 1) and not accepted(high + 1), (key, low, high)
        checked += 1
    assert checked >= 1  # analysis_workers' row lost its range or its "auto": this test no longer reads it


@pytest.mark.parametrize("key", ["feed_addresses", "chat_feed_addresses"])
def test_the_address_choices_a_row_names_are_the_code_s(key, tmp_path):
    """`feed_addresses`'s row names `"public"`, `"loopback"` and `"private"` (its default among
    them); the code takes exactly those (chat_feed_addresses under a feed_addresses wide enough)."""
    default, meaning = _settings_rows()[("", key)]
    named = set(re.findall(r'`"(\w+)"`', default + meaning))
    assert len(named) >= 2, meaning
    for choice in named:
        settings_from_dict({"feed_addresses": "private", key: choice}, base_dir=tmp_path, environ={})
    with pytest.raises(ConfigError, match="must be one of"):
        settings_from_dict({"feed_addresses": "private", key: "anywhere"}, base_dir=tmp_path, environ={})
    from bot.core.feeds.addresses import POLICIES

    assert named == set(POLICIES), (named, POLICIES)


def _stated(pattern: str) -> str:
    return stated(STATED, pattern, "README.md and docs/guarantees.md")


def test_the_figures_the_guarantees_and_the_diagram_write_in_prose_are_the_code_s(tmp_path):
    """The story window in the diagram, a late report's reach, a Retry-After's cap, the outlets
    an alert names, the pledges a queued copy carries: numbers in sentences, not in a table."""
    from bot.adapters.telegram_updates import MAX_CONCURRENT_UPDATES, MAX_WAITING_PER_CHAT
    from bot.core.chat import alerts
    from bot.core.feeds import schedule
    from bot.core.rules.syntax import MAX_DEPTH, MAX_EXPRESSION_CHARS
    from bot.core.stories.scoring import story_score

    window = settings_from_dict({}, base_dir=tmp_path, environ={}).story_window_hours
    checks = [
        (r"a report of the same event within (\d+) h joins it", window),
        (r"may join up to ([\d.]+) times this", story_score.LATE_REPORT_REACH),
        (r"not polled again before the time it asks \(at most (\d+) h\)", schedule.MAX_BACKOFF / timedelta(hours=1)),
        (r"every\s+outlet is linked, at most (five) named", alerts.MAX_SHOWN_SOURCES),
        (r"each chat's queued copy carries no more than (\d+)", alerts.MAX_PLEDGES_CARRIED),
        (r"and at most (\d+) of one chat's\s+messages and button presses wait at once", MAX_WAITING_PER_CHAT),
        (r"takes one of the (\d+) updates python-telegram-bot handles at once", MAX_CONCURRENT_UPDATES),
        (r"A rule over\s+the rule language's bounds \(([\d,]+) characters", MAX_EXPRESSION_CHARS),
        (r"the rule language's bounds \([\d,]+ characters, (\d+) nested groups", MAX_DEPTH),
    ]
    words = {"five": 5}
    wrong = [(pattern, _stated(pattern), code) for pattern, code in checks
             if float(words.get(_stated(pattern), _stated(pattern).replace(",", ""))) != code]
    assert not wrong, f"README.md figure != the code's: {wrong}"


def test_every_concrete_command_the_readme_writes_is_one_the_parser_takes():
    """`pledgewatch rules add trap EXPRESSION --weight -2`, `pledgewatch run --config my.toml`,
    `PLEDGEWATCH_DB=FILE pledgewatch pledges`: a command written out in the prose (the usage rows,
    with their brackets, are read by tests/project/test_docs.py) is accepted by the argument
    parser as written, its placeholders filled in."""
    import contextlib
    import io

    from bot.cli.parser import build_parser

    spans = re.findall(r"`(?:[A-Z_]+=\S+ )*(?:\.venv/bin/)?pledgewatch ([a-z][^`]*)`", README)
    commands = {span.removesuffix(" | head") for span in spans
                if not re.search(r"[\[\]|]|\.\.\.", span.removesuffix(" | head"))}
    top_level = {"run", "demo", "poll", "analyze", "reanalyze", "rules", "feeds", "pledges", "stories", "web",
                 "db", "audit", "status"}
    commands = {command for command in commands if command.split()[0] in top_level}
    assert len(commands) >= 20, commands  # the README stopped writing commands this way: this test no longer reads them
    refused = []
    for command in sorted(commands):
        words = ["1" if word in ("ID", "N", "SECONDS") else "x.toml" if word == "FILE" else
                 "tank" if word in ("EXPRESSION", "TEXT") else word for word in command.split()]
        with contextlib.redirect_stderr(io.StringIO()) as err:
            try:
                build_parser().parse_args(words)
            except SystemExit:
                if "arguments are required" in err.getvalue() and re.fullmatch(r"[a-z]+ [a-z]+", command):
                    continue  # a command named, not run ("`pledgewatch rules remove` warns alike")
                refused.append(f"`pledgewatch {command}`: {err.getvalue().strip().splitlines()[-1:]}")
    assert not refused, refused
