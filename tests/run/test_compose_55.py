"""Stop 55, new user: compose.yaml, checked as text against the Dockerfile and the settings
(no Docker in the tests): one service built from the Dockerfile, a named volume on the
image's data folder, the tokens from an optional .env whose names the settings read, and
a restart policy that brings the bot back after a reboot."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COMPOSE = (REPO / "compose.yaml").read_text(encoding="utf-8")
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")
# (the file's lines without its comments)
SETTINGS = "\n".join(line for line in COMPOSE.splitlines() if not line.lstrip().startswith("#"))


def _services() -> list[str]:
    block = re.search(r"^services:\n((?:[ \t]+.*\n|\n)+)", SETTINGS + "\n", re.M).group(1)
    return re.findall(r"^  ([\w-]+):", block, re.M)


def test_one_service_built_from_the_dockerfile():
    assert _services() == ["pledgewatch"]
    assert re.search(r"^    build: \.$", SETTINGS, re.M)
    assert (REPO / "Dockerfile").exists()


def test_a_named_volume_on_the_images_data_folder():
    (data,) = re.findall(r'^VOLUME \["([^"]+)"\]', DOCKERFILE, re.M)
    database = re.search(r"PLEDGEWATCH_DB=(\S+)", DOCKERFILE).group(1)
    cache = re.search(r"PLEDGEWATCH_CACHE_DIR=(\S+)", DOCKERFILE).group(1)
    assert database.startswith(data + "/") and cache.startswith(data + "/")
    (volume,) = re.findall(r"^      - ([\w-]+):(/\S+)$", SETTINGS, re.M)
    assert volume[1] == data
    assert re.search(rf"^volumes:\n  {re.escape(volume[0])}:", SETTINGS, re.M)


def test_the_tokens_come_from_an_optional_env_file_the_build_leaves_out():
    assert re.search(r"^    env_file:\n      - path: \.env\n        required: false$", SETTINGS, re.M)
    assert "**/.env" in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
    named = set(re.findall(r"^#\s+([A-Z_]+)=\.\.\.$", COMPOSE, re.M))
    assert named == {"TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN"}
    sections = (REPO / "bot" / "config" / "sections.py").read_text(encoding="utf-8")
    for name in named:
        assert f'environ.get("{name}"' in sections, f"the settings no longer read {name}"


def test_it_comes_back_after_a_reboot_and_the_readme_says_how_to_start_it():
    assert re.search(r"^    restart: unless-stopped$", SETTINGS, re.M)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docker compose up -d" in readme and "`compose.yaml`" in readme
    for command in re.findall(r"^#\s+(docker compose [^\n]*?)\s{2,}", COMPOSE, re.M):
        assert command.split()[2] in {"up", "logs", "exec"}, command
