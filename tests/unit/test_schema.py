"""Schema errors: each names the rule code, the file, the line and the field path, in Chinese."""

from __future__ import annotations

from .helpers import only, problems_of, write

SCENARIO = "scenarios/finance-away.yaml"


def _edit(root, old: str, new: str, relative: str = SCENARIO) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(root, needle: str, relative: str = SCENARIO) -> int:
    lines = (root / relative).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def test_unknown_field_is_an_error_with_a_suggestion(mini_copy):
    _edit(mini_copy, "scripts:", "scirpts:")
    problems = problems_of(mini_copy)
    unknown = only(problems, "E202")
    assert unknown.path.endswith(SCENARIO)
    assert unknown.line == _line_of(mini_copy, "scirpts:")
    assert unknown.field == "scirpts"
    assert "是不是想写“scripts”" in unknown.message
    assert only(problems, "E201").field == "scripts"


def test_missing_required_field(mini_copy):
    _edit(mini_copy, "if_it_fails: 发书面提醒，再交给经理。\n", "")
    problem = only(problems_of(mini_copy), "E201")
    assert problem.field == "if_it_fails"
    assert "缺少必填字段" in problem.message


def test_missing_field_inside_a_list_item_points_at_the_item(mini_copy):
    _edit(mini_copy, "  - style: hard\n    text: 按合同约定，这笔款已经到期，请您安排付款。\n", "  - style: hard\n")
    problem = only(problems_of(mini_copy), "E201")
    assert problem.field == "scripts[2].text"
    assert problem.line == _line_of(mini_copy, "- style: hard")


def test_wrong_type_is_named(mini_copy):
    _edit(mini_copy, "intensity: 2", "intensity: 很高", "tactics/reconcile.yaml")
    problem = only(problems_of(mini_copy), "E203")
    assert problem.field == "intensity"
    assert problem.line == _line_of(mini_copy, "intensity:", "tactics/reconcile.yaml")
    assert "整数" in problem.message


def test_number_where_text_is_expected_suggests_quotes(mini_copy):
    _edit(mini_copy, "who: 销售", "who: 100", "escalation/first.yaml")
    problem = only(problems_of(mini_copy), "E203")
    assert problem.field == "who" and "加引号" in problem.message


def test_value_outside_the_allowed_set(mini_copy):
    _edit(mini_copy, "family: 十不", "family: 十一不")
    problem = only(problems_of(mini_copy), "E204")
    assert problem.field == "family"
    assert "十不" in problem.message and "十一不" in problem.message


def test_intensity_out_of_range(mini_copy):
    _edit(mini_copy, "intensity: 5", "intensity: 9", "styles/hard.yaml")
    problem = only(problems_of(mini_copy), "E204")
    assert problem.field == "intensity" and "不大于 5" in problem.message


def test_too_few_items(mini_copy):
    _edit(mini_copy, "possible_causes: [真不在, 资金紧张, 审批没走完]", "possible_causes: [真不在]")
    problem = only(problems_of(mini_copy), "E205")
    assert problem.field == "possible_causes"
    assert "至少需要 3 项" in problem.message


def test_markup_in_a_name_is_refused(mini_copy):
    _edit(mini_copy, "name: 财务不在", "name: 财务<b>不在</b>")
    problem = only(problems_of(mini_copy), "E206")
    assert problem.field == "name" and "不能有" in problem.message


def test_article_format(mini_copy):
    _edit(mini_copy, "articles: [第188条]", "articles: [188]", "legal/limitation.yaml")
    problem = only(problems_of(mini_copy), "E203")
    assert problem.field == "articles[0]"


def test_placeholder_registry_is_validated(mini_copy):
    write(mini_copy / "placeholders.yaml", "placeholders:\n  - name: 金 额\n    description: x\n    example: y\n")
    problems = problems_of(mini_copy)
    assert any(p.code == "E206" and p.field == "placeholders[0].name" for p in problems)
