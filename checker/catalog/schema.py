"""JSON Schemas of the procedure and form files, so editors validate and complete YAML as it is typed."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Form, Procedure

SCHEMAS = {"procedure.schema.json": Procedure, "form.schema.json": Form}


def write_schemas(folder: Path | str) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        path = folder / name
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written
