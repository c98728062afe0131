"""`pledgewatch analyze`: JSON Lines in, one verdict line out per input line, with no
database needed (the rules file is compiled when none exists; see bot.cli.dispatch)."""

from __future__ import annotations

import argparse
import json
import logging
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the analyzer pulls in the rule engine: imported only when the command runs
    from bot.core.analysis import Analyzer

log = logging.getLogger("bot")


# One JSON line of `analyze` may hold at most this many bytes (the feed path's 100,000
# characters of text, plus room for JSON escapes); a longer line is skipped with an
# error line instead of being read whole (a 50 MB line once took 300 s and 3 GB).
MAX_ANALYZE_LINE_BYTES = 4 * 1024 * 1024

# Names other tools give an article's body. A line holding one of them and no "summary"
# was read from its title alone, with no word said: a whole file analysed so looked like
# the rules missing most articles.
_BODY_NAMES = ("text", "body", "description", "content")


def cmd_analyze(analyzer: Analyzer, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """One JSON line per input line. A line that cannot be read or analysed (not JSON,
    not UTF-8, too long, or a rule that fails on it) gives an error line; the rest go on.
    The rules are the database's where one exists, else the rules file's (see bot.cli.dispatch)."""
    from bot.cli.output import report_note
    from bot.core.text.lookalike_letters import article_text
    from bot.core.text.safe_text import MAX_TEXT_CHARS, MAX_TITLE_CHARS

    body_name_told = False
    for number, raw in enumerate(_bounded_lines(stdin, MAX_ANALYZE_LINE_BYTES), start=1):
        item_id = None
        try:
            if raw is None:
                raise ValueError(f"line longer than {MAX_ANALYZE_LINE_BYTES} bytes")
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            item_id = item.get("id")
            # An id we could not write back is refused here: a lone surrogate, or NaN and
            # Infinity (also 1e999), which Python reads but which are not JSON.
            json.dumps(item_id, ensure_ascii=False, allow_nan=False).encode("utf-8")
            # The same cleaning and caps as text from a feed (bot.adapters.feed_parse).
            title = article_text(str(item.get("title") or ""))[:MAX_TITLE_CHARS]  # cleaned as from a feed
            summary = article_text(str(item.get("summary") or ""))[:MAX_TEXT_CHARS]
            misnamed = next((name for name in _BODY_NAMES if name in item), None) if "summary" not in item else None
            if misnamed is not None and not body_name_told:  # once: it is how the whole input was written
                body_name_told = True
                report_note(f"pledgewatch: analyze: line {number}: the field \"{misnamed}\" is not read: an item's text "
                            "goes in \"summary\"; items without one are read from their title alone")
            lang = item.get("lang") if isinstance(item.get("lang"), str) else None
            published = _published(item.get("date"))
            if published is None and item.get("date") is not None:
                # Read without a date, as before, but said: "06/12/2026" or 20261206 had been
                # dropped unseen, and a chronology's later months then read as told, not pledged.
                report_note(f"pledgewatch: analyze: line {number}: date {_shown(item.get('date'))} is not an ISO date "
                            "(2026-12-06, or 2026-12-06T10:00:00+00:00): the item is read without one")
        except (ValueError, UnicodeError, TypeError, RecursionError) as exc:
            # RecursionError: JSON nested too deep to read ("[[[[..." 100,000 deep) ended the run.
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            out.write(json.dumps({"id": None, "line": number, "error": f"invalid input: {reason}"}) + "\n")
            continue
        try:
            verdict = analyzer.analyze(title, summary, lang, published)
            record = {
                "id": item_id,
                "relevant": verdict.relevant,
                "score": round(verdict.score, 3),
                "topics": list(verdict.topics),
                "pledges": [pledge_dict(p) for p in verdict.pledges],
            }
            if args.explain:
                record["explain"] = analyzer.ruleset.explain(verdict)
            text = json.dumps(record, ensure_ascii=False)
        except Exception as exc:  # noqa: BLE001 - one item a rule or extractor fails on must not end the run
            log.debug("analyze: line %d failed", number, exc_info=True)
            text = json.dumps({"id": item_id, "line": number, "error": f"analysis failed: {type(exc).__name__}: {exc}"},
                              ensure_ascii=True)
        out.write(text + "\n")
    return 0


def _bounded_lines(stdin: TextIO, limit: int):
    """The lines of stdin as bytes (None for a line over `limit` bytes, which is
    skipped without being held). Bytes, so one line that is not UTF-8 is that line's
    error, not the end of the run; a text stream without a buffer (tests) gives str."""
    binary = getattr(stdin, "buffer", None)
    if binary is None:
        yield from stdin
        return
    while True:
        line = binary.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = binary.readline(1024 * 1024)
            yield None
            continue
        yield line


def pledge_dict(pledge) -> dict:
    return {
        "donor": pledge.donor,
        "item": pledge.item,
        "system": pledge.system,
        "category": pledge.category,
        "quantity": pledge.quantity,
        "value": pledge.value,
        "currency": pledge.currency,
        "status": pledge.status,
        "evidence": pledge.evidence,
    }


def _shown(value: object) -> str:
    """A value as given, quoted short: a note must not repeat a whole line."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _published(value: object) -> date | None:
    """An item's "date" (ISO, "2026-12-06" or a full timestamp), the day its article was
    published, in UTC as the poll reads a feed's date (a timestamp with a zone is moved to UTC;
    a day alone is that day); anything else is no date, read as before (the field is optional)."""
    if not isinstance(value, str):
        return None
    try:
        if len(value.strip()) <= 10:
            return date.fromisoformat(value.strip())
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (moment.astimezone(UTC) if moment.tzinfo is not None else moment).date()
