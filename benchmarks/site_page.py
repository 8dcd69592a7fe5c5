"""The site's page 在浏览器中审计 for the benchmarks: the real site built, served on loopback, opened in Debian's
chromium with the audit engine ready (as a person would find it)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@contextmanager
def audit_page():
    """Yields (page, url): a Playwright page on audit-in-browser.html, and the page's address to go back to."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="checker-site-") as site:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", site], cwd=REPO, check=True,
                       env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True)
        handler = partial(SimpleHTTPRequestHandler, directory=site)
        handler.func.log_message = lambda *args: None
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/audit-in-browser.html"
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(accept_downloads=True)
                open_page(page, url)
                yield page, url
                browser.close()
        finally:
            server.shutdown()


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("document.body.dataset.auditReady || document.body.dataset.auditError", timeout=60_000)
    error = page.evaluate("document.body.dataset.auditError")
    if error:
        sys.exit(f"the page's audit engine did not start: {error}")
