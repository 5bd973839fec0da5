"""Decision trees in a real browser: every path walked, URL state, back/change/restart, keyboard, no JS."""

from __future__ import annotations

import pytest

from conftest import ROOT
from macros.check import check_playbook
from macros.trees import walk

PLAYBOOK, _ = check_playbook(ROOT / "playbooks")
TREES = PLAYBOOK.all("trees")

# Depth-first walk through the widget by clicking its buttons: every option of
# every question, then 上一步. Returns one record per outcome reached.
WALK_ALL = """
() => {
  const root = document.querySelector('[data-hk-tree]');
  const back = root.querySelector('[data-hk-tree-back]');
  const records = [];
  const explore = () => {
    const outcome = root.querySelector('[data-hk-tree-stage] [data-outcome]');
    if (outcome) {
      records.push({
        path: decodeURIComponent(location.hash).replace('#p=', ''),
        outcome: outcome.getAttribute('data-outcome'),
        scripts: outcome.querySelectorAll('.hk-script').length,
        answers: root.querySelectorAll('.hk-tree__answer-list li').length,
      });
      return;
    }
    const count = root.querySelectorAll('.hk-tree__option').length;
    for (let i = 0; i < count; i++) {
      root.querySelectorAll('.hk-tree__option')[i].click();
      explore();
      back.click();
    }
  };
  explore();
  return records;
}
"""


def open_tree(page, url, entry, fragment=""):
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(f"{url}{entry.url}{fragment}", wait_until="networkidle")
    page.locator("[data-hk-tree][data-hk-ready]").wait_for()
    return errors


def test_there_are_at_least_three_trees():
    assert len(TREES) >= 3


@pytest.mark.parametrize("entry", TREES, ids=lambda e: e.id)
def test_every_path_is_walked_and_reaches_its_outcome(page, real_site_url, entry):
    errors = open_tree(page, real_site_url, entry)
    records = page.evaluate(WALK_ALL)
    expected = {path.code: path for path in walk(entry.data).paths}
    walked = {record["path"]: record for record in records}
    assert walked.keys() == expected.keys()
    for code, path in expected.items():
        record = walked[code]
        assert record["outcome"] == path.outcome, code
        assert record["answers"] == len(path.steps), code
        scenario = next((entry.data.nodes[s.node].options[s.option].scenario for s in path.steps
                         if entry.data.nodes[s.node].options[s.option].scenario), None)
        if scenario:
            assert record["scripts"] == len(PLAYBOOK.get("scenarios", scenario).data.scripts), code
    assert errors == []


@pytest.mark.parametrize("entry", TREES, ids=lambda e: e.id)
def test_the_url_restores_the_state_after_a_reload(page, real_site_url, entry):
    path = walk(entry.data).paths[-1]
    open_tree(page, real_site_url, entry, f"#p={path.code}")
    page.reload(wait_until="networkidle")
    page.locator("[data-hk-tree][data-hk-ready]").wait_for()
    assert page.locator("[data-hk-tree-stage] [data-outcome]").get_attribute("data-outcome") == path.outcome


def test_back_change_and_restart(page, real_site_url):
    entry = TREES[0]
    open_tree(page, real_site_url, entry)
    first_question = page.locator(".hk-tree__question").inner_text()
    page.locator(".hk-tree__option").nth(1).click()
    second_question = page.locator(".hk-tree__question").inner_text()
    assert second_question != first_question
    page.locator(".hk-tree__option").first.click()
    assert page.url.endswith("#p=1.0")
    page.go_back()
    page.wait_for_function("location.hash === '#p=1'")
    page.locator("[data-hk-tree][data-hk-ready]").wait_for()
    assert page.locator(".hk-tree__question").inner_text() == second_question
    page.locator(".hk-tree__change").first.click()
    assert page.locator(".hk-tree__question").inner_text() == first_question
    page.locator(".hk-tree__option").first.click()
    page.locator("[data-hk-tree-restart]").click()
    assert page.locator(".hk-tree__question").inner_text() == first_question
    assert page.locator(".hk-tree__answer-list").count() == 0


def test_keyboard_only(page, real_site_url):
    entry = TREES[0]
    open_tree(page, real_site_url, entry)
    page.locator(".hk-tree__option").first.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.className")
    assert "hk-tree__question" in focused
    live = page.locator("[data-hk-tree-live]").inner_text()
    assert live == page.locator(".hk-tree__question").inner_text()
    page.keyboard.press("Tab")
    assert "hk-tree__option" in page.evaluate("document.activeElement.className")
    page.keyboard.press("Enter")
    assert page.url.endswith("#p=0.0")


@pytest.mark.parametrize("entry", TREES, ids=lambda e: e.id)
def test_without_javascript_every_question_and_outcome_is_on_the_page(browser, real_site_url, entry):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(real_site_url + entry.url)
    static = page.locator(".hk-tree-static").inner_text() + page.locator(".hk-tree-outcomes").inner_text()
    for node in entry.data.nodes.values():
        if node.question:
            assert node.question in static
            for option in node.options:
                assert option.label in static
    for outcome in entry.data.outcomes.values():
        assert outcome.title in static
    assert page.locator(".hk-diagram").count() == 1
    assert not page.locator("[data-hk-tree]").is_visible()
    context.close()


def test_fits_a_phone_screen(browser, real_site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(real_site_url + TREES[0].url, wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = page.locator(".hk-tree__option").first.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 300
    context.close()


def test_instant_navigation_initialises_the_widget_once(page, real_site_url):
    page.goto(real_site_url, wait_until="networkidle")
    page.locator(".md-tabs a", has_text="决策树").first.click()
    page.wait_for_url("**/trees/")
    page.locator("table.hk-index a", has_text=TREES[0].name).click()
    page.locator("[data-hk-tree][data-hk-ready]").wait_for()
    assert page.locator(".hk-tree__question").count() == 1
    page.locator(".hk-tree__option").first.click()
    assert page.locator(".hk-tree__answer-list li").count() == 1
    assert page.url.endswith("#p=0")
