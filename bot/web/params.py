"""Query parameters of the web pages -> a view, and views -> links. Pure.

The filter words are those of `/pledges` in chat (bot.core.pledges.listing.filters.parse_pledge_filters),
carried in one parameter `q`, so a view can be shared as a link and read back by the same
parser. Every parameter is bounded; anything else is refused with a message saying what
is accepted (the server answers it with 400).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import unquote_to_bytes, urlencode

from bot.core.feeds.host_scripts import MixedLabel, mixed_script_label
from bot.core.pledges.listing.filter_guess import guessed_filter_word
from bot.core.pledges.listing.filters import (
    FILTER_CATEGORIES,
    MAX_PERIOD_DAYS,
    STATUS_FILTER_WORDS,
    LeftOutError,
    PeriodOutOfRangeError,
    PledgeFilter,
    PledgeFilterError,
    SummaryAndChartError,
    parse_pledge_filters,
)
from bot.core.pledges.passes.entities import Entities
from bot.core.text.safe_text import clean_typed
from bot.pledge_export import CSV_SEPARATORS
from bot.web.texts import w

MAX_VALUE_CHARS = 200
MAX_PAGE = 10_000
# A record's number in a page's path (/pledges/<id>, /stories/<id>): SQLite's ids are 64-bit,
# and 18 digits are always within them.
MAX_RECORD_DIGITS = 18
SORTS = ("newest", "oldest", "donor", "category", "status", "value")
LANGS = ("en", "fr", "de")
# A range of days (`from`, `to`, both included, in UTC) fixes a view in time: a figure cited
# from "30d" changes the next day, one from from=2026-03-01&to=2026-05-31 stays (until a
# poll stores a report dated in it). Days out of these bounds are no dates of the news read.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
# A day as a page's language also writes it, day first (31/03/2026, 31.03.2026), read on that
# language's pages beside YYYY-MM-DD. The day fields are text fields saying so: a browser's
# date field shows its own locale's order whatever the page's language (an English browser
# showed 03/31/2026 on a French page), and where it has none a reader typed the date as their
# language writes it and was refused. English has no such form: 03/04/2026 is March or April.
# The server sends the address with YYYY-MM-DD to be shared (canonical_days).
DAY_FORMS = {"fr": re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})"),
             "de": re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")}
# The same, as an input's pattern attribute (a browser checks it before sending the form).
DAY_PATTERNS = {"en": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
                "fr": "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}",
                "de": "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}"}

# The figures the 400 answer's words name (bot/web/texts.py, `accepts_*` and `refused_*`).
_LIMITS = {"max_chars": MAX_VALUE_CHARS, "max_page": MAX_PAGE, "sorts": ", ".join(SORTS),
           "max_years": MAX_PERIOD_DAYS // 365, "max_id": "9" * MAX_RECORD_DIGITS,
           "first_day": FIRST_DAY.isoformat(), "last_day": LAST_DAY.isoformat()}

# status -> the filter word that reads back as it (the first of STATUS_FILTER_WORDS)
_STATUS_WORD = {}
for _word, _status in STATUS_FILTER_WORDS.items():
    _STATUS_WORD.setdefault(_status, _word)


class BadRequest(ValueError):
    """A query the pages do not accept: what is wrong (`reason`, a key of the `refused_*`
    texts, with `values`) and what the parameters in `accepted` accept. str() says it in
    English (the downloads' one line); in_language() in a page's language: a French page
    refusing a parameter said why in English."""

    def __init__(self, reason: str, accepted: Sequence[str] = (), **values: object):
        self.reason, self.accepted, self.values = reason, tuple(accepted), values
        super().__init__(self.in_language("en"))

    def in_language(self, lang: str) -> str:
        accepts = w(lang, "semicolon").join(f"{name}{w(lang, 'colon')}{w(lang, f'accepts_{name}', **_LIMITS)}"
                            for name in self.accepted)
        values = {name: value.describe(lang) if isinstance(value, MixedLabel) else value
                  for name, value in self.values.items()}  # a look-alike word, told in the page's language
        return w(lang, f"refused_{self.reason}", accepts=accepts, **_LIMITS, **values)


@dataclass(frozen=True)
class View:
    flt: PledgeFilter = PledgeFilter()
    sort: str = "newest"
    page: int = 1
    lang: str | None = None  # as asked in the URL; None: from Accept-Language
    # The path the tracker is served under behind a proxy (`[web] public_url`'s, "/tracker"),
    # which starts every link; "" at the host's root. Never from the request.
    root: str = ""
    # The days asked by `from` and `to` (both included, UTC); None: open on that side.
    first_day: date | None = None
    last_day: date | None = None
    # A period word the query gave beside a range of days, not applied (the range wins): the
    # page says so, where the word had gone without a trace from the view and its form.
    set_aside: str = ""

    @property
    def has_range(self) -> bool:
        return self.first_day is not None or self.last_day is not None


def _cleaned(query: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The query's names and values as chat reads a command's arguments (bot.core.chat.commands):
    without invisible characters or controls, accents composed, spaces stripped. A zero-width space or a byte
    order mark pasted with a link (`lang=fr` + U+200B) was refused as a language or page the
    asker saw written right."""
    cleaned: dict[str, list[str]] = {}
    for name, values in query.items():
        cleaned.setdefault(clean_typed(name), []).extend(clean_typed(value) for value in values)
    return cleaned


def check_utf8(raw_query: str, allowed: Sequence[str]) -> None:
    """BadRequest naming the first parameter of the query as written (percent-encoded) whose
    name or value is not UTF-8 once decoded. The decoded query put U+FFFD in their place, and
    the page refused "'\ufffd' not understood", leaving the reader to guess what was typed."""
    for pair in raw_query.split("&"):
        name, _, value = pair.partition("=")
        try:
            decoded = _utf8(name)
        except UnicodeDecodeError:
            raise BadRequest("not_utf8_name", allowed, value=repr(name[:40])) from None
        try:
            _utf8(value)
        except UnicodeDecodeError:
            name = clean_typed(decoded)
            raise BadRequest("not_utf8", [name] if name in allowed else allowed, name=repr(name[:40]),
                             value=repr(value[:40])) from None


def _utf8(written: str) -> str:
    """A query's name or value as written ("%C3%A9t%C3%A9+2"), decoded; UnicodeDecodeError
    when its bytes are not UTF-8."""
    return unquote_to_bytes(written.replace("+", " ")).decode("utf-8")


def parse_view(query: Mapping[str, Sequence[str]], allowed: Sequence[str], entities: Entities,
               page_lang: str = "en") -> View:
    """The view a page's query asks for; BadRequest on any parameter not accepted here.
    `page_lang`: the language
    the page is in (its `lang` else the reader's), whose way of writing a day is read too."""
    query = _cleaned(query)
    for name, values in query.items():
        if name not in allowed:
            raise BadRequest("unknown", allowed, name=repr(name[:40]))
        if len(values) != 1:
            raise BadRequest("repeated", [name], name=repr(name), count=len(values))
        if len(values[0]) > MAX_VALUE_CHARS:
            raise BadRequest("too_long", [name], name=repr(name))
    value = {name: values[0] for name, values in query.items()}
    try:
        flt, year = _filters_and_year(value.get("q", ""), entities)
    except SummaryAndChartError:
        raise BadRequest("chat_words", ["q"]) from None
    except PeriodOutOfRangeError as exc:
        raise BadRequest("period_range", ["q"], word=repr(exc.word[:60])) from None
    except PledgeFilterError as exc:
        if exc.kind:
            raise BadRequest(f"one_{exc.kind}", ["q"], word=repr(exc.word[:60])) from None
        # "Gеrmany" with a Cyrillic "е" reads as a donor the message lists as accepted.
        look_alike = mixed_script_label(exc.word[:60])
        # A word near a filter word in spelling ("tnaks") is told the word meant, as in chat.
        close = None if look_alike else guessed_filter_word(exc.word, entities)
        reason = "look_alike" if look_alike else "not_understood_close" if close else "not_understood"
        raise BadRequest(reason, ["q"], word=repr(exc.word[:60]),
                         mixed=look_alike or "", close=close or "") from None
    if flt.summary or flt.chart:
        raise BadRequest("chat_words", ["q"])
    sort = value.get("sort", "newest")
    if sort not in SORTS:
        raise BadRequest("value", ["sort"], name="sort", value=repr(sort[:40]))
    page_text = value.get("page", "1")
    if not (page_text.isascii() and page_text.isdigit() and 1 <= int(page_text) <= MAX_PAGE):
        raise BadRequest("value", ["page"], name="page", value=repr(page_text[:40]))
    lang = _language(value.get("lang"))
    day_lang = lang or page_lang
    first_day, last_day = _day(value, "from", day_lang), _day(value, "to", day_lang)
    if first_day and last_day and first_day > last_day:
        raise BadRequest("day_order", ["from", "to"], first=first_day.isoformat(), last=last_day.isoformat())
    if year and not (first_day or last_day):
        # The year's days, the range its links and form then give (q=germany+2025 is
        # from=2025-01-01&to=2025-12-31): a period beside it is set aside as beside a range.
        first_day, last_day, year = date(year, 1, 1), date(year, 12, 31), None
    if first_day or last_day:
        # A period and a range are one or the other, and the range wins, as in link(): the
        # filter form keeps the period word in its q field, so a reader who picked a day on
        # a period's view (/pledges?q=germany+30d) sent both and got a 400 page.
        set_aside = " ".join(word for word in (flt.period, str(year) if year else "") if word)
        flt = replace(flt, days=None, period=None)
    else:
        set_aside = ""
    return View(flt=flt, sort=sort, page=int(page_text), lang=lang, first_day=first_day, last_day=last_day,
                set_aside=set_aside)


def _filters_and_year(text: str, entities: Entities) -> tuple[PledgeFilter, int | None]:
    """The filter words `text` gives, and a year among them that they do not read otherwise
    (germany 2025), from FIRST_DAY's to LAST_DAY's, else None. The pages read a year as its days;
    it was refused as a filter word not understood, the first word a reader asking what a donor
    promised in a year typed. (Chat's /pledges reads no year: it has no range of days.)"""
    try:
        return parse_pledge_filters(text, entities), None
    except LeftOutError as exc:
        raise BadRequest("left_out", ["q"], word=repr(exc.word[:60])) from None
    except PledgeFilterError as exc:
        word = exc.word
        if exc.kind or not (len(word) == 4 and word.isascii() and word.isdigit()
                            and FIRST_DAY.year <= int(word) <= LAST_DAY.year):
            raise
    rest = re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", " ", text, count=1)
    return parse_pledge_filters(rest, entities), int(word)


def _day(value: Mapping[str, str], name: str, lang: str = "en") -> date | None:
    """The day `name` gives as YYYY-MM-DD (or as `lang` writes it, DAY_FORMS) within
    FIRST_DAY..LAST_DAY; None when not given or left empty (the form's day fields send
    `from=` when left blank); BadRequest otherwise."""
    text = value.get(name, "")
    if not text:
        return None
    try:
        if len(text) == 10 and text.isascii() and text[4] == text[7] == "-":
            day = date.fromisoformat(text)
        elif (form := DAY_FORMS.get(lang)) and (written := form.fullmatch(text)):
            day = date(int(written[3]), int(written[2]), int(written[1]))
        else:
            day = None
    except ValueError:
        day = None
    if day is None or not FIRST_DAY <= day <= LAST_DAY:
        raise BadRequest("value", [name], name=name, value=repr(text[:40]))
    return day


def canonical_days(raw_query: str, view: View) -> str | None:
    """The query as written with its days as YYYY-MM-DD, where one was written otherwise
    (31/03/2026 from a French page's field): the address to send the reader on to, which any
    language's page reads; None when the days are written so already."""
    days = {"from": view.first_day, "to": view.last_day}
    pieces, changed = raw_query.split("&"), False
    for index, pair in enumerate(pieces):
        name, _, value = pair.partition("=")
        day, written = days.get(clean_typed(_utf8(name))), clean_typed(_utf8(value))
        # A field left empty is no bound, even where a year in the words gave the view its days.
        if day is not None and written and written != day.isoformat():
            pieces[index], changed = f"{name}={day.isoformat()}", True
    return "&".join(pieces) if changed else None


def record_id(text: str) -> int:
    """The record number `text` of a page's path (/pledges/<id>): digits, no leading zero, at
    most MAX_RECORD_DIGITS; BadRequest otherwise."""
    if text.isascii() and text.isdigit() and not text.startswith("0") and len(text) <= MAX_RECORD_DIGITS:
        return int(text)
    raise BadRequest("record_id", ["id"], value=repr(text[:40]))


# A donor's code in the path of its page (/donors/DE): as the store keeps donors (ISO 3166
# codes, NATO, EU, G7, ALLIES): a capital letter, then capitals or digits, 2 to 8 in all.
_DONOR_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")


def donor_code(text: str) -> str:
    """The donor code `text` of a page's path (/donors/DE), in capitals as the store keeps it
    (/donors/de names the same donor: the server moves it to /donors/DE); BadRequest otherwise."""
    code = text.upper() if text.isascii() else text
    if _DONOR_CODE.fullmatch(code):
        return code
    raise BadRequest("donor_code", ["donor"], value=repr(text[:40]))


def without_page_donors(view: View, donors: Sequence[str]) -> View:
    """The view of a page whose donors its address names (/donors/DE, the comparison's a and b),
    with the filter words' donor taken off when it is one of them (q=germany on Germany's
    page says nothing more); BadRequest when the words name another donor, which the page
    cannot show: its donors are in its address. Until stop 62 these pages took a range of
    days alone and refused `q` ("unknown parameter"), though every other page takes it. On
    the comparison, a donor of the two (q=DE beside a=DE&b=FR) says nothing more either: it was
    refused until stop 63, though the page shows that donor, as a filter link on it may name."""
    donor = view.flt.donor
    if donor is None:
        return view
    if donor in donors:
        return replace(view, flt=replace(view.flt, donor=None))
    raise BadRequest("page_donor", ["q"], donor=donor, page_donors=" / ".join(donors))


def _language(asked: str | None) -> str | None:
    """"fr" for lang=fr, FR, fr-FR or fr_CA, "de" for de, de-AT or de_CH (as /lang reads them
    in chat); BadRequest for a language the pages are not written in."""
    if asked is None:
        return None
    code = asked.strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGS:
        raise BadRequest("value", ["lang"], name="lang", value=repr(asked[:40]))
    return code


def asked_language(query: Mapping[str, str]) -> str | None:
    """The language the query's `lang` asks for, whatever else it holds; None when it asks
    none or one the pages are not written in. For the page refusing the query: the view
    that would have carried the language is never made."""
    try:
        return _language(clean_typed(query.get("lang", ""))) or None
    except BadRequest:
        return None


def filter_words(flt: PledgeFilter) -> str:
    """The filter as words parse_pledge_filters reads back to the same filter."""
    words = []
    if flt.donor:
        words.append(flt.donor)
    if flt.category:
        words.append(flt.category)
    if flt.system:
        words.append(f'"{flt.system}"' if " " in flt.system else flt.system)
    if flt.status:
        words.append(_STATUS_WORD[flt.status])
    if flt.period:
        words.append(flt.period)
    return " ".join(words)


def filterable(field: str, value: str) -> bool:
    """Whether a filter word names `value`, so a link filtering by it reads back. A status
    or category a stored row carries may have none: an older pledgewatch's "requested",
    a category since renamed (its link made the whole page fail)."""
    if field == "status":
        return value in _STATUS_WORD
    if field == "category":
        return value in FILTER_CATEGORIES
    return bool(value)


def feed_link(path: str, view: View) -> str:
    """`path` with the view's filter and language alone: what names a feed, whatever the
    spelling of its words (q=DE and q=germany) and its other parameters, its range of days
    included (a feed of March is not the feed of every day). English, a feed's language when
    none is asked, is not named (lang=en is the same feed)."""
    return link(path, View(flt=view.flt, lang=None if view.lang == "en" else view.lang, first_day=view.first_day,
                           last_day=view.last_day))


def link(path: str, view: View, **changes: object) -> str:
    """A URL for `path` showing `view` with `changes` (filter fields, sort, page, lang).
    A changed filter goes back to page 1. Defaults are left out, so links stay short.
    The link starts with the view's root (the path a proxy serves the tracker under)."""
    filter_changes = {k: v for k, v in changes.items() if k in PledgeFilter.__dataclass_fields__}
    flt = replace(view.flt, **filter_changes) if filter_changes else view.flt
    if "days" in filter_changes and not filter_changes.get("days"):
        flt = replace(flt, period=None)
    # A period and a range of days are one or the other: choosing a period (or "all time")
    # ends the range, choosing a range ends the period.
    first_day, last_day = view.first_day, view.last_day
    if "days" in filter_changes:
        first_day = last_day = None
    if "first_day" in changes or "last_day" in changes:
        first_day, last_day = changes.get("first_day"), changes.get("last_day")
        flt = replace(flt, days=None, period=None)
    changed_view = filter_changes or {"first_day", "last_day"} & changes.keys()
    page = changes.get("page", 1 if changed_view or "sort" in changes else view.page)
    sort = changes.get("sort", view.sort)
    lang = changes.get("lang", view.lang)
    params = {"q": filter_words(flt), "from": first_day.isoformat() if first_day else "",
              "to": last_day.isoformat() if last_day else "",
              "sort": sort if sort != "newest" else "", "page": page if page != 1 else "", "lang": lang or ""}
    query = urlencode({k: v for k, v in params.items() if v})
    # An empty path is the page's own address ("?lang=fr" on an error page), already under the root.
    start = view.root + path if path else ""
    return f"{start}?{query}" if query else start


def csv_semicolons(query: Mapping[str, Sequence[str]]) -> bool:
    """Whether the CSV download's query asks for semicolons (`sep=semicolon`); BadRequest for
    a `sep` that is neither of CSV_SEPARATORS. (parse_view has bounded the parameters.)"""
    value = {name: values[0] for name, values in _cleaned(query).items() if values}
    sep = value.get("sep", "comma").lower()
    if sep not in CSV_SEPARATORS:
        raise BadRequest("value", ["sep"], name="sep", value=repr(value["sep"][:40]))
    return sep == "semicolon"


# The page comparing two donors (/donors/compare?a=DE&b=FR): its path and its two parameters.
COMPARE_PATH = "/donors/compare"
COMPARED = ("a", "b")


def compared_donors(query: Mapping[str, Sequence[str]], entities: Entities) -> tuple[str, str]:
    """The two donors `a` and `b` of the comparison page, as the store keeps them ("DE"):
    each a donor's code or a word the filters read as one donor (germany, Allemagne, uk);
    BadRequest when one is missing or not a donor, or when both name the same donor.
    (parse_view has already bounded the parameters' number and length.)"""
    value = {name: values[0] for name, values in _cleaned(query).items() if values}
    donors = []
    for name in COMPARED:
        text = value.get(name, "")
        if not text:
            raise BadRequest("compare_missing", COMPARED, name=name)
        donors.append(_one_donor(name, text, entities))
    if donors[0] == donors[1]:
        raise BadRequest("compare_same", COMPARED, donor=donors[0])
    return donors[0], donors[1]


def _one_donor(name: str, text: str, entities: Entities) -> str:
    """The donor `text` names: a word the filters read as one donor and nothing else, else a
    donor's code the filters do not know (one the store may hold all the same)."""
    try:
        flt = parse_pledge_filters(text, entities)
    except PledgeFilterError:
        flt = None
    if flt is not None:
        # "tanks" is a category, "30d" a period: understood, and not a donor.
        if flt.donor and replace(flt, donor=None) == PledgeFilter():
            return flt.donor
    else:
        try:
            return donor_code(text)
        except BadRequest:
            pass
    # "Gеrmany" with a Cyrillic "е" looks like a donor the answer lists: said, as the filter words say it.
    if look_alike := mixed_script_label(text[:60]):
        raise BadRequest("compare_look_alike", [name], name=name, value=repr(text[:40]), mixed=look_alike)
    raise BadRequest("compare_donor", [name], name=name, value=repr(text[:40]))
