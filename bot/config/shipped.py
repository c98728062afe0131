"""The files shipped with pledgewatch (config/, installed as the package bot.defaults):
where each one is wherever the package is installed, the seed rules a new database
starts with, and the hint that points a copied settings file at the shipped files."""

from __future__ import annotations

from pathlib import Path

from bot.config.model import Settings
from bot.errors import ConfigError

DEFAULT_SETTINGS_NAME = "pledgewatch.toml"
DEFAULT_RULES_NAME = "rules.toml"
DEFAULT_FEEDS_NAME = "feeds.toml"
DEFAULT_ENTITIES_NAME = "entities.toml"
DEFAULT_WORD_LISTS_NAME = "words.toml"


def packaged_file(name: str) -> Path:
    """A file shipped in the package bot.defaults (config/), wherever it is installed.
    Found from the package's own folder: importlib.resources gave the same path (a
    folder in any install pip makes) but brought tempfile, shutil, bz2, lzma, random
    and zipfile with it, ~4 ms of every start."""
    import bot.defaults

    return Path(bot.defaults.__file__).parent / name


def default_settings_path() -> Path:
    """The shipped settings file, wherever the package is installed."""
    return packaged_file(DEFAULT_SETTINGS_NAME)


def default_rules_path() -> Path:
    """The shipped seed rules (config/rules.toml), wherever the package is installed."""
    return packaged_file(DEFAULT_RULES_NAME)


def seed_rules_file(settings: Settings) -> Path:
    """The rules imported into a database that has none: the file the settings name,
    else the shipped rules. A database never starts with zero rules by omission: it
    would store (and never again analyse) everything it polled meanwhile."""
    return settings.rules_file or default_rules_path()


def read_seed_rules(settings: Settings) -> str:
    """The text of seed_rules_file; ConfigError naming the file when it cannot be read."""
    path = seed_rules_file(settings)
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte order mark skipped, as in read_toml
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"rules: cannot read {path}: {exc}") from None


def shipped_hint(name: str) -> str:
    """For a copy of the shipped settings, whose `feeds` and `rules` name files beside it:
    the copy alone failed with "feeds.toml not found" and no word of where that file is."""
    shipped = packaged_file(Path(name).name)
    if Path(name).name not in (DEFAULT_FEEDS_NAME, DEFAULT_RULES_NAME) or not shipped.is_file():
        return ""
    return f" (names are relative to the settings file; the shipped one is {shipped}: copy it there or name it)"
