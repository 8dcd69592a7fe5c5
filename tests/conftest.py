"""Shared fixtures. Area-specific fixtures live in their own test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
LAWS = SHARED / "laws"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def sources(seeds) -> list[Path]:
    """Every source folder the catalog quotes: the seeds and the national rules."""
    if not LAWS.is_dir():
        pytest.skip("../shared/laws is not beside the repository")
    return [seeds, LAWS]


@pytest.fixture(autouse=True)
def _a_day_the_calendar_covers(monkeypatch):
    """The suite must not depend on the day it runs: in-process commands see a day well inside the holiday
    calendar, so the warning that it runs out (tests/test_deadlines.py, on its own) does not precede their output."""
    from datetime import date

    monkeypatch.setattr("checker.cli._today", lambda: date(2025, 6, 1))


@pytest.fixture
def cli(monkeypatch, capsys, catalog):
    """`python -m checker ARGS` in-process with the session's catalog: (exit code, stderr)."""
    from checker.cli import main

    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(*argv):
        code = main([str(a) for a in argv])
        return code, capsys.readouterr().err

    return run


@pytest.fixture
def run_cli(monkeypatch, capsys, catalog):
    """`python -m checker ARGS` in-process with the session's catalog: (exit code, stdout, stderr); argparse's own
    usage errors give their exit code, and no command may print a traceback."""
    from checker.cli import main

    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(*argv):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


@pytest.fixture(scope="session")
def catalog():
    from checker.catalog import load_catalog

    return load_catalog(REPO)


# --- a real browser, a local web server, and traps for reads and connections -----------------------------------

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright (its own browser download does not work here)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/setup installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def serve():
    """`serve(folder)` serves a folder over HTTP on loopback and returns its URL; stopped with the module."""
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    servers = []

    def start(folder: Path) -> str:
        handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
        handler.log_message = lambda *args: None
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


class Listener:
    """A TCP port on loopback that counts the connections made to it."""

    def __init__(self):
        import socket
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except OSError:
                pass

    def close(self) -> int:
        import time

        time.sleep(0.3)
        self._stop = True
        self._thread.join()
        self.sock.close()
        return self.connections


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def secret(tmp_path) -> Path:
    """A FIFO: opening it would block, so a read that finishes proves it was never opened."""
    import os

    path = tmp_path / "secret"
    os.mkfifo(path)
    return path


def within_deadline(read, timeout: float = 20):
    """Run `read()` in a thread with a deadline: ('read', value) or ('refused', ExportError).

    A reader that opened a trap (the `secret` FIFO) or hung never returns: the deadline turns that into a failure.
    """
    import threading

    from checker.readers import ExportError

    box = {}

    def run():
        try:
            box["read"] = read()
        except ExportError as err:
            box["refused"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the reader blocked: it opened the entity's target (or hung)"
    assert box, "the reader raised something other than ExportError"
    [(kind, value)] = box.items()
    return kind, value


@pytest.fixture(scope="module")
def fx():
    """The small site fixture catalog (tests/fixtures/site/catalog): every construct the pages render."""
    from checker.catalog import load_catalog

    return load_catalog(Path(__file__).parent / "fixtures" / "site" / "catalog")


@pytest.fixture(scope="module")
def flow_p(fx):
    return fx.procedures["s901-fixture-flow"]
