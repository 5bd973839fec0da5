"""Fill-in scripts: typed values replace the placeholders, copy carries them, they stay in this
browser only, and 清空 removes them."""

from __future__ import annotations


def test_values_fill_every_script_and_the_copy(page, real_site_url):
    page.goto(real_site_url + "scenarios/caiwu-buzai/", wait_until="networkidle")
    form = page.locator("[data-hk-fill]")
    assert form.is_visible()
    form.locator("input[name=客户称呼]").fill("张总")
    slots = page.locator(".hk-slot[data-slot=客户称呼]")
    assert slots.count() > 0
    assert all(text == "张总" for text in slots.all_inner_texts())
    card = page.locator(".hk-script", has=page.locator(".hk-slot[data-slot=客户称呼]")).first
    card.locator("[data-hk-copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("张总") or "张总" in copied
    assert "{客户称呼}" not in copied


def test_values_follow_to_other_pages_and_trees_then_clear(page, real_site_url):
    page.goto(real_site_url + "scenarios/zijin-fenqi/", wait_until="networkidle")
    page.locator("[data-hk-fill] input[name=客户称呼]").fill("李经理")
    page.goto(real_site_url + "trees/xuanze-celue/#p=2.4.2.2.0", wait_until="networkidle")
    page.locator("[data-hk-tree-stage] [data-outcome]").wait_for()
    filled = page.locator("[data-hk-tree-stage] .hk-slot[data-slot=客户称呼]").all_inner_texts()
    assert filled and all(text == "李经理" for text in filled)
    assert page.locator("[data-hk-fill] input[name=客户称呼]").input_value() == "李经理"
    page.locator("[data-hk-fill-clear]").click()
    assert page.evaluate("localStorage.getItem('hk-fill-values')") is None
    assert all(text == "{客户称呼}" for text in page.locator(".hk-slot[data-slot=客户称呼]").all_inner_texts())


def test_values_are_never_sent_anywhere(page, real_site_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(real_site_url + "scripts/", wait_until="networkidle")
    page.locator("[data-hk-fill] input[name=金额]").fill("36.8万元")
    page.wait_for_timeout(300)
    assert not [url for url in requests if "36.8" in url or "%E4%B8%87" in url]
