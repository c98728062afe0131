"""The rule engine's word tables, kept on disk between runs (see bot.core.rules.lexicon).

Compiling the rules needs the lemmas of the rule words, and fast matching needs the
lemmatiser's dictionary inverted for those lemmas; both come from simplemma's
dictionaries, whose reading costs seconds. Kept here, a start-up reads three small
files instead:

- `words.bin`: the match keys of every rule word compiled so far;
- `forms-<hash of the rule lemmas>.bin`: the dictionary forms whose lemma the rules
  use (one file per rule set: an edit that brings new lemmas makes a new file);
- `members-<lang>.bin`: hashes of every dictionary form, read only for the rare word
  that needs them.

They live in a directory of the user's cache (`$PLEDGEWATCH_CACHE_DIR`, else
`$XDG_CACHE_HOME/pledgewatch`, else `~/.cache/pledgewatch`; an empty
PLEDGEWATCH_CACHE_DIR turns the cache off: words are then lemmatised as they come,
the slower way, rather than building the tables at every start), in a sub-directory
named after the versions the tables depend on (this format, simplemma, the Unicode
tables behind `fold`): another version never reads them.

Trust: the files hold only strings and hashes, parsed as JSON or as a flat array
(nothing is unpickled or executed), each behind a SHA-256 of its content. A file
that does not check out is rebuilt and replaced, never used. A members file (25 MB
for the three) is hashed in full the first time a process meets that very file;
`members-<lang>.bin.verified` then records its inode, size and times with its digest,
and later processes hash it again only when any of those changed
(DiskLexicon._verified_before says why that is enough). The directory is made
private (0700) and files are written to a temporary name and renamed, so a reader
never sees half a file; a directory that someone else owns or may write to is not
used at all (another user could plant tables that change what the rules match):
words are then lemmatised as they come, and a warning says why.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import threading
import unicodedata
from array import array
from pathlib import Path

from bot.adapters.simplemma_files import dictionary_records, simplemma_suffix_rules, simplemma_version
from bot.cache_directory import (
    CACHE_ENV,
    default_directory,
    own_regular_file,
    private_directory_problem,
    write_atomically,
)
from bot.core.rules import lexicon
from bot.core.rules.lexicon import Members, RuleLemmas
from bot.core.rules.match_keys import word_keys

log = logging.getLogger(__name__)

# Directories already found unusable in this process: a command opens the cache twice
# (the settings' entity lists, then the rules), and said "rule cache off" twice.
_REPORTED_UNUSABLE: set[Path] = set()


class FileMembers:
    """`word in members` answered from a members file (what Members.to_bytes wrote) in
    place, by a binary search: the steps over the whole table read the two offsets and
    the form they need with pread, remembering the forms they read (the first steps of
    every search read the same few; at most 1,023 forms a table, ~0.1 MB, however long
    the process runs); once the range is down to _BLOCK forms, its offsets and its
    forms are read with one pread each and searched in memory. A steady `poll --once`
    made 377 lookups: ~40 reads each (14,763, ~0.015 s of CPU, most of it in the
    kernel) before the remembered steps and the block read.

    Why not in memory: the German table is 18.7 MB. Read, it was resident in every
    process that met one rare word; mapped, the offsets array (1.1 M entries) was still
    copied, and the kernel maps 16 pages around every page a search touched, so a first
    poll that met a few hundred rare words had some 25 MiB of the tables counted in its
    resident memory. A few hundred lookups cost less than that copy.
    Thread-safe: pread moves no file position."""

    __slots__ = ("_count", "_fd", "_forms_at", "_handle", "_probed", "_starts_at")

    _OFFSETS = struct.Struct("=II")  # two neighbouring entries of the array("I") offsets
    # Forms read at once for the end of a search: 2,048 offsets (8 KB) and their forms
    # (~25 KB) cost a few small preads.
    _BLOCK = 2048

    def __init__(self, handle):
        # `handle` is an open binary file whose checksum the caller has verified; kept
        # open for the life of this object.
        self._handle = handle
        self._fd = handle.fileno()
        header = os.pread(self._fd, 8, lexicon.CHECKED_PREFIX)
        if len(header) != 8:
            raise ValueError("members: truncated")
        self._count = int.from_bytes(header, "little")
        self._starts_at = lexicon.CHECKED_PREFIX + 8
        self._probed: dict[int, bytes] = {}  # the forms the steps over the whole table read
        self._forms_at = self._starts_at + (self._count + 1) * 4
        first, _ = self._offsets(0) if self._count else (0, 0)
        last = os.pread(self._fd, 4, self._starts_at + self._count * 4)
        size = os.fstat(self._fd).st_size
        if first != 0 or len(last) != 4 or self._forms_at + struct.unpack("=I", last)[0] != size:
            raise ValueError("members: offsets do not match the forms")

    def _offsets(self, index: int) -> tuple[int, int]:
        return self._OFFSETS.unpack(os.pread(self._fd, 8, self._starts_at + index * 4))

    def _form(self, index: int) -> bytes:
        start, end = self._offsets(index)
        return os.pread(self._fd, end - start, self._forms_at + start)

    def _probe(self, index: int) -> bytes:
        found = self._probed.get(index)
        if found is None:
            found = self._probed[index] = self._form(index)
        return found

    def __contains__(self, word: str) -> bool:
        target = word.encode("utf-8", "surrogatepass")
        low, high = 0, self._count
        while high - low > self._BLOCK:  # the same steps as lexicon.in_sorted_forms
            middle = (low + high) // 2
            found = self._probe(middle)
            if found < target:
                low = middle + 1
            elif found > target:
                high = middle
            else:
                return True
        if low == high:
            return False
        raw = os.pread(self._fd, (high - low + 1) * 4, self._starts_at + low * 4)
        if len(raw) != (high - low + 1) * 4:
            raise ValueError("members: truncated")
        starts = array("I")
        starts.frombytes(raw)
        first = starts[0]
        forms = os.pread(self._fd, starts[-1] - first, self._forms_at + first)
        if len(forms) != starts[-1] - first:
            raise ValueError("members: truncated")
        return lexicon.in_sorted_forms(word, high - low,
                                       lambda i: forms[starts[i] - first : starts[i + 1] - first])

    def __len__(self) -> int:
        return self._count


def _identity(info: os.stat_result) -> list[int]:
    """What changes whenever a file is replaced or written (see DiskLexicon._verified_before)."""
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def _verified_name(name: str) -> str:
    return f"{name}.verified"


def _report_unusable(directory: Path, why: str) -> None:
    """Warn that the cache is off, once per directory and process."""
    if directory not in _REPORTED_UNUSABLE:
        _REPORTED_UNUSABLE.add(directory)
        # What to do about it, said: the folder came from a variable the user may not know of.
        log.warning("rule cache off: %s; words are lemmatised as they come (slower); %s names another folder",
                    why, CACHE_ENV)


class DiskLexicon:
    """A `Lexicon` (bot.core.rules.match_keys) backed by the cache directory."""

    def __init__(self, directory: Path | None):
        self._base = directory
        self._directory: Path | None = None
        self._version: str | None = None
        self._keys: dict[str, tuple[str, ...]] | None = None
        self._new_keys = False
        self._members: dict[str, Members | FileMembers] = {}
        # True: a missing table is built before compile returns (a start: seconds once).
        # False (the running app after its first compile): a rule edit must not stall
        # polling, so the table is built in a background thread for the next start, and
        # this compile lemmatises words as they come (the same answers, slower).
        self.build_now = True
        self._building: set[str] = set()
        self._said_building = False

    @classmethod
    def from_environment(cls) -> DiskLexicon:
        return cls(default_directory())

    # -- the directory --------------------------------------------------------

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = simplemma_version()
        return self._version

    @property
    def directory(self) -> Path | None:
        """The versioned directory, checked (and made) on first use; None: no cache."""
        if self._directory is None and self._base is not None:
            tag = f"lexicon-{lexicon.FORMAT}-simplemma-{self.version}-unicode-{unicodedata.unidata_version}"
            self._directory = self._usable(self._base / tag)
            if self._directory is None:
                self._base = None  # checked once: not usable
        return self._directory

    def _usable(self, directory: Path) -> Path | None:
        """`directory`, created private if missing, or None (with a warning) if it
        cannot be made or is not safe to trust."""
        problem = private_directory_problem(directory)
        if problem is not None:
            _report_unusable(directory, problem)
            return None
        return directory

    def _own_file(self, name: str) -> Path | None:
        """The cache file `name` when it is a regular file of this user (not a link
        someone planted, not another user's), else None. Raises OSError as lstat does."""
        if self.directory is None:
            return None
        path = self.directory / name
        return path if own_regular_file(path) else None

    def read_file(self, name: str) -> bytes | None:
        """A cache file's bytes; None when absent, unreadable or not this user's own file."""
        try:
            path = self._own_file(name)
            return path.read_bytes() if path is not None else None
        except OSError:
            return None

    def write_file(self, name: str, blob: bytes) -> None:
        """Write a cache file under a temporary name and rename it (never raises)."""
        if self.directory is None:
            return
        try:
            write_atomically(self.directory / name, blob)
        except OSError as exc:  # a full or read-only disk: this run still works
            log.warning("rule cache: cannot write %s (%s)", name, exc)

    # -- the Lexicon port ------------------------------------------------------

    def word_keys(self, surface: str) -> tuple[str, ...]:
        if self._keys is None:
            self._keys = self._load(b"words.bin", lexicon.keys_from_bytes)
            if self._keys is None:  # a cache to fill: lemmatising the rules' words comes first
                self._say_building()
                self._keys = {}
        keys = self._keys.get(surface)
        if keys is None:
            keys = self._keys[surface] = word_keys(surface)
            self._new_keys = True
        return keys

    def rule_lemmas(self, lemmas: dict[str, frozenset[str]]) -> RuleLemmas | None:
        if self._new_keys and self._keys is not None:
            self.write_file("words.bin", lexicon.keys_to_bytes(self._keys))
            self._new_keys = False
        if not lexicon.supported(self.version):
            log.info("simplemma %s: lemmatising words as they come (tables checked for %s)",
                     self.version, lexicon.VERIFIED_SIMPLEMMA)
            return None
        if self.directory is None:  # no cache: building the tables at every start would cost more
            return None
        digest = hashlib.sha256(
            json.dumps({lang: sorted(found) for lang, found in sorted(lemmas.items())}, ensure_ascii=False).encode()
        ).hexdigest()[:32]
        name = f"forms-{digest}.bin"
        loaded = self._load(name.encode(), lexicon.forms_from_bytes)
        if loaded is None or set(loaded[0]) != set(lemmas):
            if not self.build_now:
                self._build_later(name, lemmas)
                return None
            self._say_building()
            forms, patterns, known, members = self._tables(lemmas)
            for lang, found in members.items():
                self._members.setdefault(lang, found)
            self.write_file(name, lexicon.forms_to_bytes(forms, patterns, known))
            loaded = forms, patterns, known
        forms, patterns, known = loaded
        return RuleLemmas(lemmas, forms, self.members_of, patterns, known, simplemma_suffix_rules)

    def _say_building(self) -> None:
        """Said once, when a start fills the cache: the lemmatiser's dictionaries and the
        word tables cost several seconds of CPU before anything else is said (`run` on a
        new machine sat silent for 10 s before its first line). Not said with the cache
        off, where every start lemmatises the rules' words (a known, chosen cost)."""
        if self._said_building or self.directory is None:
            return
        self._said_building = True
        log.info("preparing the rules' word tables: several seconds, once for these rules (kept in %s)",
                 self.directory)

    def _build_later(self, name: str, lemmas: dict[str, frozenset[str]]) -> None:
        if name in self._building or self.directory is None:
            return
        self._building.add(name)

        def build() -> None:
            forms, patterns, known, _ = self._tables(lemmas)
            self.write_file(name, lexicon.forms_to_bytes(forms, patterns, known))

        threading.Thread(target=build, name="rule-tables", daemon=True).start()

    def _open_members(self, name: str) -> FileMembers | None:
        """The members file, looked up in place (FileMembers). Its checksum is verified
        by streaming the file (page cache, not this process's memory) the first time a
        process meets this very file; see _verified_before. None: absent, not ours, or
        damaged."""
        try:
            path = self._own_file(name)
            if path is None:
                return None
            handle = path.open("rb")
        except OSError:
            return None
        try:
            head = handle.read(lexicon.CHECKED_PREFIX)
            if head[: len(lexicon.MEMBERS_MAGIC)] != lexicon.MEMBERS_MAGIC:
                raise ValueError("not a pledgewatch members file")
            claimed = head[len(lexicon.MEMBERS_MAGIC):]
            identity = _identity(os.fstat(handle.fileno()))
            if not self._verified_before(name, identity, claimed):
                if hashlib.file_digest(handle, "sha256").digest() != claimed:
                    raise ValueError("checksum mismatch")
                self.write_file(_verified_name(name), json.dumps({"file": identity, "sha256": claimed.hex()}).encode())
            return FileMembers(handle)
        except (OSError, ValueError) as exc:
            handle.close()
            log.warning("rule cache: %s is damaged (%s); rebuilding it", name, exc)
            return None

    def _verified_before(self, name: str, identity: list[int], claimed: bytes) -> bool:
        """Did a process verify this very file in full? Streaming the SHA-256 of the three
        members files (25 MB) cost every process that met a rare word ~0.02 s of CPU. A
        file is only ever replaced whole, by a rename (a new inode), and any change to it
        moves its change time (ctime, which no user can set back): so once its content
        checked out, a record of its device, inode, size, mtime and ctime with the digest
        its header claims vouches for it (`<name>.verified`, this user's private file like
        the others). Any difference, or a record that does not parse, means verifying again."""
        blob = self.read_file(_verified_name(name))
        if blob is None:
            return False
        try:
            record = json.loads(blob)
        except ValueError:
            return False
        return isinstance(record, dict) and record.get("file") == identity and record.get("sha256") == claimed.hex()

    def _load(self, name: bytes, parse):
        blob = self.read_file(name.decode())
        if blob is None:
            return None
        try:
            return parse(blob)
        except (ValueError, UnicodeDecodeError) as exc:
            log.warning("rule cache: %s is damaged (%s); rebuilding it", name.decode(), exc)
            return None

    def _tables(self, lemmas: dict[str, frozenset[str]]):
        """Read each dictionary once: the forms table, and the members while at it
        (written to their files when missing). Touches no state of this object but
        the files, so that it can run in a thread."""
        forms, known, members = {}, {}, {}
        patterns = lexicon.prefix_patterns(lemmas)
        for lang in lemmas:
            forms[lang], members[lang], own = lexicon.build_forms(
                dictionary_records(lang), lemmas[lang], patterns.get(lang))
            known[lang] = lexicon.known_members(forms[lang], lemmas[lang], members[lang], own)
            if self.read_file(f"members-{lang}.bin") is None:
                self.write_file(f"members-{lang}.bin", members[lang].to_bytes())
        return forms, patterns, known, members

    def members_of(self, lang: str) -> Members | FileMembers:
        members = self._members.get(lang)
        if members is None:
            members = self._open_members(f"members-{lang}.bin")
            if members is None:
                members = Members.of([form for form, _ in dictionary_records(lang)])
                self.write_file(f"members-{lang}.bin", members.to_bytes())
            self._members[lang] = members
        return members


def cached_lexicon() -> DiskLexicon:
    """The lexicon of this user's cache directory (see default_directory)."""
    return DiskLexicon.from_environment()
