"""An outlet's revision of its own report: "UPDATE 1-", "CORRECTED-", "(aktualisiert)". Pure.

A feed's second report joins a story that already has one of its reports only as a
near-copy (bot/core/stories/scoring/story_score.py): an outlet rarely files two reports of one
event, and its two reports of a day are usually two events (a live blog's entries above
all). Wire services do file a second report of one event, and say so in the headline: an
update adds paragraphs (a reaction, a quote), which takes the text below a near-copy's
likeness, and a correction changes the very number the first version got wrong. Such a
headline, whose words are otherwise the first version's (numbers aside) or begin with
them, or whose text is still clearly alike, is a revision of that report, not a second
event. A correction may also say so only in a note in its text ("(Corrects day of
announcement ...)", "(Rectificatif : ...)", "(Berichtigt wird ...)"), which marks it too
and is no part of its news; and a rewrite filed at the first version's address with a
revision suffix ("…-update-1") is marked by that address (`article_key`). Conflicting
evidence (another donor, system, phase or day) still keeps them apart, as everywhere, but
for the day a correction takes back (bot/core/stories/own_reports/corrections.py).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A revision marker at the head of a headline, with its separator ("UPDATE 2-",
# "CORRECTED:", "MISE À JOUR -", "1st LEAD-"), or in brackets anywhere ("(updated)",
# "(aktualisiert)", "(Zusammenfassung)", "(mise a jour)", "(2nd LEAD)"). Agencies re-issue
# a report they rewrote with more detail under a new headline so marked: Reuters' "UPDATE
# 1-" and "WRAPUP", Asian agencies' "(LEAD)" and "(2nd LEAD)", dpa's "(Zusammenfassung)",
# AFP's "(MISE A JOUR)" or "(MAJ)". A lead ("Lead:") or summary of another kind is never
# bracketed or numbered so.
_MARKER_WORDS = (
    r"update(?:d)?(?:\s*\d+)?|corrected|correction|corrects|refile(?:d)?|clarification|clarifies|"
    r"wrapup(?:\s*\d+)?|\d+(?:st|nd|rd|th)\s+lead|"
    r"rectificatif|corrig[ée]|mise\s+[àa]\s+jour|mis\s+[àa]\s+jour|actualis[ée]|actualisation|précision|"
    r"korrektur|korrigiert|berichtigt|berichtigung|aktualisiert|aktualisierung|klarstellung"
)
# Only in brackets: "(LEAD)", "(MAJ)" and "(Zusammenfassung)" are markers; "Lead", "Maj." or
# "Zusammenfassung:" opening a headline are words (a digest of the day is no revision).
_BRACKETED_ONLY_WORDS = r"lead|maj|zusammenfassung"
_LEADING_MARKER = re.compile(rf"^\s*(?:{_MARKER_WORDS})\s*[-:–—|]\s*", re.IGNORECASE)
_BRACKETED_MARKER = re.compile(rf"[(\[]\s*(?:{_MARKER_WORDS}|{_BRACKETED_ONLY_WORDS})\s*[)\]]", re.IGNORECASE)
# A wire's urgent first line, at the head of its headline ("FLASH: ...", "BREAKING: ...", "BREAKING NEWS:
# ...", "URGENT - ...", "ALERTE - ...", "ALERTE INFO - ...", "Flash Info : ...", "EILMELDUNG: ...",
# "+++ Eilmeldung +++ ...", "Eil +++ ..."): agencies send the news in one line first, and their full
# write-up follows minutes later under a headline of its own, unmarked. The flash is the write-up's
# first version (revision_pairs.revision_of), never a correction of it. French services name the
# line "alerte info" or "flash info(s)" as often as "alerte" or "flash" alone.
_FLASH_MARKER = re.compile(
    # A dash separates only with a space after it: "Flash-Ball:", "Eil-Gipfel in Paris" are words.
    r"^\s*(?:\+{2,}\s*)?(?:flash(?:\s+infos?)?|breaking(?:\s+news)?|urgent|alerte(?:\s+infos?)?|eilmeldung|eil)"
    r"(?:\s*(?:\+{2,}|[:|])|\s*[-–—](?=\s))\s*",
    re.IGNORECASE,
)
# An outlet's label of its own scoop at the head of a headline ("EXCLUSIVE-US to send ...", "Exclusive:
# ...", "EXCLUSIF - ...", "EXKLUSIV: ..."): like a flash's marker it is the outlet's word on every such
# story, not the news's, and as a headline word it would make one agency's two scoops of a week alike.
# It marks no first version, though: an exclusive is a full story, and what its feed files next is judged
# as any two reports of one feed are. Reuters joins the label to the headline with a bare dash, so a dash
# followed by a capital separates too ("EXCLUSIVE-US"); "Exclusive-economic" would be a word.
_EXCLUSIVE_LABEL = re.compile(
    r"^\s*(?:exclusive|exclusif|exklusiv)(?:\s*[:|]|\s*[-–—](?=\s)|[-–—](?=(?-i:[A-ZÀ-ÖØ-Þ])))\s*",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,\s]\d+)*")
_WORD = re.compile(r"\w+|#")
# A headline key shorter than this many words says too little to be matched by its start.
_MIN_PREFIX_WORDS = 5


# The note a wire service adds to a corrected report, in brackets ("(Corrects day of
# announcement in paragraph 1 to Monday from Tuesday)", "(Clarifies that ...)",
# "(Rectificatif : lundi et non mardi)", "(Berichtigt wird der Wochentag ...)") or as a
# sentence ("This version corrects the date of the announcement.", "Cette version corrige
# ...", "In einer früheren Fassung hieß es fälschlich ..."). It says what was wrong, so it
# names the wrong day beside the right one: it is no part of the news.
_NOTE_VERBS = (
    r"corrects|corrected|correcting|clarifies|clarified|fixes|corrige|rectifie|rectificatif|précise"
    r"|korrigiert|berichtigt|korrektur|präzisiert|klarstellung"
)
_CORRECTION_NOTE = re.compile(
    rf"[(\[]\s*(?:this (?:story|version|item) )?(?:{_NOTE_VERBS})\b[^)\]]*[)\]]"
    r"|\b(?:this (?:story|version|item) (?:corrects|clarifies)"
    r"|cette (?:version|dépêche) (?:corrige|rectifie|précise)"
    r"|in einer früheren (?:fassung|version) hieß es)\b[^.]*\.",
    re.IGNORECASE,
)


def without_correction_notes(text: str) -> str:
    """`text` without the notes that mark it as its outlet's correction (see above)."""
    return _CORRECTION_NOTE.sub(" ", text) if text else text


def marks_revision(title: str, text: str) -> bool:
    """The report marks itself as its outlet's revision of an earlier report: by its
    headline (`revision_headline`) or by a correction note in its text."""
    return revision_headline(title)[0] or bool(_CORRECTION_NOTE.search(text or ""))


def marks_flash(title: str) -> bool:
    """The headline marks the report as a wire's urgent first line (`_FLASH_MARKER`)."""
    return bool(_FLASH_MARKER.search(title))


def revision_headline(title: str) -> tuple[bool, str]:
    """(whether the headline marks a revision, its words without the marker): lowercased,
    every number written "#" (a correction changes a number), one space between words. A
    flash's marker is left out of the words too (a write-up may keep the flash's headline),
    but marks no revision."""
    marked = bool(_LEADING_MARKER.search(title) or _BRACKETED_MARKER.search(title))
    words = _WORD.findall(_NUMBER.sub("#", without_marks(title).lower()))
    return marked, " ".join(words)


def without_marks(title: str) -> str:
    """`title` without a flash's or a revision's marker or an exclusive's label ("EILMELDUNG: ", "UPDATE 1-",
    "(LEAD)", "EXCLUSIF - "), its case and numbers kept: the marker is the wire's word on every such line,
    not the news's, and as a headline name it would make two flashes of one feed about two events alike.
    An update of a scoop keeps its label after the update's ("UPDATE 1-EXCLUSIVE-US to ...")."""
    revised = _LEADING_MARKER.sub("", without_wire_labels(title), count=1)
    return _BRACKETED_MARKER.sub(" ", _EXCLUSIVE_LABEL.sub("", revised, count=1))


def without_wire_labels(title: str) -> str:
    """`title` without a flash's marker ("EILMELDUNG: ") or an exclusive's label ("EXCLUSIF - "), for
    the report's words: the marker is the wire's word on every flash or scoop, not the news's, and as a
    headline name it made two flashes of one feed about two events alike. An update's or correction's
    marker stays in the words, as it always has: the likeness of a revision to its first version was
    tuned with it. A flash of a scoop ("FLASH: EXCLUSIVE-...") loses both."""
    return _EXCLUSIVE_LABEL.sub("", _FLASH_MARKER.sub("", title, count=1), count=1)


def same_headline(revised: str, original: str) -> bool:
    """The revision's headline is the original's, numbers aside, or begins with it ("...,
    Zelensky thanks Copenhagen" added to an update's headline)."""
    if not revised or not original:
        return False
    if revised == original:
        return True
    shorter, longer = sorted((revised, original), key=len)
    return len(shorter.split()) >= _MIN_PREFIX_WORDS and longer.startswith(shorter + " ")


# An outlet re-issuing a report it rewrote may keep its address or change it a little:
# "…/norway-air-defence-ukraine" becomes "…/norway-air-defence-ukraine-update-1", "…-maj",
# "…-aktualisiert", or gains "?update=2". The same address is the same article, which
# the poller stores once; an address that differs only by such a revision suffix names it
# too. A number alone is no such suffix: a site's second article under one slug ("…-2")
# and a live blog's day pages ("…-live-2") are other articles, and so are other queries
# ("?page=2").
_REVISION_SLUG = re.compile(
    r"[-_](?:update[sd]?|corrected|correction|refiled?|maj|mise-a-jour|actualise|aktualisiert|"
    # ("lead" only counted, "…-2nd-lead": "…/germany-to-lead" is a headline's own word)
    r"zusammenfassung|\d+(?:st|nd|rd|th)-lead|rectificatif|korrektur|v\d+)(?:[-_]?\d+)?$",
    re.IGNORECASE,
)
_REVISION_QUERY_NAMES = frozenset({"update", "updated", "v", "version", "rev", "revision"})


def article_key(url: str) -> str:
    """The address of the article `url` links to, without the marks of a revision ("" for
    no usable address): host and path, the path's last part without a revision suffix,
    the query dropped only when it names a revision."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return ""
    path = parts.path.rstrip("/")
    query = _article_query(parts.query)
    if not path and not query:
        return ""  # the site's home page, which some feeds give as every entry's link
    head, _, last = path.rpartition("/")
    stem, dot, extension = last.rpartition(".") if "." in last else (last, "", "")
    stem = _REVISION_SLUG.sub("", stem)
    return f"{host}{head}/{stem}{dot}{extension}{query}"


def _article_query(query: str) -> str:
    """"?..." when the query says which article (an id, a page), "" when it names only a
    revision ("update=2") or is empty."""
    pairs = [pair for pair in query.split("&") if pair]
    if all(pair.split("=", 1)[0].lower() in _REVISION_QUERY_NAMES for pair in pairs):
        return ""
    return "?" + "&".join(sorted(pairs))
