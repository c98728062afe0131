"""WebSub (formerly PubSubHubbub) decisions, without I/O.

A feed may name a hub that pushes each new version of the feed to subscribers
within seconds of publication. The subscriber's side of the protocol is small:
ask the hub (with a secret), confirm the hub's verification request only for
subscriptions we asked for, renew before the lease runs out, and accept pushed
content only when its HMAC signature matches our secret. The adapter
(bot/adapters/websub.py) does the HTTP; the decisions live here.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

# Signature methods the WebSub recommendation allows for X-Hub-Signature.
SIGNATURE_METHODS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384,
                     "sha512": hashlib.sha512}

# Subscription states, as stored.
PENDING = "pending"  # asked; the hub has not verified yet
ACTIVE = "active"  # verified; pushes are accepted until lease_expires
FAILED = "failed"  # the hub refused the request or denied it; retried later
UNSUBSCRIBING = "unsubscribing"  # the feed was removed; only an unsubscribe is confirmed

RETRY_AFTER = timedelta(hours=1)  # a failed or unanswered request is tried again after this
UNSUBSCRIBE_GIVE_UP = timedelta(days=1)  # an unsubscribe the hub never confirms is forgotten after this
RENEW_MARGIN = 0.1  # renew when less than this share of the lease is left


@dataclass(frozen=True, slots=True)
class WebSubSubscription:
    feed_id: int
    hub: str
    topic: str
    secret: str
    state: str
    requested_at: datetime
    lease_expires: datetime | None = None
    last_error: str | None = None


def signature_valid(secret: str, body: bytes, header: str | None) -> bool:
    """True when `header` ("sha256=<hex>") is the HMAC of `body` under `secret`."""
    if not header or "=" not in header:
        return False
    method, _, received = header.partition("=")
    digest = SIGNATURE_METHODS.get(method.strip().lower())
    if digest is None:
        return False
    expected = hmac.new(secret.encode("utf-8"), body, digest).hexdigest()
    return hmac.compare_digest(expected, received.strip().lower())


def confirms(subscription: WebSubSubscription | None, mode: str, topic: str) -> bool:
    """Whether to echo the hub's challenge: only for what we asked, on the topic we asked.

    Anyone can send a verification request to our callback; confirming one we did
    not ask for would let a stranger subscribe us to anything (or unsubscribe us).
    """
    if subscription is None or topic != subscription.topic:
        return False
    if mode == "subscribe":
        return subscription.state in (PENDING, ACTIVE)
    if mode == "unsubscribe":
        return subscription.state == UNSUBSCRIBING
    return False


def lease_end(now: datetime, lease_seconds: str | None, asked: timedelta) -> datetime:
    """When a verified subscription expires: the hub's lease if it sent a sane one."""
    if lease_seconds and lease_seconds.isdigit() and 0 < int(lease_seconds) <= 10 * 365 * 86400:
        return now + timedelta(seconds=int(lease_seconds))
    return now + asked


def hub_acceptable(hub: str, feed_url: str) -> bool:
    """Whether to send a request to a hub a feed names. The hub URL comes from feed
    content, not from an admin, so it must not turn the bot into a way to reach
    internal services: https to a public host, or the feed's own host (a site that
    runs its own hub)."""
    try:
        hub_parts, feed_parts = urlsplit(hub), urlsplit(feed_url)
        hub_host, feed_host = hub_parts.hostname, feed_parts.hostname
    except ValueError:
        return False
    if not hub_host or hub_parts.scheme not in ("http", "https"):
        return False
    if hub_host == feed_host:
        return True
    if hub_parts.scheme != "https" or hub_host == "localhost" or hub_host.endswith((".localhost", ".local")):
        return False
    try:
        address = ipaddress.ip_address(hub_host)
    except ValueError:
        return True  # a name (what it resolves to is not checked here)
    return address.is_global


def needs_request(subscription: WebSubSubscription | None, hub: str, topic: str, now: datetime) -> bool:
    """Whether to (re)send a subscription request for a feed that advertises `hub`."""
    if subscription is None or subscription.hub != hub or subscription.topic != topic:
        return True
    if subscription.state in (PENDING, FAILED):
        return now - subscription.requested_at >= RETRY_AFTER
    if subscription.state == ACTIVE and subscription.lease_expires is not None:
        lease = subscription.lease_expires - subscription.requested_at
        return subscription.lease_expires - now <= lease * RENEW_MARGIN
    return False


_LINK_VALUE = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")
_REL = re.compile(r"""rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))""", re.IGNORECASE)


def links_from_header(header: str | None) -> dict[str, str]:
    """rel -> URL from an HTTP Link header (`<https://hub>; rel="hub", <...>; rel=self`)."""
    found: dict[str, str] = {}
    for match in _LINK_VALUE.finditer(header or ""):
        rel = _REL.search(match.group(2))
        if rel:
            for name in (rel.group(1) or rel.group(2) or "").lower().split():
                found.setdefault(name, match.group(1).strip())
    return found
