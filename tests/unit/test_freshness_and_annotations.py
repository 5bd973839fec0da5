"""Review dates warn without failing; GitHub annotations mirror every problem."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from conftest import ROOT
from macros.check import check_playbook
from macros.freshness import stale_entries
from macros.problems import Problem, github_annotation

from .test_schema import _edit


def test_an_entry_unreviewed_for_a_year_gets_a_warning(mini_copy):
    _edit(mini_copy, "name: 对账函", "name: 对账函\nowner: 财务组\nreviewed: 2025-01-10", "tactics/reconcile.yaml")
    playbook, _ = check_playbook(mini_copy)
    warnings = stale_entries(playbook, today=date(2026, 11, 24))
    assert [w.code for w in warnings] == ["W701"]
    assert warnings[0].field == "reviewed" and "财务组" in warnings[0].message
    assert not warnings[0].is_error
    assert stale_entries(playbook, today=date(2025, 6, 1)) == []


def test_warnings_do_not_fail_the_check(mini_copy):
    _edit(mini_copy, "name: 对账函", "name: 对账函\nreviewed: 2000-01-01", "tactics/reconcile.yaml")
    result = subprocess.run([sys.executable, "-m", "macros", str(mini_copy)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert "W701" in result.stdout and "另有 1 条提醒" in result.stdout


def test_github_annotations_are_printed_on_github(mini_copy):
    _edit(mini_copy, "scripts:", "scirpts:")
    env = dict(os.environ, GITHUB_ACTIONS="true")
    result = subprocess.run([sys.executable, "-m", "macros", str(mini_copy)], cwd=ROOT,
                            capture_output=True, text=True, env=env)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 2
    assert any("title=E202::" in line and ",line=" in line and "scirpts" in line for line in annotations)


def test_annotation_escapes_newlines():
    problem = Problem("playbooks/a.yaml", 3, 5, "E203", "x", "第一行\n第二行 100%")
    line = github_annotation(problem)
    assert line.startswith("::error file=playbooks/a.yaml,line=3,col=5,title=E203::")
    assert "\n" not in line and "%0A" in line and "100%25" in line
