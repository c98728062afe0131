"""The WebSub decisions (bot/core/feeds/websub.py): signatures, verification, renewal, Link headers."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.feeds.websub import (
    ACTIVE,
    FAILED,
    PENDING,
    RETRY_AFTER,
    UNSUBSCRIBING,
    WebSubSubscription,
    confirms,
    hub_acceptable,
    lease_end,
    links_from_header,
    needs_request,
    signature_valid,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
SUB = WebSubSubscription(feed_id=1, hub="https://hub.example/", topic="https://site.example/feed",
                         secret="s3cret", state=PENDING, requested_at=NOW)


def signed(body: bytes, secret: str = "s3cret", method: str = "sha256") -> str:
    return f"{method}=" + hmac.new(secret.encode(), body, getattr(hashlib, method)).hexdigest()


@pytest.mark.parametrize("method", ["sha1", "sha256", "sha384", "sha512"])
def test_a_signature_under_our_secret_is_valid_with_every_allowed_method(method: str) -> None:
    assert signature_valid("s3cret", b"<feed/>", signed(b"<feed/>", method=method))
    assert signature_valid("s3cret", b"<feed/>", signed(b"<feed/>", method=method).upper().replace("SHA", "sha"))


@pytest.mark.parametrize(
    "header",
    [None, "", "sha256", "sha256=", "md5=" + hashlib.md5(b"<feed/>").hexdigest(), signed(b"<feed/>", "other"),
     signed(b"<feed/ >"), "sha256=zz", "=abc"],
)
def test_missing_forged_or_unknown_signatures_are_refused(header: str | None) -> None:
    assert not signature_valid("s3cret", b"<feed/>", header)


def test_only_a_request_we_made_is_confirmed_on_its_own_topic() -> None:
    assert confirms(SUB, "subscribe", SUB.topic)
    assert confirms(replace(SUB, state=ACTIVE), "subscribe", SUB.topic)  # a renewal
    assert not confirms(SUB, "subscribe", "https://evil.example/feed")
    assert not confirms(None, "subscribe", SUB.topic)
    assert not confirms(replace(SUB, state=FAILED), "subscribe", SUB.topic)
    # A stranger cannot unsubscribe us; only the unsubscribe we asked for is confirmed.
    assert not confirms(replace(SUB, state=ACTIVE), "unsubscribe", SUB.topic)
    assert confirms(replace(SUB, state=UNSUBSCRIBING), "unsubscribe", SUB.topic)
    assert not confirms(replace(SUB, state=UNSUBSCRIBING), "subscribe", SUB.topic)
    assert not confirms(SUB, "publish", SUB.topic)


@pytest.mark.parametrize(("given", "expected"), [("3600", timedelta(hours=1)), (None, timedelta(days=10)),
                                                 ("", timedelta(days=10)), ("-5", timedelta(days=10)),
                                                 ("0", timedelta(days=10)), ("99999999999", timedelta(days=10)),
                                                 ("12abc", timedelta(days=10))])
def test_the_lease_is_the_hubs_when_sane_else_what_we_asked(given: str | None, expected: timedelta) -> None:
    assert lease_end(NOW, given, timedelta(days=10)) == NOW + expected


def test_requests_are_sent_when_new_changed_due_for_renewal_or_retry() -> None:
    assert needs_request(None, SUB.hub, SUB.topic, NOW)
    assert needs_request(SUB, "https://other-hub.example/", SUB.topic, NOW)  # the feed moved hubs
    assert needs_request(SUB, SUB.hub, "https://site.example/other", NOW)
    # Pending or failed: wait before asking again, so a dead hub is not hammered.
    assert not needs_request(SUB, SUB.hub, SUB.topic, NOW + RETRY_AFTER / 2)
    assert needs_request(SUB, SUB.hub, SUB.topic, NOW + RETRY_AFTER)
    assert needs_request(replace(SUB, state=FAILED), SUB.hub, SUB.topic, NOW + RETRY_AFTER)
    active = replace(SUB, state=ACTIVE, lease_expires=NOW + timedelta(days=10))
    assert not needs_request(active, SUB.hub, SUB.topic, NOW + timedelta(days=8))
    assert needs_request(active, SUB.hub, SUB.topic, NOW + timedelta(days=9, hours=1))
    assert not needs_request(replace(SUB, state=UNSUBSCRIBING), SUB.hub, SUB.topic, NOW + RETRY_AFTER)


def test_link_headers_give_hub_and_self() -> None:
    header = '<https://hub.example/>; rel="hub", <https://site.example/feed>; rel=self'
    assert links_from_header(header) == {"hub": "https://hub.example/", "self": "https://site.example/feed"}
    assert links_from_header('<https://a/>; type="x"; rel="alternate hub"')["hub"] == "https://a/"
    assert links_from_header(None) == {} and links_from_header("garbage, <>; ;;") == {}


@pytest.mark.parametrize(
    ("hub", "feed", "ok"),
    [
        ("https://pubsubhubbub.appspot.com/", "https://site.example/feed", True),
        ("https://hub.example/", "http://site.example/feed", True),
        ("http://site.example/hub", "http://site.example/feed", True),  # the site's own hub
        ("http://127.0.0.1:9/hub", "http://127.0.0.1:8080/feed", True),  # same host: a local test setup
        ("http://hub.example/", "https://site.example/feed", False),  # plain http elsewhere
        ("https://127.0.0.1/admin", "https://site.example/feed", False),  # a feed pointing us inward
        ("https://10.0.0.5/", "https://site.example/feed", False),
        ("https://[::1]/", "https://site.example/feed", False),
        ("https://169.254.169.254/latest", "https://site.example/feed", False),  # cloud metadata
        ("https://localhost/", "https://site.example/feed", False),
        ("https://printer.local/", "https://site.example/feed", False),
        ("ftp://hub.example/", "https://site.example/feed", False),
        ("https://[bad/", "https://site.example/feed", False),
        ("https:///nohost", "https://site.example/feed", False),
    ],
)
def test_only_hubs_that_cannot_point_the_bot_inward_are_used(hub: str, feed: str, ok: bool) -> None:
    assert hub_acceptable(hub, feed) is ok
