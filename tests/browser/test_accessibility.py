"""axe-core (installed from the npm registry, injected from disk) finds no violations on the main
page types, in the light and the dark scheme."""

from __future__ import annotations

import os

import pytest

from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", "scenarios/caiwu-buzai/", "styles/yansu/", "tactics/zhifuling/", "trees/xuanze-celue/", "scripts/"]


@pytest.fixture(scope="module")
def axe_script():
    if not AXE.exists():
        message = "缺少 axe-core：运行 npm ci（make test 会自动安装）"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return str(AXE)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violations(browser, real_site_url, axe_script, scheme, path):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(real_site_url + path, wait_until="networkidle")
    page.add_script_tag(path=axe_script)
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)")
    context.close()
    assert violations == []
