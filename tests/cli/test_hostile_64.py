"""Stop 64, hostile input to the command line, through `main` and real files.

- A feeds file over the 16 MB bound (a log or a dump named as `feeds` by mistake) was refused
  as "...: larger than 16777216 bytes; not a settings file": the file named was the feeds file,
  and the user had given none as a settings file. Now the line says what the file was read as.
"""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.config.toml_files import MAX_SETTINGS_FILE_BYTES


@pytest.mark.parametrize(("named", "kind"), [("feeds", "feeds file"), ("config", "settings file")])
def test_a_file_over_16_mb_is_refused_naming_it_as_what_it_was_read_as(tmp_path, capsys, monkeypatch, named, kind):
    monkeypatch.chdir(tmp_path)
    big = tmp_path / "big.toml"
    with big.open("wb") as out:  # sparse: no 16 MB written to the disk
        out.truncate(MAX_SETTINGS_FILE_BYTES + 1)
    settings = tmp_path / "settings.toml"
    settings.write_text('feeds = "big.toml"\n', encoding="utf-8")
    config = settings if named == "feeds" else big
    assert main(["--config", str(config), "feeds", "list"]) != 0
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert "big.toml: larger than 16,777,216 bytes (16 MB)" in line, line
    assert f"any {kind} holds" in line, line
    assert ("settings file" in line.split("big.toml")[1]) == (kind == "settings file"), line
