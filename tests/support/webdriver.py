"""A small W3C WebDriver client (urllib + JSON) for Debian's chromedriver and chromium.

Enough to act as a person would: open a page, find elements, read their text, click
links, take screenshots; and, for the narrow screen's tests, size the window and measure
what the browser laid out. No dependency beyond the standard library (selenium would
bring a dozen packages for these few calls).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.support.servers import free_port

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference

# Without the background-networking flags chromium tries Google services and its
# connections hang on a closed network.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,900",
)


def find_chromium() -> tuple[str | None, str | None]:
    """(chromium, chromedriver) paths, None for the missing ones."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    return browser, shutil.which("chromedriver")


class WebDriverError(RuntimeError):
    pass


class Browser:
    """One chromedriver process and one browser session."""

    def __init__(self, chromium: str, chromedriver: str, profile: Path, downloads: Path):
        self.port = free_port()
        self.driver = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if self._call("GET", "/status")["ready"]:
                    break
            except (OSError, WebDriverError):
                pass
            if time.monotonic() > deadline:
                self.driver.kill()
                raise WebDriverError("chromedriver did not start within 30 s")
            time.sleep(0.1)
        options = {"binary": chromium, "args": [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"],
                   "prefs": {"download.default_directory": str(downloads), "download.prompt_for_download": False}}
        try:
            session = self._call("POST", "/session",
                                 {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})
        except Exception:
            self.driver.kill()
            raise
        self.session = f"/session/{session['sessionId']}"

    def _call(self, method: str, path: str, body: dict | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as exc:
            raise WebDriverError(f"{method} {path}: {exc.read()[:500]!r}") from None

    def close(self) -> None:
        try:
            self._call("DELETE", self.session)
        finally:
            self.driver.terminate()
            try:
                self.driver.wait(10)
            except subprocess.TimeoutExpired:
                self.driver.kill()

    # -- what a person does ---------------------------------------------------------------

    def open(self, url: str) -> None:
        self._call("POST", self.session + "/url", {"url": url})

    @property
    def url(self) -> str:
        return self._call("GET", self.session + "/url")

    @property
    def title(self) -> str:
        return self._call("GET", self.session + "/title")

    def find_all(self, css: str) -> list[str]:
        found = self._call("POST", self.session + "/elements", {"using": "css selector", "value": css})
        if found and ELEMENT not in found[0]:
            raise WebDriverError(f"unexpected element reference {found[0]!r}")
        return [element[ELEMENT] for element in found]

    def find(self, css: str) -> str:
        found = self.find_all(css)
        if not found:
            raise WebDriverError(f"no element matches {css!r} on {self.url}")
        return found[0]

    def text(self, element: str) -> str:
        return self._call("GET", f"{self.session}/element/{element}/text")

    def texts(self, css: str) -> list[str]:
        return [self.text(element) for element in self.find_all(css)]

    def attribute(self, element: str, name: str) -> str | None:
        return self._call("GET", f"{self.session}/element/{element}/attribute/{name}")

    def click(self, element: str) -> None:
        self._call("POST", f"{self.session}/element/{element}/click", {})

    def url_once_it_holds(self, part: str, timeout: float = 30) -> str:
        """The address once it holds `part`: a click that submits a form returns before the
        browser has navigated, so the address read at once may still be the page's before."""
        end = time.monotonic() + timeout
        while part not in (url := self.url):
            if time.monotonic() > end:
                raise WebDriverError(f"the address never held {part!r} within {timeout:.0f} s: {url}")
            time.sleep(0.05)
        return url

    def type_text(self, element: str, text: str) -> None:
        """Type `text` into a form field, as a person at its keyboard would."""
        self._call("POST", f"{self.session}/element/{element}/value", {"text": text})

    def click_link(self, css: str, text: str) -> None:
        """Click the first link under `css` whose visible text contains `text`."""
        for element in self.find_all(css):
            if text in self.text(element):
                self.click(element)
                return
        raise WebDriverError(f"no link {text!r} under {css!r} on {self.url}")

    def resize(self, width: int, height: int) -> None:
        """The window's size in CSS pixels (a phone's is 375 wide)."""
        self._call("POST", self.session + "/window/rect", {"width": width, "height": height})

    def measure(self, script: str) -> Any:
        """What `script` returns, run in the page by the driver to measure the layout (the pages'
        Content-Security-Policy forbids their own scripts, not the driver's)."""
        return self._call("POST", self.session + "/execute/sync", {"script": script, "args": []})

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self._call("GET", self.session + "/screenshot")))
        return path


def wait_for_file(path: Path, timeout: float = 30) -> bytes:
    """The file's bytes once a download has finished writing it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and not any(p.suffix == ".crdownload" for p in path.parent.iterdir()):
            return path.read_bytes()
        time.sleep(0.1)
    raise WebDriverError(f"{path.name} was not downloaded within {timeout} s (found: {os.listdir(path.parent)})")
