"""Every benchmark command README.md and docs/*.md show (`python bench/bench_poll_cycle.py --mix
validators --cycles 3`) is one its script takes: each option is one the script's --help lists,
and a value shown for an option with fixed choices (`--mix validators\\|identical`) is one of
them. A benchmark's option renamed or dropped would otherwise leave a reproduce command that
stops at once with "unrecognized arguments"."""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PAGES = ["README.md", *sorted(path.relative_to(REPO).as_posix() for path in (REPO / "docs").glob("*.md"))]
_COMMAND = re.compile(r"`python (bench/\w+\.py)((?: [^`]*)?)`")


def shown_commands() -> dict[str, set[str]]:
    """script -> the argument strings the pages show for it (placeholders and brackets kept)."""
    shown: dict[str, set[str]] = {}
    for page in PAGES:
        for script, arguments in _COMMAND.findall((REPO / page).read_text(encoding="utf-8")):
            shown.setdefault(script, set()).add(arguments.replace("\\|", "|"))
    return shown


def options_of(help_text: str) -> dict[str, set[str] | None]:
    """--option -> its choices ({a,b} in the help), or None when it takes anything or nothing."""
    options: dict[str, set[str] | None] = {}
    for flag, choices in re.findall(r"(--[\w-]+)(?: \{([^}]*)\})?", help_text):
        options.setdefault(flag, set(choices.split(",")) if choices else None)
        if choices:
            options[flag] = set(choices.split(","))
    return options


def problems_with(arguments: str, options: dict[str, set[str] | None]) -> list[str]:
    words = arguments.replace("[", " ").replace("]", " ").split()
    problems = []
    for index, word in enumerate(words):
        if not word.startswith("--"):
            continue
        if word not in options:
            problems.append(f"{word}: no such option")
            continue
        choices = options[word]
        following = words[index + 1] if index + 1 < len(words) else ""
        if choices and following and not following.startswith("--"):
            problems += [f"{word} {value}: not one of {sorted(choices)}"
                         for value in following.split("|") if value not in choices]
    return problems


def _help(script: str) -> str:
    done = subprocess.run([sys.executable, script, "--help"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (script, done.stderr[-2000:])
    return done.stdout


def test_every_benchmark_command_shown_is_one_its_script_takes():
    shown = shown_commands()
    assert len(shown) >= 8, shown  # the pages stopped writing commands this way: this test no longer reads them
    missing = [script for script in shown if not (REPO / script).is_file()]
    assert not missing, f"pages show benchmarks that do not exist: {missing}"
    with ThreadPoolExecutor(max_workers=2) as pool:
        helps = dict(zip(shown, pool.map(_help, shown)))
    wrong = {f"python {script}{arguments}": found
             for script, all_arguments in shown.items() for arguments in sorted(all_arguments)
             if (found := problems_with(arguments, options_of(helps[script])))}
    assert not wrong, wrong


def test_an_option_gone_or_a_choice_not_offered_is_caught():
    help_text = "usage: x [-h] [--mix {half,validators}] [--cycles CYCLES]\n  --mix {half,validators}\n  --cycles CYCLES"
    options = options_of(help_text)
    assert problems_with(" --mix validators|half --cycles 3", options) == []
    assert problems_with(" --mix identical --cycles 3 [--split]", options) == [
        "--mix identical: not one of ['half', 'validators']", "--split: no such option"]
