"""A broken playbook stops `mkdocs build` with the same messages `make check` prints."""

from __future__ import annotations

from conftest import build_site
from unit.test_check_command import run_check


def test_build_fails_with_the_check_messages(mini_copy, tmp_path):
    path = mini_copy / "tactics" / "reconcile.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("intensity: 2", "intensity: 高\nintensty: 2"),
                    encoding="utf-8")
    result = build_site(mini_copy, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    check_lines = run_check(mini_copy).stdout.strip().splitlines()
    assert len(check_lines) == 2
    for line in check_lines:
        assert line in output
    assert not (tmp_path / "out" / "index.html").exists()
