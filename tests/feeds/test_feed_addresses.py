"""Feeds cannot reach the intranet, the cloud metadata service or (from a public
feed) this host: the address actually connected to is checked, after DNS and after
every redirect. Loopback feeds named as such stay allowed by default (demo, tests,
local evaluation), and `feed_addresses` widens or narrows the policy."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import bot.adapters.feed_http as feed_http
from bot.adapters.feed_http import HttpFeedSource
from bot.config import settings_from_dict
from bot.core.feeds.addresses import address_class, literal_refusal, refusal
from bot.errors import ConfigError, FetchError
from tests.conftest import CLI_DB
from tests.support.servers import rss

FEED = rss([{"title": "Hello", "link": "https://example.org/1"}])


def fetch(url: str, **kwargs):
    async def go():
        async with HttpFeedSource(timeout=5, **kwargs) as source:
            return await source.fetch(url)

    return asyncio.run(go())


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.1", "loopback"), ("::1", "loopback"), ("0.0.0.0", "loopback"),
    ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"),
    ("192.168.1.1", "private"), ("169.254.169.254", "private"), ("fe80::1%eth0", "private"),
    ("fd00::1", "private"), ("100.64.0.1", "private"), ("::ffff:10.0.0.1", "private"),
    ("93.184.216.34", "public"), ("2606:4700::1111", "public"),
    # IPv6 addresses that reach an IPv4 one through NAT64, 6to4 or Teredo take its class
    # (they all counted as public), as does the old site-local fec0::/10.
    ("64:ff9b::a9fe:a9fe", "private"), ("64:ff9b::7f00:1", "private"), ("64:ff9b:1::a00:1", "private"),
    ("2002:a00:1::1", "private"), ("2002:7f00:1::", "private"), ("::a00:1", "private"),
    ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "private"), ("fec0::1", "private"),
    ("64:ff9b::808:808", "public"), ("2002:808:808::1", "public"), ("::", "loopback"),
])
def test_address_classes(address, kind):
    assert address_class(address) == kind


def test_policy_table():
    assert refusal("93.184.216.34", "public", False) is None
    assert refusal("127.0.0.1", "loopback", feed_on_loopback=True) is None
    assert "loopback" in refusal("127.0.0.1", "loopback", feed_on_loopback=False)  # a public feed's redirect
    assert "private" in refusal("10.0.0.1", "loopback", feed_on_loopback=True)
    assert "private" in refusal("169.254.169.254", "loopback", feed_on_loopback=False)
    assert refusal("127.0.0.1", "public", feed_on_loopback=True) is not None
    assert refusal("10.0.0.1", "private", False) is None and refusal("127.0.0.1", "private", False) is None


def test_a_loopback_feed_is_fetched_by_default(feed_server):
    feed_server.set_feed("/f.xml", FEED)
    assert fetch(feed_server.url("/f.xml")).body == FEED


def test_public_only_refuses_loopback_even_through_a_hostname(feed_server):
    feed_server.set_feed("/f.xml", FEED)
    with pytest.raises(FetchError, match="127.0.0.1 is a loopback address: refused"):
        fetch(feed_server.url("/f.xml"), addresses="public")
    # "localhost" is a name: the check is on the address it resolves to.
    localhost_url = feed_server.url("/f.xml").replace("127.0.0.1", "localhost")
    with pytest.raises(FetchError, match="is a loopback address: refused"):
        fetch(localhost_url, addresses="public")
    assert not feed_server.requests_to("/f.xml")


def test_a_redirect_to_a_private_address_is_refused_before_connecting(feed_server):
    feed_server.set_redirect("/f.xml", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError, match="169.254.169.254 is a private address: refused"):
        fetch(feed_server.url("/f.xml"))
    with pytest.raises(FetchError, match="10.0.0.1 is a private address"):
        feed_server.set_redirect("/g.xml", "http://10.0.0.1:6379/")
        fetch(feed_server.url("/g.xml"))


def test_a_public_feed_redirecting_to_this_host_is_refused(feed_server, monkeypatch):
    # Stand-in for a feed on a public host (no such host in tests): its URL is not
    # taken for a loopback host, and it redirects to a service on 127.0.0.1.
    monkeypatch.setattr(feed_http, "is_loopback_host", lambda host: False)
    feed_server.set_redirect("/f.xml", feed_server.url("/internal"))
    with pytest.raises(FetchError, match="loopback, reached from a feed not on this host"):
        fetch(feed_server.url("/f.xml"))
    assert not feed_server.requests_to("/internal")


def test_intranet_feeds_need_the_setting():
    base = {"database": "x.db"}
    assert settings_from_dict(base, base_dir=Path("."), environ={}).feed_addresses == "loopback"
    wide = settings_from_dict({**base, "feed_addresses": "private"}, base_dir=Path("."), environ={})
    assert wide.feed_addresses == "private"
    with pytest.raises(ConfigError, match="feed_addresses: must be one of"):
        settings_from_dict({**base, "feed_addresses": "any"}, base_dir=Path("."), environ={})


def test_feeds_add_refuses_an_address_that_would_never_be_fetched():
    assert literal_refusal("10.0.0.5", "loopback") is not None
    assert literal_refusal("[::1]", "loopback") is None
    assert literal_refusal("example.org", "public") is None  # names are checked when resolved


@pytest.mark.parametrize("args, error", [
    (["http://[::1"], "is not a valid URL"),
    (["http://example.org/" + "a" * 2100], "longer than 2048 characters"),
    (["http://10.0.0.5/feed.xml"], "10.0.0.5 is a private address: refused"),
    (["http://example.org/f\x1b[2J.xml"], "is not an http:// or https:// URL"),
    # Host names the resolver cannot even be asked for (it raised UnicodeError on each poll).
    (["http://news..example/feed.xml"], "has no valid host name"),
    (["http://.example/feed.xml"], "has no valid host name"),
    ([f"http://{'a' * 64}.example/feed.xml"], "has no valid host name"),
    (["https://example.org/feed.xml", "--lang", "english!"], "--lang: 'english!' is not a language code"),
])
def test_feeds_add_gives_one_line_errors(env, capsys, args, error):
    from bot.cli import main

    assert main(["feeds", "add", *args]) == 2
    err = capsys.readouterr().err
    assert error in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_feeds_add_strips_control_characters_from_the_name(env, capsys):
    from bot.adapters.sqlite_store import SqliteStore
    from bot.cli import main

    assert main(["feeds", "add", "https://example.org/x.xml", "--name", "Wire\x1b[31m\nRed\x07"]) == 0
    store = SqliteStore(env / CLI_DB)
    assert store.feed_by_url("https://example.org/x.xml").name == "Wire Red"
    store.close()


def test_settings_may_list_intranet_feeds_when_allowed():
    raw = {"database": "x.db", "feed": [{"url": "http://10.1.2.3/feed.xml"}]}
    with pytest.raises(ConfigError, match=r"feed 1\.url: 10\.1\.2\.3 is a private address"):
        settings_from_dict(raw, base_dir=Path("."), environ={})
    allowed = settings_from_dict({**raw, "feed_addresses": "private"}, base_dir=Path("."), environ={})
    assert allowed.feeds[0].url == "http://10.1.2.3/feed.xml"


def test_feed_add_in_chat_follows_the_policy_and_cleans_the_name(tmp_path):
    from bot.app import App
    from bot.core.chat.services import ChatContext

    admin = ChatContext("telegram", "1", "7", is_admin=True, can_manage_chat=True)
    for policy, allowed in (("loopback", False), ("private", True)):
        # Chat feeds also follow chat_feed_addresses ("public" by default): set to the same here.
        app = App(settings_from_dict({"database": str(tmp_path / f"{policy}.db"), "feed_addresses": policy,
                                      "chat_feed_addresses": policy}, base_dir=tmp_path, environ={}))
        app.prepare()
        table = app.command_table()
        reply = table.handle(admin, "feed_add", "http://10.0.0.7/feed.xml Intranet\x1b[31m wire")
        feed = app.store.feed_by_url("http://10.0.0.7/feed.xml")
        app.close()
        assert (feed is not None) == allowed, reply.text
        if allowed:
            assert feed.name == "Intranet wire"
