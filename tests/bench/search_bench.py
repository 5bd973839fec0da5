"""``make bench`` (search part): index size, time to first result, per-query latency.

Figures only, no pass/fail: machines here are noisy. Needs Debian's chromium.
"""

from __future__ import annotations

import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from conftest import CHROMIUM_FLAGS, build_site, chromium_path, serve_directory  # noqa: E402
from search.search_box import load_queries, open_search, search  # noqa: E402


def kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


def main() -> None:
    browser_path = chromium_path()
    if browser_path is None:
        print("搜索基准：跳过（没有 chromium，先运行 make chromium）")
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        built = build_site(ROOT / "playbooks", site)
        if built.returncode != 0:
            sys.exit(built.stdout + built.stderr)
        index = (site / "search" / "search_index.json").read_bytes()
        print(f"搜索索引: {kib(len(index))} 原始 / {kib(len(gzip.compress(index, 9)))} gzip")
        server = serve_directory(site)
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path, args=CHROMIUM_FLAGS)
            page = browser.new_page()
            started = time.perf_counter()
            open_search(page, url)
            search(page, url, "财务")
            print(f"首次结果（打开首页到“财务”出结果）: {time.perf_counter() - started:.2f} s")
            latencies = [search(page, url, query)[1] * 1000 for query, _ in load_queries()]
            latencies.sort()
            p90 = latencies[int(len(latencies) * 0.9) - 1]
            print(f"单次查询延迟（{len(latencies)} 条）: 中位数 {statistics.median(latencies):.0f} ms，"
                  f"P90 {p90:.0f} ms，最大 {latencies[-1]:.0f} ms")
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
