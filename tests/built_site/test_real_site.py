"""The real playbook builds with --strict, and its HTML says what it should."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT
from macros.check import check_playbook
from macros.kinds import KINDS

from .site_reader import article, links_from, page_path, read

PLAYBOOK, PROBLEMS = check_playbook(ROOT / "playbooks")


def all_entries():
    return [entry for kind in KINDS for entry in PLAYBOOK.all(kind.key)]


def test_the_playbook_itself_is_valid():
    assert PROBLEMS == []


@pytest.mark.parametrize("entry", all_entries(), ids=lambda e: f"{e.kind}/{e.id}")
def test_every_entry_has_its_page(real_site, entry):
    content = article(real_site, entry.url)
    assert entry.name in content.split("</h1>")[0]
    assert f"/edit/main/playbooks/{entry.kind}/{entry.id}.yaml" in read(page_path(real_site, entry.url))


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_index_pages_list_every_entry(real_site, kind):
    listed = links_from(real_site, f"{kind}/")
    expected = {entry.url for entry in PLAYBOOK.all(kind)}
    assert expected and expected <= listed


def test_scenarios_link_their_styles_and_styles_link_back(real_site):
    for scenario in PLAYBOOK.all("scenarios"):
        out = links_from(real_site, scenario.url)
        for script in scenario.data.scripts:
            assert f"styles/{script.style}/" in out
            assert scenario.url in links_from(real_site, f"styles/{script.style}/")


def test_debt_types_and_scenarios_link_both_ways(real_site):
    for debt in PLAYBOOK.all("debt-types"):
        out = links_from(real_site, debt.url)
        for scenario_id in debt.data.typical_scenarios:
            assert f"scenarios/{scenario_id}/" in out
            assert debt.url in links_from(real_site, f"scenarios/{scenario_id}/")


def test_scenarios_link_tactics_and_legal_notes_and_back(real_site):
    for scenario in PLAYBOOK.all("scenarios"):
        out = links_from(real_site, scenario.url)
        for kind, ids in (("tactics", scenario.data.tactics), ("legal", scenario.data.legal)):
            for target in ids:
                assert f"{kind}/{target}/" in out
                assert scenario.url in links_from(real_site, f"{kind}/{target}/")


def test_every_page_is_in_the_navigation(real_site):
    nav = read(page_path(real_site, ""))
    for entry in all_entries():
        assert f'href="{entry.url}"' in nav


def test_heading_anchors_are_readable(real_site):
    for html_file in real_site.rglob("*.html"):
        assert not re.search(r'id="_\d+"', read(html_file)), html_file


def test_hand_written_pages_edit_their_markdown(real_site):
    assert "/edit/main/docs/index.md" in read(page_path(real_site, ""))


def test_scenario_pages_carry_tags(real_site):
    scenario = PLAYBOOK.all("scenarios")[0]
    page = read(page_path(real_site, scenario.url))
    assert 'class="md-tag' in page and scenario.data.family in page


def test_search_index_is_segmented_chinese(real_site):
    index = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["zh"]
    docs = {doc["location"]: doc for doc in index["docs"]}
    scenario = PLAYBOOK.get("scenarios", "caiwu-buzai")
    assert scenario.url in docs
    texts = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(scenario.url))
    # jieba puts (zero-width) spaces between Chinese words: the index has words, not sentences
    assert re.search(r"(^|[\s\u200b])财务([\s\u200b]|$)", texts)


EXTERNAL_RESOURCE = re.compile(r'<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)


def test_no_page_loads_anything_from_another_host(real_site):
    for html_file in real_site.rglob("*.html"):
        assert not EXTERNAL_RESOURCE.search(read(html_file)), html_file
    for css in real_site.rglob("*.css"):
        assert "fonts.googleapis" not in read(css) and "@import url(http" not in read(css)
