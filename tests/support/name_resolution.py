"""Host names made to resolve to chosen addresses, with no DNS, /etc/hosts or network: a
wrapper around socket.getaddrinfo, the call aiohttp's default resolver makes. The tests of
the address checks (feeds, WebSub hubs) use it to point a public-looking name inward."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest


def resolve_names(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], None]:
    """From the call on, `resolve(name, address)` makes `name` resolve to `address` only (IPv4
    or IPv6); every other name resolves as before."""
    names: dict[str, str] = {}
    real = socket.getaddrinfo

    def stand_in(host, port, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in names:
            return real(host, port, *args, **kwargs)
        address = names[name]
        if ":" in address:
            return [(socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port or 0), 0, 0))]
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port or 0)))]

    monkeypatch.setattr(socket, "getaddrinfo", stand_in)
    return names.__setitem__
