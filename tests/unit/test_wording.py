"""Each wording rule fires on a bad line and stays quiet on a good line about the same thing."""

from __future__ import annotations

import pytest

from macros.wording import WORDING_RULES, lint_text

from .helpers import only, problems_of
from .test_schema import _edit, _line_of

CASES = {
    "E501": ("{客户称呼}，今天不付，后果自负。", "{客户称呼}，如果本月还没安排，我们会按合同约定发正式的催款函。"),
    "E502": ("你们这样拖着不给，跟骗子有什么区别？", "我理解您的难处，我们一起看看这笔钱怎么安排。"),
    "E503": ("再不付我们就把你们当老赖曝光。", "这件事我们只和贵公司沟通，不会对外讲。"),
    "E504": ("我会打电话给你家人说这件事。", "这件事我只跟您和贵公司财务沟通。"),
    "E505": ("不付钱我们天天上门，堵门也要堵到。", "我下周二上午去贵公司拜访，当面把对账单核一下。"),
    "E506": ("欠钱不还是要坐牢的。", "如果协商不成，我们会依法向法院申请支付令。"),
    "E507": ("张总,这笔钱什么时候能付?", "张总，这笔钱什么时候能付？"),
}


def test_every_rule_has_a_case():
    assert set(CASES) == {rule.code for rule in WORDING_RULES}


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires_on_the_bad_line(code):
    bad, _ = CASES[code]
    assert code in {rule.code for rule, _ in lint_text(bad)}


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_is_quiet_on_the_good_line(code):
    _, good = CASES[code]
    assert lint_text(good) == []


def test_wording_problem_names_file_line_and_field(mini_copy):
    _edit(mini_copy, "按合同约定，这笔款已经到期，请您安排付款。", "这笔款已经到期，再不付后果自负。")
    problem = only(problems_of(mini_copy), "E501")
    assert problem.field == "scripts[2].text"
    assert problem.line == _line_of(mini_copy, "后果自负")
    assert "后果自负" in problem.message


def test_never_say_may_quote_bad_lines(mini_copy):
    _edit(mini_copy, "say: 你们是不是故意躲着？", "say: 你们是不是想当老赖？")
    assert problems_of(mini_copy) == []
