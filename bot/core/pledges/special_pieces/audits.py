"""Audits of past giving: an article whose news is an audit, an inquiry or a report on aid already given
reports no pledge of the day.

The lead's ruling (stop 59, docs/reading-pledges.md): when the news is an auditor's findings, a court of
audit's, a parliamentary inquiry's or a ministry's annual report on what was given ("Spanish auditors fault
tracking of weapons donated to Ukraine", "Spaniens Rechnungshof rügt Buchführung über Waffen für Kiew", "la Cour
des comptes épingle le suivi des armes cédées"), its records are the past deliveries it tells: delivered. A
verbless headline in such an article ("... über Waffen für Kiew") gives no status of its own, where elsewhere
it reads as a promise; and the things a sentence of its body names with no cue of its own ("Die Kosten von 300
Panzerabwehrwaffen seien nicht nachvollziehbar") are the audited deliveries, of the giver told before.
What such an article tells in words of its own (a promise "will send", a refusal) reads as usual.

The audit must be the article's news: named in the headline or in the lead's first sentence. An audit told
further down ("..., a report by the auditors said last year") leaves the article's news as it reads.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) Who audits or inquires into a government's giving, or the report that tells it: an auditor, a
# court of audit, an audit office, an inspector general, a parliamentary inquiry, a ministry's annual report. (Not
# French "auditeurs": a radio's listeners as often as auditors, "Des auditeurs lituaniens offrent 250 drones".)
_AUDIT_NEWS = lazy(
    r"\b(?:auditors?(?: general)?|audit (?:office|court|report|found|finds|shows)|court of (?:audit|auditors)|"
    r"(?:an|the|its|a new) audit\b|inspectors? general|(?:parliamentary |public |official )?inquiry (?:found|finds|"
    r"into|says|said|report)|annual report|spending watchdog|"
    r"cour des comptes|(?:un|l'|son|cet) audit\b|rapport d'audit|commission d'enquete|"
    r"enquete parlementaire|rapport annuel|inspection generale|"
    r"\w*rechnungshof\w*|rechnungsprufer\w*|prufbericht\w*|untersuchungsausschuss\w*|jahresbericht\w*)"
)

# (folded text, right before the audit's words) A clause telling it as the time or cause of other news: "while",
# "during", "after", "pending", up to three words before.
_AS_TIME_OR_CAUSE = lazy(
    r"\b(?:while|during|after|pending|until|following|pendant|durant|apres|suite a|avant|en attendant|"
    r"wahrend|nach|bis|vor|wegen)\b(?:\s+[\w'-]+){0,3}\s+$"
)


def tells_an_audit(folded: str, start: int = 0, end: int | None = None) -> bool:
    """Whether folded[start:end] (a headline, an opening) tells an audit, an inquiry or an annual report as its
    news: not as the time or cause of other news ("ending a pause imposed while auditors reviewed the accounts",
    "after the audit", "pendant l'audit", "während der Prüfung des Rechnungshofs")."""
    # (the article the extractor declared, holding none of the audit's words anywhere, has none in its
    # headline or lead: the common case, asked of the set's one scan rather than by `re` at every character)
    if _AUDIT_NEWS.absent_from_article(folded):
        return False
    end = len(folded) if end is None else end
    for found in _AUDIT_NEWS.finditer(folded, start, end):
        if _AS_TIME_OR_CAUSE.search(folded, max(start, found.start() - 40), found.start()) is None:
            return True
    return False


def is_audit(folded: str, spans: list[tuple[int, int]], body_start: int) -> bool:
    """Whether the article's news (its headline, or its lead's first sentence) is an audit or an inquiry of past
    giving, or an annual report on it (folded text; `spans` its sentences, the body from `body_start`)."""
    opening = spans[:1] + [span for span in spans if span[0] >= body_start][:1]
    return any(tells_an_audit(folded, start, end) for start, end in opening)
