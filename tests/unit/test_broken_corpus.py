"""The corpus of broken playbooks (tests/fixtures/broken): each one fails `make check` with
its rule code, its file and line, in Chinese, and never with a Python traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time

import pytest

from conftest import FIXTURES, ROOT

BROKEN = FIXTURES / "broken"
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[EW]\d{3}) (?P<rest>.+)$")

# file -> (directory it is dropped into, rule code, line of the problem in that file)
CASES = {
    "yaml-syntax.yaml": ("scenarios", "E103", 7),
    "tab-indent.yaml": ("scenarios", "E108", 9),
    "duplicate-key.yaml": ("scenarios", "E104", 4),
    "zz-duplicate-name.yaml": ("scenarios", "E302", 2),  # reported on the later of the two files
    "unknown-field.yaml": ("scenarios", "E202", 14),
    "wrong-type.yaml": ("scenarios", "E203", 31),
    "missing-field.yaml": ("scenarios", "E201", 2),
    "dangling-reference.yaml": ("scenarios", "E301", 32),
    "undeclared-placeholder.yaml": ("scenarios", "E402", 21),
    "jinja-placeholder.yaml": ("scenarios", "E403", 21),
    "no-schema-line.yaml": ("scenarios", "E111", 1),
    "gbk.yaml": ("scenarios", "E101", 2),
    "empty.yaml": ("scenarios", "E102", 1),
    "alias-bomb.yaml": ("scenarios", "E105", 2),
    "javascript-link.yaml": ("legal", "E206", 11),
    "tree-cycle.yaml": ("trees", "E603", 9),
    "tree-unreachable.yaml": ("trees", "E604", 44),
    "tree-softer-when-older.yaml": ("trees", "E608", 60),
    "tree-duplicate-id.yaml": ("trees", "E609", 57),
}


def run_check(root):
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "macros", str(root)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    return result, time.perf_counter() - started


def test_every_corpus_file_has_a_case():
    assert {path.name for path in BROKEN.glob("*.yaml")} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_file_gets_one_precise_message(mini_copy, name):
    directory, code, line = CASES[name]
    shutil.copy(BROKEN / name, mini_copy / directory / name)
    result, seconds = run_check(mini_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    problems = [LINE.match(text) for text in result.stdout.splitlines()]
    assert all(problems), result.stdout
    own = [p for p in problems if p["path"].endswith(f"{directory}/{name}")]
    assert [(p["code"], int(p["line"])) for p in own if p["code"] == code] == [(code, line)], result.stdout
    assert all(re.search(r"[\u4e00-\u9fff]", p["rest"]) for p in problems)
    # the only other message a new scenario may get: the main tree does not offer it yet
    assert {p["code"] for p in problems if p not in own} <= {"E607"}
    assert seconds < 30


def test_a_very_large_file_is_refused_quickly(mini_copy):
    big = mini_copy / "scenarios" / "huge.yaml"
    big.write_text("# yaml-language-server: $schema=../_schemas/scenarios.json\nname: 大文件\nsummary: "
                   + "很长的文字" * 200_000 + "\n", encoding="utf-8")
    result, seconds = run_check(mini_copy)
    assert result.returncode == 1 and "E109" in result.stdout and "Traceback" not in result.stderr
    assert seconds < 30
