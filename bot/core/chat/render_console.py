"""Alerts, story updates and digests as the console prints them (bot/adapters/console_chat.py,
the chat used when no token is set): a few labelled lines, no markup, in the language the
console chat chose with /lang (English until then), as every other chat's alerts are."""

from __future__ import annotations

from bot.core.chat.alerts import MAX_PLEDGES_CARRIED, describe_pledge, pledges_left_out, shown_sources
from bot.core.chat.topic_names import topic_name
from bot.core.feeds.urls import shown_link
from bot.core.iso_times import UTC_MINUTE
from bot.core.models import Alert, Digest

# The console's own labels. The marks (ALERT, UPDATED, DIGEST) are capitals so an alert
# stands out among the log lines `run` writes beside it.
_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "alert": "ALERT ", "updated": "UPDATED", "source": "source", "date": "date", "topics": "topics",
        "pledge": "pledge", "link": "link", "date_unknown": "date unknown", "more_pledges": "… and {count} more",
        "more_outlets": "+{count} more outlets", "digest_one": "DIGEST  1 story", "digest": "DIGEST  {count} stories",
    },
    "fr": {
        "alert": "ALERTE", "updated": "MISE À JOUR", "source": "source", "date": "date", "topics": "thèmes",
        "pledge": "promesse", "link": "lien", "date_unknown": "date inconnue", "more_pledges": "… et {count} de plus",
        "more_outlets": "+{count} autres médias", "digest_one": "RÉSUMÉ  1 article",
        "digest": "RÉSUMÉ  {count} articles",
    },
    "de": {
        "alert": "MELDUNG", "updated": "AKTUALISIERT", "source": "Quelle", "date": "Datum", "topics": "Themen",
        "pledge": "Zusage", "link": "Link", "date_unknown": "Datum unbekannt", "more_pledges": "… und {count} weitere",
        "more_outlets": "+{count} weitere Medien", "digest_one": "ÜBERSICHT  1 Meldung",
        "digest": "ÜBERSICHT  {count} Meldungen",
    },
}
_FIELDS = ("source", "date", "topics", "pledge", "link")


def _labels(lang: str) -> dict[str, str]:
    return _LABELS.get(lang, _LABELS["en"])


def _field(labels: dict[str, str], key: str, value: str) -> str:
    """"  source: Wire": the values of one alert start in one column, whatever the language."""
    width = max(len(labels[name]) for name in _FIELDS) + 1
    return f"  {labels[key] + ':':<{width}} {value}"


def _plain_sources(alert: Alert, labels: dict[str, str]) -> str:
    shown, more = shown_sources(alert)
    text = ", ".join(name for name, _ in shown) or "-"
    return f"{text} {labels['more_outlets'].format(count=more)}" if more else text


def render_plain(alert: Alert, lang: str = "en") -> str:
    """The console form of an alert: a few labelled lines, no markup."""
    return _render_plain(alert, "alert", lang)


def render_plain_update(alert: Alert, lang: str = "en") -> str:
    """The console form of a story update: the alert as it now stands (the console
    cannot change what it printed, so it prints it again, marked)."""
    return _render_plain(alert, "updated", lang)


def _render_plain(alert: Alert, mark: str, lang: str) -> str:
    labels = _labels(lang)
    date = alert.published.strftime(UTC_MINUTE) if alert.published else labels["date_unknown"]
    lines = [
        f"{labels[mark]} {alert.title}",
        _field(labels, "source", _plain_sources(alert, labels)),
        _field(labels, "date", date),
        _field(labels, "topics", ", ".join(topic_name(t, lang) for t in alert.topics) or "-"),
    ]
    for pledge in alert.pledges[:MAX_PLEDGES_CARRIED]:
        lines.append(_field(labels, "pledge", describe_pledge(pledge, lang)))
    if more := pledges_left_out(alert, MAX_PLEDGES_CARRIED):
        lines.append(_field(labels, "pledge", labels["more_pledges"].format(count=more)))
    lines.append(_field(labels, "link", shown_link(alert.url) or "-"))
    return "\n".join(lines)


def render_digest_plain(digest: Digest, lang: str = "en") -> str:
    labels = _labels(lang)
    count = len(digest.alerts)
    lines = [labels["digest_one"] if count == 1 else labels["digest"].format(count=count)]
    for alert in digest.alerts:
        sources = ", ".join(alert.sources)
        topics = ", ".join(topic_name(t, lang) for t in alert.topics) or "-"
        lines.append(f"  - {alert.title} [{topics}] ({sources}) {shown_link(alert.url)}".rstrip())
    return "\n".join(lines)
