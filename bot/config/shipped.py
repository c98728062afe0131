"""The files shipped with pledgewatch (config/, installed as the package bot.defaults):
where each one is wherever the package is installed, the seed rules a new database
starts with, and the hint that points a copied settings file at the shipped files."""

from __future__ import annotations

from pathlib import Path

from bot.config.model import Settings
from bot.config.regular_files import NotAnOrdinaryFile, read_ordinary_file
from bot.config.toml_files import MAX_SETTINGS_FILE_BYTES
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
        data = read_ordinary_file(path, MAX_SETTINGS_FILE_BYTES)  # no pipe waited on, no device read
    except NotAnOrdinaryFile as exc:
        raise ConfigError(f"rules: cannot read {path}: it is {exc.kind}, not a rules file") from None
    except OSError as exc:
        raise ConfigError(f"rules: cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_SETTINGS_FILE_BYTES:
        raise ConfigError(f"rules: cannot read {path}: larger than {MAX_SETTINGS_FILE_BYTES} bytes")
    try:
        return data.decode("utf-8-sig")  # a byte order mark skipped, as in read_toml
    except UnicodeDecodeError as exc:
        raise ConfigError(f"rules: cannot read {path}: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                          "save it as UTF-8") from None


def named_file(base_dir: Path, name: str) -> Path:
    """The file a settings file's `feeds` or `rules` line names: relative to the settings
    file's folder, else, for the shipped names alone (`feeds.toml`, `rules.toml`, no folder
    part), the shipped one. A copy of the shipped settings mounted alone into a container
    (`-v ./pledgewatch.toml:/config/pledgewatch.toml`, as the README's Docker section says
    to use your own settings) failed at start on its `feeds = "feeds.toml"`, which only the
    installed package holds; a file of that name beside the settings still wins, and
    `run`'s start line names the file it read."""
    own = base_dir / name
    if own.exists() or name not in (DEFAULT_FEEDS_NAME, DEFAULT_RULES_NAME):
        return own
    shipped = packaged_file(name)
    return shipped if shipped.is_file() else own


def shipped_hint(name: str) -> str:
    """Why a named file was not found: where a name is looked for."""
    if name in (DEFAULT_FEEDS_NAME, DEFAULT_RULES_NAME):
        return f" (a name is looked for beside the settings file, then among the shipped files, {packaged_file('')})"
    return " (a name is relative to the settings file's folder)"
