"""The module-level values of one kind in every module of a package: the pledge reader's
patterns, for the tests that check every one of them (tests/pledges/test_pledges_guarded.py,
test_pledges_text_gate.py), so that a pattern moved to a new module stays checked."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def module_values(package: ModuleType, kind: type) -> list[tuple[str, object]]:
    """("module.name", value) for each module-level name of the modules of `package` and of its
    subpackages bound to a `kind`,
    sorted by that label (a value a module imports from another is listed under both)."""
    modules = [importlib.import_module(info.name)
               for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")]
    return sorted(
        ((f"{module.__name__.rsplit('.', 1)[1]}.{name}", value)
         for module in modules for name, value in vars(module).items() if isinstance(value, kind)),
        key=lambda item: item[0],
    )
