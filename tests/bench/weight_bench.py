"""``make bench`` (weight part): for each page type, the requests a first visit makes and the
bytes they weigh gzip-compressed (as a static host that compresses would send them).

Figures only, no pass/fail. Needs Debian's chromium.
"""

from __future__ import annotations

import gzip
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from browser.test_every_page_type import PAGE_TYPES  # noqa: E402
from conftest import CHROMIUM_FLAGS, build_site, chromium_path, serve_directory  # noqa: E402


def main() -> None:
    browser_path = chromium_path()
    if browser_path is None:
        print("页面重量：跳过（没有 chromium，先运行 make chromium）")
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        built = build_site(ROOT / "playbooks", site)
        if built.returncode != 0:
            sys.exit(built.stdout + built.stderr)
        server = serve_directory(site)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        print(f"{'页面类型':<14}{'请求数':>6}{'gzip 后':>12}{'原始':>12}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path, args=CHROMIUM_FLAGS)
            for name, path in sorted(PAGE_TYPES.items()):
                context = browser.new_context()  # empty cache: a first visit
                page = context.new_page()
                responses = []
                page.on("response", lambda response: responses.append(response))
                page.goto(base + path, wait_until="networkidle")
                raw = packed = 0
                for response in responses:
                    if urlsplit(response.url).scheme not in ("http", "https"):
                        continue
                    body = response.body()
                    raw += len(body)
                    packed += len(gzip.compress(body, 6))
                print(f"{name:<16}{len(responses):>6}{packed / 1024:>10.1f} KiB{raw / 1024:>10.1f} KiB")
                context.close()
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
