"""The container image's recipe (no Docker daemon in the tests: checked as text) and the
health check it runs."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from bot.cli import main

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")


def _stages() -> list[str]:
    return re.split(r"^FROM ", DOCKERFILE, flags=re.M)[1:]


def test_health_check_runs_status():
    assert re.search(r'^HEALTHCHECK .*\n?.*CMD \["pledgewatch", "status", "--health"\]', DOCKERFILE, re.M)


def test_no_wheel_or_build_input_reaches_the_runtime_image():
    runtime = _stages()[-1]
    copies = re.findall(r"^COPY (.*)$", runtime, re.M)
    assert copies == ["--from=build /opt/pledgewatch /opt/pledgewatch"]
    assert ".whl" not in runtime and "pip install" not in runtime


def test_dependencies_come_from_the_lock_file():
    build = _stages()[0]
    assert "pip install --no-cache-dir -r requirements.lock" in build
    assert "--no-deps ." in build
    lock = {}
    for line in (REPO / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not pinned: {line}"
            lock[re.sub(r"[-_.]+", "-", name).lower()] = version
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for requirement in declared:
        name = re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)).lower()
        assert name in lock, f"{name} is a dependency but not in requirements.lock"
    assert "pytest" not in lock and "pledgewatch" not in lock  # runtime only, and not ourselves


def _shipped_package(folder: Path) -> str:
    """The name a source folder holding __init__.py is installed under: config/ is bot.defaults."""
    parts = folder.relative_to(REPO).parts
    return ".".join(("bot", "defaults", *parts[1:]) if parts[0] == "config" else parts)


def test_every_package_of_the_source_tree_is_in_the_wheel():
    # The wheel (`pip install .`: the README's quick start and this image) holds only the
    # packages pyproject.toml lists. bot.cli and bot.cli.commands were missing from the
    # list: an editable install (the tests') worked, the installed `pledgewatch` failed at
    # once with "No module named 'bot.cli'".
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    in_tree = {_shipped_package(init.parent) for root in ("bot", "config") for init in (REPO / root).rglob("__init__.py")}
    assert in_tree - listed == set(), "pyproject.toml [tool.setuptools] packages lacks these"
    assert listed - in_tree == set(), "pyproject.toml lists packages that have no folder"


def test_base_image_is_pinned_or_says_why_not():
    image = re.search(r"^ARG PYTHON_IMAGE=(\S+)", DOCKERFILE, re.M).group(1)
    assert all(stage.startswith("${PYTHON_IMAGE}") for stage in _stages())
    assert "@sha256:" in image or "could not be looked up" in DOCKERFILE


def test_status_health_is_healthy_while_some_feed_succeeds(tmp_path, monkeypatch, capsys, feed_server):
    from tests.support.servers import rss

    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / "h.db"))
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    feed_server.set_feed("/ok.xml", rss([]))
    main(["feeds", "add", feed_server.url("/ok.xml")])
    capsys.readouterr()
    # The shipped feeds were never polled and nothing succeeded yet: unhealthy.
    assert main(["status", "--health"]) == 1
    assert "unhealthy: no feed polled successfully" in capsys.readouterr().out
    main(["poll", "--feed", feed_server.url("/ok.xml")])
    capsys.readouterr()
    assert main(["status", "--health"]) == 0  # one feed fine among 20 never polled
    assert capsys.readouterr().out.startswith("healthy: 20 feeds")
    assert main(["status"]) == 0  # the detailed status is unchanged (no feed failing)


def _docker_pattern(line: str) -> re.Pattern[str]:
    """A .dockerignore line as Docker matches it (Go's filepath.Match, plus ** for any
    folders), against a path from the context's root: fnmatch on a file's name, as this
    test used, took `*.db` for a pattern matching at any depth, which Docker's is not."""
    pattern = line.strip("/")
    out = ""
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            out, index = out + "(?:.*/)?", index + 3
        elif pattern.startswith("**", index):
            out, index = out + ".*", index + 2
        elif pattern[index] == "*":
            out, index = out + "[^/]*", index + 1
        elif pattern[index] == "?":
            out, index = out + "[^/]", index + 1
        else:
            out, index = out + re.escape(pattern[index]), index + 1
    return re.compile(out)


def test_the_build_context_leaves_out_the_virtualenv_and_databases_but_not_what_is_copied():
    # The quick start makes .venv/ (~300 MB) and pledgewatch.db in the clone: without a
    # .dockerignore, `docker build .` sent them all to the daemon at every build.
    patterns = [_docker_pattern(line.strip()) for line in (REPO / ".dockerignore").read_text(encoding="utf-8")
                .splitlines() if line.strip() and not line.startswith("#")]

    def ignored(path: str) -> bool:
        # As Docker reads it: a path is left out when it, or a folder it is in, matches.
        parts = path.split("/")
        return any(pattern.fullmatch("/".join(parts[:end])) for pattern in patterns for end in range(1, len(parts) + 1))

    for kept_out in (".venv", ".git", "pledgewatch.db", "pledgewatch.db-wal", "pledgewatch.db.lock", ".env",
                     "bot/__pycache__", "bot/core/__pycache__/x.pyc",
                     # Nested: Docker anchors a pattern at the context's root, unlike .gitignore,
                     # so `*.db` kept out pledgewatch.db but sent data/pledgewatch.db.
                     "data/pledgewatch.db", "data/pledgewatch.db-wal", "backups/old.db.lock", "config/.env",
                     "deploy/prod.env", "docs/web-pledges.png"):
        assert ignored(kept_out), kept_out
    assert not ignored("config/pledgewatch.toml") and not ignored("bot/__init__.py")
    copied = [source for line in re.findall(r"^COPY (?!--from)(.*)$", DOCKERFILE, re.M) for source in line.split()[:-1]]
    assert {"requirements.lock", "pyproject.toml", "README.md", "bot", "config"} <= set(copied)
    for source in copied:
        assert not ignored(source), source
    for shipped in (REPO / "bot").rglob("*.py"):
        assert not ignored(shipped.relative_to(REPO).as_posix()), shipped
    # Python's own byte-code caches (config/__pycache__ appears once a test imports the shipped
    # config as bot.defaults) are rightly left out: the image compiles its own.
    for shipped in (REPO / "config").rglob("*"):
        if "__pycache__" not in shipped.parts:
            assert not ignored(shipped.relative_to(REPO).as_posix()), shipped


def test_a_command_run_in_the_container_finds_the_database_run_uses():
    # The README tells a user without a token to `docker exec -it CONTAINER pledgewatch chat`:
    # an exec'd command gets the image's environment, so the database must come from it, not
    # from `run`'s command line.
    runtime = _stages()[-1]
    assert re.search(r"^\s*PLEDGEWATCH_DB=/data/pledgewatch\.db\b", runtime, re.M)
    assert re.search(r'^CMD \["pledgewatch", "run"\]$', runtime, re.M)
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "`docker exec -it CONTAINER pledgewatch chat`" in readme


def _runtime_env() -> dict[str, str]:
    """The runtime image's ENV, name to value (one ENV instruction, continued over lines)."""
    runtime = _stages()[-1].replace("\\\n", " ")
    (env_line,) = re.findall(r"^ENV (.*)$", runtime, re.M)
    return dict(pair.split("=", 1) for pair in env_line.split())


def test_the_compiled_rules_cache_is_kept_on_the_volume(tmp_path, monkeypatch):
    # In the home folder the cache lived in the container's own layer: every new container
    # (`docker run` again, an image upgrade) compiled the rules afresh, ~250 MiB at peak.
    from bot.cache_directory import default_directory, private_directory_problem

    (volume,) = re.findall(r'^VOLUME \["(/[^"]+)"\]$', _stages()[-1], re.M)
    cache = _runtime_env().get("PLEDGEWATCH_CACHE_DIR", "")
    assert cache.startswith(volume.rstrip("/") + "/"), cache
    assert re.search(rf"chown pledgewatch:pledgewatch {volume}\b", _stages()[-1])  # the user may make it there
    # Two containers on one volume: each a fresh home folder, the volume's folder the same.
    data = tmp_path / "volume"
    data.mkdir(mode=0o755)
    monkeypatch.setenv("PLEDGEWATCH_CACHE_DIR", str(data) + cache[len(volume.rstrip("/")):])
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    found = []
    for container in ("first", "second"):
        monkeypatch.setenv("HOME", str(tmp_path / container))
        found.append(default_directory())
    assert found[0] == found[1] and found[0].parent == data
    assert private_directory_problem(found[0]) is None  # trusted, so read back rather than warned about
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert f"compiled-rules cache beside it in `{cache}`" in readme
