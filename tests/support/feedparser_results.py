"""feedparser's parse result as plain data, for comparing two parses of one document."""

from __future__ import annotations


def plain_result(value: object) -> object:
    """`value` with every dict read by dict's own methods (FeedParserDict's look-ups bypassed),
    lists and tuples element by element, exceptions by their repr."""
    if isinstance(value, dict):
        return type(value).__name__, [(key, plain_result(item)) for key, item in dict.items(value)]
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [plain_result(item) for item in value]
    if isinstance(value, BaseException):
        return repr(value)
    return value
