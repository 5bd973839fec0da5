"""Every page type, on a 375 px phone: no request to another host, no console error, no sideways
scrolling. Screenshots land in test-results/phone/ for a person to look at."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from conftest import ROOT

PAGE_TYPES = {
    "home": "", "scenario": "scenarios/caiwu-buzai/", "scenario-index": "scenarios/", "style": "styles/yansu/",
    "debt-type": "debt-types/gongcheng-xiangmu/", "tactic": "tactics/zhifuling/", "counterpart": "counterparts/hu/",
    "legal": "legal/zhongxiao-tiaoli/", "legal-index": "legal/", "escalation": "escalation/jingli-jieru/",
    "tree": "trees/xuanze-celue/#p=2.0.0.0.0", "finder": "scripts/", "cheatsheet": "cheatsheet/",
    "guide": "guide/red-lines/", "glossary": "guide/glossary/", "tags": "tags/",
}
SHOTS = ROOT / "test-results" / "phone"


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_page_type_on_a_phone(browser, real_site_url, name):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    local = urlsplit(real_site_url).netloc
    foreign, errors = [], []
    page.on("request", lambda request: urlsplit(request.url).scheme in ("http", "https")
            and urlsplit(request.url).netloc != local and foreign.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(real_site_url + PAGE_TYPES[name], wait_until="networkidle")
    assert foreign == [] and errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    context.close()
