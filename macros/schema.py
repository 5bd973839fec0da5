"""JSON Schemas for editors, generated from the models (one source of truth).

Every playbook file starts with ``# yaml-language-server: $schema=…`` pointing
here, so editors that speak yaml-language-server autocomplete fields and
underline mistakes with the Chinese descriptions from ``models.py``.
``python -m macros.schema`` rewrites them; a test fails when they are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .kinds import KINDS
from .models import PlaceholderRegistry

SCHEMA_DIR = "_schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict]:
    """File name -> schema, for every kind and the placeholder registry."""
    models = {f"{kind.key}.json": (kind.model, kind.label) for kind in KINDS}
    models["placeholders.json"] = (PlaceholderRegistry, "占位符")
    result = {}
    for name, (model, label) in models.items():
        schema = model.model_json_schema()
        schema = {"$schema": DRAFT, "title": f"回款作战手册 · {label}", **{k: v for k, v in schema.items() if k != "title"}}
        result[name] = schema
    return result


def render(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def schema_line(kind_key: str | None) -> str:
    """The first line a playbook file must have (kind None: placeholders.yaml)."""
    target = f"{SCHEMA_DIR}/placeholders.json" if kind_key is None else f"../{SCHEMA_DIR}/{kind_key}.json"
    return f"# yaml-language-server: $schema={target}"


def write_schemas(playbooks: Path) -> list[Path]:
    directory = playbooks / SCHEMA_DIR
    directory.mkdir(exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = directory / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    playbooks = Path((argv or sys.argv[1:] or ["playbooks"])[0])
    for path in write_schemas(playbooks):
        print(f"已生成 {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
