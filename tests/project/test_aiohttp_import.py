"""aiohttp imported without reading the CA bundle at import (bot.adapters.aiohttp_import):
its default TLS contexts still verify, against the certificates the default paths
name, read at the first TLS connection. Each check runs in a fresh interpreter,
since aiohttp is imported once per process."""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import FeedServer, rss

ROOT = Path(__file__).resolve().parents[2]
FEED = rss([{"title": "Hello over TLS", "link": "https://example.org/1", "guid": "1"}])

FETCH = """
import asyncio, json, sys
from bot.adapters.feed_http import HttpFeedSource
from bot.errors import FetchError

async def go():
    async with HttpFeedSource(timeout=10) as source:
        try:
            result = await source.fetch(sys.argv[1])
        except FetchError as exc:
            return {"error": str(exc)}
        return {"status": result.status, "body": result.body.decode()}

print(json.dumps(asyncio.run(go())))
"""


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], check=False, cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_aiohttp_reads_no_certificates_and_the_contexts_read_them_at_first_use() -> None:
    out = _python(
        "import json, ssl\n"
        "import bot.adapters.feed_http\n"
        "import aiohttp.connector as c\n"
        "from bot.adapters.aiohttp_import import CertificatesOnFirstUse\n"
        "contexts = [c._SSL_CONTEXT_VERIFIED, c._SSL_CONTEXT_UNVERIFIED]\n"
        "deferred = [type(x) is CertificatesOnFirstUse for x in contexts]\n"
        "loaded = [ssl.SSLContext.cert_store_stats(x)['x509_ca'] for x in contexts]\n"
        "after = [x.cert_store_stats()['x509_ca'] for x in contexts]\n"  # reads them now
        "print(json.dumps({'deferred': deferred, 'before': loaded, 'after': after,\n"
        "                  'types': [type(x).__name__ for x in contexts],\n"
        "                  'verify': [x.verify_mode == ssl.CERT_REQUIRED for x in contexts],\n"
        "                  'patched': 'set_default_verify_paths' in ssl.SSLContext.__dict__}))\n"
    )
    found = json.loads(out)
    assert found["deferred"] == [True, True]
    assert found["before"] == [0, 0]
    # Read when first needed, as an ordinary SSLContext would have at import (a system
    # without any CA certificate would read none either way).
    system = ssl.create_default_context().cert_store_stats()["x509_ca"]
    assert found["after"] == [system, system]
    assert found["types"] == ["SSLContext", "SSLContext"]
    assert found["verify"] == [True, False]  # the verified one still verifies
    assert found["patched"] is False  # ssl is left as it was


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A private CA and a certificate for 127.0.0.1 signed by it (openssl's command line)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate authority")
    folder = tmp_path_factory.mktemp("tls")
    ca_key, ca, key, request, cert = (folder / n for n in ("ca.key", "ca.pem", "server.key", "server.csr",
                                                          "server.pem"))
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(ca),
            "-days", "2", "-subj", "/CN=pledgewatch test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(request),
            "-subj", "/CN=127.0.0.1")
    openssl("x509", "-req", "-in", str(request), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial",
            "-out", str(cert), "-days", "2", "-extfile", str(folder / "san.ext"))
    return {"ca": ca, "cert": cert, "key": key}


@pytest.fixture
def tls_server(certificates: dict[str, Path]):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates["cert"], certificates["key"])
    with FeedServer(tls=context) as server:
        server.set_feed("/feed.xml", FEED)
        yield server


def test_an_https_feed_is_verified_against_the_default_paths_read_late(tls_server, certificates) -> None:
    # SSL_CERT_FILE is where OpenSSL's default paths look: a fetch succeeds only if the
    # context read them, and our CA is trusted nowhere else.
    found = json.loads(_python(FETCH, tls_server.url("/feed.xml"), env={"SSL_CERT_FILE": str(certificates["ca"])}))
    assert found == {"status": 200, "body": FEED.decode()}


def test_an_https_feed_with_an_unknown_authority_is_still_refused(tls_server) -> None:
    found = json.loads(_python(FETCH, tls_server.url("/feed.xml"), env={"SSL_CERT_FILE": os.devnull}))
    assert "certificate" in found["error"].lower()
    assert all(r.path != "/feed.xml" for r in tls_server.requests)
