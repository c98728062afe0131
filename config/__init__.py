"""The shipped defaults. This folder is installed as the package `bot.defaults`
(see pyproject.toml) so the `pledgewatch` command finds these files from any
directory; copy pledgewatch.toml to start your own settings."""
