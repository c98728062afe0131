"""What an article that joins an already-alerted story adds to its alert. Pure.

A story is alerted once; later copies from other outlets join it silently unless
they bring something a reader did not have: another outlet (more confidence that
it happened) or a pledge not reported yet. Then the sent alert is edited to show
it (see SqliteStore.update_story_alert and OutboxDispatcher), never re-sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core.models import Alert, Pledge
from bot.core.text import fold


def pledge_key(pledge: Pledge) -> tuple[str, str, str, str]:
    """The same identity the store gives a story's pledge (UNIQUE story, donor,
    category, status, system): a second outlet reporting it adds nothing new."""
    return (pledge.donor, pledge.category, pledge.status, pledge.system or "")


def merge_into_alert(alert: Alert, source: str, url: str, pledges: Sequence[Pledge]) -> Alert | None:
    """`alert` with this article's outlet and unseen pledges added, or None when the
    article brings nothing new (an outlet already listed, pledges already shown)."""
    links = alert.source_links()
    known_outlets = {fold(name) for name, _ in links}
    new_outlet = bool(source.strip()) and fold(source) not in known_outlets
    seen = {pledge_key(p) for p in alert.pledges}
    new_pledges: list[Pledge] = []
    for pledge in pledges:
        if pledge_key(pledge) not in seen:
            seen.add(pledge_key(pledge))
            new_pledges.append(pledge)
    if not new_outlet and not new_pledges:
        return None
    if new_outlet:
        links.append((source, url))
    return replace(
        alert,
        sources=tuple(name for name, _ in links),
        source_urls=tuple(link for _, link in links),
        pledges=alert.pledges + tuple(new_pledges),
    )


def with_counts_told(alert: Alert, held: Sequence[Pledge]) -> Alert | None:
    """`alert` with the counts its story's pledges (`held`, as the store holds them) took since it was
    made, or None when it shows every count they hold. A pledge row made by a report naming no count
    takes the count a later report of it names (SqliteStore.add_pledges), and that report adds no
    pledge the alert lacks: without this, a chat that had "Sweden — Archer howitzers — pledged" never
    learnt the eight. Only a count shown as none is filled; a count shown stays as it was (two outlets'
    different counts are two batches' news, which grouping keeps apart)."""
    counts = {pledge_key(p): p.quantity for p in held if p.quantity is not None}
    pledges = tuple(replace(p, quantity=counts[pledge_key(p)]) if p.quantity is None and pledge_key(p) in counts
                    else p for p in alert.pledges)
    return None if pledges == alert.pledges else replace(alert, pledges=pledges)


def merge_story_into_alert(
    alert: Alert, sources: Sequence[tuple[str, str]], pledges: Sequence[Pledge]
) -> Alert | None:
    """`alert` after another story was merged into its story (bot.core.stories.merges):
    with each of the (outlet, URL) `sources` and `pledges` it did not show yet, as if
    every report of the absorbed story had joined it; None when nothing is new."""
    updated = alert
    for source, url in sources:
        updated = merge_into_alert(updated, source, url, ()) or updated
    updated = merge_into_alert(updated, "", "", pledges) or updated
    return None if updated is alert else updated


def without_reports(alert: Alert, urls: Sequence[str], kept_pledges: Sequence[Pledge]) -> Alert | None:
    """`alert` after the reports at `urls` left its story for one of their own
    (bot.core.stories.resplits): without their outlets' links, and showing only the pledges its story
    still holds (`kept_pledges`), as it holds them; None when nothing shown changes."""
    gone = set(urls)
    links = [(source, url) for source, url in alert.source_links() if not url or url not in gone]
    # Each pledge shown stays as its story now holds it: the figures of a kept report, not those of a
    # moved one that first told it.
    kept = {pledge_key(p): p for p in kept_pledges}
    pledges = tuple(kept[pledge_key(p)] for p in alert.pledges if pledge_key(p) in kept)
    if len(links) == len(alert.sources) and pledges == alert.pledges:
        return None
    return replace(alert, sources=tuple(name for name, _ in links), source_urls=tuple(link for _, link in links),
                   pledges=pledges)
