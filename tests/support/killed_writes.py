"""Code a test runs as `python -c` to kill a command half-way through a write, where SIGKILL,
the OOM killer or a power cut would find it (tests/cli/test_hostile_60.py, test_hostile_61.py)."""

# The backup is made a page at a time here, the process killing itself after the second: the
# point where SIGKILL, the OOM killer or a power cut finds a backup of a large database.
KILLED_MID_BACKUP = """
import os, signal, sqlite3, sys
class KilledMidBackup(sqlite3.Connection):
    def backup(self, target, **options):
        def progress(status, remaining, total):
            if total - remaining >= 2:
                os.kill(os.getpid(), signal.SIGKILL)
        return super().backup(target, pages=1, progress=progress)
connect = sqlite3.connect
sqlite3.connect = lambda *args, **kwargs: connect(*args, factory=KilledMidBackup, **kwargs)
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""


# The export killed between its write and its rename: where SIGKILL finds a large export.
KILLED_BEFORE_RENAME = """
import os, signal, sys
os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""
