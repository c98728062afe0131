"""Which network addresses a feed may be fetched from.

A feed URL comes from settings, from `feeds add`, from bot admins in chat, and — through
redirects and DNS — from whoever runs the feed's site. Without a check, a feed that
redirects to (or whose name resolves to) 169.254.169.254, 10.0.0.1 or 127.0.0.1 makes
the bot send requests to the cloud's metadata service, the intranet or services on its
own host (SSRF). The policy (`feed_addresses` in the settings):

- "public": only globally routable addresses;
- "loopback" (the default): public addresses, plus loopback for a feed whose own URL
  names a loopback host (127.0.0.0/8, ::1, localhost) — the operator pointing at their
  own machine, as the offline demo, the tests and local evaluation tools do. A public
  feed that redirects or resolves to loopback is refused, and private and link-local
  addresses are refused always;
- "private": any address (feeds on an intranet).

Feeds added from chat (/feed_add) follow `chat_feed_addresses` as well, "public" by
default: the loopback allowance is for the operator, who edits the settings or runs the
CLI on the host, not for a bot admin in chat (or, with manage_server_admins, any Discord
member with Manage Server), who would otherwise make the bot probe services on its own
host. It is never wider than `feed_addresses`: a chat feed must pass both.

The check is made on the address actually connected to, after DNS and after every
redirect (bot.adapters.feed_http), so a hostname or a redirect cannot get around it.
"""

from __future__ import annotations

import ipaddress
import re

POLICIES = ("public", "loopback", "private")  # narrowest first
DEFAULT_POLICY = "loopback"
DEFAULT_CHAT_POLICY = "public"

PUBLIC, LOOPBACK, PRIVATE = "public", "loopback", "private"


def address_class(address: str) -> str:
    """"public", "loopback" or "private" (everything else that is not globally routable:
    RFC 1918, link-local, unique-local, shared, reserved, multicast)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone id (fe80::1%eth0) is not part of the address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
        elif ip.is_site_local:  # fec0::/10, deprecated but still routed inside some networks
            return PRIVATE
        else:
            embedded = _embedded_ipv4(ip)
            if embedded is not None and address_class(str(embedded)) != PUBLIC:
                # 64:ff9b::a00:1 is 10.0.0.1 through a NAT64 gateway (as clouds offer to
                # IPv6-only hosts), 2002:a00:1:: through a 6to4 relay: they counted as public.
                return PRIVATE
    if ip.is_loopback or ip.is_unspecified:  # 0.0.0.0 reaches the local host
        return LOOPBACK
    if ip.is_global and not ip.is_multicast:
        return PUBLIC
    return PRIVATE


# IPv6 prefixes whose last 32 bits are an IPv4 address a gateway forwards to: NAT64's
# well-known and local-use prefixes (RFC 6052, 8215) and the IPv4-compatible ::/96.
_IPV4_TRANSLATED = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"),
                    ipaddress.IPv6Network("::/96"))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for through a translator or tunnel, if any."""
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client: the host the packets end at
    if any(ip in network for network in _IPV4_TRANSLATED) and int(ip) > 1:  # not :: or ::1
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_loopback_host(host: str) -> bool:
    """True for a URL host that names this machine: localhost or a loopback literal."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return address_class(host) == LOOPBACK
    except ValueError:
        return False


def narrower(policy: str, other: str) -> str:
    """The narrower of two policies: what a feed that must pass both may reach."""
    return min(policy, other, key=POLICIES.index)


def refusal(address: str, policy: str, feed_on_loopback: bool, setting: str = "feed_addresses") -> str | None:
    """Why a feed may not connect to `address` under `policy` (the value of `setting`);
    None when it may."""
    kind = address_class(address)
    if not allows(policy, kind):
        return f"{address} is a {kind} address: refused (see the {setting} setting)"
    if kind == LOOPBACK and policy == LOOPBACK and not feed_on_loopback:
        return f"{address} is loopback, reached from a feed not on this host: refused"
    return None


def fetch_policy(from_chat: bool, addresses: str, chat_addresses: str) -> tuple[str, str]:
    """(policy, the setting that sets it) a feed is fetched under: a feed added from chat
    must pass chat_feed_addresses too, which is never wider."""
    if from_chat:
        return narrower(chat_addresses, addresses), "chat_feed_addresses"
    return addresses, "feed_addresses"


def literal_refusal(host: str, policy: str, setting: str = "feed_addresses") -> str | None:
    """For `feeds add`: why a URL whose host is an IP literal would never be fetched."""
    try:
        address_class(host.strip("[]"))
    except ValueError:
        return None  # a name: checked when it is resolved
    return refusal(host.strip("[]"), policy, feed_on_loopback=is_loopback_host(host), setting=setting)


def host_class(host: str) -> str | None:
    """What a URL host is known to reach before any lookup: "loopback" for localhost and
    loopback literals, the class of any other IP literal, None for a name (known only once
    resolved)."""
    if is_loopback_host(host):
        return LOOPBACK
    try:
        return address_class(host.strip("[]"))
    except ValueError:
        return None


def allows(policy: str, kind: str) -> bool:
    """Whether `policy` lets a feed whose URL names a `kind` host be fetched at all."""
    return kind == PUBLIC or policy == PRIVATE or (kind == LOOPBACK and policy == LOOPBACK)


# What DNS carries of a whole name (RFC 1035: 255 octets on the wire, 253 characters written).
MAX_HOST_CHARS = 253


def host_name_problem(host: str) -> str | None:
    """Why the resolver cannot be asked for `host`, None when it can.

    Its labels must be 1 to 63 characters (a trailing dot allowed): socket.getaddrinfo
    encodes a host with the idna codec and raises UnicodeError otherwise ("http://a..b/"),
    which is no aiohttp ClientError: such a fetch escaped as a traceback, and `poll` lost
    every feed's results with it. The whole name must fit in DNS, and a name ending in a
    number must be an IPv4 address in dotted form: each was stored, then failed every poll
    ("Name or service not known", "invalid URL")."""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return _BAD_LABEL
    if _is_address_literal(host.strip("[]")):
        return None
    name = ascii_host.removesuffix(".")
    # Letters, digits, '-' and '_' only (the last for the DNS names that carry one): "exa\mple.org"
    # or "exa%00mple.org" was stored, then failed every poll as "invalid URL" or not found.
    if not all(_HOST_LABEL.fullmatch(label) for label in name.split(".")):
        return _BAD_LABEL
    if len(name) > MAX_HOST_CHARS:
        return f"longer than {MAX_HOST_CHARS} characters, more than DNS carries"
    if _ENDS_IN_A_NUMBER.search(name) and not _is_address_literal(name):  # "127。0。0。1" is 127.0.0.1 in IDNA
        # "2130706433" and "127.1" are old ways to write 127.0.0.1, which aiohttp refuses to
        # look up (a policy seeing the name would not know the address), as browsers refuse
        # "999.1.1.1" and "news.1": none is a name, none is an address.
        return "it ends in a number but is no IPv4 address written a.b.c.d, each 0 to 255"
    return None


_BAD_LABEL = "a label empty, over 63 characters, or holding other than letters, digits, '-' and '_'"
_HOST_LABEL = re.compile(r"[A-Za-z0-9_-]+")
# The last label a number, decimal or hexadecimal (the WHATWG URL standard's "ends in a number").
_ENDS_IN_A_NUMBER = re.compile(r"(?:^|\.)(?:[0-9]+|0[xX][0-9A-Fa-f]*)$")


def _is_address_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
