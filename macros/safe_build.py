"""``make build``: build into a fresh directory, then swap it in.

A failed build leaves the previous site/ untouched instead of half-written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    target = Path((argv or sys.argv[1:] or ["site"])[0])
    staging = target.with_name(f".{target.name}-build-{os.getpid()}")
    retired = target.with_name(f".{target.name}-old-{os.getpid()}")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(staging)]
    result = subprocess.run(command)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"构建失败，{target}/ 保持原样。", file=sys.stderr)
        return result.returncode
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    print(f"站点已生成到 {target}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
