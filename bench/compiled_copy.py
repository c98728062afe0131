"""A copy of the checkout whose analysis modules are compiled to C (Cython or mypyc), to
measure what compiling them gains; the project itself stays pure Python.

    python bench/compiled_copy.py --tool cython --builder OTHER_VENV/bin/python --out NEW_FOLDER
    cd NEW_FOLDER && PROJECT/.venv/bin/python bench/bench_analyze.py --items 3000

`--builder` is an interpreter of the same Python version as the project's, in another
virtualenv, with the compiler installed there (`pip install cython`, or `pip install mypy`
for mypyc), so the project's environment is left as it is. The copy holds the repository's
tracked files; the modules of bot/core/pledges, bot/core/rules and bot/core/text and
bot/core/analysis.py are built in place as extension modules beside their sources (Python
imports an extension module before a source file of the same name). A module the tool
cannot compile is left as Python and listed. Needs a C compiler and the Python headers.

Cython compiles the modules as they are (pure-Python mode, type annotations not used as C
types, so no module's behaviour changes); mypyc compiles only the modules mypy finds no
error in and checks their annotations at run time: on this code its copy fails at the first
analysis unless the class constants of bot/core/text/__init__.py and bot/core/pledges/quantities/numbers.py
are declared `ClassVar` and bot/core/pledges/passes/entities.py is left as Python (`--exclude`), as
measured at stop 42. Figures: docs/performance-history.md (stop 42)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot/core/pledges", "bot/core/rules", "bot/core/text")
SINGLE_MODULES = ("bot/core/analysis.py",)

_MYPYC_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify
setup(name="compiled_copy", ext_modules=mypycify({options!r} + {files!r}, opt_level="3", debug_level="0",
      multi_file=True))
"""


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in listed.decode().split("\0") if name]


def copy_checkout(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty: give a new folder")
    for name in tracked_files():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)


def hot_modules(out: Path) -> list[str]:
    found = [str(p.relative_to(out)) for package in PACKAGES for p in sorted((out / package).glob("*.py"))]
    return found + [m for m in SINGLE_MODULES if (out / m).is_file()]


def mypy_clean(builder: str, out: Path, modules: list[str], env: dict[str, str]) -> tuple[list[str], list[str]]:
    """The modules mypy finds no error in, and the others (mypyc refuses a module with errors)."""
    checked = subprocess.run([builder, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent", *modules],
                             cwd=out, capture_output=True, text=True, env=env)
    failing = {m.group(1) for m in re.finditer(r"^(\S+\.py):\d+: error:", checked.stdout, re.MULTILINE)}
    return [m for m in modules if m not in failing], sorted(failing)


def build(tool: str, builder: str, out: Path, jobs: int, exclude: set[str]) -> tuple[list[str], list[str]]:
    """Compile the hot modules of the copy in place; (compiled, left as Python)."""
    modules = [m for m in hot_modules(out) if m not in exclude]
    env = dict(os.environ)
    # The copy's pyproject.toml is for the project's own build: the builder's setuptools
    # would read (and may reject) it while building the extensions. Out of the way meanwhile.
    project = out / "pyproject.toml"
    project.rename(out / "pyproject.toml.aside")
    try:
        if tool == "cython":
            done = subprocess.run([builder, "-m", "Cython.Build.Cythonize", "-k", "-i", "-3", "-j", str(jobs),
                                   "--directive", "annotation_typing=False", *modules],
                                  cwd=out, capture_output=True, text=True, env=env)
            log = done.stdout + done.stderr
            left = sorted({m.group(1) for m in re.finditer(r"^(bot/\S+\.py):\d+:\d+: ", log, re.MULTILINE)})
        else:
            modules, left = mypy_clean(builder, out, modules, env)
            setup = out / "build" / "setup_compiled_copy.py"
            setup.parent.mkdir(exist_ok=True)
            setup.write_text(_MYPYC_SETUP.format(options=["--ignore-missing-imports", "--follow-imports=silent"],
                                                 files=modules))
            done = subprocess.run([builder, str(setup), "build_ext", "--inplace", "-j", str(jobs)],
                                  cwd=out, capture_output=True, text=True, env=env)
            log = done.stdout + done.stderr
        (out / f"compiled_copy_{tool}.log").write_text(log)
        if done.returncode != 0 and tool == "mypyc":
            raise SystemExit(f"mypyc failed: see {out / 'compiled_copy_mypyc.log'}")
    finally:
        (out / "pyproject.toml.aside").rename(project)
    compiled = [m for m in modules if list((out / m).parent.glob(Path(m).stem + ".cpython-*.so"))]
    return compiled, sorted(set(hot_modules(out)) - set(compiled)) or left


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", choices=("cython", "mypyc"), required=True)
    parser.add_argument("--builder", default=sys.executable,
                        help="a Python (same version as the project's) with Cython or mypy installed")
    parser.add_argument("--out", type=Path, required=True, help="a new folder for the copy")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--exclude", action="append", default=[], metavar="PATH",
                        help="a module to leave as Python, e.g. bot/core/pledges/passes/entities.py (repeatable)")
    args = parser.parse_args()

    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    copy_checkout(out)
    started, cpu = time.perf_counter(), _children_cpu()
    compiled, left = build(args.tool, args.builder, out, args.jobs, set(args.exclude))
    wall, used = time.perf_counter() - started, _children_cpu() - cpu
    size = sum(p.stat().st_size for p in (out / "bot").rglob("*.so"))  # (not the build folder's copies)
    print(f"{args.tool}: {len(compiled)} modules compiled in {wall:.0f} s wall, {used:.0f} s CPU (compiler included); "
          f"extension modules {size / 2**20:.1f} MiB")
    if left:
        print("left as Python: " + ", ".join(left))
    print(f"run the benchmarks from {out} with the project's interpreter")


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


if __name__ == "__main__":
    main()
