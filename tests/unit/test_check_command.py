"""`make check` (python -m macros): every problem as path:line:col: CODE, exit 1, no traceback."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import MINI_PLAYBOOK, ROOT

from .helpers import write

LINE = re.compile(r"^(?P<path>[^:\n]+\.ya?ml|[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<code>E\d{3}) .+$")


def run_check(directory) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "macros", str(directory)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_valid_playbook_passes_and_reports_counts():
    result = run_check(MINI_PLAYBOOK)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "检查通过" in result.stdout and "借口场景 1" in result.stdout


def test_broken_playbook_lists_every_problem_and_exits_1(mini_copy):
    (mini_copy / "scenarios" / "finance-away.yaml").write_text(
        (mini_copy / "scenarios" / "finance-away.yaml").read_text(encoding="utf-8").replace("scripts:", "scirpts:"),
        encoding="utf-8")
    write(mini_copy / "styles" / "gbk.yaml", "name: 柔和\n".encode("gbk") + "principle: 说明\n".encode("gbk"))
    result = run_check(mini_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    for line in lines:
        assert LINE.match(line), line
    assert {LINE.match(line)["code"] for line in lines} == {"E101", "E201", "E202"}


def test_the_real_playbook_passes():
    result = run_check(ROOT / "playbooks")
    assert result.returncode == 0, result.stdout
