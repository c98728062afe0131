"""sqlite-utils, imported without numpy and pandas.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their
scalar types when a row holding them is inserted; pledgewatch never inserts either.
numpy is installed here for matplotlib (the /pledges chart, imported only when a chart
is drawn), and importing it cost every process about 0.1 s and 12 MiB of resident
memory (measured: `import sqlite_utils` took RSS from 10 to 35 MiB with numpy, to 23
MiB without). A `None` in sys.modules makes an import raise
ImportError, which sqlite-utils handles as "not installed"; the entries are removed
again right after, so matplotlib (or anything else) still imports numpy normally.
"""

from __future__ import annotations

import sys

_BLOCKED = ("numpy", "pandas")


def _import_without_array_libraries():
    absent = [name for name in _BLOCKED if name not in sys.modules]
    for name in absent:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in absent:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_without_array_libraries()
