"""An App over a new database in a test's folder, made as `run` makes it before its first
poll (App.prepare: migrated, the seed rules imported), from settings given as a dict and
none of the environment: for the tests that drive the chat command table or the feeds
through the App itself."""

from __future__ import annotations

from pathlib import Path

from bot.app import App
from bot.config import settings_from_dict


def prepared_app(folder: Path, name: str = "bot.db", **settings) -> App:
    """The App of `folder`/`name` with `settings` (the keys of a settings file), prepared;
    the caller closes it."""
    app = App(settings_from_dict({"database": str(folder / name), **settings}, base_dir=folder, environ={}))
    app.prepare()
    return app


def console_start_line(db: Path) -> str:
    """What `run` says at start about where its alerts go (bot.cli.commands.run.describe_alert_targets),
    for the bot on `db` with only the console chat."""
    import io

    from bot.adapters.console_chat import ConsoleChat
    from bot.cli.commands.run import describe_alert_targets

    app = prepared_app(db.parent, db.name)
    try:
        app.use_chats([ConsoleChat(io.StringIO())])
        return describe_alert_targets(app)
    finally:
        app.close()
