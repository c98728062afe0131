"""Fixtures shared by the CLI tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def new_db(tmp_path, monkeypatch):
    """A database path nothing has created yet, named by PLEDGEWATCH_DB, with the test's folder
    as the working directory (the console and chat commands read both)."""
    path = tmp_path / "chat.db"
    monkeypatch.setenv("PLEDGEWATCH_DB", str(path))
    monkeypatch.chdir(tmp_path)
    return path
