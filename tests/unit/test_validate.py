"""Whole-playbook rules: references, names, script variety, placeholders, layout."""

from __future__ import annotations

from .helpers import only, problems_of, write
from .test_schema import _edit, _line_of


def test_the_small_fixture_is_valid(mini_copy):
    assert problems_of(mini_copy) == []


def test_dangling_reference_names_field_and_suggests(mini_copy):
    _edit(mini_copy, "  - style: mid", "  - style: midd")
    problem = only(problems_of(mini_copy), "E301")
    assert problem.field == "scripts[1].style"
    assert problem.line == _line_of(mini_copy, "style: midd")
    assert "是不是“mid”" in problem.message


def test_reference_to_an_invalid_file_is_not_reported_twice(mini_copy):
    _edit(mini_copy, "name: 对账函", "nme: 对账函", "tactics/reconcile.yaml")
    codes = {p.code for p in problems_of(mini_copy)}
    assert "E301" not in codes and {"E201", "E202"} <= codes


def test_duplicate_names_in_one_kind(mini_copy):
    write(mini_copy / "styles" / "zz-soft.yaml",
          (mini_copy / "styles" / "soft.yaml").read_text(encoding="utf-8"))
    problem = only(problems_of(mini_copy), "E302")
    assert problem.path.endswith("styles/zz-soft.yaml") and problem.field == "name"


def test_scripts_need_four_styles(mini_copy):
    _edit(mini_copy, "  - style: hard", "  - style: mid")
    problem = only(problems_of(mini_copy), "E401")
    assert problem.field == "scripts"


def test_undeclared_placeholder(mini_copy):
    _edit(mini_copy, "{金额}能不能", "{欠款金额}能不能")
    problem = only(problems_of(mini_copy), "E402")
    assert problem.field == "scripts[1].text"
    assert "{欠款金额}" in problem.message and "{金额}" in problem.message


def test_jinja_like_placeholder(mini_copy):
    _edit(mini_copy, "{金额}能不能", "{{金额}}能不能")
    problem = only(problems_of(mini_copy), "E403")
    assert problem.field == "scripts[1].text"


def test_file_name_must_be_an_id(mini_copy):
    (mini_copy / "styles" / "soft.yaml").rename(mini_copy / "styles" / "Soft_Style.yaml")
    problems = problems_of(mini_copy)
    assert only(problems, "E107").path.endswith("Soft_Style.yaml")


def test_yml_extension_is_named(mini_copy):
    (mini_copy / "styles" / "soft.yaml").rename(mini_copy / "styles" / "soft.yml")
    assert any(p.code == "E107" and p.path.endswith("soft.yml") for p in problems_of(mini_copy))


def test_unknown_directory(mini_copy):
    write(mini_copy / "scenario" / "x.yaml", "name: x\n")
    assert only(problems_of(mini_copy), "E110").path.endswith("scenario")


def test_templates_directory_is_ignored_and_templates_are_valid(mini_copy):
    from conftest import ROOT

    for template in (ROOT / "playbooks" / "_templates").glob("*.yaml"):
        write(mini_copy / "_templates" / template.name, template.read_text(encoding="utf-8"))
    assert problems_of(mini_copy) == []
