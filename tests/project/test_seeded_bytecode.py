"""tests/support/seeded_bytecode.py: a byte code prefix seeded with the installed byte code is
read by Python as it is, not compiled again (what the scratch prefix of tests/conftest.py
relies on to spare every run the standard library's and the packages' compilation)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.support.seeded_bytecode import seed_bytecode_prefix


def test_a_seeded_prefix_serves_the_installed_byte_code_without_compiling(tmp_path: Path) -> None:
    prefix = tmp_path / "bytecode"
    assert seed_bytecode_prefix(prefix) > 100
    # the standard library's `json/decoder.py`, as the prefix lays it out
    source = Path(sysconfig.get_paths()["stdlib"]) / "json" / "decoder.py"
    seeded = prefix / str(source.parent).lstrip(os.sep) / f"decoder.{sys.implementation.cache_tag}.pyc"
    before = seeded.stat()
    assert before.st_nlink >= 2  # a link to the installed file, not a copy
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": str(prefix)}
    subprocess.run([sys.executable, "-c", "import json.decoder"], env=env, check=True, timeout=60)
    after = seeded.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # read, not rewritten
