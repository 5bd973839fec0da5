"""A real Chromium loads the built site: no console errors, no request off the local server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest


def visit(page, url: str) -> dict:
    seen = {"errors": [], "foreign": []}
    local = urlsplit(url).netloc
    page.on("console", lambda msg: msg.type == "error" and seen["errors"].append(msg.text))
    page.on("pageerror", lambda err: seen["errors"].append(str(err)))
    page.on("request", lambda req: urlsplit(req.url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(req.url).netloc != local and seen["foreign"].append(req.url))
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.ok, url
    return seen


@pytest.mark.parametrize("path", ["", "scenarios/caiwu-buzai/", "styles/", "legal/susong-shixiao/"])
def test_page_loads_cleanly_and_stays_local(page, real_site_url, path):
    seen = visit(page, real_site_url + path)
    assert seen["errors"] == []
    assert seen["foreign"] == []
    assert page.locator("h1").first.inner_text().strip()


def test_copy_button_copies_the_script(page, real_site_url):
    visit(page, real_site_url + "scenarios/caiwu-buzai/")
    first = page.locator(".hk-script").first
    button = first.locator("[data-hk-copy]")
    assert button.is_visible()
    button.click()
    page.wait_for_function("document.querySelector('[data-hk-copy]').textContent === '已复制'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == first.locator(".hk-script__text").inner_text().strip()


def test_instant_navigation_keeps_copy_buttons_working(page, real_site_url):
    visit(page, real_site_url)
    page.locator(".md-tabs a", has_text="借口场景").first.click()
    page.wait_for_url("**/scenarios/")
    page.locator("table.hk-index a").first.click()
    page.wait_for_selector(".hk-script [data-hk-copy]:not([hidden])")
    assert page.locator("[data-hk-copy][data-hk-ready]").count() == page.locator("[data-hk-copy]").count()
