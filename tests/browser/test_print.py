"""Paper: every scenario prints as one A4 call card; the 速查表 prints on one page;
every page type prints without navigation, buttons or forms."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from macros.check import check_playbook

PLAYBOOK, _ = check_playbook(ROOT / "playbooks")
PAGE_TYPES = ["", "scenarios/caiwu-buzai/", "styles/tongli/", "tactics/duizhanghan/", "legal/susong-shixiao/",
              "trees/xuanze-celue/", "scripts/", "cheatsheet/", "guide/call-structure/", "scenarios/"]


def pdf_pages(page, url: str) -> int:
    page.goto(url, wait_until="load")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_every_scenario_is_a_one_page_call_card(page, real_site_url):
    too_long = [entry.id for entry in PLAYBOOK.all("scenarios") if pdf_pages(page, real_site_url + entry.url) != 1]
    assert too_long == []


def test_the_call_card_keeps_what_a_call_needs(page, real_site_url):
    page.goto(real_site_url + "scenarios/caiwu-buzai/", wait_until="networkidle")
    page.emulate_media(media="print")
    visible = page.locator("article").inner_text()
    for heading in ("客户怎么说", "先问清楚", "怎么回", "千万别说", "不奏效怎么办"):
        assert heading in visible
    assert "背后可能是什么" not in visible
    assert page.locator(".hk-script:visible").count() == 3


def test_the_cheatsheet_of_all_scenarios_is_one_page(page, real_site_url):
    assert pdf_pages(page, real_site_url + "cheatsheet/") == 1
    rows = page.locator("table.hk-cheatsheet tbody tr").count()
    assert rows == PLAYBOOK.count("scenarios")


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_print_hides_navigation_and_controls(page, real_site_url, path):
    page.goto(real_site_url + path, wait_until="networkidle")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", "[data-hk-copy]", "[data-hk-fill]",
                     ".hk-tree__controls"):
        assert not page.locator(f"{selector}:visible").count(), selector
    assert page.locator("h1").first.is_visible()
