"""The process entry of the `pledgewatch` command and of `python -m bot`: the
collector paused for start-up (see bot.gc_pauses), the dataclasses' methods and the
regular expressions compiled once across processes (see bot.dataclass_code and
bot.regex_code), then the command line."""

from __future__ import annotations

import sys


def main() -> int:
    from bot import dataclass_code, gc_pauses, regex_code

    gc_pauses.pause_for_start_up()  # before importing the command line and all it imports
    dataclass_code.use_cache()  # before the first dataclass of pledgewatch is defined
    try:
        # before the first module that compiles a pattern as it is imported; inside the `try`:
        # it imports the pattern gates' module, which needs re2, a dependency
        regex_code.use_cache()
        from bot.cli import main as cli_main
    except ModuleNotFoundError as exc:
        if not _is_a_dependency(exc.name):
            raise
        print(_missing_dependency(exc.name), file=sys.stderr)
        return 1
    return cli_main(keep_logging=True)


def _is_a_dependency(module: str | None) -> bool:
    """A module outside pledgewatch's own package: one `pip install` brings. A module of
    `bot` that is missing is a broken install or a bug, shown as Python tells it."""
    return bool(module) and module.split(".")[0] != "bot"


def _missing_dependency(module: str) -> str:
    """`python -m bot` typed in a clone with the system's Python (the README says it is the
    same as `pledgewatch`) ended in a 20-line traceback about `re2`, a name the newcomer
    had never met. One line instead, saying which Python it was and what to run."""
    return (f"pledgewatch: error: this Python ({sys.executable}) does not have pledgewatch's dependencies "
            f"(no module {module!r}): install them as the README's Quick start does "
            "(`python3 -m venv .venv && .venv/bin/pip install .`) and run `.venv/bin/pledgewatch`, "
            "or `.venv/bin/python -m bot`")
