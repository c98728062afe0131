"""A method held on whatever thread calls it until the test releases it, for tests that check
what the bot answers meanwhile (a command run off the event loop, another chat answered)."""

from __future__ import annotations

import threading

HOLD = 5.0  # the longest a call is held: the test releases it sooner once it has seen what it waits for


class HeldMethod:
    """`owner.name` held until released (or HOLD s), recording the threads it ran on."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.release = threading.Event()
        self.ended = threading.Event()

    def install(self, monkeypatch, owner: type, name: str) -> None:
        original = getattr(owner, name)

        def held(*args, **kwargs):
            self.threads.append(threading.get_ident())
            try:
                self.release.wait(HOLD)
                return original(*args, **kwargs)
            finally:
                self.ended.set()

        monkeypatch.setattr(owner, name, held)
