"""``make bench`` (search part): index size, time to first result, per-query latency.

Figures only, no pass/fail: machines here are noisy. Needs Debian's chromium.
"""

from __future__ import annotations

import gzip
import statistics
import time

from browser_site import served_site_and_browser
from search.search_box import load_queries, open_search, search


def kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


def main() -> None:
    with served_site_and_browser() as served:
        if served is None:
            print("搜索基准：跳过（没有 chromium，先运行 make chromium）")
            return
        site, url, browser = served
        index = (site / "search" / "search_index.json").read_bytes()
        print(f"搜索索引: {kib(len(index))} 原始 / {kib(len(gzip.compress(index, 9)))} gzip")
        page = browser.new_page()
        started = time.perf_counter()
        open_search(page, url)
        search(page, url, "财务")
        print(f"首次结果（打开首页到“财务”出结果）: {time.perf_counter() - started:.2f} s")
        latencies = sorted(search(page, url, query)[1] * 1000 for query, _ in load_queries())
        p90 = latencies[int(len(latencies) * 0.9) - 1]
        print(f"单次查询延迟（{len(latencies)} 条）: 中位数 {statistics.median(latencies):.0f} ms，"
              f"P90 {p90:.0f} ms，最大 {latencies[-1]:.0f} ms")


if __name__ == "__main__":
    main()
