"""The starter profile in the site's browser page: `guess_steps` run by Pyodide, each query answered by the page's
DuckDB-WASM over the export it loaded as table `raw`, so that the page proposes exactly what `checker mapping`
prints. Only this package, the modules it imports and PyYAML are shipped to the page (`sources`)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from . import guess_steps
from .outline import Outline

PACKAGE = Path(__file__).resolve().parent
CHECKER = PACKAGE.parent
# What guess_steps imports, beyond this package (whose check.py, the dry run, needs the catalog and is left out).
# Package __init__ files are shipped empty: they only re-export, and the checker's import duckdb.
MODULES = ("text.py", "sql.py", "readers/dates.py")


async def propose(outline: str, headers: str, export: str, query) -> str:
    """The draft's text, as `checker mapping EXPORT` prints it; `query(sql)` is the page's, returning rows."""
    steps = guess_steps(Outline.from_json(json.loads(outline)), "raw", json.loads(headers), export)
    try:
        sql = next(steps)
        while True:
            rows = (await query(sql)).to_py()
            sql = steps.send([tuple(row) for row in rows])
    except StopIteration as done:
        return done.value.text()


def sources() -> bytes:
    """The Python the page's Pyodide unpacks: checker.mapping_guess and what it imports, with PyYAML."""
    import yaml

    files = {"checker/__init__.py": "", "checker/readers/__init__.py": ""}
    files |= {f"checker/{m}": (CHECKER / m).read_text(encoding="utf-8") for m in MODULES}
    files |= {f"checker/mapping_guess/{p.name}": p.read_text(encoding="utf-8") for p in sorted(PACKAGE.glob("*.py"))
              if p.name != "check.py"}
    yaml_dir = Path(yaml.__file__).parent
    files |= {f"yaml/{p.name}": p.read_text(encoding="utf-8") for p in sorted(yaml_dir.glob("*.py"))}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))    # the same bytes at every build
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return out.getvalue()
