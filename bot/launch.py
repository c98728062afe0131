"""The process entry of the `pledgewatch` command and of `python -m bot`: the
collector paused for start-up (see bot.collector), then the command line."""

from __future__ import annotations


def main() -> int:
    from bot import collector

    collector.pause_for_start_up()  # before importing the command line and all it imports
    from bot.cli import main as cli_main

    return cli_main()
