"""`make new`: a valid starter file for every kind; existing or malformed ids are refused."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, offer_in_main_tree
from macros.check import check_playbook
from macros.scaffold import KIND_NAMES, ScaffoldError, scaffold


@pytest.fixture
def playbook_copy(tmp_path):
    target = tmp_path / "playbooks"
    shutil.copytree(ROOT / "playbooks", target)
    return target


@pytest.mark.parametrize("kind", sorted({name for name, (_, template) in KIND_NAMES.items() if name == template}))
def test_starter_file_is_valid(playbook_copy, kind):
    path = scaffold(playbook_copy, kind, "xin-tiaomu")
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../_schemas/")
    codes = [problem.code for problem in check_playbook(playbook_copy)[1]]
    # a new scenario (counterpart) still has to be offered in the main (对方是谁) tree; make check says so
    assert codes == (["E607"] if kind in ("scenario", "counterpart") else [])


def test_existing_id_is_refused(playbook_copy):
    with pytest.raises(ScaffoldError, match="已经存在"):
        scaffold(playbook_copy, "scenario", "caiwu-buzai")


@pytest.mark.parametrize("bad_id", ["CaiWu", "cai_wu", "财务", "", "-x", "x-"])
def test_malformed_id_is_refused(playbook_copy, bad_id):
    with pytest.raises(ScaffoldError, match="不合法"):
        scaffold(playbook_copy, "scenario", bad_id)


def test_unknown_kind_is_refused(playbook_copy):
    with pytest.raises(ScaffoldError, match="不认识的类别"):
        scaffold(playbook_copy, "script", "x")


def test_contributor_flow_new_scenario_then_offer_it_in_the_tree(playbook_copy):
    """What CONTRIBUTING.md tells a newcomer to do, and nothing else, gives a clean check."""
    scaffold(playbook_copy, "scenario", "xin-changjing")
    offer_in_main_tree(playbook_copy, "xin-changjing", "新场景")
    assert check_playbook(playbook_copy)[1] == []
