"""`make offline`: the zip opened from file:// — pages, search and decision trees work, and
nothing is requested from anywhere but the unzipped files."""

from __future__ import annotations

import os
import zipfile

import pytest

from conftest import ROOT
from macros.offline_bundle import NAME, build_bundle
from search.search_box import search

SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    if not SHIM.exists():
        message = "缺少 iframe-worker：运行 npm ci（make test 会自动安装）"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    workspace = tmp_path_factory.mktemp("offline")
    archive = build_bundle(workspace / "dist")
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(workspace / "unzipped")
    return (workspace / "unzipped" / NAME).as_uri() + "/"


def watch(page):
    foreign, errors = [], []
    page.on("request", lambda r: not r.url.startswith(("file:", "data:", "blob:", "about:")) and foreign.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    return foreign, errors


def test_search_works_from_file(page, offline_site):
    foreign, errors = watch(page)
    page.goto(offline_site + "index.html", wait_until="load")
    page.locator("input.md-search__input").click()
    results, _ = search(page, offline_site, "财务不在")
    assert "scenarios/caiwu-buzai.html" in results[:3]
    assert foreign == [] and errors == []


def test_trees_and_scripts_work_from_file(page, offline_site):
    foreign, errors = watch(page)
    page.goto(offline_site + "trees/xuanze-celue.html#p=2.0.4.0.0", wait_until="load")
    outcome = page.locator("[data-hk-tree-stage] [data-outcome]")
    outcome.wait_for()
    assert outcome.locator(".hk-script").count() > 0
    page.locator(".hk-tree__change").first.click()
    assert page.locator(".hk-tree__option").count() == 5
    page.goto(offline_site + "scenarios/caiwu-buzai.html", wait_until="load")
    assert page.locator("[data-hk-copy]:visible").count() > 0
    assert foreign == [] and errors == []
