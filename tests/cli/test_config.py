"""Settings: shipped defaults, environment overrides, and one clear line per mistake."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str, name: str = "settings.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_defaults_load_with_many_feeds_in_three_languages():
    settings = load_settings(environ={})
    assert len(settings.feeds) >= 15
    assert {f.lang for f in settings.feeds} >= {"en", "fr", "de"}
    assert settings.rules_file is not None and settings.rules_file.is_file()
    assert not settings.telegram.enabled and not settings.discord.enabled


def test_installed_command_finds_its_defaults_from_any_directory(tmp_path):
    code = "from bot.config import load_settings; s = load_settings(environ={}); print(len(s.feeds))"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert int(out.stdout) >= 15


def test_environment_overrides_and_inline_feeds(tmp_path):
    path = write(tmp_path, """
poll_interval = 120
[[feed]]
url = "https://example.org/rss"
name = "Example"
lang = "fr"
interval = 900
[telegram]
token = "from-file"
admins = [42]
""")
    env = {"PLEDGEWATCH_DB": str(tmp_path / "x.db"), "TELEGRAM_BOT_TOKEN": "123:secret",
           "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/gw"}
    settings = load_settings(path, environ=env)
    assert settings.database == tmp_path / "x.db"
    assert settings.poll_interval == 120
    assert [(f.url, f.name, f.lang, f.interval) for f in settings.feeds] == [("https://example.org/rss", "Example", "fr", 900)]
    assert settings.telegram.token == "123:secret" and settings.telegram.admins == (42,)
    assert settings.discord.gateway_url == "ws://127.0.0.1:9/gw"
    assert "123:secret" not in repr(settings)


def test_the_web_tracker_runs_inside_run_only_when_listen_is_set(tmp_path):
    assert not load_settings(environ={}).web.enabled  # the shipped settings leave it off
    web = load_settings(write(tmp_path, "[web]\nlisten = '127.0.0.1:8000'\n"), environ={}).web
    assert web.enabled and (web.listen_host, web.listen_port) == ("127.0.0.1", 8000)
    web = load_settings(write(tmp_path, "[web]\nlisten = '[::1]:8001'\n"), environ={}).web
    assert (web.listen_host, web.listen_port) == ("::1", 8001)


def test_websub_is_off_by_default_and_configured_by_file_or_environment(tmp_path):
    assert not load_settings(environ={}).websub.enabled
    path = write(tmp_path, "[websub]\ncallback_url = 'https://bot.example.org/websub/'\nlisten = '0.0.0.0:9000'\n")
    websub = load_settings(path, environ={}).websub
    assert websub.enabled and websub.callback_url == "https://bot.example.org/websub"
    assert (websub.listen_host, websub.listen_port, websub.lease_days) == ("0.0.0.0", 9000, 10)
    from_env = load_settings(path, environ={"PLEDGEWATCH_WEBSUB_CALLBACK": "https://other.example/hook"}).websub
    assert from_env.callback_url == "https://other.example/hook"


def test_config_file_named_by_environment_variable(tmp_path):
    path = write(tmp_path, "poll_interval = 300\n")
    assert load_settings(environ={"PLEDGEWATCH_CONFIG": str(path)}).poll_interval == 300


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("poll_intervall = 60", "poll_intervall: unknown setting"),
        ("poll_interval = 'often'", "poll_interval: must be a whole number"),
        # Quoted as the file spells them: "got True", "got int" were Python's words.
        ("poll_interval = true", "poll_interval: must be a whole number, got true"),
        ("poll_interval = '600'", 'poll_interval: must be a whole number, got "600"'),
        ("database = 5", "database: must be a string in quotes, got 5 (a number)"),
        ("[discord]\nmanage_server_admins = 'yes'", 'discord.manage_server_admins: must be true or false (no quotes), '
                                                    'got "yes"'),
        ("poll_interval = 5", "poll_interval: must be between 30 and 604800"),
        ("[[feed]]\nurl = 'file:///etc/passwd'", "feed 1.url: 'file:///etc/passwd' is not an http"),
        ("[[feed]]\nname = 'no url'", "feed 1.url: missing: each [[feed]] table needs the feed's url"),
        ("[[feed]]\nurl = 'https://a/rss'\n[[feed]]\nurl = 'https://a/rss'", "listed twice"),
        ("[[feed]]\nurl = 'https://a/rss'\nlang = '<b>'", "feed 1 (https://a/rss).lang"),
        ("feeds = 'missing.toml'", "feeds: file"),
        ("rules = 'missing.toml'", "rules: file"),
        ("[telegram]\nadmins = ['me']", "telegram.admins: must be a list of numeric ids"),
        ("[telegram]\napi_url = 'ftp://x'", "telegram.api_url"),
        ("[discord]\ngateway_url = 'http://x'", "discord.gateway_url"),
        ("[discord]\ntokn = 'x'", "discord.tokn: unknown setting"),
        ("database = 'a'\ndatabase = 'b'", "invalid TOML"),
        ("poll_interval = " + "[" * 100_000, "invalid TOML: arrays or tables nested too deeply"),  # was RecursionError
        ("websub = 1", "websub: must be a table"),
        ("[websub]\ncallback_url = 'bot.example.org/websub'", "websub.callback_url"),
        ("[websub]\nlisten = '8080'", "websub.listen: '8080' is not host:port"),
        ("[websub]\nlisten = 'host:99999'", "websub.listen"),
        # Read by a parser of its own, which dropped the lone bracket and listened on ::1
        # as if it were right (web.listen refused it).
        ("[websub]\nlisten = '[::1:8080'", "websub.listen: '[::1:8080' is not host:port"),
        ("[websub]\nlease_days = 0", "websub.lease_days: must be between 1 and 365"),
        ("[websub]\nhub = 'x'", "websub.hub: unknown setting"),
        ("[web]\nlisten = '8000'", "web.listen: '8000' is not host:port"),
        ("[web]\nlisten = 'localhost:80000'", "web.listen"),
        # Unicode digits: "²" crashed int() with a traceback, "٣" listened on port 3
        ("[web]\nlisten = '127.0.0.1:\u00b2'", "web.listen: '127.0.0.1:\u00b2' is not host:port"),
        ("[web]\nlisten = '127.0.0.1:\u0663'", "web.listen: '127.0.0.1:\u0663' is not host:port"),
        ("[web]\nport = 8000", "web.port: unknown setting"),
        # Both failed later, as "unable to open database file" with exit status 1.
        ("database = ''", "database: must name a file, got an empty string"),
        ("database = '.'", "database: '.' is a folder"),
    ],
)
def test_invalid_settings_name_the_key_and_the_problem(tmp_path, text, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(write(tmp_path, text), environ={})


def test_a_feed_name_in_the_settings_is_one_clean_line_as_from_feeds_add(tmp_path):
    # The name is every alert's source line: a line break in it began a new line there
    # (on the console an "ALERT" of its own), as `feeds add` and /feed_add never let it.
    path = write(tmp_path, '[[feed]]\nurl = "https://a.example/rss"\n'
                           'name = "Wire\\nALERT  Fake\\u001b[31m red\\u202e \\u200bx\\t' + "n" * 300 + '"\n')
    (feed,) = load_settings(path, environ={}).feeds
    assert feed.name == "Wire ALERT Fake red x " + "n" * 178 and len(feed.name) == 200


def test_missing_settings_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_bad_settings_stop_the_command_with_one_line(tmp_path):
    path = write(tmp_path, "poll_interval = -1\n")
    proc = subprocess.run([sys.executable, "-m", "bot", "--config", str(path), "db", "stats"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"pledgewatch: error: settings file {path}: poll_interval: must be between 30 and 604800, got -1"]


def test_a_feed_url_with_any_blank_or_unprintable_character_is_refused() -> None:
    """The URL check refuses a character exactly when it is blank or unprintable (the
    rule as first written, one character at a time), for every character there is."""
    from bot.config import check_feed_url

    refused = [chr(c) for c in range(0x110000)
               if chr(c).isspace() or not chr(c).isprintable()]
    for char in refused[::37] + [" ", "\t", "\u00a0", "\u2028", "\u3000", "\x1b", "\ud800"]:
        with pytest.raises(ConfigError, match="is not an http"):
            check_feed_url(f"https://news.example/feed{char}.xml")
    assert not [c for c in map(chr, range(0x110000)) if c.isprintable() and c != " " and c.isspace()]
    check_feed_url("https://news.example/feed-\u00e9t\u00e9.xml")


class _CountedEnvironment(dict):
    """An environment that counts how often each variable is read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reads: dict[str, int] = {}

    def get(self, key, default=None):
        self.reads[key] = self.reads.get(key, 0) + 1
        return super().get(key, default)

    def __getitem__(self, key):
        self.reads[key] = self.reads.get(key, 0) + 1
        return super().__getitem__(key)


def test_pledgewatch_db_is_read_once_and_a_folder_in_it_is_still_named(tmp_path):
    # Review 36: the settings read PLEDGEWATCH_DB (and stripped it) three times over.
    from bot.config import settings_from_dict
    from bot.errors import EnvironmentSettingError

    environ = _CountedEnvironment(PLEDGEWATCH_DB=f" {tmp_path} ")
    with pytest.raises(EnvironmentSettingError, match=r"database \(PLEDGEWATCH_DB\): .* is a folder"):
        settings_from_dict({}, base_dir=tmp_path, environ=environ)
    assert environ.reads["PLEDGEWATCH_DB"] == 1
    environ = _CountedEnvironment(PLEDGEWATCH_DB=f"{tmp_path}/mine.db\r")
    assert settings_from_dict({}, base_dir=tmp_path, environ=environ).database == Path(f"{tmp_path}/mine.db")
    assert environ.reads["PLEDGEWATCH_DB"] == 1
