from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from tests.fakes import FakeClock
from tests.servers import FeedServer

DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"


def seed_texts() -> list[str]:
    """The two seed articles (the user's own documents), without the stray date prefix."""
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        if text.startswith("date "):
            text = text.split(" ", 2)[2]
        texts.append(text)
    return texts


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path):
    s = SqliteStore(tmp_path / "test.db")
    s.migrate()
    yield s
    s.close()


@pytest.fixture
def feed_server():
    with FeedServer() as server:
        yield server
