"""``make bench``: figures for the real site, printed, never asserted.

Build time is the median of three full ``mkdocs build`` runs; sizes are of the last build.
"""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3


def build(destination: Path) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(destination)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def size_of(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.rglob("*") if path.is_file())


def kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        times = [build(site) for _ in range(RUNS)]
        pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
        index = (site / "search" / "search_index.json").read_bytes()
        print(f"构建时间（{RUNS} 次中位数）: {statistics.median(times):.2f} s  "
              f"(各次: {', '.join(f'{t:.2f}' for t in times)})")
        print(f"页面数: {len(pages)}")
        print(f"站点大小: {kib(size_of(site))}")
        print(f"搜索索引: {kib(len(index))} 原始 / {kib(len(gzip.compress(index, 9)))} gzip")


if __name__ == "__main__":
    main()
