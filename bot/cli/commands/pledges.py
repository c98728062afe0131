"""`pledgewatch pledges ...`: the pledge table as /pledges in chat answers it (list,
summary, chart), plus the whole list and the CSV/JSON export."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cli.output import terminal_text, write_built
from bot.cli.parser import MAX_LISTED_PLEDGES
from bot.cli.whole_files import write_whole
from bot.errors import CommandError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def cmd_pledges(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The same answers as /pledges in chat (one command table and one filter parser),
    plus the whole list (--all / --limit) and the export, which honours the filters."""
    from bot.core.chat.services import ChatContext
    from bot.core.pledges.listing.filter_guess import guessed_filter_word, words_put_right
    from bot.core.pledges.listing.filters import (
        LeftOutError, PeriodOutOfRangeError, PledgeFilterError, parse_pledge_filters,
    )

    table = app.command_table()
    exporting = args.words[:1] == ["export"]
    words = " ".join(args.words[1:] if exporting else args.words)
    console = ChatContext(platform="console", chat_id="cli", user_id="cli", is_admin=True, can_manage_chat=True)
    try:
        flt = parse_pledge_filters(words, table.entities)
    except PledgeFilterError as exc:
        # The same answer as in chat, but as an error (a script must not take it for a
        # result) in the form of every other error: it had come without "pledgewatch: error:".
        # Its last paragraph: chat's first names the command to send in chat for a word it is
        # near ("tnaks"), said here as the command to run.
        answer = as_error_line(table.handle(console, "pledges", words).text.split("\n\n")[-1])
        # The chat's answer names the words chat takes; the command line takes `export` too,
        # and a mistyped "exprot" was told only of summary and chart.
        not_understood = (exc.kind is None and not isinstance(exc, (PeriodOutOfRangeError, LeftOutError))
                          and not exporting)
        if not_understood:
            answer = f"{answer.rstrip('.')}, or export as the first word."
        if exc.kind is None and (close := guessed_filter_word(exc.word, table.entities)):
            fixed = " ".join(["export"] * exporting + [words_put_right(words, exc.word, close)])
            answer += f"\ndid you mean {close}? Run: pledgewatch pledges {fixed}"
        raise CommandError(answer) from exc
    if args.limit is not None and not 1 <= args.limit <= 1_000_000:
        raise CommandError("--limit: must be at least 1 (or use --all)")
    _refuse_unused_options(args, "export" if exporting else "chart" if flt.chart else "summary" if flt.summary
                           else "list")
    if exporting:
        return _export_pledges(app, args, flt, out)
    if flt.summary or flt.chart:
        reply = table.handle(console, "pledges", words)
    else:
        # When nothing is kept, chat's words: none found yet, or the filters as read ("Deutschland"
        # as Germany); a bare "No pledges match." on a new database blamed filters never given.
        reply = table.pledge_list(flt, "en", None if args.all else (args.limit or MAX_LISTED_PLEDGES),
                                  more_hint=" (--all lists every one, --limit N the newest N)")
    if reply.photo is not None:
        # The file first: one that cannot be written is the command's error, with nothing
        # on stdout that a script could take for its result.
        target = args.out or Path("pledges.png")
        write_whole(target, reply.photo)
    write_built(out, terminal_text(reply, out) + "\n")
    if reply.photo is not None:
        out.write(f"chart written to {target}\n")
    return 0


def as_error_line(chat_reply: str) -> str:
    """A chat reply told as the CLI's error: "Filter 'x' not understood. ..." becomes
    "filter 'x' not understood. ...", to follow "pledgewatch: error: "."""
    return chat_reply[:1].lower() + chat_reply[1:]


def _refuse_unused_options(args: argparse.Namespace, output: str) -> None:
    """An option the chosen output does not use is an error, not dropped: `pledges --out
    mine.csv` printed the list and wrote no file, `export --limit 2` exported every pledge."""
    if args.out is not None and output not in ("chart", "export"):
        raise CommandError("--out: only `pledges chart` and `pledges export` write a file; "
                           f"the {output} prints to standard output")
    if args.format is not None and output != "export":
        raise CommandError("--format: only `pledges export` has a format (csv or json)")
    if args.sep is not None and (output != "export" or args.format == "json"):
        raise CommandError("--sep: only `pledges export` in CSV parts its cells (comma or semicolon)"
                           + ("; JSON has no cells" if output == "export" else ""))
    for option, given in (("--limit", args.limit is not None), ("--all", args.all)):
        if given and output != "list":
            raise CommandError(f"{option}: only the list is cut to the newest pledges; "
                               f"`pledges {output}` takes every pledge the filters keep")


def _export_pledges(app: App, args: argparse.Namespace, flt, out: TextIO) -> int:
    """Every pledge the filters keep (all of them without filters), newest first."""
    from bot.pledge_export import for_spreadsheets, organisation_codes, pledges_to_csv, pledges_to_json

    if flt.summary or flt.chart:
        raise CommandError("pledges export: takes filters (donor, category, system, status, period), not summary or chart")
    since = app.clock.now() - timedelta(days=flt.days) if flt.days else None
    rows = app.store.pledge_rows(since, donor=flt.donor, category=flt.category, systems=flt.systems,
                                 status=flt.status)
    organisations = organisation_codes(app.rules.entities)
    is_csv = (args.format or "csv") == "csv"
    semicolons = args.sep == "semicolon"
    text = (pledges_to_csv(rows, organisations, semicolons=semicolons) if is_csv
            else pledges_to_json(rows, organisations))
    if args.out:
        write_whole(args.out, (for_spreadsheets(text) if is_csv else text).encode("utf-8"))
        out.write(f"{len(rows)} pledges written to {args.out}\n")
    else:
        out.write(text)
    return 0
