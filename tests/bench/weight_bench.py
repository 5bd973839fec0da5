"""``make bench`` (weight part): for each page type, the requests a first visit makes and the
bytes they weigh gzip-compressed (as a static host that compresses would send them).

Figures only, no pass/fail. Needs Debian's chromium.
"""

from __future__ import annotations

import gzip
from urllib.parse import urlsplit

from browser_site import served_site_and_browser

from browser.test_every_page_type import PAGE_TYPES


def main() -> None:
    with served_site_and_browser() as served:
        if served is None:
            print("页面重量：跳过（没有 chromium，先运行 make chromium）")
            return
        _, base, browser = served
        print(f"{'页面类型':<14}{'请求数':>6}{'gzip 后':>12}{'原始':>12}")
        for name, path in sorted(PAGE_TYPES.items()):
            context = browser.new_context()  # empty cache: a first visit
            page = context.new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + path, wait_until="networkidle")
            raw = packed = 0
            for response in responses:
                if urlsplit(response.url).scheme in ("http", "https"):
                    body = response.body()
                    raw += len(body)
                    packed += len(gzip.compress(body, 6))
            print(f"{name:<16}{len(responses):>6}{packed / 1024:>10.1f} KiB{raw / 1024:>10.1f} KiB")
            context.close()


if __name__ == "__main__":
    main()
