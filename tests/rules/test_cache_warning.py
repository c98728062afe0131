"""A rule cache that cannot be used is said once per command: the settings' entity lists
and the rules each open it, and the warning was printed twice."""

from __future__ import annotations

from bot.cli import main


def test_the_rule_cache_off_warning_is_printed_once(env, capsys, monkeypatch):
    (env / "not-a-folder").write_text("")
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", str(env / "not-a-folder" / "cache"))
    assert main(["rules", "test", "Germany sends Patriot air defence systems to Ukraine"]) == 0
    err = capsys.readouterr().err
    assert err.count("rule cache off") == 1, err
    assert "Not a directory" in err
