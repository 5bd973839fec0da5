"""For the browser benchmarks: the real site, built once, served on localhost, with Chromium."""

from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from conftest import CHROMIUM_FLAGS, build_site, chromium_path, serve_directory  # noqa: E402


@contextmanager
def served_site_and_browser():
    """Yields (site directory, base URL, browser), or None when Chromium is missing."""
    browser_path = chromium_path()
    if browser_path is None:
        yield None
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        built = build_site(ROOT / "playbooks", site)
        if built.returncode != 0:
            sys.exit(built.stdout + built.stderr)
        server = serve_directory(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=browser_path, args=CHROMIUM_FLAGS)
                try:
                    yield site, f"http://127.0.0.1:{server.server_address[1]}/", browser
                finally:
                    browser.close()
        finally:
            server.shutdown()
