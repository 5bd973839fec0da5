"""Files for the repository host: workflows and issue forms validate against GitHub's schemas
(vendored by check-jsonschema, so this works offline), and the docs name the real commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CHECK_JSONSCHEMA = str(Path(sys.executable).with_name("check-jsonschema"))


@pytest.mark.parametrize("schema, pattern", [
    ("vendor.github-workflows", ".github/workflows/*.yml"),
    ("vendor.github-issue-forms", ".github/ISSUE_TEMPLATE/[!c]*.yml"),
    ("vendor.github-issue-config", ".github/ISSUE_TEMPLATE/config.yml"),
])
def test_github_files_are_valid(schema, pattern):
    files = sorted(str(path) for path in ROOT.glob(pattern))
    assert files
    result = subprocess.run([CHECK_JSONSCHEMA, "--builtin-schema", schema, *files],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_runs_the_project_commands():
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    for command in ("make check", "make build", "make test"):
        assert command in workflow


def test_report_links_use_an_existing_issue_form():
    form = ROOT / ".github" / "ISSUE_TEMPLATE" / "report-script.yml"
    assert "id: entry" in form.read_text(encoding="utf-8")


def test_contributing_lists_every_rule_code():
    from macros.problems import RULES

    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    missing = [code for code in RULES if f"| {code} |" not in text]
    assert missing == []
    assert "make new KIND=scenario" in text and "make serve" in text
