"""`make build` builds elsewhere and swaps: a failed build leaves the previous site untouched."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def safe_build(site, playbooks):
    env = dict(os.environ, PLAYBOOKS_DIR=str(playbooks), NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "macros.safe_build", str(site)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_failed_build_keeps_the_previous_site(mini_copy, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("上一次成功构建的站点", encoding="utf-8")
    (mini_copy / "scenarios" / "finance-away.yaml").write_text("name: [\n", encoding="utf-8")
    result = safe_build(site, mini_copy)
    assert result.returncode != 0
    assert "E103" in result.stdout + result.stderr and "保持原样" in result.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "上一次成功构建的站点"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["playbooks", "site"]


def test_successful_build_replaces_the_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "stale.html").write_text("旧文件", encoding="utf-8")
    result = safe_build(site, ROOT / "playbooks")
    assert result.returncode == 0, result.stderr
    assert (site / "index.html").exists() and not (site / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
