"""The process entry of the `pledgewatch` command and of `python -m bot`: the
collector paused for start-up (see bot.gc_pauses) and the dataclasses' methods
compiled once across processes (see bot.dataclass_code), then the command line."""

from __future__ import annotations


def main() -> int:
    from bot import dataclass_code, gc_pauses

    gc_pauses.pause_for_start_up()  # before importing the command line and all it imports
    dataclass_code.use_cache()  # before the first dataclass of pledgewatch is defined
    from bot.cli import main as cli_main

    return cli_main(keep_logging=True)
