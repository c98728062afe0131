"""Rough edges of the command line found by a fresh-eyes walkthrough: errors name the
option the user gave, rules hold one line, read-only commands create no database, and
exit codes follow one convention (2: the input was wrong; 1: the operation failed).
Real SQLite and real loopback sockets."""

from __future__ import annotations

import socket

import pytest

from bot.cli import main
from tests.conftest import CLI_DB


@pytest.fixture
def busy_port():
    """A loopback port something else already listens on."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken.getsockname()[1]


def test_web_names_the_option_the_address_came_from(env, capsys, busy_port):
    assert main(["feeds", "add", "https://news.example/feed.xml"]) == 0  # a database to serve
    capsys.readouterr()
    assert main(["web", "--listen", f"127.0.0.1:{busy_port}"]) == 2
    err = capsys.readouterr().err
    assert f"--listen: cannot listen on 127.0.0.1:{busy_port}" in err and "web.listen" not in err, err
    (env / "s.toml").write_text(f"[web]\nlisten = '127.0.0.1:{busy_port}'\n")
    assert main(["--config", str(env / "s.toml"), "web"]) == 2
    assert f"web.listen: cannot listen on 127.0.0.1:{busy_port}" in capsys.readouterr().err
    for bad in ("BAD", "[::1:80", "127.0.0.1:99999"):
        assert main(["web", "--listen", bad]) == 2
        err = capsys.readouterr().err
        assert "--listen:" in err and "is not host:port" in err and "web.listen" not in err, err
