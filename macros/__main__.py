"""``python -m macros [PLAYBOOKS_DIR]`` — the command behind ``make check``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .check import check_playbook
from .kinds import KINDS
from .problems import github_annotation


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="校验 playbooks 目录里的所有条目。")
    parser.add_argument("playbooks", nargs="?", default="playbooks", help="playbooks 目录（默认 playbooks）")
    args = parser.parse_args(argv)
    playbook, problems = check_playbook(Path(args.playbooks))
    on_github = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem.format())
        if on_github:
            print(github_annotation(problem))
    errors = [p for p in problems if p.is_error]
    warnings = len(problems) - len(errors)
    note = f"（另有 {warnings} 条提醒）" if warnings else ""
    if errors:
        files = len({p.path for p in errors})
        print(f"\n发现 {len(errors)} 个问题，涉及 {files} 个文件{note}。", file=sys.stderr)
        return 1
    counts = "，".join(f"{kind.label} {playbook.count(kind.key)}" for kind in KINDS)
    print(f"检查通过{note}：{counts}，占位符 {len(playbook.placeholders)}。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
