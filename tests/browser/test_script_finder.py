"""话术速查: filters, keywords, reset and copy in a real browser; readable without JavaScript."""

from __future__ import annotations

from conftest import ROOT
from macros.check import check_playbook

PLAYBOOK, _ = check_playbook(ROOT / "playbooks")
TOTAL = sum(len(entry.data.scripts) for entry in PLAYBOOK.all("scenarios"))


def visible_items(page) -> int:
    return page.locator(".hk-finder__item:visible").count()


def test_all_scripts_are_listed_and_filters_narrow_them(page, real_site_url):
    page.goto(real_site_url + "scripts/", wait_until="networkidle")
    assert visible_items(page) == TOTAL
    page.select_option("select[name=style]", "yansu")
    expected = sum(1 for e in PLAYBOOK.all("scenarios") for s in e.data.scripts if s.style == "yansu")
    assert visible_items(page) == expected
    page.select_option("select[name=counterpart]", "ying")
    both = sum(1 for e in PLAYBOOK.all("scenarios") for s in e.data.scripts
               if s.style == "yansu" and s.counterpart == "ying")
    assert visible_items(page) == both
    assert f"显示 {both} / {TOTAL}" in page.locator("[data-hk-finder-count]").inner_text()


def test_keywords_typed_without_spaces_narrow_the_list(page, real_site_url):
    page.goto(real_site_url + "scripts/", wait_until="networkidle")
    page.locator("input[name=q]").press_sequentially("财务不在")
    shown = visible_items(page)
    assert 0 < shown < TOTAL
    for card in page.locator(".hk-finder__item:visible").all():
        assert "财务不在" in card.get_attribute("data-search")


def test_reset_and_empty_state(page, real_site_url):
    page.goto(real_site_url + "scripts/", wait_until="networkidle")
    page.locator("input[name=q]").fill("这句话不会出现在任何话术里")
    assert visible_items(page) == 0
    assert page.locator("[data-hk-finder-empty]").is_visible()
    page.locator(".hk-finder button[type=reset]").click()
    page.wait_for_function(f"document.querySelectorAll('.hk-finder__item:not([hidden])').length === {TOTAL}")


def test_copy_from_the_finder(page, real_site_url):
    page.goto(real_site_url + "scripts/", wait_until="networkidle")
    page.select_option("select[name=scenario]", "zijin-fenqi")
    card = page.locator(".hk-finder__item:visible .hk-script").first
    card.locator("[data-hk-copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == card.locator(".hk-script__text").inner_text().strip()


def test_without_javascript_every_script_is_readable(browser, real_site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(real_site_url + "scripts/")
    assert page.locator(".hk-finder__item").count() == TOTAL
    assert not page.locator("[data-hk-finder]").is_visible()
    context.close()


def test_fits_a_phone_screen(browser, real_site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(real_site_url + "scripts/", wait_until="networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    context.close()
