"""aiohttp, imported without reading the system's CA certificates at import.

aiohttp.connector makes two default TLS contexts when it is imported, and each reads
the system's certificate bundle: ~0.036 s of CPU in every process, a tenth of a
`poll --once` whose feeds all answer 304, and spent even when every feed is http://.
Imported through `aiohttp_without_eager_certificates()`, those two contexts are made
as usual but read the bundle at their first TLS connection instead (then once, for
good): the same certificates, the same verification, only later. Every module of the
project that uses aiohttp imports it from here, so whichever comes first gets it so.

How: while aiohttp is imported, `set_default_verify_paths` (the one call that reads
the bundle; `ssl.create_default_context` goes through it) only records the context;
afterwards each recorded context becomes a `CertificatesOnFirstUse`, which reads them
before its first `wrap_bio`/`wrap_socket` (asyncio's TLS goes through `wrap_bio`).
A context made by another thread during the import is recorded and handled alike.
Should aiohttp one day make its contexts otherwise, nothing is recorded and nothing
changes (tests/project/test_aiohttp_import.py checks both the deferral and an https fetch
verified against certificates that only the default paths name).
"""

from __future__ import annotations

import ssl
import sys
import threading
from types import ModuleType

_import_lock = threading.Lock()


class CertificatesOnFirstUse(ssl.SSLContext):
    """An SSLContext whose default verify paths are read when it first wraps a
    connection. Only given to contexts whose reading was deferred (see the module
    docstring); after the reading it behaves as the SSLContext it was made as."""

    _load_lock = threading.Lock()

    def _read_default_paths(self) -> None:
        with self._load_lock:
            if type(self) is CertificatesOnFirstUse:
                ssl.SSLContext.set_default_verify_paths(self)
                self.__class__ = ssl.SSLContext

    def wrap_bio(self, *args, **kwargs):
        self._read_default_paths()
        return ssl.SSLContext.wrap_bio(self, *args, **kwargs)

    def wrap_socket(self, *args, **kwargs):
        self._read_default_paths()
        return ssl.SSLContext.wrap_socket(self, *args, **kwargs)

    def get_ca_certs(self, *args, **kwargs):
        self._read_default_paths()
        return ssl.SSLContext.get_ca_certs(self, *args, **kwargs)

    def cert_store_stats(self):
        self._read_default_paths()
        return ssl.SSLContext.cert_store_stats(self)


def aiohttp_without_eager_certificates() -> ModuleType:
    """The aiohttp package, imported (once) as the module docstring says."""
    module = sys.modules.get("aiohttp")
    if module is not None:
        return module
    with _import_lock:
        module = sys.modules.get("aiohttp")
        if module is not None:
            return module
        deferred: list[ssl.SSLContext] = []

        def record(context: ssl.SSLContext) -> None:
            deferred.append(context)

        ssl.SSLContext.set_default_verify_paths = record  # shadows the C method of _ssl._SSLContext
        try:
            import aiohttp
        finally:
            del ssl.SSLContext.set_default_verify_paths
            for context in deferred:
                if type(context) is ssl.SSLContext:
                    context.__class__ = CertificatesOnFirstUse
                else:  # a subclass we do not know: read the paths now, as it asked
                    ssl.SSLContext.set_default_verify_paths(context)
        return aiohttp
