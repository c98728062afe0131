"""The last line of a chat alert (and of a digest): where to see more and how to stop. A new subscriber's
first alert said what was found (title, outlets, topics, pledges) but neither how to stop
the alerts nor that /pledges lists the rest of a donor's pledges, so the way out and the
way on were both in /help only. One short line, in the chat's language, names the command
for each: "/pledges Germany" for the first donor the alert names (a filter /pledges reads
in every language), /latest when it names none, and /unsubscribe."""

from __future__ import annotations

from bot.core.chat.i18n import normalize_lang
from bot.core.models import Alert
from bot.core.pledges.listing.words import DONOR_NAMES, donor_name

_TEXTS = {
    "en": ("More: {more} · Stop alerts: /unsubscribe", "/pledges {donor}"),
    "fr": ("Plus : {more} · Arrêter les alertes : /unsubscribe", "/pledges {donor}"),
    "de": ("Mehr: {more} · Benachrichtigungen abbestellen: /unsubscribe", "/pledges {donor}"),
}


def alert_footer(alert: Alert, lang: str) -> str:
    """"More: /pledges Germany · Stop alerts: /unsubscribe" in `lang`."""
    line, pledges = _TEXTS[normalize_lang(lang)]
    # A donor by its name, which /pledges reads back; one the tables do not name (its code
    # shown) is left for /latest.
    donor = next((pledge.donor for pledge in alert.pledges if pledge.donor in DONOR_NAMES), "")
    more = pledges.format(donor=donor_name(donor, lang)) if donor else "/latest"
    return line.format(more=more)


def digest_footer(lang: str) -> str:
    """A digest's last line: "More: /latest · Stop alerts: /unsubscribe" in `lang` (a digest
    names many donors, none first)."""
    line, _ = _TEXTS[normalize_lang(lang)]
    return line.format(more="/latest")
