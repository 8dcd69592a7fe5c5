"""Where a report goes: stdout, or a file written atomically.

A file report is written to a temporary file in the same folder and moved over the target with
`os.replace` only once it is complete, so an interrupted run (an error, Ctrl-C) leaves either the
previous report or nothing at the output path — never half a report.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def open_output(output: Path | None, *, binary: bool = False, newline: str | None = None):
    """Yield a stream to write the report to (text UTF-8, or bytes when `binary`)."""
    if output is None:
        yield from _stdout(binary)
        return
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
    try:
        with open(fd, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, _mode_for(output))
        os.replace(tmp, output)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _stdout(binary: bool):
    if not binary:
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        yield buffer
        buffer.flush()
    else:  # stdout replaced by a text-only stream
        data = io.BytesIO()
        yield data
        sys.stdout.write(data.getvalue().decode("utf-8"))
        sys.stdout.flush()


def _mode_for(output: Path) -> int:
    """Keep an existing report's permissions; a new one gets what a plain open() would give."""
    try:
        return output.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
