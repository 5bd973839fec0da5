"""The editor schemas are generated from the models, committed, and agree with the data."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from conftest import ROOT
from macros.kinds import KINDS
from macros.schema import SCHEMA_DIR, render, schemas, schema_line

PLAYBOOKS = ROOT / "playbooks"


def test_committed_schemas_match_the_models():
    for name, schema in schemas().items():
        committed = PLAYBOOKS / SCHEMA_DIR / name
        assert committed.exists(), f"缺少 {committed}：运行 make schemas"
        assert committed.read_text(encoding="utf-8") == render(schema), f"{name} 已过期：运行 make schemas"


def test_field_descriptions_are_chinese():
    scenario = schemas()["scenarios.json"]
    assert "客户的原话" in scenario["properties"]["customer_says"]["description"]
    assert scenario["additionalProperties"] is False


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_every_file_names_its_schema_and_validates_against_it(kind):
    schema = json.loads((PLAYBOOKS / SCHEMA_DIR / f"{kind}.json").read_text(encoding="utf-8"))
    files = sorted((PLAYBOOKS / kind).glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == schema_line(kind), path
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))  # dates as editors see them
        jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())


def test_the_schema_catches_a_typo_like_the_validator_does():
    schema = json.loads((PLAYBOOKS / SCHEMA_DIR / "scenarios.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((PLAYBOOKS / "scenarios" / "caiwu-buzai.yaml").read_text(encoding="utf-8"))
    data["scirpts"] = data.pop("scripts")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
