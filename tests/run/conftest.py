"""Fixtures of the tests that run the bot's parts together (tests/run)."""

from __future__ import annotations

import pytest

from tests.support.analysis_workers import one_ready_worker


@pytest.fixture
def workers():
    """One analysis worker process, ready before the test starts (tests/support/analysis_workers.py)."""
    with one_ready_worker() as pool:
        yield pool
